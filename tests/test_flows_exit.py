"""Flows as a user runs them from the command line: a quiet exit, and no cost nobody benefits from."""

from __future__ import annotations

import asyncio
import datetime as dt
import http.server
import logging
import os
import shutil
import socket
import subprocess
import sys
import threading
import types
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "documents"


@pytest.mark.slow  # starts Prefect's temporary server, twice
def test_flows_exit_nightly_cli_leaves_no_leaked_connection(tmp_path: Path) -> None:
    """A DuckDB connection kept alive by Prefect after the flow made nanobind list dozens of leaks at exit.

    Twice over the same inbox: the second run, into a fresh database with every extraction in Prefect's
    result cache, is the one that showed it.
    """
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for sample in sorted(SAMPLES.glob("*.txt")) + sorted(SAMPLES.glob("*.docx")):
        shutil.copy(sample, inbox)
    env = os.environ | {"PREFECT_LOCAL_STORAGE_PATH": str(tmp_path / "prefect-results")}
    for db in ("first.duckdb", "second.duckdb"):
        command = [str(Path(sys.executable).parent / "congvan"), "nightly", "--inbox", str(inbox), "--db", db]
        command += ["--reports", str(tmp_path / "reports"), "--as-of", "2026-11-22"]
        result = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=tmp_path, env=env)
        assert result.returncode == 0, result.stderr
        assert "documents ingested: 2 new, 0 unchanged, 0 failed" in result.stdout
        assert [line for line in result.stderr.splitlines() if "nanobind" in line] == []


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class _Health(http.server.BaseHTTPRequestHandler):
    """What a standing Prefect server answers on /api/health."""

    def do_GET(self) -> None:
        status = 200 if self.path == "/api/health" else 404
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b"true")

    def log_message(self, *args: object) -> None:
        pass


def test_flows_exit_heartbeats_only_when_asked_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Off for a command's run, temporary server or standing (stopping their thread cost up to 1 s a run, and
    only an automation a user sets up watches them); a user's PREFECT_FLOWS_HEARTBEAT_FREQUENCY is kept."""
    from prefect.settings import (
        PREFECT_API_URL,
        PREFECT_FLOWS_HEARTBEAT_FREQUENCY,
        PREFECT_SERVER_API_PORT,
        PREFECT_SERVER_EPHEMERAL_ENABLED,
        temporary_settings,
    )

    from flows.prefect_env import HEARTBEAT_VARIABLES, one_off_run

    for name in HEARTBEAT_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    # no server here, none at that port, and no temporary one allowed (`test_flows_exit_every_task_run…` starts one)
    nobody = {PREFECT_API_URL: None, PREFECT_SERVER_API_PORT: _free_port(), PREFECT_SERVER_EPHEMERAL_ENABLED: False}
    with temporary_settings(updates=nobody), one_off_run(tmp_path / "x.duckdb"):
        assert PREFECT_FLOWS_HEARTBEAT_FREQUENCY.value() is None
        assert not PREFECT_API_URL.value()
    standing = {PREFECT_API_URL: "http://127.0.0.1:4200/api"}
    with temporary_settings(updates=standing), one_off_run(tmp_path / "x.duckdb"):
        assert PREFECT_FLOWS_HEARTBEAT_FREQUENCY.value() is None
    monkeypatch.setenv("PREFECT_FLOWS_HEARTBEAT_FREQUENCY", "60")
    asked = {**standing, PREFECT_FLOWS_HEARTBEAT_FREQUENCY: 60}
    with temporary_settings(updates=asked), one_off_run(tmp_path / "x.duckdb"):
        assert PREFECT_FLOWS_HEARTBEAT_FREQUENCY.value() == 60


def test_flows_exit_a_standing_local_server_is_used_without_prefect_api_url(tmp_path: Path) -> None:
    """A server answering where `prefect server start` listens is found and used: no temporary server."""
    from prefect.settings import (
        PREFECT_API_URL,
        PREFECT_SERVER_API_PORT,
        temporary_settings,
    )

    from flows.prefect_env import one_off_run

    server = http.server.HTTPServer(("127.0.0.1", 0), _Health)
    port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with (
            temporary_settings(updates={PREFECT_API_URL: None, PREFECT_SERVER_API_PORT: port}),
            one_off_run(tmp_path / "x.duckdb"),
        ):
            assert PREFECT_API_URL.value() == f"http://127.0.0.1:{port}/api"
    finally:
        server.shutdown()
        server.server_close()


_READ_TASK_RUNS = """
import asyncio, collections, flows
from prefect import get_client
async def main():
    async with get_client() as client:
        runs = await client.read_task_runs(limit=100)
    print(sorted(collections.Counter(run.state_type.value for run in runs).items()))
asyncio.run(main())
"""


