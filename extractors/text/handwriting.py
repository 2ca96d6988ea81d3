"""Hand-filled digits: the number ("Số: 89 /QĐ-UBND") and the day ("ngày 16 tháng 01 năm 2025") that real
originals fill in by pen after signing.

Tesseract reads such digits as `Ø2`, `2#` or not at all. The slots are found from the printed words around
them — the gap between "Số:" and the "/" of the symbol, between "ngày" and "tháng", between "tháng" and
"năm" — cropped from the page as scanned (before ink removal and deskew) and read by RapidOCR's text
recogniser alone (`digits`: no detection; PP-OCR weights shipped inside the `rapidocr` wheel, nothing
downloaded).
It read 17/18 real hand-filled numbers and 17/17 days on tight crops, where tesseract read 9 and 2. Its
dictionary lacks Vietnamese tone-marked letters: it is used for digits only. What it read is kept on the
page (`Page.hand_filled`, with its crop box); whether a value is accepted is the header's decision.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, replace

import cv2
import numpy as np
from PIL import Image
from rapidfuzz.distance import Levenshtein

from extractors.docnumber import (
    KNOWN_SYMBOL_PARTS,
    NUMBER_LABEL,
    NUMBER_LABEL_MARKS_LOST,
    TYPE_ABBREVIATIONS,
    hyphenated,
    repair_symbol,
)
from extractors.handfilled import ACCEPT_SCORE, RUN_ON, SEPARATOR_SPECKS, TYPED_CHECK, runs_on
from extractors.normalize import normalize_word
from extractors.text import inks
from extractors.text.digits import recognise
from extractors.text.preprocess import rotation
from extractors.vntext import fold
from schemas.document import Box, HandFilled, Word

HEADER_SHARE = 0.45
"""Slots are looked for in this top share of the page (the header)."""
_NUMBER_LABEL = re.compile(rf"^{NUMBER_LABEL}[:;.]?$|^(?:{NUMBER_LABEL}|{NUMBER_LABEL_MARKS_LOST})[:;.]")
"""The "Số:" label, folded: "so", "s6:", "sø:", "so:#4" (glued to pen strokes), "s:" (the "ố" lost), "sẽ:" (a fax's
"ố" read "ẽ": only with its colon, "sẽ" alone is a word)."""
LABEL_WIDTHS = {"number": 2.3, "day": 4.4, "month": 3.9}
"""Width of "Số:", "ngày", "tháng" in characters of the printed word closing their slot ("/QĐ-UBND" is all
capitals, "tháng" and "năm" lower case), for a label tesseract glued to the pen strokes after it."""
_SLASHES = "/\u2044\u2215"
"""A slash as tesseract reads it: "/", the fraction slash "⁄" and the division slash "∕" (`normalize` maps both)."""
_SLASHLESS = re.compile(r"[A-ZĐÐ][A-Za-zĐÐđ]{0,5}-[A-ZĐÐ]")
"""A symbol word whose "/" the pen digits covered (".QĐ-UBND"): TYPE-ISSUER, its letters start the symbol."""
_SLOT_AFTER = {"day": ("ngay", "thang"), "month": ("thang", "nam")}


@dataclass(frozen=True)
class Slot:
    """Where a value would be filled in, on the page as tesseract read it (pixels)."""

    name: str
    left: float
    top: float
    right: float
    bottom: float
    line_top: float
    """The top of the word closing the slot: a stroke ending above it is the line above's (`ink_box`)."""
    through_symbol: bool = False
    """The slot runs on over the printed symbol, whose start tesseract did not read: its crop is cut where the
    pen's tall strokes end (`_split_at_print`)."""
    label_lost: bool = False
    """The number's slot found from its symbol alone, the "Số:" label and pen digits before it not read
    (`_lone_symbol_slot`): the crop reaches over the label, whose print is cut off only when read (`_label_then`)."""
    print_above: tuple[float, float] | None = None
    """The rows (top, bottom) of a printed line above whose letters lie inside the slot (the issuer's name over the
    "Số:" row): pen digits written high touch them, and the crop took them in (`_without_print_above`)."""

    def overlaps(self, box: Box) -> bool:
        return (
            self.left < box.left + box.width
            and box.left < self.right
            and self.top < box.top + box.height
            and (box.top < self.bottom)
        )


def read_digits(crops: Sequence[np.ndarray]) -> list[tuple[str, float]]:
    """(text, score) the recogniser reads in each grayscale crop, in one batch (`digits.recognise`: each
    crop padded to the 48×320 input as when read alone, 13% less CPU a crop than one call each);
    ("", 0.0) where it reads nothing."""
    return [("".join(text.split()), score) for text, score in recognise(crops)]


def _folded(word: Word) -> str:
    return fold(normalize_word(word.text))


def _row(words: Sequence[Word], anchor: Word) -> list[Word]:
    """The words right of `anchor` whose middle lies within its line, left to right."""
    top, bottom = anchor.box.top, anchor.box.top + anchor.box.height
    middle = [w for w in words if w.box.left > anchor.box.left and top <= w.box.top + w.box.height / 2 <= bottom]
    return sorted(middle, key=lambda w: w.box.left)


def find_slots(words: Sequence[Word], page_height: int) -> list[Slot]:
    """Where the number, day and month would be hand-filled, from the printed words around them; a slot
    tesseract read as confident digits is typed, and left to it (no recogniser call).

    Tesseract often glues the pen digits to a printed word ("Số:#4ˆ", "ngày⁄{§", "Ø†tháng", "Đ4/UBND"): the
    printed part is then measured with the character width of the printed word closing the slot, from the
    left of a label and from the right of the closing word."""
    header = [w for w in words if w.box.top < HEADER_SHARE * page_height]
    tallest = PRINTED_HEIGHT * statistics.median(w.box.height for w in words) if words else 0.0
    slots: list[Slot] = []
    capital = _capital_width(header)
    number = _number_slot(header, tallest, capital) or _lone_symbol_slot(header, tallest)
    if number is not None:
        number = replace(number, print_above=_print_row_above(header, number, tallest))
        slots.append(number)
    dateline = _dateline_words(header)
    for name, (before, after) in _SLOT_AFTER.items():
        start = next((w for w in dateline if before in _folded(w)), None) or next(
            (w for w in header if before in _folded(w)), None
        )  # the dateline's own label first: a received stamp's "Ngày:" above it is not the date's
        if dateline and start not in dateline and not any(before in _folded(w) for w in dateline):
            start = next((w for w in dateline if _misread(w, before)), start)  # "này" for "ngày", "thóng"
        if start is None:
            continue
        row = _row(header, start)
        end = next((w for w in row if after in _folded(w)), None)
        if end is None and start in dateline:
            end = next((w for w in row if _misread(w, after)), None)
        if end is not None and _printed_digits(row[: row.index(end)], tallest):
            continue  # printed (a typed form, and nearly every month): tesseract's reading stands
        if end is not None:
            label, closing = _folded(start), _folded(end)
            printed = label.index(before) + len(before) if before in label else len(start.text)
            # "Sơniangày" (the place glued before the label) with the pen's digits read as a word of their own
            place_glued = printed == len(label) > len(before) and row.index(end) > 0
            cut, char = closing.index(after) if after in closing else 0, _print_char(header, start)
            slots.append(_slot(name, start, printed, end, cut, place_glued=place_glued, print_char=char))
    if number is None and any(slot.name == "day" for slot in slots):
        check = _number_slot(header, tallest, capital, typed=True)
        if check is not None:  # a pen-filled day, a number taken for print: read it again (`TYPED_CHECK`)
            slots.insert(0, replace(check, name=TYPED_CHECK))
    return slots


