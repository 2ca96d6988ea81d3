"""Serving the flows with Prefect's own `serve`: schedules live in the Prefect server, runs happen here.

The settings given to `congvan serve` (database, inbox, reports, task runner) are passed to every run as
parameters, so a scheduled run does exactly what `congvan nightly` with the same options does.

Only against a standing server (PREFECT_API_URL): Prefect would otherwise start a temporary one, without
its UI, whose schedules and run history vanish when `serve` stops.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
from typing import Any

import httpx
from prefect import Flow
from prefect.deployments.runner import RunnerDeployment
from prefect.runner import Runner
from prefect.schedules import Cron

from flows.ingest import ingest_flow
from flows.nightly import nightly_flow
from flows.rules import rules_flow
from flows.runners import make_task_runner
from pipeline.errors import CongvanError
from pipeline.settings import Settings
from schemas.errors import ErrorCode

NIGHTLY_CRON = "0 2 * * *"
START_SERVER = (
    "start one with `prefect server start` (its UI is then at http://127.0.0.1:4200), then run "
    "`PREFECT_API_URL=http://127.0.0.1:4200/api congvan serve`"
)


class NoServer(CongvanError):
    """`congvan serve` found no standing Prefect server to keep its schedules in."""

    code = ErrorCode.SERVE_NO_SERVER
    exit_code = 3


def server_ui() -> str:
    """The address of the UI of the standing server PREFECT_API_URL names, after checking that it answers."""
    from prefect.settings import PREFECT_API_URL

    api = PREFECT_API_URL.value()
    if not api:
        raise NoServer(
            "congvan serve needs a standing Prefect server (a temporary one has no UI and loses the schedules "
            f"when it stops): {START_SERVER}"
        )
    try:
        httpx.get(f"{api.rstrip('/')}/health", timeout=10).raise_for_status()
    except httpx.HTTPError as error:
        raise NoServer(f"no Prefect server answers at {api} ({type(error).__name__}): {START_SERVER}") from error
    return api.rstrip("/").removesuffix("/api")


def _deployment(flow: Flow[..., Any], **options: Any) -> RunnerDeployment:
    deployment = flow.to_deployment(**options)
    assert isinstance(deployment, RunnerDeployment)  # to_deployment is sync here (no running event loop)
    return deployment


def deployments(settings: Settings) -> list[RunnerDeployment]:
    """The deployments `congvan serve` registers: nightly on its schedule, ingest and rules on demand."""
    runner = make_task_runner(settings)
    chosen = {"settings": settings.model_dump(mode="json")}
    return [
        _deployment(
            nightly_flow.with_options(task_runner=runner),
            name="nightly",
            schedules=[Cron(NIGHTLY_CRON, timezone=settings.timezone)],
            parameters=chosen,
            description="Inbox → ingest → link → checks → dated report, every night.",
            tags=["congvan"],
        ),
        _deployment(
            ingest_flow.with_options(task_runner=runner),
            name="ingest",
            parameters={**chosen, "paths": [str(settings.inbox)]},
            description="Files or folders → the database (run on demand).",
            tags=["congvan"],
        ),
        _deployment(
            rules_flow,
            name="rules",
            parameters=chosen,
            description="New dispatches → proposed rules for review (run on demand).",
            tags=["congvan"],
        ),
    ]


def serve_flows(settings: Settings, announce: Any = print) -> None:
    """Register the deployments with the standing Prefect server and run their flow runs until interrupted
    (Ctrl-C or SIGTERM, both ending through the runner's own shutdown). `announce` hears where the UI is."""
    ui = server_ui()
    announce(f"Prefect UI: {ui} (deployments nightly, ingest, rules; runs and logs appear there)")
    runner = _QuietStopRunner(pause_on_shutdown=True)
    for deployment in deployments(settings):
        runner.add_deployment(deployment)
    warm = start_warm_service()
    try:
        asyncio.run(runner.start())
    except KeyboardInterrupt:
        announce("congvan serve: stopped")
    finally:
        warm.terminate()  # stops listening; commands it is running finish
        warm.wait(timeout=30)


def start_warm_service() -> subprocess.Popen[bytes]:
    """The warm ingest service (`flows.warm.service`) beside the runner, in a session of its own (Ctrl-C on
    this terminal reaches the runner; the service is stopped by it). It says on stderr where it listens."""
    return subprocess.Popen([sys.executable, "-m", "flows.warm.service"], start_new_session=True)


class _QuietStopRunner(Runner):
    """Prefect's runner, stopped cleanly by SIGTERM.

    Prefect 3.8's own SIGTERM handler calls `stop()`, which inside the running event loop only makes a
    coroutine that nobody awaits ("coroutine … was never awaited"), then exits mid-loop. Here the handler
    schedules the runner's `astop()` on its loop: the polling loops are cancelled, `start()` returns and the
    runner's exit pauses the schedules, as after Ctrl-C. Before the runner has started, SIGTERM is Ctrl-C."""

    def handle_sigterm(self, *args: Any, **kwargs: Any) -> None:
        if not self.started:
            raise KeyboardInterrupt
        self._stopping_task = asyncio.get_running_loop().create_task(self.astop())
