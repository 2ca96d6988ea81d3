"""Dates in every written form, OCR-damaged and blank ones included."""

import datetime as dt

import pytest

from extractors.dates import date_at, expand_year, find_dates, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ngày 18 tháng 9 năm 2023", dt.date(2023, 9, 18)),
        ("Lạng Sơn, ngày 05 tháng 02 năm 2025", dt.date(2025, 2, 5)),
        ("18/9/2023", dt.date(2023, 9, 18)),
        ("18-9-2023", dt.date(2023, 9, 18)),
        ("18.9.2023", dt.date(2023, 9, 18)),
        ("31-3-16", dt.date(2016, 3, 31)),
        ("ngày 05/3/2020", dt.date(2020, 3, 5)),
        ("ngày 01/02//2005", dt.date(2005, 2, 1)),  # a copy's doubled separator
        ("ngày 01/02/-2005", None),  # two different separators: no date
        ("ngay 18 thang 9 nam 2023", dt.date(2023, 9, 18)),
        ("Ngày  9  tháng 1 năm 2018", dt.date(2018, 1, 9)),
        ("ngày 7 tháng 12\nnăm 2026", dt.date(2026, 12, 7)),
        ("ngày tháng 10 năm 2023", None),
        ("ngày 31/2/2020", None),
        ("số 40/2020/QĐ-UBND", None),
        ("không có ngày", None),
    ],
)
def test_dates_parse_every_form(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


def test_dates_blank_hand_fill_is_found_but_has_no_value() -> None:
    (match,) = find_dates("Cao Lộc, ngày   tháng 10 năm 2023")
    assert match.blank and match.value is None


def test_dates_spans_point_into_the_original_text() -> None:
    text = "Thực hiện Chỉ thị số 38-CT/TW, ngày 21-7-2014 của Bộ Chính trị"
    (match,) = find_dates(text)
    assert text[match.start : match.end] == "21-7-2014"


def test_dates_document_numbers_are_not_dates() -> None:
    assert find_dates("Quyết định số 15/2024/QĐ-UBND và 1438-CV/TU") == []


def test_dates_date_at_reads_the_date_after_a_number() -> None:
    text = "38-CT/TW, ngày 21-7-2014 của Bộ Chính trị"
    assert date_at(text, 8).value == dt.date(2014, 7, 21)  # type: ignore[union-attr]
    assert date_at("38-CT/TW của Bộ Chính trị năm 2014 ngày 21-7-2014", 8) is None


@pytest.mark.parametrize(("year", "full"), [(16, 2016), (69, 2069), (98, 1998), (2023, 2023)])
def test_dates_two_digit_years(year: int, full: int) -> None:
    assert expand_year(year) == full


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quyết định số 24/2021/QĐ-TTg ngày 16/7/20 21 của Thủ tướng", dt.date(2021, 7, 16)),
        ("ban hành ngày 3/4/19 98.", dt.date(1998, 4, 3)),
        ("ngày 05-01-20 19 của Bộ", dt.date(2019, 1, 5)),
        ("Nghị định số 136/2007/NĐ-CP ngày 17 tháng 8 năm 20 07 của Chính phủ", dt.date(2007, 8, 17)),
        ("ngày 02 tháng 3 năm 19 98;", dt.date(1998, 3, 2)),
        ("ngày 2 tháng 03 năm 20 21\n", dt.date(2021, 3, 2)),
        # a two-digit year then a comma and a count stays the two-digit year
        ("ngày 16/7/20, 21 người dự", dt.date(2020, 7, 16)),
    ],
)
def test_dates_a_year_split_by_a_space_is_read_whole(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected
