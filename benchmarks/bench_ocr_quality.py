"""OCR quality: character error rate against exact text, before/after normalisation, with/without
preprocessing, on clean and noisy pages.

Pages: our own renders of three fictional decisions (clean, and degraded: rotation, blur, speckle, JPEG),
plus the noisy scans of samples/eval with their ground-truth text when that set is present. Each page is
OCR'd once per preprocessing variant (tesseract `vie`, psm 3, `OMP_THREAD_LIMIT=1`); the text is the
page's text followed by its footnotes (the ground truth lists footnotes last).

Prints one JSON object. Usage: python benchmarks/bench_ocr_quality.py [--eval-docs N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time

os.environ["OMP_THREAD_LIMIT"] = "1"

from ocr_pages import cer, rendered_pages, sample_scans
from PIL import Image

from extractors.normalize import normalize_text
from extractors.text import preprocess
from extractors.text.layout import arrange_words
from extractors.text.ocr import ocr_image
from extractors.text.pdf import open_pdf, render_page

VARIANTS: dict[str, tuple[str, ...] | None] = {
    "none": None,
    "deskew": ("deskew",),
    "deskew+denoise": ("deskew", "denoise"),
    "deskew+denoise+binarize": ("deskew", "denoise", "binarize"),
}


def page_text(image: Image.Image, steps: tuple[str, ...] | None) -> str:
    if steps is not None:
        image = preprocess.clean(image, steps)
    result = ocr_image(image)
    layout, _ = arrange_words(result.words, result.width, result.height, rule_y=preprocess.find_footnote_rule(image))
    return "\n".join([*layout.lines, *layout.footnotes])


def scan_images(path) -> list[Image.Image]:
    if path.suffix == ".png":
        return [Image.open(path).convert("L")]
    document = open_pdf(path.read_bytes())
    return [render_page(document, index, 300) for index in range(len(document))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--eval-docs", type=int, default=6)
    args = parser.parse_args()
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
        for variant, steps in VARIANTS.items():
            raw_rates, normalized_rates = [], []
            for _name, images, truth in documents:
                raw = "\f".join(page_text(image, steps) for image in images)
                raw_rates.append(cer(raw, truth))
                normalized_rates.append(cer(normalize_text(raw), truth))
            results[set_name][variant] = {
                "cer_raw": round(statistics.fmean(raw_rates), 4),
                "cer_normalized": round(statistics.fmean(normalized_rates), 4),
            }
    best = {
        set_name: min(variants, key=lambda v: variants[v]["cer_normalized"]) for set_name, variants in results.items()
    }
    print(
        json.dumps(
            {
                "benchmark": "ocr_quality",
                "documents": {set_name: len(documents) for set_name, documents in sets.items()},
                "cer": results,
                "best_variant": best,
                "targets": {"clean": 0.02, "noisy": 0.05},
                "seconds": round(time.perf_counter() - started, 1),
                "note": "CER = edit distance / reference length after collapsing whitespace; shared 2-core machine",
            },
            ensure_ascii=False,
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
