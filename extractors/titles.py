"""The title lexicon (chức danh): one list of the offices people are named with, read by every extractor that
needs titles — people in running text (`people`), the signature block (`signature`, `signer_text`, OCR's
`ocr_titles`) and delegation lists (`members`). The words live in `data/titles.json`; this module only
loads them and offers the lookups the readers share.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from extractors.vntext import fold, squash

_DATA = json.loads((Path(__file__).parent / "data" / "titles.json").read_text(encoding="utf-8"))

ABBREVIATED_TITLES: dict[str, str] = _DATA["abbreviations"]
"""Titles written short in lists and news ("Nguyễn Quốc Khanh- PCT UBND huyện"), with their full form."""
STATE_OFFICES: tuple[str, ...] = (
    *_DATA["state_offices"],
    *(f"{prefix} {office}" for prefix in _DATA["compound_prefixes"] for office in _DATA["state_offices"]),
)
"""Offices of state and diplomacy, Vietnamese or foreign ("Thủ tướng Lào ...", "Tỉnh trưởng tỉnh ..."), and
the compound titles made of them ("Trợ lý Tổng Bí thư")."""
OFFICES: tuple[str, ...] = tuple(_DATA["offices"])
"""Posts in Vietnamese bodies."""
TITLES: tuple[str, ...] = (*OFFICES, *STATE_OFFICES, *ABBREVIATED_TITLES)
"""Every title a person is named with in running text."""
HIGH_OFFICES: frozenset[str] = frozenset({*STATE_OFFICES, *_DATA["also_high"]})
"""Titles a foreign office holder is named after ("Bộ trưởng Ngoại giao Lào Thongsavanh Phomvihane")."""
SIGNING_TITLES: tuple[str, ...] = tuple(_DATA["signing"])
"""The titles a local body's signature block carries under its mode line ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")."""
CENTRAL_SIGNING_TITLES: tuple[str, ...] = tuple(_DATA["signing_central"])
"""The titles of the central government's signature blocks ("KT. BỘ TRƯỞNG / THỨ TRƯỞNG"); left out of OCR's
fuzzy matching, where "THỨ TRƯỞNG" and "THỦ TRƯỞNG" are the same letters."""
DELEGATION_ROLES: tuple[str, ...] = tuple(_DATA["delegation_roles"])
"""A member's role in a delegation ("Trưởng đoàn"), read apart from the post the member holds."""
STAFF_ROLES: tuple[str, ...] = tuple(_DATA["staff"])
"""Posts and trades a delegation list names its members by that no running text names an office holder with
("Lái xe", "Phiên dịch", "Phóng viên")."""


def pattern(titles: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of `titles`, longest first, words apart by any space, a comma inside optional."""
    spelled = (r"\s+".join(re.escape(word) for word in title.replace(",", " ,").split()) for title in titles)
    return "|".join(sorted((p.replace(r"\s+,\s+", r"(?:,\s*|\s+)") for p in spelled), key=len, reverse=True))


def title_key(title: str) -> str:
    """A title's letters for lookup: folded, a comma inside it left out ("Bộ trưởng Chủ nhiệm")."""
    return " ".join(fold(title).replace(",", " ").split())


TITLE_BY_FOLD: dict[str, str] = {title_key(title): ABBREVIATED_TITLES.get(title, title) for title in TITLES}
"""A title as printed in another case ("Bộ Trưởng", "PHÓ THỦ TƯỚNG") → the running-text form."""

_BODY_AFTER_TITLE = re.compile(
    r"(?:van phong|vp|bo|so|uy ban|ubnd|hdnd|hoi dong|chinh phu|ban|cuc|tong cuc|vien|tinh|thanh pho|huyen|"
    r"quan|thi xa|xa|phuong|dang uy|tinh uy|thanh uy|huyen uy|truong|trung tam|cong ty)\b"
)
"""The first word of a body's name: what follows an office in "CHỦ NHIỆM VP CHÍNH PHỦ", "GIÁM ĐỐC SỞ"."""
_BY_LENGTH = sorted(TITLE_BY_FOLD, key=len, reverse=True)


def office_of(title: str) -> str:
    """The office a signature title names, without the body it heads: "Bộ trưởng, Chủ nhiệm VP Chính phủ" →
    "Bộ trưởng, Chủ nhiệm", "Chủ nhiệm Văn phòng Chính phủ" → "Chủ nhiệm" — the office is the person's title,
    the body is the issuer's. A title that is no known office followed by a body's name is returned as it is
    ("Phó Trưởng ban phụ trách" keeps its words)."""
    key = title_key(title)
    for known in _BY_LENGTH:
        if key.startswith(known + " ") and _BODY_AFTER_TITLE.match(key, len(known) + 1):
            words = len(known.split())
            kept = squash(title.replace(",", ", ")).split(" ")
            count, taken = 0, []
            for word in kept:
                if count == words:
                    break
                taken.append(word)
                count += len(word.replace(",", " ").split())
            return " ".join(taken).rstrip(",")
    return title