@pytest.mark.slow  # starts Prefect's temporary server, twice
def test_flows_exit_every_task_run_is_recorded_before_the_temporary_server_stops(tmp_path: Path) -> None:
    """The server records task runs in batches (`prefect_env.DEFAULTS`) with no periodic write
    (`prefect_env.TEMPORARY_SERVER_DEFAULTS`): a command that ends before the batch fills must still leave each
    task run in its final state, written when the temporary server stops with the command. Read back by a
    second process from the same Prefect home."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for sample in sorted(SAMPLES.glob("*.txt")) + sorted(SAMPLES.glob("*.docx")):
        shutil.copy(sample, inbox)
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"} | {
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_SERVER_API_PORT": str(_free_port()),  # no standing server found: the temporary one
        "PREFECT_LOCAL_STORAGE_PATH": str(tmp_path / "prefect-results"),
        "PYTHONPATH": str(ROOT),
    }
    env.pop("PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_BATCH_SIZE", None)  # congvan's default, as a user has it
    command = [str(Path(sys.executable).parent / "congvan"), "ingest", str(inbox), "--db", "run.duckdb"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    read = subprocess.run(
        [sys.executable, "-c", _READ_TASK_RUNS], capture_output=True, text=True, timeout=300, cwd=tmp_path, env=env
    )
    assert read.returncode == 0, read.stderr
    assert read.stdout.strip().splitlines()[-1] == "[('COMPLETED', 3)]"  # two documents and the linking


_TEMPORARY_SERVER = """
import sys, httpx, flows
from prefect.settings import PREFECT_API_URL
from flows.prefect_env import run_api
urls = []
for _ in range(2):
    with run_api() as ready:
        ready()
        urls.append(PREFECT_API_URL.value())
        print(httpx.get(urls[-1] + "/health").status_code)
print("prefect.server.api.server" in sys.modules, urls[0] == urls[1], urls[0])
"""


@pytest.mark.slow  # starts Prefect's temporary server
def test_flows_exit_the_temporary_server_is_started_without_importing_it_kept_and_stopped(tmp_path: Path) -> None:
    """With no server anywhere, congvan starts Prefect's temporary server without importing Prefect's server
    module into the command (≈ 2.8 CPU-s loaded, docs/scaling.md); as Prefect's own, it serves every later
    run of the process and stops when the process exits."""
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"} | {
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_SERVER_API_PORT": str(_free_port()),  # no standing server there
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-c", _TEMPORARY_SERVER], capture_output=True, text=True, timeout=300, cwd=tmp_path, env=env
    )
    assert done.returncode == 0, done.stderr
    *answers, imported, same, url = done.stdout.split()
    assert (answers, imported, same) == (["200", "200"], "False", "True")
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", int(url.rsplit(":", 1)[1].split("/")[0])), timeout=2).close()


RECORDER = "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_"
COMMAND_S = 8 * 3600
"""How long the command of `test_flows_exit_the_temporary_servers_recorder…` runs on its clock: a long nightly."""


def test_flows_exit_the_temporary_servers_recorder_has_no_write_in_flight_when_it_stops(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Prefect's task-run recorder (its own code) with the temporary server's settings, over a command of
    `COMMAND_S` seconds: each of its timers due within that fires at once, and a write takes 0.2 s. When the
    command stops it, no write may be under way: Prefect 3.8.8 logs a cancelled one at ERROR with its
    traceback on the server's stderr, the command's ("asyncio.exceptions.CancelledError" as its last line). With
    Prefect's 5-s periodic write it is, and this fails. The stop itself writes every event."""
    from prefect.server.events.schemas.events import ReceivedEvent
    from prefect.server.services import task_run_recorder as recorder
    from prefect.server.utilities.messaging.memory import MemoryMessage
    from prefect.settings.models.server.services import ServerServicesTaskRunRecorderSettings

    from flows.prefect_env import temporary_server_environment

    for name, value in temporary_server_environment().items():
        if name.startswith(RECORDER):
            monkeypatch.setenv(name, value)
    settings = ServerServicesTaskRunRecorderSettings()  # read by Prefect's settings as the server reads them
    real_sleep = asyncio.sleep

    async def command_clock(seconds: float) -> None:
        await real_sleep(0 if seconds <= COMMAND_S else 3600)

    clock = types.ModuleType("asyncio")
    clock.__dict__.update(asyncio.__dict__)
    clock.sleep = command_clock  # type: ignore[attr-defined]
    monkeypatch.setattr(recorder, "asyncio", clock)
    written: list[ReceivedEvent] = []

    async def slow_write(events: list[ReceivedEvent]) -> None:
        await real_sleep(0.2)
        written.extend(events)

    monkeypatch.setattr(recorder, "record_bulk_task_run_events", slow_write)
    logged: list[logging.LogRecord] = []
    catch = logging.Handler(logging.ERROR)
    catch.emit = logged.append  # type: ignore[method-assign]
    recorder.logger.addHandler(catch)
    run = f"prefect.task-run.{uuid.uuid4()}"
    events = [
        ReceivedEvent(
            occurred=dt.datetime.now(dt.UTC),
            event=f"prefect.task-run.{state}",
            resource={"prefect.resource.id": run, "prefect.orchestration": "client"},
            id=uuid.uuid4(),
        )
        for state in ("Pending", "Running", "Completed")
    ]

    async def command() -> None:
        batch, every = settings.batch_size, int(settings.flush_interval)
        async with recorder.consumer(write_batch_size=batch, flush_every=every) as handle:
            for event in events:
                await handle(MemoryMessage(data=event.model_dump_json(), attributes={}))
            await real_sleep(0.1)  # the command's last moments, a periodic write under way if one is due

    try:
        asyncio.run(command())
    finally:
        recorder.logger.removeHandler(catch)
    assert [record.getMessage() for record in logged] == []
    assert [event.id for event in written] == [event.id for event in events]


def test_flows_exit_a_recorder_setting_the_user_gave_reaches_the_temporary_server(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from flows.prefect_env import TEMPORARY_SERVER_DEFAULTS, temporary_server_environment

    name = f"{RECORDER}FLUSH_INTERVAL"
    monkeypatch.delenv(name, raising=False)
    assert temporary_server_environment()[name] == TEMPORARY_SERVER_DEFAULTS[name]
    monkeypatch.setenv(name, "5")
    assert temporary_server_environment()[name] == "5"
