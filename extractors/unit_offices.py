"""A scope by office and kind of unit: "Lãnh đạo đơn vị là người đứng đầu và cấp phó của người đứng đầu các Vụ, các
Cục, các Viện và các Trường thuộc Bộ; trừ cấp phó của người đứng đầu các Viện và các Trường (Phó Viện trưởng, Phó
Hiệu trưởng), kể cả trường hợp kiêm nhiệm chức vụ trong cấp ủy."

Such a definition names no titles to match: it names offices (the head, the deputy) and the kinds of unit they are
held in, and puts some offices of some kinds out. A member is judged role by role: the office a role is (a head's
title, or "Phó" before one) and the unit it is held in (the body the title names: "Vụ trưởng" heads a Vụ,
"Trưởng phòng" a Phòng, "Chủ tịch Hội đồng trường" the council; else the member's unit: "Giám đốc" of "Ban Quản lý
các dự án …"). A party post ("Bí thư Đảng ủy") is no office of the unit. Plain regex over folded text: the phrases
are fixed and few.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from extractors.vntext import fold, squash
from schemas.document import UnitOffices

HEAD = "head"
DEPUTY = "deputy"

_HEAD_WORDS = r"(?:nguoi\s+dung\s+dau|cap\s+truong|thu\s+truong)"
_OFFICE = rf"(?:(?:cap\s+pho|pho)(?:\s+(?:cua\s+)?{_HEAD_WORDS})?|{_HEAD_WORDS})"
_OFFICES = re.compile(
    rf"^\s*(?P<offices>{_OFFICE}(?:\s*(?:,|\bva\b|\bhoac\b)\s*{_OFFICE})*)\s+(?:cua\s+)?(?P<kinds>(?:cac|nhung)\s+\S.*)$"
)
"""Offices of kinds of unit, folded: "người đứng đầu và cấp phó của người đứng đầu các Vụ, …", "cấp phó của người
đứng đầu các Viện …"; the kinds open with "các" (a class of units, not one unit's name)."""
_KIND_CUT = re.compile(r"\s*(?:,|\bva\b|\bhoac\b)\s*")
_KIND_TAIL = re.compile(r"\s+(?:truc\s+)?thuoc\s+(?:bo|so|tinh|thanh\s+pho|ubnd|uy\s+ban|cac|co\s+quan)\b.*$")
"""Where the units are qualified as a whole ("… các Trường thuộc Bộ"): the kinds end there."""
_WHATEVER_ELSE = re.compile(r"\bke\s+ca\s+(?:(?:cac\s+)?truong\s+hop\s+)?(?:kiem\s+nhiem|dong\s+thoi|giu)\b")
"""The group stays out whatever else its members hold ("kể cả trường hợp kiêm nhiệm chức vụ trong cấp ủy")."""
_BRACKETED = re.compile(r"\(([^()]*)\)")
_OFFICE_RE = re.compile(_OFFICE)
_DEPUTY_OFFICE = re.compile(r"(?:cap\s+)?pho\b")
"""A deputy's office among those listed, folded ("cấp phó", "phó …")."""
_LISTING_START = re.compile(r"^(?:các|những)\s+", re.IGNORECASE)
"""The plural that opens a listed kind of unit ("các Vụ"): no part of the kind."""
_LISTING_WORD = re.compile(r"\b(?:cac|nhung)\b")

_HEAD_TITLES = {
    "tong cuc truong": "tong cuc",
    "chi cuc truong": "chi cuc",
    "cuc truong": "cuc",
    "vu truong": "vu",
    "vien truong": "vien",
    "hieu truong": "truong",
    "chanh van phong": "van phong",
    "chanh thanh tra": "thanh tra",
    "truong ban": "ban",
    "truong phong": "phong",
    "truong khoa": "khoa",
    "truong bo mon": "bo mon",
    "tong giam doc": "",
    "giam doc": "",
    "thu truong": "",
    "chu tich": "",
    "chu nhiem": "",
}
"""A unit's head titles, folded, and the kind of unit each heads by its name ("" when the title says no kind: a
"Giám đốc" heads a Sở, a Ban, a Trung tâm …)."""
_ROLE = re.compile(
    r"^(?P<deputy>(?:pho|cap\s+pho)\s+)?(?P<head>"
    + "|".join(sorted(_HEAD_TITLES, key=len, reverse=True)).replace(" ", r"\s+")
    + r")(?:\s+(?P<body>\S.*))?$"
)


def _key(text: str) -> str:
    """A unit compared case, marks and a listing's "các" aside."""
    return squash(_LISTING_WORD.sub(" ", squash(fold(text)).lower()))


