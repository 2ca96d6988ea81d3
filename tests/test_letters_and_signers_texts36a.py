"""Signers, issuers, dates and citations of old and plain-text copies (texts36a, blind58 and blind59 as development):
a letter or telegram closed by its own dateline and the writer's name, a signer's title printed with the body it
heads, the state's name under a council's signing line, a mass organisation's name over two header lines with words
glued, the Constitution dated by its adoption, "số" glued to a cited number. Documents written for these tests in
the forms such copies print."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from extractors.citations import find_citations
from extractors.header import parse_header
from extractors.signature import capitals_name
from extractors.titles import office_of
from extractors.vntext import split_glued_capitals
from pipeline.ingest.extract import extract_file
from pipeline.settings import Settings
from schemas.document import Document

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
_BODY = (
    "Nhân dịp Quốc khánh nước Cộng hòa Ghi-nê, thay mặt nhân dân Việt Nam, tôi xin gửi đến Ngài lời chúc mừng "
    "nhiệt liệt.\n\nChúc tình hữu nghị giữa nhân dân hai nước ngày càng phát triển.\n"
)


def test_a_letter_closed_by_its_dateline_title_and_name_gives_signer_place_and_date() -> None:
    text = (
        "Điện mừng Tổng thống nước Cộng hòa Ghi-nê (2-10-1961)\n\nKính gửi Ngài Tổng thống nước Cộng hòa Ghi-nê,\n\n"
        f"{_BODY}\nHải Phòng, ngày 2 tháng 10 năm 1961\nBộ trưởng Bộ Ngoại giao\nLƯU VĂN ĐẠT\n\n———\n\n"
        "Báo Nhân dân, số 2790, ngày 3-10-1961.\n"
    )
    header = parse_header(text)
    assert header.signer is not None
    assert (header.signer.name, header.signer.title, header.signer.mode) == ("Lưu Văn Đạt", "Bộ trưởng", None)
    assert header.issue_date == dt.date(1961, 10, 2)
    assert header.place == "Hải Phòng"
    assert header.number is None and header.issuer is None


def test_a_dateline_dates_a_letter_without_a_salutation() -> None:
    text = f"Thư gửi đồng bào miền Nam\n\n{_BODY}\nHà Nội, ngày 5 tháng 6 năm 1958\n(Đã ký)\nTrần Quang Vinh\n"
    header = parse_header(text)
    assert header.signer is not None and header.signer.name == "Trần Quang Vinh" and header.signer.title is None
    assert header.issue_date == dt.date(1958, 6, 5)


def test_a_telegram_opening_with_a_salutation_is_signed_by_its_name_alone() -> None:
    text = (
        "ĐIỆN GỬI TỔNG THỐNG GHI-NÊ\n\nKính gửi Tổng thống Xê-cu Tu-rê,\n\n"
        f"{_BODY}\nLƯU VĂN ĐẠT\n\nĐiện ngày 2-10-1961\n\nBản lưu tại Bảo tàng Cách mạng\n"
    )
    header = parse_header(text)
    assert header.signer is not None and header.signer.name == "Lưu Văn Đạt"
    assert header.issue_date is None  # an editors' dating line is no dateline of the telegram


@pytest.mark.parametrize(
    "text",
    [
        f"Tỉnh đoàn tổ chức lễ mít tinh\n\n{_BODY}\nNGUYỄN HOÀNG NAM\n",  # a news item's by-line
        f"Gửi lời chúc mừng tới đoàn đại biểu tỉnh bạn\n\n{_BODY}\nNGUYỄN HOÀNG NAM\n",  # no salutation
    ],
)
def test_a_name_alone_closing_a_news_item_is_its_by_line_not_a_signer(text: str) -> None:
    assert parse_header(text).signer is None


@pytest.mark.parametrize(
    ("title", "office"),
    [
        ("Chủ tịch Quốc hội", "Chủ tịch"),
        ("Phó Chủ tịch Quốc hội", "Phó Chủ tịch"),
        ("Bộ trưởng Phủ Thủ tướng", "Bộ trưởng"),
        ("Chủ tịch nước Việt Nam Dân chủ Cộng hoà", "Chủ tịch nước"),
        ("Chủ tịch nước", "Chủ tịch nước"),
    ],
)
def test_a_signing_title_leaves_the_body_it_heads_to_the_issuer(title: str, office: str) -> None:
    assert office_of(title) == office


def test_a_signature_block_titled_with_its_body_gives_the_office() -> None:
    text = (
        f"QUỐC HỘI\n{_MOTTO}\nNGHỊ QUYẾT\nVỀ VIỆC SÁP NHẬP HAI HUYỆN\n\nQUỐC HỘI\n\nQUYẾT NGHỊ:\n\n"
        "Sáp nhập huyện A vào huyện B.\n\nCHỦ TỊCH QUỐC HỘI\n(Đã ký)\n\nLê Thanh Hà\n"
    )
    signer = parse_header(text).signer
    assert signer is not None and (signer.name, signer.title) == ("Lê Thanh Hà", "Chủ tịch")


def test_the_states_name_under_a_councils_signing_line_is_passed_over() -> None:
    text = (
        f"HỘI ĐỒNG NHÀ NƯỚC\n{_MOTTO}\nNGHỊ QUYẾT\nVỀ VIỆC PHÊ CHUẨN\n\nĐiều 1. Phê chuẩn việc A.\n\n"
        "TM. HỘI ĐỒNG NHÀ NƯỚC\nNƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nChủ tịch\n\nLƯU CHÍ HÀO\n\n"
        "Lưu tại Trung tâm Lưu trữ quốc gia\n"
    )
    signer = parse_header(text).signer
    assert signer is not None and (signer.name, signer.title, signer.mode) == ("Lưu Chí Hào", "Chủ tịch", "TM.")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("LƯU CHÍ HÀO", "Lưu Chí Hào"),
        ("HỒ CHÌ MINH", "Hồ Chì Minh"),  # a misprinted given name: kept as printed
        ("VĂN PHÒNG CHÍNH PHỦ", None),  # no family name first
        ("TRẦN CHỦ TỊCH", None),  # a title's word
        ("LÊ UBND", None),  # no syllable
    ],
)
def test_a_name_in_capitals_the_lists_lack_is_a_family_name_and_syllables(line: str, name: str | None) -> None:
    assert capitals_name(line) == name


def test_a_signer_in_capitals_the_lists_lack_is_taken_under_a_mode_only() -> None:
    foot = "\n\nLưu tại Trung tâm Lưu trữ quốc gia\n"  # the block is not the text's end (`titled_name`'s)
    text = f"BỘ NỘI VỤ\n{_MOTTO}\nQUYẾT ĐỊNH\nVỀ VIỆC A\n\nĐiều 1. Việc A.\n\nBỘ TRƯỞNG\n\nLƯU CHÍ HÀO{foot}"
    assert parse_header(text).signer is None
    signer = parse_header(text.replace("BỘ TRƯỞNG", "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG")).signer
    assert signer is not None and (signer.name, signer.title, signer.mode) == ("Lưu Chí Hào", "Thứ trưởng", "KT.")


def test_a_plural_issuer_line_goes_on_and_glued_capitals_come_apart() -> None:
    text = (
        "LIÊN HIỆP CÁC HỘI\nVĂN HỌC NGHỆ THUẬTVIỆT NAM\n----------\n"
        f"{_MOTTO}\nSố: 12/QĐ-LHH\n\nHà Nội ngày 10 tháng 7 năm 1991\n\nQUYẾT ĐỊNH\nVề việc A\n"
    )
    header = parse_header(text)
    assert header.issuer is not None
    assert header.issuer.casefold() == "liên hiệp các hội văn học nghệ thuật việt nam"
    assert header.parent_issuer is None


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("THUẬTVIỆT", ("THUẬT", "VIỆT")),
        ("HỌCVIỆN", ("HỌC", "VIỆN")),
        ("HỘINƯỚC", None),  # "HỘI NƯỚC" or "HỘIN ƯỚC": two cuts, left whole
        ("NGHĨA", None),
        ("HĐND", None),
        ("ASEAN", None),
    ],
)
def test_two_syllables_glued_in_capitals_are_split_once(word: str, parts: tuple[str, str] | None) -> None:
    assert split_glued_capitals(word) == parts


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam ngày 15 tháng 4 năm 1992;", dt.date(1992, 4, 15)),
        ("Căn cứ Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam ngày 18-12-1980;", dt.date(1980, 12, 18)),
        ("Căn cứ Hiến pháp nước Việt Nam Dân chủ Cộng hòa ngày 31 tháng 12 năm 1959;", dt.date(1959, 12, 31)),
    ],
)
def test_the_constitution_is_cited_with_the_date_of_its_adoption(text: str, date: dt.date) -> None:
    cited = find_citations(text)
    assert [(c.kind, c.date) for c in cited] == [("hien_phap", date)]


def test_a_number_glued_to_its_so_is_cited() -> None:
    cited = find_citations("Căn cứ vào Nghị định số123-CP ngày 5-6-1975 của Hội đồng Chính phủ;")
    assert [(c.kind, c.number, c.date) for c in cited] == [("nghi_dinh", "123-CP", dt.date(1975, 6, 5))]


def _extracted(folder: Path, text: str) -> Document:
    """`text` read as a file of its own through the pipeline's extraction (the language gate included)."""
    path = folder / "copy.txt"
    path.write_text(text, encoding="utf-8")
    return extract_file(path, Settings())


