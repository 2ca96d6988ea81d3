"""Cited documents: every one once, in order of first mention, with kind, number, date and issuer.

Forms: "Quyết định số 40/2020/QĐ-UBND ngày 23/11/2020 của UBND tỉnh", "Chỉ thị số 38-CT/TW, ngày
21-7-2014 của Bộ Chính trị (khóa XI)", "Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính
phủ", "Thông tư 04/2020/TT-BNG", "Luật Xuất cảnh, nhập cảnh của công dân Việt Nam năm 2019", lists
("các Quyết định số 12/QĐ-UBND và số 15/QĐ-UBND"), footnotes. A cited document is number + date + issuer
(party numbers are reused each term): a later mention without a date merges into the earlier one with
the same number, a mention with another date is another document. The document's own number is not a
citation. Anchors (kind word + number) come from a spaCy PhraseMatcher over the folded text, or from a
plain regex when spaCy is switched off; the date and issuer after an anchor are read by our own layer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any

from extractors import nlp
from extractors.cited_years import own_date, settle_short_years
from extractors.dates import DateMatch, date_at, find_dates
from extractors.docnumber import (
    KNOWN_SYMBOL_PARTS,
    TYPE_ABBREVIATIONS,
    DocNumber,
    correct_ocr_symbol,
    parse_number,
    slipped_parts,
    typed_by_title,
)
from extractors.doctype import copied_title_type
from extractors.first_chars import compile_led
from extractors.issued_with import ISSUED_WITH
from extractors.laws import known_law_at
from extractors.paragraphs import unwrap_lines
from extractors.vntext import LOWER, UPPER, fold, is_upper_line, line_bounds, squash
from schemas.document import Citation, Document, Span, TextSource

KINDS: dict[str, str] = {
    "bo luat": "luat",
    "luat": "luat",
    "phap lenh": "phap_lenh",
    "nghi dinh": "nghi_dinh",
    "quyet dinh": "quyet_dinh",
    "chi thi": "chi_thi",
    "cong van": "cong_van",
    "cong dien": "cong_dien",
    "van ban": "van_ban",
    "quy dinh": "quy_dinh",
    "ke hoach": "ke_hoach",
    "thong tu lien tich": "thong_tu_lien_tich",
    "thong tu": "thong_tu",
    "nghi quyet lien tich": "nghi_quyet_lien_tich",
    "nghi quyet": "nghi_quyet",
    "quyet nghi": "nghi_quyet",  # the old word for it ("Quyết nghị số 551NQ/HĐNN7" of the Hội đồng Nhà nước)
    "huong dan": "huong_dan",
    "quy che": "quy_che",
    "thong bao": "thong_bao",
    "thong tri": "thong_tri",
    "cong ham": "cong_ham",  # a diplomatic note ("công hàm số 60/03" of an embassy)
    "to trinh": "to_trinh",
    "bao cao": "bao_cao",
    "chuong trinh": "chuong_trinh",
    "ket luan": "ket_luan",
    "de an": "de_an",
    "van ban hop nhat": "van_ban_hop_nhat",
    "sac lenh": "sac_lenh",
    "thong lenh lien bo": "thong_lenh_lien_bo",  # an order of several ministries (1946-1950s)
    "thong lenh": "thong_lenh",
}
KINDS.update({phrase.replace(" ", ""): kind for phrase, kind in list(KINDS.items()) if " " in phrase})
"""A web copy glues a kind's words ("côngvăn số 15/CV-…"): the glued spelling names the same kind."""
_KIND_ALT = "|".join(sorted(KINDS, key=len, reverse=True))
_SHORT_KIND_RE = re.compile(r"(?P<kind>CV|QĐ|NĐ|NQ|CT|TT|KH|TB)(?<![^\W\d_]..)[ \t]+số[ \t]*[:.]?[ \t]*(?=\d)")
"""A kind written short, before "số" ("Nguồn: CV số 3422/UBND-NV"), in capitals as printed, no letter before it
(tested behind the kind's two letters: a pattern that starts with its letters is searched for from them alone)."""
_GLUED_SO_RE = re.compile(rf"(?<![a-z])(?P<kind>{_KIND_ALT})so[ \t]*[:.]?[ \t]*(?=\d)")
"""A web copy's "số" glued to the kind ("Nghị địnhsố 65/2012/NĐ-CP"): one token, which the phrase matcher misses."""
_SO_GLUED_RE = re.compile(rf"(?<![a-z])(?P<kind>{_KIND_ALT})[ \t]+so(?=\d)")
"""A copy's "số" glued to the number ("quyết định số214-CP"): one token, which the phrase matcher misses."""
_GLUED_SO_ANY = re.compile(r"so(?:(?<=[a-z]so)[ \t]*[:.]?[ \t]*\d|\d)")
"""What both glued "số"s need, a letter right before "so" or a digit right after: scanned for from its "so", far
faster than either pattern's kinds at every word (most texts have neither)."""
_GLUED_BRACKET_RE = re.compile(rf"(?<=[a-z]\()(?P<kind>{_KIND_ALT})[ \t]*(?:so[ \t]*[:.]?[ \t]*)?(?=\d)")
"""A kind glued by a bracket to the word before ("nông thôn(công văn số 1131/BNN-HTQT"): one token, which the
phrase matcher misses too."""
_GLUED_AND_RE = re.compile(rf"(?<=[^a-z]va)(?P<kind>{_KIND_ALT})[ \t]*(?:so[ \t]*[:.]?[ \t]*)?(?=\d)")
"""A kind glued to the "và" before it ("ngày 05 tháng 11 năm 2007 vàcông văn số 1650/BVHTTDL-HTQT"): the second
of two documents, one token to the phrase matcher."""
_SAID_NUMBER_RE = re.compile(r"[ \t]+so[ \t]*[:.]?[ \t]*(?=\d)")
_GLUED_KIND_END = re.compile(rf"[a-z](?P<kind>{_KIND_ALT})$")
"""A kind glued to the small word before it by a web copy's line join ("tạiCông văn số 663/SCT", "tạicông văn số
2647/BXD-QLN"): one token to the phrase matcher; taken only where "số" and a number follow and the kind is printed
with its capital or is two words at least (a kind of one word, "lệnh", may be the end of another word). Read back
from each "số", so the whole text is not tried for every kind."""
_SHORT_KINDS = {"CV": "cong_van", "QĐ": "quyet_dinh"}
_SHORT_TYPED = {
    "NĐ": "nghi_dinh",
    "NQ": "nghi_quyet",
    "CT": "chi_thi",
    "TT": "thong_tu",
    "KH": "ke_hoach",
    "TB": "thong_bao",
}
"""More kinds written short ("Thực hiện NĐ số 82/2001/NĐ-CP"), taken only when the number's own type names the same
kind: "TT" and "CT" abbreviate other words too (Trung tâm, Công ty)."""
_TYPED_KINDS = {
    "Nghị định": "nghi_dinh",
    "Quyết định": "quyet_dinh",
    "Thông tư": "thong_tu",
    "Chỉ thị": "chi_thi",
    "Nghị quyết": "nghi_quyet",
    "Kế hoạch": "ke_hoach",
    "Tờ trình": "to_trinh",
    "Báo cáo": "bao_cao",
    "Thông báo": "thong_bao",
    "Kết luận": "ket_luan",
    "Công điện": "cong_dien",
}
"""Kinds whose numbers carry their own type abbreviation (NĐ, QĐ, TT …): what a kind phrase missing letters is
checked against."""


def _lost_letters(phrase: str) -> str:
    """A pattern of `phrase` where any letter with a mark may be missing, as a web copy whose font lost those
    letters prints it ("Ngh đnh", "Quyt đnh", "Thông t"); its first letter and the unmarked ones stay."""
    parts = [re.escape(phrase[0])]
    for char in phrase[1:]:
        if char == " ":
            parts.append(r"[ \t]*")
        elif fold(char) != char.lower() and char not in "đĐ":
            parts.append(f"{re.escape(char)}?")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


_LOST_LETTERS_RE = compile_led(
    rf"(?<![^\W\d_])(?P<kind>{'|'.join(_lost_letters(phrase) for phrase in _TYPED_KINDS)})"
    r"[ \t]+(?:s[ốô]?[ \t]*[:.]?[ \t]*)?(?=\d)"
)
"""A kind phrase with letters lost (`_lost_letters`), "số" maybe lost too ("s"), then a number: taken only when
the number's own type names that kind ("Ngh đnh s 82/2001/NĐ-CP"), which leaves no doubt what was printed."""
_KIND_OF_LOST = {re.compile(_lost_letters(phrase)): kind for phrase, kind in _TYPED_KINDS.items()}
_FOREIGN_REFERENCE = r"[A-Z]{2,5}(?=\S*\d)(?:/(?:[A-Z0-9]{1,6}|N[°º]\d{1,6})){3,7}(?![\w/°º-])"
"""A foreign body's reference: capitals in four parts or more joined by slashes, a digit among them, maybe a "N°"
before its serial ("Văn bản số CLT/WHC/PSM/12/AB/N°321", a UNESCO centre's letter): read after "số" whatever
follows it, as no word is written so."""
_LETTERS_FIRST = (
    r"(?:[a-z]{2,5}[ \t]?[-/][ \t]?[a-z0-9]*\d[a-z0-9/ -]{0,16}?[ \t]+(?:de[ \t]+)?ngay\b"
    rf"|(?i:{_FOREIGN_REFERENCE}))"
)
"""A number that starts with letters, then its date, in folded text ("so tdv/01-2020 de ngay …"); or a foreign
reference (`_FOREIGN_REFERENCE`)."""
_LETTERS_FIRST_RE = re.compile(_LETTERS_FIRST)
_ANCHOR_RE = re.compile(
    rf"(?<![a-z])(?P<kind>{_KIND_ALT})(?:[ \t]*:(?=\s*so\b))?[ \t]*\n?[ \t]*"
    rf"(?:(?:so[ \t]*[:.]?[ \t]*|s[ \t]+)?(?=\d)|so[ \t]+(?={_LETTERS_FIRST}))"
)
"""A kind, "số" and the number; "s" for "số" where a page's font lost the "ố" ("Nghị định s 70/2014/NĐ-CP"); after
"số", a company's number that starts with its letters (`_LETTERED_SERIAL_RE`)."""
_HYPHENED_KIND_RE = compile_led(
    r"(?<![a-z])(?:" + "|".join(re.escape(kind).replace(r"\ ", "-") for kind in KINDS if " " in kind) + r")(?![a-z])"
)
"""A kind of two or more syllables joined by hyphens, as the 1940s spelling wrote compound words ("Sắc-lệnh", "Nghị-
định"): the same kind, read with spaces (the same length, so every offset holds)."""
_BROKEN_ANCHOR_RE = compile_led(
    r"(?<![a-z])(?P<kind>" + _KIND_ALT.replace(" ", r"\s+") + ")"
    r"\s+(?:so[ \t]*[:.]?\s*(?=\d)|(?=\d{1,5}/))"
)
"""A kind and its number with a line end between (a PDF copy that leaves a blank line after each: "Công \n\nvăn số
3566/BGDĐT-GDTX", "Tờ trình số \n\n1179/TTr-SGDĐT"); the phrase matcher reads words one line at a time. Without
"số" the number must have its symbol ("Quyết định\n\n1. …" is a heading and a list)."""
_ISSUER_WORD = rf"(?!(?:{_KIND_ALT})\b)[a-z]+"
"""A word of an issuer's name written between a kind and its number: no kind of document's."""
_ISSUER_FIRST_RE = re.compile(
    rf"(?<![a-z])(?P<kind>{_KIND_ALT})[ \t]+cua[ \t]+(?P<issuer>{_ISSUER_WORD}(?:[ \t]+{_ISSUER_WORD}){{0,5}}?)"
    rf"[ \t]+so[ \t]*[:.]?[ \t]*(?=\d)"
)
"""The issuer written between the kind and the number: "Nghị định của Chính phủ số 20/2002/NĐ-CP"; not another
document named after "của" ("quy định của Nghị định số …": the Nghị định is the citation), nor anywhere among
the words before "số" ("hướng dẫn của Tổng cục Thuế tại công văn số …": the công văn is)."""
_ISSUER_FIRST_ANY = re.compile(r"cua[ \t]+[a-z]+(?:[ \t]+[a-z]+){0,5}[ \t]+so[ \t]*[:.]?[ \t]*\d")
"""What `_ISSUER_FIRST_RE` needs after its kind, scanned for from "cua": most texts have none, and the kinds tried at
every word cost far more."""
_QUALIFIED_RE = compile_led(
    rf"(?<![a-z])(?P<kind>{_KIND_ALT})(?P<words>(?:[ \t]+(?!(?:cua|va|hoac|nay|tai|theo|kem|so)\b)[a-z]+){{1,2}})"
    rf"[ \t]+(?:so[ \t]*[:.]?[ \t]*|s[ \t]+)(?=\d)"
)
"""A kind with a word or two that say which of its kind before "số" ("Báo cáo thẩm định số 312/BC-STP", "Tờ trình
đề nghị số …", "Công điện khẩn số …"; "s" where a page's font lost the "ố": "công văn đính chính s 2736/…"): the kind
written first; its number must have a symbol."""
_ISSUING_VERB = (
    r"[ \t]+(?:da[ \t]+)?(?:ky[ \t]+ban[ \t]+hanh|ban[ \t]+hanh(?:[ \t]+kem[ \t]+theo)?|ky|co|gui)[ \t]+"
    r"|[ \t]+da[ \t]+ra[ \t]+"
)
"""The verb that issues the document named after it, folded: "(đã) ban hành", "ký", "có", "đã ra", and "gửi" for
the letter its sender sends that day ("Ngày 28 tháng 5 năm 2003, Đại sứ quán … gửi công hàm số 60/03 …")."""
_SENTENCE_DATE_RE = re.compile(
    r"(?:^|(?<=[.;!?\n])|(?<=[a-z],))[ \t]*(?:\([^()\n]{1,30}\)[ \t]*|[a-z]{2,12}[ \t]+[-–—][ \t]+)?"
    r"(?:(?:trong|tai)[ \t]+phien[ \t]+hop[ \t]+)?ngay(?:\b|(?=\d))(?P<rest>(?:[^.;!?\n]|(?<=\d)\.(?=\d)){4,140}?)"
    rf"(?:{_ISSUING_VERB})$"
)
"""A news sentence that dates the document it names: "Ngày 13/06/2025, Bộ trưởng Bộ Ngoại giao ban hành Thông
tư 08/2025/TT-BNG …", "Ngày 21/4/2015, Thủ tướng Chính phủ đã ban hành Chỉ thị số 06/CT-TTg …", "Ngày 22/10/2014,
UBND tỉnh đã ban hành kèm theo Quyết định số 2345/QĐ-UBND …" (a news item's wording for the rules it issued),
also after the source a news item opens with in brackets or before a dash ("(LuatVietnam) Ngày 24/12/2012, …",
"CTTĐT - Ngày 5/9/2016, …"); the date may be written with periods ("Ngày 23.1.2003 …"); the clause may open after
a comma inside the sentence ("…, hôm qua, ngày 04/3/2020, Sở Ngoại vụ đã ban hành văn bản 357/…"), not after a
number's (`_sentence_date`), and name the session that issued it ("Hội đồng Nhà nước, trong phiên họp ngày 27 tháng 9
năm 1984 đã ra Quyết nghị số …")."""
_BARE_RE = re.compile(r"(?P<num>\d{1,5})(?![\w/-])(?=[ \t]*(?:[,;]|ngay\b|cua\b|(?P<year>nam)[ \t]+(?:19|20)\d\d\b))")
"""A number without a symbol, as a news item or a party document cites it ("Quy chế số 27, ngày 28/6/2024",
"công văn 2933 ngày 11/5/2022", "Quyết định số 1584 năm 2013 có …": a year names no day, so no date): read where
a date, a comma, "của" or, after "số", the year of issue follows it ("Kế hoạch 5 năm 2021-2025" is a span)."""
_SERIAL_NAMED_RE = re.compile(
    r"(?P<num>\d{1,5})(?![\w/.,-])"
    r"(?=[ \t]+(?!(?:nam|thang|ngay|tuan|lan|nguoi|dieu|khoan|muc|trang|ban|ty|trieu)\b)[a-z])"
)
"""A document named by its bare serial in a sentence ("Công văn 14842 cũng quy định", "Chỉ thị 11 về chăm lo Tết"):
read after a capitalised kind of document (`_SERIAL_NAMED_KINDS`), before a word that is no count's unit ("Kế
hoạch 5 năm", "Quyết định 3 lần")."""
_LETTERED_SERIAL_RE = re.compile(
    r"(?P<num>(?:\d{3,8}[A-Z]{1,4}|[A-Z]{2,5}(?=\S*\d)(?:[ \t]?[-/][ \t]?[A-Z0-9]{1,6}){1,4})"
    rf"(?![\w/-])(?=[ \t]+(?:đề[ \t]+)?ngày\b)|{_FOREIGN_REFERENCE})"
)
"""A company's letter numbered in its own way: digits and capitals with no slash ("công văn số 181101MD đề ngày
21/11/2018"), or its letters first ("công văn số TDV/01-2020 đề ngày 22/09/2020", "văn bản số THT-13- 56/CV ngày …",
kept as printed): read only after "số" and before its date, which leave no doubt it is a number; or a foreign
reference (`_FOREIGN_REFERENCE`), after "số" alone."""
_CUT_AT_END_RE = re.compile(r"(?P<num>\d{1,5}(?:/(?:19|20)\d{2})?)\s*\Z")
"""A number after "số" that ends the copy, its symbol cut off with the rest of the page ("… và thay thế Quyết định số
73", "- Chỉ thị số 29/2007"): the document cited, its number as printed, for a kind whose bare serial names one
document (`_SERIAL_NAMED_KINDS`; "… tại Tờ trình số 31" cut there is left); `_cut_by_copy_end` drops it when it starts
a number cited in full before."""
_NOTE_NUMBER_RE = re.compile(r"(?P<num>\d{1,5}/\d{2})(?![\w/.-])")
"""A diplomatic note's number: its serial and the year's last two digits ("công hàm số 60/03" of 2003), read after
that kind only (elsewhere two numbers with a slash may be a day and a month)."""
_SMALL_SYMBOL_RE = re.compile(r"(?P<num>\d{1,5}[-/](?P<part>[a-zđ]{2,5}))(?![\w/-])")


def _small_symbol(text: str, pos: int) -> re.Match[str] | None:
    """A serial and a known symbol typed wholly in small letters ("Sắc lệnh số 1-sl", "38/sl"), as old decrees'
    copies print it: the number as printed (a number with a capital is `cited_number_at`'s)."""
    found = _SMALL_SYMBOL_RE.match(text, pos)
    return found if found is not None and found["part"].upper() in KNOWN_SYMBOL_PARTS else None


_SERIAL_NAMED_KINDS = frozenset(
    {"cong_van", "cong_dien", "chi_thi", "quyet_dinh", "nghi_dinh", "nghi_quyet", "thong_tu", "thong_bao", "ket_luan"}
)
"""Kinds whose bare serial names one document; a plan's, a programme's or a "văn bản"'s number alone is too often
a count or a programme's name ("Chương trình 135", "Đề án 30")."""
_NOUN_KINDS = frozenset({"nghi_dinh", "nghi_quyet", "thong_tu"})
"""Kinds whose words name only a document, never an act ("quyết định", "chỉ thị", "thông báo" are verbs too):
their bare serial counts in lower case as well."""
_PROGRAMMES = frozenset({"de_an", "chuong_trinh"})
"""Programmes named by a serial ("Đề án 165", "Chương trình 135"): a name, no document cited."""
_SHARED_SYMBOL_RE = re.compile(
    r"(?:\d{1,5}[ \t]*(?:,[ \t]*(?:va[ \t]+)?|va[ \t]+))+(?=\d{1,5}[-/](?:(?:19|20)\d\d/)?[a-z])"
)
"""Bare serials listed before the one number that prints the symbol, date and issuer they share ("các công văn số
614, 615, 616-CV/VPTW ngày 21/4/2011 của …"): a document each, of that date and issuer."""
_SERIAL_DIGITS = re.compile(r"\d+")
_YEAR_RE = re.compile(r"(?:19|20)\d{2}")
_MORE_RE = re.compile(r"[ \t]*(?:,|;|va)[ \t]*(?:va[ \t]+)?(?:so[ \t]*|(?=\d{1,5}/(?:(?:19|20)\d\d/)?[a-z]))")
"""The next item of a list after a cited number: "…, số 13/QĐ-UBND", or its number alone when it has a symbol ("các
Quyết định số 12/QĐ-UBND, 13/QĐ-UBND và 14/QĐ-UBND"; a date or a count after the comma has none)."""
_LAW_RE = re.compile(r"(?:Bộ [lL]uật|Luật|Pháp lệnh)[ \t]+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝ]|tổ chức[ \t])")
"""A law's title after its kind: a capital, or "tổ chức" in lower case as older texts write a body's organic law ("Luật
tổ chức Hội đồng Bộ trưởng ngày 4/7/1981"), which names no other thing."""
_BASIS_LAW_RE = re.compile(
    r"(?:Bộ [lL]uật|Luật|Pháp lệnh)[ \t]+(?!(?:số|ngày|năm|này|đó|trên|hiện|mới|và|của)(?![^\W\d_]))(?=[^\W\d_])"
)
"""A law's title in small letters right after a basis line's "Căn cứ", as older and copied texts write titles
("Căn cứ Luật tiêu chuẩn và quy chuẩn kỹ thuật ngày 29/6/2006"): what a basis names after the kind is a title —
not the law's number ("Luật số 35/2018/QH14") nor words for a law at hand ("Luật này", "Luật hiện hành")."""
_LAW_END_RE = re.compile(
    r"\s+năm\s+(?:19|20)\d{2}|\s+(?:số|ngày|được|đã|quy định|thì)\s|\s+do\s+(?=[A-ZĐ])|[;.()\"“”:\n]"
    r"|\s+và\s+(?=Luật|Bộ [lL]uật|Pháp lệnh|Nghị|Quyết|Thông|Chỉ|Hiến|[^\W\d_A-ZĐÂĂÊÔƠƯÁÀẢÃẠÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỨỪỬỮỰ])"
)
"""Where a law's name ends; "và" ends it before another document or a lower-case word, not inside a name
("Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân"); "do" ends it before who enacted it ("… do Chủ tịch
nước công bố")."""
_NAME_GOES_ON = re.compile(r"(?:[ \t](?:của|và|về|các|cho|trong)|[,-])[ \t]*$")
"""A law's name broken by a copy's line break after a word no name ends with ("Luật Hoạt động giám sát của" /
"Quốc hội và Hội đồng nhân dân"): the name goes on on the next line."""
_ENACTED_RE = re.compile(
    r"[ \t,]+(?:đã[ \t]+)?(?:được|do)[ \t]+[^;.()\n]{2,120}?[ \t](?:thông qua|ban hành|công bố|ký)(?=[ \t,]+ngày)"
)
"""Who enacted a law and how, between its name and its date: "… được Quốc hội khóa XI, kỳ họp thứ 4 thông qua
ngày 26/11/2003", "… do Chủ tịch nước công bố ngày 26/11/2003": the date is the law's."""
# "Luật sửa đổi, bổ sung một số điều của Luật A và Luật B": one amending law, whose name runs through the
# laws it amends ("và", "một số" and commas belong to it). Matched on the folded text, over line breaks:
# OCR drops or changes the marks of this fixed phrase ("sửa\nđổi, bố sưng", "sửa đồi, bồ sung một sô
# điểu"), and the name is written with the phrase's own spelling.
_AMENDING_RE = re.compile(
    r"(?<![a-z])(?P<kind>bo luat|luat|phap lenh)\s+sua\s+doi\s*(?P<comma>,?)\s+bo\s+(?P<sung>sung|xung)\b"
    r"(?P<some>\s+mot\s+so\s+dieu\b)?"
)
"""… its "bổ sung" may be written "bổ xung", a common misspelling (s and x sound alike in the North) that OCR does
not make: kept as written, and the same law as "bổ sung" when named again (`_law_name`)."""
_LAW_KIND_RE = compile_led(rf"(?:(?<!\w)|(?<=[{LOWER}]))(?:Bộ [lL]uật|Luật|Pháp lệnh|Hiến ?pháp)(?=\s|\w|[;,])")
"""A law's kind word, before a space or glued by a web copy to its name's capital ("LuậtKý kết, gia nhập …"; a
small letter after it is another word: "Luậtsư"); the copy may glue it to the word before as well ("Căn
cứPháp lệnh Ngoại hối"): its capital after a small letter starts a word."""
_CONSTITUTION_RE = re.compile(
    r"Hiến ?pháp(?:[ \t]+nước[ \t]+Cộng[ \t]+h(?:òa|oà)[ \t]+xã[ \t]+hội[ \t]+chủ[ \t]+nghĩa[ \t]+Việt[ \t]+Nam"
    r"(?=[ \t]*(?:[;,.\n]|năm|ngày|$))|[ \t]+(?:19|20)\d{2}\b|(?=[ \t]+năm[ \t]+(?:19|20)\d{2}\b)"
    r"|[ \t]+nước[ \t]+Việt[ \t]+Nam[ \t]+[Dd]ân[ \t]+chủ[ \t]+[Cc]ộng[ \t]+h(?:òa|oà)"
    r"(?=[ \t]*(?:[;,.\n]|năm|ngày|và|$)))"
)
"""The Constitution, cited by name (kind `hien_phap`): with the state it is the Constitution of ("Hiến pháp nước
Cộng hòa xã hội chủ nghĩa Việt Nam", before 1976 "Hiến pháp nước Việt Nam Dân chủ Cộng hòa"), maybe dated by its
adoption ("… ngày 18 tháng 12 năm 1980"), or its year ("Hiến pháp năm 2013"); "Hiến pháp" alone in a sentence
("trái với Hiến pháp") names no one text and is no citation."""
_BARE_CONSTITUTION_RE = re.compile(
    r"Hiến ?pháp(?=[ \t]+và[ \t]+(?:Bộ luật|Luật|Pháp lệnh)[ \t]+[^\W\d_]|[ \t]*,[ \t]*(?:Bộ luật|Luật)[ \t])"
)
"""The Constitution named alone beside a law named by its title ("theo quy định của Hiến pháp và Luật Tổ chức Quốc
hội"): the one Constitution in force, cited with that law; "Hiến pháp và pháp luật" is a set phrase, no citation."""
_BASIS_BEFORE_RE = re.compile(r"can cu(?:[ \t]+vao)?[ \t]+$")
"""A legal basis line ("Căn cứ Hiến pháp;"): the Constitution alone cited as the basis is a citation."""
_CONVENTION_BEFORE = re.compile(
    r"(?:cong uoc|hiep uoc)(?:[ \t]+[^\s.;:]+){0,6}?[ \t]+ve[ \t]+$|(?:cong uoc|hiep uoc)[ \t]+$"
)
"""Before a "Luật": a convention it names ("Công ước Luật Biển", "Công ước của Liên hợp quốc về Luật Biển"), an
international treaty and no Vietnamese law."""
_LAW_IN_GENERAL = re.compile(r"(?<![a-z])phap[ \t]*$")
""" "pháp" before "Luật": one word, "pháp luật" (the law in general; "Pháp Luật", a newspaper's name), no kind of
document ("Pháp lệnh" is one, and is matched whole)."""
_JURIST = re.compile(r"(?i:luật) (?:gia|sư)(?![^\W\d_])")
""" "Luật gia" (a jurist: "Hội Luật gia"), "luật sư" (a lawyer): trades, no law's title; "Luật Giá" keeps its mark."""
_LAW_AS_SUBJECT = re.compile(r"(?<![a-z])(?:khoa|dai hoc|hoc vien|nganh|cu nhan|thac si|tien si)[ \t]*$")
""" "Luật" as what is taught or studied ("Khoa Luật Đại học quốc gia …", "Trường Đại học Luật Hà Nội", "cử nhân
Luật"): a school's or a degree's name, no law."""
_BILL_BEFORE = re.compile(r"(?<![a-z])(?:du an|du thao)[ \t]+$")
""" "Dự án" or "dự thảo" before a law's kind: the bill being drafted ("Tổ biên tập Dự án Luật HTX (sửa đổi)"), no
law that is cited."""
_CODE_BRACKET = re.compile(r"[ \t]*\([A-ZĐ][A-ZĐ0-9.-]{0,9}\)")
"""A unit's code in brackets after a cited number ("Thông tư số 09/2000/TT-BCA (A18) ngày 07 tháng 6 năm 2000"):
the date follows it."""
_LAW_SYMBOL = re.compile(r"(?:\d{4}/)?(?:QH|UBTVQH|L-CTN|PL-UBTVQH)")
"""A law's or an ordinance's own number ("31/2024/QH15", "02/2022/UBTVQH15", "28/2005/PL-UBTVQH11"): what "số"
after its name can be; another symbol there starts the next citation ("Luật Thanh tra, Căn cứ Thông tư số
02/2007/TT-BNV")."""
_LAW_NUMBER_LABEL = compile_led(r"[ \t]*(?:ngày[ \t]+)?(?:số|s(?=[ \t]+\d))[ \t]+")
""""số" before a law's number ("ngày" left without its date may stand before it); a page whose font lost the "ố"
prints "s" ("Luật … s 46/2010/QH12"), read so only before a law's own symbol."""
_AMENDING_KINDS = {"bo luat": "Bộ luật", "luat": "Luật", "phap lenh": "Pháp lệnh"}
_AMENDING_END_RE = re.compile(
    r"\s+năm\s+(?:19|20)\d{2}|\s+số[ \t]*\d|\s+(?:ngày|được|đã|quy định|thì)\s|[;.()\"“”:\n]"
    r"|\s+và\s+(?:sửa\s+đổi|bổ\s+sung|hướng\s+dẫn|quy\s+định)\b"
)
"""Where an amending law's name ends: its year, number or date, a verb, a stop; or "và" and another act of the
sentence's own ("… và Luật Quản lý thuế và sửa đổi một số điều tại các Thông tư về thuế": the decree's words)."""
_ISSUER_RE = re.compile(r"^[\s,]*(?:của|do)[ \t]+")
_ISSUER_STOP = re.compile(
    r"\s(?:về|v/v|quy định|qui định|hướng dẫn|ban hành|và|trong|tại|theo|thì|nhằm|đối với|đã|yêu cầu|kết luận|"
    r"phê duyệt|cho|với|khi|để|được|giao(?<!Ngoại giao)|sửa đổi|là|năm \d{4}|ngày|(?:ủy|uỷ) (?:nhiệm|quyền))"
    r"(?=[\s,;]|$)|[,;.()\"“”:\n]"
)
"""Where a cited document's issuer after "của" ends: a verb or a preposition of the sentence ("của Hội đồng Chính phủ
ủy nhiệm cho Phủ thủ tướng …"), a date, a punctuation mark."""


_LIST_INTRO_RE = re.compile(r"[ \t]+cua[ \t]+[^:;.\d]{1,40}?:[ \t]*so[ \t]*[:.]?[ \t]*(?=\d)")
"""After a plural kind, the list's issuer before its items: "các Nghị định của Chính phủ: Số 101/…"."""
_LIST_MORE_RE = re.compile(r"[;:]\s*so[ \t]*[:.]?[ \t]*(?=\d)")
_LIST_END_RE = re.compile(r";\s*(?:can cu|xet|theo|tren co so)\b|\.\s*\n|:\s*\n")
"""Where a list's clause ends: the next legal basis, a paragraph's full stop."""
_LIST_REACH = 500


@dataclass
class _Anchor:
    kind: str
    start: int
    number_at: int
    listed: bool = False
    """A list ("các Nghị định …"): its items run on after a description ("…; số 103/2024/NĐ-CP")."""
    issuer: tuple[int, int] | None = None
    """Where the issuer is written between the kind and the number ("Nghị định của Chính phủ số …")."""
    symbol_needed: bool = False
    """Words stand between the kind and "số": only a number with a symbol makes it a citation."""


def _list_anchor(folded: str, kind: str, start: int, phrase_end: int) -> _Anchor | None:
    """A plural kind whose items follow its issuer and a colon ("các Công văn của Bộ Tài chính: Số …")."""
    if not folded.endswith("cac ", 0, start):
        return None
    intro = _LIST_INTRO_RE.match(folded, phrase_end)
    return _Anchor(kind, start, intro.end(), listed=True) if intro else None


def _regex_anchors(folded: str) -> list[_Anchor]:
    anchors = [
        _Anchor(KINDS[m["kind"]], m.start(), m.end(), listed=folded.endswith("cac ", 0, m.start()))
        for m in _ANCHOR_RE.finditer(folded)
    ]
    for match in re.finditer(rf"(?<![a-z])(?:{_KIND_ALT})(?=[ \t]+cua\b)", folded):
        listed = _list_anchor(folded, KINDS[match.group()], match.start(), match.end())
        anchors.extend([listed] if listed else [])
    return sorted(anchors, key=lambda a: a.start)


