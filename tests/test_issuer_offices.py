"""Issuers of offices the real-text corpus does not show yet (issue 12, texts8): communes and wards after the 2025
two-level reform, sở and ban under a province, ministries' Cục/Vụ/Tổng cục, universities, hospitals, state
corporations, mass organisations and party committees; each header written here in the layout offices print, then
flattened or glued as web copies give it. A bare "UBND" is never an issuer of its own.
"""

import pytest

from extractors.header import parse_header
from extractors.issuer import after_running_head, bare_issuer_by_place, is_bare, split_bodies

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
_PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM\n"


def _decision(head: str, number: str, place: str, motto: str = _MOTTO) -> str:
    return f"{head}\nSố: {number}\n{motto}{place}, ngày 5 tháng 8 năm 2025\nQUYẾT ĐỊNH\nVề việc cử cán bộ đi công tác\n"


@pytest.mark.parametrize(
    ("head", "number", "place", "parent", "issuer"),
    [
        ("ỦY BAN NHÂN DÂN\nXÃ TÂN HÒA", "12/QĐ-UBND", "Tân Hòa", None, "UBND xã Tân Hòa"),
        ("ỦY BAN NHÂN DÂN\nPHƯỜNG BẾN THÀNH", "7/QĐ-UBND", "Bến Thành", None, "UBND phường Bến Thành"),
        ("BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ", "88/QĐ-TCT", "Hà Nội", "Bộ Tài chính", "Tổng cục Thuế"),
        ("BỘ CÔNG AN\nCỤC QUẢN LÝ XUẤT NHẬP CẢNH", "9/QĐ-QLXNC", "Hà Nội", "Bộ Công an", "Cục Quản lý xuất nhập cảnh"),
        ("BỘ TÀI NGUYÊN VÀ\nMÔI TRƯỜNG", "31/QĐ-BTNMT", "Hà Nội", None, "Bộ Tài nguyên và Môi trường"),
        ("BỘ LAO ĐỘNG -\nTHƯƠNG BINH VÀ XÃ HỘI", "4/QĐ-LĐTBXH", "Hà Nội", None, "Bộ Lao động - Thương binh và Xã hội"),
        ("ỦY BAN ĐỐI NGOẠI\nCỦA QUỐC HỘI", "5/QĐ-UBĐN", "Hà Nội", None, "Ủy ban Đối ngoại của Quốc hội"),
        (
            "ỦY BAN TRUNG ƯƠNG\nMẶT TRẬN TỔ QUỐC VIỆT NAM",
            "6/QĐ-MTTW",
            "Hà Nội",
            None,
            "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        ),
        ("BỘ TƯ LỆNH\nBỘ ĐỘI BIÊN PHÒNG", "8/QĐ-BTL", "Hà Nội", None, "Bộ Tư lệnh Bộ đội Biên phòng"),
        (  # three levels: the issuer under its own parent
            "BỘ TÀI CHÍNH\nTỔNG CỤC HẢI QUAN\nCỤC HẢI QUAN TỈNH CAO BẰNG",
            "14/QĐ-HQCB",
            "Cao Bằng",
            "Tổng cục Hải quan",
            "Cục Hải quan tỉnh Cao Bằng",
        ),
        (
            "UBND TỈNH GIA LAI\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG THPT CHUYÊN HÙNG VƯƠNG",
            "3/QĐ-THPT",
            "Gia Lai",
            "Sở Giáo dục và Đào tạo",
            "Trường THPT chuyên hùng vương",
        ),
        ("BỘ Y TẾ\nBỆNH VIỆN CHỢ RẪY", "15/QĐ-BVCR", "Hồ Chí Minh", "Bộ Y tế", "Bệnh viện Chợ rẫy"),
        (
            "TẬP ĐOÀN DẦU KHÍ VIỆT NAM\nTỔNG CÔNG TY KHÍ VIỆT NAM",
            "2/QĐ-KVN",
            "Vũng Tàu",
            "Tập đoàn dầu khí Việt Nam",
            "Tổng công ty khí Việt Nam",
        ),
    ],
)
def test_issuer_of_offices_the_corpus_lacks(
    head: str, number: str, place: str, parent: str | None, issuer: str
) -> None:
    header = parse_header(_decision(head, number, place))
    assert (header.parent_issuer, header.issuer, header.number) == (parent, issuer, number)


@pytest.mark.parametrize(
    ("text", "parent", "issuer", "number"),
    [
        (  # a party header flattened onto one line: its number printed without a colon
            "HUYỆN ỦY ĐỨC PHỔ BAN TUYÊN GIÁO * Số 40-CV/BTGHU ĐẢNG CỘNG SẢN VIỆT NAM Đức Phổ, ngày 3 tháng 6 năm 2020 "
            "V/v cử cán bộ đi nước ngoài\n",
            "Huyện ủy Đức Phổ",
            "Ban Tuyên giáo Huyện ủy",
            "40-CV/BTGHU",
        ),
        (  # a whole header glued without spaces
            "ỦY BAN NHÂN DÂN TỈNH HÀ NAMCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúcSố: "
            "21/QĐ-UBNDHà Nam, ngày 2 tháng 3 năm 2021QUYẾT ĐỊNHVề việc cử đoàn\n",
            None,
            "UBND tỉnh Hà Nam",
            "21/QĐ-UBND",
        ),
        (  # "TP" without its dot starts the city's name: the department after it is a body of its own
            "UBND TP CẦN THƠ SỞ NGOẠI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 77/SNgV "
            "Cần Thơ, ngày 9 tháng 9 năm 2019 V/v đoàn ra\n",
            "UBND TP Cần Thơ",
            "Sở Ngoại vụ",
            "77/SNgV",
        ),
        (  # "BỘ ĐỘI" is no second body: one name, not cut
            "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH AN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
            "Số: 5/BCH-TM An Giang, ngày 9 tháng 9 năm 2019 V/v đoàn ra\n",
            None,
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang",
            "5/BCH-TM",
        ),
    ],
)
def test_issuer_of_flattened_and_glued_headers(text: str, parent: str | None, issuer: str, number: str) -> None:
    header = parse_header(text)
    assert (header.parent_issuer, header.issuer, header.number) == (parent, issuer, number)


def test_a_cited_directive_in_a_title_is_no_party_number() -> None:
    """A title in capitals that cites a party document ("… CHỈ THỊ SỐ 05-CT/TW") is no header's number line."""
    header = parse_header(
        "KẾ HOẠCH\nTHỰC HIỆN CHỈ THỊ SỐ 05-CT/TW NGÀY 3 THÁNG 2 NĂM 2021 CỦA BAN BÍ THƯ\nCăn cứ Chỉ thị số 05-CT/TW;\n"
    )
    assert (header.number, header.issuer) == (None, None)


@pytest.mark.parametrize(
    ("head", "motto", "issuer"),
    [
        ("BAN CHẤP HÀNH TRUNG ƯƠNG\n***", "ĐOÀN TNCS HỒ CHÍ MINH\n", "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh"),
        ("BAN CHẤP HÀNH TRUNG ƯƠNG\n*", _PARTY, "Ban Chấp hành Trung ương"),
        ("BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH TỈNH BẾN TRE\n***", "ĐOÀN TNCS HỒ CHÍ MINH\n", None),
    ],
)
def test_a_central_board_under_the_youth_unions_motto_is_the_unions(head: str, motto: str, issuer: str | None) -> None:
    header = parse_header(_decision(head, "12-QĐ/TWĐTN-VP", "Hà Nội", motto))
    expected = issuer or "Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh Bến Tre"
    assert header.issuer == expected


@pytest.mark.parametrize(
    ("head", "issuer", "parent"),
    [
        ("HỘI NÔNG DÂN VIỆT NAM\nBAN CHẤP HÀNH TRUNG ƯƠNG\n*", "Ban Chấp hành Trung ương Hội nông dân Việt Nam", None),
        (
            "HỘI ĐỒNG LÝ LUẬN VIỆT NAM\nBAN CHẤP HÀNH TRUNG ƯƠNG",
            "Ban Chấp hành Trung ương",
            "Hội đồng lý luận Việt Nam",
        ),
        ("HỘI NÔNG DÂN VIỆT NAM\nBAN KIỂM TRA\n*", "Ban Kiểm tra", "Hội nông dân Việt Nam"),
    ],
)
def test_a_central_board_under_a_national_association_is_the_associations(
    head: str, issuer: str, parent: str | None
) -> None:
    """ "BAN CHẤP HÀNH TRUNG ƯƠNG" under "HỘI NÔNG DÂN VIỆT NAM" is the association's board, not the Party's."""
    header = parse_header(_decision(head, "664-CV/HNDTW", "Hà Nội"))
    assert (header.issuer, header.parent_issuer) == (issuer, parent)


@pytest.mark.parametrize(
    ("heading", "bodies"),
    [
        ("BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG", ["BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG"]),
        ("UBND TP ĐÀ NẴNG SỞ NỘI VỤ", ["UBND TP ĐÀ NẴNG", "SỞ NỘI VỤ"]),
        ("UBND TP. ĐÀ NẴNG SỞ NỘI VỤ", ["UBND TP. ĐÀ NẴNG", "SỞ NỘI VỤ"]),
        ("BỘ Y TẾ VỤ TRANG THIẾT BỊ", ["BỘ Y TẾ", "VỤ TRANG THIẾT BỊ"]),  # a ministry's department
        ("BỘ NỘI VỤ VỤ HỢP TÁC QUỐC TẾ", ["BỘ NỘI VỤ", "VỤ HỢP TÁC QUỐC TẾ"]),
        ("BAN THƯỜNG VỤ TỈNH ỦY", ["BAN THƯỜNG VỤ TỈNH ỦY"]),
    ],
)
def test_split_bodies_of_other_offices(heading: str, bodies: list[str]) -> None:
    assert split_bodies(heading) == bodies


# A bare "UBND" names no body: null with an error, completed only when the text says for sure.
_BARE_ROW = (
    "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 31/QĐ-UBND | {place}, ngày 4 tháng 5 năm 2018 |\n"
)


@pytest.mark.parametrize(
    ("place", "body", "issuer"),
    [
        # the level under the title, the dateline's province, the province written in full: sure
        (
            "Lâm Đồng",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ …;\nĐiều 1. Giao các sở của tỉnh Lâm Đồng …",
            "UBND tỉnh Lâm Đồng",
        ),
        ("Cần Thơ", "ỦY BAN NHÂN DÂN THÀNH PHỐ\nĐiều 1. Giao UBND thành phố Cần Thơ …", "UBND thành phố Cần Thơ"),
        # a city of a province shares its name and dateline: the level is no province's
        ("Bắc Giang", "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ\nĐiều 1. Giao các phòng của tỉnh Bắc Giang …", None),
        # a dateline alone says nothing of the level
        ("Lâm Đồng", "Điều 1. Giao các sở của tỉnh Lâm Đồng …", None),
        # the dateline is the capital's, not the province's name
        ("Đà Lạt", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nĐiều 1. Giao các sở của tỉnh Lâm Đồng …", None),
        # the province never written in full: the body's own "TỈNH" and a province's dateline are enough (no city
        # is a tỉnh; session 31)
        ("Lâm Đồng", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nĐiều 1. Giao các sở …", "UBND tỉnh Lâm Đồng"),
        # nor with a city's level: a province's city shares its name and dateline
        ("Bắc Giang", "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ\nĐiều 1. Giao các phòng …", None),
    ],
)
def test_a_bare_people_committee_is_completed_only_for_sure(place: str, body: str, issuer: str | None) -> None:
    header = parse_header(_BARE_ROW.format(place=place) + "QUYẾT ĐỊNH\nVề việc cử cán bộ\n" + body + "\n")
    assert header.issuer == issuer
    assert ("issuer.incomplete" in {e.code for e in header.errors}) == (issuer is None)


def test_a_bare_level_without_its_name_is_no_issuer_nor_parent() -> None:
    """ "HĐND TỈNH" or "UBND HUYỆN" without the name, as a cut copy prints them: never "HĐND tỉnh"; completed by a
    province's dateline only at the level of a province (session 31), else null."""
    council = parse_header(_decision("HĐND TỈNH", "12/NQ-HĐND", "Sơn La").replace("QUYẾT ĐỊNH", "NGHỊ QUYẾT"))
    assert council.issuer == "HĐND tỉnh Sơn La"
    district = parse_header(_decision("HĐND HUYỆN", "12/NQ-HĐND", "Sơn La").replace("QUYẾT ĐỊNH", "NGHỊ QUYẾT"))
    assert district.issuer is None and "issuer.incomplete" in {e.code for e in district.errors}
    department = parse_header(
        "UBND TỈNH\nSỞ NGOẠI VỤ\nSố: 12/SNgV\nV/v đoàn ra\n" + _MOTTO + "Sơn La, ngày 5 tháng 8 năm 2020\n"
    )
    assert (department.parent_issuer, department.issuer) == ("UBND tỉnh Sơn La", "Sở Ngoại vụ")
    assert is_bare("UBND huyện") and is_bare("HĐND") and not is_bare("UBND huyện Mộc Châu")
    assert bare_issuer_by_place("UBND tỉnh", [], "Sơn La", "… các sở của tỉnh Sơn La …") == "UBND tỉnh Sơn La"


def _council_resolution(head: str, body: str) -> str:
    dateline = "Sơn La, ngày 5 tháng 8 năm 2024"
    return f"{head}\nSố: 3/2024/NQ-HĐND\n{_MOTTO}{dateline}\nNGHỊ QUYẾT\nVề quy chế làm việc\n{body}\n"


def test_a_bare_council_takes_its_level_from_its_own_committees_review() -> None:
    """A council's header cut to "HỘI ĐỒNG NHÂN DÂN": its own committee's review report of the draft names its level
    ("của Ban Pháp chế Hội đồng nhân dân tỉnh"), the dateline its province, which the text writes in full."""
    reviewed = "Xét Báo cáo thẩm tra số 9/BC-HĐND ngày 1/8/2024 của Ban Pháp chế Hội đồng nhân dân tỉnh; ý kiến"
    header = parse_header(_council_resolution("HỘI ĐỒNG NHÂN DÂN", f"{reviewed} của đại biểu tỉnh Sơn La."))
    assert header.issuer == "HĐND tỉnh Sơn La"
    unsure = "Xét Báo cáo số 9/BC-HĐND của Ban Pháp chế Hội đồng nhân dân tỉnh; ý kiến của đại biểu tỉnh Sơn La."
    assert parse_header(_council_resolution("HỘI ĐỒNG NHÂN DÂN", unsure)).issuer is None


def test_a_book_pages_number_and_running_title_are_no_issuer() -> None:
    """A resolution copied from a printed collection: the page's number and running title open the header's line
    ("456 CÁC NGHỊ QUYẾT … HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA CỘNG HÒA …"); the issuer is the body they run into."""
    head = "217 CÁC NGHỊ QUYẾT THÔNG QUA TẠI KỲ HỌP HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA"
    header = parse_header(_council_resolution(f"{head} {_MOTTO.replace(chr(10), ' ')}", "Căn cứ Luật …;"))
    assert header.issuer == "HĐND tỉnh Sơn La"
    assert after_running_head("12 SỞ Y TẾ") == "12 SỞ Y TẾ"
    assert after_running_head("2024 CÁC VĂN BẢN CỦA BỘ Y TẾ") == "2024 CÁC VĂN BẢN CỦA BỘ Y TẾ"
