"""A scanned header's symbol part that stands for the issuer's own abbreviation misread: repaired only on the
document's own proof, else the number is null with the reason (a wrong number is worse than none)."""

import pytest

from extractors.docnumber import misread_own_parts, one_letter_misread
from extractors.header import parse_header
from extractors.issuer import symbol_abbreviation
from schemas.errors import ErrorCode

CITES_OWN = "Căn cứ Kế hoạch số 07/KH-SKHĐT ngày 05/01/2027 của Sở Kế hoạch và Đầu tư;\n"
CITES_OTHER = "Căn cứ Công văn số 88/UBND-TH ngày 05/01/2027 của Ủy ban nhân dân tỉnh;\n"


def _decision(number_line: str, preamble: str) -> str:
    return (
        f"UBND TỈNH BẮC NINH\nSỞ KẾ HOẠCH VÀ ĐẦU TƯ\n{number_line}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nBắc Ninh, ngày 14 tháng 3 năm 2027\nQUYẾT ĐỊNH\n"
        "Về việc cử công chức đi công tác tại Nhật Bản\nGIÁM ĐỐC SỞ KẾ HOẠCH VÀ ĐẦU TƯ\n"
        f"{preamble}QUYẾT ĐỊNH:\nĐiều 1. Cử ông Trương Văn Khải đi công tác tại Nhật Bản.\n"
    )


@pytest.mark.parametrize(
    ("name", "abbreviation"),
    [
        ("Sở Kế hoạch và Đầu tư", "SKHĐT"),
        ("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "BVHTTDL"),
        ("Ủy ban nhân dân tỉnh Bắc Ninh", "UBNDTBN"),
        ("Ban Vận động và Tổ chức", "BVĐTC"),
    ],
)
def test_a_body_is_abbreviated_by_its_initials_without_and(name: str, abbreviation: str) -> None:
    assert symbol_abbreviation(name) == abbreviation


@pytest.mark.parametrize(
    ("symbol", "misread"),
    [
        ("QĐ-SKHIDT", ["SKHIDT"]),  # the "Đ" read as "ID"
        ("QĐ-SKHPT", ["SKHPT"]),  # … as "P"
        ("QĐ-KHIDT", ["KHIDT"]),  # … and the "S" lost
        ("QĐ-SKHĐT", []),  # as printed
        ("QĐ-SKHDT", []),  # the stroke lost: a look-alike, corrected elsewhere
        ("QĐ-KHĐT", []),  # its initials, shortened: a unit's own way
        ("TB-VP", []),  # far from it: another part
        ("QĐ-SKHĐTNN", []),  # goes on past it: the issuer's name read cut short, not a misreading
    ],
)
def test_parts_that_stand_for_the_own_abbreviation_misread(symbol: str, misread: list[str]) -> None:
    assert misread_own_parts(symbol, "SKHĐT") == misread


@pytest.mark.parametrize(
    ("part", "one"),
    [("SKHIDT", True), ("SKHPT", True), ("SKHĐI", True), ("KHIDT", False), ("SKHT", False), ("SKHIIIT", False)],
)
def test_one_letter_misread(part: str, one: bool) -> None:
    assert one_letter_misread(part, "SKHĐT") is one


def test_a_misread_own_part_is_repaired_when_the_document_prints_it() -> None:
    header = parse_header(_decision("Số: 215/QĐ-SKHIDT", CITES_OWN), ocr=True)
    assert (header.number, header.symbol) == ("215/QĐ-SKHĐT", "QĐ-SKHĐT")


@pytest.mark.parametrize(
    ("number_line", "preamble"),
    [
        ("Số: 215/QĐ-SKHIDT", CITES_OTHER),  # one letter off, but nothing in the document shows the part
        ("Số: 215/QĐ-KHIDT", CITES_OWN),  # printed elsewhere, but two letters off: which part it was is a guess
    ],
)
def test_a_misread_own_part_without_proof_leaves_no_number(number_line: str, preamble: str) -> None:
    header = parse_header(_decision(number_line, preamble), ocr=True)
    assert (header.number, header.symbol) == (None, None)
    assert any(e.code == ErrorCode.NUMBER_UNREADABLE and "SKHĐT" in e.message for e in header.errors)


def test_a_typed_document_keeps_its_symbol_as_written() -> None:
    header = parse_header(_decision("Số: 215/QĐ-SKHIDT", CITES_OTHER))
    assert header.number == "215/QĐ-SKHIDT"
