"""The review queue: items from extraction, answers applied over it everywhere, surviving re-extraction."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from extractors.header import extract_header
from pipeline.checks.run import evaluate
from pipeline.link.reports import link_all
from pipeline.review import corrections
from pipeline.rules.rulebase import ensure_default_rules
from pipeline.settings import Settings
from pipeline.store.connection import open_db
from pipeline.store.documents import load_documents
from pipeline.store.queue import queue
from pipeline.store.queue.fields import ReviewError, parse_value
from pipeline.store.queue.items import document_items
from pipeline.store.queue.raised import raise_link_items
from schemas.document import Box, Document, HandFilled, Page, Signer, TextSource
from tests.review_docs import (
    blank_number_memo,
    faint_signer,
    three_trips_one_misspelt_person,
    three_trips_one_person,
    unread_decision,
)
from tests.store_factory import decision, report, sha


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    connection = open_db(tmp_path / "review.duckdb")
    yield connection
    connection.close()


def _one(con: duckdb.DuckDBPyConnection, sql: str, params: list[object] | None = None) -> object:
    row = con.execute(sql, params or []).fetchone()
    assert row is not None
    return row[0]


def test_items_unread_number_gets_the_box_of_its_line() -> None:
    [item] = document_items(unread_decision("a"))
    assert (item.field, item.reason, item.candidate, item.page) == ("number", "unreadable", None, 1)
    assert item.box == {"left": 200, "top": 300, "width": 290, "height": 30}
    assert "number.unreadable" in (item.detail or "")


def test_items_blank_slot_is_a_question_on_a_scan_only() -> None:
    [item] = document_items(blank_number_memo("scan.pdf", source=TextSource.OCR))
    assert (item.field, item.reason) == ("number", "handwritten_unread")
    assert document_items(blank_number_memo("memo.docx", source=TextSource.DOCX)) == []


def test_items_signer_read_under_a_seal_is_asked_with_its_candidate() -> None:
    [item] = document_items(faint_signer("s"))
    assert (item.field, item.reason, item.candidate, item.confidence, item.page) == (
        "signer",
        "low_confidence",
        "Đỗ Hữu Lâm",
        38.0,
        2,
    )


def _hand_filled_decision(number: str, day: str, score: float) -> Document:
    """A scanned decision whose number and day were filled by pen, read by the digit recogniser at `score`."""
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: /QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Lạng Sơn, ngày tháng 01 năm 2025\nQUYẾT ĐỊNH\nVề việc cử cán bộ đi công tác nước ngoài\n"
    )
    slots = [
        HandFilled(slot="number", text=number, score=score, box=Box(left=100, top=200, width=80, height=50)),
        HandFilled(slot="day", text=day, score=score, box=Box(left=900, top=260, width=60, height=50)),
    ]
    return extract_header(Document.model_validate({
        "source": {"path": "/inbox/hand.pdf", "sha256": sha("hand"), "pages": 1, "text_source": "ocr", "kind": "pdf"},
        "text": text, "extractor_version": "1",
        "pages": [Page(number=1, source=TextSource.OCR, text=text, hand_filled=slots).model_dump()],
    }))  # fmt: skip


def test_items_hand_filled_reading_under_the_threshold_is_the_candidate(con: duckdb.DuckDBPyConnection) -> None:
    document = _hand_filled_decision("89", "16", 0.95)
    assert (document.number, document.issue_date) == (None, None)  # below the acceptance score: not a fact
    items = {item.field: item for item in document_items(document)}
    assert {f: (i.reason, i.candidate, i.confidence) for f, i in items.items()} == {
        "number": ("handwritten_unread", "89/QĐ-UBND", 95.0),
        "issue_date": ("handwritten_unread", "2025-01-16", 95.0),
    }
    load_documents(con, [document])
    assert _one(con, "SELECT count(*) FROM documents WHERE number IS NULL AND issue_date IS NULL") == 1
    assert {(i.field, i.candidate) for i in queue.open_items(con)} == {
        ("number", "89/QĐ-UBND"),
        ("issue_date", "2025-01-16"),
    }
    unreadable = {item.field: item.candidate for item in document_items(_hand_filled_decision("8#", "3?", 0.4))}
    assert unreadable == {"number": None, "issue_date": None}  # no digits read: nothing to offer


def test_items_none_for_a_clean_document() -> None:
    assert document_items(decision("clean", number="1/QĐ", issued=dt.date(2025, 1, 1), start=dt.date(2025, 2, 1),
                                   end=dt.date(2025, 2, 3), members=[("A B", "C", "D")],
                                   destinations=[("Lào", "LA")])) == []  # fmt: skip


def test_review_load_opens_items_oldest_first(con: duckdb.DuckDBPyConnection) -> None:
    load_documents(con, [unread_decision("a")])
    load_documents(con, [faint_signer("b")])
    items = queue.open_items(con)
    assert [i.field for i in items] == ["number", "signer"]
    assert [i.field for i in queue.open_items(con, field="signer")] == ["signer"]
    assert queue.open_items(con, reason="fuzzy_link") == []
    where = queue.position(con, items[1].item_id)
    assert (where.index, where.total, where.previous, where.next) == (2, 2, items[0].item_id, None)


def test_review_set_applies_everywhere_the_value_is_read(con: duckdb.DuckDBPyConnection) -> None:
    load_documents(con, [unread_decision("a")])
    [item] = queue.open_items(con)
    done = corrections.answer(con, item.item_id, " 152/QĐ-UBND ", actor="lan", note="read on the paper")
    assert (done.value, done.machine_value, done.action) == ("152/QĐ-UBND", None, "set")
    key = sha("a")
    assert _one(con, "SELECT number FROM documents WHERE sha256 = ?", [key]) == "152/QĐ-UBND"
    assert _one(con, "SELECT decision_number FROM trips WHERE trip_id = ?", [key]) == "152/QĐ-UBND"
    assert _one(con, "SELECT decision_number FROM v_trips WHERE trip_id = ?", [key]) == "152/QĐ-UBND"
    assert _one(con, "SELECT json_extract_string(document_json, '$.number') FROM documents") is None  # as read
    assert queue.open_items(con) == []
    assert _one(con, "SELECT status || ':' || closed_by FROM review_items") == "set:lan"


def test_review_corrections_survive_reextraction_and_another_path(con: duckdb.DuckDBPyConnection) -> None:
    load_documents(con, [unread_decision("a")])
    [item] = queue.open_items(con)
    corrections.answer(con, item.item_id, "152/QĐ-UBND", actor="lan")
    load_documents(con, [unread_decision("a", version="2")])  # a new extractor: rows replaced
    assert _one(con, "SELECT extractor_version FROM documents") == "2"
    assert _one(con, "SELECT decision_number FROM trips") == "152/QĐ-UBND"
    assert queue.open_items(con) == []  # answered once, never asked again
    load_documents(con, [unread_decision("a", version="2", path="/elsewhere/copy.pdf")])
    assert _one(con, "SELECT path || ' ' || number FROM documents") == "/elsewhere/copy.pdf 152/QĐ-UBND"


def test_review_item_obsolete_when_a_new_extractor_reads_the_value(con: duckdb.DuckDBPyConnection) -> None:
    load_documents(con, [unread_decision("a")])
    fixed = unread_decision("a", version="2").model_copy(update={"number": "152/QĐ-UBND", "errors": []})
    load_documents(con, [fixed])
    assert queue.open_items(con) == []
    assert _one(con, "SELECT status FROM review_items") == "obsolete"
    load_documents(con, [unread_decision("a", version="3")])  # a worse extractor asks again
    assert len(queue.open_items(con)) == 1


def test_review_skip_needs_a_note_and_nulls_the_value(con: duckdb.DuckDBPyConnection) -> None:
    load_documents(con, [faint_signer("s")])
    [item] = queue.open_items(con)
    with pytest.raises(ReviewError, match="note"):
        corrections.answer(con, item.item_id, None, actor="lan")
    done = corrections.answer(con, item.item_id, None, actor="lan", note="under the seal")
    assert (done.action, done.value, done.machine_value) == ("skip", None, "Đỗ Hữu Lâm")
    assert _one(con, "SELECT signer_name FROM documents") is None
    assert _one(con, "SELECT count(*) FROM mentions WHERE role = 'signer'") == 0
    assert _one(con, "SELECT status FROM review_items") == "skipped"


def test_review_set_signer_renames_its_mention(con: duckdb.DuckDBPyConnection) -> None:
    load_documents(con, [faint_signer("s")])
    [item] = queue.open_items(con)
    corrections.answer(con, item.item_id, "Đỗ Hữu Lâm Anh", actor="lan")
    assert _one(con, "SELECT name FROM mentions WHERE role = 'signer'") == "Đỗ Hữu Lâm Anh"


def test_review_unknown_item_and_bad_date_are_refused(con: duckdb.DuckDBPyConnection) -> None:
    with pytest.raises(ReviewError, match="no review item"):
        corrections.answer(con, "Rnope", "1", actor="lan")
    assert parse_value("issue_date", "5/3/2025") == "2025-03-05"
    assert parse_value("trip_end", "2025-03-14") == "2025-03-14"
    with pytest.raises(ReviewError, match="not a date"):
        parse_value("issue_date", "31/02/2025")
    with pytest.raises(ReviewError, match="empty"):
        parse_value("number", "  ")


def test_review_changed_trip_date_reruns_the_checks(con: duckdb.DuckDBPyConnection) -> None:
    trips = three_trips_one_person()
    load_documents(con, trips)
    ensure_default_rules(con)
    link_all(con, Settings(db=Path(":memory:")))
    evaluate(con, dt.date(2025, 1, 1))
    assert _one(con, "SELECT count(*) FROM findings WHERE rule_kind = 'max_trips_per_year'") == 1
    con.execute(
        "INSERT INTO review_items (item_id, sha256, field, reason, origin, status, created_at) "
        "VALUES ('Rt', ?, 'trip_start', 'low_confidence', 'check', 'open', now())",
        [sha("t7")],
    )
    done = corrections.answer(con, "Rt", "10/07/2025", actor="lan")
    assert corrections.rerun_affected(con, [done])
    assert _one(con, "SELECT count(*) FROM findings WHERE rule_kind = 'max_trips_per_year'") == 0


def _decision_and_report(con: duckdb.DuckDBPyConnection, cited: str, reporter: str) -> queue.QueueItem:
    """Decision 415/QĐ-UBND and a report citing `cited`, loaded and linked; the report's link item."""
    trip = decision("dec", number="415/QĐ-UBND", issued=dt.date(2025, 4, 1), start=dt.date(2025, 4, 10),
                    end=dt.date(2025, 4, 14), members=[("Đỗ Hồng Nga", "Giám đốc", "Sở Y tế")],
                    destinations=[("Lào", "LA")])  # fmt: skip
    answer = report("rep", number="9/BC", dated=dt.date(2025, 4, 20), decision_number=cited,
                    decision_date=dt.date(2025, 4, 1), reporter=reporter, unit="Sở Y tế")  # fmt: skip
    load_documents(con, [trip, answer])
    link_all(con, Settings(db=Path(":memory:")))
    [item] = queue.open_items(con, field="report_link")
    return item


