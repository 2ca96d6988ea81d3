"""Citations and an issuer in the blind30-32 phrasings (development), in sentences written for these tests."""

import datetime as dt

from extractors.citations import find_citations
from extractors.issuer import restored_issuer


def test_citations_a_code_with_a_capital_law_word() -> None:
    """ "Bộ Luật Hình sự": the code's kind word in title case is still "Bộ luật", not a "Luật" after a ministry."""
    [law] = find_citations("Căn cứ Bộ Luật Hình sự ngày 27 tháng 11 năm 2015;")
    assert (law.kind, law.text.split(" ngày")[0], law.date) == ("luat", "Bộ Luật Hình sự", dt.date(2015, 11, 27))


def test_citations_an_amended_law_mark_keeps_its_date() -> None:
    """ "(sửa đổi)" between a law's name and its date is how the law is named; the date after it is the law's."""
    [law] = find_citations("Căn cứ Luật Thương mại (sửa đổi) ngày\n14 tháng 6 năm 2005;")
    assert law.date == dt.date(2005, 6, 14) and "(sửa đổi)" in law.text


def test_issuer_a_council_whose_copy_lost_a_letter_of_its_name() -> None:
    """A web copy's font drops "ồ" ("HỘI ĐNG NHÂN DÂN"): the council's name is restored from its own words, the
    rest kept, in the running form a whole header reads in (texts26: "HĐND", as `running_name` writes it); another
    body that only starts alike is left alone."""
    assert restored_issuer("Hội đng nhân dân tỉnh Cà Mau", []) == "HĐND tỉnh Cà Mau"
    assert restored_issuer("Hội Nông dân tỉnh Cà Mau", []) == "Hội Nông dân tỉnh Cà Mau"
