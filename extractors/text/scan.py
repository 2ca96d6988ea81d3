"""One page image → one `Page`: coloured ink set apart, optional preprocessing, one OCR call, layout into
reading order; then what the page carries besides its print: red stamps (`Page.stamp_layers`) and
hand-filled digit slots (`Page.hand_filled`).

Red stamps are read in the page's own tesseract call: their ink, alone on white, is laid below the page
with a wide white gap, and the words read there are the stamps'. A second tesseract call per stamp cost
0.07 s of start-up (loading the language model) before reading anything: a tenth of a page.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

from extractors.text import inks, preprocess
from extractors.text.handwriting import read_slots
from extractors.text.layout import arrange_words
from extractors.text.ocr import ocr_image
from extractors.text.signer_line import reread_name_line
from schemas.document import Box, Page, TextBox, TextSource, Word

STAMP_GAP = 0.03
"""White space above and below each stamp laid below the page, as a share of the page width (~6 mm on A4,
two line gaps): tesseract keeps a stamp's lines apart from the page's, and each white row still costs
(a blank A4 page at 300 dpi is 0.11 s of tesseract's time beyond its start-up)."""


@dataclass(frozen=True)
class _Sheet:
    """The page with its stamps' ink laid below it: what tesseract reads in one call."""

    image: Image.Image
    page_height: int
    stamps: list[tuple[inks.InkRegion, int]]
    """Each stamp's region on the page and the top of its ink on the sheet."""


def ocr_page(image: Image.Image, number: int, *, language: str = "vie", clean: bool = True, timeout: float = 0) -> Page:
    """OCR a page image; `clean` runs `preprocess.clean_page` first (see the measured figures in docs/benchmarks.md);
    `timeout` (seconds, 0: none) bounds tesseract, past it `OcrTimeout` is raised.

    The page is converted to grayscale once, with red and blue ink removed where there is any
    (`inks.separate`), and every step works on those pixels."""
    separated = inks.separate(image)
    gray, angle = preprocess.clean_page(separated.gray) if clean else (separated.gray, 0.0)
    rule_y = preprocess.find_footnote_rule(gray)
    sheet = _sheet(gray, inks.stamp_layers(separated))
    result = ocr_image(sheet.image, language=language, timeout=timeout)
    on_page = [word for word in result.words if _middle(word) < sheet.page_height]
    read = reread_name_line(on_page, gray, separated.gray, angle, language=language)
    layout, words = arrange_words(read, result.width, sheet.page_height, rule_y=rule_y)
    return Page(
        number=number,
        source=TextSource.OCR,
        confidence=round(sum(w.confidence for w in on_page) / len(on_page), 2) if on_page else None,
        text=layout.text,
        footnotes="\n".join(layout.footnotes),
        words=words,
        stamp_layers=_stamp_texts(sheet, result.words),
        hand_filled=read_slots(words, separated.plain, angle) if number == 1 else [],  # the header's page
    )


def _middle(word: Word) -> float:
    return word.box.top + word.box.height / 2


def _sheet(gray: np.ndarray, stamps: list[tuple[inks.InkRegion, Image.Image]]) -> _Sheet:
    """The page, and below it each stamp's ink at its own left, a `STAMP_GAP` apart."""
    height, width = gray.shape
    if not stamps:
        return _Sheet(Image.fromarray(gray), height, [])
    gap = int(STAMP_GAP * width)
    tops, bottom = [], height
    for _, layer in stamps:
        tops.append(bottom + gap)
        bottom += gap + layer.height
    sheet = Image.new("L", (width, bottom + gap), 255)
    sheet.paste(Image.fromarray(gray), (0, 0))
    for (region, layer), top in zip(stamps, tops, strict=True):
        sheet.paste(layer, (region.left, top))
    return _Sheet(sheet, height, [(region, top) for (region, _), top in zip(stamps, tops, strict=True)])


def _stamp_texts(sheet: _Sheet, words: list[Word]) -> list[TextBox]:
    """Each stamp's words (those read within its ink on the sheet) in reading order, boxed on the page."""
    found = []
    for region, top in sheet.stamps:
        width, height = region.right - region.left, region.bottom - region.top
        local = [
            word.model_copy(
                update={
                    "box": word.box.model_copy(update={"left": word.box.left - region.left, "top": word.box.top - top})
                }
            )
            for word in words
            if top <= _middle(word) < top + height
        ]
        layout, _ = arrange_words(local, width, height)
        if layout.text.strip():
            found.append(
                TextBox(text=layout.text, box=Box(left=region.left, top=region.top, width=width, height=height))
            )
    return found
