"""PDF: the text layer where a page has a usable one; the other pages are rendered for the pipeline to OCR.

Decided page by page, so a PDF of typed pages with a scanned annex comes out "mixed". A text layer is
used only when it is the page's text (`layer_kind`): real scans often carry a layer holding only the
digital-signature box (~210 characters on a page full of print), or a scanner's own OCR; such pages are
OCR'd like image-only ones (OCRmyPDF's `--redo-ocr` idea) and a stamp layer's text is kept as a stamp. Text-layer pages
go through the same layout step as OCR pages (pdfplumber's own line order interleaves a two-column
header); tables found by pdfplumber become lines with cells joined by " | ". Scanned pages are rendered
with pypdfium2 (fast) one at a time, at `dpi`, by `render_page`: in colour, or in gray when the page
holds nothing but gray images (a gray scan).
"""

from __future__ import annotations

import io
import threading
from enum import StrEnum

import numpy as np
import pdfplumber
import pypdfium2
import pypdfium2.raw as pdfium_c
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from PIL import Image

from extractors.language import is_vietnamese
from extractors.text.handwriting import find_slots, read_slots
from extractors.text.layout import Segment, arrange, group_lines, segments_from_words, word_height
from extractors.text.signatures import signature_boxes
from schemas.document import Box, HandFilled, Page, TextBox, TextSource, Word
from schemas.errors import ErrorCode, InputError

MIN_TEXT_CHARS = 20
"""A page with fewer visible characters than this and an image on it is treated as scanned."""
SCANNED_SHARE = 0.5
"""A page whose largest image covers at least this share of it is a scanned page."""
STAMP_LAYER_CHARS = 600
"""On a scanned page, a text layer shorter than this holds a stamp, not the page: the gazette centre's
digital-signature box is ~210 characters; a page of print holds 1,500 or more."""
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
            raise InputError("PDF is password-protected", code=ErrorCode.PDF_ENCRYPTED) from error
        if diagnosis == 0:
            raise InputError("PDF has no pages", code=ErrorCode.PDF_EMPTY) from error
        raise InputError(f"PDF is corrupt: {error}", code=ErrorCode.PDF_CORRUPT) from error
    if pages == 0:
        close_pdf(document)
        raise InputError("PDF has no pages", code=ErrorCode.PDF_EMPTY)
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
    """One page (0-based) as an image at `dpi`, in colour (the OCR step sets red seals and blue ink apart by
    colour) unless it is a gray scan (`gray_only`); `InputError` (pdf.page_too_large) before rendering when
    the image would exceed `max_pixels` (a tiny PDF can declare a 4000×4000 pt page: 278 Mpx at 300 dpi)."""
    picture = render_pixels(document, index, dpi, max_pixels)
    return picture if isinstance(picture, Image.Image) else Image.fromarray(picture)


def render_pixels(document: pypdfium2.PdfDocument, index: int, dpi: int, max_pixels: int) -> Image.Image | np.ndarray:
    """`render_page` as the OCR step takes it (`scan.ocr_page`): a gray scan's page as its 8-bit pixels, an
    array, since every step after it works on arrays (an image's conversion to an array costs ≈ 5 ms of CPU a
    300-dpi page); a colour page as an RGB image.

    The pixels are copied out of pdfium's bitmap inside the lock: an image or array sharing the bitmap would
    free it whenever it is collected, on whatever thread, outside the lock.
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
                    code=ErrorCode.PDF_PAGE_TOO_LARGE,
                )
            if gray_only(page):
                bitmap = page.render(scale=dpi / 72, may_draw_forms=True, force_bitmap_format=pdfium_c.FPDFBitmap_Gray)
                return bitmap.to_numpy().copy()  # C-contiguous, without the bitmap's row padding
            bitmap = page.render(scale=dpi / 72, may_draw_forms=True, rev_byteorder=True)
            return bitmap.to_pil().copy()  # RGB: the image shares the bitmap's pixels until copied
        finally:
            page.close()


def gray_only(page: pypdfium2.PdfPage) -> bool:
    """Whether all a page draws is gray images (a gray or 1-bit scan): nothing on it can be coloured ink.

    Such a page is rendered into a gray bitmap: the same pixels as the colour rendering's gray (a gray
    image has equal channels), for a third of the bitmap, no conversion to gray and no search for coloured
    ink after it (0.05 s of CPU a 300-dpi page against 0.2 s, plus the search). Call inside `PDFIUM`.
    """
    if pdfium_c.FPDFPage_GetAnnotCount(page):  # a signature's or a form's appearance may be in colour
        return False
    found = False
    for item in page.get_objects(max_depth=1):
        if item.type != pdfium_c.FPDF_PAGEOBJ_IMAGE:
            return False  # text, paths, forms: any of them may be coloured
        if item.get_metadata().colorspace != pdfium_c.FPDF_COLORSPACE_DEVICEGRAY:
            return False
        found = True
    return found


class Layer(StrEnum):
    """What a page's text layer is."""

    TEXT = "text"  # the page's text: read it
    STAMP = "stamp"  # only a stamp on a scanned page: OCR the page, keep the layer as a stamp
    NONE = "none"  # no layer, glyphs without a Unicode map, or text that is not the page's: OCR the page


