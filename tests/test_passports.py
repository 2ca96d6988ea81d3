"""The passport register: imported rows feed the passport hand-back check; rows that match nothing are named."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from flows.commands.passports import import_register
from pipeline.checks.run import run_checks
from pipeline.ingest.load import ingest_paths
from pipeline.link.passports import read_register
from pipeline.rules.rulebase import ensure_default_rules
from pipeline.settings import Settings
from pipeline.store.connection import open_db

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "documents" / "qd-415-QD-UBND-xinh-ga-po.docx"
REGISTER = """decision_number,name,returned_on,source
415/QD-UBND,Nguyễn Phương Thủy,20/05/2025,
415/QĐ-UBND,do hong nga,,
999/QĐ-UBND,Lê Văn Khoa,2025-05-02,
415/QĐ-UBND,Trần Văn Không Đi,2025-04-28,
"""


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """Decision 415/QĐ-UBND (Xinh-ga-po, back 25/4/2025; two members) loaded and linked."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(SAMPLE, inbox / SAMPLE.name)
    settings = Settings(db=tmp_path / "congvan.duckdb")
    assert ingest_paths([inbox], settings).new == 1
    return settings.db


def test_passports_register_rows_are_read_with_their_dates() -> None:
    rows, problems = read_register(REGISTER + "415/QĐ-UBND,Ai Đó,hôm qua,\n,Không Số,,\n")
    assert [(r.name, r.returned_on) for r in rows[:2]] == [
        ("Nguyễn Phương Thủy", dt.date(2025, 5, 20)),
        ("do hong nga", None),
    ]
    assert problems == ["line 6: returned_on 'hôm qua' is not a date", "line 7: decision_number and name are required"]
    assert read_register("ten,ngay\nA,B\n")[1] == ["line 1: missing column(s) decision_number, name, returned_on"]


def test_passports_import_feeds_the_passport_check(archive: Path, tmp_path: Path) -> None:
    register = tmp_path / "ho-chieu.csv"
    register.write_text(REGISTER, encoding="utf-8")
    result = CliRunner().invoke(import_register, [str(register), "--db", str(archive)])
    assert result.exit_code == 1  # two rows matched nothing: named, the others loaded
    assert "line 4: no trip for decision 999/QĐ-UBND" in result.output
    assert "line 5: Trần Văn Không Đi is not a member of decision 415/QĐ-UBND's trip" in result.output
    assert "2 passport hand-back(s) loaded" in result.output
    con = open_db(archive)
    try:
        stored = con.execute("SELECT name, returned_on, source FROM passport_returns ORDER BY name").fetchall()
        ensure_default_rules(con)  # the central passport rule, active from the start
        findings = run_checks(con, dt.date(2025, 7, 1))
    finally:
        con.close()
    assert stored == [
        ("Nguyễn Phương Thủy", dt.date(2025, 5, 20), "ho-chieu.csv"),
        ("Đỗ Hồng Nga", None, "ho-chieu.csv"),
    ]
    late = {f.person: f.message for f in findings if f.rule_kind == "passport_return_deadline_days"}
    assert set(late) == {"Nguyễn Phương Thủy", "Đỗ Hồng Nga"}
    assert "chưa nộp lại hộ chiếu" in late["Đỗ Hồng Nga"]
    assert "nộp lại hộ chiếu ngày 20/05/2025" in late["Nguyễn Phương Thủy"]


def test_passports_import_twice_replaces_rows(archive: Path, tmp_path: Path) -> None:
    register = tmp_path / "ho-chieu.csv"
    register.write_text("decision_number,name,returned_on\n415/QĐ-UBND,Đỗ Hồng Nga,\n", encoding="utf-8")
    CliRunner().invoke(import_register, [str(register), "--db", str(archive)])
    register.write_text("decision_number,name,returned_on\n415/QĐ-UBND,Đỗ Hồng Nga,29/04/2025\n", encoding="utf-8")
    assert CliRunner().invoke(import_register, [str(register), "--db", str(archive)]).exit_code == 0
    con = open_db(archive, read_only=True)
    try:
        assert con.execute("SELECT name, returned_on FROM passport_returns").fetchall() == [
            ("Đỗ Hồng Nga", dt.date(2025, 4, 29))
        ]
    finally:
        con.close()
