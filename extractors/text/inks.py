"""Coloured ink on a scanned page: the red round seal and red stamps, the blue signature and pen, the violet
(purple) received stamp.

On real originals a red seal and a blue signature cover the signer's title and name, and an incoming-mail
stamp lies over the body. Tesseract reads a grayscale page, where red and blue ink are as dark as print: the
name under the seal was lost. So where coloured ink is found, the page tesseract reads takes the red channel
(red ink turns light, black print stays black: CER 11.7% → 3.4% on synthetic seals over text) with the red
ink's own shade divided out where there is red ink (`_unmix_red_ink`), and blue pixels (blue clearly above red)
are whitened (blue strokes across a name line need a mask, not a channel).
Everywhere else the page is plain grayscale, so red print elsewhere ("ĐẢNG CỘNG SẢN VIỆT NAM", a red
"HỎA TỐC") is still read.

A violet received stamp ("ĐẾN Số … Ngày …") lies over the body's first lines, often over the report's
citation of its decision. No channel makes violet ink light (it is dark in green and only half as light as the
paper in red and blue), and a mask leaves its anti-aliased rims; so inside a violet region the print is
recovered by unmixing (`_lift_violet`): the ink's share of each pixel is its violet chroma (min(red, blue) −
green) over the stamp's own full-strength chroma, and the brightness that share took is added back. Print
under the ink has little chroma (multiplied, ink over black stays black) and stays dark. The pen that filled
the stamp's number and date is whitened there too, by a tint (`PEN_TINT`) far fainter than the page-wide
blue mask needs: a navy ballpoint is nearly black, and its digits otherwise read as words of the body's line.

Ink is looked for on a quarter-size copy (a few milliseconds); only the regions found are touched at full
size. A large red region is also read apart from the page (`stamp_layers`, read by `scan.py`), from its red
ink only, so an incoming stamp's words stay data (`Page.stamp_layers`) instead of being lost or mixed into
the body.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

SCALE = 4
"""Ink is searched on a copy this many times smaller."""
COLOUR_MARGIN = 40
"""How much a channel must exceed the others for a pixel to count as red or blue ink (0-255)."""
VIOLET_MARGIN = 15
"""How far green must lie under both red and blue (0-255) for a pixel to be violet ink: a received stamp printed
faint or photocopied keeps little chroma (scenario 17's 41/BC-BVCR: 10-28 over the paper's 0-5), and its words,
left in the page, ran into the report's title beside it ("BÁO CÁO BỘ Y TÍ VỤ HỢP TÁC QUỐC T": no report)."""
FAINT_STAMP_WIDTH = 0.15
"""A violet region of faint ink only is a received stamp when at least this share of the page wide (a stamp is
5-6 cm across; a seal's faint rim or a spot of ink by the signature is narrower) and clear of red ink."""
MIN_REGION = 40
"""Pixels (on the small copy) a region of coloured ink needs: specks and JPEG colour noise are left alone."""
PEN_TINT = 15
"""Inside a violet stamp, how much bluer than the paper (blue − red, 0-255) a pixel must be to be the pen that
filled the stamp's number and date: a dark navy ballpoint is 25-40 bluer, print and the paper 0-5."""
STAMP_HEIGHT = 0.04
"""A red region at least this tall (fraction of page width; ~8 mm on A4) is a seal or a stamp, not a red
printed line, and is read apart from the page."""


@dataclass(frozen=True)
class InkRegion:
    """A box of coloured ink on the full-size page: left, top, right, bottom (pixels); `red`, else blue, or
    `violet` (a received stamp's ink)."""

    red: bool
    left: int
    top: int
    right: int
    bottom: int
    violet: bool = False


@dataclass(frozen=True)
class SeparatedPage:
    """`gray`: what tesseract reads (coloured ink gone where found); `plain`: the page's grayscale as
    scanned (hand-filled digits and all); `regions`: where coloured ink was found; `colour`: the page."""

    gray: np.ndarray
    plain: np.ndarray
    regions: list[InkRegion]
    colour: Image.Image | None


