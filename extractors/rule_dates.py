"""When a rule starts, as its own sentence says, and which date of a trip that start is measured on.

A dispatch that changes a limit often says from when and for which trips: "kể từ ngày 01/7/2026, các đoàn xuất
cảnh từ ngày này trở đi có số thành viên không quá sáu (06) người" binds delegations *leaving* from that day; "đối
với các đoàn trở về nước từ ngày 01/7/2026, trong thời hạn 05 ngày làm việc …" (or "… nhập cảnh về nước từ ngày",
"các đoàn nhập cảnh từ ngày") binds those *returning* from it (a trip that left in June and came back in July
answers to it); "các quyết định cử đoàn ký từ ngày …" binds the decisions signed from it. A rule's start is then
that date, not its dispatch's, and the checks compare it with that date of the trip (`pipeline.checks.sources`). A
sentence that names no date leaves the dispatch's date, as before; one that names a date but not what it is
measured on ("áp dụng kể từ ngày 01/7/2026") keeps the basis unstated: the checks then measure it on the
departure, as every rule's start. A rule's clause may leave its start to the words around it: the rest of its
sentence, or the lead-in of the list it is an item of (`extractors.rules`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from extractors.dates import find_dates
from extractors.first_chars import compile_led
from extractors.vntext import fold

DEPARTURE = "departure"
RETURN = "return"
DECISION = "decision"

_VERBS = {
    RETURN: r"(?:tro\s+)?ve(?:\s+nuoc)?|ket\s+thuc\s+chuyen\s+(?:cong\s+tac|di)|nhap\s+canh",
    DEPARTURE: r"xuat\s+canh|khoi\s+hanh|bat\s+dau(?:\s+chuyen\s+(?:cong\s+tac|di))?"
    r"|di(?:\s+cong\s+tac)?(?:\s+nuoc\s+ngoai)?",
    DECISION: r"(?:duoc\s+)?(?:cu|ky|ban\s+hanh|phe\s+duyet)",
}
"""What a trip does on the day a rule counts from, folded: returns, leaves, or is decided (the decision signed)."""
_SUBJECT = r"\b(?:doan|chuyen|can\s+bo|truong\s+hop|quyet\s+dinh)\b[^.;:]{0,60}?"
"""Who does it: a delegation, a trip, a cadre, a decision ("các đoàn đã xuất cảnh", "quyết định cử đoàn ký")."""
_VERB = rf"\b(?P<verb>{'|'.join(f'(?P<{k}>{v})' for k, v in _VERBS.items())})"
"""The verb, in a group named by its basis (`_basis`)."""
_FROM = r"\s+(?:ke\s+)?tu\s+(?=ngay\s*\d)"
_UNTIL = re.compile(r"\s*(?:den|toi)\s+(?:het\s+)?ngay\b")
"""A date followed by "đến ngày …" is a period (a trip's, a plan's), not a start."""
_THIS_DAY = re.compile(_SUBJECT + _VERB + r"\s+(?:ke\s+)?tu\s+ngay\s+nay\b")
""""kể từ ngày D, các đoàn xuất cảnh từ ngày này trở đi …": the basis after the date, pointing back to it."""
_DATED = re.compile(_SUBJECT + _VERB + _FROM)
""""đối với các đoàn trở về nước từ ngày D": the basis right before the date."""
_ANY_FROM = compile_led(r"\b(?:ke\s+)?tu\s+(?=ngay\s*\d)")
"""Any "(kể) từ ngày D": a start when what follows points back to it or it stands bare (`_BARE`)."""
_BARE = re.compile(r"\b(?:ke\s+tu|ap\s+dung\s+(?:ke\s+)?tu)\s+(?=ngay\s*\d)|\btu\s+(?=ngay\s*\d[^.;]{0,24}\s+tro\s+di)")
"""A start that says nothing of what it is measured on: "kể từ ngày D", "áp dụng từ ngày D", "từ ngày D trở đi"."""


@dataclass(frozen=True)
class RuleStart:
    """The first day a rule binds and the trip's date it is compared with (None: not stated)."""

    date: dt.date
    basis: str | None


