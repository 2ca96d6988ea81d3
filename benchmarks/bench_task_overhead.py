"""Prefect's cost per document beside the OCR: CPU-s of the flow process and of the Prefect server for one
ingest of born-digital files (no OCR), checkouts alternated in child processes; prints JSON.

Why: with 2 workers on 2 cores, every CPU-second the flow process or the server spends per document is taken
from the OCR processes (`docs/scaling.md`, "Two workers"), so `bench_flows.py`'s speed-up rests on it. Text
and DOCX files make the per-document work small, so what is measured is mostly Prefect's task engine in the
flow process and the server recording each task run (its states as events, the logs), without a long OCR run.

Each child: its own PREFECT_HOME (a fresh temporary server, not another user's database), the server started
by an empty ingest (untimed), then an ingest of `--files` files with 2 workers. The server's CPU is read from
its process before the run and once it has gone quiet after it (`--settle` s, more than its 5-s flushes), minus
its background loops over the same seconds measured before the run with nothing to do.

Usage: .venv/bin/python benchmarks/bench_task_overhead.py [--files 200] [--rounds 2] [--baseline CHECKOUT]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def child(root: Path, files: int, settle: float) -> dict[str, Any]:
    """Runs in the child: one measured ingest with the checkout at `root`."""
    work = Path(tempfile.mkdtemp(prefix="task-overhead-"))
    os.environ["PREFECT_HOME"] = str(work / "prefect-home")
    os.environ["PREFECT_LOCAL_STORAGE_PATH"] = str(work / "prefect-results")
    sys.path.insert(0, str(root))
    import psutil

    import flows.ingest
    from flows.ingest import run_ingest
    from pipeline.settings import Settings

    sys.path.insert(1, str(HERE))
    from bench_rerun import build_inbox  # it puts this checkout first on the path: `root` goes first again

    sys.path.insert(0, str(root))

    def server_cpu() -> float:
        total = 0.0
        for process in psutil.Process().children(recursive=True):
            try:
                if any("uvicorn" in part for part in process.cmdline()):
                    times = process.cpu_times()
                    total += times.user + times.system
            except psutil.Error:
                continue
        return total

    def own_cpu() -> float:
        times = psutil.Process().cpu_times()
        return times.user + times.system

    try:
        (work / "empty").mkdir()
        run_ingest([work / "empty"], Settings(db=work / "warmup.duckdb"))  # server started, untimed
        time.sleep(settle)
        idle_before = server_cpu()
        time.sleep(settle)
        idle = server_cpu() - idle_before  # its loops over `settle` s with nothing to record
        build_inbox(work / "inbox", files)
        server_before, own_before = server_cpu(), own_cpu()
        started = time.perf_counter()
        summary = run_ingest([work / "inbox"], Settings(db=work / "run.duckdb", workers=2))
        wall = time.perf_counter() - started
        own = own_cpu() - own_before
        time.sleep(settle)
        server = server_cpu() - server_before
        server_loops = idle * (wall + settle) / settle
        return {
            "root": str(Path(flows.ingest.__file__).parent.parent),
            "documents": summary.new,
            "wall_s": round(wall, 2),
            "flow_process_cpu_s": round(own, 2),
            "server_cpu_s": round(server, 2),
            "server_idle_loops_cpu_s": round(server_loops, 2),
            "server_for_the_run_cpu_s": round(server - server_loops, 2),
            "flow_plus_server_ms_per_document": round(1000 * (own + server - server_loops) / max(1, summary.new), 1),
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--settle", type=float, default=8.0, help="seconds for the server to go quiet")
    parser.add_argument("--baseline", type=Path, help="another checkout, alternated with this one")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        print(json.dumps(child(options.child, options.files, options.settle)))
        return
    roots = {"this": HERE.parent}
    if options.baseline:
        roots["baseline"] = options.baseline.resolve()
    results: dict[str, list[dict[str, Any]]] = {name: [] for name in roots}
    for _ in range(options.rounds):
        for name, root in roots.items():
            command = [sys.executable, __file__, "--child", str(root), "--files", str(options.files)]
            command += ["--settle", str(options.settle)]
            done = subprocess.run(command, capture_output=True, text=True, check=True)
            results[name].append(json.loads(done.stdout.strip().splitlines()[-1]))
    summary = {
        name: {
            key: statistics.median(run[key] for run in runs)
            for key in ("flow_process_cpu_s", "server_for_the_run_cpu_s", "flow_plus_server_ms_per_document")
        }
        for name, runs in results.items()
    }
    load = round(os.getloadavg()[0], 2)
    result = {"benchmark": "Prefect per document", "load_average_1m": load, "medians": summary, "runs": results}
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
