"""One page image → one `Page`: optional preprocessing, one OCR call, layout into reading order."""

from __future__ import annotations

from PIL import Image

from extractors.text import preprocess
from extractors.text.layout import arrange_words
from extractors.text.ocr import ocr_image
from schemas.document import Page, TextSource


def ocr_page(image: Image.Image, number: int, *, language: str = "vie", clean: bool = True, timeout: float = 0) -> Page:
    """OCR a page image; `clean` runs `preprocess.clean_gray` first (see the measured figures in docs/benchmarks.md);
    `timeout` (seconds, 0: none) bounds tesseract, past it `OcrTimeout` is raised.

    The page is converted to grayscale once and every step works on those pixels; tesseract would
    convert a colour page to grayscale itself.
    """
    gray = preprocess.to_gray(image)
    if clean:
        gray = preprocess.clean_gray(gray)
    rule_y = preprocess.find_footnote_rule(gray)
    result = ocr_image(Image.fromarray(gray), language=language, timeout=timeout)
    layout, words = arrange_words(result.words, result.width, result.height, rule_y=rule_y)
    return Page(
        number=number,
        source=TextSource.OCR,
        confidence=result.confidence,
        text=layout.text,
        footnotes="\n".join(layout.footnotes),
        words=words,
    )
