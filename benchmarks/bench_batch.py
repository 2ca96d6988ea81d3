"""A batch of scans as a user runs it, against raw tesseract on the same pages in the same run; prints JSON.

Inputs (generated in a temporary folder, never committed): `--files` scanned PDFs (default 8) of `--pages`
pages each (default 12), fictional decisions rendered at 300 dpi and degraded like a cheap scanner
(`scan_batch.py`), every page also saved as a PNG. Every figure is the wall time of child processes, start-up
and exit included:
- `raw`: `tesseract PAGE.png stdout -l vie`, OMP_THREAD_LIMIT=1, two at a time, over every page's PNG;
- `extract`: `congvan extract *.pdf --json`;
- `ingest`: `congvan ingest *.pdf --db fresh.duckdb` with a standing Prefect server (the way congvan is
  meant to run; the server's own start-up is timed apart), and `ingest_temporary_server` with none (Prefect
  starts its temporary one);
- one file: raw tesseract over its pages (two at a time), then `congvan ingest one.pdf` (standing server),
  its CPU also split per process (`process_timeline.py`): the command's own, the OCR processes', and when
  those started.
No run profits from another's work: each ingest has its own database and its own (empty) result cache.
CPU seconds (children: tesseract, OCR workers, servers excluded) are printed beside wall times: on a shared
machine they move far less than wall time. Targets: extract ≤ 1.10x raw, ingest ≤ 1.20x raw, one file
≤ raw + 2 s.

`--split`: one more `extract` of the batch, untimed, sampled per process (`process_timeline.py`, every 0.1 s):
the command's own CPU against its OCR processes' (`extract_split`, and the baseline's beside it), to show
where `extract`'s CPU over raw goes (the sampling is kept out of the timed runs).

`--baseline DIR` (another checkout, e.g. `git worktree add /tmp/before main`) also runs `extract`, the
standing-server `ingest` and the one-file ingest with that checkout first on the path, each right after this
checkout's, as `baseline` in the JSON: before and after in the same run. Python writes bytecode as it does for
a user (PYTHONDONTWRITEBYTECODE is dropped); each checkout's first, untimed run compiles it.

Prints one JSON object and writes it to docs/benchmarks/batch.json.
Usage: .venv/bin/python benchmarks/bench_batch.py [--files 8] [--pages 12] [--baseline DIR] [--split]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb
from prefect_server import BIN, ROOT, isolated_env, publish, standing_server
from process_timeline import sample
from scan_batch import build_batch

OUTPUT = ROOT / "docs" / "benchmarks" / "batch.json"
CONGVAN = str(BIN / "congvan")


def children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def timed(action) -> dict[str, float]:  # type: ignore[no-untyped-def]
    cpu, started = children_cpu(), time.perf_counter()
    action()
    return {"wall_s": round(time.perf_counter() - started, 2), "cpu_s": round(children_cpu() - cpu, 2)}


def raw_tesseract(pngs: list[Path], env: dict[str, str]) -> None:
    def one(png: Path) -> None:
        command = ["tesseract", str(png), "stdout", "-l", "vie"]
        subprocess.run(command, check=True, capture_output=True, env=env)

    with ThreadPoolExecutor(2) as pool:
        list(pool.map(one, pngs))


def congvan(arguments: list[str], env: dict[str, str], cwd: Path, *, standing: bool = False) -> str:
    """`congvan ARGUMENTS` as a child process; its stdout."""
    done = subprocess.run([CONGVAN, *arguments], capture_output=True, text=True, env=env, cwd=cwd)
    if done.returncode != 0:
        raise SystemExit(f"congvan {arguments[0]} failed ({done.returncode}): {done.stderr[-2000:]}")
    if standing and "temporary server" in done.stderr:
        raise SystemExit("congvan started a temporary server where the standing one was meant to be used")
    return done.stdout


def one_file_ingest(pdf: str, db: str, env: dict[str, str], cwd: Path) -> dict[str, object]:
    """`congvan ingest PDF` timed as `timed` does, its CPU also split per process (`process_timeline`): the
    command's own, the OCR processes' (tesseract included), when they started and what the command had spent
    by then (its serial start-up; the standing server's CPU is not counted)."""
    with tempfile.TemporaryFile("w+") as errors:
        cpu, started = children_cpu(), time.perf_counter()
        split = sample(
            [CONGVAN, "ingest", pdf, "--db", db], 0.1, None, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=errors
        )
        figures = {"wall_s": round(time.perf_counter() - started, 2), "cpu_s": round(children_cpu() - cpu, 2)}
        errors.seek(0)
        if split["exit"] != 0 or "temporary server" in errors.read():
            raise SystemExit(f"congvan ingest {pdf} failed or started a temporary server: {split}")
    keys = ("command_own_cpu_s", "workers_cpu_s", "workers_started_s", "command_cpu_before_workers_s")
    return figures | {key: split[key] for key in keys}


def split_extract(pdfs: list[str], env: dict[str, str], cwd: Path) -> dict[str, object]:
    """`congvan extract PDFS --json` sampled per process (`process_timeline`): the command's own CPU (imports,
    the extractors' warm-up, fields, JSON) and its OCR processes' (rendering, clean-up, tesseract, name lines,
    digits)."""
    split = sample([CONGVAN, "extract", *pdfs, "--json"], 0.1, None, env=env, cwd=cwd, stdout=subprocess.DEVNULL)
    if split["exit"] != 0:
        raise SystemExit(f"congvan extract failed: {split}")
    keys = ("wall_s", "command_own_cpu_s", "workers_cpu_s", "workers_started_s", "command_cpu_before_workers_s")
    return {key: split[key] for key in keys}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=8)
    parser.add_argument("--pages", type=int, default=12)
    parser.add_argument("--baseline", type=Path, help="another checkout, timed beside this one")
    parser.add_argument("--split", action="store_true", help="one more extract, untimed, its CPU split per process")
    options = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-batch-"))
    env = {k: v for k, v in isolated_env(work).items() if k != "PYTHONDONTWRITEBYTECODE"}
    base_env = env | {"PYTHONPATH": str(options.baseline.resolve())} if options.baseline else None
    baseline: dict[str, object] = {}
    load_before = os.getloadavg()[0]
    batch = build_batch(work / "scans", options.files, options.pages)
    pdfs = [str(pdf) for pdf in batch.pdfs]
    runs = {"n": 0}

    def fresh(name: str, base: dict[str, str] = env) -> dict[str, str]:
        """A result cache of its own for each ingest (no run reads another's extractions)."""
        runs["n"] += 1
        return base | {"PREFECT_LOCAL_STORAGE_PATH": str(work / f"results-{name}-{runs['n']}")}

    def documents(db: Path) -> int:
        with duckdb.connect(str(db), read_only=True) as con:
            row = con.execute("SELECT count(*) FROM documents").fetchone()
        return int(row[0]) if row else 0

    # Once per machine, untimed: Prefect's database in the fresh home created and migrated, and each checkout's
    # bytecode and place index (kept in the user's cache) built by extracting one text.
    (work / "empty").mkdir()
    first_use = timed(lambda: congvan(["ingest", str(work / "empty"), "--db", "warm.duckdb"], env, work))
    figures: dict[str, object] = {"prefect_home_first_use": first_use}
    for first_env in [env, base_env] if base_env else [env]:
        congvan(["extract", str(ROOT / "samples" / "documents" / "cv-1777-SNV-VP-script.txt")], first_env, work)
    if base_env:
        baseline["first_use"] = timed(
            lambda: congvan(["ingest", str(work / "empty"), "--db", "warm0.duckdb"], base_env, work)
        )

    figures["raw"] = timed(lambda: raw_tesseract(batch.pngs, env))
    lines: list[str] = []
    figures["extract"] = timed(lambda: lines.extend(congvan(["extract", *pdfs, "--json"], env, work).splitlines()))
    if base_env:
        baseline["extract"] = timed(lambda: congvan(["extract", *pdfs, "--json"], base_env, work))
    if options.split:
        figures["extract_split"] = split_extract(pdfs, env, work)
        if base_env:
            baseline["extract_split"] = split_extract(pdfs, base_env, work)
    statuses = [json.loads(line)["status"] for line in lines]
    figures["ingest_temporary_server"] = timed(
        lambda: congvan(["ingest", *pdfs, "--db", "temporary.duckdb"], fresh("temporary"), work)
    )
    one_pdf, one_pngs = pdfs[0], batch.pngs[: options.pages]
    with standing_server(env) as start_s:
        figures["standing_server_start_s"] = round(start_s, 2)
        figures["ingest"] = timed(
            lambda: congvan(["ingest", *pdfs, "--db", "fresh.duckdb"], fresh("batch"), work, standing=True)
        )
        if base_env:
            baseline["ingest"] = timed(
                lambda: congvan(["ingest", *pdfs, "--db", "b.duckdb"], fresh("b", base_env), work, standing=True)
            )
        figures["one_file_raw"] = timed(lambda: raw_tesseract(one_pngs, env))
        figures["one_file_ingest"] = one_file_ingest(one_pdf, "one.duckdb", fresh("one"), work)
        if base_env:
            baseline["one_file_ingest"] = one_file_ingest(one_pdf, "b1.duckdb", fresh("b1", base_env), work)
    raw = figures["raw"]["wall_s"]  # type: ignore[index]
    if base_env:
        figures["baseline"] = {"checkout": str(options.baseline), **baseline}
    result = {
        "benchmark": "batch of scans as a user runs it: raw tesseract vs congvan extract vs congvan ingest",
        "cpu_count": os.cpu_count(),
        "files": options.files,
        "pages_per_file": options.pages,
        "pages": len(batch.pngs),
        "load_average_1m": {"before": round(load_before, 2), "after": round(os.getloadavg()[0], 2)},
        **figures,
        "extract_vs_raw": round(figures["extract"]["wall_s"] / raw, 3),  # type: ignore[index]
        "ingest_vs_raw": round(figures["ingest"]["wall_s"] / raw, 3),  # type: ignore[index]
        "ingest_temporary_server_vs_raw": round(figures["ingest_temporary_server"]["wall_s"] / raw, 3),  # type: ignore[index]
        "one_file_ingest_minus_raw_s": round(
            figures["one_file_ingest"]["wall_s"] - figures["one_file_raw"]["wall_s"],  # type: ignore[index]
            2,
        ),
        "extracted_ok": statuses.count("ok"),
        "documents_loaded": {name: documents(work / f"{name}.duckdb") for name in ("fresh", "temporary", "one")},
        "targets": {"extract_vs_raw": "<= 1.10", "ingest_vs_raw": "<= 1.20", "one_file_ingest_minus_raw_s": "<= 2"},
    }
    publish(result, OUTPUT, work)


if __name__ == "__main__":
    main()
