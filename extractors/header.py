"""The header: doc_type, number/symbol, issuer (+ parent), place, issue_date and subject; it then asks
`signature` for the signer and `recipients` for the recipients, and leaves aside what `stamps` finds.

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
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from pydantic import Field
from rapidfuzz.distance import Levenshtein

from extractors.citations import KINDS
from extractors.dates import DateMatch, date_at, find_dates
from extractors.docnumber import (
    COPY_TYPES,
    KNOWN_SYMBOL_PARTS,
    NUMBER_LABEL,
    NUMBER_LABEL_MARKS_LOST,
    NUMBER_LABEL_RE,
    TYPE_ABBREVIATIONS,
    DocNumber,
    after_garbled_lead,
    correct_ocr_symbol,
    garbled_symbol,
    hyphenated,
    misread_own_parts,
    one_letter_misread,
    parse_number,
    slipped_parts,
    title_abbreviation,
    typed_by_title,
    with_part,
    with_spaced_en_dash_part,
)
from extractors.doctype import classify, copied_title_type, in_articles, numbered_title_type, title_type
from extractors.first_chars import compile_led
from extractors.handfilled import (
    RUN_ON,
    SEPARATOR_SPECKS,
    TYPED_CHECK,
    confirm_typed,
    month_and_year,
    pen_confidence,
    pen_day,
    pen_written,
    read_symbol,
    resolve_day,
    resolve_month,
    resolve_number,
)
from extractors.issued_regulation import regulation_start
from extractors.issued_with import ISSUED_WITH
from extractors.issuer import (
    PARTY_MOTTO,
    REPUBLIC,
    SLOGAN,
    after_running_head,
    association_board_issuer,
    bare_issuer_by_place,
    blank_page_mark,
    branch_by_place,
    central_board,
    complete_bare_issuer,
    continues_name,
    finished_issuer,
    is_bare,
    is_cut,
    issuer_from_authority,
    issuer_part,
    join_table_cells,
    joint_issuer,
    lost_branch,
    respaced_organ,
    respelled_issuer,
    restored_issuer,
    second_cell,
    shared_locality,
    spaced_joint,
    split_cells,
    starts_a_body,
    supreme_body,
    symbol_abbreviation,
    without_speck_comma,
    youth_union_issuer,
)
from extractors.letters import letter_close
from extractors.names import cut_name
from extractors.recipients import find_recipients
from extractors.reports import reads_as_trip_report
from extractors.signature import find_signer, unnamed_signer, unsure_name
from extractors.signer_text import closing_signer, column_signer, plain_signer, signed_name, titled_name
from extractors.site_metadata import SiteHeader, site_header
from extractors.stamps import (
    copy_block_end,
    copy_block_start,
    find_stamps,
    incoming_stamp_lines,
    near_copy_lines,
    signing_time,
)
from extractors.titles import cut_title, without_acting
from extractors.vntext import Line, fold, is_upper_line, lines, readable_case, split_glued_capitals, squash
from schemas.document import (
    DocType,
    Document,
    ErrorItem,
    HandFilled,
    HeaderFields,
    Page,
    Signer,
    Span,
    Stamp,
    StampKind,
    TextSource,
)
from schemas.errors import ErrorCode

HEADER_LINES = 40
"""How many non-blank lines from the top may hold the header (stamps and interleaved columns included)."""

SIGNING_BOUND_DAYS = 30
"""A digital signature comes 0-17 days after the printed date on real files: an issue date more than this
many days before the signing time (or after it) is a misreading."""

LOW_CONFIDENCE = 40.0
"""Tesseract word confidence under which a hand-filled number or day is treated as unreadable."""

_MOTTOS = (rf"{REPUBLIC}\s*viet\s*nam", SLOGAN, PARTY_MOTTO)
_MOTTO_RE = re.compile("|".join(_MOTTOS))
_DECORATION_RE = re.compile(r"^[\s\-_–—*=~.·]*$")
_SO_MID_RE = compile_led(
    rf"(?:(?<=\s)|(?<=---)|(?<=\*)|(?<=hanh phuc)|(?<=viet nam)|(?<=\d)){NUMBER_LABEL}[ \t]*:[ \t]*(?=\d|/[ \t]*[a-z])"
)
"""A "Số:" label inside a line: after a space, or glued to the rule under the issuer ("-------Số: 46/…",
"TRUNG ƯƠNG***Số: 367") or to the motto of a header a copy flattened without spaces ("… Hạnh phúcSố: 12/…"), or to
a digit that ends what a copy put before it (a Word export's shape name: "straight connector 2Số: 1551 /UBND-VX");
the number maybe left blank for the pen ("… BỆNH VIỆN X Số: /QĐ-BV …")."""
_PARTY_SO_MID_RE = re.compile(r"(?<=[\s*])so[ \t]+(?=\d{1,5}[ \t]*-[ \t]*[a-z]{1,6}/[a-z])")
"""A party number's label inside a line, printed without a colon ("* Số 123-CV/TU"): only after a header's
capitals (a sentence's "… Quyết định số 12-QĐ/TU" has small letters before it) that do not end with a cited
document's kind (a title's "… THỰC HIỆN CHỈ THỊ SỐ 12-CT/TW")."""
GARBLE_CHARS = 20
"""How many characters of OCR garble (hand-written digits read as letters and signs) may stand between the
"Số:" label and the printed symbol: a slot holds at most five digits, which tesseract turns into a dozen signs."""
_GARBLED_NUMBER_RE = re.compile(
    rf"^[ \t]*(?:{NUMBER_LABEL}|{NUMBER_LABEL_MARKS_LOST})[ \t]*:[ \t]*(?=[^\n]{{1,{GARBLE_CHARS}}}?[/-][ \t]*[a-z])"
)
"""A "Số:" label (with its colon: "số người/đoàn" is no label; "sø:", "sấ:" on a fax, and "s:" when OCR lost the "ố")
before garble and a symbol."""
_PARTY_GARBLED_RE = re.compile(
    rf"^[ \t]*{NUMBER_LABEL_MARKS_LOST}[ \t]+(?=(?:[ \t]*\S{{1,3}}){{1,5}}[ \t]*-[ \t]*[a-z]{{1,6}}/[a-z])"
)
"""A party form's "Số" (no colon: "Số 118-QĐ/TU") a fax read "Sẽ", folded: before the pen's digits, read as a few
short tokens ("178", "2 3 ốế"), and the party symbol "-TYPE/BODY". Not "sẽ" opening a sentence: its words are
longer."""
_LIST_MARK = re.compile(r"^[ \t]*(?:\d{1,2}\.|[•◦▪●■□➢►])[ \t]*(?=[A-ZĐ])")
"""A list's number or bullet a web page put before the header's first line ("1. UBND TỈNH …", "• BỘ …"): no
part of the body."""
_BODY_OPENING = re.compile(r"^\s*(?:can cu|thuc hien|kinh gui|xet de nghi|theo de nghi|dieu \d)")
"""A line opening the body (folded): no header line comes after it."""
_CITED_KIND_END = re.compile(rf"(?<![a-z])(?:{'|'.join(sorted(KINDS, key=len, reverse=True))})[ \t]*$")
"""A line that ends with a document's kind: a "Số …" without a colon on the next line is that document's number
(a title wrapped inside a citation), not the header's "Số:"."""
_VV_RE = re.compile(r"^[ \t]*(?:v/v|v\.v|ve viec)\b")
_VV_MARK_RE = re.compile(r"(?:v/v|v\.v)\b")
"""A công văn's subject mark ("V/v"), which starts no sentence of a body."""
_SUBJECT_STOP_RE = re.compile(r"^\s*(?:can cu|thuc hien|kinh [gd]ui|xet de nghi|theo de nghi|noi nhan|dieu \d|[-+•])")
"""A line that ends the subject, folded: the greeting (its "g" a scan may read "đ": "Kính đửi"), the preamble, the
first article, the recipients, a list."""
_RUN_ON_SUBJECT = re.compile(r"^\s*(?:cua|tai|voi)\s")
"""A subject's line that carries on one before it ("… / của đoàn đại biểu Tỉnh ủy tại …"), folded: no subject starts
so."""
_SUBJECT_OPENING = re.compile(r"^\s*(?:ket\s+qua|ve\s+viec)\b")
"""A subject's opening words, folded ("kết quả chuyến thăm, làm việc", "về việc …")."""
_LOCALITY_START_RE = re.compile(r"^(?:tinh|thanh pho|huyen|quan|thi xa|thi tran|xa|phuong)\b(?!\s+uy)")


class Header(HeaderFields):
    """What the header and signature extraction found, with the problems met, before it is written onto the
    Document (`extract_header`)."""

    errors: list[ErrorItem] = Field(default_factory=list)


class Reading(NamedTuple):
    """A value and the stretch of the text it was read from (offsets into the text given to `parse_header`)."""

    value: str
    start: int
    end: int

    def span(self, text: str) -> Span:
        return Span.in_text(text, self.start, self.end)


def extract_header(document: Document, symbol_parts: frozenset[str] = KNOWN_SYMBOL_PARTS) -> Document:
    """Registered field extractor: fills the header fields and the signer, notes unreadable values.

    `symbol_parts`: what an OCR'd symbol is corrected towards; a number on a text layer (page 1 of a
    mixed PDF) is kept as it is written."""
    ocr = document.source.text_source in (TextSource.OCR, TextSource.MIXED)
    first = document.pages[0].hand_filled if document.pages else []
    written = bool(document.pages) and document.pages[0].source is not TextSource.OCR
    header = parse_header(
        document.text,
        _confidences(document),
        ocr=ocr,
        stamps=document.stamps,
        hand_filled=first,
        symbol_parts=frozenset() if written else symbol_parts,
        pen=pen_written(document.pages[0].words) if ocr and document.pages else None,
    )
    unsure = unsure_name(header.signer, document.pages) if ocr and header.signer else None
    if unsure is not None and header.signer is not None:
        header.signer = header.signer.model_copy(update={"name": None})
        header.errors.append(unsure)
    if ocr and header.signer is None and (hidden := _block_under_seal(document.pages)) is not None:
        header.errors.append(hidden)
    fields = {name: getattr(header, name) for name in HeaderFields.model_fields}
    return document.model_copy(update={**fields, "errors": [*document.errors, *header.errors]})


def _block_under_seal(pages: list[Page]) -> ErrorItem | None:
    """Why no signer was found when a seal hid a signature block from OCR (the last such page: the
    document is signed after its body), with the block's box for review."""
    hidden = [page for page in pages if page.unread_signature is not None]
    if not hidden:
        return None
    page = hidden[-1]
    message = "a seal hides the signature block on this scan without colour: its title and name were not read"
    return ErrorItem(
        code=ErrorCode.SIGNER_UNREAD_UNDER_SEAL, message=message, page=page.number, box=page.unread_signature
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


def parse_header(
    text: str,
    confidences: dict[str, float] | None = None,
    *,
    ocr: bool = False,
    stamps: list[Stamp] | None = None,
    hand_filled: list[HandFilled] | None = None,
    symbol_parts: frozenset[str] = KNOWN_SYMBOL_PARTS,
    pen: dict[str, float] | None = None,
) -> Header:
    """Parse the header, signature and recipients of a document's text (pure; see module doc).

    `ocr`: the text is tesseract's, so a garbled signature title is matched to the known titles and the
    number's symbol parts to `symbol_parts`.
    `stamps`: the document's stamps (found in `text` when not given): their lines are not the header's,
    and a digital signature's time bounds the issue date. `hand_filled`: page 1's hand-filled slots as read.
    `pen`: page 1's pen-written words with tesseract's confidence (`handfilled.pen_written`)."""
    confidences = confidences or {}
    slots = {slot.slot: slot for slot in hand_filled or []}
    text = join_table_cells(text)  # a web copy's header cells broken over lines: one line each, same offsets
    text = blank_page_mark(text)  # a site's "Trang 1" glued before the issuer's line: blanked, same offsets
    all_lines = lines(text)
    folded = fold(text)
    stamps = find_stamps(text) if stamps is None else stamps
    stamp = incoming_stamp_lines(all_lines, folded) | _stamped_lines(all_lines, stamps)
    copy_start = copy_block_start(all_lines, folded)
    copy_end = copy_block_end(all_lines, copy_start)
    main = [*all_lines[:copy_start], *all_lines[copy_end:]]
    top = [ln for ln in all_lines[:copy_start] if ln.stripped and ln.index not in stamp][:HEADER_LINES]
    header = Header(doc_type=DocType.OTHER)
    spans = header.header_spans
    site = site_header(top)
    if site is not None:
        return _site_fields(header, site, top[1], text)  # a site's metadata printed instead of a header

    number_line, number = _find_number(top, folded, header)
    title_line, doc_title = _find_title(top, number_line)
    vv_line = _find_vv(top, folded, number_line)
    slogan_line = _headed_slogan(top, folded)
    if (
        number_line is None
        and title_line is None
        and slogan_line is None
        and not _is_unnumbered_dispatch(top, folded, vv_line)
    ):
        news = headline(all_lines)
        if news is not None:
            header.subject, spans.subject = news.value, news.span(text)
        letter = _letter_close(main, text, folded, all_lines)
        if letter is not None:  # a letter or telegram: its close names the writer and may date it
            header.signer, date_line, date_match = letter
            if date_line is not None and date_match is not None:
                _dated(header, text, date_line, date_match, None, (confidences, slots, signing_time(stamps), pen or {}))
        header.signer = header.signer or signed_name(main, text) or closing_signer(main, text)  # "SẮC LỆNH" alone
        header.doc_type = copied_title_type([line.text for line in top]) or DocType.OTHER
        return header  # a news article or web page: no number, issuer or date of its own
    abbreviated_vv = _vv_after_number(number_line, folded) or (
        vv_line is not None and _VV_MARK_RE.match(folded[vv_line.start : vv_line.end].lstrip(" \t")) is not None
    )
    header.doc_type = classify(
        doc_title, number, vv_line is not None or abbreviated_vv, abbreviated_vv, abbreviated_vv and in_articles(folded)
    )
    if header.doc_type == DocType.OTHER and doc_title is None and vv_line is None and reads_as_trip_report(text):
        header.doc_type = DocType.BAO_CAO  # a trip report whose "BÁO CÁO" title and number a scan lost
    if number is None:
        above = [ln for ln in top if title_line is None or ln.index < title_line.index]
        number = _symbol_read_by_pen_slot(above, folded, slots, header.doc_type, symbol_parts)
        if number is None and ocr:
            known = (symbol_parts or KNOWN_SYMBOL_PARTS) | _own_abbreviation(top, number_line or title_line, folded)
            number = _lower_typed_symbol(above, folded, header.doc_type, known)
    if number is not None:
        _number(header, number, confidences, slots, symbol_parts if ocr else frozenset(), pen or {})
        if header.number is not None or header.symbol is not None:
            spans.number = Span.in_text(text, number.start, number.end)
    if header.number is None and (slot := slots.get("number")) is not None and not _number_error(header):
        message = f"hand-filled number read ({slot.text!r}, score {slot.score:.2f}) but no number line with a symbol"
        header.errors.append(ErrorItem(code=ErrorCode.NUMBER_UNREADABLE, message=message, page=1, box=slot.box))
    if header.number is None and ocr and header.doc_type != DocType.OTHER and not _number_error(header):
        message = f"no number read: the header of this {header.doc_type.value} has no number line as read"
        header.errors.append(ErrorItem(code=ErrorCode.NUMBER_UNREADABLE, message=message))

    unnumbered = number is None and number_line is None and header.doc_type == DocType.QUYET_DINH
    issuing = _issuing_decision(text) if unnumbered else None
    if issuing is not None:  # a copy that starts at its title: the regulation it issues names its number
        header.number, header.symbol = issuing[0].number, issuing[0].symbol
        spans.number = Span.in_text(text, issuing[0].start, issuing[0].end)
    anchor = number_line or title_line or vv_line or slogan_line
    assert anchor is not None
    headings = [running_name(ln.text) for ln in top if ln.index > anchor.index and is_upper_line(ln.text)]
    parent, issuer = _issuer(top, anchor, folded, number.number if number is not None else None)
    if parent is not None and is_cut(parent.value):  # "UBND TỈNH THỪA THIÊN / SỞ NGOẠI VỤ": a cut name, no parent
        message = f"the header's parent body is cut: {parent.value!r}"
        header.errors.append(ErrorItem(code=ErrorCode.ISSUER_UNREADABLE, message=message))
    elif parent is not None:
        header.parent_issuer, spans.parent_issuer = parent.value, parent.span(text)
    if issuer is not None and not issuer.value:  # read, but no body's name: null and say so, never garbage
        message = f"the line under {header.parent_issuer} is no body's name: {text[issuer.start : issuer.end]!r}"
        header.errors.append(ErrorItem(code=ErrorCode.ISSUER_UNREADABLE, message=message))
    elif issuer is not None:  # "ỦY BAN NHÂN DÂN | CỘNG HÒA ..." lost its second line: the preamble has it
        restored = restored_issuer(complete_bare_issuer(issuer.value, headings), headings)
        finished = finished_issuer(restored, headings, number.number if number is not None else None)
        header.issuer = respelled_issuer(finished, text) if finished is not None else None
        spans.issuer = issuer.span(text) if header.issuer == issuer.value else None  # completed from elsewhere
        if finished is None:
            message = f"the header's issuer is cut and no line under the title finishes it: {issuer.value!r}"
            header.errors.append(ErrorItem(code=ErrorCode.ISSUER_UNREADABLE, message=message))
        elif header.issuer is None:
            message = f"the header's issuer lost its marks and the text spells it nowhere whole: {finished!r}"
            header.errors.append(ErrorItem(code=ErrorCode.ISSUER_UNREADABLE, message=message))
    elif _has_header(top, folded, number_line) and (authority := _authority_issuer(text, top, anchor)) is not None:
        header.issuer, spans.issuer = authority.value, authority.span(text)  # the header's cells came out empty
    stop = _body_start(top, folded, title_line)
    if number_line is not None and number_line.index == stop:
        stop += 1  # the whole header on one line with the title: its dateline stands before the title
    near_copy = near_copy_lines(all_lines, folded)
    date_line, date_match = _find_place_date(all_lines, top, folded, near_copy, stop)
    if date_match is not None and date_line is not None:
        _dated(header, text, date_line, date_match, number, (confidences, slots, signing_time(stamps), pen or {}))
    elif issuing is not None and (issued := issuing[1]) is not None and issued.value is not None:
        header.issue_date, spans.issue_date = issued.value, Span.in_text(text, issued.start, issued.end)
    else:
        header.errors.append(
            ErrorItem(code=ErrorCode.ISSUE_DATE_MISSING, message="no place-and-date line in the header")
        )
    if header.issuer is not None:
        header.issuer = youth_union_issuer(header.issuer, "\n".join(ln.text for ln in top[: anchor.index + 3]))
        board, parent_left = association_board_issuer(header.issuer, header.parent_issuer)
        if board != header.issuer:
            header.issuer, header.parent_issuer, spans.issuer, spans.parent_issuer = board, parent_left, None, None
    if is_bare(header.parent_issuer):  # "UBND TỈNH / SỞ NGOẠI VỤ": the parent only when the text is sure
        parent_name = complete_bare_issuer(header.parent_issuer or "", headings)
        header.parent_issuer = (
            bare_issuer_by_place(parent_name, headings, header.place, text) if is_bare(parent_name) else parent_name
        )
        spans.parent_issuer = None
    if is_bare(header.issuer):  # "UBND" names no body: completed only when the text is sure, else null
        header.issuer = bare_issuer_by_place(header.issuer or "", headings, header.place, text)
        spans.issuer = None
        if header.issuer is None:
            message = "the header names a people's committee or council without its province, district or commune"
            header.errors.append(ErrorItem(code=ErrorCode.ISSUER_INCOMPLETE, message=message))
    if header.parent_issuer is None and (supreme := supreme_body(header.issuer, header.number)) != header.issuer:
        header.issuer, spans.issuer = supreme, None  # "VIỆN KIỂM SÁT NHÂN DÂN" over "Số: 01/2009/CT-VKSTC"
    branch = lost_branch(header.issuer, header.number) if header.issuer and header.parent_issuer is None else None
    if branch is not None:  # "TỔNG LIÊN ĐOÀN LAO ĐỘNG" kept alone over "Số: 12/LĐLĐ": the branch issues, not it
        header.parent_issuer, spans.parent_issuer = header.issuer, spans.issuer
        header.issuer, spans.issuer = branch_by_place(branch, header.place, text), None
        if header.issuer is None:
            message = f"the header keeps only {header.parent_issuer!r}; its number names a {branch} it does not"
            header.errors.append(ErrorItem(code=ErrorCode.ISSUER_INCOMPLETE, message=message))
    header.issuer, header.parent_issuer = (
        respaced_organ(_spelled_as(body, header.place)) for body in (header.issuer, header.parent_issuer)
    )
    header.issuer = shared_locality(header.issuer)
    if ocr and number is not None:
        _own_part(header, text, number, symbol_parts)
    subject = _subject(all_lines, folded, vv_line, title_line, date_line)
    if subject is not None:
        header.subject, spans.subject = subject.value, subject.span(text)
    headings_read = (ln for ln in (number_line, title_line, vv_line, slogan_line) if ln is not None)
    last_heading = max(headings_read, key=lambda ln: ln.index)
    body_start = last_heading.index + (0 if _NOI_NHAN.search(folded, last_heading.start, last_heading.end) else 1)
    body = [ln for ln in main if ln.index >= body_start]  # a decision flattened onto one line: that line is its body
    header.signer = find_signer(body, text, ocr=ocr) or plain_signer(body, text) or column_signer(body, text)
    header.signer = header.signer or signed_name(main, text)
    header.signer = header.signer or titled_name(main, text)
    if header.signer is not None and header.signer.title:  # "QUYỀN CHỦ TỊCH": the office, acting or not
        header.signer = header.signer.model_copy(update={"title": without_acting(header.signer.title)})
    if header.signer is not None and header.signer.name and cut_name(header.signer.name):
        message = f"the signer's name is cut at its middle name: {header.signer.name!r} (title and mode kept)"
        header.errors.append(ErrorItem(code=ErrorCode.SIGNER_NAME_UNSURE, message=message))
        header.signer = header.signer.model_copy(update={"name": None, "span": None})
    if header.signer is not None and header.signer.title and cut_title(header.signer.title):
        message = f"the signer's title is cut: {header.signer.title!r} (name and mode kept)"
        header.errors.append(ErrorItem(code=ErrorCode.SIGNER_NAME_UNSURE, message=message))
        header.signer = header.signer.model_copy(update={"title": None})
    if header.signer is None and any("|" in ln.text for ln in body):
        header.signer = _signer_in_cells(text, body)
    if header.signer is None and ocr and (unnamed := unnamed_signer(body, text)) is not None:
        header.signer = unnamed
        page = unnamed.span.page if unnamed.span else None
        message = "no name read under the signature block (title and mode kept)"
        header.errors.append(ErrorItem(code=ErrorCode.SIGNER_NAME_UNSURE, message=message, page=page))
    header.recipients = find_recipients(main, folded)
    return header


def _dated(
    header: Header,
    text: str,
    date_line: Line,
    date_match: DateMatch,
    number: DocNumber | None,
    evidence: tuple[dict[str, float], dict[str, HandFilled], dt.datetime | None, dict[str, float]],
) -> None:
    """The place and issue date a place-and-date line gives (`evidence`: what `_issue_date` weighs the date with)."""
    place = _place(date_line, date_match, number)
    if place is not None:
        header.place, header.header_spans.place = place.value, place.span(text)
    _issue_date(header, date_match, *evidence)
    if header.issue_date is not None or header.issue_date_partial is not None:
        start = date_line.start + date_match.start
        header.header_spans.issue_date = Span.in_text(text, start, date_line.start + date_match.end)


def _letter_close(
    main: list[Line], text: str, folded: str, all_lines: list[Line]
) -> tuple[Signer, Line | None, DateMatch | None] | None:
    """The signer of a letter, telegram or note copied without a header (`letters.letter_close`), with its own
    place-and-date line above the writer's name, which dates it, when there is one."""

    def dateline(line: Line) -> tuple[Line | None, DateMatch | None]:
        return _find_place_date(all_lines, [line], folded, set(), len(all_lines))

    close = letter_close(main, text, lambda line: dateline(line)[1] is not None)
    if close is None:
        return None
    dated = dateline(close.dateline) if close.dateline is not None else (None, None)
    return _block_of(close.signer, main, text), *dated


def _block_of(signer: Signer, main: list[Line], text: str) -> Signer:
    """A letter's writer whose close read no title, read again as a signature block when the lines over the name
    are one ("TL. BỘ TRƯỞNG / CỤC TRƯỞNG / CỤC NHÀ GIÁO … / Hoàng Đức Minh", a ministry's letter its portal copied
    without the header): its mode and title, the same name; the close as read otherwise."""
    if signer.title is not None or signer.span is None:
        return signer
    upto = [line for line in main if line.start <= signer.span.start]
    block = find_signer(upto[-_BLOCK_REACH:], text)
    return block if block is not None and block.name == signer.name and block.title else signer


_BLOCK_REACH = 8
"""How many lines up to a letter's name are read for a signature block: its mode, title and body lines, a seal."""


_NOI_NHAN = re.compile(r"noi nhan\s*:")
"""The recipients' list, which comes after the body: a heading line that holds it holds the whole document."""


def _site_fields(header: Header, site: SiteHeader, line: Line, text: str) -> Header:
    """The header fields a site's metadata form gives (`site_metadata`): number, issuer, signer, kind, subject and the
    issue date when printed; the metadata line is the span of the issuer and the signer."""
    header.doc_type = site.doc_type or classify(None, site.number, False)
    header.number, header.symbol = site.number.number, site.number.symbol
    header.issuer = running_name(site.issuer)
    spans = header.header_spans
    spans.number = Span.in_text(text, site.number.start, site.number.end)
    spans.issuer = Span.in_text(text, line.start, line.end)
    header.signer = Signer(name=site.name, title=site.title, mode=site.mode, span=spans.issuer)
    header.issue_date = site.issue_date
    if site.subject is not None:
        header.subject, spans.subject = squash(text[slice(*site.subject)]), Span.in_text(text, *site.subject)
    return header


def _signer_in_cells(text: str, body: list[Line]) -> Signer | None:
    """The signer of a web copy that kept the signature table's cells with "|" between them ("- Lưu: VT. | TM. ỦY
    BAN NHÂN DÂN\nKT. CHỦ TỊCH\n…\nNguyễn Văn A |"): read with each "|" as a line break (same offsets), on the
    body's lines only."""
    cells = text.replace("|", "\n")
    kept = {(ln.start, ln.end) for ln in body}
    inside = [ln for ln in lines(cells) if any(start <= ln.start and ln.end <= end for start, end in kept)]
    return find_signer(inside, cells) or plain_signer(inside, cells)


_AUTHORITY_REACH = 4000
"""How far below the number an enacting formula is looked for: past a long list of legal bases."""


def _has_header(top: list[Line], folded: str, number_line: Line | None) -> bool:
    """Whether the copy printed a header whose issuer cell came out empty (a number line, or the national motto): a
    copy that starts at its title has none, and the authority under its title names who decides, not an issuer
    the copy shows (its issuer stays null, as the corpus's rules read such a copy)."""
    return number_line is not None or any(_MOTTO_RE.search(folded[line.start : line.end]) for line in top)


def _authority_issuer(text: str, top: list[Line], anchor: Line) -> Reading | None:
    """The issuer from the authority the document names itself by, when no header line names a body
    (`issuer_from_authority`)."""
    later = [ln.text for ln in top if ln.index > anchor.index and is_upper_line(ln.text)]
    found = issuer_from_authority(text[anchor.start : anchor.start + _AUTHORITY_REACH], later)
    if found is None:
        return None
    name, start, end = found
    return Reading(running_name(name), anchor.start + start, anchor.start + end)


_BRACKET_SPAN = 600
"""How far under a regulation's title its bracket may stand (the title's subject lines before it)."""
_ISSUING_DECISION = re.compile(rf"{ISSUED_WITH}\s+quyet\s+dinh\s+so\s*:?\s*")
"""The bracket under an attached regulation's title naming the decision by number: "(Ban hành kèm theo Quyết định
số 900/2006/QĐ-KTNN ngày 15 tháng 12 năm 2006 …)"."""


def _issuing_decision(text: str) -> tuple[DocNumber, DateMatch | None] | None:
    """The number (and date) of a decision whose copy starts at its title, with no "Số:" line or dateline, from the
    bracket under the title of the regulation it issues (`issued_regulation.regulation_start`): that bracket names
    the decision itself. None when the text issues no regulation so."""
    start = regulation_start(text)
    if start is None:
        return None
    bracket = _ISSUING_DECISION.search(fold(text[start : start + _BRACKET_SPAN]))
    if bracket is None:
        return None
    number = parse_number(text[start + bracket.end() : start + bracket.end() + 60], start + bracket.end())
    if number is None or number.number is None:
        return None
    return number, date_at(text, number.end)


def _number(
    header: Header,
    number: DocNumber,
    confidences: dict[str, float],
    hand_filled: dict[str, HandFilled],
    symbol_parts: frozenset[str],
    pen: dict[str, float],
) -> None:
    """The number as printed, or as hand-filled in its slot when the slot was read for sure (`handfilled`);
    its symbol parts corrected towards `symbol_parts` (empty: not OCR'd, kept as written)."""
    low = number.number is not None and _is_low(confidences, number.number.split("/")[0].split("-")[0])
    printed = None if low else number.number
    header.symbol = number.symbol
    if symbol_parts:  # OCR'd: look-alike parts corrected, a misread type part given by the title
        header.symbol = _ocr_symbol(number.symbol, header.doc_type, symbol_parts)
    if printed is not None and symbol_parts:
        printed = _ocr_symbol(printed, header.doc_type, symbol_parts)
    if symbol_parts and (tail := after_garbled_lead(header.symbol, header.doc_type, symbol_parts)) is not None:
        header.symbol, printed = tail, None  # the pen's garble before the symbol: its digits are the slot's to give
        if hand_filled.get("number") is None:
            message = f"the pen's digits were read into the symbol ({number.symbol!r}) and no slot was read"
            header.errors.append(ErrorItem(code=ErrorCode.NUMBER_UNREADABLE, message=message))
            header.number = None
            return
    if symbol_parts and (slipped := slipped_parts(header.symbol, symbol_parts)):
        message = f"symbol part {slipped[0]!r} of {number.symbol!r} is no known part, nor one OCR slip from one"
        unread = (ErrorCode.NUMBER_BLANK, ErrorCode.NUMBER_UNREADABLE)
        header.errors = [e for e in header.errors if e.code not in unread]
        header.errors.append(ErrorItem(code=ErrorCode.NUMBER_UNREADABLE, message=message))
        header.number = header.symbol = None
        return
    slot = hand_filled.get("number")
    pen_read = pen_confidence(printed, pen)
    check = hand_filled.get(TYPED_CHECK)
    if slot is None and pen_read is None and check is not None and printed is not None:
        resolved = confirm_typed(printed, check)
        header.number = resolved.value
        if resolved.error is not None:
            header.errors.append(resolved.error)
        return
    if slot is None and pen_read is None:
        if low:
            header.errors.append(
                ErrorItem(code=ErrorCode.NUMBER_UNREADABLE, message="number digits read with low confidence")
            )
        header.number = printed
        return
    run_on = hand_filled.get(f"number{RUN_ON}")
    resolved = resolve_number(printed, header.symbol, "-" if number.party else "/", slot, pen_read, run_on)
    header.number = resolved.value
    if resolved.value is not None or resolved.error is not None:  # the slot's verdict replaces the text's
        header.errors = [
            e for e in header.errors if e.code not in (ErrorCode.NUMBER_BLANK, ErrorCode.NUMBER_UNREADABLE)
        ]
    if resolved.error is not None:
        header.errors.append(resolved.error)


def _own_part(header: Header, text: str, number: DocNumber, known: frozenset[str]) -> None:
    """An OCR'd symbol whose part stands for the issuer's own abbreviation misread (`misread_own_parts`: "QĐ-BGDIDT"
    of the Bộ Giáo dục và Đào tạo) is repaired only on two proofs from the document itself: the issuer's initials
    are printed as that part elsewhere in it (its own "05/CT-BGDĐT" cited in the preamble), and the part is that
    abbreviation with one letter misread (`one_letter_misread`). Else the symbol is not given for sure: the
    number is null with the reason (a wrong number links the wrong trip; a null one goes to review)."""
    if header.symbol is None or header.issuer is None:
        return
    own = symbol_abbreviation(header.issuer)
    misread = misread_own_parts(header.symbol, own, known)
    if not misread:
        return
    printed = re.compile(rf"(?<=[-/]){re.escape(own)}(?![^\W\d_])")
    elsewhere = any(not number.start <= m.start() < number.end for m in printed.finditer(text))
    if elsewhere and all(one_letter_misread(part, own) for part in misread):
        for part in misread:
            header.symbol = with_part(header.symbol, part, own)
            header.number = with_part(header.number, part, own) if header.number is not None else None
        return
    proof = "its initials are printed nowhere else in it" if not elsewhere else "more than one letter differs"
    message = f"symbol part {misread[0]!r} of {header.symbol!r} stands for the issuer's {own!r} misread; {proof}"
    header.errors = [e for e in header.errors if e.code not in (ErrorCode.NUMBER_BLANK, ErrorCode.NUMBER_UNREADABLE)]
    header.errors.append(ErrorItem(code=ErrorCode.NUMBER_UNREADABLE, message=message))
    header.number = header.symbol = None
    header.header_spans.number = None


def _ocr_symbol(number: str, doc_type: str | None, symbol_parts: frozenset[str]) -> str:
    """An OCR'd number or symbol with its look-alike parts corrected, a lost hyphen put back and a misread
    type part given by the title (`docnumber`)."""
    return typed_by_title(hyphenated(correct_ocr_symbol(number, symbol_parts), symbol_parts), doc_type, symbol_parts)


def _issue_date(
    header: Header,
    date: DateMatch,
    confidences: dict[str, float],
    hand_filled: dict[str, HandFilled],
    signed: dt.datetime | None,
    pen: dict[str, float],
) -> None:
    """The issue date as printed, or with its hand-filled day read for sure, within the signing bound;
    else null with the reason, and the month and year kept (`issue_date_partial`). A day written by pen
    (`pen`: `handfilled.pen_written`) that the digit recogniser did not read is not taken from tesseract."""
    printed = date.value
    error = None
    if date.blank:
        error = ErrorItem(code=ErrorCode.ISSUE_DATE_BLANK, message="the day was left blank for hand-filling")
    elif printed is None:
        error = ErrorItem(code=ErrorCode.ISSUE_DATE_UNREADABLE, message=f"not a date: {date.text!r}")
    elif _is_low(confidences, str(printed.day).zfill(2)) and _is_low(confidences, str(printed.day)):
        error = ErrorItem(code=ErrorCode.ISSUE_DATE_UNREADABLE, message="day read with low confidence")
    month, year = month_and_year(fold(date.text))
    month, month_error = resolve_month(month, hand_filled.get("month"))
    value = None if error else printed
    if month_error is not None:
        value, error = None, month_error
    elif "day" in hand_filled or "month" in hand_filled:
        value, slot_error = resolve_day(value, month, year, hand_filled, lambda d: _outside_signing_bound(d, signed))
        error = slot_error or (error if value is None else None)
    elif value is not None and (read := pen_day(value.day, pen)) is not None:
        message = f"hand-filled day read by tesseract alone ({read[0]!r}, confidence {read[1]:.0f}); no slot read"
        value, error = None, ErrorItem(code=ErrorCode.DATE_HANDWRITTEN_UNREAD, message=message)
    if value is not None and (problem := _outside_signing_bound(value, signed)) is not None:
        value, error = None, ErrorItem(code=ErrorCode.ISSUE_DATE_OUT_OF_BOUND, message=problem)
    if error is not None:
        header.errors.append(error)
    header.issue_date = value
    if value is None and month is not None and year is not None:
        header.issue_date_partial = f"{year:04d}-{month:02d}"


def _spelled_as(body: str | None, place: str | None) -> str | None:
    """A body named after the place gets the place's spelling from the dateline, where OCR reads it in
    running text ("UBND tỉnh Quảng Ngai" from the capitals "QUẢNG NGAI", dateline "Quảng Ngãi")."""
    if not body or not place or body.endswith(place) or not fold(body).endswith(fold(place)):
        return body
    return body[: len(body) - len(place)] + place


def _stamped_lines(all_lines: list[Line], stamps: list[Stamp]) -> set[int]:
    """Indices of the lines a stamp other than a copy block covers (a copy block has its own handling)."""
    spans = [(s.span.start, s.span.end) for s in stamps if s.span is not None and s.kind is not StampKind.COPY]
    return {ln.index for ln in all_lines if any(start < ln.end and ln.start < end for start, end in spans)}


def _outside_signing_bound(issued: dt.date, signed: dt.datetime | None) -> str | None:
    """Why a printed issue date cannot be right given the digital-signature time, or None when it can be:
    a document is dated on or before the day it is signed, and not more than `SIGNING_BOUND_DAYS` before."""
    if signed is None:
        return None
    if issued > signed.date():
        return f"issue date {issued} is after the digital signature of {signed.date()}"
    if issued < signed.date() - dt.timedelta(days=SIGNING_BOUND_DAYS):
        return f"issue date {issued} is over {SIGNING_BOUND_DAYS} days before the digital signature of {signed.date()}"
    return None


def _body_start(top: list[Line], folded: str, title: Line | None) -> int:
    """Index of the first line after the header: the title, "Kính gửi", or a long paragraph (once the
    header's capitals have begun: a web page's address or banner above them is no body; a long line with the
    national motto is the whole header flattened onto one line, not a paragraph, and so is a công văn's long
    subject after its "V/v" mark, which the dateline may follow)."""
    first = next((i for i, line in enumerate(top) if is_upper_line(line.text)), 0)
    for line in top[first:]:
        low = folded[line.start : line.end].strip()
        long = len(low) > 160 and not _MOTTO_RE.search(low) and not _VV_MARK_RE.match(low)  # no paragraph
        if (title is not None and line.index >= title.index) or low.startswith("kinh gui") or long:
            return line.index
    return top[-1].index + 1 if top else 0


def headline(all_lines: list[Line]) -> Reading | None:
    """A news page's headline: its first sentence-case line that is not navigation or a sentence."""
    for line in all_lines[:12]:
        text = squash(line.text)
        if not text or is_upper_line(text) or "|" in text or text.endswith((".", ":")) or len(text) > 200:
            continue
        if not is_wording(text):
            continue
        start = line.start + len(line.text) - len(line.text.lstrip())
        return Reading(text, start, line.start + len(line.text.rstrip()))
    return None


_SPECK_AFTER_SEPARATOR = re.compile(rf"([/-])([{re.escape(SEPARATOR_SPECKS)}]+)(?=[A-ZĐ])")
"""A speck or bracket OCR reads between the separator and the symbol ("ổ† /(QĐĐ-UBND"): blanked, same length."""


def _number_error(header: Header) -> bool:
    """The header already says why it has no number."""
    return any(error.code.startswith("number.") for error in header.errors)


_LEAD_SPECK = re.compile(r"^[ \t]*[.,'‘`|]+(?=\d)")
"""A speck OCR read before the number's digits ("Số\n.302/QĐ-BVK"): blanked (`_blank`)."""


def _blank(match: re.Match[str]) -> str:
    """The match as spaces, so offsets in the text stay."""
    return " " * len(match.group())


def _find_number(top: list[Line], folded: str, header: Header) -> tuple[Line | None, DocNumber | None]:
    """The first "Số:" line of the header that is not a copy's: its number (None when blank) and symbol.

    The header ends where the body opens ("Căn cứ", "Xét đề nghị", "Kính gửi", "Điều 1"): a citation wrapped to
    a line start below ("… tại Tờ trình\nsố 40/TTr-SNNMT ngày …") is another document's number, never this one's.
    A label alone on its line is followed by the number on the next one: pen digits taller than print, read with
    the symbol ("593/QĐ-UBND" for a pen-written 530), put their word on a line below the label's."""
    for index, line in enumerate(top):
        low = folded[line.start : line.end]
        if _BODY_OPENING.match(low):
            break
        match = (
            NUMBER_LABEL_RE.match(low)
            or _header_so_mid(line.text, low)
            or _GARBLED_NUMBER_RE.match(low)
            or _PARTY_GARBLED_RE.match(low)
        )
        if (
            match is None
            and (party := _PARTY_SO_MID_RE.search(low))
            and is_upper_line(line.text[: party.start()])
            and not _CITED_KIND_END.search(low[: party.start()].rstrip())
        ):
            match = party  # a party header flattened onto one line: "TỈNH ỦY X BAN TỔ CHỨC * Số 123-CV/BTCTU …"
        if not match and (lone := _lone_symbol(line.text, line.start)) is not None:
            message = f"the number's label and digits were not read: only its symbol {lone.symbol!r} on its line"
            header.errors.append(ErrorItem(code=ErrorCode.NUMBER_UNREADABLE, message=message))
            return line, lone
        if not match:
            continue
        if (
            ":" not in match.group()
            and index
            and _CITED_KIND_END.search(folded[top[index - 1].start : top[index - 1].end])
        ):
            continue  # a title wrapped before a cited document's number: "… THỰC HIỆN KẾ HOẠCH\nSỐ 164-KH/TU NGÀY …"
        rest, offset = _LEAD_SPECK.sub(_blank, line.text[match.end() :]), line.start + match.end()
        following = _LEAD_SPECK.sub(_blank, top[index + 1].text) if index + 1 < len(top) else ""
        if not rest.strip() and (
            parse_number(following) is not None
            or _symbol_after_garble(following, top[index + 1].start, _dateline_year(top, folded)) is not None
        ):
            # the label alone on its line: see below; its number's line garbled by the pen the same as any other
            rest, offset = following, top[index + 1].start
        rest = _SPECK_AFTER_SEPARATOR.sub(lambda m: m[1] + " " * len(m[2]), rest)
        number = parse_number(rest, offset)
        number = with_spaced_en_dash_part(number, rest, offset) if number is not None else None
        # digits, a hyphen and two capitals are an old ministry's whole number ("Số: 21-NV", the Bộ Nội vụ's of 1965)
        if number is not None and garbled_symbol(number.symbol) and not (number.number and number.party):
            number = None  # "Số: / V/ /BC-SHTT": the pen's 102 read as "/ V/", the printed symbol after it
        if number is None or (number.number is None and not re.match(r"[ \t]*[\d/-]", rest)):
            symbol = _symbol_after_garble(rest, offset, _dateline_year(top, folded))
            if symbol is not None:
                header.errors.append(
                    ErrorItem(code=ErrorCode.NUMBER_UNREADABLE, message=f"cannot read {rest.strip()!r}")
                )
                return line, symbol
        if number is None:
            if not rest.strip() or re.match(r"\s*\d+\s*$", rest):
                continue  # "Số:" with nothing usable, or a stamp's bare serial: not the number line
            header.errors.append(
                ErrorItem(code=ErrorCode.NUMBER_UNREADABLE, message=f"cannot read number {rest.strip()!r}")
            )
            return line, None
        if number.type_abbr in COPY_TYPES:
            continue
        if number.number is None:
            header.errors.append(ErrorItem(code=ErrorCode.NUMBER_BLANK, message="number left blank; symbol kept"))
        return line, number
    return None, None


_LONE_SYMBOL = re.compile(r"[ \t]*/(?=[ \t]*[A-ZĐÐ])")
"""A header line opening with the "/" of a symbol ("/QĐ-UBND"): the number's row whose "Số:" and pen digits tesseract
lost (a photocopy's drum streaks through them, or the pen's tall strokes joined the line above)."""


def _lone_symbol(text: str, offset: int) -> DocNumber | None:
    """The symbol of a number line whose label and digits were not read (`_LONE_SYMBOL`), its number None: only a
    known type's symbol ("/QĐ-UBND", "/QĐ-ĐHTĐHN Hà Nội, ngày …" where the dateline joined it)."""
    if not _LONE_SYMBOL.match(text):
        return None
    number = parse_number(text, offset)
    return number if number is not None and number.number is None and number.type_abbr else None


_SLASHLESS_SYMBOL = re.compile(r"(?<![^\W\d_Øø])[A-ZĐÐ][A-Za-zĐÐđ]{0,5}-[A-ZĐÐ][^\s/]*(?=\s|$)")
"""A symbol whose "/" is lost under the pen digits written over it ("Số: .QĐ-UBND" for "Số: 126/QĐ-UBND"): a
capitalised word of the shape TYPE-ISSUER, with no "/" of its own, after the garble — and after no letter but "Ø",
which is no Vietnamese letter: the pen's 0 written over the "/" ("Số: 2.34ØQĐĐ-BNNMT" for 2340/QĐ-BNNMT)."""


_DATELINE_YEAR = re.compile(r"\b(?:ngay|thang)\b.*\bnam\W*((?:19|20)\d{2})\b")
_YEAR_BEFORE = re.compile(r"(?<!\d)((?:19|20)\d{2})[ \t]*$")


def _dateline_year(top: list[Line], folded: str) -> int | None:
    """The year the header's dateline prints ("…, ngày 05 tháng 01 năm 2026"), or None."""
    found = next((m for line in top if (m := _DATELINE_YEAR.search(folded[line.start : line.end]))), None)
    return int(found.group(1)) if found else None


def _with_printed_year(number: DocNumber, rest: str, at: int, offset: int, year: int | None) -> DocNumber | None:
    """A symbol found after the pen's garble, with the year printed before its "/" when there is one ("số: 5
    (2026/QĐ-UBND" → "2026/QĐ-UBND", the number 05/2026/QĐ-UBND): a year is the number's when it is the dateline's
    and the pen's digits stand apart before it; a year that is not (another year, or no digits before it: the
    pen's own, maybe) leaves the symbol unsure, None — without its year it would look sure and be wrong."""
    found = _YEAR_BEFORE.search(rest, 0, at)
    if found is None:
        return number
    if int(found.group(1)) != year or not re.search(r"\d", rest[: found.start()]):
        return None
    return replace(number, symbol=f"{found.group(1)}/{number.symbol}", start=offset + found.start())


def _symbol_after_garble(rest: str, offset: int, year: int | None = None) -> DocNumber | None:
    """The printed symbol after a number OCR could not read (the hand-written digits in the slot come out as
    "h1 )6/72 5," or "l5?"): the first "/SYMBOL" within `GARBLE_CHARS` of the label, its number None — or,
    when the pen covered the "/", the first TYPE-ISSUER word there (`_SLASHLESS_SYMBOL`) whose type is a known
    one; never a part of that word ("-UBND" of "QĐ-UBND" is no symbol of its own, nor of "/(')-UBND", where the
    pen's last digit ate the type: after "-" only a party symbol, "12-QĐ/TU", is one); failing both, a known
    type's symbol whose first capital OCR read in lower case (`_LOWER_LED_SYMBOL`)."""
    head = rest[: GARBLE_CHARS + 1]
    slashless = _SLASHLESS_SYMBOL.search(rest, 0, GARBLE_CHARS + 1)
    for separator in re.finditer(r"[/-](?=[ \t]*[A-ZĐÐ])", head):
        if slashless is not None and slashless.start() < separator.start():
            break
        if _HYPHENED_PART_BEFORE.search(head, 0, separator.start()) and separator.group() == "/":
            break  # "-qb/TU": the party form's type, read in small letters, opens the symbol; "TU" alone is wrong
        number = parse_number(rest[separator.start() :], offset + separator.start())
        if number is not None and garbled_symbol(number.symbol):
            continue  # the pen's strokes read as letters ("/ V/"): the printed symbol is further on
        if number is not None and separator.group() == "/" and number.number is None:
            return _with_printed_year(number, rest, separator.start(), offset, year)
        if number is not None and (separator.group() == "/" or "/" in (number.symbol or "")):
            return number
    if slashless is not None:  # only a known type's symbol: ".Đ-UBND" (the pen took "/Q" too) gives none
        number = parse_number("/" + slashless.group(), offset + slashless.start() - 1)
        return number if number is not None and number.number is None and number.type_abbr else None
    lower = _LOWER_LED_SYMBOL.search(head)
    if lower is not None:  # "/qĐUBND": the type's capital read in lower case; only a known type's symbol
        at = lower.start()
        number = parse_number(rest[at : at + 1] + rest[at + 1].upper() + rest[at + 2 :], offset + at)
        return number if number is not None and number.number is None and number.type_abbr else None
    return None


_LABEL_LINE = compile_led(rf"[ \t]*(?:{NUMBER_LABEL}|s)[ \t]*[:;]|[ \t]*(?:{NUMBER_LABEL}|s)[ \t]")
"""A line starting with the "Số:" label, whatever tesseract made of the rest ("số: ƒ 05 *a 2 yjG", "số |]ỮQÐUBND");
with no colon, only in a line not of capitals ("SỞ TÀI CHÍNH" is a department)."""


def _symbol_read_by_pen_slot(
    top: list[Line], folded: str, slots: dict[str, HandFilled], doc_type: str | None, known: frozenset[str]
) -> DocNumber | None:
    """The number's symbol as the digit recogniser read it beside the pen's digits (`handfilled.read_symbol`),
    when tesseract garbled the whole "Số:" line (`top`: the header's lines above the title); spanned on that
    line. The digits are `_number`'s to accept."""
    found = _label_line(top, folded)
    symbol = read_symbol(slots.get("symbol"), doc_type, known or KNOWN_SYMBOL_PARTS)
    if found is None or symbol is None:
        return None
    line = found[0]
    return DocNumber(None, symbol, symbol.split("-")[0], False, line.start, line.end)


def _label_line(top: list[Line], folded: str) -> tuple[Line, int] | None:
    """The header's "Số:" line however tesseract read the rest (`_LABEL_LINE`), and where its label ends."""
    for line in top:
        found = _LABEL_LINE.match(folded[line.start : line.end])
        if found and (":" in found.group() or ";" in found.group() or not is_upper_line(line.text)):
            return line, found.end()
    return None


def _own_abbreviation(top: list[Line], anchor: Line | None, folded: str) -> frozenset[str]:
    """The abbreviation the header's issuer goes by in its own symbols (`issuer.symbol_abbreviation`: "BỘ TƯ PHÁP"
    → "BTP"), as a symbol part to take beside the known ones: an office's own unit that no typed document of the
    archive has taught (a scanned archive teaches none, `pipeline.ingest.load.with_store_symbol_parts`)."""
    issuer = _issuer(top, anchor, folded)[1] if anchor is not None else None
    return frozenset({symbol_abbreviation(issuer.value)}) if issuer is not None else frozenset()


_LOWER_TYPED = re.compile(r"(?<![^\W\d_])([/-])([a-z][^\W\d_]{1,4})([-/])([A-ZĐÐ]{2,}(?:-[A-ZĐÐ]{2,})*)(?![^\W\d_])")
"""A symbol whose type tesseract read in lower case beside the pen's digits: "/qb-UBND" (state), "-qb/TU" (party)."""
_CAPITAL_TYPED = re.compile(r"(?<![^\W\d_])([/-])([A-ZĐÐ]{2,5})([-/])([A-ZĐÐ]{2,}(?:-[A-ZĐÐ]{2,})*)(?![^\W\d_])")
"""A symbol read whole in capitals after the pen's digits garbled past parsing ("Số ị Ị 2 -QĐ/TU"): its type must be
the title's as read, no slip undone."""
_PRINTED_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
"""A year in the garble before a symbol read whole ("số: 8 (2024/QĐ-UBND"): a normative number's, not garble."""


def _lower_typed_symbol(top: list[Line], folded: str, doc_type: str | None, known: frozenset[str]) -> DocNumber | None:
    """The symbol of a "Số:" line whose type part tesseract read in lower case, one letter off besides
    ("/qb-UBND" for "/QĐ-UBND": the pen's digits beside it blur the capitals), when the title says which type it
    is (`docnumber.title_abbreviation`) and every other part is a known one — or read whole in capitals, the
    title's very type, where the pen's digits before it garbled the line past parsing (`_CAPITAL_TYPED`); within
    `GARBLE_CHARS` of the label (or of the next line's start, the label alone on its own). The digits are
    `_number`'s to accept (the recogniser's slot), never tesseract's garble."""
    found = _label_line(top, folded)
    if found is None:
        return None
    line, end = found
    following = next((ln for ln in top if ln.index == line.index + 1), None)
    if not line.text[end:].strip() and following is not None:
        line, end = following, 0  # the label alone on its line, the pen's digits taller than print (`_find_number`)
    match = _LOWER_TYPED.search(line.text, end, end + GARBLE_CHARS + 1)
    whole = match is None and (match := _CAPITAL_TYPED.search(line.text, end, end + GARBLE_CHARS + 1)) is not None
    if match is None or {match[1], match[3]} != {"/", "-"}:
        return None
    if whole and _PRINTED_YEAR.search(line.text, end, match.start()):
        return None  # a year printed before the symbol is the number's or the pen's: `_number` decides, not this
    read = match[2][0].upper() + match[2][1:]
    kind = read if TYPE_ABBREVIATIONS.get(read) == doc_type else None if whole else title_abbreviation(read, doc_type)
    if kind is None or not all(part in known for part in match[4].split("-")):
        return None
    party = match[1] == "-"
    return DocNumber(
        None, f"{kind}{match[3]}{match[4]}", kind, party, line.start + match.start(), line.start + match.end()
    )


_HYPHENED_PART_BEFORE = re.compile(r"-[^\W\d_]+$")
"""Letters after a "-" right before a symbol's "/" ("12 -qb/TU", a party decision's 12-QĐ/TU with its type read in
small letters): the symbol starts at the "-", so what follows the "/" is only its tail, never the symbol (the
pen's 12 with "TU" gave the wrong number 12/TU)."""
_LOWER_LED_SYMBOL = re.compile(r"/(?=[a-z][A-ZĐÐ])")
"""A "/" before a symbol whose first letter OCR read in lower case, the rest in capitals ("/qĐUBND")."""


def _header_so_mid(text: str, low: str) -> re.Match[str] | None:
    """A "Số:" label inside a line (`low`: folded `text`) that is not a cited document's: a kind in running text
    before it, after other words ("… (Ban hành kèm theo Quyết định số: 4068/QĐ-HVCTQG …)" in a header flattened
    onto one line names the decision that issued the text); a kind that opens the line ("Nghị quyết số: 653/…")
    or is printed in capitals is the document's own."""
    match = _SO_MID_RE.search(low)
    kind = _CITED_KIND_END.search(low[: match.start()].rstrip()) if match is not None else None
    if kind is not None and low[: kind.start()].strip() and not is_upper_line(text[kind.start() : kind.end()]):
        return None
    return match


_TITLE_THEN_SUBJECT = re.compile(r"^[ \t]*(?P<title>\S+[ \t]+\S+)[ \t]+(?P<subject>(?:về|Về|V/v)[ \t]+\S.*)$")
"""A title with its subject on the same line, as a copy joins them ("QUY ĐỊNH về hoạt động đối ngoại …"): every
type's name is two words."""


def _title_then_subject(line: Line) -> re.Match[str] | None:
    """The title and subject of a line that holds both (`_TITLE_THEN_SUBJECT`), the title in capitals."""
    found = _TITLE_THEN_SUBJECT.match(line.text)
    return found if found is not None and title_type(found["title"]) else None


def _find_title(top: list[Line], number_line: Line | None = None) -> tuple[Line | None, DocType | None]:
    """The title line and the type it names; a title joined with its subject only under a number line (a site's
    metadata prints "CÔNG VĂN Về việc …" with no header); an archive's copy with no header block opens with its
    title and number in capitals ("NGHỊ QUYẾT SỐ 17-NQ/TVQH NGÀY 21-12-1960"), above the enacting "QUYẾT ĐỊNH:"."""
    if top and is_upper_line(top[0].text) and (numbered := numbered_title_type(top[0].text)) is not None:
        return top[0], numbered
    for line, after in zip(top, [*top[1:], None], strict=True):
        found = title_type(line.text)
        if found is not None:
            return line, found
        if after is not None and len(line.text.split()) == 1 and len(after.text.split()) == 1:
            found = title_type(f"{line.text} {after.text}")  # a web copy broke the kind's two words: "THÔNG" / "TƯ"
            if found is not None:
                return line, found
    below = [line for line in top if number_line is not None and line.index > number_line.index]
    for line in below:
        joined = _title_then_subject(line)
        if joined is not None:
            return line, title_type(joined["title"])
    for index, line in enumerate(top):
        found = _title_after_motto(line.text)
        if found is not None:
            return line, found
        following = _line_after_motto(line.text, top[index + 1 :])
        found = _title_opening(following.text) if following is not None else None
        if following is not None and found is not None:
            return following, found
    return None, None


def _line_after_motto(text: str, below: list[Line]) -> Line | None:
    """The first line with letters under a line that ends with the national motto (a web copy breaks a title over
    lines after it: "QUY CHẾ LÀM" / "VIỆC" / …), or None when the motto does not end the line."""
    mottos = list(_MOTTO_RE.finditer(fold(text)))
    if not mottos or text[mottos[-1].end() :].strip(" -–—*_.|"):
        return None
    return next((line for line in below if re.search(r"[^\W\d_]", line.text)), None)


def _title_after_motto(text: str) -> DocType | None:
    """The type of a header flattened onto one line, named in capitals right after the national motto ("… Độc lập
    - Tự do - Hạnh phúc QUY CHẾ QUẢN LÝ HOẠT ĐỘNG …"), or None. Every type's name is two words."""
    mottos = list(_MOTTO_RE.finditer(fold(text)))
    return _title_opening(text[mottos[-1].end() :]) if mottos else None


def _title_opening(text: str) -> DocType | None:
    """The type whose name (two words) opens `text`, the title's words going on in capitals, or None."""
    words = text.lstrip(" -–—*_.").split()
    found = title_type(" ".join(words[:2]))
    return found if found is not None and len(words) > 2 and is_upper_line(words[2]) else None


def _is_unnumbered_dispatch(top: list[Line], folded: str, vv: Line | None) -> bool:
    """A công văn copied without its "Số:" line (a library copy that dropped the number cell): the issuer in
    capitals, then "V/v …", with the national motto in the header. A news page quoting a subject has no
    body in capitals above its "V/v" and no motto, so it stays a news page."""
    if vv is None or not any(_MOTTO_RE.search(folded[line.start : line.end]) for line in top):
        return False
    above = [line for line in top if line.index < vv.index and line.stripped]
    return any(is_upper_line(line.text) and not _MOTTO_RE.search(fold(line.text)) for line in above)


_SLOGAN_LINE_RE = re.compile(rf"^[^a-z0-9]*{SLOGAN}[^a-z0-9]*$")


def _headed_slogan(top: list[Line], folded: str) -> Line | None:
    """The slogan line ("Độc lập - Tự do - Hạnh phúc" alone) of a document printed with neither number nor a title
    of a known kind (an old joint statement under "HỘI ĐỒNG CHÍNH PHỦ"), when a body in capitals stands above it:
    a document's header all the same, its issuer and date to be read. A news page quotes no slogan on a line of
    its own."""
    for line in top:
        if _SLOGAN_LINE_RE.match(folded[line.start : line.end]):
            above = [ln for ln in top if ln.index < line.index]
            return line if any(is_upper_line(issuer_part(ln.text)) for ln in above) else None
    return None


def _find_vv(top: list[Line], folded: str, number_line: Line | None) -> Line | None:
    for line in top:
        if _VV_RE.match(folded[line.start : line.end]):
            return line
    return None


_VV_AFTER_NUMBER_RE = re.compile(r"[ \t](?:v/v|v\.v)[ \t]")


def _vv_after_number(number_line: Line | None, folded: str) -> bool:
    """Whether the subject's "V/v" runs on the number's line ("Số: 26998/CT-TTHT V/v ưu đãi thuế …", a web copy's
    cell joined into one line): a công văn's mark as much as on a line of its own."""
    if number_line is None:
        return False
    return _VV_AFTER_NUMBER_RE.search(folded, number_line.start, number_line.end) is not None


def _strip_mottos(text: str) -> str:
    folded = fold(text)
    pieces = []
    last = 0
    for match in _MOTTO_RE.finditer(folded):
        pieces.append(text[last : match.start()])
        last = match.end()
    pieces.append(text[last:])
    return squash(" ".join(pieces))


def _issuer(
    top: list[Line], anchor: Line, folded: str, number: str | None = None
) -> tuple[Reading | None, Reading | None]:
    """Issuing body (and its parent) from the capitalised lines above the number line, each with the stretch
    of the header it was read from.

    "UBND TỈNH X / SỞ NGOẠI VỤ" → (UBND tỉnh X, Sở Ngoại vụ); "ỦY BAN NHÂN DÂN / TỈNH X" is one body, as is
    "ỦY BAN THƯỜNG VỤ / QUỐC HỘI"; "ĐẢNG BỘ TỈNH X / TỈNH ỦY" is the Tỉnh ủy of X; a board under a party committee
    takes the committee's name ("TỈNH ỦY X / BAN TỔ CHỨC" → Ban Tổ chức Tỉnh ủy); a third line continues the
    issuer's name. Two bodies that the `number` abbreviates each are a joint issuer (`joint_issuer`); a board under
    the Party's Central Committee is named by the Party's name for it (`central_board`).
    """
    bodies: list[str] = []
    stretches: list[tuple[int, int]] = []  # where each body stands in the text
    for line in top:
        if line.index > anchor.index:
            break
        text = re.split(r"\s{3,}|\t", line.text.strip())[0]
        cut = issuer_part(text)
        if line.index == anchor.index and cut == text:
            break  # the number line itself names a body only when the whole header is on it
        text = after_running_head(_LIST_MARK.sub("", cut).strip(" -–—*_=."))
        if title_type(text) or (is_upper_line(text) and (fold(text) in KINDS or _authority_title(text))):
            break  # the title's lines run on under it ("NGHỊ QUYẾT … / CỦA … VỀ VIỆC …", an old "SẮC LỆNH / CỦA
            # CHỦ TỊCH CHÍNH PHỦ" whose kind is no DocType, "QUYẾT ĐỊNH CỦA TỔNG KIỂM TOÁN …"): no body's name
        if _YOUTH_UNION_MOTTO_LINE.fullmatch(fold(text).strip(" |*")):
            continue  # the Youth Union's motto, a flattened row's second cell before the number ("TỈNH ĐOÀN X |")
        if not text or _DECORATION_RE.match(text) or not is_upper_line(text) or text.endswith(":"):
            continue  # a colon ends a note's heading ("LƯU Ý:"), never a body's name
        cursor = 0
        dash = re.match(r"\s*[-–]\s*\S", cut) is not None  # "UBND TỈNH BÀ RỊA" / "- VŨNG TÀU": the name goes on
        for body in split_cells(text, second_cell(line.text)):  # the body's words, found in the line as printed
            # the words as printed, the motto maybe between them (`issuer_part` joins a flattened header's cells)
            found = _words_apart(body).search(line.text, cursor)
            assert found is not None  # split_bodies keeps the words of `text`, parts of the line
            cursor = found.end()
            low = fold(body)
            opens_line = bool(stretches) and stretches[-1][1] <= line.start  # the line's first body
            if bodies and (
                (dash and opens_line)
                or continues_name(bodies[-1], body)
                or low == "viet nam"  # "NGÂN HÀNG NHÀ NƯỚC / VIỆT NAM": the name's end on a line of its own
                or (_LOCALITY_START_RE.match(low) and not _LOCALITY_START_RE.search(fold(bodies[-1])))
                or fold(bodies[-1]).endswith(("nhan dan", "uy ban", "thuong vu"))
            ):
                previous = without_speck_comma(bodies[-1], body)
                bodies[-1] = f"{previous}{' - ' if dash and opens_line else ' '}{body}"  # the dash put back
                stretches[-1] = (stretches[-1][0], line.start + found.end())
                continue
            bodies.append(body)
            stretches.append((line.start + found.start(), line.start + found.end()))
        if _HANGING_DASH.search(cut):
            bodies[-1] = f"{bodies[-1]} -"  # "BỘ LAO ĐỘNG -" / "THƯƠNG BINH VÀ XÃ HỘI": the name goes on
    bodies = [body.removesuffix(" -") for body in bodies]
    if not bodies:
        return None, None
    joint = joint_issuer(" ".join(bodies), number) if number else None
    if joint is not None:
        return None, Reading(" - ".join(map(running_name, joint)), stretches[0][0], stretches[-1][1])
    if len(bodies) >= 3 and starts_a_body(bodies[-1]):  # "BỘ TÀI CHÍNH / TỔNG CỤC HẢI QUAN / CỤC HẢI QUAN TỈNH X"
        opening = next(k for k in range(len(bodies) - 2, -1, -1) if k == 0 or starts_a_body(bodies[k]))
        parent = " ".join(bodies[opening:-1])  # its lines up from the one that opens it ("ĐẠI HỘI …" / "TOÀN QUỐC …")
        bodies, stretches = [parent, bodies[-1]], [(stretches[opening][0], stretches[-2][1]), stretches[-1]]
    elif len(bodies) >= 3:
        bodies = [bodies[0], " ".join(bodies[1:])]
        stretches = [stretches[0], (stretches[1][0], stretches[-1][1])]
    names = [running_name(b) for b in bodies]
    if len(names) == 2:
        first, both = Reading(names[0], *stretches[0]), (stretches[0][0], stretches[1][1])
        party = re.match(r"^(tinh|huyen|thanh|dang) uy\b", fold(names[0]))
        committee = re.fullmatch(r"(tinh|huyen|thanh|dang) uy", fold(names[1]))
        if committee and fold(names[0]).startswith("dang bo "):
            locality = re.sub(r"(?i)^(?:Đảng bộ)\s+(?:tỉnh|huyện|thành phố|quận|thị xã)?\s*", "", names[0])
            return None, Reading(f"{names[1]} {locality}".strip(), *both)
        board = central_board(names[0], names[1])
        if board is not None:
            return first, Reading(board, *stretches[1])
        if party and not committee and not _OWN_COMMITTEE.match(fold(names[1])):
            if not _BOARD_START.match(fold(names[1])):  # a decoration or a seal read as letters ("SON OEE")
                return first, Reading("", *stretches[1])
            return first, Reading(f"{names[1]} {names[0].split(' ')[0]} {names[0].split(' ')[1]}", *both)
        return first, Reading(names[1], *stretches[1])
    return None, Reading(names[-1], *stretches[-1])


_TITLE_OF_AUTHORITY = re.compile(r"^\s*(?P<kind>\S+\s+\S+)\s+CỦA\s")
"""A title naming the authority that issues it on its own line ("QUYẾT ĐỊNH CỦA TỔNG KIỂM TOÁN NHÀ NƯỚC"), as a copy
starting at its title prints it: no body's name (`title_type` of its first two words tells)."""


@lru_cache(maxsize=256)
def _words_apart(body: str) -> re.Pattern[str]:
    """A body's words as `_issuer` finds them in its line, anything between them (a flattened header's motto):
    compiled once per body's name, as the `re` module's own cache is overrun on real texts."""
    return re.compile(r"\s+(?:.*?\s)??".join(map(re.escape, body.split())))


def _authority_title(text: str) -> bool:
    found = _TITLE_OF_AUTHORITY.match(text)
    return found is not None and title_type(found["kind"]) is not None


_HANGING_DASH = re.compile(r"[^\W\d_][ \t]+[-–][ \t]*$")
"""A spaced dash ending a header line after a word: the body's name goes on on the next line."""

_YOUTH_UNION_MOTTO_LINE = re.compile(r"doan\s+(?:tncs|thanh\s+nien\s+cong\s+san)\s+ho\s+chi\s+minh")
"""The Youth Union's motto alone on its line, where the state's stands: no body's name (a central board over it is
the Union's, `youth_union_issuer`)."""
_OWN_COMMITTEE = re.compile(r"(?:(?:dang|tinh|huyen|thanh|quan)\s+uy|dang\s+bo|chi\s+bo)\s+\S")
"""A party committee with its own name under a higher one ("ĐẢNG ỦY KHỐI … / ĐẢNG ỦY BỘ NGOẠI GIAO"): the issuer
as printed, not a board that takes the higher committee's name."""
_BOARD_START = re.compile(
    r"(?:ban|van\s+phong|uy\s+ban|dang\s+(?:uy|doan|bo)|chi\s+bo|co\s+quan|truong|hoi\s+dong|trung\s+tam|bao|"
    r"tap\s+chi|nha\s+xuat\s+ban|cong\s+doan|doan|mat\s+tran|hoi|so|phong|ubkt|ubmttq)\b"
)
"""How the name of a body under a party committee starts ("BAN TỔ CHỨC", "VĂN PHÒNG", "ĐẢNG ỦY KHỐI …"): a second
header line that starts otherwise is no body's name but OCR garbage, and the issuer is not composed from it."""

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


_LOST_INITIAL = re.compile(r"^Y(?=[ \t]+BAN\b)")
""""ỦY BAN" whose "Ủ" a copy dropped with the other letters outside its code page ("Y BAN NHÂN DÂN", "S: 05/…")."""
_DASHES = str.maketrans({"–": "-", "—": "-"})
"""A body's name is written with a hyphen ("Bộ Lao động - Thương binh và Xã hội"), whatever dash a copy prints."""


@lru_cache(maxsize=1024)
def running_name(heading: str) -> str:
    """A body's heading in the form running text uses: sentence case, "Ủy ban nhân dân" → "UBND", a joint
    heading's bodies apart by a spaced dash ("Bộ Ngoại giao - Bộ Nội vụ"), two words a copy glued apart again.
    Kept per heading: a header's lines are read as names again and again."""
    printed = squash(spaced_joint(_LOST_INITIAL.sub("ỦY", heading)).translate(_DASHES)).split(" ")
    split = [part for word in printed for part in (split_glued_capitals(word) or (word,))]  # "KỸ THUẬTVIỆT NAM"
    words = [_locality_word(split, index) for index in range(len(split))]
    name = readable_case(" ".join(words))
    name = re.sub(r"^Ủy ban nhân dân\b", "UBND", name)
    name = re.sub(r"\bchính phủ$", "Chính phủ", name)  # "THỦ TƯỚNG CHÍNH PHỦ": the Government, a proper name
    return re.sub(r"^Hội đồng nhân dân\b", "HĐND", name)


_DATELINE_COMMA = re.compile(r"[,.][ \t]*ngay(?![a-z])")
"""", ngày" after the place, also with the pen's day glued on by OCR ("Quảng Ngãi, ngày8$ tháng 02"), or its comma
read as a period ("Hà Nội. ngày 09 tháng 11"; `_dateline_comma`)."""


def _dateline_comma(low: str, text: str) -> re.Match[str] | None:
    """Where `_DATELINE_COMMA` stands in a line (`low`: the line folded, `text`: as read). A period is taken only
    before a lower-case "ngày": a sentence ended by a period goes on with a capital ("… năm 2023. Ngày 5 …")."""
    for found in _DATELINE_COMMA.finditer(low):
        if low[found.start()] == "," or text[found.end() - 4] == "n":
            return found
    return None


_DATELINE_BARE = re.compile(r"[ \t,]?ngay(?![a-z])(?=[^\n]*thang(?![a-z])[^\n]*nam(?![a-z]))")
"""The same line as OCR damages it: the comma lost ("SơnLra ngày 45 tháng 02 năm 2026"), "ngày" glued on
("Sơniangày 24 tháng 8"), the place's capital lost ("sơnLa,ngày 2Â tháng 7năm 2026"). Only with the whole "ngày …
tháng … năm" after it and the line opening with one to three words of letters (`_glued_place`), so a sentence
is never taken."""


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
        comma = _dateline_comma(low, line.text)
        place = _without_echo(line.text[: comma.start()]) if comma else ""
        if not comma or not (_place_words(place) or _damaged_place(place)):
            comma = _DATELINE_BARE.search(low) or _misread_labels(low)
            if not comma or not _glued_place(line.text[: comma.start()]):
                continue
        nxt = all_lines[line.index + 1] if line.index + 1 < len(all_lines) else line
        both = folded[line.start : nxt.end]
        shift = comma.start() - 1  # read from a space before "ngày", which OCR may have glued to the place
        for match in find_dates(" " + both[comma.start() :].replace("\n", " ")):
            if fold(match.text).startswith("ngay"):
                original = DateMatch(match.value, match.start + shift, match.end + shift, match.text, match.blank)
                return line, original
        tail = _dateline_tail(all_lines, line)
        text = line.text[comma.end() :] + (f" {tail.stripped}" if tail is not None else "")
        return line, DateMatch(None, comma.end(), len(line.text), text)
    return None, None


def _dateline_tail(all_lines: list[Line], line: Line) -> Line | None:
    """The rest of a dateline whose pen-filled day broke it (`_DATELINE_TAIL`: "tháng 7 năm 2026" or "năm 2026" on
    a line of its own), on the next line or the one after the title below it; None without one. Its printed month
    and year are the date's (`handfilled.month_and_year`), whatever garble the pen left after "ngày". A dateline
    that ends at its month ("…, ngày 3 0 tháng 9") may find its "năm 2026" alone after the subject's first line too:
    the scan's read order put the header's right column beside the title and subject (scenario 34's 31/BC-SNNMT)."""
    following = all_lines[line.index + 1 : line.index + 4]
    for offset, after in enumerate(following):
        if _DATELINE_TAIL.fullmatch(after.text):
            return after if offset < 2 or (_YEAR_TAIL.fullmatch(after.text) and _MONTH_ENDS.search(line.text)) else None
        if not title_type(after.stripped) and not (offset == 1 and title_type(following[0].stripped)):
            return None
    return None


_YEAR_TAIL = re.compile(r"\s*năm\s+\d{4}\s*")
_MONTH_ENDS = re.compile(r"th[áa]ng\s+\d{1,2}\s*$")
"""A dateline that stops at its month, its year on no line of its own yet."""


_ECHO = re.compile(r"([^\W\d_]+)(,?)[ \t]+([^\W\d_]{1,2}),?[ \t]*$")


def _without_echo(prefix: str) -> str:
    """A dateline's place without the echo tesseract may add after it: on an italic line a word's descender read
    again as a word of its own, one or two lower-case letters repeating the word's end ("Hải Phòng, g, ngày" for
    "Hải Phòng, ngày"); as read otherwise."""
    echo = _ECHO.search(prefix)
    if echo is None or not echo[3].islower() or not echo[1].endswith(echo[3]):
        return prefix
    return prefix[: echo.end(1)]


_MISREAD_LABELS = re.compile(
    r"[ \t]([a-z]{3,5})[ \t]+\S{1,4}[ \t]+([a-z]{4,6})[ \t]+(?:\S{1,4}[ \t]+)?nam[ \t]*(?:19|20)\d{2}"
)
"""A folded dateline whose "ngày" and "tháng" tesseract read one letter off beside the pen's digits ("huã này [7 thóng
Ô năm 2026"): label, the pen's garble, label, the month (or nothing), "năm" and the year."""


def _misread_labels(low: str) -> re.Match[str] | None:
    """Where the day's label of such a line (`_MISREAD_LABELS`) stands, each label one letter off ("nay", "thong";
    `Levenshtein`); None otherwise. Its date has no value of its own: the day and month are the slots' to give
    (`handfilled.resolve_month`, `resolve_day`), sure readings only."""
    found = _MISREAD_LABELS.search(low)
    if found is None or Levenshtein.distance(found[1], "ngay") != 1 or Levenshtein.distance(found[2], "thang") > 1:
        return None
    return re.compile(r"[ \t][a-z]+").match(low, found.start())


def _damaged_place(prefix: str) -> bool:
    """A dateline's place that a copy damaged ("Tuy a" for "Tuy Hòa": the page lost "Hò"): the line alone, one to
    three words of letters, the first capitalised. Its date is read; the place is not (`_place` needs capitals)."""
    words = prefix.split()
    return 1 <= len(words) <= 3 and words[0][:1].isupper() and all(word.isalpha() for word in words)


def _glued_place(prefix: str) -> bool:
    """A damaged dateline's place: one to three words of letters, a capital among them ("sơnLa"; "đi nước ngoài"
    is a sentence). Its date is read, never the place."""
    words = prefix.split()
    return 1 <= len(words) <= 3 and all(word.isalpha() for word in words) and not prefix.islower()


_HEADING_WORD = re.compile(r"(?!TP$)[^\W\d_]{2,}")
"""A word of a heading in capitals before a place (`_place_words`; checked in capitals); "TP" is the place's own
("TP Hồ Chí Minh")."""


_NUMBERED_UNITS = frozenset({"Quận", "Phường"})
"""Units a city numbers ("Quận 8", "Phường 5" of Thành phố Hồ Chí Minh): their dateline's place ends in a number."""


_PLACE_DASHES = frozenset({"-", "–"})


def _place_words(prefix: str) -> list[str]:
    """The capitalised words before ", ngày": the place; a heading's capitals before a place written in name case
    are not part of it ("… ĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày …" on a header flattened onto one line)."""
    words = _strip_mottos(prefix).rstrip(" ,").split()
    if len(words) > 1 and re.fullmatch(r"\d{1,2}", words[-1]) and words[-2] in _NUMBERED_UNITS:
        return words[-2:]  # "Quận 8, ngày …": a city's district or ward goes by its number
    place: list[str] = []
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if word in _PLACE_DASHES and place and k and words[k - 1][:1].isupper():
            place.insert(0, word)  # "Bà Rịa - Vũng Tàu, ngày …": a spaced dash joins the two names of one place
            continue
        if not word[:1].isupper() or len([w for w in place if w not in _PLACE_DASHES]) >= 4:
            break
        if place and word.isupper() and _HEADING_WORD.fullmatch(word) and not any(w.isupper() for w in place):
            break
        place.insert(0, word)
    return place


def _place(line: Line, date: DateMatch, number: DocNumber | None) -> Reading | None:
    """The place is the capitalised words just before ", ngày" on the date line; none when OCR lost the comma
    (the words glued before "ngày" may be garbled: "SơnLra")."""
    comma = _dateline_comma(fold(line.text), line.text)
    if comma is None:
        return None
    prefix = _without_echo(line.text[: comma.start()])
    skip = 0
    if number is not None and line.start <= number.end <= line.end:
        skip = max(0, number.end - line.start)
        prefix = prefix[skip:]
    words = _place_words(prefix)
    if not words:
        return None
    found = list(re.finditer(r"\s+".join(map(re.escape, words)), prefix))  # the last: just before ", ngày"
    start, end = (found[-1].start(), found[-1].end()) if found else (0, len(prefix.rstrip()))  # around a motto
    return Reading(" ".join(words), line.start + skip + start, line.start + skip + end)


_DATELINE_TAIL = re.compile(r"\s*(?:(?:\d{1,2}\s+)?th[áa]ng\s+\S{1,3}\s+)?năm\s+\d{4}\s*")
"""A line that is only a dateline's tail ("năm 2026", "tháng 4 năm 2026", "tháng š năm 2026" with a pen month): its
pen-filled day broke the dateline and the scan's read order put the rest on a line of its own, maybe below the
title; no subject (`_subject`) until the subject has begun — then it goes on with it ("… đoàn ra" / "năm 2025")
unless it is the line right after the dateline — and the date's month and year (`_dateline_tail`)."""


def _subject(
    all_lines: list[Line], folded: str, vv: Line | None, title: Line | None, date_line: Line | None
) -> Reading | None:
    """ "V/v ..." (possibly over several lines) for a công văn, else the line(s) after the title."""
    start = vv if vv is not None else title
    if start is None:
        return None
    joined = _title_then_subject(start) if vv is None else None
    if joined is not None:  # "QUY ĐỊNH về hoạt động …": the subject is the rest of the title's line
        subject = joined["subject"].rstrip()
        return Reading(
            squash(subject), start.start + joined.start("subject"), start.start + joined.start("subject") + len(subject)
        )
    parts: list[str] = []
    stretch = (0, 0)  # from the first part's start to the last part's end
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
        piece = re.split(r"(?i)k[íi]nh [gđ][ửu]i", piece)[0]
        mid = _SO_MID_RE.search(fold(piece))
        piece = piece[: mid.start()] if mid else piece
        if is_upper_line(piece):
            if parts or vv is not None or not title_type(piece):
                break
            continue
        if _DATELINE_TAIL.fullmatch(piece) and (
            not parts
            or (date_line is not None and line.index == date_line.index + 1)
            or (date_line is not None and _dateline_tail(all_lines, date_line) is line)
        ):
            continue
        if _MOTTO_RE.search(fold(piece)) or (date_line is not None and line.index == date_line.index):
            if parts:
                continue
            continue
        parts.append(piece.strip())
        begin = line.start + len(line.text) - len(line.text.lstrip())  # every piece is the start of the line's text
        stretch = (stretch[0] if len(parts) > 1 else begin, begin + len(parts[-1]))
        if len(parts) >= 4:
            break
    if parts and vv is None and title is not None and _RUN_ON_SUBJECT.match(fold(parts[0]).lower()):
        opening = _displaced_opening(all_lines, folded, title)
        if opening is not None:  # the scan's read order put the subject's first line above the title
            parts.insert(0, opening.stripped)
            stretch = (opening.start + len(opening.text) - len(opening.text.lstrip()), stretch[1])
    subject = squash(" ".join(parts))
    return Reading(subject, *stretch) if subject and is_wording(subject) else None


def _displaced_opening(all_lines: list[Line], folded: str, title: Line) -> Line | None:
    """The subject's first line a scan read above the title, in the header's left column under the number ("Số …
    -BC/VPTU" / "kết quả chuyến thăm, làm việc" / "ĐẢNG CỘNG SẢN VIỆT NAM" / … / "BÁO CÁO" / "của đoàn …"): the
    nearest line of the few before the title that opens a subject (`_SUBJECT_OPENING`), none when there is none."""
    for line in reversed(all_lines[max(0, title.index - 6) : title.index]):
        if _SUBJECT_OPENING.match(folded[line.start : line.end]) and not is_upper_line(line.text):
            return line
    return None


def is_wording(text: str) -> bool:
    """Whether a subject or headline is words: a "Số:" line, or OCR garble of a scan's header ("Số: h1 )6/72 5,
    /UBND-NC"), is no subject, and a wrong subject is worse than none. At least two tokens, and at least half
    of them, must be words (letters only, punctuation at their edges aside); numbers and dates may fill the rest
    ("V/v cử đoàn đi Nhật Bản từ 12/3/2025 đến 20/3/2025")."""
    if NUMBER_LABEL_RE.match(fold(text)) or _GARBLED_NUMBER_RE.match(fold(text)):
        return False
    tokens = text.split()
    words = [token for token in tokens if re.fullmatch(r"[^\w]*[^\W\d_]+[^\w]*", token)]
    return len(words) >= 2 and 2 * len(words) >= len(tokens)
