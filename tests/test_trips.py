"""Trips from decisions: every member-list form, every date form, funding kinds, inviter, purpose."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.date_ranges import find_period
from extractors.document import extract_fields
from extractors.funding import find_funding
from extractors.members import find_members
from extractors.trips import (
    PERIOD_DOUBT,
    find_declared_size,
    find_submission,
    is_urgent,
    joins_central_delegation,
)
from schemas.document import Document, Funding, Source, TripMember

D = dt.date

HEADER = """ỦY BAN NHÂN DÂN
TỈNH CAO BẰNG
Số: 212/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cao Bằng, ngày 14 tháng 4 năm 2025
QUYẾT ĐỊNH
Về việc cử cán bộ đi công tác nước ngoài
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG
Căn cứ Thông tư số 102/2012/TT-BTC về chế độ công tác phí do ngân sách nhà nước bảo đảm kinh phí;
Xét đề nghị của Giám đốc Sở Ngoại vụ tại Tờ trình số 40/TTr-SNV ngày 07/4/2025.
QUYẾT ĐỊNH:
"""
FOOTER = """Điều 3. Chánh Văn phòng UBND tỉnh và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đinh Quang Kiên
"""


def decision(body: str) -> Document:
    text = HEADER + body + FOOTER
    return extract_fields(Document(source=Source(path="qd.txt", sha256="1" * 64, pages=1), text=text))


def names(members: list[TripMember]) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(m.name, m.title, m.unit, m.role) for m in members]


EXPECTED = [
    ("Bùi Văn Khánh", "Giám đốc", "Sở Ngoại vụ", "trưởng đoàn"),
    ("Lục Thị Yến", "Phó Giám đốc", "Sở Công Thương", None),
    ("Tạ Minh Đạt", "Chuyên viên", "Sở Ngoại vụ", None),
]

MEMBER_FORMS = {
    "numbered": """Điều 1. Cử đoàn công tác gồm các ông (bà) có tên sau:
1. Ông Bùi Văn Khánh, Giám đốc Sở Ngoại vụ – Trưởng đoàn;
2. Bà Lục Thị Yến, Phó Giám đốc Sở Công Thương;
3. Ông Tạ Minh Đạt, Chuyên viên Sở Ngoại vụ.
""",
    "dashed, role in brackets": """Điều 1. Cử các đồng chí sau đây:
- Đồng chí Bùi Văn Khánh, Giám đốc Sở Ngoại vụ (Trưởng đoàn);
- Đồng chí Lục Thị Yến, Phó Giám đốc Sở Công Thương;
- Đồng chí Tạ Minh Đạt, Chuyên viên Sở Ngoại vụ.
""",
    "wrapped line": """Điều 1. Cử các ông (bà) có tên sau:
1. Ông Bùi Văn Khánh, Giám đốc
Sở Ngoại vụ – Trưởng đoàn;
2. Bà Lục Thị Yến, Phó Giám đốc Sở Công Thương;
3. Ông Tạ Minh Đạt, Chuyên viên Sở Ngoại vụ.
""",
    "inline": """Điều 1. Cử các ông (bà) có tên sau: Ông Bùi Văn Khánh, Giám đốc Sở Ngoại vụ, Trưởng đoàn; \
Bà Lục Thị Yến, Phó Giám đốc Sở Công Thương và ông Tạ Minh Đạt, Chuyên viên Sở Ngoại vụ đi công tác tại Lào.
""",
    "table with pipes": """Điều 1. Cử đoàn công tác theo danh sách sau:
STT | Họ và tên | Chức vụ | Đơn vị | Ghi chú
1 | Bùi Văn Khánh | Giám đốc | Sở Ngoại vụ | Trưởng đoàn
2 | Lục Thị Yến | Phó Giám đốc | Sở Công Thương |
3 | Tạ Minh Đạt | Chuyên viên | Sở Ngoại vụ |
""",
    "table with tabs, title and unit in one column": """Điều 1. Cử đoàn công tác theo danh sách kèm theo.
TT\tHọ và tên\tChức vụ, đơn vị\tGhi chú
1\tBùi Văn Khánh\tGiám đốc Sở Ngoại vụ\tTrưởng đoàn
2\tLục Thị Yến\tPhó Giám đốc Sở Công Thương\t
3\tTạ Minh Đạt\tChuyên viên Sở Ngoại vụ\t
""",
    "OCR table rows without rulings": """Điều 1. Cử đoàn công tác theo danh sách sau:
