"""Prefect reads its settings once, when it is imported: these defaults must be in the environment first.

Measured here: the ephemeral server needs more than Prefect's default 20 s to start on a fresh
`PREFECT_HOME` on a slow machine, and Prefect sends telemetry unless told not to. A value the user set
wins over these defaults.
"""

from __future__ import annotations

import os

DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "OMP_THREAD_LIMIT": "1",  # tesseract with OpenMP threads is 2-4x slower on 2 cores; documents run in parallel
}


def configure() -> None:
    for name, value in DEFAULTS.items():
        os.environ.setdefault(name, value)
