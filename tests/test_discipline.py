"""`congvan discipline import`: the office's disciplinary register into discipline_records."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
from click.testing import CliRunner

from flows.commands.discipline import discipline_group
from pipeline.link.discipline import read_discipline_register

REGISTER = (
    "name,unit,from,to,decision\n"
    "Trần Văn Bình,Sở Công Thương,05/03/2025,,Thông báo 12-TB/UBKT\n"
    "Lê Thị Hoa,Sở Y tế,2025-01-10,2025-04-30,Quyết định 7/QĐ-SYT\n"
    "Phạm Minh,Sở Y tế,31/02/2025,,\n"
    "Ngô Văn Tư,Sở Tài chính,10/05/2025,01/05/2025,\n"
)


def test_discipline_register_rows_and_problems() -> None:
    rows, problems = read_discipline_register(REGISTER)
    assert [(r.name, r.from_date, r.to_date) for r in rows] == [
        ("Trần Văn Bình", dt.date(2025, 3, 5), None),
        ("Lê Thị Hoa", dt.date(2025, 1, 10), dt.date(2025, 4, 30)),
    ]
    assert problems == ["line 4: from is not a date", "line 5: to (01/05/2025) is before from (10/05/2025)"]


def test_discipline_register_names_missing_columns() -> None:
    assert read_discipline_register("unit,to\nSở Y tế,\n") == ([], ["line 1: missing column(s) name, from"])


def test_discipline_import_loads_reports_and_replaces(tmp_path: Path) -> None:
    register = tmp_path / "ky-luat.csv"
    register.write_text(REGISTER, encoding="utf-8")
    db = tmp_path / "a.duckdb"
    for _ in range(2):  # importing again replaces, never duplicates
        result = CliRunner().invoke(discipline_group, ["import", str(register), "--db", str(db)])
        assert result.exit_code == 1  # two unreadable rows, named
        assert "ky-luat.csv: line 4: from is not a date" in result.output
        assert "2 disciplinary record(s) loaded" in result.output
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*), count(to_date), min(source) FROM discipline_records").fetchone() == (
        2,
        1,
        "ky-luat.csv",
    )