1 Bùi Văn Khánh Giám đốc Sở Ngoại vụ Trưởng đoàn
2 Lục Thị Yến Phó Giám đốc Sở Công Thương
3 Tạ Minh Đạt Chuyên viên Sở Ngoại vụ
""",
}


@pytest.mark.parametrize("form", sorted(MEMBER_FORMS))
def test_trips_members_in_every_form(form: str) -> None:
    assert names(find_members(MEMBER_FORMS[form])) == EXPECTED


def test_trips_single_inline_member() -> None:
    members = find_members("Điều 1. Cho phép bà Lục Thị Yến, Phó Giám đốc Sở Công Thương, đi công tác tại Lào.")
    assert names(members) == [("Lục Thị Yến", "Phó Giám đốc", "Sở Công Thương", None)]


def test_trips_member_title_with_comma_in_unit_name() -> None:
    members = find_members("1. Ông Hà Văn Lộc, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch;")
    assert names(members) == [("Hà Văn Lộc", "Phó Giám đốc", "Sở Văn hóa, Thể thao và Du lịch", None)]


def test_trips_member_department_title_before_comma() -> None:
    members = find_members("1. Ông Hà Văn Lộc, Trưởng phòng Hợp tác quốc tế, Sở Ngoại vụ;")
    assert names(members) == [("Hà Văn Lộc", "Trưởng phòng Hợp tác quốc tế", "Sở Ngoại vụ", None)]


def test_trips_given_name_that_looks_like_a_title_stays_in_the_name() -> None:
    """'Trường' and 'Hiếu' fold to the same letters as 'trưởng' and 'Hiệu (trưởng)'."""
    rows = (
        "TT\tHọ và tên\tChức vụ, đơn vị\n"
        "1\tNguyễn Ngọc Trường\tTrưởng phòng Sở Tài chính\n"
        "2\tDương Đức Hiếu\tChuyên viên Sở Y tế"
    )
    assert names(find_members(rows)) == [
        ("Nguyễn Ngọc Trường", "Trưởng phòng", "Sở Tài chính", None),
        ("Dương Đức Hiếu", "Chuyên viên", "Sở Y tế", None),
    ]


def test_trips_members_without_diacritics() -> None:
    members = find_members("1. Ong Bui Van Khanh, Giam doc So Ngoai vu - Truong doan;")
    assert names(members) == [("Bui Van Khanh", "Giam doc", "So Ngoai vu", "truong doan")]


def test_trips_recipient_lines_are_not_members() -> None:
    assert find_members("Nơi nhận:\n- Như Điều 3;\n- Công an tỉnh;\n- Lưu: VT.") == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Thời gian: từ ngày 10/3/2025 đến ngày 15/3/2025.", D(2025, 3, 10), D(2025, 3, 15)),
        ("từ ngày 10 đến ngày 15 tháng 3 năm 2025", D(2025, 3, 10), D(2025, 3, 15)),
        ("từ ngày 10 tháng 3 năm 2025 đến ngày 15 tháng 3 năm 2025", D(2025, 3, 10), D(2025, 3, 15)),
        ("từ ngày 28/02 đến ngày 05/3/2025", D(2025, 2, 28), D(2025, 3, 5)),
        ("từ ngày 28 tháng 02 đến ngày 05 tháng 3 năm 2025", D(2025, 2, 28), D(2025, 3, 5)),
        ("từ ngày 29/12 đến ngày 03/01/2026", D(2025, 12, 29), D(2026, 1, 3)),
        ("từ 10-3-2025 – 15-3-2025", D(2025, 3, 10), D(2025, 3, 15)),
        ("07 ngày kể cả thời gian đi và về, từ ngày 02/6/2025.", D(2025, 6, 2), D(2025, 6, 8)),
        ("trong thời gian 05 ngày (từ ngày 10/3/2025 đến ngày 14/3/2025)", D(2025, 3, 10), D(2025, 3, 14)),
        ("đi công tác từ ngày 02/6/2025 (05 ngày)", D(2025, 6, 2), D(2025, 6, 6)),
        ("tu ngay 10/3/2025 den ngay 15/3/2025", D(2025, 3, 10), D(2025, 3, 15)),
        ("Thời gian: 06 ngày (kể cả ngày đi và ngày về), khởi hành ngày 21/9/2025.", D(2025, 9, 21), D(2025, 9, 26)),
        ("Đoàn khởi hành vào ngày 30 tháng 11 năm 2025, thời gian 04 ngày.", D(2025, 11, 30), D(2025, 12, 3)),
        ("03 ngày, xuất cảnh ngày 02-01-2026 qua cửa khẩu Lao Bảo", D(2026, 1, 2), D(2026, 1, 4)),
        (  # a day trip through a border gate: one day, start and end alike
            "tại thành phố Bằng Tường, Trung Quốc (qua cửa khẩu quốc tế Hữu Nghị, đi và về trong ngày 14/5/2026)",
            D(2026, 5, 14),
            D(2026, 5, 14),
        ),
        ("xuất cảnh qua cửa khẩu Tà Lùng, đi về trong ngày 09 tháng 10 năm 2026.", D(2026, 10, 9), D(2026, 10, 9)),
        ("di va ve trong ngay 02/3/2026", D(2026, 3, 2), D(2026, 3, 2)),
        (  # the date first, the same-day note after it
            "tại tỉnh Svay Rieng, Vương quốc Cam-pu-chia, qua cửa khẩu quốc tế Mộc Bài trong ngày 17/7/2026 (đi và "
            "về trong ngày).",
            D(2026, 7, 17),
            D(2026, 7, 17),
        ),
        ("qua cửa khẩu Xa Mát ngày 20/3/2026, đi về trong ngày.", D(2026, 3, 20), D(2026, 3, 20)),
    ],
)
def test_trips_period_in_every_form(text: str, start: dt.date, end: dt.date) -> None:
    period = find_period(text)
    assert period is not None
    assert (period.start, period.end) == (start, end)


def test_trips_period_ignores_single_dates() -> None:
    assert find_period("Xét Tờ trình số 40/TTr-SNV ngày 07/4/2025 của Sở Ngoại vụ.") is None


def test_trips_day_trip_needs_its_full_date() -> None:
    assert find_period("các đoàn đi và về trong ngày qua cửa khẩu phải có quyết định cử đi") is None
    assert find_period("đi và về trong ngày 14/5") is None
    assert find_period("trong ngày 14/5 (đi và về trong ngày)") is None
    assert find_period("ký ngày 14/5/2026. Các đoàn đi và về trong ngày phải báo cáo") is None


@pytest.mark.parametrize(
    ("sentence", "kind", "sponsor"),
    [
        ("Kinh phí chuyến công tác do ngân sách tỉnh chi trả.", Funding.STATE_BUDGET, None),
        ("Kinh phí do ngân sách Trung ương bảo đảm.", Funding.STATE_BUDGET, None),
        ("Kinh phí từ nguồn ngân sách nhà nước cấp cho Sở.", Funding.STATE_BUDGET, None),
        ("Toàn bộ chi phí do phía bạn đài thọ.", Funding.HOST, None),
        ("Chi phí do Ban Tổ chức Diễn đàn đài thọ.", Funding.HOST, "Ban Tổ chức Diễn đàn"),
        (
            "Kinh phí chuyến đi do Công ty TNHH Thương mại Kim Long tài trợ.",
            Funding.ENTERPRISE,
            "Công ty TNHH Thương mại Kim Long",
        ),
        ("Chi phí do Tập đoàn Xây dựng Đông Bắc đài thọ toàn bộ.", Funding.ENTERPRISE, "Tập đoàn Xây dựng Đông Bắc"),
        ("Các thành viên trong đoàn tự túc kinh phí.", Funding.SELF, None),
        ("Vé máy bay do ngân sách tỉnh chi trả; ăn ở do phía bạn đài thọ.", Funding.STATE_BUDGET, None),
        ("Kinh phi do ngan sach tinh chi tra.", Funding.STATE_BUDGET, None),
        # a firm said not to pay is no payer: the negation is read
        (
            "Kinh phí: ngân sách tỉnh; Tập đoàn Cơ khí Hòa Bình chỉ bố trí buổi làm việc, không tài trợ kinh phí.",
            Funding.STATE_BUDGET,
            None,
        ),
        (
            "Chuyến đi không do Công ty TNHH An Phú tài trợ; kinh phí do ngân sách tỉnh chi trả.",
            Funding.STATE_BUDGET,
            None,
        ),
        ("Công ty Cổ phần Minh Long chưa đài thọ; các thành viên tự túc kinh phí.", Funding.SELF, None),
        # an offer the delegation refuses: the firm it meets pays nothing
        (
            "Kinh phí: ngân sách tỉnh bảo đảm; đoàn thăm nhà máy của Tập đoàn Hóa chất Nam Sơn, không nhận tài trợ.",
            Funding.STATE_BUDGET,
            None,
        ),
        (
            "Kinh phí do ngân sách tỉnh chi trả; Công ty TNHH Hải Phong mời thăm nhà máy, đoàn từ chối hỗ trợ.",
            Funding.STATE_BUDGET,
            None,
        ),
    ],
)
def test_trips_funding_kinds(sentence: str, kind: Funding, sponsor: str | None) -> None:
    found = find_funding(sentence)
    assert found is not None
    assert (found.kind, found.sponsor) == (kind, sponsor)


def test_trips_decision_end_to_end() -> None:
    document = decision(
        MEMBER_FORMS["numbered"] + "Đi công tác tại Hàn Quốc (thành phố Busan) từ ngày 05/5/2025 đến ngày 09/5/2025 "
        "theo lời mời của Chính quyền tỉnh Gyeonggi, để tham dự Hội nghị hợp tác địa phương.\n"
        "Điều 2. Kinh phí chuyến công tác do ngân sách tỉnh chi trả theo quy định hiện hành.\n"
    )
    trip = document.trip
    assert trip is not None
    assert names(trip.members) == EXPECTED
    assert (trip.start, trip.end) == (D(2025, 5, 5), D(2025, 5, 9))
    assert (trip.destinations, trip.destination_codes, trip.cities) == (["Hàn Quốc"], ["KR"], ["Busan"])
    assert trip.funding is Funding.STATE_BUDGET
    assert trip.funding_text == "Kinh phí chuyến công tác do ngân sách tỉnh chi trả theo quy định hiện hành."
    assert trip.inviter == "Chính quyền tỉnh Gyeonggi"
    assert trip.purpose == "tham dự Hội nghị hợp tác địa phương"
    assert trip.submitted_on == D(2025, 4, 7)
    assert all(member.is_key_leader is None for member in trip.members)  # decided by pipeline.link


def test_trips_preamble_budget_is_not_the_trip_funding() -> None:
    document = decision(MEMBER_FORMS["numbered"] + "Đi công tác tại Lào từ ngày 05/5/2025 đến ngày 09/5/2025.\n")
    assert document.trip is not None
    assert document.trip.funding is None


def test_trips_members_in_appendix_after_signature() -> None:
    body = "Điều 1. Cử 03 cán bộ có tên trong danh sách kèm theo đi công tác tại Thái Lan.\n"
    appendix = "DANH SÁCH ĐOÀN CÔNG TÁC\n" + MEMBER_FORMS["table with tabs, title and unit in one column"]
    text = HEADER + body + FOOTER + appendix
    document = extract_fields(Document(source=Source(path="qd.txt", sha256="2" * 64, pages=1), text=text))
    assert document.trip is not None
    assert names(document.trip.members) == EXPECTED


def test_trips_dispatch_about_trips_has_no_trip() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 88/UBND-NV\nV/v tăng cường quản lý đoàn đi công tác nước ngoài\n"
        "Không cử đoàn đi công tác nước ngoài do doanh nghiệp đài thọ; báo cáo kết quả chuyến đi trong 10 ngày.\n"
    )
    document = extract_fields(Document(source=Source(path="cv.txt", sha256="3" * 64, pages=1), text=text))
    assert document.trip is None


# Forms OCR gives for scans: a table read column by column, rows that lost their number or gained specks,
# sentences wrapped at the margin.
OCR_FORMS = {
    "table read by columns": """DANH SÁCH ĐOÀN CÔNG TÁC