def test_review_report_link_answer_outranks_the_matcher(con: duckdb.DuckDBPyConnection) -> None:
    item = _decision_and_report(con, "999/QĐ-UBND", "Nguyễn Văn Khác")
    assert (item.reason, item.candidate) == ("unlinked", None)
    assert _one(con, "SELECT trip_id FROM reports") is None
    with pytest.raises(ReviewError, match="no decision numbered"):
        corrections.answer(con, item.item_id, "416/QĐ-UBND", actor="lan")
    corrections.answer(con, item.item_id, "415/QD-UBND", actor="lan")  # typed without the Đ: the same decision
    link_all(con, Settings(db=Path(":memory:")))  # a relink keeps the person's answer
    assert _one(con, "SELECT trip_id || ' ' || link_method FROM reports") == f"{sha('dec')} person"
    assert _one(con, "SELECT report_sha256 FROM v_trips") == sha("rep")
    assert queue.open_items(con, field="report_link") == []  # answered: not asked again


def test_review_fuzzy_report_link_is_asked_and_answered(con: duckdb.DuckDBPyConnection) -> None:
    item = _decision_and_report(con, "416/QĐ-UBND", "Đỗ Hồng Nga")
    assert (item.reason, item.candidate, item.confidence) == ("fuzzy_link", "415/QĐ-UBND", 0.85)
    corrections.answer(con, item.item_id, item.candidate or "", actor="lan")  # Enter on the page
    link_all(con, Settings(db=Path(":memory:")))
    assert queue.open_items(con, field="report_link") == []
    assert _one(con, "SELECT link_method FROM reports") == "person"


