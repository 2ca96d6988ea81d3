"""A capitalised word the page's read was unsure of, confirmed by its row read again alone.

Tesseract's confidence in a word hangs on the crop it is read in: on scenario 39's QĐ 118-QĐ/TU as a scan the clean
"Hân," of "Tô Thị Ngọc Hân" came out of the page's read at 16, and of its row read alone (`--psm 7`,
`ocr.read_line`) at 19 to 96 as the crop's margin changed. A member's name word read below
`trips.UNSURE_NAME_WORD` leaves the member out (a wrong member is worse than a missing one), so a clean name was
lost. Two reads that spell a word alike are evidence (`signer_line.choose`), but not at any confidence: a stamp's
garble "|ÍỔ" and a misread "Phan" were spelt alike again at 12 and 15. So each row holding a capitalised word read
below `UNSURE` is read again alone, and such a word that the read alone spells the same at the same place, itself
clearing `UNSURE`, takes that read's confidence. Measured on the decisions of scenarios 38-40 as scans (session 36):
of the unsure capitalised words spelt alike again, every one read alone at 30 or more is in the typed original, every
one below is not or is mixed. No text ever changes: a read alone that spells the word otherwise, or is itself unsure,
leaves the word as the page read it.
"""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np
from PIL import Image

from extractors.text.ocr import read_line
from schemas.document import Box, Word
from schemas.errors import OcrError

UNSURE = 30.0
"""A capitalised word read with less confidence than this is confirmed or not by its row read alone: the bar below
which a member's name word is unsure (`extractors.trips.UNSURE_NAME_WORD`)."""
MARGIN = 0.25
"""White kept above and below the row's words, in word heights: the crop must hold the tone marks."""
PAD = 10
"""White pixels around the crop: tesseract misses ink touching the image's edge."""
_EDGES = "\"'“”‘’.,:;_-|()"


def _unsure_capital(word: Word) -> bool:
    text = word.text.strip(_EDGES)
    return word.confidence < UNSURE and len(text) >= 2 and text.isalpha() and text[0].isupper()


def _row(words: Sequence[Word], word: Word) -> list[int]:
    """The indices of the words on `word`'s row: their middles within half its height of its middle."""
    middle = word.box.top + word.box.height / 2
    return [
        index
        for index, other in enumerate(words)
        if abs(other.box.top + other.box.height / 2 - middle) < word.box.height / 2
    ]


def _read_row(row: Sequence[Word], pixels: np.ndarray, language: str) -> list[Word]:
    """The row's band read alone, its words boxed on the page; none when the library fails."""
    margin = round(MARGIN * max(w.box.height for w in row))
    top = max(0, min(w.box.top for w in row) - margin)
    bottom = min(pixels.shape[0], max(w.box.top + w.box.height for w in row) + margin)
    left = max(0, min(w.box.left for w in row) - margin)
    right = min(pixels.shape[1], max(w.box.left + w.box.width for w in row) + margin)
    crop = pixels[top:bottom, left:right]
    if crop.size == 0:
        return []
    image = Image.fromarray(cv2.copyMakeBorder(crop, PAD, PAD, PAD, PAD, cv2.BORDER_CONSTANT, value=255))
    try:
        read = read_line(image, language=language).words
    except OcrError:
        return []
    shift = left - PAD, top - PAD
    return [
        w.model_copy(
            update={
                "box": Box(left=w.box.left + shift[0], top=w.box.top + shift[1], width=w.box.width, height=w.box.height)
            }
        )
        for w in read
    ]


def _same_place(a: Box, b: Box) -> bool:
    """Whether two boxes overlap over half the narrower one's width, on the same row."""
    overlap = min(a.left + a.width, b.left + b.width) - max(a.left, b.left)
    rows = min(a.top + a.height, b.top + b.height) - max(a.top, b.top)
    return overlap > min(a.width, b.width) / 2 and rows > 0


def confirm_unsure_words(words: list[Word], pixels: np.ndarray, *, language: str) -> list[Word]:
    """`words` (read from `pixels`) with each unsure capitalised word that its row read alone spells the same, no
    longer unsure, given that read's confidence (module doc). Rows without such a word are not read again."""
    result = list(words)
    done: set[int] = set()
    for index, word in enumerate(words):
        if index in done or not _unsure_capital(word):
            continue
        row = _row(words, word)
        done.update(row)
        again = _read_row([words[i] for i in row], pixels, language)
        for i in row:
            mine = words[i]
            if not _unsure_capital(mine):
                continue
            twin = next((w for w in again if w.text == mine.text and _same_place(w.box, mine.box)), None)
            if twin is not None and twin.confidence >= UNSURE:
                result[i] = mine.model_copy(update={"confidence": twin.confidence})
    return result
