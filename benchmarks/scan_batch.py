"""Shared by the batch benchmarks: scanned PDFs of fictional decisions, each page also written as a PNG.

Pages are our own renders (`tests.documents`), degraded like a cheap scanner, saved in a 300-dpi image-only
PDF as a scanner writes it. Every file gets its own seeds, so no two files share bytes (no cache or duplicate
check helps any command). The PNG of every page is what raw tesseract reads: the same pixels, pre-rendered.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ocr_pages import LETTERS, degrade, render_letter


@dataclasses.dataclass
class Batch:
    pdfs: list[Path]
    pngs: list[Path]
    """Every page of every PDF, in order."""


def build_batch(folder: Path, files: int, pages: int) -> Batch:
    """`files` scanned PDFs of `pages` pages each in `folder`, and their pages as PNGs in `folder/png`."""
    (folder / "png").mkdir(parents=True, exist_ok=True)
    letters = [dataclasses.replace(letter, number=f"{100 + i}/QĐ-UBND") for i, letter in enumerate(LETTERS)]
    renders = [render_letter(letter)[0] for letter in letters]
    batch = Batch(pdfs=[], pngs=[])
    for file in range(files):
        images = [
            degrade(renders[(file + page) % len(renders)], seed=file * 1000 + page, angle=0.3 + 0.1 * (page % 5))
            for page in range(pages)
        ]
        pdf = folder / f"scan-{file:02d}.pdf"
        images[0].save(pdf, format="PDF", save_all=True, append_images=images[1:], resolution=300, quality=75)
        batch.pdfs.append(pdf)
        for page, image in enumerate(images):
            png = folder / "png" / f"scan-{file:02d}-p{page + 1:02d}.png"
            image.save(png)
            batch.pngs.append(png)
    return batch
