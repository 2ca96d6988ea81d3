"""A limit a later dispatch restates for a group an earlier dispatch of its jurisdiction defines: the restated rule
takes that definition, recorded with its source; when no dispatch read defines the group, its findings are a
`review` (issue 13, scenario 34's Công văn restating the Quy chế's "02 lần/năm"; the texts are the tests' own)."""

from __future__ import annotations

import datetime as dt

import duckdb

from pipeline.checks.run import run_checks
from pipeline.rules.rulebase import group_lines, propose_rules, set_status
from schemas.rules import Finding, RuleKind
from tests.rules_db import Member, TripFact, dispatch, fill_calendar, insert_trips, new_db

D = dt.date
DEFINED = (
    "Điều 2. Lãnh đạo chủ chốt gồm: Giám đốc sở; Chủ tịch Ủy ban nhân dân xã. Giám đốc trung tâm thuộc sở không "
    "thuộc diện lãnh đạo chủ chốt.\n"
    "Điều 3. Lãnh đạo chủ chốt đi công tác nước ngoài không quá hai (02) lần/năm.\n"
)
UNDEFINED = "Điều 3. Lãnh đạo chủ chốt đi công tác nước ngoài không quá hai (02) lần/năm.\n"
RESTATED = (
    "2. Tiếp tục thực hiện nghiêm các quy định khác của Quy chế số 05-QC/TU: lãnh đạo chủ chốt không quá 02 lần/năm.\n"
)
HEAD = Member("Lê Văn Tùng", "Sở Y tế", title="Giám đốc", key=True)
CENTRE = Member("Hà Văn Lộc", "Trung tâm Kiểm soát bệnh tật, Sở Y tế", title="Giám đốc", key=True)


def _db(quy_che: str) -> duckdb.DuckDBPyConnection:
    con = new_db()
    fill_calendar(con, D(2026, 1, 1), D(2026, 12, 31), [])
    propose_rules(con, [dispatch(quy_che, "05-QC/TU", "Tỉnh ủy Đông Sơn", D(2026, 1, 10), "a" * 64)], actor="t")
    propose_rules(con, [dispatch(RESTATED, "900/UBND-NV", "UBND tỉnh Đông Sơn", D(2026, 6, 15), "b" * 64)], actor="t")
    set_status(con, "approve", [], actor="reviewer", every=True)
    trips = [
        TripFact(f"{n}/QĐ-UBND", D(2026, month, 3), D(2026, month, 7), ["Lào"], [HEAD, CENTRE])
        for n, month in ((10, 2), (20, 7), (30, 9))
    ]
    insert_trips(con, trips)
    return con


def _found(con: duckdb.DuckDBPyConnection) -> dict[str | None, Finding]:
    return {f.person: f for f in run_checks(con, D(2026, 12, 31), kinds=(RuleKind.MAX_TRIPS_PER_YEAR,))}


def test_a_restated_limit_takes_the_earlier_dispatchs_definition() -> None:
    con = _db(DEFINED)
    (restated_id,) = con.execute("SELECT rule_id FROM rules WHERE source_number = '900/UBND-NV'").fetchall()[0]
    (defined_id,) = con.execute(
        "SELECT rule_id FROM rules WHERE source_number = '05-QC/TU' AND kind = 'max_trips_per_year'"
    ).fetchall()[0]
    found = _found(con)
    # the centre's director is out by the Quy chế's definition, though linking's default head titles count him
    assert set(found) == {HEAD.name}
    finding = found[HEAD.name]
    assert finding.rule_id == restated_id and finding.severity.value == "breach"
    evidence = finding.evidence
    assert evidence["scope_definition"].startswith("Lãnh đạo chủ chốt gồm: Giám đốc sở")
    assert evidence["scope_definition_from"] == f"Công văn số 05-QC/TU ({defined_id})"  # the helper types a Công văn
    shown = group_lines(con, restated_id)
    assert len(shown) == 1 and shown[0].startswith(
        f"  taken from Công văn số 05-QC/TU ({defined_id}) (an active rule of its jurisdiction): “Lãnh đạo chủ chốt gồm"
    )


def test_a_restated_limit_whose_group_no_dispatch_defines_is_a_review() -> None:
    con = _db(UNDEFINED)
    (restated_id,) = con.execute("SELECT rule_id FROM rules WHERE source_number = '900/UBND-NV'").fetchall()[0]
    assert group_lines(con, restated_id) == [
        "  restates Công văn số 05-QC/TU, whose group no active rule defines: its findings are reviews"
    ]
    found = _found(con)
    assert set(found) == {HEAD.name, CENTRE.name}  # the default head titles, but for a person to check
    for finding in found.values():
        assert finding.severity.value == "review"
        to_check = finding.evidence["to_check"]
        assert "nhắc lại quy định của Công văn số 05-QC/TU" in to_check
        assert "chưa đọc được định nghĩa" in to_check


FIRST = (
    "Điều 4. Số lần đi công tác nước ngoài\n"
    "1. Các đồng chí sau đây đi công tác nước ngoài không quá hai (02) lần trong một năm:\n"
    "a) Giám đốc sở;\n"
    "b) Chủ tịch Ủy ban nhân dân xã, phường.\n"
)
SECOND = (
    "Điều 2. Số lần đi công tác nước ngoài\n"
    "1. Các đồng chí sau đây đi công tác nước ngoài không quá ba (03) lần trong một năm:\n"
    "a) Phó Giám đốc sở;\n"
    "b) Phó Chủ tịch Ủy ban nhân dân xã, phường.\n"
)


