"""A rule's start as its own sentence states it, and the trip's date it is measured on: a delegation-size limit for
delegations leaving from a day, a report deadline for those returning from it, a rule for decisions signed from it.
Sentences are the tests' own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractors.rule_dates import RuleStart, rule_start
from extractors.rules import find_rules
from flows.commands.rules import rules
from pipeline.checks.run import run_checks
from pipeline.rules.rulebase import propose_rules, set_status
from pipeline.store.connection import open_db
from schemas.rules import RuleKind
from tests.rules_db import Member, TripFact, dispatch, insert_trips

D = dt.date


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        (
            "Từ ngày 15/9/2025, đối với các đoàn xuất cảnh kể từ ngày này, mỗi đoàn không quá năm (05) người.",
            RuleStart(D(2025, 9, 15), "departure"),
        ),
        (
            "Các đoàn đi công tác từ ngày 01 tháng 10 năm 2025 có số thành viên không quá 07 người.",
            RuleStart(D(2025, 10, 1), "departure"),
        ),
        (
            "Đối với các chuyến công tác kết thúc chuyến đi từ ngày 01/3/2025, chậm nhất 07 ngày làm việc sau khi về "
            "nước trưởng đoàn gửi báo cáo.",
            RuleStart(D(2025, 3, 1), "return"),
        ),
        (
            "Các đoàn về nước kể từ ngày 02/02/2026 nộp báo cáo trong vòng 05 ngày làm việc.",
            RuleStart(D(2026, 2, 2), "return"),
        ),
        (
            "Các quyết định cử đoàn được ký từ ngày 15 tháng 3 năm 2025 phải ghi rõ nguồn kinh phí.",
            RuleStart(D(2025, 3, 15), "decision"),
        ),
        ("Áp dụng kể từ ngày 01/01/2027: mỗi đoàn không quá 7 người.", RuleStart(D(2027, 1, 1), None)),
        ("Từ ngày 01/3/2026 trở đi, mỗi chuyến đi không quá 3 nước.", RuleStart(D(2026, 3, 1), None)),
    ],
)
def test_a_sentence_states_its_start_and_what_it_is_measured_on(sentence: str, start: RuleStart) -> None:
    assert rule_start(sentence) == start


@pytest.mark.parametrize(
    "sentence",
    [
        "Đoàn đi từ ngày 17/8/2026 đến ngày 21/8/2026 không quá 5 người.",  # a period, not a start
        "Trong thời hạn 10 ngày làm việc kể từ ngày về nước, trưởng đoàn báo cáo bằng văn bản.",  # no date
        "Thực hiện Quy định số 05-QĐi/TU ngày 12/01/2026, mỗi đoàn không quá 8 người.",  # the cited one's date
    ],
)
def test_no_start_where_the_sentence_states_none(sentence: str) -> None:
    assert rule_start(sentence) is None


def test_the_extracted_rule_carries_the_start() -> None:
    (size,) = find_rules("Kể từ ngày 01/9/2025, các đoàn xuất cảnh từ ngày này trở đi không quá năm (05) người.")
    assert (size.kind, size.value, size.effective_from, size.effective_basis) == (
        "max_delegation_size",
        5,
        D(2025, 9, 1),
        "departure",
    )


OLD = (
    "Mỗi đoàn đi công tác nước ngoài không quá tám (08) người. Trong thời hạn 10 ngày làm việc kể từ ngày về nước, "
    "trưởng đoàn gửi báo cáo kết quả chuyến đi."
)
NEW = (
    "1. Kể từ ngày 01/9/2025, các đoàn xuất cảnh từ ngày này trở đi có không quá năm (05) người.\n"
    "2. Đối với các đoàn trở về nước từ ngày 01/9/2025, trong thời hạn 05 ngày làm việc kể từ ngày về nước, trưởng "
    "đoàn gửi báo cáo kết quả chuyến đi."
)


def test_each_new_value_binds_from_the_date_its_sentence_measures(tmp_path: Path) -> None:
    """Issued in August: the new size binds trips leaving from 1 September, the new report time those returning
    from it — a trip leaving in August and back in September keeps eight people but reports in five days."""
    db = tmp_path / "r.duckdb"
    con = open_db(db)
    old = propose_rules(con, [dispatch(OLD, "12/UBND-NC", "UBND tỉnh Đông Sơn", D(2025, 1, 10), "a" * 64)])
    new = propose_rules(con, [dispatch(NEW, "90/UBND-NC", "UBND tỉnh Đông Sơn", D(2025, 8, 5), "b" * 64)])
    starts = {r.kind: (r.value, r.effective_from, r.effective_basis) for r in new}
    assert starts == {
        RuleKind.MAX_DELEGATION_SIZE: (5, D(2025, 9, 1), "departure"),
        RuleKind.REPORT_DEADLINE_WORKING_DAYS: (5, D(2025, 9, 1), "return"),
    }
    set_status(con, "approve", [r.id for r in [*old, *new]], actor="lan")
    new_size = next(r.id for r in new if r.kind is RuleKind.MAX_DELEGATION_SIZE)
    six = [Member(f"Nguyễn Văn {c}", "Sở Y tế") for c in "ABCDEF"]
    insert_trips(
        con,
        [
            # left 25/8, back 03/9: the old size (8) holds, the new report time (5 days: due 10/9) does
            TripFact("10/QĐ-UBND", D(2025, 8, 25), D(2025, 9, 3), ["Nhật Bản"], six, report_on=D(2025, 9, 12)),
            # left 10/9: the new size (5) holds
            TripFact("20/QĐ-UBND", D(2025, 9, 10), D(2025, 9, 12), ["Lào"], six, report_on=D(2025, 9, 15)),
            # left and back in August, report 8 working days later: on time under the old 10
            TripFact("30/QĐ-UBND", D(2025, 8, 4), D(2025, 8, 8), ["Lào"], six[:3], report_on=D(2025, 8, 20)),
        ],
    )
    found = run_checks(
        con, D(2025, 12, 31), kinds=(RuleKind.MAX_DELEGATION_SIZE, RuleKind.REPORT_DEADLINE_WORKING_DAYS)
    )
    assert sorted((f.rule_kind.value, f.decision_number) for f in found) == [
        ("max_delegation_size", "20/QĐ-UBND"),
        ("report_deadline_working_days", "10/QĐ-UBND"),
    ]
    late = next(f for f in found if f.decision_number == "10/QĐ-UBND")
    assert "áp dụng cho đoàn về nước từ ngày 01/09/2025" in late.message
    con.close()
    shown = CliRunner().invoke(rules, ["show", new_size, "--db", str(db)])
    assert "in force: from 2025-09-01 (trips leaving from that day" in shown.output


def test_a_pointer_to_the_rules_left_alone_states_none() -> None:
    """Issue 13 (blind scenario 15): a change listing what stays under the earlier document states none of it."""
    text = (
        "1. Kể từ ngày 01/9/2025, các đoàn xuất cảnh từ ngày này trở đi có không quá năm (05) người.\n"
        "2. Các nội dung khác (số nước trong một chuyến, không tham gia đoàn do doanh nghiệp đài thọ) vẫn thực hiện "
        "theo Công văn số 12/UBND-NC.\n"
    )
    assert [r.kind for r in find_rules(text)] == ["max_delegation_size"]
    assert [r.kind for r in find_rules("Không cử cán bộ tham gia đoàn do doanh nghiệp đài thọ kinh phí.")] == [
        "no_enterprise_funded"
    ]


def test_a_rule_stored_before_its_start_was_read_takes_it_when_read_again(tmp_path: Path) -> None:
    """A dispatch read again (a new extractor) gives a stored rule its sentence's start and basis."""
    con = open_db(tmp_path / "r.duckdb")
    document = dispatch(NEW, "90/UBND-NC", "UBND tỉnh Đông Sơn", D(2025, 8, 5), "b" * 64)
    (size, _) = sorted(propose_rules(con, [document]), key=lambda r: r.kind.value)
    con.execute(
        "UPDATE rules SET effective_from = ?, effective_basis = NULL WHERE rule_id = ?", [D(2025, 8, 5), size.id]
    )
    propose_rules(con, [document])
    assert con.execute("SELECT effective_from, effective_basis FROM rules WHERE rule_id = ?", [size.id]).fetchone() == (
        D(2025, 9, 1),
        "departure",
    )
    con.close()


