"""Which body's delegations a rule binds, and which body sent a trip: the party's committees or the state's
administration.

A province's party standing committee and its People's Committee each send delegations abroad and may each set
limits: a party Quy định binds every body "trừ trường hợp Ủy ban nhân dân tỉnh có quy định cụ thể khác", and the
UBND's Công văn restates two of its limits "đối với các đoàn do Chủ tịch Ủy ban nhân dân tỉnh quyết định cử" only.
A rule's body is read from its own sentence, else from the lead-in its item follows ("… áp dụng đối với các đoàn do
Chủ tịch UBND tỉnh quyết định cử … như sau:"); a rule naming both bodies, or neither, binds every body. A trip's
body is its decision's issuer: the number's symbol ("136-QĐ/TU" party, "1074/QĐ-UBND" state), else the issuer's
own name ("Tỉnh ủy", "Đảng ủy …"; "Ủy ban nhân dân …", "Sở …"), else its parent body's. Plain regex over folded
text (OCR loses tone marks): the phrases are fixed and few.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.vntext import fold, squash

PARTY = "party"
STATE = "state"
COUNCIL = "council"

BODY_WORDS = {PARTY: "cơ quan Đảng", STATE: "cơ quan hành chính nhà nước", COUNCIL: "Hội đồng nhân dân"}
"""How a finding names each body (Vietnamese)."""

_COMMITTEE = r"(?:uy ban nhan dan|ubnd)"
_PARTY_COMMITTEE = r"(?:tinh uy|thanh uy|huyen uy|quan uy|thi uy|dang uy|cap uy)"
_COUNCIL = r"(?:hoi dong nhan dan|hdnd)"
_NAMED: dict[str, tuple[str, ...]] = {
    STATE: (
        # "đoàn do Chủ tịch Ủy ban nhân dân tỉnh quyết định cử", "các đoàn do UBND tỉnh cử"
        rf"\bdoan do (?:chu tich |lanh dao )?{_COMMITTEE}\b[^.;:]{{0,40}}?\bcu\b",
        r"\bco quan hanh chinh\b(?: nha nuoc)?",
        r"\bkhoi (?:chinh quyen|nha nuoc|co quan nha nuoc)\b",
    ),
    PARTY: (
        # "đoàn do Ban Thường vụ Tỉnh ủy cử", "các đoàn do Thường trực Tỉnh ủy quyết định cử"
        rf"\bdoan do (?:ban thuong vu |thuong truc |ban chap hanh )?{_PARTY_COMMITTEE}\b[^.;:]{{0,40}}?\bcu\b",
        r"\bkhoi (?:dang|cac co quan dang)\b",
        r"\b(?:cac )?co quan (?:cua )?dang\b",
    ),
    # "đoàn do Thường trực HĐND tỉnh cử", "các đoàn do Thường trực Hội đồng nhân dân tỉnh quyết định cử"
    COUNCIL: (rf"\bdoan do (?:thuong truc )?{_COUNCIL}\b[^.;:]{{0,40}}?\bcu\b",),
}
"""What a rule's sentence says to bind one body's delegations only (folded)."""
_NAMES = {body: re.compile("|".join(patterns)) for body, patterns in _NAMED.items()}

_LEAD = re.compile(r"\b(?:ap dung|thuc hien)(?: doi)? (?:voi|cho)\b")
"""A lead-in saying whom the items after it apply to ("… quy định cụ thể một số nội dung áp dụng đối với các đoàn
do Chủ tịch Ủy ban nhân dân tỉnh quyết định cử … như sau:")."""
_LEAD_END = re.compile(r"[.;]|:[ \t]*(?:\n|$)")
"""Where a lead-in's words end: at the colon ending its line (a full stop or ";" first: a sentence, no lead-in)."""
_WHOLE = re.compile(r"\b(?:quy dinh|quy che) nay (?:ap dung|thuc hien)(?: doi)? (?:voi|cho)\b")
_ITS_OWN = re.compile(r" (?:cac |nhung )?doan do ")
"""A regulation's own scope sentence ("1. Quy định này áp dụng đối với các đoàn do Thường trực HĐND tỉnh quyết định
cử và lãnh đạo HĐND tỉnh."): a lead-in for all of it, though it ends with a full stop — when the delegations one
body sends are what it applies to, not a body's named among others ("Quy chế này áp dụng đối với các đoàn đi công
tác nước ngoài của tỉnh, kể cả các đoàn do Ban Thường vụ Tỉnh ủy quyết định cử": every body)."""
_EVERY_BODY = re.compile(r"\bke ca (?:khi )?(?:tham gia|di theo|di cung|trong) (?:cac )?doan (?:cua|do)\b")
"""A rule saying it holds on other bodies' delegations too ("… không quá 01 (một) chuyến trong năm, kể cả khi tham
gia đoàn của Tỉnh ủy, UBND tỉnh"): every body's, whatever lead-in it follows."""
_LEAD_SPAN = 400
"""How far a lead-in's colon may be from its "áp dụng đối với" (characters)."""


@dataclass(frozen=True)
class BodyScope:
    """The body whose delegations a rule binds, and the words that say so (quoted in the rule and its findings)."""

    body: str
    words: str


def body_named(text: str) -> BodyScope | None:
    """The one body a sentence binds ("mỗi đoàn do Chủ tịch Ủy ban nhân dân tỉnh quyết định cử có số thành viên
    không quá sáu (06) người" → state); None when it names none, or both ("các cơ quan Đảng và cơ quan hành
    chính nhà nước": every body)."""
    text = squash(text)  # a scan wraps "đoàn do\nChủ tịch …" anywhere
    folded = fold(text)
    found = {body: pattern.search(folded) for body, pattern in _NAMES.items()}
    named = [(body, match) for body, match in found.items() if match]
    if len(named) != 1:
        return None
    body, match = named[0]
    return BodyScope(body, squash(text[match.start() : match.end()]))


def lead_ins(text: str) -> list[tuple[int, BodyScope]]:
    """The lead-ins of a text that bind what follows them to one body (words saying whose delegations the items
    after them apply to, up to the ":" that ends their line), each with the offset where it ends: a rule after
    one, whose own sentence names no body, binds that body. Found on the folded text, over a scan's wrapped
    lines."""
    folded = fold(text)
    leads: list[tuple[int, BodyScope]] = []
    for match in _LEAD.finditer(folded):
        colon = _LEAD_END.search(folded, match.end())
        if colon is None or colon.start() - match.end() > _LEAD_SPAN:
            continue
        if colon.group()[0] != ":" and not (
            _WHOLE.search(folded, max(0, match.start() - 20), match.end()) and _ITS_OWN.match(folded, match.end())
        ):
            continue
        if scope := body_named(text[match.start() : colon.start()]):
            leads.append((colon.end(), scope))
    return leads


def rule_body(sentence: str, at: int, leads: list[tuple[int, BodyScope]]) -> BodyScope | None:
    """The body a rule stated at offset `at` binds: its own sentence's, else the last lead-in before it (none when
    the sentence says it holds on other bodies' delegations too)."""
    own = body_named(sentence)
    if own is not None or _EVERY_BODY.search(fold(squash(sentence))):
        return own
    before = [scope for end, scope in leads if end <= at]
    return before[-1] if before else None


_PARTY_TAILS = frozenset({"tu", "du", "hu", "qu", "tw", "duk", "btv"})
"""The body part of a party document's symbol, folded ("136-QĐ/TU": Tỉnh ủy; "QĐ/ĐU": Đảng ủy; "QĐ/HU")."""
_STATE_TAILS = frozenset({"ubnd", "ub", "vpubnd"})
_COUNCIL_TAILS = frozenset({"hdnd"})
"""The body part of a People's Council's document's symbol ("48/QĐ-HĐND")."""
"""The body part of a state document's symbol ("1074/QĐ-UBND")."""
_TAILS = {PARTY: _PARTY_TAILS, STATE: _STATE_TAILS, COUNCIL: _COUNCIL_TAILS}
_ISSUER_WORDS = re.compile(
    rf"(?P<party>\b{_PARTY_COMMITTEE}\b|\bdang bo\b|\bban thuong vu\b|\bban chap hanh\b)"
    rf"|(?P<state>\b{_COMMITTEE}\b|(?:^|\s)so\s+[a-z]|\bvan phong ubnd\b)"
    rf"|(?P<council>^(?:thuong truc )?{_COUNCIL}\b)"
)
"""The body an issuer's name belongs to, by its first such word ("Đảng ủy Sở Ngoại vụ" is the party's; "Sở Ngoại
vụ" and "UBND tỉnh" the state's; "Thường trực HĐND tỉnh", "Hội đồng nhân dân tỉnh" — at its start, where it is
the issuer and not a unit under it — the council's)."""


def _symbol_body(symbol: str | None) -> str | None:
    parts = set(re.split(r"[/\-\s]+", fold(symbol or "").strip()))
    named = {body for body, tails in _TAILS.items() if parts & tails}
    return named.pop() if len(named) == 1 else None


def _issuer_body(issuer: str | None) -> str | None:
    match = _ISSUER_WORDS.search(squash(fold(issuer or "")).strip())
    return None if match is None else match.lastgroup


def trip_body(symbol: str | None, issuer: str | None, parent_issuer: str | None) -> tuple[str | None, str]:
    """The body that sent a trip, from its decision's symbol, issuer and parent issuer, and how it was read; None
    (with why) when none of them names a body, or the symbol and the issuer name different ones."""
    by_symbol = _symbol_body(symbol)
    named_by = next((name for name in (issuer, parent_issuer) if _issuer_body(name)), None)
    by_issuer = _issuer_body(named_by)
    if by_symbol and by_issuer and by_symbol != by_issuer:
        return None, f"ký hiệu {symbol} và cơ quan ban hành {named_by} không cùng một khối"
    if by_symbol:
        return by_symbol, f"ký hiệu {symbol}"
    if by_issuer:
        return by_issuer, f"cơ quan ban hành {named_by}"
    return None, "không đọc được cơ quan ban hành quyết định (Đảng hay chính quyền)"
