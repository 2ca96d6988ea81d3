"""A page that holds nothing but gray images (a gray or 1-bit scan) is rendered gray: the same pixels as the
colour rendering's gray, and no colour work after it; any page that may hold colour is rendered in colour."""

from __future__ import annotations

import io

import numpy as np
import pypdfium2
import pytest
from PIL import Image, ImageDraw

from extractors.text.pdf import open_pdf, render_page, render_pixels
from extractors.text.scan import ocr_page


def _scan(mode: str) -> Image.Image:
    """A page of dark lines on light paper with a red circle, in the given mode."""
    page = Image.new("RGB", (600, 900), (245, 243, 238))
    draw = ImageDraw.Draw(page)
    for top in range(60, 840, 40):
        draw.rectangle((50, top, 550, top + 12), fill=(20, 20, 25))
    draw.ellipse((380, 700, 520, 840), outline=(210, 30, 40), width=8)
    return page if mode == "RGB" else page.convert(mode)


def _pdf(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PDF", resolution=300)
    return buffer.getvalue()


def _rendered(data: bytes) -> Image.Image:
    document = open_pdf(data)
    try:
        return render_page(document, 0, 300, 200_000_000)
    finally:
        document.close()


def _pixels(data: bytes) -> Image.Image | np.ndarray:
    document = open_pdf(data)
    try:
        return render_pixels(document, 0, 300, 200_000_000)
    finally:
        document.close()


def _in_colour(data: bytes) -> Image.Image:
    document = pypdfium2.PdfDocument(data)
    try:
        return document[0].render(scale=300 / 72, may_draw_forms=True).to_pil()
    finally:
        document.close()


@pytest.mark.parametrize("mode", ["L", "1"])
def test_gray_scan_is_rendered_gray_with_the_same_pixels(mode: str) -> None:
    data = _pdf(_scan(mode))
    image = _rendered(data)
    assert image.mode == "L"
    assert np.array_equal(np.asarray(image), np.asarray(_in_colour(data).convert("L")))


@pytest.mark.parametrize("mode", ["L", "1"])
def test_the_ocr_step_gets_a_gray_scans_pixels_as_an_array(mode: str) -> None:
    """No image to convert to an array again: the same pixels, C-contiguous (pdfium pads the bitmap's rows)."""
    data = _pdf(_scan(mode))
    pixels = _pixels(data)
    assert isinstance(pixels, np.ndarray) and pixels.flags.c_contiguous and pixels.dtype == np.uint8
    assert np.array_equal(pixels, np.asarray(_rendered(data)))


def test_the_ocr_step_gets_a_colour_page_as_an_image() -> None:
    data = _pdf(_scan("RGB"))
    picture = _pixels(data)
    assert isinstance(picture, Image.Image) and picture.mode == "RGB"
    assert np.array_equal(np.asarray(picture), np.asarray(_rendered(data)))


def test_colour_scan_is_rendered_in_colour() -> None:
    data = _pdf(_scan("RGB"))
    image = _rendered(data)
    assert image.mode == "RGB"
    assert np.array_equal(np.asarray(image), np.asarray(_in_colour(data)))


def test_gray_scan_with_an_annotation_is_rendered_in_colour() -> None:
    """A signature's or a stamp's appearance (an annotation) may be coloured ink over a gray scan."""
    document = pypdfium2.PdfDocument(_pdf(_scan("L")))
    page = document[0]
    pypdfium2.raw.FPDFPage_CloseAnnot(pypdfium2.raw.FPDFPage_CreateAnnot(page, pypdfium2.raw.FPDF_ANNOT_SQUARE))
    page.close()
    buffer = io.BytesIO()
    document.save(buffer)
    document.close()
    assert _rendered(buffer.getvalue()).mode == "RGB"


@pytest.mark.slow
def test_gray_scan_reads_the_same_as_before() -> None:
    """What tesseract reads from the gray rendering is what it read from the colour one (real OCR)."""
    data = _pdf(_scan("L"))
    assert ocr_page(_rendered(data), 1) == ocr_page(_in_colour(data).copy(), 1) == ocr_page(_pixels(data), 1)
