"""Migration 028: report deadlines lose their key index (the checks' commit on a million trips), keeping their rows
and their NOT NULL columns on a database upgraded in place."""

from __future__ import annotations

import duckdb
import pytest

from pipeline.store.migrations import apply, known_migrations


def _keys(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute(
        "SELECT count(*) FROM duckdb_constraints() "
        "WHERE table_name = 'report_deadlines' AND constraint_type = 'PRIMARY KEY'"
    ).fetchone()
    return row[0] if row else 0


def test_an_upgraded_database_keeps_its_deadlines_without_the_key_index() -> None:
    con = duckdb.connect()
    migrations = known_migrations()
    before = [m for m in migrations if m.name < "028_report_deadlines_unindexed"]
    apply(con, before, ":memory:")
    con.execute("INSERT INTO report_deadlines VALUES ('t-1', 'R-1', 5, DATE '2026-03-09', 'Công văn 7/UBND', now())")
    assert _keys(con) == 1
    apply(con, [m for m in migrations if m not in before], ":memory:")
    assert con.execute("SELECT count(*) FROM v_report_deadlines").fetchone() == (0,)  # the view still binds
    assert con.execute("SELECT trip_id, rule_id, deadline_working_days FROM report_deadlines").fetchall() == [
        ("t-1", "R-1", 5)
    ]
    assert _keys(con) == 0
    with pytest.raises(duckdb.ConstraintException):
        con.execute("INSERT INTO report_deadlines VALUES ('t-2', NULL, 5, DATE '2026-03-09', NULL, now())")
