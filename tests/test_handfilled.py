"""Hand-filled digits: slots found from the printed words, readings accepted only when sure and consistent;
coloured ink set apart from print."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from PIL import Image

from extractors.handfilled import (
    ACCEPT_SCORE,
    TYPED_CHECK,
    confirm_typed,
    month_and_year,
    pen_written,
    resolve_day,
    resolve_month,
    resolve_number,
)
from extractors.header import parse_header
from extractors.text import handwriting, inks
from extractors.text.handwriting import _cited_slots, fill_cited, find_slots
from schemas.document import Box, HandFilled, Word

BOX = Box(left=500, top=400, width=150, height=90)


def _slot(name: str, text: str, score: float = 0.999) -> HandFilled:
    return HandFilled(slot=name, text=text, score=score, box=BOX)


def _anywhere(_: dt.date) -> str | None:
    return None


@pytest.mark.parametrize(
    ("printed", "slot", "expected", "error"),
    [
        (None, _slot("number", "89"), "89/QĐ-UBND", None),
        (None, _slot("number", "89", ACCEPT_SCORE - 0.02), None, "number.handwritten_unread"),  # not sure
        (None, _slot("number", "8g"), None, "number.handwritten_unread"),  # not digits only
        (None, _slot("number", "123456"), None, "number.handwritten_unread"),  # no number has 6 digits
        ("89/QĐ-UBND", _slot("number", "89"), "89/QĐ-UBND", None),  # printed and read agree
        ("39/QĐ-UBND", _slot("number", "89"), "89/QĐ-UBND", None),  # a sure reading beats tesseract's
        ("39/QĐ-UBND", _slot("number", "89", 0.9), None, "number.handwritten_unread"),  # unsure and disagreeing
        ("89/QĐ-UBND", _slot("number", "89/", 0.9), "89/QĐ-UBND", None),  # unsure but tesseract agrees
        ("39/QĐ-UBND", _slot("number", "", 0.0), "39/QĐ-UBND", None),  # nothing read: the print stands
        (None, None, None, None),
    ],
)
def test_resolve_number(printed: str | None, slot: HandFilled | None, expected: str | None, error: str | None) -> None:
    resolved = resolve_number(printed, "QĐ-UBND", "/", slot)
    assert resolved.value == expected
    assert (resolved.error.code if resolved.error else None) == error
    if resolved.error is not None:
        assert resolved.error.box == BOX and resolved.error.page == 1  # the crop, for the review queue


def test_resolve_day() -> None:
    slots = {"day": _slot("day", "16")}
    assert resolve_day(None, 1, 2025, slots, _anywhere) == (dt.date(2025, 1, 16), None)
    value, error = resolve_day(None, 2, 2025, {"day": _slot("day", "31")}, _anywhere)  # no 31 February
    assert value is None and error is not None and error.code == "date.handwritten_unread"
    value, error = resolve_day(None, 1, 2025, slots, lambda d: "after the signature")
    assert value is None and error is not None and "after the signature" in error.message
    assert resolve_day(None, 3, 2025, {**slots, "month": _slot("month", "03")}, _anywhere)[0] == dt.date(2025, 3, 16)
    assert resolve_day(dt.date(2025, 9, 16), 5, 2025, {}, _anywhere)[0] == dt.date(2025, 5, 16)  # the slot's month
    assert resolve_day(dt.date(2025, 1, 16), 1, 2025, slots, _anywhere) == (dt.date(2025, 1, 16), None)
    assert resolve_day(dt.date(2025, 1, 18), 1, 2025, slots, _anywhere)[0] == dt.date(2025, 1, 16)  # sure pen wins
    unsure = {"day": _slot("day", "16", 0.9)}
    assert resolve_day(dt.date(2025, 1, 18), 1, 2025, unsure, _anywhere)[0] is None  # unsure and disagreeing
    assert resolve_day(dt.date(2025, 1, 16), 1, 2025, unsure, _anywhere)[0] == dt.date(2025, 1, 16)  # agreeing


@pytest.mark.parametrize(
    ("printed", "slot", "expected", "error"),
    [
        (None, _slot("month", "03"), 3, None),
        (9, _slot("month", "5"), 5, None),  # a sure reading beats tesseract's read of the pen's 5 as 9
        (9, _slot("month", "5", ACCEPT_SCORE - 0.02), None, "date.handwritten_unread"),  # unsure and disagreeing
        (5, _slot("month", "05", ACCEPT_SCORE - 0.02), 5, None),  # unsure but tesseract agrees
        (None, _slot("month", "5", ACCEPT_SCORE - 0.02), None, "date.handwritten_unread"),
        (9, _slot("month", "13"), None, "date.handwritten_unread"),  # no 13th month
        (None, _slot("month", "g8n"), 8, None),  # the crop caught "thán(g)" and "(n)ăm"
        (3, _slot("month", "g³", 0.756), 3, None),  # unsure, a raised 3, and tesseract read 3
        (5, _slot("month", "g³", 0.756), None, "date.handwritten_unread"),
        (None, _slot("month", "gn"), None, "date.handwritten_unread"),
        (9, _slot("month", "", 0.0), 9, None),  # nothing read: tesseract's month stands
        (9, None, 9, None),  # printed, no slot
    ],
)
def test_resolve_month(printed: int | None, slot: HandFilled | None, expected: int | None, error: str | None) -> None:
    month, problem = resolve_month(printed, slot)
    assert month == expected
    assert (problem.code if problem else None) == error
    if problem is not None:
        assert problem.box == BOX and problem.page == 1  # the month's crop, for the review queue


def test_month_and_year() -> None:
    assert month_and_year("quang ngai, ngay  thang 01 nam 2025") == (1, 2025)
    assert month_and_year("ngay thang nam 2025") == (None, 2025)


@pytest.mark.parametrize(
    ("month_slot", "expected", "partial"),
    [
        (_slot("month", "5"), dt.date(2026, 5, 13), None),  # the recogniser's sure 5 over tesseract's 9
        (_slot("month", "5", ACCEPT_SCORE - 0.02), None, None),  # unsure: no date, and no month kept either
        (_slot("month", "9", ACCEPT_SCORE - 0.02), dt.date(2026, 9, 13), None),  # unsure, but tesseract agrees
    ],
)
def test_header_hand_filled_month_is_not_tesseracts_reading_of_the_pen(
    month_slot: HandFilled, expected: dt.date | None, partial: str | None
) -> None:
    """A report's month written by pen ("tháng 5"), read "9" by tesseract (not confident print, so its slot was
    read): a sure reading of the slot is the month; an unsure one disagreeing leaves the date null with
    date.handwritten_unread — never a date four months late."""
    text = "UBND THÀNH PHỐ HUẾ\nSố: 96/BC-SNNMT\nHuế, ngày 13 tháng 9 năm 2026\nBÁO CÁO\nKết quả chuyến khảo sát"
    header = parse_header(text, hand_filled=[_slot("day", "13"), month_slot])
    assert (header.issue_date, header.issue_date_partial) == (expected, partial)
    assert ("date.handwritten_unread" in {e.code for e in header.errors}) is (expected is None)


def test_header_takes_a_sure_hand_filled_number_and_day_and_keeps_the_print_otherwise() -> None:
    text = "UBND TỈNH QUẢNG NGÃI\nSố: /QĐ-UBND\nQuảng Ngãi, ngày tháng 01 năm 2025\nQUYẾT ĐỊNH\nVề việc cử cán bộ"
    sure = parse_header(text, hand_filled=[_slot("number", "89"), _slot("day", "16")])
    assert (sure.number, sure.issue_date, sure.issue_date_partial) == ("89/QĐ-UBND", dt.date(2025, 1, 16), None)
    assert sure.errors == []
    unsure = parse_header(text, hand_filled=[_slot("number", "89", 0.9), _slot("day", "1b")])
    assert (unsure.number, unsure.symbol, unsure.issue_date, unsure.issue_date_partial) == (
        None,
        "QĐ-UBND",
        None,
        "2025-01",
    )
    assert {e.code for e in unsure.errors} == {"number.handwritten_unread", "date.handwritten_unread"}


def _word(text: str, left: int, top: int = 400, width: int = 80, confidence: float = 90.0) -> Word:
    return Word(text=text, box=Box(left=left, top=top, width=width, height=50), confidence=confidence)


def test_slots_lie_between_the_printed_words() -> None:
    words = [
        _word("Số:#4", 400, width=200),  # the label glued to pen strokes
        _word("2#/QĐ-UBND", 600, width=300, confidence=40.0),  # tesseract's read of pen digits glued to the symbol
        _word("ngày", 1500),
        _word("Ø†tháng", 1750, width=120),
        _word("01", 1900),
        _word("năm", 1980),
        _word("Số:", 400, top=2000),  # in the body: not the header's
    ]
    slots = {slot.name: slot for slot in find_slots(words, 3508)}
    assert set(slots) == {"number", "day"}  # the month "01" is printed: no slot to read
    assert 460 < slots["number"].left < 540 and 600 < slots["number"].right < 660  # up to the "/"
    assert slots["day"].left > 1580 and 1760 < slots["day"].right < 1800
    assert slots["number"].top < 400 < 450 < slots["number"].bottom  # taller than the line
    unsure_month = [w.model_copy(update={"confidence": 30.0}) if w.text == "01" else w for w in words]
    assert "month" in {slot.name for slot in find_slots(unsure_month, 3508)}


def test_a_departments_name_above_is_no_number_label() -> None:
    """ "SỞ NGOẠI VỤ" folds to "so" like "Số": the label is the one with a symbol on its row."""
    words = [
        _word("SỞ", 420, top=300),
        _word("NGOẠI", 520, top=300),
        _word("Số:", 400),
        _word("/QĐ-SNgV", 700, width=240),
    ]
    (slot,) = find_slots(words, 3508)
    assert slot.name == "number" and 470 < slot.left < 700 and slot.top > 300


@pytest.mark.parametrize(("label", "slot"), [("sẽ:", True), ("sẽ", False)])
def test_a_fax_label_read_se_is_the_number_label_only_with_its_colon(label: str, slot: bool) -> None:
    """Scenario 23's fax of QĐ 1012: "Số:" read "sẽ:", so no slot was read and the number was null with no error."""
    words = [_word(label, 400), _word("1012", 500, confidence=60.0), _word("/QĐĐĐ-UBND", 660, width=300)]
    assert bool(find_slots(words, 3508)) is slot


