"""Page-1 citations read through OCR damage (issue 11): known law titles, numbers split or with look-alike
characters, lists whose items follow a description — each repaired only where one reading is left."""

import datetime as dt
from pathlib import Path

import pytest

from extractors.citations import extract_citations, find_citations
from extractors.docnumber import correct_ocr_symbol
from extractors.header import parse_header
from extractors.laws import known_law_at
from extractors.normalize import normalize_text
from pipeline.ingest.extract import extract_file
from pipeline.settings import Settings
from schemas.document import Document, Page, Source, TextSource
from tests.conftest import shared_material
from tests.documents import Letter, render_letter, scanned_pdf

CQĐP = "Luật Tổ chức chính quyền địa phương"
AMENDING_2019 = "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"


@pytest.mark.parametrize(
    ("read", "title"),
    [
        ("Luật Tô 6 chức chính quyền địa phương ngày 19/6/2015", CQĐP),  # a mark read as a digit
        ("Luật Tổ Ổ chức chính quyền địa phương ngày 19/6/2015", CQĐP),  # a letter read twice
        ("Luật Tt Ô chức chính quyền địa phương ngày 19/6/2015", CQĐP),  # a word split
        ("Luật Tổ chức chính quyền ‹ địa phương ngày 19/6/2015", CQĐP),  # a speck inside
        ("Luật Đát đái ngày 18/01/2024", "Luật Đất đai"),  # tone marks
        ("Luật Đáắt đai năm 2024", "Luật Đất đai"),  # a vowel read twice
        ("Luật Tài nguyên, môi trường biển và hải đảo ngày 25/6/2015", "Luật Tài nguyên, môi trường biển và hải đảo"),
        (
            "Luật\nsửa đồi, bồ sung một số điểu của Luật Tổ chức Chính phủ và Luật T: ồ chức\n"
            "chính quyền địa phương ngày 22/11/2019",
            AMENDING_2019,
        ),
        ("Luật Đầu tư công năm 2019", "Luật Đầu tư công"),  # the longest known title wins
        ("Luật Giáo dục ngày 14/6/2019", "Luật Giáo dục"),
    ],
)
def test_a_damaged_law_title_is_matched_to_the_known_one(read: str, title: str) -> None:
    found = known_law_at(read, 0)
    assert found is not None and found.title == title
    assert read[found.end :].startswith((" ngày", " năm"))


def test_a_damaged_title_with_its_date_glued_on_is_matched_at_the_edge_of_its_allowed_edits() -> None:
    """Two letters more than the known title ("Tổ Ổ", "phươngg": its 2 allowed edits), the date glued to its
    last word: the readings compared to a title are those whose length is within its allowed edits of the
    title's, the one without the glued date among them."""
    read = "Luật Tổ Ổ chức chính quyền địa phươnggngày 19/6/2015"
    found = known_law_at(read, 0)
    assert found is not None and (found.title, found.edits) == (CQĐP, 2)
    assert read[found.end :].startswith("ngày")
    assert known_law_at("Luật Tổ Ổ chức chính quyền địa phươngggngày 19/6/2015", 0) is None  # 3 letters more


@pytest.mark.parametrize(
    "read",
    [
        "Luật Giáo ngày 01/01/2020",  # a short title must match exactly: not "Luật Giá", not "Luật Giáo dục"
        "Luật Quản lý ngoại thương năm 2017",  # not a known title: read as it is
        "Luật Tổ chức ngày 01/01/2020",  # far from every known title
    ],
)
def test_no_known_title_is_made_up(read: str) -> None:
    assert known_law_at(read, 0) is None


def test_an_unknown_law_is_still_cited_as_read() -> None:
    [law] = find_citations("Căn cứ Luật Quản lý ngoại thương ngày 12/6/2017;")
    assert (law.text, law.date) == ("Luật Quản lý ngoại thương ngày 12/6/2017", dt.date(2017, 6, 12))


def test_the_amending_law_that_names_numbered_laws_is_one_citation_in_its_own_spelling() -> None:
    text = normalize_text(
        "Căn cứ Luật Đát đái ngày 18/01/2024; Luật sửa đổi, bồ sung một số điêu\ncủa Luật Đất đai số "
        "3 1⁄2024QH15, Luật Nhà ở số 2 /2023/QHI5, Luật Kinh\ndoanh bất động sản số 29/2023/QH15 và Luật "
        "Các tổ chức tín dựng số\n32/2024/QH15 ngày 29/6/2024;"
    )
    laws = [(c.text, c.date, c.number) for c in find_citations(text)]
    assert laws == [
        ("Luật Đất đai ngày 18/01/2024", dt.date(2024, 1, 18), None),
        (
            "Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, "
            "Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15 "
            "ngày 29/6/2024",
            dt.date(2024, 6, 29),
            None,
        ),
    ]  # the laws it amends are not cited apart