1 |Bùi Văn Khánh
Lục Thị Yến
3_ |Tạ Minh Đạt
Giám đốc Sở Ngoại vụ | Trưởng
đoàn
Phó Giám đốc Sở Công Thương mm
Chuyên viên Sở Ngoại vụ =5...
""",
    "rows without number, specks": """Điều 1. Cử 03 cán bộ có tên dưới đây đi công tác tại Lào:
1 |Bùi Văn Khánh Giám đốc Sở Ngoại vụ Trưởng
đoàn
Lục Thị Yến Phó Giám đốc Sở Công Thương
mN Tạ Minh Đạt Chuyên viên Sở _Ẳ_ Ngoại vụ
Thời gian: từ ngày 05/5/2025 đến ngày 09/5/2025.
Mục đích: làm việc với chính quyền địa phương về hợp tác
phát triển nông nghiệp.
""",
    "inline wrapped at the margin": """Điều 1. Cử ông Bùi Văn Khánh, Giám đốc Sở Ngoại vụ, Trưởng
đoàn; bà Lục Thị Yến, Phó Giám đốc Sở Công Thương; ông Tạ
Minh Đạt, Chuyên viên Sở Ngoại vụ đi công tác tại Trung
Quốc.
""",
}


@pytest.mark.parametrize("form", sorted(OCR_FORMS))
def test_trips_members_in_ocr_forms(form: str) -> None:
    assert names(find_members(OCR_FORMS[form])) == EXPECTED


def test_trips_column_table_with_unequal_columns_keeps_names_only() -> None:
    text = "1 |Bùi Văn Khánh\nLục Thị Yến\nGiám đốc Sở Ngoại vụ\n"
    assert names(find_members(text)) == [("Bùi Văn Khánh", None, None, None), ("Lục Thị Yến", None, None, None)]


def test_trips_signature_block_is_not_a_member_column() -> None:
    assert find_members("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐinh Quang Kiên\n") == []


def test_trips_destination_wrapped_at_the_margin() -> None:
    document = decision(
        OCR_FORMS["inline wrapped at the margin"] + "Thời gian: từ ngày 05/5/2025 đến ngày 09/5/2025.\n"
    )
    assert document.trip is not None
    assert document.trip.destination_codes == ["CN"]
    assert names(document.trip.members) == EXPECTED


def test_trips_destination_wrapped_before_a_colon() -> None:
    """ "... tại thành phố Nam Ninh, Trung\\nQuốc:" — the colon ends the sentence, it is not a label."""
    body = "Điều 1. Cử 03 cán bộ có tên dưới đây đi công tác tại thành phố Nam Ninh, Trung\nQuốc:\n"
    document = decision(
        body + MEMBER_FORMS["table with pipes"].split("\n", 1)[1] + "Thời gian: từ ngày 05/5/2025 đến ngày 09/5/2025.\n"
    )
    assert document.trip is not None
    assert (document.trip.destination_codes, document.trip.cities) == (["CN"], ["Nam Ninh"])


def test_trips_countries_include_the_places_countries() -> None:
    """A decision naming only a city: its country is the trip's ("tại thủ đô Viêng Chăn" → Laos)."""
    document = decision(
        MEMBER_FORMS["numbered"] + "Đi công tác tại thủ đô Viêng Chăn từ ngày 05/5/2025 đến ngày 09/5/2025.\n"
    )
    trip = document.trip
    assert trip is not None
    assert (trip.destinations, trip.destination_codes, trip.cities) == (["Lào"], ["LA"], ["Viêng Chăn"])
    assert [(p.name, p.country, p.level.value) for p in document.places] == [("Viêng Chăn", "LA", "city")]


