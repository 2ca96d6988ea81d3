"""Careless use gets one clear line, never a silent wrong answer (issue 15, hole 7)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner, Result

from flows.cli import _register_commands, cli
from pipeline.errors import StoreError
from pipeline.store.connection import open_db
from tests.cli_process import run_congvan

_register_commands()


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


@pytest.mark.parametrize(
    "command",
    [
        ["rules", "list"],
        ["rules", "show", "R-0000000000"],
        ["rules", "approve", "R-0000000000"],
        ["check"],
        ["findings"],
        ["trips"],
        ["reports"],
        ["link"],
        ["sql", "SELECT 1"],
    ],
)
def test_read_commands_never_create_a_database(tmp_path: Path, command: list[str]) -> None:
    mistyped = tmp_path / "archve.duckdb"
    result = run(*command, "--db", str(mistyped))
    assert isinstance(result.exception, StoreError)  # exit status 5
    assert "mistyped --db" in str(result.exception) and "congvan ingest" in str(result.exception)
    assert list(tmp_path.iterdir()) == []


def test_settings_file_unknown_keys_and_wrong_types_are_one_line_each(tmp_path: Path) -> None:
    (tmp_path / "congvan.toml").write_text('ocr_dpi = "high"\nmax_image_pixel = 5\nworkers = 2\n', encoding="utf-8")
    done = run_congvan(tmp_path, "trips")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("congvan: congvan.toml: ocr_dpi: Input should be a valid integer")
    assert lines[1].startswith("congvan: congvan.toml: unknown key 'max_image_pixel'")
    assert not (tmp_path / "congvan.duckdb").exists()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cv.duckdb"
    open_db(path).close()
    return path


def test_export_refuses_a_folder_with_files_unless_forced(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    refused = run("export", "--parquet", str(out), "--db", str(db))
    assert isinstance(refused.exception, StoreError) and "not empty" in str(refused.exception)
    assert [p.name for p in out.iterdir()] == ["notes.txt"]
    forced = run("export", "--parquet", str(out), "--db", str(db), "--force")
    assert forced.exit_code == 0, forced.output
    assert (out / "trips.parquet").exists() and (out / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_export_to_a_path_that_cannot_be_a_folder_is_one_line(db: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    result = run("export", "--parquet", str(blocker / "out"), "--db", str(db))
    assert isinstance(result.exception, StoreError)
    assert "cannot write the export here" in str(result.exception) and "\n" not in str(result.exception)


def _trip(con: duckdb.DuckDBPyConnection, number: str, start: str, end: str) -> None:
    con.execute(
        "INSERT INTO trips (trip_id, decision_number, start_date, end_date) VALUES (?, ?, ?::DATE, ?::DATE)",
        [number, number, start, end],
    )


def test_calendar_grows_to_the_years_in_the_data_and_says_what_it_cannot_judge(db: Path) -> None:
    con = open_db(db)
    _trip(con, "1/QĐ-UBND", "1998-03-02", "1998-03-06")
    _trip(con, "2/QĐ-UBND", "3025-03-03", "3025-03-07")  # a misread year
    con.close()
    result = run("check", "--as-of", "2045-01-10", "--db", str(db))
    assert result.exit_code == 0, result.output
    con = duckdb.connect(str(db), read_only=True)
    first, last = con.execute("SELECT min(date), max(date) FROM calendar").fetchone() or (None, None)
    assert (str(first), str(last)) == ("1998-01-01", "2045-12-31")
    con.close()
    warnings = [line for line in result.stderr.splitlines() if line.startswith("congvan: warning:")]
    assert len(warnings) == 1 and "1 trip(s) dated outside" in warnings[0] and "2/QĐ-UBND" in warnings[0]
    far = run("check", "--as-of", "3025-01-10", "--db", str(db))
    assert far.exit_code == 0, far.output
    assert any("as-of date 10/01/3025 is outside the working-day calendar" in line for line in far.stderr.splitlines())
