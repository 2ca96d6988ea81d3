"""The DuckDB store: a migrated connection, documents loaded atomically, and a snapshot for readers.

Loading goes through Arrow (a batch's rows registered as Arrow tables, then INSERT … SELECT): DuckDB's
executemany is orders of magnitude slower. A batch is one transaction, so every document in it is fully in
or fully out even when the process is killed; a batch that fails is retried one document at a time so one
bad record never costs the others.

DuckDB lets one process hold a file for writing, and while it does no other process can open it at all.
The writer therefore publishes `<name>.snapshot.duckdb` after each write batch (checkpoint, copy to a
temporary file, atomic rename); readers use the main file when it is free and the snapshot when it is not.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from pipeline import migrations, workdays
from pipeline.errors import StoreError
from pipeline.records import COLUMNS, KEYS, Row, document_records
from schemas.document import Document


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
    with _transaction(con):
        con.execute("DELETE FROM calendar")
        _insert(con, "calendar", table.column_names, table)
        con.execute(
            "INSERT OR REPLACE INTO store_meta VALUES ('calendar_signature', ?)",
            [signature],
        )
    return True


# --- loading -------------------------------------------------------------------------------------------


@dataclass
class LoadResult:
    """What a load did: documents written, documents already there (same bytes, same extractor), failures."""

    loaded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str, str]] = field(default_factory=list)  # (path, sha256, message)


def load_document(con: duckdb.DuckDBPyConnection, document: Document, run_id: str | None = None) -> bool:
    """Load one document in one transaction; True if written, False if it was already there unchanged.

    Raises StoreError when the rows cannot be written (the database is left as it was).
    """
    result = load_documents(con, [document], run_id=run_id)
    if result.failed:
        path, _, message = result.failed[0]
        raise StoreError(f"could not store the document: {message}", path=path)
    return bool(result.loaded)


def load_documents(
    con: duckdb.DuckDBPyConnection,
    documents: Iterable[Document],
    run_id: str | None = None,
    batch_size: int = 2000,
) -> LoadResult:
    """Load many documents in Arrow batches, each batch one transaction (each document fully in or out).

    Same bytes + same extractor version: only the path is noted (renames, moves). A new extractor version
    replaces the document's rows. A document that cannot be stored is recorded in `ingest_errors`.
    """
    result = LoadResult()
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= batch_size:
            _load_batch(con, batch, run_id, result)
            batch = []
    if batch:
        _load_batch(con, batch, run_id, result)
    return result


def _load_batch(con: duckdb.DuckDBPyConnection, batch: list[Document], run_id: str | None, result: LoadResult) -> None:
    try:
        loaded, unchanged = _write_batch(con, batch, run_id)
    except (duckdb.Error, ValueError, pa.ArrowException) as error:
        if len(batch) > 1:
            for document in batch:
                _load_batch(con, [document], run_id, result)
            return
        document = batch[0]
        message = f"{type(error).__name__}: {error}"
        result.failed.append((document.source.path, document.source.sha256, message))
        record_ingest_error(con, document.source.path, document.source.sha256, "store.load_failed", message, run_id)
        return
    result.loaded.extend(loaded)
    result.unchanged.extend(unchanged)


def _write_batch(
    con: duckdb.DuckDBPyConnection, batch: list[Document], run_id: str | None
) -> tuple[list[str], list[str]]:
    now = dt.datetime.now()
    latest: dict[str, Document] = {}
    seen_paths: dict[tuple[str, str], None] = {}
    for document in batch:
        latest[document.source.sha256] = document
        seen_paths[(document.source.sha256, document.source.path)] = None
    shas = list(latest)
    keys = pa.table({"sha256": pa.array(shas, pa.string())})
    _register(con, "_batch_keys", keys)
    try:
        existing = dict(
            con.execute(
                "SELECT d.sha256, d.extractor_version FROM documents d JOIN _batch_keys k USING (sha256)"
            ).fetchall()
        )
    finally:
        con.unregister("_batch_keys")
    fresh = [d for sha, d in latest.items() if existing.get(sha) != d.extractor_version]
    replaced = [d.source.sha256 for d in fresh if d.source.sha256 in existing]
    unchanged = [sha for sha in shas if existing.get(sha) == latest[sha].extractor_version]

    rows: dict[str, list[Row]] = {table: [] for table in COLUMNS}
    for document in fresh:
        for table, table_rows in document_records(document, path=document.source.path, run_id=run_id, now=now).items():
            rows[table].extend(table_rows)
    paths = [(sha, path, now) for sha, path in seen_paths]

    with _transaction(con):
        if replaced:
            _register(con, "_replaced", pa.table({"k": pa.array(replaced, pa.string())}))
            try:
                for table, key in KEYS.items():
                    con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT k FROM _replaced)")
            finally:
                con.unregister("_replaced")
        for table, columns in COLUMNS.items():
            if rows[table]:
                _insert(con, table, columns, _arrow(columns, rows[table]))
        _note_paths(con, paths)
        if fresh:
            con.execute("INSERT OR REPLACE INTO store_meta VALUES (?, ?)", [LINKS_STALE, now.isoformat()])
    return [d.source.sha256 for d in fresh], unchanged


LINKS_STALE = "links_stale"
"""store_meta key set in the same transaction as every load that adds documents, and cleared by a complete
linking: a process killed between loading and linking leaves it set, so the next run links."""


def links_stale(con: duckdb.DuckDBPyConnection) -> bool:
    """True when documents were loaded since people and reports were last linked."""
    return bool(con.execute("SELECT 1 FROM store_meta WHERE key = ?", [LINKS_STALE]).fetchall())


def mark_links_fresh(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("DELETE FROM store_meta WHERE key = ?", [LINKS_STALE])


def _note_paths(con: duckdb.DuckDBPyConnection, paths: Sequence[tuple[str, str, dt.datetime]]) -> None:
    """Record where each document was seen, point `documents.path` at the latest, clear old ingest errors."""
    table = _arrow(("sha256", "path", "seen_at"), list(paths))
    _register(con, "_paths", table)
    try:
        con.execute("INSERT INTO document_paths SELECT sha256, path, seen_at FROM _paths ON CONFLICT DO NOTHING")
        con.execute(
            "UPDATE documents SET path = p.path FROM _paths p "
            "WHERE documents.sha256 = p.sha256 AND documents.path <> p.path"
        )
        con.execute(
            "DELETE FROM ingest_errors WHERE sha256 IN (SELECT sha256 FROM _paths) OR path IN (SELECT path FROM _paths)"
        )
    finally:
        con.unregister("_paths")


def note_known(con: duckdb.DuckDBPyConnection, seen: Sequence[tuple[str, str]], extractor_version: str) -> set[str]:
    """Of these (sha256, path) files, the sha256s already loaded by this extractor version: ingest skips them.

    One query for the whole batch. Only a known document met where it was not last seen (a rename, a move, a
    copy) or with an old ingest error is written, so a rerun over unchanged files writes nothing.
    """
    if not seen:
        return set()
    _register(con, "_seen", _arrow(("sha256", "path"), list(seen)))
    try:
        rows = con.execute(
            "SELECT s.sha256, s.path, d.path AS current, "
            "       EXISTS (SELECT 1 FROM document_paths p WHERE p.sha256 = s.sha256 AND p.path = s.path) AS known, "
            "       EXISTS (SELECT 1 FROM ingest_errors e WHERE e.sha256 = s.sha256 OR e.path = s.path) AS erred "
            "FROM _seen s JOIN documents d ON d.sha256 = s.sha256 AND d.extractor_version = ?",
            [extractor_version],
        ).fetchall()
    finally:
        con.unregister("_seen")
    paths: dict[str, set[str]] = {}
    for sha256, path, *_ in rows:
        paths.setdefault(sha256, set()).add(path)
    now = dt.datetime.now()
    changed = [
        (sha256, path, now)
        for sha256, path, current, known, erred in rows
        if erred or not known or current not in paths[sha256]
    ]
    if changed:
        with _transaction(con):
            _note_paths(con, changed)
    return set(paths)


def record_ingest_error(
    con: duckdb.DuckDBPyConnection,
    path: str,
    sha256: str | None,
    code: str,
    message: str,
    run_id: str | None = None,
) -> None:
    """Note a file that could not be ingested; replaces earlier errors of the same path and bytes."""
    with _transaction(con):
        con.execute("DELETE FROM ingest_errors WHERE path = ? AND sha256 IS NOT DISTINCT FROM ?", [path, sha256])
        con.execute(
            "INSERT INTO ingest_errors VALUES (?, ?, ?, ?, ?, ?)",
            [path, sha256, code, message, dt.datetime.now(), run_id],
        )


# --- snapshot, info, export ----------------------------------------------------------------------------


def snapshot_path(db_path: str | Path) -> Path:
    """Where the readers' copy of a database lives: congvan.duckdb → congvan.snapshot.duckdb."""
    path = Path(db_path)
    return path.with_name(f"{path.stem}.snapshot{path.suffix or '.duckdb'}")


