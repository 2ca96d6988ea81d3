"""A signature block the page's read lost under a seal on a scan without colour.

On a colour scan the seal's red ink is taken away before tesseract reads (`inks`). On a grayscale or 1-bit
scan it cannot be: the ring, its lettering and the signature are ink like print, and tesseract's page
segmentation takes the whole block (title, mode and name) for a picture and reads nothing there. When a page
has the recipients' label ("Nơi nhận:") and no signature title stands in the column at its right, that
column's band is looked at again:

- a **round seal** is looked for by its shape (a circle of seal size, Hough transform on a quarter-size copy,
  ≈ 5 ms): no seal, nothing is done (a block that is simply absent is not this module's business);
- on a **grayscale** scan the seal's ink is lighter than print (red ink turns a middle gray): the band's ink
  is split in two levels (Otsu over the ink's own gray values) and only the darker, print, is kept; the band
  is then read alone (`ocr.read_block`), the signature's strokes on the name's line left out, and, when a
  signature title is read, its words take the band's place in the page's words and the cleaned band the
  band's place in the page's pixels (the name line is read again from there, `signer_line`);
- on a **1-bit** scan (one ink level) or when the band still reads no title, the band is reported as an
  unread block (`Page.unread_signature`): the signer is then null with `signer.unread_under_seal` and the box
  for review, never a name guessed from the ring's letters.

Pages with a signature title found, or without a recipients' label, cost nothing here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

from extractors.text.layout import NOISE_CONFIDENCE, Segment, on_their_lines, segments_from_words, word_height
from extractors.text.ocr import read_block
from extractors.text.signer_line import is_title_segment
from extractors.vntext import fold
from schemas.document import Box, Word
from schemas.errors import OcrError

BAND_ABOVE = 3.0
"""The band starts this many word heights above the recipients' label (the title stands level with it)."""
BAND_BELOW = 22.0
"""…and ends this many below it (title, signature, seal and name: the name stands ≈ 14-16 below the title)."""
SEAL_RADIUS = (4.5, 11.0)
"""A seal's radius in word heights: 36-42 mm seals over 3-4 mm high print (synthetic and real scans ≈ 7)."""
SHRINK = 4
"""The seal is looked for on a copy this many times smaller."""
PRINT_SHARE = (0.1, 0.9)
"""The darker ink level must hold this share of the band's ink for the two levels to be print and seal."""
LEVEL_GAP = 35.0
"""…and the two levels' mean gray values must lie this far apart (synthetic gray scan: 35 vs 95)."""


@dataclass(frozen=True)
class BandRead:
    """The page's words after the band was read again, the page's pixels with the band cleaned, and the band
    when it stays unread under a seal (None when read, or when there was nothing to do)."""

    words: list[Word]
    pixels: np.ndarray
    unread: Box | None


def _recipients_label(segments: Sequence[Segment]) -> Segment | None:
    return next((s for s in segments if fold(s.text).startswith("noi nhan")), None)


def lost_band(words: Sequence[Word], width: int, height: int) -> Box | None:
    """The band right of the recipients' label when no signature title was read there (module doc)."""
    if not words:
        return None
    unit = word_height(words)
    segments = segments_from_words(words, unit)
    label = _recipients_label(segments)
    if label is None:
        return None
    top = max(0, int(label.top - BAND_ABOVE * unit))
    bottom = min(height, int(label.top + BAND_BELOW * unit))
    left = int(max(label.right + 2 * unit, 0.4 * width))
    if left >= width - 4 * unit or bottom - top < 4 * unit:
        return None
    titled = any(is_title_segment(s) and s.left >= left - 2 * unit and top <= s.top < bottom for s in segments)
    return None if titled else Box(left=left, top=top, width=width - left, height=bottom - top)


