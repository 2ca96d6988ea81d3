"""The nightly flow end to end on the bundled samples (shared session run, see conftest.nightly_samples)."""

from __future__ import annotations

import csv
import json
from types import SimpleNamespace

import pytest

from pipeline.store.connection import open_db
from pipeline.store.runs import last_run

pytestmark = [pytest.mark.slow, pytest.mark.ocr]


def test_flows_nightly_corrupt_file_does_not_fail_the_run(nightly_samples: SimpleNamespace) -> None:
    first = nightly_samples.first
    assert first.ingest.failed == 1
    assert [path.endswith("broken.pdf") for path in first.failed_files] == [True]
    assert first.ingest.new == first.ingest.seen - 1 >= 13
    assert first.report.exists()


def test_flows_nightly_extractors_do_not_crash_on_the_samples(nightly_samples: SimpleNamespace) -> None:
    """Documents run on concurrent threads: every field extractor must still finish on every sample."""
    con = open_db(nightly_samples.settings.db, read_only=True)
    try:
        crashes = con.execute("SELECT code, message FROM document_errors WHERE code LIKE 'extract.%'").fetchall()
    finally:
        con.close()
    assert crashes == []


def test_flows_nightly_second_run_skips_unchanged_files(nightly_samples: SimpleNamespace) -> None:
    second = nightly_samples.second
    assert second.ingest.new == 0
    assert second.ingest.skipped == second.ingest.seen - 1


def test_flows_nightly_report_lists_planted_missing_report(nightly_samples: SimpleNamespace) -> None:
    report = nightly_samples.second.report
    rows = list(csv.DictReader((report.parent / "overdue_trips.csv").open(encoding="utf-8-sig")))
    missing = [r for r in rows if (r["source_path"] or "").endswith("qd-152-QD-UBND-nhat-ban.pdf")]
    assert len(missing) == 1
    assert missing[0]["report"] == "chưa có báo cáo"
    assert missing[0]["deadline"] == "2025-03-28"
    page = report.read_text(encoding="utf-8")
    assert page.index("qd-152-QD-UBND-nhat-ban.pdf") < page.index('id="findings"')  # overdue trips come first
    assert "report_deadline_working_days" in nightly_samples.second.findings_by_rule


def test_flows_nightly_not_yet_due_trip_is_not_overdue(nightly_samples: SimpleNamespace) -> None:
    """Decision 1205 returns on 13/11/2026: on 22/11/2026 its report is not yet due."""
    rows = list(csv.DictReader((nightly_samples.second.report.parent / "overdue_trips.csv").open(encoding="utf-8-sig")))
    assert not [r for r in rows if (r["source_path"] or "").endswith("qd-1205-QD-UBND-phap.png")]


def test_flows_nightly_records_runs(nightly_samples: SimpleNamespace) -> None:
    con = open_db(nightly_samples.settings.db, read_only=True)
    try:
        nightly = last_run(con, "nightly")
        ingest = last_run(con, "ingest")
    finally:
        con.close()
    assert nightly is not None and ingest is not None
    assert nightly["status"] == "ok"
    assert json.loads(nightly["details"])["report"] == str(nightly_samples.second.report)
    assert (ingest["seen"], ingest["new"], ingest["failed"]) == (nightly_samples.second.ingest.seen, 0, 1)


def test_flows_nightly_summary_lines_name_the_report(nightly_samples: SimpleNamespace) -> None:
    lines = nightly_samples.second.lines()
    assert lines[-1] == f"  report: {nightly_samples.second.report}"
    assert any(line.startswith("  trips with no report by their deadline: ") for line in lines)
    overdue = [line for line in lines if line.startswith("    152/QĐ-UBND: ")]
    assert len(overdue) == 1 and overdue[0].endswith("due 2025-03-28 (chưa có báo cáo)")
