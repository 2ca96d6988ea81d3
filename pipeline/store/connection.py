"""Opening the DuckDB file: every migration applied (writers) or checked (readers), the calendar built, and
readers pointed at the snapshot while another process holds the file for writing (DuckDB allows one writer).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa

from pipeline.errors import StoreError
from pipeline.store import migrations, workdays
from pipeline.store.snapshot import snapshot_path
from pipeline.store.write import insert, transaction


class DatabaseLocked(StoreError):
    """Another process holds the database file for writing (DuckDB allows one); retrying later may work."""

    code = "store.locked"
    transient = True


def open_db(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection with every migration applied (writers) or checked (readers).

    A writer upgrades an older file in place and (re)builds the calendar when the package or override
    file changed; a reader of an out-of-date file is told to migrate. A file from a newer congvan is refused.
    """
    con = _connect(path, read_only)
    try:
        _prepare(con, str(path), read_only)
    except BaseException:
        con.close()
        raise
    return con


def migrate(path: str | Path) -> list[str]:
    """Bring a database file up to date (creating it if needed); the names of the migrations applied now."""
    con = _connect(path, read_only=False)
    try:
        return _prepare(con, str(path), read_only=False)
    finally:
        con.close()


def _connect(path: str | Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    label = str(path)
    if read_only and label != ":memory:" and not Path(path).exists():
        raise StoreError("no database here: create it with `congvan db migrate` or `congvan ingest`", path=label)
    try:
        return duckdb.connect(label, read_only=read_only)
    except duckdb.IOException as error:
        if "lock" in str(error).lower():
            raise DatabaseLocked(
                "the database is open for writing in another process (DuckDB allows one writer); "
                f"read the snapshot {snapshot_path(path).name} instead, or retry when it finishes",
                path=label,
            ) from error
        raise StoreError(f"cannot open the database: {error}", path=label) from error
    except duckdb.Error as error:
        raise StoreError(f"cannot open the database: {error}", path=label) from error


def _prepare(con: duckdb.DuckDBPyConnection, label: str, read_only: bool) -> list[str]:
    todo = migrations.pending(con, migrations.known_migrations(), label)
    if read_only:
        if todo:
            raise StoreError(
                f"the database schema is older than this congvan ({len(todo)} migrations pending): "
                "run `congvan db migrate` first",
                path=label,
            )
        return []
    applied = migrations.apply(con, todo, label)
    ensure_calendar(con)
    return applied


def ensure_calendar(con: duckdb.DuckDBPyConnection) -> bool:
    """Fill the `calendar` table (2000–2040) unless it already matches the package and overrides; True if built."""
    signature = workdays.calendar_signature()
    current = con.execute("SELECT value FROM store_meta WHERE key = 'calendar_signature'").fetchall()
    if current and current[0][0] == signature:
        return False
    days = workdays.calendar_days()
    index, running = [], 0
    for day in days:
        running += day.is_working_day
        index.append(running)
    table = pa.table(
        {
            "date": [d.date for d in days],
            "is_working_day": [d.is_working_day for d in days],
            "holiday_name": pa.array([d.holiday_name for d in days], pa.string()),
            "day_kind": [d.day_kind for d in days],
            "working_day_index": pa.array(index, pa.int32()),
        }
    )
    with transaction(con):
        con.execute("DELETE FROM calendar")
        insert(con, "calendar", table.column_names, table)
        con.execute(
            "INSERT OR REPLACE INTO store_meta VALUES ('calendar_signature', ?)",
            [signature],
        )
    return True


@dataclass
class Reader:
    """A read-only connection and where it points (the main file, or the snapshot when the main is busy)."""

    con: duckdb.DuckDBPyConnection
    path: Path
    is_snapshot: bool
    note: str | None = None


def open_reader(db_path: str | Path, snapshot: bool = False) -> Reader:
    """Open for reading: the snapshot when asked, else the main file, falling back to the snapshot if locked."""
    main, copy = Path(db_path), snapshot_path(db_path)
    if snapshot:
        return Reader(open_db(copy, read_only=True), copy, True)
    try:
        return Reader(open_db(main, read_only=True), main, False)
    except DatabaseLocked:
        if not copy.exists():
            raise
        written = dt.datetime.fromtimestamp(copy.stat().st_mtime).isoformat(sep=" ", timespec="seconds")
        note = f"{main} is being written by another process; reading the snapshot {copy} (data as of {written})"
        return Reader(open_db(copy, read_only=True), copy, True, note)
