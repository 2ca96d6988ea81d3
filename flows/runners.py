"""The task runner is a setting: threads on one machine by default, processes, or a Dask cluster.

Threads suit OCR (tesseract runs in its own process, so the GIL is released while it works); processes
suit born-digital files, whose extraction is pure Python; Dask spreads documents over many machines
(`dask_address` of a running scheduler, or a local cluster when no address is given).
"""

from __future__ import annotations

from typing import Any

from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner

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
    return ThreadPoolTaskRunner(max_workers=workers)
