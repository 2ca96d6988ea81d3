"""Documents into the store, atomically.

A batch is one transaction, so every document in it is fully in or fully out even when the process is
killed; a batch that fails is retried one document at a time so one bad record never costs the others.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import duckdb
import pyarrow as pa

from pipeline.errors import StoreError
from pipeline.store.queue import apply as review
from pipeline.store.records import COLUMNS, KEYS, Row, document_records
from pipeline.store.write import arrow_table, insert, register, transaction
from schemas.document import Document, TextSource
from schemas.errors import ErrorCode


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
        record_ingest_error(
            con, document.source.path, document.source.sha256, ErrorCode.STORE_LOAD_FAILED, message, run_id
        )
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
    register(con, "_batch_keys", keys)
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

    with transaction(con):
        if replaced:
            register(con, "_replaced", pa.table({"k": pa.array(replaced, pa.string())}))
            try:
                for table, key in KEYS.items():
                    con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT k FROM _replaced)")
            finally:
                con.unregister("_replaced")
        for table, columns in COLUMNS.items():
            if rows[table]:
                insert(con, table, columns, arrow_table(columns, rows[table]))
        review.after_load(con, fresh)  # corrections over the new rows, items into the queue: same transaction
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
    table = arrow_table(("sha256", "path", "seen_at"), list(paths))
    register(con, "_paths", table)
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
    register(con, "_seen", arrow_table(("sha256", "path"), list(seen)))
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
        with transaction(con):
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
    with transaction(con):
        con.execute("DELETE FROM ingest_errors WHERE path = ? AND sha256 IS NOT DISTINCT FROM ?", [path, sha256])
        con.execute(
            "INSERT INTO ingest_errors VALUES (?, ?, ?, ?, ?, ?)",
            [path, sha256, code, message, dt.datetime.now(), run_id],
        )


WRITTEN_SOURCES = (TextSource.TEXT_LAYER.value, TextSource.DOCX.value, TextSource.PLAIN.value)
"""Text sources whose numbers are as their authors typed them: not OCR'd, so not misread."""


def written_symbols(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The symbols of the stored documents that were not OCR'd, and the numbers they cite: where an office's
    own units' abbreviations are written correctly. OCR'd ones are left out: a misreading learnt as a known
    part would then never be corrected."""
    rows = con.execute(
        "SELECT symbol FROM documents WHERE text_source IN (SELECT unnest(?)) AND symbol IS NOT NULL "
        "UNION SELECT c.number FROM citations c JOIN documents d ON d.sha256 = c.sha256 "
        "WHERE d.text_source IN (SELECT unnest(?)) AND c.number IS NOT NULL",
        [list(WRITTEN_SOURCES), list(WRITTEN_SOURCES)],
    ).fetchall()
    return [value for (value,) in rows]