@cache
def _matcher() -> Any:
    """A PhraseMatcher of the kind phrases over folded tokens (built once)."""
    from spacy.matcher import PhraseMatcher

    pipeline = nlp.spacy_nlp()
    matcher = PhraseMatcher(pipeline.vocab, attr="LOWER")
    for phrase, kind in KINDS.items():
        matcher.add(kind, [pipeline.make_doc(phrase)])
    return matcher


def _spacy_anchors(folded: str) -> list[_Anchor]:
    """Kind phrase, optional "số" (after a colon too: "các Công văn: Số 1060/…"), then a token that starts
    with a digit (a number kept whole), or after "số" a company's number that starts with letters (`_LETTERS_FIRST`)."""
    doc = nlp.spacy_nlp().make_doc(folded)
    best: dict[int, _Anchor] = {}
    for match_id, start, end in _matcher()(doc):
        if end + 1 < len(doc) and doc[end].text == ":" and doc[end + 1].lower_ == "so":
            end += 1
        at = end + 1 if end < len(doc) and doc[end].lower_ in ("so", "so:", "s") else end  # "s": "ố" lost
        if at < len(doc) and at > end and doc[at].text == ":":
            at += 1  # "văn bản số: 3909/…": the colon a token of its own
        kind, phrase_start = doc.vocab.strings[match_id], doc[start].idx
        if at >= len(doc) or not (
            doc[at].text[:1].isdigit() or (at > end and _LETTERS_FIRST_RE.match(folded, doc[at].idx))
        ):
            listed = _list_anchor(folded, kind, phrase_start, doc[end - 1].idx + len(doc[end - 1]))
            if listed is not None:
                best.setdefault(listed.number_at, listed)
            continue
        anchor = _Anchor(kind, phrase_start, doc[at].idx, listed=folded.endswith("cac ", 0, phrase_start))
        kept = best.get(anchor.number_at)
        if kept is None or anchor.start < kept.start:  # longest phrase wins ("thong tu lien tich")
            best[anchor.number_at] = anchor
    return sorted(best.values(), key=lambda a: a.start)


def _issuer_at(text: str, pos: int) -> tuple[str | None, int]:
    match = _ISSUER_RE.match(text[pos : pos + 20])
    if not match:
        return None, pos
    start = pos + match.end()
    window = text[start : start + 120]
    if not window[:1].isupper():
        return None, pos
    stop = _ISSUER_STOP.search(window)
    issuer = squash(window[: stop.start()] if stop else " ".join(window.split()[:8]))
    return issuer or None, start + len(window[: stop.start()] if stop else window)


def find_citations(
    text: str,
    own_number: str | None = None,
    offset: int | None = 0,
    own_symbol: str | None = None,
    *,
    ocr: bool = True,
    own_year: int | None = None,
) -> list[Citation]:
    """Every cited document in `text`, once each, in order of first mention (see module doc).

    A serial alone with no date and no "số" (`_short_name`) is left out: a wrong number is worse than none.

    `offset` shifts spans (None: no spans, for text that is not part of Document.text such as footnotes); `ocr`:
    the text may be OCR output, so a law's title read within a few edits of a known one is written with the known
    spelling (elsewhere the edits are the office's own words, kept as read); `own_year`: the year the document was
    issued, so its own number cited with another year's date is an earlier document's (a serial restarts each year:
    "Chỉ thị số 07/CT-UBND ngày 31/5/2021" in chỉ thị 07/CT-UBND of 2023).
    """
    folded = fold(text)
    flat = folded.replace("\n", " ")  # a kind phrase or its number may run over a line end ("Quyết\nđịnh số")
    flat = _HYPHENED_KIND_RE.sub(lambda m: m.group().replace("-", " "), flat)  # "Sắc-lệnh số 68": old spelling
    anchors = _spacy_anchors(flat) if nlp.enabled["spacy"] else _regex_anchors(flat)
    anchors += [
        _Anchor(_SHORT_KINDS.get(m["kind"]) or _SHORT_TYPED[m["kind"]], m.start(), m.end())
        for m in _SHORT_KIND_RE.finditer(text)
        if m["kind"] in _SHORT_KINDS or _typed_as(text, m.end(), _SHORT_TYPED[m["kind"]])
    ]
    numbered = {anchor.number_at for anchor in anchors}
    glued_so = (_GLUED_SO_RE, _SO_GLUED_RE) if _GLUED_SO_ANY.search(flat) else ()
    anchors += [
        _Anchor(KINDS[m["kind"]], m.start(), m.end())
        for pattern in (*glued_so, _GLUED_BRACKET_RE, _GLUED_AND_RE)
        for m in pattern.finditer(flat)
        if m.end() not in numbered
    ]
    anchors += [
        _Anchor(KINDS[glued["kind"]], glued.start("kind"), said.end())
        for said in _SAID_NUMBER_RE.finditer(flat)
        if said.end() not in numbered
        and (glued := _GLUED_KIND_END.search(flat, max(0, said.start() - 30), said.start())) is not None
        and (text[glued.start("kind")].isupper() or " " in glued["kind"])
    ]
    anchors += [
        _Anchor(KINDS[m["kind"]], m.start(), m.end(), issuer=m.span("issuer"))
        for m in (_ISSUER_FIRST_RE.finditer(flat) if _ISSUER_FIRST_ANY.search(flat) else ())
        if text[m.start("issuer")].isupper()
    ]
    anchors += [
        _Anchor(KINDS[" ".join(m["kind"].split())], m.start(), m.end())
        for m in _BROKEN_ANCHOR_RE.finditer(folded)
        if "\n" in m.group() and m.end() not in numbered
    ]
    anchors = _with_qualified(anchors, flat, text)
    numbered = {anchor.number_at for anchor in anchors}
    anchors += [anchor for anchor in _lost_letter_anchors(text) if anchor.number_at not in numbered]
    found: list[Citation] = []
    for anchor in anchors:
        found.extend(_from_anchor(text, folded, anchor, offset))
    covered = -1
    before: tuple[Citation, int] | None = None  # the law read last, and where its citation ends
    for match in _LAW_KIND_RE.finditer(text):
        if not (text[match.end()].isspace() or text[match.end()].isupper() or text[match.end()] in ";,"):
            continue  # "Căn cứ Hiến pháp;": a name alone is read when a basis line cites it (`_law_at`)
        if _CONVENTION_BEFORE.search(folded, max(0, match.start() - 80), match.start()):
            continue
        if match.group() == "Luật" and _LAW_IN_GENERAL.search(folded, max(0, match.start() - 6), match.start()):
            continue  # "Báo Pháp Luật VN": "pháp luật" is the law in general, no law's kind
        if match.group() == "Luật" and _LAW_AS_SUBJECT.search(folded, max(0, match.start() - 12), match.start()):
            continue
        if _JURIST.match(text, match.start()):
            continue  # "Hội Luật gia": a trade, not "Luật Giá"
        if _BILL_BEFORE.search(folded, max(0, match.start() - 12), match.start()):
            continue  # "Dự án Luật HTX (sửa đổi)": a bill, no law in force
        if match.start() >= covered:  # not a law named inside another's title ("… của Luật A và Luật B")
            law = _law_at(text, folded, match.start(), offset, ocr=ocr)
            if law is not None:
                if before is not None and _shares_date(before, law[0], text[before[1] : match.start()]):
                    found[found.index(before[0])] = before[0].model_copy(
                        update={"date": law[0].date, "date_short_year": law[0].date_short_year}
                    )
                more, covered = _more_numbers(text, law, offset)
                found.extend([law[0], *more])
                before = law if not more else None
    found.sort(key=lambda c: c.span.start if c.span else 0)
    pages = [c for c in found if _article_page_heading(c, text)]
    page_numbers = {c.number for c in pages if c.number}  # the page's document, wherever its text names it again
    merged = merge_citations(
        [
            c
            for c in found
            if c not in pages
            and c.number not in page_numbers
            and (not _is_self(c, text, own_number, own_symbol) or _of_another_year(c, own_year))
        ]
    )
    return [c for c in merged if not _short_name(c) and not _cut_by_copy_end(c, text, merged)]


def _shares_date(first: tuple[Citation, int], second: Citation, between: str) -> bool:
    """Two laws named with "và" and one date after the second ("Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền
    địa phương ngày 19 tháng 6 năm 2015"): passed the same day, the date is both laws'; the first, named alone
    with no number or date of its own, takes it."""
    return (
        re.fullmatch(r"[ \t]+và[ \t]+", between) is not None
        and first[0].date is None
        and first[0].number is None
        and second.date is not None
        and second.number is None
    )


def _lost_letter_anchors(text: str) -> list[_Anchor]:
    """Kind phrases a copy printed with letters lost (`_LOST_LETTERS_RE`) whose number's type names that kind, or
    whose number has a symbol that names no kind (an older "12-CP": the issuer only), so nothing contradicts the
    phrase ("Ngh định s 12-CP ngày 1/12/1992")."""
    anchors: list[_Anchor] = []
    for match in _LOST_LETTERS_RE.finditer(text):
        kind = next(kind for pattern, kind in _KIND_OF_LOST.items() if pattern.fullmatch(match["kind"]))
        number = cited_number_at(text, match.end())
        if number is not None and (number.kind == kind or (number.kind is None and number.symbol)):
            anchors.append(_Anchor(kind, match.start(), match.end()))
    return anchors


def _typed_as(text: str, pos: int, kind: str) -> bool:
    """Whether the number at `pos` has a type abbreviation that names `kind` ("82/2001/NĐ-CP": nghi_dinh)."""
    number = cited_number_at(text, pos)
    return number is not None and number.kind == kind


def _cut_by_copy_end(citation: Citation, text: str, cited: list[Citation]) -> bool:
    """A number that runs into the end of the copy and starts another number cited before ("… Nghị định số
    136/2007/NĐ-CP …; của Nghị định số 136/2007/N"): that document, cut by the copy's end, not another one."""
    number = citation.number or ""
    if not number or not citation.text.endswith(number) or not squash(text).endswith(citation.text):
        return False
    return any(other.number != number and (other.number or "").startswith(number) for other in cited)


def _short_name(citation: Citation) -> bool:
    """A programme's serial alone, with no date and no "số" before it ("Đề án 30 của UBND tỉnh", "Chương trình
    135"): the programme's name, no document cited. A document's bare serial is cited as written ("Nghị quyết 18",
    "Công văn 14842": every document identified by a number, samples/real/texts/README.md); a short form of a
    number cited in full beside it merged into that one before (`merge_citations`)."""
    if citation.kind not in _PROGRAMMES or citation.date is not None or not (citation.number or "").isdigit():
        return False
    return re.search(r"so[ \t]*[:.]?[ \t]*\d", fold(citation.text)) is None


def _named_by_serial(text: str, folded: str, anchor: _Anchor, pos: int, *, first: bool) -> re.Match[str] | None:
    """The bare serial at `pos` of a document named by it in a sentence (`_SERIAL_NAMED_RE`): the first number after a
    kind of document printed with its capital ("Chỉ thị 11 về …"; a lower-case "quyết định 2 …" is a verb), or a kind
    that is only ever a document's ("Chính phủ ban hành nghị quyết 19 và nghị định 35")."""
    if not first or anchor.kind not in _SERIAL_NAMED_KINDS:
        return None
    if not text[anchor.start].isupper() and anchor.kind not in _NOUN_KINDS:
        return None
    return _SERIAL_NAMED_RE.match(folded, pos)