def test_two_dispatches_listing_posts_each_bind_their_own() -> None:
    """Each listed group's rule binds the posts its own clause lists: the newer list does not replace the older one's
    (the director on his third trip breaks the two; his deputy only on the fourth, the three)."""
    con = new_db()
    fill_calendar(con, D(2026, 1, 1), D(2026, 12, 31), [])
    propose_rules(con, [dispatch(FIRST, "07-QĐi/TU", "Tỉnh ủy Đông Sơn", D(2026, 1, 5), "a" * 64)], actor="t")
    propose_rules(con, [dispatch(SECOND, "12-QĐi/TU", "Tỉnh ủy Đông Sơn", D(2026, 2, 5), "b" * 64)], actor="t")
    set_status(con, "approve", [], actor="reviewer", every=True)
    director = Member("Lê Văn Tùng", "Sở Xây dựng", title="Giám đốc")
    deputy = Member("Trần Thị Mơ", "Sở Xây dựng", title="Phó Giám đốc")
    insert_trips(
        con,
        [
            TripFact(f"{n}/QĐ-UBND", D(2026, month, 3), D(2026, month, 7), ["Lào"], [director, deputy])
            for n, month in ((10, 3), (20, 5), (30, 7), (40, 9))
        ],
    )
    found = run_checks(con, D(2026, 12, 31), kinds=(RuleKind.MAX_TRIPS_PER_YEAR,))
    assert sorted((f.person, f.decision_number, f.message.split(" theo ")[0].split("vượt mức ")[1]) for f in found) == [
        (director.name, "30/QĐ-UBND", "tối đa 02 lần/năm"),
        (director.name, "40/QĐ-UBND", "tối đa 02 lần/năm"),
        (deputy.name, "40/QĐ-UBND", "tối đa 03 lần/năm"),
    ]


CHI_THI = (
    "2. Cán bộ chủ chốt đi công tác nước ngoài không quá hai lần trong một năm. Cán bộ chủ chốt nêu tại Chỉ thị này"
    " là người đứng đầu cấp ủy và người đứng đầu cơ quan, đơn vị, gồm: Giám đốc sở, Trưởng ban của tỉnh. Cấp phó của"
    " người đứng đầu không thuộc diện này. Trưởng phòng, Giám đốc trung tâm thuộc sở cũng không thuộc diện này. Các"
    " đồng chí Ủy viên Ban Thường vụ Tỉnh ủy đi công tác nước ngoài thực hiện theo quy định của Trung ương.\n"
    "3. Đoàn đi không quá mười (10) người.\n"
)
KE_HOACH = "a) Cán bộ chủ chốt theo khoản 2 Chỉ thị số 03-CT/TU đi công tác nước ngoài tối đa 02 lần/năm.\n"


def test_a_people_committees_plan_takes_its_party_committees_whole_definition() -> None:
    """A province's UBND restating the limit its Tỉnh ủy set takes the Chỉ thị's definition with the sentences after
    it that put posts out of "this group" or under the Centre's rules: a centre's director under a department and a
    standing committee member heading a ban are no key leaders; the department's director is."""
    con = new_db()
    fill_calendar(con, D(2026, 1, 1), D(2026, 12, 31), [])
    propose_rules(con, [dispatch(CHI_THI, "03-CT/TU", "Tỉnh ủy Đông Sơn", D(2026, 1, 10), "a" * 64)], actor="t")
    propose_rules(con, [dispatch(KE_HOACH, "15/KH-UBND", "UBND tỉnh Đông Sơn", D(2026, 2, 6), "b" * 64)], actor="t")
    set_status(con, "approve", [], actor="reviewer", every=True)
    director = Member("Lê Văn Tùng", "Sở Xây dựng", title="Giám đốc", key=True)
    centre = Member("Hà Văn Lộc", "Sở Xây dựng", title="Giám đốc Trung tâm Quy hoạch", key=True)
    member = Member(
        "Đinh Thị Lan", "Tỉnh ủy", title="Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy", key=True
    )
    insert_trips(
        con,
        [
            TripFact(f"{n}/QĐ-UBND", D(2026, month, 3), D(2026, month, 7), ["Lào"], [director, centre, member])
            for n, month in ((10, 3), (20, 6), (30, 9))
        ],
    )
    found = _found(con)
    assert set(found) == {director.name}
    assert found[director.name].severity.value == "breach"
    definition = found[director.name].evidence["scope_definition"]
    assert definition.endswith("thực hiện theo quy định của Trung ương.")


def test_a_plan_naming_its_group_by_a_chi_thi_no_one_read_is_a_review() -> None:
    """The Kế hoạch's "Cán bộ chủ chốt theo khoản 2 Chỉ thị số 03-CT/TU" with that Chỉ thị not loaded: who is in cannot
    be read for sure, so the default head titles' findings are reviews naming the Chỉ thị, never breaches."""
    con = new_db()
    fill_calendar(con, D(2026, 1, 1), D(2026, 12, 31), [])
    propose_rules(con, [dispatch(KE_HOACH, "15/KH-UBND", "UBND tỉnh Đông Sơn", D(2026, 2, 6), "b" * 64)], actor="t")
    set_status(con, "approve", [], actor="reviewer", every=True)
    (rule_id,) = con.execute("SELECT rule_id FROM rules WHERE source_number = '15/KH-UBND'").fetchall()[0]
    assert group_lines(con, rule_id) == [
        "  restates 03-CT/TU, whose group no active rule defines: its findings are reviews"
    ]
    insert_trips(
        con,
        [
            TripFact(f"{n}/QĐ-UBND", D(2026, month, 3), D(2026, month, 7), ["Lào"], [HEAD])
            for n, month in ((10, 3), (20, 6), (30, 9))
        ],
    )
    (finding,) = _found(con).values()
    assert finding.severity.value == "review"
    assert "nhắc lại quy định của 03-CT/TU" in finding.evidence["to_check"]
