"""Prefect reads its settings once, when it is imported: these defaults must be in the environment first.

Measured here: the ephemeral server needs more than Prefect's default 20 s to start on a fresh
`PREFECT_HOME` on a slow machine, and Prefect sends telemetry unless told not to. A value the user set
wins over these defaults.
"""

from __future__ import annotations

import atexit
import logging
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from schemas.errors import CongvanError, ErrorCode

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
    from prefect.settings import get_current_settings

    api = get_current_settings().server.api
    host = "127.0.0.1" if api.host in ("0.0.0.0", "::", "") else api.host
    url = f"http://{host}:{api.port}/api"
    return url if _answers(url, STANDING_SERVER_PROBE_S) else None


HEARTBEAT_VARIABLES = ("PREFECT_FLOWS_HEARTBEAT_FREQUENCY", "PREFECT_RUNNER_HEARTBEAT_FREQUENCY")
"""Set by a user who watches flow-run heartbeats (Prefect's own names, the second its legacy alias)."""


@contextmanager
def one_off_run(db: Path) -> Iterator[None]:
    """Around a flow run started from the command line or a script (not by `congvan serve`); its Prefect lines
    go to the run log of `db` (`run_log`).

    The run goes to a standing Prefect server when there is one: PREFECT_API_URL, or else a server already
    answering at the local address `prefect server start` uses (`congvan serve`'s). Only when there is none
    (and Prefect's ephemeral mode is allowed) is Prefect's temporary server started (`temporary_server`, kept
    for the process's later runs as Prefect keeps its own), which costs seconds of every command
    (docs/scaling.md, "Prefect start-up", has the figures).

    Flow-run heartbeats are off for these runs unless PREFECT_FLOWS_HEARTBEAT_FREQUENCY is set: they only feed
    an automation that marks a deployment's dead runs as crashed (Prefect's "detect zombie flows", which a
    user sets up, variable included), against the temporary server nothing can watch them, and stopping the
    heartbeat thread at the end of a run waits up to a second (it sleeps in whole seconds): ≈ 1 s of a one-file
    ingest's wall time, half of an unchanged rerun's. `congvan serve`'s deployment runs keep Prefect's default.
    """
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings
    from prefect.settings.legacy import Setting

    asked = any(name in os.environ for name in HEARTBEAT_VARIABLES)
    updates: dict[Setting, Any] = {} if asked else {PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}
    with run_log(db), run_api() as ready, temporary_settings(updates=updates):
        ready()
        yield


@contextmanager
def run_api() -> Iterator[Callable[[], None]]:
    """While open, PREFECT_API_URL names the server the flow runs started inside go to: the one set, else a
    standing local server (`standing_server`), else Prefect's temporary server (`temporary_server`, unless
    Prefect's ephemeral mode is off). What it gives blocks until that server answers: call it before the first
    flow run.

    `one_off_run` opens it; `congvan ingest` opens it earlier, once its first pages are queued and before it
    imports the flow, so a temporary server starts while the command imports Prefect and its pages are read,
    instead of after (docs/scaling.md, "Prefect's temporary server, started by congvan"). Opened again
    inside, it finds the URL set and does nothing."""
    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_ENABLED, temporary_settings

    if PREFECT_API_URL.value():
        yield _nothing
        return
    found, ready = standing_server(), _nothing
    if not found and PREFECT_SERVER_EPHEMERAL_ENABLED.value():
        server = temporary_server()
        found, ready = server.url, server.ready
    if not found:
        yield ready
        return
    with temporary_settings(updates={PREFECT_API_URL: found}):
        yield ready


def _nothing() -> None:
    """A server already answering: nothing to wait for."""


class PrefectUnavailable(CongvanError):
    """Prefect's temporary server did not start (it timed out, exited, or lost its port): no flow can run, and a
    command that needs one stops with this reason (exit 3, a dependency missing), never with a partial result."""

    code = ErrorCode.PREFECT_UNAVAILABLE
    exit_code = 3


