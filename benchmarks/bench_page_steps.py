"""Where a page's OCR CPU goes: each step of `scan.ocr_page`, beside raw tesseract on the same page (issue 16).

Pages: bench_batch.py's kind (a fictional decision rendered at 300 dpi and degraded like a cheap gray scanner,
`scan_batch.py`; page 1 and a page 2), bench_real_paperwork.py's synthetic colour pages (stamped: seal,
signature, blue digits, incoming stamp; clean; the sealed page as a grayscale scan, whose signature block the
seal hides), and with `--real FILE:PAGE …` pages of real scans rendered as
congvan renders them (read for measuring only; nothing is written). For each page, the fastest of `--rounds`:
- `total`: `ocr_page` in this process (page 1's digit reader and tesseract's libraries loaded before); for
  the bench_batch pages, rendering included: they are saved as one-page image-only PDFs as bench_batch.py's
  scans are, and rendered as the OCR processes render them (`pdf.render_pixels`, else `render_page`);
- its steps, timed by wrapping the functions `scan.ocr_page` calls: `inks.separate`, `clean_page`,
  `find_footnote_rule`, `find_grids` and `erase` (ruled tables: not issue 11's work, though inside
  bench_real_paperwork.py's added share), `ocr_image` (tesseract's page read), `reread_lost_block`,
  `reread_name_line`, `arrange_words`, the stamps' reads, the hand-filled slots' digit reading; `other` is
  the rest (the `Page`);
- nested inside two steps, apart (`step.tesseract`: tesseract's own read inside `ocr_image` and
  `reread_name_line`; the step's figure less it is the step's own Python);
- `raw`: the `tesseract` command on the page saved as a PNG (`tesseract PAGE.png stdout -l vie`, as
  bench_batch.py's raw figure: it reads pre-rendered PNGs).
CPU seconds of this process and its children. The code measured is the checkout PYTHONPATH names, else this
one: before/after a change, run this file alternately with `PYTHONPATH=/tmp/before` and `PYTHONPATH=$PWD`
(it only calls `ocr_page` and the functions it wraps, so it measures an older checkout as well).

Prints one JSON object (per page: CPU seconds by step, and `over_raw` = total / raw - 1).
Usage: python benchmarks/bench_page_steps.py [--rounds 3] [--real rs_03_89_QD_CT.pdf:0 …] [--scans DIR]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

os.environ["OMP_THREAD_LIMIT"] = "1"
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # else the checkout PYTHONPATH names

import numpy as np
import pypdfium2
from PIL import Image

from extractors.text import ocr as scan_ocr
from extractors.text import pdf as pdf_reader
from extractors.text import scan, signer_line
from extractors.text.handwriting import read_digits
from extractors.text.ocr import read_line
from tests.scanpaper import decision_page

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cpu_time import cpu_seconds
from scan_batch import LETTERS, degrade, render_letter  # after the code measured is imported

STEPS = {
    pdf_reader: ["render_page", "render_pixels"],
    scan.inks: ["separate"],
    scan.preprocess: ["clean_page", "find_footnote_rule"],
    scan: ["ocr_image", "reread_lost_block", "reread_name_line", "arrange_words", "_stamp_texts", "read_slots"],
}
if hasattr(scan, "grid"):  # older checkouts read no ruled tables
    STEPS[scan.grid] = ["find_grids", "erase"]
NESTED = {
    scan_ocr.libtesseract: [("read_tsv", "ocr_image.tesseract")],  # the rest of `ocr_image`: the TSV → words
    signer_line: [("read_line", "reread_name_line.tesseract")],  # the rest: finding the line, cropping it
}
"""Pieces inside a step, reported apart and left out of `other` (their step already counts them)."""
spent: dict[str, float] = defaultdict(float)


def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def step(*args: Any, **kwargs: Any) -> Any:
        before = cpu_seconds()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += cpu_seconds() - before

    return step


def pages(real: list[str], scans: Path) -> Iterator[tuple[str, Image.Image, int, Any]]:
    """(label, page image, page number, the page as a one-page image-only PDF, opened, when it is read as one)."""
    for label, letter, seed, angle, number in (("batch_page1", 0, 1, 0.4, 1), ("batch_page2", 1, 2, 0.5, 2)):
        image = degrade(render_letter(LETTERS[letter])[0], seed=seed, angle=angle)
        pdf = io.BytesIO()
        image.save(pdf, format="PDF", resolution=300, quality=75)  # as bench_batch.py's scans (scan_batch.py)
        document = pdf_reader.open_pdf(pdf.getvalue())
        yield label, image, number, document
        pdf_reader.close_pdf(document)
    yield "synthetic_stamped", decision_page(number="89", day="16", seal=True, incoming=True)[0], 1, None
    yield "synthetic_clean", decision_page()[0], 1, None
    yield "synthetic_gray_sealed", decision_page(number="89", day="16", seal=True)[0].convert("L"), 1, None
    for name in real:
        file, index = name.rsplit(":", 1)
        document = pypdfium2.PdfDocument(scans / file)
        yield name, pdf_reader.render_page(document, int(index), 300, 200_000_000), int(index) + 1, None
        document.close()


def rendered(document: Any) -> Any:
    """The page as the OCR processes render it for `ocr_page` (`render_pixels` where the checkout has it)."""
    return getattr(pdf_reader, "render_pixels", pdf_reader.render_page)(document, 0, 300, 200_000_000)


def raw(image: Image.Image) -> float:
    with tempfile.TemporaryDirectory() as folder:
        png = Path(folder) / "page.png"
        image.save(png)
        before = cpu_seconds()
        subprocess.run(["tesseract", str(png), "stdout", "-l", "vie"], capture_output=True, check=True)
        return cpu_seconds() - before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--real", nargs="*", default=[], help="FILE:PAGE (0-based) of real scans to measure too")
    parser.add_argument("--scans", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "real-scans")
    args = parser.parse_args()
    for module, names in STEPS.items():
        for name in filter(lambda name, module=module: hasattr(module, name), names):  # older checkouts lack some
            setattr(module, name, timed(name, getattr(module, name)))
    for module, pairs in NESTED.items():
        for name, label in pairs:
            setattr(module, name, timed(label, getattr(module, name)))
    read_digits([np.full((48, 120), 255, np.uint8)])  # the one-off loads, once per process: not a page's cost
    read_line(Image.new("L", (200, 40), 255))
    figures: dict[str, dict[str, float]] = {}
    for label, image, number, pdf in pages(args.real, args.scans):
        best: dict[str, float] = {}
        for _ in range(args.rounds):
            spent.clear()
            before = cpu_seconds()
            scan.ocr_page(image if pdf is None else rendered(pdf), number)
            row = {"total": cpu_seconds() - before, **spent}
            row["other"] = row["total"] - sum(value for key, value in spent.items() if "." not in key)
            row["raw"] = raw(image)
            best = {key: min(best.get(key, value), value) for key, value in row.items()}
        figures[label] = {key: round(value, 3) for key, value in best.items()}
        figures[label]["over_raw"] = round(best["total"] / best["raw"] - 1, 3)
    result = {
        "benchmark": "page_steps",
        "rounds": args.rounds,
        "load_average_1min": round(os.getloadavg()[0], 2),
        "cpu_seconds": figures,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
