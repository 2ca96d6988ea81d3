"""Image clean-up before OCR (opencv): grayscale, deskew, denoise, binarisation — each only where it helps.

`benchmarks/bench_ocr_quality.py` measures every step and every denoiser on clean and noisy pages and the
docs/benchmarks.md keeps the figures. Tesseract binarises internally (Otsu), so only what measured better runs by
default (`DEFAULT_STEPS`): background flattening, when the background is uneven; deskew, when the page is
tilted by at least `MIN_SKEW`; a 3x3 median; lone toner specks whitened (`despeckle`, for photocopies).
Our own binarisation raised the error rate and is off. Skew and the footnote rule are searched on
shrunken copies, so the clean-up costs a few hundredths of a second next to tesseract's second.
"""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np
from PIL import Image

STEPS = ("flatten", "deskew", "denoise", "despeckle", "binarize")
DEFAULT_STEPS: tuple[str, ...] = ("flatten", "deskew", "denoise", "despeckle")
"""The steps `clean` runs unless told otherwise: the ones that lowered CER in the benchmark, and `despeckle`,
which read 19 of scenario 15's photocopied decision numbers right instead of 14 (none wrong either way). It was
left out in session 19 at 0.08 s of CPU a page (labelling the whole page's ink: `congvan extract` 1.07x -> 1.22x
raw tesseract, target 1.10x); looking for specks on a block map first brought it to 0.010 s a 300-dpi page
(median, loaded machine) with the same pixels whitened (docs/benchmarks/despeckle-2026-12-05.json); with it on,
the batch bench measured `congvan extract` at 1.10x raw tesseract at session 20's end (idle), the target's limit."""
UNEVEN_BACKGROUND = 24
"""Grey levels between a page's lighter and darker background (5th to 95th percentile) from which a sparse
page is flattened."""
SPARSE_INK = 0.02
"""Share of ink pixels under which a page counts as sparse. Tesseract thresholds a page globally (Otsu): with
little ink the threshold falls inside a shaded band or gradient and the band is read as text, so a
half-empty signature page came out as noise (flattened, it reads whole). Dense pages were read as well or
better without flattening (the benchmark's eval scans: 3.8% CER against 4.05% when every uneven page was
flattened)."""
MAX_SKEW = 5.0
MIN_SKEW = 0.15
"""Tilts smaller than this (a quarter pixel per 100 px) are left alone: rotating costs more than it gains."""


def to_gray(image: Image.Image) -> np.ndarray:
    """8-bit grayscale pixels of any PIL image."""
    return np.asarray(image if image.mode == "L" else image.convert("L"))


def flatten(gray: np.ndarray) -> np.ndarray:
    """Divide a sparse page by its background when the background is uneven; other pages are returned as is.

    The background is the page with the text closed away (dark strokes narrower than ~32 px at 300 dpi),
    found on an eighth-size copy and blurred, so it costs a few milliseconds.
    """
    small = cv2.resize(gray, None, fx=0.125, fy=0.125, interpolation=cv2.INTER_AREA)
    closed = cv2.morphologyEx(small, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (4, 4)))
    background = cv2.GaussianBlur(closed, (0, 0), 1.5)
    low, high = np.percentile(background, (5, 95))
    ink = float(np.mean(small.astype(np.int16) < background.astype(np.int16) - 60))
    if high - low < UNEVEN_BACKGROUND or ink >= SPARSE_INK:
        return gray
    full = cv2.resize(background, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_LINEAR)
    return cv2.divide(gray, np.maximum(full, 1), scale=255)


def _ink(gray: np.ndarray) -> np.ndarray:
    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    return ink


