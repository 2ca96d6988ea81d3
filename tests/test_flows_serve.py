"""`congvan serve`: the deployments it registers, and that a Prefect server accepts them with the schedule."""

from __future__ import annotations

import asyncio
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
