"""The checks' registry: one module per rule kind, messages written as templates and compiled to SQL."""

import pkgutil

import duckdb
import pytest

import pipeline.checks.kinds as kinds
from pipeline.checks.messages import choose, optional, quote, sql_text
from pipeline.checks.run import CHECKED_KINDS, CHECKS


def test_checks_registry_one_module_per_kind_named_after_it() -> None:
    modules = sorted(module.name for module in pkgutil.iter_modules(kinds.__path__))
    assert modules == sorted(check.kind.value for check in CHECKS)
    assert tuple(check.kind for check in CHECKS) == CHECKED_KINDS


def test_checks_messages_compile_to_the_text_duckdb_builds() -> None:
    expr = sql_text(
        "Đoàn theo quyết định {decision} có {n} người{extra}, trái với {citation}",
        n="x.n",
        extra=optional(" ({who})", who="x.who"),
    )
    con = duckdb.connect()  # a decision whose number was not read is named by date and file (cv_unnumbered)
    con.execute("CREATE TEMP TABLE cv_unnumbered AS SELECT 't3' AS trip_id, 'ngày 03/02/2025 (tệp a.pdf)' AS label")
    rows = con.sql(
        f"SELECT {expr} FROM (VALUES ('1/QĐ', NULL, 3, 'Công ty A', 'Chỉ thị 38'), "
        "('2/QĐ', 't2', 4, NULL, 'Chỉ thị 38'), (NULL, 't3', 5, NULL, 'Chỉ thị 38')) "
        "x(decision_number, trip_id, n, who, citation), (SELECT citation) c ORDER BY n"
    ).fetchall()
    assert rows == [
        ("Đoàn theo quyết định 1/QĐ có 3 người (Công ty A), trái với Chỉ thị 38",),
        ("Đoàn theo quyết định 2/QĐ có 4 người, trái với Chỉ thị 38",),
        ("Đoàn theo quyết định ngày 03/02/2025 (tệp a.pdf) có 5 người, trái với Chỉ thị 38",),
    ]
    assert duckdb.sql(f"SELECT {choose('1 = 2', quote('đầu'), quote('l' + chr(39) + 'an'))}").fetchall() == [("l'an",)]


def test_checks_messages_placeholder_without_expression_fails_at_import() -> None:
    with pytest.raises(KeyError):
        sql_text("{nobody} đi nước ngoài")