def estimate_skew(gray: np.ndarray) -> float:
    """Skew angle in degrees (counter-clockwise positive) maximising the row-profile sharpness.

    Text lines give the horizontal projection its sharpest peaks when they are level; searched coarse to
    fine on a downscaled, inverted, thresholded copy. The ink pixels' rows are rotated as coordinates
    and counted, rather than the image warped for every angle (a third faster, same angles); the copy is
    made by bilinear sampling (2 ms; area averaging took 12 ms and found the same angles within 0.1°
    on 61 of 70 scanned pages, the rest being half-empty last pages where either answer is as good). The
    rows are computed in place and counted with an offset rather than filtered: 13.2 → 8.9 ms of CPU a page
    (loaded), the same angles.
    """
    scale = min(1.0, 1000 / max(gray.shape))
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_LINEAR) if scale < 1 else gray
    points = cv2.findNonZero(_ink(small))  # (x, y) of every ink pixel: ten times faster than `np.nonzero`
    xs, ys = np.empty((2, 0), np.int32) if points is None else points.reshape(-1, 2).T
    height = small.shape[0]
    center_x, center_y = small.shape[1] / 2, height / 2
    dx, dy = xs - center_x, ys - center_y
    reach = int(np.hypot(*small.shape) / 2) + 2  # past the farthest a rotated row can fall off the copy
    rows, across = np.empty(len(dx)), np.empty(len(dx))

    def sharpness(angle: float) -> float:
        radians = np.deg2rad(angle)
        np.multiply(dy, np.cos(radians), out=rows)  # rows = dy cos - dx sin + centre, in place, rounded
        np.subtract(rows, np.multiply(dx, np.sin(radians), out=across), out=rows)
        np.rint(np.add(rows, center_y, out=rows), out=rows)
        counts = np.bincount(rows.astype(np.int64) + reach, minlength=height + 2 * reach)
        profile = counts[reach : reach + height].astype(np.float64)  # rows off the copy left out
        return float(np.sum(np.diff(profile) ** 2))

    best = max(np.arange(-MAX_SKEW, MAX_SKEW + 0.01, 0.5), key=sharpness)
    best = max(np.arange(best - 0.5, best + 0.51, 0.1), key=sharpness)
    return round(float(best), 2)


def deskew(gray: np.ndarray) -> np.ndarray:
    """Rotate the page level (white fills the corners); a page tilted less than `MIN_SKEW` is returned as is."""
    return _deskew(gray)[0]


def _deskew(gray: np.ndarray) -> tuple[np.ndarray, float]:
    angle = estimate_skew(gray)
    if abs(angle) < MIN_SKEW:
        return gray, 0.0
    matrix = rotation(gray.shape, angle)
    rotated = cv2.warpAffine(gray, matrix, (gray.shape[1], gray.shape[0]), flags=cv2.INTER_LINEAR, borderValue=(255,))
    return rotated, angle


def rotation(shape: tuple[int, ...], angle: float) -> np.ndarray:
    """The 2x3 matrix `deskew` rotates a page of `shape` by (about its centre, degrees counter-clockwise)."""
    return cv2.getRotationMatrix2D((shape[1] / 2, shape[0] / 2), angle, 1.0)


def denoise(gray: np.ndarray) -> np.ndarray:
    """A 3x3 median filter: removes speckle and JPEG ringing, keeps diacritics (larger kernels eat them).

    Measured against bilateral, morphological open/close and non-local means: the median had the lowest
    error rate on noisy scans and did not raise it on clean renders (a few ms; non-local means took 4-8 s a
    page and was worse), so it runs on every page rather than behind a noise estimate.
    """
    return cv2.medianBlur(gray, 3)


SPECK_SIDE = 1 / 350
"""A speck of toner is a blot of ink no wider and no taller than this share of the page height (10 px on a
300-dpi A4 page; a printed letter's stroke is longer), and no more than twice as wide as tall or tall as wide:
a list's dash ("- VPUB: CVP"), as small and as far from its words on a real scan, is flat and stays..."""
SPECK_REACH = 1 / 250
"""...with no other ink within this share of the page height of its box (14 px at 300 dpi, a third of a line):
a full stop, an i's dot or a tone mark stands a few pixels from its letter, a dotted leader's dots from each
other; the dot tesseract glued to "ỦY BAN NHÂN DÂN" stood 20 px before it."""
EDGE = 2
"""Pixels around a speck whitened with it: its grey edge, which Otsu leaves out of the ink."""


BLOCK = 4
"""Side of the blocks `despeckle` first looks for lone specks in: a block is inked when any of its pixels is."""


