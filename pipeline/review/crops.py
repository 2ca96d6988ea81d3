"""The region of the page a value comes from, as a PNG a person can read: `congvan-review/<item>.png` next to
the database.

Rendered from the document's file where the database last saw it (any recorded path whose bytes still hash to
the document's sha256). A file that moved away, changed, or has no page image (Word, plain text) gives a
`Crop` with no path and a sentence saying why — a placeholder, never an exception.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
from PIL import Image, UnidentifiedImageError

from extractors.text import pdf as pdf_reader
from pipeline.errors import InputError
from pipeline.ingest.extract import identify
from pipeline.settings import Settings

CROP_FOLDER = "congvan-review"
MARGIN = 0.6
"""Context kept above and below the value's box, as a share of the box's height (at least 40 px)."""
SIDE_MARGIN = 4.0
"""Context kept left and right, in box heights: a hand-filled slot is a few digits wide, and the person needs
the printed words around it (the symbol after the number; the month and year after the day)."""
WHOLE_PAGE_DPI = 100
"""Resolution of a whole-page crop (no box known): enough to find the slot by eye, light to send."""


@dataclass(frozen=True)
class Crop:
    path: Path | None
    problem: str | None = None


def crop_folder(db_path: Path) -> Path:
    return Path(db_path).resolve().parent / CROP_FOLDER


def document_file(con: duckdb.DuckDBPyConnection, sha256: str) -> tuple[Path | None, str]:
    """A file holding the document's bytes (latest path first), or None and what was tried."""
    rows = con.execute(
        """SELECT path FROM (SELECT path, 1 AS latest, NULL AS seen_at FROM documents WHERE sha256 = $sha
                             UNION ALL SELECT path, 0, seen_at FROM document_paths WHERE sha256 = $sha)
           ORDER BY latest DESC, seen_at DESC NULLS LAST""",
        {"sha": sha256},
    ).fetchall()
    tried = list(dict.fromkeys(row[0] for row in rows))
    for name in tried:
        path = Path(name)
        try:
            if path.is_file() and identify(path).sha256 == sha256:
                return path, ""
        except OSError:
            continue
    where = ", ".join(tried) or "no path recorded"
    return None, f"the document's file is no longer where it was seen ({where}), or its bytes changed"


def _page_image(path: Path, kind: str, page: int, dpi: int, max_pixels: int) -> Image.Image:
    if kind == "pdf":
        document = pdf_reader.open_pdf(path.read_bytes())
        try:
            return pdf_reader.render_page(document, page - 1, dpi, max_pixels)
        finally:
            pdf_reader.close_pdf(document)
    with Image.open(path) as image:
        image.seek(page - 1)
        return image.convert("RGB")  # keep the ink: blue hand-filled digits, the red seal


def _cut(image: Image.Image, box: dict[str, Any] | None, scale: float) -> Image.Image:
    if box is None:
        return image
    margin = max(40.0, box["height"] * MARGIN)
    side = max(80.0, box["height"] * SIDE_MARGIN)
    left = max(0, int((box["left"] - side) * scale))
    top = max(0, int((box["top"] - margin) * scale))
    right = min(image.width, int((box["left"] + box["width"] + side) * scale))
    bottom = min(image.height, int((box["top"] + box["height"] + margin) * scale))
    if right <= left or bottom <= top:
        return image  # a box off the page: show the page rather than nothing
    return image.crop((left, top, right, bottom))


@dataclass(frozen=True)
class CropJob:
    """What rendering a crop needs, read from the database first so the rendering holds no connection."""

    target: Path
    source: Path
    kind: str
    page: int
    box: dict[str, Any] | None
    settings: Settings

    def render(self) -> Crop:
        box_dpi = (self.box or {}).get("dpi") or self.settings.ocr_dpi
        dpi = WHOLE_PAGE_DPI if self.box is None else box_dpi
        try:
            image = _page_image(self.source, self.kind, self.page, dpi, self.settings.max_image_pixels)
        except (OSError, EOFError, ValueError, UnidentifiedImageError, InputError) as error:
            return Crop(None, f"{self.source}: cannot render page {self.page}: {error}")
        scale = 1.0 if self.kind == "image" else dpi / box_dpi
        self.target.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.target.with_name(f".{self.target.name}.{threading.get_ident()}.tmp")
        _cut(image, self.box, scale).save(temporary, format="PNG")
        temporary.replace(self.target)
        return Crop(self.target)


def plan_crop(con: duckdb.DuckDBPyConnection, item_id: str, folder: Path, settings: Settings) -> Crop | CropJob:
    """The crop when it is already rendered or cannot be, else the job that renders it."""
    row = con.execute(
        "SELECT i.sha256, i.page, i.box, d.kind FROM review_items i JOIN documents d USING (sha256) WHERE item_id = ?",
        [item_id],
    ).fetchone()
    if row is None:
        return Crop(None, f"no review item {item_id}")
    sha256, page, box_json, kind = row
    target = folder / f"{item_id}.png"
    if target.exists():
        return Crop(target)
    if kind not in ("pdf", "image"):
        return Crop(None, f"a {kind or 'text'} file has no page image: read the value in the text beside")
    source, problem = document_file(con, sha256)
    if source is None:
        return Crop(None, problem)
    return CropJob(target, source, kind, page or 1, json.loads(box_json) if box_json else None, settings)


def render_crop(con: duckdb.DuckDBPyConnection, item_id: str, folder: Path, settings: Settings) -> Crop:
    """The item's crop, rendered once and reused (the item's page and box never change under its id)."""
    planned = plan_crop(con, item_id, folder, settings)
    return planned.render() if isinstance(planned, CropJob) else planned
