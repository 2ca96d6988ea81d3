"""A number line whose label tesseract lost or garbled: its symbol is kept and the number is null with a reason (never
silently), a cited document's "số" in the body is never taken for the label, and a party number's garbled digits
before "-QĐ/TU" still make the number line."""

from __future__ import annotations

import pytest

from extractors.header import parse_header
from extractors.text import handwriting
from schemas.document import Box, HandFilled, Word

HEADER = """ỦY BAN NHÂN DÂN
PHỐ HÀ NỘI
{number_line}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 6 năm 2026
QUYẾT ĐỊNH
Về việc cử cán bộ đi công tác nước ngoài
CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI
Căn cứ Nghị định số 76/2020/NĐ-CP ngày 01 tháng 7 năm 2020 của Chính phủ;
QUYẾT ĐỊNH:
Điều 1. Cử 3 người đi công tác tại Nhật Bản.
"""


def _sure(text: str) -> HandFilled:
    return HandFilled(slot="number", text=text, score=0.9986, box=Box(left=556, top=355, width=128, height=86))


@pytest.mark.parametrize(
    ("number_line", "slot", "number", "symbol"),
    [
        ("/QĐ-UBND", None, None, "QĐ-UBND"),  # scenario 24's 1635: a drum streak through "Số:" and the pen's 1635
        ("/QĐ-ĐHTĐHN Hà Nội, ngày J2 tháng 7 năm 2026", _sure("341"), "341/QĐ-ĐHTĐHN", "QĐ-ĐHTĐHN"),
        (
            "/QĐ-UBND",
            HandFilled(slot="number", text="341", score=0.86, box=Box(left=1, top=1, width=9, height=9)),
            None,
            "QĐ-UBND",
        ),
    ],
)
def test_a_symbol_alone_on_its_line_is_the_number_lines(
    number_line: str, slot: HandFilled | None, number: str | None, symbol: str
) -> None:
    """The row's label and digits lost (or the label on a line of its own above the issuer's, the pen's tall strokes
    joining the lines): the symbol is kept, a sure slot gives the digits, and otherwise the number is null with why."""
    header = parse_header(HEADER.format(number_line=number_line), ocr=True, hand_filled=[slot] if slot else [])
    assert (header.number, header.symbol) == (number, symbol)
    if number is None:
        assert [e.code for e in header.errors if e.code.startswith("number.")]


def test_a_symbol_alone_must_be_a_known_types() -> None:
    header = parse_header(HEADER.format(number_line="/ABC-XYZ"), ocr=True)
    assert header.symbol is None


def test_an_ocrd_decision_with_no_number_line_says_so() -> None:
    """Nothing of the number's row read at all: the number is null with an error, never silently."""
    header = parse_header(HEADER.format(number_line="Hà Nội"), ocr=True)
    assert header.number is None
    assert [e.code for e in header.errors] == ["number.unreadable"]
    assert not [e for e in parse_header(HEADER.format(number_line="Hà Nội")).errors if e.code.startswith("number.")]


def test_a_party_numbers_garbled_digits_before_its_symbol_still_make_the_number_line() -> None:
    """Scenario 24's 1287-QĐ/TU: "Số l297 -QĐ/TU" (the pen's 1 read as "l"); the slot's sure 1287 gives the number."""
    text = HEADER.replace("ỦY BAN NHÂN DÂN\nPHỐ HÀ NỘI", "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI\nTHÀNH ỦY HÀ NỘI").format(
        number_line="Số l297 -QĐ/TU"
    )
    slot = HandFilled(slot="number", text="1287", score=0.995, box=Box(left=628, top=418, width=176, height=98))
    assert parse_header(text, ocr=True, hand_filled=[slot]).number == "1287-QĐ/TU"
    unread = parse_header(text, ocr=True)
    assert unread.number is None and unread.symbol == "QĐ/TU" and unread.errors


def _word(text: str, left: int, top: int, width: int, confidence: float = 95.0) -> Word:
    return Word(text=text, box=Box(left=left, top=top, width=width, height=42), confidence=confidence, block=1, line=1)


