"""The one ingest loop: plan → extract → load, with the one summary.

`Loader` is the single writer (DuckDB allows one). `plan` hashes every file and keeps those the store does
not hold at this extractor version (one lookup for all of them: an unchanged rerun costs the hashing);
`take` receives each extracted document, or the error that stopped its extraction, in whatever order they
come, and loads documents in batches (one transaction each); `finish` loads the rest. A file that fails is
recorded in `ingest_errors` and the loop goes on. With `snapshot_of` (the database file) the readers'
snapshot is republished during a long run at most once a minute (each publication copies the whole file).

Who extracts is the caller's choice: `ingest_paths` extracts in this process, one file after another (tests,
benchmarks, anything without Prefect); the ingest flow submits one task per file and passes each result on.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from extractors.docnumber import symbol_parts
from extractors.document import EXTRACTOR_VERSION
from pipeline.errors import CongvanError, MissingDependencyError
from pipeline.ingest import extract
from pipeline.ingest.extract import FileInfo
from pipeline.link.reports import link_all
from pipeline.settings import Settings
from pipeline.store import file_stats, snapshot
from pipeline.store.connection import open_db
from pipeline.store.documents import links_stale, load_documents, note_known, record_ingest_error, written_symbols
from pipeline.store.file_stats import FileStat
from schemas.document import Document, Status
from schemas.errors import ErrorCode

SNAPSHOT_EVERY_S = 60.0

Progress = Callable[[int, int], None]
"""Told (done, total) as a stage advances: the flow draws it as a bar on the terminal."""


@dataclass
class IngestSummary:
    """What one ingest did; the flows also time it and write it to the `runs` table."""

    run_id: str | None = None
    seen: int = 0
    new: int = 0
    skipped: int = 0
    duration_s: float = 0.0
    errors: list[tuple[str, str, str]] = field(default_factory=list)
    """(path, code, message) for every file that could not be ingested."""
    snapshot: Path | None = None

    @property
    def failed(self) -> int:
        return len(self.errors)

    def as_details(self) -> dict[str, Any]:
        return {"duration_s": round(self.duration_s, 3), "errors": [list(e) for e in self.errors]}


class Loader:
    """Plan the files, take extracted documents as they come, load them in batches; one summary."""

    def __init__(
        self,
        con: duckdb.DuckDBPyConnection,
        settings: Settings,
        *,
        run_id: str | None = None,
        snapshot_of: Path | None = None,
    ) -> None:
        self.con = con
        self.settings = settings
        self.snapshot_of = snapshot_of
        self.summary = IngestSummary(run_id=run_id)
        self._batch: list[Document] = []
        self._published = time.monotonic()

    def plan(
        self, paths: Sequence[Path | str], progress: Progress | None = None, *, rehash: bool = False
    ) -> list[FileInfo]:
        """The files to extract, each sha256 once; unreadable ones are recorded, known ones skipped.

        Every file is identified (`_identify`), then every sha256 is looked up in one query.
        """
        files = extract.iter_input_files(list(paths))
        self.summary.seen = len(files)
        infos = self._identify(files, progress, rehash)
        known = note_known(self.con, [(info.sha256, str(info.path)) for info in infos], EXTRACTOR_VERSION)
        todo: dict[str, FileInfo] = {}
        for info in infos:
            if info.sha256 not in known:
                todo.setdefault(info.sha256, info)
        self.summary.skipped += len(infos) - len(todo)
        return list(todo.values())

    def _identify(self, files: list[Path], progress: Progress | None, rehash: bool) -> list[FileInfo]:
        """sha256 and kind of each readable file; the unreadable ones recorded as failed.

        A file whose stat is what it was when it was last hashed is not read again (`pipeline.store.file_stats`;
        `rehash` reads every file anyway); the others are hashed `settings.workers` at a time and their stats
        recorded. `progress(done, total)` is told after each file.
        """
        started_ns = time.time_ns()
        stats = {path: _stat(path) for path in files}
        readable = {str(path): stat for path, stat in stats.items() if isinstance(stat, FileStat)}
        unchanged = {} if rehash else file_stats.unchanged_files(self.con, readable)
        recorded = {
            path: FileInfo(Path(path), known.sha256, known.kind, readable[path].size_bytes)
            for path, known in unchanged.items()
        }
        to_hash = [path for path in files if str(path) in readable and str(path) not in recorded]
        infos: list[FileInfo] = []
        hashed: dict[str, tuple[FileStat, file_stats.Hashed]] = {}
        with ThreadPoolExecutor(max(1, self.settings.workers), thread_name_prefix="hash") as pool:
            fresh = pool.map(_identified, to_hash)
            for done, path in enumerate(files, 1):
                stat = stats[path]
                outcome = stat if isinstance(stat, OSError) else recorded.get(str(path)) or next(fresh)
                if isinstance(outcome, OSError):
                    self.fail(str(path), None, ErrorCode.FILE_UNREADABLE, extract.unreadable_reason(path, outcome))
                elif isinstance(outcome, FileInfo):
                    infos.append(outcome)
                else:
                    infos.append(outcome.info)
                    if outcome.stat == stat and stat.settled_before(started_ns):  # not written while or just before
                        hashed[str(path)] = (stat, file_stats.Hashed(outcome.info.sha256, outcome.info.kind))
                if progress is not None:
                    progress(done, len(files))
        file_stats.record_hashed(self.con, hashed)
        return infos

    def fail(self, path: str, sha256: str | None, code: str, message: str) -> None:
        self.summary.errors.append((path, code, message))
        record_ingest_error(self.con, path, sha256 or None, code, message, self.summary.run_id)

    def take(self, info: FileInfo, outcome: Document | BaseException) -> None:
        """One file's extraction result: a document to load, a failed document, or the error that stopped it."""
        if isinstance(outcome, BaseException):
            code: str = outcome.code if isinstance(outcome, CongvanError) else ErrorCode.INGEST_CRASHED
            self.fail(str(info.path), info.sha256, code, f"{type(outcome).__name__}: {outcome}")
            return
        document = _at_path(outcome, info.path)
        if document.status is Status.FAILED:
            reason = "; ".join(e.message for e in document.errors) or "extraction failed"
            code = document.errors[0].code if document.errors else ErrorCode.INGEST_FAILED
            self.fail(str(info.path), info.sha256, code, reason)
            return
        self._batch.append(document)
        if len(self._batch) >= self.settings.load_batch:
            self._load()

    def finish(self) -> IngestSummary:
        """Load what is left; the summary."""
        self._load()
        return self.summary

    def _load(self) -> None:
        if not self._batch:
            return
        result = load_documents(self.con, self._batch, run_id=self.summary.run_id)
        self.summary.new += len(result.loaded)
        self.summary.skipped += len(result.unchanged)
        for path, _sha256, message in result.failed:  # the store has recorded these in ingest_errors
            self.summary.errors.append((path, ErrorCode.STORE_LOAD_FAILED, message))
        self._batch.clear()
        if self.snapshot_of is not None and time.monotonic() - self._published >= SNAPSHOT_EVERY_S:
            snapshot.publish_snapshot(self.con, self.snapshot_of)
            self._published = time.monotonic()


def with_store_symbol_parts(con: duckdb.DuckDBPyConnection, settings: Settings) -> Settings:
    """The settings to extract with: the symbol parts written in the documents the store holds added to the
    configured ones, so OCR'd numbers are corrected towards the office's own units ("CTTTT" → "CTrTT")."""
    learnt = symbol_parts(written_symbols(con))
    return settings.model_copy(update={"symbol_parts": sorted(learnt.union(settings.symbol_parts))})


@dataclass(frozen=True)
class _Hashing:
    """A file hashed, with its stat when the hashing ended (unequal to the one before: it was being written)."""

    info: FileInfo
    stat: FileStat


def _stat(path: Path) -> FileStat | OSError:
    try:
        return FileStat.of(path)
    except OSError as error:
        return error


def _identified(path: Path) -> _Hashing | OSError:
    try:
        info = extract.identify(path)
        return _Hashing(info, FileStat.of(path))
    except OSError as error:
        return error


def _at_path(document: Document, path: Path) -> Document:
    """A cached result may come from the same bytes at another path: record where they are now."""
    if document.source.path == str(path):
        return document
    return document.model_copy(update={"source": document.source.model_copy(update={"path": str(path)})})


def _extract_here(info: FileInfo, settings: Settings) -> Document | BaseException:
    """Extract in this process; a bug on one file is that file's outcome, a missing tesseract stops the run."""
    try:
        return extract.extract_file(info.path, settings)
    except MissingDependencyError:
        raise
    except Exception as error:  # a bug on one file must not stop the batch; it is recorded
        return error


def ingest_paths(paths: Sequence[Path | str], settings: Settings) -> IngestSummary:
    """Files and folders into `settings.db` without Prefect, one file after another; then link what is new
    and publish the readers' snapshot."""
    con = open_db(settings.db)
    try:
        loader = Loader(con, settings, snapshot_of=settings.db)
        todo = loader.plan(paths)
        extraction = with_store_symbol_parts(con, settings) if todo else settings
        for info in todo:
            loader.take(info, _extract_here(info, extraction))
        summary = loader.finish()
        if summary.new or links_stale(con):  # stale: a run killed between loading and linking
            link_all(con, settings)
        summary.snapshot = snapshot.publish_snapshot(con, settings.db)
        return summary
    finally:
        con.close()