class TemporaryServer:
    """Prefect's temporary server, started as Prefect 3.8 starts it (`SubprocessASGIServer`: the same uvicorn
    command and environment, a free local port, the same health wait; a port taken between the probe and the
    bind is an error, as the URL is already given out) and,
    as there, kept for the later runs of this process and stopped at its exit (SIGTERM, 5 s of grace), after
    Prefect has sent the queued log lines and state events (its workers drain before `atexit` handlers run)."""

    def __init__(self) -> None:
        import prefect
        from prefect.settings import PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS

        self.environment = temporary_server_environment()
        self.timeout_s = float(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS.value())
        self.command = [*_UVICORN, "--app-dir", str(prefect.__module_path__.parent)]
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}/api"
        self.answered = False
        logging.getLogger("prefect.congvan").info(f"Starting temporary server on http://127.0.0.1:{self.port}")
        self.process = self._launch()
        atexit.register(self.stop)

    def _launch(self) -> subprocess.Popen[bytes]:
        return subprocess.Popen([*self.command, "--port", str(self.port)], env=self.environment)

    def ready(self) -> None:
        """Wait until the server answers (Prefect's timeout, `PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS`)."""
        deadline = time.monotonic() + self.timeout_s
        while not self.answered:
            self.answered = _answers(self.url)
            if self.answered:
                return
            if self.process.poll() == PORT_TAKEN:  # taken between the probe and uvicorn's bind: the URL is given out
                taken = f"Prefect's temporary server could not bind port {self.port} (taken); run again"
                raise PrefectUnavailable(taken)
            if self.process.poll() is not None:
                raise PrefectUnavailable(f"Prefect's temporary server exited with status {self.process.returncode}")
            if time.monotonic() > deadline:
                raise PrefectUnavailable(
                    f"Prefect's temporary server did not answer within {self.timeout_s:g} s "
                    "(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS; on a busy machine raise it, or start a "
                    "standing server with `prefect server start`)"
                )
            time.sleep(0.1)

    def stop(self) -> None:
        logging.getLogger("prefect.congvan").info(f"Stopping temporary server on http://127.0.0.1:{self.port}")
        self.process.terminate()
        try:
            self.process.wait(timeout=TEMPORARY_SERVER_STOP_S)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


TEMPORARY_SERVER_DEFAULTS = {
    # No periodic task-run write (Prefect's comes every 5 s): a stop during one cancels it, and Prefect 3.8.8
    # logs that at ERROR with its traceback on the server's stderr, the command's ("asyncio.exceptions.
    # CancelledError" as the command's last line; nothing lost). Nothing reads this server's task runs while it
    # runs, and its stop writes what is short of a batch (docs/architecture.md, "The temporary server has no
    # periodic task-run write": figures, and the case left).
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_FLUSH_INTERVAL": str(24 * 3600),
}
"""Settings of the temporary server only (`temporary_server_environment`), not of a standing one; a value the
user set wins."""


def temporary_server_environment() -> dict[str, str]:
    """The temporary server's environment: this process's, Prefect's settings as this process has them (a
    profile's included) and the variables Prefect 3.8 gives its own temporary server (no UI, ephemeral, the
    last app of its process), over `TEMPORARY_SERVER_DEFAULTS`."""
    from prefect.settings import get_current_settings

    return {
        **TEMPORARY_SERVER_DEFAULTS,
        **os.environ,
        "PREFECT_UI_ENABLED": "0",
        "PREFECT__SERVER_EPHEMERAL": "1",
        "PREFECT__SERVER_FINAL": "1",
        **get_current_settings().to_environment_variables(exclude_unset=True),
    }


TEMPORARY_SERVER_STOP_S = 5.0
"""How long a temporary server is given to stop (flushing its task-run records) before it is killed: Prefect's."""

_TEMPORARY: list[TemporaryServer] = []


def temporary_server() -> TemporaryServer:
    """This process's temporary server, started on first use (or again if it died; `TemporaryServer`).

    Why congvan starts it and not Prefect at the flow's first API call: Prefect then imports its whole server
    module (`prefect.server.api.server`: SQLAlchemy, the ORM models, FastAPI's routes) into the command's own
    process just to launch the child, which imports it again: ≈ 2.8 CPU-s of the command at load 3.5; and the
    server's own start (its imports, most of it) begins only then (docs/scaling.md, "Prefect's temporary
    server, started by congvan"). The runs are recorded the same way, in the same Prefect database."""
    if not _TEMPORARY or _TEMPORARY[0].process.poll() is not None:
        _TEMPORARY[:] = [TemporaryServer()]
    return _TEMPORARY[0]


_UVICORN = [sys.executable, "-m", "uvicorn", "--factory", "prefect.server.api.server:create_app"]
_UVICORN += ["--host", "127.0.0.1", "--log-level", "error", "--lifespan", "on"]
"""Prefect 3's own command for its temporary server (`SubprocessASGIServer`), the app folder and port added."""
PORT_TAKEN = 3
"""uvicorn's exit status when its port is in use."""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _answers(url: str, timeout_s: float = 1.0) -> bool:
    """Whether a Prefect API answers its health check (a refused connection is a no at once). A plain-HTTP
    address (the local ones asked here) has no TLS to verify: httpx is then told not to load the certificate
    store it would otherwise read for every request (≈ 25 ms of CPU each, idle)."""
    import httpx

    try:
        answer = httpx.get(f"{url}/health", timeout=timeout_s, verify=not url.startswith("http://"))
        return answer.status_code == 200
    except httpx.HTTPError:
        return False


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
