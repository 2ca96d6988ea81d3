"""Regenerate every sample: `python -m samples.tools.generate [--eval-only] [--no-scans]`.

Writes samples/documents/ (the bundled demo set), samples/ground_truth/ (its truth, kept out of the
input folder) and samples/eval/ (the labelled evaluation set). Same code, same files: everything is seeded.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from samples.tools.evalset import EVAL_SEED, build_eval_set
from samples.tools.generate_io import truth_json
from samples.tools.render import render_text, save_image_pdf, save_png, scan_pages
from samples.tools.specs import DocSpec

SAMPLES = Path(__file__).resolve().parent.parent


def write_eval(folder: Path, scans: bool = True, seed: int = EVAL_SEED) -> list[DocSpec]:
    """The labelled evaluation set: see `write_specs`."""
    return write_specs(folder, build_eval_set(seed), seed, scans)


def write_specs(folder: Path, specs: list[DocSpec], seed: int, scans: bool = True) -> list[DocSpec]:
    """Write `<id>.txt`, `<id>.json`, and (with scans) `<id>.scan.png` or `<id>.scan.pdf`, plus manifest.json."""
    folder.mkdir(parents=True, exist_ok=True)
    manifest = []
    for spec in specs:
        (folder / f"{spec.id}.txt").write_text(render_text(spec), encoding="utf-8")
        (folder / f"{spec.id}.json").write_text(truth_json(spec), encoding="utf-8")
        entry: dict[str, object] = {"id": spec.id, "doc_type": spec.truth.doc_type.value, "style": spec.style}
        entry["tags"] = spec.tags
        if scans:
            pages = list(scan_pages(spec, seed, noisy=True))
            if len(pages) == 1:
                save_png(pages[0], folder / f"{spec.id}.scan.png")
                entry["scan"] = f"{spec.id}.scan.png"
            else:
                save_image_pdf(pages, folder / f"{spec.id}.scan.pdf")
                entry["scan"] = f"{spec.id}.scan.pdf"
            entry["pages"] = len(pages)
        manifest.append(entry)
    if scans or not (folder / "manifest.json").exists():
        (folder / "manifest.json").write_text(
            json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    return specs


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--eval-only", action="store_true", help="only samples/eval/")
    parser.add_argument("--no-scans", action="store_true", help="text and ground truth only (fast)")
    parser.add_argument("--out", type=Path, default=SAMPLES, help="samples folder to write into")
    args = parser.parse_args(argv)
    random.seed(0)
    specs = write_eval(args.out / "eval", scans=not args.no_scans)
    print(f"eval: {len(specs)} documents in {args.out / 'eval'}")
    if not args.eval_only:
        from samples.tools.demo import write_demo

        written = write_demo(args.out, scans=not args.no_scans)
        print(f"demo: {len(written)} files in {args.out / 'documents'}")


if __name__ == "__main__":
    main()
