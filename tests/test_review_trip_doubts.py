"""Issue 13: what the trip extractor could not read for sure goes to the review queue — a member whose name a scan
gave unsure, a period read implausible, a submission year taken from the decision — and a check resting on it says
`review` naming what to check, until a person's answer gives the value the next check run uses."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from extractors.trips import PERIOD_DOUBT, SUBMISSION_DOUBT, extract_trip_field
from pipeline.checks.run import run_checks
from pipeline.review import corrections
from pipeline.rules.rulebase import propose_rules, set_status
from pipeline.store.connection import open_db
from pipeline.store.documents import load_documents
from pipeline.store.queue import queue
from pipeline.store.queue.apply import open_items
from pipeline.store.queue.fields import MEMBER_FIELD, NO_MEMBER, parse_value
from pipeline.store.queue.items import Item, document_items
from schemas.document import Box, DocType, Document, Page, Source, TextSource, Word
from schemas.rules import Finding, RuleKind
from tests.rules_db import Member, TripFact, dispatch, insert_trips
from tests.store_factory import sha

D = dt.date

TEXT = (
    "Xét Tờ trình số 15/TTr-SCT ngày 14/8/202G của Sở Công Thương.\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Cử các ông (bà) có tên sau đây đi công tác tại Hàn Quốc từ ngày 03/9/2026 đến ngày 07/9/2029:\n"
    "1. Ông Mạc Đình Quế, Giám đốc Sở Công Thương - Trưởng đoàn;\n"
    "2. Bà Lý Thị Hoa, Phó Trưởng phòng Quản lý thương mại, Sở Công Thương;\n"
    "3. Ông Đàm Quang Vũ, Chuyên viên Sở Công Thương.\n"
    "Điều 2. Kinh phí do ngân sách tỉnh bảo đảm.\n"
)
"""A scanned decision: "Hoa" (a given name) and "Quang" (a middle name) read under a stamp, the return's year and
the submission's year misread."""
UNSURE_WORDS = {"Hoa,": 8.0, "Quang": 15.0}


def _scan(version: str = "1") -> Document:
    """TEXT as OCR words (one line each, 60 px a word), through the trip extractor."""
    words = [
        Word(text=text, box=Box(left=100 + 60 * i, top=200 + 50 * line, width=50, height=30), line=line,
             confidence=UNSURE_WORDS.get(text, 93.0))
        for line, row in enumerate(TEXT.splitlines())
        for i, text in enumerate(row.split())
    ]  # fmt: skip
    return extract_trip_field(
        Document(
            source=Source(
                path="/inbox/qd-41.pdf", sha256=sha("qd-41"), pages=1, text_source=TextSource.OCR, kind="pdf"
            ),
            text=TEXT,
            pages=[Page(number=1, source=TextSource.OCR, confidence=80.0, text=TEXT, words=words)],
            doc_type=DocType.QUYET_DINH,
            number="41/QĐ-UBND",
            issue_date=D(2026, 8, 20),
            issuer="UBND tỉnh Đông Sơn",
            extractor_version=version,
        )
    )


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    connection = open_db(tmp_path / "doubts.duckdb")
    yield connection
    connection.close()


def test_items_ask_each_doubt_of_the_trip_where_it_stands() -> None:
    items = {(i.field, i.target): i for i in document_items(_scan())}
    assert {key: (i.reason, i.candidate) for key, i in items.items()} == {
        (MEMBER_FIELD, "Lý Thị Hoa"): ("left_out", "Lý Thị Hoa"),
        (MEMBER_FIELD, "Đàm Quang Vũ"): ("unsure_name", "Đàm Quang Vũ"),
        ("trip_start", ""): ("implausible_period", "2026-09-03"),  # kept: it follows the decision closely
        ("trip_end", ""): ("implausible_period", None),  # dropped: the reading is in the detail
        ("submitted_on", ""): ("year_unread", "2026-08-14"),
    }
    left_out = items[MEMBER_FIELD, "Lý Thị Hoa"]
    # the name's words on line 4 ("2. Bà Lý Thị Hoa,"): words 2 to 4
    assert (left_out.page, left_out.box) == (1, {"left": 220, "top": 400, "width": 170, "height": 30})
    assert "[trip.member_unsure]" in (left_out.detail or "")
    end = items["trip_end", ""]
    assert end.page == 1 and end.box is not None and end.box["top"] == 300  # the period's phrase on line 2
    assert "07/09/2029" in (end.detail or "")


