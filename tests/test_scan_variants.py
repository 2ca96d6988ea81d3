"""Another office's paperwork, rendered (tests/scanpaper.py) and read end to end: what the 20 real scans of one
province do not show — both day and month filled by hand, TL./TUQ./TM. signature blocks, another province, a
regulation's number with its year, pen digits written over the symbol's "/", 200-dpi grayscale and 1-bit scans.
Each field is read right or left null with its error, never another value."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import pytest
from PIL import Image

from extractors.handfilled import RUN_ON
from pipeline.ingest.extract import extract_file
from pipeline.settings import Settings
from schemas.document import Document
from tests.scanpaper import SIGNER, WIDTH, decision_page

pytestmark = [pytest.mark.slow, pytest.mark.ocr]


@cache
def _read(folder: Path, scan: str = "colour", **form: object) -> Document:
    """The page rendered with `form`, saved as a 300-dpi colour PNG, a 200-dpi grayscale one or a 300-dpi 1-bit
    one (`scan`), and extracted as a user's file."""
    page, _ = decision_page(**form)  # type: ignore[arg-type]
    path = folder / f"{scan}-{abs(hash(tuple(sorted(form.items()))))}.png"
    if scan == "gray200":
        small = page.convert("L").resize((page.width * 2 // 3, page.height * 2 // 3), Image.Resampling.LANCZOS)
        small.save(path, dpi=(200, 200))
    elif scan == "bilevel":
        page.convert("L").point(lambda value: 255 if value > 150 else 0).convert("1").save(path, dpi=(300, 300))
    else:
        page.save(path, dpi=(300, 300))
    return extract_file(path, Settings(ocr_workers=1))


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("variants")


def test_day_and_month_both_filled_by_hand(folder: Path) -> None:
    """ "ngày 05 tháng 3 năm 2024": the month's slot is read like the day's."""
    document = _read(folder, number="89", day="05", month="3", printed_month=None, year="2024", seal=True)
    assert document.issue_date == dt.date(2024, 3, 5)
    read = {slot.slot for slot in document.pages[0].hand_filled if not slot.slot.endswith(RUN_ON)}
    assert read == {"number", "day", "month"}  # the number's run-on check besides (`handfilled.RUN_ON`)


@pytest.mark.parametrize(
    ("block", "signer", "expected"),
    [
        (("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"), "Lê Thị Mai", ("Chánh Văn phòng", "TL.")),
        (("TUQ. CHỦ TỊCH", "GIÁM ĐỐC SỞ NGOẠI VỤ"), "Phạm Văn Đức", ("Giám đốc", "TUQ.")),
        (("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), "Võ Văn Hùng", ("Chủ tịch", "TM.")),
    ],
)
def test_signature_modes_under_a_seal(folder: Path, block: tuple[str, str], signer: str, expected: tuple) -> None:
    document = _read(folder, day="21", seal=True, block=block, signer=signer)
    assert document.signer is not None
    assert (document.signer.name, document.signer.title, document.signer.mode) == (signer, *expected)


def test_another_province(folder: Path) -> None:
    document = _read(folder, number="45", day="12", seal=True, province="NGHỆ AN", place="Nghệ An")
    assert (document.issuer, document.place, document.number) == ("UBND tỉnh Nghệ An", "Nghệ An", "45/QĐ-UBND")
    assert document.issue_date == dt.date(2025, 1, 12)


def test_a_regulation_number_with_its_year(folder: Path) -> None:
    document = _read(folder, number="12", day="28", symbol="/2025/QĐ-UBND")
    assert document.number == "12/2025/QĐ-UBND"


@pytest.mark.parametrize(("number", "seed"), [("126", 1), ("1502", 1), ("1970", 10)])
def test_pen_digits_written_over_the_symbols_slash_give_the_number_or_nothing(
    folder: Path, number: str, seed: int
) -> None:
    """Three or four pen digits wider than the printed gap run over "/" (tesseract: ".QĐ-UBND", ".Đ-UBND"):
    the symbol is found without its slash, and the number is the pen's digits or null — never a number of
    another symbol ("1502/Đ-UBND", "197-UBND" where the "0" ran over the type) or with the slash read as a digit."""
    document = _read(folder, number=number, day="21", seed=seed)
    assert document.number in (f"{number}/QĐ-UBND", None)
    if document.number is None:
        assert {"number.handwritten_unread", "number.unreadable"} & {e.code for e in document.errors}


@pytest.mark.parametrize("scan", ["gray200", "bilevel"])
def test_a_grayscale_or_bilevel_scan_gives_right_values_or_none(folder: Path, scan: str) -> None:
    """Without colour the seal is as dark as print and tesseract's page read loses the signature block under it
    (`seal_block`): on the grayscale scan the block is read again from its print alone (the seal is a lighter
    gray), on the 1-bit one it is reported with its box. Never a person the body names ("… và ông Nguyễn Văn
    An" after "Chánh Văn phòng"), never a name guessed from the ring's letters."""
    document = _read(folder, scan, number="89", day="16", seal=True)
    assert document.number == "89/QĐ-UBND"  # "89/Qb-UBND" on the 1-bit scan: the title says QĐ
    assert document.issue_date == dt.date(2025, 1, 16)
    codes = {error.code: error for error in document.errors}
    if scan == "gray200":
        assert document.signer is not None
        assert (document.signer.title, document.signer.mode) == ("Phó Chủ tịch", "KT.")
        assert document.signer.name in (SIGNER, None)
        assert document.signer.name is not None or "signer.name_unsure" in codes
    else:
        assert document.signer is None
        hidden = codes["signer.unread_under_seal"]
        assert hidden.page == 1 and hidden.box is not None
        assert WIDTH * 0.4 <= hidden.box.left < 1700 < hidden.box.left + hidden.box.width  # the title column


@pytest.mark.parametrize(("number", "seed"), [("89", 1), ("574", 3)])
def test_a_seal_over_the_number_slot_is_not_read_as_pen(folder: Path, number: str, seed: int) -> None:
    """An appendix's seal over the issuer and the "Số:" line: its red ring is whitened in the slot's crop, the
    blue digits read, or the number left null — never the ring's letters read as digits."""
    document = _read(folder, number=number, day="16", hanging_seal=True, seed=seed)
    assert document.number in (f"{number}/QĐ-UBND", None)
    assert document.issue_date == dt.date(2025, 1, 16)
    if seed == 1:
        assert document.number == "89/QĐ-UBND"


def test_a_department_under_its_parent_body(folder: Path) -> None:
    """ "UBND TỈNH QUẢNG NGÃI / SỞ NGOẠI VỤ": the department's "SỞ" (folded "so") is no "Số:" label."""
    form = {
        "issuer": ("UBND TỈNH QUẢNG NGÃI", "SỞ NGOẠI VỤ"),
        "symbol": "/QĐ-SNgV",
        "block": ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
    }
    document = _read(folder, number="35", day="09", seal=True, signer="Đỗ Thị Thu Hà", **form)
    assert (document.number, document.issue_date) == ("35/QĐ-SNgV", dt.date(2025, 1, 9))
    assert document.signer is not None
    assert (document.signer.name, document.signer.title, document.signer.mode) == (
        "Đỗ Thị Thu Hà",
        "Phó Giám đốc",
        "KT.",
    )