def test_a_label_boxed_with_the_pen_digits_it_left_out_of_its_text_still_gives_the_slot() -> None:
    """rs_20: "06" written against "ngày"; tesseract read "ngày" alone, its box 182 px for 4 letters."""
    words = [_word("ngày", 1504, width=182), _word("tháng", 1693, width=132), _word("01", 1860), _word("năm", 1950)]
    (day,) = find_slots(words, 3508)
    assert day.name == "day" and 1600 < day.left < 1640 and day.right < 1693  # "ngày" is 4.4 of tháng's letters
    printed = [_word("ngày", 1504, width=120), *words[1:]]  # as wide as its letters: the box ends the label
    (day,) = find_slots(printed, 3508)
    assert day.left > 1624


def test_red_and_blue_ink_are_removed_and_black_print_under_them_is_kept() -> None:
    page = np.full((400, 400, 3), 255, np.uint8)
    page[100:110, 50:350] = (20, 20, 20)  # a printed line
    page[60:160, 100:200] = (205, 35, 40)  # red seal ink over it...
    page[100:110, 100:200] = (20, 20, 20)  # ...where print stays black
    page[120:124, 50:350] = (20, 20, 20)  # a printed stroke the ink covers half-opaque (a scan's blend)...
    page[120:124, 100:200] = (170, 32, 36)  # ...still the darkest pixel of the red channel around
    page[250:260, 50:350] = (35, 55, 170)  # a blue stroke
    separated = inks.separate(Image.fromarray(page))
    # the ink alone turns white (a stamp's letters left light gray ran into the citation under them)...
    assert separated.gray[105, 150] < 60 and separated.gray[80, 150] == 255 and separated.gray[255, 150] == 255
    assert separated.gray[122, 150] < separated.gray[80, 150] - 30  # ...the print under it is not whitened
    assert separated.plain[80, 150] < 200  # the page as scanned keeps everything
    assert {region.red for region in separated.regions} == {True, False}
    gray_page = Image.fromarray(page).convert("L")
    assert inks.separate(gray_page).regions == []


def test_digits_tesseract_read_with_confidence_are_typed_and_not_read_again() -> None:
    typed = [_word("Số:", 400), _word("1271/UBND-NC", 500, width=300), _word("ngày", 1500), _word("18", 1600)]
    typed += [_word("tháng", 1700), _word("9", 1850), _word("năm", 1900)]
    assert find_slots(typed, 3508) == []
    pen = [w.model_copy(update={"confidence": 45.0}) if w.text in ("1271/UBND-NC", "18") else w for w in typed]
    assert {slot.name for slot in find_slots(pen, 3508)} == {"number", "day"}


@pytest.mark.parametrize(
    ("read", "confidence", "height", "slot"),
    [
        ("05", 93.0, 75, True),  # "03" by pen read "05" at 93 (bc-svhttdl-076): pen strokes twice print's height
        ("2", 96.0, 90, True),  # "21" by pen read "2" at 96 (qd-205)
        ("05", 96.0, 38, False),  # typed, print's height: tesseract's reading stands
        ("05", 45.0, 38, True),  # unsure: read again, as before
    ],
)
def test_digits_as_tall_as_pen_strokes_are_read_again_however_sure_tesseract_was(
    read: str, confidence: float, height: int, slot: bool
) -> None:
    """Tesseract's confidence did not tell pen from print (4 of 11 confident pen readings were wrong, at 89-96): a
    digits word over `PRINTED_HEIGHT` times the page's median word height goes to the digit recogniser."""
    words = [_word(text, 300 + 110 * i) for i, text in enumerate(["UBND", "TỈNH", "HÀ", "TĨNH", "Hà", "Tĩnh,"])]
    day = Word(text=read, box=Box(left=1600, top=400 + 50 - height, width=80, height=height), confidence=confidence)
    words += [_word("ngày", 1500), day, _word("tháng", 1700), _word("9", 1850), _word("năm", 1900)]
    assert ("day" in {s.name for s in find_slots(words, 3508)}) is slot


def _tall(text: str, confidence: float, height: int) -> Word:
    return Word(text=text, box=Box(left=700, top=440, width=60, height=height), confidence=confidence)


@pytest.mark.parametrize(
    ("line", "pen_word", "expected"),
    [
        ("Số: 4 /BC-SNNMT", _tall("4", 65.0, 90), None),  # "85" by pen, tesseract alone, unsure: null
        ("Số: 900/QĐ-UBND", _tall("900", 72.0, 85), None),
        ("Số: 666 /QĐ-UBND", _tall("666", 50.0, 85), None),
        ("Số: 455 /QĐ-UBND", _tall("455", 96.0, 113), None),  # right, but sure pen readings were wrong too
        ("Số: 62/BC-SCT", None, "62/BC-SCT"),  # typed: tesseract's confidence rules as before
    ],
)
def test_header_pen_written_number_read_by_tesseract_alone_needs_its_confidence(
    line: str, pen_word: Word | None, expected: str | None
) -> None:
    """No slot read by the digit recogniser: the number's word, as tall as pen strokes, is not taken from
    tesseract however sure it was; null with number.handwritten_unread, the symbol kept."""
    text = f"UBND TỈNH HÀ TĨNH\n{line}\nHà Tĩnh, ngày 09 tháng 5 năm 2025\nBÁO CÁO\nKết quả chuyến công tác"
    printed = [
        Word(text=w, box=Box(left=100 * i, top=300, width=80, height=37), confidence=92.0)
        for i, w in enumerate(["UBND", "TỈNH", "HÀ", "TĨNH", "Hà", "Tĩnh,", "ngày", "09", "tháng", "5", "năm", "2025"])
    ]
    header = parse_header(text, ocr=True, pen=pen_written([*printed, *([pen_word] if pen_word else [])]))
    assert header.number == expected
    assert header.symbol is not None and header.symbol.endswith(line.rsplit("/", 1)[1])
    assert ("number.handwritten_unread" in {e.code for e in header.errors}) is (expected is None)


