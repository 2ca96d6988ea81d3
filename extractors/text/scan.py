"""One page image → one `Page`: optional preprocessing, one OCR call, layout into reading order."""

from __future__ import annotations

from PIL import Image

from extractors.text import preprocess
from extractors.text.layout import arrange_words
from extractors.text.ocr import ocr_image
from schemas.document import Page, TextSource


def ocr_page(image: Image.Image, number: int, *, language: str = "vie", clean: bool = True) -> Page:
    """OCR a page image; `clean` runs `preprocess.clean` first (see the measured figures in the README)."""
    if clean:
        image = preprocess.clean(image)
    rule_y = preprocess.find_footnote_rule(image)
    result = ocr_image(image, language=language)
    layout, words = arrange_words(result.words, result.width, result.height, rule_y=rule_y)
    return Page(
        number=number,
        source=TextSource.OCR,
        confidence=result.confidence,
        text=layout.text,
        footnotes="\n".join(layout.footnotes),
        words=words,
    )
