"""The ingest flow: files or folders → one extraction task per document → the one loader → DuckDB.

The flow only submits and reports (tasks, progress, logs, the run record); planning, recording failures and
loading in batches are `pipeline.ingest.load.Loader`'s, the same loop `ingest_paths` runs without Prefect.

Why this shape:
- a task is a whole document (Prefect's per-task overhead makes page-sized tasks slow);
- unchanged files cost nothing: the flow hashes each file and skips those the store already holds at
  this extractor version, before any task is submitted; task results are also cached by sha256 +
  extractor version + OCR settings, so a run that died before loading does not extract twice;
- workers only extract and return `Document` records; the flow is the single writer (DuckDB allows one)
  and loads results in batches as they arrive;
- bad input is data: a failed file is recorded in `ingest_errors` and the run goes on.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.client.schemas.objects import TaskRun
from prefect.context import TaskRunContext
from prefect.futures import PrefectFuture, as_completed
from prefect.states import State
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
from rich.progress import Progress as RichProgress

import extractors
from extractors.document import EXTRACTOR_VERSION
from flows import prefect_env
from flows.lent import Lent, lend
from flows.logs import run_logger
from flows.runners import make_task_runner
from flows.terminal import printable
from pipeline import collector
from pipeline.errors import CongvanError, OcrError, OcrTimeout
from pipeline.ingest import extract, pages
from pipeline.ingest.extract import FileInfo, per_document_settings
from pipeline.ingest.load import IngestSummary, Loader, Progress, with_store_symbol_parts
from pipeline.link.reports import link_all
from pipeline.settings import Settings
from pipeline.store import runs
from pipeline.store.connection import migrate, open_db
from pipeline.store.documents import links_stale
from pipeline.store.snapshot import publish_snapshot
from schemas.document import Document

# --------------------------------------------------------------------------- the task


def retry_if_transient(task: Any, task_run: TaskRun, state: State[Any]) -> bool:
    """Retry only what may succeed the second time (an OCR timeout), never corrupt input."""
    error = state.data if isinstance(state.data, BaseException) else None
    if error is None:
        try:
            state.result(raise_on_failure=True)
        except BaseException as raised:
            error = raised
    return isinstance(error, CongvanError) and error.transient


@functools.cache
def extraction_code_hash() -> str:
    """A hash of the extraction code and data: an edit without a version bump still misses the task cache."""
    digest = hashlib.sha256()
    for root in (Path(extractors.__file__).parent, Path(extract.__file__), Path(pages.__file__)):
        for path in sorted(root.rglob("*") if root.is_dir() else [root]):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.name.encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def document_cache_key(context: TaskRunContext, parameters: dict[str, Any]) -> str:
    """Same bytes, same extractor (version and code), same OCR settings and known symbol parts → same Document."""
    settings: Settings = parameters["settings"]
    ocr = f"{settings.ocr_language}-{settings.ocr_dpi}-{int(settings.ocr_preprocess)}"
    parts = hashlib.sha256("\n".join(sorted(settings.symbol_parts)).encode()).hexdigest()[:12]
    return f"extract-{parameters['sha256']}-{EXTRACTOR_VERSION}-{extraction_code_hash()}-{ocr}-{parts}"


def _retry_worthy(document: Document) -> OcrError | None:
    """Pages that tesseract failed on (a crash, a timeout) may read the second time; bad input never will.

    Raised only while retries remain: after the last attempt the partial document is kept, failed pages noted.
    """
    failed_pages = [e for e in document.errors if e.code in (OcrError.code, OcrTimeout.code)]
    context = TaskRunContext.get()
    if not failed_pages or context is None or context.task_run.run_count > (context.task.retries or 0):
        return None
    pages = ", ".join(str(e.page) for e in failed_pages)
    return OcrError(f"OCR failed on page(s) {pages}: {failed_pages[0].message}", path=document.source.path)


@task(
    name="extract-document",
    task_run_name="extract {path.name}",
    retries=2,
    retry_delay_seconds=[1, 5],
    retry_condition_fn=retry_if_transient,
    cache_key_fn=document_cache_key,
    cache_expiration=dt.timedelta(days=30),
    persist_result=True,
)
def extract_document(path: Path, sha256: str, settings: Settings) -> Document:
    """Extract one file (text layer or OCR, then fields); raises only to retry pages OCR failed on."""
    started = time.perf_counter()
    document = extract.extract_file(path, settings)
    retry = _retry_worthy(document)
    if retry is not None:
        raise retry
    run_logger().info(
        "%s: %s %s, %d page(s) via %s, status %s in %.1f s",
        printable(path.name),
        document.doc_type.value if document.doc_type else "unknown type",
        printable(document.number or "(no number)"),
        document.source.pages,
        document.source.text_source.value if document.source.text_source else "-",
        document.status.value,
        time.perf_counter() - started,
    )
    return document


@task(name="link", cache_policy=NO_CACHE, persist_result=False)
def link_task(db: Lent, settings: Settings) -> None:
    """One person across documents, each trip report to its trip."""
    counts = link_all(db.con, settings)
    run_logger().info("linked people %s and reports %s", counts["people"], counts["reports"])


# --------------------------------------------------------------------------- the flow


@contextmanager
def _bar(label: str, show: bool) -> Iterator[Progress]:
    """A progress bar on the terminal (stderr) told (done, total); nothing when not shown or for one item."""
    if not show:
        yield lambda done, total: None
        return
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with RichProgress(*columns, console=Console(stderr=True), transient=True) as progress:
        bar = progress.add_task(label, total=None, visible=False)

        def update(done: int, total: int) -> None:
            progress.update(bar, completed=done, total=total, visible=total > 1)

        yield update


def load_results(
    loader: Loader,
    futures: dict[PrefectFuture[Document], FileInfo],
    show_progress: bool = False,
) -> None:
    """Pass each document to the single loader as its task finishes; retries exhausted or a bug in one
    extractor is that file's outcome, recorded, and the run goes on."""
    with _bar("ingest", show_progress) as progress:
        for done, future in enumerate(as_completed(list(futures)), 1):
            try:
                outcome: Document | BaseException = future.result()
            except Exception as error:
                outcome = error
            loader.take(futures[future], outcome)
            progress(done, len(futures))
        summary = loader.finish()
    run_logger().info("loaded %d document(s), %d failed, %d unchanged", summary.new, summary.failed, summary.skipped)


