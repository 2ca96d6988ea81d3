"""A trips-a-year limit that does not count the trips negotiating on the Government's mandate, stated two items after
the limit, past the items defining its scope (issue 13, scenario 28's form; the sentences are the tests' own)."""

from __future__ import annotations

import datetime as dt

from extractors.programmes import named_programme
from extractors.rules import find_rules
from pipeline.checks.run import run_checks
from schemas.rules import RuleKind
from tests.rules_db import Member, TripFact, approved_2026, insert_trips

D = dt.date
QUY_DINH = (
    "Số: 12-QĐi/ĐU\n"
    "Điều 5. Số chuyến đi nước ngoài của lãnh đạo chủ chốt\n"
    "1. Lãnh đạo chủ chốt các đơn vị thuộc Bộ đi công tác nước ngoài không quá hai (02) chuyến mỗi năm.\n"
    "2. Lãnh đạo chủ chốt quy định tại khoản 1 Điều này gồm: Cục trưởng, Vụ trưởng, Chánh Thanh tra Bộ; bí thư "
    "đảng ủy các cục.\n"
    "3. Cấp phó của người đứng đầu các cục, vụ không thuộc diện lãnh đạo chủ chốt theo Quy định này.\n"
    "4. Không tính vào số chuyến quy định tại khoản 1 Điều này các chuyến đi đàm phán hiệp định thương mại, điều ước "
    "quốc tế theo ủy quyền của Chính phủ.\n"
    "Điều 6. Mỗi đoàn không quá tám (08) người.\n"
)
HEAD = Member("Ninh Văn Khải", "Cục Xúc tiến thương mại", title="Cục trưởng")
MANDATED = "Đàm phán Hiệp định thương mại tự do với Niu Di-lân theo ủy quyền của Chính phủ"


def _db():  # type: ignore[no-untyped-def]
    return approved_2026(QUY_DINH, "12-QĐi/ĐU", "Đảng ủy Bộ Công Thương", D(2026, 1, 5))


def _insert(con, purposes: list[str], first: int = 1) -> None:  # type: ignore[no-untyped-def]
    """A trip of the Cục trưởng for each purpose, the n-th ("n0/QĐ-BCT") in month 2n, from the `first`."""
    for n, purpose in enumerate(purposes, start=first):
        trip = TripFact(f"{n}0/QĐ-BCT", D(2026, 2 * n, 3), D(2026, 2 * n, 7), ["Lào"], [HEAD])
        insert_trips(con, [trip])
        con.execute("UPDATE trips SET purpose = ? WHERE trip_id = ?", [purpose, trip.trip_id])


def test_the_not_counted_item_after_the_scope_s_items_is_the_limit_s_exception() -> None:
    (limit,) = [r for r in find_rules(QUY_DINH) if r.kind == RuleKind.MAX_TRIPS_PER_YEAR.value]
    assert limit.scope == "key_leader"
    assert limit.exception is not None and limit.exception.startswith("Không tính vào số chuyến quy định tại khoản 1")


def test_the_negotiation_and_its_mandate_are_read_from_the_exception() -> None:
    programme = named_programme("Không tính các chuyến đi đàm phán điều ước quốc tế theo ủy quyền của Chính phủ.")
    assert programme is not None
    assert programme.name == "đàm phán điều ước quốc tế theo ủy quyền của Chính phủ"
    assert (programme.kind, programme.parties) == ("uy quyen cua chinh phu", ("dam phan",))
    assert named_programme("Các chuyến đi đàm phán theo ủy quyền của Chính phủ được ưu tiên bố trí") is None


def test_a_negotiation_on_the_mandate_is_not_counted() -> None:
    con = _db()
    _insert(con, [MANDATED, "Dự hội chợ hàng Việt Nam", "Khảo sát thị trường"])
    assert run_checks(con, D(2026, 12, 1), "r") == []  # the third decision is the second counted trip
    _insert(con, ["Dự hội thảo"], first=4)
    (finding,) = run_checks(con, D(2026, 12, 1), "r")
    assert (finding.decision_number, finding.severity.value) == ("40/QĐ-BCT", "breach")
    assert "không tính chuyến đi theo quyết định 10/QĐ-BCT" in finding.message


def test_a_negotiation_without_the_mandate_is_counted_for_a_person_to_check() -> None:
    con = _db()
    _insert(con, ["Đàm phán bản ghi nhớ hợp tác với Bộ Công Thương Lào", "Dự hội chợ", "Khảo sát thị trường"])
    (finding,) = run_checks(con, D(2026, 12, 1), "r")
    assert (finding.decision_number, finding.severity.value) == ("30/QĐ-BCT", "review")
    assert "chưa rõ chuyến đi theo quyết định 10/QĐ-BCT có thực hiện đàm phán" in str(finding.evidence["to_check"])