def test_a_later_item_naming_the_rules_item_gives_its_start() -> None:
    """The lead is in item 1, its start in item 2 ("Thời hạn tại khoản 1 Điều này áp dụng đối với các đoàn có ngày
    xuất cảnh từ ngày …"); another item of the article, or a later article's item 1, does not lend its start."""
    text = (
        "Điều 5. Hồ sơ cử đoàn\n"
        "1. Chậm nhất mười hai (12) ngày làm việc trước ngày dự kiến xuất cảnh, đơn vị gửi hồ sơ về Sở Nội vụ.\n"
        "2. Thời hạn tại khoản 1 Điều này áp dụng đối với các đoàn có ngày xuất cảnh từ ngày 15/8/2027, thay cho "
        "thời hạn năm (05) ngày làm việc quy định tại Công văn số 12/UBND-NV.\n"
        "Điều 6. Báo cáo\n"
        "1. Trong thời hạn tám (08) ngày làm việc kể từ ngày về nước, trưởng đoàn gửi báo cáo.\n"
        "2. Báo cáo tại khoản 1 Điều 5 gửi kèm danh sách đoàn.\n"
    )
    by_kind = {rule.kind: rule for rule in find_rules(text)}
    lead = by_kind[RuleKind.SUBMISSION_LEAD_WORKING_DAYS.value]
    assert (lead.value, lead.effective_from, lead.effective_basis) == (12, D(2027, 8, 15), "departure")
    assert by_kind[RuleKind.REPORT_DEADLINE_WORKING_DAYS.value].effective_from is None


