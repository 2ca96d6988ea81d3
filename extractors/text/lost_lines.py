"""Body lines the page's read lost, read again one by one.

On a colour scan a received stamp's violet is lifted off the print before tesseract reads (`inks`). On a grey
scan or photocopy it cannot be: the stamp's frame and lettering stay over the body text, and tesseract's page
segmentation can drop the lines under it whole — a Tỉnh ủy decision lost "Xét đề nghị …",
"BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH" and "Điều 1. Cử đồng chí X, …" (four members gone), the stamp
standing across their right half. Each of those lines read alone as one line (`ocr.read_line`) comes back whole
but for the stamp's part ("Điều 1. Cử đồng chí X, Phới Bí thư Tỉnh ủy (trưởng đoàn);|đồng chí
Y"). Making the stamp's lighter ink paper first was tried: the copied print's thin strokes (the diacritics)
are as light as the stamp's, and went with it ("dòng chỉ" for "đồng chí").

A **lost line** is a run of rows with ink across at least half the text column (`WIDE`), a line's height
(`LINE_HEIGHT`), in which no word of the page's read has its middle. A page read whole costs a projection here
and nothing else; a signature, a seal or a rule is no such line (too narrow, too tall or too thin). A line read
alone joins the page's words when tesseract is fairly sure of it (`SURE_LINE`): ink that is no text (a streak, a
seal's ring across the column) reads as nothing or as garbage it is unsure of.
"""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np
from PIL import Image

from extractors.text.ocr import OcrResult, read_line
from schemas.document import Word
from schemas.errors import OcrError

INK = 128
"""A pixel darker than this is ink, for finding lines."""
ROW_INK = 0.01
"""A row is in a text line when this share of the text column's width is ink."""
WIDE = 0.5
"""A lost line's ink spans at least this share of the text column: body text, not a signature or a seal."""
LINE_HEIGHT = (0.5, 3.0)
"""A lost line is this many word heights tall (a stamp's lettering merges with the line it stands over)."""
CONFIDENT = 80.0
"""The words whose height is the page's word height."""
SURE_LINE = 60.0
"""The mean confidence (by character) a line read alone needs to join the page's words."""
PAD = 10
"""White pixels around a line read alone: tesseract misses ink touching the image's edge."""


def _lines(ink: np.ndarray, left: int, right: int) -> list[tuple[int, int]]:
    """Runs of rows with ink across the text column [left, right): the page's text lines, top to bottom."""
    rows = ink[:, left:right].sum(axis=1) > ROW_INK * (right - left)
    edges = np.flatnonzero(np.diff(np.concatenate(([0], rows.astype(np.int8), [0]))))
    return [(int(start), int(end)) for start, end in zip(edges[::2], edges[1::2], strict=True)]


def _column(words: Sequence[Word]) -> tuple[int, int]:
    """The text column the page's words span, left to right edge: where a lost line's ink is looked for."""
    return min(w.box.left for w in words), max(w.box.left + w.box.width for w in words)


def lost_lines(words: Sequence[Word], pixels: np.ndarray) -> list[tuple[int, int]]:
    """The text lines of the page (rows top, bottom) in which no word of `words` has its middle (module doc)."""
    read = [w for w in words if w.text.strip()]
    sure = [w.box.height for w in read if w.confidence >= CONFIDENT]
    if not sure:
        return []
    unit = float(np.median(sure))
    left, right = _column(read)
    ink = pixels < INK
    middles = np.zeros(pixels.shape[0], dtype=bool)
    for word in read:
        middles[word.box.top + word.box.height // 2] = True
    lost = []
    for top, bottom in _lines(ink, left, right):
        if not LINE_HEIGHT[0] * unit <= bottom - top <= LINE_HEIGHT[1] * unit or middles[top:bottom].any():
            continue
        columns = np.flatnonzero(ink[top:bottom, left:right].any(axis=0))
        if columns.size and columns[-1] - columns[0] >= WIDE * (right - left):
            lost.append((top, bottom))
    return lost


def _sure(words: Sequence[Word]) -> bool:
    characters = sum(len(w.text) for w in words)
    return characters > 0 and sum(w.confidence * len(w.text) for w in words) / characters >= SURE_LINE


def reread_lost_lines(result: OcrResult, pixels: np.ndarray, *, language: str) -> OcrResult:
    """The page's read with each lost line (module doc) read alone and added when read fairly sure, numbered as
    lines and blocks of their own after the page's."""
    lost = lost_lines(result.words, pixels)
    if not lost:
        return result
    left, right = _column([w for w in result.words if w.text.strip()])
    block = max((w.block for w in result.words), default=0) + 1
    line = max((w.line for w in result.words), default=0) + 1
    words = list(result.words)
    for top, bottom in lost:
        crop = pixels[top:bottom, left:right]
        image = Image.fromarray(cv2.copyMakeBorder(crop, PAD, PAD, PAD, PAD, cv2.BORDER_CONSTANT, value=255))
        try:
            read = [w for w in read_line(image, language=language).words if w.text.strip()]
        except OcrError:
            continue
        if not _sure(read):
            continue
        words += [
            w.model_copy(
                update={
                    "box": w.box.model_copy(update={"left": w.box.left + left - PAD, "top": w.box.top + top - PAD}),
                    "block": block,
                    "line": line,
                }
            )
            for w in read
        ]
        block, line = block + 1, line + 1
    return OcrResult(words=words, width=result.width, height=result.height, confidence=result.confidence)
