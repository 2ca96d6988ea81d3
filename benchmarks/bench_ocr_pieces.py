"""Before and after, alternated page by page in one process: the OCR steps' pieces session 15 cut (issue 16).

`--baseline DIR` is another checkout (e.g. `git archive` of the session's start into /tmp/before); its
`extractors.text` modules are loaded beside this checkout's under other names, and each piece runs on the
same input with one, then the other, page after page (CPU seconds by `time.process_time`, this process only):
- `estimate_skew` and `find_footnote_rule` on every page of samples/eval's and eval_holdout's PNG scans, and
  each again tilted by 2.2° (their answers must be equal: the script stops otherwise);
- the TSV of a page's read turned into words (`ocr_image`'s work after tesseract's), on the TSV tesseract gave
  for each of the first `--tsv-pages` pages (read once, through the checkout's library);
- rendering each page of `--pdfs` (default: samples/eval's scanned PDFs) as the OCR processes render it
  (`pdf.render_pixels`; a gray scanner's JPEG is decoded, not rendered, after: other pixels, so only its time).
Prints one JSON object: per piece, the pages measured and the mean CPU ms a page before and after.
Usage: python benchmarks/bench_ocr_pieces.py --baseline /tmp/before [--pdfs FILE …] [--tsv-pages 8]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Any

import cv2
import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.text import libtesseract, ocr, pdf, preprocess  # noqa: E402


def load(checkout: Path, module: str) -> ModuleType:
    """`extractors.text.<module>` of `checkout`, under a name of its own (its imports resolve to this one)."""
    name = f"baseline_{module}"
    spec = importlib.util.spec_from_file_location(name, checkout / "extractors" / "text" / f"{module}.py")
    assert spec is not None and spec.loader is not None
    loaded = importlib.util.module_from_spec(spec)
    sys.modules[name] = loaded  # dataclasses look their module up
    spec.loader.exec_module(loaded)
    return loaded


def cpu(function: Callable[[], Any]) -> tuple[float, Any]:
    before = time.process_time()
    result = function()
    return time.process_time() - before, result


def alternated(pieces: dict[str, list[tuple[Callable[[], Any], Callable[[], Any], bool]]]) -> dict[str, Any]:
    """Each piece's (before, after, same answer required) calls, run one after the other, page by page."""
    figures = {}
    for name, calls in pieces.items():
        spent = [0.0, 0.0]
        for before, after, same in calls:
            took, answer = cpu(before)
            spent[0] += took
            took, result = cpu(after)
            spent[1] += took
            if same and answer != result:
                raise SystemExit(f"{name}: the answers differ ({answer!r} against {result!r})")
        figures[name] = {
            "pages": len(calls),
            "before_ms": round(spent[0] / len(calls) * 1000, 2),
            "after_ms": round(spent[1] / len(calls) * 1000, 2),
        }
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, required=True)
    parser.add_argument("--pdfs", type=Path, nargs="*")
    parser.add_argument("--tsv-pages", type=int, default=8)
    args = parser.parse_args()
    old_preprocess, old_ocr, old_pdf = (load(args.baseline, name) for name in ("preprocess", "ocr", "pdf"))
    scans = sorted(ROOT.glob("samples/eval/*.scan.png")) + sorted(ROOT.glob("samples/eval_holdout/*.scan.png"))
    pages = []
    for scan in scans:
        gray = np.asarray(Image.open(scan).convert("L"))
        tilt = preprocess.rotation(gray.shape, 2.2)
        pages += [gray, cv2.warpAffine(gray, tilt, (gray.shape[1], gray.shape[0]), borderValue=(255,))]
    tsvs = [
        libtesseract.read_tsv(
            page, tessdata=ocr._tessdata_dir(), language="vie", segmentation=3, resolution=ocr.COMMAND_RESOLUTION
        )
        for page in pages[: 2 * args.tsv_pages : 2]
    ]

    def old_words(tsv: str) -> Any:
        data = old_ocr._table(tsv)
        data["conf"] = [str(int(float(conf))) for conf in data["conf"]]
        return old_ocr.words_from_data(data), old_ocr._mean_confidence(data)

    pdfs = args.pdfs or sorted(ROOT.glob("samples/eval/*.scan.pdf"))
    documents = [pdf.open_pdf(path.read_bytes()) for path in pdfs]
    rendered = [(document, index) for document in documents for index in range(len(document))]
    new_words = partial(ocr._words, whole_percents=True)
    figures = alternated(
        {
            "estimate_skew": [
                (partial(old_preprocess.estimate_skew, p), partial(preprocess.estimate_skew, p), True) for p in pages
            ],
            "find_footnote_rule": [
                (partial(old_preprocess.find_footnote_rule, p), partial(preprocess.find_footnote_rule, p), True)
                for p in pages
            ],
            "tsv_to_words": [(partial(old_words, t), partial(new_words, ocr._tsv_rows(t)), True) for t in tsvs],
            "render_pixels": [
                (
                    partial(old_pdf.render_pixels, d, i, 300, 200_000_000),
                    partial(pdf.render_pixels, d, i, 300, 200_000_000),
                    False,
                )
                for d, i in rendered
            ],
        }
    )
    for document in documents:
        pdf.close_pdf(document)
    print(json.dumps({"benchmark": "ocr_pieces", "load_average_1min": round(os.getloadavg()[0], 2), **figures}))


if __name__ == "__main__":
    main()