def layer_kind(page: pdfplumber.page.Page) -> Layer:
    """Whether a page's text layer is the page's text (see module doc for the measured cases).

    On a scanned page (an image over most of it) a layer of fewer than `STAMP_LAYER_CHARS` characters is a
    stamp (a digital-signature box), and a layer that does not read as Vietnamese is a scanner's own OCR in
    the wrong language: both are replaced by OCR of the page image."""
    chars = [c["text"] for c in page.chars if c["text"].strip()]
    garbage = sum(1 for text in chars if text.startswith("(cid:") or text == "\ufffd")
    if chars and garbage > 0.1 * len(chars):
        return Layer.NONE
    if not page.images:
        return Layer.TEXT
    if len(chars) < MIN_TEXT_CHARS:
        return Layer.STAMP if chars else Layer.NONE
    if _image_share(page) < SCANNED_SHARE:
        return Layer.TEXT
    if len(chars) < STAMP_LAYER_CHARS:
        return Layer.STAMP
    return Layer.TEXT if is_vietnamese(page.extract_text() or "") else Layer.NONE


def _image_share(page: pdfplumber.page.Page) -> float:
    """The largest image's share of the page area (a scan's page image covers nearly all of it)."""
    area = float(page.width * page.height) or 1.0
    return max((abs((i["x1"] - i["x0"]) * (i["bottom"] - i["top"])) / area for i in page.images), default=0.0)


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


def text_layer_page(page: pdfplumber.page.Page, number: int, scale: float) -> tuple[str, str, list[Word]]:
    """(text, footnotes, words) of a page's text layer in reading order; coordinates scaled to pixels at the
    OCR dpi."""
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
    return layout.text, "\n".join(layout.footnotes), words


def awaiting_ocr(number: int, stamps: list[TextBox]) -> Page:
    """A page to OCR that carries stamps already (a text layer holding only a stamp, a signature field):
    they wait on it for the OCR'd page (`needs_ocr`)."""
    return Page(number=number, source=TextSource.OCR, text="", stamp_layers=stamps)


def needs_ocr(page: Page | None) -> bool:
    """A page the reader left for OCR: none at all, or one holding only its layer's stamp (`awaiting_ocr`)."""
    return page is None or (page.source is TextSource.OCR and not page.text and not page.words)


def _layer_box(page: pdfplumber.page.Page, scale: float) -> Box | None:
    chars = [c for c in page.chars if c["text"].strip()]
    if not chars:
        return None
    left, top = min(c["x0"] for c in chars) * scale, min(c["top"] for c in chars) * scale
    right, bottom = max(c["x1"] for c in chars) * scale, max(c["bottom"] for c in chars) * scale
    return Box(left=round(left), top=round(top), width=max(1, round(right - left)), height=max(1, round(bottom - top)))


def read_text_layer(data: bytes, *, dpi: int = 300, max_pixels: int = 200_000_000) -> list[Page | None]:
    """Every page from its text layer, or None where it has no usable one: the pipeline OCRs those
    (rendering them with `render_page`), so one OCR path serves PDFs and images alike. A page whose layer
    holds only a stamp comes as `awaiting_ocr`: OCR it, and keep its stamp layer."""
    count = page_count(data)
    scale = dpi / 72
    pages: list[Page | None] = [None] * count
    first_words: list[Word] = []
    first_height = 0
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for index, page in enumerate(pdf.pages[:count]):
                kind = layer_kind(page)
                if kind is Layer.TEXT:
                    text, footnotes, words = text_layer_page(page, index + 1, scale)
                    pages[index] = Page(number=index + 1, source=TextSource.TEXT_LAYER, text=text, footnotes=footnotes)
                    if index == 0:
                        first_words, first_height = words, round(page.height * scale)
                elif kind is Layer.STAMP:
                    layer = TextBox(text=text_layer_page(page, index + 1, scale)[0], box=_layer_box(page, scale))
                    pages[index] = awaiting_ocr(index + 1, [layer])
                page.close()
    except InputError:
        raise
    except Exception:  # pdfminer is stricter than pdfium: pages it cannot parse are OCR'd instead
        pass
    signatures = signature_boxes(data, dpi=dpi)
    for number, boxes in signatures.items():
        if 1 <= number <= count:
            pages[number - 1] = _with_stamps(pages[number - 1], number, boxes)
    first = pages[0]
    if first is not None and first.source is TextSource.TEXT_LAYER and first_words:
        filled = _signed_in_slots(data, first_words, first_height, signatures.get(1, []), dpi, max_pixels)
        pages[0] = first.model_copy(update={"hand_filled": filled})
    return pages


def _signed_in_slots(
    data: bytes, words: list[Word], page_height: int, signatures: list[TextBox], dpi: int, max_pixels: int
) -> list[HandFilled]:
    """The number and day an e-office system writes into the form's slots as part of a signature's
    appearance (no page text: the text layer reads "Số: /UBND-KGVX"), read from the rendered page like
    hand-filled ones. Only when a signature box lies over a slot; the page is rendered only then."""
    boxes = [s.box for s in signatures if s.box is not None]
    over = [slot for slot in find_slots(words, page_height) if any(slot.overlaps(box) for box in boxes)]
    if not over:
        return []
    document = open_pdf(data)
    try:
        with PDFIUM:
            document.init_forms()  # the signatures' appearances are form fields: drawn only with forms loaded
        plain = np.asarray(render_page(document, 0, dpi, max_pixels).convert("L"))
    except InputError:  # a page too large to render: its slots stay unread
        return []
    finally:
        close_pdf(document)
    return [filled for filled in read_slots(words, plain, 0.0) if filled.slot in {slot.name for slot in over}]


def _with_stamps(page: Page | None, number: int, stamps: list[TextBox]) -> Page:
    if page is None or needs_ocr(page):
        return awaiting_ocr(number, [*(page.stamp_layers if page else []), *stamps])
    return page.model_copy(update={"stamp_layers": [*page.stamp_layers, *stamps]})
