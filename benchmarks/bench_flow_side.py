"""The flow process's CPU per scanned document, outside OCR, before and after in one run; prints JSON.

With two workers on two cores, everything the flow process does per document (the pages as they come back
from the OCR processes, normalisation, the fields, pickling the task's result, loading) takes CPU from the
OCR processes, while with one worker it runs beside them on the second core: it is what keeps 2 workers
from 2x (docs/scaling.md, "Two workers"). Measured here without OCR: four bundled scans are OCR'd once,
then `--documents` documents are extracted from those pages (unpickled, as from the page pool) and loaded
in batches of `load_batch`, each with its own sha256. Each checkout runs as a child process, alternated
`--rounds` times, CPU seconds per document of that process (OCR excluded).

Usage: .venv/bin/python benchmarks/bench_flow_side.py [--baseline CHECKOUT] [--documents 48] [--rounds 2]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "documents"
SCANS = (
    "qd-689-QD-UBND-han-quoc.png",
    "bc-512-han-quoc.pdf",
    "cv-1186-UBND-NC-quan-ly-doan-ra.png",
    "qd-152-QD-UBND-nhat-ban.pdf",
)


def measure(documents: int) -> float:
    """In this process (the checkout to measure first on sys.path): CPU-ms per document."""
    import pickle
    import tempfile
    import time

    import flows  # noqa: F401  (the flows' environment: OMP_THREAD_LIMIT)
    from pipeline.ingest import extract
    from pipeline.settings import Settings
    from pipeline.store.connection import open_db
    from pipeline.store.documents import load_documents

    settings = Settings(workers=1, ocr_workers=1)
    read: dict[tuple[int, tuple[int, ...]], bytes] = {}
    ocr_pages = extract.ocr_pages

    def pages_once(job, indices, workers, errors):  # type: ignore[no-untyped-def]
        key = (len(job.data), tuple(indices))
        if key not in read:
            read[key] = pickle.dumps(list(ocr_pages(job, indices, 1, errors)))
        return iter(pickle.loads(read[key]))  # as the page pool's results arrive: unpickled

    extract.ocr_pages = pages_once  # type: ignore[assignment]
    for name in SCANS:  # OCR once; the extractors' one-off set-up done
        extract.extract_file(SAMPLES / name, settings)
    con = open_db(Path(tempfile.mkdtemp(prefix="flow-side-")) / "x.duckdb")
    batch = []
    started = time.process_time()
    for number in range(documents):
        document = extract.extract_file(SAMPLES / SCANS[number % len(SCANS)], settings)
        source = document.source.model_copy(update={"sha256": f"{number:064d}", "path": f"/inbox/{number}"})
        document = document.model_copy(update={"source": source})
        pickle.dumps(document)  # the task's result, persisted by Prefect
        batch.append(document)
        if len(batch) == settings.load_batch:
            load_documents(con, batch)
            batch.clear()
    load_documents(con, batch)
    return 1000 * (time.process_time() - started) / documents


def run_child(checkout: Path, documents: int) -> float:
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    code = f"import sys; sys.path.insert(0, {str(checkout)!r}); sys.path.insert(1, {str(ROOT / 'benchmarks')!r}); "
    code += f"from bench_flow_side import measure; print(measure({documents}))"
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return round(float(done.stdout.strip().splitlines()[-1]), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, help="another checkout, measured alternately with this one")
    parser.add_argument("--documents", type=int, default=48)
    parser.add_argument("--rounds", type=int, default=2)
    options = parser.parse_args()
    checkouts = {"this": ROOT, **({"baseline": options.baseline.resolve()} if options.baseline else {})}
    figures: dict[str, list[float]] = {name: [] for name in checkouts}
    for _ in range(options.rounds):
        for name, checkout in sorted(checkouts.items()):  # baseline first in each round
            figures[name].append(run_child(checkout, options.documents))
    result = {
        "benchmark": "flow process CPU per scanned document outside OCR (ms)",
        "documents": options.documents,
        "cpu_ms_per_document": figures,
        "load_average_1m": round(os.getloadavg()[0], 2),
    }
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
