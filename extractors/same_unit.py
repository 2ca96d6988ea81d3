"""What "one unit" is for the rule against two key leaders of one unit in a delegation, as a dispatch defines it.

By default the party committee and the people's committee of one locality are one "địa phương" (the check's unit
key, `pipeline.checks.kinds.no_two_key_leaders_same_unit`). A dispatch may say otherwise: "“Cơ quan, đơn vị” là:
Thường trực Tỉnh ủy; Thường trực Ủy ban nhân dân tỉnh (Chủ tịch và các Phó Chủ tịch); mỗi sở, ban, ngành tỉnh;
mỗi xã, phường." lists the province's party body and its state body as two units, so the Bí thư Tỉnh ủy and the
Chủ tịch UBND tỉnh are key leaders of two units, while a xã listed whole stays one unit of both. Plain regex over
folded text: the phrases are fixed and few.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extractors.vntext import fold, squash

_DEFINES_ANY = re.compile(r"don\s+vi\s*[\"“”']?\s+(?:la|gom|bao\s+gom)")
"""What `_DEFINES` needs from its term's last words on, searched for from "don": most texts define no unit, and this
is far faster than `_DEFINES`, which may start anywhere."""
_DEFINES = re.compile(
    r"[\"“”']?\s*(?<![^\W\d_]\s)(?<!quan,\s)(?P<term>co\s+quan,\s*don\s+vi|don\s+vi)\s*[\"“”']?\s+"
    r"(?:la|gom|bao\s+gom)\s*:?\s*(?P<body>(?:[^.\n]|\.(?=\S))+)"
)
"""A definition of the unit, folded: “Cơ quan, đơn vị” là: A; B; C. — the items up to the sentence's end. The term
opens its clause: after a word it names a unit's people ("Lãnh đạo đơn vị là người đứng đầu …; trừ …", "Lãnh đạo
chủ chốt của (cơ quan,) đơn vị gồm …; cấp phó …"), whose definition is no list of units."""
_LEVELS = {
    "tinh": "tỉnh",
    "thanh pho": "thành phố",
    "thanh": "thành phố",
    "huyen": "huyện",
    "quan": "quận",
    "thi xa": "thị xã",
    "thi": "thị xã",
    "xa": "xã",
    "phuong": "phường",
    "dac khu": "đặc khu",
    "thi tran": "thị trấn",
}
"""A level's word as folded text spells it ("Thành ủy" is the city's party committee) → the level."""
_PARTY = re.compile(
    r"\b(?P<level>tinh|thanh|huyen|quan|thi)\s+uy\b|\bdang\s+uy\s+(?P<local>xa|phuong|dac\s+khu|thi\s+tran)\b"
)
"""A locality's party committee in an item, folded: "Thường trực Tỉnh ủy", "Đảng ủy xã"."""
_STATE = re.compile(
    r"\b(?:uy\s+ban\s+nhan\s+dan|ubnd|hoi\s+dong\s+nhan\s+dan|hdnd)\s+"
    r"(?P<level>tinh|thanh\s+pho|huyen|quan|thi\s+xa|xa|phuong|dac\s+khu|thi\s+tran)\b"
)
"""A locality's people's committee or council in an item, folded: "Thường trực Ủy ban nhân dân tỉnh"."""


def find_unit_definition(text: str) -> tuple[list[str], str] | None:
    """The units a text defines, as listed, and the defining sentence; None when it gives no list of two or
    more units separated by semicolons."""
    folded = fold(text)  # the same length: offsets index both
    for match in _DEFINES.finditer(folded) if _DEFINES_ANY.search(folded) else ():
        start, end = match.span("body")
        items = [squash(item).strip(" ,") for item in text[start:end].split(";")]
        items = [item for item in items if item]
        if len(items) >= 2:
            return items, squash(text[match.start() : end]).rstrip(" ;,") + "."
    return None


def separate_levels(units: Iterable[str]) -> list[str]:
    """The levels whose party committee and people's committee the listed units make two units: each is named
    in an item of its own, never both in one ("Tỉnh ủy và UBND tỉnh" is one unit, as is "mỗi xã, phường")."""
    party: set[str] = set()
    state: set[str] = set()
    together: set[str] = set()
    for unit in units:
        folded = squash(fold(unit))
        parties = {_LEVELS[squash(m.group("level") or m.group("local"))] for m in _PARTY.finditer(folded)}
        states = {_LEVELS[squash(m.group("level"))] for m in _STATE.finditer(folded)}
        together |= parties & states
        party |= parties
        state |= states
    return sorted((party & state) - together)
