"""Borderless tables on a page: columns laid out by x-positions only, read from the words' boxes.

A member list is often typed as a table without rules ("STT   Họ và tên   Chức vụ   Đơn vị"). On a scan
tesseract reads such columns one after the other (the layout then took them for a two-column header zone),
drops the row numbers of a mostly empty column, and a wrapped cell's second line lands in no row. Here such a
table is found only where a header row names its columns — a "Họ và tên" / "Họ tên" cell beside another named
column (number, title, unit, note) — and read from the boxes:

- columns are the x-gutters (strips no word of the table crosses, at least `MIN_GUTTER` word heights wide)
  between the header's cells, kept down the lines below the header; the table ends at the first line that
  crosses a gutter the header needs, at a wide vertical gap, or at a closing line ("Nơi nhận", "Điều 2");
- a row starts at a line with a name in the name column (not at a row number: OCR drops them, reads specks
  for them and puts them on a line of their own beside a centred name); the lines between
  two such starts are cut at the widest vertical gap, the lowest of near-equal ones (cells at their row's
  top: all go with the row above; cells centred in the row: a wrapped cell's first line goes with the name
  under it);
- each row comes out as one line of cells joined by " | " (the form `extractors.members` reads, as for ruled
  tables in `extractors.text.grid`), the header first; a wrapped cell's lines in order.

A page without such a header is left exactly as it was read.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from extractors.vntext import fold, is_upper_line
from schemas.document import Word

MIN_GUTTER = 0.65
"""A column gap is at least this many word heights wide: wider than a word space (0.3–0.5 on scans), narrower
than a table cell's padding on both sides of a rule that is not drawn (≈ 0.8 and up)."""
MAX_ROW_GAP = 3.0
"""A vertical gap wider than this many word heights between two lines ends the table."""

_NAME = re.compile(r"\bho\s+(?:va\s+)?ten\b")
_OTHER = re.compile(r"^(?:s?tt|so\s+tt)\b|chuc\s+(?:vu|danh)|don\s+vi|co\s+quan|noi\s+cong\s+tac|ghi\s+chu|nhiem\s+vu")
_HEADER_WORDS = frozenset(
    ("ho", "va", "ten", "chuc", "vu", "danh", "don", "vi", "co", "quan", "noi", "cong", "tac", "ghi", "chu", "nhiem",
     "trong", "doan", "vai", "tro", "stt", "tt", "so", "thu", "tu")
)  # fmt: skip
"""Words a header cell is made of: a line of only these under the header row is the header's wrapped part."""
_CLOSING = re.compile(r"^(?:dieu\s+\d|noi\s+nhan|kt\s*\.|tm\s*\.|tl\s*\.|tuq\s*\.|q\s*\.)")
"""A line that ends the table: the next article, the addressees, a signing mode."""


@dataclass(frozen=True)
class Table:
    """A borderless table: its lines of cells (header first) with the word indices and vertical extent of each."""

    rows: list[tuple[str, list[int], tuple[float, float]]]
    left: float
    right: float


def _middle(word: Word) -> float:
    return word.box.top + word.box.height / 2


def _lines(words: Sequence[Word], indices: Sequence[int], unit: float) -> list[list[int]]:
    """Words grouped into visual lines by their middles (within half a word height), top to bottom, each line
    left to right."""
    lines: list[list[int]] = []
    means: list[float] = []
    for index in sorted(indices, key=lambda i: _middle(words[i])):
        middle = _middle(words[index])
        if lines and abs(middle - means[-1]) <= unit / 2:
            lines[-1].append(index)
            means[-1] = statistics.fmean(_middle(words[i]) for i in lines[-1])
        else:
            lines.append([index])
            means.append(middle)
    return [sorted(line, key=lambda i: words[i].box.left) for line in lines]


def _text(words: Sequence[Word], line: Sequence[int]) -> str:
    return " ".join(words[i].text for i in line)