def test_trips_keep_regions_apart_from_cities() -> None:
    """ "tại thành phố Nam Ninh, tỉnh Quảng Tây, Trung Quốc": Nam Ninh is the trip's city, Quảng Tây its region
    (not a second city), and each place's span points into the document's text."""
    document = decision(
        MEMBER_FORMS["numbered"]
        + "Đi công tác tại thành phố Nam Ninh, tỉnh Quảng Tây, Trung Quốc từ ngày 05/5/2025 đến ngày 09/5/2025.\n"
    )
    trip = document.trip
    assert trip is not None
    assert (trip.cities, trip.regions, trip.destination_codes) == (["Nam Ninh"], ["Quảng Tây"], ["CN"])
    assert [(p.name, p.level.value) for p in trip.places] == [
        ("Nam Ninh", "city"),
        ("Quảng Tây", "region"),
        ("Trung Quốc", "country"),
    ]
    for place in trip.places:
        assert place.span is not None and document.text[place.span.start : place.span.end] == place.name


def test_trips_countries_are_the_places_countries() -> None:
    """A country the article names in passing ("kinh nghiệm của Nhật Bản") is not where the trip goes: the
    trip's countries, which the checks count, are those of the places the sentence sends people to."""
    document = decision(
        MEMBER_FORMS["numbered"] + "Đi công tác tại Hàn Quốc từ ngày 05/5/2025 đến ngày 09/5/2025 để trao đổi "
        "kinh nghiệm của Nhật Bản về nông nghiệp công nghệ cao.\n"
    )
    trip = document.trip
    assert trip is not None
    assert (trip.destinations, trip.destination_codes) == (["Hàn Quốc"], ["KR"])