def _masks(rgb: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(red, blue) ink masks of an RGB array. OpenCV's saturating 8-bit subtraction gives the same masks as
    signed differences (a negative difference is below the margin either way) without three 16-bit copies."""
    red, green, blue = cv2.split(np.ascontiguousarray(rgb))
    is_red = cv2.subtract(red, cv2.max(green, blue)) > COLOUR_MARGIN
    is_blue = (cv2.subtract(blue, red) > COLOUR_MARGIN) & (blue >= green)
    return is_red, is_blue


def _violet_chroma(rgb: np.ndarray) -> np.ndarray:
    """How far green lies under both red and blue: violet ink's mark (0 or less on paper, print and red or
    blue ink)."""
    red, green, blue = (rgb[..., channel].astype(np.int16) for channel in range(3))
    return np.minimum(red, blue) - green


def ink_regions(image: Image.Image) -> list[InkRegion]:
    """Regions of red, blue and violet ink, found on a quarter-size copy and scaled back up (with a margin). Violet
    ink is violet chroma that is not red ink (a magenta seal stays red); the masks and the chroma are computed once,
    for both the faint (`VIOLET_MARGIN`) and the full-strength (`COLOUR_MARGIN`) violet."""
    small = np.asarray(image.reduce(SCALE))
    is_red, is_blue = _masks(small)
    chroma = _violet_chroma(small)
    regions = [
        *_regions(is_red, image, is_red=True, violet=False),
        *_regions(is_blue, image, is_red=False, violet=False),
        *_regions((chroma > VIOLET_MARGIN) & ~is_red, image, is_red=False, violet=True),
    ]
    if not any(region.violet for region in regions):
        return regions
    reds = [region for region in regions if region.red]
    strong = _regions((chroma > COLOUR_MARGIN) & ~is_red, image, is_red=False, violet=True)
    strong = [region for region in strong if not _mostly_over_another(region, [*reds, *strong])]
    return [
        region
        for region in regions
        if not (
            region.violet
            and (_mostly_over_another(region, regions) or _faint_beside_red(region, regions, strong, image.width))
        )
    ]


_KERNEL = cv2.getStructuringElement(cv2.MORPH_RECT, (7, 7))
"""How far ink is grown on the small copy to join a region's strokes."""


