"""What a killed run leaves behind is repaired by the next one (issue 15, hole 5): links, runs, temporary files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from flows import scratch
from flows.cli import _register_commands, cli
from pipeline.ingest.extract import extract_file
from pipeline.settings import Settings
from pipeline.store import runs
from pipeline.store.connection import open_db
from pipeline.store.documents import links_stale, load_documents
from tests.test_sql_cli import GOOD

_register_commands()


@pytest.mark.slow
def test_ingest_links_after_a_crash_between_loading_and_linking(tmp_path: Path) -> None:
    db, inbox = tmp_path / "crash.duckdb", tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "qd-31.txt").write_text(GOOD, encoding="utf-8")
    con = open_db(db)
    load_documents(con, [extract_file(inbox / "qd-31.txt", Settings())])  # loaded; then the process "dies"
    assert links_stale(con)
    assert con.execute("SELECT count(*) FROM people").fetchall() == [(0,)]
    con.close()

    result = CliRunner().invoke(cli, ["ingest", str(inbox), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "0 loaded, 1 unchanged" in result.stderr
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT name FROM people").fetchall() == [("Đinh Công Trứ",)]
    assert not links_stale(con)


def test_runs_left_running_by_a_dead_process_are_marked_crashed(tmp_path: Path) -> None:
    con = open_db(tmp_path / "runs.duckdb")
    con.execute(
        "INSERT INTO runs (run_id, flow, started_at, status, details) VALUES "
        "('killed', 'ingest', now(), 'running', ?), ('older', 'nightly', now(), 'running', NULL)",
        [json.dumps({"pid": _dead_pid()})],
    )
    outer = runs.start_run(con, "nightly")
    inner = runs.start_run(con, "ingest")  # a run nested in this process's own run is not a crash
    status = dict(con.execute("SELECT run_id, status FROM runs").fetchall())
    assert status == {"killed": "crashed", "older": "crashed", outer: "running", inner: "running"}
    assert con.execute("SELECT count(*) FROM runs WHERE status = 'crashed' AND finished_at IS NULL").fetchall() == [
        (0,)
    ]


def test_scratch_folders_of_dead_processes_are_removed(tmp_path: Path) -> None:
    dead, alive = tmp_path / f"congvan-{_dead_pid()}", tmp_path / f"congvan-{os.getpid()}"
    for folder in (dead, alive):
        folder.mkdir()
        (folder / "congvan-page-x.tif").write_bytes(b"II*\x00")
        (folder / "tess_abc.tsv").write_text("level")
    other = tmp_path / "someone-else"
    other.mkdir()
    assert scratch.remove_orphans(tmp_path) == [dead]
    assert not dead.exists() and alive.exists() and other.exists()


def test_cli_runs_with_its_own_scratch_folder(tmp_path: Path) -> None:
    env = {**os.environ, "TMPDIR": str(tmp_path), "PYTHONPATH": os.environ.get("PYTHONPATH", "")}
    orphan = tmp_path / f"congvan-{_dead_pid()}"
    orphan.mkdir()
    code = "from flows.scratch import claim_scratch; print(claim_scratch())"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    claimed = Path(out.stdout.split()[-1])
    assert claimed.parent == tmp_path and claimed.name.startswith("congvan-")
    assert not orphan.exists() and not claimed.exists()  # the orphan at start, its own at exit


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid
