"""The signer's name on real scans (issue 11): the name line read again on its own, OCR's specks around the
name, a family name's lost tone mark restored only when its letters spell one family name, and a name not
read for sure left null with an error instead of taken."""

from __future__ import annotations

import datetime as dt
from functools import cache

import numpy as np
import pytest

from extractors.header import parse_header
from extractors.names import KNOWN_FAMILY, SURE_READ, tone_slip, tone_variants
from extractors.people import is_unique_family
from extractors.signature import CROSSED_CONFIDENCE, SURE_NAME, find_signer, unsure_name
from extractors.text import signer_line
from extractors.text.signer_line import choose, find_name_lines, reread_name_line, weakest
from extractors.vntext import lines
from pipeline.ingest.extract import extract_file
from pipeline.settings import Settings
from schemas.document import Box, Document, Page, Signer, Span, TextSource, Word
from schemas.errors import OcrError
from tests.conftest import shared_material


def _signer(text: str, *, ocr: bool = True) -> Signer | None:
    return find_signer(lines(text), text, ocr=ocr)


@pytest.mark.parametrize(
    ("name_line", "expected"),
    [
        ("_ Nguyễn Hoàng Giang", "Nguyễn Hoàng Giang"),  # the signature's tail before the name (rs_06)
        ("z Nguyễn Hoàng Giang", "Nguyễn Hoàng Giang"),
        ("'Trần Phước Hiền", "Trần Phước Hiền"),
        ("Trần Hoàng Tuấn L9", "Trần Hoàng Tuấn"),  # a speck with a digit after it (rs_20)
        ("Nguyên Hoàng Giang", "Nguyễn Hoàng Giang"),  # "nguyen" spells one family name only
        ("Trân Phước Hiền", "Trần Phước Hiền"),
    ],
)
def test_ocr_specks_around_the_name_go_and_a_family_name_gets_its_marks_back(name_line: str, expected: str) -> None:
    signer = _signer(f"KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n{name_line}")
    assert signer is not None and (signer.name, signer.mode) == (expected, "KT.")


def test_a_given_name_is_never_restored_and_clean_text_is_never_repaired() -> None:
    signer = _signer("CHỦ TỊCH\nTrân Phước Hiên")
    assert signer is not None and signer.name == "Trần Phước Hiên"  # only the family name: "Hiên" stays
    signer = _signer("CHỦ TỊCH\nNguyên Hoàng Giang", ocr=False)
    assert signer is not None and signer.name == "Nguyên Hoàng Giang"


def test_a_line_of_signature_scrawl_between_title_and_name_is_passed_over() -> None:
    text = "KT. CHỦ TỊCH\nPHO CHU TỊCH\n———\\LauL———— J5): SE\nTrần Hoàng Tuấn L9"
    signer = _signer(text)
    assert signer is not None and (signer.name, signer.title, signer.mode) == ("Trần Hoàng Tuấn", "Phó Chủ tịch", "KT.")
    prose = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nkhông có tên người ký ở đây\nTrần Hoàng Tuấn"
    assert _signer(prose) is None  # a line of words is no scrawl


UNNAMED = (
    "UBND TỈNH QUẢNG NGÃI\nSố: 84/QĐ-UBND\nQuảng Ngãi, ngày 03 tháng 02 năm 2025\nQUYẾT ĐỊNH\nVề việc phê duyệt\n"
    "Điều 1. Phê duyệt Kế hoạch ứng phó sự cố tràn dầu của Cửa hàng xăng dầu.\n"
    "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký./.\n"
    "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT, KTN.lqv66\n"
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nl\n1 ương Phước Hiền"
)


def test_a_block_whose_name_is_unread_keeps_mode_and_title_and_goes_to_review() -> None:
    header = parse_header(UNNAMED, ocr=True)  # a stroke through the capital of Lương, Dương or Trương
    assert header.signer is not None
    assert (header.signer.name, header.signer.title, header.signer.mode) == (None, "Phó Chủ tịch", "KT.")
    assert [e.code for e in header.errors if e.code.startswith("signer")] == ["signer.name_unsure"]
    assert parse_header(UNNAMED).signer is None  # clean text: no such guess at a block


@pytest.mark.parametrize(
    ("name_line", "expected"),
    [
        ("rần Phước Hiền", "Trần Phước Hiền"),  # a signature stroke through the "T" (rs_07)
        ("1 rần Phước Hiền", "Trần Phước Hiền"),  # the crossed capital read as a mark of its own
        ("guyễn Thị Hoa", "Nguyễn Thị Hoa"),
        ("uỳnh Đức Thắng", "Huỳnh Đức Thắng"),
    ],
)
def test_a_family_name_whose_capital_a_stroke_took_is_restored_when_one_family_ends_so(
    name_line: str, expected: str
) -> None:
    signer = _signer(f"KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n{name_line}")
    assert signer is not None and (signer.name, signer.mode) == (expected, "KT.")


@pytest.mark.parametrize("name_line", ["ương Văn An", "ăng Văn An", "ùi Văn An", "rần phước hiền"])
def test_a_lost_capital_is_not_guessed_between_family_names_or_from_two_letters(name_line: str) -> None:
    signer = _signer(f"KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n{name_line}")  # Lương/Dương/Trương, Tăng/Lăng, a speck?
    assert signer is None or signer.name is None
    assert _signer("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nrần Phước Hiền", ocr=False) is None  # OCR text only


def test_a_family_name_restored_from_its_tail_needs_its_word_read_sure() -> None:
    sure = _page(_word("rần", 80, 1500), _word("Phước", 96, 1650), _word("Hiền", 96, 1850))
    assert unsure_name(_named("Trần Phước Hiền"), [sure]) is None
    unsure = _page(_word("rần", SURE_NAME - 10, 1500), _word("Phước", 96, 1650), _word("Hiền", 96, 1850))
    error = unsure_name(_named("Trần Phước Hiền"), [unsure])
    assert error is not None and "rần" in error.message and error.box is not None and error.box.left == 1500
    slip = _page(_word("rần", 80, 1500), _word("Phước", 96, 1650), _word("Hiên", 95, 1850))
    error = unsure_name(_named("Trần Phước Hiên"), [slip])  # the line lost a letter: a tone slip is suspect
    assert error is not None and "tone slip of Hiền" in error.message


@pytest.mark.parametrize(("read", "near"), [("Nuỳnh", "Huỳnh"), ("Xuỳnh", "Huỳnh"), ("Nhạm", "Phạm")])
def test_a_family_name_one_letter_from_a_known_one_is_refused_however_sure(read: str, near: str) -> None:
    page = _page(_word(read, 92, 1500), _word("Thị", 96, 1650), _word("Lan", 96, 1800))
    error = unsure_name(_named(f"{read} Thị Lan"), [page])  # a stroke through the capital, read as another
    assert error is not None and near in error.message and error.box is not None and error.box.left == 1500
    known = _page(_word(near, 92, 1500), _word("Thị", 96, 1650), _word("Lan", 96, 1800))
    assert unsure_name(_named(f"{near} Thị Lan"), [known]) is None


def test_a_family_name_boxed_with_a_stroke_crossing_it_needs_a_surer_read() -> None:
    def page(confidence: float, height: int) -> Page:
        crossed = Word(text="Vương", box=Box(left=1500, top=960, width=184, height=height), confidence=confidence)
        return _page(crossed, _word("Quang", 97, 1700), _word("Huy", 97, 1870))

    error = unsure_name(_named("Vương Quang Huy"), [page(CROSSED_CONFIDENCE - 20, 117)])  # "Trương" under a stroke
    assert error is not None and "crossing" in error.message and error.box is not None and error.box.left == 1500
    assert unsure_name(_named("Vương Quang Huy"), [page(CROSSED_CONFIDENCE + 15, 117)]) is None  # read surer
    assert unsure_name(_named("Vương Quang Huy"), [page(CROSSED_CONFIDENCE - 20, 55)]) is None  # nothing crosses it


def test_family_names_whose_letters_spell_one_family_name_only() -> None:
    assert is_unique_family("Trần") and is_unique_family("Nguyễn") and is_unique_family("Phạm")
    assert not is_unique_family("La")  # "Lã" has the same letters
    assert not is_unique_family("Hà")  # nor is "Hạ" (Nghệ An) one to give "Ha" its marks
    assert not is_unique_family("Chẩu") and not is_unique_family("Trịnh")  # "Châu", "Trình" are family names too
    assert not is_unique_family("Nguyên")  # not a family name as written


def _word(text: str, confidence: float, left: int, top: int = 1000, line: int = 7) -> Word:
    return Word(
        text=text, box=Box(left=left, top=top, width=40 * len(text), height=50), confidence=confidence, line=line
    )


def _page(*words: Word) -> Page:
    return Page(number=1, source=TextSource.OCR, text="", words=list(words))


def _named(name: str) -> Signer:
    return Signer(name=name, title="Phó Chủ tịch", mode="KT.", span=Span(page=1, start=0, end=len(name)))


def test_a_name_with_a_given_name_read_unsure_is_refused_with_its_box() -> None:
    page = _page(_word("Trần", 95, 1500), _word("Phước", 96, 1650), _word("Hiên", SURE_NAME - 10, 1850))
    error = unsure_name(_named("Trần Phước Hiên"), [page])
    assert error is not None and error.code == "signer.name_unsure" and error.page == 1
    assert error.box is not None and error.box.left == 1500 and "Hiên" in error.message


def test_an_unknown_family_name_must_be_read_sure_a_restored_one_need_not() -> None:
    restored = _page(_word("Trân", 62, 1500), _word("Phước", 96, 1650), _word("Hiền", 96, 1850))
    assert unsure_name(_named("Trần Phước Hiền"), [restored]) is None  # "Trân" spells "Trần" only
    unknown = _page(_word("Irân", 37, 1500), _word("Phước", 96, 1650), _word("Hiền", 96, 1850))
    error = unsure_name(_named("Irân Phước Hiền"), [unknown])
    assert error is not None and "Irân 37%" in error.message
    body = _word("Hiền", 40, 300, top=500, line=2)  # the same name in the body, read badly: not the signature
    sure = _page(body, _word("Phước", 96, 1650), _word("Hiền", 96, 1850))
    assert unsure_name(_named("Trần Phước Hiền"), [sure]) is None


def test_a_given_name_that_is_a_tone_slip_of_a_known_one_read_unsure_is_refused() -> None:
    slip = _page(_word("Trần", 95, 1500), _word("Phước", 96, 1650), _word("Hiên", SURE_READ - 5, 1850))
    error = unsure_name(_named("Trần Phước Hiên"), [slip])  # "Hiên" is no known name; "Hiền" is
    assert error is not None and "tone slip of Hiền" in error.message and error.box is not None
    known = _page(_word("Trần", 95, 1500), _word("Phước", 96, 1650), _word("Hiền", SURE_READ - 5, 1850))
    assert unsure_name(_named("Trần Phước Hiền"), [known]) is None  # a known name read as such
    sure = _page(_word("Trần", 95, 1500), _word("Phước", 96, 1650), _word("Hiên", SURE_READ + 5, 1850))
    assert unsure_name(_named("Trần Phước Hiên"), [sure]) is None  # read sure: a rare name is not refused
    both = _page(_word("Trân", 95, 1500), _word("Phước", 96, 1650), _word("Hiên", 95, 1850))
    error = unsure_name(_named("Trần Phước Hiên"), [both])  # the family name lost its mark: the line is suspect
    assert error is not None and "tone slip of Hiền" in error.message
    family_only = _page(_word("Nguyên", 95, 1500), _word("Hoàng", 96, 1650), _word("Giang", 95, 1850))
    assert unsure_name(_named("Nguyễn Hoàng Giang"), [family_only]) is None  # its given names are names
    rare = _page(_word("Mai", 95, 1500), _word("Tiến", 96, 1650), _word("Duẩn", SURE_READ - 5, 1850))
    assert unsure_name(_named("Mai Tiến Duẩn"), [rare]) is None  # no known name spells "duan": nothing to slip from


def test_a_restored_family_name_read_unsure_and_a_word_that_is_no_syllable_are_refused() -> None:
    unsure = _page(_word("Trân", SURE_NAME - 10, 1500), _word("Phước", 96, 1650), _word("Hiền", 96, 1850))
    error = unsure_name(_named("Trần Phước Hiền"), [unsure])
    assert error is not None and "Trân" in error.message and error.box is not None and error.box.left == 1500
    shape = _page(_word("Irân", 95, 1500), _word("Phước", 96, 1650), _word("Hiền", 96, 1850))
    error = unsure_name(_named("Irân Phước Hiền"), [shape])
    assert error is not None and "'Irân' is no Vietnamese syllable" in error.message


def test_known_names_tell_a_tone_slip_from_a_name() -> None:
    assert tone_slip("Hiên") == ["Hiền"] and tone_slip("Hiền") == []
    assert tone_slip("Nguyên") == []  # a given name in its own right
    assert "Nguyễn" in tone_variants("Nguyên", KNOWN_FAMILY) and tone_slip("Lê") == []


def _box(left: int, top: int, width: int, height: int = 50) -> Box:
    return Box(left=left, top=top, width=width, height=height)


def test_the_name_line_is_found_under_each_title_in_its_column_only() -> None:
    words = [
        Word(text="Nơi", box=_box(370, 2650, 80), confidence=96, line=1),
        Word(text="nhận:", box=_box(460, 2650, 110), confidence=96, line=1),
        Word(text="CHỦ", box=_box(1500, 2645, 130), confidence=96, line=1),
        Word(text="TỊCH", box=_box(1650, 2655, 140), confidence=96, line=1),
        Word(text="-", box=_box(380, 2940, 10, 4), confidence=90, line=2),
        Word(text="Lưu:", box=_box(400, 2925, 90), confidence=96, line=2),
        Word(text="VT.", box=_box(500, 2925, 70), confidence=96, line=2),
        Word(text="Nguyên", box=_box(1390, 2985, 180, 65), confidence=94, line=2),
        Word(text="Hoàng", box=_box(1590, 2995, 160, 55), confidence=96, line=2),
        Word(text="Giang", box=_box(1770, 2995, 150, 55), confidence=96, line=2),
    ]
    (found,) = find_name_lines(words)
    assert [words[i].text for i in found.words] == ["Nguyên", "Hoàng", "Giang"]
    assert found.box.left < 1390 and found.box.left + found.box.width > 1920 and found.box.top < 2985
    assert find_name_lines(words[4:]) == []  # no title above: nothing is read again
    copy = [  # a certified copy's own block under the document's: each has its name
        Word(text="CHÁNH", box=_box(1450, 3200, 200), confidence=96, line=3),
        Word(text="VĂN", box=_box(1670, 3200, 120), confidence=96, line=3),
        Word(text="PHÒNG", box=_box(1810, 3200, 200), confidence=96, line=3),
        Word(text="Lý", box=_box(1500, 3500, 60), confidence=96, line=4),
        Word(text="Quang", box=_box(1580, 3500, 170), confidence=96, line=4),
        Word(text="Hiếu", box=_box(1770, 3490, 120, 62), confidence=96, line=4),
    ]
    assert len(find_name_lines([*words, *copy])) == 2


def test_a_second_look_that_fails_leaves_the_page_read(monkeypatch: pytest.MonkeyPatch) -> None:
    def fails(*_: object, **__: object) -> None:
        raise OcrError("tesseract failed on a line: image too small")

    monkeypatch.setattr(signer_line, "read_line", fails)
    words = [
        Word(text="CHỦ", box=_box(1500, 2645, 130), confidence=96, line=1),
        Word(text="TỊCH", box=_box(1650, 2655, 140), confidence=96, line=1),
        Word(text="Nguyễn", box=_box(1390, 2985, 180, 65), confidence=96, line=2),
        Word(text="Hoàng", box=_box(1590, 2995, 160, 55), confidence=96, line=2),
    ]
    page = np.full((3508, 2480), 255, dtype=np.uint8)
    assert [w.text for w in reread_name_line(words, page, page, 0.0)] == ["CHỦ", "TỊCH", "Nguyễn", "Hoàng"]


def _read(*pairs: tuple[str, float]) -> list[Word]:
    return [_word(text, confidence, 100 * n) for n, (text, confidence) in enumerate(pairs)]


def test_a_read_is_weighed_by_its_weakest_name_word() -> None:
    assert weakest(_read(("“", 0), ("Nguyễn", 96), ("Hoàng", 92))) == 92
    assert weakest(_read(("Nguyễn", 96))) is None  # one word is no name


def test_two_reads_that_agree_win_with_their_higher_confidence_else_the_surest_one() -> None:
    page = _read(("Bùi", 96), ("Văn", 96), ("Duẩn", 33))
    alone = _read(("Bùi", 96), ("Văn", 93), ("Duấn", 76))  # the line read alone changed a mark
    enlarged = _read((":-Bùi", 25), ("Văn", 96), ("Duẩn", 49))
    chosen = choose([page, alone, enlarged])
    assert chosen is not None and [(w.text, w.confidence) for w in chosen] == [
        (":-Bùi", 96),
        ("Văn", 96),
        ("Duẩn", 49),
    ]
    page = _read(("Trân", 68), ("Phước", 96), ("Hiên", 95))  # the page's read dropped the marks
    alone = _read(("Trần", 94), ("Phước", 96), ("Hiền", 96))
    chosen = choose([page, alone])
    assert chosen is not None and [w.text for w in chosen] == ["Trần", "Phước", "Hiền"]
    assert choose([_read(("l", 10)), _read(("Ẹ", 0), ("Z", 26))]) is None


@cache
def _real(name: str) -> Document:
    return extract_file(shared_material("real-scans", f"{name}.pdf"), Settings(ocr_workers=1))


@pytest.mark.slow
@pytest.mark.ocr
@pytest.mark.parametrize(
    ("name", "signer"),
    [
        ("rs_08_53_TB", ("Trần Phước Hiền", "Phó Chủ tịch", "KT.")),  # read "Trân Phước Hiên" with the page
        ("rs_20_01_TTr", ("Trần Hoàng Tuấn", "Phó Chủ tịch", "KT.")),  # not found: scrawl, "trần … Tuần L9"
    ],
)
def test_real_signers_under_seal_and_signature_are_read_right(name: str, signer: tuple[str, str, str]) -> None:
    document = _real(name)
    assert document.signer is not None
    assert (document.signer.name, document.signer.title, document.signer.mode) == signer


@pytest.mark.slow
@pytest.mark.ocr
def test_a_day_written_against_the_printed_ngay_is_read() -> None:
    """rs_20: tesseract boxed "ngày" with the pen's "06" and read "ngày" alone; the slot is measured from the
    label's printed width (`handwriting._slot`). Same file as the signer test above: one OCR run."""
    assert _real("rs_20_01_TTr").issue_date == dt.date(2025, 1, 6)
