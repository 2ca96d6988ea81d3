"""A legal library's page for one article names the document the article is of in its heading ("Điều 2 Quyết
định 45/QĐ-UBND 2020 … có nội dung như sau:"): the document itself, no citation; the documents its text cites are.
Sentences written here (dev21, issue 12)."""

from extractors.citations import find_citations

PAGE = (
    "Điều 3 Quyết định 45/QĐ-UBND 2020 giao chỉ tiêu kế hoạch tỉnh Hà Tĩnh có nội dung như sau:\n"
    "Điều 3. Quyết định này thay thế các Quyết định của Ủy ban nhân dân tỉnh: số 12/QĐ-UBND ngày 2/2/2018; "
    "số 30/QĐ-UBND ngày 5/5/2019.\n"
)


def test_an_article_page_heading_names_the_document_itself() -> None:
    assert [c.number for c in find_citations(PAGE)] == ["12/QĐ-UBND", "30/QĐ-UBND"]


def test_the_same_number_in_a_sentence_is_cited() -> None:
    text = "Điều 3. Bãi bỏ Quyết định 45/QĐ-UBND ngày 2/2/2020 của Ủy ban nhân dân tỉnh, có nội dung như sau:\n"
    assert [c.number for c in find_citations(text)] == ["45/QĐ-UBND"]


def test_a_heading_without_the_closing_words_is_a_citation() -> None:
    text = "Điều 2 Quyết định 45/QĐ-UBND ngày 2/2/2020 được sửa đổi.\n"
    assert [c.number for c in find_citations(text)] == ["45/QĐ-UBND"]


def test_a_library_page_for_a_chapter_names_the_document_itself_wherever_it_is_named() -> None:
    text = (
        "Chương III Nghị định 12/2020/NĐ-CP: Điều khoản thi hành\n"
        "Ngày 3/2/2020, Chính phủ ban hành Nghị định 12/2020/NĐ-CP về quản lý đoàn ra.\n"
        "Nghị định 12/2020/NĐ-CP thay thế Quyết định 40/2011/QĐ-TTg ngày 1/7/2011.\n"
    )
    assert [c.number for c in find_citations(text)] == ["40/2011/QĐ-TTg"]


def test_a_library_page_for_an_article_of_a_law_names_the_law_itself() -> None:
    text = "Điều 9 Luật Xuất cảnh, nhập cảnh của công dân Việt Nam 2019 số 49/2019/QH14 mới nhất\nQuyền của công dân\n"
    assert find_citations(text) == []


def test_a_part_named_in_the_first_line_of_a_sentence_is_cited() -> None:
    text = "Chương II Nghị định 12/2020/NĐ-CP được sửa đổi như sau:\n1. Bổ sung khoản 3.\n"
    assert [c.number for c in find_citations(text)] == ["12/2020/NĐ-CP"]


def test_a_part_heading_below_the_first_line_is_no_page_title() -> None:
    text = "Về việc đi công tác\nĐiều 4 Nghị định 12/2020/NĐ-CP quy định thẩm quyền cử đoàn ra\n"
    assert [c.number for c in find_citations(text)] == ["12/2020/NĐ-CP"]


def test_an_archive_copys_own_title_line_in_capitals_is_no_citation() -> None:
    text = (
        "QUYẾT ĐỊNH SỐ 25-QĐ/TVQH NGÀY 3-4-1962\n"
        "CỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI VỀ VIỆC CỬ ĐẠI SỨ\n"
        "Căn cứ Nghị quyết số 12-NQ/TVQH ngày 5-1-1961;\n"
    )
    assert [c.number for c in find_citations(text)] == ["12-NQ/TVQH"]


def test_a_sentence_opening_the_text_still_cites() -> None:
    text = "Quyết định số 25-QĐ/TVQH ngày 3-4-1962 đã cử ông Nguyễn Văn A làm Đại sứ.\n"
    assert [c.number for c in find_citations(text)] == ["25-QĐ/TVQH"]