def _regions(mask: np.ndarray, image: Image.Image, *, is_red: bool, violet: bool) -> list[InkRegion]:
    """The regions of one ink's mask on the small copy, in the page's order, boxed on the full-size page."""
    if not mask.any():
        return []
    # Grown and labelled only within the ink's bounding box and the kernel's reach: the same components
    # (nothing lies outside), for a fraction of the page's pixels. The window starts on even coordinates:
    # OpenCV labels 2×2 blocks in scan order, so the components keep the page's order.
    reach = _KERNEL.shape[0] // 2
    x, y, width, height = cv2.boundingRect(mask.view(np.uint8))
    x0, y0 = (max(0, start - reach) // 2 * 2 for start in (x, y))
    window = mask[y0 : y + height + reach, x0 : x + width + reach]
    grown = cv2.dilate(window.view(np.uint8), _KERNEL)
    count, _, stats, _ = cv2.connectedComponentsWithStats(grown)
    regions = []
    for index in range(1, count):
        left, top, w, h, area = (int(v) for v in stats[index])
        left, top = left + x0, top + y0
        if area < MIN_REGION or int(mask[top : top + h, left : left + w].sum()) < MIN_REGION // 2:
            continue
        regions.append(
            InkRegion(
                is_red,
                max(0, (left - 1) * SCALE),
                max(0, (top - 1) * SCALE),
                min(image.width, (left + w + 1) * SCALE),
                min(image.height, (top + h + 1) * SCALE),
                violet,
            )
        )
    return regions


def _faint_beside_red(region: InkRegion, regions: list[InkRegion], strong: list[InkRegion], page_width: int) -> bool:
    """Whether a violet region is of faint ink (it holds none of the violet regions found at full strength,
    `COLOUR_MARGIN`: `strong`) and no received stamp: narrower than `FAINT_STAMP_WIDTH` of the page, or touching
    a red region. On real scans a red seal's rim thins to a faint violet beyond the seal's red, and its ink spots
    the signature around it; lifted like a stamp, the signer's name under them would be read differently. A faint
    stamp is wide and stands apart. A magenta-red received stamp's frame, faint violet round its
    red words, is no violet stamp either: lifted, the citation line it crosses read "OĐ-LIBND" for
    "QĐ-UBND". Counting the full-strength pixels scattered over the whole faint
    region, a few on that frame's edges, had kept it."""
    if any(_overlap(region, other) for other in strong):
        return False  # found at full strength, as before
    if region.right - region.left < FAINT_STAMP_WIDTH * page_width:
        return True
    return any(other.red and _overlap(region, other) for other in regions)


def _overlap(a: InkRegion, b: InkRegion) -> bool:
    """Whether two regions' boxes overlap."""
    return a.left < b.right and b.left < a.right and a.top < b.bottom and b.top < a.bottom


def _mostly_over_another(region: InkRegion, regions: list[InkRegion]) -> bool:
    """Whether most of `region`'s box lies in a larger red or violet region's: a violet speck inside a stamp is
    part of it, and the violet rim a magenta-red seal leaves where its ink thins into the paper is the seal's
    (a blue region — the pen's digits, a signature — never hides a stamp)."""
    area = (region.right - region.left) * (region.bottom - region.top)
    for other in (other for other in regions if other.red or other.violet):
        width = min(region.right, other.right) - max(region.left, other.left)
        height = min(region.bottom, other.bottom) - max(region.top, other.top)
        larger = (other.right - other.left) * (other.bottom - other.top) > area
        if larger and width > 0 and height > 0 and 2 * width * height >= area:
            return True
    return False


def _inside_another(region: InkRegion, regions: list[InkRegion]) -> bool:
    """Whether `region` lies within another's box."""
    return any(
        other != region and other.left <= region.left and other.top <= region.top
        and region.right <= other.right and region.bottom <= other.bottom
        for other in regions
    )  # fmt: skip


def separate(image: Image.Image | np.ndarray) -> SeparatedPage:
    """The page as tesseract should read it, with coloured ink removed where there is any (see module doc).
    An array is a gray page's 8-bit pixels: nothing to separate.

    Pixels go to numpy only for the quarter-size copy and the regions found (converting a whole 300-dpi
    colour page costs more than tesseract's gain is worth on pages without coloured ink)."""
    if isinstance(image, np.ndarray):
        return SeparatedPage(image, image, [], None)
    if image.mode not in ("RGB", "RGBA", "P", "CMYK", "YCbCr", "LAB", "HSV"):
        gray = np.asarray(image if image.mode == "L" else image.convert("L"))
        return SeparatedPage(gray, gray, [], None)
    colour = image if image.mode == "RGB" else image.convert("RGB")
    plain = np.asarray(colour.convert("L"))
    regions = ink_regions(colour)
    if not regions:
        return SeparatedPage(plain, plain, [], colour)
    gray = plain.copy()
    for region in sorted(regions, key=lambda r: r.violet):  # a violet stamp's patch last: it whitens all ink
        area = np.asarray(colour.crop((region.left, region.top, region.right, region.bottom)))
        is_red, is_blue = _masks(area)
        # the red channel: red ink is nearly as light as the paper; violet ink is unmixed
        patch = _lift_violet(area) if region.violet else _unmix_red_ink(area[..., 0], is_red)
        patch[is_blue | (is_red & region.violet)] = 255
        gray[region.top : region.bottom, region.left : region.right] = patch
    return SeparatedPage(gray, plain, regions, colour)


def _unmix_red_ink(channel: np.ndarray, is_red: np.ndarray) -> np.ndarray:
    """`channel` (the red channel) with the red ink divided out where there is red ink. Ink lies over print
    multiplied, so a pixel there is the print's gray times the ink's transmission in red: its own level (the
    median of its pixels') over white. Pure ink turns white and the print under it gets its gray back. Whitening
    every red pixel (until session 31) took the print a scan blends half-opaque with a seal or a stamp's frame
    (a name line's letters, scenario 34); keeping the red channel as it is left a stamp's letters light gray,
    and tesseract's LSTM, which reads gray, ran them into the citation under the stamp."""
    unmixed = channel.copy()
    if not is_red.any():
        return unmixed
    level = max(int(np.median(channel[is_red])), 1)
    unmixed[is_red] = np.minimum(channel[is_red].astype(np.uint16) * 255 // level, 255).astype(np.uint8)
    return unmixed


def _lift_violet(area: np.ndarray) -> np.ndarray:
    """The print under a violet stamp, as a gray patch (see module doc).

    The ink's share of a pixel is its violet chroma over the stamp's full-strength chroma (the 90th
    percentile of its ink pixels'), grown by a pixel because colour edges are blurred more than brightness
    ones in a scan's JPEG; that share of (paper − full-strength ink), in the brighter of red and blue, is
    added back. Ink over black print keeps no chroma, so the print stays dark; ink over grey print is
    restored to that grey (both mixing and multiplying inks are linear in the share)."""
    rgb = area.astype(np.float32)
    bright = np.maximum(rgb[..., 0], rgb[..., 2])
    chroma = _violet_chroma(area).astype(np.float32)
    ink = chroma > VIOLET_MARGIN
    if not ink.any():
        return area[..., 0].copy()
    full = float(np.percentile(chroma[ink], 90))
    strong = chroma > 0.7 * full
    paper = float(np.percentile(bright, 90))
    share = cv2.dilate(np.clip(chroma / full, 0.0, 1.0), np.ones((3, 3), np.uint8))
    lifted = np.clip(bright + share * max(paper - float(np.median(bright[strong])), 0.0), 0, 255).astype(np.uint8)
    tint = rgb[..., 2] - rgb[..., 0]
    light = rgb.max(axis=2) > 180
    pen = (tint - (float(np.median(tint[light])) if light.any() else 0.0)) > PEN_TINT
    lifted[cv2.dilate(pen.astype(np.uint8), np.ones((3, 3), np.uint8)).astype(bool)] = 255
    return lifted


def without_red(plain: np.ndarray, colour: Image.Image | None, boxes: list[tuple[int, int, int, int]]) -> np.ndarray:
    """`plain` with red ink whitened inside each box (left, top, right, bottom): a seal over a hand-filled slot
    (an appendix's seal over the issuer and the "Số:" line) is not read as pen strokes, the blue pen is kept.
    A copy when there is colour and red ink in a box; `plain` itself otherwise."""
    if colour is None:
        return plain
    cleaned = plain
    for left, top, right, bottom in boxes:
        is_red, _ = _masks(np.asarray(colour.crop((left, top, right, bottom))))
        if is_red.any():
            cleaned = plain.copy() if cleaned is plain else cleaned
            cleaned[top:bottom, left:right][is_red] = 255
    return cleaned


def stamp_layers(page: SeparatedPage) -> list[tuple[InkRegion, Image.Image]]:
    """The red ink alone, dark on white, of each large red region that is not a round seal (nor inside
    another region), for reading a stamp apart from the page."""
    if page.colour is None:
        return []
    tall = STAMP_HEIGHT * page.colour.width
    layers = []
    for region in page.regions:
        width, height = region.right - region.left, region.bottom - region.top
        inside = _inside_another(region, [other for other in page.regions if not other.violet])
        if not region.red or height < tall or inside or 0.8 <= width / height <= 1.25:
            continue
        area = np.asarray(page.colour.crop((region.left, region.top, region.right, region.bottom)))
        is_red, _ = _masks(area)
        ink = np.where(is_red, area[..., 1], 255).astype(np.uint8)  # red ink is dark in the green channel
        layers.append((region, Image.fromarray(ink)))
    return layers
