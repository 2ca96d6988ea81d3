"""Two-digit cited years settled from the fact carried on each citation (`Citation.date_short_year`, taken from the
date's `DateMatch.short_year` where the citation is read), not from a second scan of the text for dates: the same
output as that scan gave, and no second pass. Sentences written for these tests."""

import datetime as dt

import pytest

import extractors.cited_years as cited_years
from extractors.citations import extract_citations, find_citations
from extractors.cited_years import latest_century, settle_short_years
from extractors.dates import DateMatch, find_dates
from schemas.document import Citation, Document, Source


def _document(text: str, issue_date: dt.date | None = None) -> Document:
    return Document(source=Source(path="x.txt", sha256="0", pages=1), text=text, issue_date=issue_date)


def _settled_by_scan(text: str, before: dt.date | None) -> list[tuple[str | None, dt.date | None]]:
    """The rule the text scan applied (before the fact was carried): a date printed with two digits and nowhere with
    four is put in the latest century not after `before`, or null without it."""
    matches = [match for match in find_dates(text) if match.value is not None]
    full = {match.value for match in matches if not match.short_year}
    short = {match.value for match in matches if match.short_year} - full
    cited = find_citations(text)
    return [
        (c.number, (latest_century(c.date, before) if before else None) if c.date in short else c.date) for c in cited
    ]


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("Chiểu Sắc lệnh số 12 ngày 5-3-46 và Sắc lệnh số 30-SL ngày 2-9-45 tổ chức các Bộ.", dt.date(1947, 1, 10)),
        ("Thi hành Nghị định số 7 ngày 18-12-46 về tổ chức.", None),
        ("Thi hành Nghị định số 7 ngày 18-12-1946 về tổ chức.", None),
        ("Căn cứ Quyết định số 15/QĐ-UB ngày 31-3-16 và Công văn số 8/UB ngày 2/4/2016;", dt.date(2016, 5, 1)),
        ("Theo Nghị định số 3 ngày 1-2-47; Nghị định số 3 ngày 1-2-47 quy định rõ.", dt.date(1948, 6, 1)),
    ],
)
def test_the_carried_fact_settles_as_the_text_scan_did(text: str, before: dt.date | None) -> None:
    cited = extract_citations(_document(text, before)).citations
    assert [(c.number, c.date) for c in cited] == _settled_by_scan(text, before)


def test_the_fact_is_carried_from_the_printed_date() -> None:
    short, full = find_citations("Chiểu Sắc lệnh số 12 ngày 5-3-46 và Sắc lệnh số 30-SL ngày 2-9-1945.")
    assert (short.date_short_year, full.date_short_year) == (True, False)


def test_the_fact_is_never_stored_or_printed() -> None:
    [cited] = find_citations("Chiểu Sắc lệnh số 12 ngày 5-3-46.")
    assert "date_short_year" not in cited.model_dump() and "date_short_year" not in cited.model_dump_json()


def test_settling_needs_only_the_citations() -> None:
    short = Citation(text="Sắc lệnh số 12 ngày 5-3-46", number="12", date=dt.date(2046, 3, 5), date_short_year=True)
    full = Citation(text="Sắc lệnh số 13 ngày 5-3-2046", number="13", date=dt.date(2046, 3, 5))
    settled, errors = settle_short_years([short, full], dt.date(1947, 1, 10))
    assert [c.date for c in settled] == [dt.date(1946, 3, 5), dt.date(2046, 3, 5)] and errors == []


def test_the_text_is_not_read_for_dates_a_second_time(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []

    def recording(text: str) -> list[DateMatch]:
        read.append(text)
        return find_dates(text)

    monkeypatch.setattr(cited_years, "find_dates", recording)
    document = extract_citations(_document("Chiểu Sắc lệnh số 12 ngày 5-3-46 tổ chức các Bộ.", dt.date(1947, 1, 10)))
    assert [c.date for c in document.citations] == [dt.date(1946, 3, 5)] and read == []
