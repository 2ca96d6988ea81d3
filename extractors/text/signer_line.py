"""The signer's name line read again, alone, so its tone marks survive the seal and the signature.

Read with the whole page (tesseract's automatic segmentation), the name under a signature block loses or
changes its tone marks: the signature's strokes and the seal above it spoil the line's height estimate, and
"Trần Phước Hiền" comes out "Trân Phước Hiên", "Nguyễn" "Nguyên" at 94%. The same line cropped and read on
its own as one text line (`--psm 7`) read right on the real scans. So under each signature title of a page
("PHÓ CHỦ TỊCH", matched to the known titles) the first line in the title's column that looks like a name
is cropped and read on its own from the cleaned page as tesseract saw it; when the weakest word of that
read is below `SURE`, it is read once more from the page as scanned (`SeparatedPage.gray`: coloured ink
removed, no median filter) at twice the size. Of the page's read and these, `choose` keeps a read another
one spells the same, else the one whose weakest name word is the most confident: no read is always right
(on a rendered sample the line read alone turned "Duẩn" into "Duấn" at 76%, where the page's read and the
enlarged one agreed on "Duẩn"). Whether the name is sure enough to take is the signature extractor's call.

Only the name line's column is cropped, so a "Nơi nhận" item on the same row is left as it was: one or two
line reads per signature block, none on pages without one. They are read in this process by tesseract's
library (`ocr.read_line`, ≈ 0.01 s a line): a `tesseract` command per line cost 0.07 s of start-up each.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

from extractors.ocr_titles import match_title
from extractors.text.layout import Segment, on_their_lines, segments_from_words, word_height
from extractors.text.ocr import read_line
from extractors.text.preprocess import rotation
from extractors.vntext import is_upper_line
from schemas.document import Box, Word
from schemas.errors import OcrError

TITLE_WORDS = 6
"""A signature title line has at most this many words ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH")."""
NAME_BELOW = 14.0
"""How far below the title (word heights) the name may stand: the signature and the seal lie between."""
COLUMN_HALF_WIDTH = 8.0
"""Half the width (word heights) of the column around the title's centre a name's words stand in."""
SURE = 90.0
"""A read whose weakest name word is this confident is not read again (on the real scans a second read was
needed only where the first read was below this)."""
UPSCALE = 2.0
"""The second read of the line, from the page as scanned, is enlarged this much (cubic)."""


@dataclass(frozen=True)
class NameLine:
    """The words of the page read that make the name line, and the box to crop (deskewed page pixels)."""

    words: tuple[int, ...]
    box: Box


_EDGES = "\"'“”‘’.,:;_-|()"


def _letters(text: str) -> int:
    return sum(char.isalpha() for char in text)


def _is_name_word(word: Word) -> bool:
    """A word of a personal name: two letters or more, capitalised, not in capitals (titles are)."""
    text = word.text.strip(_EDGES)
    return _letters(text) >= 2 and text[:1].isupper() and not text.isupper()


def _span(words: Sequence[Word], indices: Sequence[int]) -> tuple[float, float, float, float]:
    boxes = [words[i].box for i in indices]
    return (
        min(b.left for b in boxes),
        min(b.top for b in boxes),
        max(b.left + b.width for b in boxes),
        max(b.top + b.height for b in boxes),
    )


def is_title_segment(segment: Segment) -> bool:
    """A signature title line: a short segment in capitals matched to the known signature titles."""
    return len(segment.words) <= TITLE_WORDS and is_upper_line(segment.text) and match_title(segment.text) is not None


def find_name_lines(words: Sequence[Word]) -> list[NameLine]:
    """The name line under each signature title of the page (tesseract's words), lowest title first.

    Titles and names are looked for in segments (runs of words without a wide gap, `layout`), not whole
    lines: tesseract puts "Nơi nhận:" and "CHỦ TỊCH" on one line. A title is a short segment in capitals
    matched to the known signature titles; its name is the first segment below it, within `NAME_BELOW` word
    heights and in the title's column, with two to five capitalised words of two letters or more (a block
    of several title lines has one name: it is found once)."""
    if not words:
        return []
    unit = word_height(words)
    segments = segments_from_words(words, unit)
    found: dict[tuple[int, ...], NameLine] = {}
    for title in sorted(filter(is_title_segment, segments), key=lambda s: s.bottom, reverse=True):
        below = sorted(
            (
                s
                for s in segments
                if title.bottom < s.top < title.bottom + NAME_BELOW * unit
                and abs(s.center - title.center) <= COLUMN_HALF_WIDTH * unit
            ),
            key=lambda s: s.top,
        )
        name = next((s for s in below if 2 <= sum(_is_name_word(words[i]) for i in s.words) <= 5), None)
        if name is None or name.words in found:
            continue
        inked = [i for i in name.words if _letters(words[i].text) and words[i].box.height >= 0.5 * unit]
        x0, y0, x1, y1 = _span(words, inked or name.words)
        height = y1 - y0
        box = Box(
            left=max(0, int(x0 - unit)),
            top=max(0, int(y0 - 0.6 * height)),
            width=int(x1 - x0 + 2 * unit),
            height=int(1.9 * height),
        )
        found[name.words] = NameLine(name.words, box)
    return list(found.values())


