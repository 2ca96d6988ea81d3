"""A second ingest over unchanged files: the flow against the plain loop, on born-digital files only; prints JSON.

The rerun path of `bench_flows.py` without its ten minutes of OCR: 200 text and DOCX files (distinct bytes)
are ingested once by the flow, then ingested again unchanged — by the plain loop (`pipeline.ingest.load.ingest_paths`,
no Prefect: the cost of hashing and one lookup) and by the flow, twice: right after the first run, and once
Prefect's temporary server has flushed the first run's events (a nightly rerun comes a day later). Right
after a 200-task run the server's event persister may hold SQLite's write lock, and the flow-run creation
that meets it is retried by Prefect's client after about 2 s.
Target: the flow's unchanged rerun under 2 s for 200 files.

Usage: .venv/bin/python benchmarks/bench_rerun.py [--files 200] [--repeat 3]
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
import timeit
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "documents"
WORK = Path(tempfile.mkdtemp(prefix="bench-rerun-"))
os.environ["PREFECT_LOCAL_STORAGE_PATH"] = str(WORK / "prefect-results")  # before Prefect is imported
sys.path.insert(0, str(ROOT))

from prefect.settings import get_current_settings  # noqa: E402

from flows.ingest import run_ingest  # noqa: E402
from pipeline.ingest.load import ingest_paths  # noqa: E402
from pipeline.settings import Settings  # noqa: E402


def build_inbox(folder: Path, files: int) -> None:
    """Copies of the born-digital samples with a trailing line each: same content, distinct sha256."""
    folder.mkdir(parents=True)
    sources = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".docx"))
    for number in range(files):
        source = sources[number % len(sources)]
        target = folder / f"{number:04d}-{source.name}"
        shutil.copy(source, target)
        with target.open("ab") as handle:
            handle.write(f"\n{number}\n".encode())


seconds = functools.partial(timeit.timeit, setup="gc.enable()", number=1)
"""Wall time of one call, the garbage collector on (timeit turns it off unless told)."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    inbox = WORK / "inbox"
    build_inbox(inbox, options.files)
    settings = Settings(db=WORK / "flow.duckdb", workers=2)
    loop_settings = Settings(db=WORK / "loop.duckdb")

    first_s = seconds(lambda: run_ingest([inbox], settings))
    right_after_s = seconds(lambda: run_ingest([inbox], settings))
    ingest_paths([inbox], loop_settings)
    loop = [seconds(lambda: ingest_paths([inbox], loop_settings)) for _ in range(options.repeat)]
    idle, summary = [], {}
    for _ in range(options.repeat):
        time.sleep(get_current_settings().server.services.event_persister.flush_interval + 1)
        idle.append(seconds(lambda: summary.update(vars(run_ingest([inbox], settings)))))

    result = {
        "benchmark": "unchanged rerun: ingest flow vs plain loop (born-digital files)",
        "cpu_count": os.cpu_count(),
        "load_average_1m": round(os.getloadavg()[0], 2),
        "files": options.files,
        "first_flow_run_s": round(first_s, 2),
        "plain_loop_rerun_s": round(statistics.median(loop), 3),
        "flow_rerun_s": round(statistics.median(idle), 3),
        "flow_rerun_runs_s": [round(t, 3) for t in idle],
        "flow_rerun_right_after_first_s": round(right_after_s, 3),
        "prefect_overhead_s": round(statistics.median(idle) - statistics.median(loop), 3),
        "skipped": summary.get("skipped"),
        "targets": {"flow_rerun_s": "< 2"},
    }
    print(json.dumps(result, indent=2))
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()
