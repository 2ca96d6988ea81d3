"""One page image → one `Page`: coloured ink set apart, optional preprocessing, one OCR call, layout into
reading order; then what the page carries besides its print: red stamps read on their own
(`Page.stamp_layers`) and hand-filled digit slots (`Page.hand_filled`)."""

from __future__ import annotations

from PIL import Image

from extractors.text import inks, preprocess
from extractors.text.handwriting import read_slots
from extractors.text.layout import arrange_words
from extractors.text.ocr import ocr_image
from extractors.text.signer_line import reread_name_line
from schemas.document import Box, Page, TextBox, TextSource


def ocr_page(image: Image.Image, number: int, *, language: str = "vie", clean: bool = True, timeout: float = 0) -> Page:
    """OCR a page image; `clean` runs `preprocess.clean_page` first (see the measured figures in docs/benchmarks.md);
    `timeout` (seconds, 0: none) bounds tesseract, past it `OcrTimeout` is raised.

    The page is converted to grayscale once, with red and blue ink removed where there is any
    (`inks.separate`), and every step works on those pixels."""
    separated = inks.separate(image)
    gray, angle = preprocess.clean_page(separated.gray) if clean else (separated.gray, 0.0)
    rule_y = preprocess.find_footnote_rule(gray)
    result = ocr_image(Image.fromarray(gray), language=language, timeout=timeout)
    read = reread_name_line(result.words, gray, separated.gray, angle, language=language, timeout=timeout)
    layout, words = arrange_words(read, result.width, result.height, rule_y=rule_y)
    return Page(
        number=number,
        source=TextSource.OCR,
        confidence=result.confidence,
        text=layout.text,
        footnotes="\n".join(layout.footnotes),
        words=words,
        stamp_layers=_read_stamps(separated, language, timeout),
        hand_filled=read_slots(words, separated.plain, angle) if number == 1 else [],  # the header's page
    )


def _read_stamps(separated: inks.SeparatedPage, language: str, timeout: float) -> list[TextBox]:
    """The text of each red stamp, read from its ink alone (one small tesseract call per stamp)."""
    found = []
    for region, layer in inks.stamp_layers(separated):
        result = ocr_image(layer, language=language, timeout=timeout)
        layout, _ = arrange_words(result.words, result.width, result.height)
        if layout.text.strip():
            box = Box(
                left=region.left, top=region.top, width=region.right - region.left, height=region.bottom - region.top
            )
            found.append(TextBox(text=layout.text, box=box))
    return found
