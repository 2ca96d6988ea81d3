"""Issue 13 (scenarios 29–30 texts): a committee seat kept in a member's title, so a definition that puts such
seats out is obeyed; and a year's-ends rule that only "hạn chế"s trips, naming no month or ban, holds no trip."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from extractors.members import parse_member
from extractors.rules import rules_in_clause
from extractors.scope import KEY_LEADER, classify
from extractors.units import split_membership
from pipeline.checks.run import run_checks
from pipeline.rules.rulebase import propose_rules, set_status
from pipeline.store.connection import open_db
from schemas.document import ScopeDefinition
from schemas.rules import RuleKind
from tests.rules_db import Member, TripFact, dispatch, insert_trips

D = dt.date


@pytest.mark.parametrize(
    ("item", "title", "unit"),
    [
        (
            "Đồng chí Lò Văn Khải, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy - Trưởng đoàn;",
            "Ủy viên Ban Thường vụ Huyện ủy, Trưởng ban",
            "Ban Dân vận Huyện ủy",
        ),
        (  # two seats, both kept
            "Bà Hà Thị Nguyệt, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Hội Nông "
            "dân tỉnh;",
            "Ủy viên Ban Chấp hành Đảng bộ tỉnh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch",
            "Hội Nông dân",
        ),
        # a membership that is no seat ("Tỉnh ủy viên") or a former one is not the title
        ("Ông Vàng A Sử, Tỉnh ủy viên, Giám đốc Sở Tư pháp;", "Giám đốc", "Sở Tư pháp"),
        ("Ông Vàng A Sử, nguyên Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Sở Tư pháp;", "Giám đốc", "Sở Tư pháp"),
    ],
)
def test_member_title_keeps_a_committee_seat(item: str, title: str, unit: str) -> None:
    member = parse_member(item)
    assert member is not None and (member.title, member.unit) == (title, unit)


def test_split_membership_gives_the_seats_and_the_post() -> None:
    assert split_membership("Ủy viên BTV Tỉnh ủy, Tỉnh ủy viên, Bí thư Đảng ủy xã") == (
        "Ủy viên BTV Tỉnh ủy",
        "Bí thư Đảng ủy xã",
    )
    assert split_membership("Ủy viên Ban Thường vụ Thành ủy, Giám đốc Sở Y tế") == (
        "Ủy viên Ban Thường vụ Thành ủy",
        "Giám đốc Sở Y tế",
    )
    assert split_membership("Giám đốc Sở Y tế") == (None, "Giám đốc Sở Y tế")


def test_a_seat_the_definition_puts_out_leaves_the_head_out() -> None:
    definition = ScopeDefinition(
        term="Lãnh đạo chủ chốt",
        scope=KEY_LEADER,
        includes=["Người đứng đầu các sở, ban, ngành"],
        excludes=["cấp phó của người đứng đầu", "Ủy viên Ban Thường vụ Thành ủy"],
        sentence="Lãnh đạo chủ chốt gồm người đứng đầu các sở, ban, ngành; không gồm …",
    )
    member = parse_member("Ông Lò Văn Khải, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy;")
    assert member is not None
    assert classify(member.title, KEY_LEADER, definition, unit=member.unit).member is False
    plain = parse_member("Ông Lò Văn Khải, Trưởng Ban Dân vận Thành ủy;")
    assert plain is not None
    assert classify(plain.title, KEY_LEADER, definition, unit=plain.unit).member is True


@pytest.mark.parametrize(
    ("clause", "held"),
    [
        ("Các cơ quan hạn chế cử cán bộ đi nước ngoài vào dịp đầu năm, cuối năm.", False),
        ("Cần cân nhắc việc tổ chức đoàn ra vào thời điểm cuối năm.", False),
        ("Hạn chế cử đoàn đi nước ngoài trong tháng 12 và tháng 01 năm sau.", True),  # a period named
        ("Không tổ chức đoàn đi nước ngoài vào dịp đầu năm, cuối năm.", True),  # a ban
        ("Tránh cử cán bộ đi nước ngoài vào dịp cuối năm.", True),
    ],
)
def test_year_ends_rule_holds_trips_only_by_a_ban_or_a_period(clause: str, held: bool) -> None:
    (rule,) = [r for r in rules_in_clause(clause) if r.kind == "avoid_start_end_of_year"]
    assert (rule.problem is None) is held
    assert rule.severity == "warning"


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        ("Các sở hạn chế cử cán bộ đi nước ngoài vào dịp đầu năm, cuối năm.", False),
        ("Các sở không cử cán bộ đi nước ngoài trong tháng 01 và tháng 12.", True),
    ],
)
def test_year_ends_check_follows_the_wording(tmp_path: Path, text: str, warned: bool) -> None:
    con = open_db(tmp_path / "checks.duckdb")
    rules = propose_rules(con, [dispatch(text, "18/UBND-NV", "UBND tỉnh Đông Sơn", D(2026, 1, 5), "d" * 64)])
    set_status(con, "approve", [r.id for r in rules], actor="lan")
    insert_trips(con, [TripFact("41/QĐ", D(2026, 12, 7), D(2026, 12, 11), ["Lào"], [Member("Hà Văn Sơn", "Sở Y tế")])])
    found = run_checks(con, D(2026, 12, 31), kinds=(RuleKind.AVOID_START_END_OF_YEAR,))
    assert [(f.decision_number, f.severity.value) for f in found] == ([("41/QĐ", "warning")] if warned else [])
