"""Opening the DuckDB file: every migration applied (writers) or checked (readers), the calendar built, and
readers pointed at the snapshot while another process holds the file for writing (DuckDB allows one writer).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa

from pipeline.errors import StoreError
from pipeline.store import migrations
from pipeline.store.snapshot import snapshot_path
from pipeline.store.write import insert, transaction
from schemas.errors import ErrorCode


class DatabaseLocked(StoreError):
    """Another process holds the database file for writing (DuckDB allows one); retrying later may work."""

    code = ErrorCode.STORE_LOCKED
    transient = True


def open_db(path: str | Path, read_only: bool = False, *, create: bool = True) -> duckdb.DuckDBPyConnection:
    """A connection with every migration applied (writers) or checked (readers).

    A writer upgrades an older file in place and (re)builds the calendar when the package or override
    file changed; a reader of an out-of-date file is told to migrate. A file from a newer congvan is refused.
    `create=False` (commands that only read or review): a missing file is an error, never a new empty database.
    """
    con = _connect(path, read_only, create)
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


def _connect(path: str | Path, read_only: bool, create: bool = True) -> duckdb.DuckDBPyConnection:
    label = str(path)
    if (read_only or not create) and label != ":memory:" and not Path(path).exists():
        raise StoreError(
            "no database here (a mistyped --db? CONGVAN_DB and congvan.toml set the default): give the path "
            "of the existing database; a new one is made only by `congvan ingest` or `congvan db migrate`",
            path=label,
        )
    try:
        return duckdb.connect(label, read_only=read_only)
    except duckdb.IOException as error:
        if "lock" in str(error).lower():
            raise DatabaseLocked(_locked_message(path, str(error), read_only), path=label) from error
        raise StoreError(f"cannot open the database: {error}", path=label) from error
    except duckdb.Error as error:
        raise StoreError(f"cannot open the database: {error}", path=label) from error


def _locked_message(path: str | Path, error: str, read_only: bool) -> str:
    """Why the file is locked, said for the one who asked: a reader is sent to the snapshot; a writer is told
    that another process (a reader of the main file, or another run) holds it, and which one."""
    holder = re.search(r"held in (.+?) \(PID (\d+)\)", error)
    who = f"process {holder.group(2)} ({Path(holder.group(1)).name})" if holder else "another process"
    if read_only:
        return (
            f"the database is open for writing in {who} (DuckDB allows one writer); "
            f"read the snapshot {snapshot_path(path).name} instead, or retry when it finishes"
        )
    return (
        f"cannot write: {who} has the database open (DuckDB lets no one else in, not even readers); "
        f"close it (analysts: read {snapshot_path(path).name} instead) or wait until it finishes, then retry"
    )


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


def ensure_calendar(con: duckdb.DuckDBPyConnection, also: Sequence[dt.date] = ()) -> bool:
    """Fill the `calendar` table for 2000–2040 and every year the trips (and `also`, e.g. a check's as-of date)
    fall in, within CALENDAR_LIMITS; rebuilt when the package or overrides change or the years grow (never
    shrinks). True if built."""
    # Imported here, not with the module: `congvan ingest` imports this module before forking its OCR
    # processes, which do not need holidays' data (then imported beside the OCR).
    from pipeline.store import workdays

    signature = workdays.calendar_signature()
    meta = dict(con.execute("SELECT key, value FROM store_meta WHERE key LIKE 'calendar_%'").fetchall())
    built = (
        [int(y) for y in meta.get("calendar_years", "").split("-") if y]
        if meta.get("calendar_signature") == signature
        else []
    )
    spans = con.execute("SELECT year(min(start_date)), year(max(end_date)) FROM trips").fetchone() or (None, None)
    low, high = workdays.CALENDAR_LIMITS
    years = [y for y in [*spans, *built, *(day.year for day in also)] if y is not None and low <= y <= high]
    first, last = min([workdays.TABLE_FIRST_YEAR, *years]), max([workdays.TABLE_LAST_YEAR, *years])
    if meta.get("calendar_signature") == signature and meta.get("calendar_years") == f"{first}-{last}":
        return False
    days = workdays.calendar_days(first, last)
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
            "INSERT OR REPLACE INTO store_meta VALUES ('calendar_signature', ?), ('calendar_years', ?)",
            [signature, f"{first}-{last}"],
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


def seal(con: duckdb.DuckDBPyConnection, allow_dir: str | Path | None = None) -> None:
    """Forbid the connection every file but its database (COPY TO, EXPORT, read_text, glob, ATTACH…).

    DuckDB's own guard: external access off, then the configuration locked so no SET can undo it.
    `allow_dir` is the one folder left readable and writable (the analyst asked for it by name).
    """
    if allow_dir is not None:
        folder = str(Path(allow_dir).resolve()).replace("'", "''")
        con.execute(f"SET allowed_directories = ['{folder}']")
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
