"""The one wrapper around tesseract: nothing else in congvan imports pytesseract or tesserocr.

One recognition per page gives words with boxes and confidences (tesseract's TSV table); lines are rebuilt
from those words by `extractors.text.layout`, never by a second call for plain text. Tesseract runs with
`OMP_THREAD_LIMIT=1`: its OpenMP threads make it 2-4x slower on small machines, and congvan runs pages in
parallel processes instead; the variable is set once, when this module is first imported (worker processes
inherit it), unless the environment already sets it.

Pages and pieces of pages (a name line read again, a stamp's red ink) are read in this process by
tesseract's library through `tesserocr`, one instance per thread (threads read in parallel: the library
releases the GIL), created on the thread's first read; the language data is the `tesseract` command's. Measured
per 300-dpi page (CPU, same pixels, docs/real-scans.md): the command 0.69-1.68 s, the library 0.48-1.31 s —
the command's start-up (tesseract parses its table of ambiguous characters on every start), the TIFF written
for it, and the wheel's newer tesseract (5.5 against the system's 5.3) reading faster. The page's words differ
from the command's in a few confidences and specks, not in what congvan extracts (the evaluations on the real
scans and the rendered samples are unchanged). A timeout bounds recognition (`Recognize`'s deadline); the
layout analysis before it is not bounded (a fraction of a second on a page).
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import threading
import time
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import pytesseract
from PIL import Image

from schemas.document import Box, Word
from schemas.errors import MissingDependencyError, OcrError, OcrTimeout

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

PAGE_SEGMENTATION = 3
"""Tesseract's fully automatic page segmentation; column order is decided by our own layout step."""
COMMAND_RESOLUTION = 70
"""The resolution (dpi) the library is told: what the `tesseract` command assumed for the TIFFs, carrying
none, that congvan used to give it (so the page's segmentation is the command's)."""
_TSV_COLUMNS = (
    "level", "page_num", "block_num", "par_num", "line_num", "word_num",
    "left", "top", "width", "height", "conf", "text",
)  # fmt: skip


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

    `timeout` (seconds, 0: none): recognition is stopped past it and `OcrTimeout` raised (OCRmyPDF's
    `--tesseract-timeout`: the page is then left empty, the others go on).
    """
    return _read(image, PAGE_SEGMENTATION, language, timeout)


def read_line(image: Image.Image, *, language: str = "vie") -> OcrResult:
    """Read an image of one text line (`--psm 7`): the signer's name line read again alone."""
    return _read(image, LINE_SEGMENTATION, language, 0)


def read_block(image: Image.Image, *, language: str = "vie") -> OcrResult:
    """Read a small image of a few lines (a stamp's ink), segmented as a page is (`--psm 3`)."""
    return _read(image, PAGE_SEGMENTATION, language, 0)


LINE_SEGMENTATION = 7
"""Tesseract's single text line mode (`--psm 7`)."""


def _read(image: Image.Image, segmentation: int, language: str, timeout: float) -> OcrResult:
    """One recognition by this thread's library; the image's bytes go to it as they are (8-bit gray or RGB)."""
    check_tesseract(language)
    if image.mode not in ("L", "RGB"):
        image = image.convert("L" if image.mode == "1" else "RGB")
    channels = 1 if image.mode == "L" else 3
    pixels = image.tobytes()
    try:
        reader = _reader(language)
        reader.SetPageSegMode(segmentation)
        reader.SetImageBytes(pixels, image.width, image.height, channels, image.width * channels)
        reader.SetSourceResolution(COMMAND_RESOLUTION)
        started = time.monotonic()
        if not reader.Recognize(round(timeout * 1000)):
            if timeout and time.monotonic() - started >= timeout:
                raise OcrTimeout(f"tesseract took more than {timeout:g} s on the page")
            raise OcrError("tesseract failed to recognise the page")
        tsv = reader.GetTSVText(0)
    except RuntimeError as error:  # tesserocr's failures (language data it cannot load, an image it refuses)
        raise OcrError(f"tesseract failed: {error}") from error
    data: dict[str, list[str]] = {column: [] for column in _TSV_COLUMNS}
    for row in tsv.splitlines():
        values = row.split("\t", len(_TSV_COLUMNS) - 1)
        if len(values) == len(_TSV_COLUMNS):
            for column, value in zip(_TSV_COLUMNS, values, strict=True):
                data[column].append(value)
    return OcrResult(
        words=words_from_data(data), width=image.width, height=image.height, confidence=_mean_confidence(data)
    )


_READERS = threading.local()


def _reader(language: str) -> Any:
    """This thread's tesseract library for `language`, loaded on its first read (0.1 s) and kept: an
    instance reads one image at a time, and the threads of a process read in parallel."""
    readers: dict[str, Any] = _READERS.__dict__.setdefault("by_language", {})
    if language not in readers:
        import tesserocr  # imported here: importing this module does not load tesseract

        reader = tesserocr.PyTessBaseAPI(path=_tessdata_dir(), lang=language)
        reader.SetVariable("debug_file", os.devnull)  # tesseract's warnings, which the command's stderr held
        _silence_leptonica()
        readers[language] = reader
    return readers[language]


@cache
def _silence_leptonica() -> None:
    """Leptonica's error messages ("Error in boxClipToRectangle: box outside rectangle", on 1 of the 57 real
    pages) went to the command's stderr; in process they would reach the user's terminal. Its message level
    is set to none in the leptonica this process loaded (found in /proc/self/maps: the wheel bundles its own
    copy under a hashed name); where there is none to find, the messages are left as they are."""
    maps = Path("/proc/self/maps")
    if not maps.is_file():
        return
    for line in maps.read_text().splitlines():
        path = line.split()[-1]
        if Path(path).name.startswith(("libleptonica", "liblept.")):
            ctypes.CDLL(path).setMsgSeverity(_LEPTONICA_SEVERITY_NONE)
            return


_LEPTONICA_SEVERITY_NONE = 6
"""leptonica's `L_SEVERITY_NONE` (environ.h)."""


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
