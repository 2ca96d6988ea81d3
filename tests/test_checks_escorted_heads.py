"""A trips-a-year limit that does not count the members of a delegation some posts head (issue 13, scenario 24's
form; the sentences are the tests' own)."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.escorted_heads import escorted_heads
from extractors.rules import find_rules
from pipeline.checks.run import run_checks
from schemas.rules import RuleKind
from tests.rules_db import Member, TripFact, approved_2026, insert_trips

D = dt.date
CHI_THI = (
    "Số 11-CT/TU\n"
    "1. Cán bộ, công chức đi công tác nước ngoài không quá hai (02) lần trong một năm. Cán bộ quy định tại điểm này "
    "gồm: Giám đốc các sở; Chủ tịch Ủy ban nhân dân các xã; Hiệu trưởng các trường cao đẳng; Giám đốc các bệnh "
    "viện; Chủ tịch các hội. Cấp phó không thuộc diện này; trường hợp cấp phó là bí thư thì thuộc diện này. Không "
    "tính vào số lần quy định tại điểm này đối với các thành viên tháp tùng trong đoàn do Bí thư Tỉnh ủy hoặc Chủ "
    "tịch Ủy ban nhân dân tỉnh làm trưởng đoàn.\n"
    "2. Mỗi đoàn không quá mười (10) người.\n"
)
DIRECTOR = Member("Lê Văn Tùng", "Sở Xây dựng", title="Giám đốc")


@pytest.mark.parametrize(
    ("exception", "heads"),
    [
        (
            "Không tính vào số lần quy định tại điểm này đối với các thành viên tháp tùng trong đoàn do Bí thư Tỉnh "
            "ủy hoặc Chủ tịch Ủy ban nhân dân tỉnh làm trưởng đoàn",
            ["Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh"],
        ),
        ("Không tính các chuyến đi tháp tùng lãnh đạo Trung ương, lãnh đạo tỉnh", []),
    ],
)
def test_the_exception_names_the_heads_whose_members_are_not_counted(exception: str, heads: list[str]) -> None:
    assert escorted_heads(exception) == heads


def test_the_exception_after_a_long_definition_is_the_limits() -> None:
    """The definition's ";"-cut clauses before it do not hide the not-counted sentence of the same item."""
    (limit,) = [r for r in find_rules(CHI_THI) if r.kind == RuleKind.MAX_TRIPS_PER_YEAR.value]
    assert limit.exception is not None and limit.exception.startswith("Không tính vào số lần quy định tại điểm này")


def test_members_of_a_delegation_the_named_post_heads_are_not_counted_its_head_is() -> None:
    con = approved_2026(CHI_THI, "11-CT/TU", "Tỉnh ủy Đông Sơn", D(2026, 1, 5))
    chair = Member("Hà Văn Lộc", "Ủy ban nhân dân tỉnh", title="Chủ tịch", role="trưởng đoàn")
    deputy = Member("Trần Thị Mơ", "Ủy ban nhân dân tỉnh", title="Phó Chủ tịch", role="trưởng đoàn")
    insert_trips(
        con,
        [
            TripFact("10/QĐ-UBND", D(2026, 2, 3), D(2026, 2, 7), ["Lào"], [chair, DIRECTOR]),
            TripFact("20/QĐ-UBND", D(2026, 4, 3), D(2026, 4, 7), ["Lào"], [DIRECTOR]),
            TripFact("30/QĐ-UBND", D(2026, 6, 3), D(2026, 6, 7), ["Lào"], [DIRECTOR]),
            TripFact("40/QĐ-UBND", D(2026, 8, 3), D(2026, 8, 7), ["Lào"], [deputy, DIRECTOR]),
        ],
    )
    found = {(f.decision_number, f.person) for f in run_checks(con, D(2026, 12, 1), "r")}
    # the trip the Chủ tịch heads is not the director's own; the Phó Chủ tịch's is, so 40 is his third
    assert ("40/QĐ-UBND", DIRECTOR.name) in found
    assert ("30/QĐ-UBND", DIRECTOR.name) not in found
