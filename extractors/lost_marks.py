"""The header of a document whose Vietnamese marks a conversion lost (`language.lost_marks`, error `text.marks_lost`).

A Word file read without its font drops every marked letter ("TH TNG CHNH PH … S: 58/2010/Q-TTg … H Ni, ngy 22
thng 09 nm 2010 QUYT NH …"), an OCR of a poor scan strips or garbles them ("UY BAN NHAN DAN / HUY~N HI~P HOA").
The words cannot be spelt back in general, so the header is read only where the printed letters fit one phrase of
a closed set: a kind of document, a central body, the date's "ngày … tháng … năm …" with its digits, the number after
"Số:", the titles of a signature block. Names the set does not hold (a district, a place) are null with an error:
never spelt by guess; the signer's name is kept as printed, the letters the copy kept ("Phm Vn H"), never spelt back.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from extractors.citations import cited_number_at
from extractors.dates import DateMatch, date_at, find_dates
from extractors.docnumber import NUMBER_LABEL, DocNumber, parse_number
from extractors.doctype import TITLES
from extractors.header import running_name
from extractors.language import LOST_MOTTO
from extractors.ocr_titles import DEPARTMENTS
from extractors.people import FAMILY_NAMES
from extractors.titles import CENTRAL_SIGNING_TITLES, SIGNING_TITLES, canonical
from extractors.vntext import LOWER, UPPER, fold, squash
from schemas.document import Citation, DocType, Document, ErrorItem, Signer, Span
from schemas.errors import ErrorCode

_KINDS = (
    "QUYẾT ĐỊNH", "KẾ HOẠCH", "CHỈ THỊ", "BÁO CÁO", "THÔNG BÁO", "TỜ TRÌNH", "QUY ĐỊNH", "QUY CHẾ", "HƯỚNG DẪN",
    "NGHỊ QUYẾT", "CÔNG VĂN", "THÔNG TƯ", "NGHỊ ĐỊNH", "CÔNG ĐIỆN",
)  # fmt: skip
"""Kinds a title line names, in capitals as printed (`doctype.TITLES`; a thông tư or nghị định is `other`)."""
_BODIES = (
    "THỦ TƯỚNG CHÍNH PHỦ", "CHÍNH PHỦ", "VĂN PHÒNG CHÍNH PHỦ", "QUỐC HỘI", "ỦY BAN THƯỜNG VỤ QUỐC HỘI",
    "HỘI ĐỒNG BỘ TRƯỞNG", "HỘI ĐỒNG CHÍNH PHỦ",
    "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "KIỂM TOÁN NHÀ NƯỚC", "BỘ QUỐC PHÒNG", "BỘ CÔNG AN", "BỘ NGOẠI GIAO",
    *(f"BỘ {name.upper()}" for name in DEPARTMENTS),
)  # fmt: skip
"""Central bodies whose name a header line may print without its marks: a closed set, so a fit is sure (the
Government's earlier names too: Hội đồng Chính phủ until 1981, Hội đồng Bộ trưởng until 1992)."""


def _lost_letters(letter: str) -> str:
    """What a marked letter may have become: nothing, its bare letter, one other sign ("Ĩ" → "(") or a space (a PDF's
    text layer printing a composed glyph it cannot map: "Lu t" for "Luật"); or it was kept, where a font lost only the
    letters outside Latin-1 ("Công vn s": "ô" kept, "ă" and "ố" lost)."""
    bare = unicodedata.normalize("NFD", letter)[0].replace("Đ", "D").replace("đ", "d")
    return re.escape(letter) if bare == letter else rf"(?:{re.escape(letter)}|{bare}|[^\s\w]| |)"


def lost_form(phrase: str, *, across_lines: bool = False) -> re.Pattern[str]:
    """A phrase in capitals as a copy that lost its marks prints it, whole words only ("THỦ TƯỚNG" → "TH TNG",
    "THU TUONG"); `across_lines`: a sentence's phrase may go on over a line end ("Chng trnh hnh\nng s …")."""
    body = (r"\s+" if across_lines else r"[ \t]+").join(
        "".join(_lost_letters(letter) for letter in word) for word in phrase.split()
    )
    return re.compile(rf"(?<![^\W\d_]){body}(?![^\W\d_])")


_KIND_FORMS = [(lost_form(kind), TITLES.get(fold(kind).lower(), DocType.OTHER)) for kind in _KINDS]
_BODY_FORMS = [(lost_form(body), running_name(body)) for body in _BODIES]
_NUMBER_LABEL = re.compile(rf"(?<![^\W\d_])(?:{NUMBER_LABEL}|s)[ \t]*:[ \t]*(?=\d)")
"""The "Số:" label before digits, on the folded text ("S:" where the "ố" is lost too)."""
_DECORATION = re.compile(r"[-_=*~.·]{2,}")
_PAGE_MARKER = re.compile(r"^[ \t]*\d{1,3}\.[ \t]+(?=\S)")
"""A PDF page's number a document site prints before its text ("1. H I NG B TRƯ NG …"): no part of the header."""
_HEADER_REACH = 600
_NUMBER_REACH = 40
"""Characters after "Số:" that a number and its symbol span at most: a motto further on is the body's, no end of it."""
"""Characters from the text's start that the header of such a copy spans (issuer, number, motto, date, title)."""


_CITED = {
    "Quyết định": "quyet_dinh", "Nghị định": "nghi_dinh", "Nghị quyết": "nghi_quyet", "Thông tư": "thong_tu",
    "Chỉ thị": "chi_thi", "Công văn": "cong_van", "Tờ trình": "to_trinh", "Kế hoạch": "ke_hoach",
    "Thông báo": "thong_bao", "Công điện": "cong_dien", "Chương trình hành động": "chuong_trinh",
    "Chương trình": "chuong_trinh", "Đề án": "de_an",
}  # fmt: skip
"""Kinds a sentence cites by number, as written in running text."""
_TYPE_NEEDED = {"de_an": lost_form("ĐA")}
"""Kinds whose phrase may lose every letter but one ("Đề án" printed "n"): cited only where the number's type, its
letters lost alike, abbreviates the kind ("n s 3020/A-UBND": ĐA-UBND), two readings that agree."""
_GOES_ON = re.compile(r"[ \t]*\n[ \t]*[A-ZĐ]{2,}(?![^\W\d_])")
"""Capitals on the next line right after a number: its symbol may go on there ("1309/UBND" / "KGVX"), so the number
read is maybe cut, and no citation is made of it."""
_NUMBER_AFTER = r"s(?:ố|o|6)?[ \t]*:?[ \t]*(?=\d)"
_CITED_FORMS = [
    *(
        (re.compile(rf"{lost_form(kind, across_lines=True).pattern}[ \t]+{_NUMBER_AFTER}"), code)
        for kind, code in _CITED.items()
    ),
    (re.compile(rf"{lost_form('Luật').pattern}(?:[ \t]+[^\W\d_]+){{1,8}}?[ \t]+{_NUMBER_AFTER}"), "luat"),
]
"""A kind and "số" before a number; a law's name between ("Lut Lu tr s 01/2011/QH13": Luật Lưu trữ số …)."""


def _only(found: list[tuple[re.Match[str], str | DocType]]) -> tuple[re.Match[str], str | DocType] | None:
    """The one phrase that fits, the earliest; None when none does or two different ones fit at the same place."""
    if not found:
        return None
    first = min(found, key=lambda item: (item[0].start(), -len(item[0].group())))
    rivals = {value for match, value in found if match.start() == first[0].start()}
    return first if len(rivals) == 1 else None


def _issuer(head: str) -> str | None:
    """The central body the header's first words print without marks, when they are exactly one known name."""
    found = [(match, name) for form, name in _BODY_FORMS if (match := form.match(head.lstrip())) is not None]
    fit = _only(found)
    return str(fit[1]) if fit is not None and fit[0].end() == len(head.strip()) else None


_DEPARTMENT_FORMS = [
    (lost_form(f"SỞ {spelling.upper()}"), f"Sở {name}")
    for name in DEPARTMENTS
    for spelling in {name.replace(",", ""), name.replace(",", "").replace("hóa", "hoá")}
]
"""A province's departments (a closed set) as a header line prints them without marks and commas ("S VN HO TH THAO V
DU LCH": "HOÁ" losing its "Á" as "HÓA" keeps its "A")."""


def _department_issuer(lines: list[str]) -> str | None:
    """A department named at the start of a header line above the number (the motto's line maybe above it), the right
    cell's words after it where a copy interleaved the two cells ("UBND TNH PH TH CNG HO X HI …" / "S VN HO TH THAO V
    DU LCH c l p - T do …"): the issuer when exactly one department fits."""
    names = {name for line in lines for form, name in _DEPARTMENT_FORMS if form.match(line)}
    return names.pop() if len(names) == 1 else None


def _header_lines(head: str) -> list[str]:
    """The header's lines before the motto or the number, decorations and a PDF page's number left out."""
    lines = (" ".join(_DECORATION.sub(" ", _PAGE_MARKER.sub("", line)).split()) for line in head.split("\n"))
    return [line for line in lines if line]


def read_lost_marks(document: Document) -> Document:
    """Registered field extractor: on a text that lost its marks (`text.marks_lost`), the header fields read from
    the closed phrases alone; the others null, with an error saying why. Any other document, and such a text with no
    header (neither the motto nor "Số:" near its top: a news page), is left as it is."""
    if not any(error.code == ErrorCode.TEXT_MARKS_LOST for error in document.errors):
        return document
    top = document.text[:_HEADER_REACH]
    errors: list[ErrorItem] = []
    motto = LOST_MOTTO.search(top)
    label = _NUMBER_LABEL.search(fold(top))
    if motto is None and label is None:
        return document  # no header to read: a page of running text, told by its citations (`language.lost_marks`)
    head_end = min((m.start() for m in (motto, label) if m is not None), default=0)
    lines = _header_lines(top[:head_end])
    heads = [" ".join(lines[-count:]) for count in range(1, min(3, len(lines)) + 1)]  # a name over two lines
    head = heads[-1] if heads else ""
    issuer = next((name for name in map(_issuer, heads) if name is not None), None)
    issuer = issuer or _department_issuer(_header_lines(top[: label.start()]) if label is not None else lines)
    if issuer is None:
        message = f"the header's body lost its marks and is no known name: {head!r}"
        errors.append(ErrorItem(code=ErrorCode.ISSUER_UNREADABLE, message=message))
    known = {error.code for error in document.errors}
    glued = motto is not None and label is not None and 0 < motto.start() - label.end() <= _NUMBER_REACH
    if motto is not None and LOST_MOTTO.match(top, motto.start() + 1) is not None:
        glued = False  # "HCCNG HO": the motto reads from either "C", so where the symbol ends is unsure
    number_end = motto.start() if glued and motto is not None else None  # (mypy cannot see through `glued`)
    number = parse_number(top[label.end() : number_end]) if label and number_end else None  # the motto glued on
    unsure_end = label is not None and number_end is None
    if unsure_end and ErrorCode.NUMBER_UNREADABLE not in known:
        message = "no motto read right after the number: where its symbol ends is unsure (the motto may be glued on)"
        errors.append(ErrorItem(code=ErrorCode.NUMBER_UNREADABLE, message=message))
    date_match = next((found for found in find_dates(top) if fold(found.text).startswith("ng")), None)
    issued = date_match.value if date_match is not None else None
    if issued is None and ErrorCode.ISSUE_DATE_UNREADABLE not in known:
        errors.append(ErrorItem(code=ErrorCode.ISSUE_DATE_UNREADABLE, message="no dateline read without marks"))
    if unsure_end and label is not None and date_match is not None:
        dated = _number_before_dateline(top, label.end(), date_match.start)
        if dated is not None:
            number, unsure_end = dated, False
            errors = [error for error in errors if error.code != ErrorCode.NUMBER_UNREADABLE]
    if unsure_end and label is not None and (own := _own_number(document.text, label.end(), issued)) is not None:
        number, unsure_end = own, False
        errors = [error for error in errors if error.code != ErrorCode.NUMBER_UNREADABLE]
    after = top[date_match.end :] if date_match is not None else top[head_end:]
    kinds = _only([(match, kind) for form, kind in _KIND_FORMS if (match := form.search(after)) is not None])
    doc_type = DocType(kinds[1]) if kinds is not None else document.doc_type
    update = {
        "doc_type": doc_type,
        "number": number.number if number is not None else None if unsure_end else document.number,
        "symbol": number.symbol if number is not None else None if unsure_end else document.symbol,
        "issue_date": issued,
        "issuer": issuer,
        "parent_issuer": None,
        "place": None,
        "signer": _lost_signer(document.text),
        "errors": [*document.errors, *errors],
    }
    return document.model_copy(update=update)


_SIGNING = tuple(
    dict.fromkeys(
        [*SIGNING_TITLES, *CENTRAL_SIGNING_TITLES, *(f"Phó {title}" for title in SIGNING_TITLES if "Phó" not in title)]
    )
)
_TITLE_FORMS = [(lost_form(title.upper().replace(",", "")), canonical(title)) for title in _SIGNING]
_ANY_TITLE = "|".join(f"(?:{form.pattern})" for form, _ in sorted(_TITLE_FORMS, key=lambda f: -len(f[0].pattern)))
_NAME_WORD = rf"(?:[{UPPER}][{LOWER}]+|[{UPPER}](?![^\W\d_]))"
"""A word of a name as such a copy prints it: a capital and small letters, or a capital alone ("L" of Lê, "H" of Hà)."""
_LOST_BLOCK = re.compile(
    rf"(?<![^\W\d_])(?:(?P<mode>KT|TM|TL|TUQ)[ \t]*\.[ \t]*)?(?P<titles>(?:(?:{_ANY_TITLE})[ \t]+)+)"
    rf"(?:\([ \t]*\S{{0,3}}[ \t]*k\S?[ \t]*\)[ \t]*)?(?:(?:PGS|GS|TS|ThS|BS)\.[ \t]*)*"
    rf"(?P<name>(?=[^ \t]*[ \t]+[^ \t]*[{LOWER}]|[{UPPER}][{LOWER}])"
    rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD})+)"
)
"""A signature block as a copy that lost its marks prints it ("KT. TH TNG PH TH TNG Nguyn Thin Nhn", "HIU TRNG ( k)
TS. Phm Vn H"): a mode, title lines in capitals, "(đã ký)" and a degree maybe, and a name of words in name case
(`_NAME_WORD`), a small letter in its first two words."""
_LIST_START = lost_form("Nơi nhận")
_FAMILY_FORMS = [lost_form(family) for family in FAMILY_NAMES]


