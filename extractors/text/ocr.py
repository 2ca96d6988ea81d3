"""The one wrapper around tesseract: nothing else in congvan imports pytesseract.

One `image_to_data` call per page gives words with boxes and confidences; lines are rebuilt from those
words by `extractors.text.layout`, never by a second call for plain text. Tesseract runs with
`OMP_THREAD_LIMIT=1`: its OpenMP threads make it 2-4x slower on small machines, and congvan runs pages in
parallel processes instead; the variable is set once, when this module is first imported (worker processes
inherit it), unless the environment already sets it. The page goes to tesseract as an uncompressed TIFF that
we write ourselves: pytesseract would write a compressed PNG, which cost 0.13-0.3 s of CPU per 300-dpi page,
plus tesseract's decoding of it, for a file read once and deleted. Measured per page (CPU): PNG 0.13 s to
write + 0.75 s in tesseract; raw TIFF 0.01 + 0.70; PNM 0.004 + 0.85 (leptonica reads PNM slowly); the words
are identical.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from functools import lru_cache

import pytesseract
from PIL import Image

from schemas.document import Box, Word
from schemas.errors import MissingDependencyError, OcrError, OcrTimeout

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

PAGE_SEGMENTATION = 3
"""Tesseract's fully automatic page segmentation; column order is decided by our own layout step."""


@dataclass(frozen=True)
class OcrResult:
    """Words of one page image, its size and the mean word confidence (None for an empty page)."""

    words: list[Word]
    width: int
    height: int
    confidence: float | None


@lru_cache(maxsize=8)
def check_tesseract(language: str = "vie") -> str:
    """Fail early, with the fix, when the binary or the language data is missing; returns the version."""
    if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
        raise MissingDependencyError("tesseract is not installed: install the Debian package tesseract-ocr")
    try:
        languages = set(pytesseract.get_languages(config=""))
        version = str(pytesseract.get_tesseract_version())
    except (pytesseract.TesseractError, OSError) as error:
        raise MissingDependencyError(f"tesseract does not run: {error}") from error
    missing = [code for code in language.split("+") if code not in languages]
    if missing:
        packages = " ".join(f"tesseract-ocr-{code}" for code in missing)
        raise MissingDependencyError(
            f"tesseract language data {', '.join(missing)} is missing: install the Debian package {packages}"
        )
    return version


def ocr_image(
    image: Image.Image, *, language: str = "vie", timeout: float = 0, segmentation: int = PAGE_SEGMENTATION
) -> OcrResult:
    """OCR one page image into words with boxes; an empty page is an empty result, not an error.

    `segmentation`: tesseract's page segmentation mode (`--psm`); 7 reads the image as one text line.

    `timeout` (seconds, 0: none): tesseract is stopped past it and `OcrTimeout` raised (OCRmyPDF's
    `--tesseract-timeout`: the page is then left empty, the others go on).
    """
    check_tesseract(language)
    if image.mode not in ("L", "RGB", "1"):
        image = image.convert("RGB")
    try:
        with tempfile.NamedTemporaryFile(prefix="congvan-page-", suffix=".tif") as page_file:
            image.save(page_file, format="TIFF")  # uncompressed, no resolution tag: as with PNG
            page_file.flush()
            data = pytesseract.image_to_data(
                page_file.name,
                lang=language,
                config=f"--psm {segmentation}",
                output_type=pytesseract.Output.DICT,
                timeout=timeout,
            )
    except RuntimeError as error:
        if "timeout" in str(error).lower():  # pytesseract kills tesseract and says 'Tesseract process timeout'
            raise OcrTimeout(f"tesseract took more than {timeout:g} s on the page") from error
        raise OcrError(f"tesseract failed: {error}") from error
    except (pytesseract.TesseractError, OSError) as error:
        raise OcrError(f"tesseract failed: {error}") from error
    return OcrResult(
        words=words_from_data(data), width=image.width, height=image.height, confidence=_mean_confidence(data)
    )


def words_from_data(data: dict[str, list]) -> list[Word]:
    """Tesseract's `image_to_data` table → words (structural rows and blank words dropped).

    `block` and `line` carry tesseract's own (block, paragraph, line) grouping, numbered in its order;
    the layout step renumbers them into reading order.
    """
    words: list[Word] = []
    line_ids: dict[tuple[int, int, int], int] = {}
    for index, text in enumerate(data["text"]):
        confidence = float(data["conf"][index])
        if confidence < 0 or not str(text).strip():
            continue
        key = (int(data["block_num"][index]), int(data["par_num"][index]), int(data["line_num"][index]))
        line = line_ids.setdefault(key, len(line_ids))
        box = Box(
            left=int(data["left"][index]),
            top=int(data["top"][index]),
            width=int(data["width"][index]),
            height=int(data["height"][index]),
        )
        words.append(Word(text=str(text).strip(), box=box, confidence=confidence, block=key[0], line=line))
    return words


def _mean_confidence(data: dict[str, list]) -> float | None:
    confidences = [
        float(conf)
        for conf, text in zip(data["conf"], data["text"], strict=True)
        if float(conf) >= 0 and str(text).strip()
    ]
    return round(sum(confidences) / len(confidences), 2) if confidences else None
