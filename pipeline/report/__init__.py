"""Report: the nightly report (HTML page from `templates/`, and the same data as CSV)."""