ROW_WORDS = 2
"""Confident printed words that make a line above a slot (`_print_row_above`): one may be the pen's garble."""


def _print_row_above(header: Sequence[Word], slot: Slot, tallest: float) -> tuple[float, float] | None:
    """The rows (median top, median bottom) of the printed line whose words end inside the slot above the line it
    closes (`Slot.line_top`), near it (within three line heights left or right): confident letters of print's
    height, at least `ROW_WORDS` of them; None without such a line."""
    height = (slot.bottom - slot.line_top) / 1.6
    near = (slot.left - 3 * height, slot.right + 3 * height)
    row = [
        w
        for w in header
        if slot.top < w.box.top + w.box.height < slot.line_top
        and w.confidence >= PRINTED_CONFIDENCE
        and w.text.isalpha()
        and w.box.height < tallest
        and w.box.left < near[1]
        and w.box.left + w.box.width > near[0]
    ]
    if len(row) < ROW_WORDS:
        return None
    return statistics.median(w.box.top for w in row), statistics.median(w.box.top + w.box.height for w in row)


_YEAR = re.compile(r"(?:19|20)\d{2}")


def _dateline_words(header: Sequence[Word]) -> list[Word]:
    """The words before the header's first "năm" followed by a year on its row ("Huã này [7 thóng Ô" of "… năm
    2026"): where a dateline's labels misread one letter off are looked for (`_misread`); [] without one."""
    for word in header:
        row = _row(header, word)
        if _folded(word) == "nam" and row and _YEAR.fullmatch(row[0].text):
            top, bottom = word.box.top, word.box.top + word.box.height
            before = [w for w in header if w.box.left < word.box.left and top <= w.box.top + w.box.height / 2 <= bottom]
            return sorted(before, key=lambda w: w.box.left)
    return []


def _misread(word: Word, label: str) -> bool:
    """A lower-case word one letter off a dateline's label ("này" for "ngày", "thóng" for "tháng"): only looked
    for on the dateline's row (`_dateline_words`), where "này" (this) is no word of the template."""
    letters = re.sub(r"[^a-z]", "", _folded(word))
    return word.text[:1].islower() and len(letters) >= 3 and Levenshtein.distance(letters, label) == 1


def _print_char(words: Sequence[Word], anchor: Word) -> float | None:
    """The width of a printed character on `anchor`'s line: the median over its confident words (both sides of
    it) of width per character; None without such words. On an italic dateline tesseract may box a label with the
    pen's digit beside it, or the next words ("tháng" 266 px wide over "tháng 9 năm"): such a box's own mean
    character measures nothing."""
    top, bottom = anchor.box.top, anchor.box.top + anchor.box.height
    widths = [
        w.box.width / len(w.text)
        for w in words
        if top <= w.box.top + w.box.height / 2 <= bottom
        and w.confidence >= PRINTED_CONFIDENCE
        and len(w.text) >= 2
        and w.text.rstrip(",.").isalnum()
    ]
    return statistics.median(widths) if widths else None


def _capital_width(header: Sequence[Word]) -> float | None:
    """The width of a printed capital on the page: the median over the header's confident words of capitals
    ("ỦY BAN NHÂN DÂN", "CỘNG HÒA"); None without such words."""
    widths = [
        w.box.width / len(w.text)
        for w in header
        if w.confidence >= PRINTED_CONFIDENCE and len(w.text) >= 2 and w.text.isalpha() and w.text.isupper()
    ]
    return statistics.median(widths) if widths else None


_SYMBOL_TAIL = re.compile(r"(?:(?:19|20)\d{2}/)?[A-Za-zĐÐđ]+(?:[-/][A-Za-zĐÐđ0-9]+)*$")
"""The printed symbol closing a word ("QĐ-UBND", "2024/QĐ-UBND", "UBND-NC"): where the pen's garble before it
ends ("l6/@QÐ-UBND": "16" then "20" read as "/@")."""


def _known(symbol: str) -> bool:
    """The symbol starts with a known part ("QĐ-UBND", "UBND-VP", "QĐUBND"): where it starts is sure; "qb-UBND"
    (after "/@" on a page where "@" was the printed "Q") is not."""
    first = re.split(r"[-/]", repair_symbol(symbol))[0]
    return first in KNOWN_SYMBOL_PARTS or hyphenated(first) != first


_MARKS_LOST = re.compile(rf"{NUMBER_LABEL_MARKS_LOST}")
_PARTY_SYMBOL = re.compile(r"-[A-ZĐÐ][A-Za-zĐÐđ]{0,5}/[A-ZĐÐ]")
"""A party document's symbol after its number ("-QĐ/TU", "-KL/TU"): the number label before it has no colon."""


def _party_label(header: Sequence[Word], word: Word) -> bool:
    """A party form's "Số" (no colon: "Số 118-QĐ/TU") read with its "ố" as "ẽ" or "ấ" ("Sẽ"), which `_NUMBER_LABEL`
    takes only with a colon ("sẽ" alone is a word): the label when a party symbol with a known part follows it on its
    row, the pen's number between them."""
    if not _MARKS_LOST.fullmatch(_folded(word)):
        return False
    symbol = next((w for w in _row(header, word) if "/" in w.text), None)
    tail = _SYMBOL_TAIL.search(symbol.text) if symbol else None
    return bool(symbol and tail and _PARTY_SYMBOL.match(symbol.text) and _known(tail.group()))


