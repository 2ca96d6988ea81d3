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
(`LINE_HEIGHT`), in which no word of the page's read has its middle; where the stamp's frame joins it to the read
lines around it into one run of ink, the rows of that run no read word covers. A page read whole costs a projection here
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
    covered = np.zeros(pixels.shape[0], dtype=bool)
    for word in read:
        if word.box.height <= 1.5 * unit:  # a stamp's lettering read as one tall word covers no line
            covered[word.box.top : word.box.top + word.box.height] = True
    lost = []
    for top, bottom in _lines(ink, left, right):
        runs = [(top, bottom)] if not middles[top:bottom].any() else _uncovered(covered, top, bottom)
        for start, end in runs:
            if not LINE_HEIGHT[0] * unit <= end - start <= LINE_HEIGHT[1] * unit or middles[start:end].any():
                continue
            columns = np.flatnonzero(ink[start:end, left:right].any(axis=0))
            if columns.size and columns[-1] - columns[0] >= WIDE * (right - left):
                lost.append((start, end))
    return lost


def _uncovered(covered: np.ndarray, top: int, bottom: int) -> list[tuple[int, int]]:
    """The runs of rows in [top, bottom) no read word's box covers: where a line lies that a received stamp's frame,
    its edges standing across the lines around it, joined to read lines into one run of ink (a grey scan's "5. Ông
    A, …" lost between the read "4. …" and "6. …")."""
    free = ~covered[top:bottom]
    edges = np.flatnonzero(np.diff(np.concatenate(([0], free.astype(np.int8), [0]))))
    return [(top + int(start), top + int(end)) for start, end in zip(edges[::2], edges[1::2], strict=True)]


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


GARBLED = 70.0
"""A line of the page's read whose mean confidence (by character) is under this, or that holds two words under
`GARBLE_WORD`, is garbled: a received stamp's lettering or its pen-filled number across it."""
GARBLE_WORD = 30.0
SURE_ROW = 80.0
"""A line read at least this sure bounds a garbled zone and sets the page's line pitch."""
ZONE_REACH = 1.5
"""A zone's lines reach this many line pitches past its first and last garbled lines (a line lost whole beside
them: the stamp's frame joined it to its neighbours)."""
PAPER_ABOVE = (None, 170, 145, 120)
"""The reads of each line in a garbled zone: as it is, and with every pixel lighter than each level made paper.
A received stamp's ink on a grey scan is lighter than the print, by how much varies with the scanner (a level
that clears one stamp's lettering also takes a line's thin strokes elsewhere), so the line is read at each and
each word kept from the read most sure of it."""
HEADER_SHARE = 0.2
"""The top of a page this share of its height down holds the header (a real scan's two columns were read as one
line), never a zone."""
COLUMN_GAP = 8.5
"""A gap this many word heights wide between a row's words parts two columns."""
OVERLAP = 0.3
"""Two words read at different levels are the same word when they overlap by more than this share of the
narrower one."""


def _char_confidence(words: Sequence[Word]) -> float:
    characters = sum(len(w.text) for w in words)
    return sum(w.confidence * len(w.text) for w in words) / characters if characters else 0.0


def _rows(words: Sequence[Word], unit: float) -> list[tuple[float, float, list[Word], bool]]:
    """The page's read rows, top to bottom: (middle, confidence, words, wide). A row is the read's lines whose
    middles lie within half a word height (a stamp breaks a line into pieces); its middle is that of its sure
    words of a word's height (a garbled word's box spans the stamp's lettering, lines away)."""
    lines: dict[tuple[int, int], list[Word]] = {}
    for word in words:
        lines.setdefault((word.block, word.line), []).append(word)
    pieces = sorted(((_middle(line, unit), line) for line in lines.values()), key=lambda piece: piece[0])
    grouped: list[tuple[float, list[Word]]] = []
    for middle, line in pieces:
        if grouped and middle - grouped[-1][0] <= unit / 2:
            grouped[-1][1].extend(line)
        else:
            grouped.append((middle, list(line)))
    left, right = _column(words)
    rows = []
    for _, row in grouped:
        span = max(w.box.left + w.box.width for w in row) - min(w.box.left for w in row)
        wide = span >= WIDE * (right - left) and not _two_columns(row, unit)
        rows.append((_middle(row, unit), _char_confidence(row), row, wide))
    return rows


