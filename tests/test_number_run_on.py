"""A hand-filled number's crop run on to the printed symbol: a pen digit the slot's edge left out is never dropped
(the number is read whole or is null with a reason), and the printed "/" read as a 1 is no digit."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

from extractors.handfilled import ACCEPT_SCORE, RUN_ON, digits_before_symbol, resolve_number, runs_on
from extractors.header import parse_header
from extractors.text import handwriting
from schemas.document import Box, HandFilled

BOX = Box(left=500, top=400, width=150, height=90)


def _read(slot: str, text: str, score: float = 1.0) -> HandFilled:
    return HandFilled(slot=slot, text=text, score=score, box=BOX)


@pytest.mark.parametrize(
    ("read", "run_on", "agree"),
    [
        ("604", "604/", True),
        ("604", "604/QĐ", True),
        ("60", "604/", False),  # a digit past the crop's edge
        ("60", "6041Q", False),
        ("1540/Q", "1540/QD-U", True),
        ("604", ":604/Q", True),  # a speck before the digits
        ("7201", "720/QĐ", False),  # the crop took the "/" in as a 1
    ],
)
def test_runs_on_compares_the_leading_digits(read: str, run_on: str, agree: bool) -> None:
    assert runs_on(read, run_on) is agree


@pytest.mark.parametrize(
    ("slot", "run_on", "sep", "expected"),
    [
        (_read("number", "604"), _read(f"number{RUN_ON}", "604/", 0.88), "/", "604/QĐ-BYT"),
        (_read("number", "60"), _read(f"number{RUN_ON}", "604/", 0.88), "/", None),  # scenario 17's 604
        (_read("number", "60"), None, "/", "60/QĐ-BYT"),  # no stroke past the crop: nothing to check
        (_read("number", "1540/Q", 0.9956), None, "/", "1540/QĐ-BYT"),  # the "/" read shows where the digits end
        (_read("number", "1540/Q", 0.95), None, "/", None),  # unsure
        (_read("number", "184", 0.95), _read(f"number{RUN_ON}", "184-Q", 0.999), "-", "184-QĐ-BYT"),
        (_read("number", "184", 0.95), _read(f"number{RUN_ON}", "184/Q", 0.999), "-", None),  # not a party's "-"
        (_read("number", "18", 0.95), _read(f"number{RUN_ON}", "184-Q", 0.999), "-", None),  # readers differ
    ],
)
def test_a_sure_number_needs_its_run_on_reading_to_agree(
    slot: HandFilled, run_on: HandFilled | None, sep: str, expected: str | None
) -> None:
    resolved = resolve_number(None, "QĐ-BYT", sep, slot, None, run_on)
    assert resolved.value == expected
    if expected is None:
        assert resolved.error is not None and resolved.error.code == "number.handwritten_unread"


def test_digits_before_symbol_need_a_sure_reading_and_the_separator() -> None:
    assert digits_before_symbol(_read("number", "318/Q", 0.998)) == "318"
    assert digits_before_symbol(_read("number", "318/q", 0.998)) is None
    assert digits_before_symbol(_read("number", "3181Q", 0.998)) is None
    assert digits_before_symbol(_read("number", "184-Q", 0.999), "-") == "184"


def test_the_header_gives_no_number_when_the_run_on_reading_shows_another_digit() -> None:
    text = "BỘ Y TẾ\nSố: 04/QĐÐĐ-BYT\nHà Nội, ngày 05 tháng 5 năm 2026\nQUYẾT ĐỊNH\nVề việc cử đoàn"
    short = [_read("number", "60"), _read(f"number{RUN_ON}", "604/", 0.8876)]
    header = parse_header(text, ocr=True, hand_filled=short)
    assert header.number is None and header.symbol == "QĐ-BYT"
    assert "number.handwritten_unread" in {e.code for e in header.errors}
    whole = [_read("number", "604"), _read(f"number{RUN_ON}", "604/", 0.8876)]
    assert parse_header(text, ocr=True, hand_filled=whole).number == "604/QĐ-BYT"


def test_a_speck_before_the_number_under_a_lone_label_is_no_part_of_it() -> None:
    """Scenario 17's 302: tesseract put the pen's digits on a line of their own below "Số", a speck before them."""
    text = "BỘ Y TẾ\nBỆNH VIỆN K\nSố\n.302/QĐ-BVK\nHà Nội, ngày 31 tháng 3 năm 2026\nQUYẾT ĐỊNH\nVề việc cử đoàn"
    assert parse_header(text, ocr=True, hand_filled=[_read("number", "302")]).number == "302/QĐ-BVK"


def test_a_read_slot_with_no_number_line_says_why_the_number_is_null() -> None:
    text = "BỘ Y TẾ\nBỆNH VIỆN K\nHà Nội, ngày 31 tháng 3 năm 2026\nQUYẾT ĐỊNH\nVề việc cử đoàn"
    header = parse_header(text, ocr=True, hand_filled=[_read("number", "0g", 0.88)])
    assert header.number is None
    assert "number.unreadable" in {e.code for e in header.errors}


def _number_line(digits: str, gap: int) -> tuple[np.ndarray, list[tuple[int, int]], int]:
    """A 300-dpi strip "Số:  <pen digits> /QĐ-BYT" as scenario 17's forms fill it: bold slanted near-black digits
    half again as tall as print, the printed "/" `gap` px after them. Returns the page, each digit's ink columns (left,
    right) and the label's right."""
    from samples.tools.render import font

    page = Image.new("L", (1500, 300), 255)
    draw = ImageDraw.Draw(page)
    face = font("regular", 13)
    draw.text((60, 140), "Số:", fill=25, font=face)
    label_right = int(draw.textbbox((60, 140), "Số:", font=face)[2])
    pen = Image.new("L", (90 * len(digits) + 40, 140), 0)
    ImageDraw.Draw(pen).text((10, 10), digits, fill=255, font=font("sansbold", 20))
    pen = pen.transform(pen.size, Image.Transform.AFFINE, (1, 0.25, -0.25 * pen.height / 2, 0, 1, 0))
    left = label_right + 110
    page.paste(Image.new("L", pen.size, 20), (left, 100), pen)
    ink = np.asarray(page)[:, left : left + pen.width] < 128
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink.astype(np.uint8), connectivity=8)
    columns = sorted((left + x, left + x + w) for x, _, w, _, pixels in stats[1:count] if pixels > 40)
    draw.text((columns[-1][1] + gap, 140), "/QĐ-BYT", fill=25, font=face)
    return np.asarray(page), columns, label_right


