"""Ruled tables on a page image: their grid of rules, erased before OCR, and their words read cell by cell.

A member list annexed to a decision is often a ruled table ("TT | Họ và tên | Chức vụ, đơn vị"). Read as a
page, tesseract takes the rules for letters ("|VöĐìnhNam |", "TJehfewedmu") and lays the columns out one after
the other, so rows came out of order and names were lost (the Hà Tĩnh scenario's QĐ 602: 3 of 13 members).
With the grid's rules whitened the words read clean, and the grid itself says which cell every word is in:
each table row becomes one line of cells joined by " | " (the form `extractors.members` reads), whatever
order tesseract gave the words in.

Only rules that form a grid (at least three vertical and three horizontal rules crossing over one area, or two
horizontal ones with no rule between them: a table's row carried over to the next page) are found and erased: an
underline, a signature box or a footnote rule is left to the page as it was.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from schemas.document import Word

MIN_HORIZONTAL = 1 / 10
"""A horizontal rule is at least this share of the page width (a table's narrowest column set is wider)."""
MIN_VERTICAL = 1 / 60
"""A vertical rule is at least this share of the page height (one table row; taller than any letter)."""
SEARCH_SCALE = 4
"""The first look for a table is on a copy this many times smaller."""
ERASE_MARGIN = 5
"""Pixels around a rule erased with it (its anti-aliased edge, which Otsu leaves out of the ink, read as "|")."""
ROW_COVERAGE = 0.6
"""A horizontal line of rule pieces is one of the grid's row rules when its ink covers this share of the grid's
width: a degraded rule keeps most of its length; a word's underline inside a cell covers a column at most."""
MIN_WHOLE_RULES = 2
"""A grid is found by at least this many horizontal rules each spanning it in one piece (or mended from close
pieces, `_mended`); faded rules (`_row_rules`) and the frame (`_frame`) only complete it. Rules come apart in
places a photocopy faded: taken alone, they gave a grid of two rows for a table of five, and its rows' cells
merged; a table with fewer whole or mended rules is read as a page."""
PIECE = 1 / 50
"""A piece of a broken horizontal rule is a run of ink at least this share of the page width (a letter's bar is
shorter); pieces on one line mend into a rule (`_mended`)."""
PIECE_GAP = 1 / 15
"""Pieces of one rule are at most this share of the page width apart (a photocopy's faded stretch)."""
MENDED_COVERAGE = 0.75
"""A line of pieces is a rule when their ink covers at least this share of its length."""
PAGE_EDGE = 1 / 50
"""A rule this near (share of the page's extent across it) to the page's edge is the page's frame or the scan's edge,
no table's: a paper's margin is wider. A frame drawn round a whole page, crossed by a stamp's or a signature's
strokes, was taken for a table of one page-tall row and the page read cell by cell (scenario 31's QĐ 662 and 1101:
no trip read)."""
TOLERANCE = 1 / 200
"""How far (share of the page width) a rule's end may fall short of the grid's edge and still close it."""


@dataclass(frozen=True)
class Grid:
    """A ruled table: the x of its vertical rules and the y of its horizontal rules, in page pixels,
    each sorted; cells lie between consecutive rules."""

    xs: tuple[float, ...]
    ys: tuple[float, ...]

    def cell(self, x: float, y: float) -> tuple[int, int] | None:
        """(row, column) of the cell holding the point, None outside the grid."""
        if not (self.xs[0] < x < self.xs[-1] and self.ys[0] < y < self.ys[-1]):
            return None
        return bisect.bisect(self.ys, y) - 1, bisect.bisect(self.xs, x) - 1


@dataclass(frozen=True)
class _Rule:
    start: float  # along the rule
    end: float
    at: float  # across it


def _rules(mask: np.ndarray, horizontal: bool) -> list[_Rule]:
    count, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    rules = []
    for left, top, width, height, _area in stats[1:count]:
        if horizontal:
            rules.append(_Rule(float(left), float(left + width), top + height / 2))
        else:
            rules.append(_Rule(float(top), float(top + height), left + width / 2))
    return rules


def _off_edge(rules: list[_Rule], extent: int) -> list[_Rule]:
    """The rules away from the page's edges across them (`PAGE_EDGE`): a frame's or the scan's edge left out."""
    margin = extent * PAGE_EDGE
    return [rule for rule in rules if margin <= rule.at <= extent - margin]


def find_grids(gray: np.ndarray) -> tuple[list[Grid], np.ndarray | None]:
    """The page's ruled tables and a mask of their rules' pixels to erase before OCR (None: no table).

    Looked for first on a copy a quarter the size (a few milliseconds; most pages have no table), and only on
    a page that has one again at full size, where the positions and the mask are taken.
    """
    small = cv2.resize(gray, None, fx=1 / SEARCH_SCALE, fy=1 / SEARCH_SCALE, interpolation=cv2.INTER_AREA)
    if not _grids(small)[0]:
        return [], None
    return _grids(gray)


def _grids(gray: np.ndarray) -> tuple[list[Grid], np.ndarray | None]:
    """Rules are long thin runs of ink kept by a morphological opening along each direction. Vertical rules
    overlapping in height are grouped; a group of three or more with at least three horizontal rules spanning
    it is a grid."""
    height, width = gray.shape
    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    down = cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(int(height * MIN_VERTICAL), 5)))
    vertical_mask = cv2.morphologyEx(ink, cv2.MORPH_OPEN, down)
    if not vertical_mask.any():
        return [], None
    across = cv2.getStructuringElement(cv2.MORPH_RECT, (max(int(width * MIN_HORIZONTAL), 5), 1))
    horizontal_mask = cv2.morphologyEx(ink, cv2.MORPH_OPEN, across)
    tolerance = max(width * TOLERANCE, 1.0)
    mended, mended_mask = _mended(ink, width, tolerance)
    horizontals = _off_edge([*_rules(horizontal_mask, horizontal=True), *mended], height)
    horizontal_mask = cv2.bitwise_or(horizontal_mask, mended_mask)
    grids = []
    mask = np.zeros_like(gray)
    verticals = [
        rule
        for rule in _off_edge(_rules(vertical_mask, horizontal=False), width)
        if _crossings(rule, horizontals, tolerance) >= 2
    ]
    for group in _overlapping(verticals):
        xs = _distinct(sorted(rule.at for rule in group), tolerance)
        top, bottom = min(rule.start for rule in group), max(rule.end for rule in group)
        whole = [
            rule.at
            for rule in horizontals
            if top - tolerance <= rule.at <= bottom + tolerance
            and rule.start <= xs[0] + tolerance
            and rule.end >= xs[-1] - tolerance
        ]
        if len(xs) < 3 or len(_distinct(sorted(whole), tolerance)) < MIN_WHOLE_RULES:
            continue
        ys = _distinct(sorted([*whole, *_row_rules(horizontals, xs[0], xs[-1], top, bottom, tolerance),
                               *_frame(group, xs[0], xs[-1], tolerance)]), tolerance)  # fmt: skip
        if len(ys) < 2 or (len(ys) == 2 and _ruled_inside(horizontals, ys[0], ys[1], tolerance)):
            continue
        grids.append(Grid(tuple(xs), tuple(ys)))
        area = (slice(int(ys[0] - tolerance), int(ys[-1] + tolerance) + 1),
                slice(int(xs[0] - tolerance), int(xs[-1] + tolerance) + 1))  # fmt: skip
        mask[area] = cv2.bitwise_or(mask[area], cv2.bitwise_or(horizontal_mask[area], vertical_mask[area]))
    if not grids:
        return [], None
    return grids, cv2.dilate(mask, np.ones((ERASE_MARGIN, ERASE_MARGIN), np.uint8))