def _lost_signer(text: str) -> Signer | None:
    """The signer of a text that lost its marks, from the block after the "Nơi nhận" list: the title where the block's
    last title line fits exactly one signing title (`_TITLE_FORMS`, a closed set: "TH TRNG" is Thứ or Thủ trưởng, so
    none), the mode, and the name as printed, the letters the copy kept ("Phm Vn H"), when its first word fits a family
    name. None without such a block: a name is never spelt back."""
    listed = _LIST_START.search(text)
    if listed is None:
        return None
    block = _LOST_BLOCK.search(text, listed.end())
    if block is None or not any(form.fullmatch(block["name"].split()[0]) for form in _FAMILY_FORMS):
        return None
    lines = [match.group() for match in re.finditer(_ANY_TITLE, block["titles"])]
    fits = {title for form, title in _TITLE_FORMS if lines and form.fullmatch(lines[-1])}
    start = block.start("name")
    return Signer(
        name=block["name"],
        title=fits.pop() if len(fits) == 1 else None,
        mode=f"{block['mode']}." if block["mode"] else None,
        span=Span.in_text(text, start, block.end("name")),
    )


_PLACE_BEFORE_DATE = re.compile(rf"[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}[ \t]*,[ \t]*")
"""The dateline's place between a number and its "ngày" on one line, as such a copy prints it ("Ph Th, "): words in
name case, which the motto's capitals never are."""


