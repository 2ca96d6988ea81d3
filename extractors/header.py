"""The header and the signature block: doc_type, number/symbol, issuer (+ parent), place, issue_date,
subject, signer, recipients.

Layout (Nghị định 30/2020/NĐ-CP): issuing body top left (one or two lines: parent body, then the issuer),
"Số: 15/QĐ-UBND" under it, the place and date top right, then the title and subject (or "V/v ..." under
the number of a công văn), the body, "Nơi nhận:" and the signature block. What is *not* the document's
own: the incoming-mail stamp ("ĐẾN Số: 749 Ngày: 31-3-16"), a copy block ("SAO Y BẢN CHÍNH" with its own
number, date and signer), footnotes, and web-page text around a news copy. Names and titles in capitals
are given in the sentence case of running text (`vntext.readable_case`), so "SỞ NGOẠI VỤ" is "Sở Ngoại vụ".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from extractors.dates import DateMatch, find_dates
from extractors.docnumber import COPY_TYPES, DocNumber, parse_number
from extractors.doctype import classify, title_type
from extractors.issuer import complete_bare_issuer, issuer_part, join_table_cells, split_bodies
from extractors.ocr_titles import match_title
from extractors.people import family_name
from extractors.signer_text import plain_signer, unglue
from extractors.vntext import Line, fold, is_upper_line, lines, readable_case, squash
from schemas.document import DocType, Document, ErrorItem, Signer, Span, TextSource

HEADER_LINES = 40
"""How many non-blank lines from the top may hold the header (stamps and interleaved columns included)."""

LOW_CONFIDENCE = 40.0
"""Tesseract word confidence under which a hand-filled number or day is treated as unreadable."""

_MOTTOS = (
    r"c[o0]ng\s*h[o0]a\s*xa\s*h[o0]i\s*chu\s*nghia\s*viet\s*nam",
    r"d[o0]c\s*lap\s*[-–—]?\s*tu\s*do\s*[-–—]?\s*hanh\s*phuc",
    r"dang\s*c[o0]ng\s*san\s*viet\s*nam",
)
_MOTTO_RE = re.compile("|".join(_MOTTOS))
_DECORATION_RE = re.compile(r"^[\s\-_–—*=~.·]*$")
_SO_RE = re.compile(r"^[ \t]*(?:so|s6|s0|s\u00f4)[ \t]*[:.;]?[ \t]*(?=[\d/-]|[ \t]*$|\S{1,4}[ \t]*/)")
_SO_MID_RE = re.compile(r"(?<=\s)(?:so|s6|s0)[ \t]*:[ \t]*(?=\d)")
_STAMP_HEAD_RE = re.compile(r"^\s*(?:.*\s)?den(?:\s|$|\s*so\b)")
_STAMP_FIELD_RE = re.compile(r"^\s*(?:den\s+)?(?:so|ngay|gio|chuyen|luu ho so)\b\s*[:.]?")
_COPY_RE = re.compile(r"\b(?:sao y ban chinh|sao y|sao luc|trich sao)\b")
_VV_RE = re.compile(r"^[ \t]*(?:v/v|v\.v|ve viec)\b")
_SUBJECT_STOP_RE = re.compile(r"^\s*(?:can cu|thuc hien|kinh gui|xet de nghi|theo de nghi|noi nhan|dieu \d|[-+•])")
_LOCALITY_START_RE = re.compile(r"^(?:tinh|thanh pho|huyen|quan|thi xa|thi tran|xa|phuong)\b(?!\s+uy)")
_MODE_RE = re.compile(r"^(?:(KT|K/T|TM|T/M|TL|T/L|TUQ|Q)\s*[.:]\s*|(KT|K/T|TM|T/M|TL|T/L|TUQ)\s+)(?=[A-ZĐỦ])")
_TITLE_WORDS_RE = re.compile(
    r"\b(?:chu tich|giam doc|truong|bi thu|chanh|thu truong|tong|uy vien|chuyen vien|ke toan|pho|tong cuc|"
    r"cuc truong|vu truong|hieu truong|vien truong|chu nhiem|thu ky)\b"
)
_NAME_PREFIXES = (
    "Đại tướng",
    "Thượng tướng",
    "Trung tướng",
    "Thiếu tướng",
    "Đại tá",
    "Thượng tá",
    "Trung tá",
    "Thiếu tá",
    "Đại úy",
    "Thượng úy",
    "Trung úy",
    "Thiếu úy",
    "PGS.TS.",
    "PGS. TS.",
    "GS.TS.",
    "TS.",
    "ThS.",
    "BS.",
)
_NAME_WORD_RE = re.compile(r"^[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ][^\W\d_]*$")


@dataclass
class Header:
    """What the header and signature extraction found, before it is written onto the Document."""

    doc_type: DocType = DocType.OTHER
    number: str | None = None
    symbol: str | None = None
    issuer: str | None = None
    parent_issuer: str | None = None
    place: str | None = None
    issue_date: dt.date | None = None
    subject: str | None = None
    signer: Signer | None = None
    recipients: list[str] = field(default_factory=list)
    errors: list[ErrorItem] = field(default_factory=list)


def extract_header(document: Document) -> Document:
    """Registered field extractor: fills the header fields and the signer, notes unreadable values."""
    ocr = document.source.text_source in (TextSource.OCR, TextSource.MIXED)
    header = parse_header(document.text, _confidences(document), ocr=ocr)
    return document.model_copy(
        update={
            "doc_type": header.doc_type,
            "number": header.number,
            "symbol": header.symbol,
            "issuer": header.issuer,
            "parent_issuer": header.parent_issuer,
            "place": header.place,
            "issue_date": header.issue_date,
            "subject": header.subject,
            "signer": header.signer,
            "recipients": header.recipients,
            "errors": [*document.errors, *header.errors],
        }
    )


def _confidences(document: Document) -> dict[str, float]:
    """Lowest OCR confidence seen for each word text on the first page (empty for non-OCR text)."""
    if not document.pages or not document.pages[0].words:
        return {}
    lowest: dict[str, float] = {}
    for word in document.pages[0].words:
        lowest[word.text] = min(word.confidence, lowest.get(word.text, 100.0))
    return lowest


def _is_low(confidences: dict[str, float], token: str) -> bool:
    hits = [conf for text, conf in confidences.items() if token and token in text]
    return bool(hits) and max(hits) < LOW_CONFIDENCE


def parse_header(text: str, confidences: dict[str, float] | None = None, *, ocr: bool = False) -> Header:
    """Parse the header, signature and recipients of a document's text (pure; see module doc).

    `ocr`: the text is tesseract's, so a garbled signature title is matched to the known titles."""
    confidences = confidences or {}
    text = join_table_cells(text)  # a web copy's header cells broken over lines: one line each, same offsets
    all_lines = lines(text)
    folded = fold(text)
    stamp = _stamp_lines(all_lines, folded)
    copy_start = _copy_start(all_lines, folded)
    copy_end = _copy_end(all_lines, copy_start)
    main = [*all_lines[:copy_start], *all_lines[copy_end:]]
    top = [ln for ln in all_lines[:copy_start] if ln.stripped and ln.index not in stamp][:HEADER_LINES]
    header = Header()

    number_line, number = _find_number(top, folded, header)
    title_line, doc_title = _find_title(top)
    vv_line = _find_vv(top, folded, number_line)
    if number_line is None and title_line is None:
        header.doc_type = DocType.OTHER
        header.subject = headline(all_lines)
        return header  # a news article or web page: no number, issuer or date of its own
    header.doc_type = classify(doc_title, number, vv_line is not None)
    if number is not None:
        if number.number and _is_low(confidences, number.number.split("/")[0].split("-")[0]):
            header.errors.append(ErrorItem(code="number.unreadable", message="number digits read with low confidence"))
        else:
            header.number = number.number
        header.symbol = number.symbol

    anchor = number_line if number_line is not None else title_line
    assert anchor is not None
    header.parent_issuer, header.issuer = _issuer(top, anchor, folded)
    if header.issuer is not None:  # "ỦY BAN NHÂN DÂN | CỘNG HÒA ..." lost its second line: the preamble has it
        later = (running_name(ln.text) for ln in top if ln.index > anchor.index and is_upper_line(ln.text))
        header.issuer = complete_bare_issuer(header.issuer, later)
    stop = _body_start(top, folded, title_line)
    near_copy = _copy_neighbourhood(all_lines, folded)
    date_line, date_match = _find_place_date(all_lines, top, folded, near_copy, stop)
    if date_match is not None and date_line is not None:
        header.place = _place(text, date_line, date_match, number)
        if date_match.blank:
            header.errors.append(ErrorItem(code="issue_date.blank", message="the day was left blank for hand-filling"))
        elif date_match.value is None:
            header.errors.append(ErrorItem(code="issue_date.unreadable", message=f"not a date: {date_match.text!r}"))
        elif _is_low(confidences, str(date_match.value.day).zfill(2)) and _is_low(
            confidences, str(date_match.value.day)
        ):
            header.errors.append(ErrorItem(code="issue_date.unreadable", message="day read with low confidence"))
        else:
            header.issue_date = date_match.value
    else:
        header.errors.append(ErrorItem(code="issue_date.missing", message="no place-and-date line in the header"))
    header.subject = _subject(all_lines, folded, vv_line, title_line, date_line)
    body_start = max(ln.index for ln in (number_line, title_line, vv_line) if ln is not None) + 1
    body = [ln for ln in main if ln.index >= body_start]
    header.signer = find_signer(body, text, ocr=ocr) or plain_signer(body, text)
    header.recipients = _recipients(main, folded)
    return header


