"""Scanned pages OCR'd in parallel processes, streamed: the one OCR path, for PDF pages and image frames.

A worker process receives a page to read as its file's bytes and its number: it opens the file (kept open
for the file's next pages), renders or decodes that one page, OCRs it, and sends back the words — never the
image. So memory holds at most one page image per worker and the bytes of the files in flight, whatever the
page count. In a batch a file's bytes are written once to a temporary file that its pages name (removed when
its last page is read), and a process reads them from there the first time it gets one of the file's pages:
sending them with every page cost ≈ 0.5 CPU-s of pickling and pipe copies for `bench_batch.py`'s 96 pages of
4 MB (loaded), taken from the cores the OCR runs on. A file read alone gives them to each process once, when it
starts.

Pages of different files share one pool during a batch (`page_pool`): every file extracted in this process
while it is open (`extract_files`' threads, the ingest flow's thread tasks) queues its pages there, so the last
long file of a batch spreads over every core instead of running on one. A page whose OCR fails or times out
becomes an empty page plus an `ErrorItem`; so does a page that kills the process reading it (the other
pages, of this file and of others, go on).
"""

from __future__ import annotations

import dataclasses
import itertools
import os
import shutil
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2

from extractors.text import image as image_reader
from extractors.text import pdf as pdf_reader
from extractors.text.scan import ocr_page
from pipeline.settings import Settings
from schemas.document import ErrorItem, Page, TextSource
from schemas.errors import ErrorCode, InputError, OcrError

_job_numbers = itertools.count()

# A pool's processes are forked from whichever thread first queues a page, while other threads of the batch
# may be inside pdfium reading a text layer: forked then, a worker would inherit the lock held for ever and
# hang at its first page. Forking waits for pdfium to be free instead, and the child starts with it free.
os.register_at_fork(
    before=pdf_reader.PDFIUM.acquire,
    after_in_parent=pdf_reader.PDFIUM.release,
    after_in_child=pdf_reader.PDFIUM.release,
)


@dataclass(frozen=True)
class OcrJob:
    """What every page of one file needs: its bytes, its kind and the OCR options."""

    kind: str
    data: bytes = field(repr=False)
    dpi: int
    language: str
    clean: bool
    max_pixels: int
    timeout: float
    number: int = field(default_factory=lambda: next(_job_numbers), compare=False)
    """Tells this job's pages from another's in a worker that keeps files open (unique in this process)."""

    @classmethod
    def of(cls, kind: str, data: bytes, settings: Settings) -> OcrJob:
        """The job for one file, its options taken from the settings once."""
        return cls(
            kind=kind,
            data=data,
            dpi=settings.ocr_dpi,
            language=settings.ocr_language,
            clean=settings.ocr_preprocess,
            max_pixels=settings.max_image_pixels,
            timeout=settings.ocr_timeout_s,
        )


@dataclass
class _OpenJob:
    """A job with its PDF opened (pdfium), ready to render pages."""

    job: OcrJob
    pdf: pypdfium2.PdfDocument | None

    @classmethod
    def open(cls, job: OcrJob) -> _OpenJob:
        return cls(job, pdf_reader.open_pdf(job.data) if job.kind == "pdf" else None)

    def close(self) -> None:
        if self.pdf is not None:
            pdf_reader.close_pdf(self.pdf)

    def ocr(self, index: int) -> Page | ErrorItem:
        """One page (0-based), or the error that stopped it."""
        job = self.job
        try:
            if self.pdf is not None:
                picture = pdf_reader.render_pixels(self.pdf, index, job.dpi, job.max_pixels)
            else:
                picture = image_reader.load_frame(job.data, index, job.max_pixels)
            return ocr_page(picture, index + 1, language=job.language, clean=job.clean, timeout=job.timeout)
        except (OcrError, InputError) as error:
            return ErrorItem(code=error.code, message=str(error), page=index + 1)


KEPT_OPEN = 4
"""Files a worker process keeps open: the files in flight whose pages it may be sent next."""

_opened: OrderedDict[int, _OpenJob] = OrderedDict()
"""In a pool worker process only: the files it has open, by job number, most recently used last."""


def _adopt(job: OcrJob) -> None:
    """A pool process's start when it serves one file: the file opened once."""
    _opened[job.number] = _OpenJob.open(job)


