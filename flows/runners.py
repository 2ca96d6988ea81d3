"""The task runner is a setting: threads on one machine by default, processes, or a Dask cluster.

Threads suit OCR: the pages of the documents they run go to the batch's pool of OCR processes
(`pipeline.ingest.pages.page_pool`), two documents per OCR process in flight; processes
suit born-digital files, whose extraction is pure Python; Dask spreads documents over many machines
(`dask_address` of a running scheduler, or a local cluster when no address is given).
"""

from __future__ import annotations

from typing import Any

from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner

from pipeline.ingest.pages import files_in_flight
from pipeline.settings import Settings


def make_task_runner(settings: Settings) -> TaskRunner[Any]:
    """The runner the flows submit document tasks to, per `settings.task_runner`."""
    workers = max(1, settings.workers)
    if settings.task_runner == "process":
        return ProcessPoolTaskRunner(max_workers=workers)
    if settings.task_runner == "dask":
        from prefect_dask import DaskTaskRunner  # imported only when asked for: dask is slow to import

        if settings.dask_address:
            return DaskTaskRunner(address=settings.dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True})
    return ThreadPoolTaskRunner(max_workers=files_in_flight(settings))