@pytest.mark.parametrize(("pen_word", "expected"), [(_tall("05", 93.0, 75), None), (None, "2025-09-05")])
def test_header_pen_written_day_read_by_tesseract_alone_is_null(pen_word: Word | None, expected: str | None) -> None:
    """bc-svhttdl-076: the day "03" by pen, read "05" at 93 by tesseract, no slot read: null with
    date.handwritten_unread (month and year kept), never a late report; a typed "05" stands."""
    text = "UBND TỈNH HÀ TĨNH\nSố: 76/BC-SVHTTDL\nHà Tĩnh, ngày 05 tháng 9 năm 2025\nBÁO CÁO\nKết quả chuyến công tác"
    printed = [
        Word(text=w, box=Box(left=100 * i, top=300, width=80, height=37), confidence=92.0)
        for i, w in enumerate(["UBND", "TỈNH", "HÀ", "TĨNH", "Hà", "Tĩnh,", "ngày", "tháng", "9", "năm", "2025"])
    ]
    header = parse_header(text, ocr=True, pen=pen_written([*printed, *([pen_word] if pen_word else [])]))
    assert (header.issue_date.isoformat() if header.issue_date else None) == expected
    assert ("date.handwritten_unread" in {e.code for e in header.errors}) is (expected is None)
    assert header.issue_date_partial == (None if expected else "2025-09")


def test_pen_written_words_are_the_tall_ones_with_digits() -> None:
    words = [
        Word(text=t, box=Box(left=0, top=0, width=50, height=h), confidence=c)
        for t, h, c in [("Số:", 40, 93.0), ("85", 90, 60.0), ("/BC", 37, 90.0), ("ngày", 38, 95.0), ("Hà", 95, 40.0)]
    ]
    assert pen_written(words) == {"85": 60.0}
    assert pen_written([]) == {}


def _number_line(digits: str, seed: int) -> tuple[np.ndarray, tuple[int, int], tuple[int, int]]:
    """A 300-dpi strip "Số: <pen digits> /UBND-KTTH": the page, the pen ink's left and right, the printed
    label's right and the symbol's left."""
    from PIL import ImageDraw

    from samples.tools.render import font
    from tests.scanpaper import handwritten

    page = Image.new("RGB", (1400, 300), "white")
    draw = ImageDraw.Draw(page)
    face = font("regular", 13)
    draw.text((100, 120), "Số:", fill=(25, 25, 25), font=face)
    label_right = int(draw.textbbox((100, 120), "Số:", font=face)[2])
    pen = handwritten(digits, 95, seed)
    page.paste(pen, (label_right + 25, 70), pen)
    ink = np.nonzero(np.asarray(pen.getchannel("A")).max(axis=0) > 60)[0]
    pen_left, pen_right = label_right + 25 + int(ink.min()), label_right + 25 + int(ink.max())
    draw.text((pen_right + 12, 120), "/UBND-KTTH", fill=(25, 25, 25), font=face)
    return np.asarray(page.convert("L")), (pen_left, pen_right), (label_right, pen_right + 12)


@pytest.mark.slow  # loads the digit recogniser
@pytest.mark.parametrize(("digits", "seed"), [("574", 3), ("1208", 5), ("36", 8)])
def test_a_pen_digit_the_estimated_slot_edge_cuts_is_read_whole(digits: str, seed: int) -> None:
    """rs_16: the slot's right edge, estimated from the mean character width of the word tesseract glued to the
    last pen digit ("Ð4/UBND-KTTH"), fell inside that digit, and the crop read "57" for 574 (0.98; at 1.000
    once tight on the rest). The crop is every stroke reaching into the slot, whole, and nothing printed."""
    from extractors.text.handwriting import _padded, ink_box, read_digits

    plain, (pen_left, pen_right), (label_right, symbol_left) = _number_line(digits, seed)
    cut = Box(left=label_right + 8, top=60, width=pen_right - 45 - label_right - 8, height=150)
    found = ink_box(plain, cut)
    assert found is not None
    assert found.left <= pen_left + 2 and pen_right - 2 <= found.left + found.width < symbol_left
    assert found.left > label_right  # not the colon of "Số:"
    crop = plain[found.top : found.top + found.height, found.left : found.left + found.width]
    ((text, score),) = read_digits([_padded(crop)])
    assert text == digits and score >= ACCEPT_SCORE
    ((short, _),) = read_digits([plain[cut.top : cut.top + cut.height, cut.left : cut.left + cut.width]])
    assert short != digits  # what the cut box alone gives


def test_no_stroke_in_a_slot_gives_no_ink_box() -> None:
    from extractors.text.handwriting import ink_box

    blank = np.full((300, 600), 255, np.uint8)
    blank[100:103, 50:550] = 0  # a rule, not a stroke
    blank[150:152, 300:302] = 0  # a speck
    assert ink_box(blank, Box(left=100, top=50, width=400, height=200)) is None


def _cited_row(*words: tuple[str, int, int, float]) -> list[Word]:
    """A body line at y 2000 (text, left, width, confidence), with a printed date elsewhere for the print's width."""
    printed = _word("29/12/2023;", 400, top=2100, width=231, confidence=96.0)
    return [*(_word(t, left, top=2000, width=w, confidence=c) for t, left, w, c in words), printed]


def test_a_cited_number_and_day_by_pen_are_slots_a_printed_one_is_not() -> None:
    pen = _cited_row(
        ("số", 400, 50, 90.0),
        ("§T", 500, 70, 52.0),
        ("/QDĐ-UBND", 600, 270, 24.0),
        ("ngày", 900, 110, 93.0),
        (".68./02/2025", 1030, 290, 19.0),
    )
    slots = {slot.name: (slot, [w.text for w in under]) for slot, under, _ in _cited_slots(pen, 100.0)}
    assert slots.keys() == {"cited_number", "cited_day"}
    number, covered = slots["cited_number"]
    assert covered == ["§T"] and 450 <= number.left < 500 and number.right <= 600
    day, covered = slots["cited_day"]
    assert covered == [".68./02/2025"] and 1010 <= day.left < 1030 and day.right < 1320 - 8 * 21 + 5
    printed = _cited_row(
        ("số", 400, 50, 90.0),
        ("12", 470, 50, 95.0),
        ("/QĐ-UBND", 540, 270, 90.0),
        ("ngày", 900, 110, 93.0),
        ("29/12/2023", 1030, 230, 60.0),  # printed digits read unsure: tesseract's, not a slot
    )
    assert _cited_slots(printed, 100.0) == []


