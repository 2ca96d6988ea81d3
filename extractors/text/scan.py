"""One page image → one `Page`: coloured ink set apart, optional preprocessing, one OCR call, layout into
reading order (a ruled table's rules erased before OCR and its words read cell by cell, `grid`; a cell holding an
unsure word read again alone, `read_cells`; a document number read unsure read again alone, `number_words`); then what
the page carries besides its print: red stamps (`Page.stamp_layers`) and hand-filled digit slots
(`Page.hand_filled`; on page 1 a cited document's number and day filled by hand are written into its words
when read for sure, before the layout). A signature block a seal hid on a scan without colour is read again or reported
(`seal_block`). Body lines tesseract lost or garbled under a received stamp on such a scan are read again,
alone, with the stamp's lighter ink taken off (`lost_lines`).

A red stamp's ink, alone on white, is read apart from the page by tesseract's library in this process
(`ocr.read_block`), so its words stay the stamp's. It used to be laid below the page, with a wide white gap,
for the page's own `tesseract` call (a command per stamp cost 0.07 s of start-up); but tesseract then
thresholded and laid out the whole taller sheet: the synthetic incoming stamp made the page's call 8.9%
longer (instructions counted by valgrind, 7.23 → 7.87 billion), while the stamp read alone costs about half
of that (0.36 billion beyond the command's start-up).
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

from extractors.text import grid, inks, preprocess
from extractors.text.handwriting import fill_cited, read_slots
from extractors.text.layout import arrange_words
from extractors.text.lost_lines import reread_lost_lines, reread_stamped_lines
from extractors.text.number_words import reread_unsure_numbers
from extractors.text.ocr import ocr_image, read_block, read_line
from extractors.text.seal_block import reread_lost_block
from extractors.text.signer_line import reread_name_line
from schemas.document import Box, Page, TextBox, TextSource, Word
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
    erased = grid.erase(gray, rules)
    page_read = reread_stamped_lines(ocr_image(erased, language=language, timeout=timeout), erased, language=language)
    result = reread_lost_lines(page_read, erased, language=language)
    words = reread_unsure_numbers(
        read_cells(result.words, erased, tables, language=language), erased, language=language
    )
    band = reread_lost_block(words, gray, language=language)
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


UNSURE_CELL = 70.0
"""A table cell holding a word read with less confidence than this is read again on its own (`read_cells`)."""


def read_cells(words: list[Word], erased: np.ndarray, tables: list[grid.Grid], *, language: str) -> list[Word]:
    """Each ruled-table cell holding an unsure word read again alone (its rules erased, one line or a block of
    them), its words replaced when that read is the more confident. Laid out with the whole page, tesseract
    merged a photocopied cell's word with the blank band above it and misread it ("Đào ung Huy" for "Đào Quang
    Huy", confidence 31); the cell alone reads it whole (96). Reading the whole table alone did not help: the
    same misread, and the "TT" column lost. A few small reads, on table pages only."""
    for table in tables:
        cells: dict[tuple[int, int], list[Word]] = {}
        for word in words:
            place = _cell(table, word)
            if place is not None:
                cells.setdefault(place, []).append(word)
        for (row, column), inside in cells.items():
            if min(w.confidence for w in inside) >= UNSURE_CELL:
                continue
            again = _read_cell(erased, table, row, column, inside, language)
            if again is not None and _confidence(again) > _confidence(inside):
                words = [*(w for w in words if _cell(table, w) != (row, column)), *again]
    return words


def _read_cell(
    erased: np.ndarray, table: grid.Grid, row: int, column: int, inside: list[Word], language: str
) -> list[Word] | None:
    """The cell's words read from its pixels alone, boxed on the page; None when the library fails (the page's
    read stands). One line of words is read as a line (`--psm 7`), more as a block. Only the band of the cell's
    words is read, a word's height above and below: a faded rule's remnant at the cell's foot, which the erased
    grid did not cover, was read as part of the line ("Đỗ mạn" for "Đỗ Minh Khang", scenario 18's QĐ 1505)."""
    margin = max(w.box.height for w in inside)
    left = int(table.xs[column]) + 1
    top = max(int(table.ys[row]) + 1, min(w.box.top for w in inside) - margin)
    bottom = min(int(table.ys[row + 1]), max(w.box.top + w.box.height for w in inside) + margin)
    crop = erased[top:bottom, left : int(table.xs[column + 1])]
    if crop.size == 0:
        return None
    middles = [w.box.top + w.box.height / 2 for w in inside]
    one_line = max(middles) - min(middles) < min(w.box.height for w in inside)
    image = Image.fromarray(cv2.copyMakeBorder(crop, PAD, PAD, PAD, PAD, cv2.BORDER_CONSTANT, value=255))
    try:
        result = (read_line if one_line else read_block)(image, language=language)
    except OcrError:
        return None
    line = max(w.line for w in inside)
    return [
        w.model_copy(
            update={
                "box": w.box.model_copy(update={"left": w.box.left + left - PAD, "top": w.box.top + top - PAD}),
                "block": inside[0].block,
                "line": line,
            }
        )
        for w in result.words
        if w.text.strip()
    ]


PAD = 10
"""White pixels around a cell read alone: tesseract misses ink touching the image's edge."""


def _cell(table: grid.Grid, word: Word) -> tuple[int, int] | None:
    return table.cell(word.box.left + word.box.width / 2, word.box.top + word.box.height / 2)


def _confidence(words: list[Word]) -> float:
    """Mean confidence of the words' characters (0 for none): a long word misread weighs more than a mark."""
    characters = sum(len(w.text) for w in words)
    return sum(w.confidence * len(w.text) for w in words) / characters if characters else 0.0


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