def _date_after(text: str, folded: str, pos: int) -> dt.date | None:
    """The date starting at `pos`, "ngày" before it or not (no period: "từ ngày D đến ngày E" is none)."""
    found = find_dates(text[pos : pos + 40])
    if not found or found[0].value is None or folded[pos : pos + found[0].start].strip() not in ("", "ngay"):
        return None
    if _UNTIL.match(folded, pos + found[0].end):
        return None
    return found[0].value


def _basis(match: re.Match[str]) -> str:
    return next(kind for kind in _VERBS if match.group(kind))


def rule_start(sentence: str) -> RuleStart | None:
    """The start a rule's sentence states, with its basis; None when it states none."""
    folded = fold(sentence)
    for match in _DATED.finditer(folded):
        if (date := _date_after(sentence, folded, match.end())) is not None:
            return RuleStart(date, _basis(match))
    for match in _ANY_FROM.finditer(folded):
        if (date := _date_after(sentence, folded, match.end())) is None:
            continue
        if pointing := _THIS_DAY.search(folded, match.end()):
            return RuleStart(date, _basis(pointing))
        if _BARE.match(folded, match.start() - 8 if folded[: match.start()].endswith("ap dung ") else match.start()):
            return RuleStart(date, None)
    return None


_IN_FORCE = compile_led(
    r"\b(?:quyet\s+dinh|quy\s+dinh|quy\s+che|cong\s+van|chi\s+thi|huong\s+dan|ke\s+hoach|nghi\s+quyet|thong\s+bao"
    r"|van\s+ban)\s+nay\b[^.;]{0,40}?"
    r"\b(?:(?P<force>co\s+hieu\s+luc)(?:\s+thi\s+hanh)?(?:\s+ke)?\s+tu\s+(?=ngay\s*\d)|ap\s+dung\b)"
)
"""A document's own article on when it binds, folded: "Quyết định này có hiệu lực (thi hành) (kể) từ ngày D",
"Quy định này … áp dụng đối với các đoàn xuất cảnh từ ngày D", "Điều 1 Quyết định này áp dụng đối với các đoàn có
ngày xuất cảnh từ ngày D trở đi"."""
_DOCUMENT_SENTENCE = re.compile(r"[^.\f]{1,400}")
"""A sentence, over its line ends: a scan wraps "… áp dụng đối với các đoàn có ngày xuất cảnh từ ngày" away from its
"01/8/2026 trở đi"."""


_PART = re.compile(r"\b(?:diem\s+[a-z]\b|(?:khoan|dieu)\s+\d|(?:muc|phan|chuong)\s+(?:\d|[ivx]+\b))")
"""A part of a document named before "<document> này", folded: "Nội dung tại mục 2 và mục 3 Công văn này áp dụng …",
"Yêu cầu … tại điểm b … Hướng dẫn này áp dụng …", "Điều 1 Quyết định này áp dụng …"."""


def document_start(text: str, *, parts: bool = False) -> RuleStart | None:
    """When a rule document as a whole starts to bind, from its own article on it, with the trip's date that start is
    measured on; None when it says none (or "có hiệu lực kể từ ngày ký": its issue date). The trips it names
    ("áp dụng đối với các đoàn xuất cảnh từ ngày 01-7-2026") say what the start is measured on; a bare "có hiệu lực
    từ ngày 01/02/2026" leaves it unstated (the departure, as every start). A rule whose own sentence states a start
    keeps that (`rule_start`): this is the start of the others, which bind from it, not from the day it was signed.
    A start of parts of it only ("Nội dung tại mục 2 và mục 3 Công văn này áp dụng đối với các đoàn xuất cảnh từ ngày
    15/7/2026") is not the whole document's: it counts only with `parts`, for a decision whose rules are all in the
    part it dates (an amending decision's "Điều 1 Quyết định này áp dụng …", `extractors.rule_changes`)."""
    folded = fold(text)
    for sentence in _DOCUMENT_SENTENCE.finditer(folded):
        said = _IN_FORCE.search(sentence.group())
        if said is None or (not parts and _PART.search(sentence.group(), 0, said.start())):
            continue
        words = text[sentence.start() : sentence.end()]
        if (start := rule_start(words)) is not None:
            return start
        if said.group("force") and (date := _date_after(text, folded, sentence.start() + said.end())) is not None:
            return RuleStart(date, None)
    return None
