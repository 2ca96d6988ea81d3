"""Citations, session 27 (texts27, blind47 as development): a law's title in small letters in a basis line, an
amending law's "bổ xung", a national law the list lacked. Sentences written for these tests."""

from __future__ import annotations

from extractors.citations import find_citations


def _laws(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.number) for c in find_citations(text) if c.kind == "luat"]


def test_a_law_title_in_small_letters_after_can_cu() -> None:
    text = "Căn cứ Luật đo lường ngày 11/11/2011;\nCăn cứ Luật số 35/2018/QH14 ngày 20/11/2018;"
    assert _laws(text) == [
        ("Luật đo lường ngày 11/11/2011", None),
        ("Luật số 35/2018/QH14 ngày 20/11/2018", "35/2018/QH14"),
    ]
    assert find_citations("Căn cứ Luật này, Ủy ban nhân dân quy định.") == []  # the law at hand, no title


def test_an_amending_law_written_bo_xung_is_one_law_with_its_later_bo_sung() -> None:
    text = (
        "Căn cứ Luật Thủy sản ngày 26/11/2003; Luật sửa đổi, bổ xung một số điều của Luật thủy sản ngày 12/6/2010;\n"
        "Căn cứ Nghị định số 12/2011/NĐ-CP ngày 3/2/2011 của Chính phủ hướng dẫn Luật sửa đổi, bổ sung một số điều "
        "của Luật thủy sản;"
    )
    assert _laws(text) == [
        ("Luật Thủy sản ngày 26/11/2003", None),
        ("Luật sửa đổi, bổ xung một số điều của Luật thủy sản ngày 12/6/2010", None),
    ]


def test_the_law_on_standards_and_technical_regulations_is_known() -> None:
    text = "Theo Luật Tiêu chuẩn và quy chuẩn kỹ thuật năm 2006, cơ sở phải công bố tiêu chuẩn áp dụng."
    assert _laws(text) == [("Luật Tiêu chuẩn và quy chuẩn kỹ thuật năm 2006", None)]
