"""Serving the flows with Prefect's own `serve`: schedules live in the Prefect server, runs happen here.

The settings given to `congvan serve` (database, inbox, reports, task runner) are passed to every run as
parameters, so a scheduled run does exactly what `congvan nightly` with the same options does.
"""

from __future__ import annotations

from typing import Any

from prefect import Flow, serve
from prefect.deployments.runner import RunnerDeployment
from prefect.schedules import Cron

from flows.ingest import ingest_flow
from flows.nightly import nightly_flow
from flows.rules import rules_flow
from flows.runners import make_task_runner
from pipeline.settings import Settings

NIGHTLY_CRON = "0 2 * * *"


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


def serve_flows(settings: Settings) -> None:
    """Register the deployments with the Prefect server and run their flow runs until interrupted."""
    serve(*deployments(settings))
