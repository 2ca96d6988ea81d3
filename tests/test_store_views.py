"""The analysts' views and the queries of docs/analysts.md, on a small loaded database."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import duckdb
import pytest

from pipeline.checks.run import evaluate
from pipeline.link.reports import link_all
from pipeline.settings import Settings
from pipeline.store.connection import open_db
from pipeline.store.documents import load_documents
from tests.store_factory import decision, dispatch, report, sha

D = dt.date
ROOT = Path(__file__).resolve().parent.parent
TUAN = ("Hoàng Minh Tuấn", "Giám đốc", "Sở Ngoại vụ")
HOA = ("Lê Thị Hoa", "Chuyên viên", "Sở Ngoại vụ")
BAO = ("Phạm Quốc Bảo", "Phó Giám đốc", "Sở Y tế")


def _documents() -> list:
    return [
        # A: back Tue 8/4/2025, 10 working days → 22/4; reported 20/4 (on time)
        decision("A", number="07/QĐ-UBND", issued=D(2025, 3, 3), start=D(2025, 4, 1), end=D(2025, 4, 8),
                 members=[TUAN, HOA], destinations=[("Hàn Quốc", "KR"), ("Nhật Bản", "JP")]),
        report("A-report", number="11/BC-SNgV", dated=D(2025, 4, 20), decision_number="07/QĐ-UBND",
               decision_date=D(2025, 3, 3), reporter="Hoàng Minh Tuấn", unit="Sở Ngoại vụ"),
        # B: back Fri 25/4/2025; the make-up Saturday counts, 30/4-4/5 does not → 13/5; reported 20/5 (late)
        decision("B", number="15/QĐ-UBND", issued=D(2025, 4, 1), start=D(2025, 4, 20), end=D(2025, 4, 25),
                 members=[TUAN, BAO], destinations=[("Xinh-ga-po", "SG")]),
        report("B-report", number="4/BC-SYT", dated=D(2025, 5, 20), decision_number="15/QĐ-UBND",
               decision_date=D(2025, 4, 1), reporter="Phạm Quốc Bảo", unit="Sở Y tế"),
        # C: back Sun 15/6/2025, no report
        decision("C", number="22/QĐ-UBND", issued=D(2025, 6, 2), start=D(2025, 6, 10), end=D(2025, 6, 15),
                 members=[BAO], destinations=[("Nhật Bản", "JP")]),
        # the dispatch every decision cites (12-QĐi/TU of 3/4/2019), stating a 7-working-day deadline
        dispatch("rule-doc", number="12-QĐi/TU", issued=D(2019, 4, 3), deadline_days=7),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def con(tmp_path_factory: pytest.TempPathFactory) -> duckdb.DuckDBPyConnection:
    connection = open_db(tmp_path_factory.mktemp("views") / "views.duckdb")
    load_documents(connection, _documents())
    link_all(connection, Settings())
    connection.execute(
        "INSERT INTO rules (rule_id, kind, value, severity, sentence, status, origin, created_at, updated_at, "
        "source_number, citation) VALUES ('r-central', 'report_deadline_working_days', 10, 'breach', 'Mười ngày.', "
        "'active', 'default', now(), now(), '12-QĐi/TU', 'Quy định số 12-QĐi/TU')"
    )
    evaluate(connection, D(2025, 7, 1))  # sets each trip's report deadline (and its findings, replaced below)
    connection.execute("DELETE FROM findings")
    connection.execute(
        "INSERT INTO findings (finding_id, rule_id, rule_kind, trip_id, person, severity, message, evidence, "
        "created_at) VALUES ('f1', 'r-central', 'report_deadline_working_days', ?, 'Phạm Quốc Bảo', 'breach', "
        "'Báo cáo muộn 5 ngày làm việc', '{\"deadline\": \"2025-05-13\"}', now())",
        [sha("B")],
    )
    return connection


def _rows(con: duckdb.DuckDBPyConnection, query: str, params: list | None = None) -> list[tuple]:
    return con.execute(query, params or []).fetchall()


def test_views_trips_have_members_destinations_and_report_status(con: duckdb.DuckDBPyConnection) -> None:
    rows = _rows(
        con,
        "SELECT decision_number, members, destinations, report_deadline, report_date, report_status "
        "FROM v_trips ORDER BY decision_number",
    )
    assert rows == [
        ("07/QĐ-UBND", ["Hoàng Minh Tuấn", "Lê Thị Hoa"], ["Hàn Quốc", "Nhật Bản"], D(2025, 4, 22), D(2025, 4, 20),
         "reported"),
        ("15/QĐ-UBND", ["Hoàng Minh Tuấn", "Phạm Quốc Bảo"], ["Xinh-ga-po"], D(2025, 5, 13), D(2025, 5, 20),
         "reported_late"),
        ("22/QĐ-UBND", ["Phạm Quốc Bảo"], ["Nhật Bản"], D(2025, 6, 27), None, "overdue"),
    ]  # fmt: skip


def test_views_trips_per_person_year(con: duckdb.DuckDBPyConnection) -> None:
    rows = _rows(con, "SELECT name, year, trips, days_abroad, unit FROM v_trips_per_person_year ORDER BY name")
    assert rows == [
        ("Hoàng Minh Tuấn", 2025, 2, 14, "Sở Ngoại vụ"),
        ("Lê Thị Hoa", 2025, 1, 8, "Sở Ngoại vụ"),
        ("Phạm Quốc Bảo", 2025, 2, 12, "Sở Y tế"),
    ]


def test_views_overdue_reports_as_of(con: duckdb.DuckDBPyConnection) -> None:
    rows = _rows(
        con,
        "SELECT decision_number, deadline, status, report_date, working_days_overdue "
        "FROM overdue_reports(DATE '2025-07-01') ORDER BY decision_number",
    )
    assert rows == [
        ("15/QĐ-UBND", D(2025, 5, 13), "late", D(2025, 5, 20), 5),
        ("22/QĐ-UBND", D(2025, 6, 27), "missing", None, 2),
    ]
    # as of 15/5 trip B's report was not yet in: missing, 2 working days after 13/5
    assert _rows(con, "SELECT decision_number, status, working_days_overdue FROM overdue_reports('2025-05-15')") == [
        ("15/QĐ-UBND", "missing", 2)
    ]


def test_views_overdue_reports_follow_the_active_deadline_rule(tmp_path: Path) -> None:
    con = open_db(tmp_path / "rule.duckdb")
    load_documents(con, _documents())
    link_all(con, Settings())
    con.execute(
        "INSERT INTO rules (rule_id, kind, value, severity, sentence, status, origin, created_at, updated_at, "
        "effective_from, citation) VALUES "
        "('r7', 'report_deadline_working_days', 7, 'breach', 'Bảy ngày.', 'active', 'extracted', now(), now(), "
        "DATE '2025-06-01', 'Công văn số 7/UBND'), "
        "('r10', 'report_deadline_working_days', 10, 'breach', 'Mười ngày.', 'active', 'extracted', now(), now(), "
        "NULL, 'Công văn số 10/UBND')"
    )
    evaluate(con, D(2025, 7, 1))
    rows = _rows(con, "SELECT decision_number, deadline_working_days, deadline FROM overdue_reports('2025-07-01')")
    assert sorted(rows) == [("15/QĐ-UBND", 10, D(2025, 5, 13)), ("22/QĐ-UBND", 7, D(2025, 6, 24))]
    sources = _rows(
        con, "SELECT t.decision_number, deadline_source FROM v_report_deadlines JOIN trips t USING (trip_id)"
    )
    assert sorted(sources) == [
        ("07/QĐ-UBND", "Công văn số 10/UBND"),
        ("15/QĐ-UBND", "Công văn số 10/UBND"),
        ("22/QĐ-UBND", "Công văn số 7/UBND"),  # in force when trip C started, and stricter
    ]


def test_views_and_checks_agree_on_overdue(tmp_path: Path) -> None:
    """One definition: with no approved deadline rule nothing is overdue anywhere (the view used to apply a
    default of 10 working days the checks, summary and report did not know); with one, all say the same."""
    con = open_db(tmp_path / "agree.duckdb")
    load_documents(con, _documents())
    link_all(con, Settings())
    today = dt.date.today()

    def overdue() -> tuple[set[str], set[str], set[str]]:
        evaluate(con, today)
        view = {r[0] for r in _rows(con, "SELECT decision_number FROM v_trips WHERE report_status = 'overdue'")}
        macro = {r[0] for r in _rows(con, "SELECT decision_number FROM overdue_reports(current_date)")}
        found = {
            r[0]
            for r in _rows(con, "SELECT decision_number FROM findings WHERE rule_kind = 'report_deadline_working_days'")
        }
        late = {r[0] for r in _rows(con, "SELECT decision_number FROM v_trips WHERE report_status = 'reported_late'")}
        return view, macro - late, found - late

    assert overdue() == (set(), set(), set())
    con.execute(
        "INSERT INTO rules (rule_id, kind, value, severity, sentence, status, origin, created_at, updated_at) "
        "VALUES ('r10', 'report_deadline_working_days', 10, 'breach', 'Mười ngày.', 'active', 'extracted', now(), "
        "now())"
    )
    assert overdue() == ({"22/QĐ-UBND"}, {"22/QĐ-UBND"}, {"22/QĐ-UBND"})


def test_views_findings_join_rule_and_trip(con: duckdb.DuckDBPyConnection) -> None:
    query = "SELECT rule_kind, rule_value, rule_source, decision_number, person, decision_path FROM v_findings"
    assert _rows(con, query) == [
        ("report_deadline_working_days", 10.0, "12-QĐi/TU", "15/QĐ-UBND", "Phạm Quốc Bảo", "/inbox/B.pdf")
    ]


def test_views_citation_graph_resolves_number_and_date(con: duckdb.DuckDBPyConnection) -> None:
    rows = _rows(
        con,
        "SELECT citing_number, cited_number, cited_date, cited_sha256 FROM v_citation_graph ORDER BY ALL",
    )
    assert ("07/QĐ-UBND", "12-QĐi/TU", D(2019, 4, 3), sha("rule-doc")) in rows
    assert ("12-QĐi/TU", "38-CT/TW", D(2014, 7, 21), None) in rows  # not in the archive
    # a report cites its decision by number and date: resolved to the decision
    assert ("11/BC-SNgV", "07/QĐ-UBND", D(2025, 3, 3), sha("A")) in rows


def _doc_queries() -> list[str]:
    text = (ROOT / "docs" / "analysts.md").read_text(encoding="utf-8")
    return re.findall(r"```sql\n(.*?)```", text, flags=re.S)


def test_views_analysts_doc_has_at_least_ten_questions() -> None:
    assert len(_doc_queries()) >= 10


@pytest.mark.parametrize("index", range(len(_doc_queries())))
def test_views_analysts_doc_query_runs(con: duckdb.DuckDBPyConnection, index: int) -> None:
    query = _doc_queries()[index]
    con.execute(query).fetchall()


def test_views_analysts_doc_answers(con: duckdb.DuckDBPyConnection) -> None:
    queries = _doc_queries()
    most = con.execute(queries[0]).fetchall()
    assert most[0][:2] == ("Hoàng Minh Tuấn", 2)
    never_on_time = {row[0] for row in con.execute(queries[3]).fetchall()}
    assert never_on_time == {"Sở Y tế"}  # Sở Ngoại vụ reported trip A on time
    cited = con.execute(queries[4]).fetchall()
    assert cited[0][1:3] == ("12-QĐi/TU", D(2019, 4, 3)) and cited[0][4] == 3