@pytest.mark.parametrize(
    ("subject", "article", "members", "country"),
    [
        (  # members in running text, the activity is a survey
            "Về việc cử cán bộ đi khảo sát thị trường tại Hàn Quốc",
            "Điều 1. Cử bà Lê Thị Thu Hiền, Phó Giám đốc Sở Công Thương và ông Phan Văn Đức, Chuyên viên Phòng "
            "Quản lý thương mại, Sở Công Thương đi khảo sát thị trường tại thành phố Busan, Hàn Quốc từ ngày "
            "22/9/2025 đến ngày 26/9/2025.",
            ["Lê Thị Thu Hiền", "Phan Văn Đức"],
            "Hàn Quốc",
        ),
        (  # a troupe "tham gia" a festival, its list annexed
            "Về việc cử Đoàn nghệ thuật tỉnh tham gia Tuần Văn hóa tại nước CHDCND Lào",
            "Điều 1. Cử Đoàn nghệ thuật tỉnh gồm 02 thành viên tham gia Tuần Văn hóa Việt Nam tại tỉnh "
            "Bô-ly-khăm-xay, nước Cộng hòa Dân chủ Nhân dân Lào từ ngày 18/8/2025 đến ngày 22/8/2025:\n"
            "1. Bà Nguyễn Thị Lan Anh, Giám đốc Sở Văn hóa, Thể thao và Du lịch, Trưởng đoàn;\n"
            "2. Ông Võ Đình Nam, Diễn viên Nhà hát Nghệ thuật truyền thống tỉnh.",
            ["Nguyễn Thị Lan Anh", "Võ Đình Nam"],
            "Lào",
        ),
        (  # "học tập kinh nghiệm", the country only in the article
            "Về việc cử đoàn cán bộ quản lý, giáo viên đi học tập kinh nghiệm",
            "Điều 1. Cử đoàn giáo viên đi học tập kinh nghiệm giảng dạy tại Viện Giáo dục Quốc gia, Xinh-ga-po "
            "từ ngày 10/11/2025 đến ngày 14/11/2025, gồm 02 người:\n"
            "1. Ông Thái Văn Sơn, Phó Giám đốc Sở Giáo dục và Đào tạo, Trưởng đoàn;\n"
            "2. Bà Võ Thị Thanh Hà, Giáo viên Trường THPT chuyên Hà Tĩnh.",
            ["Thái Văn Sơn", "Võ Thị Thanh Hà"],
            "Xinh-ga-po",
        ),
        (  # "cho phép ... sang" to attend a wedding of a relative: still a trip abroad
            "Về việc cho phép cán bộ ra nước ngoài giải quyết việc riêng",
            "Điều 1. Cho phép ông Trần Văn Hòa, Chuyên viên Sở Tư pháp sang Ôxtrâylia thăm thân nhân "
            "từ ngày 01/7/2025 đến ngày 20/7/2025.",
            ["Trần Văn Hòa"],
            "Ô-xtrây-li-a",
        ),
    ],
)
def test_trips_decision_sending_people_to_a_foreign_place_whatever_the_activity(
    subject: str, article: str, members: list[str], country: str
) -> None:
    text = HEADER.replace("Về việc cử cán bộ đi công tác nước ngoài", subject) + article + "\n" + FOOTER
    document = extract_fields(Document(source=Source(path="qd.txt", sha256="1" * 64, pages=1), text=text))
    assert document.trip is not None
    assert [m.name for m in document.trip.members] == members
    assert document.trip.destinations == [country]