def _number_slot(header: Sequence[Word], tallest: float, capital: float | None, typed: bool = False) -> Slot | None:
    """The gap between a "Số:" label and the symbol on its row. The first label with a symbol after it: a
    department's name above ("SỞ NGOẠI VỤ", folded "so") is no label. `tallest`: see `_printed_digits`.

    The slot ends one character (the "/") before the symbol's letters: a "/" inside the pen's garble is no
    end. When the symbol word holds the garble too, its printed part is measured with `capital` (the page's
    printed capital, `_capital_width`) when narrower than the word's mean character: the pen's strokes are
    wider than the characters tesseract makes of them, and an edge put inside the last digit ("116" for
    1160) reads a shorter number, where a wider slot at worst reaches the "/". So too when the word is the "/"
    and a known symbol and its box holds a pen digit its text left out (`_printed_char`); not a word with no
    known symbol ("/2" for the pen's "140", its own characters the pen's). `typed`: the slot even when its
    digits read as print (`TYPED_CHECK`). A second slash right after the first ("/⁄QĐÐ-UBND" for a printed
    "/QĐ-UBND", the word's box no wider than that) is print read twice, no garble of the pen's: taken for one, the
    slot ran three characters into the symbol and the recogniser read its "/Q" as "10" ("78810" for 788, sure)."""
    labels = (
        w
        for w in header
        if (_NUMBER_LABEL.match(_folded(w)) or _party_label(header, w))
        and not _received(header, w)
        and not _cited(header, w)
    )
    for label in labels:
        row = _row(header, label)
        symbol = next((w for w in row if "/" in w.text and _SYMBOL_TAIL.search(w.text)), None)
        if symbol is None and not _capital_label(label):
            symbol = next((w for w in row if "/" in w.text), None) or next(
                (w for w in row if _SLASHLESS.search(w.text)), None
            )  # "/18 /QĐ-UBND": a pen's "1" read as "/" starts no symbol
        if symbol is None and (":" in label.text or label.text[:1].islower()):  # "Số:"/"số", no "SỞ": see below
            return _slot_through_symbol(label, row, tallest)
        if symbol is None:
            continue
        if not typed and _printed_digits([*row[: row.index(symbol)], _serial(symbol)], tallest):
            return None  # typed: tesseract's reading stands
        # "/QĐ-UBND", "-CV/TU"; ".QĐ-UBND": the slot ends where the symbol's letters start
        start = re.search(r"[-/]", symbol.text) if "/" in symbol.text else _SLASHLESS.search(symbol.text)
        cut = start.start()  # type: ignore[union-attr]
        tail = _SYMBOL_TAIL.search(symbol.text)
        garble = symbol.text[cut + 1 : tail.start()].strip(SEPARATOR_SPECKS + _SLASHES) if tail is not None else ""
        if tail is not None and garble and _known(tail.group()):
            cut = tail.start() - 1  # garble after the first "/": the pen's ("l6/@QÐ-UBND" for 1620)
        own = symbol.box.width / max(1, len(symbol.text))
        if cut == 0 and capital and tail is not None and tail.start() == 1 and _typed_body(tail.group()):
            return _slot("number", label, 3, symbol, cut, tail_char=_printed_char(symbol, capital))
        return _slot("number", label, 3, symbol, cut, tail_char=min(own, capital) if cut and capital else None)
    return None


LONE_REACH = 8.0
"""How far left of a symbol whose row holds no other word the number's slot reaches, in print heights: over the "Số:"
label and up to five pen digits."""
_LABEL_READ = re.compile(r"[Ss](?:[^\W\d_]|[06])?[:;.]?")
"""The "Số:" label as the digit recogniser reads it: "S", one letter or a 0 or 6 for the "ố" its dictionary lacks,
and the colon ("so:" on scenario 24's 1635, "sã:" on a rendered one, "s6:")."""


def _lone_symbol_slot(header: Sequence[Word], tallest: float) -> Slot | None:
    """The number's slot when tesseract read nothing of the "Số:" row but its symbol (a photocopy's drum streak through
    the label and the pen's digits, or the pen's strokes read with the line above): the first "/" and a known symbol
    (the header's `_lone_symbol`) with no word before it on its row within `LONE_REACH` print heights — from there
    to the symbol's "/"."""
    height = tallest / PRINTED_HEIGHT
    for symbol in sorted(header, key=lambda w: w.box.top):
        tail = _SYMBOL_TAIL.search(symbol.text)
        if not (symbol.text.startswith("/") and tail is not None and tail.start() == 1 and _known(tail.group())):
            continue
        left = symbol.box.left - LONE_REACH * height
        top, bottom = symbol.box.top, symbol.box.top + symbol.box.height
        if any(
            left < w.box.left + w.box.width <= symbol.box.left and top <= w.box.top + w.box.height / 2 <= bottom
            for w in header
        ):
            continue
        return Slot(
            "number",
            left=left,
            top=symbol.box.top - 0.9 * height,
            right=symbol.box.left - 0.05 * height,
            bottom=symbol.box.top + 1.6 * height,
            line_top=symbol.box.top,
            label_lost=True,
        )
    return None


def _label_then(read: str, digits: str) -> bool:
    """The crop's first reading is the "Số:" label then exactly the `digits` read without its print ("so:1635")."""
    return bool(digits) and re.fullmatch(_LABEL_READ.pattern + re.escape(digits), read) is not None


def _capital_label(label: Word) -> bool:
    """A label in capitals with no colon ("SO"): the number's label only before a symbol's letters. A fax's sender
    line ("FROM: <phone> SO NOI VU <PROVINCE> P.01/01", the sending Sở's name) took "SO" for the label and the rest
    with its page count for the symbol; that slot was read and the header's own slot never was."""
    return label.text.isupper() and ":" not in label.text


NARROW = "/-.|Il1"
"""Printed characters about half a capital wide."""
PEN_DIGIT = 0.75
"""Share of a printed capital's width by which a symbol word's box must exceed its printed text to hold a pen digit."""


def _printed_char(symbol: Word, capital: float) -> float | None:
    """The mean printed width of the characters of a word that is "/" and a known symbol, when its box holds a pen
    digit besides them (wider than its text in printed capitals, narrow ones at half, by `PEN_DIGIT` of a capital:
    "/QĐ-UBND" boxed from the "9" of a pen-written 779, whose slot ended at the box's left and read "77", sure);
    None otherwise (the word's own mean character measures it, as a box that holds its text only)."""
    units = sum(0.5 if char in NARROW else 1.0 for char in symbol.text)
    if symbol.box.width - units * capital < PEN_DIGIT * capital:
        return None
    return units * capital / len(symbol.text)


def _typed_body(symbol: str) -> bool:
    """A known symbol, or a known body after a type of a known one's length with one letter misread ("Qb-UBND":
    the pen's "9" beside the "Đ" of 1409/QĐ-UBND blurred it)."""
    first, *rest = re.split(r"[-/]", repair_symbol(symbol))
    misread = any(
        len(abbreviation) == len(first) and sum(a != b for a, b in zip(abbreviation, first, strict=True)) == 1
        for abbreviation in TYPE_ABBREVIATIONS
    )
    return _known(symbol) or (misread and bool(rest) and all(part in KNOWN_SYMBOL_PARTS for part in rest))


def _received(header: Sequence[Word], label: Word) -> bool:
    """A "Số:" after "ĐẾN" on its line: a received stamp's own number ("ĐẾN Số: 1995 / Ngày: 13/05"), filled
    by the receiving office's clerk, never the document's. Taken for the document's label (the first one on the
    page), its slot hid the real one below: the photocopied Lào Cai decisions with such a stamp read no number."""
    top, bottom = label.box.top, label.box.top + label.box.height
    return any(
        w.box.left < label.box.left
        and top <= w.box.top + w.box.height / 2 <= bottom
        and _folded(w).strip(":.") == "den"
        for w in header
    )


def _cited(header: Sequence[Word], label: Word) -> bool:
    """A "số" right after a word of running text on its line ("Nghị định số 76/2020/NĐ-CP", "Chỉ thị số 07-CT/TU"):
    a document the body cites, never the header's own label, which opens its row. Taken for it when tesseract lost the
    header's "Số:" (scenario 24's photocopies), its slot read the cited number ("07" of 07-CT/TU at 1.00)."""
    top, bottom = label.box.top, label.box.top + label.box.height
    return any(
        0 <= label.box.left - (w.box.left + w.box.width) < 2 * label.box.height
        and top <= w.box.top + w.box.height / 2 <= bottom
        and sum(char.isalpha() for char in w.text) >= 2
        and any(char.islower() for char in w.text)
        for w in header
    )


COLUMN_GAP = 5.0
"""Words of the "Số:" row further than this many label heights from the one before are the right column's."""


