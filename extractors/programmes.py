"""The named agreement or programme whose trips a trips-per-year limit does not count, read from the limit's exception.

A dispatch may leave out of "the trips a year" the trips that carry out one cooperation agreement: "Không tính vào
số lần quy định tại khoản 1 Điều này các chuyến đi thực hiện Thỏa thuận hợp tác giữa tỉnh A và tỉnh B (nước C) đã
được Ban Thường vụ Tỉnh ủy thông qua". The exception is stored with the rule (`rules.exception`); this reads from it
what a trip decision must name to be such a trip — the kind of instrument ("Thỏa thuận hợp tác", "Chương trình hợp
tác", "Bản ghi nhớ", "Hiệp định", "Đề án", "Dự án", a numbered "Kế hoạch") and the parties it is between — so the
check can tell a trip under it (it names both), one it cannot tell (it names a party, not the instrument: a person
must check) and the others (counted). Nothing is assumed of any agreement's name: both come from the exception's
own words.

A limit may also leave out the trips that lead a national team to a contest ("Chuyến công tác … dẫn đội tuyển học
sinh Việt Nam dự thi Olympic quốc tế, khu vực không tính vào số lần …"): a trip naming the team and the contest is
surely one, one naming the team only may be.

A limit may also leave out the trips that negotiate on a mandate: "Không tính vào số chuyến quy định tại khoản 1
Điều này các chuyến đi tham gia đàm phán điều ước quốc tế, thỏa thuận vay nước ngoài theo ủy quyền của Chính phủ".
Read the same way: a trip surely under it names the negotiation and the mandate; one naming the negotiation only
may be (a person checks the decision's mandate); the others are counted.

An exception may name the countries instead of the parties: "Chuyến công tác sang Cộng hòa Dân chủ Nhân dân Lào,
Vương quốc Cam-pu-chia theo chương trình hợp tác song phương của Thành phố không tính vào số lần …". Such a
programme is the instrument's kind words and those countries: a trip to one of them naming the kind words carries it
out, one to them naming neither may (a review), the others are counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.places import find_destinations, find_places
from extractors.vntext import fold, squash
from schemas.document import PlaceLevel

_NOT_COUNTED = re.compile(r"\bkhong\s+(?:duoc\s+)?(?:tinh|ke)\b")
_PROGRAMME = re.compile(
    r"\b(?:thuc\s+hien|trien\s+khai|theo|thuoc)\s+(?P<name>(?P<kind>(?:thoa\s+thuan|chuong\s+trinh|ban\s+ghi\s+nho|"
    r"hiep\s+dinh|de\s+an|du\s+an|ke\s+hoach)(?:\s+hop\s+tac)?)\b[^.;]*)"
)
"""The instrument the not-counted trips carry out, folded: its kind words, then its name to the clause's end. A
plan counts as one when its number names it ("theo Kế hoạch số 18-KH/TU của Tỉnh ủy": a training plan's courses)."""
_NAME_ENDS = re.compile(
    r"\s+(?:(?:da\s+)?duoc\s+[^,;]{0,60}?\b(?:thong\s+qua|phe\s+duyet|ky\s+ket|ban\s+hanh)\b|"
    r"(?:thi\s+)?khong\s+(?:duoc\s+)?(?:tinh|ke)\b).*$"
)
"""What follows the name ("… đã được Ban Thường vụ Tỉnh ủy thông qua"; "… của Thành phố không tính vào số lần …"): who
approved it, or the exception's own verb when the trips come first, no part of the name."""
_PARTIES = re.compile(r"\b(?:giua\s+(?P<first>.+?)\s+va\s+(?P<second>.+)|voi\s+(?P<other>.+))$")
"""The parties an instrument is between ("giữa tỉnh A và tỉnh B", "với tỉnh B"), folded."""
_PARTY_ENDS = re.compile(r"\s*(?:\(.*|\b(?:giai\s+doan|nam|ve|trong)\b.*)$")
"""A party's name ends before a bracket ("(nước Cộng hòa …)") or a period of the instrument ("giai đoạn 2026 -
2030")."""
_GENERIC = re.compile(
    r"^(?:(?:chinh\s+quyen|uy\s+ban\s+nhan\s+dan|ubnd)\s+)?(?:tinh|thanh\s+pho|thu\s+do|quan|huyen|xa|phuong|vung|"
    r"bang|nuoc|quoc\s+gia|dia\s+phuong|truong|vien|so)\s+"
)
"""The kind of party before its proper name ("tỉnh", "thành phố", "bang"): a decision may name the party without it."""


_NEGOTIATION = re.compile(
    r"\b(?P<name>(?P<talks>dam\s+phan)\b[^.;]*?\btheo\s+(?P<mandate>uy\s+quyen\s+cua\s+"
    r"(?:thu\s+tuong\s+chinh\s+phu|chinh\s+phu|chu\s+tich\s+nuoc|nha\s+nuoc)))\b"
)
"""Negotiations on a mandate, folded: "đàm phán điều ước quốc tế, thỏa thuận vay nước ngoài theo ủy quyền của Chính
phủ" (the State's mandate: Chính phủ, Thủ tướng, Chủ tịch nước, Nhà nước), the negotiation and the mandate."""
_CONTEST = re.compile(
    r"\b(?P<name>(?:dan|dua)\s+(?P<team>doi\s+tuyen)\b[^.;]*?\b(?:du\s+)?thi\s+(?P<contest>olympic)\b[^.;]*?)"
    r"(?=\s+khong\s+(?:duoc\s+)?(?:tinh|ke)\b|[.;]|$)"
)
"""Trips leading a national team to a contest, folded: "(Chuyến công tác làm trưởng đoàn …) dẫn đội tuyển học sinh
Việt Nam dự thi Olympic quốc tế, khu vực": the team and the contest a trip decision must both name."""


@dataclass(frozen=True)
class NamedProgramme:
    """An agreement or programme a rule's exception names, and what a trip must name to be carried out under it."""

    name: str
    """As the exception writes it: "Thỏa thuận hợp tác giữa tỉnh A và tỉnh B (nước C)"."""
    kind: str
    """The instrument's kind words, folded: "thoa thuan hop tac"; a negotiation's mandate: "uy quyen cua chinh phu"."""
    parties: tuple[str, ...]
    """The parties' proper names, folded, without their kind: ("a", "b"); a negotiation's word: ("dam phan",); an
    instrument named by its number, the number: ("02-da/tu",); none when the exception names countries."""
    countries: tuple[str, ...] = ()
    """The ISO codes of the countries the exception's trips go to, when it names no parties: ("LA", "KH")."""
    places: tuple[str, ...] = ()
    """The only places below a country its trips go to, folded ("chỉ tại các tỉnh A, B" → ("a", "b")): a trip that
    also goes elsewhere is counted."""


def named_programme(exception: str | None) -> NamedProgramme | None:
    """The agreement or programme a trips-per-year rule's exception leaves out of the count, when the exception
    says trips carrying it out are not counted and names the parties or the countries its trips go to, or the
    negotiations on a mandate it leaves out; None otherwise (an unnamed "các chương trình hợp tác" going anywhere is
    no one instrument a decision can be held to)."""
    if not exception:
        return None
    text = squash(exception)
    folded = fold(text)
    if not _NOT_COUNTED.search(folded):
        return None
    if talks := _NEGOTIATION.search(folded):  # a trip names the negotiation; surely under it with the mandate
        return NamedProgramme(
            name=text[talks.start("name") : talks.end("name")],
            kind=squash(talks.group("mandate")),
            parties=(squash(talks.group("talks")),),
        )
    if contest := _CONTEST.search(folded):  # a trip names the team; surely under it with the contest
        return NamedProgramme(
            name=text[contest.start("name") : contest.end("name")].strip(" ,"),
            kind=contest.group("contest"),
            parties=(squash(contest.group("team")),),
        )
    found = _PROGRAMME.search(folded)
    if found is None:
        return None
    name_end = found.end("name")
    if approved := _NAME_ENDS.search(folded, found.start("name"), name_end):
        name_end = approved.start()
    name_folded = folded[found.start("name") : name_end]
    parties_match = _PARTIES.search(name_folded)
    named = [p for p in parties_match.group("first", "second", "other") if p] if parties_match else []
    parties = tuple(dict.fromkeys(key for party in named if (key := _party_key(party))))
    if not parties and (numbered := _NUMBERED.search(name_folded)):
        parties = (numbered.group("number"),)
    countries = () if parties else tuple(d.code for d in find_destinations(text))
    if not parties and not countries:
        return None
    return NamedProgramme(
        name=text[found.start("name") : name_end].strip(" ,"),
        kind=squash(found.group("kind")),
        parties=parties,
        countries=countries,
        places=_only_places(text, folded),
    )


_ONLY_AT = re.compile(r"\bchi\s+(?:tai|den|toi|o|sang)\s+[^.;]+")
"""Where the not-counted trips go and nowhere else, folded: "(các chuyến đi làm việc) chỉ tại các tỉnh A, B, C …"."""


def _only_places(text: str, folded: str) -> tuple[str, ...]:
    """The places below a country an exception confines its trips to (`_ONLY_AT`), folded; none when it says no
    "chỉ"."""
    only = _ONLY_AT.search(folded)
    if only is None:
        return ()
    inside = [p for p in find_places(text) if p.span and only.start() <= p.span.start < only.end()]
    return tuple(dict.fromkeys(squash(fold(p.name)) for p in inside if p.level is not PlaceLevel.COUNTRY))


_NUMBERED = re.compile(r"\bso\s+(?P<number>\d{1,5}(?:[-/][a-z0-9]+)+)")
"""An instrument named by its number, folded ("Đề án số 02-ĐA/TU của Tỉnh ủy" → "02-da/tu"): a trip under it cites
the number, which then stands for the parties an agreement names."""


_WITHIN_NEXT = re.compile(r"\s*,\s*(?:(?:tinh|thanh\s+pho|thu\s+do|bang|vung|quan|huyen)\s+)?$")
"""Between a place and the next one it lies in, folded: "huyện A, tỉnh B" (A is in B), not "tỉnh A và tỉnh B"."""


def goes_elsewhere(programme: NamedProgramme, places: list[tuple[str, str, int, int]], text: str) -> bool:
    """Whether a trip goes to a place below a country besides those the programme confines its trips to: `places`
    are the trip's (name, level, start, end in `text`) in order; one written inside the next ("huyện A, tỉnh B")
    is where the next is, so only the next is compared. False when the programme names no such places."""
    if not programme.places:
        return False
    below = [p for p in places if p[1] != PlaceLevel.COUNTRY.value]
    for (name, _, _, end), after in zip(below, [*below[1:], None], strict=True):
        if after is not None and _WITHIN_NEXT.fullmatch(fold(text[end : after[2]])):
            continue
        if squash(fold(name)) not in programme.places:
            return True
    return False


def _party_key(party: str) -> str:
    """A party's proper name, folded, without its kind or what follows it: "tinh hua phan (nuoc …)" → "hua phan"."""
    name = _PARTY_ENDS.sub("", squash(party))
    return squash(_GENERIC.sub("", name)).strip(" ,")