@pytest.mark.parametrize(
    "article",
    [
        "Điều 1. Cử ông Trần Văn Hòa, Chuyên viên Sở Ngoại vụ đón tiếp Đoàn đại biểu tỉnh Hủa Phăn (Lào) tại "
        "thành phố Hà Tĩnh từ ngày 01/7/2025 đến ngày 03/7/2025.",
        "Điều 1. Cử bà Lê Thị Mai, Chuyên viên Sở Ngoại vụ phiên dịch cho Đoàn doanh nghiệp Nhật Bản khảo sát "
        "tại Khu kinh tế Vũng Áng từ ngày 01/7/2025 đến ngày 02/7/2025.",
    ],
)
def test_trips_decision_receiving_foreigners_at_home_is_no_trip(article: str) -> None:
    subject = "Về việc cử cán bộ làm nhiệm vụ đối ngoại"
    text = HEADER.replace("Về việc cử cán bộ đi công tác nước ngoài", subject) + article + "\n" + FOOTER
    document = extract_fields(Document(source=Source(path="qd.txt", sha256="1" * 64, pages=1), text=text))
    assert document.trip is None


@pytest.mark.parametrize(
    ("sentence", "size"),
    [
        (
            "Điều 1. Cử Đoàn nghệ thuật tỉnh gồm 13 thành viên (có danh sách kèm theo) tham gia Tuần Văn hóa tại Lào.",
            13,
        ),
        (
            "Điều 1. Cử đoàn giáo viên đi học tập tại Xinh-ga-po từ ngày 10/11/2025 đến ngày 14/11/2025, gồm 12 người:",
            12,
        ),
        ("Điều 1. Cử đoàn công tác gồm mười hai (12) đồng chí đi công tác tại Nhật Bản.", 12),
        ("Điều 1. Cử đoàn công tác gồm 03 công chức Sở Tài chính đi bồi dưỡng tại Xinh-ga-po.", 3),
        ("Điều 1. Cử các ông, bà có tên sau đi công tác tại Lào, gồm: ông Lê Văn A, Chuyên viên.", None),
        ("Điều 1. Cử đoàn đi công tác tại Lào; chương trình gồm 2 nội dung chính.", None),
    ],
)
def test_trips_size_the_decision_states(sentence: str, size: int | None) -> None:
    assert find_declared_size(sentence) == size


@pytest.mark.parametrize(
    "preamble",
    [
        "Xét đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số\n36/TTr-SKHCN ngày 28/8/2026.\nQUYẾT ĐỊNH:",
        "Xét đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 36/TTr-SKHCN\nngày 28 tháng 8 năm 2026;\n",
        "Xét Tờ trình\nsố 36/TTr-SKHCN ngày 28/8/2026 của Sở Khoa học và Công nghệ.",
        "Xét đề nghị của Giám đốc Sở Ngoại vụ tại Tờ trình số 36/TTr-SNgV ngày 28/8/2026.",
        # "Theo đề nghị … tại Tờ trình …" and a bulleted "- Xét Tờ trình …" (issue 13, blind scenario 10)
        "Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 44/TTr-SCT ngày 28/8/2026.\nQUYẾT ĐỊNH:",
        "Theo đề nghị của Sở Tư pháp tại Tờ trình số 44/TTr-STP\nngày 28 tháng 8 năm 2026;\nQUYẾT ĐỊNH:",
        "- Xét Tờ trình số 44-TTr/ĐU ngày 28/8/2026 của Đảng ủy xã Phong Thạnh và đề nghị của Ban Tổ chức,",
        "  + Theo đề nghị của Chủ tịch Ủy ban nhân dân phường tại Tờ trình số 44/TTr-UBND ngày 28/8/2026.",
    ],
)
def test_submission_date_read_over_a_wrapped_line(preamble: str) -> None:
    text = f"Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\n{preamble}"
    assert find_submission(text)[0] == dt.date(2026, 8, 28)