def test_a_cited_slot_is_written_only_when_the_reading_is_sure_and_a_real_day(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    words = _cited_row(
        ("số", 400, 50, 90.0), ("/QĐ-UBND", 620, 270, 60.0), ("ngày", 900, 110, 93.0), ("/02/2025", 1160, 190, 90.0)
    )
    page = np.full((2300, 1600), 255, np.uint8)
    page[1990:2050, 470:600] = 0  # pen ink in both slots
    page[1990:2050, 1030:1140] = 0
    readings = {"sure": [("87", 0.9999), ("30", 0.9999)], "unsure": [("87", 0.97), ("05", 0.98)]}
    for case, read in readings.items():
        monkeypatch.setattr(handwriting, "read_digits", lambda crops, read=read: read[: len(crops)])
        filled, seen = fill_cited(words, page, 0.0)
        texts = [w.text for w in sorted(filled, key=lambda w: (w.box.top, w.box.left)) if w.box.top == 2000]
        assert [h.slot for h in seen] == ["cited_number", "cited_day"]
        if case == "sure":  # 30 February is no day: the date stays as printed
            assert texts == ["số", "87", "/QĐ-UBND", "ngày", "/02/2025"]
        else:
            assert texts == ["số", "/QĐ-UBND", "ngày", "/02/2025"]


PEN_STROKES = {
    "0": [[(0.5, 0.0), (0.1, 0.3), (0.1, 0.7), (0.5, 1.0), (0.9, 0.7), (0.9, 0.3), (0.5, 0.0)]],
    "1": [[(0.2, 0.2), (0.55, 0.0), (0.5, 1.0)]],
    "2": [[(0.1, 0.25), (0.4, 0.0), (0.85, 0.15), (0.8, 0.45), (0.1, 1.0), (0.95, 0.97)]],
    "5": [[(0.9, 0.0), (0.2, 0.02), (0.15, 0.45), (0.6, 0.38), (0.9, 0.65), (0.6, 1.0), (0.1, 0.9)]],
    "6": [[(0.8, 0.05), (0.35, 0.15), (0.12, 0.65), (0.35, 1.0), (0.8, 0.9), (0.8, 0.6), (0.4, 0.5), (0.15, 0.7)]],
}
"""Digits as a pen writes them: polylines in a unit box (x right, y down), drawn slanted with a thick stroke."""


def _pen(draw: object, digits: str, left: float, bottom: float, height: float) -> float:
    """Pen digits from `left` on the baseline `bottom`, `height` tall; returns the right end of the ink."""
    x = left
    for digit in digits:
        width = height * (0.35 if digit == "1" else 0.6)
        for stroke in PEN_STROKES[digit]:
            points = [(x + (px + 0.2 * (1 - py)) * width, bottom - height + py * height) for px, py in stroke]
            draw.line(points, fill=30, width=5, joint="curve")  # type: ignore[attr-defined]
        x += width + 0.22 * height
    return x - 0.22 * height + 0.2 * width


def _issuer_rule_page(digits: str) -> tuple[np.ndarray, Box, float, tuple[int, int]]:
    """A 300-dpi strip as on a decision: the issuer's last line, the rule under it, and "Số: <pen> /QĐ-UBND" with
    pen digits written high, crossing the rule. Returns the page, the slot's box as the header's is when tesseract
    glued the pen to the symbol (its top 0.9 of that word's pen-tall height above it, so up to the issuer's
    letters), that word's top (the pen's), and the pen ink's left and right."""
    from PIL import ImageDraw

    from samples.tools.render import font

    page = Image.new("L", (1300, 420), 255)
    draw = ImageDraw.Draw(page)
    face = font("regular", 13)
    draw.text((260, 40), "TỈNH SƠN LA", fill=25, font=font("bold", 12.5))
    draw.line((200, 112, 700, 112), fill=25, width=3)  # the rule under the issuer's name
    draw.text((100, 150), "Số:", fill=25, font=face)
    label_right = int(draw.textbbox((100, 150), "Số:", font=face)[2])
    pen_left = label_right + 40
    pen_right = int(_pen(draw, digits, pen_left, 205, 110))  # tops at y 95: across the rule
    symbol_left = pen_right + 30
    draw.text((symbol_left, 150), "/QĐ-UBND", fill=25, font=face)
    slot = Box(left=label_right + 5, top=95 - 80, width=symbol_left - label_right - 8, height=220)
    return np.asarray(page), slot, 95.0, (pen_left, pen_right)


def test_a_rule_the_pen_digits_cross_takes_neither_it_nor_the_issuers_letters_into_the_crop() -> None:
    """qd-1502 of the fifth scenario: pen digits written high touched the rule under "TỈNH SƠN LA"; one stroke with
    it, the crop took the rule's width and the issuer's letters the slot reached ("TINH S" over "1502", read at
    0.78). The rule is whitened (not where the pen crosses it), and a stroke ending above the printed line's top
    is the line above's."""
    plain, slot, line_top, (pen_left, pen_right) = _issuer_rule_page("1502")
    merged = handwriting.ink_box(plain, slot)
    assert merged is not None and merged.width > pen_right - pen_left + 100  # the rule's whole width, as before
    cleaned = handwriting._without_rules(plain, [slot])
    found = handwriting.ink_box(cleaned, slot, line_top)
    assert found is not None
    assert found.top >= 90 and found.left >= pen_left - 8 and found.left + found.width <= pen_right + 12
    assert (plain[112, pen_right + 5 : pen_right + 25] < 128).all()
    assert (cleaned[108:118, pen_right + 5 : pen_right + 25] == 255).all()  # the rule is gone
    crossing = cleaned[108:118, pen_left : int(pen_right)]
    assert (crossing < 128).any()  # where the pen crosses it, its strokes are kept


@pytest.mark.slow  # loads the digit recogniser
@pytest.mark.parametrize("digits", ["1502", "201", "2560"])
def test_pen_digits_crossing_the_issuers_rule_are_read(digits: str) -> None:
    from extractors.text.handwriting import _padded, read_digits

    plain, slot, line_top, _ = _issuer_rule_page(digits)
    cleaned = handwriting._without_rules(plain, [slot])
    found = handwriting.ink_box(cleaned, slot, line_top)
    assert found is not None
    crop = cleaned[found.top : found.top + found.height, found.left : found.left + found.width]
    ((text, score),) = read_digits([_padded(crop)])
    assert text == digits and score >= ACCEPT_SCORE
    merged = handwriting.ink_box(plain, slot)
    assert merged is not None
    ((before, _),) = read_digits(
        [_padded(plain[merged.top : merged.top + merged.height, merged.left : merged.left + merged.width])]
    )
    assert before != digits  # the rule's width read with them ("150210D.")


def _header_words(*words: tuple[str, int, int, int, int, float]) -> list[Word]:
    """Words (text, left, top, width, height, confidence) under the capitals of a header's first lines."""
    capitals = [("ỦY", 560, 72), ("BAN", 647, 107), ("NHÂN", 772, 150), ("SƠN", 782, 105), ("LA", 904, 71)]
    printed = [Word(text=t, box=Box(left=x, top=220, width=w, height=46), confidence=93.0) for t, x, w in capitals]
    read = [Word(text=t, box=Box(left=x, top=y, width=w, height=h), confidence=c) for t, x, y, w, h, c in words]
    return [*printed, *read]


def test_the_number_slot_ends_at_the_symbols_letters_not_at_a_slash_inside_the_pens_garble() -> None:
    """qd-1620: "1620" by pen, read "l6/@QÐ-UBND" (the "2" as "/"): cut at that "/", the slot held "16" only (a
    shorter number, read at 0.84). It ends one character before the symbol's letters, measured with the page's
    printed capitals (the word's mean character, 40 px, is the pen's; a printed capital is 36)."""
    words = _header_words(("số:", 526, 406, 65, 40, 80.0), ("l6/@QÐ-UBND", 642, 362, 441, 93, 19.0))
    (slot,) = find_slots(words, 3508)
    assert slot.name == "number" and 790 < slot.right < 820  # the "0" ends near 800, the printed "/" at 820
    speck = _header_words(("Số:", 482, 368, 62, 50, 96.0), ("/(QĐÐ-UBND", 694, 378, 259, 48, 44.0))
    (slot,) = find_slots(speck, 3508)
    assert slot.right < 694  # rs_06: a bracket after the "/" is a speck, not the pen's: the slot ends at the "/"
    unknown = _header_words(("Số:", 300, 405, 62, 45, 96.0), ("/@qb-UBND", 520, 372, 300, 77, 30.0))
    (slot,) = find_slots(unknown, 3508)
    assert slot.right < 520  # "qb" starts no known symbol: the "@" may be its printed "Q", the slot ends at the "/"


def test_a_symbol_word_boxed_from_a_pen_digit_its_text_left_out_is_measured_with_printed_capitals() -> None:
    """Scenario 15, qd-779: the "9" of a pen-written 779 lay inside the box of the word "/QĐ-UBND" (its text
    without it); the slot ended at the box's left and the recogniser read "77", sure. The box is wider than its
    text in printed capitals (narrow "/" and "-" at half) by more than 0.75 of one: the slot ends that text's
    width before the box's right, over the "9", before the "/"."""
    words = _header_words(("Số:", 346, 423, 56, 56, 96.0), ("/QĐ-UBND", 553, 412, 280, 57, 41.0))
    (slot,) = find_slots(words, 3508)
    assert slot.name == "number" and 570 < slot.right < 600
    plain = _header_words(("Số:", 346, 423, 56, 56, 96.0), ("/QĐ-UBND", 553, 412, 263, 45, 90.0))
    (slot,) = find_slots(plain, 3508)
    assert 545 < slot.right <= 553  # a box as wide as its text: the slot ends at it, as before
    blurred = _header_words(("Số:", 622, 471, 64, 39, 96.0), ("/Qb-UBND", 860, 436, 306, 82, 59.0))
    (slot,) = find_slots(blurred, 3508)
    assert 890 < slot.right < 935  # scenario 3, qd-1409: the pen's "9" boxed with "/Qb-UBND" ("140", sure, before)
    tight = _header_words(("Số", 510, 424, 65, 40, 85.0), ("/BCSNNMT", 805, 427, 294, 38, 46.0))
    (slot,) = find_slots(tight, 3508)
    assert slot.right <= 805  # scenario 5, bc-009: 3 px more took the "/" in, "091" for 09
    pen = _header_words(
        ("Số:", 406, 380, 56, 36, 87.0), ("/2", 513, 344, 119, 82, 6.0), ("mc-soDpr", 682, 383, 254, 33, 6.0)
    )
    (slot,) = find_slots(pen, 3508)
    assert slot.right <= 513  # scenario 11, bc-140: "/2" is the pen's "140", no symbol: measured as before ("14" sure)


def test_a_pen_digit_read_as_a_slash_starts_no_symbol_and_a_crossed_o_is_a_label() -> None:
    """Fourth scenario: "118" read "/18 /QĐ-UBND" (the slot ended at "/18", reading "1"); "412" after "sø:"."""
    words = _header_words(
        ("Số:", 300, 405, 62, 45, 96.0), ("/18", 414, 365, 100, 80, 40.0), ("/QĐ-UBND", 540, 405, 263, 45, 90.0)
    )
    (slot,) = find_slots(words, 3508)
    assert slot.right > 514 and slot.right <= 540
    crossed = _header_words(("sø:", 300, 405, 62, 45, 60.0), ("/QĐ-UBND", 540, 405, 263, 45, 90.0))
    assert [slot.name for slot in find_slots(crossed, 3508)] == ["number"]


def test_a_place_glued_to_the_day_label_is_print_when_the_pen_was_read_apart() -> None:
    """bc-sgddt-047: "Sơn La, ngày" read as one word "Sơniangày" (287 px), the pen's "24" a word of its own: the
    label was measured from the word's left as if it were "ngày" glued to pen strokes, and the crop read
    "La,ngày24". The label ends where its box does."""
    words = _header_words(
        ("Sơniangày", 1209, 400, 287, 51, 31.0),
        ("24", 1525, 379, 78, 70, 60.0),
        ("tháng", 1702, 400, 120, 51, 60.0),
        ("8", 1837, 402, 26, 37, 36.0),
        ("năm", 1878, 401, 90, 38, 36.0),
    )
    day = next(slot for slot in find_slots(words, 3508) if slot.name == "day")
    assert 1496 < day.left < 1525
    alone = [w for w in words if w.text != "24"]  # nothing read between: the box may hold the pen (rs_20)
    day = next(slot for slot in find_slots(alone, 3508) if slot.name == "day")
    assert day.left < 1496


@pytest.mark.parametrize(
    ("line", "symbol"),
    [
        ("s: J245 /QĐ-UBND", "QĐ-UBND"),  # the "ố" of the label lost
        ("số: 4Ì 5 /qĐUBND", "QĐ-UBND"),  # the type's capital read in lower case, the hyphen lost
        ("Số: 4Ì 5 /qxUBND", None),  # no known type: no symbol
        ("sø: 4 J2 /QĐ-UBND", "QĐ-UBND"),
    ],
)
def test_a_garbled_number_line_keeps_its_symbol_and_takes_a_sure_pen_reading(line: str, symbol: str | None) -> None:
    text = f"UBND TỈNH SƠN LA\n{line}\nSơn La, ngày 06 tháng 3 năm 2026\nQUYẾT ĐỊNH\nVề việc cử cán bộ"
    header = parse_header(text, ocr=True, hand_filled=[_slot("number", "415")])
    assert header.symbol == symbol
    assert header.number == (f"415/{symbol}" if symbol else None)


def test_a_lost_hyphen_is_put_back_between_a_known_type_and_body() -> None:
    from extractors.docnumber import hyphenated

    assert hyphenated("415/QĐUBND") == "415/QĐ-UBND"
    assert hyphenated("2024/NĐCP") == "2024/NĐ-CP"
    assert hyphenated("QĐ-UBND") == "QĐ-UBND"
    assert hyphenated("89/QĐXUBND") == "89/QĐXUBND"  # no known body after the type
    assert hyphenated("1271/UBND-NC") == "1271/UBND-NC"
    copy = parse_header("UBND TỈNH SƠN LA\nSố: 1961/QĐUBND\nSơn La, ngày 06 tháng 3 năm 2026\nQUYẾT ĐỊNH\nVề việc")
    assert copy.number == "1961/QĐUBND"  # a text layer keeps what it wrote


def test_a_number_label_alone_on_its_line_takes_the_number_on_the_next() -> None:
    """qd-530: the pen's "530", read with the symbol as "593/QĐ-UBND", stood taller than the label "số", and the
    layout put the two on lines of their own: the number line was not found (no number, no symbol, no error)."""
    text = "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nsố\n593/QĐ-UBND Sơn La, ngày 20 tháng 3 năm 2026\nQUYẾT ĐỊNH\nCử cán bộ"
    header = parse_header(text, ocr=True, hand_filled=[_slot("number", "530")])
    assert (header.number, header.symbol) == ("530/QĐ-UBND", "QĐ-UBND")
    assert header.issue_date == dt.date(2026, 3, 20) and header.place == "Sơn La"
    blank = parse_header("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố:\nSơn La, ngày 20 tháng 3 năm 2026\nQUYẾT ĐỊNH\nCử cán bộ")
    assert (blank.number, blank.symbol, blank.place) == (None, None, "Sơn La")  # no number after it: none


def test_a_garbled_symbol_row_gives_a_slot_through_the_symbol_up_to_the_right_column() -> None:
    """Sixth scenario: the pen's "15" crowded the printed "/QĐ-UBND", read "ƒ TH -UDNG": no word holds the symbol's
    start, so the slot runs from the label over the symbol, to the row's left column's end (the dateline on the same
    row, "SơnLa,ngày", is the right column's). A department's "SỞ" without a colon is no label."""
    words = _header_words(
        ("Số:", 378, 385, 62, 45, 96.0),
        ("ƒ", 520, 380, 9, 40, 14.0),
        ("TH", 655, 385, 83, 45, 24.0),
        ("-UDNG", 751, 385, 159, 45, 0.0),
        ("SơnLa,ngày", 1010, 385, 287, 45, 48.0),
    )
    (slot,) = find_slots(words, 3508)
    assert slot.name == "number" and slot.through_symbol
    assert 440 < slot.left < 460 and slot.right == 910  # up to "-UDNG"'s end, not the dateline's
    assert slot.top < 385 < 430 < slot.bottom
    department = _header_words(("SỞ", 378, 385, 62, 45, 96.0), ("TÀI", 470, 385, 80, 45, 96.0))
    assert find_slots(department, 3508) == []
    typed = _header_words(("Số:", 378, 385, 62, 45, 96.0), ("15", 470, 385, 40, 45, 95.0), ("TH", 655, 385, 83, 45, 24))
    assert find_slots(typed, 3508) == []  # digits of print's height read for sure: typed, tesseract's reading stands


@pytest.mark.parametrize(
    ("read", "doc_type", "expected"),
    [
        ("QD-UBND", "quyet_dinh", "QĐ-UBND"),
        ("QD-U", "quyet_dinh", None),  # cut short: "U" is no known part
        ("QD-UBND", "bao_cao", None),  # not the title's type
        ("QD-UBNO", "quyet_dinh", None),
        ("/QD-UBND", "quyet_dinh", None),  # the "/" is the number's; a reading keeping it is none
        ("BC-SYT", "bao_cao", "BC-SYT"),
    ],
)
def test_a_symbol_read_beside_the_pen_digits_needs_known_parts_and_the_titles_type(
    read: str, doc_type: str, expected: str | None
) -> None:
    from extractors.handfilled import read_symbol

    assert read_symbol(_slot("symbol", read, 0.96), doc_type) == expected


@pytest.mark.parametrize(
    ("line", "symbol", "expected"),
    [
        ("Số: ƒ TH -UDNG", "QD-UBND", "15/QĐ-UBND"),
        ("số |]ỮQÐUBND", "QD-UBND", "15/QĐ-UBND"),  # no colon read: a line not of capitals
        ("Số: ƒ TH -UDNG", "QD-U", None),
        ("Số: ƒ TH -UDNG", None, None),
    ],
)
def test_a_garbled_number_line_takes_the_symbol_read_beside_the_pen_digits(
    line: str, symbol: str | None, expected: str | None
) -> None:
    text = f"UBND TỈNH ĐẮK LẮK\n{line}\nĐắk Lắk, ngày 06 tháng 3 năm 2025\nQUYẾT ĐỊNH\nVề việc cử cán bộ"
    read = [_slot("number", "15"), *([_slot("symbol", symbol, 0.96)] if symbol else [])]
    header = parse_header(text, ocr=True, hand_filled=read)
    assert header.number == expected
    if expected is None:
        assert header.symbol is None


def _touching_symbol_line(digits: str, gap: float) -> tuple[np.ndarray, handwriting.Slot]:
    """A 300-dpi strip "Số: <pen digits>/QĐ-UBND", the printed "/" `gap` px after the pen's last digit (negative:
    touching it), and the slot through the symbol the header's garbled row gives."""
    from PIL import ImageDraw

    from samples.tools.render import font

    page = Image.new("L", (1300, 300), 255)
    draw = ImageDraw.Draw(page)
    face = font("regular", 13)
    draw.text((100, 150), "Số:", fill=25, font=face)
    label_right = int(draw.textbbox((100, 150), "Số:", font=face)[2])
    pen_right = _pen(draw, digits, label_right + 40, 205, 100)
    symbol = (pen_right + gap, 150)
    draw.text(symbol, "/QĐ-UBND", fill=25, font=face)
    end = draw.textbbox(symbol, "/QĐ-UBND", font=face)[2]
    slot = handwriting.Slot("number", label_right + 5, 80, end, 250, 150, through_symbol=True)
    return np.asarray(page), slot


@pytest.mark.slow  # loads the digit recogniser
@pytest.mark.parametrize(("digits", "gap"), [("1150", 12.0), ("1010", -3.0), ("250", 8.0)])
def test_pen_digits_and_the_printed_symbol_in_one_slot_are_read_apart(digits: str, gap: float) -> None:
    """The pen's tall strokes read alone, the whole read for the symbol, the digits taken only when the whole reads
    them before it ("1010QD-UBND": the "/" touching the last digit is lost in it)."""
    plain, slot = _touching_symbol_line(digits, gap)
    read = {reading.slot: reading for _, reading in handwriting._read([slot], plain, 0.0, None)}
    assert read["number"].text == digits and read["number"].score >= ACCEPT_SCORE
    assert read["symbol"].text.endswith("-UBND")


@pytest.mark.parametrize(
    ("lines", "title", "read", "expected"),
    [
        ("số: J8] /qb-UBND", "QUYẾT ĐỊNH", "1801", "1801/QĐ-UBND"),  # "QĐ" read "qb" beside the pen's digits
        ("số: 20Ï /qb-UBND", "QUYẾT ĐỊNH", "2010", "2010/QĐ-UBND"),
        ("số:\n|642 /qb-UBND Huế, ngày", "QUYẾT ĐỊNH", "1642", "1642/QĐ-UBND"),  # the label alone on its line
        ("số ƒ†Ï§4 -qb/TU", "QUYẾT ĐỊNH", "1184", "1184-QĐ/TU"),  # a party decision's symbol
        ("Số ị Ị 4 -QĐ/TU", "QUYẾT ĐỊNH", "1184", "1184-QĐ/TU"),  # read whole, the pen's digits garbled before it
        ("Số ị Ị 4 -BC/TU", "QUYẾT ĐỊNH", "1184", None),  # read whole, but another kind's
        ("số: J8] /qb-UBND", "BÁO CÁO", "1801", None),  # "qb" is no report's type
        ("số: J8] /xy-UBND", "QUYẾT ĐỊNH", "1801", None),  # two letters off the title's type
        ("số: J8] /qb-XYZQ", "QUYẾT ĐỊNH", "1801", None),  # no known body
        ("số: J8] /qb-UBND", "QUYẾT ĐỊNH", None, None),  # no pen digits read: no number (the symbol is kept)
    ],
)
def test_a_symbol_whose_type_was_read_in_lower_case_takes_the_titles_type(
    lines: str, title: str, read: str | None, expected: str | None
) -> None:
    """Tenth scenario: "/QĐ-UBND" beside the pen's digits read "/qb-UBND" (four decisions, and "-qb/TU" of a party
    one): no symbol was found, so the recogniser's sure digits (1.000) gave no number. The type is the title's when
    one letter off it and the body a known one."""
    text = f"ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\n{lines}\nHuế, ngày 19 tháng 6 năm 2026\n{title}\nVề việc cử cán bộ"
    header = parse_header(text, ocr=True, hand_filled=[_slot("number", read)] if read else [])
    assert header.number == expected
    if read is None:
        assert header.symbol == "QĐ-UBND"


@pytest.mark.parametrize(
    ("issuer", "lines", "expected"),
    [
        ("BỘ TƯ PHÁP", "số: J8 /qp-BTP", "1090/QĐ-BTP"),  # the issuer's own abbreviation: "BTP" of Bộ Tư pháp
        ("BỘ TƯ PHÁP\nHỌC VIỆN TƯ PHÁP", "số: /2?_ /qp-HVTP", "1090/QĐ-HVTP"),
        ("BỘ NGOẠI GIAO", "số: J8 /qp-BTP", None),  # no known part, nor the issuer's own
    ],
)
def test_a_lower_case_typed_symbol_takes_the_issuers_own_abbreviation(
    issuer: str, lines: str, expected: str | None
) -> None:
    """Scenario 40 as scans: "/QĐ-BTP" beside the pen's digits read "/qp-BTP"; a scanned archive teaches no part
    of the office's own (only typed documents do), so the sure pen digits (1.000) gave no number."""
    text = f"{issuer}\n{lines}\nHà Nội, ngày 24 tháng 8 năm 2026\nQUYẾT ĐỊNH\nVề việc cử công chức"
    assert parse_header(text, ocr=True, hand_filled=[_slot("number", "1090")]).number == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ("số:\nÍ4‡j?_ /QĐĐ-BTP Hà Nội, ngày 20 tháng 11 năm 2026", "1410/QĐ-BTP"),
        ("số:\nÍ4‡j?_ /QĐ-UBND Hà Nội, ngày 20 tháng 11 năm 2026", "1410/QĐ-UBND"),
    ],
)
def test_a_label_alone_on_its_line_before_the_pens_garble_and_the_symbol(lines: str, expected: str) -> None:
    """Scenario 40's QĐ 1410 as a scan: "Số:" alone on its line, the pen's 1410 read "Í4‡j?_" before the symbol on
    the next one: that line is the number's all the same, its digits the recogniser's (1410 at 1.000)."""
    text = f"BỘ TƯ PHÁP\n{lines}\nQUYẾT ĐỊNH\nVề việc cử công chức"
    assert parse_header(text, ocr=True, hand_filled=[_slot("number", "1410")]).number == expected
    assert parse_header(text, ocr=True).number is None