def _import_before_tasks() -> None:
    """underthesea reconfigures logging when first imported (`logging.config.dictConfig` flushes every handler,
    Prefect's too). First imported inside concurrent tasks, it deadlocked with Prefect starting its events
    worker on another thread (logging's lock and Prefect's service lock taken in opposite orders), and the
    run hung. Imported here, in the flow's thread before any task starts, it cannot meet that race.
    """
    with collector.paused():  # its models' objects live as long as the process
        import underthesea  # noqa: F401


def ingest_into(
    con: duckdb.DuckDBPyConnection,
    paths: Sequence[Path],
    settings: Settings,
    *,
    run_id: str | None = None,
    show_progress: bool = False,
    snapshot_of: Path | None = None,
    rehash: bool = False,
) -> IngestSummary:
    """Ingest into an open connection (the nightly flow shares its connection); call from inside a flow.

    With `snapshot_of` (the database file) the loader republishes the readers' snapshot during a long run;
    `rehash` reads every file, even those whose stat is unchanged since they were last hashed.
    """
    started = time.perf_counter()
    run_id = runs.start_run(con, "ingest", run_id)
    loader = Loader(con, settings, run_id=run_id, snapshot_of=snapshot_of)
    summary = loader.summary
    with _bar("hashing", show_progress) as progress:
        todo = loader.plan(paths, progress, rehash=rehash)
    run_logger().info("%d file(s) seen, %d to extract, %d unchanged", summary.seen, len(todo), summary.skipped)
    if todo:
        _import_before_tasks()
    task_settings = per_document_settings(with_store_symbol_parts(con, settings) if todo else settings, len(todo))
    status = "failed"
    try:
        shared = todo and settings.task_runner == "thread"  # tasks in this process queue their pages there
        with pages.page_pool(settings.workers) if shared else contextlib.nullcontext():
            futures = {extract_document.submit(t.path, t.sha256, task_settings): t for t in todo}
            load_results(loader, futures, show_progress)
        status = "ok" if summary.failed == 0 else "partial"
    finally:
        summary.duration_s = time.perf_counter() - started
        runs.finish_run(
            con,
            run_id,
            status=status,
            seen=summary.seen,
            new=summary.new,
            skipped=summary.skipped,
            failed=summary.failed,
            details=summary.as_details(),
        )
    return summary


@flow(name="ingest", log_prints=True)
def ingest_flow(
    paths: list[Path],
    db: Path | None = None,
    settings: Settings | None = None,
    show_progress: bool = False,
    rehash: bool = False,
) -> IngestSummary:
    """Files or folders → the database, then people and reports linked. Per-file failures are recorded, not raised."""
    settings = settings or Settings()
    db = db or settings.db
    con = open_db(db)
    try:
        summary = ingest_into(con, paths, settings, show_progress=show_progress, snapshot_of=db, rehash=rehash)
        if summary.new or links_stale(con):  # stale: a run killed between loading and linking
            with lend(con) as lent:
                link_task(lent, settings)
        publish_snapshot(con, db)  # analysts read the snapshot while the next writer holds the file
        return summary
    finally:
        con.close()


def run_ingest(
    paths: Sequence[Path],
    settings: Settings,
    *,
    db: Path | None = None,
    show_progress: bool = False,
    rehash: bool = False,
) -> IngestSummary:
    """Run the ingest flow with the task runner the settings ask for (threads, processes or Dask).

    The database is opened for writing once first, so a file held by another process is one clear error
    (`DatabaseLocked`) before any flow starts, not a failed flow run and its traceback."""
    with collector.paused():  # a new database's calendar: holidays' country data, kept
        migrate(db or settings.db)
    runner_flow = ingest_flow.with_options(task_runner=make_task_runner(settings))
    with prefect_env.one_off_run(db or settings.db):
        return runner_flow(list(paths), db=db, settings=settings, show_progress=show_progress, rehash=rehash)
