"""Store: the DuckDB file — connection and migrations (`sql/`), transactions and the Arrow writer, loading
documents, run records, the working-day calendar, the readers' snapshot and exports."""