def _body_start(top: list[Line], folded: str, title: Line | None) -> int:
    """Index of the first line after the header: the title, "Kính gửi", or a long paragraph (once the
    header's capitals have begun: a web page's address or banner above them is no body)."""
    first = next((i for i, line in enumerate(top) if is_upper_line(line.text)), 0)
    for line in top[first:]:
        low = folded[line.start : line.end].strip()
        if (title is not None and line.index >= title.index) or low.startswith("kinh gui") or len(low) > 160:
            return line.index
    return top[-1].index + 1 if top else 0


def headline(all_lines: list[Line]) -> str | None:
    """A news page's headline: its first sentence-case line that is not navigation or a sentence."""
    for line in all_lines[:12]:
        text = squash(line.text)
        if not text or is_upper_line(text) or "|" in text or text.endswith((".", ":")) or len(text) > 200:
            continue
        return text
    return None


def _stamp_lines(all_lines: list[Line], folded: str) -> set[int]:
    """Lines of the incoming-mail stamp: an "ĐẾN" line and the Số/Ngày/Chuyển fields that follow it."""
    stamp: set[int] = set()
    for line in all_lines[:60]:
        low = folded[line.start : line.end].strip()
        if not _STAMP_HEAD_RE.match(low) or len(low) > 40 or not line.stripped[:1].isupper():
            continue
        if low.startswith(("den ", "den\t")) or low == "den" or " den " in f" {low} ":
            stamp.add(line.index)
            for following in all_lines[line.index + 1 : line.index + 6]:
                if _STAMP_FIELD_RE.match(folded[following.start : following.end]) or not following.stripped:
                    stamp.add(following.index)
                else:
                    break
    return stamp