def test_a_lower_case_typed_symbol_is_taken_on_ocr_text_only() -> None:
    text = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\nsố: 18 /qb-UBND\nHuế, ngày 19 tháng 6 năm 2026\nQUYẾT ĐỊNH\nVề việc"
    assert parse_header(text, hand_filled=[_slot("number", "1801")]).number is None
    unsure = parse_header(text, ocr=True, hand_filled=[_slot("number", "1801", 0.9)])
    assert (unsure.number, unsure.symbol) == (None, "QĐ-UBND")
    assert "number.handwritten_unread" in {e.code for e in unsure.errors}


@pytest.mark.parametrize(
    ("dateline", "day", "expected", "place"),
    [
        ("Hải Phòng, g, ngày ngày 2Š tháng 8 năm 2026 g", "28", dt.date(2026, 8, 28), "Hải Phòng"),
        ("Hải Phòng, g, ngay ngà 05 tháng 4 năm 2026 g", "03", dt.date(2026, 4, 3), "Hải Phòng"),  # the pen's, not 05
        ("Hải Phòng, g, ngày ngày 2Š tháng 8 năm 2026 g", None, None, "Hải Phòng"),
        ("Hải Phòng, gx, ngày 2Š tháng 8 năm 2026", "28", None, None),  # "gx" repeats no word's end: no dateline
    ],
)
def test_a_datelines_place_echoed_by_tesseract_still_opens_the_dateline(
    dateline: str, day: str | None, expected: dt.date | None, place: str | None
) -> None:
    """Ninth scenario: on the italic dateline tesseract read "Phòng,"'s "g," again as a word of its own ("Hải Phòng,
    g, ngày ngày 2Š tháng 8 năm 2026 g"), so no place-and-date line was found and the pen's day, read "28" at 1.000,
    dated nothing (report 142/BC-SNNMT, one day late)."""
    text = f"UBND THÀNH PHỐ HẢI PHÒNG\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 142/BC-SNNMT\n{dateline}\nBÁO CÁO\nKết quả"
    header = parse_header(text, ocr=True, hand_filled=[_slot("day", day)] if day else [])
    assert (header.issue_date, header.place) == (expected, place)
    codes = {e.code for e in header.errors}
    assert ("issue_date.missing" in codes) is (place is None)
    if place is not None and expected is None:
        assert header.issue_date_partial == "2026-08"


