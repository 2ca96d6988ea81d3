"""A gray scan page's way from pdfium to tesseract: as an image, or as an array throughout (issue 16).

Before (78e8469), a gray page was rendered into a PIL image, turned into an array for the clean-up
(`np.asarray`: Pillow's `tobytes`) and back into an image whose bytes were given to tesseract (`tobytes`
again); now it stays an array (`pdf.render_pixels`, `ocr.ocr_image` reading the array's memory). Both ways
are timed here, alternated in one process on a page of bench_batch.py's kind (a fictional decision at 300
dpi, degraded like a cheap gray scanner, saved as an image-only PDF): rendering included, tesseract not.
Prints one JSON object: CPU milliseconds a page, min and median of `--rounds`.
Usage: python benchmarks/bench_page_plumbing.py [--rounds 15]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np
from PIL import Image

from extractors.text import pdf as pdf_reader

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scan_batch import LETTERS, degrade, render_letter


def cpu_seconds() -> float:
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    options = parser.parse_args()
    buffer = io.BytesIO()
    degrade(render_letter(LETTERS[0])[0], seed=1, angle=0.4).save(buffer, format="PDF", resolution=300, quality=75)
    document = pdf_reader.open_pdf(buffer.getvalue())

    def as_image() -> bytes:
        gray = np.asarray(pdf_reader.render_page(document, 0, 300, 200_000_000))  # inks.separate
        return Image.fromarray(gray).tobytes()  # the page's bytes for tesseract

    def as_array() -> np.ndarray:
        return np.ascontiguousarray(pdf_reader.render_pixels(document, 0, 300, 200_000_000))

    spent: dict[str, list[float]] = {"image": [], "array": []}
    for _ in range(options.rounds):
        for name, way in (("image", as_image), ("array", as_array)):
            before = cpu_seconds()
            way()
            spent[name].append(cpu_seconds() - before)
    pdf_reader.close_pdf(document)
    result = {
        "benchmark": "page_plumbing",
        "rounds": options.rounds,
        "load_average_1min": round(os.getloadavg()[0], 2),
        "cpu_ms_per_page": {
            name: {"min": round(1000 * min(values), 1), "median": round(1000 * statistics.median(values), 1)}
            for name, values in spent.items()
        },
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
