"""Document symbols survive normalisation and parsing exactly; OCR'd symbol parts are corrected only
towards a known part they are a look-alike of."""

from __future__ import annotations

import pytest

from extractors.citations import find_citations
from extractors.docnumber import correct_ocr_symbol, parse_number
from extractors.header import parse_header
from extractors.normalize import normalize_text

SYMBOLS = [
    "83/NQ-HĐND",
    "87/HĐND-KTNS",
    "1271/UBND-NC",
    "15/QĐ-UBND",
    "181/2026/NĐ-CP",
    "11/2024/QĐ-TTg",
    "38-CT/TW",
    "05-KH/BTC-SNV",
    "12/SGDĐT-VP",
    "45/TTr-SNNPTNT",
    "7/QĐ-BQLKKT",
    "3/STC-HCSN",
    "20/CTr-UBND",
    "9/SNgV-LS",
    "262-QĐi/TU",
    "4/QyĐ-UBND",
    "388/BC-SNNMT",
    "61/SKHĐT-TH",
    "2/HD-SGDĐT",
    "1438-CV/TU",
    "08/2025/TT-BNG",
    "14/TB-VPUB",
    "31/ĐA-UBND",
]


@pytest.mark.parametrize("symbol", SYMBOLS)
def test_symbol_round_trips_through_normalisation_and_parsing(symbol: str) -> None:
    text = normalize_text(f"Căn cứ Quyết định số {symbol} ngày 05/3/2024")
    assert symbol in text
    assert [citation.number for citation in find_citations(text)] == [symbol]


@pytest.mark.parametrize(
    ("read", "expected"),
    [
        ("12/CTTTT-UBND", "12/CTrTT-UBND"),  # r read as T
        ("3/SGDDT-VP", "3/SGDĐT-VP"),  # Đ read as D
        ("5/QĐ-UBNĐ", "5/QĐ-UBND"),
        ("9/SNgV-LS", "9/SNgV-LS"),  # unknown but no look-alike twin: kept
        ("4/BQLKKI", "4/BQLKKI"),  # I/T is no look-alike pair: kept
        ("83/NQ-HĐND", "83/NQ-HĐND"),
        ("1488/TTT-VP", "1488/TTT-VP"),  # the province's inspectorate (Thanh tra tỉnh), not "TTr"
    ],
)
def test_correct_ocr_symbol(read: str, expected: str) -> None:
    assert correct_ocr_symbol(read) == expected


@pytest.mark.parametrize("symbol", SYMBOLS)
def test_correct_ocr_symbol_leaves_every_known_symbol_alone(symbol: str) -> None:
    assert correct_ocr_symbol(symbol) == symbol


def test_header_number_of_ocr_text_is_corrected_and_clean_text_is_not() -> None:
    text = "UBND TỈNH HÀ GIANG\nSố: 12/CTTTT-UBND\nHà Giang, ngày 07 tháng 4 năm 2024\nKẾ HOẠCH\nVề việc thử"
    assert parse_header(text, ocr=True).number == "12/CTrTT-UBND"
    assert parse_header(text).number == "12/CTTTT-UBND"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("1755/VPCP-V .I", "1755/VPCP-V.I"),  # a typist's space before a dotted part: the part is the number's
        ("45/2003/QĐ .UB về việc cử cán bộ", "45/2003/QĐ.UB"),
        ("12/QĐ-UBND .Theo đó", "12/QĐ-UBND"),  # a capital and lower-case letters after the dot: a sentence
        ("12/UBND .V/v đoàn ra", "12/UBND"),  # the subject's "V/v" after a space: no part
    ],
)
def test_a_dotted_part_after_a_stray_space(text: str, number: str) -> None:
    found = parse_number(text)
    assert found is not None and found.number == number


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("công văn số 379/KHXH-Quy ết định ngày 7/5/2003", None),  # "Quy ết": a word split by the copy
        ("Quyết định số 88/UBND-Qu ốc tế ngày 2/3/2010", None),
        ("Công văn số 05/Cty về việc", "05/Cty"),  # a company's part, then the next word
        ("Tờ trình số 12/SNgV-VP ngày 3/4/2020", "12/SNgV-VP"),
    ],
)
def test_a_symbol_ending_in_a_word_the_copy_split_is_no_number(text: str, number: str | None) -> None:
    """A symbol whose last part is the start of a word split by a stray space ends nowhere sure: no number rather
    than a cut one (written here)."""
    assert [c.number for c in find_citations(text)] == ([number] if number else [])


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("7/ĐĐBQH-VP ngày 4/5/2021", "7/ĐĐBQH-VP"),  # the Đoàn đại biểu Quốc hội: a real doubled letter
        ("19/ĐĐBQH\nHà Tĩnh, ngày 4 tháng 5 năm 2021", "19/ĐĐBQH"),
        ("23/QĐĐ-UBND ngày 4/5/2021", "23/QĐ-UBND"),  # a "Đ" read twice
        ("503/QĐĐĐ-ĐHQG ngày 14/9/2026", "503/QĐ-ĐHQG"),  # or three times (a fax)
        ("41/HĐĐND-VP ngày 4/5/2021", "41/HĐND-VP"),
        ("64/TNMT-ĐĐBĐ ngày 4/5/2021", "64/TNMT-ĐĐBĐ"),  # an unknown part: its pair may be two words' (Đo đạc, Bản đồ)
        ("12/SGDĐĐT-TCCB ngày 4/5/2021", "12/SGDĐT-TCCB"),  # one "Đ" fewer makes a known part: a slip
        ("1498/QĐĐUBND ngày 4/5/2021", "1498/QĐUBND"),  # a type glued to a body, the hyphen read as "Đ": a slip
    ],
)
def test_a_doubled_d_is_a_slip_only_where_one_fewer_makes_known_parts(text: str, number: str) -> None:
    found = parse_number(text)
    assert found is not None and found.number == number


def test_a_delegation_dispatch_cited_keeps_its_doubled_d() -> None:
    text = "Theo Công văn số 7/ĐĐBQH-VP ngày 4/5/2021 của Đoàn đại biểu Quốc hội tỉnh,"
    assert [c.number for c in find_citations(text)] == ["7/ĐĐBQH-VP"]