def _two_columns(words: Sequence[Word], unit: float) -> bool:
    """Whether a row's words leave a gap of `COLUMN_GAP` across it: the header's or the signature block's two
    columns ("Số: …/QĐ-BCT" and "Hà Nội, ngày …"), never body text, whose garbled words still fill the line."""
    reach = None
    for word in sorted(words, key=lambda w: w.box.left):
        if reach is not None and word.box.left - reach > COLUMN_GAP * unit:
            return True
        reach = max(reach or 0, word.box.left + word.box.width)
    return False


def _middle(line: Sequence[Word], unit: float) -> float:
    plain = [w for w in line if w.confidence >= SURE_LINE and w.box.height <= 1.5 * unit] or line
    return float(np.median([w.box.top + w.box.height / 2 for w in plain]))


def _garbled(line: Sequence[Word]) -> bool:
    return _char_confidence(line) < GARBLED or sum(w.confidence < GARBLE_WORD for w in line) >= 2


CUT_RUN = 5.0
"""Print no word of a body line's read covers, running on from one of its words this many word heights or more with
no blank wider than a word height: the words tesseract dropped beside a received stamp on a grey scan ("… Sở Y tế;
T" for "… Sở Y tế; TS.BS. A", the stamp's frame just below), not a speck or the seal's column apart."""


def _cut(line: Sequence[Word], pixels: np.ndarray, unit: float, left: int, right: int) -> bool:
    """Whether a body line (starting at the column's left) has print its words do not cover right after one of them,
    `CUT_RUN` word heights long or more: words of it were lost, though what was read is sure."""
    words = sorted(line, key=lambda w: w.box.left)
    if words[0].box.left > left + 2 * unit:
        return False
    middle = _middle(line, unit)
    band = pixels[max(0, round(middle - unit / 2)) : round(middle + unit / 2), :] < INK
    inked: np.ndarray = np.asarray(band.any(axis=0), dtype=bool)
    for word in words:
        inked[word.box.left : word.box.left + word.box.width] = False
    blank = round(unit)
    for word, after in zip(words, [*words[1:], None], strict=True):
        start = word.box.left + word.box.width
        stop = after.box.left if after else right
        ink = np.flatnonzero(inked[start:stop])
        if not ink.size or ink[0] > blank:
            continue
        breaks = np.flatnonzero(np.diff(ink) > blank)
        run_end = ink[breaks[0]] if breaks.size else ink[-1]
        if run_end - ink[0] >= CUT_RUN * unit:
            return True
    return False


def _best_words(page_read: Sequence[Word], again: Sequence[Word]) -> list[Word]:
    """Words from several reads of one line, left to right: each place's most sure word; a number or date the
    page's read was sure of first (a line read again split "11/02/2026" into "1 1/02/2026", surer of each half)."""
    chosen: list[Word] = []
    sure = [w for w in page_read if w.confidence >= SURE_ROW and any(c.isdigit() for c in w.text)]
    rest = sorted([w for w in [*page_read, *again] if w not in sure], key=lambda w: -w.confidence)
    for word in [*sure, *rest]:
        start, end = word.box.left, word.box.left + word.box.width
        if all(
            min(end, c.box.left + c.box.width) - max(start, c.box.left) <= OVERLAP * min(word.box.width, c.box.width)
            for c in chosen
        ):
            chosen.append(word)
    return sorted(chosen, key=lambda w: w.box.left)


def _read_slot(pixels: np.ndarray, top: int, bottom: int, left: int, right: int, language: str) -> list[Word]:
    """One line's band read at each of `PAPER_ABOVE`, its words placed on the page."""
    words: list[Word] = []
    for level in PAPER_ABOVE:
        crop = pixels[top:bottom, left:right].copy()
        if level is not None:
            crop[crop > level] = 255
        image = Image.fromarray(cv2.copyMakeBorder(crop, PAD, PAD, PAD, PAD, cv2.BORDER_CONSTANT, value=255))
        try:
            read = read_line(image, language=language).words
        except OcrError:
            continue
        words += [
            w.model_copy(
                update={"box": w.box.model_copy(update={"left": w.box.left + left - PAD, "top": w.box.top + top - PAD})}
            )
            for w in read
            if w.text.strip()
        ]
    return words


def _sure_characters(words: Sequence[Word]) -> int:
    return sum(len(w.text) for w in words if w.confidence >= SURE_LINE)


