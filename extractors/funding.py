"""Who pays for a trip, from the decision's funding sentence ("Kinh phí chuyến công tác do ... chi trả").

The rules care about the payer (no enterprise-funded trips), so an enterprise named anywhere in the sentence
wins; otherwise the kind whose words come first in the sentence does ("vé máy bay do ngân sách tỉnh chi trả,
ăn ở do phía bạn đài thọ" is state budget).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.gazetteer import is_vietnamese_place, place_key, places
from extractors.places import code_of, gazetteer
from extractors.vntext import fold, squash
from schemas.document import Funding

_SENTENCE_CUE = re.compile(r"kinh phi|chi phi|dai tho|tai tro|tu tuc|ngan sach|nguon von")
_FIRM_WORDS = r"(?:(?:tong\s+)?(?:cong\s+ty|tap\s+doan|doanh\s+nghiep)|(?:lien\s+hiep\s+)?hop\s+tac\s+xa)\b"
"""The words a firm's name starts with, folded ("tổng công ty", "tập đoàn", "doanh nghiệp"), or a cooperative's
("hợp tác xã", "liên hiệp hợp tác xã"): an economic organisation too, which a ban on "doanh nghiệp, hợp tác xã trong
nước" names beside firms (`pipeline.checks.kinds.no_enterprise_funded` weighs a ban naming firms only)."""
_ENTERPRISE = re.compile(
    rf"\b(?P<name>{_FIRM_WORDS}(?:(?!\bdo\s)[^;])*?)\s*(?:\((?P<aside>[^)]*)\)\s*)?"
    r"(?<!\btu\s)(?<!\bkhong\s)(?<!\bchua\s)(?<!\bkhong\sco\s)(?<!\bkhong\snhan\s)(?<!\btu\schoi\s)"
    r"(?:tai\s+tro|dai\s+tho|chi\s+tra|ho\s+tro|bao\s+dam|dam\s+bao|to\s+chuc)"
)
"""A firm paying or organising, folded. Not firms paying their own way ("06 doanh nghiệp của tỉnh tham gia gian
hàng tự chi trả kinh phí"): they do not pay for the delegation. Nor a firm named in one clause when the payer is
another's ("có các doanh nghiệp dược phẩm tham gia trưng bày; kinh phí của đoàn do Bệnh viện chi trả"): the
firm's words end at a semicolon or at "do", which names who pays. Nor a firm said not to pay ("Tập đoàn X chỉ bố
trí buổi làm việc, không tài trợ kinh phí", "chưa đài thọ", "không do doanh nghiệp tài trợ"), nor one whose offer the
delegation refuses ("làm việc với Tập đoàn X, không nhận tài trợ", "từ chối tài trợ"): the negation is read."""
_FIRM_START = re.compile(rf"\b(?={_FIRM_WORDS})")
"""Where a firm's name may start (`_ENTERPRISE`'s name), every such place, "công ty" inside "tổng công ty" too."""
_NEGATED_BEFORE = re.compile(r"\b(?:khong|chua)(?:\s+(?:phai|duoc))?(?:\s+do)?\s+$")
"""A negation right before the firm's name, folded ("không do Công ty X tài trợ"): the firm does not pay."""
_AGENCY_BEFORE = re.compile(
    r"\b(?:co\s+quan|cuc|vu|bo|hiep\s+hoi|lien\s+doan|phong|trung\s+tam|quy|uy\s+ban|vien|ban|"
    r"xuc\s+tien|ho\s+tro|phat\s+trien|lien\s+minh|(?:nghiep|nong\s+thon)\s+va)\s+$"
)
"""Words that make "doanh nghiệp" or "hợp tác xã" part of a public body's name ("Cơ quan Doanh nghiệp Hà Lan (RVO)",
"Cục Phát triển doanh nghiệp", "Hiệp hội Doanh nghiệp", "Liên minh Hợp tác xã tỉnh", "Bộ Nông nghiệp và Hợp tác xã
Thái Lan"): such a body is no firm."""
_PAYS_NOTHING_AFTER = re.compile(
    r"[^.;]*?\b(?:khong|chua)\s+(?:(?:co|phai)\s+)?(?:dai\s+tho|tai\s+tro|chi\s+tra|ho\s+tro)\b"
)
"""An organising firm said in the same clause to pay nothing, folded ("Công ty X là đơn vị tổ chức Hội chợ, không đài
thọ kinh phí cho đoàn"): it runs the event the delegation attends, it does not fund the delegation."""
_FIRMS_SOURCE = re.compile(
    r"\bnguon(?:\s+(?:von|tien|kinh\s+phi|van\s+dong|xa\s+hoi\s+hoa|tai\s+tro|dong\s+gop|ung\s+ho))+"
    r"\s+(?:cua|tu)\s+(?:(?:cac|mot\s+so|nhung)\s+)?$"
)
"""Money raised from firms, right before the firm's words (folded): "từ nguồn vận động xã hội hóa của các doanh nghiệp
trên địa bàn tỉnh", "nguồn tài trợ của Công ty X" — the firms pay though no verb follows them."""
_SOURCE_REACH = 60
"""How far before a firm's name `_FIRMS_SOURCE` can start ("nguon van dong xa hoi hoa cua cac " is 34)."""
_SOURCED_FIRM = re.compile(rf"(?P<name>{_FIRM_WORDS}[^,;.]*?)\s*(?:\((?P<aside>[^)]*)\)\s*)?(?=[,;.]|\bdo\s|$)")
"""The firm named after `_FIRMS_SOURCE`, up to the clause's end or the "do" that names who receives the money; its
aside in brackets apart, as `_ENTERPRISE` keeps it ("nguồn tài trợ của Công ty X (Hàn Quốc)": `_firm_country`)."""
_SOURCE_REFUSED = re.compile(r"\b(?:khong|chua|tu\s+choi)\b[^,;.]*$")
"""A negation earlier in the clause ("không sử dụng nguồn xã hội hóa của doanh nghiệp"): the firms do not pay."""
_BEFORE_REACH = 16
"""How far before a firm's name `_NEGATED_BEFORE` and `_AGENCY_BEFORE` can start in a squashed sentence (one space
between words; the longest is "khong phai do "): each candidate firm looks only that far back, not at the whole
sentence before it, which made a sentence listing many bodies quadratic."""
_KINDS: list[tuple[Funding, re.Pattern[str]]] = [
    (Funding.SELF, re.compile(r"\btu\s+tuc\b|\bca\s+nhan\s+tu\b|\bkinh\s+phi\s+ca\s+nhan\b")),
    (
        Funding.HOST,
        re.compile(r"phia\s+ban|nuoc\s+ban|nuoc\s+chu\s+nha|phia\s+moi|ban\s+to\s+chuc|co\s+quan\s+moi|ben\s+moi"),
    ),
    (
        Funding.STATE_BUDGET,
        re.compile(r"ngan\s+sach|kinh\s+phi\s+(?:hoat\s+dong\s+)?doi\s+ngoai|nguon\s+von\s+nha\s+nuoc"),
    ),
]
_HOST_SPONSOR = re.compile(r"\bdo\s+(?P<name>ban\s+to\s+chuc\b.*?)\s+(?:dai\s+tho|chi\s+tra|tai\s+tro)")