def find_unit_offices(text: str) -> UnitOffices | None:
    """The offices and kinds of unit `text` names ("người đứng đầu và cấp phó của người đứng đầu các Vụ, …, các
    Trường thuộc Bộ"), with the titles it gives in brackets and whether they stay out whatever else they hold;
    None when it names no office of kinds of unit."""
    words = squash(text).strip(" ,;.")
    folded = fold(words)
    whatever = _WHATEVER_ELSE.search(folded)
    named = folded[: whatever.start()].rstrip(" ,") if whatever else folded
    titles = [squash(t) for b in _BRACKETED.finditer(words[: len(named)]) for t in b.group(1).split(",") if t.strip()]
    match = _OFFICES.match(_BRACKETED.sub(lambda m: " " * len(m.group()), named))
    if match is None:
        return None
    offices = _OFFICE_RE.findall(match.group("offices"))
    listed = _KIND_TAIL.sub("", match.group("kinds").rstrip())
    start = match.start("kinds")
    cuts = [(m.start(), m.end()) for m in _KIND_CUT.finditer(listed)]  # on the folded copy: "và" folds to "va"
    bounds = zip([0, *(e for _, e in cuts)], [*(s for s, _ in cuts), len(listed)], strict=True)
    parts = [words[start + a : start + b] for a, b in bounds]
    kinds = [k for part in parts if (k := _LISTING_START.sub("", squash(part)))]
    if not kinds:
        return None
    return UnitOffices(
        offices=sorted({DEPUTY if _DEPUTY_OFFICE.match(o) else HEAD for o in offices}),
        kinds=kinds,
        titles=titles,
        whatever_else_held=whatever is not None,
        words=words,
    )


@dataclass(frozen=True)
class _Held:
    """An office a role is, and the unit it is held in (folded; "" when not known)."""

    office: str
    unit: str


def _held_offices(roles: Sequence[str], unit: str | None) -> list[_Held | None]:
    """The office each role is and where it is held: the body its title names ("Trưởng phòng …" a Phòng,
    "Chủ tịch Hội đồng trường" the council), else the member's unit when the title's kind opens it or names none;
    None for a role that is no office of a unit (a party post, a staff grade)."""
    member_unit = _key(unit or "")
    held: list[_Held | None] = []
    for role in roles:
        match = _ROLE.match(squash(fold(role)).lower())
        if match is None:
            held.append(None)
            continue
        kind = _HEAD_TITLES[squash(match.group("head"))]
        body = _key(match.group("body") or "")
        if body:  # "Giám đốc Sở Y tế", "Chủ tịch Hội đồng trường", "Trưởng phòng Hợp tác quốc tế" (a Phòng)
            where = body if not kind or body == kind or body.startswith(kind + " ") else f"{kind} {body}"
        else:  # "Vụ trưởng" of "Vụ Hợp tác quốc tế", "Giám đốc" of "Ban Quản lý …"; "Trưởng phòng" of a Trường: a Phòng
            where = member_unit if not kind or member_unit == kind or member_unit.startswith(kind + " ") else kind
        held.append(_Held(DEPUTY if match.group("deputy") else HEAD, where))
    return held


def _of_kind(where: str, kinds: Sequence[str]) -> bool | None:
    """Whether a unit is of one of the kinds listed; None when it is not known, or only a listed kind's first words
    ("van phong" against "Văn phòng Bộ")."""
    if not where:
        return None
    keys = [_key(kind) for kind in kinds]
    if any(where == key or where.startswith(key + " ") for key in keys):
        return True
    return None if any(key.startswith(where + " ") for key in keys) else False


def _listed_title(role: str, titles: Sequence[str]) -> bool:
    """Whether a role is one of the titles a group names in brackets ("(Phó Viện trưởng, Phó Hiệu trưởng)"): out
    by its title, whatever its unit was read as."""
    return any(_key(role) == _key(title) for title in titles)


def in_unit_offices(
    roles: Sequence[str], unit: str | None, offices_in: Sequence[UnitOffices], offices_out: Sequence[UnitOffices]
) -> tuple[bool | None, str]:
    """Whether a member with these roles (held in `unit`) is in a scope by office and kind of unit, and why: in
    when a role is an office listed in for its kind of unit and not put out; out when none is, or when a role
    put out stays out whatever else the member holds; None when only a unit not known would decide."""
    unsure: list[str] = []
    kept: list[str] = []
    out_whatever: list[str] = []
    for role, held in zip(roles, _held_offices(roles, unit), strict=True):
        if held is None:
            continue
        outs = [
            group
            for group in offices_out
            if _listed_title(role, group.titles) or (held.office in group.offices and _of_kind(held.unit, group.kinds))
        ]
        if outs:
            if any(group.whatever_else_held for group in outs):
                out_whatever.append(f"{role} ({outs[0].words})")
            continue
        fits = [_of_kind(held.unit, group.kinds) for group in offices_in if held.office in group.offices]
        if True in fits:
            kept.append(role)
        elif None in fits:
            unsure.append(role)
    if out_whatever:
        return False, f"{'; '.join(out_whatever)}: không thuộc diện, kể cả khi giữ chức vụ khác"
    if kept:
        return True, f"{', '.join(kept)}: chức vụ thuộc diện"
    if unsure:
        return None, f"{', '.join(unsure)}: chưa rõ loại đơn vị"
    return False, f"{', '.join(roles)}: không thuộc diện"