def _with_qualified(anchors: list[_Anchor], flat: str, text: str) -> list[_Anchor]:
    """`anchors` with the kinds written before a qualifying word (`_QUALIFIED_RE`). The first kind word is the
    document's: "Thông báo kết luận số 12-TB/TU" is a thông báo, not the "kết luận" the anchors found before its
    number; a longer kind phrase found at the same place stays ("Thông tư liên tịch số")."""
    by_number = {anchor.number_at: anchor for anchor in anchors}
    replaced: set[int] = set()
    added: list[_Anchor] = []
    for match in _QUALIFIED_RE.finditer(flat):
        if not text[match.start("words") : match.end("words")].islower():
            continue
        found = by_number.get(match.end())
        if found is not None and found.start <= match.start():
            continue
        if found is not None:
            replaced.add(id(found))
        added.append(_Anchor(KINDS[match["kind"]], match.start(), match.end(), symbol_needed=found is None))
    return [anchor for anchor in anchors if id(anchor) not in replaced] + added


_APPENDIX_OF = re.compile(r"(?:^|[\n(]|ban\s+hanh)[\s*]*kem\s+theo\s*$")
"""An appendix's own line: "(Ban hành) kèm theo" opening a line or a bracket, right before the decision."""
_ISSUED_WITH_BEFORE = re.compile(rf"{ISSUED_WITH}\s*$")
"""The bracket under a Quy chế's title naming the decision that issued it: "(Ban hành kèm theo Quyết định số …"."""


_ARTICLE_PAGE_HEAD = re.compile(r"[ \t]*dieu[ \t]+\d+[a-z]?[ \t]+$")
_ARTICLE_PAGE_TAIL = re.compile(r"co noi dung nhu sau[ \t]*:?[ \t]*$")
"""A legal library's page for one article, whose heading names the document the article is of: "Điều 2 Quyết định
1528/QĐ-UBND 2019 công bố … có nội dung như sau:" over the article's own text."""
_PART_PAGE_HEAD = re.compile(
    r"[ \t]*(?:dieu[ \t]+\d+[a-z]?|chuong[ \t]+(?:[ivxlc]+|\d+)|muc[ \t]+\d+|phan[ \t]+(?:[ivxlc]+|\d+))[ \t]+$"
)
"""The title a legal library gives its page for one part of a document, as the text's first line: "Chương IV Nghị
định 12/2020/NĐ-CP: Điều khoản thi hành", "Điều 9 Luật Xuất cảnh 2019 số 49/2019/QH14 mới nhất" (no period after
the part's number, as a document's own article heading has, and no sentence: the line ends with no stop or
colon)."""


def _article_page_heading(citation: Citation, text: str) -> bool:
    """Whether the citation opens a library's article-page heading (`_ARTICLE_PAGE_HEAD`), the title of its page
    for a part of the document as the text's first line (`_PART_PAGE_HEAD`), or the document's own title line in
    capitals opening the text ("NGHỊ QUYẾT SỐ 17-NQ/TVQH NGÀY 21-12-1960 / CỦA …", an archive's copy with no
    header block): the document itself."""
    if citation.span is None:
        return False
    line_start, line_end = line_bounds(text, citation.span.start)
    head = fold(text[line_start : citation.span.start])
    sentence = text[citation.span.start : line_end].rstrip().endswith((".", ":", ";"))
    if not text[:line_start].strip() and not sentence and _PART_PAGE_HEAD.fullmatch(head):
        return True
    if not text[:line_start].strip() and not head.strip() and is_upper_line(text[line_start:line_end]):
        return True  # "NGHỊ QUYẾT SỐ 17-NQ/TVQH NGÀY 21-12-1960" opening the text: its own title line
    return (
        _ARTICLE_PAGE_HEAD.fullmatch(head) is not None
        and _ARTICLE_PAGE_TAIL.search(fold(text[citation.span.start : line_end])) is not None
    )


_CHANGES = re.compile(r"(?<![a-z])(?:sua doi|bai bo|thay the|dinh chinh)(?![a-z])")
"""Words of a title that changes another document: a "kèm theo Quyết định số …" after them names that one."""


def _is_self(citation: Citation, text: str, own_number: str | None, own_symbol: str | None) -> bool:
    """The document's own number, the same serial in a web page's title line above the header ("Quyết định số
    1961/2019/QĐ-UBND tỉnh …" over "Số: 1961/QĐ-UBND"), or an appendix's "Kèm theo Quyết định số ..." naming the
    document itself (its number filled in later by hand while the header's stayed blank), also when the text has no
    number of its own (a Quy chế under its title: "(Ban hành kèm theo Quyết định số: 4068/QĐ-HVCTQG …)", the decision
    that issued it, also where a copy ran the title, its subject and the bracket onto one line: `copied_title_type`);
    "kèm theo" inside a sentence ("… được công bố kèm theo Quyết định số 81/QĐ-UBND") names another
    decision of the same body."""
    if citation.number is not None and own_number is not None and _bare(citation.number) == _bare(own_number):
        return True  # also with other separators in its own title line ("108 /1999/TT/BTC" for "108/1999/TT-BTC")
    if own_number and citation.number and citation.span is not None:
        own_at = _printed_at(text, own_number)
        serial = own_number.partition("/")[0]
        if citation.span.start < own_at and citation.number.partition("/")[0] == serial:
            return True  # a page's title above the header names the document, its number written another way
    at = max(0, citation.span.start - 30) if citation.span else 0
    before = fold(text[at : citation.span.start]) if citation.span else ""
    if citation.number and own_number is None and own_symbol is None:
        bracket = _ISSUED_WITH_BEFORE.search(before)
        if bracket is None or citation.span is None:
            return False
        title = text[max(0, at + bracket.start() - 40) : at + bracket.start()].split()[-3:]
        if title and is_upper_line(" ".join(title)):
            return True  # under a title in capitals, not in a sentence
        line_start, line_end = line_bounds(text, citation.span.start)
        return copied_title_type([text[line_start:line_end]]) is not None  # a title run onto one line with it
    if own_number and re.match(r"\d", own_number) and citation.span is not None:
        line_start, _ = line_bounds(text, citation.span.start)
        if _CHANGES.search(fold(text[line_start : citation.span.start])):
            return False  # "SỬA ĐỔI … QUY ĐỊNH … BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 4631/…": the one it amends
    if own_symbol and citation.number and citation.number.endswith(own_symbol):
        return _APPENDIX_OF.search(before) is not None
    return False


def _bare(number: str) -> str:
    """A number's letters and digits only, in capitals: one number however its parts are separated."""
    return re.sub(r"[\W_]", "", number).upper()


def _of_another_year(citation: Citation, own_year: int | None) -> bool:
    """Whether a citation of the document's own number is dated in another year than the document: a serial without
    a year in it, reused (`find_citations`' `own_year`)."""
    return own_year is not None and citation.date is not None and citation.date.year != own_year


def _printed_at(text: str, number: str) -> int:
    """Where `number` is printed in `text`, stray spaces inside it allowed ("04/HD-VKSTC- V4" for "04/HD-VKSTC-V4",
    the header's number read without them); -1 when it is not."""
    found = _spaced(number).search(text)
    return found.start() if found else -1


@lru_cache(maxsize=256)
def _spaced(number: str) -> re.Pattern[str]:
    """`_printed_at`'s pattern, compiled once per number: on real texts the `re` module's own cache of 512 is
    overrun by every other text's patterns, and it was compiled again on most calls."""
    return re.compile(r"[ \t]*".join(map(re.escape, number.replace(" ", ""))))


def _span(start: int, end: int, offset: int | None, text: str) -> Span | None:
    if offset is None:
        return None
    return Span(page=text.count("\f", 0, start) + 1, start=offset + start, end=offset + end)


def _from_anchor(text: str, folded: str, anchor: _Anchor, offset: int | None) -> list[Citation]:
    result: list[Citation] = []
    kind = anchor.kind
    pos = anchor.number_at
    described = False  # whether the item before was described before this one ("…; số 1187/…")
    serials = _SHARED_SYMBOL_RE.match(folded, pos)
    if serials is not None:  # "số 614, 615, 616-CV/VPTW ngày …": the symbol's number is read first
        pos = serials.end()
    while True:
        number = cited_number_at(text, pos, said=not result and _said_number(folded, anchor.start, pos))
        if number is None:
            said = _said_number(folded, anchor.start, pos)
            bare = (
                _BARE_RE.match(folded, pos)
                or _named_by_serial(text, folded, anchor, pos, first=not result)
                or (_LETTERED_SERIAL_RE.match(text, pos) if said else None)
                or (_CUT_AT_END_RE.match(text, pos) if said and kind in _SERIAL_NAMED_KINDS else None)
                or _small_symbol(text, pos)
                or (_NOTE_NUMBER_RE.match(text, pos) if kind == "cong_ham" else None)
            )
            if (
                not bare
                or result
                or anchor.symbol_needed
                or (_YEAR_RE.fullmatch(bare["num"]) and not said)
                or (bare.groupdict().get("year") and not said)
            ):
                break  # "Kế hoạch 2024, …": a year, unless "số" says it is a number
            value, end = bare.group("num"), bare.end()
            this_kind = kind
        else:
            value, end = number.number, number.end
            this_kind = _item_kind(kind, number, first=not result, described=described)
        date = date_at(text, end, max_gap=22)  # " ban hành ngày 3/4/2019", " được ban hành ngày 29/01/2018"
        if date is None and (code := _CODE_BRACKET.match(text, end)) is not None:
            date = date_at(text, code.end(), max_gap=16)
        issued = None if date else _issued_by(text, end)
        date = issued[0] if issued else date or (None if result else _sentence_date(text, folded, anchor.start))
        if date is None and not result and (told := _told_before_bracket(folded, anchor)) is not None:
            flat = folded.replace("\n", " ")  # the sentence may run over a copy's line ends
            date = _sentence_date(text, flat, told)  # "… ngày D, Bộ X đã có Công văn … (Công văn số N)"
        after = date.end if date and date.start >= end else end  # a date from the sentence stands before
        issuer, after_issuer = _issuer_at(text, after)
        issuer = issuer or (issued[1] if issued else None)
        late = date_at(text, after_issuer) if issuer and (date is None or date.start < end) else None
        if late is not None and "," not in text[after_issuer : late.start]:  # "… số 12/QĐ-UBND của UBND tỉnh ngày D"
            date, after_issuer = late, late.end
        if issuer is None and not result and anchor.issuer is not None:
            issuer = squash(text[anchor.issuer[0] : anchor.issuer[1]])
        if date is None and issuer is None and (shared := _shared_date(text, folded, end)) is not None:
            date, issuer = shared  # "Quyết định số A và Quyết định số B ngày D của I": A's date and issuer too
        start = anchor.start if not result and serials is None else pos
        result.append(
            Citation(
                text=squash(text[start : max(after, after_issuer)]),
                kind=this_kind,
                number=value,
                date=date.value if date else None,
                date_short_year=bool(date and date.short_year),
                issuer=issuer,
                span=_span(start, max(after, after_issuer), offset, text),
            )
        )
        if serials is not None:
            result[:0] = _shared_serials(text, serials, result[0], offset, anchor.start)
            serials = None
        more = _MORE_RE.match(folded, max(after, after_issuer))
        described = more is None
        if not more and anchor.listed:
            more = _next_item(folded, max(after, after_issuer))
        if not more:
            break
        pos = more.end()
    return result


