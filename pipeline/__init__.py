"""Files, the database and the steps between them: ingest, store, link, checks, reports."""
