"""The header of a document whose Vietnamese marks a conversion lost (`language.lost_marks`, error `text.marks_lost`).

A Word file read without its font drops every marked letter ("TH TNG CHNH PH … S: 58/2010/Q-TTg … H Ni, ngy 22
thng 09 nm 2010 QUYT NH …"), an OCR of a poor scan strips or garbles them ("UY BAN NHAN DAN / HUY~N HI~P HOA").
The words cannot be spelt back in general, so the header is read only where the printed letters fit one phrase of
a closed set: a kind of document, a central body, the date's "ngày … tháng … năm …" with its digits, the number after
"Số:". Names the set does not hold (a district, a person, a place) are null with an error: never spelt by guess.
"""

from __future__ import annotations

import re
import unicodedata

from extractors.dates import date_at, find_dates
from extractors.docnumber import parse_number
from extractors.doctype import TITLES
from extractors.header import running_name
from extractors.language import LOST_MOTTO
from extractors.ocr_titles import DEPARTMENTS
from extractors.vntext import fold
from schemas.document import Citation, DocType, Document, ErrorItem, Span
from schemas.errors import ErrorCode

_KINDS = (
    "QUYẾT ĐỊNH", "KẾ HOẠCH", "CHỈ THỊ", "BÁO CÁO", "THÔNG BÁO", "TỜ TRÌNH", "QUY ĐỊNH", "QUY CHẾ", "HƯỚNG DẪN",
    "NGHỊ QUYẾT", "CÔNG VĂN", "THÔNG TƯ", "NGHỊ ĐỊNH", "CÔNG ĐIỆN",
)  # fmt: skip
"""Kinds a title line names, in capitals as printed (`doctype.TITLES`; a thông tư or nghị định is `other`)."""
_BODIES = (
    "THỦ TƯỚNG CHÍNH PHỦ", "CHÍNH PHỦ", "VĂN PHÒNG CHÍNH PHỦ", "QUỐC HỘI", "ỦY BAN THƯỜNG VỤ QUỐC HỘI",
    "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "KIỂM TOÁN NHÀ NƯỚC", "BỘ QUỐC PHÒNG", "BỘ CÔNG AN", "BỘ NGOẠI GIAO",
    *(f"BỘ {name.upper()}" for name in DEPARTMENTS),
)  # fmt: skip
"""Central bodies whose name a header line may print without its marks: a closed set, so a fit is sure."""


def _lost_letters(letter: str) -> str:
    """What a marked letter may have become: nothing, its bare letter, or one other sign ("Ĩ" → "(")."""
    bare = unicodedata.normalize("NFD", letter)[0].replace("Đ", "D").replace("đ", "d")
    return re.escape(letter) if bare == letter else rf"(?:{bare}|[^\s\w]|)"


def lost_form(phrase: str) -> re.Pattern[str]:
    """A phrase in capitals as a copy that lost its marks prints it, whole words only ("THỦ TƯỚNG" → "TH TNG",
    "THU TUONG")."""
    body = r"[ \t]+".join("".join(_lost_letters(letter) for letter in word) for word in phrase.split())
    return re.compile(rf"(?<![^\W\d_]){body}(?![^\W\d_])")


_KIND_FORMS = [(lost_form(kind), TITLES.get(fold(kind).lower(), DocType.OTHER)) for kind in _KINDS]
_BODY_FORMS = [(lost_form(body), running_name(body)) for body in _BODIES]
_NUMBER_LABEL = re.compile(r"(?<![^\W\d_])S[ố6o0]?[ \t]*:[ \t]*(?=\d)", re.IGNORECASE)
_DECORATION = re.compile(r"[-_=*~.·]{2,}")
_HEADER_REACH = 600
_NUMBER_REACH = 40
"""Characters after "Số:" that a number and its symbol span at most: a motto further on is the body's, no end of it."""
"""Characters from the text's start that the header of such a copy spans (issuer, number, motto, date, title)."""


_CITED = {
    "Quyết định": "quyet_dinh", "Nghị định": "nghi_dinh", "Nghị quyết": "nghi_quyet", "Thông tư": "thong_tu",
    "Chỉ thị": "chi_thi", "Công văn": "cong_van", "Tờ trình": "to_trinh", "Kế hoạch": "ke_hoach",
    "Thông báo": "thong_bao",
}  # fmt: skip
"""Kinds a sentence cites by number, as written in running text."""
_GOES_ON = re.compile(r"[ \t]*\n[ \t]*[A-ZĐ]{2,}(?![^\W\d_])")
"""Capitals on the next line right after a number: its symbol may go on there ("1309/UBND" / "KGVX"), so the number
read is maybe cut, and no citation is made of it."""
_CITED_FORMS = [
    (re.compile(rf"{lost_form(kind).pattern}[ \t]+s(?:ố|o|6)?[ \t]*:?[ \t]*(?=\d)"), code)
    for kind, code in _CITED.items()
]


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


def read_lost_marks(document: Document) -> Document:
    """Registered field extractor: on a text that lost its marks (`text.marks_lost`), the header fields read from
    the closed phrases alone; the others null, with an error saying why. Any other document is left as it is."""
    if not any(error.code == ErrorCode.TEXT_MARKS_LOST for error in document.errors):
        return document
    top = document.text[:_HEADER_REACH]
    errors: list[ErrorItem] = []
    motto = LOST_MOTTO.search(top)
    label = _NUMBER_LABEL.search(top)
    head_end = min((m.start() for m in (motto, label) if m is not None), default=0)
    lines = [" ".join(_DECORATION.sub(" ", line).split()) for line in top[:head_end].split("\n")]
    lines = [line for line in lines if line]
    heads = [" ".join(lines[-count:]) for count in range(1, min(3, len(lines)) + 1)]  # a name over two lines
    head = heads[-1] if heads else ""
    issuer = next((name for name in map(_issuer, heads) if name is not None), None)
    if issuer is None:
        message = f"the header's body lost its marks and is no known name: {head!r}"
        errors.append(ErrorItem(code=ErrorCode.ISSUER_UNREADABLE, message=message))
    known = {error.code for error in document.errors}
    glued = motto is not None and label is not None and 0 < motto.start() - label.end() <= _NUMBER_REACH
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
        "signer": None,
        "errors": [*document.errors, *errors],
    }
    return document.model_copy(update=update)


def add_lost_citations(document: Document) -> Document:
    """Registered field extractor: on a text that lost its marks, the documents its sentences cite by kind and number
    ("Quyt nh s 153/2003/Q-TTg ngy 10 thng 7 nm 2003"), the kind a closed phrase and the number and date read from
    their digits; each number once, the document's own never. Any other document is left as it is."""
    if not any(error.code == ErrorCode.TEXT_MARKS_LOST for error in document.errors):
        return document
    text = document.text
    seen = {citation.number for citation in document.citations if citation.number} | {document.number}
    added: list[Citation] = []
    for form, kind in _CITED_FORMS:
        for match in form.finditer(text):
            number = parse_number(text[match.end() :], match.end(), require_digits=True)
            if number is None or number.number is None or number.number in seen or _GOES_ON.match(text, number.end):
                continue
            seen.add(number.number)
            dated = date_at(text, number.end)
            end = dated.end if dated is not None else number.end
            date = dated.value if dated is not None else None
            span = Span.in_text(text, match.start(), end)
            added.append(
                Citation(text=text[match.start() : end], kind=kind, number=number.number, date=date, span=span)
            )
    added.sort(key=lambda citation: citation.span.start if citation.span else 0)
    return document.model_copy(update={"citations": [*document.citations, *added]})