def test_a_later_item_naming_items_above_gives_their_start() -> None:
    """A dispatch without articles (blind scenario 38's Công văn): "4. Các nội dung tại khoản 2, khoản 3 nêu trên
    áp dụng đối với các đoàn xuất cảnh kể từ ngày …" starts the size of item 2 and the lead of item 3 on that day;
    item 1's limit, which it does not name, keeps none."""
    text = (
        "1. Cán bộ đi công tác nước ngoài không quá 02 lần trong một năm.\n"
        "2. Thành phần mỗi đoàn không quá 09 người, kể cả phiên dịch.\n"
        "3. Hồ sơ đề nghị cử đoàn gửi Văn phòng Ủy ban nhân dân tỉnh chậm nhất 14 ngày làm việc trước ngày xuất cảnh."
        " Hồ sơ gửi muộn không được xem xét.\n"
        "4. Các nội dung tại khoản 2, khoản 3 nêu trên áp dụng đối với các đoàn xuất cảnh kể từ ngày 01/7/2027.\n"
    )
    by_kind = {rule.kind: rule for rule in find_rules(text)}
    for kind in (RuleKind.MAX_DELEGATION_SIZE, RuleKind.SUBMISSION_LEAD_WORKING_DAYS):
        assert (by_kind[kind.value].effective_from, by_kind[kind.value].effective_basis) == (D(2027, 7, 1), "departure")
    assert by_kind[RuleKind.MAX_TRIPS_PER_YEAR.value].effective_from is None


def test_a_later_item_naming_a_dispatchs_muc_gives_their_start() -> None:
    """A ministry's Công văn (blind scenario 40's 3120/BTP-HTQT) calls its numbered items "mục": "4. Nội dung tại mục 2
    và mục 3 Công văn này áp dụng đối với các đoàn xuất cảnh từ ngày 15/7/2026" starts the days of item 2 and the lead
    of item 3 on that day; item 1's limit keeps none."""
    text = (
        "1. Mỗi đoàn không quá 10 người kể cả phiên dịch.\n"
        "2. Thời gian làm việc tại mỗi nước không quá 04 ngày (không kể ngày đi, ngày về).\n"
        "3. Hồ sơ đề nghị cử đoàn gửi Vụ Hợp tác quốc tế chậm nhất 12 ngày làm việc trước ngày dự kiến xuất cảnh.\n"
        "4. Nội dung tại mục 2 và mục 3 Công văn này áp dụng đối với các đoàn xuất cảnh từ ngày 15/7/2027.\n"
    )
    by_kind = {rule.kind: rule for rule in find_rules(text)}
    for kind in (RuleKind.MAX_DAYS_PER_COUNTRY, RuleKind.SUBMISSION_LEAD_WORKING_DAYS):
        assert (by_kind[kind.value].effective_from, by_kind[kind.value].effective_basis) == (
            D(2027, 7, 15),
            "departure",
        )
    assert by_kind[RuleKind.MAX_DELEGATION_SIZE.value].effective_from is None


def test_a_start_wrapped_between_ngay_and_its_date_is_read() -> None:
    """A scan wraps "… xuất cảnh từ ngày" and "01/9/2027, thay cho …" onto two lines, and "Quy định số" and its
    number: one sentence, whose start binds the item it names."""
    text = (
        "Điều 3. Thời gian của đoàn\n"
        "1. Thời gian làm việc tại mỗi nước không quá ba (03) ngày, không kể thời gian đi và về.\n"
        "2. Quy định tại khoản 1 Điều này áp dụng đối với các đoàn xuất cảnh từ ngày\n"
        "01/9/2027, thay cho thời gian năm (05) ngày quy định tại Quy định số\n"
        "12-QĐ/TU của Ban Thường vụ Tỉnh ủy.\n"
    )
    (rule,) = [r for r in find_rules(text) if r.kind == RuleKind.MAX_DAYS_PER_COUNTRY.value]
    assert (rule.value, rule.effective_from, rule.effective_basis) == (3, D(2027, 9, 1), "departure")
