"""Rules stated in a Quy chế or Quy định that a Quyết định issues: only the attached regulation is read, and the
rule base reads such a decision without being told its file (`stored_documents`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from extractors.issued_regulation import inline_regulation, regulation_only, regulation_start
from extractors.rules import extract_rules
from extractors.trips import is_trip_decision
from pipeline.rules.rulebase import propose_rules, stored_documents
from pipeline.store.connection import open_db
from pipeline.store.documents import load_documents
from schemas.document import DocType, Document, Source
from schemas.rules import RuleKind

DECISION = """QUYẾT ĐỊNH
Ban hành Quy chế quản lý đoàn ra của tỉnh
Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý đoàn ra.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký; đoàn của Sở Y tế gồm 15 người đã được cử vẫn thực hiện.
CHỦ TỊCH
"""
REGULATION = """{title}
{subject}
({bracket} số 12/2026/QĐ-UBND ngày 05 tháng 01 năm 2026 của UBND tỉnh)
Chương I
Điều 4. Thành phần đoàn
Mỗi đoàn không quá mười (10) người.
Điều 5. Báo cáo
Chậm nhất sau 07 ngày làm việc kể từ ngày về nước, trưởng đoàn gửi báo cáo kết quả chuyến công tác.
"""


def _decision(text: str, sha: str = "e" * 64) -> Document:
    return Document(
        source=Source(path=f"{sha[:4]}.txt", sha256=sha, pages=1),
        text=text,
        doc_type=DocType.QUYET_DINH,
        number="12/2026/QĐ-UBND",
        issuer="UBND tỉnh Đông Sơn",
        issue_date=dt.date(2026, 1, 5),
    )


@pytest.mark.parametrize(
    ("title", "subject", "bracket"),
    [
        ("QUY CHẾ", "Quản lý đoàn ra của tỉnh", "Ban hành kèm theo Quyết định"),
        ("QUY ĐỊNH", "về quản lý các đoàn đi công tác nước ngoài", "Kèm theo Quyết định"),
        ("QUY CHE", "Quan ly doan ra", "Ban hanh kem theo Quyet dinh"),  # an OCR'd copy without tone marks
        ("QUY CHẾ", "Quản lý đoàn ra của tỉnh", "èm theo Quyết định"),  # a scan's line that lost its start to a seal
    ],
)
def test_a_decision_gives_the_rules_of_the_regulation_it_issues_and_none_of_its_own(title, subject, bracket) -> None:
    text = DECISION + REGULATION.format(title=title, subject=subject, bracket=bracket)
    start = regulation_start(text)
    assert start is not None and text[start:].startswith(title)
    kept = regulation_only(text, start)
    assert len(kept) == len(text) and kept[start:] == text[start:] and "15 người" not in kept
    rules = {(rule.kind, rule.value) for rule in extract_rules(_decision(text)).rules}
    assert (RuleKind.MAX_DELEGATION_SIZE, 10) in rules
    assert (RuleKind.MAX_DELEGATION_SIZE, 15) not in rules  # the decision's own article states no rule
    assert any(kind == RuleKind.REPORT_DEADLINE_WORKING_DAYS for kind, _ in rules)


def test_a_scanned_bracket_line_that_lost_its_start_still_names_the_issuing_decision() -> None:
    """Scenario 42's Quy chế on its scan: "(Ban hành k" lost, the bracket read "èm theo Quyết định số 152/…"."""
    text = DECISION + REGULATION.format(title="QUY CHẾ", subject="Quản lý đoàn ra", bracket="").replace(
        "( số", "èm theo Quyết định số"
    )
    assert "\nèm theo Quyết định số 12/2026/QĐ-UBND" in text
    assert regulation_start(text) == text.index("QUY CHẾ")
    assert text.replace("èm theo", "theo") != text and regulation_start(text.replace("èm theo", "theo")) is None


def test_a_decision_naming_its_regulation_only_in_a_sentence_gives_no_rule() -> None:
    text = DECISION + "Mỗi đoàn không quá mười (10) người.\n"  # no title in capitals with the bracket under it
    assert regulation_start(text) is None
    assert extract_rules(_decision(text)).rules == []