def has_seal(band: np.ndarray, unit: float) -> bool:
    """A circle of a seal's size in the band's ink (Hough transform on a copy `SHRINK` times smaller)."""
    small = cv2.resize(band, None, fx=1 / SHRINK, fy=1 / SHRINK, interpolation=cv2.INTER_AREA)
    low, high = (round(radius * unit / SHRINK) for radius in SEAL_RADIUS)
    if min(small.shape) < 2 * low:
        return False
    circles = cv2.HoughCircles(
        small, cv2.HOUGH_GRADIENT, dp=1, minDist=small.shape[1], param1=120, param2=40, minRadius=low, maxRadius=high
    )
    return circles is not None


def print_only(band: np.ndarray) -> np.ndarray | None:
    """The band with only its darkest ink level kept (print), or None when its ink has one level (1-bit)."""
    threshold, _ = cv2.threshold(band, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    ink = band[band <= threshold]
    if ink.size == 0:
        return None
    split, _ = cv2.threshold(ink.reshape(-1, 1), 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    dark, light = ink[ink <= split], ink[ink > split]
    share = dark.size / ink.size
    if not light.size or not PRINT_SHARE[0] <= share <= PRINT_SHARE[1]:
        return None
    if float(light.mean()) - float(dark.mean()) < LEVEL_GAP:
        return None
    return np.where(band <= split, band, 255).astype(np.uint8)


def _placed(read: Sequence[Word], band: Box, words: Sequence[Word]) -> list[Word]:
    """The band's words on the page: boxes moved by the band's corner, blocks and lines numbered after the
    page's own (the layout step puts them in reading order)."""
    blocks = max((w.block for w in words), default=0) + 1
    lines = max((w.line for w in words), default=0) + 1
    return [
        word.model_copy(
            update={
                "box": word.box.model_copy(update={"left": word.box.left + band.left, "top": word.box.top + band.top}),
                "block": word.block + blocks,
                "line": word.line + lines,
            }
        )
        for word in read
    ]


def _without_scrawl_lines(read: Sequence[Word]) -> list[Word]:
    """The band's words without lines of scrawl: a line with no word of three letters or more whose lettered
    words are all read below `layout.NOISE_CONFIDENCE` (a signature read as "x Lệ ` -" above the name; a title
    or a name always has a word of three letters, "Thị", "Văn", "CHỦ")."""
    lines: dict[int, list[Word]] = {}
    for word in read:
        lines.setdefault(word.line, []).append(word)
    scrawl = {
        line
        for line, words in lines.items()
        if all(_letters(w.text) <= 2 for w in words)
        and all(w.confidence < NOISE_CONFIDENCE for w in words if _letters(w.text))
    }
    return [word for word in read if word.line not in scrawl]


def _letters(text: str) -> int:
    return sum(char.isalpha() for char in text)


def _inside(word: Word, band: Box) -> bool:
    middle_x, middle_y = word.box.left + word.box.width / 2, word.box.top + word.box.height / 2
    return band.left <= middle_x < band.left + band.width and band.top <= middle_y < band.top + band.height


def reread_lost_block(words: Sequence[Word], pixels: np.ndarray, *, language: str = "vie") -> BandRead:
    """The page's words and pixels with a signature block lost under a seal read again (module doc)."""
    unchanged = BandRead(list(words), pixels, None)
    height, width = pixels.shape[:2]
    band = lost_band(words, width, height)
    if band is None:
        return unchanged
    crop = pixels[band.top : band.top + band.height, band.left : band.left + band.width]
    if not has_seal(crop, word_height(words)):
        return unchanged
    cleaned = print_only(crop)
    if cleaned is not None:
        try:
            read = _without_scrawl_lines(on_their_lines(read_block(Image.fromarray(cleaned), language=language).words))
        except OcrError:  # the page's own read stands, the band reported unread
            read = []
        unit = word_height(read) if read else 1.0
        if any(is_title_segment(s) for s in segments_from_words(read, unit)):
            kept = [word for word in words if not _inside(word, band)]
            patched = pixels.copy()
            patched[band.top : band.top + band.height, band.left : band.left + band.width] = cleaned
            return BandRead([*kept, *_placed(read, band, kept)], patched, None)
    return BandRead(list(words), pixels, band)
