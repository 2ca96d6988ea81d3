"""An OCR'd symbol part that is no known part: repaired when exactly one known part is one slip away (a letter
read more than once, a speck read as a small letter after the capitals), else the number is none with an error
— never a value that looks sure (issue 13/11)."""

from __future__ import annotations

import pytest

from extractors.citations import extract_citations
from extractors.docnumber import after_garbled_lead, correct_ocr_symbol, repair_symbol, slipped_parts, typed_by_title
from extractors.header import parse_header
from pipeline.store.queue.items import document_items
from schemas.document import Box, Document, HandFilled, Page, Source, TextSource

BOX = Box(left=500, top=400, width=150, height=90)


def _slot(name: str, text: str, score: float = 0.999) -> HandFilled:
    return HandFilled(slot=name, text=text, score=score, box=BOX)


@pytest.mark.parametrize(
    ("read", "expected"),
    [
        ("77/NĐĐĐ-CP", "77/NĐ-CP"),  # one "Đ" read three times
        ("9/ĐĐĐBQH-TH", "9/ĐĐBQH-TH"),  # a part that doubles its "Đ", read once more
        ("9/ĐĐBQH-TH", "9/ĐĐBQH-TH"),  # known: kept
    ],
)
def test_a_d_read_more_than_once_is_made_single(read: str, expected: str) -> None:
    assert repair_symbol(read) == expected


@pytest.mark.parametrize(
    ("read", "expected"),
    [
        ("64/KHb-SNV", "64/KH-SNV"),  # a speck after the type read as "b"
        ("31/TTrk-STC", "31/TTr-STC"),  # a mixed-case type keeps its own small letter
        ("8/CT-UBNDDD", "8/CT-UBND"),  # a letter read three times
        ("2/BCC-STP", "2/BCC-STP"),  # a doubled letter may be real: only the title says (below)
        ("5/TTg-VX", "5/TTg-VX"),  # known parts untouched
        ("7/TTTr-SXD", "7/TTTr-SXD"),  # "TTT" or "TTr": two known parts as near, kept for `slipped_parts`
        ("3/KHb-SOTQ", "3/KH-SOTQ"),  # an unknown body with no slip's mark stays as read
    ],
)
def test_one_slip_away_from_exactly_one_known_part_is_repaired(read: str, expected: str) -> None:
    assert correct_ocr_symbol(read) == expected


@pytest.mark.parametrize(
    ("symbol", "slipped"),
    [
        ("KH-SOTQ", []),  # an office's own unit, unknown but well formed
        ("TTTr-SXD", ["TTTr"]),  # a letter three times over
        ("QĐx-UBND", ["QĐx"]),  # a type part ending in a small letter after its capitals
        ("KH-BCĐ389QNg", []),  # after the type, a province's own small letter ("QNg", Quảng Ngãi)
        ("BC-SNVV", []),  # a doubled letter, one known part under it: real or a slip, kept
        ("TTr-UBND", []),  # known parts with small letters of their own
        ("262-QĐi/TU", []),
    ],
)
def test_slipped_parts_are_the_unknown_parts_with_a_slips_mark(symbol: str, slipped: list[str]) -> None:
    assert slipped_parts(symbol) == slipped


HEADER = "TRƯỜNG ĐẠI HỌC THỦY SẢN\nSố: {line}\nCần Thơ, ngày 14 tháng 9 năm 2026\nQUYẾT ĐỊNH\nVề việc cử"


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Í 7 0 /QĐb-ĐHTS", "347/QĐ-ĐHTS"),  # a stray small letter after the type
        ("3 7 /QĐĐĐ-ĐHTS", "347/QĐ-ĐHTS"),  # the type's "Đ" read three times
        ("347/QĐ-ĐHTS", "347/QĐ-ĐHTS"),
    ],
)
def test_a_hand_filled_number_takes_the_repaired_symbol(line: str, number: str) -> None:
    header = parse_header(HEADER.format(line=line), ocr=True, hand_filled=[_slot("number", "347")])
    assert header.number == number
    assert header.symbol == number.split("/", 1)[1]


@pytest.mark.parametrize(
    ("read", "doc_type", "expected"),
    [
        ("2/BCC-STP", "bao_cao", "2/BC-STP"),  # the title says the type: the doubled letter is a slip
        ("2/BCC-STP", "quyet_dinh", "2/BCC-STP"),
        ("31/TTTr-STC", "to_trinh", "31/TTr-STC"),
        ("31/QĐĐ-STC", "quyet_dinh", "31/QĐ-STC"),
        ("31/QyĐĐ-STC", "quy_dinh", "31/QyĐ-STC"),
    ],
)
def test_the_titles_type_repairs_a_slipped_type_part(read: str, doc_type: str, expected: str) -> None:
    assert typed_by_title(read, doc_type) == expected


def test_a_slip_that_cannot_be_undone_leaves_no_number_and_asks_a_person() -> None:
    text = HEADER.format(line="Í 7 0 /QXb-ĐHTS")
    header = parse_header(text, ocr=True, hand_filled=[_slot("number", "347")])
    assert (header.number, header.symbol) == (None, None)
    assert [error.code for error in header.errors if error.code.startswith("number.")] == ["number.unreadable"]
    source = Source(path="x.pdf", sha256="ab" * 32, pages=1, text_source=TextSource.OCR)
    document = Document(source=source, text=text, errors=header.errors)
    assert [(item.field, item.reason) for item in document_items(document)] == [("number", "unreadable")]


