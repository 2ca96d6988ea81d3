"""One scanned file as a user runs it: raw tesseract on its pages against `congvan ingest one.pdf` cold (a
standing Prefect server, no warm service), cold with Prefect's temporary server, and warm (`congvan serve`
running: the command handed to its warm service), in one run; prints JSON.

The file is `bench_batch.py`'s kind (`--pages` pages at 300 dpi, fictional, degraded like a cheap scanner;
generated in a temporary folder). Every figure is a child process timed from its start to its exit:
- `raw`: `tesseract PAGE.png stdout -l vie`, OMP_THREAD_LIMIT=1, two at a time, over the file's page PNGs;
- `cold`: `congvan ingest one.pdf --db fresh.duckdb`, a standing server (`prefect server start`, started once
  and not timed), no service; its CPU split per process (`process_timeline.py`): the command's own, its OCR
  processes', the command's CPU before they started;
- `cold_temporary_server`: the same with no server anywhere (Prefect starts its temporary one, in the
  command's CPU);
- `warm`: the same command while `congvan serve` runs (started once, its start-up and warm-up reported apart):
  the client's CPU plus what the service spent on the command (its forked child, OCR processes and tesseract
  included, read from the service process's reaped children), the standing server's and `serve`'s runner's own
  loops left out as for `cold`.
`--baseline DIR` (another checkout, e.g. `git worktree add /tmp/before main`) runs `cold` and
`cold_temporary_server` with that checkout first on the path, right after this checkout's, as `baseline_cold`
and `baseline_cold_temporary_server`: before and after in the same run.
No run profits from another's work: each has a fresh database and an empty result cache. `--rounds N`
alternates the variants N times and reports each run and the median. Target: one file ≤ raw + 2 s.

`--cold-only` runs raw, `cold` and `baseline_cold` alone (the paths a change of the command's own start touches).
Prints one JSON object and writes it to docs/benchmarks/one-file.json (`--output` elsewhere).
Usage: .venv/bin/python benchmarks/bench_one_file.py [--pages 12] [--rounds 3] [--baseline DIR] [--cold-only]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil
from bench_batch import children_cpu, raw_tesseract, timed
from prefect_server import BIN, ROOT, isolated_env, publish, standing_server
from process_timeline import sample
from scan_batch import build_batch

OUTPUT = ROOT / "docs" / "benchmarks" / "one-file.json"
CONGVAN = str(BIN / "congvan")
SPLIT = ("command_own_cpu_s", "workers_cpu_s", "workers_started_s", "command_cpu_before_workers_s")


def ingest(pdf: Path, db: Path, env: dict[str, str], cwd: Path) -> dict[str, Any]:
    """`congvan ingest PDF --db DB` as a child process: wall, CPU (its children included), the per-process split."""
    with tempfile.TemporaryFile("w+") as errors:
        cpu, started = children_cpu(), time.perf_counter()
        split = sample(
            [CONGVAN, "ingest", str(pdf), "--db", str(db)],
            0.1,
            None,
            env=env,
            cwd=cwd,
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
        figures = {"wall_s": round(time.perf_counter() - started, 2), "cpu_s": round(children_cpu() - cpu, 2)}
        errors.seek(0)
        said = errors.read()
    if split["exit"] != 0 or "1 loaded" not in said:
        raise SystemExit(f"congvan ingest {pdf} failed: {said[-2000:]}")
    seen = split["workers_started_s"] is not None  # else the sampler missed the OCR processes: no split
    return figures | {key: split[key] if seen else None for key in SPLIT} | {"stderr": said.strip()}


class WarmService:
    """`congvan serve` as a user runs it beside a standing server, and its warm service's CPU."""

    def __init__(self, env: dict[str, str], work: Path) -> None:
        self.env, started = env, time.perf_counter()
        self.serve = subprocess.Popen(
            [CONGVAN, "serve", "--db", str(work / "served.duckdb")],
            env=env,
            cwd=work,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.serve.stderr is not None
        for line in self.serve.stderr:
            if "warm ingest service at" in line:
                break
            if "congvan serve:" in line or "Error" in line:
                raise SystemExit(f"congvan serve did not start its warm service: {line}")
        self.start_s = round(time.perf_counter() - started, 2)
        threading.Thread(target=self.serve.stderr.read, daemon=True).start()  # never blocks on a full pipe
        (service,) = [p for p in psutil.Process(self.serve.pid).children() if "flows.warm.service" in p.cmdline()]
        self.service = service
        self.warm_up_cpu_s = round(self._cpu(), 2)

    def _cpu(self) -> float:
        times = self.service.cpu_times()
        return times.user + times.system + times.children_user + times.children_system

    def ingest(self, pdf: Path, db: Path, cwd: Path) -> dict[str, Any]:
        """The client's wall and CPU, and the service's CPU on its behalf (read once its child is reaped)."""
        shutil.rmtree(self.env["PREFECT_LOCAL_STORAGE_PATH"], ignore_errors=True)  # the service's result cache
        before = self._cpu()
        child_own: dict[int, float] = {}
        watching = threading.Event()

        def watch() -> None:  # the forked child's own CPU (its OCR processes apart), sampled
            while not watching.is_set():
                for child in self.service.children():
                    with contextlib.suppress(psutil.Error):
                        times = child.cpu_times()
                        child_own[child.pid] = times.user + times.system
                time.sleep(0.05)

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        with tempfile.TemporaryFile("w+") as errors:
            figures = timed(
                lambda: subprocess.run(
                    [CONGVAN, "ingest", str(pdf), "--db", str(db)],
                    env=self.env,
                    cwd=cwd,
                    stdout=subprocess.DEVNULL,
                    stderr=errors,
                )
            )
            errors.seek(0)
            said = errors.read()
        if "1 loaded" not in said or "did not take" in said:
            raise SystemExit(f"the warm ingest failed or was refused: {said[-2000:]}")
        while self.service.children():
            time.sleep(0.1)
        watching.set()
        watcher.join()
        time.sleep(ACCEPT_POLL_S + 0.2)  # the service reaps its children once a second
        service_cpu = round(self._cpu() - before, 2)
        return {
            "wall_s": figures["wall_s"],
            "client_cpu_s": figures["cpu_s"],
            "service_cpu_s": service_cpu,
            "service_child_own_cpu_s": round(sum(child_own.values()), 2),
            "cpu_s": round(figures["cpu_s"] + service_cpu, 2),
            "stderr": said.strip(),
        }

    def stop(self) -> None:
        self.serve.terminate()
        self.serve.wait(timeout=120)


ACCEPT_POLL_S = 1.0


def load() -> float:
    """The 1-minute load average after a run: what the machine's other tenants and the run itself made it."""
    return round(os.getloadavg()[0], 2)


def median(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Per figure, the median of the runs that have it."""
    keys = [k for k in runs[0] if k != "stderr"]
    values = {k: [r[k] for r in runs if isinstance(r.get(k), int | float)] for k in keys}
    return {k: round(statistics.median(v), 2) for k, v in values.items() if v}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=12)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--baseline", type=Path, help="another checkout, its cold ingest timed beside this one's")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="where the JSON is kept")
    parser.add_argument(
        "--cold-only", action="store_true", help="raw, cold and baseline_cold only: no temporary server, no service"
    )
    options = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-one-file-"))
    (work / "none").mkdir(mode=0o700)
    (work / "run").mkdir(mode=0o700)
    base = {k: v for k, v in isolated_env(work).items() if k != "PYTHONDONTWRITEBYTECODE"}
    cold_env = base | {"XDG_RUNTIME_DIR": str(work / "none")}  # no service there: the command runs in process
    baseline_env = cold_env | {"PYTHONPATH": str(options.baseline.resolve())} if options.baseline else None
    load_before = os.getloadavg()[0]
    batch = build_batch(work / "scans", 1, options.pages)
    pdf, pngs = batch.pdfs[0], batch.pngs
    count = {"n": 0}

    def fresh(env: dict[str, str]) -> tuple[dict[str, str], Path]:
        count["n"] += 1
        return env | {
            "PREFECT_LOCAL_STORAGE_PATH": str(work / f"results-{count['n']}")
        }, work / f"db-{count['n']}.duckdb"

    # Untimed, once per checkout: bytecode written, the place index in the user's cache, Prefect's home migrated.
    for env in [cold_env, baseline_env] if baseline_env else [cold_env]:
        subprocess.run(
            [
                CONGVAN,
                "ingest",
                str(ROOT / "samples" / "documents" / "cv-1777-SNV-VP-script.txt"),
                "--db",
                str(work / "first.duckdb"),
            ],
            env=env,
            cwd=work,
            capture_output=True,
            check=True,
        )
    runs: dict[str, list[dict[str, Any]]] = {"raw": [], "cold": []}
    if not options.cold_only:
        runs["cold_temporary_server"], runs["warm"] = [], []
    if baseline_env:
        runs["baseline_cold"] = []
        if not options.cold_only:
            runs["baseline_cold_temporary_server"] = []
    for _ in range(0 if options.cold_only else options.rounds):
        env, db = fresh(cold_env)
        runs["cold_temporary_server"].append(ingest(pdf, db, env, work))
        if baseline_env:
            env, db = fresh(baseline_env)
            runs["baseline_cold_temporary_server"].append(ingest(pdf, db, env, work))
    figures: dict[str, Any] = {}
    with standing_server(base) as server_start_s:
        figures["standing_server_start_s"] = round(server_start_s, 2)
        api = f"http://127.0.0.1:{base['PREFECT_SERVER_API_PORT']}/api"
        warm_env = base | {
            "PREFECT_API_URL": api,
            "XDG_RUNTIME_DIR": str(work / "run"),
            "PREFECT_LOCAL_STORAGE_PATH": str(work / "results-warm"),
        }
        service = None if options.cold_only else WarmService(warm_env, work)
        if service:
            figures["warm_service_start_s"] = service.start_s
            figures["warm_service_warm_up_cpu_s"] = service.warm_up_cpu_s
        try:
            for _ in range(options.rounds):
                runs["raw"].append(timed(lambda: raw_tesseract(pngs, base)) | {"load_1m": load()})
                env, db = fresh(cold_env)
                runs["cold"].append(ingest(pdf, db, env, work) | {"load_1m": load()})
                if baseline_env:
                    env, db = fresh(baseline_env)
                    runs["baseline_cold"].append(ingest(pdf, db, env, work) | {"load_1m": load()})
                if service:
                    runs["warm"].append(service.ingest(pdf, fresh(cold_env)[1], work))
        finally:
            if service:
                service.stop()
    medians = {name: median(values) for name, values in runs.items()}
    raw = medians["raw"]
    result = {
        "benchmark": "one scanned file: raw tesseract vs congvan ingest cold, with the temporary server, and warm",
        "cpu_count": os.cpu_count(),
        "pages": options.pages,
        "rounds": options.rounds,
        "load_average_1m": {"before": round(load_before, 2), "after": round(os.getloadavg()[0], 2)},
        **figures,
        "median": medians,
        "minus_raw": {
            name: {"wall_s": round(m["wall_s"] - raw["wall_s"], 2), "cpu_s": round(m["cpu_s"] - raw["cpu_s"], 2)}
            for name, m in medians.items()
            if name != "raw"
        },
        "baseline": str(options.baseline) if options.baseline else None,
        "runs": runs,
        "target": "one file: wall <= raw + 2 s (warm and cold)",
    }
    publish(result, options.output, work)


if __name__ == "__main__":
    main()
