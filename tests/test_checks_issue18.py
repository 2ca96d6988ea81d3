"""Issue 18's checks on a scenario of our own: a plan document, an unplanned trip, a spouse in a delegation, a
sightseeing trip on the budget and a disciplined member give exactly those four findings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from extractors.plans import find_planned_delegations
from pipeline.checks.run import run_checks
from pipeline.link.discipline import load_discipline_register, read_discipline_register
from pipeline.rules.rulebase import propose_rules, set_status
from pipeline.store.connection import open_db
from schemas.rules import RuleKind
from tests.rules_db import Member, TripFact, dispatch, insert_trips

D = dt.date
DISPATCH = (
    "1. Hạn chế tối đa việc cử đoàn đi công tác nước ngoài không nằm trong kế hoạch đã được phê duyệt.\n"
    "2. Không đưa thân nhân đi trong đoàn công tác; trường hợp đặc biệt cần phu nhân, phu quân đi cùng thì phải "
    "được cấp có thẩm quyền cho phép.\n"
    "3. Không cử đoàn đi giao lưu, khảo sát, học tập kinh nghiệm không thiết thực bằng ngân sách nhà nước.\n"
    "4. Không cử cán bộ đang trong thời gian bị xem xét kỷ luật đi nước ngoài.\n"
)
PLAN = (
    "KẾ HOẠCH\nHoạt động đối ngoại năm 2025\n"
    "STT | Đơn vị chủ trì | Nước đến | Mục đích | Thời gian | Số lượng | Kinh phí\n"
    "1 | Sở Công Thương | Nhật Bản | Xúc tiến thương mại | Quý II/2025 | 05 người | Ngân sách tỉnh\n"
    "2 | Sở Y tế | Xinh-ga-po | Hội thảo y khoa | Tháng 9/2025 | 04 người | Ngân sách tỉnh\n"
    "3 | Sở Nông nghiệp và Phát triển nông thôn | Trung Quốc | Khảo sát thị trường | Quý III | 05 | Ngân sách tỉnh\n"
    "4 | Sở Giáo dục và Đào tạo | Ô-xtrây-li-a | Hợp tác đào tạo | tháng 10-11 | 06 | Ngân sách tỉnh\n"
)
REGISTER = "name,unit,from,to,decision\nTrần Văn Bình,Sở Giáo dục và Đào tạo,01/09/2025,,Thông báo 12-TB/UBKT\n"


def _trip(number: str, start: dt.date, country: str, unit: str, purpose: str, *extra: Member) -> TripFact:
    lead = Member(f"Lê Văn {number[:2]}", unit, title="Phó Giám đốc")
    trip = TripFact(number, start, start + dt.timedelta(days=5), [country], [lead, *extra])
    trip.purpose = purpose  # type: ignore[attr-defined]
    return trip


@pytest.fixture
def scenario(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    con = open_db(tmp_path / "s.duckdb")
    rules = propose_rules(con, [dispatch(DISPATCH, "50/UBND-NV", "UBND tỉnh Đông Sơn", D(2025, 1, 5), "a" * 64)])
    set_status(con, "approve", [r.id for r in rules], actor="lan")
    for ordinal, entry in enumerate(find_planned_delegations(PLAN, 2025)):
        con.execute(
            "INSERT INTO plan_entries (sha256, ordinal, unit, countries, country_codes, period_start, period_end, "
            "row_text) VALUES ('p', ?, ?, ?, ?, ?, ?, ?)",
            [
                ordinal,
                entry.unit,
                entry.countries,
                entry.country_codes,
                entry.period_start,
                entry.period_end,
                entry.row,
            ],
        )
    spouse = Member("Phạm Thị Hoa", "Sở Y tế", title="Phu nhân đồng chí Phó Giám đốc Sở Y tế")
    disciplined = Member("Trần Văn Bình", "Sở Giáo dục và Đào tạo", title="Trưởng phòng")
    planted = [  # number, start, country, unit, purpose, other members
        ("11/QĐ-UBND", D(2025, 5, 12), "Nhật Bản", "Sở Công Thương", "xúc tiến thương mại", ()),  # planned
        ("12/QĐ-UBND", D(2025, 8, 4), "Pháp", "Sở Tài chính", "làm việc với đối tác", ()),  # not in the plan
        ("13/QĐ-UBND", D(2025, 9, 8), "Xinh-ga-po", "Sở Y tế", "dự hội thảo y khoa", (spouse,)),
        ("14/QĐ-UBND", D(2025, 8, 18), "Trung Quốc", "Sở Nông nghiệp và Phát triển nông thôn",
         "tham quan, học tập kinh nghiệm sản xuất nông nghiệp", ()),
        ("15/QĐ-UBND", D(2025, 10, 6), "Ô-xtrây-li-a", "Sở Giáo dục và Đào tạo", "hợp tác đào tạo", (disciplined,)),
    ]  # fmt: skip
    trips = [
        _trip(number, start, country, unit, purpose, *others)
        for number, start, country, unit, purpose, others in planted
    ]
    insert_trips(con, trips)
    codes = {"Nhật Bản": "JP", "Pháp": "FR", "Xinh-ga-po": "SG", "Trung Quốc": "CN", "Ô-xtrây-li-a": "AU"}
    for trip in trips:
        con.execute(
            "UPDATE trips SET purpose = ? WHERE trip_id = ?",
            [trip.purpose, trip.trip_id],  # type: ignore[attr-defined]
        )
        con.execute(
            "UPDATE trip_destinations SET iso_code = ? WHERE trip_id = ?", [codes[trip.countries[0]], trip.trip_id]
        )
    records, problems = read_discipline_register(REGISTER)
    assert problems == []
    load_discipline_register(con, records, "ky-luat.csv")
    return con


KINDS = (
    RuleKind.IN_ANNUAL_PLAN,
    RuleKind.NO_RELATIVES_IN_DELEGATION,
    RuleKind.NO_IMPRACTICAL_STATE_FUNDED_TRIP,
    RuleKind.NO_TRIP_UNDER_DISCIPLINE,
)


def test_checks_issue18_scenario_gives_exactly_the_planted_findings(scenario: duckdb.DuckDBPyConnection) -> None:
    found = run_checks(scenario, D(2025, 12, 31), kinds=KINDS)
    assert sorted((f.decision_number, f.rule_kind.value, f.person, f.severity.value) for f in found) == [
        ("12/QĐ-UBND", "in_annual_plan", None, "warning"),
        ("13/QĐ-UBND", "no_relatives_in_delegation", "Phạm Thị Hoa", "breach"),
        ("14/QĐ-UBND", "no_impractical_state_funded_trip", None, "review"),
        ("15/QĐ-UBND", "no_trip_under_discipline", "Trần Văn Bình", "breach"),
    ]
    by_kind = {f.rule_kind: f for f in found}
    study = by_kind[RuleKind.NO_IMPRACTICAL_STATE_FUNDED_TRIP]
    assert "“tham quan, học tập kinh nghiệm sản xuất nông nghiệp”" in study.message
    assert study.evidence["to_check"].startswith("mục đích chuyến đi có thiết thực")
    discipline = by_kind[RuleKind.NO_TRIP_UNDER_DISCIPLINE]
    assert (
        discipline.evidence["match"] == "name+unit" and discipline.evidence["record_decision"] == "Thông báo 12-TB/UBKT"
    )
    unplanned = by_kind[RuleKind.IN_ANNUAL_PLAN]
    assert unplanned.evidence["country_agrees"] is False
    for finding in found:  # every finding quotes its rule and names its source
        assert finding.rule_sentence and finding.evidence["rule_source"] == "Công văn số 50/UBND-NV"


def test_checks_issue18_permission_stated_and_unit_mismatch(scenario: duckdb.DuckDBPyConnection) -> None:
    """A decision that states the permission has no relatives finding; a register entry whose unit differs from
    the member's goes to review, naming both units."""
    scenario.execute(
        "INSERT INTO documents (sha256, path, status, text, extractor_version, ingested_at) VALUES "
        "('t-13/QĐ-UBND', 'qd13.pdf', 'ok', 'Chủ tịch UBND tỉnh đồng ý cho phép phu nhân đồng chí Phó Giám đốc "
        "đi cùng đoàn.', 'test', now())"
    )
    scenario.execute("UPDATE discipline_records SET unit = 'Sở Tài chính'")
    found = run_checks(scenario, D(2025, 12, 31), kinds=KINDS)
    kinds = {(f.rule_kind.value, f.severity.value) for f in found}
    assert ("no_relatives_in_delegation", "breach") not in kinds
    (discipline,) = [f for f in found if f.rule_kind is RuleKind.NO_TRIP_UNDER_DISCIPLINE]
    assert discipline.severity.value == "review" and "Sở Tài chính" in discipline.evidence["to_check"]