def _number_before_dateline(top: str, label_end: int, date_start: int) -> DocNumber | None:
    """The number when the dateline follows it on its line ("S: 02 /HD-SVHTTDL Ph Th, ngay 12 thang 01 …", the two
    header cells interleaved): the place's words in name case after a space end the symbol for sure; None otherwise."""
    number = parse_number(top[label_end:date_start], label_end)
    if number is None or number.number is None:
        return None
    return number if _PLACE_BEFORE_DATE.fullmatch(top, number.end, date_start) else None


def _own_number(text: str, label_end: int, issued: dt.date | None) -> DocNumber | None:
    """The document's own number when the motto glued to the header's symbol hides where it ends ("S: 1046 /Q -
    HCCNG HO X HI …"): a sentence that cites a decision by the same digits and a symbol the header's letters begin
    with, dated the header's date, names it ("(Ban hành kèm theo Quyt nh s 1046/Q-HC ngy 24 thng 11 nm 2016 …)").
    None otherwise: the end is never guessed."""
    printed = "".join(text[label_end : label_end + _NUMBER_REACH].split())
    for form, _ in _CITED_FORMS:
        for match in form.finditer(text, label_end):
            number = parse_number(text[match.end() :], match.end(), require_digits=True)
            dated = _date_after(text, number.end) if number is not None else None
            if number is None or number.number is None or dated is None or dated.value != issued or issued is None:
                continue
            if printed.startswith("".join(number.number.split())):
                return number
    return None


