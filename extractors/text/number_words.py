"""A document number the page's read was unsure of, read again alone.

Tesseract's LSTM reads a word in the context of its line and block. A cited number's symbol, with its unusual
run of capitals ("45/TTr-SNgV"), comes out of a whole page's read with a letter no symbol has and low confidence
("45/TTr-SNøV", 54%) even on a clean synthetic page, while the same word read alone as one line (`--psm 7`)
comes back right and sure (90%). So a number word read unsure with a character no number has (`FOREIGN`) is read
again from its own box, and the read alone is kept only when it is sure, one word, holds no such character and
differs from the page's read at those characters only (`_only_foreign_fixed`): a read alone is no surer of the
rest ("45/TIr-SNgV" from a tight crop) — the digits (perhaps a pen's, which `handfilled` judges by the page read's
confidence) never change, and the word keeps its page confidence so nothing downstream takes it for surer.
"""

from __future__ import annotations

import re

import cv2
import numpy as np
from PIL import Image
from rapidfuzz.distance import Levenshtein

from extractors.text.ocr import read_line
from schemas.document import Word
from schemas.errors import OcrError

NUMBER_WORD = re.compile(r"\d[/-][^\s]*[^\W\d_]")
"""A word that is a document number: digits, then "/" or "-", then a symbol with letters ("45/TTr-SNV",
"12-QĐ/TU")."""
FOREIGN = re.compile(r"[^0-9A-Za-zĐđÐ/.&–,;:()-]")
"""A character no document number nor the punctuation after it has: a letter of another alphabet ("ø"), a tone mark."""
UNSURE_NUMBER = 70.0
"""A number word the page's read was less sure of than this is read again alone."""
SURE_ALONE = 80.0
"""How sure the read alone must be to replace the page's."""
PAD = 10
"""White pixels around the word read alone: tesseract misses ink touching the image's edge."""


def reread_unsure_numbers(words: list[Word], pixels: np.ndarray, *, language: str) -> list[Word]:
    """`words` with each unsure number word's text replaced by its read alone when that read is sure, one word and
    of the same digits (module doc)."""
    return [_reread(word, pixels, language) if _unsure_number(word) else word for word in words]


def _unsure_number(word: Word) -> bool:
    text = word.text
    return word.confidence < UNSURE_NUMBER and NUMBER_WORD.search(text) is not None and FOREIGN.search(text) is not None


def _only_foreign_fixed(page: str, alone: str) -> bool:
    """Whether `alone` holds no foreign character and every edit from `page` to it touches one of `page`'s."""
    if FOREIGN.search(alone):
        return False
    foreign = {match.start() for match in FOREIGN.finditer(page)}
    for op in Levenshtein.editops(page, alone):
        touched = {op.src_pos} if op.tag != "insert" else {op.src_pos - 1, op.src_pos}
        if not touched & foreign:
            return False
    return True


def _reread(word: Word, pixels: np.ndarray, language: str) -> Word:
    box = word.box
    crop = pixels[box.top : box.top + box.height, box.left : box.left + box.width]
    if crop.size == 0:
        return word
    image = Image.fromarray(cv2.copyMakeBorder(crop, PAD, PAD, PAD, PAD, cv2.BORDER_CONSTANT, value=255))
    try:
        read = [w for w in read_line(image, language=language).words if w.text.strip()]
    except OcrError:
        return word
    if len(read) != 1 or read[0].confidence < SURE_ALONE or not _only_foreign_fixed(word.text, read[0].text):
        return word
    return word.model_copy(update={"text": read[0].text})
