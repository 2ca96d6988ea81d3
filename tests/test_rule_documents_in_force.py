"""Rule documents that start later, amend or replace: a Quy định in force from a day after it is signed, a decision
rewording two of its clauses for delegations leaving from a later day (its new limits binding from then and the old
ones until the day before), a Quy định replacing another from a day. Wordings are the tests' own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from extractors.rule_changes import amended_regulation, amended_wording, find_rule_changes
from extractors.rule_dates import RuleStart, document_start
from extractors.rules import extract_rules, rules_in_clause
from pipeline.checks.run import run_checks
from pipeline.rules.rulebase import propose_rules, set_status, supersessions
from pipeline.store.connection import open_db
from schemas.document import DocType, Document, Source
from schemas.rules import RuleKind
from tests.rules_db import Member, TripFact, insert_trips

D = dt.date

REGULATION = """QUYẾT ĐỊNH
Ban hành Quy định về quản lý đoàn ra của Sở Ngoại vụ

Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý đoàn ra.
Điều 2. Quyết định này có hiệu lực từ ngày 15 tháng 3 năm 2025, thay thế Quyết định số 77/QĐ-SNV ngày 02/01/2023.

QUY ĐỊNH
Về quản lý đoàn ra
(Ban hành kèm theo Quyết định số 21/QĐ-SNV ngày 03 tháng 3 năm 2025)

Điều 4. Thời gian
1. Đoàn ở mỗi nước không quá bốn (04) ngày, không kể ngày đi và ngày về.
Điều 5. Hồ sơ
1. Hồ sơ trình Giám đốc Sở chậm nhất là tám (08) ngày làm việc trước ngày dự kiến xuất cảnh.
"""

AMENDING = """QUYẾT ĐỊNH
Sửa đổi một số điều của Quy định về quản lý đoàn ra ban hành kèm theo Quyết định số 21/QĐ-SNV ngày 03/3/2025

Căn cứ Quyết định số 21/QĐ-SNV ngày 03 tháng 3 năm 2025;
QUYẾT ĐỊNH:
Điều 1. Sửa đổi khoản 1 Điều 4 và khoản 1 Điều 5 của Quy định như sau:
1. Khoản 1 Điều 4 được sửa đổi, bổ sung như sau:
“1. Đoàn ở mỗi nước không quá sáu (06) ngày, không kể ngày đi và ngày về.”
2. Khoản 1 Điều 5 được sửa đổi như sau: "1. Hồ sơ trình Giám đốc Sở chậm nhất là 11 ngày làm việc trước ngày dự kiến
xuất cảnh."
Điều 2. Các nội dung khác của Quy định giữ nguyên: mỗi đoàn không quá 09 người; không quá 02 nước.
Điều 3. Điều 1 Quyết định này áp dụng đối với các đoàn có ngày xuất cảnh từ ngày
01/10/2025 trở đi; các đoàn xuất cảnh trước ngày này thực hiện theo Quy định ban hành kèm theo Quyết định số 21/QĐ-SNV.
"""


def _decision(text: str, number: str, issued: dt.date, sha: str) -> Document:
    return Document(
        source=Source(path=f"{sha[:4]}.txt", sha256=sha, pages=1),
        text=text,
        doc_type=DocType.QUYET_DINH,
        number=number,
        issuer="Sở Ngoại vụ tỉnh Đông Sơn",
        issue_date=issued,
    )


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Điều 2. Quyết định này có hiệu lực từ ngày 15 tháng 3 năm 2025, thay thế …", RuleStart(D(2025, 3, 15), None)),
        (
            "Quy định này có hiệu lực thi hành từ ngày 01-7-2025, áp dụng đối với các đoàn xuất cảnh từ ngày "
            "01-7-2025.",
            RuleStart(D(2025, 7, 1), "departure"),
        ),
        ("Quy chế này có hiệu lực kể từ ngày 20/5/2025.", RuleStart(D(2025, 5, 20), None)),
        ("Quyết định này có hiệu lực kể từ ngày ký.", None),
        ("Quy định này áp dụng đối với cán bộ, công chức của Sở.", None),
        ("Đoàn đi công tác từ ngày 05/6/2025 đến ngày 10/6/2025.", None),
    ],
)
def test_a_document_says_from_when_it_binds(text: str, start: RuleStart | None) -> None:
    assert document_start(text) == start


def test_a_start_of_parts_is_no_start_of_the_whole() -> None:
    """The parts a sentence dates keep their own starts (`rule_start` around their clauses); the other rules bind
    from the signing. An amending decision's rules are all in the article it dates."""
    parts = "Nội dung tại mục 2 và mục 3 Công văn này áp dụng đối với các đoàn xuất cảnh từ ngày 15/7/2025."
    assert document_start(parts) is None
    assert document_start(parts, parts=True) == RuleStart(D(2025, 7, 15), "departure")
    article = "Điều 3. Điều 1 Quyết định này áp dụng đối với các đoàn có ngày xuất cảnh từ ngày\n01/10/2025 trở đi."
    assert document_start(article) is None
    assert document_start(article, parts=True) == RuleStart(D(2025, 10, 1), "departure")


