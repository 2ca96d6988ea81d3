"""One page image → one `Page`: coloured ink set apart, optional preprocessing, one OCR call, layout into
reading order (a ruled table's rules erased before OCR and its words read cell by cell, `grid`); then what
the page carries besides its print: red stamps (`Page.stamp_layers`) and hand-filled digit slots
(`Page.hand_filled`; on page 1 a cited document's number and day filled by hand are written into its words
when read for sure, before the layout). A signature block a seal hid on a scan without colour is read again or reported
(`seal_block`).

A red stamp's ink, alone on white, is read apart from the page by tesseract's library in this process
(`ocr.read_block`), so its words stay the stamp's. It used to be laid below the page, with a wide white gap,
for the page's own `tesseract` call (a command per stamp cost 0.07 s of start-up); but tesseract then
thresholded and laid out the whole taller sheet: the synthetic incoming stamp made the page's call 8.9%
longer (instructions counted by valgrind, 7.23 → 7.87 billion), while the stamp read alone costs about half
of that (0.36 billion beyond the command's start-up).
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from extractors.text import grid, inks, preprocess
from extractors.text.handwriting import fill_cited, read_slots
from extractors.text.layout import arrange_words
from extractors.text.ocr import ocr_image, read_block
from extractors.text.seal_block import reread_lost_block
from extractors.text.signer_line import reread_name_line
from schemas.document import Box, Page, TextBox, TextSource
from schemas.errors import OcrError


def ocr_page(
    image: Image.Image | np.ndarray, number: int, *, language: str = "vie", clean: bool = True, timeout: float = 0
) -> Page:
    """OCR a page image (or a gray page's 8-bit pixels, `pdf.render_pixels`); `clean` runs
    `preprocess.clean_page` first (see the measured figures in docs/benchmarks.md); `timeout` (seconds, 0:
    none) bounds tesseract, past it `OcrTimeout` is raised.

    The page is converted to grayscale once, with red and blue ink removed where there is any
    (`inks.separate`), and every step works on those pixels."""
    separated = inks.separate(image)
    gray, angle = preprocess.clean_page(separated.gray) if clean else (separated.gray, 0.0)
    rule_y = preprocess.find_footnote_rule(gray)
    tables, rules = grid.find_grids(gray)
    result = ocr_image(grid.erase(gray, rules), language=language, timeout=timeout)
    band = reread_lost_block(result.words, gray, language=language)
    read = reread_name_line(band.words, band.pixels, separated.gray, angle, language=language)
    read, cited = fill_cited(read, separated.plain, angle, separated.colour) if number == 1 else (read, [])
    layout, words = arrange_words(read, result.width, result.height, rule_y=rule_y, grids=tables)
    return Page(
        number=number,
        source=TextSource.OCR,
        confidence=result.confidence,
        text=layout.text,
        footnotes="\n".join(layout.footnotes),
        words=words,
        stamp_layers=_stamp_texts(inks.stamp_layers(separated), language),
        hand_filled=[*read_slots(words, separated.plain, angle, separated.colour), *cited]
        if number == 1
        else [],  # the header's page, and the numbers it cites filled by hand (`fill_cited`)
        unread_signature=band.unread,
    )


def _stamp_texts(stamps: list[tuple[inks.InkRegion, Image.Image]], language: str) -> list[TextBox]:
    """Each stamp's words in reading order, boxed where the stamp lies on the page; stamps with no words
    are left out, and so is one the library fails on (the page's own read stands, as for the name line)."""
    found = []
    for region, layer in stamps:
        try:
            result = read_block(layer, language=language)
        except OcrError:
            continue
        layout, _ = arrange_words(result.words, result.width, result.height)
        if layout.text.strip():
            box = Box(left=region.left, top=region.top, width=layer.width, height=layer.height)
            found.append(TextBox(text=layout.text, box=box))
    return found
