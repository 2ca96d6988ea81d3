"""One pool of OCR processes for the pages of every file in a batch: scheduling, page order, a dying worker.

Tesseract is replaced by a stand-in (`ocr_page`, patched before the pool's processes are forked, so they run
it too) that reads nothing but the page's size and number: what is tested is where and when pages run.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import pytest
from PIL import Image

from pipeline.ingest import extract, pages
from pipeline.ingest.extract import extract_files
from pipeline.settings import Settings
from schemas.document import ErrorItem, Page, Status, TextSource

CALLER = os.getpid()
CRASH_SIZE = (33, 33)
"""A page of this size kills the OCR process reading it."""


def _scan(path: Path, frames: int, size: tuple[int, int] = (40, 30)) -> Path:
    """A TIFF of `frames` blank frames (a PNG for one): pages to OCR, told apart by their size."""
    images = [Image.new("L", (size[0] + frame, size[1]), 255) for frame in range(frames)]
    images[0].putpixel((0, 0), os.urandom(1)[0])  # bytes of its own: no result cache answers for it
    buffer = io.BytesIO()
    if frames == 1:
        images[0].save(buffer, format="PNG")
    else:
        images[0].save(buffer, format="TIFF", save_all=True, append_images=images[1:])
    path.write_bytes(buffer.getvalue())
    return path


class StandIn:
    """`ocr_page` as the pool's processes run it: a Vietnamese line naming the page's width and number.

    Pages of `together` widths must be read at the same moment (a barrier they all wait at): they can only
    pass if they run in as many processes at once.
    """

    def __init__(self, together: list[int]) -> None:
        self.together = set(together)
        self.barrier = multiprocessing.Barrier(max(1, len(together)), timeout=30)

    def __call__(self, picture: Image.Image | np.ndarray, number: int, **options: Any) -> Page:
        if os.getpid() == CALLER:
            raise RuntimeError("a page was OCR'd in the calling process, not in the pool")
        size = (
            (picture.shape[1], picture.shape[0]) if isinstance(picture, np.ndarray) else picture.size
        )  # a gray PDF page
        if size == CRASH_SIZE:
            os._exit(1)
        if size[0] in self.together:
            self.barrier.wait()
        return Page(number=number, source=TextSource.OCR, text=f"Trang số {number} của văn bản rộng {size[0]}")


def _patched(monkeypatch: pytest.MonkeyPatch, stand_in: Callable[..., Page]) -> None:
    monkeypatch.setattr(pages, "ocr_page", stand_in)
    monkeypatch.setattr("pipeline.ingest.extract.check_tesseract", lambda language: "stand-in")


def test_page_pool_spreads_the_last_file_of_a_batch_over_every_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two files, two processes: the second file's two pages are read at the same moment, in the pool
    (before, each file of a batch had one OCR process, and its pages ran one after the other)."""
    _scan(tmp_path / "a.png", 1, size=(20, 30))
    _scan(tmp_path / "b.tif", 2, size=(60, 30))
    _patched(monkeypatch, StandIn(together=[60, 61]))
    documents = list(extract_files([tmp_path], Settings(workers=2, ocr_workers=2)))
    assert [Path(d.source.path).name for d in documents] == ["a.png", "b.tif"]
    assert [d.status for d in documents] == [Status.OK, Status.OK], [d.errors for d in documents]
    assert [page.text for page in documents[1].pages] == [
        "Trang số 1 của văn bản rộng 60",
        "Trang số 2 của văn bản rộng 61",
    ]


def test_page_pool_a_dying_worker_fails_its_page_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _scan(tmp_path / "a.tif", 3)
    _scan(tmp_path / "b-crash.png", 1, size=CRASH_SIZE)
    _scan(tmp_path / "c.tif", 2, size=(50, 30))
    _patched(monkeypatch, StandIn([]))
    a, crashed, c = extract_files([tmp_path], Settings(workers=2))
    assert (a.status, c.status) == (Status.OK, Status.OK), (a.errors, c.errors)
    assert [page.number for page in a.pages] == [1, 2, 3] and len(c.pages) == 2
    assert crashed.status is Status.FAILED
    assert [error.code for error in crashed.errors] == ["ocr.failed", "text.empty"]
    assert "died reading this page" in crashed.errors[0].message


def test_page_pool_is_started_when_opened_shared_while_open_and_closed_by_the_last_user() -> None:
    """Its processes are forked when it opens, from the thread that opens it, before the batch's threads."""
    before = len(multiprocessing.active_children())
    with pages.page_pool(2) as outer:
        assert len(multiprocessing.active_children()) == before + 2
        with pages.page_pool(5) as inner:
            assert inner is outer and outer.workers == 2
        assert pages._batch.pool is outer
    assert pages._batch.pool is None
    assert len(multiprocessing.active_children()) == before


@pytest.mark.slow
def test_page_pool_serves_the_ingest_flows_thread_tasks(
    prefect_harness: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The flow's documents run on threads; their pages go to the batch's pool (two of one file at once)."""
    from flows.ingest import run_ingest

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _scan(inbox / "a.png", 1, size=(24, 30))
    _scan(inbox / "b.tif", 2, size=(70, 30))
    _patched(monkeypatch, StandIn(together=[70, 71]))
    summary = run_ingest([inbox], Settings(db=tmp_path / "congvan.duckdb", workers=2, task_runner="thread"))
    assert (summary.new, summary.failed) == (2, 0), summary.errors


def test_page_pool_extractors_are_set_up_while_the_pages_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The field extractors' one-off set-up runs while the file's pages are in the OCR processes: the page
    waits for it (before, it came after the pages, on the critical path of a one-file command)."""
    warmed = multiprocessing.Event()
    monkeypatch.setattr(extract, "warm_extractors", warmed.set)
    stand_in = StandIn([])

    def waits_for_warm_up(picture: Image.Image, number: int, **options: Any) -> Page:
        if not warmed.wait(timeout=30):
            raise RuntimeError("the extractors were not set up while this page was read")
        return stand_in(picture, number)

    _patched(monkeypatch, waits_for_warm_up)
    (document,) = extract_files([_scan(tmp_path / "a.tif", 2)], Settings(workers=2))
    assert document.status is Status.OK, document.errors


def test_warm_extractors_builds_what_a_first_document_would() -> None:
    """In a fresh interpreter (the builds are once per process; clearing them here would break spaCy's
    shared vocabulary for the other tests)."""
    probe = (
        "import gc; from extractors import gazetteer, nlp, rules; from pipeline.ingest import extract; "
        "extract.warm_extractors(); "
        "print([f.cache_info().currsize for f in (gazetteer._build, nlp._spacy_nlp, rules._matcher)]); "
        "frozen = gc.get_freeze_count(); extract.warm_extractors(); "
        "print(frozen > 100_000, gc.get_freeze_count() == frozen)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    built, frozen = done.stdout.split("\n")[-3:-1]
    assert built == "[1, 1, 1]"
    assert frozen == "True True"  # what it built is frozen for the garbage collector, once


def test_page_pool_forked_while_another_thread_is_inside_pdfium_reads_its_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch's other threads use pdfium (text layers) while the pool's processes are forked: a worker forked
    with pdfium's lock held by another thread would wait for it for ever at its first page."""
    from extractors.text.pdf import PDFIUM

    _patched(monkeypatch, StandIn([]))
    buffer = io.BytesIO()
    Image.new("L", (40, 30), 255).save(buffer, format="PDF", resolution=300)
    job = pages.OcrJob.of("pdf", buffer.getvalue(), Settings())
    held, release = threading.Event(), threading.Event()

    def inside_pdfium() -> None:
        with PDFIUM:
            held.set()
            release.wait(timeout=60)

    holder = threading.Thread(target=inside_pdfium)
    holder.start()
    assert held.wait(timeout=30)
    threading.Timer(0.5, release.set).start()  # the fork below comes while the lock is held
    pool = pages.PagePool(1)
    try:
        (page,) = list(_within(pool.map(job, [0]), seconds=30))
    finally:
        release.set()
        holder.join()
        pool.close()
    assert isinstance(page, Page) and page.text.startswith("Trang số 1 của văn bản")


def _within(results: Iterator[Page | ErrorItem], seconds: float) -> Iterator[Page | ErrorItem]:
    """The results, or TimeoutError when one takes longer (a hung worker), its processes killed."""
    with ThreadPoolExecutor(1) as waiter:
        future = waiter.submit(list, results)
        try:
            yield from future.result(timeout=seconds)
        except TimeoutError:
            for child in multiprocessing.active_children():
                child.kill()
            raise


def test_page_pool_of_a_file_read_alone_sends_its_bytes_once_per_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Outside a batch a file's own pool gives each process the bytes when it starts; pages go without them."""
    sent: list[int] = []

    class Recording(ProcessPoolExecutor):
        def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
            if args and isinstance(args[0], pages.OcrJob):
                sent.append(len(args[0].data))
            return super().submit(fn, *args, **kwargs)

    monkeypatch.setattr(pages, "ProcessPoolExecutor", Recording)
    _patched(monkeypatch, StandIn([]))
    document = extract.extract_file(_scan(tmp_path / "a.tif", 3), Settings(ocr_workers=2))
    assert document.status is Status.OK, document.errors
    assert [page.number for page in document.pages] == [1, 2, 3]
    assert sent == [0, 0, 0]


class _Sending(ProcessPoolExecutor):
    """The pool's executor, recording what each page queued carries: its file's bytes, and the spill it names
    (whether that file exists when the page is queued)."""

    sent: ClassVar[list[tuple[int, bool]]] = []

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        if args and isinstance(args[0], pages.OcrJob):
            job, _, spill = args
            _Sending.sent.append((len(job.data), spill is not None and Path(spill).is_file()))
        return super().submit(fn, *args, **kwargs)


def test_page_pool_of_a_batch_writes_each_files_bytes_once_and_sends_its_pages_without_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch's pages name a temporary file holding their file's bytes instead of carrying them (a copy of
    the whole file per page); the files are gone once the batch is done, and the pages read are the same."""
    monkeypatch.setattr(pages, "ProcessPoolExecutor", _Sending)
    monkeypatch.setattr(_Sending, "sent", [])
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    _patched(monkeypatch, StandIn([]))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _scan(inbox / "a.tif", 3)
    _scan(inbox / "b.png", 1, size=(50, 30))
    documents = list(extract_files([inbox], Settings(workers=2)))
    assert [d.status for d in documents] == [Status.OK, Status.OK], [d.errors for d in documents]
    assert [page.text for page in documents[0].pages] == [f"Trang số {n} của văn bản rộng {39 + n}" for n in (1, 2, 3)]
    assert _Sending.sent == [(0, True)] * 4
    assert list(scratch.iterdir()) == []


def test_page_pool_sends_the_bytes_with_each_page_when_no_temporary_file_can_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unwritable(**_: Any) -> str:
        raise PermissionError("read-only temporary folder")

    monkeypatch.setattr(pages, "ProcessPoolExecutor", _Sending)
    monkeypatch.setattr(_Sending, "sent", [])
    monkeypatch.setattr(pages.tempfile, "mkdtemp", unwritable)
    _patched(monkeypatch, StandIn([]))
    path = _scan(tmp_path / "a.tif", 2)
    (document,) = extract_files([path], Settings(workers=2))
    assert document.status is Status.OK, document.errors
    assert _Sending.sent == [(path.stat().st_size, False)] * 2


class _Counting(ProcessPoolExecutor):
    """The pool's executor, counting the pages queued to it."""

    pages = 0

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        if args and isinstance(args[0], pages.OcrJob):
            _Counting.pages += 1
        return super().submit(fn, *args, **kwargs)


def test_early_pages_are_queued_before_the_extraction_and_taken_by_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`congvan ingest` queues the first files' pages before importing Prefect; the extraction of each file then
    takes those pages (none queued twice), and its document is what it would have been."""
    from pipeline.ingest.early import early_pages

    monkeypatch.setattr(pages, "ProcessPoolExecutor", _Counting)
    monkeypatch.setattr(_Counting, "pages", 0)
    _patched(monkeypatch, StandIn([]))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    files = [_scan(inbox / "a.tif", 2), _scan(inbox / "b.png", 1)]
    (inbox / "c.txt").write_text("Công văn số 1/UBND-VP về việc đoàn ra.", encoding="utf-8")
    settings = Settings(db=tmp_path / "none.duckdb", workers=2)
    with pages.page_pool(settings.workers):
        later = [extract.extract_file(path, settings) for path in files]  # pages queued by the extraction
    assert _Counting.pages == 3
    monkeypatch.setattr(_Counting, "pages", 0)
    with early_pages([inbox], settings):
        assert _Counting.pages == 3
        early = [extract.extract_file(path, settings) for path in files]
        assert _Counting.pages == 3
    assert [d.model_dump() for d in early] == [d.model_dump() for d in later]
    assert all(d.status is Status.OK for d in early)
    assert pages._batch.pool is None


def test_early_pages_skip_files_the_database_holds_and_other_task_runners(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file already loaded at this extractor version is not read early (an unchanged rerun starts no OCR
    process), nor is anything when documents read their pages in processes of their own (process or Dask)."""
    from pipeline.ingest.early import early_pages
    from pipeline.ingest.load import ingest_paths

    _patched(monkeypatch, StandIn([]))
    loaded, new = _scan(tmp_path / "a.tif", 2), _scan(tmp_path / "b.tif", 2)
    settings = Settings(db=tmp_path / "congvan.duckdb", workers=2)
    assert ingest_paths([loaded], settings).new == 1
    monkeypatch.setattr(pages, "ProcessPoolExecutor", _Counting)
    monkeypatch.setattr(_Counting, "pages", 0)
    with early_pages([loaded, new], settings):
        assert _Counting.pages == 2
    with early_pages([loaded], settings):  # an unchanged rerun: no OCR process is even started
        assert pages._batch.pool is None and _Counting.pages == 2
    monkeypatch.setattr(_Counting, "pages", 0)
    with early_pages([new], settings.model_copy(update={"task_runner": "process"})):
        assert pages._batch.pool is None and _Counting.pages == 0


def test_early_pages_read_a_file_the_database_holds_at_another_extractor_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The flow extracts such a file again, so its pages are read early as a new file's."""
    import duckdb

    from pipeline.ingest.early import early_pages
    from pipeline.ingest.load import ingest_paths

    _patched(monkeypatch, StandIn([]))
    held = _scan(tmp_path / "a.tif", 2)
    settings = Settings(db=tmp_path / "congvan.duckdb", workers=2)
    assert ingest_paths([held], settings).new == 1
    with duckdb.connect(str(settings.db)) as con:
        con.execute("UPDATE documents SET extractor_version = '0.0.1'")
    monkeypatch.setattr(pages, "ProcessPoolExecutor", _Counting)
    monkeypatch.setattr(_Counting, "pages", 0)
    with early_pages([held], settings):
        assert _Counting.pages == 2
