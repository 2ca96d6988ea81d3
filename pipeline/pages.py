"""Scanned pages OCR'd in parallel processes, streamed.

Each worker process receives the file's bytes once (pool initializer) and then only page numbers:
it renders or decodes one page, OCRs it, and sends back the words — never the image. So memory holds
at most one page image per worker, whatever the page count. A page whose OCR fails becomes an empty
page plus an `ErrorItem`; the other pages go on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

import pypdfium2

from extractors.text import image as image_reader
from extractors.text import pdf as pdf_reader
from extractors.text.scan import ocr_page
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


_worker: dict[str, object] = {}


def _start(job: OcrJob) -> None:
    """Pool initializer: keep the job (and an opened PDF) for every page this process handles."""
    _worker.clear()
    _worker["job"] = job
    if job.kind == "pdf":
        _worker["pdf"] = pdf_reader.open_pdf(job.data)


def _stop() -> None:
    document = _worker.get("pdf")
    if isinstance(document, pypdfium2.PdfDocument):
        document.close()
    _worker.clear()


def _ocr_index(index: int) -> Page | ErrorItem:
    job = _worker["job"]
    assert isinstance(job, OcrJob)
    try:
        if job.kind == "pdf":
            document = _worker["pdf"]
            assert isinstance(document, pypdfium2.PdfDocument)
            picture = pdf_reader.render_page(document, index, job.dpi)
        else:
            picture = image_reader.load_frame(job.data, index, job.max_pixels)
        return ocr_page(picture, index + 1, language=job.language, clean=job.clean)
    except (OcrError, InputError) as error:
        return ErrorItem(code=error.code, message=str(error), page=index + 1)


def page_runner(job: OcrJob, workers: int, errors: list[ErrorItem]) -> Callable[[list[int]], Iterator[Page]]:
    """A function OCR'ing the given 0-based pages in page order, in `workers` processes when it pays.

    Failed pages are appended to `errors` and come out as empty OCR pages.
    """

    def run(indices: list[int]) -> Iterator[Page]:
        if workers <= 1 or len(indices) <= 1:
            _start(job)
            try:
                yield from _pages(indices, map(_ocr_index, indices), errors)
            finally:
                _stop()
            return
        with ProcessPoolExecutor(max_workers=min(workers, len(indices)), initializer=_start, initargs=(job,)) as pool:
            yield from _pages(indices, pool.map(_ocr_index, indices), errors)

    return run


def _pages(indices: list[int], results: Iterator[Page | ErrorItem], errors: list[ErrorItem]) -> Iterator[Page]:
    for index, result in zip(indices, results, strict=True):
        if isinstance(result, ErrorItem):
            errors.append(result)
            yield Page(number=index + 1, source=TextSource.OCR, text="")
        else:
            yield result