def test_a_text_layer_keeps_what_it_wrote() -> None:
    assert parse_header(HEADER.format(line="347/QĐb-ĐHTS")).number == "347/QĐb-ĐHTS"


def _ocr_document(text: str) -> Document:
    source = Source(path="x.pdf", sha256="cd" * 32, pages=1, text_source=TextSource.OCR)
    return Document(source=source, text=text, pages=[Page(number=1, source=TextSource.OCR, text=text)])


@pytest.mark.parametrize(
    ("cited", "number"),
    [
        ("Tờ trình số 27/TTIr-SNV ngày 11/9/2026", "27/TTr-SNV"),  # a stroke read as "I" in the type
        ("Tờ trình số 52/TTTr-SNV ngày 23/3/2026", "52/TTr-SNV"),  # the kind says which of "TTT", "TTr"
        ("Quyết định số 71/QĐb-UBND ngày 02/3/2026", "71/QĐ-UBND"),
        ("Công văn số 71/QXb-UBND ngày 02/3/2026", None),  # no known type under it: no number
    ],
)
def test_an_ocr_citations_type_part_is_repaired_by_its_kind_or_dropped(cited: str, number: str | None) -> None:
    document = extract_citations(_ocr_document(f"Căn cứ {cited} của Sở Nội vụ;"))
    assert [citation.number for citation in document.citations] == [number]


NORMATIVE = "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\n{line}\nPhú Yên, ngày 07 tháng 02 năm 2027\nQUYẾT ĐỊNH\nBan hành Quy chế"


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("số: 8 (2027/QĐ-UBND", "08/2027/QĐ-UBND"),  # the printed year after the pen's garble is the number's
        ("số: 8 (2024/QĐ-UBND", None),  # not the dateline's year: unsure, never "08/QĐ-UBND"
        ("số: (2027/QĐ-UBND", None),  # no pen digits before it: the year may be the pen's own
        ("số: 8 (/QĐ-UBND", "08/QĐ-UBND"),  # no year printed
    ],
)
def test_a_year_printed_after_the_pens_garble_is_kept_only_when_the_dateline_has_it(
    line: str, number: str | None
) -> None:
    header = parse_header(NORMATIVE.format(line=line), ocr=True, hand_filled=[_slot("number", "08")])
    assert header.number == number
    assert (header.number is None) == ("number.unreadable" in [error.code for error in header.errors])


REPORT = "UBND TỈNH HÀ NAM\nSỞ NGOẠI VỤ\nSố: {line}\nHà Nam, ngày 12 tháng 11 năm 2026\nBÁO CÁO\nKết quả chuyến đi"


@pytest.mark.parametrize(
    ("line", "slots", "number"),
    [
        ("1/E /BC-SNgV", [_slot("number", "148")], "148/BC-SNgV"),  # the pen's 148 read "1/E": the slot's digits
        ("1/E /BC-SNgV", [], None),  # no slot read: the digits are the garble's, no number
        ("1/E /BC-SNgV", [_slot("number", "148", 0.9)], None),  # an unsure slot: none either
        ("148/BC-SNgV", [_slot("number", "148")], "148/BC-SNgV"),
    ],
)
def test_the_pens_garble_read_into_the_symbol_before_the_titles_type_is_left_out(
    line: str, slots: list[HandFilled], number: str | None
) -> None:
    header = parse_header(REPORT.format(line=line), ocr=True, hand_filled=slots)
    assert (header.number, header.symbol) == (number, "BC-SNgV")
    assert (header.number is None) == any(error.code.startswith("number.") for error in header.errors)


@pytest.mark.parametrize(
    ("symbol", "doc_type", "tail"),
    [
        ("E/BC-SNV", "bao_cao", "BC-SNV"),
        ("E/BC-SNV", "quyet_dinh", None),  # not the title's type
        ("TU/BC-SNV", "bao_cao", None),  # a known part first: as printed
        ("BC-SNV", "bao_cao", None),
        ("2026/QĐ-UBND", "quyet_dinh", None),
    ],
)
def test_after_garbled_lead(symbol: str, doc_type: str, tail: str | None) -> None:
    assert after_garbled_lead(symbol, doc_type) == tail


AGENCY = "BỘ TƯ PHÁP\nCỤC CON NUÔI\nSố: {line}\nHà Nội, ngày 5 tháng 10 năm 2026\nBÁO CÁO\nKết quả chuyến đi"


@pytest.mark.parametrize(
    ("line", "slots", "number", "symbol"),
    [
        ("/ V/ /BC-CCN", [_slot("number", "316")], "316/BC-CCN", "BC-CCN"),  # the pen's 316 read "/ V/"
        ("/ V/ /BC-CCN", [], None, "BC-CCN"),
        ("/ V/", [_slot("number", "316")], None, None),  # only the garble: no symbol, no number
        ("316/BC-CCN", [], "316/BC-CCN", "BC-CCN"),
    ],
)
def test_one_or_two_unknown_letters_alone_are_the_pens_garble_not_the_symbol(
    line: str, slots: list[HandFilled], number: str | None, symbol: str | None
) -> None:
    header = parse_header(AGENCY.format(line=line), ocr=True, hand_filled=slots)
    assert (header.number, header.symbol) == (number, symbol)