def test_a_cited_documents_so_is_no_number_label() -> None:
    """Scenario 24's 2905: tesseract lost the header's "Số:"; the body's "Chỉ thị số 07-CT/TU" gave the number's slot,
    read "07" at 1.00 — a wrong number had the header found its symbol. A "số" right after running text is cited
    (tesseract read the cited number at confidence 51: no print to leave to it)."""
    body = [_word("Chỉ", 700, 900, 70), _word("thị", 785, 900, 55), _word("số", 852, 900, 50)]
    cited = [*body, _word("07-CT/TU", 930, 900, 190, 51.0)]
    assert not [s for s in handwriting.find_slots(cited, 3500) if s.name == "number"]
    header = [_word("Số:", 493, 384, 61), _word("/QĐ-UBND", 814, 386, 240)]
    assert [s.name for s in handwriting.find_slots([*header, *cited], 3500)] == ["number"]


def test_a_symbol_with_nothing_read_before_it_gives_the_number_slot_from_its_left() -> None:
    """Scenario 24's 1635: a drum streak through "Số:" and the pen's digits; tesseract read "/QĐ-UBND" alone on its
    row. The slot reaches left of it over where the label and the digits stand."""
    issuer = [_word("THÀNH", 525, 301, 182), _word("PHỐ", 722, 300, 104), _word("HÀ", 840, 301, 73)]
    symbol = _word("/QĐ-UBND", 814, 385, 241)
    (slot,) = [s for s in handwriting.find_slots([*issuer, symbol], 3500) if s.name == "number"]
    assert slot.label_lost and slot.right < 814 and slot.left < 500
    for before in (_word("45", 700, 385, 60), _word("6õ:", 480, 385, 60)):  # typed digits, a garbled label
        assert not [s for s in handwriting.find_slots([*issuer, before, symbol], 3500) if s.name == "number"]
    unknown = _word("/AB-XYZ", 814, 385, 241)
    assert not [s for s in handwriting.find_slots([*issuer, unknown], 3500) if s.name == "number"]


@pytest.mark.parametrize(
    ("readings", "expected"),
    [
        ([("so:2150", 0.92), ("2150", 0.9997)], ("2150", 0.9997)),  # 1635's: the label read, then the digits alone
        ([("2150", 0.9999)], ("2150", 0.9999)),  # the crop did not reach the label
        ([("so:2150", 0.92), ("2158", 0.9997)], ("so:2150", 0.92)),  # the digits alone read otherwise
        ([("TH2150", 0.9), ("2150", 0.9997)], ("TH2150", 0.9)),  # no label before them: whose print is it?
    ],
)
def test_a_lone_symbols_slot_cuts_the_label_off_only_when_it_was_read(
    monkeypatch: pytest.MonkeyPatch, readings: list[tuple[str, float]], expected: tuple[str, float]
) -> None:
    from tests.test_handfilled_print_above import _strip

    plain, found, _ = _strip("2150", letters=False, pen=95)  # "Số:" 0.4 of the pen's height
    slot = handwriting.Slot("number", 60, found.top, found.right, found.bottom, found.line_top, label_lost=True)
    calls = iter([[reading] for reading in readings])
    monkeypatch.setattr(handwriting, "read_digits", lambda crops: next(calls, [("", 0.0)] * len(crops)))
    read = {r.slot: r for _, r in handwriting._read([slot], plain, 0.0, None)}
    assert (read["number"].text, read["number"].score) == expected


@pytest.mark.slow  # loads the digit recogniser
def test_a_lone_symbols_slot_reads_the_pen_digits_without_the_label() -> None:
    from tests.test_handfilled_print_above import _strip

    plain, found, _ = _strip("2150", letters=False, pen=95)  # "Số:" 0.4 of the pen's height
    slot = handwriting.Slot("number", 60, found.top, found.right, found.bottom, found.line_top, label_lost=True)
    read = {r.slot: r for _, r in handwriting._read([slot], plain, 0.0, None)}
    assert read["number"].text == "2150" and read["number"].score >= 0.99
    assert read["number"].box.left > 100 + 60  # the label "Số:" (from x 100) cut off
