"""Paragraphs re-joined from wrapped lines, keeping every offset (a joining newline becomes a space).

Printed and scanned decisions wrap sentences at the page margin: "... đi công tác tại Trung\nQuốc.",
"bà Lý\nHồng Oanh". Phrases that span a wrap (country names, an inline member list, a period) are found on
the unwrapped copy; lists and tables keep their lines, so a line that starts an article, a list item, a
label ("Thời gian: ...", text after the colon) or a heading is never joined to the one before.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from extractors.vntext import fold, is_upper_line

_RECIPIENTS = re.compile(r"(?:^|(?<=\f))[ \t]*noi[ \t]+nhan\b", re.MULTILINE)
"""The "Nơi nhận" block's head, at a line's start or a page's: a scan's page 2 often opens with it."""
_FILING_ITEM = re.compile(r"^([ \t]*(?:[-–•+*][ \t]*)?)luu\b[^\n]*?(?=[ \t]{2,}|\t|$)", re.MULTILINE)
_RECIPIENT_ITEM = re.compile(r"^([ \t]*[-–•+*][ \t]*)\S[^\n]*?(?=[ \t]{2,}|\t|$)", re.MULTILINE)
"""A recipient's item, up to a wide gap (the signature's column beside the list)."""
_RECIPIENT_LINES = 20
_DATE_CUE_END = re.compile(r"\bngay$")
_DATE_START = re.compile(r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}")
"""A line ending in "ngày" and the next starting with a whole date: "… từ ngày" / "02/11/2026 đến ngày …" is one
sentence wrapped at the margin, not a list item "02/…" (a list item is never a date)."""
_PERIOD_CUE_END = re.compile(r"\b(?:tu|den|toi)$")
_DAY_START = re.compile(r"ngay\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}")
"""A period wrapped before its end's date: "… thành từ ngày 09/11/2026 đến" / "ngày 13/11/2026. Lý do: …" is one
sentence, though the next line holds a label ("Lý do:") after the date's stop."""
_BLOCK_START = re.compile(
    r"^\s*(?:dieu\s+\d|\d{1,2}\s*[.)/|_]|[-+•*]|[^\W\d_][^\n:]{0,25}:[ \t]*\S|noi\s+nhan|kt\.|tm\.|tl\.|tuq\.)"
)


_WRAP_SLACK = 20
"""How much longer than the line before it a capitalised line may be and still continue it: a margin wraps at
about one width, so a wrap's rest is no longer than the line before by more than a word or two; a line followed
by a much longer one that starts with a capital ended by itself (a news item's headline without its stop above
the story's one-line paragraph: "… tại Cuba" / "Sau khi …"). A library copy's broken cells wrap unevenly but go
on in lower case ("Thủ tướng Chính" / "phủ đã ban hành …") and still join."""


def _joins(previous: str, line: str) -> bool:
    before, after = previous.rstrip(), line.strip()
    if not before or not after or before.endswith((".", ";", ":", "!", "?")):
        return False
    if after[:1].isupper() and len(line.rstrip()) > len(previous.rstrip()) + _WRAP_SLACK:
        return False
    if "\t" in previous or "\t" in line or " | " in previous or " | " in line:
        return False
    if _DATE_CUE_END.search(fold(before)) and _DATE_START.match(after):
        return True
    if _PERIOD_CUE_END.search(fold(before)) and _DAY_START.match(fold(after)):
        return True
    if is_upper_line(before) or is_upper_line(after):
        return False
    if after[:1].islower():  # "… Thời gian công tác" / "mới: từ ngày …": a label opens with a capital
        return True
    return not _BLOCK_START.match(fold(line))


@lru_cache(maxsize=4)
def unwrap_lines(text: str) -> str:
    """`text` with each wrapped line joined to the line before it; same length, same offsets.

    Kept for the last few texts: the citations, trip, report and place extractors each unwrap the same
    document's text (≈ 5 % of a document's extraction when each did it again)."""
    lines = text.split("\n")
    out = [lines[0]]
    for previous, line in pairwise(lines):
        out.append((" " if _joins(previous, line) else "\n") + line)
    return "".join(out)


def blank_filing_items(text: str) -> str:
    """`text` with the "Nơi nhận" block's filing items ("- Lưu: VT", "- Lưu Văn phòng Tỉnh ủy") blanked,
    same length: they name where the copy is kept, never a person ("Lưu" is also a family name). Text in a
    second column after a wide gap (the signature beside the list) stays."""
    return _blank_recipient_items(text, _FILING_ITEM, through_archive=False)


def blank_recipients(text: str) -> str:
    """`text` with every item of the "Nơi nhận" block blanked up to the archive copy that closes it, same length:
    the recipients are the addressees, never the delegation ("- Vụ Tổ chức cán bộ;" reads as a person "Vụ Tổ"
    when the decision names its members in running prose). A second column stays, and so does a list after the
    archive copy (an appendix after the signature)."""
    return _blank_recipient_items(text, _RECIPIENT_ITEM, through_archive=True)


def _blank_recipient_items(text: str, item_re: re.Pattern[str], through_archive: bool) -> str:
    """`text` with the items `item_re` finds in each "Nơi nhận" block's lines blanked (its group 1, the dash,
    kept); with `through_archive`, a block ends at its first filing item."""
    folded = fold(text)
    out = list(text)
    for block in _RECIPIENTS.finditer(folded):
        end = block.end()
        for _ in range(_RECIPIENT_LINES):
            end = folded.find("\n", end + 1)
            if end < 0:
                end = len(folded)
                break
        if through_archive and (archive := _FILING_ITEM.search(folded, block.end(), end)):
            end = archive.end()
        for item in item_re.finditer(folded, block.end(), end):
            out[item.end(1) : item.end()] = " " * (item.end() - item.end(1))
    return "".join(out)
