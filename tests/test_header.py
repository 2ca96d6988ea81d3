"""Header and signature: type, number, issuer, place, date, subject, signer, recipients — messy cases too."""

import datetime as dt

import pytest

from extractors.docnumber import parse_number
from extractors.header import extract_header, parse_header, running_name
from extractors.vntext import readable_case
from schemas.document import DocType, Document, HeaderFields, Source, Span

DECISION = """UBND TỈNH HÀ GIANG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NGOẠI VỤ                 Độc lập - Tự do - Hạnh phúc
Số: 215/QĐ-SNV              Hà Giang, ngày 07 tháng 4 năm 2024
QUYẾT ĐỊNH
Về việc cử cán bộ đi công tác tại Nhật Bản
GIÁM ĐỐC SỞ NGOẠI VỤ TỈNH HÀ GIANG
Căn cứ Quyết định số 40/2020/QĐ-UBND ngày 23/11/2020 của UBND tỉnh Hà Giang;
Điều 1. Cử ông Hoàng Minh Tuấn, Phó Giám đốc Sở Ngoại vụ đi công tác.
Nơi nhận:                                   KT. GIÁM ĐỐC
- Như Điều 1;                               PHÓ GIÁM ĐỐC
- UBND tỉnh (b/c);
- Lưu: VT, HTQT.
                                            (Đã ký)

                                            Đặng Quốc Hưng
PHỤ LỤC
DANH SÁCH ĐOÀN
1. Ông Hoàng Minh Tuấn
"""

DISPATCH_BLANK = """ỦY BAN NHÂN DÂN
HUYỆN VĂN LÃNG
Số: /UBND-VP
V/v tăng cường quản lý các
đoàn đi công tác nước ngoài
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Văn Lãng, ngày   tháng 10 năm 2023
Kính gửi:
- Các phòng, ban thuộc huyện;
- UBND các xã, thị trấn.
Thực hiện Công văn số 1271/UBND-NC ngày 18/9/2023 của UBND tỉnh.
Nơi nhận:
- Như trên;
- TT Huyện ủy;
- Lưu: VT.
CHỦ TỊCH
Lục Văn Bình
"""

PARTY_WITH_STAMP_AND_COPY = """ĐẢNG BỘ TỈNH CAO BẰNG
TỈNH ỦY
Số 1168-KH/TU
VĂN PHÒNG TỈNH ỦY
ĐẾN Số: 749
Ngày: 31-3-16
Chuyển: P.TH
ĐẢNG CỘNG SẢN VIỆT NAM
Cao Bằng, ngày 7 tháng 12
năm 2015
KẾ HOẠCH
thực hiện Chỉ thị số 38-CT/TW ngày 21-7-2014 của Bộ Chính trị
Nội dung kế hoạch gồm các phần sau đây, được các cơ quan thực hiện nghiêm túc trong năm tới và báo cáo kết quả.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Đinh Thùy Ngân
UBND HUYỆN CAO LỘC
SAO Y BẢN CHÍNH
Số: 12/SY-UBND
Cao Lộc, ngày 20 tháng 12 năm 2015
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Mai Văn Toàn
"""