@pytest.mark.parametrize(
    "purpose",
    [
        "khảo sát, học tập kinh nghiệm quản lý chợ đầu mối",
        "trao đổi kinh nghiệm xúc tiến đầu tư",
        "tham quan, làm việc với Hiệp hội doanh nghiệp Ô-xa-ka",
    ],
)
def test_checks_issue18_survey_or_study_alone_is_no_finding(scenario: duckdb.DuckDBPyConnection, purpose: str) -> None:
    """Surveys, study and exchanges of experience are a delegation's ordinary work; nothing in a decision shows
    one impractical, so only a tour with no business of its own is put to a person."""
    scenario.execute("UPDATE trips SET purpose = ? WHERE decision_number = '11/QĐ-UBND'", [purpose])
    found = run_checks(scenario, D(2025, 12, 31), kinds=(RuleKind.NO_IMPRACTICAL_STATE_FUNDED_TRIP,))
    assert [f.decision_number for f in found] == ["14/QĐ-UBND"]


@pytest.mark.parametrize(
    "purpose",
    [
        "tham quan nhà máy và trao đổi về dự án đầu tư trung tâm logistics",
        "tham quan cảng biển, thảo luận phương án hợp tác vận tải",
        "tham quan khu công nghiệp và hội đàm với chính quyền thành phố",
    ],
)
def test_checks_issue18_a_tour_with_business_of_its_own_is_no_finding(
    scenario: duckdb.DuckDBPyConnection, purpose: str
) -> None:
    """Issue 13 (blind scenario 11, class 5): a visit ("tham quan") that also discusses a project or holds talks
    has business of its own; only a tour with nothing else is put to a person."""
    scenario.execute("UPDATE trips SET purpose = ? WHERE decision_number = '14/QĐ-UBND'", [purpose])
    found = run_checks(scenario, D(2025, 12, 31), kinds=(RuleKind.NO_IMPRACTICAL_STATE_FUNDED_TRIP,))
    assert found == []