def test_a_day_slot_is_measured_with_the_lines_print_when_the_words_boxes_run_over() -> None:
    """bc-150 (ninth scenario): on the italic dateline tesseract boxed "ngày" with the pen's "1" (180 px) and
    "tháng" over "tháng 9 năm" (266 px): measured with "tháng"'s own mean character (53 px) the label took the
    "1" for print and the slot (1736-1770) held nothing. Measured with the line's printed character (26 px, the
    median of its confident words) the label ends before the pen's digits (the "1" stands at 1662-1680, reaching
    into the slot)."""
    words = _header_words(
        ("Hải", 1287, 434, 79, 38, 86.0),
        ("Phòng,", 1382, 434, 150, 50, 95.0),
        ("ngày", 1551, 415, 180, 69, 91.0),
        ("TỦ:", 1678, 395, 63, 93, 65.0),
        ("tháng", 1773, 433, 266, 50, 58.0),
        ("Ø", 1918, 395, 16, 93, 88.0),
        ("năm", 1965, 433, 70, 50, 93.0),
        ("2026", 2054, 434, 108, 37, 93.0),
    )
    day = next(slot for slot in find_slots(words, 3508) if slot.name == "day")
    assert 1630 < day.left < 1680 and 1765 < day.right <= 1773  # the "1" reaches into it: taken whole (`ink_box`)
    fair = [
        w.model_copy(update={"box": w.box.model_copy(update={"width": 92})}) if w.text == "tháng" else w for w in words
    ]
    fair_day = next(slot for slot in find_slots(fair, 3508) if slot.name == "day")
    assert 1600 < fair_day.left < 1680  # "tháng" boxed as wide as its letters: its own measure, as before


