"""Reading order from word boxes: pure functions over the words of one page.

A state document's page has two side-by-side areas that a line-by-line reader interleaves:
the header (issuing body and "Số:" on the left; national motto, place and date on the right) and the
signature area ("Nơi nhận:" list on the left; signing mode, title and name on the right). Both come out
as two blocks, the left block's lines first. Everything else keeps top-to-bottom, left-to-right order.
Footnotes (lines below a footnote rule, or small lines starting with a footnote marker, at the page
bottom) are kept apart.

The steps: words → segments (runs of words on one line without a wide gap) → rows (segments side by
side) → two-column zones (consecutive rows sharing an empty vertical gutter) → lines.
"""

from __future__ import annotations

import itertools
import re
import statistics
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from extractors.text import columns
from extractors.text.grid import Grid, cell_rows
from schemas.document import Word

SEGMENT_GAP = 1.5
"""A horizontal gap wider than this many (median) word heights splits a line into two segments: wider than
any justified word space, narrower than the gap between the header's columns."""
NOISE_CONFIDENCE = 60.0
"""OCR "words" without a letter or digit below this confidence are speckle or rule fragments: dropped."""
COLUMN_TOLERANCE = 0.06
"""How far (fraction of page width) a trailing row may sit from its column and still belong to it."""
HEADER_TOP = 0.3
"""A header zone starts within this fraction of the page height from the top."""
FOOTNOTE_ZONE = 0.6
"""Footnotes start below this fraction of the page height."""

_CONTENT = {"Lu", "Ll", "Lt", "Lo", "Nd"}  # not "Lm": tesseract reads specks as ˆ or ʼ
_ZONE_END = re.compile(r"^K[íi]nh\s+g[ửu]i\b", re.IGNORECASE)  # the addressee line follows the header
_FOOTNOTE_MARKER = re.compile(r"^([¹²³⁴⁵⁶⁷⁸⁹⁰]+|\(\*+\)|\*+|\(\d{1,2}\)|\d{1,2}(?=[^\W\d_]))")
_SIGNATURE = re.compile(r"^(N[oơóòỏõọờớởỡợ]i\s+nh[aâậấầẩẫạ]n\b|(KT|TM|TL|TUQ|Q)\s*\.\s*\w)", re.IGNORECASE)


@dataclass(frozen=True)
class Segment:
    """A run of words on one line with no wide gap; `words` are indices into the page's word list."""

    text: str
    left: float
    top: float
    right: float
    bottom: float
    words: tuple[int, ...] = ()
    body: tuple[float, float] | None = None
    """Median top and median bottom of its words: the line without the marks, descenders and specks that
    stick out above or below it (None: the box's own top and bottom)."""

    @property
    def center(self) -> float:
        return (self.left + self.right) / 2

    @property
    def body_top(self) -> float:
        return self.body[0] if self.body else self.top

    @property
    def body_bottom(self) -> float:
        return self.body[1] if self.body else self.bottom


@dataclass
class Layout:
    """The page's lines in reading order, its footnote lines, and each word's (block, line) in that order."""

    lines: list[str] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)
    word_places: dict[int, tuple[int, int]] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def word_height(words: Sequence[Word]) -> float:
    """Median word height: the page's unit of distance."""
    return float(statistics.median(w.box.height for w in words)) if words else 1.0


SPECK = 0.5
"""A word lower than this share of the median word height is a stroke or a speck, not print."""
FOOT_ABOVE = 0.3
DOT = 0.1
"""A word with no letter or digit whose box is smaller than this share of the median word height each way is
a toner speck, however close to its neighbours: a photocopy's 2×2-pixel dot after "từ ngày" was read "-" at
93 and cut the trip's dates ("từ ngày - / 25/6/2026"). Print is larger: a dash is a quarter of a word's height
wide, a full stop a sixth."""
"""A word whose foot stands this share of its line's height above the line's baseline is not on the line."""


