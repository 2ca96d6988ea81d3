"""Preprocessing decisions: what is rotated, what is left alone, where the footnote rule is found."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from extractors.text import preprocess
from tests.documents import Letter, degrade, render_letter


@pytest.fixture(scope="module")
def level_page() -> np.ndarray:
    image, _ = render_letter(Letter())
    return preprocess.to_gray(image)


def test_preprocess_level_page_is_not_rotated(level_page: np.ndarray) -> None:
    assert preprocess.deskew(level_page) is level_page


@pytest.mark.parametrize("angle", [1.5, -0.8, 3.0])
def test_preprocess_tilted_page_is_deskewed(angle: float) -> None:
    image, _ = render_letter(Letter())
    tilted = preprocess.to_gray(image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255))
    assert preprocess.estimate_skew(tilted) == pytest.approx(-angle, abs=0.15)
    assert abs(preprocess.estimate_skew(preprocess.deskew(tilted))) < preprocess.MIN_SKEW


def _skew_by_filtering(gray: np.ndarray) -> float:
    """`estimate_skew` as it was written before its rows were counted in place: rows off the copy filtered out."""
    scale = min(1.0, 1000 / max(gray.shape))
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_LINEAR) if scale < 1 else gray
    ys, xs = np.nonzero(preprocess._ink(small))
    height = small.shape[0]
    dx, dy = xs - small.shape[1] / 2, ys - height / 2

    def sharpness(angle: float) -> float:
        radians = np.deg2rad(angle)
        rows = np.rint(dy * np.cos(radians) - dx * np.sin(radians) + height / 2).astype(np.int64)
        profile = np.bincount(rows[(rows >= 0) & (rows < height)], minlength=height).astype(np.float64)
        return float(np.sum(np.diff(profile) ** 2))

    best = max(np.arange(-preprocess.MAX_SKEW, preprocess.MAX_SKEW + 0.01, 0.5), key=sharpness)
    return round(float(max(np.arange(best - 0.5, best + 0.51, 0.1), key=sharpness)), 2)


@pytest.mark.parametrize("seed", range(6))
def test_preprocess_skew_is_the_filtered_counts_answer(seed: int) -> None:
    """Rows rotated off the copy (ink up to its corners and edges) are left out as filtering left them out;
    a blank page and an all-ink one get the filtered answer too."""
    rng = np.random.default_rng(seed)
    page = np.full((1400, 1000), 255, np.uint8)
    for top in range(0, 1400, 37):
        page[top : top + 9, rng.integers(0, 300) : rng.integers(700, 1001)] = 0
    page[:, :40] = page[:40, :] = 0  # ink along two edges, into the corner
    tilted = cv2.warpAffine(
        page, preprocess.rotation(page.shape, float(rng.uniform(-4, 4))), page.shape[::-1], borderValue=(255,)
    )
    for gray in (tilted, page, np.full((300, 200), 255, np.uint8), np.zeros((300, 200), np.uint8)):
        assert preprocess.estimate_skew(gray) == _skew_by_filtering(gray)


def test_preprocess_denoise_removes_speckle_and_keeps_text(level_page: np.ndarray) -> None:
    ink = level_page < 128
    paper = cv2.erode(level_page, np.ones((5, 5), np.uint8)) == 255  # no ink within 2 px
    speckle = (np.random.default_rng(1).random(level_page.shape) < 0.005) & paper
    speckled = level_page.copy()
    speckled[speckle] = 0
    cleaned = preprocess.denoise(speckled)
    assert np.count_nonzero(cleaned[paper] < 128) < np.count_nonzero(speckle) / 50
    assert np.count_nonzero(cleaned[ink] < 128) > 0.8 * np.count_nonzero(ink)


def test_preprocess_clean_keeps_size_and_returns_grayscale() -> None:
    image, _ = render_letter(Letter())
    cleaned = preprocess.clean(degrade(image.convert("RGB"), seed=3, angle=1.2))
    assert cleaned.mode == "L" and cleaned.size == image.size


def test_preprocess_footnote_rule_found_where_drawn() -> None:
    image, _ = render_letter(Letter(footnote="¹ Kế hoạch số 12/KH-UBND ngày 03 tháng 02 năm 2026."))
    rule_y = preprocess.find_footnote_rule(preprocess.to_gray(image))
    drawn_y = image.height - 300 - round(8 * 300 / 72)
    assert rule_y is not None and abs(rule_y - drawn_y) <= 3


def test_preprocess_footnote_rule_ignores_table_borders_and_pages_without_one(level_page: np.ndarray) -> None:
    assert preprocess.find_footnote_rule(level_page) is None
    page = Image.fromarray(level_page.copy())
    draw = ImageDraw.Draw(page)
    draw.line([(150, 3000), (page.width - 150, 3000)], fill=0, width=3)  # a full-width table border
    assert preprocess.find_footnote_rule(page) is None


def _shaded(page: np.ndarray) -> np.ndarray:
    """The page under diagonal grey bands and a gradient, as a copier leaves them (background 195–250)."""
    rows, cols = np.indices(page.shape)
    bands = 18 * (np.sin((rows + cols) / 90.0) > 0.6) + 40 * cols / page.shape[1]
    return np.clip(page.astype(np.float64) * (250 - bands) / 255, 0, 255).astype(np.uint8)


@pytest.fixture(scope="module")
def signature_page() -> np.ndarray:
    """A half-empty last page: Nơi nhận and the signature block only, under shaded bands."""
    from tests.documents import SERIF_BOLD

    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(SERIF_BOLD, 54)
    for y, text in [(300, "KT. CHỦ TỊCH"), (380, "PHÓ CHỦ TỊCH"), (700, "Lương Thế Vinh")]:
        draw.text((1500, y), text, font=font, fill=0)
    return _shaded(preprocess.to_gray(image))


def test_preprocess_sparse_shaded_page_is_flattened(signature_page: np.ndarray) -> None:
    flat = preprocess.flatten(signature_page)
    assert flat is not signature_page
    paper = cv2.erode(signature_page, np.ones((41, 41), np.uint8)) > 150  # far from any stroke
    assert np.percentile(flat[paper], 5) > 235  # the bands are gone
    assert np.count_nonzero(flat < 128) > 0.8 * np.count_nonzero(signature_page < 100)  # the text stays


def test_preprocess_even_or_dense_pages_are_not_flattened(level_page: np.ndarray) -> None:
    assert preprocess.flatten(level_page) is level_page  # white paper
    shaded_letter = _shaded(level_page)
    assert preprocess.flatten(shaded_letter) is shaded_letter  # enough ink for tesseract's own threshold


@pytest.mark.slow
@pytest.mark.ocr
def test_preprocess_flattened_signature_page_is_read(signature_page: np.ndarray) -> None:
    from extractors.text.scan import ocr_page

    page = ocr_page(Image.fromarray(signature_page), 2)
    assert "Lương Thế Vinh" in page.text
    assert "PHÓ CHỦ TỊCH" in page.text


def test_preprocess_despeckle_whitens_lone_toner_dots_and_keeps_every_mark_of_the_print(level_page: np.ndarray) -> None:
    """A photocopy's dots (6 to 9 px at 300 dpi), one 20 px before a line of print: gone; the print's full stops,
    i-dots and tone marks, which stand a few pixels from their letters, are all kept."""
    height, width = level_page.shape
    paper = cv2.erode(level_page, np.ones((61, 61), np.uint8)) == 255  # no ink within 30 px
    rng = np.random.default_rng(2)
    spotted = level_page.copy()
    dots = []
    for _ in range(400):
        y, x, side = int(rng.integers(0, height - 10)), int(rng.integers(0, width - 10)), int(rng.integers(6, 10))
        if paper[y : y + side, x : x + side].all() and all(abs(y - b) + abs(x - a) > 60 for b, a, _ in dots):
            cv2.circle(spotted, (x + side // 2, y + side // 2), side // 2, 20, -1)
            dots.append((y, x, side))
    ys, xs = np.nonzero(level_page < 128)
    y, x = int(ys[np.argmin(xs)]), int(xs.min()) - 27  # 20 px before the leftmost print
    cv2.circle(spotted, (x + 3, y + 3), 3, 20, -1)
    dots.append((y, x, 7))
    assert len(dots) > 20
    dash = next((y, x) for y, x in zip(*np.nonzero(paper), strict=True) if y > 100 and x > 100)
    spotted[dash[0] : dash[0] + 3, dash[1] : dash[1] + 9] = 20  # a list's dash on a real scan: flat, stays
    cleaned = preprocess.despeckle(spotted)
    assert all((cleaned[y : y + side, x : x + side] > 200).all() for y, x, side in dots)
    assert (cleaned[dash[0] : dash[0] + 3, dash[1] : dash[1] + 9] == 20).all()
    assert np.array_equal(preprocess.despeckle(level_page), level_page)  # the print alone: nothing to whiten


def _despeckle_whole_page(gray: np.ndarray) -> np.ndarray:
    """The labelling of the whole page's ink `despeckle` replaced (session 19): the reference it must match."""
    height = gray.shape[0]
    side, reach = max(2, round(height * preprocess.SPECK_SIDE)), max(2, round(height * preprocess.SPECK_REACH))
    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    integral = cv2.integral(ink // 255)
    cleaned = gray.copy()
    edge = preprocess.EDGE
    for index in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[index])
        if w > side or h > side or w > 2 * h or h > 2 * w:
            continue
        x0, y0 = max(x - reach, 0), max(y - reach, 0)
        x1, y1 = min(x + w + reach, gray.shape[1]), min(y + h + reach, height)
        if integral[y1, x1] - integral[y0, x1] - integral[y1, x0] + integral[y0, x0] != area:
            continue
        wx, wy = max(x - edge, 0), max(y - edge, 0)
        window = cleaned[wy : y + h + edge, wx : x + w + edge]
        speck = (labels[wy : y + h + edge, wx : x + w + edge] == index).astype(np.uint8)
        window[cv2.dilate(speck, np.ones((2 * edge + 1, 2 * edge + 1), np.uint8)) > 0] = 255
    return cleaned