def test_the_lines_printed_character_is_the_median_of_its_confident_words() -> None:
    words = _header_words(("Hải", 1287, 434, 79, 38, 86.0), ("Phòng,", 1382, 434, 150, 50, 95.0))
    assert handwriting._print_char(words, words[-1]) == pytest.approx((79 / 3 + 150 / 6) / 2)
    unsure = [w.model_copy(update={"confidence": 40.0}) for w in words]
    assert handwriting._print_char(unsure, unsure[-1]) is None


def _misread_dateline() -> list[Word]:
    """qd-1801 (tenth scenario): "Huế, ngày 19 tháng 6 năm 2026", day and month by pen, read "Huã này [7 thóng Ô
    năm 2026"; a body line below cites "ngày 16 tháng 6 năm 2025" in print."""
    return _header_words(
        ("Huã", 1378, 414, 92, 41, 60.0),
        ("này", 1487, 415, 70, 46, 40.0),
        ("[7", 1564, 382, 57, 61, 20.0),
        ("thóng", 1706, 415, 110, 46, 50.0),
        ("Ô", 1795, 375, 30, 64, 10.0),
        ("năm", 1869, 416, 82, 35, 96.0),
        ("2026", 1965, 416, 99, 35, 96.0),
        ("ngày", 900, 1300, 95, 46, 96.0),
        ("16", 1010, 1300, 40, 36, 96.0),
        ("tháng", 1070, 1300, 110, 46, 96.0),
        ("6", 1195, 1300, 22, 36, 96.0),
        ("năm", 1230, 1300, 82, 36, 96.0),
        ("2025", 1330, 1300, 99, 36, 96.0),
    )


def test_dateline_labels_misread_one_letter_off_still_give_the_slots() -> None:
    """Before, the first "ngày" and "tháng" of the header were the body's (printed "16" and "6": no slot), and the pen's
    day and month on the dateline were never cropped."""
    slots = {slot.name: slot for slot in find_slots(_misread_dateline(), 3508)}
    assert set(slots) == {"day", "month"}
    assert 1540 < slots["day"].left < 1570 and 1690 < slots["day"].right <= 1706  # "[7" between "này" and "thóng"
    assert 1790 < slots["month"].left < 1830 and 1850 < slots["month"].right <= 1869  # "Ô" between "thóng" and "năm"


