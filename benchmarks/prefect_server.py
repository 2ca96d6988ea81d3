"""Shared by the benchmarks that run congvan as a user does: a Prefect of their own, and a standing server.

Prefect's home is a temporary folder and the server's port a free one, so a benchmark neither touches nor
meets another Prefect on the machine (congvan looks for a standing server at PREFECT_SERVER_API_PORT).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

BIN = Path(sys.executable).parent
ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def isolated_env(work: Path) -> dict[str, str]:
    """The environment for congvan child processes: this checkout first, Prefect at home in `work`."""
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    return env | {
        "PREFECT_HOME": str(work / "prefect-home"),
        "PREFECT_SERVER_API_PORT": str(free_port()),  # where congvan looks for a standing server
        "PREFECT_LOCAL_STORAGE_PATH": str(work / "prefect-results"),
        "PYTHONPATH": str(ROOT),
        "OMP_THREAD_LIMIT": "1",
    }


def wait_healthy(url: str, limit_s: float = 180) -> None:
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"the standing server at {url} did not answer within {limit_s:.0f} s")


@contextmanager
def standing_server(env: dict[str, str]) -> Iterator[float]:
    """`prefect server start` on the environment's port, as a user keeps one; yields its start-up seconds."""
    port = env["PREFECT_SERVER_API_PORT"]
    started = time.perf_counter()
    server = subprocess.Popen(
        [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", port],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_healthy(f"http://127.0.0.1:{port}/api")
        yield time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=60)


def publish(result: dict[str, object], output: Path, work: Path) -> None:
    """Print a benchmark's figures as JSON, keep the latest in docs/ (`output`) and remove its scratch folder."""
    text = json.dumps(result, indent=2)
    print(text)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text + "\n", encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)
