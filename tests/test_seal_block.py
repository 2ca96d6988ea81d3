"""A seal found by its shape and set apart from print by its gray level, on a rendered signature block
(`extractors.text.seal_block`; no OCR here — the block read end to end is in test_scan_variants.py)."""

from __future__ import annotations

import numpy as np

from extractors.text.seal_block import has_seal, print_only
from tests.scanpaper import HEIGHT, WIDTH, decision_page

UNIT = 50.0
"""The rendered page's word height in pixels (13-point print at 300 dpi)."""


def _band(scan: str, seal: bool) -> np.ndarray:
    """The signature column's band (right of "Nơi nhận:") of the rendered decision, gray or 1-bit."""
    page, _ = decision_page(number="89", day="16", seal=seal)
    gray = page.convert("L")
    if scan == "bilevel":
        gray = gray.point(lambda value: 255 if value > 150 else 0)
    return np.asarray(gray.crop((int(0.4 * WIDTH), int(0.45 * HEIGHT), WIDTH, int(0.75 * HEIGHT))))


def test_a_seal_is_found_by_its_ring_on_gray_and_1_bit_scans_and_not_in_print_alone() -> None:
    assert has_seal(_band("gray", seal=True), UNIT)
    assert has_seal(_band("bilevel", seal=True), UNIT)
    assert not has_seal(_band("gray", seal=False), UNIT)


def test_on_a_gray_scan_only_print_is_kept_and_a_1_bit_scan_has_no_second_level() -> None:
    band = _band("gray", seal=True)
    cleaned = print_only(band)
    assert cleaned is not None
    seal_gray = (band > 70) & (band < 120)  # the red ring, as a gray scan shows it
    assert seal_gray.sum() > 10_000 and (cleaned[seal_gray] == 255).all()
    print_ink = band < 40
    assert (cleaned[print_ink] == band[print_ink]).all()
    assert print_only(_band("bilevel", seal=True)) is None