def _shared_serials(
    text: str, serials: re.Match[str], last: Citation, offset: int | None, anchor_start: int
) -> list[Citation]:
    """The bare serials of `_SHARED_SYMBOL_RE`, each a citation of the listed number's kind, date and issuer; the
    first one's text opens with the kind phrase."""
    found = list(_SERIAL_DIGITS.finditer(text, serials.start(), serials.end()))
    starts = [anchor_start, *(serial.start() for serial in found[1:])]
    return [
        last.model_copy(
            update={
                "text": squash(text[start : serial.end()]),
                "number": serial.group(),
                "span": _span(start, serial.end(), offset, text),
            }
        )
        for start, serial in zip(starts, found, strict=True)
    ]


_ISSUED_BY_RE = re.compile(
    r"[ \t,]*(?:do|của)[ \t]+(?P<issuer>[A-ZĐ][^,;.()\n]{1,60}?)"
    r"[ \t]+(?:đã[ \t]+)?(?:ký[ \t]+)?ban[ \t]+hành(?=[ \t]+ngày)"
)


def _issued_by(text: str, end: int) -> tuple[DateMatch, str] | None:
    """The date and issuer written as who issued the document and when, after its number: "Quyết định số
    12/QĐ-UBND do UBND tỉnh ban hành ngày 3/4/2019"."""
    match = _ISSUED_BY_RE.match(text, end)
    date = date_at(text, match.end()) if match else None
    return (date, squash(match["issuer"])) if match and date else None


_AFTER_A_NAME = re.compile(r"(?:\d|[A-ZĐ]{2,}|[^\W\d_]*[A-ZĐ][^\W\d_]*[A-ZĐ])[^\s,]*,$")
"""A comma after a number, a symbol or an abbreviation in capitals ("12/UBND-VP,", "UBND,"): a date after it belongs
to what it ends."""


def _sentence_date(text: str, folded: str, start: int) -> DateMatch | None:
    """The date that opens the sentence whose verb issues the document cited at `start` (see
    `_SENTENCE_DATE_RE`), before a comma or the sentence's subject ("Ngày 23.1.2003 Bộ Thương mại đã có công văn
    số …"); a date without a year or any other date in the clause gives none."""
    head = _SENTENCE_DATE_RE.search(folded, max(0, start - 160), start)
    if head is None or _AFTER_A_NAME.search(text, max(0, head.start() - 40), head.start()):
        return None  # "… Công văn số 12/UBND-VP, ngày 3/4/2020 Sở …": that date is the number's before it
    date = date_at(text, head.start("rest") - 4, max_gap=6)
    if date is None or date.value is None:
        return None
    clause = folded[date.end : start]
    opens = (
        re.match(r"[ \t]*,", clause)
        or re.match(
            r"[ \t]+(?:của[ \t]+)?[A-ZĐ]", text[date.end : start]
        )  # "Ngày D Bộ X đã có …", "ngày D của Bộ X ban hành …"
        or re.fullmatch(_ISSUING_VERB, clause)  # "…, trong phiên họp ngày D đã ra …": the subject stands before
    )
    return date if opens and not find_dates(clause) else None


def _told_before_bracket(folded: str, anchor: _Anchor) -> int | None:
    """Where the sentence first named, by its kind word alone, the document a bracket then numbers ("ngày 13/5/2016,
    Bộ … đã có Công văn gửi các Bộ … (Công văn số 2102/BGDĐT-NGCBQLCSGD)"): the same kind phrase earlier in the
    sentence, with no number after it; None when the anchor opens no bracket or the sentence names no such kind."""
    if not folded.endswith("(", 0, anchor.start):
        return None
    phrase = folded[anchor.start : anchor.number_at].split(" so")[0].strip()
    begin = max(0, anchor.start - 300)
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(folded, begin, anchor.start)]
    begin = ends[-1] if ends else begin
    told = folded.rfind(phrase, begin, anchor.start - 1)
    if told < 0 or not phrase or _NUMBER_NEXT.match(folded, told + len(phrase)):
        return None
    return told


_SENTENCE_END_RE = re.compile(r"[.!?;](?=\s)")
_NUMBER_NEXT = re.compile(r"[ \t]*(?:so\b|\d)")
"""A kind phrase's number after it: that mention is a citation of its own, not the document a bracket numbers."""


_AND_ANOTHER_RE = re.compile(rf"[ \t]+va[ \t]+(?:(?:{_KIND_ALT})[ \t]+)?so[ \t]*[:.]?[ \t]*(?=\d)")
"""A second number joined by "và" right after the first: "… số 217-QĐ/TW và Quyết định số 218-QĐ/TW …"."""


def _shared_date(text: str, folded: str, end: int) -> tuple[DateMatch, str | None] | None:
    """The date (and issuer) written once after two numbers joined by "và" ("Quyết định số 158-QĐ/TW và Quyết định
    số 159-QĐ/TW, ngày 28-12-2012 của Bộ Chính trị"): both documents are of that date. `end`: the first number's
    end. None when the second number has no date of its own right after it."""
    joined = _AND_ANOTHER_RE.match(folded, end)
    second = cited_number_at(text, joined.end()) if joined else None
    date = date_at(text, second.end, max_gap=22) if second else None
    if date is None or date.value is None:
        return None
    return date, _issuer_at(text, date.end)[0]


def _said_number(folded: str, start: int, pos: int) -> bool:
    """Whether "số" stands between the kind phrase at `start` and the number at `pos`."""
    return re.search(r"\bso\b", folded[start:pos]) is not None


def _next_item(folded: str, pos: int) -> re.Match[str] | None:
    """The list's next "; số …" after an item's description, before the list's clause ends."""
    end = _LIST_END_RE.search(folded, pos, pos + _LIST_REACH)
    return _LIST_MORE_RE.search(folded, pos, end.start() if end else pos + _LIST_REACH)


def _item_kind(kind: str, number: DocNumber, first: bool, described: bool = False) -> str:
    """A cited item's kind: the anchor's, but a list's later item whose symbol names another kind is of that
    kind, and one with no type abbreviation under a kind that has one, after a description of the item before it, is
    a công văn ("các Công văn: Số 1060/BTC-QLGCS … Nghị định số 104/2024/NĐ-CP …; số 1187/BTC-ĐT": the last is no
    Nghị định); right after the item before ("các công điện số 247/MT ngày … và 36/MT ngày …") it is of the list's
    kind. "Văn bản số …" whose symbol names no type stays `van_ban`: a kind is never guessed."""
    if first or kind == "van_ban":
        return kind  # "văn bản số 1011/CV-TU" is the word written: `van_ban` (samples/real/texts/README.md)
    if number.kind:
        return number.kind
    typed = kind in TYPE_ABBREVIATIONS.values() and not number.party
    return "cong_van" if typed and described else kind


_SERIAL_RE = re.compile(r"[ \t]*(?P<serial>[\dOoIl|§](?:[ \t]?[\dOoIl|§]){0,4})(?=[ \t]*[/-])")
_SERIAL_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1", "§": "8"})
_GLUED_YEAR_RE = re.compile(r"/(?:19|20)\d{2}(?=[A-ZĐ])")
_JOINED_PART_RE = re.compile(r"[.&][A-ZĐ][A-Za-zĐđ]*(?![\w/-])|-[a-z](?![\w/-])")
"""A symbol's last part joined by a dot or an ampersand, as old symbols print it ("QĐ.UB", "GD&ĐT"), or a single
small letter after a dash that marks the class of a letter ("848-TTr/NG-LS-m": secret)."""
_GLUED_DATE_RE = re.compile(r"(?<=[A-Za-zĐđ\d])[Nn]gày(?=[ \t]*\d)")
"""The date's "ngày" glued to the symbol's last letter by a web copy, a capital or not ("SMEngày 15",
"QĐ-TTgngày 21"): the symbol ends before it."""
_GLUED_TYPE_RE = re.compile(r"[ \t]*\d{1,5}(?P<type>(?![OI]+/)[A-ZĐ]{2,4})(?=/[A-ZĐ])")
"""A type glued to the serial ("1705CV/BNN/TCCB"); not OCR's O or I read for a digit ("1O/QĐ-UBND")."""


_BROKEN_SYMBOL_RE = re.compile(
    r"[ \t]*\d{1,5}/(?:(?:19|20)\d\d/)?[A-ZĐ][A-ZĐ&.]{0,9}-(?P<gap>[ \t]*\n[ \t\n]*)[A-ZĐ]{2,}[A-ZĐ&]*(?![^\W\d_])"
)
"""A number's symbol broken after its hyphen at a line end, the next line (or the one after a blank line) going on
with the issuer's capitals: "Thông tư số 58/2011/TT-\nBGDĐT ngày …", "23/VBHN-\n\nBGDĐT"."""


_SPACED_DASH_RE = re.compile(r"[ \t]*\d{1,6}(?P<gap>[ \t]+–[ \t]*|–[ \t]+)[A-ZĐ]{1,5}/[A-ZĐ]")
"""A serial, an en dash set with spaces, then a type and a slash: "Thông báo số 656 – TB/HNDTW"."""


_SPLIT_PART_RE = re.compile(r" (?P<rest>[A-ZĐ]{1,4})(?![^\W\d_])")
"""Capitals after a space right after a number: the rest of its last part, when a copy split a body's abbreviation
("28/2009/TT-BGD ĐT" for BGDĐT, `_split_body`)."""


def _split_body(value: str, rest: str) -> bool:
    """Whether `rest` completes the number's last part into a body's known abbreviation that the part alone is not
    ("BGD" + "ĐT" = "BGDĐT")."""
    last = re.split(r"[-/]", value)[-1]
    return last not in KNOWN_SYMBOL_PARTS and last + rest in KNOWN_SYMBOL_PARTS