@pytest.mark.parametrize(
    ("text", "permitted"),
    [
        (
            "2. Lò Thị Hoa - phu nhân đồng chí Nguyễn Hữu Thắng, đi cùng theo lời mời của phía Bạn (Thường trực Tỉnh "
            "ủy đã đồng ý tại Công văn số 1875-CV/TU ngày 05/10/2026)",
            True,
        ),
        ("4. Bà Phạm Thị Hoa, vợ đồng chí Trưởng đoàn, đi cùng; Thường trực Tỉnh ủy đã có văn bản chấp thuận.", False),
        ("4. Bà Phạm Thị Hoa, vợ đồng chí Trưởng đoàn, đi cùng Đoàn, kinh phí tự túc.", False),
    ],
)
def test_checks_issue18_permission_in_the_relative_s_own_sentence(
    scenario: duckdb.DuckDBPyConnection, text: str, permitted: bool
) -> None:
    """Issue 13 (blind scenario 11, class 2): the dispatch's exception ("phải được Thường trực Tỉnh ủy đồng ý bằng
    văn bản") is honoured when the relative's own sentence states the agreement, even after the invitation's
    reason; an agreement in another sentence, or none, leaves the breach."""
    scenario.execute(
        "INSERT INTO documents (sha256, path, status, text, extractor_version, ingested_at) VALUES "
        "('t-13/QĐ-UBND', 'qd13.pdf', 'ok', ?, 'test', now())",
        [text],
    )
    found = run_checks(scenario, D(2025, 12, 31), kinds=(RuleKind.NO_RELATIVES_IN_DELEGATION,))
    assert (found == []) is permitted
