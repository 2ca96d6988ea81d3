"""Image clean-up before OCR (opencv): grayscale, deskew, denoise, binarisation.

Used only where it measurably lowers the character error rate: `benchmarks/bench_ocr_quality.py`
measures every step on clean and noisy renders and the README keeps the figures. Tesseract binarises
internally (Otsu), so only the steps that measured better are on by default (`DEFAULT_STEPS`): deskew and
denoise lowered CER on clean and noisy renders; our own binarisation raised it on clean pages.
"""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np
from PIL import Image

STEPS = ("deskew", "denoise", "binarize")
DEFAULT_STEPS: tuple[str, ...] = ("deskew", "denoise")
"""The steps `clean` runs unless told otherwise: the ones that lowered CER in the benchmark."""
MAX_SKEW = 5.0


def to_gray(image: Image.Image) -> np.ndarray:
    """8-bit grayscale pixels of any PIL image."""
    return np.asarray(image.convert("L"))


def estimate_skew(gray: np.ndarray) -> float:
    """Skew angle in degrees (counter-clockwise positive) maximising the row-profile sharpness.

    Text lines give the horizontal projection its sharpest peaks when they are level; searched coarse to
    fine on a downscaled, inverted, thresholded copy.
    """
    scale = min(1.0, 1000 / max(gray.shape))
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else gray
    _, ink = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    center = (ink.shape[1] / 2, ink.shape[0] / 2)

    def sharpness(angle: float) -> float:
        matrix = cv2.getRotationMatrix2D(center, angle, 1.0)
        rotated = cv2.warpAffine(ink, matrix, (ink.shape[1], ink.shape[0]), flags=cv2.INTER_NEAREST)
        profile = rotated.sum(axis=1, dtype=np.float64)
        return float(np.sum(np.diff(profile) ** 2))

    best = max(np.arange(-MAX_SKEW, MAX_SKEW + 0.01, 0.5), key=sharpness)
    best = max(np.arange(best - 0.5, best + 0.51, 0.1), key=sharpness)
    return round(float(best), 2)


def deskew(gray: np.ndarray) -> np.ndarray:
    """Rotate the page level (white fills the corners); pages already level are returned as they are."""
    angle = estimate_skew(gray)
    if abs(angle) < 0.15:
        return gray
    center = (gray.shape[1] / 2, gray.shape[0] / 2)
    matrix = cv2.getRotationMatrix2D(center, angle, 1.0)
    return cv2.warpAffine(gray, matrix, (gray.shape[1], gray.shape[0]), flags=cv2.INTER_LINEAR, borderValue=(255,))


def denoise(gray: np.ndarray) -> np.ndarray:
    """A 3x3 median filter: removes salt-and-pepper speckle, keeps diacritics (larger kernels eat them)."""
    return cv2.medianBlur(gray, 3)


def binarize(gray: np.ndarray) -> np.ndarray:
    """Otsu threshold after a light blur."""
    _, binary = cv2.threshold(cv2.GaussianBlur(gray, (3, 3), 0), 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return binary


_STEP_FUNCTIONS = {"deskew": deskew, "denoise": denoise, "binarize": binarize}


def clean(image: Image.Image, steps: Sequence[str] = DEFAULT_STEPS) -> Image.Image:
    """Grayscale, then the named steps in the order of `STEPS`."""
    gray = to_gray(image)
    for name in STEPS:
        if name in steps:
            gray = _STEP_FUNCTIONS[name](gray)
    return Image.fromarray(gray)


def find_footnote_rule(image: Image.Image) -> float | None:
    """The y of a footnote rule: a short horizontal line from the left margin in the lower part of the page.

    Returns None when there is none. Longer lines (table borders) and lines elsewhere are ignored.
    """
    gray = to_gray(image)
    height, width = gray.shape
    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (max(1, int(0.1 * width)), 1))
    lines = cv2.morphologyEx(ink[int(0.5 * height) :], cv2.MORPH_OPEN, kernel)
    count, _, stats, _ = cv2.connectedComponentsWithStats(lines)
    rules = [
        int(0.5 * height) + int(stats[i, cv2.CC_STAT_TOP])
        for i in range(1, count)
        if stats[i, cv2.CC_STAT_WIDTH] < 0.6 * width
        and stats[i, cv2.CC_STAT_HEIGHT] < 0.01 * height
        and stats[i, cv2.CC_STAT_LEFT] < 0.25 * width
    ]
    return float(max(rules)) if rules else None
