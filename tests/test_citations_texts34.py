"""Citations of central dispatches copied from the web (blind66 and blind67 as development): a known law whose
long title holds commas, a law in small letters with a comma glued to the next word, a law's date glued to a body
written short, a công văn glued to the word before. Texts written for these tests in the forms such copies print."""

from __future__ import annotations

import datetime

from extractors.citations import find_citations


def _read(text: str) -> list[tuple[str, str | None, str, datetime.date | None]]:
    return [(c.kind, c.number, c.text, c.date) for c in find_citations(text)]


def test_a_known_laws_title_with_commas_is_read_whole() -> None:
    text = "thi hành Luật Hiến, lấy, ghép mô, bộphận cơ thể người và hiến, lấy xác, Bộ trưởng có ý kiến như sau:"
    assert [c[2] for c in _read(text)] == ["Luật Hiến, lấy, ghép mô, bộ phận cơ thể người và hiến, lấy xác"]


def test_a_law_whose_comma_is_glued_to_the_next_word_is_read() -> None:
    text = "hướng dẫn thi hành Bộ luật lao động và Luật công đoàn,Phó Thủ tướng Lê Văn Tâm có ý kiến như sau:"
    assert [c[2] for c in _read(text)] == ["Bộ luật lao động", "Luật công đoàn"]


def test_a_laws_date_glued_to_a_body_written_short_is_kept() -> None:
    assert _read("Căn cứ Luật Tổ chức HĐND và UBNDngày 26/11/2003;")[0][3] == datetime.date(2003, 11, 26)


def test_a_cong_van_glued_to_the_word_before_is_read() -> None:
    text = "Xét đề nghị của Bộ Xây dựng tạicông văn số 2647/BXD-QLN ngày 12 tháng 12 năm 2007 về việc tổ chức"
    assert _read(text) == [
        ("cong_van", "2647/BXD-QLN", "công văn số 2647/BXD-QLN ngày 12 tháng 12 năm 2007", datetime.date(2007, 12, 12))
    ]


def test_a_jurists_association_is_no_law_whatever_the_comma() -> None:
    assert _read("Đoàn làm việc với Hội Luật gia, gặp gỡ các luật sư.") == []
    assert [c[2] for c in _read("Căn cứ Luật Giá ngày 20 tháng 6 năm 2012;")] == ["Luật Giá ngày 20 tháng 6 năm 2012"]
