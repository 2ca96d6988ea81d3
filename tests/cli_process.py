"""`congvan` run as a user runs it: a fresh process (its own Prefect logging, settings file and exit status)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_congvan(cwd: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`congvan ARGS` in `cwd`, with no CONGVAN_* or Prefect logging settings of the test run leaking in."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("CONGVAN_", "PREFECT_LOGGING"))}
    return subprocess.run(
        [sys.executable, "-c", "from flows.cli import main; main()", *args],
        cwd=cwd,
        env={**clean, "PYTHONPATH": str(ROOT), **(env or {})},
        capture_output=True,
        text=True,
        timeout=300,
    )