def test_misread_labels_are_looked_for_only_on_a_dateline_row() -> None:
    no_year = [w for w in _misread_dateline() if w.text != "2026"]  # no "năm" and a year on the row: no dateline
    assert {slot.name for slot in find_slots(no_year, 3508)} == set()
    capital = [w.model_copy(update={"text": "NÀY"}) if w.text == "này" else w for w in _misread_dateline()]
    assert {slot.name for slot in find_slots(capital, 3508)} == {"month"}  # a word of capitals is no label misread
    read = [w.model_copy(update={"text": "ngày"}) if w.text == "này" else w for w in _misread_dateline()]
    assert {slot.name for slot in find_slots(read, 3508)} == {"day", "month"}  # as before: the label read right


@pytest.mark.parametrize(
    ("dateline", "read", "expected", "error"),
    [
        ("Huã này [7 thóng Ô năm 2026", {"day": "19", "month": "6"}, dt.date(2026, 6, 19), None),
        ("Huã này [7 thóng Ô năm 2026", {"day": "19", "month": "6 0.9"}, None, "date.handwritten_unread"),
        ("Huã này [7 thóng Ô năm 2026", {"day": "19"}, None, "date.handwritten_unread"),  # no month: no date
        ("Huã này [7 thóng Ô năm 2026", {}, None, "issue_date.unreadable"),
        ("Huã nxyz [7 thóng Ô năm 2026", {"day": "19", "month": "6"}, None, "issue_date.missing"),  # two letters off
    ],
)
def test_a_dateline_with_misread_labels_is_dated_by_its_sure_slots_only(
    dateline: str, read: dict[str, str], expected: dt.date | None, error: str | None
) -> None:
    text = f"ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\nSố: 1801/QĐ-UBND\n{dateline}\nQUYẾT ĐỊNH\nVề việc cử cán bộ"
    slots = [
        _slot(name, value.split()[0], float(value.split()[1]) if " " in value else 0.999)
        for name, value in read.items()
    ]
    header = parse_header(text, ocr=True, hand_filled=slots)
    assert header.issue_date == expected
    assert ({e.code for e in header.errors} & {error}) == ({error} if error else set())


@pytest.mark.parametrize(
    ("number", "day", "check"),
    [
        ("1271/UBND-NC", "18", True),  # the day by pen (unsure): the number read as print is read again
        ("48", "06", True),  # a short serial as a word of its own before the symbol ("Số: 48 /QĐ-UBND")
        ("1271/UBND-NC", None, False),  # a typed day too: a typed form, nothing to check
    ],
)
def test_a_number_read_as_print_is_checked_when_the_day_is_pen_filled(
    number: str, day: str | None, check: bool
) -> None:
    """Number and day are filled together: pen digits as small as print read as print (`TYPED_CHECK`)."""
    words = [_word("Số:", 400), _word(number, 500, width=300, confidence=92.0)]
    if "/" not in number:
        words.append(_word("/QĐ-UBND", 850, width=250, confidence=92.0))
    words += [_word("ngày", 1500), _word(day or "18", 1600, confidence=45.0 if day else 96.0)]
    words += [_word("tháng", 1700), _word("9", 1850), _word("năm", 1900)]
    names = [slot.name for slot in find_slots(words, 3508)]
    assert (TYPED_CHECK in names) is check
    assert "number" not in names  # never a slot whose reading alone would give the number


@pytest.mark.parametrize(
    ("printed", "read", "score", "expected"),
    [
        ("690/QĐ-UBND", "690", 0.97, "690/QĐ-UBND"),  # the readers agree: kept
        ("690/QĐ-UBND", "690", 0.5, "690/QĐ-UBND"),  # agreement, whatever the recogniser's score
        ("48/QĐ-UBND", "45", 0.999, None),  # disagree: null, never the recogniser's value
        ("485/QĐ-UBND", "455", 0.8, None),
        ("72/QĐ-UBND", "", 0.0, None),  # nothing read in the gap: not confirmed
    ],
)
def test_a_number_read_as_print_on_a_pen_filled_page_needs_both_readers(
    printed: str, read: str, score: float, expected: str | None
) -> None:
    resolved = confirm_typed(printed, _slot(TYPED_CHECK, read, score))
    assert resolved.value == expected
    assert (resolved.error.code if resolved.error else None) == (None if expected else "number.handwritten_unread")
    text = f"UBND TỈNH QUẢNG NGÃI\nSố: {printed}\nQuảng Ngãi, ngày tháng 01 năm 2025\nQUYẾT ĐỊNH\nVề việc cử cán bộ"
    header = parse_header(text, hand_filled=[_slot(TYPED_CHECK, read, score), _slot("day", "16")])
    assert header.number == expected


def _received_stamp_header() -> list[Word]:
    """A photocopied decision with the receiving office's stamp top left ("ĐẾN Số: 1995 / Ngày: 13/05 / Chuyển:",
    its number and date by the clerk's pen) above the header's own "Số: 398 /QĐ-UBND" and dateline, both
    pen-filled too: tesseract's words as it read them (scenario 15's QĐ 398)."""
    return _header_words(
        ("ĐẾN", 176, 103, 98, 46, 85.0),
        ("s::...‡99Š", 327, 102, 232, 44, 46.0),
        ("Ngày:", 175, 178, 75, 22, 96.0),
        (".j3./06..", 263, 158, 176, 48, 26.0),
        ("Số:", 356, 455, 56, 34, 91.0),
        ("5", 454, 426, 42, 72, 36.0),
        ("7", 522, 419, 21, 79, 96.0),
        ("/QĐ-UBND", 610, 455, 190, 34, 90.0),
        ("Lào", 1200, 450, 70, 40, 95.0),
        ("Cai", 1285, 450, 60, 40, 95.0),
        ("ngày", 1390, 450, 90, 46, 95.0),
        ("|€Ñ", 1560, 440, 80, 60, 20.0),
        ("tháng", 1700, 450, 110, 46, 95.0),
        ("5", 1830, 450, 22, 36, 96.0),
        ("năm", 1870, 450, 82, 36, 96.0),
        ("2026", 1965, 450, 99, 36, 96.0),
    )


def test_a_received_stamps_number_and_date_are_not_the_documents_slots() -> None:
    """The stamp's "Số:" (after "ĐẾN") and "Ngày:" came first in the header and were taken for the document's
    labels: its slots were the stamp's, and the pen-filled number and day below were never read."""
    slots = {slot.name: slot for slot in find_slots(_received_stamp_header(), 3508)}
    assert set(slots) == {"number", "day"}
    assert 410 < slots["number"].left < 460 and 560 < slots["number"].right <= 610  # between "Số:" and "/QĐ-UBND"
    assert slots["number"].top > 300  # not the stamp's row
    assert 1480 <= slots["day"].left < 1560 and 1640 < slots["day"].right <= 1700  # between "ngày" and "tháng"


def test_a_fax_senders_line_in_capitals_is_no_number_label() -> None:
    """A fax's sender line above the header, "SO NOI VU HA NOI P.01/01": "SO" folds like "Số" and "P.01/01" holds a
    "/", but no symbol's letters follow it; the slot is the header's "Số:" below."""
    words = [
        _word("FROM:", 100, top=100),
        _word("SO", 400, top=100, width=40),
        _word("NOI", 460, top=100, width=60),
        _word("P.01/01", 700, top=100, width=140),
        _word("Số:", 400),
        _word("/QĐ-UBND", 700, width=240),
    ]
    (slot,) = find_slots(words, 3508)
    assert slot.name == "number" and slot.top > 200 and 470 < slot.left < 700