def _slot_through_symbol(label: Word, row: Sequence[Word], tallest: float) -> Slot | None:
    """When no word of the "Số:" label's row holds the symbol's start (tesseract read "/QĐ-UBND" as "TH -UDNG",
    "Ôn 8Ö" or one blob with the pen's digits touching it, "|]ỮQÐUBND"): the slot from the label (its colon or a
    lower-case "s" read: no department's "SỞ") to the end of the row's left column — pen digits and printed
    symbol together, split by stroke height when read (`_split_at_print`)."""
    height = label.box.height
    end = float(label.box.left + label.box.width)
    column: list[Word] = []
    for word in row:
        if word.box.left - end > COLUMN_GAP * height or "ngay" in _folded(word):
            break  # the right column, or its dateline ("SơnLa,ngày") on the same row
        end, column = max(end, word.box.left + word.box.width), [*column, word]
    if not column or _printed_digits(column, tallest):
        return None
    return Slot(
        "number",
        left=label.box.left + label.box.width + 0.1 * height,
        top=label.box.top - 0.9 * height,
        right=end,
        bottom=label.box.top + 1.6 * height,
        line_top=label.box.top,
        through_symbol=True,
    )


PRINTED_CONFIDENCE = 80.0
"""Tesseract confidence from which a digits-only word of print's height is taken as printed, not pen-written."""
PRINTED_HEIGHT = 1.3
"""How many times the page's median word height a printed digit stays under. Confidence alone did not tell pen from
print: on page 1 of the 72 dated scans (20 real, 56 of both scenarios; docs/scenario-blind.md) tesseract read 11
pen-written days as digits at 86-96, 4 of them wrong ("05" for 03 at 93 and 94, "5" for 13 at 89, "2" for 21 at
96), and took them for print, so the recogniser never read them. Their words stood 1.65-2.35 times the page's
median height, the 8 typed days 0.88-0.93, the real scans' pen digits 1.04-1.45 (those read unsure)."""


def _printed_digits(words: Sequence[Word], tallest: float) -> bool:
    """Digits tesseract read with confidence, of print's height (under `tallest` px): typed, not pen-written (pen
    digits scored 7-62 on real scans, but up to 96 on bigger pen strokes)."""
    return any(w.text.isdigit() and w.confidence >= PRINTED_CONFIDENCE and w.box.height < tallest for w in words)


def _serial(symbol: Word) -> Word:
    """The digits a symbol word starts with ("1271/UBND-NC", "502-CV/TU"), as a word of its confidence."""
    return symbol.model_copy(update={"text": re.match(r"\d*", symbol.text).group()})  # type: ignore[union-attr]


def _slot(
    name: str,
    label: Word,
    printed: int,
    closing: Word,
    cut: int,
    *,
    tail_char: float | None = None,
    place_glued: bool = False,
    print_char: float | None = None,
) -> Slot:
    """The gap from the end of the label's first `printed` characters to the closing word's character
    `cut`, taller than the line: pen digits are big and ride high. Sizes come from the closing word, the
    printed one (a label glued to pen strokes has a box as tall as the strokes); `tail_char`: the width of
    its characters after `cut`, when not its mean character's. A label whose box is more than a character
    wider than its printed width holds pen strokes tesseract left out of its text ("ngày" boxed with the
    "06" written against it, rs_20): its printed part is measured the same way — unless `place_glued`: the
    label ends a word of print glued before it ("Sơniangày" for "Sơn La, ngày") and the pen's digits were
    read as a word of their own, so the box ends where the label does. `print_char`: the line's printed
    character (`_print_char`), the label's measure when the closing word's mean character is wider (its box
    holds more than its text: the label's own measure would take the pen's first digit for print)."""
    char = closing.box.width / max(1, len(closing.text))
    label_char = min(char, print_char) if print_char else char
    height = closing.box.height
    label_right = float(label.box.left + label.box.width)
    fits = label.box.width <= (LABEL_WIDTHS.get(name, len(label.text)) + 1) * label_char
    if place_glued or (printed >= len(label.text) and fits):
        label_end = label_right
    elif _folded(label)[: printed - 1].isalpha():  # printed word first, pen strokes glued after it, read or not
        label_end = label.box.left + min(label.box.width, LABEL_WIDTHS.get(name, len(label.text)) * label_char)
    else:  # pen strokes first ("Ø†tháng" closing the day's slot is the month's label)
        label_end = label_right - (len(label.text) - printed) * label_char
    right = closing.box.left + closing.box.width - (len(closing.text) - cut) * (tail_char or char)
    return Slot(
        name,
        left=label_end + 0.1 * height,
        top=closing.box.top - 0.9 * height,
        right=right - 0.05 * height,
        bottom=closing.box.top + 1.6 * height,
        line_top=closing.box.top,
    )


def _original_box(slot: Slot, angle: float, shape: tuple[int, ...]) -> Box | None:
    """The slot's box on the page as scanned: the deskew rotation undone on its corners, clipped."""
    corners = np.array(
        [[slot.left, slot.top], [slot.right, slot.top], [slot.left, slot.bottom], [slot.right, slot.bottom]]
    )
    if angle:
        inverse = cv2.invertAffineTransform(rotation(shape, angle))
        corners = corners @ inverse[:, :2].T + inverse[:, 2]
    left, top = max(0, int(corners[:, 0].min())), max(0, int(corners[:, 1].min()))
    right, bottom = min(shape[1], int(corners[:, 0].max())), min(shape[0], int(corners[:, 1].max()))
    if right - left < 8 or bottom - top < 8:
        return None
    return Box(left=left, top=top, width=right - left, height=bottom - top)


def has_ink(crop: np.ndarray) -> bool:
    """Enough dark pixels for a digit: an empty slot is not worth a recogniser call."""
    return bool(np.count_nonzero(crop < 128) >= max(20, 0.005 * crop.size))


def read_slots(
    words: Sequence[Word], plain: np.ndarray, angle: float, colour: Image.Image | None = None
) -> list[HandFilled]:
    """Each slot found on the page, cropped from `plain` (the page as scanned) around its pen ink
    (`ink_box`) and read; empty slots skipped. With the page's `colour`, red ink (a seal over the slot) is
    whitened first: a slot holding only a seal's ring is empty, not read.

    `words` are tesseract's words on the page rotated by `angle` (deskew); `plain` is the unrotated page."""
    return [reading for _, reading in _read(find_slots(words, plain.shape[0]), plain, angle, colour)]


_CITED_SYMBOL = re.compile(r"^/[A-ZĐÐ]")
"""The printed symbol after a cited number's slot ("/QĐ-UBND")."""
_CITED_DATE = re.compile(r"^(\S{0,6}?)/(\d{1,2})/(\d{4})")
"""A cited date whose day is a slot: what tesseract made of the pen's day, then the printed "/02/2025"."""
_DATE = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}\W?$")
"""A printed date word ("29/12/2023;"), whose width per character measures the page's print."""
CITED_WORDS = 2
"""At most this many words of pen garble between a cited number's "số" and its symbol."""
CITED_ABOVE, CITED_BELOW = 0.4, 1.1
"""A cited slot's rows, in heights of the printed word closing it: a line of body text, whose neighbours are
closer than the header's (the header's slot, 0.9 above and 1.6 below, took their descenders and marks)."""


