"""Coloured ink found on a page (`extractors.text.inks`): the cheaper computations give what the plain ones
give — the masks of signed channel differences, and the regions, in order, of labelling the whole page."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image

from extractors.text import inks


def test_masks_are_the_signed_channel_differences_for_every_colour() -> None:
    values = np.arange(256, dtype=np.uint8)
    red, green, blue = np.meshgrid(values, values, values, indexing="ij")
    rgb = np.stack([red, green, blue], axis=-1).reshape(256, 256 * 256, 3)
    wide = rgb.astype(np.int16)
    is_red, is_blue = inks._masks(rgb)
    assert np.array_equal(is_red, wide[..., 0] - wide[..., 1:].max(axis=-1) > inks.COLOUR_MARGIN)
    assert np.array_equal(is_blue, (wide[..., 2] - wide[..., 0] > inks.COLOUR_MARGIN) & (wide[..., 2] >= wide[..., 1]))


def _whole_page_regions(image: Image.Image) -> list[tuple[bool, int, int]]:
    """(red, left, top) of each region as labelling the whole quarter-size page orders them."""
    small = np.asarray(image.reduce(inks.SCALE))
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (7, 7))
    found = []
    for is_red, mask in zip((True, False), inks._masks(small), strict=True):
        _, _, stats, _ = cv2.connectedComponentsWithStats(cv2.dilate(mask.astype(np.uint8), kernel))
        found += [
            (is_red, max(0, (left - 1) * inks.SCALE), max(0, (top - 1) * inks.SCALE)) for left, top, *_ in stats[1:]
        ]
    return found


@pytest.mark.parametrize("shift", [0, 1, 2, 3])
def test_regions_come_in_the_order_labelling_the_whole_page_gives(shift: int) -> None:
    """Blue blobs whose tops are one quarter-size row apart, the lower one further left: OpenCV labels 2×2
    blocks, so a window starting on an odd row or column would order them otherwise."""
    page = np.full((1200, 1000, 3), 255, np.uint8)
    for top, left in ((400 + 4 * shift, 600 + 4 * shift), (404 + 4 * shift, 200), (800, 120 + 4 * shift)):
        page[top : top + 60, left : left + 90] = (30, 40, 200)
    page[100 + 4 * shift : 180, 700:780] = (210, 20, 20)
    image = Image.fromarray(page)
    regions = inks.ink_regions(image)
    assert len(regions) == 4
    assert [(region.red, region.left, region.top) for region in regions] == _whole_page_regions(image)