def _ocr_in_worker(job: OcrJob, index: int, spill: str | None = None) -> Page | ErrorItem:
    """One page of `job` in a pool process; the file's bytes are in `spill` (a batch's pages come without them)
    or were given when the process started."""
    opened = _opened.pop(job.number, None)
    if opened is None:
        opened = _OpenJob.open(dataclasses.replace(job, data=Path(spill).read_bytes()) if spill else job)
    _opened[job.number] = opened
    while len(_opened) > KEPT_OPEN:
        _opened.popitem(last=False)[1].close()
    return opened.ocr(index)


class PagePool:
    """OCR processes that any file's pages are queued to, in the order asked; started on first use.

    A worker process that dies (a crash in pdfium or a decoder) breaks a `ProcessPoolExecutor` for every page
    queued, and which page killed it is unknown: each of them is read again in a process of its own, so only
    the page that kills that one too is an error; new pages go to a fresh pool.
    """

    def __init__(self, workers: int, only: OcrJob | None = None) -> None:
        """`only`: the one file this pool serves (a file read alone, outside a batch): each process gets its
        bytes once, when it starts, and its pages are sent without them."""
        self.workers = max(1, workers)
        self._only = only
        self._executor: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._early: dict[OcrJob, dict[int, Future[Page | ErrorItem]]] = {}
        self._spills: dict[int, _Spill] = {}
        """By job number: the files holding the bytes of a batch's files whose pages are queued."""
        self._spill_folder: Path | None = None

    def _new_executor(self) -> ProcessPoolExecutor:
        if self._only is None:
            return ProcessPoolExecutor(max_workers=self.workers)
        return ProcessPoolExecutor(max_workers=self.workers, initializer=_adopt, initargs=(self._only,))

    def start(self) -> None:
        """Fork the processes now, from the calling thread, before the batch's threads use pdfium or PIL."""
        with self._lock:
            if self._executor is None:
                self._executor = self._new_executor()
                self._executor.submit(int)  # with fork, the first task starts every process

    def _submit(self, job: OcrJob, index: int) -> Future[Page | ErrorItem]:
        with self._lock:
            spill = None if job is self._only else self._spill(job)
            holding = job is self._only or spill is not None  # the processes hold the bytes, or read the spill
            future = self._queue(dataclasses.replace(job, data=b"") if holding else job, index, spill)
        if spill is not None:  # outside the lock: a callback on a future already done runs at once
            future.add_done_callback(lambda _: self._page_done(job.number))
        return future

    def _queue(self, sent: OcrJob, index: int, spill: str | None) -> Future[Page | ErrorItem]:
        if self._executor is not None:
            try:
                return self._executor.submit(_ocr_in_worker, sent, index, spill)
            except BrokenProcessPool:  # a worker died since the last page was queued
                self._executor.shutdown(wait=False, cancel_futures=True)
        self._executor = self._new_executor()
        return self._executor.submit(_ocr_in_worker, sent, index, spill)

    def _spill(self, job: OcrJob) -> str | None:
        """The file holding `job`'s bytes, written on its first page queued (under the lock); None when the
        temporary folder cannot be written (the bytes then travel with each page, as they did before)."""
        spill = self._spills.get(job.number)
        if spill is None:
            try:
                if self._spill_folder is None:
                    self._spill_folder = Path(tempfile.mkdtemp(prefix="congvan-pages-"))
                path = self._spill_folder / str(job.number)
                path.write_bytes(job.data)
            except OSError:
                return None
            spill = self._spills[job.number] = _Spill(path)
        spill.pending += 1
        return str(spill.path)

    def _page_done(self, number: int) -> None:
        """A page of job `number` read, failed or cancelled: its file's bytes go with its last page."""
        with self._lock:
            spill = self._spills.get(number)
            if spill is None:
                return
            spill.pending -= 1
            if spill.pending == 0:
                del self._spills[number]
                spill.path.unlink(missing_ok=True)

    def queue_early(self, job: OcrJob, indices: list[int]) -> None:
        """Queue a file's pages before its extraction asks for them (`pipeline.ingest.early`): `map` of an equal
        job (the same bytes and OCR options) takes these pages instead of queueing them again."""
        futures = {index: self._submit(job, index) for index in indices}
        with self._lock:
            self._early[job] = futures

    def map(self, job: OcrJob, indices: list[int]) -> Iterator[Page | ErrorItem]:
        """Every page asked, queued now (or early); the results in page order as they are read."""
        with self._lock:
            early = self._early.pop(job, {}) if self._early else {}
        futures = [early[index] if index in early else self._submit(job, index) for index in indices]
        return (_result(job, index, future) for index, future in zip(indices, futures, strict=True))

    def close(self) -> None:
        """Stop the processes; pages queued early that no extraction asked for are dropped."""
        with self._lock:
            executor, self._executor = self._executor, None
            self._early.clear()
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
        with self._lock:
            folder, self._spill_folder = self._spill_folder, None
            self._spills.clear()
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


