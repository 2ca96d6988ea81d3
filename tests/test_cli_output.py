"""What a person at the terminal sees: congvan's own lines, Prefect's progress in the run log (issue 15)."""

from __future__ import annotations

from pathlib import Path

from tests.cli_process import run_congvan
from tests.test_sql_cli import GOOD


def test_cli_prefect_lines_go_to_the_run_log_and_quiet_prints_nothing_more(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "qd-31.txt").write_text(GOOD, encoding="utf-8")
    done = run_congvan(tmp_path, "ingest", "inbox", "--db", "cv.duckdb")
    assert done.returncode == 0, done.stderr
    assert " | INFO " not in done.stderr  # no Prefect progress between congvan's lines
    assert done.stderr.splitlines()[-1].startswith("1 file(s): 1 loaded, 0 unchanged, 0 failed → cv.duckdb")
    log = (tmp_path / "cv.log").read_text(encoding="utf-8")
    assert "| INFO    | Task run 'extract qd-31.txt' - " in log  # ... they are in the run log

    (inbox / "qd-32.txt").write_text(GOOD.replace("31/QĐ", "32/QĐ"), encoding="utf-8")
    quiet = run_congvan(tmp_path, "--quiet", "ingest", "inbox", "--db", "cv.duckdb")
    assert quiet.returncode == 0, quiet.stderr
    assert quiet.stderr == "" and quiet.stdout == ""
    bad = inbox / "empty.txt"
    bad.write_bytes(b"")
    failed = run_congvan(tmp_path, "--quiet", "ingest", "inbox", "--db", "cv.duckdb")
    assert failed.returncode == 1
    assert failed.stderr.splitlines() == ["congvan: inbox/empty.txt: the file is empty (0 bytes) [file.empty]"]
