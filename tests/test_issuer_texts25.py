"""Mass organisations' and party bodies' issuers under a parent line (texts25): a web copy's header cell that kept
only its national body's line, both lines flattened into one cell, a party committee under a higher one, the Youth
Union's motto in a flattened row. Headers written here in the layout such offices print."""

import pytest

from extractors.header import parse_header
from extractors.issuer import branch_by_place, lost_branch

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n"
_BODY = (
    "Liên đoàn Lao động Thành phố đề nghị các công đoàn cơ sở chăm lo Tết cho đoàn viên đang làm việc tại Thành phố "
    "Hồ Chí Minh.\n|\nTM. BAN THƯỜNG\nVỤ |\n"
)


def _cut_cell(number: str, place: str, body: str = _BODY) -> str:
    """A header whose issuer cell kept only its first line, as a '|'-flattened web copy gives it."""
    head = f"TỔNG LIÊN ĐOÀN LAO\nĐỘNG |\n{_MOTTO}Số: {number} |\n"
    return f"{head}{place}, ngày 3 tháng 11 năm 2020 |\nKính gửi: |\n{body}"


def test_a_lost_branch_line_is_rebuilt_when_the_text_is_sure() -> None:
    header = parse_header(_cut_cell("730/LĐLĐ", "TP. Hồ Chí Minh"))
    assert header.issuer == "Liên đoàn Lao động Thành phố Hồ Chí Minh"
    assert header.parent_issuer == "Tổng Liên đoàn lao động"


@pytest.mark.parametrize(
    ("number", "place", "body"),
    [
        ("730/LĐLĐ", "Hà Nội", _BODY),  # the dateline is another city's
        ("730/LĐLĐ", "TP. Hồ Chí Minh", "Đề nghị các công đoàn cơ sở tại Thành phố Hồ Chí Minh chăm lo Tết.\n"),
    ],
)
def test_a_lost_branch_line_is_null_when_the_text_is_not_sure(number: str, place: str, body: str) -> None:
    header = parse_header(_cut_cell(number, place, body))
    assert header.issuer is None and header.parent_issuer == "Tổng Liên đoàn lao động"
    assert "issuer.incomplete" in {error.code for error in header.errors}


def test_the_national_bodys_own_number_keeps_its_line() -> None:
    """ "…/TLĐ" is the federation's own symbol: its line is the issuer."""
    header = parse_header(_cut_cell("730/TLĐ", "Hà Nội"))
    assert (header.parent_issuer, header.issuer) == (None, "Tổng Liên đoàn lao động")
    assert lost_branch("Bảo hiểm xã hội Việt Nam", "12/BHXH-CSXH") is None  # the national body's own initials
    assert lost_branch("Tổng cục Thuế", "12/TCT") is None
    assert lost_branch("UBND tỉnh Nghệ An", "12/LĐLĐ") is None  # no national body's name
    assert branch_by_place("Liên đoàn Lao động", "Nghệ An", "Liên đoàn Lao động tỉnh Nghệ An đề nghị …") is None


_PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM |\n"


@pytest.mark.parametrize(
    ("cell", "number", "motto", "parent", "issuer"),
    [
        (  # both lines of the cell on one line: the branch under its national body
            "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\nLIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN",
            "12/LĐLĐ",
            _MOTTO,
            "Tổng Liên đoàn lao động Việt Nam",
            "Liên đoàn lao động tỉnh Nghệ An",
        ),
        (
            "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\nCÔNG ĐOÀN NGÀNH GIÁO DỤC",
            "12/CĐN",
            _MOTTO,
            "Tổng Liên đoàn lao động Việt Nam",
            "Công đoàn ngành giáo dục",
        ),
        (
            "LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN\nCÔNG ĐOÀN NGÀNH Y TẾ",
            "12/CĐN",
            _MOTTO,
            "Liên đoàn lao động tỉnh Nghệ An",
            "Công đoàn ngành y tế",
        ),
        (
            "HỘI NÔNG DÂN VIỆT NAM\nBCH HỘI NÔNG DÂN TỈNH NAM ĐỊNH",
            "12-CV/HND",
            _MOTTO,
            "Hội nông dân Việt Nam",
            "BCH hội nông dân tỉnh Nam Định",
        ),
        ("THÀNH ỦY HÀ NỘI\nBAN TỔ CHỨC", "12-CV/BTCTU", _PARTY, "Thành ủy Hà Nội", "Ban Tổ chức Thành ủy"),
        (  # a party committee of its own under a higher one: no board of it
            "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TRUNG ƯƠNG\nĐẢNG ỦY BỘ NGOẠI GIAO",
            "12-CV/ĐU",
            _PARTY,
            "Đảng ủy khối các cơ quan Trung ương",
            "Đảng ủy bộ Ngoại giao",
        ),
        ("TỈNH ĐOÀN NGHỆ AN", "12-CV/TĐTN", "ĐOÀN TNCS HỒ CHÍ MINH |\n", None, "Tỉnh Đoàn Nghệ An"),  # no motto read
    ],
)
def test_a_flattened_cell_of_two_bodies(cell: str, number: str, motto: str, parent: str | None, issuer: str) -> None:
    text = f"{cell} |\n{motto}Số: {number} |\nVinh, ngày 5 tháng 8 năm 2025 |\nV/v cử cán bộ\nNội dung.\n"
    header = parse_header(text)
    assert (header.parent_issuer, header.issuer) == (parent, issuer)


def test_a_party_committee_under_a_higher_one_as_printed() -> None:
    text = (
        "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TRUNG ƯƠNG\nĐẢNG ỦY BỘ NGOẠI GIAO\nSố: 12-CV/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Hà Nội, ngày 5 tháng 8 năm 2025\nV/v cử cán bộ\nNội dung.\n"
    )
    assert parse_header(text).issuer == "Đảng ủy bộ Ngoại giao"
