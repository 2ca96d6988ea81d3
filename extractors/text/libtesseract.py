"""The `tesseract` command's own library (libtesseract, C API), called in this process for a page's read.

A `tesseract` command per page spent ≈ 0.1 s of CPU starting (most of it parsing its built-in table of
ambiguous characters) and reading the TIFF written for it; the same library, loaded once per thread, reads
the page's pixels as they are. It is the system's library, the one the command links: `tesserocr`'s wheel
bundles a newer tesseract (5.5) whose reads differ (on the 20 real scans: one number more, one signer and two
page-1 citations fewer), while this one reads every page's words exactly as the command did. Only the C API
is used (stable across tesseract 4-5, declared in `tesseract/capi.h`); each thread gets its own instance,
deleted at exit (tesseract prints "WARNING! LEAK!" for an instance never deleted).
"""

from __future__ import annotations

import atexit
import ctypes
import ctypes.util
import os
import threading
from functools import cache
from pathlib import Path

import numpy as np

from schemas.errors import MissingDependencyError

_HANDLE = ctypes.c_void_p
_THREADS = threading.local()
_CREATED: list[tuple[ctypes.CDLL, int]] = []
_CREATED_LOCK = threading.Lock()


class RecognitionStopped(RuntimeError):
    """Recognition returned an error: past its deadline, or tesseract could not read the image."""


@cache
def library() -> ctypes.CDLL:
    """libtesseract, its C functions typed; `MissingDependencyError` with the Debian package when absent."""
    name = ctypes.util.find_library("tesseract")
    if name is None:
        raise MissingDependencyError("libtesseract is not installed: install the Debian package tesseract-ocr")
    lib = ctypes.CDLL(name)
    signatures = {
        "TessBaseAPICreate": ([], _HANDLE),
        "TessBaseAPIDelete": ([_HANDLE], None),
        "TessBaseAPIEnd": ([_HANDLE], None),
        "TessBaseAPIInit3": ([_HANDLE, ctypes.c_char_p, ctypes.c_char_p], ctypes.c_int),
        "TessBaseAPISetVariable": ([_HANDLE, ctypes.c_char_p, ctypes.c_char_p], ctypes.c_int),
        "TessBaseAPISetPageSegMode": ([_HANDLE, ctypes.c_int], None),
        "TessBaseAPISetImage": ([_HANDLE, ctypes.c_void_p] + [ctypes.c_int] * 4, None),
        "TessBaseAPISetSourceResolution": ([_HANDLE, ctypes.c_int], None),
        "TessBaseAPIRecognize": ([_HANDLE, _HANDLE], ctypes.c_int),
        "TessBaseAPIGetTsvText": ([_HANDLE, ctypes.c_int], ctypes.c_void_p),
        "TessDeleteText": ([ctypes.c_void_p], None),
        "TessMonitorCreate": ([], _HANDLE),
        "TessMonitorDelete": ([_HANDLE], None),
        "TessMonitorSetDeadlineMSecs": ([_HANDLE, ctypes.c_int], None),
    }
    for function, (arguments, result) in signatures.items():
        getattr(lib, function).argtypes = arguments
        getattr(lib, function).restype = result
    return lib


def _instance(tessdata: str, language: str) -> int:
    """This thread's tesseract instance for `language`, initialised on its first read (≈ 0.1 s)."""
    instances: dict[tuple[str, str], int] = _THREADS.__dict__.setdefault("instances", {})
    key = (tessdata, language)
    if key not in instances:
        lib = library()
        handle = lib.TessBaseAPICreate()
        with _CREATED_LOCK:
            _CREATED.append((lib, handle))
        if lib.TessBaseAPIInit3(handle, tessdata.encode(), language.encode()) != 0:
            raise MissingDependencyError(f"tesseract's library cannot load the language data {language!r}")
        lib.TessBaseAPISetVariable(handle, b"debug_file", os.devnull.encode())  # its warnings went to stderr
        silence_leptonica()
        instances[key] = handle
    return instances[key]


def read_tsv(
    pixels: np.ndarray,
    *,
    tessdata: str,
    language: str,
    segmentation: int,
    resolution: int,
    timeout_ms: int = 0,
) -> str:
    """Tesseract's TSV table of an 8-bit gray (height × width) or RGB (height × width × 3) image, C-contiguous;
    `RecognitionStopped` when recognition fails or passes `timeout_ms` (0: none). Tesseract copies the pixels
    from the array's memory (no `bytes` copy of a 300-dpi page first). The GIL is released while it reads."""
    gray_or_rgb = pixels.ndim == 2 or (pixels.ndim == 3 and pixels.shape[2] == 3)
    if pixels.dtype != np.uint8 or not pixels.flags.c_contiguous or not gray_or_rgb:
        raise ValueError("read_tsv reads a C-contiguous 8-bit gray or RGB array")
    lib = library()
    handle = _instance(tessdata, language)
    height, width = pixels.shape[:2]
    channels = 1 if pixels.ndim == 2 else 3
    lib.TessBaseAPISetPageSegMode(handle, segmentation)
    lib.TessBaseAPISetImage(handle, pixels.ctypes.data, width, height, channels, width * channels)
    lib.TessBaseAPISetSourceResolution(handle, resolution)
    monitor = lib.TessMonitorCreate()
    try:
        if timeout_ms:
            lib.TessMonitorSetDeadlineMSecs(monitor, timeout_ms)
        if lib.TessBaseAPIRecognize(handle, monitor) != 0:
            raise RecognitionStopped("tesseract stopped recognising the page")
    finally:
        lib.TessMonitorDelete(monitor)
    text = lib.TessBaseAPIGetTsvText(handle, 0)
    try:
        return ctypes.string_at(text).decode("utf-8") if text else ""
    finally:
        lib.TessDeleteText(text)


def silence_leptonica() -> None:
    """Leptonica's error messages ("Error in boxClipToRectangle: box outside rectangle", on 1 of the 57 real
    pages) went to the command's stderr; in process they would reach the user's terminal. Their level is set
    to none in each leptonica this process loaded (found in /proc/self/maps: the system's, and the copy
    `tesserocr`'s wheel bundles under a hashed name); where there is none to find, they are left as they are."""
    maps = Path("/proc/self/maps")
    if not maps.is_file():
        return
    loaded = {line.split()[-1] for line in maps.read_text().splitlines() if "/" in line}
    for path in sorted(loaded - _SILENCED):
        if Path(path).name.startswith(("libleptonica", "liblept.", "liblept-")):
            ctypes.CDLL(path).setMsgSeverity(_LEPTONICA_SEVERITY_NONE)
            _SILENCED.add(path)


_LEPTONICA_SEVERITY_NONE = 6
"""leptonica's `L_SEVERITY_NONE` (environ.h)."""
_SILENCED: set[str] = set()


@atexit.register
def _delete_instances() -> None:
    with _CREATED_LOCK:
        for lib, handle in _CREATED:
            lib.TessBaseAPIEnd(handle)
            lib.TessBaseAPIDelete(handle)
        _CREATED.clear()