def test_member_answers_apply_over_extraction_and_survive_reextraction(con: duckdb.DuckDBPyConnection) -> None:
    load_documents(con, [_scan()])
    asked = {(i.field, i.target): i for i in queue.open_items(con)}
    assert con.execute("SELECT name FROM trip_unsure_members").fetchall() == [("Lý Thị Hoa",)]
    corrections.answer(con, asked[MEMBER_FIELD, "Lý Thị Hoa"].item_id, "Lý Thị Hoà", actor="lan")  # as printed
    corrections.answer(con, asked[MEMBER_FIELD, "Đàm Quang Vũ"].item_id, "Đàm Quý Vũ", actor="lan")
    expected = [
        (-1, "Lý Thị Hoà", "Phó Trưởng phòng Quản lý thương mại"),  # joins with what its line says
        (0, "Mạc Đình Quế", "Giám đốc"),
        (1, "Đàm Quý Vũ", "Chuyên viên"),  # renamed
    ]
    members = "SELECT ordinal, name, title FROM trip_members ORDER BY ordinal"
    mentions = "SELECT ordinal, name, title FROM mentions WHERE role = 'member' ORDER BY ordinal"
    assert con.execute(members).fetchall() == expected
    assert con.execute(mentions).fetchall() == expected  # people linking resolves the member from its mention
    load_documents(con, [_scan(version="2")])  # a new extractor version rewrites the rows: the answers stay
    assert con.execute(members).fetchall() == expected
    assert con.execute(mentions).fetchall() == expected
    assert {i.field for i in queue.open_items(con)} == {"trip_start", "trip_end", "submitted_on"}


def test_member_answer_none_adds_no_member_and_removes_a_kept_one(con: duckdb.DuckDBPyConnection) -> None:
    assert parse_value(MEMBER_FIELD, " Không ") == NO_MEMBER and parse_value(MEMBER_FIELD, "Lý Thị Hoà") == "Lý Thị Hoà"
    load_documents(con, [_scan()])
    for item in queue.open_items(con, field=MEMBER_FIELD):
        corrections.answer(con, item.item_id, "không", actor="lan", note="chữ của dấu, không phải thành viên")
    assert con.execute("SELECT name FROM trip_members").fetchall() == [("Mạc Đình Quế",)]
    assert con.execute("SELECT name FROM mentions WHERE role = 'member'").fetchall() == [("Mạc Đình Quế",)]


def _approved(tmp_path: Path, text: str) -> duckdb.DuckDBPyConnection:
    con = open_db(tmp_path / "checks.duckdb")
    rules = propose_rules(con, [dispatch(text, "71/UBND-NV", "UBND tỉnh Đông Sơn", D(2026, 1, 5), "c" * 64)])
    set_status(con, "approve", [r.id for r in rules], actor="lan")
    return con


def _scanned(con: duckdb.DuckDBPyConnection, trip_id: str, confidence: float = 90.0) -> None:
    con.execute(
        "INSERT INTO documents (sha256, path, status, text_source, ocr_confidence, extractor_version, ingested_at) "
        "VALUES (?, ?, 'ok', 'ocr', ?, 'test', now())",
        [trip_id, f"{trip_id}.pdf", confidence],
    )


def _unsure(con: duckdb.DuckDBPyConnection, trip_id: str, name: str) -> None:
    """A member the extractor left out, and the load's item asking it."""
    con.execute("INSERT INTO trip_unsure_members VALUES (?, 0, ?, 'Chuyên viên', 'Sở Y tế', NULL)", [trip_id, name])
    open_items(con, [Item(trip_id, MEMBER_FIELD, "left_out", "ingest", name, name)], "ingest", [trip_id])


def _found(con: duckdb.DuckDBPyConnection, kind: RuleKind) -> dict[str | None, Finding]:
    return {f.decision_number: f for f in run_checks(con, D(2026, 12, 31), kinds=(kind,))}


def test_size_check_review_when_the_members_left_out_would_break_the_limit(tmp_path: Path) -> None:
    con = _approved(tmp_path, "Mỗi đoàn không được vượt quá ba (03) người.")
    people = [Member(f"Nguyễn Văn {c}", "Sở Y tế") for c in "ABCD"]
    insert_trips(con, [TripFact(n, D(2026, 5, 4), D(2026, 5, 8), ["Lào"], people[:size])
                       for n, size in (("5/QĐ", 3), ("6/QĐ", 4), ("7/QĐ", 2))])  # fmt: skip
    for number, name in (("5/QĐ", "Hà Văn Xuân"), ("6/QĐ", "Tô Văn Yên"), ("7/QĐ", "Lò Văn Dũng")):
        _scanned(con, f"t-{number}")
        _unsure(con, f"t-{number}", name)
    found = _found(con, RuleKind.MAX_DELEGATION_SIZE)
    doubtful, breach = found["5/QĐ"], found["6/QĐ"]
    assert doubtful.severity.value == "review" and "Hà Văn Xuân" in doubtful.evidence["to_check"]
    assert "3 người đọc chắc tên, thêm 1 người tên chưa đọc chắc thì là 4 người" in doubtful.message
    assert doubtful.evidence["asked_elsewhere"] is True  # the member's own item asks it: one question
    assert breach.severity.value == "breach" and breach.evidence["to_check"] is None  # a breach stays a breach
    assert "7/QĐ" not in found  # 2 + 1 is within 3
    assert queue.open_items(con, field="finding") == []