NEWS = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH PHÚ THỌ
Trang chủ | Tin tức | Văn bản mới
UBND tỉnh Phú Thọ chấn chỉnh việc cử cán bộ đi nước ngoài
Cập nhật lúc 09:15 ngày 20/09/2025
UBND tỉnh vừa ban hành Công văn số 1524/UBND-TH ngày 17/9/2025 yêu cầu các cơ quan thực hiện nghiêm.
"""

OCR_NOISY = """UBND TINH LANG SON
S6: 88/QD-UBND
Lạng Sơn, ngay 03 thang 5 nam 2024
QUYÉT ĐỊNH
Về việc cử đoàn đi Hàn Quốc
"""


def test_header_decision_fields() -> None:
    header = parse_header(DECISION)
    assert header.doc_type is DocType.QUYET_DINH
    assert (header.number, header.symbol) == ("215/QĐ-SNV", "QĐ-SNV")
    assert (header.issuer, header.parent_issuer) == ("Sở Ngoại vụ", "UBND tỉnh Hà Giang")
    assert (header.place, header.issue_date) == ("Hà Giang", dt.date(2024, 4, 7))
    assert header.subject == "Về việc cử cán bộ đi công tác tại Nhật Bản"
    assert header.signer is not None
    assert (header.signer.name, header.signer.title, header.signer.mode) == ("Đặng Quốc Hưng", "Phó Giám đốc", "KT.")
    assert header.recipients == ["UBND tỉnh (b/c)"]


def test_header_signer_found_before_an_appendix() -> None:
    signer = parse_header(DECISION).signer
    assert signer is not None and DECISION[signer.span.start : signer.span.end] == "Đặng Quốc Hưng"  # type: ignore[union-attr]


def test_header_blank_number_keeps_symbol_and_blank_day_gives_no_date() -> None:
    header = parse_header(DISPATCH_BLANK)
    assert header.doc_type is DocType.CONG_VAN
    assert (header.number, header.symbol) == (None, "UBND-VP")
    assert header.issuer == "UBND huyện Văn Lãng" and header.parent_issuer is None
    assert (header.place, header.issue_date) == ("Văn Lãng", None)
    assert {e.code for e in header.errors} == {"number.blank", "issue_date.blank"}
    assert header.subject == "V/v tăng cường quản lý các đoàn đi công tác nước ngoài"
    assert header.recipients == ["Các phòng, ban thuộc huyện", "UBND các xã, thị trấn", "TT Huyện ủy"]


def test_header_ignores_incoming_stamp_and_copy_block() -> None:
    header = parse_header(PARTY_WITH_STAMP_AND_COPY)
    assert header.doc_type is DocType.KE_HOACH
    assert header.number == "1168-KH/TU"
    assert header.issuer == "Tỉnh ủy Cao Bằng"
    assert header.issue_date == dt.date(2015, 12, 7)
    assert header.signer is not None
    assert (header.signer.name, header.signer.title, header.signer.mode) == ("Đinh Thùy Ngân", "Phó Bí thư", "TM.")


def test_header_news_page_has_no_number_issuer_or_date() -> None:
    header = parse_header(NEWS)
    assert header.doc_type is DocType.OTHER
    assert (header.number, header.issuer, header.issue_date, header.signer) == (None, None, None, None)
    assert header.subject == "UBND tỉnh Phú Thọ chấn chỉnh việc cử cán bộ đi nước ngoài"


def test_header_survives_ocr_noise() -> None:
    header = parse_header(OCR_NOISY)
    assert header.doc_type is DocType.QUYET_DINH
    assert header.number == "88/QĐ-UBND"
    assert header.issue_date == dt.date(2024, 5, 3)


def test_header_low_confidence_number_is_null_with_a_note() -> None:
    header = parse_header(DECISION, {"215/QĐ-SNV": 21.0})
    assert header.number is None and header.symbol == "QĐ-SNV"
    assert "number.unreadable" in {e.code for e in header.errors}


@pytest.mark.parametrize(
    ("printed", "number", "symbol"),
    [
        ("1271/UBND-NC", "1271/UBND-NC", "UBND-NC"),
        ("15/2024/QĐ-UBND", "15/2024/QĐ-UBND", "2024/QĐ-UBND"),
        ("05 -KH/BTC-SNV", "05-KH/BTC-SNV", "KH/BTC-SNV"),
        ("1438-CV/TU", "1438-CV/TU", "CV/TU"),
        ("/UBND-VP", None, "UBND-VP"),
        ("40/2020/QD-UBND", "40/2020/QĐ-UBND", "2020/QĐ-UBND"),
        ("30/2020/NÐ-CP", "30/2020/NĐ-CP", "2020/NĐ-CP"),
        ("58/2012/QĐ-TTg", "58/2012/QĐ-TTg", "2012/QĐ-TTg"),
        ("1534CV/BKH-TH", "1534CV/BKH-TH", "BKH-TH"),  # a type glued to the serial, as an old ministry prints it
        # the number cell run into the dateline's place: the place's capital is no part of the symbol
        ("05/2017/TT-BNGHà Nội, ngày 17", "05/2017/TT-BNG", "2017/TT-BNG"),
        ("12/UBND-HTQTHà Nội, ngày 3", "12/UBND-HTQT", "UBND-HTQT"),
        ("15/QĐ-UBNDThái Bình, ngày 3", "15/QĐ-UBND", "QĐ-UBND"),
        # the subject line's "V/v" run into the number cell in a flattened copy
        ("2597/VPCP-NCV/v tổ chức họp mặt", "2597/VPCP-NC", "VPCP-NC"),
        ("45/UBND-SNV/v cử cán bộ", "45/UBND-SNV", "UBND-SNV"),  # a known part keeps its V
        # an older provincial symbol joined by a dot; a full stop before a sentence joins nothing
        ("63/2002/QĐ.UB", "63/2002/QĐ.UB", "2002/QĐ.UB"),
        ("12/QĐ-UBND. Theo đề nghị", "12/QĐ-UBND", "QĐ-UBND"),
        ("12/QĐ-UBND.Theo đề nghị", "12/QĐ-UBND", "QĐ-UBND"),
        # a party body's "TƯ" (Trung ương) kept whole, never cut before its "Ư"
        ("445-KL/TƯ", "445-KL/TƯ", "KL/TƯ"),
        ("13-NQ/TƯ của Tỉnh ủy", "13-NQ/TƯ", "NQ/TƯ"),
        ("07-CT/TƯ, ngày 3", "07-CT/TƯ", "CT/TƯ"),
        # a capitalised word of the next header cell glued on, cut at the known part it starts with
        ("367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH", "367-QĐ/TWĐTN-VP", "QĐ/TWĐTN-VP"),
        # a body after an en dash set with spaces, right after the type; a sentence's dash after a whole symbol is not
        ("881/TTr – SNV ngày 16/10/2006", "881/TTr–SNV", "TTr–SNV"),
        ("12/2003/QĐ – UBND", "12/2003/QĐ–UBND", "2003/QĐ–UBND"),
        ("12/QĐ-UBND – Về việc", "12/QĐ-UBND", "QĐ-UBND"),
        ("15/BC – Sở Nội vụ", "15/BC", "BC"),
        # an en dash a web copy's typography put for a hyphen, unspaced inside the symbol; a word glued on is not
        ("123/UBND–VP ngày 6/11/2001", "123/UBND–VP", "UBND–VP"),
        ("05–CT/TW", "05–CT/TW", "CT/TW"),
        ("12/QĐ-UBND–Ban hành", "12/QĐ-UBND", "QĐ-UBND"),
    ],
)
def test_header_number_forms(printed: str, number: str | None, symbol: str) -> None:
    parsed = parse_number(printed)
    assert parsed is not None and (parsed.number, parsed.symbol) == (number, symbol)


@pytest.mark.parametrize("printed", ["1O/QĐ-UBND", "12QĐ-UBND"])
def test_header_no_glued_type_without_its_slash(printed: str) -> None:
    """OCR's O for a zero is no type glued to the serial; a type glued with a dash after it is no number."""
    assert parse_number(printed) is None


@pytest.mark.parametrize(
    "printed", ["12-KL/Tư", "445-KL/TWơng", "3/BC-Tường", "8/UBND-Xã", "12/UBND-HTQTHÀ NỘI", "9/KH-ĐOÀN"]
)
def test_header_symbol_cut_inside_a_word_is_no_number(printed: str) -> None:
    """A symbol running into a letter no part holds: where it ends is unknown, so no number, never a cut one."""
    assert parse_number(printed) is None


@pytest.mark.parametrize(
    ("heading", "readable"),
    [
        ("SỞ NGOẠI VỤ", "Sở Ngoại vụ"),
        ("UBND TỈNH LẠNG SƠN", "UBND tỉnh Lạng Sơn"),
        ("PHÓ CHỦ TỊCH", "Phó Chủ tịch"),
        ("BAN THƯỜNG VỤ TỈNH ỦY", "Ban Thường vụ Tỉnh ủy"),
        ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "Sở Kế hoạch và Đầu tư"),
        # other offices' headings (texts8)
        ("TỔNG CỤC THUẾ", "Tổng cục Thuế"),
        ("TỔNG CÔNG TY ĐƯỜNG SẮT VIỆT NAM", "Tổng công ty đường sắt Việt Nam"),
        ("VĂN PHÒNG TRUNG ƯƠNG ĐẢNG", "Văn phòng Trung ương Đảng"),
        ("VIỆN HÀN LÂM KHOA HỌC XÃ HỘI VIỆT NAM", "Viện Hàn lâm khoa học xã hội Việt Nam"),
        ("ĐẢNG BỘ TỈNH ĐIỆN BIÊN", "Đảng bộ tỉnh Điện Biên"),
        ("UBND TP HUẾ", "UBND TP Huế"),
        ("PHÓ TỔNG CỤC TRƯỞNG", "Phó Tổng cục trưởng"),
        ("TỔNG GIÁM ĐỐC", "Tổng Giám đốc"),
    ],
)
def test_header_readable_case(heading: str, readable: str) -> None:
    assert readable_case(heading) == readable


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("UBND TÍNH BẮC KẠN", "UBND tỉnh Bắc Kạn"),  # OCR slip on the unit word is repaired
        ("UBND TĨNH HÀ TĨNH", "UBND tỉnh Hà Tĩnh"),  # ... but not the province Hà Tĩnh
        ("UBND TỈNH HÀ TĨNH", "UBND tỉnh Hà Tĩnh"),
        ("ỦY BAN NHÂN DÂN TÍNH HÀ TĨNH", "UBND tỉnh Hà Tĩnh"),
        ("TÍNH ỦY HÀ TĨNH", "Tỉnh ủy Hà Tĩnh"),
        ("UBND HUYỆN TĨNH GIA", "UBND huyện Tĩnh Gia"),  # a district named Tĩnh Gia
        ("ỦY BAN NHÂN DÂN TÍNH", "UBND tỉnh"),  # province name on the next line
    ],
)
def test_header_locality_repair_spares_place_names(heading: str, name: str) -> None:
    assert running_name(heading) == name


def test_header_signer_behind_ocr_junk_and_items_joined_on_one_line() -> None:
    """Regression: the OCR of a handwritten signature left a junk line between title and name, and the
    'Nơi nhận' list started after './.' on the body's last line with two items on one line."""
    text = (
        "UBND TỈNH CAO BẰNG\nSố: 1524/UBND-TH\nV/v chấn chỉnh đoàn ra\nCao Bằng, ngày 17 tháng 9 năm 2025\n"
        "Nội dung.\nthực hiện nghiêm túc nội dung Công văn này./.Nơi nhận:\n- Như trên;\n- Bộ Ngoại giao (b/c);\n"
        "- Sở Ngoại vụ; - Lưu: VT, NC.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nwwyW\nNguyễn Thanh Hằng\n"
    )
    header = parse_header(text)
    assert header.signer is not None
    assert (header.signer.name, header.signer.title, header.signer.mode) == ("Nguyễn Thanh Hằng", "Phó Chủ tịch", "KT.")
    assert header.recipients == ["Bộ Ngoại giao (b/c)", "Sở Ngoại vụ"]


def test_issuer_takes_the_datelines_spelling_of_its_place() -> None:
    text = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGAI\nSố: 24/TTr-UBND\nQuảng Ngãi, ngày 07 tháng 02 năm 2025\nTỜ TRÌNH\nVề việc"
    assert parse_header(text).issuer == "UBND tỉnh Quảng Ngãi"


def test_signer_on_an_inner_page_and_not_the_unsigned_draft_after_it() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 22/TTr-UBND\nQuảng Ngãi, ngày 10 tháng 01 năm 2025\nTỜ TRÌNH\n"
        "Về việc ban hành Nghị quyết\nKính gửi: Hội đồng nhân dân tỉnh\nNội dung trình.\f"
        "Kính trình HĐND tỉnh xem xét./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
        "Trần Phước Hiền\f"
        "DỰ THẢO\nHỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NGÃI\nNGHỊ QUYẾT\nĐiều 1. Nội dung.\nCHỦ TỊCH\nBùi Thị Quỳnh Vân"
    )
    signer = parse_header(text).signer
    assert signer is not None and signer.name == "Trần Phước Hiền" and signer.mode == "KT."
    assert signer.span is not None and signer.span.page == 2


def _at(text: str, span: Span | None) -> str | None:
    return None if span is None else text[span.start : span.end]


def test_header_spans_point_at_where_each_value_was_read() -> None:
    spans = parse_header(DECISION).header_spans
    read = [_at(DECISION, s) for s in (spans.number, spans.parent_issuer, spans.issuer, spans.place, spans.issue_date)]
    assert read == ["215/QĐ-SNV", "UBND TỈNH HÀ GIANG", "SỞ NGOẠI VỤ", "Hà Giang", "ngày 07 tháng 4 năm 2024"]
    assert _at(DECISION, spans.subject) == "Về việc cử cán bộ đi công tác tại Nhật Bản"
    assert spans.number is not None and spans.number.page == 1


def test_header_spans_over_lines_and_for_values_read_in_part() -> None:
    spans = parse_header(DISPATCH_BLANK).header_spans  # blank number and day: the symbol and month are read
    assert _at(DISPATCH_BLANK, spans.number) == "/UBND-VP"
    assert _at(DISPATCH_BLANK, spans.issuer) == "ỦY BAN NHÂN DÂN\nHUYỆN VĂN LÃNG" and spans.parent_issuer is None
    assert _at(DISPATCH_BLANK, spans.issue_date) == "ngày   tháng 10 năm 2023"
    assert _at(DISPATCH_BLANK, spans.subject) == "V/v tăng cường quản lý các\nđoàn đi công tác nước ngoài"
    party = parse_header(PARTY_WITH_STAMP_AND_COPY).header_spans  # "Tỉnh ủy Cao Bằng" is read from both lines
    assert _at(PARTY_WITH_STAMP_AND_COPY, party.issuer) == "ĐẢNG BỘ TỈNH CAO BẰNG\nTỈNH ỦY"
    assert _at(PARTY_WITH_STAMP_AND_COPY, party.issue_date) == "ngày 7 tháng 12\nnăm 2015"


def test_header_spans_of_a_news_page_and_of_unread_values() -> None:
    news = parse_header(NEWS).header_spans
    assert _at(NEWS, news.subject) == "UBND tỉnh Phú Thọ chấn chỉnh việc cử cán bộ đi nước ngoài"
    assert (news.number, news.issuer, news.place, news.issue_date) == (None, None, None, None)
    blank = parse_header(DECISION.replace("07 tháng 4", "   tháng   "))  # neither date nor month: no span
    assert (blank.issue_date, blank.issue_date_partial, blank.header_spans.issue_date) == (None, None, None)
    assert _at(DECISION, blank.header_spans.place) == "Hà Giang"


def test_extract_header_writes_every_header_field_onto_the_document() -> None:
    document = extract_header(Document(source=Source(path="d.txt", sha256="0" * 64, pages=1), text=DECISION))
    header = parse_header(DECISION)
    assert {name: getattr(document, name) for name in HeaderFields.model_fields} == {
        name: getattr(header, name) for name in HeaderFields.model_fields
    }
    assert document.errors == header.errors


def test_header_place_read_around_a_motto_spans_the_stretch_it_was_read_from() -> None:
    text = "UBND TỈNH X\nSố: 5/QĐ-UBND\nLạng Độc lập - Tự do - Hạnh phúc Sơn, ngày 03 tháng 5 năm 2024\nQUYẾT ĐỊNH\n"
    header = parse_header(text)
    assert header.place == "Lạng Sơn"
    assert _at(text, header.header_spans.place) == "Lạng Độc lập - Tự do - Hạnh phúc Sơn"


SCANNED_DISPATCH = """ỦY BAN NHÂN DÂN
TỈNH KON TUM
Số: h1 )6/72 5, /UBND-NC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kon Tum, ngày #9 (SE hÃ tháng 01 năm 2024
V/v tăng cường quản lý hoạt động
đoàn ra năm 2024
Kính gửi: - Các sở, ban, ngành thuộc tỉnh;
"""
"""Tesseract's reading of the blind scenario's dispatch scan: the pen-written number and day are garble."""


def test_header_of_a_scan_whose_hand_filled_number_ocr_garbled_keeps_its_layout() -> None:
    """The "Số:" line with garble before the symbol is still the number line (it was taken for a news headline:
    no number, issuer or date, and the garble as subject); the digits come from the slot when read for sure."""
    from schemas.document import Box, HandFilled

    box = Box(left=550, top=410, width=160, height=90)
    sure = [
        HandFilled(slot="number", text="45", score=1.0, box=box),
        HandFilled(slot="day", text="08", score=1.0, box=box),
    ]
    header = parse_header(SCANNED_DISPATCH, ocr=True, hand_filled=sure)
    assert (header.doc_type, header.number, header.symbol) == (DocType.CONG_VAN, "45/UBND-NC", "UBND-NC")
    assert (header.issuer, header.place, header.issue_date) == ("UBND tỉnh Kon Tum", "Kon Tum", dt.date(2024, 1, 8))
    assert header.subject == "V/v tăng cường quản lý hoạt động đoàn ra năm 2024"
    unread = parse_header(SCANNED_DISPATCH, ocr=True)  # no slot read: the number is null, with why
    assert (unread.number, unread.symbol, unread.issue_date, unread.issue_date_partial) == (
        None,
        "UBND-NC",
        None,
        "2024-01",
    )
    assert [e.code for e in unread.errors if e.code.startswith("number")] == ["number.unreadable"]


@pytest.mark.parametrize(
    "line",
    ["Số: 12 người/đoàn", "Số người/đoàn không quá 10"],  # a body line is no number line
)
def test_header_garble_needs_the_label_and_a_symbol(line: str) -> None:
    header = parse_header(f"ỦY BAN NHÂN DÂN\nTỈNH X\n{line}\nQUYẾT ĐỊNH\nVề việc cử đoàn\n")
    assert header.symbol is None and header.number is None


@pytest.mark.parametrize(
    ("text", "wording"),
    [
        ("V/v tăng cường quản lý hoạt động đoàn ra năm 2024", True),
        ("V/v cử đoàn đi Nhật Bản từ 12/3/2025 đến 20/3/2025", True),
        ("V/v góp ý dự thảo Nghị định số 15/2024/NĐ-CP ngày 12/3/2024", True),
        ("Kế hoạch 2025", True),
        ("Số: h1 )6/72 5, /UBND-NC", False),  # the number line: the garbled subject the rule showed as its source
        ("h1 )6/72 5, /UBND-NC", False),
        ("Số: 45/UBND-NC", False),
        ("A1 ;2 )/", False),
    ],
)
def test_header_a_subject_is_words_not_a_number_line(text: str, wording: bool) -> None:
    from extractors.header import is_wording

    assert is_wording(text) is wording


def test_header_a_page_with_no_number_line_takes_no_garble_for_its_headline() -> None:
    text = "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố h1 )6/72 5, 7\nBáo Kon Tum điện tử đưa tin về đoàn ra\n"
    assert parse_header(text).subject == "Báo Kon Tum điện tử đưa tin về đoàn ra"


@pytest.mark.parametrize(
    ("number_line", "cited"),
    [
        ("Số:", "số 40/TTr-SNNMT ngày 14/3/2025."),  # the slot's digits lost entirely
        ("Số: ~ ~", "số 158/TTr-SCT ngày 27/8/2025."),
        ("Số: ‹ ¦", "Số 21/CV-SNgV ngày 02/5/2025 về việc cử cán bộ."),
    ],
)
def test_header_a_citation_wrapped_to_a_line_start_is_never_the_number(number_line: str, cited: str) -> None:
    """A scan whose number line was unreadable: the preamble's "… tại Tờ trình\\nsố 40/TTr-SNNMT" starts a line
    like a "Số:" label, but the header ends where the body begins: no number rather than another document's."""
    text = (
        f"ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n{number_line}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nHà Tĩnh, ngày 24 tháng 3 năm 2025\nQUYẾT ĐỊNH\n"
        "Về việc cử đoàn đi công tác tại Nhật Bản\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n"
        "Xét đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình\n"
        f"{cited}\nQUYẾT ĐỊNH:\nĐiều 1. Cử ông Võ Quang Huy đi công tác tại Nhật Bản.\n"
    )
    header = parse_header(text, ocr=True)
    assert header.number is None
    assert header.symbol is None or ("TTr" not in header.symbol and "CV" not in header.symbol)