def reread_stamped_lines(result: OcrResult, pixels: np.ndarray, *, language: str) -> OcrResult:
    """The page's read with each zone of garbled body lines (a received stamp on a grey scan, module doc) read
    again line by line: every line between the sure lines around the zone, found by its print's ink, read as it
    is and with the stamp's lighter ink made paper (`PAPER_ABOVE`), each word kept from the surest read. A line
    read so replaces the page's words in its band when it holds at least as many sure characters."""
    read = [w for w in result.words if w.text.strip()]
    sure = [w.box.height for w in read if w.confidence >= CONFIDENT]
    if not sure:
        return result
    unit = float(np.median(sure))
    rows = _rows(read, unit)
    body_top = min(
        (
            middle
            for middle, confidence, row, wide in rows
            if wide and confidence >= SURE_ROW and len({(w.block, w.line) for w in row}) == 1
        ),
        default=None,
    )  # one line of the read across the column: the header's rows are two blocks side by side
    if body_top is None:
        return result
    body_top = max(body_top, HEADER_SHARE * pixels.shape[0])
    middles = [middle for middle, confidence, _, _ in rows if confidence >= SURE_ROW]
    gaps = np.diff(middles)
    gaps = gaps[(gaps > unit) & (gaps < 3 * unit)]
    # below the body's first sure line: the header's rows above it have two columns, pen digits and a signature box
    left, right = _column(read)
    garbled = [
        middle
        for middle, _, line, wide in rows
        if middle > body_top and ((wide and _garbled(line)) or _cut(line, pixels, unit, left, right))
    ]
    if not garbled or not gaps.size:
        return result
    pitch = float(np.median(gaps))
    zones: list[list[float]] = []
    for middle in garbled:
        if zones and middle - zones[-1][1] <= 3.5 * pitch:
            zones[-1][1] = middle
        else:
            zones.append([middle, middle])
    ink = (pixels[:, left:right] < PAPER_ABOVE[-1]).sum(axis=1).astype(float)
    window = max(1, round(0.3 * pitch))
    profile = np.convolve(ink, np.ones(window) / window, mode="same")  # a line's print is its peak
    words = list(result.words)
    block = max((w.block for w in words), default=0) + 1
    line = max((w.line for w in words), default=0) + 1
    fresh: set[int] = set()  # the words read again
    for first, last in zones:
        above = max([m for m in middles if m < first - pitch / 2], default=None)
        if above is None:  # the page's top: a fax's header line under a signature box, no body text
            continue
        below = min([m for m in middles if m > last + pitch / 2], default=last + pitch)
        start = max(above, body_top + pitch / 2, first - ZONE_REACH * pitch)
        stop = min(below, last + ZONE_REACH * pitch)
        middle, read_from, read_to = above, len(profile), 0
        left_as_read: list[tuple[int, int]] = []  # the bands whose read again was no surer
        while (expected := middle + pitch) <= stop + pitch / 2 and expected < below - pitch / 2:
            low, high = max(0, round(expected - 0.35 * pitch)), min(len(profile), round(expected + 0.35 * pitch))
            if high - low < 1:
                break
            middle = low + float(np.argmax(profile[low:high]))
            top, bottom = max(0, round(middle - pitch / 2)), min(len(profile), round(middle + pitch / 2))
            if middle < start - pitch / 2 or bottom - top < unit:
                continue
            inside = [w for w in words if top <= w.box.top + w.box.height / 2 < bottom]
            plain = [w for w in inside if unit / 2 <= w.box.height <= 1.5 * unit]  # no speck, no stamp's letter
            best = _best_words(plain, _read_slot(pixels, top, bottom, left, right, language))
            if _sure_characters(best) < max(1, _sure_characters(plain)):
                left_as_read.append((top, bottom))
                continue
            replaced = {id(w) for w in inside}
            again = [w.model_copy(update={"block": block, "line": line}) for w in best]
            words = [w for w in words if id(w) not in replaced] + again
            fresh |= {id(w) for w in again}
            block, line, read_from, read_to = block + 1, line + 1, min(read_from, top), max(read_to, bottom)
        # the stamp's own specks between the lines read again, or its lettering's tall boxes, are no text
        words = [
            w
            for w in words
            if id(w) in fresh
            or not read_from <= (centre := w.box.top + w.box.height / 2) < read_to
            or (w.confidence >= SURE_LINE and w.box.height <= 1.5 * unit)
            or any(top <= centre < bottom for top, bottom in left_as_read)
        ]
    return OcrResult(words=words, width=result.width, height=result.height, confidence=result.confidence)
