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


def test_a_sure_pen_number_whose_last_0_ate_the_slash_gets_the_symbol_after_it() -> None:
    """Scenario 22's 2340: tesseract read "2.34ØQĐĐ-BNNMT", the pen's 0 and the printed "/" as one "Ø"; the slot read
    2340 at 1.000 and, run on, "2340QD" (no "/" to see)."""
    text = "BỘ NÔNG NGHIỆP\nSố: 2.34ØQĐĐ-BNNMT\nHà Nội, ngày 25 tháng 6 năm 2026\nQUYẾT ĐỊNH\nVề việc cử cán bộ"
    slots = [_read("number", "2340"), _read(f"number{RUN_ON}", "2340QD", 0.9932)]
    assert parse_header(text, ocr=True, hand_filled=slots).number == "2340/QĐ-BNNMT"
    header = parse_header(text, ocr=True, hand_filled=[_read("number", "2340", 0.98)])
    assert header.number is None and "number.handwritten_unread" in {e.code for e in header.errors}


def test_a_speck_before_the_number_under_a_lone_label_is_no_part_of_it() -> None:
    """Scenario 17's 302: tesseract put the pen's digits on a line of their own below "Số", a speck before them."""
    text = "BỘ Y TẾ\nBỆNH VIỆN K\nSố\n.302/QĐ-BVK\nHà Nội, ngày 31 tháng 3 năm 2026\nQUYẾT ĐỊNH\nVề việc cử đoàn"
    assert parse_header(text, ocr=True, hand_filled=[_read("number", "302")]).number == "302/QĐ-BVK"


def test_a_read_slot_with_no_number_line_says_why_the_number_is_null() -> None:
    text = "BỘ Y TẾ\nBỆNH VIỆN K\nHà Nội, ngày 31 tháng 3 năm 2026\nQUYẾT ĐỊNH\nVề việc cử đoàn"
    header = parse_header(text, ocr=True, hand_filled=[_read("number", "0g", 0.88)])
    assert header.number is None
    assert "number.unreadable" in {e.code for e in header.errors}


def _number_line(digits: str, gap: int, size: int = 13) -> tuple[np.ndarray, list[tuple[int, int]], int]:
    """A 300-dpi strip "Số:  <pen digits> /QĐ-BYT" as scenario 17's forms fill it: bold slanted near-black digits
    half again as tall as print (`size`: the print's font size), the printed "/" `gap` px after them (touching them
    when negative). Returns the page, each digit's ink columns (left, right) and the label's right."""
    from samples.tools.render import font

    page = Image.new("L", (1500, 300), 255)
    draw = ImageDraw.Draw(page)
    face = font("regular", size)
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


def _ink_box(plain: np.ndarray, columns: list[tuple[int, int]]) -> Box:
    """The box of the pen digits whose ink columns are `columns`."""
    strokes = handwriting._strokes(plain, columns[0][0], 0, columns[-1][1], plain.shape[0])
    top, bottom = min(s[1] for s in strokes), max(s[3] for s in strokes)
    return Box(left=columns[0][0], top=top, width=columns[-1][1] - columns[0][0], height=bottom - top)


@pytest.mark.parametrize(("digits", "gap"), [("1203", -3), ("87", 4), ("604", -6)])
def test_print_alone_past_the_crop_is_nothing_to_check_and_a_pen_digit_is(digits: str, gap: int) -> None:
    """The cited 1203 of tests/test_scan_paperwork.py: the printed "/" touching the pen's "3", only the symbol's
    letters (under 0.7 of the pen digits' height) lie past the crop; run on over them, the recogniser read "12030D"
    (the "Q" as a 0) and the sure 1203 was dropped. With every pen digit in the crop nothing past it is as tall as
    they are; with the last one past it, that digit is."""
    plain, columns, _ = _number_line(digits, gap, size=11)
    whole = _ink_box(plain, columns)
    past = handwriting._past(plain, whole)
    assert past and not handwriting._pen_tall(plain, whole, handwriting._run_on(whole, past))
    short = _ink_box(plain, columns[:-1])  # the slanted last digit starts before the one before it ends
    past = handwriting._past(plain, short)
    assert handwriting._pen_tall(plain, short, handwriting._run_on(short, past))


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


@pytest.mark.slow  # loads the digit recogniser
@pytest.mark.parametrize(("digits", "gap", "size"), [("118", 4, 16), ("655", 4, 16), ("604", 8, 15)])
def test_a_crop_that_took_in_the_printed_slash_is_cut_before_it(digits: str, gap: int, size: int) -> None:
    """Scenario 22's 118, 655 and 3152: the slot's edge fell inside the printed "/", a stroke of its own as tall as
    0.7 of the pen's digits, and the crop read "118/" at 0.97 (null). Cut at its strokes' ends, it reads 118 sure."""
    plain, columns, label_right = _number_line(digits, gap, size)
    slash = handwriting._strokes(plain, columns[-1][1], 80, columns[-1][1] + 80, 260)[0]
    slot = handwriting.Slot("number", label_right + 5, 80, slash[0] + 3, 260, 140)
    whole = handwriting.ink_box(
        plain, Box(left=label_right + 5, top=80, width=slash[0] + 3 - label_right - 5, height=180)
    )
    assert whole is not None
    ((alone, _),) = handwriting.read_digits([handwriting._padded(handwriting._crop(plain, whole))])
    assert alone.startswith(f"{digits}/")  # what the crop reads with the "/"
    read = {reading.slot: reading for _, reading in handwriting._read([slot], plain, 0.0, None)}
    assert (read["number"].text, read["number"].score >= ACCEPT_SCORE) == (digits, True)
    number = resolve_number(None, "QĐ-BYT", "/", read["number"], None, read.get(f"number{RUN_ON}"))
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


@pytest.mark.slow  # loads the digit recogniser
@pytest.mark.parametrize("digits", ["765", "745", "1765"])
def test_a_pen_stroke_starting_under_the_crops_last_digit_is_run_on_over(digits: str) -> None:
    """Scenario 24's 765: the pen's "65" one stroke that began under the bar of the 7, left of the crop's right edge;
    the crop held the 7 alone, read "7" at 0.999, and nothing was run on over (only strokes starting past the crop
    were). The stroke lying mostly past the crop is run on over: the number is whole or null, never "7"."""
    plain, columns, label_right = _number_line(digits, 8)
    plain = plain.copy()
    seven = digits.index("7")
    joined = (int(columns[seven + 1][1]) - 6, 175), (int(columns[seven + 2][0]) + 8, 175)
    cv2.line(plain, *joined, 20, 5)  # the two digits after the 7 written as one stroke
    slot = handwriting.Slot("number", label_right + 5, 80, columns[seven][1] - 10, 260, 140)
    read = {reading.slot: reading for _, reading in handwriting._read([slot], plain, 0.0, None)}
    assert read["number"].text == digits[: seven + 1]  # the crop holds the digits up to the 7 alone
    number = resolve_number(None, "QĐ-BYT", "/", read["number"], None, read.get(f"number{RUN_ON}"))
    assert number.value in (f"{digits}/QĐ-BYT", None)
    assert number.value is not None or number.error is not None