def despeckle(gray: np.ndarray) -> np.ndarray:
    """Whiten specks of toner standing alone (`SPECK_SIDE`, `SPECK_REACH`): a photocopy's dots, too large for
    the 3x3 median. Tesseract read them as words ("-" after "từ ngày", which cut a trip's dates) or glued them to
    the print beside them ("_ỦYBANNHÂN", confidence 0, for "ỦY BAN NHÂN").

    Labelling the whole page's ink cost 75 ms of CPU a 300-dpi page (loaded machine), so the specks are first
    looked for on a map of `BLOCK`-px blocks (a sixteenth of the pixels): a lone speck is a small group of
    inked blocks with two empty blocks around it, which only a few places on a page are. Only those places are
    labelled, at full size, cut out and stacked into one small image, and a speck counts only when its whole
    neighbourhood lies inside its cut-out: the same specks as labelling the whole page (identical pixels on
    the 113 benchmark pages), 0.010 s of CPU a page in all."""
    height, width = gray.shape
    side, reach = max(2, round(height * SPECK_SIDE)), max(2, round(height * SPECK_REACH))
    ink = _ink(gray)
    places = _speck_places(ink, side, reach)
    if not places.size:
        return gray
    tops = np.concatenate(([0], np.cumsum(places[:, 3] - places[:, 1] + 1)[:-1]))  # one empty row between cut-outs
    mosaic = np.zeros(
        (int(tops[-1] + places[-1, 3] - places[-1, 1]), int(np.max(places[:, 2] - places[:, 0]))), np.uint8
    )
    for (x0, y0, x1, y1), top in zip(places.tolist(), tops.tolist(), strict=True):
        mosaic[top : top + y1 - y0, : x1 - x0] = ink[y0:y1, x0:x1]
    count, labels, stats = _components(mosaic)
    small = _small(stats, count, side, square=True)
    place = np.searchsorted(tops, stats[small, cv2.CC_STAT_TOP], side="right") - 1
    shift = places[place, :2] - np.stack([np.zeros_like(place), tops[place]], axis=1)  # mosaic to page
    box = stats[small, :4].copy()
    box[:, :2] += shift
    near = _grown(box, reach, (width, height))  # the box and its reach, as the whole page's labelling saw it
    inside = np.all((near[:, :2] >= places[place, :2]) & (near[:, 2:] <= places[place, 2:]), axis=1)
    near = np.where(inside[:, None], near - np.tile(shift, 2), 0)
    alone = inside & (_ink_count(cv2.integral(mosaic // 255), near) == stats[small, cv2.CC_STAT_AREA])
    if not alone.any():
        return gray
    speck = np.zeros(count, np.uint8)
    speck[small[alone]] = 1
    grown = cv2.dilate(speck[labels], np.ones((2 * EDGE + 1, 2 * EDGE + 1), np.uint8))
    cleaned = gray.copy()
    for index in np.unique(place[alone]).tolist():
        x0, y0, x1, y1 = places[index].tolist()
        top = int(tops[index])
        cleaned[y0:y1, x0:x1][grown[top : top + y1 - y0, : x1 - x0] > 0] = 255
    return cleaned


def _speck_places(ink: np.ndarray, side: int, reach: int) -> np.ndarray:
    """Page boxes (x0, y0, x1, y1), one per group of inked blocks small enough to hold a speck with no ink
    within two blocks of it, grown by `reach` + 1 px: every lone speck lies in one with all its reach."""
    height, width = ink.shape
    blocks = _inked_blocks(ink)
    count, _, stats = _components(blocks)
    small = _small(stats, count, (side + BLOCK - 2) // BLOCK + 1, square=False)  # blocks a speck can touch
    ring = max(0, (reach - BLOCK + 1) // BLOCK)  # whole blocks within a speck's reach however it lies
    near = _grown(stats[small, :4], ring, (blocks.shape[1], blocks.shape[0]))
    lone = small[_ink_count(cv2.integral(blocks), near) == stats[small, cv2.CC_STAT_AREA]]
    return _grown(stats[lone, :4].astype(np.int64) * BLOCK, reach + 1, (width, height))


def _inked_blocks(ink: np.ndarray) -> np.ndarray:
    """1 where a `BLOCK` x `BLOCK` block of the ink mask (4 px) holds any ink; the last row and column of blocks
    hold what is left of the page. Four rows are merged by maxima and four pixels read as one 32-bit number:
    0.5 ms of CPU a 300-dpi page, where averaging the mask down (`cv2.resize`) took 3.5 ms."""
    height, width = ink.shape
    rows, cols = height // BLOCK * BLOCK, width // BLOCK * BLOCK
    blocks = np.zeros((-(-height // BLOCK), -(-width // BLOCK)), np.uint8)
    body = ink[:rows, :cols]
    merged = cv2.max(body[0::4], body[1::4])  # BLOCK = 4; in place: a fresh 2 MB array costs more than a max
    cv2.max(merged, body[2::4], dst=merged)
    cv2.max(merged, body[3::4], dst=merged)
    blocks[: rows // BLOCK, : cols // BLOCK] = merged.view(np.uint32) != 0
    if cols < width:
        blocks[: rows // BLOCK, -1] = ink[:rows, cols:].reshape(rows // BLOCK, -1).any(axis=1)
    if rows < height:
        tail = np.any(ink[rows:], axis=0)
        blocks[-1, : cols // BLOCK] = tail[:cols].reshape(-1, BLOCK).any(axis=1)
        blocks[-1, -1] |= bool(np.any(tail[cols:]))
    return blocks


def _components(mask: np.ndarray) -> tuple[int, np.ndarray, np.ndarray]:
    """`cv2.connectedComponentsWithStats` (8-connected): count, labels, stats. With 16-bit labels, when they
    cannot overflow, and the Spaghetti algorithm: 1.5 ms of CPU on a page's block map, 3.5 ms with 32-bit."""
    label_type = cv2.CV_16U if cv2.countNonZero(mask) < 65535 else cv2.CV_32S
    count, labels, stats, _ = cv2.connectedComponentsWithStatsWithAlgorithm(mask, 8, label_type, cv2.CCL_SPAGHETTI)
    return count, labels, stats


def _grown(boxes: np.ndarray, margin: int, size: tuple[int, int]) -> np.ndarray:
    """(x0, y0, x1, y1) of each (x, y, width, height) box grown by `margin` on every side, within a `size`
    (width, height) image."""
    x, y, w, h = boxes.T
    return np.stack(
        [
            np.maximum(x - margin, 0),
            np.maximum(y - margin, 0),
            np.minimum(x + w + margin, size[0]),
            np.minimum(y + h + margin, size[1]),
        ],
        axis=1,
    )


def _small(stats: np.ndarray, count: int, side: int, *, square: bool) -> np.ndarray:
    """Labels of the components no wider or taller than `side` (and, `square`, no more than twice as long one
    way as the other)."""
    widths, heights = stats[1:count, cv2.CC_STAT_WIDTH], stats[1:count, cv2.CC_STAT_HEIGHT]
    fits = (widths <= side) & (heights <= side)
    if square:
        fits &= (widths <= 2 * heights) & (heights <= 2 * widths)
    return 1 + np.flatnonzero(fits)


def _ink_count(integral: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    """Ink in each (x0, y0, x1, y1) box, from the integral image of a 0/1 mask."""
    x0, y0, x1, y1 = boxes.T
    return integral[y1, x1] - integral[y0, x1] - integral[y1, x0] + integral[y0, x0]


def binarize(gray: np.ndarray) -> np.ndarray:
    """Otsu threshold after a light blur."""
    _, binary = cv2.threshold(cv2.GaussianBlur(gray, (3, 3), 0), 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return binary


_STEP_FUNCTIONS = {"flatten": flatten, "denoise": denoise, "despeckle": despeckle, "binarize": binarize}


def clean_gray(gray: np.ndarray, steps: Sequence[str] = DEFAULT_STEPS) -> np.ndarray:
    """The named steps, in the order of `STEPS`, on grayscale pixels."""
    return clean_page(gray, steps)[0]


def clean_page(gray: np.ndarray, steps: Sequence[str] = DEFAULT_STEPS) -> tuple[np.ndarray, float]:
    """`clean_gray`, and the angle the page was rotated by (0 when not), to map boxes back to the original."""
    angle = 0.0
    for name in STEPS:
        if name == "deskew" and name in steps:
            gray, angle = _deskew(gray)
        elif name in steps:
            gray = _STEP_FUNCTIONS[name](gray)
    return gray, angle


def clean(image: Image.Image, steps: Sequence[str] = DEFAULT_STEPS) -> Image.Image:
    """Grayscale, then the named steps in the order of `STEPS`."""
    return Image.fromarray(clean_gray(to_gray(image), steps))


def find_footnote_rule(page: Image.Image | np.ndarray) -> float | None:
    """The y of a footnote rule: a short horizontal line from the left margin in the lower part of the page.

    Returns None when there is none. Longer lines (table borders) and lines elsewhere are ignored. The
    lower half is first narrowed 4x with area averaging: a horizontal line keeps its full darkness and
    its rows, letters fade, and the search takes a quarter of the time.
    """
    gray = to_gray(page) if isinstance(page, Image.Image) else page
    height, width = gray.shape
    top = int(0.5 * height)
    narrow = cv2.resize(gray[top:], (max(1, width // 4), height - top), interpolation=cv2.INTER_AREA)
    ink = _ink(narrow)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (max(1, int(0.1 * narrow.shape[1])), 1))
    lines = cv2.erode(ink, kernel)  # an opening, erosion then dilation, split: most pages need only the first
    if not lines.any():  # most pages: no horizontal line at all, no need to label components
        return None
    lines = cv2.dilate(lines, kernel)
    count, _, stats, _ = cv2.connectedComponentsWithStats(lines)
    rules = [
        top + int(stats[i, cv2.CC_STAT_TOP])
        for i in range(1, count)
        if stats[i, cv2.CC_STAT_WIDTH] < 0.6 * narrow.shape[1]
        and stats[i, cv2.CC_STAT_HEIGHT] < 0.01 * height
        and stats[i, cv2.CC_STAT_LEFT] < 0.25 * narrow.shape[1]
    ]
    return float(max(rules)) if rules else None
