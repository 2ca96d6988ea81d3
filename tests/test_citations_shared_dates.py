"""Citation dates written once for two numbers or by the sentence, laws named again, a joint resolution (issue 12,
blind19/blind20 as development). Sentences written here in the phrasings the copies use."""

import pytest

from extractors.citations import find_citations


def _found(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (c.kind, c.number, c.date.isoformat() if c.date else None, c.issuer) for c in find_citations(text, ocr=False)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Căn cứ Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành …;",
        "- Căn cứ Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW, ngày 12-12-2013 của Bộ Chính trị về …;",
        "Thực hiện Quyết định số 217-QĐ/TW và số 218-QĐ/TW ngày 12 tháng 12 năm 2013 của Bộ Chính trị, …",
    ],
)
def test_one_date_after_two_numbers_dates_both(text: str) -> None:
    assert _found(text) == [
        ("quyet_dinh", "217-QĐ/TW", "2013-12-12", "Bộ Chính trị"),
        ("quyet_dinh", "218-QĐ/TW", "2013-12-12", "Bộ Chính trị"),
    ]


def test_each_number_keeps_its_own_date() -> None:
    text = "Căn cứ Quyết định số 12/QĐ-UBND ngày 02/01/2020 và Quyết định số 15/QĐ-UBND ngày 05/02/2020 của UBND tỉnh;"
    assert [c[2] for c in _found(text)] == ["2020-01-02", "2020-02-05"]


def test_a_number_joined_by_a_comma_takes_no_date_of_the_next() -> None:
    text = "Căn cứ Quyết định số 12/QĐ-UBND, Quyết định số 15/QĐ-UBND ngày 05/02/2020 của UBND tỉnh;"
    assert [c[2] for c in _found(text)] == [None, "2020-02-05"]


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 23.1.2003 Bộ Thương mại đã có công văn số 0302/TM-XNK thông báo về việc xét thưởng.",
        "Ngày 23/1/2003, Bộ Thương mại đã có công văn số 0302/TM-XNK thông báo về việc xét thưởng.",
        "CTTĐT - Ngày 23/1/2003, Bộ Thương mại ký ban hành công văn số 0302/TM-XNK về việc xét thưởng.",
    ],
)
def test_sentence_dates_the_document_it_names(text: str) -> None:
    assert [c[:3] for c in _found(text)] == [("cong_van", "0302/TM-XNK", "2003-01-23")]


def test_a_date_inside_the_clause_dates_nothing() -> None:
    text = "Ngày 23.1.2003 là hạn chót; Bộ Thương mại đã có công văn số 0302/TM-XNK thông báo."
    assert [c[2] for c in _found(text)] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "V/v vướng mắc Luật Quản lý ngoại thương và Nghị định số 69/2018/NĐ-CP.\n"
        "Liên quan đến Luật Quản lý ngoại thương số 05/2017/QH14 và các văn bản hướng dẫn.",
        "Căn cứ Luật Quản lý ngoại thương số 05/2017/QH14;\nTheo Luật Quản lý ngoại thương, thương nhân …",
    ],
)
def test_a_law_named_alone_is_its_numbered_citation(text: str) -> None:
    laws = [c for c in _found(text) if c[0] == "luat"]
    assert laws == [("luat", "05/2017/QH14", None, None)]


def test_a_law_name_run_on_by_a_decree_title_is_that_law() -> None:
    text = (
        "Căn cứ Luật Quản lý ngoại thương ngày 12 tháng 6 năm 2017;\nCăn cứ Nghị định số 10/2018/NĐ-CP ngày 15 tháng"
        " 01 năm 2018 của Chính phủ quy định chi tiết một số điều của Luật Quản lý ngoại thương về các biện pháp"
        " phòng vệ thương mại;"
    )
    assert [c[:3] for c in _found(text)] == [
        ("luat", None, "2017-06-12"),
        ("nghi_dinh", "10/2018/NĐ-CP", "2018-01-15"),
    ]


def test_two_laws_of_different_names_stay_two() -> None:
    text = (
        "Căn cứ Luật Thương mại ngày 14 tháng 6 năm 2005;\nCăn cứ Luật Quản lý ngoại thương ngày 12 tháng 6 năm 2017;"
    )
    assert len(_found(text)) == 2


def test_joint_resolution_is_its_own_kind() -> None:
    text = "Căn cứ Nghị quyết Liên tịch số\n19/2008/NQLT/CP-UBTUMTTQVN ngày\n22/8/2008 của Chính phủ về việc …;"
    assert _found(text)[0][:3] == ("nghi_quyet_lien_tich", "19/2008/NQLT/CP-UBTUMTTQVN", "2008-08-22")
