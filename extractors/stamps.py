"""What is stamped or copied onto a document and is not its own: the incoming-mail stamp ("ĐẾN Số: 749
Ngày: 31-3-16") and a copy block ("SAO Y BẢN CHÍNH" with its own number, date and signer)."""

from __future__ import annotations

import re

from extractors.docnumber import COPY_TYPES, number_after_label
from extractors.signature import is_signature_title, split_name
from extractors.vntext import Line, is_upper_line

_STAMP_HEAD_RE = re.compile(r"^\s*(?:.*\s)?den(?:\s|$|\s*so\b)")
_STAMP_FIELD_RE = re.compile(r"^\s*(?:den\s+)?(?:so|ngay|gio|chuyen|luu ho so)\b\s*[:.]?")
_COPY_RE = re.compile(r"\b(?:sao y ban chinh|sao y|sao luc|trich sao)\b")


def incoming_stamp_lines(all_lines: list[Line], folded: str) -> set[int]:
    """Lines of the incoming-mail stamp: an "ĐẾN" line and the Số/Ngày/Chuyển fields that follow it."""
    stamp: set[int] = set()
    for line in all_lines[:60]:
        low = folded[line.start : line.end].strip()
        if not _STAMP_HEAD_RE.match(low) or len(low) > 40 or not line.stripped[:1].isupper():
            continue
        if low.startswith(("den ", "den\t")) or low == "den" or " den " in f" {low} ":
            stamp.add(line.index)
            for following in all_lines[line.index + 1 : line.index + 6]:
                if _STAMP_FIELD_RE.match(folded[following.start : following.end]) or not following.stripped:
                    stamp.add(following.index)
                else:
                    break
    return stamp


def copy_block_start(all_lines: list[Line], folded: str) -> int:
    """Index of the first line of a trailing copy block ("SAO Y BẢN CHÍNH" and its own header), or len."""
    for line in all_lines[12:]:
        low = folded[line.start : line.end]
        number = number_after_label(line, folded)
        if (_COPY_RE.search(low) and is_upper_line(line.text)) or (number and number.type_abbr in COPY_TYPES):
            start = line.index
            back = line.index - 1
            while back > 0 and (not all_lines[back].stripped or is_upper_line(all_lines[back].text)):
                if all_lines[back].stripped and is_signature_title(all_lines[back].text):
                    break
                if all_lines[back].stripped:
                    start = back
                back -= 1
                if line.index - back > 4:
                    break
            return start
    return len(all_lines)


def copy_block_end(all_lines: list[Line], start: int) -> int:
    """The copy block ends with its own signer's name: OCR may put the document's signature after it."""
    for line in all_lines[start : start + 14]:
        if split_name(line.text)[1] is not None:
            return line.index + 1
    return len(all_lines)


def near_copy_lines(all_lines: list[Line], folded: str) -> set[int]:
    """Lines near a copy marker or a copy's own number anywhere (a copy stamp put on top of page 1)."""
    near: set[int] = set()
    for line in all_lines:
        number = number_after_label(line, folded)
        if _COPY_RE.search(folded[line.start : line.end]) or (number and number.type_abbr in COPY_TYPES):
            near.update(range(line.index - 1, line.index + 5))
    return near
