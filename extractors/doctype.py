"""The document's type: from its title line, else from its number's type abbreviation.

A công văn has no title: it has "V/v ..." under its number and a symbol without a type abbreviation
("1271/UBND-NC"). Text with neither a "Số:" line nor a title (a news article or web page reporting on a
document) is `other`.
"""

from __future__ import annotations

import re

from extractors.docnumber import DocNumber, parse_number
from extractors.issued_with import ISSUED_WITH
from extractors.vntext import fold, is_upper_line, squash
from schemas.document import DocType

TITLES: dict[str, DocType] = {
    "quyet dinh": DocType.QUYET_DINH,
    "ke hoach": DocType.KE_HOACH,
    "chi thi": DocType.CHI_THI,
    "bao cao": DocType.BAO_CAO,
    "bao cao thu hoach": DocType.BAO_CAO,  # the report of what a trip or a course brought back
    "thong bao": DocType.THONG_BAO,
    "to trinh": DocType.TO_TRINH,
    "quy dinh": DocType.QUY_DINH,
    "quy che": DocType.QUY_CHE,
    "huong dan": DocType.HUONG_DAN,
    "nghi quyet": DocType.NGHI_QUYET,
    "cong van": DocType.CONG_VAN,
    "chuong trinh": DocType.OTHER,
    "de an": DocType.OTHER,
    "phuong an": DocType.OTHER,
    "bien ban": DocType.OTHER,
    "giay moi": DocType.OTHER,
    "cong dien": DocType.OTHER,
    "ket luan": DocType.OTHER,
    "thong tri": DocType.OTHER,
    "thu ngo": DocType.OTHER,  # an open letter (a "thư công", Nghị định 30/2020): a header and a signature, no number
    "thu cong": DocType.OTHER,
    "nghi dinh": DocType.OTHER,  # the kinds of legal texts this project reads no further: named so that a
    "thong tu": DocType.OTHER,  # decree's "Ban hành Quy chế …" under its title is no quy chế
    "thong tu lien tich": DocType.OTHER,
    "luat": DocType.OTHER,
    "phap lenh": DocType.OTHER,
}
_TITLE_KEYS = {title.replace(" ", ""): kind for title, kind in TITLES.items()}
_LONGEST_TITLE = 2 * max(map(len, _TITLE_KEYS)) + len("va")
"""The most letters a title line can hold (two kinds joined by "và", `_joint_title_type`): a longer line is no
title, which spares the capitals test on every line of a text searched for one (`regulation_start`)."""
_OCR_LETTERS = str.maketrans({"0": "o"})
_EDGE_MARKS = " .,:;'\"“”‘’`|_-~*"
_FOOTNOTE_MARK = re.compile(r"[ \t]*\[\d{1,2}\][ \t]*$")
"""A footnote's mark after the title ("QUYẾT ĐỊNH[1]": a consolidated text notes where each text comes from)."""


def title_type(line: str) -> DocType | None:
    """The type named by a title line ("QUYẾT ĐỊNH", OCR "QUYÉT ĐỊNH", "QUYET DINH", "B ÁO CÁ0.", "BÁO CÁO |"),
    or None. Compared with tone marks, spaces and marks at the edges aside, 0 read for O.

    Only a capitalised line that is nothing but the type counts: "Quyết định" in running text is a mention.
    """
    text = _FOOTNOTE_MARK.sub("", squash(line)).strip(_EDGE_MARKS)
    if not text or len(text) - text.count(" ") > _LONGEST_TITLE or not is_upper_line(text):
        return None
    key = fold(text).translate(_OCR_LETTERS)
    if re.search(r"[^a-z ]", key):
        return None
    return _TITLE_KEYS.get(key.replace(" ", "")) or _joint_title_type(key)


_DECIDING = frozenset({DocType.QUYET_DINH, DocType.NGHI_QUYET, DocType.CHI_THI})
"""The kinds that decide: of a title naming two kinds, the document is the one that decides."""


def _joint_title_type(key: str) -> DocType | None:
    """The type of a title naming two kinds joined by "và" ("BÁO CÁO VÀ NGHỊ QUYẾT": the minutes of a session and
    what it resolved): the one that decides (`_DECIDING`), or None when neither or both do."""
    parts = key.split(" va ")
    kinds = [_TITLE_KEYS.get(part.replace(" ", "")) for part in parts]
    if len(parts) != 2 or None in kinds:
        return None
    deciding = [kind for kind in kinds if kind in _DECIDING]
    return deciding[0] if len(deciding) == 1 else None