def test_review_two_spellings_of_one_person_can_be_told_apart(con: duckdb.DuckDBPyConnection) -> None:
    def signed(label: str, signer: str, month: int) -> Document:
        document = decision(label, number=f"{month}/QĐ-UBND", issued=dt.date(2025, month, 1),
                            start=dt.date(2025, month, 10), end=dt.date(2025, month, 12),
                            members=[(f"Người {label}", "Chuyên viên", f"Sở {label}")],
                            destinations=[("Lào", "LA")])  # fmt: skip
        return document.model_copy(update={"signer": Signer(name=signer, title="Phó Chủ tịch", mode="KT.")})

    load_documents(con, [signed("a", "Đỗ Hữu Lâm", 3), signed("b", "Đỗ Hữa Lâm", 5)])
    settings = Settings(db=Path(":memory:"))
    link_all(con, settings)
    [item] = queue.open_items(con, field="person")
    assert (item.reason, item.candidate) == ("person_match", "same")
    before = _one(con, "SELECT count(*) FROM people")
    with pytest.raises(ReviewError, match="same"):
        corrections.answer(con, item.item_id, "maybe", actor="lan")
    done = corrections.answer(con, item.item_id, "khác", actor="lan")
    assert done.value == "different"
    assert corrections.rerun_affected(con, [done], settings)
    assert _one(con, "SELECT count(*) FROM people") == before + 1  # two people now
    link_all(con, settings)
    assert queue.open_items(con, field="person") == []