def test_submission_date_not_from_a_proposal_without_a_to_trinh() -> None:
    text = "Theo đề nghị của Giám đốc Sở Nội vụ ngày 28/8/2026.\nQUYẾT ĐỊNH:"
    assert find_submission(text)[0] is None


def test_submission_date_not_taken_from_the_next_preamble_line() -> None:
    text = "Xét đề nghị của Sở Y tế tại Tờ trình số 36/TTr-SYT;\nCăn cứ Thư mời ngày 14/8/2026 của đối tác."
    assert find_submission(text)[0] is None


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("Điều 1. Cử đoàn công tác đột xuất của phường Phú Xuân đi Lào từ ngày 15/11/2026", True),
        ("Xét Tờ trình số 93/TTr-UBND ngày 05/11/2026 về việc cử đoàn công tác đột xuất.", True),
        ("Điều 1. Cử ông A đi công tác cấp bách tại Lào từ ngày 15/11/2026", True),
        ("Điều 1. Cử chuyến công tác khẩn cấp sang Nhật Bản", True),
        ("Căn cứ Luật Phòng chống thiên tai về tình huống khẩn cấp;\nĐiều 1. Cử đoàn đi Lào.", False),
        ("Điều 1. Cử đoàn đi Lào để trao đổi về ứng phó đột xuất với dịch bệnh.", False),
    ],
)
def test_trips_urgent_when_the_decision_calls_the_trip_so(text: str, urgent: bool) -> None:
    assert is_urgent(text) is urgent


@pytest.mark.parametrize(
    ("article", "joins"),
    [
        ("Điều 1. Cử ông A tham gia Đoàn công tác của Bộ Công Thương do Thứ trưởng làm Trưởng đoàn, đi Ấn Độ", True),
        ("Điều 1. Cử bà B tháp tùng Đoàn của lãnh đạo Đảng, Nhà nước thăm Cu Ba", True),
        ("Điều 1. Cử ông C tham gia đoàn công tác của Ban Kinh tế Trung ương đi Ô-xtrây-li-a", True),
        ("Điều 1. Cử ông D tham gia đoàn do Phó Thủ tướng dẫn đầu thăm Lào", True),
        ("Điều 1. Cử đoàn công tác của Sở Công Thương đi Ấn Độ theo lời mời của Bộ Thương mại Ấn Độ", False),
        ("Điều 1. Cử ông E tham gia đoàn công tác của Sở Y tế đi Nhật Bản", False),
        # the delegation named as the country's, then who leads it
        ("Điều 1. Cử bà F tham gia Đoàn đại biểu Việt Nam do Ban Đối ngoại Trung ương dẫn đầu đi Lào", True),
        ("Điều 1. Cử ông G tham gia Đoàn cấp cao của Quốc hội thăm Cu Ba", True),
        ("Điều 1. Cử ông H tham gia Đoàn đại biểu Việt Nam do Sở Văn hóa tổ chức đi Lào", False),
    ],
)
def test_trips_joining_a_central_delegation(article: str, joins: bool) -> None:
    assert joins_central_delegation(article) is joins


@pytest.mark.parametrize(
    ("line", "trip"),
    [
        ("Điều 1. Cử đoàn Sở Xây dựng đi Cộng hòa Singapore từ ngày 12/10/2026 đến ngày 17/10/2026, gồm:", True),
        ("Điều 1. Cử ông Nguyễn Văn A, Giám đốc Sở Y tế đi Nhật Bản từ ngày 02/3/2026 đến ngày 06/3/2026.", True),
        (
            "Điều 1. Cử bà Ngô Thị Hoa tham gia Đoàn đại biểu Việt Nam do Ban Đối ngoại Trung ương dẫn đầu đi Lào"
            " từ ngày 01/12/2026 đến ngày 03/12/2026.",
            True,
        ),
        ("Điều 1. Cử ông C đi học lớp bồi dưỡng tại Trường Chính trị tỉnh từ ngày 02/3/2026.", False),
        ("Điều 1. Cử bà D đi Lào Cai khảo sát mô hình du lịch cộng đồng.", False),
        # a scan wraps the country to the next line ("… tại Cộng hòa\nPháp (Paris) …")
        (
            "Điều 1. Cử đoàn Sở Văn hóa đi quảng bá du lịch đường sông Mê Kông tại Cộng hòa\nPháp (Paris) và Vương "
            "quốc Bỉ từ ngày 02/11/2026 đến ngày 08/11/2026.",
            True,
        ),
    ],
)
def test_trips_sending_people_to_a_country_by_di(line: str, trip: bool) -> None:
    """Issue 13 (blind scenario 12): "Cử … đi <nước>" with no "công tác"/"nước ngoài"/"tại"/"sang" is a trip when
    the place is a foreign country (a province's name holding a country's is none)."""
    text = HEADER.replace("Về việc cử cán bộ đi công tác nước ngoài", "Về việc cử cán bộ") + line + "\n" + FOOTER
    document = extract_fields(Document(source=Source(path="qd.txt", sha256="4" * 64, pages=1), text=text))
    assert (document.trip is not None) is trip