def publish_snapshot(con: duckdb.DuckDBPyConnection, db_path: str | Path) -> Path:
    """Checkpoint, copy the file next to it, and rename the copy into place atomically.

    Readers that already opened the previous snapshot keep reading it (the rename does not touch their file);
    new readers see the state after the last committed batch, never a half-written one. When nothing was
    written since the last publication the snapshot is left as it is (the copy costs the whole file).
    """
    target = snapshot_path(db_path)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    con.execute("CHECKPOINT")
    if _snapshot_is_current(Path(db_path), target):
        return target
    try:
        shutil.copyfile(db_path, temporary)
        with open(temporary, "rb+") as copy:
            os.fsync(copy.fileno())
        main = os.stat(db_path)
        os.utime(temporary, ns=(main.st_atime_ns, main.st_mtime_ns))  # marks the state it copied
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise StoreError(f"cannot publish the snapshot {target}: {error}", path=str(db_path)) from error
    return target


_HEADERS = 3 * 4096
"""DuckDB's file header and its two database headers: a checkpoint that wrote anything rewrites one of them."""


def _snapshot_is_current(main: Path, snapshot: Path) -> bool:
    """True when the checkpointed main file is still the one copied: same size, time stamp and headers."""
    try:
        ours, theirs = main.stat(), snapshot.stat()
        if (ours.st_size, ours.st_mtime_ns) != (theirs.st_size, theirs.st_mtime_ns):
            return False
        with main.open("rb") as a, snapshot.open("rb") as b:
            return a.read(_HEADERS) == b.read(_HEADERS)
    except OSError:
        return False


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