def _person_doubt(con: duckdb.DuckDBPyConnection) -> tuple[object, list[object]]:
    load_documents(con, three_trips_one_misspelt_person())
    ensure_default_rules(con)
    link_all(con, Settings(db=Path(":memory:")))
    evaluate(con, dt.date(2025, 1, 1))
    return queue.open_items(con), con.execute("SELECT severity, evidence->>'to_check' FROM findings").fetchall()


def test_review_a_person_doubt_is_one_question_naming_both_records(con: duckdb.DuckDBPyConnection) -> None:
    """The third trip counts only if "Lục Văn Thjnh" is "Lục Văn Thịnh": the finding is a review naming both
    records (before: a breach, the match's combined score being over the threshold its name score was under),
    and the queue asks one question, the person item, not a second one for the finding."""
    items, findings = _person_doubt(con)
    [item] = items
    assert (item.field, item.reason, item.candidate) == ("person", "person_match", "same")  # type: ignore[attr-defined]
    assert item.detail == (  # type: ignore[attr-defined]
        "one person? Lục Văn Thịnh — Giám đốc, Sở Nông nghiệp (13/QĐ-UBND, 2024-03-01) = "
        "Lục Văn Thjnh — Giám đốc, Sở Nông nghiệp (17/QĐ-UBND, 2024-07-01)"
    )
    [(severity, to_check)] = findings
    assert severity == "review"
    assert "Lục Văn Thịnh (13/QĐ-UBND) và Lục Văn Thjnh (17/QĐ-UBND), điểm 92/100" in str(to_check)


@pytest.mark.parametrize(("answer", "after"), [("same", ["breach"]), ("different", [])])
def test_review_the_answer_to_a_person_doubt_settles_the_finding(
    con: duckdb.DuckDBPyConnection, answer: str, after: list[str]
) -> None:
    items, _ = _person_doubt(con)
    done = corrections.answer(con, items[0].item_id, answer, actor="lan")  # type: ignore[attr-defined]
    assert corrections.rerun_affected(con, [done], Settings(db=Path(":memory:")))
    assert [row[0] for row in con.execute("SELECT severity FROM findings").fetchall()] == after
    assert queue.open_items(con) == []


def test_review_merges_resting_on_one_pair_of_spellings_are_one_question(con: duckdb.DuckDBPyConnection) -> None:
    """A misspelt name listed and mentioned again in one decision can give two merges of the same two spellings:
    one item, and "different" undoes both."""
    items, _ = _person_doubt(con)
    con.execute(
        "INSERT INTO person_merges SELECT 'M-again', person_id, sha256, 'mentioned', ordinal, score, evidence, undone, "
        "created_at, matched_sha256, matched_role, matched_ordinal, undone_at FROM person_merges WHERE merge_id = ?",
        [items[0].target],  # type: ignore[attr-defined]
    )
    raise_link_items(con)  # the queue as the linking step raises it (a relink would drop the merge made by hand)
    [item] = queue.open_items(con, field="person")
    corrections.answer(con, item.item_id, "different", actor="lan")
    assert _one(con, "SELECT count(*) FROM person_merges WHERE undone") == 2


def test_review_findings_on_a_poor_scan_ask_for_their_dates(con: duckdb.DuckDBPyConnection) -> None:
    trips = three_trips_one_person(ocr_confidence=61.0)
    load_documents(con, trips)
    ensure_default_rules(con)
    link_all(con, Settings(db=Path(":memory:")))
    evaluate(con, dt.date(2025, 1, 1))
    asked = queue.open_items(con, reason="finding_input")
    assert {(i.sha256, i.field, i.candidate) for i in asked} == {
        (sha("t7"), "trip_start", "2024-07-10"),
        (sha("t7"), "trip_end", "2024-07-14"),
    }
    start = next(i for i in asked if i.field == "trip_start")
    done = corrections.answer(con, start.item_id, "10/07/2025", actor="lan")
    corrections.rerun_affected(con, [done])
    assert queue.open_items(con, reason="finding_input") == []  # no finding rests on them any more