def _free(words: Sequence[Word], line: Sequence[int], free: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The x-intervals of `free` that no word of the line covers."""
    for index in line:
        box = words[index].box
        free = [
            piece
            for start, end in free
            for piece in ((start, min(end, box.left)), (max(start, box.left + box.width), end))
            if piece[1] > piece[0]
        ]
    return free


def _columns(
    words: Sequence[Word], header: Sequence[int], gutters: list[tuple[float, float]]
) -> list[tuple[float, str]] | None:
    """The header's columns under these gutters, as (left edge, folded header text); None unless a column names
    the name and another column is named too."""
    bounds = [float("-inf"), *((start + end) / 2 for start, end in gutters)]
    texts = ["" for _ in bounds]
    for index in header:  # line by line, each left to right
        column = _column(bounds, words[index])
        texts[column] = f"{texts[column]} {fold(words[index].text)}".strip()
    named = [bool(_NAME.search(text)) for text in texts]
    if sum(named) != 1 or not any(_OTHER.search(text) for text, name in zip(texts, named, strict=True) if not name):
        return None
    return list(zip(bounds, texts, strict=True))


def _column(bounds: Sequence[float], word: Word) -> int:
    center = word.box.left + word.box.width / 2
    return max(i for i, bound in enumerate(bounds) if bound < center)


def _gutters(free: list[tuple[float, float]], right: float, unit: float) -> list[tuple[float, float]]:
    """The free strips with a word on either side (not the margin) wide enough to part two columns."""
    return [(start, end) for start, end in free if start > 0 and end < right and end - start >= MIN_GUTTER * unit]


def find_tables(words: Sequence[Word], indices: Sequence[int], unit: float) -> list[Table]:
    """The borderless tables among the words at `indices` (noise and ruled tables already set apart); a page
    without the word "tên" has none and costs one look at each word."""
    if not any(fold(words[i].text).rstrip(":,") == "ten" for i in indices):
        return []
    lines = _lines(words, indices, unit)
    tables = []
    position = 0
    while position < len(lines):
        found = _table_at(words, lines, position, unit)
        if found is None:
            position += 1
            continue
        table, position = found
        tables.append(table)
    return tables


def _wraps_header(
    words: Sequence[Word], upper: Sequence[int], lower: Sequence[int], unit: float, *, part: Sequence[int]
) -> bool:
    """Two lines one under the other, `part` (one of them) made only of header words: a header cell's other line."""
    return _gap(words, upper, lower) < 1.6 * unit and all(
        fold(words[i].text).strip(",.:;()") in _HEADER_WORDS for i in part
    )


def _table_at(words: Sequence[Word], lines: list[list[int]], start: int, unit: float) -> tuple[Table, int] | None:
    """The table whose header row is line `start`, and the index of the line after it; None when none is."""
    if not _NAME.search(fold(_text(words, lines[start]))):
        return None
    above = start
    while above > 0 and _wraps_header(words, lines[above - 1], lines[above], unit, part=lines[above - 1]):
        above -= 1  # a header cell's first line above the name's, the name centred in the header row
    header = [index for line in lines[above : start + 1] for index in line]
    below = start + 1
    while below < len(lines) and _wraps_header(words, lines[below - 1], lines[below], unit, part=lines[below]):
        header += lines[below]  # a header cell wrapped onto a second line ("Đơn vị" / "công tác")
        below += 1
    right = max(words[i].box.left + words[i].box.width for i in header)
    # from the page's edge: a column left of the header's first cell (the row numbers under a "TT" OCR lost) is
    # bounded by a gutter too
    free = _free(words, header, [(0.0, right)])
    columns = _columns(words, header, _gutters(free, right, unit))
    if columns is None:
        return None
    body: list[list[int]] = []
    end = below
    while end < len(lines):
        line = lines[end]
        if _gap(words, lines[end - 1], line) > MAX_ROW_GAP * unit or _closes(words, line, columns):
            break
        kept = _free(words, line, free)
        candidate = _columns(words, header, _gutters(kept, right, unit))
        if candidate is None or _keyed(candidate) < _keyed(columns):  # the line crosses a column the header names
            break
        free, columns = kept, candidate
        body.append(line)
        end += 1
    rows = _rows(words, body, columns, unit)
    if len(rows) < 2:
        return None
    left = min(words[i].box.left for line in [header, *body] for i in line)
    return Table(rows=[_header_row(words, header, columns, unit), *rows], left=left, right=right), end


def _closes(words: Sequence[Word], line: Sequence[int], columns: list[tuple[float, str]]) -> bool:
    """The next article, the addressees, a signing mode, or a line in capitals with nothing in the name column
    (the signer's title: "GIÁM ĐỐC"; a name in capitals is a row)."""
    text = _text(words, line)
    if _CLOSING.match(fold(text)):
        return True
    name = next(i for i, (_, header) in enumerate(columns) if _NAME.search(header))
    bounds = [bound for bound, _ in columns]
    return is_upper_line(text) and name not in _cells(words, line, bounds)


def _keyed(columns: list[tuple[float, str]]) -> int:
    return sum(bool(_NAME.search(text) or _OTHER.search(text)) for _, text in columns)


def _gap(words: Sequence[Word], above: Sequence[int], below: Sequence[int]) -> float:
    """The vertical space between two lines' bodies (median tops and bottoms: a tone mark or a speck aside)."""
    bottom = statistics.median(words[i].box.top + words[i].box.height for i in above)
    return statistics.median(words[i].box.top for i in below) - bottom


def _cells(words: Sequence[Word], line: Sequence[int], bounds: Sequence[float]) -> dict[int, list[int]]:
    cells: dict[int, list[int]] = {}
    for index in line:
        cells.setdefault(_column(bounds, words[index]), []).append(index)
    return cells


def _header_row(
    words: Sequence[Word], header: Sequence[int], columns: list[tuple[float, str]], unit: float
) -> tuple[str, list[int], tuple[float, float]]:
    bounds = [bound for bound, _ in columns]
    cells = _cells(words, header, bounds)
    return _row(words, [cells.get(column, []) for column in range(len(bounds))], [list(header)], unit)


def _row(
    words: Sequence[Word], cells: list[list[int]], lines: list[list[int]], unit: float
) -> tuple[str, list[int], tuple[float, float]]:
    """One line of cells joined by " | ", a cell's words in the order given (line by line, left to right), and
    the row's top and bottom by its lines' median tops and bottoms (a speck or a glued column of row numbers
    read as one tall word must not reach into the next row)."""
    texts = [" ".join(text for i in cell if (text := words[i].text.replace("|", ""))) for cell in cells]
    boxes = [[words[i].box for i in line if words[i].box.height <= 2 * unit] for line in lines]
    if not any(boxes):  # only tall specks: their own boxes
        boxes = [[words[i].box for i in line] for line in lines]
    top = min(statistics.median(box.top for box in line) for line in boxes if line)
    bottom = max(statistics.median(box.top + box.height for box in line) for line in boxes if line)
    return " | ".join(texts), [i for line in lines for i in line], (top, bottom)


def _rows(
    words: Sequence[Word], body: list[list[int]], columns: list[tuple[float, str]], unit: float
) -> list[tuple[str, list[int], tuple[float, float]]]:
    """The body's lines grouped into table rows (module doc), each as one line of cells."""
    bounds = [bound for bound, _ in columns]
    name = next(i for i, (_, text) in enumerate(columns) if _NAME.search(text))
    cells = [_cells(words, line, bounds) for line in body]
    starts = [k for k, line in enumerate(cells) if _starts_row(words, line, name)]
    if not starts:
        return []
    middles = [_mean_middle(words, line) for line in body]
    bounds_of_rows = [0]  # the first body line of each row
    for upper, lower in itertools.pairwise(starts):
        gaps = [middles[k + 1] - middles[k] for k in range(upper, lower)]
        widest = max(gaps)
        # the row boundary is the widest gap between the two starts; among near-equal ones the lowest (cells
        # at the row's top: every line between the starts is the upper row's)
        cut = max(k for k, gap in enumerate(gaps) if gap >= widest - unit / 4)
        bounds_of_rows.append(upper + cut + 1)
    bounds_of_rows.append(len(body))
    rows = []
    for first, last in itertools.pairwise(bounds_of_rows):
        row_cells = [[i for k in range(first, last) for i in cells[k].get(column, [])] for column in range(len(bounds))]
        rows.append(_row(words, row_cells, body[first:last], unit))
    return rows


def _mean_middle(words: Sequence[Word], line: Sequence[int]) -> float:
    return statistics.fmean(_middle(words[i]) for i in line)


def _starts_row(words: Sequence[Word], cells: dict[int, list[int]], name: int) -> bool:
    """A row starts with a capitalised word in the name column: the first word of letters (a speck beside the
    name, "¬I1I", is not the name)."""
    first = next((text for i in cells.get(name, []) if (text := words[i].text.strip(".,;:()")).isalpha()), "")
    return first[:1].isupper()