def _copy_start(all_lines: list[Line], folded: str) -> int:
    """Index of the first line of a trailing copy block ("SAO Y BẢN CHÍNH" and its own header), or len."""
    for line in all_lines[12:]:
        low = folded[line.start : line.end]
        number = _number_on(line, folded)
        if (_COPY_RE.search(low) and is_upper_line(line.text)) or (number and number.type_abbr in COPY_TYPES):
            start = line.index
            back = line.index - 1
            while back > 0 and (not all_lines[back].stripped or is_upper_line(all_lines[back].text)):
                if all_lines[back].stripped and _is_signature_title(all_lines[back].text):
                    break
                if all_lines[back].stripped:
                    start = back
                back -= 1
                if line.index - back > 4:
                    break
            return start
    return len(all_lines)


def _copy_end(all_lines: list[Line], start: int) -> int:
    """The copy block ends with its own signer's name: OCR may put the document's signature after it."""
    for line in all_lines[start : start + 14]:
        if split_name(line.text)[1] is not None:
            return line.index + 1
    return len(all_lines)


def _copy_neighbourhood(all_lines: list[Line], folded: str) -> set[int]:
    """Lines near a copy marker or a copy's own number anywhere (a copy stamp put on top of page 1)."""
    near: set[int] = set()
    for line in all_lines:
        number = _number_on(line, folded)
        if _COPY_RE.search(folded[line.start : line.end]) or (number and number.type_abbr in COPY_TYPES):
            near.update(range(line.index - 1, line.index + 5))
    return near


