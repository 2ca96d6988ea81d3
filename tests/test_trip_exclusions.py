"""Trips a dispatch puts outside all of its rules (issue 13, scenario 16): the scope statement read from the text,
stored with every rule of it, printed by `rules show`, and used by the checks, which judge no such trip and say why.
Sentences written for these tests, in several wordings."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractors.rules import find_rules
from extractors.trip_exclusions import find_trip_exclusions
from flows.commands.rules import check, findings, rules
from pipeline.checks.run import evaluate, run_checks
from pipeline.rules.rulebase import get_rule, propose_rules, set_status
from tests.rules_db import Member, TripFact, dispatch, fill_calendar, insert_trips, new_db

D = dt.date


@pytest.mark.parametrize(
    ("sentence", "activities", "months", "days", "long_term"),
    [
        (
            "Việc cử đi đào tạo, thực tập chuyên môn tại cơ sở y tế nước ngoài có thời gian trên ba mươi (30) ngày "
            "không tính là chuyến công tác.",
            ["đào tạo", "thực tập"],
            None,
            30,
            False,
        ),
        (
            "Cán bộ đi học tập ở nước ngoài ít nhất 06 tháng không thuộc phạm vi điều chỉnh của Quy chế này.",
            ["học tập"],
            6,
            None,
            False,
        ),
        (
            "b) Việc cử viên chức đi đào tạo, học tập dài hạn ở nước ngoài (từ ba (03) tháng trở lên) không phải là "
            "chuyến đi công tác, không thuộc phạm vi điều chỉnh của Chỉ thị này.",
            ["đào tạo", "học tập"],
            3,
            None,
            False,
        ),
        (
            "Công văn này không áp dụng đối với cán bộ đi nghiên cứu sinh, thực tập ở nước ngoài từ 01 năm trở lên.",
            ["thực tập", "nghiên cứu sinh"],
            12,
            None,
            False,
        ),
        (
            "Cán bộ đi bồi dưỡng từ 30 ngày trở lên không thuộc phạm vi áp dụng của Quy chế này.",
            ["bồi dưỡng"],
            None,
            30,
            False,
        ),
        (
            "Việc cử cán bộ đi học tập dài hạn không được coi là chuyến công tác.",
            ["học tập"],
            None,
            None,
            True,
        ),
        (
            "Chuyến đi việc riêng của cán bộ không thuộc phạm vi điều chỉnh của Quy định này.",
            ["việc riêng"],
            None,
            None,
            False,
        ),
    ],
)
def test_a_scope_statement_names_the_trips_it_leaves_out(
    sentence: str, activities: list[str], months: int | None, days: int | None, long_term: bool
) -> None:
    (exclusion,) = find_trip_exclusions("Số: 3/CT-SNV\n" + sentence + "\n")
    assert (exclusion.activities, exclusion.min_months, exclusion.min_days, exclusion.long_term) == (
        activities,
        months,
        days,
        long_term,
    )
    assert exclusion.sentence == sentence


@pytest.mark.parametrize(
    ("words", "longer"),
    [
        ("trên ba mươi (30) ngày", True),
        ("hơn 30 ngày", True),
        ("từ 30 ngày trở lên", False),
        ("30 ngày trở lên", False),
        ("không dưới 30 ngày", False),
    ],
)
def test_a_length_over_a_number_is_told_from_one_of_at_least_it(words: str, longer: bool) -> None:
    (exclusion,) = find_trip_exclusions(f"Việc cử đi bồi dưỡng {words} không phải là chuyến đi công tác.\n")
    assert (exclusion.min_days, exclusion.longer_than) == (30, longer)


@pytest.mark.parametrize(
    "sentence",
    [
        # one limit's exception, read by the rules extractor for that limit alone
        "Quy định về số ngày tại mỗi nước không áp dụng đối với đoàn tham gia khóa đào tạo theo chương trình hợp tác.",
        "Quy định này không áp dụng đối với đoàn đi đào tạo, bồi dưỡng.",
        # outside the document, but naming nothing a trip's purpose would say
        "Các đoàn do cấp có thẩm quyền cho phép không thuộc phạm vi điều chỉnh của Chỉ thị này.",
        # a study tour that is a business trip
        "Việc cử đoàn đi học tập kinh nghiệm ở nước ngoài phải thực hiện theo kế hoạch được phê duyệt.",
    ],
)
def test_a_sentence_leaving_out_no_kind_of_trip_gives_none(sentence: str) -> None:
    assert find_trip_exclusions(sentence + "\n") == []


def test_a_scan_wrapping_the_statement_still_gives_it() -> None:
    text = (
        "b) Việc cử viên chức đi đào tạo, học tập dài hạn ở nước ngoài (từ ba (03) tháng trở\n"
        "lên) không phải là chuyến đi công tác, không thuộc phạm vi điều chỉnh của Chỉ thị\nnày.\n"
    )
    (exclusion,) = find_trip_exclusions(text)
    assert exclusion.min_months == 3 and exclusion.sentence.endswith("của Chỉ thị này.")


_DISPATCH = (
    "1. Phạm vi áp dụng\n"
    "b) Việc cử viên chức đi đào tạo, học tập dài hạn ở nước ngoài (từ ba (03) tháng trở lên) không phải là chuyến "
    "đi công tác, không thuộc phạm vi điều chỉnh của Chỉ thị này.\n"
    "2. Mỗi đoàn không quá 02 người.\n"
    "3. Thời gian công tác tại mỗi nước không quá năm (05) ngày.\n"
)


def test_every_rule_of_the_dispatch_carries_its_scope_statement() -> None:
    found = find_rules(_DISPATCH)
    assert [r.kind for r in found] == ["max_delegation_size", "max_days_per_country"]
    assert all([e.min_months for e in r.trip_exclusions] == [3] for r in found)


def _checked(
    purpose: str | None, start: D, end: D, subject: str | None = None, text: str = _DISPATCH
) -> tuple[list[str], list[str]]:
    """The findings (kind) on one three-member trip under the dispatch's rules, and the trips left out."""
    con = new_db()
    fill_calendar(con, D(2026, 1, 1), D(2029, 12, 31), [])
    proposed = propose_rules(con, [dispatch(text, "3/CT-ĐHQG", "Đại học Quốc gia Đông Sơn", D(2026, 1, 8))], actor="t")
    set_status(con, "approve", [r.id for r in proposed], "t")
    members = [Member("Hà Minh Tuấn", "Trường Đại học Y"), Member("Lò Văn An", "Trường Đại học Y")]
    members.append(Member("Vi Thị Hoa", "Trường Đại học Y"))
    trip = TripFact("5/QĐ-ĐHQG", start, end, ["Pháp"], members, issuer="Đại học Quốc gia Đông Sơn")
    insert_trips(con, [trip])
    con.execute("UPDATE trips SET purpose = ?", [purpose])
    con.execute(
        "INSERT INTO documents (sha256, path, status, subject, extractor_version, ingested_at) "
        "VALUES (?, 'qd-5.txt', 'ok', ?, 'test', now())",
        [trip.trip_id, subject],
    )
    counts = evaluate(con, D(2026, 12, 5))
    return sorted(f.rule_kind.value for f in run_checks(con, D(2026, 12, 5))), counts.out_of_scope