@dataclass(frozen=True)
class FundingInfo:
    kind: Funding
    text: str
    sponsor: str | None
    sponsor_country: str | None = None
    """The foreign country a paying firm belongs to, as the sentence names it (`_firm_country`), else None."""


_OF_COUNTRY = re.compile(r"(?:,|\bcua|\bthuoc)\s+(?:nuoc\s+)?(?P<country>[^,()]+)$")
"""A firm's name ending on its country, folded ("Công ty Luật X của Hàn Quốc", "Tập đoàn Y, Nhật Bản")."""
_ASIDE_PART = re.compile(r"[^,;]+")
"""One part of a firm's aside, folded: an aside lists what it is and where ("doanh nghiệp Nhật Bản, trụ sở tại
Ô-xa-ca", "tỉnh Phông Sa Lỳ, Lào")."""
_KIND_OF = re.compile(r"\s*(?:(?:doanh\s+nghiep|cong\s+ty|tap\s+doan|phia)\s+(?:cua\s+)?)?(?:(?:nuoc|quoc\s+gia)\s+)?")
"""The words before a country in an aside's part, folded: "doanh nghiệp Nhật Bản", "phía Nhật Bản", "nước Pháp"."""
_SEAT = re.compile(
    r"\s*(?:co\s+)?tru\s+so(?:\s+chinh)?\s+(?:tai|o)\s+(?:(?:thanh\s+pho|tinh|bang|thu\s+do|quan|vung)\s+)?"
)
"""Where a firm is seated, folded ("trụ sở tại Ô-xa-ca", "trụ sở chính tại thành phố Seoul"): the place after it."""


