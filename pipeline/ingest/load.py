"""Files → the database in one process, without Prefect: `congvan ingest` and anything that wants the plain loop.

Seen bytes cost one hash and one lookup (sha256 + extractor version); new ones are extracted and loaded in
batches (one transaction each); a file that fails is recorded in `ingest_errors` and the loop goes on.
The readers' snapshot is published after the last batch, and during a long run at most once a minute
(each publication copies the whole file).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from extractors.document import EXTRACTOR_VERSION
from pipeline.errors import MissingDependencyError
from pipeline.ingest import extract
from pipeline.ingest.extract import FileInfo
from pipeline.link.reports import link_all
from pipeline.settings import Settings
from pipeline.store import snapshot
from pipeline.store.connection import open_db
from pipeline.store.documents import load_documents, note_known, record_ingest_error
from schemas.document import Document, Status

SNAPSHOT_EVERY_S = 60.0


@dataclass
class Plan:
    """The files to extract (each sha256 once) and how many were skipped: already loaded, or repeated."""

    todo: list[FileInfo]
    skipped: int


def plan(
    con: duckdb.DuckDBPyConnection, files: Sequence[Path], fail: Callable[[str, str | None, str, str], None]
) -> Plan:
    """Hash every file and keep those not loaded at this extractor version; `fail(path, sha256, code, message)`
    hears each unreadable file. One lookup for all of them: an unchanged rerun costs the hashing."""
    infos: list[FileInfo] = []
    for path in files:
        try:
            infos.append(extract.identify(path))
        except OSError as error:
            fail(str(path), None, "file.unreadable", f"cannot read the file: {error.strerror or error}")
    known = note_known(con, [(info.sha256, str(info.path)) for info in infos], EXTRACTOR_VERSION)
    todo: dict[str, FileInfo] = {}
    for info in infos:
        if info.sha256 not in known:
            todo.setdefault(info.sha256, info)
    return Plan(list(todo.values()), len(infos) - len(todo))


@dataclass
class IngestSummary:
    """What one ingest did; `errors` holds (path, code, message) for each file that failed."""

    seen: int = 0
    new: int = 0
    skipped: int = 0
    errors: list[tuple[str, str, str]] = field(default_factory=list)
    snapshot: Path | None = None

    @property
    def failed(self) -> int:
        return len(self.errors)


def ingest_paths(
    paths: Sequence[Path | str],
    settings: Settings,
    *,
    run_id: str | None = None,
    on_error: Callable[[str, str, str], None] | None = None,
) -> IngestSummary:
    """Ingest files and folders into `settings.db` and link what is new; `on_error(path, code, message)` hears
    each failure."""
    con = open_db(settings.db)
    try:
        summary = ingest_into(con, paths, settings, run_id=run_id, on_error=on_error, snapshot_of=settings.db)
        if summary.new:
            link_all(con, settings)
        summary.snapshot = snapshot.publish_snapshot(con, settings.db)
        return summary
    finally:
        con.close()


def ingest_into(
    con: duckdb.DuckDBPyConnection,
    paths: Sequence[Path | str],
    settings: Settings,
    *,
    run_id: str | None = None,
    on_error: Callable[[str, str, str], None] | None = None,
    snapshot_of: Path | None = None,
) -> IngestSummary:
    """The loop over an open connection (callers that already hold the writer connection).

    With `snapshot_of` (the database file), a long run republishes the snapshot every SNAPSHOT_EVERY_S.
    """
    summary = IngestSummary()
    published = time.monotonic()

    def fail(path: str, sha256: str | None, code: str, message: str) -> None:
        summary.errors.append((path, code, message))
        record_ingest_error(con, path, sha256 or None, code, message, run_id)
        if on_error is not None:
            on_error(path, code, message)

    def flush(batch: list[Document]) -> None:
        if not batch:
            return
        result = load_documents(con, batch, run_id=run_id)
        summary.new += len(result.loaded)
        summary.skipped += len(result.unchanged)
        for path, _sha, message in result.failed:  # already in ingest_errors
            summary.errors.append((path, "store.load_failed", message))
            if on_error is not None:
                on_error(path, "store.load_failed", message)
        batch.clear()
        nonlocal published
        if snapshot_of is not None and time.monotonic() - published >= SNAPSHOT_EVERY_S:
            snapshot.publish_snapshot(con, snapshot_of)
            published = time.monotonic()

    files = extract.iter_input_files(list(paths))
    summary.seen = len(files)
    planned = plan(con, files, fail)
    summary.skipped += planned.skipped
    batch: list[Document] = []
    for info in planned.todo:
        try:
            document = extract.extract_file(info.path, settings)
        except MissingDependencyError:
            raise
        except Exception as error:  # a bug on one file must not stop the batch; it is recorded
            fail(str(info.path), info.sha256, "ingest.crashed", f"{type(error).__name__}: {error}")
            continue
        if document.status is Status.FAILED:
            first = document.errors[0] if document.errors else None
            message = "; ".join(f"{e.message} [{e.code}]" for e in document.errors) or "extraction failed"
            fail(str(info.path), info.sha256, first.code if first else "ingest.failed", message)
            continue
        batch.append(document)
        if len(batch) >= settings.load_batch:
            flush(batch)
    flush(batch)
    return summary