@pytest.mark.parametrize(
    ("line", "symbol"),
    [
        ("Số: .QĐ-UBND", "QĐ-UBND"),  # pen digits written over the "/": tesseract kept a speck of it
        ("Số: 126.QĐ-UBND", "QĐ-UBND"),
        ("Số: |TTr-SNV", "TTr-SNV"),
        ("Số: .Đ-UBND", None),  # the pen took "/Q" too: no known type, no symbol (never "UBND")
        ("Số: /(')-UBND", None),  # the pen's last digit ran over the type: "1970" gave "197-UBND" before
        ("Số: h1 )6/72 5,/QĐ-UBND", "QĐ-UBND"),  # a "/" before the symbol is still the one taken
        ("Số: 2.34ØQĐĐ-UBND", "QĐ-UBND"),  # the pen's 0 over the "/" read as one slashed "Ø"
        ("Số: 2.34ÂQĐ-UBND", None),  # a letter glued to the type: no symbol of its own
    ],
)
def test_a_symbol_whose_slash_the_pen_covered(line: str, symbol: str | None) -> None:
    text = (
        f"ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n{line}\nQuảng Ngãi, ngày 21 tháng 01 năm 2025\nQUYẾT ĐỊNH\nVề việc\nCăn cứ"
    )
    header = parse_header(text, ocr=True)
    assert (header.number, header.symbol) == (None, symbol)


@pytest.mark.parametrize(
    ("number", "doc_type", "expected"),
    [
        ("89/Qb-UBND", DocType.QUYET_DINH, "89/QĐ-UBND"),  # a 1-bit scan's "Đ"
        ("12/2025/Qb-UBND", DocType.QUYET_DINH, "12/2025/QĐ-UBND"),
        ("45/TTx-SNV", DocType.TO_TRINH, "45/TTr-SNV"),
        ("45/Xb-SNV", DocType.QUYET_DINH, "45/Xb-SNV"),  # two letters off: as read
        ("5/BC-SNV", DocType.QUYET_DINH, "5/BC-SNV"),  # a known type: never changed by the title
        ("574/UBND-KTTH", DocType.CONG_VAN, "574/UBND-KTTH"),  # a known body first
    ],
)
def test_a_misread_type_part_is_the_one_the_title_gives(number: str, doc_type: DocType, expected: str) -> None:
    from extractors.docnumber import typed_by_title

    assert typed_by_title(number, doc_type) == expected


_REPORT_TOP = (
    "UBND TỈNH SƠN LA\nSỞ CÔNG THƯƠNG\nSố: 12/BC-SCT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n{}\nBÁO CÁO\nKết quả chuyến công tác tại Lào\n"
    "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Sơn La.\nThực hiện Quyết định số 86/QĐ-UBND ngày 20/01/2026 của Chủ tịch\n"
)


@pytest.mark.parametrize(
    ("dateline", "date", "place"),
    [
        ("SơnLra ngày 25 tháng 02 năm 2026", dt.date(2026, 2, 25), None),  # the comma lost, the place garbled
        ("Sơniangày 24 tháng 8 năm 2026", dt.date(2026, 8, 24), None),  # "ngày" glued to the place
        ("sơnLa,ngày 24 tháng 7năm 2026", dt.date(2026, 7, 24), None),  # the place's capital lost
        ("Sơn La, ngày 24 tháng 7 năm 2026", dt.date(2026, 7, 24), "Sơn La"),
        ("đi nước ngoài ngày 24 tháng 7 năm 2026", None, None),  # a sentence, not a dateline
    ],
)
def test_header_dateline_as_ocr_damaged_it(dateline: str, date: dt.date | None, place: str | None) -> None:
    header = parse_header(_REPORT_TOP.format(dateline))
    assert (header.issue_date, header.place) == (date, place)


def test_a_number_glued_to_the_datelines_place_keeps_the_place() -> None:
    text = "BỘ NGOẠI GIAO\nSố: 05/2017/TT-BNGHà Nội, ngày 17 tháng 10 năm 2017\nTHÔNG TƯ\nHướng dẫn về nghi lễ\n"
    header = parse_header(text)
    assert (header.number, header.place, header.issue_date) == ("05/2017/TT-BNG", "Hà Nội", dt.date(2017, 10, 17))


@pytest.mark.parametrize(
    ("number", "vv", "doc_type"),
    [
        ("84/2005/LPQT", "", DocType.OTHER),  # a year in the number, no type and no V/v: no công văn
        ("84/2005/LPQT", "V/v hiệu lực của Hiệp định\n", DocType.CONG_VAN),
        ("1271/UBND-NC", "", DocType.CONG_VAN),
    ],
)
def test_a_number_with_a_year_and_no_type_is_a_cong_van_only_with_its_v_v(
    number: str, vv: str, doc_type: DocType
) -> None:
    text = f"BỘ NGOẠI GIAO\nSố: {number}\n{vv}Hà Nội, ngày 04 tháng 08 năm 2005\nHiệp định có hiệu lực./.\n"
    assert parse_header(text).doc_type is doc_type