def _cited_slots(words: Sequence[Word], tallest: float) -> list[tuple[Slot, list[Word], Word]]:
    """Slots of a document the text cites whose number and day were filled by hand, as on the form ("Quyết
    định số 87 /QĐ-UBND ngày 05/02/2025", the 87 and the 05 by pen): from a lower-case "số" to the "/" of the
    symbol after it, and from "ngày" to the "/" of a printed month and year; each with the words it covers
    and the word closing it.
    A number slot tesseract read as confident digits of print's height is typed, and no slot; so is a day it
    read as digits (a printed date read unsure is left to it)."""
    found: list[tuple[Slot, list[Word], Word]] = []
    dates = [w.box.width / len(w.text) for w in words if w.confidence >= PRINTED_CONFIDENCE and _DATE.match(w.text)]
    digit = statistics.median(dates) if dates else None
    for label in words:
        text = normalize_word(label.text)
        if text not in {"số", "ngày"}:
            continue
        row = _row(words, label)
        letters = [w.box.width / len(w.text) for w in row if w.confidence >= PRINTED_CONFIDENCE and w.text.isalpha()]
        char = statistics.median(letters) if letters else None
        if text == "số":
            symbol = next((w for w in row[: CITED_WORDS + 1] if _CITED_SYMBOL.match(w.text)), None)
            covered = row[: row.index(symbol)] if symbol is not None else []
            if symbol is not None and not _printed_digits(covered, tallest):
                found.append((_after(label, char, "cited_number", symbol, 0), covered, symbol))
            continue
        date = next((w for w in row[: CITED_WORDS + 1] if _CITED_DATE.match(w.text)), None)
        match = _CITED_DATE.match(date.text) if date is not None else None
        if date is None or match is None or match.group(1).isdigit():
            continue
        between = row[: row.index(date)]  # the pen's garble, a dotted leader read as a word (".........")
        if _printed_digits(between, tallest):
            continue
        slot = _after(label, char, "cited_day", date, len(match.group(1)))
        if digit is not None:  # the printed "/02/2025" measured with print's characters, not the pen's
            tail = len(date.text) - len(match.group(1))
            slot = replace(slot, right=date.box.left + date.box.width - tail * digit - 0.05 * date.box.height)
        found.append((slot, [*between, date], date))
    return found


def _after(label: Word, char: float | None, name: str, closing: Word, cut: int) -> Slot:
    """`_slot` from the end of a label read as itself ("số", "ngày"): its box's right, unless the box is wider
    than the label in the row's printed characters (`char`: pen ink tesseract put in the label's box without
    reading it), then the label's printed width. The closing word's mean character, `_slot`'s measure for a
    glued label, is no measure here: the closing word holds the pen's garble too."""
    slot = _slot(name, label, len(label.text), closing, cut)
    height, end = closing.box.height, float(label.box.left + label.box.width)
    if char is not None and label.box.width > (len(label.text) + 1.5) * char:
        end = label.box.left + len(label.text) * char
    top, bottom = closing.box.top - CITED_ABOVE * height, closing.box.top + CITED_BELOW * height
    return replace(slot, left=end + 0.1 * height, top=top, bottom=bottom)


def fill_cited(
    words: Sequence[Word], plain: np.ndarray, angle: float, colour: Image.Image | None = None
) -> tuple[list[Word], list[HandFilled]]:
    """The page's words with each cited number and day filled by hand (`_cited_slots`) written as the digit
    recogniser read them — only a sure reading (`handfilled.ACCEPT_SCORE`) of a number's or a day's shape
    (a real date with the printed month and year): a wrong number in a citation is worse than the garble,
    which the citation finder passes over — and what was read in every such slot (for review). Digits
    tesseract read nothing of become a word of their own in the slot. Arguments as `read_slots`'s."""
    tallest = PRINTED_HEIGHT * statistics.median(w.box.height for w in words) if words else 0.0
    slots = _cited_slots(words, tallest)
    if not slots:
        return list(words), []
    read = _read([slot for slot, _, _ in slots], plain, angle, colour, tidy=True)
    run_on = {index: reading.text for index, reading in read if reading.slot.endswith(RUN_ON)}
    replaced: dict[int, str | None] = {}
    added: list[Word] = []
    for index, reading in read:
        (slot, under, closing), digits = slots[index], reading.text
        if reading.score < ACCEPT_SCORE or not (digits.isascii() and digits.isdigit()) or reading.slot != slot.name:
            continue
        if index in run_on and not runs_on(digits, run_on[index]):
            continue  # a pen digit past the crop's edge: the citation's garble stays
        if slot.name == "cited_number" and len(digits) <= 5:
            replaced.update({id(w): None for w in under[1:]})
            if under:
                replaced[id(under[0])] = digits
            else:
                added.append(_word_in(slot, digits, closing))
        elif slot.name == "cited_day" and len(digits) <= 2 and _real_day(digits, closing.text):
            replaced.update({id(w): None for w in under[:-1]})
            replaced[id(closing)] = digits.zfill(2) + closing.text[closing.text.index("/") :]
    filled = [
        w.model_copy(update={"text": replaced[id(w)], "confidence": 100 * ACCEPT_SCORE}) if id(w) in replaced else w
        for w in words
        if replaced.get(id(w), "") is not None
    ]
    return filled + added, [reading for _, reading in read]


def _real_day(digits: str, date: str) -> bool:
    """The day makes a real date with the printed month and year of `date` ("…/02/2025")."""
    match = _CITED_DATE.match(date)
    try:
        return match is not None and bool(dt.date(int(match.group(3)), int(match.group(2)), int(digits)))
    except ValueError:
        return False


def _word_in(slot: Slot, digits: str, closing: Word) -> Word:
    """A word for digits read in a slot where tesseract read none, on the line of the word closing the slot."""
    width = round(slot.right - slot.left)
    box = Box(left=round(slot.left), top=closing.box.top, width=width, height=closing.box.height)
    return closing.model_copy(update={"text": digits, "box": box, "confidence": 100 * ACCEPT_SCORE})


