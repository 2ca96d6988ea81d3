"""Numbers of a web copy that lost every hyphen, a space left in its place ("86/QĐ UBND" for 86/QĐ-UBND): the number
runs on through the known bodies after the space, in the header and in citations, and stops at any other word.
Sentences written here (dev21, issue 12)."""

import datetime as dt

import pytest

from extractors.citations import find_citations
from extractors.docnumber import parse_number
from extractors.header import parse_header


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("45/QĐ UBND\nHà Tĩnh, ngày 3 tháng 4 năm 2019", "45/QĐ UBND"),
        ("77/QĐ TTg ngày 5/6/2010", "77/QĐ TTg"),
        ("12/2019/NĐ CP ngày 1/2/2019", "12/2019/NĐ CP"),
        ("08/CT BCA V19 ngày 2/3/2015", "08/CT BCA V19"),
        ("315/TB/TT BCĐ ngày 2/7/2006", "315/TB/TT BCĐ"),
        ("214/UBND VP ngày 9/9/2020", "214/UBND VP"),
    ],
)
def test_a_number_whose_hyphens_were_lost_runs_through_the_known_bodies(text: str, number: str) -> None:
    found = parse_number(text)
    assert found is not None and found.number == number


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("12/QĐ-UBND UBND tỉnh giao", "12/QĐ-UBND"),  # a copy that kept its hyphens lost none
        ("15/QĐ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "15/QĐ"),  # a flattened header's next cell
        ("33/QĐ Bắc Giang, ngày 2/2/2020", "33/QĐ"),
        ("61/QĐ V12 ngày 2/2/2020", "61/QĐ"),  # a unit's code only after a body
        ("19 CT/TW ngày 4/5/2012", "19 CT/TW"),
    ],
)
def test_a_lost_hyphen_never_takes_other_words(text: str, number: str) -> None:
    found = parse_number(text)
    assert found is not None and found.number == number


def test_a_header_number_keeps_the_space_as_printed_and_its_type() -> None:
    header = parse_header(
        "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập Tự do Hạnh phúc\n"
        "Số: 45/QĐ UBND\nHà Tĩnh, ngày 03 tháng 4 năm 2019\nQUYẾT ĐỊNH\nVỀ VIỆC GIAO CHỈ TIÊU\n"
    )
    assert header.number == "45/QĐ UBND"
    assert header.issue_date == dt.date(2019, 4, 3)


def test_cited_numbers_with_lost_hyphens_keep_their_dates() -> None:
    text = (
        "Căn cứ Quyết định số 77/QĐ TTg ngày 5/6/2010 của Thủ tướng Chính phủ; Chỉ thị số 08/CT BCA V19 ngày "
        "2/3/2015 của Bộ trưởng Bộ Công an; Thông báo số 315/TB/TT BCĐ ngày 2/7/2006 của Ban Chỉ đạo;"
    )
    assert [(c.number, c.date) for c in find_citations(text)] == [
        ("77/QĐ TTg", dt.date(2010, 6, 5)),
        ("08/CT BCA V19", dt.date(2015, 3, 2)),
        ("315/TB/TT BCĐ", dt.date(2006, 7, 2)),
    ]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("83/2015/QH 13 ngày 25 tháng 6 năm 2015", "83/2015/QH13"),
        ("02/2022/UBTVQH 15, ", "02/2022/UBTVQH15"),
        ("5/2020/QH 145 ngày", "5/2020/QH"),  # no term of the National Assembly
    ],
)
def test_a_national_assembly_term_set_off_by_a_space_joins_its_body(text: str, number: str) -> None:
    found = parse_number(text)
    assert found is not None and found.number == number


def test_a_law_cited_with_its_term_set_off_is_one_citation() -> None:
    text = (
        "Căn cứ Luật Ngân sách nhà nước số 83/2015/QH 13 ngày 25 tháng 6 năm 2015;\n"
        "Căn cứ Nghị định số 163/2016/NĐ-CP ngày 21 tháng 12 năm 2016 của Chính phủ quy định chi tiết thi hành "
        "một số điều của Luật Ngân sách nhà nước;\n"
    )
    assert [(c.kind, c.number) for c in find_citations(text)] == [
        ("luat", "83/2015/QH13"),
        ("nghi_dinh", "163/2016/NĐ-CP"),
    ]
