"""The flow benchmarks' inbox: copies of the bundled samples with distinct bytes, until a number of pages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pypdfium2

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "documents"


def pages_of(path: Path) -> int:
    if path.suffix == ".pdf":
        with pypdfium2.PdfDocument(path) as document:
            return len(document)
    return 1


def build_inbox(folder: Path, pages: int, tag: str) -> tuple[int, int]:
    """Copies of the samples (scans, PDFs, text; DOCX once) with distinct bytes, until `pages` pages."""
    folder.mkdir(parents=True)
    sources = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".pdf", ".png", ".txt"))
    total = files = 0
    while total < pages:
        for source in sources:
            if total >= pages:
                break
            target = folder / f"{tag}-{files:04d}-{source.name}"
            shutil.copy(source, target)
            with target.open("ab") as handle:  # trailing bytes: same content, new sha256
                handle.write(f"\n{tag}-{files}\n".encode())
            total += pages_of(source)
            files += 1
    return files, total