_SPACED = (
    "  1. H I NG B TRƯ NG C NG HOÀ XÃ H I CH NGHĨA VI T NAM ******** c l p - T do - H nh phúc ******** S : 52-H BT "
    "Hà N i, ngày 03 tháng 5 năm 1984 QUY T NNH C A H I NG B TRƯ NG V vi c thành l p xã Hòa An thu c huy n Ch Phong "
    "H I NG B TRƯ NG Căn c Lu t t ch c H i ng B trư ng ngày 4-7-1981; Theo ngh c a U ban nhân dân t nh. "
    "QUY T NNH i u 1. - Thành l p xã Hòa An. i u 2. - U ban nhân dân t nh thi hành quy t nh này. T M K ( ã ký)"
)
"""A PDF's text layer that printed each composed glyph it could not map as a space, the whole page on one line."""


def test_a_page_whose_lost_glyphs_became_spaces_is_read_as_vietnamese_that_lost_its_marks(tmp_path: Path) -> None:
    document = _extracted(tmp_path, _SPACED)
    assert "text.marks_lost" in [error.code for error in document.errors]  # not refused as foreign
    assert document.issue_date == dt.date(1984, 5, 3)
    assert document.issuer == "Hội đồng bộ trưởng"
    assert document.number is None  # "52-H BT": where the symbol ends is unsure
    assert [(c.kind, c.date) for c in document.citations] == [("luat", dt.date(1981, 7, 4))]


