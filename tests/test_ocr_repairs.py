"""OCR-garbled forms the field extractors read back: signature titles, recipients, family names, wrapped
names and table columns. Each repair applies to OCR text only, so clean text is never changed by it."""

import pytest

from extractors.docnumber import repair_symbol
from extractors.header import parse_header
from extractors.ocr_titles import match_title, repair_unit
from extractors.people import extract_people, find_people, repair_family
from schemas.document import Document, Signer, Source, TextSource, Trip, TripMember


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("PHÒÔ TỊCH ì", "PHÓ CHỦ TỊCH"),  # "CHỦ" lost, a speck after
        ("7 7 PHÓCHỦTỊCH", "PHÓ CHỦ TỊCH"),  # spaces lost, digits of the seal before
        ("PHÓ GIÁM ĐÔC", "PHÓ GIÁM ĐỐC"),
        ("GIÁM ĐÓC", "GIÁM ĐỐC"),
        ("PHO CHU TICH", "PHÓ CHỦ TỊCH"),  # diacritics lost
        ("PHÓ TRUONG PHONG", "PHÓ TRƯỞNG PHÒNG"),
    ],
)
def test_garbled_signature_title_is_matched(line: str, title: str) -> None:
    assert match_title(line) == title


@pytest.mark.parametrize(
    "line",
    [
        "CHỦ CEO",  # too far from any title to be sure
        '“»"A/^',  # the scrawl of a signature
        "CỐ",
        "IV AYA4",
        "TM. ỦY BAN NHÂN DÂN",
        "UBND HUYỆN VĂN LÃNG",
        "SAO Y BẢN CHÍNH",
        "DANH SÁCH ĐOÀN CÔNG TÁC",
        "BAN THƯỜNG VỤ",
        "THƯ KÝ",
    ],
)
def test_other_heading_lines_are_not_titles(line: str) -> None:
    assert match_title(line) is None


SIGNED = """UBND TỈNH HÀ GIANG
Số: 77/UBND-NC
V/v quản lý đoàn ra
Hà Giang, ngày 03 tháng 5 năm 2025
Kính gửi: Các sở, ban, ngành tỉnh.
Đề nghị các cơ quan thực hiện nghiêm túc./.
Nơi nhận:
- Như trên;
{recipients}
KT. CHỦ TỊCH
{title}
{scrawl}
{name}
"""


def _signed(
    title: str = "PHÓ CHỦ TỊCH", scrawl: str = "“»A/^", name: str = "Triệu Lan Trang", recipients: str = ""
) -> str:
    return SIGNED.format(title=title, scrawl=scrawl, name=name, recipients=recipients or "- Lưu: VT.")


@pytest.mark.parametrize(
    ("text", "ocr", "name", "title"),
    [
        (_signed(), True, "Triệu Lan Trang", "Phó Chủ tịch"),
        (_signed(title="PHÒÔ TỊCH ì"), True, "Triệu Lan Trang", "Phó Chủ tịch"),
        (_signed(title="PHÒÔ TỊCH ì"), False, "Triệu Lan Trang", "Chủ tịch"),  # clean text: no guessing
        (_signed(scrawl="A.w-Nguyễn", name="Hữu Đạt"), True, "Nguyễn Hữu Đạt", "Phó Chủ tịch"),
        (_signed(scrawl="A.w-Nguyễn", name="Hữu Đạt"), False, "Hữu Đạt", "Phó Chủ tịch"),
        (_signed(scrawl="Nguyễn", name="Hữu Đạt"), True, "Nguyễn Hữu Đạt", "Phó Chủ tịch"),  # name wrapped
        (_signed(scrawl="A.w-Vy", name="Hữu Đạt"), True, "Hữu Đạt", "Phó Chủ tịch"),  # "Vy": no family name
    ],
)
def test_signer_from_ocr(text: str, ocr: bool, name: str, title: str) -> None:
    signer = parse_header(text, ocr=ocr).signer
    assert signer is not None
    assert (signer.name, signer.title, signer.mode) == (name, title, "KT.")


@pytest.mark.parametrize(
    ("recipients", "expected"),
    [
        ("- Bộ Ngoại giao (b/€);\n- Lưu: VT.", ["Bộ Ngoại giao (b/c)"]),
        ("~ UBND tỉnh (b/);\n- Sở Ngoại vụ;\n- Lưu: VT.", ["UBND tỉnh (b/c)", "Sở Ngoại vụ"]),
        ("- Thường trực Tỉnh ủy, - Lưu Văn phòng Tỉnh ủy.", ["Thường trực Tỉnh ủy"]),
        ("- Công an tỉnh; - Lưu: VT; NV. - Thường trực Tỉnh ủy (b/c);", ["Công an tỉnh", "Thường trực Tỉnh ủy (b/c)"]),
        ("- Sở Ngoại vụ;\nLãnh đạo UBND tỉnh;\n~ Lưu: VT, TH.", ["Sở Ngoại vụ", "Lãnh đạo UBND tỉnh"]),
    ],
)
def test_recipients_from_ocr(recipients: str, expected: list[str]) -> None:
    header = parse_header(_signed(recipients=recipients), ocr=True)
    assert header.recipients == ["Các sở, ban, ngành tỉnh", *expected]


