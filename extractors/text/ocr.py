"""The one wrapper around tesseract: nothing else in congvan imports pytesseract or tesserocr.

One recognition per page gives words with boxes and confidences (tesseract's TSV table); lines are rebuilt
from those words by `extractors.text.layout`, never by a second call for plain text. Tesseract runs with
`OMP_THREAD_LIMIT=1`: its OpenMP threads make it 2-4x slower on small machines, and congvan runs pages in
parallel processes instead; the variable is set once, when this module is first imported (worker processes
inherit it), unless the environment already sets it.

A page is read in this process by the `tesseract` command's own library (`libtesseract`, its C API), one
instance per thread, not by a command per page: the same words, boxes and confidences (confidences cut to
whole percents, as the command's table gave them), without the command's start-up and the TIFF written for
it: measured per 300-dpi page (CPU, same pixels), 0.77 → 0.65 s on a synthetic page, 0.72 → 0.13 s on a
nearly blank one (docs/real-scans.md). A timeout bounds recognition (tesseract's deadline); the layout
analysis before it is not bounded (a fraction of a second on a page). A crash of tesseract now takes its
process with it: pages read in a pool are retried alone (`pipeline.ingest.pages`).

Small pieces read apart from the page — a text line read again (`read_line`: the signer's name), a stamp's
red ink (`read_block`) — are read through `tesserocr` (whose wheel bundles tesseract 5.5: they were tuned on
its reads), one instance per thread as well.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import numpy as np
import pytesseract
from PIL import Image

from extractors.text import libtesseract
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
_WORD_COLUMNS = ("block_num", "par_num", "line_num", "left", "top", "width", "height", "conf", "text")
"""The columns a word is made of, in the order `_words` takes them."""
_WORD_INDICES = tuple(_TSV_COLUMNS.index(column) for column in _WORD_COLUMNS)


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
        version = str(pytesseract.get_tesseract_version())
        languages = _listing()[1]
    except (pytesseract.TesseractError, OSError) as error:
        raise MissingDependencyError(f"tesseract does not run: {error}") from error
    missing = [code for code in language.split("+") if code not in languages]
    if missing:
        packages = " ".join(f"tesseract-ocr-{code}" for code in missing)
        raise MissingDependencyError(
            f"tesseract language data {', '.join(missing)} is missing: install the Debian package {packages}"
        )
    return version


def ocr_image(image: Image.Image | np.ndarray, *, language: str = "vie", timeout: float = 0) -> OcrResult:
    """OCR one page image into words with boxes; an empty page is an empty result, not an error.

    `image`: a PIL image, or the page's 8-bit gray (or RGB) pixels as an array — what `scan.ocr_page` has
    after its clean-up, given to tesseract from the array's memory (a PIL page's `tobytes` cost ≈ 5 ms).
    `timeout` (seconds, 0: none): recognition is stopped past it and `OcrTimeout` raised (OCRmyPDF's
    `--tesseract-timeout`: the page is then left empty, the others go on).
    """
    check_tesseract(language)
    pixels = np.ascontiguousarray(image if isinstance(image, np.ndarray) else np.asarray(_gray_or_rgb(image)))
    started = time.monotonic()
    try:
        tsv = libtesseract.read_tsv(
            pixels,
            tessdata=_tessdata_dir(),
            language=language,
            segmentation=PAGE_SEGMENTATION,
            resolution=COMMAND_RESOLUTION,
            timeout_ms=round(timeout * 1000),
        )
    except libtesseract.RecognitionStopped as error:
        if timeout and time.monotonic() - started >= timeout:
            raise OcrTimeout(f"tesseract took more than {timeout:g} s on the page") from error
        raise OcrError(f"tesseract failed: {error}") from error
    words, confidence = _words(_tsv_rows(tsv), whole_percents=True)  # whole percents, as the command gave
    return OcrResult(words=words, width=pixels.shape[1], height=pixels.shape[0], confidence=confidence)


def read_line(image: Image.Image, *, language: str = "vie") -> OcrResult:
    """Read an image of one text line (`--psm 7`) through `tesserocr` (module doc)."""
    return _read_piece(image, LINE_SEGMENTATION, language)


def read_block(image: Image.Image, *, language: str = "vie") -> OcrResult:
    """Read a small image of a few lines (a stamp's ink) through `tesserocr`, segmented as a page is
    (`--psm 3`)."""
    return _read_piece(image, PAGE_SEGMENTATION, language)


LINE_SEGMENTATION = 7
"""Tesseract's single text line mode (`--psm 7`)."""


def _gray_or_rgb(image: Image.Image) -> Image.Image:
    """The image as 8-bit gray or RGB bytes are read (a bilevel page as gray: the same pixels)."""
    if image.mode in ("L", "RGB"):
        return image
    return image.convert("L" if image.mode == "1" else "RGB")


def _read_piece(image: Image.Image, segmentation: int, language: str) -> OcrResult:
    check_tesseract(language)
    image = _gray_or_rgb(image)
    channels = 1 if image.mode == "L" else 3
    pixels = image.tobytes()
    try:
        reader = _reader(language)
        reader.SetPageSegMode(segmentation)
        reader.SetImageBytes(pixels, image.width, image.height, channels, image.width * channels)
        reader.SetSourceResolution(COMMAND_RESOLUTION)
        tsv = reader.GetTSVText(0)
    except RuntimeError as error:  # tesserocr's failures (language data it cannot load, an image it refuses)
        raise OcrError(f"tesseract failed on a piece of a page: {error}") from error
    words, confidence = _words(_tsv_rows(tsv))
    return OcrResult(words=words, width=image.width, height=image.height, confidence=confidence)


def _tsv_rows(tsv: str) -> Iterator[Sequence[str]]:
    """Tesseract's TSV text → each word row's values, in `_WORD_COLUMNS` order (rows cut short left out)."""
    for row in tsv.splitlines():
        values = row.split("\t", len(_TSV_COLUMNS) - 1)
        if len(values) == len(_TSV_COLUMNS):
            yield [values[index] for index in _WORD_INDICES]


_READERS = threading.local()


def _reader(language: str) -> Any:
    """This thread's `tesserocr` reader for `language`, loaded on its first read (0.1 s) and kept: an
    instance reads one image at a time, and the threads of a process read in parallel."""
    readers: dict[str, Any] = _READERS.__dict__.setdefault("by_language", {})
    if language not in readers:
        import tesserocr  # imported here: importing this module does not load tesseract

        reader = tesserocr.PyTessBaseAPI(path=_tessdata_dir(), lang=language)
        reader.SetVariable("debug_file", os.devnull)  # tesseract's warnings, which the command's stderr held
        libtesseract.silence_leptonica()
        readers[language] = reader
    return readers[language]


def _tessdata_dir() -> str:
    """Where the `tesseract` command finds its language data, so the library reads with the same models."""
    return _listing()[0]


@cache
def _listing() -> tuple[str, frozenset[str]]:
    """`tesseract --list-langs`, run once per process (each OCR process ran it twice, ≈ 0.04 CPU-s each): where
    the command finds its language data, and the languages there (one code a line, as pytesseract reads them)."""
    listing = subprocess.run(
        [pytesseract.pytesseract.tesseract_cmd, "--list-langs"], capture_output=True, text=True, check=False
    )
    output = listing.stdout + listing.stderr
    found = re.search(r'languages in "([^"]+)"', output)
    if found is None:
        raise MissingDependencyError(f"tesseract does not say where its language data is: {listing.stderr.strip()}")
    return found.group(1), frozenset(line.strip() for line in output.splitlines() if _LANGUAGE.match(line.strip()))


_LANGUAGE = re.compile(r"^[a-z_]+$")
"""A language code line of `--list-langs` (pytesseract's `LANG_PATTERN`)."""


def words_from_data(data: dict[str, list]) -> tuple[list[Word], float | None]:
    """Tesseract's `image_to_data` table (columns by name) → its words and their mean confidence, as `_words`."""
    return _words(zip(*(data[column] for column in _WORD_COLUMNS), strict=True))


def _words(rows: Iterable[Sequence[Any]], *, whole_percents: bool = False) -> tuple[list[Word], float | None]:
    """Tesseract's table rows (`_WORD_COLUMNS`) → words (structural rows and blank words dropped) and their mean
    confidence (None: no word), in one pass (the table's columns, then its words, then their confidences took
    three); `whole_percents`: each confidence cut to a whole percent first.

    `block` and `line` carry tesseract's own (block, paragraph, line) grouping, numbered in its order;
    the layout step renumbers them into reading order.
    """
    words: list[Word] = []
    confidences: list[float] = []
    line_ids: dict[tuple[int, int, int], int] = {}
    for block, paragraph, line, left, top, width, height, conf, text in rows:
        confidence = float(int(float(conf))) if whole_percents else float(conf)
        word = str(text).strip()
        if confidence < 0 or not word:
            continue
        key = (int(block), int(paragraph), int(line))
        box = Box(left=int(left), top=int(top), width=int(width), height=int(height))
        words.append(
            Word(text=word, box=box, confidence=confidence, block=key[0], line=line_ids.setdefault(key, len(line_ids)))
        )
        confidences.append(confidence)
    return words, round(sum(confidences) / len(confidences), 2) if confidences else None