def _read(
    slots: Sequence[Slot], plain: np.ndarray, angle: float, colour: Image.Image | None, *, tidy: bool = False
) -> list[tuple[int, HandFilled]]:
    """`read_slots` on the slots found: (index of the slot, what was read) for each slot with ink; with
    `tidy`, marks inside the crop are whitened (`_without_marks`)."""
    boxes = [(i, slot, box) for i, slot in enumerate(slots) if (box := _original_box(slot, angle, plain.shape))]
    plain = inks.without_red(plain, colour, [_window(box, plain.shape) for _, _, box in boxes])
    plain = _without_rules(plain, [box for _, _, box in boxes])
    inked: list[tuple[int, Slot, Box]] = []
    through: list[tuple[int, HandFilled]] = []
    for i, slot, box in boxes:
        if has_ink(_crop(plain, box)):
            line_top = box.top + (slot.line_top - slot.top)  # the rotation's shift (a few pixels) left out
            if slot.through_symbol:
                whole = _through_print(plain, box, ink_box(plain, box, line_top) or box)
                through += [(i, reading) for reading in _split_at_print(plain, whole)]
            else:
                inked.append((i, slot, ink_box(plain, box, line_top) or box))
    crops = [_crop(plain, box) for _, _, box in inked]
    readings = read_digits([_padded(_without_marks(crop) if tidy else crop) for crop in crops])
    retry = [
        (k, trimmed)
        for k, ((_, _, box), (text, _)) in enumerate(zip(inked, readings, strict=True))
        if _PRINT_READ.search(text) and (trimmed := _without_print(plain, box))
    ]
    rereads = read_digits([_padded(_crop(plain, box)) for _, box in retry]) if retry else []
    for (k, trimmed), (text, score) in zip(retry, rereads, strict=True):
        if inked[k][1].label_lost and not _label_then(readings[k][0], text):
            continue  # the slot found from its symbol alone: the label's print must show where the digits start
        if text.isascii() and text.isdigit():  # the pen's digits alone; accepted or not by the score, later
            inked[k], readings[k] = (inked[k][0], inked[k][1], trimmed), (text, score)
    placed = {i: box for i, _, box in boxes}
    for k, ((i, slot, _), (text, score)) in enumerate(zip(inked, readings, strict=True)):
        if slot.print_above is not None and score < ACCEPT_SCORE and text.isascii() and text.isdigit():
            cleared = _without_print_above(plain, slot, placed[i], angle)
            if cleared is not None and (sure := _same_and_sure(cleared, text)) is not None:
                plain, inked[k], readings[k] = cleared[0], (i, slot, cleared[1]), sure
    for k, ((i, slot, box), (text, _)) in enumerate(zip(inked, readings, strict=True)):
        if slot.name in _NUMBER_SLOTS and (recut := _recut(plain, box, box, text)) is not None:
            inked[k], readings[k] = (i, slot, recut[0]), recut[1]  # the crop took in the printed "/": "118/" at 0.97
    checks = _run_on_checks(plain, inked, readings)
    return (
        [
            (i, HandFilled(slot=slot.name, text=text, score=round(score, 4), box=box))
            for (i, slot, box), (text, score) in zip(inked, readings, strict=True)
        ]
        + checks
        + through
    )


def _without_print_above(plain: np.ndarray, slot: Slot, box: Box, angle: float) -> tuple[np.ndarray, Box] | None:
    """`plain` with the printed line above the slot (`Slot.print_above`) whitened across the slot's window, and the
    pen's ink box (`ink_box`) there; None when no ink is left. Pen digits written high touch the issuer's letters
    over the "Số:" row, one stroke with them, and the crop took the letters in ("1890" at 0.959, "2210" at 0.905 on
    scenario 24's scans). The whitened rows may clip the tops of the pen's digits (a 7's bar: "2/90" for 2790), so
    the reading there only confirms the crop's own (`_same_and_sure`)."""
    top, bottom = slot.print_above  # type: ignore[misc]
    pad = PRINT_ROW_PAD * (bottom - top)
    band = _original_box(replace(slot, top=top - pad, bottom=bottom + pad), angle, plain.shape)
    if band is None:
        return None
    left, _, right, _ = _window(box, plain.shape)
    cleared = plain.copy()
    cleared[band.top : band.top + band.height, left:right] = 255
    line_top = box.top + (slot.line_top - slot.top)
    pen = ink_box(cleared, box, line_top)
    return (cleared, pen) if pen is not None else None


PRINT_ROW_PAD = 0.05
"""Rows of the printed line above a slot whitened beyond its words' median top and bottom, in its height: the
letters' serifs and the rule's grey edge."""


def _same_and_sure(cleared: tuple[np.ndarray, Box], read: str) -> tuple[str, float] | None:
    """The reading of the crop without the print above (`_without_print_above`), when it reads the same digits as
    the crop with it (`read`) and is sure; None otherwise. Clipping a digit's top changes what it reads ("13" for
    1377, the 7s' bars gone, read at 0.9999): two readings that agree are the same digits."""
    text, score = read_digits([_padded(_crop(*cleared))])[0]
    return (text, score) if text == read and score >= ACCEPT_SCORE else None


RUN_ON_REACH = 1.2
"""How far right of a number's crop, in the crop's heights, strokes are taken into its run-on crop (`_run_on`): past
a pen digit the slot's edge left out (a digit is narrower than it is tall) to the printed "/" after it."""
_NUMBER_SLOTS = ("number", "cited_number")


def _run_on_checks(
    plain: np.ndarray, inked: list[tuple[int, Slot, Box]], readings: list[tuple[str, float]]
) -> list[tuple[int, HandFilled]]:
    """Each number's crop run on over the strokes right after it (`_run_on`) and read (`handfilled.RUN_ON`): the
    digits it reads before the printed symbol must be the number's (`handfilled.runs_on`). A slot's edge estimated
    from the width of tesseract's garbled words ("04/QĐÐĐ-BYT", one "Đ" read three times) fell before the last pen
    digit of 604, and the crop read "60" at 1.000; run on, it reads "604/". When they differ and the run-on reading
    shows the "/", the number's crop is grown or cut stroke by stroke to where the run-on reading puts the digits'
    end (`_recut`), and `readings` (with `inked`) is updated in place when a sure reading there agrees."""
    runs = [
        (k, run)
        for k, (_, slot, box) in enumerate(inked)
        if slot.name in _NUMBER_SLOTS
        and (past := _past(plain, box))
        and _pen_tall(plain, box, run := _run_on(box, past))
    ]
    boxes = [run for _, run in runs]
    read = read_digits([_padded(_crop(plain, run)) for run in boxes]) if runs else []
    checks = []
    for (k, _), run, (text, score) in zip(runs, boxes, read, strict=True):
        i, slot, box = inked[k]
        if _slash_read_as_one(readings[k][0], text):
            continue  # the printed "/" read as a 1 ("1121Q" for 112/QĐ): no digit past the crop
        if not runs_on(readings[k][0], text) and (recut := _recut(plain, box, run, text)) is not None:
            inked[k], readings[k] = (i, slot, recut[0]), recut[1]
        checks.append((i, HandFilled(slot=f"{slot.name}{RUN_ON}", text=text, score=round(score, 4), box=run)))
    return checks


def _pen_tall(plain: np.ndarray, box: Box, run: Box) -> bool:
    """Some stroke of the run-on crop `run` lying mostly past the crop `box` is as tall as a pen digit in it — at
    least `PRINT_SHARE` of its tallest stroke, the share under which `_without_print` takes a crop's end for print.
    Only print past the crop holds no digit of the number, and there is nothing to check: a cited 1203 whose "3" the
    printed "/" touches, the "Q" after it at 0.6 of the pen's height, was read "12030D" run on (the "Q" as a 0) and
    the sure 1203 dropped. A slanted pen digit past the crop's edge starts before it ends, hence "mostly". Where pen
    digits stand no taller than print (the real scans) every stroke past the crop counts."""
    right = box.left + box.width
    inside = _strokes(plain, box.left, box.top, right, box.top + box.height)
    tallest = max((s[3] - s[1] for s in inside), default=0)
    strokes = _strokes(plain, run.left, run.top, run.left + run.width, run.top + run.height)
    return any(s[0] + s[2] > 2 * right and s[3] - s[1] >= PRINT_SHARE * tallest for s in strokes)


def _slash_read_as_one(read: str, run_on: str) -> bool:
    """The run-on reading is the slot's digits and a 1, then a capital or nothing ("1121Q" of "112", "871" of "87"):
    the printed "/", which the recogniser reads as a 1 before a letter or at a crop's end, as tall as the pen's
    digits on the real scans (rs_06, rs_13, rs_18, rs_21) — no conflict. A 1 with the "/" read after it ("601/")
    is a digit."""
    digits = re.match(r"\d*", read).group()  # type: ignore[union-attr]
    return bool(digits) and re.fullmatch(rf"{digits}1(?:[A-ZĐÐ].*)?", run_on) is not None