def test_review_findings_of_severity_review_are_asked_once_and_closed_by_an_answer(
    con: duckdb.DuckDBPyConnection,
) -> None:
    # the third trip's finding is asked by its dates; the firm-paid first one's is a question of its own
    load_documents(con, three_trips_one_person(ocr_confidence=61.0, first_paid_by="Công ty Cổ phần Lâm Hải"))
    ensure_default_rules(con)
    link_all(con, Settings(db=Path(":memory:")))
    evaluate(con, dt.date(2025, 1, 1))
    reviews = con.execute(
        "SELECT trip_id, finding_id, message, evidence->>'to_check' FROM findings WHERE severity = 'review' "
        "AND rule_kind = 'no_enterprise_funded'"
    ).fetchall()
    assert len(reviews) == 1
    asked = queue.open_items(con, field="finding")
    assert {(i.sha256, i.target, i.reason, i.candidate) for i in asked} == {
        (trip, fid, "uncertain_input", message) for trip, fid, message, _ in reviews
    }
    to_check = {fid: text for _, fid, _, text in reviews}
    assert all(to_check[i.target] and to_check[i.target] in (i.detail or "") for i in asked)  # shown on the page
    evaluate(con, dt.date(2025, 1, 1))  # a second run of the checks asks the same questions, no more
    assert _one(con, "SELECT count(*) FROM review_items WHERE field = 'finding'") == len(asked)
    assert [i.item_id for i in queue.open_items(con, field="finding")] == [i.item_id for i in asked]
    with pytest.raises(ReviewError, match="confirm"):
        corrections.answer(con, asked[0].item_id, "maybe", actor="lan")
    done = corrections.answer(con, asked[0].item_id, "đúng", actor="lan")
    assert (done.value, done.machine_value) == ("confirm", asked[0].candidate)
    assert not corrections.affects_checks([done])
    evaluate(con, dt.date(2025, 1, 1))
    left = queue.open_items(con, field="finding")
    assert asked[0].item_id not in {i.item_id for i in left} and len(left) == len(asked) - 1


def test_review_one_finding_one_question_and_answered_dates_lift_the_doubt(con: duckdb.DuckDBPyConnection) -> None:
    """A date-based finding on a poor scan is asked through the trip's dates only (not also as a finding); once a
    person has answered both dates it is a breach, and nothing about it is asked again."""
    load_documents(con, three_trips_one_person(ocr_confidence=61.0))
    ensure_default_rules(con)
    link_all(con, Settings(db=Path(":memory:")))
    evaluate(con, dt.date(2025, 1, 1))
    assert _one(con, "SELECT severity FROM findings WHERE trip_id = ?", [sha("t7")]) == "review"
    assert queue.open_items(con, field="finding") == []
    dates = queue.open_items(con, reason="finding_input")
    assert {i.field for i in dates} == {"trip_start", "trip_end"}
    done = [corrections.answer(con, item.item_id, item.candidate or "", actor="lan") for item in dates]
    corrections.rerun_affected(con, done)
    assert _one(con, "SELECT severity FROM findings WHERE trip_id = ?", [sha("t7")]) == "breach"
    assert queue.open_items(con, reason="finding_input") == [] and queue.open_items(con, field="finding") == []


def test_review_a_reworded_finding_keeps_its_id_and_its_answer(con: duckdb.DuckDBPyConnection) -> None:
    """The finding's id is its rule, trip and person, not its message: a finding reworded (here: an older
    wording stored) is rewritten under the same id, and the answer given to it still holds."""
    load_documents(con, three_trips_one_person(ocr_confidence=61.0, first_paid_by="Công ty Cổ phần Lâm Hải"))
    ensure_default_rules(con)
    link_all(con, Settings(db=Path(":memory:")))
    evaluate(con, dt.date(2025, 1, 1))
    before = dict(con.execute("SELECT finding_id, message FROM findings").fetchall())
    (item,) = queue.open_items(con, field="finding")
    corrections.answer(con, item.item_id, "sai", actor="lan")
    con.execute("UPDATE findings SET message = 'cách viết cũ của phát hiện'")
    evaluate(con, dt.date(2025, 1, 1))
    assert dict(con.execute("SELECT finding_id, message FROM findings").fetchall()) == before
    assert queue.open_items(con, field="finding") == []  # answered: not asked again
