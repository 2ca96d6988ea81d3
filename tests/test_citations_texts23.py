"""Citations and doc_type in the phrasings of old decrees and resolutions (blind40 as development, session 23): cited
dates with two-digit years, an order of several ministries, "Quyết nghị" dated by its session, a title naming two
kinds. Sentences written for these tests."""

import datetime as dt

import pytest

from extractors.citations import extract_citations, find_citations
from extractors.cited_years import latest_century, title_date
from extractors.doctype import title_type
from schemas.document import DocType, Document, Source
from schemas.errors import ErrorCode


def _document(text: str, issue_date: dt.date | None = None) -> Document:
    return Document(source=Source(path="x.txt", sha256="0", pages=1), text=text, issue_date=issue_date)


@pytest.mark.parametrize(
    ("value", "before", "expected"),
    [
        (dt.date(2046, 11, 23), dt.date(1947, 10, 20), dt.date(1946, 11, 23)),
        (dt.date(2047, 7, 25), dt.date(1947, 10, 20), dt.date(1947, 7, 25)),  # the same year: never a century back
        (dt.date(2016, 3, 31), dt.date(2020, 5, 1), dt.date(2016, 3, 31)),
        (dt.date(1998, 4, 3), dt.date(2003, 1, 2), dt.date(1998, 4, 3)),
        (dt.date(2048, 2, 29), dt.date(1950, 1, 1), dt.date(1948, 2, 29)),
    ],
)
def test_dates_two_digit_year_put_in_the_latest_century_not_after(
    value: dt.date, before: dt.date, expected: dt.date
) -> None:
    assert latest_century(value, before) == expected


def test_dates_a_29_february_the_century_lacks_is_none() -> None:
    assert latest_century(dt.date(2000, 2, 29), dt.date(1950, 1, 1)) is None  # 1900 was no leap year


def test_citations_two_digit_years_read_against_the_document_date() -> None:
    text = "Chiểu Sắc lệnh số 12 ngày 5-3-46 và Sắc lệnh số 30-SL ngày 2-9-45 tổ chức các Bộ."
    cited = extract_citations(_document(text, dt.date(1947, 1, 10))).citations
    assert [(c.number, c.date) for c in cited] == [("12", dt.date(1946, 3, 5)), ("30-SL", dt.date(1945, 9, 2))]


def test_citations_two_digit_years_dated_by_the_title_line() -> None:
    """A library copy starting at its title gives its own number and date only in the title line."""
    text = "SẮC LỆNH\n\nCỦA CHỦ TỊCH CHÍNH PHỦ SỐ 9 NGÀY 3 THÁNG 2 NĂM 1948\n\nChiểu Sắc lệnh số 4 ngày 1-12-47;"
    assert title_date(text) == dt.date(1948, 2, 3)
    [cited] = extract_citations(_document(text)).citations
    assert cited.date == dt.date(1947, 12, 1)


def test_citations_a_headline_citing_another_document_dates_nothing() -> None:
    assert title_date("TRIỂN KHAI QUYẾT ĐỊNH SỐ 12 NGÀY 3 THÁNG 4 NĂM 2020\nNgày 5-4-20, Sở họp.") is None


def test_citations_two_digit_year_in_a_document_of_unknown_date_is_null_with_an_error() -> None:
    document = extract_citations(_document("Thi hành Nghị định số 7 ngày 18-12-46 về tổ chức."))
    [cited] = document.citations
    assert (cited.number, cited.date) == ("7", None)
    assert [error.code for error in document.errors] == [ErrorCode.CITATION_DATE_CENTURY]


def test_citations_a_four_digit_year_needs_no_document_date() -> None:
    document = extract_citations(_document("Thi hành Nghị định số 7 ngày 18-12-1946 về tổ chức."))
    assert [c.date for c in document.citations] == [dt.date(1946, 12, 18)] and document.errors == []


def test_citations_an_order_of_several_ministries() -> None:
    [cited] = find_citations("và Thông lệnh Liên bộ số 4-NV/TC ngày 2-1-1947 thi hành Sắc lệnh ấy.")
    assert (cited.kind, cited.number, cited.date) == ("thong_lenh_lien_bo", "4-NV/TC", dt.date(1947, 1, 2))


def test_citations_a_quyet_nghi_dated_by_the_session_that_issued_it() -> None:
    text = "Ủy ban Thường vụ, trong phiên họp ngày 5 tháng 6 năm 1980 đã ra Quyết nghị số 120NQ/UBTV6 cử ông A."
    [cited] = find_citations(text)
    assert (cited.kind, cited.number, cited.date) == ("nghi_quyet", "120NQ/UBTV6", dt.date(1980, 6, 5))


def test_citations_a_date_after_the_verb_of_another_clause_is_not_the_documents() -> None:
    [cited] = find_citations("Hôm nay, ngày 5 tháng 6 năm 1980 tổ chức họp và đã ra Quyết nghị số 120NQ/UBTV6.")
    assert cited.date is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("BÁO CÁO VÀ NGHỊ QUYẾT", DocType.NGHI_QUYET),
        ("TỜ TRÌNH VÀ QUYẾT ĐỊNH", DocType.QUYET_DINH),
        ("BÁO CÁO VÀ KẾ HOẠCH", None),  # neither decides: no type from the title
        ("QUYẾT ĐỊNH VÀ CHỈ THỊ", None),  # both decide
        ("BÁO CÁO VÀ KIẾN NGHỊ", None),  # not two kinds
    ],
)
def test_doc_type_of_a_title_naming_two_kinds(line: str, kind: DocType | None) -> None:
    assert title_type(line) is kind
