"""What Prefect costs a command: `congvan ingest ONE.txt` as a user runs it, under each way Prefect 3 offers.

Every figure is the wall time of a child process (start-up, imports, the flow, exit), median of `--repeat`, and
beside it (`cpu_s`) the CPU-s of that child and of every process it waited for (a temporary server included;
a standing server's own CPU is not: it is nobody's child),
ingesting one small born-digital file (no OCR: what is left is Prefect and start-up) into a fresh database:
- `imports_only`: `python -c "import flows.ingest"` — the floor any command that runs the flow pays;
- `no_flow`: the same ingest by the plain loop (`pipeline.ingest.load.ingest_paths`): nothing recorded in
  Prefect — what "running the flow function without an API" amounts to (Prefect 3.8 refuses a flow run
  with no API at all: with `PREFECT_SERVER_ALLOW_EPHEMERAL_MODE=false` and no PREFECT_API_URL it raises);
- `temporary_server`: no server anywhere, Prefect starts its temporary one (a uvicorn child process);
- `temporary_server_no_migrations`: the same, told not to check migrations and block types on start;
- `test_harness`: `prefect_test_harness()` (a temporary server on a fresh database: migrations every time);
- `standing_server`: a `prefect server start` already running (started once, its start-up timed apart as
  `standing_server_start_s`); congvan finds it at its local address without PREFECT_API_URL.
Prefect's home is a temporary folder (migrated once before timing), and the standing server a free port, so
nothing here touches or meets another Prefect on the machine.

Prints one JSON object and writes it to docs/benchmarks/prefect_startup.json.
Usage: .venv/bin/python benchmarks/bench_prefect_startup.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from prefect_server import BIN, ROOT, isolated_env, publish, standing_server

SAMPLE = ROOT / "samples" / "documents" / "cv-1777-SNV-VP-script.txt"
OUTPUT = ROOT / "docs" / "benchmarks" / "prefect_startup.json"

NO_FLOW = "import sys; from pipeline.ingest.load import ingest_paths; from pipeline.settings import Settings; "
NO_FLOW += "ingest_paths([sys.argv[1]], Settings(db=sys.argv[2]))"
HARNESS = "import sys; from pathlib import Path; from prefect.testing.utilities import prefect_test_harness; "
HARNESS += "from flows.ingest import run_ingest; from pipeline.settings import Settings\n"
HARNESS += (
    "with prefect_test_harness(server_startup_timeout=120): run_ingest([Path(sys.argv[1])], Settings(db=sys.argv[2]))"
)


class Runs:
    """Fresh inputs for every timed run: a new copy of the file (new bytes) and a new database."""

    def __init__(self, work: Path, env: dict[str, str]) -> None:
        self.work, self.env, self.count = work, env, 0
        self.cpu: dict[str, list[float]] = {}

    def command(self, name: str) -> list[str]:
        self.count += 1
        file = self.work / f"in-{self.count}.txt"
        file.write_bytes(SAMPLE.read_bytes() + f"\n{self.count}\n".encode())
        db = str(self.work / f"db-{self.count}.duckdb")
        python = [sys.executable, "-c"]
        return {
            "imports_only": [*python, "import flows.ingest"],
            "no_flow": [*python, NO_FLOW, str(file), db],
            "test_harness": [*python, HARNESS, str(file), db],
        }.get(name, [str(BIN / "congvan"), "ingest", str(file), "--db", db])

    def time(self, name: str, extra_env: dict[str, str] | None = None, label: str | None = None) -> float:
        command = self.command(name)
        cpu, started = children_cpu(), time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, env=self.env | (extra_env or {}), cwd=self.work)
        elapsed = time.perf_counter() - started
        self.cpu.setdefault(label or name, []).append(children_cpu() - cpu)
        if done.returncode != 0:
            raise SystemExit(f"{name} failed ({done.returncode}): {done.stderr[-2000:]}")
        if name == "standing_server" and "temporary server" in done.stderr:
            raise SystemExit("congvan did not find the standing server and started a temporary one")
        return elapsed


def children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def median_of(repeat: int, action: Callable[[], float]) -> float:
    return round(statistics.median(action() for _ in range(repeat)), 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    repeat = parser.parse_args().repeat
    work = Path(tempfile.mkdtemp(prefix="bench-prefect-"))
    runs = Runs(work, isolated_env(work))
    load_before = os.getloadavg()[0]
    runs.time("temporary_server", label="first")  # migrates the fresh Prefect database (once per PREFECT_HOME), untimed
    quiet = {"PREFECT_API_DATABASE_MIGRATE_ON_START": "false", "PREFECT_API_BLOCKS_REGISTER_ON_START": "false"}
    figures = {
        "imports_only_s": median_of(repeat, lambda: runs.time("imports_only")),
        "no_flow_s": median_of(repeat, lambda: runs.time("no_flow")),
        "temporary_server_s": median_of(repeat, lambda: runs.time("temporary_server")),
        "temporary_server_no_migrations_s": median_of(
            repeat, lambda: runs.time("temporary_server", quiet, "temporary_server_no_migrations")
        ),
        "test_harness_s": median_of(1, lambda: runs.time("test_harness")),
    }
    with standing_server(runs.env) as start_s:
        figures["standing_server_start_s"] = round(start_s, 2)
        figures["standing_server_s"] = median_of(repeat, lambda: runs.time("standing_server"))
    result = {
        "benchmark": "Prefect start-up: `congvan ingest ONE.txt` as a child process, per way of running Prefect",
        "cpu_count": os.cpu_count(),
        "repeat": repeat,
        "load_average_1m": {"before": round(load_before, 2), "after": round(os.getloadavg()[0], 2)},
        **figures,
        "cpu_s": {name: round(statistics.median(values), 2) for name, values in runs.cpu.items() if name != "first"},
        "prefect_cost_s": {
            name: round(figures[f"{name}_s"] - figures["no_flow_s"], 2)
            for name in ("temporary_server", "temporary_server_no_migrations", "test_harness", "standing_server")
        },
    }
    publish(result, OUTPUT, work)


if __name__ == "__main__":
    main()
