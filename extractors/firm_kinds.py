"""The kinds of firm a funding ban names, and whether a paying firm is of one.

A ban may cover every firm's money ("Không nhận tài trợ của doanh nghiệp") or only firms in some trade ("Nghiêm cấm
nhận tài trợ … từ doanh nghiệp kinh doanh dược, trang thiết bị y tế, kể cả doanh nghiệp nước ngoài …"): a telecom
group paying a ministry's air fares breaks the second not at all. The trades are read after the firm's verb of
trade ("kinh doanh", "sản xuất", "phân phối", "cung cấp", "cung ứng", "hoạt động trong lĩnh vực") up to where the
sentence turns to something else (", kể cả …", "tại Việt Nam", a bracket, the clause's end), split at commas, "và",
"hoặc" — kept as written, stored with the rule (`Rule.firm_kinds`). A firm is of a trade when its name, or the words
the decision puts in brackets after it ("(nhà phân phối thiết bị chẩn đoán hình ảnh)"), name the trade, in
Vietnamese or in the English a foreign firm's name uses ("Helvimed Pharma AG", `ALIASES`); it is of another trade
when those words name one (`OTHER_TRADES`, "(doanh nghiệp viễn thông …)", "Công ty Xây dựng …"; not "công nghệ"
alone, which a medical-equipment firm may be called); else its trade is not told, and a person should look (a
review, never a breach): `pipeline.checks.kinds.no_enterprise_funded` judges so. Plain regex over folded words: the
wordings are few.
"""

from __future__ import annotations

import re

from extractors.vntext import fold, squash

_FIRM = re.compile(r"\bdoanh\s+nghiep\b")
_VERB = (
    r"(?:kinh\s+doanh|san\s+xuat|phan\s+phoi|cung\s+(?:cap|ung)"
    r"|hoat\s+dong\s+(?:(?:trong|thuoc)\s+)?(?:cac\s+)?(?:linh\s+vuc|nganh(?:\s+nghe)?))"
)
_TRADE_VERB = re.compile(rf"\s+{_VERB}(?:(?:\s*,\s*|\s+(?:va|hoac)\s+){_VERB})*\s+")
"""The ban's firms named by their trade, folded, right after its first "doanh nghiệp": "doanh nghiệp kinh doanh …",
"doanh nghiệp sản xuất, kinh doanh …", "doanh nghiệp hoạt động trong lĩnh vực …" (not a later firm the ban includes:
"doanh nghiệp Việt Nam, kể cả doanh nghiệp hoạt động dịch vụ …")."""
_TRADES_END = re.compile(
    r"(?:,?\s+|(?<=\s))(?:ke\s+ca|bao\s+gom|ca\s+trong|trong\s+nuoc|nuoc\s+ngoai|tai\b|co\s+lien\s+quan|de\b"
    r"|cho\b|doi\s+voi\b|dai\s+tho|chi\s+tra|ho\s+tro|va\s+(?:cac\s+)?(?:to\s+chuc|ca\s+nhan|doanh\s+nghiep"
    r"|van\s+phong|chi\s+nhanh))|[.;:()\n]"
)
"""Where the list of trades stops, folded: the sentence goes on to whose firms, where ("tại"), what they pay ("tài
trợ", "đài thọ"), or to others than firms."""
_SPLIT = re.compile(r"\s*,\s*|\s+(?:va|hoac)\s+")

ALIASES = {
    "duoc": r"duoc|pharma\w*|drugs?",
    "thiet bi y te": r"thiet bi (?:y te|chan doan|xet nghiem)|medical|med ?tech|meditech|diagnostics?",
    "hoa chat": r"hoa chat|chemicals?",
    "sinh pham": r"sinh pham|biotech\w*",
}
"""What a trade is called in a firm's name, folded, beside the trade's own words: English in a foreign firm's name,
the kinds of equipment a medical-equipment firm sells. A trade containing a key is matched by its alias too."""
OTHER_TRADES = (
    r"cong nghe thong tin|vien thong|tin hoc|phan mem|xay dung|ngan hang|bao hiem|du lich|van tai|hang khong"
    r"|nang luong|dien luc|dau khi|bat dong san|thuc pham|det may|o to|thep|xi mang|truyen thong|logistics"
    r"|telecom\w*|software|bank\w*"
)
"""Trades a firm's name or aside may name (folded) that none of the usual bans on a trade covers: such a firm is of
another trade than the ban's, when its name names none of the ban's."""


def banned_firm_kinds(sentence: str) -> list[str]:
    """The trades a ban's sentence limits its firms to, as written ("dược", "trang thiết bị y tế"); [] for a ban on
    every firm."""
    folded = fold(sentence)
    firm = _FIRM.search(folded)
    verb = _TRADE_VERB.match(folded, firm.end()) if firm else None
    if verb is None:
        return []
    end = _TRADES_END.search(folded, verb.end())
    stop = end.start() if end else len(folded)
    kinds: list[str] = []
    at = verb.end()
    for piece in [*_SPLIT.finditer(folded, at, stop), None]:
        if kind := squash(sentence[at : piece.start() if piece else stop]).strip(" ,"):
            kinds.append(kind)
        at = piece.end() if piece else stop
    return list(dict.fromkeys(kinds))