def _strokes(plain: np.ndarray, left: int, top: int, right: int, bottom: int) -> list[tuple[int, int, int, int]]:
    """The ink components of the window (left, top, right, bottom, in page pixels) as page boxes (left, top, right,
    bottom), specks left out."""
    count, _, stats, _ = cv2.connectedComponentsWithStats(_ink(plain[top:bottom, left:right]), connectivity=8)
    return [
        (left + x, top + y, left + x + w, top + y + h)
        for x, y, w, h, pixels in stats[1:count]
        if pixels >= SPECK_PIXELS
    ]


def _past(plain: np.ndarray, box: Box) -> list[tuple[int, int, int, int]]:
    """The strokes right of the crop `box` whose middle lies on its rows and that start within `RUN_ON_REACH` of its
    heights after it, whole, left to right (marks under `MARK_SHARE` of its height left out). A stroke starting
    under the crop's last digit but lying mostly past it counts: a pen's "65" written as one stroke began under the
    bar of the 7 before it, the crop held the 7 alone and read it at 0.999 ("7" for 765)."""
    right, bottom = box.left + box.width, box.top + box.height
    reach = right + round(RUN_ON_REACH * box.height)
    window = (box.left, max(0, box.top - box.height // 2), min(plain.shape[1], reach + 2 * box.height))
    found = [
        s
        for s in _strokes(plain, window[0], window[1], window[2], min(plain.shape[0], bottom + box.height // 2))
        if s[0] < reach
        and s[0] + s[2] > 2 * right
        and box.top <= (s[1] + s[3]) / 2 <= bottom
        and s[3] - s[1] >= MARK_SHARE * box.height
    ]
    return sorted(found)


def _run_on(box: Box, past: list[tuple[int, int, int, int]]) -> Box:
    """The crop `box` run on over the strokes `past` it (`_past`), whole."""
    bottom = box.top + box.height
    x1, y0, y1 = max(s[2] for s in past), min(box.top, *(s[1] for s in past)), max(bottom, *(s[3] for s in past))
    return Box(left=box.left, top=y0, width=x1 - box.left, height=y1 - y0)


def _recut(plain: np.ndarray, box: Box, run: Box, reading: str) -> tuple[Box, tuple[str, float]] | None:
    """The number's crop ending at one of the strokes of its run-on crop (`run`), read at each end, where it reads
    the digits the run-on `reading` shows before the printed "/" — only when that reading shows one ("604/", not
    "6041Q", where the "/" may be a digit) and the recut reading is sure; None otherwise. With `run` the crop itself
    (`_read`): a crop that took in the printed "/" as a stroke of its own, as tall as 0.7 of the pen's digits, so
    `_without_print` kept it ("118/" at 0.97, "3152/Q" at 0.985 on scenario 22's scans), is cut before it."""
    shown = re.match(r"[:;.,'|]*(\d{1,5})/", reading)
    if shown is None:
        return None
    strokes = _strokes(plain, run.left, run.top, run.left + run.width, run.top + run.height)
    ends = sorted({s[2] for s in strokes if s[3] - s[1] >= MARK_SHARE * box.height})
    cuts = [Box(left=box.left, top=run.top, width=end - box.left, height=run.height) for end in ends]
    for cut, (text, score) in zip(cuts, read_digits([_padded(_crop(plain, cut)) for cut in cuts]), strict=True):
        if text == shown.group(1) and score >= ACCEPT_SCORE:
            return cut, (text, score)
    return None


PRINT_GAP = 0.5
"""Ink on the pen's rows less than this many pen heights after the slot's last ink still belongs to the symbol (the
gap between printed letters); beyond, it is the right column's."""


def _through_print(plain: np.ndarray, slot: Box, pen: Box) -> Box:
    """The pen's ink box (`ink_box`) run on over the printed symbol on its rows: to the slot's last ink, and on while
    the next ink is within `PRINT_GAP` — the slot's right comes from tesseract's words, which may end inside the
    symbol ("8Ö" for "/QĐ-U"). `ink_box` itself leaves out strokes under 0.35 of the pen's height, as printed
    capitals can be."""
    gap = round(PRINT_GAP * pen.height)
    stop = min(plain.shape[1], slot.left + slot.width + 4 * pen.height)
    columns = np.flatnonzero(_ink(plain[pen.top : pen.top + pen.height, pen.left : stop]).any(axis=0)) + pen.left
    inside = columns[columns < slot.left + slot.width]
    if not inside.size:
        return pen
    right = int(inside.max())
    for column in columns[columns > right]:
        if column - right > gap:
            break
        right = int(column)
    return pen.model_copy(update={"width": max(pen.width, right + 1 - pen.left)})


def _split_at_print(plain: np.ndarray, box: Box) -> list[HandFilled]:
    """The number and the symbol of a slot run on over the printed symbol (`Slot.through_symbol`): the pen's tall
    strokes read alone (`_without_print`), and the whole read too. The number's reading is the digits alone only
    when the whole reads those digits then the symbol's capitals, with or without the "/" ("1190/QD-UBND";
    "1010QD-UBND", the "/" lost in the last digit it touches): a pen digit the cut left out (short, at the end)
    shows there; otherwise it is the whole's reading, digits and print, never accepted. The symbol's is what the
    whole reads after the digits (`slot` "symbol"; the header takes it only of known parts and the title's type).
    Nothing when no short strokes end the crop: pen and print not told apart."""
    digits_box = _without_print(plain, box)
    if digits_box is None or digits_box.left + digits_box.width >= box.left + box.width:
        return []
    (digits, score), (whole, whole_score) = read_digits([_padded(_crop(plain, b)) for b in (digits_box, box)])
    symbol = re.fullmatch(rf"{re.escape(digits)}/?([A-Z].*)", whole) if digits.isascii() and digits.isdigit() else None
    if symbol is None:
        return [HandFilled(slot="number", text=whole, score=round(min(score, whole_score), 4), box=box)]
    right = digits_box.left + digits_box.width
    symbol_box = Box(left=right, top=box.top, width=box.left + box.width - right, height=box.height)
    return [
        HandFilled(slot="number", text=digits, score=round(score, 4), box=digits_box),
        HandFilled(slot="symbol", text=symbol.group(1), score=round(whole_score, 4), box=symbol_box),
    ]


_PRINT_READ = re.compile(r"^\d+\D|^\D+\d+$")
"""A reading of digits with something else at one end ("512/Q", "3181Q", "T1150"): the crop took in the start of the
printed symbol or the end of the label beside the pen digits."""
PRINT_SHARE = 0.7
"""Strokes under this share of the tallest one's height, at an end of a crop, are print: pen digits stand 1.5-2.5
times the printed letters' height (`handfilled.PEN_HEIGHT`), so the "/" and first letter of "/QĐ-UBND" a crop took
in stand at most about 0.65 of them."""


def _without_print(plain: np.ndarray, box: Box) -> Box | None:
    """The crop's box without the short strokes at its left and right ends (`PRINT_SHARE`), strokes between the
    tall ones kept; None when nothing is left out. Read again only when the first reading showed print at an end
    (`_PRINT_READ`); the digits read then still need the recogniser's sure score."""
    crop = _crop(plain, box)
    _, ink = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    ink[crop >= 160] = 0
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    strokes = [(x, y, w, h) for x, y, w, h, pixels in stats[1:count] if pixels >= SPECK_PIXELS]
    if not strokes:
        return None
    tallest = max(h for _, _, _, h in strokes)
    tall = [s for s in strokes if s[3] >= PRINT_SHARE * tallest]
    x0, x1 = min(x for x, _, _, _ in tall), max(x + w for x, _, w, _ in tall)
    kept = [s for s in strokes if s[0] >= x0 and s[0] + s[2] <= x1]
    if len(kept) == len(strokes):
        return None
    y0, y1 = min(y for _, y, _, _ in kept), max(y + h for _, y, _, h in kept)
    return Box(left=box.left + x0, top=box.top + y0, width=x1 - x0, height=y1 - y0)


SPECK_PIXELS = 15
"""Ink components smaller than this (pixels) are scanner specks, not strokes."""
MARK_SHARE = 0.35
"""Ink under this share of the tallest stroke's height is a mark (a colon, a tone mark, a leader dot), not a digit."""


def _without_marks(crop: np.ndarray) -> np.ndarray:
    """The crop with its marks whitened: a body's slot is often a dotted leader ("ngày ..05../02/2025") whose
    dots between the pen digits the recogniser reads ("0.5./", 0.79)."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(_ink(crop), connectivity=8)
    if count <= 1:
        return crop
    tallest = stats[1:, cv2.CC_STAT_HEIGHT].max()
    marks = np.flatnonzero(stats[:, cv2.CC_STAT_HEIGHT] < MARK_SHARE * tallest)
    marks = marks[marks > 0]
    tidy = crop.copy()
    tidy[np.isin(labels, marks)] = 255
    return tidy


def ink_box(plain: np.ndarray, box: Box, line_top: float | None = None) -> Box | None:
    """The box of the pen digits in a slot: every ink component of the slot's rows that reaches into the
    slot, whole — a digit the slot's estimated edge cuts ("57|4": the edge comes from the closing word's mean
    character width) is kept entire, since a cut digit is read as a confident shorter number — and nothing
    else: no blank margin, no piece of the printed words beside it. Left out: specks, rules (long and
    thin: the line under the issuer), marks under 0.35 of the tallest kept stroke (the colon of "Số:", tone
    marks of "ngày"), and strokes ending above `line_top` (the printed line's top, when given: the line
    above's letters, which a slot as tall as pen strokes reaches); a stroke reaching more than half the
    slot's height beyond it is not looked for.
    Tight on the ink, the recogniser is surer of right readings (real slots: 0.95 → 1.00) and reads digits
    a wide crop lost ("0A" → "04"); None when no stroke is found (the slot's own box is read)."""
    left, _, right, _ = _window(box, plain.shape)
    ink = _ink(plain[box.top : box.top + box.height, left:right])
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    start, end = box.left - left, box.left - left + box.width
    above = -1.0 if line_top is None else line_top - box.top
    strokes = [
        (x, y, x + w, y + h)
        for x, y, w, h, pixels in stats[1:count]
        if pixels >= SPECK_PIXELS
        and min(x + w, end) > max(x, start)
        and not (w > 3 * h and h < RULE_HEIGHT * box.height)
        and y + h > above
    ]
    if not strokes:
        return None
    tallest = max(bottom - top for _, top, _, bottom in strokes)
    kept = [stroke for stroke in strokes if stroke[3] - stroke[1] >= MARK_SHARE * tallest]
    x0, y0 = min(s[0] for s in kept), min(s[1] for s in kept)
    x1, y1 = max(s[2] for s in kept), max(s[3] for s in kept)
    return Box(left=left + x0, top=box.top + y0, width=x1 - x0, height=y1 - y0)


def _ink(window: np.ndarray) -> np.ndarray:
    """The dark pixels of a slot's window (255), by Otsu's threshold and never lighter than 160: on a nearly
    blank window Otsu alone would take paper grain for ink."""
    _, ink = cv2.threshold(window, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    ink[window >= 160] = 0
    return ink


RULE_LENGTH, RULE_HEIGHT = 0.75, 0.15
"""A horizontal run of ink at least `RULE_LENGTH` times the slot's height long and under `RULE_HEIGHT` of it thick
is a printed rule, not a pen stroke (the longest, a 7's or a 5's bar, is under half a digit's height; the slot
is 2.5 line heights tall)."""
RULE_GAP = 0.04
"""Gaps in a rule up to this share of the slot's height are bridged before it is looked for: a 1-bit scan's
dithering breaks the printed rule into dashes a few pixels apart (4-5 px at 300 dpi), no run of them long enough to
be a rule, and the rule then joined the pen's last digit and ran on to the symbol ("109210" at 0.86 for 1098,
"2044c", "90510" on scenario 24's 1-bit scans)."""


def _without_rules(plain: np.ndarray, boxes: Sequence[Box]) -> np.ndarray:
    """`plain` with the printed rules in each slot's window (`_window`) whitened — the line under the issuer's
    name, which pen digits written high cross or touch: one stroke with them, it took the issuer's letters
    above it into the crop ("TINH" over "1502", read at 0.78). Where a pen stroke crosses the rule (ink right
    above and below it) its pixels are kept; a dithered rule's dashes count as one (`RULE_GAP`). A copy when a
    rule is found; `plain` itself otherwise."""
    cleaned = plain
    for box in boxes:
        left, top, right, bottom = _window(box, plain.shape)
        ink = _ink(cleaned[top:bottom, left:right])
        length, gap = max(3, round(RULE_LENGTH * box.height)), max(1, round(RULE_GAP * box.height))
        bridged = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, np.ones((1, gap), np.uint8))  # a dithered rule's dashes
        rules = cv2.morphologyEx(bridged, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1)))
        thick = cv2.morphologyEx(rules, cv2.MORPH_OPEN, np.ones((max(2, round(RULE_HEIGHT * box.height)), 1)))
        rules[thick > 0] = 0  # a thick bar of ink is no rule
        if not rules.any():
            continue
        rules = cv2.dilate(rules, np.ones((3, 1), np.uint8))  # the rule's grey edge rows
        crossed = cv2.morphologyEx(cv2.bitwise_and(ink, cv2.bitwise_not(rules)), cv2.MORPH_CLOSE, np.ones((11, 1)))
        cleaned = plain.copy() if cleaned is plain else cleaned
        cleaned[top:bottom, left:right][(rules > 0) & (crossed == 0)] = 255
    return cleaned


def _window(box: Box, shape: tuple[int, ...]) -> tuple[int, int, int, int]:
    """The rows of a slot and half its height more on each side (left, top, right, bottom): where `ink_box`
    looks for strokes reaching into it."""
    margin = box.height // 2
    return max(0, box.left - margin), box.top, min(shape[1], box.left + box.width + margin), box.top + box.height


def _padded(crop: np.ndarray) -> np.ndarray:
    """A crop tight on its ink, with a white border a quarter of its height: the recogniser's training lines
    have some paper around the text."""
    pad = max(4, crop.shape[0] // 4)
    return cv2.copyMakeBorder(crop, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255)


def _crop(plain: np.ndarray, box: Box) -> np.ndarray:
    return plain[box.top : box.top + box.height, box.left : box.left + box.width]