@pytest.mark.slow  # loads the digit recogniser
@pytest.mark.parametrize(("digits", "gap"), [("604", 14), ("720", 6), ("2591", 12)])
def test_a_pen_digit_wholly_past_the_slots_edge_is_read_or_the_number_is_null(digits: str, gap: int) -> None:
    """The slot's right edge, estimated from tesseract's garbled symbol word, fell before the last pen digit: the
    crop read the shorter number at 1.000. Run on to the symbol, the number is read whole, or is null — never short."""
    plain, columns, label_right = _number_line(digits, gap)
    assert len(columns) == len(digits)
    slot = handwriting.Slot("number", label_right + 5, 80, columns[-1][0] - 4, 260, 140)
    read = {reading.slot: reading for _, reading in handwriting._read([slot], plain, 0.0, None)}
    number = resolve_number(None, "QĐ-BYT", "/", read["number"], None, read.get(f"number{RUN_ON}"))
    assert number.value in (f"{digits}/QĐ-BYT", None)
    assert number.value is not None or number.error is not None
    short = plain[80:260, label_right + 5 : columns[-1][0] - 4]
    ((alone, _),) = handwriting.read_digits([short])
    assert alone.startswith(digits[:-1]) and alone != digits  # what the cut slot alone reads


@pytest.mark.slow  # loads the digit recogniser
@pytest.mark.parametrize(("digits", "gap"), [("112", 8), ("205", 10), ("441", 6)])
def test_a_whole_number_before_the_printed_slash_is_kept(digits: str, gap: int) -> None:
    """A crop that holds every pen digit: run on, it reads them and the printed "/" after, and the sure reading
    stands (no conflict)."""
    plain, columns, label_right = _number_line(digits, gap)
    slot = handwriting.Slot("number", label_right + 5, 80, columns[-1][1] + 2, 260, 140)
    read = {reading.slot: reading for _, reading in handwriting._read([slot], plain, 0.0, None)}
    number = resolve_number(None, "QĐ-BYT", "/", read["number"], None, read.get(f"number{RUN_ON}"))
    assert read["number"].score >= ACCEPT_SCORE
    assert number.value == f"{digits}/QĐ-BYT"


@pytest.mark.parametrize(
    ("read", "run_on", "slash"),
    [
        ("112", "1121Q", True),  # scenario 16: the printed "/" read as a 1 before the "Q"
        ("87", "871", True),  # rs_06: the run-on crop ended at the "/"
        ("16", "161C", True),  # rs_21
        ("60", "601/", False),  # the "/" read after the 1: the 1 is a pen digit past the crop
        ("112", "11215", False),
        ("11", "1121Q", False),  # another digit besides
    ],
)
def test_a_printed_slash_read_as_a_one_is_no_digit(read: str, run_on: str, slash: bool) -> None:
    assert handwriting._slash_read_as_one(read, run_on) is slash