def on_their_lines(words: Sequence[Word]) -> list[Word]:
    """The words that stand on their line: not flat specks, and with their foot on the line's baseline (the
    median bottom of its words of two letters or more; descenders reach lower, never higher). A signature's
    strokes over a name, which tesseract reads as words of the name's line ("Nguyễn Lệ Hoàng Giang", "L4 ve"),
    are left out."""
    unit = word_height(words)
    bodies: dict[int, tuple[float, float]] = {}
    for line in {word.line for word in words}:
        lettered = [w for w in words if w.line == line and sum(c.isalpha() for c in w.text) >= 2]
        if lettered:
            tops = sorted(w.box.top for w in lettered)
            bottoms = sorted(w.box.top + w.box.height for w in lettered)
            bodies[line] = (tops[len(tops) // 2], bottoms[len(bottoms) // 2])
    return [
        word
        for word in words
        if word.line in bodies
        and word.box.height >= SPECK * unit
        and word.box.top + word.box.height
        >= bodies[word.line][1] - FOOT_ABOVE * (bodies[word.line][1] - bodies[word.line][0])
    ]


def group_lines(words: Sequence[Word]) -> list[Word]:
    """Give words without an OCR line id (a PDF text layer) line ids by vertical overlap."""
    order = sorted(range(len(words)), key=lambda i: (words[i].box.top, words[i].box.left))
    result = list(words)
    lines: list[tuple[float, float, int]] = []  # top, bottom, id
    for index in order:
        box = words[index].box
        middle = box.top + box.height / 2
        for number, (top, bottom, line_id) in enumerate(lines):
            if top <= middle <= bottom:
                lines[number] = (min(top, box.top), max(bottom, box.top + box.height), line_id)
                result[index] = words[index].model_copy(update={"line": line_id})
                break
        else:
            lines.append((box.top, box.top + box.height, len(lines)))
            result[index] = words[index].model_copy(update={"line": len(lines) - 1})
    return result


def is_noise(word: Word, gap_before: float, gap_after: float, unit: float) -> bool:
    """An OCR word with no letter or digit that is unsure or stands apart (a speck, a piece of a rule).

    A dash between words ("Độc lập - Tự do") is close to its neighbours and stays.
    """
    if any(unicodedata.category(char) in _CONTENT for char in word.text):
        return False
    dot = max(word.box.width, word.box.height) < DOT * unit
    return dot or word.confidence < NOISE_CONFIDENCE or min(gap_before, gap_after) > unit


def segments_from_words(words: Sequence[Word], unit: float, skip: frozenset[int] = frozenset()) -> list[Segment]:
    """Words sharing a line id, left to right, split where the gap is wider than `SEGMENT_GAP` units;
    noise words and the words at `skip` indices are left out.

    An OCR'd page asks this three times of the same words (`seal_block.lost_band`, `signer_line.find_name_lines`,
    `arrange_words`) unless a step re-read some: the last answer is kept per thread and given again when the
    same word objects come back with the same `unit` and `skip` (≈ 2 ms a page each, docs/scaling.md); no step
    changes a word in place (a changed word is a copy), so the same objects are the same words."""
    last: tuple[tuple[Word, ...], float, frozenset[int], tuple[Segment, ...]] | None = getattr(_LAST, "segments", None)
    if (
        last is not None
        and last[1] == unit
        and last[2] == skip
        and len(last[0]) == len(words)
        and all(kept is word for kept, word in zip(last[0], words, strict=True))
    ):
        return list(last[3])
    segments = _segments(words, unit, skip)
    _LAST.segments = (tuple(words), unit, skip, tuple(segments))
    return segments


_LAST = threading.local()


def _segments(words: Sequence[Word], unit: float, skip: frozenset[int]) -> list[Segment]:
    by_line: dict[int, list[int]] = {}
    for index, word in enumerate(words):
        if index not in skip:
            by_line.setdefault(word.line, []).append(index)
    segments: list[Segment] = []
    for all_indices in by_line.values():
        all_indices.sort(key=lambda i: words[i].box.left)
        indices = [
            index
            for position, index in enumerate(all_indices)
            if not is_noise(
                words[index],
                _gap(words, all_indices[position - 1], index) if position else float("inf"),
                _gap(words, index, all_indices[position + 1]) if position + 1 < len(all_indices) else float("inf"),
                unit,
            )
        ]
        if not indices:
            continue
        run: list[int] = [indices[0]]
        for previous, current in itertools.pairwise(indices):
            if _gap(words, previous, current) > SEGMENT_GAP * unit:
                segments.append(_segment(words, run))
                run = []
            run.append(current)
        segments.append(_segment(words, run))
    return segments


def _gap(words: Sequence[Word], left: int, right: int) -> float:
    return words[right].box.left - (words[left].box.left + words[left].box.width)


def _segment(words: Sequence[Word], indices: list[int]) -> Segment:
    boxes = [words[i].box for i in indices]
    return Segment(
        text=" ".join(words[i].text for i in indices),
        left=min(b.left for b in boxes),
        top=min(b.top for b in boxes),
        right=max(b.left + b.width for b in boxes),
        bottom=max(b.top + b.height for b in boxes),
        words=tuple(indices),
        body=(statistics.median(b.top for b in boxes), statistics.median(b.top + b.height for b in boxes)),
    )


TALL_BODY = 1.6
"""A segment whose body stands this many median word heights tall or more is pen-written for the most part
(hand-filled digits stand 2-3 line heights tall): it is placed in a row by its foot (`group_rows`)."""


def group_rows(segments: Iterable[Segment], unit: float = 0.0) -> list[list[Segment]]:
    """Segments side by side (their bodies overlapping vertically by at least 30% of the smaller) form a row.

    Bodies, not boxes: on a scan a tall mark, a descender or a speck ("ủ ủy" read 74 px tall) makes a
    line's box reach into the next line's, and the indented first line of a paragraph came out after the
    line under it, one row with it ("… Tỉnh ủy): Thực hiện Kết luận …"). A segment of pen strokes as tall as two
    lines (`TALL_BODY`, with `unit` the median word height) counts by its foot, one `unit` tall, the row it is
    written on: pen digits written high reach the line above, and one such segment ("Số: 27 $4J_" for a pen 2734, a
    pen day read "†") made one row of the issuer's line, the motto, "Số:" and the dateline, so the header's number
    line came out as "Số: 27 $4J_ THÀNH PHỐ HÀ NỘI QĐ-UBND"."""
    rows: list[list[Segment]] = []
    bodies = {id(s): _placed(s, unit) for s in segments}
    for segment in sorted(segments, key=lambda s: (bodies[id(s)][0], s.left)):
        low, high = bodies[id(segment)]
        for row in reversed(rows[-3:]):
            top, bottom = min(bodies[id(s)][0] for s in row), max(bodies[id(s)][1] for s in row)
            overlap = min(bottom, high) - max(top, low)
            if overlap > 0.3 * min(bottom - top, high - low):
                row.append(segment)
                break
        else:
            rows.append([segment])
    for row in rows:
        row.sort(key=lambda s: s.left)
    rows.sort(key=lambda row: min(bodies[id(s)][0] for s in row))
    return rows


def _placed(segment: Segment, unit: float) -> tuple[float, float]:
    """The rows by which a segment is placed among the others: its body, or for a pen-tall one (`TALL_BODY`) the
    `unit` above its body's foot."""
    if unit and segment.body_bottom - segment.body_top >= TALL_BODY * unit:
        return segment.body_bottom - unit, segment.body_bottom
    return segment.body_top, segment.body_bottom


def _free(rows: Sequence[Sequence[Segment]], low: float, high: float) -> list[tuple[float, float]]:
    """The x-intervals inside (low, high) covered by no segment of the rows and bounded by segments on
    both sides (margins are not gutters)."""
    free = [(low, high)]
    for row in rows:
        for segment in row:
            free = [
                piece
                for start, end in free
                for piece in ((start, min(end, segment.left)), (max(start, segment.right), end))
                if piece[1] > piece[0]
            ]
    return [(start, end) for start, end in free if start > low and end < high]


@dataclass(frozen=True)
class _Zone:
    start: int
    end: int
    gutter: tuple[float, float]


def _side(segment: Segment, gutter: tuple[float, float]) -> str | None:
    if segment.right <= gutter[0] + 1:
        return "left"
    if segment.left >= gutter[1] - 1:
        return "right"
    return None


def _find_zone(rows: list[list[Segment]], first: int, width: float, height: float, unit: float) -> _Zone | None:
    """The two-column zone starting at or just after row `first`, if one starts there."""
    low, high = 0.15 * width, 0.85 * width
    if _ZONE_END.match(rows[first][0].text):
        return None
    end = first
    while (
        end < len(rows)
        and not (end > first and _ZONE_END.match(rows[end][0].text))
        and max((b - a for a, b in _free(rows[first : end + 1], low, high)), default=0) >= unit
    ):
        end += 1
    if end - first < 2:
        return None
    gutter = max(_free(rows[first:end], low, high), key=lambda piece: piece[1] - piece[0])
    sides = [{_side(s, gutter) for s in row} for row in rows[first:end]]
    tops = {
        side: min(s.top for row in rows[first:end] for s in row if _side(s, gutter) == side)
        for side in ("left", "right")
        if any(side in row_sides for row_sides in sides)
    }
    if len(tops) < 2:
        return None
    start = first
    while start < end and len(sides[start - first]) == 1:
        (side,) = sides[start - first]
        other = tops["right" if side == "left" else "left"]
        if min(s.top for s in rows[start]) >= other - unit:
            break
        start += 1
    zone_rows = rows[start:end]
    in_header = min(s.top for s in zone_rows[0]) < HEADER_TOP * height
    is_signature = any(_SIGNATURE.match(s.text) for row in zone_rows for s in row)
    if not (in_header or is_signature):
        return None
    return _Zone(start, _aligned_end(rows, start, end, gutter, width), gutter)


def _aligned_end(rows: list[list[Segment]], start: int, end: int, gutter: tuple[float, float], width: float) -> int:
    """Cut the zone before the first trailing one-sided row that does not line up with its column.

    A centred title under the header ("QUYẾT ĐỊNH") stays clear of the gutter but is centred on the page,
    not on the right column, so it ends the zone.
    """
    paired = [i for i in range(start, end) if {_side(s, gutter) for s in rows[i]} >= {"left", "right"}]
    if not paired:
        return end
    columns: dict[str, list[Segment]] = {"left": [], "right": []}
    for i in range(start, paired[-1] + 1):
        for segment in rows[i]:
            side = _side(segment, gutter)
            if side:
                columns[side].append(segment)
    tolerance = COLUMN_TOLERANCE * width
    centers = {side: statistics.median(s.center for s in segs) for side, segs in columns.items()}
    left_edge = statistics.median(s.left for s in columns["left"])
    for i in range(paired[-1] + 1, end):
        for segment in rows[i]:
            side = _side(segment, gutter)
            aligned = side is not None and abs(segment.center - centers[side]) <= tolerance
            if side == "left":
                aligned = aligned or abs(segment.left - left_edge) <= tolerance
            if not aligned:
                return i
    return end


def _footnote_start(rows: list[list[Segment]], height: float, unit: float, rule_y: float | None) -> int:
    """Index of the first footnote row (len(rows) when there are none).

    Footnotes start at the first row under a footnote rule, or at a row starting with a footnote marker,
    in the lower part of the page, and never above a "Nơi nhận:" or signing line.
    """
    below_rule = next(
        (i for i, row in enumerate(rows) if rule_y is not None and min(s.top for s in row) > rule_y), None
    )
    for index, row in enumerate(rows):
        if min(s.top for s in row) < FOOTNOTE_ZONE * height:
            continue
        marker = _FOOTNOTE_MARKER.match(row[0].text)
        marked = (
            marker is not None
            and not _continues_sentence(" ".join(s.text for s in row)[marker.end() :])
            and max(s.bottom - s.top for s in row) < 1.6 * unit
        )
        if (marked or index == below_rule) and not any(_SIGNATURE.match(s.text) for r in rows[index:] for s in r):
            return index
    return len(rows)


def _continues_sentence(after_marker: str) -> bool:
    """A "marker" followed by a lower-case word is the body going on ("… không quá chín\n(09) người, kể cả
    …"): a footnote's text starts with a capital ("(1) Theo …", "¹Kế hoạch …")."""
    first = next((c for c in after_marker if c.isalpha()), "")
    return first.islower()


def arrange(
    segments: Sequence[Segment], width: float, height: float, *, unit: float, rule_y: float | None = None
) -> Layout:
    """Lines in reading order: header and signature zones as left block then right block; footnotes apart.

    `unit` is the median word height; `rule_y` the y of a footnote rule when one was seen on the page.
    """
    rows = group_rows(segments, unit)
    cut = _footnote_start(rows, height, unit, rule_y)
    body, notes = rows[:cut], rows[cut:]
    layout = Layout()
    block = 0
    index = 0
    plain_open = False
    while index < len(body):
        zone = _find_zone(body, index, width, height, unit)
        if zone is None:
            if not plain_open:
                block, plain_open = block + 1, True
            _emit(layout, body[index], block, layout.lines)
            index += 1
            continue
        for row in body[index : zone.start]:
            if not plain_open:
                block, plain_open = block + 1, True
            _emit(layout, row, block, layout.lines)
        for side in ("left", "right"):
            block += 1
            for row in body[zone.start : zone.end]:
                _emit(layout, [s for s in row if _side(s, zone.gutter) == side], block, layout.lines)
        stray = [s for row in body[zone.start : zone.end] for s in row if _side(s, zone.gutter) is None]
        if stray:
            block += 1
            _emit(layout, stray, block, layout.lines)
        plain_open = False
        index = zone.end
    block += 1
    for row in notes:
        _emit(layout, row, block, layout.footnotes)
    return layout


def _emit(layout: Layout, row: Sequence[Segment], block: int, lines: list[str]) -> None:
    if not row:
        return
    line_number = len(layout.lines) + len(layout.footnotes)
    lines.append(" ".join(s.text for s in row))
    for segment in row:
        for word_index in segment.words:
            layout.word_places[word_index] = (block, line_number)


def table_segments(words: Sequence[Word], grids: Sequence[Grid], unit: float) -> tuple[list[Segment], frozenset[int]]:
    """One segment per row of each ruled table, its cells joined by " | " (`extractors.text.grid`), then of each
    borderless table whose header names its columns (`extractors.text.columns`), and the indices of the words
    they hold; noise words inside a ruled table are dropped."""
    segments: list[Segment] = []
    taken: set[int] = set()
    for grid in grids:
        inside = [
            index
            for index, word in enumerate(words)
            if index not in taken and grid.cell(word.box.left + word.box.width / 2, word.box.top + word.box.height / 2)
        ]
        taken.update(inside)
        kept = [index for index in inside if not is_noise(words[index], 0.0, 0.0, unit)]
        for text, indices, (top, bottom) in cell_rows(grid, words, kept, unit):
            # between its rules, whatever a stray mark's box says: a row never reaches into the next one
            segments.append(Segment(text, grid.xs[0], top, grid.xs[-1], bottom, tuple(indices)))
    rest = [index for index in range(len(words)) if index not in taken and not is_noise(words[index], 0.0, 0.0, unit)]
    for table in columns.find_tables(words, rest, unit):
        for text, indices, (top, bottom) in table.rows:
            segments.append(Segment(text, table.left, top, table.right, bottom, tuple(indices)))
            taken.update(indices)
    return segments, frozenset(taken)


def arrange_words(
    words: Sequence[Word], width: float, height: float, *, rule_y: float | None = None, grids: Sequence[Grid] = ()
) -> tuple[Layout, list[Word]]:
    """OCR words → layout, plus the words renumbered with their block and reading-order line; the rows of
    ruled tables (`grids`) come out as lines of cells."""
    if not words:
        return Layout(), []
    unit = word_height(words)
    tables, in_tables = table_segments(words, grids, unit)
    segments = segments_from_words(words, unit, skip=in_tables) + tables
    layout = arrange(segments, width, height, unit=unit, rule_y=rule_y)
    placed = [
        word.model_copy(update={"block": layout.word_places[i][0], "line": layout.word_places[i][1]})
        for i, word in enumerate(words)
        if i in layout.word_places
    ]
    return layout, placed