def _mended(ink: np.ndarray, width: int, tolerance: float) -> tuple[list[_Rule], np.ndarray]:
    """Horizontal rules a photocopy broke into short pieces, each mended whole, and their pixels. Scenario 16's
    QĐ 468: every rule of its member table came apart into runs of 5–30% of the table's width with gaps up to
    6% of the page, so none spanned the table, its sides met no rule, and the table was read as a page ("Lâ
    Thị Kim Oanh" for Lê; her third trip of the year was not seen). Pieces on one line (within `tolerance`)
    at most `PIECE_GAP` apart make a chain; a chain at least `MIN_HORIZONTAL` of the page long whose ink covers
    `MENDED_COVERAGE` of it is a rule. A line of text has no such runs."""
    along = cv2.getStructuringElement(cv2.MORPH_RECT, (max(int(width * PIECE), 3), 1))
    pieces_mask = cv2.morphologyEx(ink, cv2.MORPH_OPEN, along)
    mask = np.zeros_like(ink)
    rules = []
    chains: list[list[_Rule]] = []
    for piece in sorted(_rules(pieces_mask, horizontal=True), key=lambda r: r.start):
        near = (
            c for c in chains if abs(c[-1].at - piece.at) <= tolerance and piece.start - c[-1].end <= width * PIECE_GAP
        )
        chain = next(near, None)
        if chain is None:
            chains.append([piece])
        else:
            chain.append(piece)
    for chain in chains:
        start, end = chain[0].start, max(piece.end for piece in chain)  # pieces in order of their start
        if end - start < width * MIN_HORIZONTAL or _covered(chain, start, end) < MENDED_COVERAGE * (end - start):
            continue
        at = sum(piece.at for piece in chain) / len(chain)
        rules.append(_Rule(start, end, at))
        rows = slice(max(int(at - tolerance), 0), int(at + tolerance) + 1)
        mask[rows, int(start) : int(end) + 1] = ink[rows, int(start) : int(end) + 1]  # its specks too
    return rules, mask