def _part_country(part: str, folded: str) -> str | None:
    """The ISO code of the country one aside part (`part`, `folded` its fold) places the firm in: a country after its
    kind ("doanh nghiệp Nhật Bản", "nước Cộng hòa Pháp", a bare "Lào"), or the foreign city of its seat ("trụ sở
    tại Ô-xa-ca"); "VN" for Việt Nam or a Vietnamese seat ("trụ sở tại Hà Nội"); None when the part says neither."""
    seat = _SEAT.match(folded)
    lead = seat if seat is not None else _KIND_OF.match(folded)
    rest = part[lead.end() if lead else 0 :].strip(" .")
    if fold(rest) == "viet nam" or (seat is not None and is_vietnamese_place(rest)):
        return "VN"
    code = code_of(rest)
    if code is None and seat is not None:
        entry = places().get(place_key(rest))
        code = entry[1] if entry is not None and not entry[3] else None
    return code


def _aside_country(aside: str) -> str | None:
    """The one country an aside after a firm's name places it in (`_part_country` of each part: "VN" for Việt
    Nam), else None: an aside naming none, or two, leaves it unsettled."""
    folded = fold(aside)
    codes = {
        code for m in _ASIDE_PART.finditer(folded) if (code := _part_country(aside[m.start() : m.end()], m.group()))
    }
    return codes.pop() if len(codes) == 1 else None


def _firm_country(sentence: str, folded: str, enterprise: re.Match[str]) -> str | None:
    """The foreign country a paying firm is of, only when the words say so for sure: the aside after its name places
    it abroad ("Công ty Luật Hanbit (Hàn Quốc) đài thọ …", "(doanh nghiệp Nhật Bản, trụ sở tại Ô-xa-ca)", "(tỉnh
    Phông Sa Lỳ, Lào)": `_aside_country`), or its name ends "của/thuộc <country>". A country elsewhere in the aside
    ("Công ty Luật … (tổ chức hành nghề luật sư tại Hà Nội)") or in the name ("Công ty TNHH Samsung Electronics Việt
    Nam") says nothing of where the firm is: None, a domestic firm as read. `folded`: the sentence folded, which
    `enterprise` matched."""
    code = None
    if enterprise.group("aside") is not None:
        code = _aside_country(sentence[enterprise.start("aside") : enterprise.end("aside")])
    tail = _OF_COUNTRY.search(folded, enterprise.start("name"), enterprise.end("name"))
    if code is None and tail:
        code = code_of(sentence[tail.start("country") : tail.end("country")].strip(" ,.;"))
    return _foreign_name(code)


def _foreign_name(code: str | None) -> str | None:
    """The country's name for a foreign firm's code; None for a domestic firm ("VN") or none read."""
    return None if code in (None, "VN") else gazetteer()[1].get(code, code)


def _named_elsewhere(text: str, sponsor: str) -> str | None:
    """The foreign country the decision gives a paying firm at another mention of its name, with its aside
    ("Căn cứ thư mời … của Công ty TNHH Sakura Kaigo (Nhật Bản)"; the funding sentence names it bare): the one
    country its asides settle, else None (none, two, or Việt Nam)."""
    asides = re.finditer(re.escape(sponsor) + r"\s*\(([^)]*)\)", squash(text))
    codes = {code for match in asides if (code := _aside_country(match.group(1)))}
    return _foreign_name(codes.pop()) if len(codes) == 1 else None


