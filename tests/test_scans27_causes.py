"""Scenario 27 on its scans (issue 13): what OCR changed, each on a short hand-written text."""

import dataclasses
import datetime as dt

import pytest

from extractors.docnumber import parse_number
from extractors.members import find_members
from pipeline.checks.run import run_checks
from tests.rules_db import Member, TripFact, approved_2026, insert_trips


@pytest.mark.parametrize(
    ("read", "number"),
    [
        ("1045/QĐ-syT ngày 24/9/2026", "1045/QĐ-SYT"),  # the Sở Y tế's "SYT" read partly small
        ("77/KH-sNV", "77/KH-SNV"),
        ("77/KH-abc", "77/KH"),  # no known part in capitals: as before
    ],
)
def test_a_known_part_read_in_small_letters_stays_in_the_symbol(read: str, number: str) -> None:
    found = parse_number(read)
    assert found is not None and found.number == number


def test_an_item_number_one_read_as_a_letter_opens_the_list() -> None:
    text = (
        "Điều 1. Cử viên chức có tên sau đi công tác tại Nhật Bản từ ngày 20/7/2026 đến ngày 22/7/2026, gồm 02 người:\n"
        "l TS. Hà Thị Minh Nguyệt, Phó Hiệu trưởng Trường Đại học Nam Sơn - Trưởng đoàn;\n"
        "2. ThS. Đỗ Văn Khang, Giảng viên Khoa Kinh tế, Trường Đại học Nam Sơn.\n"
    )
    assert [m.name for m in find_members(text)] == ["Hà Thị Minh Nguyệt", "Đỗ Văn Khang"]


def test_a_dot_a_scan_read_for_the_comma_before_a_unit_does_not_end_the_list() -> None:
    text = (
        "Điều 1. Cử ông Lê Văn Bình, Giám đốc Sở Công Thương (trưởng đoàn); bà Hà Thị Mai, Trưởng phòng Quản lý "
        "thương mại. Sở Công Thương; ông Phan Văn Tú, Chuyên viên Sở Công Thương đi công tác tại Nhật Bản từ ngày "
        "04/5/2026 đến ngày 08/5/2026.\n"
    )
    assert [m.name for m in find_members(text)] == ["Lê Văn Bình", "Hà Thị Mai", "Phan Văn Tú"]


def test_a_lone_capital_left_of_an_academic_title_before_a_name_is_no_part_of_it() -> None:
    """A stamp's frame crossed "TS.BS." and left "T": the member after it is read; "Y" opens an Ê Đê name."""
    text = (
        "Điều 1. Cử bà Hà Thị Mai, Phó Giám đốc Sở Y tế; T Lâm Văn Phú, Giám đốc Bệnh viện Đa khoa tỉnh và "
        "ông Y Moan Êban, Chuyên viên Sở Y tế đi công tác tại Nhật Bản từ ngày 04/5/2026 đến ngày 08/5/2026.\n"
    )
    assert [m.name for m in find_members(text)] == ["Hà Thị Mai", "Lâm Văn Phú", "Y Moan Êban"]


_RULES = (
    "Số 12-QĐi/TU\n"
    "Điều 4. Thời gian làm việc tại mỗi nước không quá năm (05) ngày, không kể thời gian đi đường.\n"
    "Điều 5. Chậm nhất sau mười (10) ngày làm việc kể từ ngày về nước, trưởng đoàn phải báo cáo kết quả chuyến "
    "công tác bằng văn bản.\n"
)


def _found(lost: tuple[str, ...], report_period: tuple[dt.date, dt.date] | None) -> set[str]:
    """The kinds of the findings on a trip of 3/8 to 10/8 (8 days in one country) reported on 27/8, the decision's
    `lost` dates not read, its report stating `report_period`."""
    con = approved_2026(_RULES, "12-QĐi/TU", "Tỉnh ủy Đông Sơn", dt.date(2026, 1, 5))
    trip = TripFact(
        "40/QĐ-UBND", dt.date(2026, 8, 3), dt.date(2026, 8, 10), ["Hàn Quốc"], [Member("Lê Văn Tùng", "Sở Y tế")]
    )
    insert_trips(con, [dataclasses.replace(trip, report_on=dt.date(2026, 8, 27))])
    if lost:
        con.execute(f"UPDATE trips SET {', '.join(f'{column} = NULL' for column in lost)}")
    if report_period:
        con.execute("UPDATE reports SET start_date = ?, end_date = ?", list(report_period))
    return {
        f.rule_kind
        for f in run_checks(con, dt.date(2026, 12, 1), "r")
        if f.rule_kind != "passport_return_deadline_days"
    }


def test_a_period_the_decisions_scan_lost_whole_is_the_linked_reports() -> None:
    """A received stamp over "từ ngày … đến ngày …": the report (27/8) is late by its own period's return (10/8: the
    10th working day is 24/8), and the days in the country are counted; a report with no period gives neither."""
    both = ("start_date", "end_date")
    assert _found(both, (dt.date(2026, 8, 3), dt.date(2026, 8, 10))) == {
        "report_deadline_working_days",
        "max_days_per_country",
    }
    assert _found(both, (dt.date(2026, 8, 10), dt.date(2026, 8, 14))) == set()  # 5 days, back 14/8: due 28/8
    assert _found(both, None) == set()


def test_a_start_the_decisions_scan_lost_is_the_reports_when_the_return_agrees() -> None:
    assert "max_days_per_country" in _found(("start_date",), (dt.date(2026, 8, 3), dt.date(2026, 8, 10)))
    assert "max_days_per_country" not in _found(("start_date",), (dt.date(2026, 8, 3), dt.date(2026, 8, 12)))