_LOST_DAY = re.compile(rf"[ \t]*,?[ \t]*{lost_form('ngày').pattern}[ \t]+(?=\d)")
""""ngày" before a date in digits, as a copy that lost its marks prints it ("174/CT, ngy 19/05/1992")."""


def _date_after(text: str, end: int) -> DateMatch | None:
    """The date a cited number is dated with, "ngày" maybe printed without its mark (`_LOST_DAY`)."""
    dated = date_at(text, end)  # "ngy 08 thng 4 nm 2004": read as a date whole
    day = _LOST_DAY.match(text, end) if dated is None else None
    return date_at(text, day.end()) if day is not None else dated


def add_lost_citations(document: Document) -> Document:
    """Registered field extractor: on a text that lost its marks, the documents its sentences cite by kind and number
    ("Quyt nh s 153/2003/Q-TTg ngy 10 thng 7 nm 2003"), the kind a closed phrase and the number and date read from
    their digits; each number once, the document's own never; and laws by name and date (`_LAW_DATED`). Any other
    document is left as it is."""
    if not any(error.code == ErrorCode.TEXT_MARKS_LOST for error in document.errors):
        return document
    text = document.text
    cited = [_dated_by_lost_day(citation, text) for citation in document.citations]
    seen = {citation.number for citation in cited if citation.number} | {document.number}
    added: list[Citation] = []
    for form, kind in _CITED_FORMS:
        for match in form.finditer(text):
            number = cited_number_at(text, match.end())  # as a sentence cites it: "202/UBND-VH&TT" whole
            if number is None or number.number is None or number.number in seen or _GOES_ON.match(text, number.end):
                continue
            needed = _TYPE_NEEDED.get(kind)
            if needed is not None and not needed.fullmatch(re.split(r"[-/]", number.symbol)[0]):
                continue
            seen.add(number.number)
            dated = _date_after(text, number.end)
            end = dated.end if dated is not None else number.end
            date = dated.value if dated is not None else None
            span = Span.in_text(text, match.start(), end)
            added.append(
                Citation(text=text[match.start() : end], kind=kind, number=number.number, date=date, span=span)
            )
    constitution = _CONSTITUTION.search(text)
    if constitution is not None and not any(citation.kind == "hien_phap" for citation in cited):
        span = Span.in_text(text, constitution.start(), constitution.end())
        added.append(Citation(text=squash(constitution.group()), kind="hien_phap", span=span))
    for match in _LAW_DATED.finditer(text):
        dated = date_at(text, match.end("name"))
        if dated is None or dated.value is None:
            continue
        span = Span.in_text(text, match.start(), dated.end)
        added.append(Citation(text=text[match.start() : dated.end], kind="luat", date=dated.value, span=span))
    added.sort(key=lambda citation: citation.span.start if citation.span else 0)
    return document.model_copy(update={"citations": [*cited, *added]})


def _dated_by_lost_day(citation: Citation, text: str) -> Citation:
    """A citation the ordinary reader took without a date, dated when "ngày" lost its mark right after its number
    ("Ngh quyt s 179/2009/NQ-HND ngy 20/4/2009"): that reader knows "ngày" only with its marks."""
    if citation.date is not None or citation.span is None or citation.number is None:
        return citation
    if not squash(citation.text).endswith(citation.number):
        return citation  # the citation's text goes on past its number: no date right after it
    dated = _date_after(text, citation.span.end)
    if dated is None or dated.value is None:
        return citation
    span = Span.in_text(text, citation.span.start, dated.end)
    return citation.model_copy(update={"date": dated.value, "text": squash(text[span.start : span.end]), "span": span})


_CONSTITUTION = re.compile(rf"{lost_form('Hiến pháp nước').pattern}[ \t]+(?i:{LOST_MOTTO.pattern})")
"""The Constitution cited by the state it is the Constitution of, as such a copy prints it ("Hi n pháp nư c C ng hoà xã
h i ch nghĩa Vi t Nam"): kind `hien_phap`, the name as printed, as `citations` reads it with its marks."""
_LAW_DATED = re.compile(
    rf"{lost_form('Luật').pattern}(?P<name>(?:[ \t]+[^\W\d_]+,?){{1,14}}?)(?=[ \t]+{lost_form('ngày').pattern}[ \t]+\d)"
)
"""A law cited by its name and date, as such a copy prints them ("Lut Gio dc ngy 14 thng 6 nm 2005"): the name kept
as printed (the letters the copy kept; labels and the people read name it so), never spelt back; the date from its
digits. A name through another law's ("Lut sa i, b sung mt s iu ca Lut Gio dc ngy …") is the amending law's."""
