"""A dispatch's statement that a name with and without its middle name, same post and unit, is one person: read with
its per-person limits, shown by `rules show`, and used by the trips-per-year count, which joins such names only
under it (issue 13, scenario 50's form; the sentences and names are the tests' own)."""

from __future__ import annotations

import datetime as dt

from extractors.rules import find_rules
from extractors.same_person import find_same_person_rule
from pipeline.checks.run import run_checks
from pipeline.checks.same_people import Written, same_people
from pipeline.rules.rulebase import describe, get_rule
from tests.rules_db import Member, TripFact, approved_2026, insert_trips

D = dt.date
SAME = (
    "Tên của một người được ghi có hoặc không có tên đệm trong các quyết định cử đoàn mà cùng chức vụ, cùng cơ quan "
    "thì được hiểu là một người."
)
QUY_CHE = (
    "Số: 07/2026/QĐ-UBND\n"
    "Điều 2. Lãnh đạo chủ chốt\n"
    "1. Lãnh đạo chủ chốt gồm: Giám đốc sở, Thủ trưởng cơ quan tương đương sở.\n"
    f"2. {SAME}\n"
    "Điều 3. Mỗi lãnh đạo chủ chốt đi công tác nước ngoài không vượt quá hai chuyến trong một năm dương lịch.\n"
)
SILENT = QUY_CHE.replace(f"2. {SAME}\n", "")
UNIT = "Sở Nông nghiệp và Môi trường"


def test_the_statement_is_read_in_its_sentence_only() -> None:
    assert find_same_person_rule(QUY_CHE) == SAME
    assert find_same_person_rule("Tên người được coi là cùng một người khi có hoặc không có tên lót.") is not None
    # middle names named for another purpose state nothing about who is one person
    assert find_same_person_rule("Danh sách ghi đầy đủ họ, tên đệm và tên. Mỗi người được hiểu là một người.") is None
    assert find_same_person_rule(SILENT) is None
    # a scan's lines wrap inside the sentence
    wrapped = QUY_CHE.replace("trong các quyết định cử đoàn mà", "trong các quyết định cử\nđoàn mà")
    assert find_same_person_rule(wrapped) == SAME


def test_per_person_limits_carry_it_and_rules_show_quotes_it() -> None:
    (trips,) = [rule for rule in find_rules(QUY_CHE) if rule.kind == "max_trips_per_year"]
    assert trips.same_person == SAME
    con = approved_2026(QUY_CHE, "07/2026/QĐ-UBND", "UBND tỉnh Đông Sơn", D(2026, 1, 5))
    (rule_id,) = (
        con.execute("SELECT rule_id FROM rules WHERE kind = 'max_trips_per_year' AND origin = 'extracted'").fetchone()
        or ()
    )
    assert f"one person: a name with and without its middle name, same post and unit — “{SAME}”" in describe(
        get_rule(con, rule_id)
    )


def _written(key: str, name: str, title: str = "Giám đốc", unit: str = UNIT, decision: str = "1/QĐ") -> Written:
    return Written(key, name, title, unit, decision, SAME)


def test_a_name_without_its_middle_name_joins_the_one_fuller_name_of_its_post_and_unit() -> None:
    rows = same_people([_written("a", "Lê Hùng", decision="112/QĐ-UBND"), _written("b", "Ông Lê Văn Hùng")])
    assert [(key, into) for key, into, _ in rows] == [("a", "b"), ("b", "b")]
    assert rows[0][2].startswith("“Lê Hùng” (quyết định 112/QĐ-UBND) và “Ông Lê Văn Hùng” cùng chức vụ Giám đốc")
    # another post, another unit, a title not read: no join
    assert same_people([_written("a", "Lê Hùng", title="Phó Giám đốc"), _written("b", "Lê Văn Hùng")]) == []
    assert same_people([_written("a", "Lê Hùng", unit="Sở Y tế"), _written("b", "Lê Văn Hùng")]) == []
    assert same_people([Written("a", "Lê Hùng", None, UNIT, None, SAME), _written("b", "Lê Văn Hùng")]) == []
    # two fuller names of the post: whom "Lê Hùng" is would be a guess
    two = [_written("a", "Lê Hùng"), _written("b", "Lê Văn Hùng"), _written("c", "Lê Đức Hùng")]
    assert same_people(two) == []


def _trips(con) -> None:  # type: ignore[no-untyped-def]
    insert_trips(
        con,
        [
            TripFact(
                number,
                D(2026, month, 3),
                D(2026, month, 7),
                ["Nhật Bản"],
                [Member(name, UNIT, True, None, None, "Giám đốc")],
            )
            for number, month, name in (
                ("112/QĐ-UBND", 3, "Lê Hùng"),
                ("455/QĐ-UBND", 8, "Lê Văn Hùng"),
                ("560/QĐ-UBND", 10, "Lê Văn Hùng"),
            )
        ],
    )


def test_the_count_joins_the_names_under_the_statement_only() -> None:
    con = approved_2026(QUY_CHE, "07/2026/QĐ-UBND", "UBND tỉnh Đông Sơn", D(2026, 1, 5))
    _trips(con)
    findings = [f for f in run_checks(con, D(2026, 12, 15)) if f.rule_kind == "max_trips_per_year"]
    assert [(f.decision_number, f.evidence["trip_number"]) for f in findings] == [("560/QĐ-UBND", 3)]
    assert "“Lê Hùng” (quyết định 112/QĐ-UBND) và “Lê Văn Hùng”" in findings[0].message
    assert SAME in findings[0].evidence["same_person"]
    silent = approved_2026(SILENT, "07/2026/QĐ-UBND", "UBND tỉnh Đông Sơn", D(2026, 1, 5))
    _trips(silent)
    assert not [f for f in run_checks(silent, D(2026, 12, 15)) if f.rule_kind == "max_trips_per_year"]