def test_the_checks_judge_no_trip_the_dispatch_leaves_out_and_say_why() -> None:
    found, left_out = _checked(None, D(2026, 10, 1), D(2029, 9, 30), subject="Về việc cử viên chức đi học tập")
    assert found == []
    (line,) = left_out
    assert line.startswith("5/QĐ-ĐHQG: chuyến đi từ 01/10/2026 đến 30/09/2029 là đào tạo, học tập từ 3 tháng trở lên")
    assert "“b) Việc cử viên chức đi đào tạo" in line


@pytest.mark.parametrize(
    ("purpose", "start", "end"),
    [
        ("học tập kinh nghiệm quản lý đại học", D(2026, 10, 1), D(2026, 10, 10)),  # a study tour of ten days
        ("dự hội nghị khoa học", D(2026, 10, 1), D(2027, 3, 1)),  # long, but no study
        ("đào tạo ngắn hạn", D(2026, 10, 1), D(2026, 12, 30)),  # one day short of three months
    ],
)
def test_a_trip_the_statement_does_not_name_is_checked(purpose: str, start: D, end: D) -> None:
    found, left_out = _checked(purpose, start, end)
    assert "max_delegation_size" in found and "max_days_per_country" in found and left_out == []


def test_a_training_of_exactly_the_length_is_not_over_it() -> None:
    """A training "trên ba mươi (30) ngày" is left out at 31 days, not at exactly 30 (scenario 48's 905/QĐ-BM)."""
    text = _DISPATCH.replace(
        "b) Việc cử viên chức đi đào tạo, học tập dài hạn ở nước ngoài (từ ba (03) tháng trở lên) không phải là "
        "chuyến đi công tác, không thuộc phạm vi điều chỉnh của Chỉ thị này.",
        "b) Việc cử đi đào tạo chuyên môn ở nước ngoài có thời gian trên ba mươi (30) ngày không tính là chuyến "
        "công tác.",
    )
    found, left_out = _checked("đào tạo chuyên môn", D(2026, 6, 1), D(2026, 6, 30), text=text)
    assert "max_days_per_country" in found and left_out == []
    found, left_out = _checked("đào tạo chuyên môn", D(2026, 6, 1), D(2026, 7, 1), text=text)
    assert found == [] and "là đào tạo trên 30 ngày, ngoài phạm vi" in left_out[0]