@pytest.mark.parametrize(
    ("title", "cited", "doc_type"),
    [
        (
            "QUY CHẾ QUẢN LÝ HOẠT ĐỘNG ĐỐI NGOẠI",
            "(Ban hành kèm theo Quyết định số: 4068/QĐ-HVCTQG ngày 11/9/2014",
            "quy_che",
        ),
        ("QUY ĐỊNH VỀ CÔNG TÁC ĐỐI NGOẠI", "(Ban hành kèm theo Quyết định số: 12/QĐ-UBND ngày 3/5/2020", "quy_dinh"),
        ("HƯỚNG DẪN THỰC HIỆN CHẾ ĐỘ", "theo Kế hoạch số: 7/KH-SNV ngày 2/2/2021", "huong_dan"),
    ],
)
def test_header_flattened_onto_one_line_titled_after_the_motto(title: str, cited: str, doc_type: str) -> None:
    """The type named right after the motto; the number of the document cited under the title is not this one's."""
    text = (
        f"HỌC VIỆN CHÍNH TRỊ QUỐC GIA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc {title} "
        f"{cited} của Giám đốc) Chương I NHỮNG QUY ĐỊNH CHUNG Điều 1. Phạm vi điều chỉnh\n"
    )
    header = parse_header(text)
    assert (header.doc_type, header.number) == (doc_type, None)


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Nghị quyết số: 653/2019/UBTVQH14", "653/2019/UBTVQH14"),
        ("UBND TỈNH BÌNH ĐỊNH QUYẾT ĐỊNH Số: 12/QĐ-UBND", "12/QĐ-UBND"),
    ],
)
def test_header_own_kind_before_its_number_keeps_it(line: str, number: str) -> None:
    """A kind opening the line, or printed in capitals, before "số:" is the document's own, not a citation."""
    header = parse_header(f"ỦY BAN THƯỜNG VỤ QUỐC HỘI\n{line}\nHà Nội, ngày 12 tháng 3 năm 2019\n")
    assert header.number == number


@pytest.mark.parametrize("kind", ["SẮC LỆNH", "PHÁP LỆNH"])
def test_header_old_title_lines_of_a_kind_that_is_no_doc_type_name_no_issuer(kind: str) -> None:
    """ "SẮC LỆNH / CỦA CHỦ TỊCH CHÍNH PHỦ" above the number is the title running on, not the issuing body;
    a body printed above such a title is still read."""
    titled = (
        f"{kind}\nCỦA CHỦ TỊCH CHÍNH PHỦ\nSỐ 27A/SL NGÀY 2 THÁNG 6 NĂM 1949\n"
        "CHỦ TỊCH NƯỚC VIỆT NAM DÂN CHỦ CỘNG HOÀ\nChiểu nhu cầu công tác;\n"
    )
    assert parse_header(titled).issuer is None
    bodied = f"BỘ NỘI VỤ\nSố: 12/BNV\n{kind}\nVỀ VIỆC THÀNH LẬP HỘI ĐỒNG\n"
    assert parse_header(bodied).issuer == "Bộ Nội vụ"


def test_a_fax_label_read_sa_before_garble_and_a_symbol_still_says_why_the_number_is_null() -> None:
    """Scenario 22's 4288 on a fax: "Sấ: 42ØØ'QĐb-BNNMT" — no "Số:" line was found and the number was null with no
    error; now it is the number line, unreadable."""
    text = "BỘ NÔNG NGHIỆP\nVÀ MÔI TRƯỜNG\nSấ: 42ØØ'QĐb-BNNMT\nHà Nội, ngày 11 tháng 11 năm 2026\nQUYẾT ĐỊNH\nVề"
    header = parse_header(text, ocr=True)
    assert header.number is None
    assert "number.unreadable" in {e.code for e in header.errors}


def test_a_fax_label_read_se_is_the_number_line() -> None:
    """Scenario 23's 1012 on a fax: "sẽ: 1012 /QĐĐĐ-UBND" was no "Số:" line, and the number was null with no error."""
    text = "ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nsẽ: 1012 /QĐĐĐ-UBND\nPhú Thọ, ngày 21 tháng 8 năm 2026\nQUYẾT ĐỊNH\nVề"
    assert parse_header(text, ocr=True).number == "1012/QĐ-UBND"


def test_a_cong_vans_long_subject_is_no_body_and_the_dateline_under_it_is_read() -> None:
    """A web copy prints the "V/v" subject on one line longer than a paragraph's threshold, then the dateline: the
    subject is the header's, so the dateline under it dates the document (written here)."""
    text = (
        "BỘ NGOẠI GIAO\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
        "Số: 1203/NG-LS\nV/v hướng dẫn thủ tục cấp, gia hạn hộ chiếu ngoại giao và hộ chiếu công vụ cho cán bộ, công "
        "chức của các cơ quan Trung ương và địa phương đi công tác nước ngoài theo quy định mới\n\n"
        "Hà Nội, ngày 7 tháng 4 năm 2016\n\nKính gửi: Các Bộ, cơ quan ngang Bộ"
    )
    header = parse_header(text)
    assert (header.place, header.issue_date) == ("Hà Nội", dt.date(2016, 4, 7))