def _read(crop: np.ndarray, scale: float, box: Box, line: Word, language: str) -> list[Word]:
    """One line crop read alone (`--psm 7`), its words put back on the page (`box`'s pixels, `line`'s ids);
    words without a letter are left out (the crop's margin catches specks and rules: "| Mai Tiến Duẩn"), and so
    are words off the line (a signature's stroke over the name read as a word, `layout.on_their_lines`)."""
    result = read_line(Image.fromarray(crop), language=language)
    return [
        word.model_copy(
            update={
                "box": Box(
                    left=box.left + round(word.box.left / scale),
                    top=box.top + round(word.box.top / scale),
                    width=round(word.box.width / scale),
                    height=round(word.box.height / scale),
                ),
                "block": line.block,
                "line": line.line,
            }
        )
        for word in on_their_lines(result.words)
        if _letters(word.text)
    ]


def _deskewed_crop(scanned: np.ndarray, angle: float, box: Box) -> np.ndarray:
    """`box` of the page as scanned, rotated like the deskewed page: only the crop is warped."""
    matrix = rotation(scanned.shape, angle) if angle else np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
    matrix = matrix.copy()
    matrix[0, 2] -= box.left
    matrix[1, 2] -= box.top
    return cv2.warpAffine(scanned, matrix, (box.width, box.height), flags=cv2.INTER_LINEAR, borderValue=(255,))


def _name(read: Sequence[Word]) -> tuple[str, ...]:
    return tuple(word.text.strip(_EDGES) for word in read if _letters(word.text) >= 2)


def weakest(words: Sequence[Word]) -> float | None:
    """The lowest confidence among a read's words of two letters or more (None: not a name, 2-5 words)."""
    named = [word.confidence for word in words if _letters(word.text) >= 2]
    return min(named) if 2 <= len(named) <= 5 else None


def choose(reads: Sequence[Sequence[Word]]) -> list[Word] | None:
    """The read to keep: one that another read spells the same (agreement is the best evidence there is),
    its words given the higher confidence of the agreeing reads; else the one whose weakest name word is
    the most confident, a later read winning a tie. None when no read is a name."""
    names = [_name(read) if weakest(read) is not None else None for read in reads]
    for index in reversed(range(len(reads))):
        twins = [other for other in range(len(reads)) if other != index and names[other] == names[index]]
        if names[index] is None or not twins:
            continue
        mine = [word for word in reads[index] if _letters(word.text) >= 2]
        theirs = [[word for word in reads[other] if _letters(word.text) >= 2] for other in twins]
        return [
            word.model_copy(update={"confidence": max(word.confidence, *(twin[n].confidence for twin in theirs))})
            for n, word in enumerate(mine)
        ]
    scored = [(score, index) for index, read in enumerate(reads) if (score := weakest(read)) is not None]
    return list(reads[max(scored)[1]]) if scored else None


def _reads(
    cleaned: np.ndarray, scanned: np.ndarray, angle: float, box: Box, line: Word, language: str
) -> Iterator[list[Word]]:
    """The line read alone from the cleaned page, then (only if still needed) from the scan enlarged."""
    yield _read(cleaned[box.top : box.top + box.height, box.left : box.left + box.width], 1.0, box, line, language)
    enlarged = cv2.resize(
        _deskewed_crop(scanned, angle, box), None, fx=UPSCALE, fy=UPSCALE, interpolation=cv2.INTER_CUBIC
    )
    yield _read(enlarged, UPSCALE, box, line, language)


def reread_name_line(
    words: Sequence[Word],
    cleaned: np.ndarray,
    scanned: np.ndarray,
    angle: float,
    *,
    language: str = "vie",
) -> list[Word]:
    """The page's words with each signature's name line replaced by the read `choose` keeps (module doc).

    `words` are tesseract's on `cleaned` (the page as OCR'd: deskewed by `angle`); `scanned` is the page
    before the median filter and the deskew. Pages without a signature title come back unchanged."""
    result = list(words)
    replaced: set[int] = set()
    for line in find_name_lines(words):
        reads: list[list[Word]] = [[words[i] for i in line.words]]
        try:
            for read in _reads(cleaned, scanned, angle, line.box, words[line.words[0]], language):
                reads.append(read)
                if (weakest(read) or 0.0) >= SURE:
                    break
        except OcrError:  # a second look that fails leaves the page's own read, never the page unread
            pass
        best = choose(reads)
        if best is not None:
            replaced.update(line.words)
            result.extend(best)
    return [word for index, word in enumerate(result) if index not in replaced]
