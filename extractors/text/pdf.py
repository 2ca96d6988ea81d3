"""PDF: the text layer where a page has a usable one; the other pages are rendered for the pipeline to OCR.

Decided page by page, so a PDF of typed pages with a scanned annex comes out "mixed". Text-layer pages
go through the same layout step as OCR pages (pdfplumber's own line order interleaves a two-column
header); tables found by pdfplumber become lines with cells joined by " | ". Scanned pages are rendered
with pypdfium2 (fast) one at a time, at `dpi`, by `render_page`.
"""

from __future__ import annotations

import io
import threading

import pdfplumber
import pypdfium2
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from PIL import Image

from extractors.text.layout import Segment, arrange, group_lines, segments_from_words, word_height
from schemas.document import Box, Page, TextSource, Word
from schemas.errors import InputError

MIN_TEXT_CHARS = 20
"""A page with fewer visible characters than this and an image on it is treated as scanned."""
CELL_SEPARATOR = " | "
PDFIUM = threading.RLock()
"""pdfium is not thread-safe, not even across documents, and the ingest flow runs files on threads: every
pdfium call in the process goes through this lock (rendering is a small part of a page's OCR time)."""


def open_pdf(data: bytes) -> pypdfium2.PdfDocument:
    """Open with pdfium; encrypted, corrupt and zero-page PDFs raise `InputError` with their code.

    pdfium's error text can be stale (its last-error slot is global), so a refusal is diagnosed again
    with pdfminer: a password error, or an /Encrypt dictionary, means encrypted; zero pages means empty.
    """
    try:
        with PDFIUM:
            document = pypdfium2.PdfDocument(data)
            pages = len(document)
    except pypdfium2.PdfiumError as error:
        diagnosis = _pdfminer_pages(data)
        if diagnosis == "encrypted" or (diagnosis is None and b"/Encrypt" in data):
            raise InputError("PDF is password-protected", code="pdf.encrypted") from error
        if diagnosis == 0:
            raise InputError("PDF has no pages", code="pdf.empty") from error
        raise InputError(f"PDF is corrupt: {error}", code="pdf.corrupt") from error
    if pages == 0:
        close_pdf(document)
        raise InputError("PDF has no pages", code="pdf.empty")
    return document


def close_pdf(document: pypdfium2.PdfDocument) -> None:
    with PDFIUM:
        document.close()


def _pdfminer_pages(data: bytes) -> int | str | None:
    """Page count by pdfminer, "encrypted" for a password error, None when it cannot parse the file."""
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return len(pdf.pages)
    except (PDFPasswordIncorrect, PDFEncryptionError):
        return "encrypted"
    except Exception:  # pdfminer raises many unrelated types on malformed input
        return None


def page_count(data: bytes) -> int:
    document = open_pdf(data)
    try:
        with PDFIUM:
            return len(document)
    finally:
        close_pdf(document)


def render_page(document: pypdfium2.PdfDocument, index: int, dpi: int, max_pixels: int) -> Image.Image:
    """One page (0-based) as a grayscale image at `dpi`; `InputError` (pdf.page_too_large) before rendering
    when the image would exceed `max_pixels` (a tiny PDF can declare a 4000×4000 pt page: 278 Mpx at 300 dpi).

    The image is copied out of pdfium's bitmap inside the lock: an image sharing the bitmap would free it
    whenever it is collected, on whatever thread, outside the lock.
    """
    with PDFIUM:
        page = document[index]
        try:
            width, height = page.get_size()
            pixels = round(width * dpi / 72) * round(height * dpi / 72)
            if pixels > max_pixels:
                raise InputError(
                    f"page {index + 1} is {width:.0f}×{height:.0f} pt, {pixels / 1e6:.0f} Mpx at {dpi} dpi: above "
                    f"the limit of {max_pixels / 1e6:g} Mpx (max_image_pixels), refused before rendering",
                    code="pdf.page_too_large",
                )
            return page.render(scale=dpi / 72, grayscale=True).to_pil().copy()
        finally:
            page.close()


def has_usable_text(page: pdfplumber.page.Page) -> bool:
    """Enough real characters (not `(cid:N)` glyphs without a Unicode map), or no image to OCR instead."""
    chars = [c["text"] for c in page.chars if c["text"].strip()]
    garbage = sum(1 for text in chars if text.startswith("(cid:") or text == "\ufffd")
    if chars and garbage > 0.1 * len(chars):
        return False
    return len(chars) >= MIN_TEXT_CHARS or (not page.images and len(chars) > 0) or not (chars or page.images)


def _footnote_rule(page: pdfplumber.page.Page, scale: float) -> float | None:
    """The y (scaled) of a short horizontal rule from the left margin in the lower half of the page."""
    candidates = [
        edge["top"]
        for edge in [*page.lines, *page.rects]
        if abs(edge["bottom"] - edge["top"]) < 2
        and 0.1 * page.width < edge["x1"] - edge["x0"] < 0.6 * page.width
        and edge["x0"] < 0.25 * page.width
        and edge["top"] > 0.5 * page.height
    ]
    return max(candidates) * scale if candidates else None


def text_layer_page(page: pdfplumber.page.Page, number: int, scale: float) -> tuple[str, str]:
    """(text, footnotes) of a page's text layer in reading order; coordinates scaled to pixels at the OCR dpi."""
    tables = page.find_tables()
    table_boxes = [table.bbox for table in tables]

    def in_table(word: dict) -> bool:
        return any(
            x0 <= word["x0"] and word["x1"] <= x1 and top <= word["top"] and word["bottom"] <= bottom
            for x0, top, x1, bottom in table_boxes
        )

    words = [
        Word(
            text=w["text"],
            box=Box(
                left=round(w["x0"] * scale),
                top=round(w["top"] * scale),
                width=max(1, round((w["x1"] - w["x0"]) * scale)),
                height=max(1, round((w["bottom"] - w["top"]) * scale)),
            ),
            confidence=100.0,
        )
        for w in page.extract_words(keep_blank_chars=False, use_text_flow=False)
        if not in_table(w)
    ]
    words = group_lines(words)
    unit = word_height(words) if words else 12 * scale
    segments = segments_from_words(words, unit)
    for table in tables:
        for row, cells in zip(table.rows, table.extract(), strict=False):
            text = CELL_SEPARATOR.join(" ".join((cell or "").split()) for cell in cells)
            if text.replace("|", "").strip():
                x0, top, x1, bottom = (value * scale for value in row.bbox)
                segments.append(Segment(text=text, left=x0, top=top, right=x1, bottom=bottom))
    layout = arrange(segments, page.width * scale, page.height * scale, unit=unit, rule_y=_footnote_rule(page, scale))
    return layout.text, "\n".join(layout.footnotes)


def read_text_layer(data: bytes, *, dpi: int = 300) -> list[Page | None]:
    """Every page from its text layer, or None where it has no usable one: the pipeline OCRs those
    (rendering them with `render_page`), so one OCR path serves PDFs and images alike."""
    count = page_count(data)
    scale = dpi / 72
    pages: list[Page | None] = [None] * count
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for index, page in enumerate(pdf.pages[:count]):
                if has_usable_text(page):
                    text, footnotes = text_layer_page(page, index + 1, scale)
                    pages[index] = Page(number=index + 1, source=TextSource.TEXT_LAYER, text=text, footnotes=footnotes)
                page.close()
    except InputError:
        raise
    except Exception:  # pdfminer is stricter than pdfium: pages it cannot parse are OCR'd instead
        pass
    return pages
