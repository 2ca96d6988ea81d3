"""Peak memory of extracting a 50-page scanned PDF (target: under 1 GiB), pages streamed.

The PDF (fictional decisions rendered at 300 dpi and degraded, 50 image pages) is written first; then
`congvan extract` runs on it in a child process while the resident memory of that process and all its
children (the OCR workers) is sampled every 50 ms. Baseline in the same run: the memory that holding every
page image of the PDF at once would take (what a non-streaming reader needs before OCR starts).

Prints one JSON object. Usage: python benchmarks/bench_ocr_memory.py [--pages 50] [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
from ocr_pages import LETTERS, degrade, render_letter

ROOT = Path(__file__).resolve().parent.parent


def write_pdf(path: Path, pages: int) -> int:
    """A scanned PDF of `pages` pages made from a few distinct degraded renders; returns one page's bytes."""
    distinct = [degrade(render_letter(letter)[0], seed=index) for index, letter in enumerate(LETTERS)]
    sequence = [distinct[i % len(distinct)] for i in range(pages)]
    sequence[0].save(path, format="PDF", save_all=True, append_images=sequence[1:], resolution=300, quality=60)
    return distinct[0].width * distinct[0].height  # bytes of one decoded 8-bit page


def tree_rss(process: psutil.Process) -> int:
    total = 0
    for member in [process, *process.children(recursive=True)]:
        try:
            total += member.memory_info().rss
        except psutil.NoSuchProcess:
            continue
    return total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "scan-50.pdf"
        page_bytes = write_pdf(pdf, args.pages)
        env = {**os.environ, "OMP_THREAD_LIMIT": "1", "CONGVAN_OCR_WORKERS": str(args.workers)}
        command = [str(Path(sys.executable).parent / "congvan"), "extract", str(pdf), "--json"]
        started = time.perf_counter()
        output, errors = Path(folder) / "out.jsonl", Path(folder) / "err.txt"
        with output.open("wb") as out, errors.open("wb") as err:  # files, not pipes: the JSON is megabytes
            child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=err)
            watched = psutil.Process(child.pid)
            peak = 0
            while child.poll() is None:
                peak = max(peak, tree_rss(watched))
                time.sleep(0.05)
        seconds = time.perf_counter() - started
        document = json.loads(output.read_text(encoding="utf-8").splitlines()[0])
        print(
            json.dumps(
                {
                    "benchmark": "ocr_memory",
                    "pages": args.pages,
                    "pdf_megabytes": round(pdf.stat().st_size / 2**20, 1),
                    "workers": args.workers,
                    "status": document["status"],
                    "pages_extracted": document["source"]["pages"],
                    "peak_rss_mib_all_processes": round(peak / 2**20, 1),
                    "baseline_all_page_images_mib": round(page_bytes * args.pages / 2**20, 1),
                    "seconds": round(seconds, 1),
                    "pages_per_second": round(args.pages / seconds, 3),
                    "load_average_1min": round(os.getloadavg()[0], 2),
                    "target_mib": 1024,
                    "exit_status": child.returncode,
                    "stderr": errors.read_text(encoding="utf-8")[-300:],
                    "note": "RSS summed over the CLI process and its OCR worker processes, sampled every 50 ms; "
                    "shared 2-core machine",
                },
                indent=2,
            )
        )


if __name__ == "__main__":
    main()
