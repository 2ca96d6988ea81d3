"""Prefect reads its settings once, when it is imported: these defaults must be in the environment first.

Measured here: the ephemeral server needs more than Prefect's default 20 s to start on a fresh
`PREFECT_HOME` on a slow machine, and Prefect sends telemetry unless told not to. A value the user set
wins over these defaults.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "OMP_THREAD_LIMIT": "1",  # tesseract with OpenMP threads is 2-4x slower on 2 cores; documents run in parallel
    # Prefect's INFO lines (every task started and finished) belong in the run log (`run_log`, and the UI),
    # not on the terminal between congvan's own lines; INFO here shows them there too.
    "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL": "WARNING",
    # The server records each task run from its state events. At Prefect's default (1) every event is its own
    # transaction: ≈ 20 ms of the server's CPU per document, taken from the OCR processes on 2 busy cores.
    # 50 writes them together, at the latest every 5 s (its flush interval) and on the server's stop: the
    # same records, ≈ 7 ms a document (docs/scaling.md, "Two workers"). It reaches the server a command
    # starts (Prefect's temporary one); a standing server takes it from the environment it is started in.
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_BATCH_SIZE": "50",
}


def configure() -> None:
    for name, value in DEFAULTS.items():
        os.environ.setdefault(name, value)


STANDING_SERVER_PROBE_S = 5.0
"""How long a flow waits for a local server to answer its health check before starting a temporary one. With
no server the connection is refused at once, so this only bounds a busy one: at 1 s, a standing server on a
machine at load ≈ 25 (2 cores) missed the probe and the command paid a temporary server, which then timed out."""


def standing_server() -> str | None:
    """The API of a Prefect server already running on this machine where `prefect server start` puts it
    (PREFECT_SERVER_API_HOST and _PORT, 127.0.0.1:4200 by default), or None: one local request, a few ms."""
    import httpx
    from prefect.settings import get_current_settings

    api = get_current_settings().server.api
    host = "127.0.0.1" if api.host in ("0.0.0.0", "::", "") else api.host
    url = f"http://{host}:{api.port}/api"
    try:
        answer = httpx.get(f"{url}/health", timeout=STANDING_SERVER_PROBE_S)
    except httpx.HTTPError:
        return None
    return url if answer.status_code == 200 else None


HEARTBEAT_VARIABLES = ("PREFECT_FLOWS_HEARTBEAT_FREQUENCY", "PREFECT_RUNNER_HEARTBEAT_FREQUENCY")
"""Set by a user who watches flow-run heartbeats (Prefect's own names, the second its legacy alias)."""


@contextmanager
def one_off_run(db: Path) -> Iterator[None]:
    """Around a flow run started from the command line or a script (not by `congvan serve`); its Prefect lines
    go to the run log of `db` (`run_log`).

    The run goes to a standing Prefect server when there is one: PREFECT_API_URL, or else a server already
    answering at the local address `prefect server start` uses (`congvan serve`'s). Only when there is none
    does Prefect start its temporary server, which costs seconds of every command (docs/scaling.md,
    "Prefect start-up", has the figures).

    Flow-run heartbeats are off for these runs unless PREFECT_FLOWS_HEARTBEAT_FREQUENCY is set: they only feed
    an automation that marks a deployment's dead runs as crashed (Prefect's "detect zombie flows", which a
    user sets up, variable included), against the temporary server nothing can watch them, and stopping the
    heartbeat thread at the end of a run waits up to a second (it sleeps in whole seconds): ≈ 1 s of a one-file
    ingest's wall time, half of an unchanged rerun's. `congvan serve`'s deployment runs keep Prefect's default.
    """
    from prefect.settings import PREFECT_API_URL, PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings
    from prefect.settings.legacy import Setting

    asked = any(name in os.environ for name in HEARTBEAT_VARIABLES)
    updates: dict[Setting, Any] = {} if asked else {PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}
    with run_log(db):
        if not PREFECT_API_URL.value():
            found = standing_server()
            if found:
                updates[PREFECT_API_URL] = found
        with temporary_settings(updates=updates):
            yield


def log_path(db: Path) -> Path:
    """The run log of a database: congvan.duckdb → congvan.log, beside it."""
    return db.with_suffix(".log")


@contextmanager
def run_log(db: Path) -> Iterator[Path]:
    """Every Prefect line of the runs started inside (INFO and up) appended to the database's run log, in
    Prefect's own format (each line names its flow or task run)."""
    from prefect.logging.formatters import PrefectFormatter

    path = log_path(db)
    handler = logging.FileHandler(path, encoding="utf-8", delay=True)
    handler.setLevel(logging.INFO)
    stamp = "%(asctime)s | %(levelname)-7s | "
    handler.setFormatter(
        PrefectFormatter(
            f"{stamp}%(name)s - %(message)s",
            flow_run_fmt=f"{stamp}Flow run %(flow_run_name)r - %(message)s",
            task_run_fmt=f"{stamp}Task run %(task_run_name)r - %(message)s",
        )
    )
    logger = logging.getLogger("prefect")
    logger.addHandler(handler)
    try:
        yield path
    finally:
        logger.removeHandler(handler)
        handler.close()