def test_the_motto_in_the_old_tone_placement_ends_a_number_glued_to_it(tmp_path: Path) -> None:
    text = (
        "B NGOI GIAO S: 12/2015/Q-BNGCNG HO X HI CH NGHA VIT NAM c lp T do Hnh phc H Ni, ngy 3 thng 4 nm 2015 "
        "QUYT NH V VIC C CN B I CNG TC Cn c Hin php nc Cng ho x hi ch ngha Vit Nam; Cn c Ngh nh s "
        "58/2013/N-CP ngy 11 thng 6 nm 2013 ca Chnh ph; QUYT NH: iu 1. C ng Trn Vn Hng i cng tc ti Nht Bn."
    )
    document = _extracted(tmp_path, text)
    assert document.number == "12/2015/Q-BNG"
    constitution = [c.text for c in document.citations if c.kind == "hien_phap"]
    assert constitution == ["Hin php nc Cng ho x hi ch ngha Vit Nam"]  # the name as printed


def test_a_motto_that_reads_from_two_places_leaves_the_glued_symbols_end_unsure(tmp_path: Path) -> None:
    text = (
        "TRNG I HC S: 1046 /Q - HCCNG HO X HI CH NGHA VIT NAM c lp T do Hnh phc H Ni, ngy 24 thng 11 nm 2016 "
        "QUYT NH V vic ban hnh Quy nh Lu tr h s ca Trng. iu 1. Ban hnh Quy nh."
    )
    document = _extracted(tmp_path, text)
    assert document.number is None  # "1046/Q-H" + "CCNG HO" or "1046/Q-HC" + "CNG HO": not guessed
    assert "number.unreadable" in [error.code for error in document.errors]


def test_a_cited_documents_issuer_ends_before_the_verb_of_delegation() -> None:
    cited = find_citations("Căn cứ Quyết định số 75-CP ngày 2-4-1971 của Hội đồng Chính phủ ủy nhiệm cho Bộ Nội vụ;")
    assert [(c.number, c.issuer) for c in cited] == [("75-CP", "Hội đồng Chính phủ")]