def test_size_check_uses_the_answer_about_the_member(tmp_path: Path) -> None:
    con = _approved(tmp_path, "Mỗi đoàn không được vượt quá ba (03) người.")
    three = [Member(f"Nguyễn Văn {c}", "Sở Y tế") for c in "ABC"]
    insert_trips(con, [TripFact(n, D(2026, 5, 4), D(2026, 5, 8), ["Lào"], three) for n in ("5/QĐ", "8/QĐ", "9/QĐ")])
    for number, name in (("5/QĐ", "Hà Văn Xuân"), ("8/QĐ", "Tô Văn Yên"), ("9/QĐ", "Lò Văn Dũng")):
        _scanned(con, f"t-{number}")
        _unsure(con, f"t-{number}", name)
    _found(con, RuleKind.MAX_DELEGATION_SIZE)
    asked = {i.sha256: i for i in queue.open_items(con, field=MEMBER_FIELD)}
    done = [
        corrections.answer(con, asked["t-5/QĐ"].item_id, "Hà Văn Xuân", actor="lan"),  # a member: he counts
        corrections.answer(con, asked["t-8/QĐ"].item_id, None, actor="lan", note="mực nhòe, không đọc được"),
        corrections.answer(con, asked["t-9/QĐ"].item_id, "không", actor="lan"),  # no member: nothing to doubt
    ]
    assert corrections.rerun_affected(con, done) is True
    found = {f.decision_number: f for f in run_checks(con, D(2026, 12, 31), kinds=(RuleKind.MAX_DELEGATION_SIZE,))}
    assert found["5/QĐ"].severity.value == "breach" and found["5/QĐ"].evidence["members"] == 4
    assert found["8/QĐ"].severity.value == "review"  # nobody could read it: still to check, now as the finding
    assert [i.sha256 for i in queue.open_items(con, field="finding")] == ["t-8/QĐ"]
    assert "9/QĐ" not in found


def test_submission_year_review_until_the_date_is_answered(tmp_path: Path) -> None:
    con = _approved(tmp_path, "Hồ sơ đề nghị cử cán bộ gửi Sở Nội vụ ít nhất 07 ngày làm việc so với ngày bắt đầu đi.")
    one = [Member("Nguyễn Văn A", "Sở Y tế")]
    insert_trips(con, [TripFact("10/QĐ", D(2026, 8, 20), D(2026, 8, 24), ["Lào"], one, submitted_on=D(2026, 8, 14))])
    _scanned(con, "t-10/QĐ")
    con.execute(
        "INSERT INTO document_errors VALUES ('t-10/QĐ', ?, 'năm của ngày tờ trình “ngày 14/8/202G” không đọc chắc', 1)",
        [SUBMISSION_DOUBT],
    )
    open_items(con, [Item("t-10/QĐ", "submitted_on", "year_unread", "ingest", candidate="2026-08-14")], "ingest")
    doubtful = _found(con, RuleKind.SUBMISSION_LEAD_WORKING_DAYS)["10/QĐ"]
    assert doubtful.severity.value == "review" and "202G" in doubtful.evidence["to_check"]
    assert doubtful.evidence["asked_elsewhere"] is True and queue.open_items(con, field="finding") == []
    [item] = queue.open_items(con, field="submitted_on")
    corrections.answer(con, item.item_id, "14/08/2026", actor="lan")
    sure = _found(con, RuleKind.SUBMISSION_LEAD_WORKING_DAYS)["10/QĐ"]
    assert sure.severity.value == "breach" and sure.evidence["to_check"] is None


def test_period_doubt_makes_date_findings_review_until_both_dates_are_answered(tmp_path: Path) -> None:
    con = _approved(tmp_path, "Không bố trí đoàn đi nước ngoài trong tháng 01 và tháng 12.")
    one = [Member("Nguyễn Văn A", "Sở Y tế")]
    insert_trips(con, [TripFact("11/QĐ", D(2026, 12, 7), D(2026, 12, 11), ["Lào"], one)])
    _scanned(con, "t-11/QĐ", confidence=60.0)  # a poor scan: its date findings ask their dates
    con.execute(
        "INSERT INTO document_errors VALUES ('t-11/QĐ', ?, 'ngày đi đọc được 07/12/2016: năm đọc sai một chữ số', 1)",
        [PERIOD_DOUBT],
    )
    open_items(con, [Item("t-11/QĐ", f, "implausible_period", "ingest") for f in ("trip_start", "trip_end")], "ingest")
    doubtful = _found(con, RuleKind.AVOID_START_END_OF_YEAR)["11/QĐ"]
    assert doubtful.severity.value == "review" and "07/12/2016" in doubtful.evidence["to_check"]
    # the load's items already ask both dates: the checks ask them no second time
    assert {(i.field, i.reason) for i in queue.open_items(con)} == {
        ("trip_start", "implausible_period"),
        ("trip_end", "implausible_period"),
    }
    for item in queue.open_items(con):
        corrections.answer(con, item.item_id, "2026-12-07" if item.field == "trip_start" else "2026-12-11", actor="lan")
    assert _found(con, RuleKind.AVOID_START_END_OF_YEAR)["11/QĐ"].severity.value == "warning"