def test_a_regulation_binds_from_its_day_in_force_not_its_signing() -> None:
    rules = extract_rules(_decision(REGULATION, "21/QĐ-SNV", D(2025, 3, 3), "a" * 64)).rules
    assert {(r.kind, r.value, r.effective_from) for r in rules} == {
        (RuleKind.MAX_DAYS_PER_COUNTRY, 4, D(2025, 3, 15)),
        (RuleKind.SUBMISSION_LEAD_WORKING_DAYS, 8, D(2025, 3, 15)),
    }


def test_an_amending_decision_states_the_new_wording_only() -> None:
    assert [" ".join(AMENDING[a:b].split()) for a, b in amended_wording(AMENDING)] == [
        "1. Đoàn ở mỗi nước không quá sáu (06) ngày, không kể ngày đi và ngày về.",
        "1. Hồ sơ trình Giám đốc Sở chậm nhất là 11 ngày làm việc trước ngày dự kiến xuất cảnh.",
    ]
    assert (cited := amended_regulation(AMENDING)) is not None and cited.number == "21/QĐ-SNV"
    # its title lost on a scan: the one decision it names as issuing the Quy định
    untitled = AMENDING.replace("Sửa đổi một số điều của Quy định về quản lý đoàn ra ban hành", "")
    assert (cited := amended_regulation(untitled)) is not None and cited.number == "21/QĐ-SNV"
    changes = find_rule_changes(AMENDING, "55/QĐ-SNV")
    assert {(c.citation.number, c.start) for c in changes} == {("21/QĐ-SNV", RuleStart(D(2025, 10, 1), "departure"))}
    rules = extract_rules(_decision(AMENDING, "55/QĐ-SNV", D(2025, 9, 1), "b" * 64)).rules
    # the limits Điều 2 says stay as they were are the Quy định's, not the amending decision's
    assert {(r.kind, r.value, r.effective_from, r.effective_basis) for r in rules} == {
        (RuleKind.MAX_DAYS_PER_COUNTRY, 6, D(2025, 10, 1), "departure"),
        (RuleKind.SUBMISSION_LEAD_WORKING_DAYS, 11, D(2025, 10, 1), "departure"),
    }


def test_the_wording_after_the_verb_or_its_quote_lost() -> None:
    """A regulation amended "Sửa đổi, bổ sung khoản 2 Điều 6 như sau:", the wording on its own line; a lost quote ends
    the wording at the next item; the article announcing the items is none of them."""
    text = (
        "Điều 1. Sửa đổi, bổ sung một số khoản của Quy định như sau:\n"
        "1. Sửa đổi, bổ sung khoản 2 Điều 6 như sau:\n"
        "“2. Số thành viên của đoàn không quá chín (09) người.\n"
        "2. Khoản 1 Điều 8 được sửa đổi như sau: “1. Báo cáo gửi chậm nhất sau 05 ngày làm việc kể từ ngày về nước.”\n"
    )
    assert [" ".join(text[a:b].split()) for a, b in amended_wording(text)] == [
        "2. Số thành viên của đoàn không quá chín (09) người.",
        "1. Báo cáo gửi chậm nhất sau 05 ngày làm việc kể từ ngày về nước.",
    ]


