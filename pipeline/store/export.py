"""What the database holds, for `congvan db info`, and all of it as Parquet for `congvan db export`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from pipeline.errors import StoreError
from pipeline.store import migrations
from pipeline.store.snapshot import snapshot_path


def relations(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """(name, 'table' | 'view') of every user relation, tables first."""
    rows = con.execute(
        "SELECT table_name, CASE table_type WHEN 'VIEW' THEN 'view' ELSE 'table' END AS kind "
        "FROM information_schema.tables WHERE table_schema = 'main' ORDER BY kind, table_name"
    ).fetchall()
    return [(name, kind) for name, kind in rows]


def db_info(con: duckdb.DuckDBPyConnection, db_path: str | Path) -> dict[str, Any]:
    """Schema version, migrations, each table's row count, views, file sizes: `congvan db info`."""
    path = Path(db_path)
    tables, views = {}, []
    for name, kind in relations(con):
        if kind == "view":
            views.append(name)
        else:
            tables[name] = con.execute(f'SELECT count(*) FROM "{name}"').fetchall()[0][0]
    copy = snapshot_path(path)
    return {
        "path": str(path),
        "schema_version": migrations.schema_version(con),
        "migrations": migrations.applied_migrations(con),
        "file_bytes": path.stat().st_size if path.exists() else None,
        "tables": tables,
        "views": views,
        "snapshot": str(copy) if copy.exists() else None,
        "snapshot_bytes": copy.stat().st_size if copy.exists() else None,
    }


def export_parquet(con: duckdb.DuckDBPyConnection, out_dir: str | Path, *, force: bool = False) -> list[Path]:
    """Every table and view as <name>.parquet, plus overdue_reports as of today. A folder that already holds
    files is refused unless `force` (an export never overwrites silently); a folder that cannot be made is
    one `StoreError` line."""
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        holds = next(out.iterdir(), None)
    except OSError as error:
        raise StoreError(f"cannot write the export here: {error.strerror or error}", path=str(out)) from error
    if holds is not None and not force:
        raise StoreError(
            f"the folder is not empty (it holds {holds.name}, …): choose a new folder, or --force to overwrite",
            path=str(out),
        )
    written = []
    queries = [(name, f'SELECT * FROM "{name}"') for name, _ in relations(con)]
    queries.append(("overdue_reports", "SELECT * FROM overdue_reports(current_date)"))
    for name, query in queries:
        target = out / f"{name}.parquet"
        escaped = str(target).replace("'", "''")
        con.execute(f"COPY ({query}) TO '{escaped}' (FORMAT parquet)")
        written.append(target)
    return written
