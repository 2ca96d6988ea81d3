"""The nightly report from query results: overdue trips first, everything escaped, CSV alongside."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import duckdb
import pytest

from pipeline.report.nightly import _csv_cell, bar_chart, collect, file_href, render_html, write_report
from pipeline.store.connection import open_db

AS_OF = dt.date(2024, 3, 1)
NOW = dt.datetime(2024, 3, 1, 2, 0)
PLANTED = '<script>document.title="pwned"</script>'


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    db = open_db(":memory:")
    doc = tmp_path / "inbox" / "qd 12.pdf"
    doc.parent.mkdir()
    doc.write_bytes(b"%PDF")
    db.execute(
        "INSERT INTO documents (sha256, path, status, subject, extractor_version, ingested_at) VALUES "
        "('t1', ?, 'ok', ?, '1', now()), ('t2', 'x.pdf', 'ok', 'Về việc cử đi', '1', now()), "
        "('bad', 'broken.pdf', 'failed', NULL, '1', now())",
        [str(doc), PLANTED],
    )
    db.execute(
        "INSERT INTO trips (trip_id, decision_number, issuer, start_date, end_date) VALUES "
        "('t1', '12/QĐ-UBND', 'UBND tỉnh Hòa Bình', DATE '2024-01-08', DATE '2024-01-15'), "
        "('t2', '30/QĐ-UBND', 'UBND tỉnh Hòa Bình', DATE '2023-11-02', DATE '2023-11-09')"
    )
    db.execute(
        "INSERT INTO trip_destinations VALUES ('t1', 0, 'Nhật Bản', 'JP'), ('t2', 0, 'Nhật Bản', 'JP'), "
        "('t2', 1, 'Hàn Quốc', 'KR')"
    )
    db.execute(
        "INSERT INTO trip_members (trip_id, ordinal, name, unit) VALUES "
        "('t1', 0, 'Lò Văn Mẫn', 'Sở Công Thương'), ('t2', 0, 'Đinh Thị Hoa', 'Sở Y tế')"
    )
    evidence = json.dumps({"end_date": "2024-01-15", "deadline": "2024-01-29", "note": PLANTED})
    db.execute(
        "INSERT INTO findings VALUES "
        "('f1', 'run1', 'r-dl', 'report_deadline_working_days', 't1', '12/QĐ-UBND', 'Lò Văn Mẫn', NULL, 'breach', "
        " ?, ?, DATE '2024-03-01', now()), "
        "('f2', 'run1', 'r-size', 'max_delegation_size', 't2', '30/QĐ-UBND', NULL, NULL, 'warning', "
        " 'Đoàn quá đông', '{\"members\": 9}', DATE '2024-03-01', now()), "
        "('f0', 'run0', 'r-size', 'max_delegation_size', 't2', '30/QĐ-UBND', NULL, NULL, 'warning', "
        " 'lần chạy cũ', '{}', DATE '2024-03-01', now() - INTERVAL 1 DAY)",
        [f"Quá hạn báo cáo {PLANTED}", evidence],
    )
    db.execute("INSERT INTO ingest_errors VALUES ('broken.pdf', NULL, 'pdf.corrupt', 'not a PDF', now(), 'run1')")
    return db


def test_nightly_report_collects_latest_run_and_overdue(con: duckdb.DuckDBPyConnection) -> None:
    data = collect(con, AS_OF, now=NOW)
    assert data.counts["trips"] == 2
    assert data.counts["findings"] == 2  # the older run's finding is history
    assert [t.decision_number for t in data.overdue] == ["12/QĐ-UBND"]
    assert data.overdue[0].deadline == "2024-01-29"
    assert data.overdue[0].report == "chưa có báo cáo"
    assert data.trips_per_month == [("2023-11", 1), ("2023-12", 0), ("2024-01", 1)]
    assert data.trips_per_country == [("Nhật Bản", 2), ("Hàn Quốc", 1)]
    assert dict(data.findings_per_unit) == {"Sở Công Thương": 1, "UBND tỉnh Hòa Bình": 1}


def test_nightly_report_escapes_document_text(con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    page = render_html(collect(con, AS_OF, now=NOW), tmp_path / "reports" / "2024-03-01")
    assert "<script" not in page
    assert "&lt;script&gt;document.title=&#34;pwned&#34;&lt;/script&gt;" in page
    assert "http://" not in page.replace("http://www.w3.org/2000/svg", "")
    assert page.index('id="overdue"') < page.index('id="counts"') < page.index('id="findings"')
    assert page.count("<svg") == 4


def test_nightly_report_links_source_file_relative(tmp_path: Path) -> None:
    report_dir = tmp_path / "reports" / "2024-03-01"
    assert file_href(str(tmp_path / "inbox" / "qd 12.pdf"), report_dir) == "../../inbox/qd%2012.pdf"
    assert file_href(None, report_dir) is None


def test_nightly_report_writes_html_and_csv(con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    page = write_report(con, AS_OF, tmp_path / "reports")
    assert page == tmp_path / "reports" / "2024-03-01" / "index.html"
    with (page.parent / "overdue_trips.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["decision_number"] for r in rows] == ["12/QĐ-UBND"]
    with (page.parent / "findings.csv").open(encoding="utf-8-sig") as handle:
        assert {r["rule_kind"] for r in csv.DictReader(handle)} == {
            "report_deadline_working_days",
            "max_delegation_size",
        }


@pytest.mark.parametrize(("value", "cell"), [("=1+1", "'=1+1"), ("@SUM(A1)", "'@SUM(A1)"), ("12/QĐ", "12/QĐ"), (3, 3)])
def test_nightly_report_csv_cells_never_formulas(value: object, cell: object) -> None:
    assert _csv_cell(value) == cell


def test_nightly_report_bar_chart_scales_to_largest() -> None:
    chart = bar_chart("t", [("a", 4), ("b", 2), ("c", 0)], width=400, label_width=100)
    assert [b.width for b in chart.bars] == [250, 125, 0]
    assert chart.height == 3 * chart.row_height


def test_nightly_report_every_rule_kind_doc_type_and_evidence_field_has_a_vietnamese_name() -> None:
    import re

    from pipeline.report import labels
    from schemas.document import DocType, Status
    from schemas.rules import RuleKind, Severity

    assert set(labels.RULE_KINDS) == set(RuleKind) and set(labels.DOC_TYPES) == set(DocType)
    assert set(labels.STATUSES) == set(Status) and set(labels.SEVERITIES) == set(Severity)
    kinds = Path(__file__).resolve().parent.parent / "pipeline" / "checks" / "kinds"
    written = {key for path in kinds.glob("*.py") for key in re.findall(r'^\s+"([a-z_]+)": ', path.read_text(), re.M)}
    assert written - set(labels.EVIDENCE) == set()


def test_nightly_report_groups_findings_by_trip(con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    from pipeline.report.nightly import by_trip

    data = collect(con, AS_OF, now=NOW)
    groups = by_trip(data.findings)
    assert [(g.decision_number, len(g.findings)) for g in groups] == [("12/QĐ-UBND", 1), ("30/QĐ-UBND", 1)]
    page = render_html(data, tmp_path)
    assert "Hạn nộp báo cáo sau chuyến đi" in page and "29/01/2024" in page
    assert page.index("Hạn nộp báo cáo sau chuyến đi") < page.index("<details>")


def test_nightly_report_shows_the_review_queue(con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    empty = collect(con, AS_OF, now=NOW)
    assert empty.review is not None and empty.review.line() == "review queue: empty"
    con.execute(
        "INSERT INTO review_items (item_id, sha256, field, reason, origin, status, created_at) VALUES "
        "('R1', 't1', 'number', 'handwritten_unread', 'ingest', 'open', TIMESTAMP '2024-02-20 08:00'), "
        "('R2', 't2', 'signer', 'low_confidence', 'ingest', 'open', TIMESTAMP '2024-02-25 08:00'), "
        "('R3', 't2', 'number', 'unreadable', 'ingest', 'set', TIMESTAMP '2024-02-01 08:00')"
    )
    data = collect(con, AS_OF, now=NOW)
    assert data.review is not None
    assert data.review.line() == (
        "review queue: 2 open (number 1, signer 1), oldest since 2024-02-20 — http://127.0.0.1:8765/"
    )
    page = render_html(data, tmp_path)
    assert '<h2 id="review">Hàng đợi xem lại (2)</h2>' in page
    assert "20/02/2024" in page and 'href="http://127.0.0.1:8765/"' in page
    assert "qd 12.pdf" in page  # the oldest item's document


def test_nightly_report_names_review_fields_and_reasons_and_shows_what_to_check(
    con: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    from pipeline.report import labels
    from pipeline.store.queue.fields import FIELDS, FINDING_FIELD, LINK_FIELDS, MEMBER_FIELD

    assert set(labels.REVIEW_FIELDS) == {*FIELDS, *LINK_FIELDS, FINDING_FIELD, MEMBER_FIELD}
    con.execute(
        "INSERT INTO review_items (item_id, sha256, field, reason, origin, status, created_at) VALUES "
        "('R1', 't1', 'number', 'handwritten_unread', 'ingest', 'open', TIMESTAMP '2024-02-20 08:00'), "
        "('R2', 't2', 'finding', 'uncertain_input', 'check', 'open', TIMESTAMP '2024-02-25 08:00')"
    )
    con.execute(
        "UPDATE findings SET severity = 'review', evidence = json_object('to_check', 'đối chiếu ngày về với bản gốc') "
        "WHERE finding_id = 'f2'"
    )
    page = render_html(collect(con, AS_OF, now=NOW), tmp_path)
    review = page[page.index('<h2 id="review">') :]
    for shown in ("số văn bản 1", "phát hiện cần xác nhận 1", "chữ số viết tay chưa đọc chắc 1",
                  "phát hiện dựa trên dữ liệu chưa chắc 1", "số văn bản (chữ số viết tay chưa đọc chắc)"):  # fmt: skip
        assert shown in review
    assert "handwritten_unread" not in review and "uncertain_input" not in review
    shown_at = page.index("Cần kiểm tra: đối chiếu ngày về với bản gốc")  # in the finding, not its details
    assert page.rfind("</details>", 0, shown_at) < page.rfind("<li>", 0, shown_at) < shown_at
    assert page.index("<details>", shown_at) < page.index("</li>", shown_at)


def test_nightly_report_leaves_out_findings_a_person_dismissed(con: duckdb.DuckDBPyConnection) -> None:
    """A finding dismissed in the review queue is not an open finding of the report (only counted); a confirmed
    one, or a dismissal of another run's finding, changes nothing."""
    con.execute(
        "INSERT INTO corrections VALUES "
        "('c1', 't2', 'finding', 'f2', 'dismiss', 'set', 'lan', now(), NULL, 'Đoàn quá đông', NULL), "
        "('c2', 't1', 'finding', 'f1', 'confirm', 'set', 'lan', now(), NULL, NULL, NULL), "
        "('c3', 't2', 'finding', 'f0', 'dismiss', 'set', 'lan', now(), NULL, NULL, NULL)"
    )
    data = collect(con, AS_OF, now=NOW)
    assert [f.rule_kind for f in data.findings] == ["report_deadline_working_days"]
    assert (data.counts["findings"], data.counts["findings_dismissed"]) == (1, 1)
    con.execute(
        "INSERT INTO corrections VALUES ('c4', 't2', 'finding', 'f2', 'confirm', 'set', 'lan', now() + INTERVAL 1 "
        "MINUTE, NULL, NULL, NULL)"
    )  # the latest answer wins: confirmed again, listed again
    assert len(collect(con, AS_OF, now=NOW).findings) == 2
