"""Trips a dispatch puts outside all of its rules: its scope statement.

A dispatch on business trips abroad may say which trips it does not govern at all: "Việc cử viên chức đi đào tạo,
học tập dài hạn ở nước ngoài (từ ba (03) tháng trở lên) không phải là chuyến đi công tác, không thuộc phạm vi điều
chỉnh của Chỉ thị này" (a doctoral stay of 36 months is no trip of the Chỉ thị: no days a country, no report, no
lead). Unlike a limit's exception ("Quy định về số ngày tại mỗi nước không áp dụng đối với …", read by
`extractors.rules` for that limit alone), the sentence names the whole document ("… phạm vi điều chỉnh của …
này", "Chỉ thị này không áp dụng đối với …") or says such a trip is no business trip. What it excludes is read as
what such a trip is for (the activities it names: "đào tạo", "học tập") and how long it lasts at least ("từ ba (03)
tháng trở lên", "ít nhất 30 ngày"; longer than, "trên ba mươi (30) ngày", which a stay of exactly thirty days is not;
"dài hạn" alone when no length is given), the two facts a check can test on a trip (its purpose or the decision's
subject, and its dates). A sentence naming no activity excludes nothing a check could recognise and gives none.
Plain regex over folded sentences: the wordings are few.
"""

from __future__ import annotations

import re

from extractors.first_chars import compile_led
from extractors.numbers import find_numbers
from extractors.paragraphs import unwrap_lines
from extractors.vntext import fold, squash
from schemas.document import Span, TripExclusion

_DOCUMENT = r"(?:chi\s+thi|cong\s+van|quy\s+che|quy\s+dinh|huong\s+dan|ke\s+hoach|van\s+ban|nghi\s+quyet)\s+nay"
_NO_TRIP = compile_led(
    r"\bkhong\s+(?:phai\s+la|duoc\s+(?:coi|xem)\s+la|tinh\s+la)\s+(?:cac\s+)?(?:chuyen|doan)\s+(?:di\s+)?cong\s+tac\b"
    rf"|\bkhong\s+thuoc\s+(?:pham\s+vi|doi\s+tuong)\s+(?:dieu\s+chinh|ap\s+dung)\s+(?:cua\s+)?{_DOCUMENT}"
)
"""A sentence saying its subject is no business trip, or outside the document's scope, folded: the subject comes
before it."""
_NOT_APPLIED = re.compile(
    r"\b(?:chi\s+thi|cong\s+van|quy\s+che|huong\s+dan|ke\s+hoach|van\s+ban)\s+nay\s+khong\s+ap\s+dung\s+"
    r"(?:doi\s+)?(?:voi|cho)\s+(?P<subject>[^.;]+)"
)
"""The document not applied to some trips ("Chỉ thị này không áp dụng đối với …"), folded: the subject follows.
Not "Quy định này không áp dụng …", which may name one provision (a limit's exception)."""
_ACTIVITIES = (
    "đào tạo",
    "học tập",
    "bồi dưỡng",
    "tu nghiệp",
    "thực tập",
    "nghiên cứu sinh",
    "du học",
    "thăm thân",
    "việc riêng",
    "chữa bệnh",
)
"""What a trip a dispatch leaves out is for, as decisions name it too (their subject or purpose)."""
_UNIT = re.compile(r"\s*\)?\s*(?P<unit>thang|nam|ngay)\b(?P<up>\s+tro\s+len\b)?")
"""A length's unit after its number, and "trở lên" when it is a floor: "(từ) ba (03) tháng trở lên"."""
_LONGER_THAN = re.compile(r"\b(?:tren|hon|qua|vuot\s+qua|nhieu\s+hon|dai\s+hon)\s*$")
"""A strict floor before the number, folded: "trên ba mươi (30) ngày" is thirty-one days or more."""
_AT_LEAST = re.compile(r"\b(?:it\s+nhat|toi\s+thieu|khong\s+duoi|khong\s+it\s+hon)\s*$")
"""An inclusive floor before the number, folded: "ít nhất 30 ngày", "không dưới 03 tháng" ("từ" needs "trở lên" after,
or it starts a range: "từ 15 đến 30 ngày")."""
_SENTENCE = re.compile(r"[^.\n](?:[^.\n]|\.(?=\S))*\.?")
_ITEM = re.compile(r"(?:^|(?<=\s))(?:[a-zđ]|\d{1,2})\)\s")
"""An item's label inside a sentence a heading runs into ("1. Phạm vi áp dụng b) Việc cử …"): the statement is the
last item's."""


def _length(subject: str, folded: str) -> tuple[int | None, int | None, bool]:
    """The least length the subject states, as (months, days, whether the trip must be longer): years are twelve
    months. Only a number under a floor's words is one (`_UNIT`'s "trở lên", `_LONGER_THAN`, `_AT_LEAST`)."""
    for number in find_numbers(subject):
        unit = _UNIT.match(folded, number.end)
        if not (unit and number.value):
            continue
        before = folded[: number.start]
        longer = not unit.group("up") and bool(_LONGER_THAN.search(before))
        if not (unit.group("up") or longer or _AT_LEAST.search(before)):
            continue
        if unit.group("unit") == "ngay":
            return None, number.value, longer
        return number.value * (12 if unit.group("unit") == "nam" else 1), None, longer
    return None, None, False


def _exclusion(text: str, start: int, end: int, subject: tuple[int, int]) -> TripExclusion | None:
    """The exclusion a sentence states of the trips its subject (text[subject]) names, or None without an activity."""
    words = text[subject[0] : subject[1]]
    folded = fold(words)
    activities = [a for a in _ACTIVITIES if re.search(rf"\b{fold(a)}\b", folded)]
    if not activities:
        return None
    months, days, longer = _length(words, folded)
    return TripExclusion(
        activities=activities,
        min_months=months,
        min_days=days,
        longer_than=longer,
        long_term=months is None and days is None and bool(re.search(r"\bdai\s+han\b", folded)),
        sentence=squash(text[start:end]),
        span=Span.in_text(text, start, end),
    )


def find_trip_exclusions(text: str) -> list[TripExclusion]:
    """Every kind of trip the text puts outside all of its rules, in its order (see the module's doc)."""
    unwrapped = unwrap_lines(text)  # a scan wraps the sentence anywhere; offsets stay
    folded = fold(unwrapped)
    found: list[TripExclusion] = []
    for sentence in _SENTENCE.finditer(folded):
        start, end = sentence.span()
        said = _NO_TRIP.search(folded, start, end) or _NOT_APPLIED.search(folded, start, end)
        if said is None:
            continue
        start = max([start, *(m.start() for m in _ITEM.finditer(folded, start, said.start()))])
        subject = said.span("subject") if said.re is _NOT_APPLIED else (start, said.start())
        if (exclusion := _exclusion(text, start, end, subject)) is not None:
            found.append(exclusion)
    return found
