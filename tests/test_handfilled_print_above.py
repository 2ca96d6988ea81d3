"""Pen digits written high on the "Số:" row: the issuer's letters they touch, and a 1-bit scan's dashed rule they
cross, are kept out of the number's crop — the letters only when the crop without them reads the same digits."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from extractors.handfilled import ACCEPT_SCORE
from extractors.text import handwriting
from schemas.document import Box, Word
from tests.test_handfilled import _pen

LETTERS_BOTTOM = 112
"""The foot of the issuer's letters on the strip (`_strip`)."""


def _strip(
    digits: str, *, dashed: bool = False, letters: bool = True, pen: int = 117
) -> tuple[np.ndarray, handwriting.Slot, int]:
    """A 300-dpi strip of a decision's header: the issuer's last line (its letters' foot at `LETTERS_BOTTOM`), a rule
    under it (dashes 6 px long, 3 px apart when `dashed`: a 1-bit scan's dithering), and "Số: <pen> /QĐ-UBND" with pen
    digits written high, their tops touching the letters. Returns the page, the number's slot (as `find_slots` gives
    it, the letters' rows in `print_above` when `letters`) and the pen ink's right end. `pen`: the digits' height."""
    from samples.tools.render import font

    page = Image.new("L", (1300, 420), 255)
    draw = ImageDraw.Draw(page)
    bold, face = font("bold", 12.5), font("regular", 13)
    if letters:
        left, _, _, bottom = draw.textbbox((0, 0), "THÀNH PHỐ HÀ NỘI", font=bold)
        draw.text((200 - left, LETTERS_BOTTOM - bottom), "THÀNH PHỐ HÀ NỘI", fill=25, font=bold)
    for x in range(180, 760, 9 if dashed else 580):
        draw.line((x, 124, min(x + (5 if dashed else 580), 760), 124), fill=25, width=3)
    draw.text((100, 150), "Số:", fill=25, font=face)
    label_right = int(draw.textbbox((100, 150), "Số:", font=face)[2])
    pen_right = int(_pen(draw, digits, label_right + 40, 212, pen))  # tops at y 95, into the letters
    symbol_left = pen_right + 30
    draw.text((symbol_left, 150), "/QĐ-UBND", fill=25, font=face)
    row = (float(LETTERS_BOTTOM - 40), float(LETTERS_BOTTOM)) if letters else None
    slot = handwriting.Slot("number", label_right + 5, 30, symbol_left - 3, 250, 150, print_above=row)
    return np.asarray(page), slot, pen_right


def _header(*words: tuple[str, int, int, int, int]) -> list[Word]:
    return [
        Word(text=t, box=Box(left=x, top=y, width=w, height=h), confidence=95.0, block=1, line=1)
        for t, x, y, w, h in words
    ]


def test_the_printed_line_above_the_number_slot_is_found_from_its_words() -> None:
    """Scenario 24's "THÀNH PHỐ HÀ NỘI" over "Số:": its words end inside the slot (the symbol boxed with the pen's
    strokes beside it, as tall as they are), above the symbol's top."""
    header = _header(
        ("THÀNH", 525, 301, 182, 45),
        ("PHỐ", 722, 300, 104, 46),
        ("HÀ", 840, 301, 73, 45),
        ("Số:", 493, 384, 61, 37),
        ("/QĐ-UBND", 812, 368, 240, 71),
    )
    slot = handwriting.find_slots(header, 3500)[0]
    assert slot.name == "number" and slot.print_above == (301, 346)
    lone = handwriting.find_slots([w for w in header if w.text in ("HÀ", "Số:", "/QĐ-UBND")], 3500)[0]
    assert lone.print_above is None  # one word may be the pen's garble: no line


def test_a_dithered_rule_the_pen_digits_cross_is_whitened_as_one() -> None:
    """Scenario 24's 1-bit scans: the rule under the issuer, broken into dashes by dithering, was no run long
    enough to be a rule; it joined the pen's last digit and ran on to the symbol ("109210" for 1098, "2044c")."""
    plain, slot, pen_right = _strip("1205", dashed=True, letters=False)
    box = Box(left=round(slot.left), top=30, width=round(slot.right - slot.left), height=220)
    assert (plain[124, pen_right + 10 : pen_right + 16] < 128).any()
    cleaned = handwriting._without_rules(plain, [box])
    assert (cleaned[120:128, pen_right + 5 : pen_right + 25] == 255).all()  # the dashes are gone
    found = handwriting.ink_box(cleaned, box, 150)
    assert found is not None and found.left + found.width <= pen_right + 12


def test_the_issuers_letters_the_pen_digits_touch_are_whitened_out_of_the_crop() -> None:
    plain, slot, pen_right = _strip("2150")
    box = Box(left=round(slot.left), top=30, width=round(slot.right - slot.left), height=220)
    clean = handwriting._without_rules(plain, [box])
    merged = handwriting.ink_box(clean, box, 150)
    assert merged is not None and merged.top < LETTERS_BOTTOM - 25  # the letters' strokes taken in whole
    cleared = handwriting._without_print_above(clean, slot, box, 0.0)
    assert cleared is not None
    page, pen = cleared
    assert pen.top >= LETTERS_BOTTOM and pen.left + pen.width <= pen_right + 12
    assert (page[LETTERS_BOTTOM - 30 : LETTERS_BOTTOM, pen_right + 40 : pen_right + 80] == 255).all()


@pytest.mark.parametrize(
    ("readings", "expected"),
    [
        ([("1890", 0.9593), ("1890", 0.9964)], ("1890", 0.9964)),  # scenario 24's 1890: the same, now sure
        ([("2790", 0.9772), ("2/90", 0.9316)], ("2790", 0.9772)),  # the 7's bar clipped: the crop's own stands
        ([("1377", 0.9), ("13", 0.9999)], ("1377", 0.9)),  # sure, but not the same digits
        ([("2801", 0.8505), ("2801", 0.9101)], ("2801", 0.8505)),  # the same, still unsure
    ],
)
def test_the_crop_without_the_print_above_only_confirms_the_crops_reading(
    monkeypatch: pytest.MonkeyPatch, readings: list[tuple[str, float]], expected: tuple[str, float]
) -> None:
    """Recorded readings of scenario 24's crops: with the issuer's letters, then without them (`_read`)."""
    calls = iter([[readings[0]], [readings[1]]])
    monkeypatch.setattr(handwriting, "read_digits", lambda crops: next(calls, [("", 0.0)] * len(crops)))
    plain, slot, _ = _strip("2150")
    read = {r.slot: r for _, r in handwriting._read([slot], plain, 0.0, None)}
    assert (read["number"].text, read["number"].score) == expected
    assert (read["number"].box.top >= LETTERS_BOTTOM) is (expected[1] >= ACCEPT_SCORE)


@pytest.mark.slow  # loads the digit recogniser
@pytest.mark.parametrize("digits", ["2150", "1260", "2105"])
def test_pen_digits_touching_the_issuers_letters_are_read(digits: str) -> None:
    plain, slot, _ = _strip(digits)
    box = Box(left=round(slot.left), top=30, width=round(slot.right - slot.left), height=220)
    cleared = handwriting._without_print_above(handwriting._without_rules(plain, [box]), slot, box, 0.0)
    assert cleared is not None
    ((text, score),) = handwriting.read_digits([handwriting._padded(handwriting._crop(*cleared))])
    assert text == digits and score >= ACCEPT_SCORE
