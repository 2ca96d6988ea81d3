"""Citations of blind25, blind26 and blind28 as development (issue 12): a law's name broken by a copy's line break
after a word no name ends with. Sentences written here."""

from pathlib import Path

from extractors.citations import find_citations
from pipeline.ingest.extract import extract_file
from pipeline.settings import Settings


def test_a_laws_name_broken_after_cua_goes_on_on_the_next_line() -> None:
    text = "Căn cứ Luật Tiếp nhận kiến nghị của\nCử tri và Nhân dân ngày 17 tháng 11 năm 2010;\n"
    laws = [(c.text, c.date.isoformat() if c.date else None) for c in find_citations(text) if c.kind == "luat"]
    assert laws == [("Luật Tiếp nhận kiến nghị của Cử tri và Nhân dân ngày 17 tháng 11 năm 2010", "2010-11-17")]


def test_a_laws_name_that_ends_its_line_ends_there() -> None:
    text = "Căn cứ Luật Đầu tư công\nQuyết định này có hiệu lực từ ngày 5 tháng 3 năm 2012.\n"
    laws = [(c.text, c.date) for c in find_citations(text) if c.kind == "luat"]
    assert laws == [("Luật Đầu tư công", None)]


def test_what_an_attached_documents_own_header_opens_cites_is_not_the_dispatchs(tmp_path: Path) -> None:
    text = (
        "BỘ TƯ PHÁP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 21/BTP-PLQT | Hà Nội, ngày 3 tháng 5 năm 2019 |\n"
        "V/v góp ý dự thảo\nKính gửi: các Sở Tư pháp\nBộ Tư pháp gửi dự thảo thay thế Nghị định số 12/2015/NĐ-CP ngày "
        "2/3/2015 của Chính phủ.\n| TL. BỘ TRƯỞNG |\n"
        "CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: /2019/NĐ-CP | Hà Nội, ngày tháng năm 2019 |\n"
        "Căn cứ Luật Điều ước quốc tế số 108/2016/QH13 ngày 9 tháng 4 năm 2016;\n"
    )
    path = tmp_path / "dispatch.txt"
    path.write_text(text, encoding="utf-8")
    assert [c.number for c in extract_file(path, Settings()).citations] == ["12/2015/NĐ-CP"]


def test_a_headers_motto_printed_twice_by_its_cells_ends_nothing(tmp_path: Path) -> None:
    text = (
        "BỘ TƯ PHÁP\n------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | Độc lập - Tự do\n"
        "Số: 21/BTP-PLQT | V/v thực hiện Nghị định số 12/2015/NĐ-CP\nKính gửi: các Sở Tư pháp\n"
        "Thực hiện Luật Điều ước quốc tế số 108/2016/QH13 ngày 9 tháng 4 năm 2016, Bộ đề nghị các Sở báo cáo.\n"
    )
    path = tmp_path / "cells.txt"
    path.write_text(text, encoding="utf-8")
    assert [c.number for c in extract_file(path, Settings()).citations] == ["12/2015/NĐ-CP", "108/2016/QH13"]


def test_national_laws_named_in_lower_case_are_read_by_the_known_titles() -> None:
    text = (
        "Căn cứ Luật tố tụng hành chính năm 2015;\nTheo Điều 5 Pháp lệnh bảo vệ bí mật Nhà nước ngày 28-10-1991, "
        "tài liệu được bảo quản.\n"
    )
    laws = [(c.kind, c.text) for c in find_citations(text) if c.kind in ("luat", "phap_lenh")]
    assert laws == [
        ("luat", "Luật tố tụng hành chính năm 2015"),
        ("phap_lenh", "Pháp lệnh bảo vệ bí mật Nhà nước ngày 28-10-1991"),
    ]


def test_a_date_opening_a_clause_inside_the_sentence_dates_the_document_its_verb_issues() -> None:
    text = (
        "Thực hiện chỉ đạo của UBND tỉnh, tuần trước, ngày 12/5/2021, Sở Y tế đã ban hành công văn 88/SYT-NV về việc "
        "phòng dịch.\n"
    )
    assert [(c.number, str(c.date)) for c in find_citations(text)] == [("88/SYT-NV", "2021-05-12")]


def test_a_date_after_a_numbers_comma_is_that_numbers_not_the_next_ones() -> None:
    text = "Theo Công văn số 12/UBND-VP, ngày 3/4/2020 Sở Y tế đã ban hành công văn 88/SYT-NV về việc phòng dịch.\n"
    assert [(c.number, str(c.date)) for c in find_citations(text)] == [
        ("12/UBND-VP", "2020-04-03"),
        ("88/SYT-NV", "None"),
    ]