def _number_on(line: Line, folded: str) -> DocNumber | None:
    match = _SO_RE.match(folded[line.start : line.end])
    if not match:
        return None
    return parse_number(line.text[match.end() :], line.start + match.end())


def _find_number(top: list[Line], folded: str, header: Header) -> tuple[Line | None, DocNumber | None]:
    """The first "Số:" line of the header that is not a copy's: its number (None when blank) and symbol."""
    for line in top:
        match = _SO_RE.match(folded[line.start : line.end]) or _SO_MID_RE.search(folded[line.start : line.end])
        if not match:
            continue
        rest = line.text[match.end() :]
        number = parse_number(rest, line.start + match.end())
        junk = re.match(r"[ \t]*\S{1,4}[ \t]*(?=/)", rest) if number is None or number.number is None else None
        if junk and not re.match(r"[ \t]*[\d/-]", rest):
            number = parse_number(rest[junk.end() :], line.start + match.end() + junk.end())
            if number is not None:
                header.errors.append(ErrorItem(code="number.unreadable", message=f"cannot read {rest.strip()!r}"))
                return line, number
        if number is None:
            if not rest.strip() or re.match(r"\s*\d+\s*$", rest):
                continue  # "Số:" with nothing usable, or a stamp's bare serial: not the number line
            header.errors.append(ErrorItem(code="number.unreadable", message=f"cannot read number {rest.strip()!r}"))
            return line, None
        if number.type_abbr in COPY_TYPES:
            continue
        if number.number is None:
            header.errors.append(ErrorItem(code="number.blank", message="number left blank; symbol kept"))
        return line, number
    return None, None


def _find_title(top: list[Line]) -> tuple[Line | None, DocType | None]:
    for line in top:
        found = title_type(line.text)
        if found is not None:
            return line, found
    return None, None


def _find_vv(top: list[Line], folded: str, number_line: Line | None) -> Line | None:
    for line in top:
        if _VV_RE.match(folded[line.start : line.end]):
            return line
    return None


def _strip_mottos(text: str) -> str:
    folded = fold(text)
    pieces = []
    last = 0
    for match in _MOTTO_RE.finditer(folded):
        pieces.append(text[last : match.start()])
        last = match.end()
    pieces.append(text[last:])
    return squash(" ".join(pieces))


def _issuer(top: list[Line], anchor: Line, folded: str) -> tuple[str | None, str | None]:
    """Issuing body (and its parent) from the capitalised lines above the number line.

    "UBND TỈNH X / SỞ NGOẠI VỤ" → (UBND tỉnh X, Sở Ngoại vụ); "ỦY BAN NHÂN DÂN / TỈNH X" is one body;
    "ĐẢNG BỘ TỈNH X / TỈNH ỦY" is the Tỉnh ủy of X; a board under a party committee takes the committee's
    name ("TỈNH ỦY X / BAN TỔ CHỨC" → Ban Tổ chức Tỉnh ủy); a third line continues the issuer's name.
    """
    bodies: list[str] = []
    for line in top:
        if line.index > anchor.index:
            break
        text = re.split(r"\s{3,}|\t", line.text.strip())[0]
        cut = issuer_part(text)
        if line.index == anchor.index and cut == text:
            break  # the number line itself names a body only when the whole header is on it
        text = cut.strip(" -–—*_=.")
        if not text or _DECORATION_RE.match(text) or not is_upper_line(text) or title_type(text):
            continue
        for body in split_bodies(text):
            low = fold(body)
            if bodies and (
                low.startswith("va ")
                or (_LOCALITY_START_RE.match(low) and not _LOCALITY_START_RE.search(fold(bodies[-1])))
                or fold(bodies[-1]).endswith(("nhan dan", "uy ban"))
            ):
                bodies[-1] = f"{bodies[-1]} {body}"
                continue
            bodies.append(body)
    if not bodies:
        return None, None
    if len(bodies) >= 3:
        bodies = [bodies[0], " ".join(bodies[1:])]
    names = [running_name(b) for b in bodies]
    if len(names) == 2:
        party = re.match(r"^(tinh|huyen|thanh|dang) uy\b", fold(names[0]))
        committee = re.fullmatch(r"(tinh|huyen|thanh|dang) uy", fold(names[1]))
        if committee and fold(names[0]).startswith("dang bo "):
            locality = re.sub(r"(?i)^(?:Đảng bộ)\s+(?:tỉnh|huyện|thành phố|quận|thị xã)?\s*", "", names[0])
            return None, f"{names[1]} {locality}".strip()
        if party and not committee:
            return names[0], f"{names[1]} {names[0].split(' ')[0]} {names[0].split(' ')[1]}"
        return names[0], names[1]
    return None, names[-1]


