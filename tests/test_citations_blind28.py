"""Citations of blind25, blind26 and blind28 as development (issue 12): a law's name broken by a copy's line break
after a word no name ends with. Sentences written here."""

from extractors.citations import find_citations


def test_a_laws_name_broken_after_cua_goes_on_on_the_next_line() -> None:
    text = "Căn cứ Luật Tiếp nhận kiến nghị của\nCử tri và Nhân dân ngày 17 tháng 11 năm 2010;\n"
    laws = [(c.text, c.date.isoformat() if c.date else None) for c in find_citations(text) if c.kind == "luat"]
    assert laws == [("Luật Tiếp nhận kiến nghị của Cử tri và Nhân dân ngày 17 tháng 11 năm 2010", "2010-11-17")]


def test_a_laws_name_that_ends_its_line_ends_there() -> None:
    text = "Căn cứ Luật Đầu tư công\nQuyết định này có hiệu lực từ ngày 5 tháng 3 năm 2012.\n"
    laws = [(c.text, c.date) for c in find_citations(text) if c.kind == "luat"]
    assert laws == [("Luật Đầu tư công", None)]
