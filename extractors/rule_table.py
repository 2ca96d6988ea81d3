"""Rows of a limits table ("TT | Nội dung | Mức tối đa"), the way a dispatch's Phụ lục often states its limits.

Such a table's rows carry no bounding word ("không quá"): the column heading says each value is a maximum. The
heading is found by its cells' words (a content column and a "Mức tối đa"/"Giới hạn" column), and each numbered
row under it is handed on, without its row number, for `extractors.rules` to read as a bounded clause; a row with
no limit kind gives nothing there. Cells may be split by tabs or bars, or (in a stored or OCR text) by spaces only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.vntext import fold, lines

_CONTENT_HEAD = re.compile(r"\b(?:nội dung|tiêu chí|hạng mục)\b", re.IGNORECASE)
_VALUE_HEAD = re.compile(r"\b(?:mức tối đa|giới hạn|tối đa cho phép|mức quy định)\b", re.IGNORECASE)
_ROW = re.compile(r"^\s*(?:\|?\s*\d{1,2}\s*[.)]?(?:\s*[\t|]\s*|\s+)|\|\s*)(?=\S)")
"""A row's number and the border after it, or a bare border where a scan lost the number ("| Số thành viên …")."""
_CELL_BREAK = re.compile(r"\s*[\t|]\s*")


_GROUP_HEAD = re.compile(
    r"^\s*\|?\s*(?:(?:tt|stt)\s*[\t|]\s*)?(?:nhom|doi tuong|chuc danh|chuc vu)\b[^\t|]{0,30}[\t|]?\s*"
    r"so (?:lan|luot|chuyen|dot)\b[^\t|]{0,30}?\b(?:toi da|khong qua)\b[^\t|]{0,30}?\bnam\b"
)
"""A trips-a-year table by group's heading, folded ("Nhóm | Số lần tối đa trong một năm", a scan's "… một nắm"): each
row is a group and its count, the year and the bound in the heading only."""
_GROUP_ROW = re.compile(r"^\s*\|?\s*(?=\S)(?=[^\n]*\S\s*(?:\([^)]*\)\s*)?(?:lần|lượt|chuyến|đợt)\b)", re.IGNORECASE)
"""A row of that table: a group's cell and a count of trips ("Nhóm A | 01 (một) lần", "Nhóm B hai lần")."""


def is_heading(line: str) -> bool:
    """A limits table's heading line: a content column and a maximum column, short as headings are."""
    return len(line.split()) <= 16 and bool(_CONTENT_HEAD.search(line)) and bool(_VALUE_HEAD.search(line))


def table_rows(text: str) -> Iterator[tuple[int, int, str]]:
    """Each numbered row under a limits table's heading (its number lost on a scan when a border opens the line):
    its span and its cells' words without the row number; and each row of a trips-a-year table by group
    (`_GROUP_HEAD`), its cells with the heading's year ("Nhóm A 01 (một) lần trong một năm") for `extractors.rules`
    to read as that group's limit. The table ends at the first line that is neither a row nor blank."""
    table: str | None = None
    for each in lines(text):
        line = each.text.rstrip("\r")
        start, end = each.start, each.start + len(line)
        if is_heading(line):
            table = "limits"
        elif len(line.split()) <= 16 and _GROUP_HEAD.match(fold(line.lower())):
            table = "groups"
        elif table == "limits" and (row := _ROW.match(line)):
            yield start, end, " ".join(_CELL_BREAK.sub(" ", line[row.end() :]).strip(" |").split())
        elif table == "groups" and _GROUP_ROW.match(line):
            yield start, end, " ".join([*_CELL_BREAK.sub(" ", line).strip(" |").split(), "trong một năm"])
        elif line.strip():
            table = None
