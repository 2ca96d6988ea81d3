"""Recipients: the items of "Kính gửi:" and "Nơi nhận:", without "Như trên" and the archive copy ("Lưu")."""

from __future__ import annotations

import re

from extractors.signature import is_signature_title
from extractors.vntext import Line, fold, is_upper_line, squash

_ITEM_RE = re.compile(r"^\s*[-+•–~]\s*(.+)$")  # OCR reads a faint dash as "~"
_JOINED_ITEMS_RE = re.compile(r"[;,.]\s*[-+•–~]\s+")
"""Two list items OCR put on one line: "Thường trực Tỉnh ủy, - Lưu VP" (the item's end mark, then a dash)."""
_BC_RE = re.compile(r"\(b/[€eê]?\)")
"""'(b/c)' ("báo cáo") with its c misread or lost; "(b/€)", "(b/e)" or "(b/)" is never meant."""


def _clean_item(item: str) -> str | None:
    item = re.split(r";|\s{3,}|\t", item)[0]
    item = _BC_RE.sub("(b/c)", squash(item)).rstrip(".,;: ")
    low = fold(item)
    if not item or low.startswith(("nhu ", "luu")) or (is_upper_line(item) and is_signature_title(item)):
        return None
    return item


def find_recipients(all_lines: list[Line], folded: str) -> list[str]:
    """Items of "Kính gửi:" and "Nơi nhận:" in order, without "Như trên" and the archive copy ("Lưu")."""
    found: list[str] = []
    for line in all_lines:
        low = folded[line.start : line.end]
        match = re.match(r"^\s*(?:\*+)?\s*(kinh gui|noi nhan)\s*:?", low) or re.search(
            r"(?<=\./\.)\s*(noi nhan)\s*:", low
        )
        if not match:
            continue
        same_line = line.text[match.end() :].strip()
        if same_line and not _ITEM_RE.match(same_line):
            cleaned = _clean_item(same_line)
            if cleaned and not (match.group(1) == "noi nhan" and is_signature_title(cleaned)):
                found.append(cleaned)
        elif same_line:
            cleaned = _clean_item(_ITEM_RE.match(same_line).group(1))  # type: ignore[union-attr]
            if cleaned:
                found.append(cleaned)
        following_lines = [ln for ln in all_lines[line.index + 1 : line.index + 30] if ln.stripped]
        for position, following in enumerate(following_lines):
            item = _ITEM_RE.match(following.text)
            if not item and match.group(1) == "noi nhan" and _lost_dash(following_lines, position):
                item = re.match(r"^\s*(.+)$", following.text)
            if not item:
                break
            for piece in _JOINED_ITEMS_RE.split(item.group(1)):  # OCR joins two items on one line
                cleaned = _clean_item(piece)
                if cleaned:
                    found.append(cleaned)
    return list(dict.fromkeys(found))


def _lost_dash(following: list[Line], position: int) -> bool:
    """A "Nơi nhận" item whose dash OCR dropped: a short line ending like an item (";"), between items."""
    text = following[position].stripped
    after = following[position + 1].text if position + 1 < len(following) else ""
    return position > 0 and len(text) <= 80 and text.endswith(";") and bool(_ITEM_RE.match(after))