def _sentences(text: str) -> list[str]:
    parts: list[str] = []
    for line in text.splitlines():
        parts.extend(re.split(r"(?<=\.)\s+(?=\S)", line))
    return [squash(part) for part in parts if part.strip()]


def classify_funding(sentence: str) -> FundingInfo | None:
    """The payer named in one squashed sentence (`squash`), with the sponsor's name when an enterprise or organiser
    pays."""
    folded = fold(sentence)
    enterprise = _firm_payer(folded)
    if enterprise:
        name = _without_specks(sentence[enterprise.start("name") : enterprise.end("name")]).strip(" ,;")
        return FundingInfo(Funding.ENTERPRISE, sentence, name, _firm_country(sentence, folded, enterprise))
    found = [(match.start(), kind) for kind, pattern in _KINDS if (match := pattern.search(folded))]
    if not found:
        return None
    kind = min(found)[1]
    sponsor = None
    host = _HOST_SPONSOR.search(folded) if kind is Funding.HOST else None
    if host:
        sponsor = sentence[host.start("name") : host.end("name")].strip(" ,;")
    return FundingInfo(kind, sentence, sponsor)


_SPECK = re.compile(r"\s*(?<!\S)\S*[^\w\s\-&.,()'/\"“”]\S*(?!\S)")
"""A word holding a character no name is written with, a scan's speck ("Tổng công ty Vận tải ¡i Hà Nội")."""


def _without_specks(name: str) -> str:
    """A payer's name as a scan read it, its specks dropped: the name is compared with the members' units."""
    return _SPECK.sub("", name)


def _firm_payer(folded: str) -> re.Match[str] | None:
    """The first firm that pays or organises (by a verb after its name, or as the source of the money:
    `_FIRMS_SOURCE`), skipping "doanh nghiệp" inside a public body's name and a firm
    said not to pay (before its name, or after an organiser's verb: `_PAYS_NOTHING_AFTER`). Each place a name may
    start (`_FIRM_START`) is judged by the words before it first, and only a firm not skipped is read on to its
    payer's verb: a sentence listing many bodies is read once, not once a body."""
    for start in _FIRM_START.finditer(folded):
        name = start.start()
        reach = max(0, name - _BEFORE_REACH)
        if _AGENCY_BEFORE.search(folded, reach, name) or _NEGATED_BEFORE.search(folded, reach, name):
            continue  # a public body's name or a firm said not to pay: its words are not read for a payer
        enterprise = _ENTERPRISE.match(folded, name)
        if enterprise and not (
            enterprise.group().endswith("to chuc") and _PAYS_NOTHING_AFTER.match(folded, enterprise.end())
        ):
            return enterprise
        source = _FIRMS_SOURCE.search(folded, max(0, name - _SOURCE_REACH), name)
        if source and not _SOURCE_REFUSED.search(folded, 0, source.start()):
            return _SOURCED_FIRM.match(folded, name)
    return None


def find_funding(text: str, whole: str | None = None) -> FundingInfo | None:
    """The first sentence of `text` that states who pays, classified; a paying firm's country read at any mention of
    its name in `whole` (the document, its preamble too: "Căn cứ Thư mời của Liên hiệp Hợp tác xã nông nghiệp JA Aichi
    (Nhật Bản)"; `text` when not given, `_named_elsewhere`) when the sentence names it bare."""
    text_whole = text if whole is None else whole
    for sentence in _sentences(text):
        if _SENTENCE_CUE.search(fold(sentence)):
            info = classify_funding(sentence)
            if info is not None:
                text = re.sub(r"^Điều\s+\d+\s*[.:]\s*", "", info.text)
                country = info.sponsor_country
                if country is None and info.kind is Funding.ENTERPRISE and info.sponsor:
                    country = _named_elsewhere(text_whole, info.sponsor)
                return FundingInfo(info.kind, text, info.sponsor, country)
    return None