def test_preprocess_despeckle_whitens_the_same_pixels_as_labelling_the_whole_page(level_page: np.ndarray) -> None:
    """Blots of every size from 1 to 16 px, on the print, beside it, in clusters, against the page's edges: the
    block map only narrows where to look, so the pixels whitened are those of the whole page's labelling."""
    rng = np.random.default_rng(7)
    spotted = level_page.copy()
    height, width = spotted.shape
    for _ in range(1500):
        y, x = int(rng.integers(-4, height)), int(rng.integers(-4, width))
        w, h = int(rng.integers(1, 17)), int(rng.integers(1, 17))
        spotted[max(y, 0) : y + h, max(x, 0) : x + w] = int(rng.integers(0, 90))
    spotted[:6, :5] = spotted[-3:, -7:] = 10  # specks in two corners
    expected = _despeckle_whole_page(spotted)
    assert (expected != spotted).sum() > 1000  # many specks whitened, many blots kept
    assert np.array_equal(preprocess.despeckle(spotted), expected)


def test_preprocess_default_clean_whitens_a_lone_toner_dot(level_page: np.ndarray) -> None:
    """`despeckle` is a default step: a photocopy's 8-px dot, far from the print, is gone after `clean_gray`."""
    paper = cv2.erode(level_page, np.ones((61, 61), np.uint8)) == 255
    y, x = next((y, x) for y, x in zip(*np.nonzero(paper), strict=True) if y > 100 and x > 100)
    spotted = level_page.copy()
    cv2.circle(spotted, (x, y), 4, 20, -1)
    assert (preprocess.clean_gray(spotted, ("denoise",))[y - 4 : y + 5, x - 4 : x + 5] < 128).any()  # median keeps it
    assert (preprocess.clean_gray(spotted)[y - 4 : y + 5, x - 4 : x + 5] > 200).all()