def test_a_trip_decision_amended_gives_no_rule() -> None:
    text = (
        "Điều 1. Sửa đổi Điều 1 Quyết định số 12/QĐ-UBND ngày 02/5/2025 như sau: “Cử ông Lê Văn An đi công tác tại "
        "Nhật Bản không quá 05 ngày.”"
    )
    assert amended_regulation(text) is None
    assert extract_rules(_decision(text, "14/QĐ-UBND", D(2025, 5, 9), "c" * 64)).rules == []


def test_a_deadline_named_as_the_subject_is_a_ceiling() -> None:
    sentence = (
        "Hạn gửi báo cáo kết quả chuyến công tác là bảy (07) ngày làm việc, tính từ ngày kết thúc chuyến công tác."
    )
    assert [(r.kind, r.value) for r in rules_in_clause(sentence)] == [(RuleKind.REPORT_DEADLINE_WORKING_DAYS, 7)]
    assert rules_in_clause("Hạn nộp hồ sơ là 10 ngày làm việc.") == []


def test_the_amended_limits_bind_from_the_new_start_and_the_old_ones_until_then(tmp_path: Path) -> None:
    """Approving the amending decision's rules ends the regulation's two limits the day before delegations leaving
    from 01/10 answer to the new ones; the regulation's limits bind from 15/3 (its day in force), though the
    amending decision cites it by its signing date."""
    con = open_db(tmp_path / "r.duckdb")
    old = propose_rules(con, [_decision(REGULATION, "21/QĐ-SNV", D(2025, 3, 3), "a" * 64)])
    new = propose_rules(con, [_decision(AMENDING, "55/QĐ-SNV", D(2025, 9, 1), "b" * 64)])
    assert len(supersessions(con, "proposed")) == 2
    set_status(con, "approve", [r.id for r in [*old, *new]], actor="lan")
    by_kind = {r.kind: r for r in old}
    assert {s["old_rule_id"]: (s["effective_from"], s["basis"]) for s in supersessions(con, "confirmed")} == {
        by_kind[RuleKind.MAX_DAYS_PER_COUNTRY].id: (D(2025, 10, 1), "departure"),
        by_kind[RuleKind.SUBMISSION_LEAD_WORKING_DAYS].id: (D(2025, 10, 1), "departure"),
    }
    two = [Member("Đặng Văn Hùng", "Sở Ngoại vụ"), Member("Hà Thị Lan", "Sở Ngoại vụ")]
    insert_trips(
        con,
        [
            # before the Quy định is in force: no rule of it
            TripFact("3/QĐ-SNV", D(2025, 3, 10), D(2025, 3, 20), ["Lào"], two, issuer="Sở Ngoại vụ tỉnh Đông Sơn"),
            # five days in one country in September: over the old four
            TripFact("40/QĐ-SNV", D(2025, 9, 20), D(2025, 9, 26), ["Lào"], two, issuer="Sở Ngoại vụ tỉnh Đông Sơn"),
            # five days in October: within the new six
            TripFact("60/QĐ-SNV", D(2025, 10, 6), D(2025, 10, 12), ["Lào"], two, issuer="Sở Ngoại vụ tỉnh Đông Sơn"),
        ],
    )
    found = run_checks(con, D(2025, 12, 31), kinds=(RuleKind.MAX_DAYS_PER_COUNTRY,))
    assert [(f.decision_number, f.rule_id) for f in found] == [("40/QĐ-SNV", by_kind[RuleKind.MAX_DAYS_PER_COUNTRY].id)]
    con.close()


def test_a_store_read_before_takes_the_start_now_read(tmp_path: Path) -> None:
    """A rule stored from the signing date (read before the document's own start was) is dated from it when the
    document is read again; the rule's history keeps the old date."""
    con = open_db(tmp_path / "r.duckdb")
    document = _decision(REGULATION, "21/QĐ-SNV", D(2025, 3, 3), "a" * 64)
    rules = propose_rules(con, [document])
    con.execute("UPDATE rules SET effective_from = source_date")
    propose_rules(con, [document])
    starts = con.execute("SELECT DISTINCT effective_from FROM rules WHERE origin = 'extracted'").fetchall()
    assert starts == [(D(2025, 3, 15),)]
    reread = con.execute(
        "SELECT count(*) FROM rule_events WHERE action = 'reread_source' AND rule_id IN (SELECT unnest(?::VARCHAR[]))",
        [[r.id for r in rules]],
    ).fetchone()
    assert reread == (len(rules),)
    con.close()