def test_a_body_line_after_the_list_is_not_a_recipient() -> None:
    text = _signed(recipients="- Sở Ngoại vụ;\nĐề nghị các đơn vị thực hiện nghiêm túc nội dung này;")
    assert parse_header(text, ocr=True).recipients == ["Các sở, ban, ngành tỉnh", "Sở Ngoại vụ"]


@pytest.mark.parametrize(
    ("name", "repaired"),
    [
        ("Định Mạnh Toàn", "Đinh Mạnh Toàn"),
        ("Hồ Đức Cường", "Hồ Đức Cường"),
        ("Đình Thăng", "Đình Thăng"),  # two syllables: the family name was more likely lost
        ("Doan Văn Bình", "Doan Văn Bình"),  # Doãn or Đoàn: ambiguous, left alone
        ("Lệ Thị Hoa", "Lê Thị Hoa"),
    ],
)
def test_family_name_tone_slip(name: str, repaired: str) -> None:
    assert repair_family(name) == repaired


def test_family_name_repair_only_on_ocr_text() -> None:
    text = "Văn bản do Phó Bí thư Tỉnh ủy Tây Ninh Định Thùy Nga ký."
    assert [(p.name, p.title) for p in find_people(text, ocr=True)] == [("Đinh Thùy Nga", "Phó Bí thư")]
    assert [p.name for p in find_people("Ông Định Mạnh Toàn, Chuyên viên Sở Y tế.")] == ["Định Mạnh Toàn"]


def _document(text: str, trip: Trip | None = None, signer: Signer | None = None) -> Document:
    source = Source(path="x.pdf", sha256="0", pages=1, text_source=TextSource.OCR)
    return Document(source=source, text=text, trip=trip, signer=signer)


def test_a_name_wrapped_at_the_margin_keeps_its_title() -> None:
    text = "Điều 1. Cử bà Lương Thu Hằng, Trưởng phòng Sở Nội vụ; ông Bùi Công\nNghĩa, Chuyên viên Sở Nội vụ đi."
    people = extract_people(_document(text)).people
    assert [(p.name, p.title) for p in people] == [
        ("Lương Thu Hằng", "Trưởng phòng"),
        ("Bùi Công Nghĩa", "Chuyên viên"),
    ]


def test_table_read_column_by_column_takes_titles_from_the_members() -> None:
    """OCR gave the names column, then the titles column: the running-text patterns pair the last name with
    the first title; the delegation members (grouped by word boxes) are right and win."""
    text = "DANH SÁCH ĐOÀN\n1 |Vũ Đình Hưởng\n2 |Hồ Đức Cường\nPhó Giám đốc Sở Y tế\nChuyên viên Sở Y tế\n"
    members = [
        TripMember(name="Vũ Đình Hưởng", title="Phó Giám đốc", unit="Sở Y tế"),
        TripMember(name="Hồ Đức Cường", title="Chuyên viên", unit="Sở Y tế"),
        TripMember(name="Kiên", title="Chuyên viên"),  # a fragment, not a name: not added
    ]
    people = extract_people(_document(text, trip=Trip(members=members))).people
    assert sorted((p.name, p.title) for p in people) == [
        ("Hồ Đức Cường", "Chuyên viên"),
        ("Vũ Đình Hưởng", "Phó Giám đốc"),
    ]


@pytest.mark.parametrize(
    ("unit", "repaired"),
    [
        ("Sở CôngThươg", "Sở Công Thương"),  # a space and a letter lost
        ("Sở Kế hoạch và Đầutư", "Sở Kế hoạch và Đầu tư"),
        ("Sở Ngoai vụ", "Sở Ngoại vụ"),  # a tone mark lost
        ("Sở Công thương", "Sở Công thương"),  # only capitals differ: kept as printed
        ("Sở Du lịch", "Sở Du lịch"),  # not close enough to any department
        ("Sở Văn hóa và Thể thao", "Sở Văn hóa và Thể thao"),
        ("Ban Quản lý Khu kinh tế", "Ban Quản lý Khu kinh tế"),  # not a sở
        # a fax's "Sở" with its hook or "ơ" misread, and the "T" of "Thương" read as a stem
        ("Sử Công Ihương", "Sở Công Thương"),
        ("Sờ Công 1hương", "Sở Công Thương"),
        ("Sớ Công thương", "Sở Công thương"),
        ("Sử học", "Sử học"),  # no department after it: as read
        ("Sự nghiệp Y tế", "Sự nghiệp Y tế"),
        ("SỞ Y TẾ", "SỞ Y TẾ"),  # capitals: as printed
    ],
)
def test_department_names_from_ocr(unit: str, repaired: str) -> None:
    assert repair_unit(unit) == repaired


@pytest.mark.parametrize(
    ("symbol", "repaired"), [("TIr-SNV", "TTr-SNV"), ("Tlr-SNV", "TTr-SNV"), ("TTr-SNV", "TTr-SNV")]
)
def test_submission_symbol_look_alikes(symbol: str, repaired: str) -> None:
    assert repair_symbol(symbol) == repaired
