"""Scanned pages OCR'd in parallel processes, streamed: the one OCR path, for PDF pages and image frames.

Each worker process receives the file's bytes once (pool initializer) and then only page numbers:
it renders or decodes one page, OCRs it, and sends back the words — never the image. So memory holds
at most one page image per worker, whatever the page count. A page whose OCR fails or times out becomes
an empty page plus an `ErrorItem`; the other pages go on.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

import pypdfium2

from extractors.text import image as image_reader
from extractors.text import pdf as pdf_reader
from extractors.text.scan import ocr_page
from pipeline.settings import Settings
from schemas.document import ErrorItem, Page, TextSource
from schemas.errors import InputError, OcrError


@dataclass(frozen=True)
class OcrJob:
    """What every page of one file needs: its bytes, its kind and the OCR options."""

    kind: str
    data: bytes
    dpi: int
    language: str
    clean: bool
    max_pixels: int
    timeout: float

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
                picture = pdf_reader.render_page(self.pdf, index, job.dpi, job.max_pixels)
            else:
                picture = image_reader.load_frame(job.data, index, job.max_pixels)
            return ocr_page(picture, index + 1, language=job.language, clean=job.clean, timeout=job.timeout)
        except (OcrError, InputError) as error:
            return ErrorItem(code=error.code, message=str(error), page=index + 1)


_worker: list[_OpenJob] = []
"""In a pool worker process only: the one job it serves (set by the pool initializer). Never used in the
calling process, where several threads may run files at once."""


def _start(job: OcrJob) -> None:
    _worker[:] = [_OpenJob.open(job)]


def _ocr_index(index: int) -> Page | ErrorItem:
    return _worker[0].ocr(index)


def ocr_pages(job: OcrJob, indices: list[int], workers: int, errors: list[ErrorItem]) -> Iterator[Page]:
    """OCR the given 0-based pages, in page order, in `workers` processes when it pays.

    Failed pages are appended to `errors` and come out as empty OCR pages.
    """
    if workers <= 1 or len(indices) <= 1:
        opened = _OpenJob.open(job)
        try:
            yield from _pages(indices, map(opened.ocr, indices), errors)
        finally:
            opened.close()
        return
    with ProcessPoolExecutor(max_workers=min(workers, len(indices)), initializer=_start, initargs=(job,)) as pool:
        yield from _pages(indices, pool.map(_ocr_index, indices), errors)


def _pages(indices: list[int], results: Iterator[Page | ErrorItem], errors: list[ErrorItem]) -> Iterator[Page]:
    for index, result in zip(indices, results, strict=True):
        if isinstance(result, ErrorItem):
            errors.append(result)
            yield Page(number=index + 1, source=TextSource.OCR, text="")
        else:
            yield result
