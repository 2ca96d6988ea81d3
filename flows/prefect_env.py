"""Prefect reads its settings once, when it is imported: these defaults must be in the environment first.

Measured here: the ephemeral server needs more than Prefect's default 20 s to start on a fresh
`PREFECT_HOME` on a slow machine, and Prefect sends telemetry unless told not to. A value the user set
wins over these defaults.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "OMP_THREAD_LIMIT": "1",  # tesseract with OpenMP threads is 2-4x slower on 2 cores; documents run in parallel
}


def configure() -> None:
    for name, value in DEFAULTS.items():
        os.environ.setdefault(name, value)


@contextmanager
def one_off_run() -> Iterator[None]:
    """Around a flow run started from the command line or a script (not by `congvan serve`).

    Against Prefect's temporary server (no PREFECT_API_URL) flow-run heartbeats reach a server that dies
    with the process, so nothing can watch them, and stopping the heartbeat thread at the end of a run waits
    up to a second (it sleeps in whole seconds) — half the cost of an unchanged rerun. They are off there;
    with a standing server they stay on.
    """
    from prefect.settings import PREFECT_API_URL, PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    if PREFECT_API_URL.value():
        yield
        return
    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield
