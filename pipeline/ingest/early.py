"""The first scanned pages of an ingest queued to the OCR processes before Prefect is imported.

`congvan ingest one.pdf` spent its first seconds importing Prefect, starting the flow run and the new
database while both cores but one sat idle, and only then queued the file's pages (docs/scaling.md, "One
file's start-up, overlapped"). Here the command, having imported no more than the OCR path and DuckDB, opens
the batch's page pool (`pages.page_pool`) and queues the pages of the first few files it will extract; the
flow's task for such a file asks for the same pages (`PagePool.map`) and takes these instead of queueing them
again. Everything the flow does is unchanged: it plans, hashes, records and loads as before, and a page read
early is the page it would have read (the same bytes and OCR options, `OcrJob` equality).

Only a guess at the flow's plan is made, cheaply and without writing: the first `files_in_flight` files
given, those whose sha256 the database does not hold at this extractor version. When the guess is wrong (a
file changed in between, a result Prefect had cached, a database that cannot be read now), pages were read
for nothing and are dropped when the pool closes; the flow reports every problem itself, so none is raised
here.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import duckdb

from pipeline.ingest.extract import FileInfo, identify, iter_input_files, layer_pages
from pipeline.ingest.pages import OcrJob, files_in_flight, page_pool
from pipeline.settings import Settings
from schemas.errors import MissingDependencyError

OCR_KINDS = ("pdf", "image")


@contextmanager
def early_pages(paths: Sequence[Path], settings: Settings) -> Iterator[None]:
    """While open, the batch's page pool runs with the pages of the first files to extract queued: an ingest
    flow run inside (thread task runner) shares that pool and takes those pages. With another task runner
    documents read their pages in their own processes, so nothing is done early; with nothing to read early
    (an unchanged rerun, text files) no pool is opened here."""
    jobs = first_jobs(paths, settings) if settings.task_runner == "thread" else []
    if not jobs:
        yield
        return
    with page_pool(settings.workers) as pool:
        for job, indices in jobs:
            pool.queue_early(job, indices)
        yield


def first_jobs(paths: Sequence[Path], settings: Settings) -> list[tuple[OcrJob, list[int]]]:
    """The OCR jobs and 0-based pages to read of the first `files_in_flight` files the database does not hold."""
    first = iter_input_files(paths)[: files_in_flight(settings)]
    read: dict[str, tuple[FileInfo, bytes]] = {}
    for path in first:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        info = identify(path, data)
        if info.kind in OCR_KINDS:
            read.setdefault(info.sha256, (info, data))
    known = loaded(settings.db, list(read))
    jobs: list[tuple[OcrJob, list[int]]] = []
    for info, data in (read[sha256] for sha256 in read if sha256 not in known):
        try:
            _, scanned = layer_pages(info, data, settings)
        except MissingDependencyError:
            return jobs  # every file fails alike: the flow says so
        except Exception:  # bad input is the flow's to report, with its code, on its document
            continue
        if scanned:
            jobs.append((OcrJob.of(info.kind, data, settings), scanned))
    return jobs


def loaded(db: Path, sha256s: list[str]) -> set[str]:
    """Of these sha256s, those the database holds at this extractor version; all of them when it cannot be read
    now (held by a writer, from another version): nothing is then queued, and the flow says what is wrong."""
    if not sha256s or not db.exists():
        return set()
    try:
        with duckdb.connect(str(db), read_only=True) as con:
            held = con.execute(
                "SELECT sha256, extractor_version FROM documents WHERE list_contains(?, sha256)", [sha256s]
            ).fetchall()
    except duckdb.Error:
        return set(sha256s)
    if not held:
        return set()
    # The field extractors (≈ 0.4 CPU-s of imports, loaded) only when a file is already there: a new file's
    # pages are queued, and the OCR processes forked, without them.
    from extractors.document import EXTRACTOR_VERSION

    return {sha256 for sha256, version in held if version == EXTRACTOR_VERSION}