@pytest.mark.parametrize(
    ("dateline", "month_slot", "date"),
    [
        ("Hà Nội, ngày 2 ƒ_\ntháng 7 năm 2026\nBÁO CÁO", None, dt.date(2026, 7, 21)),  # the tail on the next line
        ("Hà Nội, ngày\nBÁO CÁO\ntháng 7 năm 2026", None, dt.date(2026, 7, 21)),  # below the title
        ("Hà Nội, ngày 2 tháng ÍÍ\nnăm 2026\nBÁO CÁO", "11", dt.date(2026, 11, 21)),  # the month by pen, the year below
        ("Hà Nội, ngày 2 ƒ_\nBÁO CÁO\nKết quả công tác tại Lào năm 2026", None, None),  # no tail: no month, no year
    ],
)
def test_a_dateline_broken_by_its_pen_day_takes_month_and_year_from_its_tail(
    dateline: str, month_slot: str | None, date: dt.date | None
) -> None:
    """A pen-filled day made tesseract break the dateline: the printed "tháng 7 năm 2026" came on a line of its own.
    The day read for sure from its slot dates the document with that month and year."""
    from schemas.document import Box, HandFilled

    box = Box(left=1600, top=410, width=90, height=70)
    slots = [HandFilled(slot="day", text="21", score=1.0, box=box)]
    if month_slot is not None:
        slots.append(HandFilled(slot="month", text=month_slot, score=1.0, box=box))
    text = (
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nĐẠI HỌC BÁCH KHOA HÀ NỘI\nSố: 231/BC-ĐHBK\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"Độc lập - Tự do - Hạnh phúc\n{dateline}\nKết quả chuyến công tác tại Hoa Kỳ\n"
        "Kính gửi: Bộ Giáo dục và Đào tạo.\n"
    )
    header = parse_header(text, ocr=True, hand_filled=slots)
    assert header.issue_date == date
    assert header.subject is not None and header.subject.startswith("Kết quả")


@pytest.mark.parametrize("printed", ["số l2 -qb/TU", "Số: 1S -qđ/TU"])
def test_a_party_numbers_type_read_in_small_letters_is_the_titles_type_never_a_bare_tail(printed: str) -> None:
    """A party decision's "12-QĐ/TU" whose type OCR read in small letters ("-qb/TU"): "TU" after the "/" is only the
    symbol's tail (the pen's 12 with it made the wrong number "12/TU"); the type is the title's (QUYẾT ĐỊNH), the
    digits the slot's; with no slot read the number is null, with why."""
    from schemas.document import Box, HandFilled

    dateline = "ĐẢNG CỘNG SẢN VIỆT NAM\nĐồng Nai, ngày 2 tháng 3 năm 2026"
    text = f"TỈNH ỦY ĐỒNG NAI\n{printed}\n{dateline}\nQUYẾT ĐỊNH\ncử cán bộ\n"
    sure = [HandFilled(slot="number", text="12", score=1.0, box=Box(left=300, top=400, width=120, height=90))]
    header = parse_header(text, ocr=True, hand_filled=sure)
    assert (header.number, header.symbol) == ("12-QĐ/TU", "QĐ/TU")
    unread = parse_header(text, ocr=True)
    assert unread.number is None and unread.symbol in (None, "QĐ/TU")
    assert [e.code for e in unread.errors if e.code.startswith("number")] == ["number.unreadable"]


@pytest.mark.parametrize(
    ("dateline", "date", "subject"),
    [
        ("Hà Nội, ngày 3 0 tháng 9", dt.date(2026, 9, 21), "Kết quả chuyến công tác tại Lào"),  # the year is its
        ("Hà Nội, ngày 3 0 tháng 9 năm 2025", dt.date(2025, 9, 21), "Kết quả chuyến công tác tại Lào năm 2026"),
    ],
)
def test_a_dateline_ending_at_its_month_takes_its_year_from_after_the_subjects_first_line(
    dateline: str, date: dt.date | None, subject: str
) -> None:
    """The scan's read order put the header's right column beside the title: "năm 2026" came alone after the
    subject's first line. A dateline that stops at its month takes it (the day from its slot); one that has its year
    leaves it to the subject."""
    from schemas.document import Box, HandFilled

    slots = [HandFilled(slot="day", text="21", score=1.0, box=Box(left=1600, top=410, width=90, height=70))]
    text = (
        "UBND TỈNH ĐỒNG NAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG Độc lập - Tự do - Hạnh phúc\n"
        f"Số: 31/BC-SNNMT {dateline}\nBÁO CÁO\nKết quả chuyến công tác tại Lào\nnăm 2026\n"
        "Kính gửi: Ủy ban nhân dân tỉnh Đồng Nai.\n"
    )
    header = parse_header(text, ocr=True, hand_filled=slots)
    assert (header.issue_date, header.subject) == (date, subject)