def _row_rules(
    horizontals: list[_Rule], left: float, right: float, top: float, bottom: float, tolerance: float
) -> list[float]:
    """The y of each horizontal rule across the grid: pieces lying on one line (within `tolerance`) whose ink
    covers at least `ROW_COVERAGE` of the width between the outer vertical rules. A faxed or photocopied rule
    comes apart where its thin ink faded, and each piece alone spans no table: the An Giang scans' QĐ 1505
    lost its table's top and bottom rules that way, the grid fell to its middle rows and three of four
    members were lost (scenario 18)."""
    lines: list[list[_Rule]] = []
    for rule in sorted((r for r in horizontals if top - tolerance <= r.at <= bottom + tolerance), key=lambda r: r.at):
        if lines and rule.at - lines[-1][-1].at <= tolerance:
            lines[-1].append(rule)
        else:
            lines.append([rule])
    return _distinct(
        [
            sum(rule.at for rule in line) / len(line)
            for line in lines
            if _covered(line, left, right) >= ROW_COVERAGE * (right - left)
        ],
        tolerance,
    )


def _ruled_inside(horizontals: list[_Rule], top: float, bottom: float, tolerance: float) -> bool:
    """Whether a piece of a horizontal rule lies between a one-row grid's two rules. A table's last row carried
    over to the next page is a grid of one row, its own two rules (scenario 16's QĐ 336: "8 | Lò Văn Khang | ThS
    | …" alone atop page 2, read as a page, lost its number and title). A table of several rows whose inner
    rules faded to pieces also keeps two whole rules: taken as one row, its members' cells would merge."""
    return any(top + tolerance < rule.at < bottom - tolerance for rule in horizontals)


def _frame(verticals: list[_Rule], left: float, right: float, tolerance: float) -> list[float]:
    """The table's top and bottom where its outer vertical rules start and end together: a frame's rule so faded
    that no piece of it survives is still where both sides end (scenario 18's QĐ 1885 lost its header and last
    row, the leader's row read out of its columns). A side whose rule came apart says nothing."""
    sides = [[rule for rule in verticals if abs(rule.at - x) <= tolerance] for x in (left, right)]
    if not all(sides):
        return []
    tops = [min(rule.start for rule in side) for side in sides]
    bottoms = [max(rule.end for rule in side) for side in sides]
    return [sum(ends) / 2 for ends in (tops, bottoms) if max(ends) - min(ends) <= tolerance]


def _covered(pieces: list[_Rule], left: float, right: float) -> float:
    """Length of [left, right] the pieces cover (overlaps counted once)."""
    covered, reach = 0.0, left
    for piece in sorted(pieces, key=lambda r: r.start):
        start, end = max(piece.start, reach), min(piece.end, right)
        if end > start:
            covered += end - start
            reach = end
    return covered


def _crossings(vertical: _Rule, horizontals: list[_Rule], tolerance: float) -> int:
    """How many horizontal rules cross (or meet) a vertical one. A table's vertical rules are crossed by its
    top and bottom rules at least; a copier-lid shadow down the page's edge, or a stamp's frame beside the
    table, is not crossed by the table's rules and must not join its group: it stretched the group's span, no
    horizontal rule reached both its ends, and the photocopied Lào Cai member tables were read as a page
    (scenario 15's QĐ 398: 7 of 9 members lost)."""
    return sum(
        1
        for rule in horizontals
        if vertical.start - tolerance <= rule.at <= vertical.end + tolerance
        and rule.start - tolerance <= vertical.at <= rule.end + tolerance
    )


def _overlapping(rules: list[_Rule]) -> list[list[_Rule]]:
    """Rules grouped by overlapping extent (a table's vertical rules all span its rows)."""
    groups: list[list[_Rule]] = []
    for rule in sorted(rules, key=lambda r: r.start):
        if groups and rule.start <= max(r.end for r in groups[-1]):
            groups[-1].append(rule)
        else:
            groups.append([rule])
    return groups


def _distinct(positions: list[float], tolerance: float) -> list[float]:
    """Sorted positions with near-equal ones (a thick or doubled rule) merged."""
    merged: list[float] = []
    for position in positions:
        if merged and position - merged[-1] <= tolerance:
            continue
        merged.append(position)
    return merged


def erase(gray: np.ndarray, mask: np.ndarray | None) -> np.ndarray:
    """The page with the grids' rules whitened (the same array when there is nothing to erase)."""
    if mask is None:
        return gray
    erased = gray.copy()
    erased[mask > 0] = 255
    return erased


def cell_rows(
    grid: Grid, words: Sequence[Word], indices: Sequence[int], unit: float
) -> list[tuple[str, list[int], tuple[float, float]]]:
    """The grid's rows top to bottom as (cells joined by " | ", word indices, the row's top and bottom rule);
    `indices` are the words inside the grid. A cell's words are read line by line (a line: words whose middles
    lie within half a word height), left to right; a column empty in every row is left out, empty rows too.
    A bar in a word is a rule's remnant, dropped."""
    cells: dict[tuple[int, int], list[int]] = {}
    for index in indices:
        box = words[index].box
        place = grid.cell(box.left + box.width / 2, box.top + box.height / 2)
        if place is not None:
            cells.setdefault(place, []).append(index)
    used_columns = sorted({column for _, column in cells})
    rows = []
    for row in sorted({row for row, _ in cells}):
        texts = [_cell_text(words, cells.get((row, column), []), unit) for column in used_columns]
        members = [index for column in used_columns for index in cells.get((row, column), [])]
        rows.append((" | ".join(texts), members, (grid.ys[row], grid.ys[row + 1])))
    return rows


def _cell_text(words: Sequence[Word], indices: list[int], unit: float) -> str:
    lines: list[list[int]] = []
    for index in sorted(indices, key=lambda i: words[i].box.top + words[i].box.height / 2):
        middle = words[index].box.top + words[index].box.height / 2
        last = lines[-1] if lines else None
        if last and abs(middle - _middle(words, last)) <= unit / 2:
            last.append(index)
        else:
            lines.append([index])
    texts = (words[i].text.replace("|", "") for line in lines for i in sorted(line, key=lambda i: words[i].box.left))
    return " ".join(text for text in texts if text)  # "|": a rule's remnant; our own bars separate the cells


def _middle(words: Sequence[Word], line: list[int]) -> float:
    return sum(words[i].box.top + words[i].box.height / 2 for i in line) / len(line)
