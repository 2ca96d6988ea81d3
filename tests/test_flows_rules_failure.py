"""A rules run that stops is a loud error, never a quiet rule base short of a document's rules: once Prefect's
temporary server timed out during a scenario run, the command's traceback exited 1 (an input failed, to the
scorer), the rules table simply lacked that document's rules, and the score looked plausible."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from prefect import task

from flows import prefect_env
from flows import rules as rules_flow_module
from flows.rules import RulesNotExtracted, run_rules
from pipeline.settings import Settings
from pipeline.store.connection import open_db
from schemas.errors import ErrorCode
from tests.cli_process import run_congvan

DIRECTIVE = (
    "BỘ XÂY DỰNG\nSố: 07/CT-BXD\nHà Nội, ngày 12 tháng 01 năm 2026\nCHỈ THỊ\nVề việc cử cán bộ đi công tác nước "
    "ngoài\n1. Mỗi đoàn đi công tác nước ngoài không quá năm (05) người.\n"
)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _failed_rules_runs(db: Path) -> list[dict[str, object]]:
    con = open_db(db, create=False)
    try:
        rows = con.execute("SELECT details FROM runs WHERE flow = 'rules' AND status = 'failed'").fetchall()
    finally:
        con.close()
    return [json.loads(row[0]) for row in rows]


def test_a_temporary_server_that_never_answers_is_prefect_unavailable() -> None:
    """The wait ends in congvan's own error (exit 3, a dependency missing) naming the setting to raise, not
    Prefect's bare RuntimeError, which a command reports as a crash (exit 1)."""
    server = object.__new__(prefect_env.TemporaryServer)
    server.url, server.timeout_s, server.answered = f"http://127.0.0.1:{_closed_port()}/api", 0.3, False
    server.process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        with pytest.raises(prefect_env.PrefectUnavailable) as raised:
            server.ready()
    finally:
        server.process.kill()
        server.process.wait()
    assert raised.value.code == ErrorCode.PREFECT_UNAVAILABLE
    assert raised.value.exit_code == 3
    assert "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS" in str(raised.value)


@pytest.mark.slow  # a congvan process that starts Prefect's temporary server
def test_rules_extract_stops_loudly_when_the_temporary_server_times_out(tmp_path: Path) -> None:
    """A tiny start-up timeout: the command names the file and the reason, exits 3, and `runs` records it."""
    dispatch = tmp_path / "ct-07.txt"
    dispatch.write_text(DIRECTIVE, encoding="utf-8")
    env = {
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "1",
        "PREFECT_API_URL": "",
        "PREFECT_SERVER_API_PORT": str(_closed_port()),  # no standing server found: the temporary one is started
    }
    result = run_congvan(tmp_path, "rules", "extract", str(dispatch), "--db", "t.duckdb", env=env)
    assert result.returncode == 3, result.stderr
    assert f"no rules extracted from {dispatch}" in result.stderr
    assert "did not answer within 1 s" in result.stderr
    assert "Traceback" not in result.stderr
    (failed,) = _failed_rules_runs(tmp_path / "t.duckdb")
    assert failed["files"] == [str(dispatch)]
    assert "prefect.unavailable" in str(failed["error"])


@task(name="propose-rules")
def _lost(*args: object) -> tuple[int, list[object]]:
    raise RuntimeError("the server went away")


def test_a_rules_task_that_fails_names_the_file_and_is_recorded_once(
    prefect_harness: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The task fails inside the flow: the flow's own `rules` run is `failed` with the reason (no second record),
    and the command's error names the file."""
    dispatch = tmp_path / "ct-07.txt"
    dispatch.write_text(DIRECTIVE, encoding="utf-8")
    monkeypatch.setattr(rules_flow_module, "propose_task", _lost)
    settings = Settings(db=tmp_path / "t.duckdb", task_runner="thread")
    with pytest.raises(RulesNotExtracted) as raised:
        run_rules(settings, [dispatch])
    assert str(dispatch) in str(raised.value)
    assert "RuntimeError: the server went away" in str(raised.value)
    assert raised.value.exit_code != 0
    (failed,) = _failed_rules_runs(settings.db)
    assert failed["error"] == "RuntimeError: the server went away"
    assert failed["rule_ids"] == []


def test_a_nightly_run_whose_rules_step_fails_records_why(
    prefect_harness: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The nightly flow fails (it does not go on to check trips against a rule base short of the inbox's rules),
    and its `nightly` run keeps the reason, as the rules run keeps its own."""
    from flows import nightly as nightly_module

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "ct-07.txt").write_text(DIRECTIVE, encoding="utf-8")
    monkeypatch.setattr(rules_flow_module, "propose_task", _lost)
    settings = Settings(db=tmp_path / "n.duckdb", inbox=inbox, reports=tmp_path / "reports", task_runner="thread")
    with pytest.raises(RuntimeError, match="the server went away"):
        nightly_module.run_nightly(settings)
    con = open_db(settings.db, create=False)
    try:
        rows = con.execute("SELECT flow, status, details FROM runs WHERE flow IN ('nightly', 'rules')").fetchall()
    finally:
        con.close()
    failed = {flow: json.loads(details)["error"] for flow, status, details in rows if status == "failed"}
    assert failed == {"nightly": "RuntimeError: the server went away", "rules": "RuntimeError: the server went away"}
    assert not (tmp_path / "reports").exists()  # no report of checks run on a partial rule base