def cited_number_at(text: str, pos: int, *, said: bool = False) -> DocNumber | None:
    """The cited number at `pos`, read through OCR damage that leaves one reading: a serial split by a space
    ("1 01/2024/NĐ-CP") or with a look-alike letter beside its digits ("0§/CT-UBND"), a year glued to the
    symbol ("101/2024NĐ-CP"). `said`: "số" stands before it, so a serial's en dash set with spaces is the number's
    hyphen ("số 656 – TB/HNDTW" → "656–TB/HNDTW", kept as printed); without "số" it is a headline's dash ("Quy định
    228 – QĐ/TW về …"). The end is in `text`'s own offsets."""
    window = text[pos : pos + 60]
    glued_date = _GLUED_DATE_RE.search(window)
    window = window[: glued_date.start()] if glued_date else window  # "1033/PTM-SMEngày 15 tháng 4"
    chars = list(enumerate(window))
    typed = _GLUED_TYPE_RE.match(window)  # "1705CV/BNN/TCCB": the type glued to the serial, kept as printed
    if typed:
        chars = [*chars[: typed.start("type")], *chars[typed.end("type") :]]
    serial = None if typed else _SERIAL_RE.match(window)
    if serial and any(character.isdigit() for character in serial["serial"]):
        mended = [(i, c.translate(_SERIAL_LOOKALIKES)) for i, c in chars[serial.start("serial") : serial.end()]]
        chars = [*chars[: serial.start("serial")], *[(i, c) for i, c in mended if c.strip()], *chars[serial.end() :]]
    read = "".join(c for _, c in chars)
    spaced = _SPACED_DASH_RE.match(read) if said else None
    if spaced:
        gap = range(spaced.start("gap"), spaced.end("gap"))
        chars = [pair for index, pair in enumerate(chars) if index not in gap or pair[1] == "–"]
        read = "".join(c for _, c in chars)
    broken = _BROKEN_SYMBOL_RE.match(read)
    if broken:  # "58/2011/TT-\nBGDĐT": the symbol goes on past the line end
        chars = [*chars[: broken.start("gap")], *chars[broken.end("gap") :]]
        read = "".join(c for _, c in chars)
    glued = _GLUED_YEAR_RE.search(read, 0, 20)
    if glued:
        chars.insert(glued.end(), (chars[glued.end()][0], "/"))
        read = "".join(c for _, c in chars)
    number = parse_number(read, 0, require_digits=True)
    if number is None:
        return None
    value, number_end = number.number, number.end
    joined = _JOINED_PART_RE.match(read, number.end)  # "01/1999/QĐ.UB", "1523/GD&ĐT"
    if joined and value is not None:
        value, number_end = value + joined.group(), joined.end()
    split = _SPLIT_PART_RE.match(read, number_end)
    if split and value is not None and _split_body(value, split["rest"]):  # "28/2009/TT-BGD ĐT"
        value, number_end = value + split["rest"], split.end()
    ends = [i for i, _ in chars] + [len(window)]
    end = ends[number_end - 1] + 1 if number_end else 0
    if typed and value is not None:
        digits, _, rest = value.partition("/")
        value = f"{digits}{typed['type']}/{rest}"
    return DocNumber(value, number.symbol, number.type_abbr, number.party, pos, pos + end)


def _law_at(text: str, folded: str, start: int, offset: int | None, *, ocr: bool) -> tuple[Citation, int] | None:
    """The law whose kind word is at `start` and where its citation ends: a known title (read through OCR
    damage, `extractors.laws`), else an amending law's fixed phrase and what follows it, else a title as
    read up to where a name ends."""
    if text.startswith(("Hiến pháp", "Hiếnpháp"), start):  # a copy may glue its two words
        constitution = _CONSTITUTION_RE.match(text, start) or _BARE_CONSTITUTION_RE.match(text, start)
        if constitution is None and _BASIS_BEFORE_RE.search(folded, max(0, start - 20), start):
            constitution = re.match(r"Hiến ?pháp(?=[ \t]*[;,\n])", text[start:])
            return _law(text, start, offset, name_end=start + constitution.end()) if constitution else None
        return _law(text, start, offset, name_end=constitution.end()) if constitution else None
    known = known_law_at(text, start)
    if known is not None:  # a text copy's other words for a known law ("xuất cảnh và cư trú") are kept as written
        spelled = (
            (ocr or not known.edits)
            and not known.abbreviated
            and not _comma_apart(text[start : known.end], known.title)
        )
        return _law(text, start, offset, name_end=known.end, name=known.title if spelled else None)
    amending = _AMENDING_RE.match(folded, start)
    if amending:
        stop = _AMENDING_END_RE.search(text, amending.end(), start + 300)
        phrase = f"{_AMENDING_KINDS[amending['kind']]} sửa đổi{amending['comma']} bổ {amending['sung']}" + (
            " một số điều" * bool(amending["some"])
        )
        name_end = stop.start() if stop else min(len(text), start + 300)
        rest = squash(text[start:name_end])[len(squash(text[start : amending.end()])) :]
        if not amending["some"] and not rest.strip(" ,"):
            return None  # "… và Luật sửa đổi, bổ sung" where the copy stops: the phrase alone names no law
        return _law(text, start, offset, name_end=name_end, name=phrase + rest)
    plain = _LAW_RE.match(text, start)
    if plain is None and _BASIS_BEFORE_RE.search(folded, max(0, start - 20), start):
        plain = _BASIS_LAW_RE.match(text, start)
    if plain is None:
        return None
    stop = _LAW_END_RE.search(text, plain.end(), start + 160)
    while stop is not None and stop.group() == "\n" and _NAME_GOES_ON.search(text, plain.end(), stop.start()):
        stop = _LAW_END_RE.search(text, stop.end(), start + 160)  # "Luật Hoạt động giám sát của\nQuốc hội …"
    if stop is None and len(text.rstrip()) <= start + 160:
        return None  # the copy stops inside the name ("Căn cứ Luật Ngân sách nh"): which law is unknown
    return _law(text, start, offset, name_end=stop.start() if stop else min(len(text), start + 160))


def _comma_apart(read: str, title: str) -> bool:
    """Whether a law's title as read is the known one with a comma left out, added or written as a dash ("Luật Cán bộ
    công chức" for "Luật Cán bộ, công chức", "Luật thi đua – khen thưởng"): the same words, which the text's own
    wording keeps, as labels write it."""
    words = [squash(re.sub(r"[,–-]", " ", written)).lower() for written in (read, title)]
    return read != title and words[0] == words[1]


_LAW_YEAR_RE = re.compile(r"[ \t]+(?:năm[ \t]+)?(?:19|20)\d{2}(?![\d/]|[.-]\d)")
"""The year a law is cited with, "năm" written or not ("Luật Viên chức 2010", "Luật … năm 2019"): part of the
citation as written, no date."""


_AMENDED_MARK = re.compile(r"[ \t]*(?P<mark>\(sửa đổi(?:,? bổ sung)?\))")
"""An amended law's mark after its name, part of how the law is named before its date."""


def _law(text: str, start: int, offset: int | None, name_end: int, name: str | None = None) -> tuple[Citation, int]:
    """A law's citation from its name (`name`, else as read up to `name_end`) and the year, date or law
    number after it ("ngày 19/6/2015", "năm 2024", "số 31/2024/QH15")."""
    if amended := _AMENDED_MARK.match(text, name_end):  # "Luật Tổ chức HĐND và UBND (sửa đổi) ngày 21/6/1994"
        name = f"{name} {amended['mark']}" if name is not None else None
        name_end = amended.end()
    end = name_end
    issuer = _ISSUER_BEFORE_NUMBER.match(text, end)
    if issuer is not None:
        end = issuer.end()  # kept only if a law's number follows (below)
    enacted = _ENACTED_RE.match(text, end, end + 160)
    if enacted and date_at(text, enacted.end()) is not None:
        end = enacted.end()
    year = _LAW_YEAR_RE.match(text[end : end + 12])
    date = None if year else date_at(text, end)
    if year:
        end += year.end()
    elif date is not None:
        end = date.end
    number = None
    numbered = _LAW_NUMBER_LABEL.match(text[end : end + 15])
    if numbered:
        parsed = cited_number_at(text, end + numbered.end())
        if parsed and parsed.number and _LAW_SYMBOL.match(parsed.symbol):
            number, end = parsed.number, parsed.end
            if date is None and not year and (date := date_at(text, end)) is not None:
                end = date.end  # "Luật … số 46/2010/QH12 ngày 16 tháng 6 năm 2010"
    if issuer is not None and number is None:
        issuer, end = None, name_end  # "Luật X của Quốc hội số 5 …": no law's number, so no issuer of this law read
    kind = next((kind for word, kind in _NAMED_KINDS.items() if _NAMED_KIND_RE[word].match(text, start)), "luat")
    if enacted and date is not None:
        name = squash(text[start:name_end]) if name is None else name  # the enacting clause is no part of it
        name_end = enacted.end()
    written = squash(text[start:end]) if name is None else squash(name + " " + text[name_end:end])
    citation = Citation(
        text=written,
        kind=kind,
        number=number,
        date=date.value if date else None,
        date_short_year=bool(date and date.short_year),
        issuer=squash(issuer["issuer"]) if issuer is not None else None,
        span=_span(start, end, offset, text),
    )
    return citation, end


_ISSUER_BEFORE_NUMBER = re.compile(rf"[ \t]+của[ \t]+(?P<issuer>[{UPPER}][^,;.()\n\d]{{2,60}}?)(?=[ \t]+số[ \t]+\d)")
"""The enacting body between a law's name and its number ("Pháp lệnh Ưu đãi người có công của Uỷ ban Thường vụ Quốc
hội số 26/2005/PL-UBTVQH"): the number is the law's, so the body is its issuer."""


_MORE_NUMBER_RE = re.compile(r"(?:[ \t]*[;,][ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)số[ \t]+(?=\d)")
"""Another number after a law's, under its one name: "Luật Ngân sách nhà nước số 01/2002/QH11 ngày …; số
83/2015/QH13 ngày …" (the old law and the one that replaced it)."""


def _more_numbers(text: str, law: tuple[Citation, int], offset: int | None) -> tuple[list[Citation], int]:
    """The laws cited by number only after a law cited with its own (`_MORE_NUMBER_RE`), each with its date, and
    where the last one ends; none unless the first had a number and each one is a law's (`_LAW_SYMBOL`)."""
    first, end = law
    more: list[Citation] = []
    while first.number and (label := _MORE_NUMBER_RE.match(text, end)):
        number = cited_number_at(text, label.end())
        if number is None or not number.number or not _LAW_SYMBOL.match(number.symbol):
            break
        date = date_at(text, number.end)
        start, end = label.end() - len("số "), date.end if date else number.end
        more.append(
            Citation(
                text=squash(text[start:end]),
                kind=first.kind,
                number=number.number,
                date=date.value if date else None,
                date_short_year=bool(date and date.short_year),
                span=_span(start, end, offset, text),
            )
        )
    return more, end


_NAMED_KINDS = {"Pháp lệnh": "phap_lenh", "Hiến pháp": "hien_phap"}
_NAMED_KIND_RE = {word: re.compile(word.replace(" ", " ?")) for word in _NAMED_KINDS}
"""Each kind word, its two words maybe glued by a copy ("Hiếnpháp năm 1959")."""
"""Documents cited by name that are not laws: their kind by the word they start with (a law's is `luat`)."""
_LAW_DATE_RE = re.compile(r"\s+(?:(?:năm\s+)?(?:19|20)\d{2}|ngày\s+\d.*)$")


def citation_key(citation: Citation) -> tuple[str, str]:
    """Identity without the date: kind + number, or kind + name for a law cited by name (the date or year
    it was cited with dropped: "Luật Thanh tra ngày 14/11/2022" and a later "Luật Thanh tra" are one)."""
    if citation.number:
        return (citation.kind or "", citation.number.replace("-/", "-").upper())  # "1057-/CV/TU", a slip for
        # "1057-CV/TU"; "1-sl" and a later "1-SL": one number in two cases
    return (citation.kind or "", fold(_LAW_DATE_RE.sub("", citation.text)))


_LAW_NUMBER_RE = re.compile(r"\s+(?:số|s)\s+\S+(?:[ \t]1[1-6])?$")
"""A law's number at the end of its citation, its term maybe set off by a space ("số 83/2015/QH 13")."""


def _law_name(citation: Citation) -> str | None:
    """The folded name of a law cited by name, its year, date or number dropped ("Luật Du lịch số 09/2017/QH14"
    → "luat du lich"): a later mention by name alone is the same law."""
    if citation.kind not in ("luat", *_NAMED_KINDS.values()):
        return None
    name = _LAW_NUMBER_RE.sub("", _LAW_DATE_RE.sub("", citation.text))
    if citation.issuer and name.endswith(f" của {citation.issuer}"):  # "Pháp lệnh X của Uỷ ban … số 26/…"
        name = name[: -len(f" của {citation.issuer}")]
    return _MISSPELT_SUNG.sub("bo sung", fold(name))


_MISSPELT_SUNG = re.compile(r"(?<![a-z])bo xung(?![a-z])")
"""The folded "bổ xung" of an amending law's name written with the common misspelling (`_AMENDING_RE`)."""


def _serial_of(bare: Citation, full: Citation) -> bool:
    """`bare` is a short mention of `full` by its serial alone ("Nghị định 65" after "Nghị định số 65/2012/NĐ-CP"):
    kept apart it would be a citation with a wrong number."""
    if bare.kind != full.kind or not bare.number or not full.number or not bare.number.isdigit():
        return False
    serial = re.match(r"\d+", full.number)
    return serial is not None and serial.group() == bare.number and serial.end() < len(full.number)


def _in_capitals(one: Citation, other: Citation) -> bool:
    """`one`'s number is `other`'s written in capitals, as a heading in capitals prints it ("QUYẾT ĐỊNH
    106/QĐ-TTG" over the body's "Quyết định số 106/QĐ-TTg"): one document, in the body's spelling."""
    return (
        one.kind == other.kind
        and one.number is not None
        and other.number is not None
        and one.number != other.number
        and one.number == other.number.upper()
    )


def _same_document(kept: Citation, citation: Citation) -> bool:
    if kept.date is not None and citation.date is not None and not _same_date(kept, citation):
        return _dated_twice(kept, citation)
    if citation_key(kept) == citation_key(citation) or _serial_of(citation, kept) or _serial_of(kept, citation):
        return True
    if _same_symbol(kept, citation):
        return True
    if _in_capitals(kept, citation) or _in_capitals(citation, kept):
        return True
    return _named_again(citation, kept) or _named_again(kept, citation)


def _same_date(one: Citation, other: Citation) -> bool:
    """Whether two mentions' dates are one day, also where one was printed with a two-digit year ("18-12-46" and
    "18-12-1946"), whose century `extractors.cited_years` settles only after the mentions are merged."""
    first, second = one.date, other.date
    if first is None or second is None or first == second:
        return first == second
    short = one.date_short_year or other.date_short_year
    return short and (first.month, first.day, first.year % 100) == (second.month, second.day, second.year % 100)


_NUMBER_YEAR = re.compile(r"^\d{1,5}/(?P<year>(?:19|20)\d{2})/[^\W\d_]")


def _dated_twice(kept: Citation, citation: Citation) -> bool:
    """One number that carries its year ("60/2003/NĐ-CP") cited with two dates of that year by one issuer (or none
    written): a number with its year is issued once, so the second date is a slip ("ngày 26 tháng 06 năm 2003", later
    "ngày 6 tháng 6 năm 2003"); a serial without its year or a party number is reused, and two dates are two
    documents."""
    year = _NUMBER_YEAR.match(kept.number or "")
    return (
        year is not None
        and kept.number == citation.number
        and kept.date is not None
        and citation.date is not None
        and kept.date.year == citation.date.year == int(year["year"])
        and (kept.issuer is None or citation.issuer is None or kept.issuer == citation.issuer)
    )


_SYMBOLED = re.compile(r"\d[^/\s]*/\S*[^\W\d_]")
"""A number with its symbol ("31/TB-VPCP"): one document of one body, whatever kind a sentence calls it."""


def _same_symbol(kept: Citation, citation: Citation) -> bool:
    """The same number and symbol cited again under another kind ("Thông báo số 31/TB-VPCP ngày 25/2/2021", later
    "Kết luận số 31/TB-VPCP ngày 25/02/2021": the conclusions the notice announces): one document, the first
    mention's kind kept. A serial alone or a year-only number ("12/2019") says too little to join two kinds."""
    return (
        kept.number is not None
        and citation.number is not None
        and kept.number.replace("-/", "-") == citation.number.replace("-/", "-")
        and _SYMBOLED.match(kept.number) is not None
    )


_RUN_ON = (" ve ", " doi voi ")
"""Words that run a law's name on into what the citing text says of it ("… về các biện pháp …", "… đối với các
loại hình XNK")."""


def _named_again(named: Citation, other: Citation) -> bool:
    """`named`, a law cited by name alone, is `other` (by name, number or date): the same name, the name with its
    words written short (`_shortened`), or that name run on by the title of the document that cites it ("… một số
    điều của Luật Quản lý ngoại thương về các biện pháp phòng vệ thương mại" after "Luật Quản lý ngoại thương ngày
    12 tháng 6 năm 2017")."""
    name, other_name = (None, None) if named.number else (_law_name(named), _law_name(other))
    if not (name and other_name):
        return False
    return (
        name == other_name
        or any(name.startswith(other_name + run_on) for run_on in _RUN_ON)
        or _shortened(
            _LAW_NUMBER_RE.sub("", _LAW_DATE_RE.sub("", named.text)),
            _LAW_NUMBER_RE.sub("", _LAW_DATE_RE.sub("", other.text)),
        )
    )


def _shortened(short: str, full: str) -> bool:
    """Whether `short` is the name `full` with some words written as their initials in capitals ("Luật Thuế XK,
    thuế NK" for "Luật Thuế xuất khẩu, thuế nhập khẩu"), every other word the same."""
    said, named = short.replace(",", " , ").split(), full.replace(",", " , ").split()
    at, initials_used = 0, False
    for word in said:
        if at < len(named) and fold(word) == fold(named[at]):
            at += 1
            continue
        size = len(word)
        initials = "".join(fold(part)[:1] for part in named[at : at + size])
        if not (word.isupper() and size > 1 and initials == fold(word)):
            return False
        at, initials_used = at + size, True
    return initials_used and at == len(named)


def merge_citations(citations: list[Citation]) -> list[Citation]:
    """Keep the first mention of each document; fill its date/issuer from later mentions of it. A law named
    alone, before or after its citation with a number, is that law (the numbered mention is kept); a mention by the
    serial alone gives way to the full number, before or after it. Merged again until nothing joins: two mentions
    may be one only through a third that came later ("Luật Thuế XK, thuế NK" is "Luật Thuế xuất khẩu, thuế nhập
    khẩu số …", which an earlier "Luật … đối với …" mention took in)."""
    kept = _merged_once(citations)
    return kept if len(kept) == len(citations) else merge_citations(kept)


def _merged_once(citations: list[Citation]) -> list[Citation]:
    """One pass of `merge_citations`: each mention joined to the first kept one of its document."""
    kept: list[Citation] = []
    for citation in citations:
        twin = next((k for k in kept if _same_document(k, citation)), None)
        if twin is None:
            kept.append(citation)
            continue
        index = kept.index(twin)
        later_number = twin.number is None and citation.number is not None  # "Luật X", then "Luật X số 05/…"
        first, other = (
            (citation, twin)
            if _serial_of(twin, citation) or _in_capitals(twin, citation) or later_number
            else (twin, citation)
        )
        dated = first if first.date else other
        kept[index] = first.model_copy(
            update={
                "date": dated.date,
                "date_short_year": dated.date_short_year,
                "issuer": first.issuer or other.issuer,
            }
        )
    return kept


def extract_citations(document: Document, symbol_parts: frozenset[str] = KNOWN_SYMBOL_PARTS) -> Document:
    """Registered field extractor: citations from the text, then from footnotes kept apart on pages; numbers
    read by OCR have their symbol parts corrected towards `symbol_parts`."""
    text = unwrap_lines(document.text)  # "Luật Tổ chức Hội đồng\nnhân dân và ..." wrapped at the margin; same offsets
    ocr_pages = {page.number for page in document.pages if page.source is TextSource.OCR}
    ocr = bool(ocr_pages) or not document.pages  # no pages: where the text came from is unknown
    issued = own_date(document)
    own_year = issued.year if issued is not None else None
    found = find_citations(text, document.number, own_symbol=document.symbol, ocr=ocr, own_year=own_year)
    for page in document.pages:
        if page.footnotes:
            found.extend(
                find_citations(page.footnotes, document.number, offset=None, own_symbol=document.symbol, ocr=ocr)
            )
    found = [_corrected(citation, ocr_pages, symbol_parts) for citation in found]
    end = own_text_end(text)
    found = [citation for citation in found if citation.span is None or citation.span.start < end]
    found, errors = settle_short_years(found, own_date(document))  # "ngày 23-11-46" in a 1947 decree
    return document.model_copy(update={"citations": merge_citations(found), "errors": [*document.errors, *errors]})


_MOTTO_LINE = re.compile(
    r"^[ \t|]*(?:[^\n|]*\|[ \t]*)?CỘNG[ \t]+H(?:ÒA|OÀ)[ \t]+XÃ[ \t]+HỘI[ \t]+CHỦ[ \t]+NGHĨA[ \t]+VIỆT[ \t]+NAM\b", re.M
)
"""The national motto in capitals as a header prints it: opening a line, or in the cell after the issuer's ("BỘ TƯ
PHÁP | CỘNG HÒA XÃ HỘI …"); a title or a sentence naming the state ("GIỮA CHÍNH PHỦ CỘNG HÒA …", "nước Cộng hòa …")
does neither."""


_SIGNED_OFF = re.compile(r"(?<![^\W\d_])(?:(?:TM|KT|TL|TUQ|K/T|T/M|T/L)[ \t]*\.|Nơi nhận[ \t]*:)")
"""What ends a document: its signature's mode or its recipients' list."""


def own_text_end(text: str) -> int:
    """Where the document's own text ends: at a header (`_MOTTO_LINE`) after its signature (`_SIGNED_OFF`), the
    header of another document a page runs on with (an attached draft with its own issuer and number): what that one
    cites is not this document's. The text's length when there is none (a header's cells printed twice are one)."""
    mottos = list(_MOTTO_LINE.finditer(text))
    for first, second in pairwise(mottos):
        if _SIGNED_OFF.search(text, first.end(), second.start()):
            return second.start()
    return len(text)


def _corrected(citation: Citation, ocr_pages: set[int], symbol_parts: frozenset[str]) -> Citation:
    """A number read by OCR has its symbol parts matched to the known ones ("CTTTT" → "CTrTT") and its type part to
    the kind the citation names ("Tờ trình số 27/TTIr-SNV" → "27/TTr-SNV"); one with a slip that cannot be undone
    (`slipped_parts`) is none, never a number that looks sure."""
    on_ocr_page = citation.span is None or citation.span.page in ocr_pages
    if not citation.number or not ocr_pages or not on_ocr_page:
        return citation
    number = typed_by_title(correct_ocr_symbol(citation.number, symbol_parts), citation.kind, symbol_parts)
    return citation.model_copy(update={"number": None if slipped_parts(number, symbol_parts) else number})