_LOCALITY_WORDS = {"tinh": "TỈNH", "huyen": "HUYỆN", "uy": "ỦY"}
"""Tone-mark slips of OCR in header words from a closed set ("TĨNH", "TÍNH" → "TỈNH")."""
_UNIT_WORDS = {"tinh", "huyen", "xa", "phuong", "quan", "pho", "tran"}
"""Words after which a word is a place's name, not a unit word ("HUYỆN TĨNH GIA")."""
_BODY_ENDS = {"ubnd", "hdnd", "dan"}
"""Words a unit word follows when the place's name is on the next line ("ỦY BAN NHÂN DÂN TÍNH")."""


def _locality_word(words: list[str], index: int) -> str:
    """The repaired unit word, unless the word is part of a place's name: "HÀ TĨNH" ends the heading,
    "TĨNH GIA" follows a unit word; a unit word is followed by the name it qualifies (or ends a line
    whose next line holds it)."""
    word = words[index]
    repaired = _LOCALITY_WORDS.get(fold(word))
    if repaired is None or repaired == word:
        return word
    if repaired != "ỦY":
        follows_unit = index > 0 and fold(words[index - 1]) in _UNIT_WORDS
        names_end = index == len(words) - 1 and index > 0 and fold(words[index - 1]) not in _BODY_ENDS
        if names_end or follows_unit:
            return word
    return repaired


def running_name(heading: str) -> str:
    """A body's heading in the form running text uses: sentence case, "Ủy ban nhân dân" → "UBND"."""
    split = squash(heading).split(" ")
    words = [_locality_word(split, index) for index in range(len(split))]
    name = readable_case(" ".join(words))
    name = re.sub(r"^Ủy ban nhân dân\b", "UBND", name)
    name = re.sub(r"\bchính phủ$", "Chính phủ", name)  # "THỦ TƯỚNG CHÍNH PHỦ": the Government, a proper name
    return re.sub(r"^Hội đồng nhân dân\b", "HĐND", name)


def _find_place_date(
    all_lines: list[Line], top: list[Line], folded: str, copy_lines: set[int], stop: int
) -> tuple[Line | None, DateMatch | None]:
    """The "Place, ngày ... tháng ... năm ..." line of the header (the year may be on the next line)."""
    for line in top:
        if line.index >= stop:
            break
        if line.index in copy_lines:
            continue
        low = folded[line.start : line.end]
        comma = re.search(r",[ \t]*ngay\b", low)
        if not comma or not _place_words(line.text[: comma.start()]):
            continue
        nxt = all_lines[line.index + 1] if line.index + 1 < len(all_lines) else line
        both = folded[line.start : nxt.end]
        for match in find_dates(both.replace("\n", " ")):
            if match.start >= comma.start() and fold(match.text).startswith("ngay"):
                original = DateMatch(match.value, match.start, match.end, match.text, match.blank)
                return line, original
        return line, DateMatch(None, comma.end(), len(line.text), line.text[comma.end() :])
    return None, None


def _place_words(prefix: str) -> list[str]:
    words = _strip_mottos(prefix).rstrip(" ,").split()
    place: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper() or len(place) >= 4:
            break
        place.insert(0, word)
    return place


def _place(text: str, line: Line, date: DateMatch, number: DocNumber | None) -> str | None:
    """The place is the capitalised words just before ", ngày" on the date line."""
    comma = re.search(r",[ \t]*ngay\b", fold(line.text))
    prefix = line.text[: comma.start()] if comma else line.text[: date.start]
    if number is not None and line.start <= number.end <= line.end:
        prefix = prefix[max(0, number.end - line.start) :]
    return " ".join(_place_words(prefix)) or None


