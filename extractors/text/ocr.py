"""The one wrapper around tesseract: nothing else in congvan imports pytesseract or tesserocr.

One `image_to_data` call per page gives words with boxes and confidences; lines are rebuilt from those
words by `extractors.text.layout`, never by a second call for plain text. Tesseract runs with
`OMP_THREAD_LIMIT=1`: its OpenMP threads make it 2-4x slower on small machines, and congvan runs pages in
parallel processes instead; the variable is set once, when this module is first imported (worker processes
inherit it), unless the environment already sets it. The page goes to tesseract as an uncompressed TIFF that
we write ourselves: pytesseract would write a compressed PNG, which cost 0.13-0.3 s of CPU per 300-dpi page,
plus tesseract's decoding of it, for a file read once and deleted. Measured per page (CPU): PNG 0.13 s to
write + 0.75 s in tesseract; raw TIFF 0.01 + 0.70; PNM 0.004 + 0.85 (leptonica reads PNM slowly); the words
are identical.

A page is read by the `tesseract` command (bounded by a timeout: a stuck page is killed, the others go on).
Small pieces read apart from the page — a text line read again (`read_line`: the signer's name), a stamp's
red ink (`read_block`) — are read in this process by tesseract's library through `tesserocr`, initialised
once per process: a command run per piece spent 0.07 s starting (most of it parsing tesseract's built-in
table of ambiguous characters, loaded on every start) to read a line in 0.01 s.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import pytesseract
from PIL import Image

from schemas.document import Box, Word
from schemas.errors import MissingDependencyError, OcrError, OcrTimeout

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

PAGE_SEGMENTATION = 3
"""Tesseract's fully automatic page segmentation; column order is decided by our own layout step."""
COMMAND_RESOLUTION = 70
"""The resolution (dpi) tesseract assumes for our TIFFs, which carry none: the library is told the same,
so a piece is read as the command would read it."""
_TSV_COLUMNS = (
    "level", "page_num", "block_num", "par_num", "line_num", "word_num",
    "left", "top", "width", "height", "conf", "text",
)  # fmt: skip
_LIBRARY_LOCK = threading.Lock()


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


def ocr_image(image: Image.Image, *, language: str = "vie", timeout: float = 0) -> OcrResult:
    """OCR one page image into words with boxes; an empty page is an empty result, not an error.

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
                config=f"--psm {PAGE_SEGMENTATION}",
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


def read_line(image: Image.Image, *, language: str = "vie") -> OcrResult:
    """Read an image of one text line (`--psm 7`) in this process (module doc); not bounded by a timeout:
    a line crop takes hundredths of a second. Fails with `OcrError` when tesseract's library cannot."""
    return _read_in_process(image, LINE_SEGMENTATION, language)


def read_block(image: Image.Image, *, language: str = "vie") -> OcrResult:
    """Read a small image of a few lines (a stamp's ink) in this process, segmented as the command segments
    a page (`--psm 3`); like `read_line`, for pieces of a page, not for pages."""
    return _read_in_process(image, PAGE_SEGMENTATION, language)


LINE_SEGMENTATION = 7
"""Tesseract's single text line mode (`--psm 7`)."""


def _read_in_process(image: Image.Image, segmentation: int, language: str) -> OcrResult:
    check_tesseract(language)
    try:
        with _LIBRARY_LOCK:
            reader = _library(language)
            reader.SetPageSegMode(segmentation)
            reader.SetImage(image)
            reader.SetSourceResolution(COMMAND_RESOLUTION)
            tsv = reader.GetTSVText(0)
    except RuntimeError as error:  # tesserocr's failures (language data it cannot load, an image it refuses)
        raise OcrError(f"tesseract failed on a piece of a page: {error}") from error
    data: dict[str, list[str]] = {column: [] for column in _TSV_COLUMNS}
    for row in tsv.splitlines():
        values = row.split("\t", len(_TSV_COLUMNS) - 1)
        if len(values) == len(_TSV_COLUMNS):
            for column, value in zip(_TSV_COLUMNS, values, strict=True):
                data[column].append(value)
    return OcrResult(
        words=words_from_data(data), width=image.width, height=image.height, confidence=_mean_confidence(data)
    )


@cache
def _library(language: str) -> Any:
    """tesseract's library, loaded once per process on first use (0.1 s); each read sets its segmentation."""
    import tesserocr  # imported here: a process that reads no piece apart never loads a second tesseract

    return tesserocr.PyTessBaseAPI(path=_tessdata_dir(), lang=language)


@cache
def _tessdata_dir() -> str:
    """Where the `tesseract` command finds its language data, so the library reads with the same models."""
    listing = subprocess.run(
        [pytesseract.pytesseract.tesseract_cmd, "--list-langs"], capture_output=True, text=True, check=False
    )
    found = re.search(r'languages in "([^"]+)"', listing.stdout + listing.stderr)
    if found is None:
        raise MissingDependencyError(f"tesseract does not say where its language data is: {listing.stderr.strip()}")
    return found.group(1)


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
