"""OCR quality: character error rate against exact text, before/after normalisation, with/without
preprocessing, on clean and noisy pages.

Variants: no preprocessing (tesseract gets the grayscale page), deskew alone, deskew with each candidate
denoiser (3x3 median — the default —, bilateral, morphological close+open, and with `--nlmeans` opencv's
non-local means, 4-8 s a page), and the default plus our own binarisation; each with its preprocessing
seconds per page.

Pages: our own renders of three fictional decisions (clean, and degraded: rotation, blur, speckle, JPEG),
plus the noisy scans of samples/eval with their ground-truth text when that set is present. Each page is
OCR'd once per preprocessing variant (tesseract `vie`, psm 3, `OMP_THREAD_LIMIT=1`); the text is the
page's text followed by its footnotes (the ground truth lists footnotes last).

Prints one JSON object. Usage: python benchmarks/bench_ocr_quality.py [--eval-docs N] [--nlmeans]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections.abc import Callable

os.environ["OMP_THREAD_LIMIT"] = "1"

import cv2
import numpy as np
from ocr_pages import cer, rendered_pages, sample_scans
from PIL import Image

from extractors.normalize import normalize_text
from extractors.text import preprocess
from extractors.text.layout import arrange_words
from extractors.text.ocr import ocr_image
from extractors.text.pdf import open_pdf, render_page

Preparation = Callable[[np.ndarray], np.ndarray]
_SQUARE = np.ones((2, 2), np.uint8)
VARIANTS: dict[str, Preparation] = {
    "none": lambda gray: gray,
    "deskew": preprocess.deskew,
    "deskew+median": lambda gray: preprocess.clean_gray(gray, ("deskew", "denoise")),
    "flatten+deskew+median+despeckle (default)": lambda gray: preprocess.clean_gray(gray, preprocess.DEFAULT_STEPS),
    "default without despeckle": lambda gray: preprocess.clean_gray(
        gray, tuple(step for step in preprocess.DEFAULT_STEPS if step != "despeckle")
    ),
    "deskew+bilateral": lambda gray: cv2.bilateralFilter(preprocess.deskew(gray), 5, 40, 5),
    "deskew+morphological": lambda gray: cv2.morphologyEx(
        cv2.morphologyEx(preprocess.deskew(gray), cv2.MORPH_CLOSE, _SQUARE), cv2.MORPH_OPEN, _SQUARE
    ),
    "default+binarize": lambda gray: preprocess.clean_gray(gray, (*preprocess.DEFAULT_STEPS, "binarize")),
}
NLMEANS: Preparation = lambda gray: cv2.fastNlMeansDenoising(preprocess.deskew(gray), None, 10, 7, 21)  # noqa: E731


def page_text(gray: np.ndarray) -> str:
    """What the pipeline reads from prepared pixels: one OCR call, layout, footnotes last."""
    result = ocr_image(Image.fromarray(gray))
    layout, _ = arrange_words(result.words, result.width, result.height, rule_y=preprocess.find_footnote_rule(gray))
    return "\n".join([*layout.lines, *layout.footnotes])


def scan_images(path) -> list[Image.Image]:
    if path.suffix == ".png":
        return [Image.open(path).convert("L")]
    document = open_pdf(path.read_bytes())
    return [render_page(document, index, 300, 500_000_000) for index in range(len(document))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--eval-docs", type=int, default=6)
    parser.add_argument("--nlmeans", action="store_true", help="also non-local means (4-8 s a page)")
    args = parser.parse_args()
    variants = {**VARIANTS, **({"deskew+nlmeans": NLMEANS} if args.nlmeans else {})}
    sets: dict[str, list[tuple[str, list[Image.Image], str]]] = {
        "render-clean": [(n, [i], t) for n, i, t in rendered_pages(noisy=False)],
        "render-noisy": [(n, [i], t) for n, i, t in rendered_pages(noisy=True)],
    }
    scans = sample_scans(args.eval_docs)
    if scans:
        sets["samples-eval-noisy"] = [(name, scan_images(path), truth) for name, path, truth in scans]
    started = time.perf_counter()
    results: dict[str, dict[str, dict[str, float]]] = {}
    for set_name, documents in sets.items():
        results[set_name] = {}
        for variant, prepare in variants.items():
            raw_rates, normalized_rates, seconds, pages = [], [], 0.0, 0
            for _name, images, truth in documents:
                texts = []
                for image in images:
                    gray = preprocess.to_gray(image)
                    begun = time.perf_counter()
                    prepared = prepare(gray)
                    seconds += time.perf_counter() - begun
                    pages += 1
                    texts.append(page_text(prepared))
                raw = "\f".join(texts)
                raw_rates.append(cer(raw, truth))
                normalized_rates.append(cer(normalize_text(raw), truth))
            results[set_name][variant] = {
                "cer_raw": round(statistics.fmean(raw_rates), 4),
                "cer_normalized": round(statistics.fmean(normalized_rates), 4),
                "preprocess_seconds_per_page": round(seconds / max(1, pages), 3),
            }
    best = {
        set_name: min(variants, key=lambda v: variants[v]["cer_normalized"]) for set_name, variants in results.items()
    }
    print(
        json.dumps(
            {
                "benchmark": "ocr_quality",
                "documents": {set_name: len(documents) for set_name, documents in sets.items()},
                "pages": {
                    set_name: sum(len(images) for _, images, _ in documents) for set_name, documents in sets.items()
                },
                "cer": results,
                "best_variant": best,
                "targets": {"clean": 0.02, "noisy": 0.05},
                "seconds": round(time.perf_counter() - started, 1),
                "load_average_1min": round(os.getloadavg()[0], 2),
                "note": "CER = edit distance / reference length after collapsing whitespace; shared 2-core machine",
            },
            ensure_ascii=False,
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