def export_parquet(con: duckdb.DuckDBPyConnection, out_dir: str | Path) -> list[Path]:
    """Every table and view as <name>.parquet, plus overdue_reports as of today."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    queries = [(name, f'SELECT * FROM "{name}"') for name, _ in relations(con)]
    queries.append(("overdue_reports", "SELECT * FROM overdue_reports(current_date)"))
    for name, query in queries:
        target = out / f"{name}.parquet"
        escaped = str(target).replace("'", "''")
        con.execute(f"COPY ({query}) TO '{escaped}' (FORMAT parquet)")
        written.append(target)
    return written


# --- helpers ------------------------------------------------------------------------------------------


def transaction(con: duckdb.DuckDBPyConnection) -> _transaction:
    """`with transaction(con):` — the block's writes all land, or none do."""
    return _transaction(con)


class _transaction:
    """BEGIN … COMMIT, ROLLBACK on any error (including a failed COMMIT)."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con

    def __enter__(self) -> None:
        self.con.execute("BEGIN TRANSACTION")

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if error is None:
            try:
                self.con.execute("COMMIT")
                return
            except duckdb.Error:
                self._rollback()
                raise
        self._rollback()

    def _rollback(self) -> None:
        with contextlib.suppress(duckdb.TransactionException):  # DuckDB may have ended it already
            self.con.execute("ROLLBACK")


def _arrow(columns: Sequence[str], rows: list[Row]) -> pa.Table:
    values = list(zip(*rows, strict=True)) if rows else [() for _ in columns]
    return pa.table({name: pa.array(list(column)) for name, column in zip(columns, values, strict=True)})


def _register(con: duckdb.DuckDBPyConnection, name: str, data: pa.Table) -> None:
    """Register an Arrow table; DuckDB 2 refuses while an earlier result is unread, so finish it first."""
    con.complete()
    con.register(name, data)


def _insert(con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str], data: pa.Table) -> None:
    names = ", ".join(columns)
    _register(con, "_rows", data)
    try:
        con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _rows")
    finally:
        con.unregister("_rows")
