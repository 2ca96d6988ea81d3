"""Ingest flow vs a plain loop over the same ~200 sample pages, in one run; prints JSON.

Baseline: `pipeline.ingest.load.ingest_paths` (extract each file, load in batches: no Prefect) with one OCR
process. Then the ingest flow with 1 and 2 workers, and the flow again over the unchanged files.
Targets: flow overhead ≤ 5 % over the loop, speed-up ≥ 1.8x with 2 workers, unchanged 200 files < 2 s.
The unchanged rerun is timed twice: right after the 2-worker run, and again once Prefect's temporary server
has flushed that run's events (as a nightly rerun a day later meets it). Right after a 200-task run the
server's event persister may hold SQLite's write lock; the flow-run creation that meets it gets a 503 and
Prefect's client retries after about 2 s. `benchmarks/bench_rerun.py` times the rerun alone, in a minute.
Each timed run reads its own copy of the pages (distinct bytes), so no run profits from another's cache.

Usage: .venv/bin/python benchmarks/bench_flows.py [--pages 200]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = Path(tempfile.mkdtemp(prefix="bench-flows-"))
os.environ["PREFECT_LOCAL_STORAGE_PATH"] = str(WORK / "prefect-results")  # before Prefect is imported
sys.path.insert(0, str(ROOT))

from flow_inbox import build_inbox  # noqa: E402
from prefect.settings import get_current_settings  # noqa: E402

from flows.ingest import run_ingest  # noqa: E402
from pipeline.ingest.load import ingest_paths  # noqa: E402
from pipeline.settings import Settings  # noqa: E402


def timed(action) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    pages = parser.parse_args().pages
    inboxes = {name: WORK / name for name in ("loop", "flow1", "flow2")}
    sizes = {name: build_inbox(folder, pages, name) for name, folder in inboxes.items()}

    # Start Prefect's temporary server outside the timings (a standing server has no start-up cost).
    (WORK / "empty").mkdir()
    run_ingest([WORK / "empty"], Settings(db=WORK / "warmup.duckdb"))

    loop_settings = Settings(db=WORK / "loop.duckdb", ocr_workers=1)
    t_loop = timed(lambda: ingest_paths([inboxes["loop"]], loop_settings))
    one = Settings(db=WORK / "flow1.duckdb", workers=1, ocr_workers=1)
    t_flow1 = timed(lambda: run_ingest([inboxes["flow1"]], one))
    two = Settings(db=WORK / "flow2.duckdb", workers=2)
    t_flow2 = timed(lambda: run_ingest([inboxes["flow2"]], two))
    unchanged = {}
    t_unchanged = timed(lambda: unchanged.update(vars(run_ingest([inboxes["flow2"]], two))))
    time.sleep(get_current_settings().server.services.event_persister.flush_interval + 1)
    t_unchanged_idle = timed(lambda: run_ingest([inboxes["flow2"]], two))

    files, total_pages = sizes["flow2"]
    result = {
        "benchmark": "ingest flow vs plain loop",
        "cpu_count": os.cpu_count(),
        "files": files,
        "pages": total_pages,
        "plain_loop_s": round(t_loop, 2),
        "flow_1_worker_s": round(t_flow1, 2),
        "flow_2_workers_s": round(t_flow2, 2),
        "flow_overhead_pct": round(100 * (t_flow1 - t_loop) / t_loop, 2),
        "speedup_2_workers_vs_1": round(t_flow1 / t_flow2, 2),
        "speedup_2_workers_vs_loop": round(t_loop / t_flow2, 2),
        "unchanged_rerun_s": round(t_unchanged, 2),
        "unchanged_rerun_idle_server_s": round(t_unchanged_idle, 2),
        "load_average_1m": round(os.getloadavg()[0], 2),
        "unchanged_skipped": unchanged.get("skipped"),
        "targets": {
            "flow_overhead_pct": "<= 5",
            "speedup_2_workers_vs_1": ">= 1.8",
            "unchanged_rerun_s": "< 2",
            "unchanged_rerun_idle_server_s": "< 2",
        },
    }
    print(json.dumps(result, indent=2))
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()