def test_a_law_cited_again_without_its_date_is_the_same_law() -> None:
    text = "Căn cứ Luật Thanh tra ngày 14/11/2022;\nCăn cứ Nghị định quy định biện pháp thi hành Luật Thanh tra;"
    assert [(c.text, c.date) for c in find_citations(text)] == [
        ("Luật Thanh tra ngày 14/11/2022", dt.date(2022, 11, 14))
    ]


def test_only_a_law_number_follows_a_law_name() -> None:
    text = "thi hành Luật Thanh tra, Căn cứ Thông tư số 02/2007/TT-BNV ngày 25/5/2007 của Bộ trưởng Bộ Nội vụ"
    assert [(c.kind, c.number) for c in find_citations(text)] == [("luat", None), ("thong_tu", "02/2007/TT-BNV")]


@pytest.mark.parametrize(
    ("read", "number"),
    [
        ("Căn cứ Nghị định số 1 01/2024/NĐ-CP ngày 29/7/2024 của Chính phủ;", "101/2024/NĐ-CP"),  # split serial
        ("Căn cứ Nghị định số 1 01⁄2024NĐ-CP ngày 29/7/2024 của Chính phủ;", "101/2024/NĐ-CP"),  # year glued
        ("tại Chỉ thị số 0§/CT-UBND ngày 26/6/2024 của Chủ tịch", "08/CT-UBND"),  # § beside a digit
        ("Căn cứ Quyết định số 1O/QĐ-UBND ngày 02/01/2025;", "10/QĐ-UBND"),  # O beside a digit
    ],
)
def test_a_damaged_number_is_read_where_one_reading_is_left(read: str, number: str) -> None:
    [citation] = find_citations(normalize_text(read))
    assert citation.number == number
    assert citation.date is not None  # the date after the mended number is found where it is


@pytest.mark.parametrize(
    "read",
    [
        "Căn cứ Quyết định số §T /QĐ-UBND ngày 05/02/2025;",  # no digit at all: a pen's number, unread
        "Căn cứ Quyết định số 12 ngày 05/02/2025 của UBND tỉnh;",  # a bare number is not mended into another
    ],
)
def test_no_number_is_made_from_letters_alone(read: str) -> None:
    assert all(c.number in (None, "12") for c in find_citations(read))


@pytest.mark.parametrize(
    ("read", "expected"),
    [
        ("133/QĐ-TT1g", "133/QĐ-TTg"),  # a stroke read as a digit inside letters
        ("29/2023/QHI5", "29/2023/QH15"),  # the National Assembly's term
        ("5/UBND-K9X", "5/UBND-K9X"),  # no known part without the digit: kept
        ("87/QDĐ-UBND", "87/QĐ-UBND"),  # "Đ" read as "DĐ" (rs_18's body)
        ("5/HDĐND-VP", "5/HĐND-VP"),
        ("5/ĐĐBQH-VP", "5/ĐĐBQH-VP"),  # a real doubled letter: kept
        ("5/BCC-SNV", "5/BCC-SNV"),  # an unknown part one doubled letter from a known one: kept
    ],
)
def test_ocr_symbol_parts_with_digits(read: str, expected: str) -> None:
    assert correct_ocr_symbol(read) == expected


def test_a_list_runs_on_after_each_item_description() -> None:
    text = (
        "Căn cứ các Nghị định của Chính phủ: Số 101/2024/NĐ-CP ngày 29/7/2024 của Chính phủ về điều tra cơ bản "
        "đất đai; số 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định chi tiết thi hành một số điều của "
        "Luật Đất đai: số 103/2024/NĐ-CP ngày\n30/7/2024 của Chính phủ quy định về tiền sử dụng đất;\n"
        "Căn cứ Quyết định số 1466/QĐ-UBND ngày 29/12/2023 của UBND tỉnh về kế hoạch; số liệu năm 2024 đã có."
    )
    found = [(c.kind, c.number) for c in find_citations(text) if c.number]
    assert found == [
        ("nghi_dinh", "101/2024/NĐ-CP"),
        ("nghi_dinh", "102/2024/NĐ-CP"),
        ("nghi_dinh", "103/2024/NĐ-CP"),
        ("quyet_dinh", "1466/QĐ-UBND"),
    ]


def test_a_later_item_of_another_kind_takes_its_symbols_kind() -> None:
    text = (
        "nội dung các Công văn: Số 1060/BTC-QLGCS ngày 23/01/2025 về việc xin ý kiến tại Nghị định số "
        "103/2024/NĐ-CP ngày 30/7/2024 và Nghị định số 104/2024/NĐ-CP ngày 31/7/2024 của Chính phủ; "
        "số 1187/BTC-ĐT ngày 24/01/2025 về việc xin ý kiến dự thảo."
    )
    kinds = {c.number: c.kind for c in find_citations(text)}
    assert kinds == {
        "1060/BTC-QLGCS": "cong_van",
        "103/2024/NĐ-CP": "nghi_dinh",
        "104/2024/NĐ-CP": "nghi_dinh",
        "1187/BTC-ĐT": "cong_van",
    }


def test_symbol_parts_of_ocr_text_are_corrected_in_citations_and_written_text_is_not() -> None:
    text = "Căn cứ Quyết định số 1 33⁄QĐ-TT1g ngày 17/01/2020 của Thủ tướng Chính phủ;"
    for source, expected in ((TextSource.OCR, "133/QĐ-TTg"), (TextSource.TEXT_LAYER, "133/QĐ-TT1g")):
        page = Page(number=1, text=normalize_text(text), source=source)
        document = Document(source=Source(path="x.pdf", sha256="", pages=1), text=page.text, pages=[page])
        assert [c.number for c in extract_citations(document).citations] == [expected]


@pytest.mark.slow
def test_a_rendered_scan_with_damaged_citations_is_read(tmp_path: Path) -> None:
    """Printed as OCR reads real scans (a split serial, a glued year, a doubled letter, a law whose title
    runs on with "và" in lower case, a list whose items follow descriptions), scanned, read back."""
    letter = Letter(
        paragraphs=[
            "Căn cứ Luật Tổ Ổ chức chính quyền địa phương ngày 19/6/2015; Luật Tài nguyên, môi trường biển và "
            "hải đảo ngày 25/6/2015;",
            "Căn cứ các Nghị định của Chính phủ: Số 1 01/2024NĐ-CP ngày 29/7/2024 của Chính phủ về điều tra "
            "cơ bản đất đai; số 103/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định về tiền sử dụng đất;",
            "Điều 1. Cử ông Phạm Quốc Khánh đi công tác tại Nhật Bản từ ngày 10/4/2024 đến ngày 16/4/2024.",
        ]
    )
    image, _ = render_letter(letter)
    path = tmp_path / "scan.pdf"
    path.write_bytes(scanned_pdf([image]))
    document = extract_file(path, Settings())
    found = {(c.kind, c.number or c.text, c.date) for c in document.citations}
    assert {
        ("luat", "Luật Tổ chức chính quyền địa phương ngày 19/6/2015", dt.date(2015, 6, 19)),
        ("luat", "Luật Tài nguyên, môi trường biển và hải đảo ngày 25/6/2015", dt.date(2015, 6, 25)),
        ("nghi_dinh", "101/2024/NĐ-CP", dt.date(2024, 7, 29)),
        ("nghi_dinh", "103/2024/NĐ-CP", dt.date(2024, 7, 30)),
    } <= found


@pytest.mark.slow
@pytest.mark.parametrize("name", ["rs_04_87_QDUB.pdf", "rs_18_88_QD_UB.pdf"])
def test_real_scans_page_one_laws_and_decree_list(name: str) -> None:
    """Two real decisions whose page 1 cites the amending laws with OCR-damaged titles and a list of
    decrees split over descriptions ("Luật Đát đái", "Số 1 01⁄2024NĐ-CP …; số 103/2024/NĐ-CP")."""
    document = extract_file(shared_material("real-scans", name), Settings())
    page1 = {(c.kind, c.number or c.text, c.date) for c in document.citations if c.span and c.span.page == 1}
    assert {
        ("luat", "Luật Đất đai ngày 18/01/2024", dt.date(2024, 1, 18)),
        ("luat", f"{AMENDING_2019} ngày 22/11/2019", dt.date(2019, 11, 22)),
        ("nghi_dinh", "101/2024/NĐ-CP", dt.date(2024, 7, 29)),
        ("nghi_dinh", "103/2024/NĐ-CP", dt.date(2024, 7, 30)),
    } <= page1
    assert not any(c.kind == "luat" and c.number for c in document.citations)  # no law numbered by another's


def test_header_number_and_dateline_read_through_specks_and_a_glued_day() -> None:
    """The number line with a speck between "/" and the symbol, and the pen's day glued to "ngày" (rs_06,
    rs_07): the symbol, the place and the printed month and year are kept for the hand-filled slots."""
    text = "UBND TỈNH QUẢNG NGÃI\nSố: ổ† /(QĐĐ-UBND\nQuảng Ngãi, ngày8$ tháng 02 năm 2025\nQUYẾT ĐỊNH\nVề việc thử"
    header = parse_header(text, ocr=True)
    assert (header.number, header.symbol, header.place) == (None, "QĐ-UBND", "Quảng Ngãi")
    assert (header.issue_date, header.issue_date_partial) == (None, "2025-02")