INLINE = """QUYẾT ĐỊNH
Ban hành Quy định về đoàn đi công tác nước ngoài của Hội đồng nhân dân tỉnh
Căn cứ Quy chế hoạt động của Hội đồng nhân dân tỉnh, mỗi đoàn không quá mười (10) người;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định về đoàn đi công tác nước ngoài, gồm các nội dung sau:
1. Đoàn do Thường trực HĐND tỉnh cử không quá 06 (sáu) người, kể cả phiên dịch.
2. Trong vòng 15 ngày kể từ ngày về nước, Trưởng đoàn báo cáo Thường trực HĐND tỉnh bằng văn bản.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký; đoàn gồm 12 người đã được cử vẫn thực hiện.
"""


def test_a_regulation_stated_inside_its_issuing_article_gives_its_items_rules_and_no_other() -> None:
    """Scenario 50 (dev): the Thường trực HĐND's Quyết định 12/QĐ-HĐND prints its Quy định as the items of its Điều
    1 ("… gồm các nội dung sau:"), with no title after the signature: those items are its rules, the preamble's
    and the other articles' numbers are not."""
    span = inline_regulation(INLINE)
    assert span is not None and INLINE[span[0] : span[1]].strip().startswith("1. Đoàn do")
    assert INLINE[span[0] : span[1]].rstrip().endswith("bằng văn bản.")
    found = {(rule.kind, rule.value, rule.body_scope) for rule in extract_rules(_decision(INLINE)).rules}
    assert found == {
        (RuleKind.MAX_DELEGATION_SIZE, 6, "council"),
        (RuleKind.REPORT_DEADLINE_WORKING_DAYS, 15, None),
    }
    assert inline_regulation(DECISION) is None  # "Ban hành kèm theo Quyết định này Quy chế …." lists nothing
    # a scan's lines break inside the lead (scenario 50's scan): the same items
    wrapped = INLINE.replace("công tác nước ngoài, gồm", "công tác nước ngoài\ncủa Hội đồng nhân dân tỉnh, gồm")
    wrapped_span = inline_regulation(wrapped)
    assert wrapped_span is not None and wrapped[wrapped_span[0] : wrapped_span[1]].strip().startswith("1. Đoàn do")
    # an article that lists nothing ends its sentence: the next item or article is not its lead's
    listless = DECISION.replace("Quy chế quản lý đoàn ra.", "Quy chế quản lý đoàn ra\n1. Gồm các nội dung sau:")
    assert inline_regulation(listless) is None


def test_the_rule_base_reads_an_ingested_decision_that_issues_a_regulation(tmp_path: Path) -> None:
    """`congvan rules extract` with no files reads every unread dispatch, and a decision issuing a Quy chế is one;
    a trip decision is not read for rules."""
    issuing = _decision(DECISION + REGULATION.format(title="QUY CHẾ", subject="Đoàn ra", bracket="Kèm theo QĐ"))
    trip = _decision("QUYẾT ĐỊNH\nVề việc cử cán bộ đi công tác nước ngoài\nĐiều 1. Cử ông A đi Nhật Bản.", "f" * 64)
    con = open_db(tmp_path / "r.duckdb")
    load_documents(con, [issuing, trip])
    assert [document.source.sha256 for document in stored_documents(con)] == [issuing.source.sha256]
    proposed = propose_rules(con, stored_documents(con))
    assert (RuleKind.MAX_DELEGATION_SIZE, 10) in {(rule.kind, rule.value) for rule in proposed}
    assert stored_documents(con) == []  # read once at this extractor version


def test_a_decision_issuing_a_regulation_on_delegations_sends_no_one() -> None:
    """Scenario 22 (dev): the Quyết định issuing the "Quy chế quản lý đoàn ra" (its "đoàn ra", its clauses naming
    units) was read as a trip of one member "Vụ Hợp"; it states rules and sends no one. A decision sending someone
    stays a trip decision."""
    issuing = DECISION + REGULATION.format(title="QUY CHẾ", subject="Quản lý đoàn ra", bracket="Kèm theo Quyết định")
    assert not is_trip_decision(_decision(issuing))
    sending = "QUYẾT ĐỊNH\nVề việc cử cán bộ đi công tác nước ngoài\nĐiều 1. Cử ông A đi công tác tại Nhật Bản."
    assert is_trip_decision(_decision(sending))
