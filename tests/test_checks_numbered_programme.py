"""A trips-per-year limit that leaves out the trips of a programme named only by its number ("… theo Đề án số
07-ĐA/TU của Tỉnh ủy không tính vào số lần …"): a trip citing the number is not counted (scenario 30's form; the
sentences are the tests' own)."""

from __future__ import annotations

import datetime as dt

from extractors.programmes import named_programme
from pipeline.checks.run import run_checks
from tests.rules_db import Member, approved_2026, insert_purposed_trips

D = dt.date
QUY_CHE = (
    "Số 05-QC/TU\n"
    "Điều 3. Lãnh đạo chủ chốt\n"
    "1. Lãnh đạo chủ chốt đi công tác nước ngoài không quá hai (02) lần/năm.\n"
    "2. Lãnh đạo chủ chốt nêu tại khoản 1 Điều này là: Giám đốc sở; Chủ tịch UBND xã, phường.\n"
    "3. Chuyến đi dự lớp bồi dưỡng theo Đề án số 07-ĐA/TU của Tỉnh ủy không tính vào số lần quy định tại khoản 1 "
    "Điều này.\n"
    "Điều 4. Mỗi đoàn không quá mười (10) người.\n"
)
HEAD = Member("Kha Văn Định", "Sở Tài chính", title="Giám đốc Sở Tài chính")


def _trips(purposes: list[str]):  # type: ignore[no-untyped-def]
    """The Giám đốc's trips, one a purpose."""
    con = approved_2026(QUY_CHE, "05-QC/TU", "Tỉnh ủy Đông Sơn", D(2026, 1, 12))
    insert_purposed_trips(con, HEAD, purposes, "Hàn Quốc", "UBND")
    return con


def test_a_programme_named_by_its_number_is_read_with_the_number() -> None:
    programme = named_programme("Chuyến đi dự lớp bồi dưỡng theo Đề án số 07-ĐA/TU của Tỉnh ủy không tính vào số lần")
    assert programme is not None
    assert (programme.kind, programme.parties) == ("de an", ("07-da/tu",))
    assert named_programme("Chuyến đi theo đề án của tỉnh không tính vào số lần") is None  # names nothing to cite


def test_a_trip_citing_the_programmes_number_is_not_counted() -> None:
    plain = ["Làm việc với tỉnh bạn", "Dự hội chợ"]
    course = "Tham dự lớp bồi dưỡng quản trị công theo Đề án số 07-ĐA/TU của Tỉnh ủy"
    assert run_checks(_trips([plain[0], course, plain[1]]), D(2026, 12, 1), "r") == []
    (finding,) = run_checks(
        _trips([plain[0], "Tham dự lớp bồi dưỡng theo Đề án số 09-ĐA/TU", plain[1]]), D(2026, 12, 1), "r"
    )
    assert finding.decision_number == "30/QĐ-UBND"  # another Đề án's course is counted


def test_a_numbered_plan_is_a_programme_its_courses_are_not_counted() -> None:
    programme = named_programme(
        "Chuyến đi dự khóa bồi dưỡng ở nước ngoài theo Kế hoạch số 25-KH/TU của Tỉnh ủy không tính vào số lần quy "
        "định tại khoản 1 Điều này"
    )
    assert programme is not None
    assert (programme.kind, programme.parties) == ("ke hoach", ("25-kh/tu",))
    assert named_programme("Chuyến đi theo kế hoạch đối ngoại của tỉnh không tính vào số lần") is None  # no number
