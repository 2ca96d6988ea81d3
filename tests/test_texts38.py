"""Local documents' headers and signature blocks as web copies print them (blind70 as development, session 38): a
title in capitals with a small letter let slip in ("KT CHỦ TịCH"), a Word export's shape name glued before the
number's label ("straight connector 2Số:"), a bare "ỦY BAN NHÂN DÂN" whose city the body names as a report's
author, and a law cited with the clause of its passing. Documents written for these tests in the forms such
copies print."""

from __future__ import annotations

import pytest

from extractors.header import parse_header
from extractors.issuer import bare_issuer_by_place
from extractors.signature import split_name
from pipeline.evaluate.fields.fields import citations

_DECISION = (
    "UỶ BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 12/QĐ-UBND\nVinh, ngày 23 tháng 10 năm 2008\nQUYẾT ĐỊNH\nVề việc X\n"
    "Điều 1. Phê duyệt.\n"
)


@pytest.mark.parametrize(
    "block",
    [
        "TM UỶ BAN NHÂN DÂN\nKT CHỦ TịCH\nPHÓ CHỦ TịCH",  # rt-1570: no stops, a small "ị" in the capitals
        "TM. UỶ BAN NHÂN DÂN\nKT. CHỦ TịCH\nPHÓ CHỦ TịCH",
        "TM UỶ BAN NHÂN DÂN\nKT CHỦ TỊCH\nPHÓ CHỦ TỊCH",
    ],
)
def test_a_title_in_capitals_with_a_small_letter_is_no_name(block: str) -> None:
    signer = parse_header(f"{_DECISION}{block}\nĐã ký\nNguyễn Xuân Đường\n").signer
    assert signer is not None
    assert (signer.name, signer.mode, signer.title) == ("Nguyễn Xuân Đường", "KT.", "Phó Chủ tịch")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("KT CHỦ TịCH", None),  # capitals with one small letter: a heading, no name
        ("TRẦN VĂN CƯỜNG", "Trần Văn Cường"),
        ("Brian McDonagh", "Brian McDonagh"),  # a prefixed name's second capital keeps it in name case
        ("Nguyễn Xuân Đường", "Nguyễn Xuân Đường"),
    ],
)
def test_split_name_reads_capitals_with_a_slipped_letter_as_capitals(line: str, name: str | None) -> None:
    assert split_name(line)[1] == name


@pytest.mark.parametrize(
    "number_line",
    [
        "straight connector 2Số: 1551 /UBND-VX",  # rt-1582: a Word export's shape name before the label
        "Số: 1551 /UBND-VX",
    ],
)
def test_a_number_label_glued_to_a_shape_name_is_read(number_line: str) -> None:
    text = (
        f"ỦY BAN NHÂN DÂN\n\nTHÀNH PHỐ HỒ CHÍ MINH\n\n{number_line}\n\nVề việc thực hiện Đề án\n\n"
        "Thành phố Hồ Chí Minh, ngày 07 tháng 4 năm 2016\nKính gửi: Sở Y tế\n"
    )
    assert parse_header(text).number == "1551/UBND-VX"


_REPORTED = (
    "Ủy ban nhân dân thành phố Hồ Chí Minh đã có Báo cáo số 75/BC-UBND ngày 10 tháng 7 năm 2009 về thực hiện "
    "sắp xếp báo in của thành phố Hồ Chí Minh."
)


@pytest.mark.parametrize(
    ("place", "text", "issuer"),
    [
        ("TP. Hồ Chí Minh", _REPORTED, "ỦY BAN NHÂN DÂN thành phố Hồ Chí Minh"),  # rt-1583's body
        ("Thành phố Hồ Chí Minh", _REPORTED, "ỦY BAN NHÂN DÂN thành phố Hồ Chí Minh"),
        ("TP. Hồ Chí Minh", _REPORTED.replace("Hồ Chí Minh đã", "Hà Nội đã"), None),  # another city's report
        ("TP. Hồ Chí Minh", "Thực hiện chỉ đạo của Ủy ban nhân dân thành phố Hồ Chí Minh.", None),  # no author
        ("Quận 3", _REPORTED, None),  # a district's dateline: the city's report is cited by its district
    ],
)
def test_a_bare_committee_that_names_itself_a_reports_author(place: str, text: str, issuer: str | None) -> None:
    assert bare_issuer_by_place("ỦY BAN NHÂN DÂN", [], place, text) == issuer


def test_a_laws_passing_clause_is_no_part_of_its_name_when_scored() -> None:
    cited = "Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân đã được Quốc hội thông qua ngày 30 tháng 6 năm 1983"
    found = "Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 30 tháng 6 năm 1983"
    other = "Luật tổ chức Hội đồng nhân dân ngày 30 tháng 6 năm 1983"

    def scored(text: str) -> set[object]:
        return citations({"citations": [{"kind": "luat", "text": text, "date": "1983-06-30"}]})

    assert scored(cited) == scored(found) != scored(other)