def _subject(
    all_lines: list[Line], folded: str, vv: Line | None, title: Line | None, date_line: Line | None
) -> str | None:
    """ "V/v ..." (possibly over several lines) for a công văn, else the line(s) after the title."""
    start = vv if vv is not None else title
    if start is None:
        return None
    parts: list[str] = []
    for line in all_lines[start.index + (0 if vv is not None else 1) :][:6]:
        if not line.stripped:
            if parts:
                break
            continue
        low = folded[line.start : line.end]
        if parts and (_SUBJECT_STOP_RE.match(low) or _VV_RE.match(low) or re.match(r"\s*ngay \d", low)):
            break
        if parts and (parts[-1].endswith((".", ":", ";")) or len(line.stripped) > 160):
            break
        piece = line.text
        if date_line is not None and line.index == date_line.index:
            comma = re.search(r",[ \t]*ngay\b", fold(piece))
            cut = piece.rfind("  ", 0, comma.start()) if comma else -1
            piece = piece[:cut] if cut > 0 else piece
        piece = re.split(r"\s{3,}|\t", piece.strip())[0]
        piece = re.split(r"(?i)k[íi]nh g[ửu]i", piece)[0]
        mid = _SO_MID_RE.search(fold(piece))
        piece = piece[: mid.start()] if mid else piece
        if is_upper_line(piece):
            if parts or vv is not None or not title_type(piece):
                break
            continue
        if date_line is not None and line.index == date_line.index + 1 and re.fullmatch(r"\s*năm\s+\d{4}\s*", piece):
            continue
        if _MOTTO_RE.search(fold(piece)) or (date_line is not None and line.index == date_line.index):
            if parts:
                continue
            continue
        parts.append(piece.strip())
        if len(parts) >= 4:
            break
    subject = squash(" ".join(parts))
    return subject or None


def _is_signature_title(text: str) -> bool:
    low = fold(squash(text))
    return bool(is_upper_line(text) and (_TITLE_WORDS_RE.search(low) or _MODE_RE.match(squash(text))))


def _signature_part(text: str) -> str:
    """The right-hand column of a line that interleaves "Nơi nhận" items with the signature block."""
    text = text.strip().strip("*").strip()
    if fold(text).startswith(("noi nhan", "-", "+", "•")):
        pieces = re.split(r"[;:]|\s{3,}|\t", text)
        text = pieces[-1].strip() if len(pieces) > 1 else ""
    match = re.search(r"((?:KT|K/T|TM|T/M|TL|T/L|TUQ|Q)\s*[.:].*)$", text)
    if match and match.start() > 0:
        text = match.group(1)
    return text.strip().strip("*").strip()


def split_name(text: str) -> tuple[str | None, str | None]:
    """(honorific or rank, name) when the line is a personal name, e.g. "Thượng tá Nguyễn Văn Nam"."""
    text = squash(text.strip().strip("*"))
    prefix = None
    for candidate in _NAME_PREFIXES:
        if text.startswith(candidate + " "):
            prefix, text = candidate, text[len(candidate) + 1 :]
            break
    words = text.split(" ")
    if not 2 <= len(words) <= 5 or not all(_NAME_WORD_RE.match(w) for w in words):
        return prefix, None
    if all(w.isupper() for w in words if len(w) > 1):
        return prefix, None
    return prefix, text


def find_signer(block: list[Line], text: str, *, ocr: bool = False) -> Signer | None:
    """The first signature block: mode and title lines in capitals, then (after blanks or "(Đã ký)") a name.

    On OCR text (`ocr`) a title line garbled past the exact patterns is matched to the known titles
    (`ocr_titles.match_title`), and a family name OCR glued to the signature's scrawl on the line above
    ("A.w-Nguyễn" / "Hữu Đạt") is put back in front of the given names."""
    for i, line in enumerate(block):
        if not line.stripped:
            continue
        glued = unglue(line.text)  # "PHÓ CHỦ NHIỆMNguyễn Quốc Huy"
        name = glued[1] if glued is not None else split_name(line.text)[1]
        if name is None:
            continue
        if ocr:
            name = _with_glued_family(name, block[:i])
        titles: list[str] = [glued[0]] if glued else []
        noise = 0
        for back in reversed(block[max(0, i - 8) : i]):
            if not back.stripped or re.match(r"^\s*\(.*\)\s*$", back.text):
                continue
            part = _signature_part(back.text)
            fuzzy = match_title(part) if ocr and part and is_upper_line(part) else None
            if part and _is_signature_title(part):
                titles.insert(0, part)
            elif fuzzy:
                titles.insert(0, fuzzy)
            elif titles:
                break
            elif fold(back.text).strip().startswith(("-", "noi nhan")):
                continue
            elif len(back.stripped) <= 12 and noise < 2:
                noise += 1  # OCR of the handwritten signature or the seal: a short run of junk
            else:
                break
        if not titles:
            continue
        mode = None
        title_lines = []
        for part in titles:
            match = _MODE_RE.match(part)
            if match:
                mode = (match.group(1) or match.group(2)).replace("/", "") + "."
                rest = part[match.end() :].strip()
                title_lines.append(("superior", rest))
            else:
                title_lines.append(("own", part))
        own = [t for kind, t in title_lines if kind == "own"]
        title = own[-1] if own else title_lines[-1][1]
        name_start = line.start + max(0, line.text.find(name))
        return Signer(
            name=name,
            title=readable_case(title) or None,
            mode=mode,
            span=Span(page=text.count("\f", 0, name_start) + 1, start=name_start, end=name_start + len(name)),
        )
    return None


