"""Limits a dispatch states only in a table, often in its Phụ lục (issue 13, scenario 16): a heading with a
content column and a "Mức tối đa"/"Giới hạn" column, numbered rows with no bounding word. Tables written for these
tests, laid out with tabs, bars and spaces, in several row wordings."""

from __future__ import annotations

import pytest

from extractors.rule_table import table_rows
from extractors.rules import find_rules

_BODY = (
    "Số: 12/CV-SNV\nV/v quản lý đoàn ra\n"
    "Số lần đi nước ngoài, số thành viên đoàn và thời gian ở mỗi nước không được vượt quá mức quy định tại Phụ lục "
    "kèm theo Công văn này.\n"
)


def _read(text: str) -> list[tuple[str, float | None, str]]:
    return [(r.kind, r.value, r.scope) for r in find_rules(text)]


@pytest.mark.parametrize("cell", ["\t", " | ", " "])
def test_rows_of_a_limits_table_are_rules(cell: str) -> None:
    table = (
        "PHỤ LỤC\nMỨC GIỚI HẠN ĐỐI VỚI ĐOÀN RA\n"
        + cell.join(["STT", "Nội dung", "Giới hạn"])
        + "\n"
        + cell.join(["1", "Số chuyến đi nước ngoài mỗi năm của lãnh đạo chủ chốt", "03 chuyến"])
        + "\n"
        + cell.join(["2", "Số người trong một đoàn", "mười (10) người"])
        + "\n"
        + cell.join(["3", "Số ngày ở mỗi nước", "07 ngày"])
        + "\n"
        + cell.join(["4", "Số quốc gia trong một chuyến", "ba nước"])
        + "\n"
    )
    assert _read(_BODY + table) == [
        ("max_trips_per_year", 3, "key_leader"),
        ("max_delegation_size", 10, "all"),
        ("max_days_per_country", 7, "all"),
        ("max_countries_per_trip", 3, "all"),
    ]


def test_a_rule_sentence_is_its_row_as_written() -> None:
    text = (
        _BODY
        + "TT\tNội dung\tMức tối đa\tGhi chú\n"
        + "2\tSố thành viên của một đoàn công tác\ttám (08) người\tKể cả trưởng đoàn\n"
    )
    (rule,) = find_rules(text)
    assert rule.sentence == "2 Số thành viên của một đoàn công tác tám (08) người Kể cả trưởng đoàn"
    assert rule.span is not None and text[rule.span.start : rule.span.end].startswith("2\tSố thành viên")


def test_rows_without_a_limit_kind_and_tables_without_a_maximum_give_nothing() -> None:
    limits = "TT Nội dung Mức tối đa\n1 Kinh phí hội nghị 200 triệu đồng\n2 Số đoàn vào trong năm 04 đoàn\n"
    plain = "TT Nội dung Số lượng\n1 Số thành viên của đoàn 12 người\n"
    assert _read(limits) == []
    assert _read(plain) == []


def test_the_table_ends_at_the_first_line_that_is_no_row() -> None:
    text = (
        "TT | Nội dung | Mức tối đa\n1 | Số thành viên một đoàn | 05 người\n"
        "Nơi nhận:\n2 Số thành viên một đoàn 09 người\n"
    )
    assert [cells for _, _, cells in table_rows(text)] == ["Số thành viên một đoàn 05 người"]


def test_a_row_whose_number_a_scan_lost_is_still_a_row() -> None:
    table = (
        "TT | Nội dung | Mức tối đa | Ghi chú\n"
        "1 | Số thành viên của một đoàn | mười (10) người | Kể cả trưởng đoàn\n"
        "| Số ngày ở mỗi nước | bảy (07) ngày | Không kể ngày đi đường\n"
        "| Số nước trong một chuyến | ba (03) nước |\n"
    )
    assert _read(_BODY + table) == [
        ("max_delegation_size", 10, "all"),
        ("max_days_per_country", 7, "all"),
        ("max_countries_per_trip", 3, "all"),
    ]


@pytest.mark.parametrize(
    "content",
    [
        "Số lần đi công tác nước ngoài của mỗi lãnh đạo chủ chốt trong năm",
        "Số lần đi công tác nước ngoài trong năm của mỗi lãnh đạo chủ chốt",
        "Số lượt đi nước ngoài của lãnh đạo chủ chốt trong một năm",
    ],
)
def test_a_count_a_year_named_as_the_rows_subject(content: str) -> None:
    """Issue 13 (scenario 16): the year in the subject, "trong năm" without "một", before the row's value."""
    table = f"TT\tNội dung\tMức tối đa\tGhi chú\n1\t{content}\thai (02) lần\tTính theo năm dương lịch\n"
    assert _read(_BODY + table) == [("max_trips_per_year", 2, "key_leader")]


def test_a_note_with_its_own_bound_is_not_bounded_twice() -> None:
    table = (
        "TT\tNội dung\tMức tối đa\tGhi chú\n"
        "2\tSố thành viên của một đoàn\ttám (08) người\tKể cả trưởng đoàn; trường hợp đặc biệt không quá 10 người\n"
    )
    (rule,) = find_rules(_BODY + table)
    assert (rule.value, rule.exception, rule.exception_value) == (8, "trường hợp đặc biệt không quá 10 người", 10)