@pytest.mark.slow
def test_rules_show_prints_the_statement_and_check_names_the_trip(tmp_path: Path) -> None:
    from pipeline.store.connection import open_db

    db = tmp_path / "c.duckdb"
    text = tmp_path / "ct.txt"
    text.write_text("Số: 3/CT-ĐHQG\nCHỈ THỊ\nVề quản lý đoàn ra\n" + _DISPATCH, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(rules, ["extract", str(text), "--db", str(db)]).exit_code == 0
    assert runner.invoke(rules, ["approve", "--all", "--db", str(db)]).exit_code == 0
    con = open_db(db)
    (rule_id,) = [r for (r,) in con.execute("SELECT rule_id FROM rules WHERE kind = 'max_delegation_size'").fetchall()]
    assert [e.min_months for e in get_rule(con, rule_id).trip_exclusions] == [3]
    con.execute(
        "INSERT INTO trips (trip_id, decision_number, start_date, end_date, purpose) VALUES "
        "('t1', '5/QĐ-ĐHQG', DATE '2026-10-01', DATE '2029-09-30', 'học tập nghiên cứu sinh')"
    )
    for i, name in enumerate(["A", "B", "C"]):
        con.execute("INSERT INTO trip_members (trip_id, ordinal, name) VALUES ('t1', ?, ?)", [i, name])
    con.close()
    shown = runner.invoke(rules, ["show", rule_id, "--db", str(db)])
    assert "outside the dispatch's rules: trips for đào tạo, học tập, 3 month(s) or more" in shown.output
    checked = runner.invoke(check, ["--as-of", "2026-12-05", "--db", str(db)])
    assert checked.exit_code == 0 and "congvan: not checked: 5/QĐ-ĐHQG: chuyến đi từ 01/10/2026" in checked.output
    out = runner.invoke(findings, ["--json", "--db", str(db)]).output.splitlines()
    assert [json.loads(line)["decision_number"] for line in out] == []


def test_a_rule_stored_before_the_statement_was_read_takes_it_when_its_dispatch_is_read_again() -> None:
    con = new_db()
    document = dispatch(_DISPATCH, "3/CT-ĐHQG", "Đại học Quốc gia Đông Sơn", D(2026, 1, 8))
    ids = [r.id for r in propose_rules(con, [document], actor="t")]
    con.execute("UPDATE rules SET trip_exclusions = NULL")
    assert all(get_rule(con, i).trip_exclusions == [] for i in ids)
    propose_rules(con, [document], actor="t")
    assert all([e.activities for e in get_rule(con, i).trip_exclusions] == [["đào tạo", "học tập"]] for i in ids)
