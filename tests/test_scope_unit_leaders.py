"""A scope defined by office and kind of unit ("lãnh đạo đơn vị": heads and deputies of some kinds of unit, the
deputies of others out, "kể cả trường hợp kiêm nhiệm chức vụ trong cấp ủy"), read and applied: scenario 22's
failures (a Phó Vụ trưởng's third trip missed, a Phó Viện trưởng who is Bí thư counted) on texts of our own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from extractors.rules import find_rules
from extractors.same_unit import find_unit_definition
from extractors.scope import KEY_LEADER, UNIT_LEADER, classify, find_definitions
from extractors.unit_offices import find_unit_offices
from pipeline.checks.run import run_checks
from pipeline.rules.rulebase import describe, propose_rules, set_status
from pipeline.store.connection import open_db
from schemas.rules import RuleKind
from tests.rules_db import Member, TripFact, dispatch, insert_trips

D = dt.date
LEADERS = (
    "Lãnh đạo đơn vị là người đứng đầu và cấp phó của người đứng đầu các sở, các ban, các bệnh viện và các trung tâm "
    "thuộc tỉnh; trừ cấp phó của người đứng đầu các bệnh viện và các trung tâm (Phó Giám đốc bệnh viện, Phó Giám đốc "
    "trung tâm), kể cả trường hợp kiêm nhiệm chức vụ trong cấp ủy."
)
KEY_LEADERS = (
    "Lãnh đạo chủ chốt gồm người đứng đầu cơ quan, đơn vị và Bí thư cấp ủy; cấp phó, Chủ tịch Hội đồng quản trị "
    "hoặc người giữ chức vụ khác đồng thời là Bí thư cấp ủy được xác định là lãnh đạo chủ chốt."
)
DISPATCH = (
    f"1. {LEADERS}\n2. {KEY_LEADERS}\n"
    "3. Lãnh đạo đơn vị đi công tác nước ngoài không quá hai (02) lần trong một năm.\n"
    "4. Không cử hai (02) lãnh đạo chủ chốt của cùng một đơn vị cùng tham gia một đoàn.\n"
)


def test_offices_and_kinds_of_unit_are_read_with_what_stays_out() -> None:
    listed = find_unit_offices(
        "người đứng đầu và cấp phó của người đứng đầu các sở, các ban và các bệnh viện thuộc tỉnh"
    )
    assert listed is not None
    assert (listed.offices, listed.kinds, listed.whatever_else_held) == (
        ["deputy", "head"],
        ["sở", "ban", "bệnh viện"],
        False,
    )
    out = find_unit_offices(
        "cấp phó của người đứng đầu các bệnh viện (Phó Giám đốc bệnh viện), kể cả trường hợp kiêm nhiệm chức vụ khác"
    )
    assert out is not None
    assert (out.offices, out.kinds, out.titles, out.whatever_else_held) == (
        ["deputy"],
        ["bệnh viện"],
        ["Phó Giám đốc bệnh viện"],
        True,
    )
    assert find_unit_offices("Giám đốc Sở Y tế, Phó Giám đốc Sở Y tế") is None  # titles, no kinds of unit


def test_the_leaders_of_units_are_defined_apart_from_the_key_leaders() -> None:
    leaders, key = find_definitions(DISPATCH)
    assert (leaders.term, leaders.scope, key.scope) == ("Lãnh đạo đơn vị", UNIT_LEADER, KEY_LEADER)
    assert [o.kinds for o in leaders.offices_in] == [["sở", "ban", "bệnh viện", "trung tâm"]]
    assert [(o.kinds, o.whatever_else_held) for o in leaders.offices_out] == [(["bệnh viện", "trung tâm"], True)]
    # those in only by a post they also hold are in by that post, not by their own
    assert key.includes == ["người đứng đầu cơ quan, đơn vị", "Bí thư cấp ủy"]
    assert find_unit_definition(DISPATCH) is None  # "… đơn vị là người đứng đầu …; trừ …" lists no units


@pytest.mark.parametrize(
    ("title", "unit", "member"),
    [
        ("Phó Giám đốc", "Sở Y tế", True),  # a deputy of a kind whose deputies are in
        ("Giám đốc", "Bệnh viện Đa khoa tỉnh", True),  # the head of a kind whose deputies are out
        ("Phó Giám đốc", "Bệnh viện Đa khoa tỉnh", False),
        ("Phó Giám đốc, Bí thư Đảng ủy", "Trung tâm Kiểm soát bệnh tật tỉnh", False),  # whatever else held
        ("Trưởng phòng Tổ chức cán bộ", "Sở Y tế", False),  # the head of a Phòng, not of the Sở
        ("Chuyên viên", "Sở Y tế", False),
        ("Phó Giám đốc", None, None),  # of which kind of unit: not known
    ],
)
def test_a_member_is_judged_by_office_and_kind_of_unit(title: str, unit: str | None, member: bool | None) -> None:
    leaders = find_definitions(DISPATCH)[0]
    assert classify(title, UNIT_LEADER, leaders, unit=unit).member is member


def test_a_rule_on_the_leaders_of_units_binds_them_as_defined() -> None:
    rules = {rule.kind: rule for rule in find_rules(DISPATCH)}
    trips, two = rules[RuleKind.MAX_TRIPS_PER_YEAR.value], rules[RuleKind.NO_TWO_KEY_LEADERS_SAME_UNIT.value]
    assert trips.scope == UNIT_LEADER and trips.scope_definition is not None
    assert trips.scope_definition.term == "Lãnh đạo đơn vị"
    assert two.scope == KEY_LEADER and two.scope_definition is not None and not two.scope_definition.units


def _trips(number: int, start: dt.date, *members: Member) -> TripFact:
    return TripFact(f"{number}/QĐ-UBND", start, start + dt.timedelta(days=4), ["Nhật Bản"], list(members))


def test_checks_count_the_leaders_of_units_and_no_one_the_definition_leaves_out(tmp_path: Path) -> None:
    """A deputy of a Sở on a third trip is found; a hospital's deputy who is Bí thư is out "kể cả trường hợp kiêm
    nhiệm chức vụ trong cấp ủy", and the shipped default for key leaders does not count him back in; staff are out."""
    con = open_db(tmp_path / "u.duckdb")
    rules = propose_rules(con, [dispatch(DISPATCH, "7/UBND-NV", "UBND tỉnh Đông Sơn", D(2026, 1, 5), "u" * 64)])
    set_status(con, "approve", [r.id for r in rules], actor="lan")
    deputy = Member("Lê Văn An", "Sở Y tế", title="Phó Giám đốc")
    secretary = Member("Hà Thị Bình", "Bệnh viện Đa khoa tỉnh", title="Phó Giám đốc, Bí thư Đảng ủy")
    staff = Member("Đỗ Văn Cường", "Sở Y tế", title="Chuyên viên")
    starts = (D(2026, 3, 2), D(2026, 6, 1), D(2026, 9, 7))
    insert_trips(con, [_trips(10 + i, start, deputy, secretary, staff) for i, start in enumerate(starts)])
    found = run_checks(con, D(2026, 12, 31), kinds=(RuleKind.MAX_TRIPS_PER_YEAR,))
    assert [(f.decision_number, f.person) for f in found] == [("12/QĐ-UBND", "Lê Văn An")]
    shown = "\n".join(describe(next(r for r in rules if r.kind is RuleKind.MAX_TRIPS_PER_YEAR)))
    assert "in, by office and kind of unit: heads and deputies of sở, ban, bệnh viện, trung tâm" in shown
    assert "out, by office and kind of unit: deputies of bệnh viện, trung tâm" in shown
    assert "even when they hold another post" in shown