@pytest.mark.parametrize(
    ("line", "decided", "expected", "doubted"),
    [
        ("Xét đề nghị của Sở Y tế tại Tờ trình số 14/TTr-SYT ngày 11/2/2022.", D(2026, 2, 25), D(2026, 2, 11), True),
        ("Xét đề nghị của Sở Y tế tại Tờ trình số 96/TTr-SYT ngày\n14/9/202G.", D(2026, 9, 17), D(2026, 9, 14), True),
        ("Xét Tờ trình số 96/TTr-SYT ngày 28/12/2O25.", D(2026, 1, 5), D(2025, 12, 28), True),
        ("Xét Tờ trình số 9/TTr-SYT ngày 20/02/2026.", D(2026, 2, 25), D(2026, 2, 20), False),
        ("Xét Tờ trình số 9/TTr-SYT ngày 28/12/2025.", D(2026, 1, 5), D(2025, 12, 28), False),
        ("Xét Tờ trình số 9/TTr-SYT ngày 28/02/2026.", D(2026, 2, 25), D(2026, 2, 28), False),  # as read
    ],
)
def test_trips_submission_year_a_scan_lost_is_the_decisions_and_doubted(
    line: str, decided: dt.date, expected: dt.date, doubted: bool
) -> None:
    """A Tờ trình's year unreadable ("202G") or neither the decision's year nor the one before ("2022" for a
    decision of 2026) is a year misread: the day and month are kept with the year that puts them on or before the
    decision, and a person is asked to check; a year that fits is kept as read, without a doubt."""
    submitted, doubt = find_submission(line, decided)
    assert submitted == expected
    assert (doubt is not None) is doubted


def test_trips_submission_year_unreadable_without_a_decision_date_is_no_date() -> None:
    line = "Xét đề nghị của Sở Y tế tại Tờ trình số 96/TTr-SYT ngày 14/9/202G."
    assert find_submission(line) == (None, None)


@pytest.mark.parametrize(
    ("period", "start", "end", "doubt"),
    [
        ("từ ngày 04/5/2025 đến ngày 08/5/2028", D(2025, 5, 4), None, True),  # the end's year misread
        ("từ ngày 04/5/2022 đến ngày 08/5/2025", None, None, True),  # which one is misread is unknown
        ("từ ngày 04/5/2025 đến ngày 08/5/2025", D(2025, 5, 4), D(2025, 5, 8), False),
        (
            "thời gian ba mươi sáu (36) tháng, từ ngày 01/5/2025 đến ngày 30/4/2028",
            D(2025, 5, 1),
            D(2028, 4, 30),
            False,
        ),
        ("đào tạo dài hạn, từ ngày 01/5/2025 đến ngày 30/4/2026", D(2025, 5, 1), D(2026, 4, 30), False),
    ],
)
def test_a_period_too_long_for_what_the_text_states_is_not_trusted(
    period: str, start: dt.date | None, end: dt.date | None, doubt: bool
) -> None:
    document = decision(f"Điều 1. Cử ông Nông Văn Tài, Chuyên viên Sở Ngoại vụ đi công tác tại Lào {period}.\n")
    assert document.trip is not None
    assert (document.trip.start, document.trip.end) == (start, end)
    assert any(e.code == PERIOD_DOUBT for e in document.errors) is doubt


@pytest.mark.parametrize(
    "text",
    [
        "đi công tác tại Trung Quốc từjngày 20/7/2026 đến ngày 26/7/2026, để làm việc",  # a speck glued to "ngày"
        "đi công tác tại Trung Quốc từ ngày 20/7/2026 đế ày 26/7/2026, để làm việc",  # "đến ngày" lost "n ng"
    ],
)
def test_a_period_a_scan_spoiled_between_its_words_is_read(text: str) -> None:
    period = find_period(text)
    assert period is not None and (period.start, period.end) == (D(2026, 7, 20), D(2026, 7, 26))