def _with_glued_family(name: str, before: list[Line]) -> str:
    """ "Hữu Đạt" under "A.w-Nguyễn": the family name ends the previous line, glued to scrawl, not a name."""
    if family_name(name.split(" ")[0], ocr=True):
        return name
    previous = next((ln for ln in reversed(before) if ln.stripped), None)
    if previous is None:
        return name
    glued = re.search(r"(?:^|[^\w\s]|\d)([^\W\d_]+)\s*$", previous.stripped)
    family = family_name(glued.group(1), ocr=True) if glued else None
    if family is None or split_name(previous.text)[1] is not None:
        return name
    return f"{family} {name}"


_ITEM_RE = re.compile(r"^\s*[-+•–~]\s*(.+)$")  # OCR reads a faint dash as "~"
_JOINED_ITEMS_RE = re.compile(r"[;,.]\s*[-+•–~]\s+")
"""Two list items OCR put on one line: "Thường trực Tỉnh ủy, - Lưu VP" (the item's end mark, then a dash)."""
_BC_RE = re.compile(r"\(b/[€eê]?\)")
"""'(b/c)' ("báo cáo") with its c misread or lost; "(b/€)", "(b/e)" or "(b/)" is never meant."""


def _clean_item(item: str) -> str | None:
    item = re.split(r";|\s{3,}|\t", item)[0]
    item = _BC_RE.sub("(b/c)", squash(item)).rstrip(".,;: ")
    low = fold(item)
    if not item or low.startswith(("nhu ", "luu")) or (is_upper_line(item) and _is_signature_title(item)):
        return None
    return item


def _recipients(all_lines: list[Line], folded: str) -> list[str]:
    """Items of "Kính gửi:" and "Nơi nhận:" in order, without "Như trên" and the archive copy ("Lưu")."""
    found: list[str] = []
    for line in all_lines:
        low = folded[line.start : line.end]
        match = re.match(r"^\s*(?:\*+)?\s*(kinh gui|noi nhan)\s*:?", low) or re.search(
            r"(?<=\./\.)\s*(noi nhan)\s*:", low
        )
        if not match:
            continue
        same_line = line.text[match.end() :].strip()
        if same_line and not _ITEM_RE.match(same_line):
            cleaned = _clean_item(same_line)
            if cleaned and not (match.group(1) == "noi nhan" and _is_signature_title(cleaned)):
                found.append(cleaned)
        elif same_line:
            cleaned = _clean_item(_ITEM_RE.match(same_line).group(1))  # type: ignore[union-attr]
            if cleaned:
                found.append(cleaned)
        following_lines = [ln for ln in all_lines[line.index + 1 : line.index + 30] if ln.stripped]
        for position, following in enumerate(following_lines):
            item = _ITEM_RE.match(following.text)
            if not item and match.group(1) == "noi nhan" and _lost_dash(following_lines, position):
                item = re.match(r"^\s*(.+)$", following.text)
            if not item:
                break
            for piece in _JOINED_ITEMS_RE.split(item.group(1)):  # OCR joins two items on one line
                cleaned = _clean_item(piece)
                if cleaned:
                    found.append(cleaned)
    return list(dict.fromkeys(found))


def _lost_dash(following: list[Line], position: int) -> bool:
    """A "Nơi nhận" item whose dash OCR dropped: a short line ending like an item (";"), between items."""
    text = following[position].stripped
    after = following[position + 1].text if position + 1 < len(following) else ""
    return position > 0 and len(text) <= 80 and text.endswith(";") and bool(_ITEM_RE.match(after))