@dataclass
class _Spill:
    """A batch file's bytes on disk for the pool's processes, and how many of its pages are queued unread."""

    path: Path
    pending: int = 0


def _result(job: OcrJob, index: int, future: Future[Page | ErrorItem]) -> Page | ErrorItem:
    try:
        return future.result()
    except BrokenProcessPool:
        return _alone(job, index)


def _alone(job: OcrJob, index: int) -> Page | ErrorItem:
    """A page read in a process of its own: if that process dies too, this page killed it."""
    with ProcessPoolExecutor(max_workers=1) as solo:
        try:
            return solo.submit(_ocr_in_worker, job, index).result()
        except BrokenProcessPool:
            message = "the OCR process died reading this page (a crash in the PDF renderer or image decoder)"
            return ErrorItem(code=ErrorCode.OCR_FAILED, message=message, page=index + 1)


class _BatchPool:
    """The pool of the batches open in this process (`page_pool`), shared by every thread; none outside one."""

    def __init__(self) -> None:
        self.pool: PagePool | None = None
        self.users = 0
        self.lock = threading.Lock()


_batch = _BatchPool()


@contextmanager
def page_pool(workers: int) -> Iterator[PagePool]:
    """While open, every file's pages read in this process go to one pool of `workers` OCR processes, started
    now (open it before the batch's threads start).

    Opened again while open (a flow inside a flow, two flows at once), the open pool is shared; the last to
    leave closes it.
    """
    with _batch.lock:
        pool = _batch.pool = _batch.pool or PagePool(workers)
        _batch.users += 1
    pool.start()
    try:
        yield pool
    finally:
        with _batch.lock:
            _batch.users -= 1
            last = _batch.users == 0
            if last:
                _batch.pool = None
        if last:
            pool.close()


def files_in_flight(settings: Settings) -> int:
    """Files extracted side by side over a batch's page pool: two per OCR process, so the pool still has pages
    queued while a file that has all its pages reads its fields, and one-page files keep every core busy."""
    return 2 * max(1, settings.workers)


def ocr_pages(job: OcrJob, indices: list[int], workers: int, errors: list[ErrorItem]) -> Iterator[Page]:
    """OCR the given 0-based pages, in page order: in the batch's pool when one is open, else in `workers`
    processes of this file's own when it pays, else here (as the pages are iterated).

    Pages read by processes are queued before this returns, so the caller may do other work meanwhile. Failed
    pages are appended to `errors` and come out as empty OCR pages.
    """
    shared = _batch.pool
    if shared is not None:
        return _pages(indices, shared.map(job, indices), errors)
    if workers > 1 and len(indices) > 1:
        own = PagePool(min(workers, len(indices)), only=job)
        return _closing(own, _pages(indices, own.map(job, indices), errors))
    return _in_process(job, indices, errors)


def _closing(pool: PagePool, pages: Iterator[Page]) -> Iterator[Page]:
    try:
        yield from pages
    finally:
        pool.close()


def _in_process(job: OcrJob, indices: list[int], errors: list[ErrorItem]) -> Iterator[Page]:
    opened = _OpenJob.open(job)
    try:
        yield from _pages(indices, map(opened.ocr, indices), errors)
    finally:
        opened.close()


def _pages(indices: list[int], results: Iterator[Page | ErrorItem], errors: list[ErrorItem]) -> Iterator[Page]:
    for index, result in zip(indices, results, strict=True):
        if isinstance(result, ErrorItem):
            errors.append(result)
            yield Page(number=index + 1, source=TextSource.OCR, text="")
        else:
            yield result
