"""`congvan serve`: the deployments it registers, and that a Prefect server accepts them with the schedule."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from prefect.client.orchestration import get_client

from flows.serve import NIGHTLY_CRON, deployments
from pipeline.settings import Settings


def test_flows_serve_nightly_runs_at_two_in_hanoi_time(tmp_path: Path) -> None:
    settings = Settings(db=tmp_path / "x.duckdb", inbox=tmp_path / "in")
    by_name = {d.name: d for d in deployments(settings)}
    assert set(by_name) == {"nightly", "ingest", "rules"}
    (schedule,) = by_name["nightly"].schedules or []
    assert (schedule.schedule.cron, schedule.schedule.timezone) == (NIGHTLY_CRON, "Asia/Ho_Chi_Minh")
    assert not by_name["ingest"].schedules and not by_name["rules"].schedules
    assert by_name["ingest"].parameters["paths"] == [str(tmp_path / "in")]
    assert by_name["nightly"].parameters["settings"]["db"] == str(tmp_path / "x.duckdb")


@pytest.mark.slow
def test_flows_serve_registers_with_the_server(prefect_harness: None, tmp_path: Path) -> None:
    nightly = next(d for d in deployments(Settings(db=tmp_path / "x.duckdb")) if d.name == "nightly")
    deployment_id = nightly.apply()

    async def stored() -> tuple[str, str | None]:
        async with get_client() as client:
            deployment = await client.read_deployment(deployment_id)
            cron = deployment.schedules[0].schedule
            return cron.cron, cron.timezone  # type: ignore[union-attr]

    assert asyncio.run(stored()) == (NIGHTLY_CRON, "Asia/Ho_Chi_Minh")


# --- a standing server or a clear refusal (issue 15, hole 8) -----------------------------------------------

ROOT = Path(__file__).resolve().parent.parent


def _runtime(tmp_path: Path) -> Path:
    """The warm service's socket folder of this test: never the user's, where other commands would find it."""
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def _serve(env: dict[str, str], tmp_path: Path) -> subprocess.Popen[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_API", "CONGVAN_"))}
    return subprocess.Popen(
        [sys.executable, "-c", "from flows.cli import main; main()", "serve", "--db", str(tmp_path / "s.duckdb")],
        cwd=tmp_path,
        env={**clean, "PYTHONPATH": str(ROOT), "XDG_RUNTIME_DIR": str(_runtime(tmp_path)), **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.slow
def test_flows_serve_without_a_server_refuses_with_the_command_that_starts_one(tmp_path: Path) -> None:
    out, err = _serve({}, tmp_path).communicate(timeout=120)
    assert "prefect server start" in err and "PREFECT_API_URL=http://127.0.0.1:4200/api" in err
    assert "Starting temporary server" not in err + out and "Traceback" not in err
    unreachable = _serve({"PREFECT_API_URL": "http://127.0.0.1:9/api"}, tmp_path)
    _, err = unreachable.communicate(timeout=120)
    assert unreachable.returncode == 3 and "no Prefect server answers at http://127.0.0.1:9/api" in err


@pytest.mark.slow
def test_flows_serve_prints_the_ui_and_stops_cleanly_on_sigterm(prefect_harness: None, tmp_path: Path) -> None:
    from prefect.settings import PREFECT_API_URL

    api = PREFECT_API_URL.value()
    served = _serve({"PREFECT_API_URL": api}, tmp_path)
    assert served.stderr is not None
    first = served.stderr.readline()
    assert (
        first.strip()
        == f"Prefect UI: {api.removesuffix('/api')} (deployments nightly, ingest, rules; runs and logs appear there)"
    )

    async def registered() -> set[str]:
        async with get_client() as client:
            return {d.name for d in await client.read_deployments()}

    warm_socket = _runtime(tmp_path) / "congvan" / "serve.sock"
    for _ in range(240):
        if warm_socket.exists() and {"nightly", "ingest", "rules"} <= asyncio.run(registered()):
            break
        time.sleep(0.5)
    served.send_signal(signal.SIGTERM)
    out, err = served.communicate(timeout=120)
    assert "never awaited" not in err + out and "Traceback" not in err
    assert f"warm ingest service at {warm_socket}" in err and not warm_socket.exists()  # stopped with serve
    assert {"nightly", "ingest", "rules"} <= asyncio.run(registered())
