"""Where the ingest flow's time goes with 1 and 2 workers: CPU-s per part and per process, and each OCR
process's idle time; prints JSON. For a loaded machine, where wall-clock speed-ups say nothing.

The inbox is `bench_flows.py`'s (copies of the samples with distinct bytes, `--pages` pages); each run reads
its own copy. In the one process that runs the flow (as `bench_flows.py` does, Prefect's temporary server
started before the runs), the code's own functions are wrapped to time them:
- the flow process's CPU per part, by thread CPU time: planning (hashing, the lookup), text layers, the
  extractors' warm-up, the fields, loading, linking, the snapshot; `prefect_and_rest` is what is left of the
  process's CPU (Prefect's task engine, submits, results, logging, threads);
- every page an OCR process reads, as a span (start, end, CPU) in that process: its busy time, its idle
  time before its first page, between pages and after its last one while the extraction is still on.
The Prefect server's CPU is read from its process before and after each run.

The model: the flow process and the OCR processes run side by side. With one OCR process the flow's
per-document work (fields, Prefect, loading) and the server's run on the second core beside the OCR; with
two OCR processes all of it shares the two cores. `critical_path_s` = the serial parts (planning, linking,
the snapshot) + max(the busiest OCR process's page CPU, all the parallel CPU / 2 cores): about the wall time
on an idle machine, and the ratio of the two runs' critical paths the speed-up to expect.

Usage: .venv/bin/python benchmarks/flow_timeline.py [--pages 48] [--workers 1 2] [--root CHECKOUT]
`--root` imports congvan from another checkout (a baseline in the same run); this script stays the same.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
WORK = Path(tempfile.mkdtemp(prefix="flow-timeline-"))
SPANS = WORK / "spans"
os.environ["PREFECT_LOCAL_STORAGE_PATH"] = str(WORK / "prefect-results")  # before Prefect is imported

parts: dict[str, float] = defaultdict(float)
"""CPU-s of the flow process per part, by thread CPU time."""
events: list[tuple[str, float]] = []
"""(what, seconds since the run started) in the flow process."""
T0 = [0.0]


def timed_part(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        cpu = time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            parts[name] += time.thread_time() - cpu

    return wrapper


def marked(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        events.append((f"{name} start", time.perf_counter() - T0[0]))
        try:
            return function(*args, **kwargs)
        finally:
            events.append((f"{name} end", time.perf_counter() - T0[0]))

    return wrapper


def spanned(function: Callable[..., Any]) -> Callable[..., Any]:
    """A page read in an OCR process, written as one line (pid, start, end, CPU) to the spans folder."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start, cpu = time.time(), time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            line = f"{start} {time.time()} {time.process_time() - cpu} {len(args[0].data)}\n"
            with (SPANS / f"{os.getpid()}.txt").open("a") as handle:
                handle.write(line)

    return wrapper


def instrument() -> None:
    """Wrap the code's own functions (module attributes the flow calls them through)."""
    import extractors.document as fields
    import flows.ingest as flow_module
    from pipeline.ingest import extract, load, pages

    pages._ocr_in_worker = spanned(pages._ocr_in_worker)  # type: ignore[assignment]
    extract.layer_pages = timed_part("text_layers", extract.layer_pages)  # type: ignore[assignment]
    extract.warm_extractors = timed_part("warm_up", extract.warm_extractors)  # type: ignore[assignment]
    fields.extract_fields = timed_part("fields", fields.extract_fields)  # extract.py imports it when called
    extract.extract_file = timed_part("extract_file_all", extract.extract_file)  # type: ignore[assignment]
    load.Loader.plan = marked("plan", timed_part("plan", load.Loader.plan))  # type: ignore[method-assign]
    load.Loader._load = timed_part("load", load.Loader._load)  # type: ignore[method-assign]
    flow_module.load_results = marked("extraction", flow_module.load_results)  # type: ignore[assignment]
    flow_module.link_all = marked("link", timed_part("link", flow_module.link_all))  # type: ignore[assignment]
    flow_module.publish_snapshot = marked("snapshot", timed_part("snapshot", flow_module.publish_snapshot))  # type: ignore[assignment]


def own_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime


def children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def server_cpu() -> float:
    """The CPU of this process's Prefect server (its temporary one, a child: `prefect server start`)."""
    import psutil

    total = 0.0
    for child in psutil.Process().children(recursive=True):
        try:
            if any("uvicorn" in part or "prefect" in part for part in child.cmdline()):
                times = child.cpu_times()
                total += times.user + times.system
        except psutil.Error:
            continue
    return total


def worker_spans(started: float) -> dict[int, list[tuple[float, float, float, float]]]:
    """Per OCR process, its pages as (start, end, CPU-s, the file's size), seconds since the run started."""
    spans: dict[int, list[tuple[float, float, float, float]]] = {}
    for path in SPANS.glob("*.txt"):
        rows = [tuple(float(v) for v in line.split()) for line in path.read_text().splitlines()]
        spans[int(path.stem)] = sorted((a - started, b - started, c, size) for a, b, c, size in rows)
    for path in SPANS.glob("*.txt"):
        path.unlink()
    return spans