_ARTICLES = re.compile(r"^[ \t]*dieu[ \t]+1[ \t]*[.:].*?^[ \t]*dieu[ \t]+2[ \t]*[.:]", re.MULTILINE | re.DOTALL)
"""A body in numbered articles, folded: "Điều 1. …" and then "Điều 2. …", each opening a line."""


def in_articles(folded: str) -> bool:
    """Whether a folded text's body is in numbered articles: a decision's or a resolution's form, never a công
    văn's (which writes numbered items, if any)."""
    return _ARTICLES.search(folded) is not None


def classify(
    title: DocType | None, number: DocNumber | None, has_vv: bool, abbreviated_vv: bool = False, articled: bool = False
) -> DocType:
    """Title first; then the number's type abbreviation; a number without one (or a V/v line) is a công văn —
    unless the number carries a year and no V/v line follows: a công văn's number never has one ("84/2005/LPQT",
    a treaty notice printed with neither kind nor subject, is some other document). A deciding kind (`_DECIDING`)
    always prints its title and never an abbreviated "V/v" line (`abbreviated_vv`): with one and no title, its
    abbreviation is a body's ("26998/CT-TTHT", Cục Thuế's) and the document a công văn — unless the body is in
    articles (`articled`), which no công văn is. A spelled-out "Về việc …" is every decision's subject: under a title
    the scan lost (a faint "QUYẾT ĐỊNH") it says nothing of the kind. A "V/v" line under a number whose first symbol
    part names no kind of document ("2291 TM/XTTM", read as a party number's type for the space after the serial) is a
    công văn's too: the part is the issuing body's (Bộ Thương mại's "TM")."""
    if title is not None:
        return title
    if number is not None:
        kind = number.kind
        if abbreviated_vv and kind in {t.value for t in _DECIDING} and not articled:
            return DocType.CONG_VAN
        if kind in {t.value for t in DocType}:
            return DocType(kind)
        if number.type_abbr is None and not has_vv and re.match(r"(?:19|20)\d{2}/", number.symbol):
            return DocType.OTHER
        if number.type_abbr is None or kind == "cong_van" or (kind is None and abbreviated_vv):
            return DocType.CONG_VAN
        return DocType.OTHER
    return DocType.CONG_VAN if has_vv else DocType.OTHER


_TITLE_ISSUED_WITH = re.compile(rf"{ISSUED_WITH}\b")
"""An attachment's title run onto one line with the decision it is issued with (`copied_title_type`)."""
_NAMED_NUMBER = re.compile(r"^(?P<kind>\w+\s+\w+)\s*(?:[-–:]\s*|\s+số\s*:?\s*|\s+)(?=\d)", re.IGNORECASE)
_FIRST_ARTICLE = re.compile(r"^\s*điều\s+1\b", re.IGNORECASE)
_LIST_MARKS = "-–•*+ \t"
"""Marks a page's list puts before a line."""


def copied_title_type(lines: list[str]) -> DocType | None:
    """The type of a copy with no header, named by its own title, or None: an attachment's title run onto one line
    with its subject and the decision it is issued with ("QUY ĐỊNH VỀ QUẢN LÝ … (Ban hành kèm theo Quyết định số
    …)", also after a list's dash and with its subject in sentence case: "- QUY CHẾ Về công tác lễ tân … (Ban hành
    kèm theo …"), or a copy that starts at "Điều 1" under a page title giving its kind and number ("Quyết định -
    404/QĐ-TTg Về …"), the number's type abbreviation naming the same kind (a title alone may be a news headline)."""
    for index, line in enumerate(lines):
        words = squash(line).lstrip(_LIST_MARKS).split()
        if len(words) > 2 and _TITLE_ISSUED_WITH.search(fold(line)) and words[2][:1].isupper():
            found = title_type(" ".join(words[:2]))
            if found is not None:
                return found
        if index + 1 < len(lines) and _FIRST_ARTICLE.match(lines[index + 1]):
            kind = numbered_title_type(line)
            if kind is not None:
                return kind
    return None


def numbered_title_type(line: str) -> DocType | None:
    """The kind a title names with its number ("Quyết định - 404/QĐ-TTg", "NGHỊ QUYẾT SỐ 17-NQ/TVQH NGÀY …"), when
    the number's type abbreviation names the same kind (a kind word before another number is a mention), or None."""
    named = _NAMED_NUMBER.match(squash(line))
    if named is None:
        return None
    kind = TITLES.get(fold(named["kind"]))
    number = parse_number(squash(line)[named.end() :], require_digits=True)
    return kind if kind is not None and number is not None and number.kind == kind.value else None