def run_once(inbox: Path, workers: int, db: Path) -> dict[str, Any]:
    from flows.ingest import run_ingest
    from pipeline.settings import Settings

    settings = Settings(db=db, workers=workers, ocr_workers=1 if workers == 1 else workers)
    parts.clear()
    events.clear()
    server_before, own_before, children_before = server_cpu(), own_cpu(), children_cpu()
    started_epoch = time.time()
    T0[0] = time.perf_counter()
    run_ingest([inbox], settings)
    wall = time.perf_counter() - T0[0]
    own = own_cpu() - own_before
    ocr_cpu = children_cpu() - children_before
    server = server_cpu() - server_before
    at = dict(events)
    spans = worker_spans(started_epoch)
    extraction = (at["extraction start"], at["extraction end"])
    first_page = min(s[0][0] for s in spans.values())
    last_page = max(s[-1][1] for s in spans.values())
    per_worker = []
    for pid, rows in sorted(spans.items(), key=lambda item: item[1][0][0]):
        busy = sum(end - start for start, end, _, _ in rows)
        gaps = sum(max(0.0, b[0] - a[1]) for a, b in itertools.pairwise(rows))
        per_worker.append(
            {
                "pid": pid,
                "pages": len(rows),
                "first_page_s": round(rows[0][0], 2),
                "last_page_end_s": round(rows[-1][1], 2),
                "busy_s": round(busy, 2),
                "page_cpu_s": round(sum(c for _, _, c, _ in rows), 2),
                "idle_before_first_s": round(rows[0][0] - first_page, 2),
                "idle_between_pages_s": round(gaps, 2),
                "idle_tail_s": round(last_page - rows[-1][1], 2),
                "first_page_cpu_s": round(rows[0][2], 2),
            }
        )
    by_file: dict[int, list[float]] = defaultdict(list)  # the same sample's copies have the same size
    for rows in spans.values():
        for _, _, cpu, size in rows:
            by_file[int(size)].append(cpu)
    measured = {name: round(value, 2) for name, value in sorted(parts.items())}
    named = sum(v for k, v in parts.items() if k not in ("extract_file_all", "text_layers", "warm_up", "fields"))
    flow_parallel = parts["extract_file_all"] + parts["load"]
    serial_named = parts["plan"] + parts["link"] + parts["snapshot"]
    rest = own - named - parts["extract_file_all"]
    cores = 2
    parallel_cpu = ocr_cpu + flow_parallel + rest + server
    longest_worker = max(w["page_cpu_s"] for w in per_worker)
    return {
        "workers": workers,
        "wall_s": round(wall, 2),
        "flow_process_cpu_s": round(own, 2),
        "flow_process_parts_cpu_s": {**measured, "prefect_and_rest": round(rest, 2)},
        "ocr_processes_cpu_s": round(ocr_cpu, 2),
        "server_cpu_s": round(server, 2),
        "all_cpu_s": round(own + ocr_cpu + server, 2),
        "phases_s": {
            "plan_end": round(at["plan end"], 2),
            "extraction": [round(extraction[0], 2), round(extraction[1], 2)],
            "first_page_start": round(first_page, 2),
            "last_page_end": round(last_page, 2),
            "end": round(wall, 2),
        },
        "ocr_processes": per_worker,
        "page_cpu_s_by_file_size": {size: sorted(round(c, 2) for c in cpus) for size, cpus in sorted(by_file.items())},
        "model": {
            "serial_named_cpu_s": round(serial_named, 2),
            "parallel_cpu_s": round(parallel_cpu, 2),
            "critical_path_s": round(serial_named + max(longest_worker, parallel_cpu / cores), 2),
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=48)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--root", type=Path, default=HERE.parent, help="the checkout to import congvan from")
    parser.add_argument("--json-out", type=Path)
    options = parser.parse_args()
    sys.path.insert(0, str(options.root.resolve()))
    sys.path.insert(0, str(HERE))
    from flow_inbox import build_inbox

    from flows.ingest import run_ingest
    from pipeline.settings import Settings

    SPANS.mkdir(parents=True)
    instrument()
    (WORK / "empty").mkdir()
    run_ingest([WORK / "empty"], Settings(db=WORK / "warmup.duckdb"))  # Prefect's server started, untimed
    runs = []
    for workers in options.workers:
        inbox = WORK / f"inbox{workers}"
        files, pages = build_inbox(inbox, options.pages, f"w{workers}")
        runs.append({"files": files, "pages": pages, **run_once(inbox, workers, WORK / f"w{workers}.duckdb")})
    result = {
        "benchmark": "ingest flow timeline, 1 vs 2 workers",
        "root": str(options.root.resolve()),
        "load_average_1m": round(os.getloadavg()[0], 2),
        "runs": runs,
    }
    text = json.dumps(result, indent=1)
    print(text)
    if options.json_out:
        options.json_out.write_text(text + "\n", encoding="utf-8")
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()
