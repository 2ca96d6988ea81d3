"""People, session 27 (texts27, blind48 as development): heads of a "bộ phận" or a "bộ môn"; a headline about a
leader attending a summit run into the lead that names the host. Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractors.people import find_people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the small letters after a head of a unit's kind name that unit, no field of the office
        (
            "Dẫn đầu đoàn là ông Hà Minh Quân – Trưởng bộ phận kỹ thuật của công ty.",
            ("Trưởng bộ phận", "kỹ thuật của công ty"),
        ),
        ("Tiếp đoàn có ThS. Lê Thị Mai – Phó trưởng Bộ môn Hóa và các giảng viên.", ("Phó trưởng Bộ môn", "Hóa")),
        # an adviser's field stays the title's
        ("Dẫn đầu đoàn là ông Nguyễn Văn An – Cố vấn đối ngoại của Thủ tướng.", ("Cố vấn đối ngoại", None)),
    ],
)
def test_heads_of_a_units_kind(text: str, expected: tuple[str, str | None]) -> None:
    assert [(p.title, p.unit) for p in find_people(text)] == [expected]


def test_an_office_that_attends_an_event_is_not_the_hosts() -> None:
    text = "Thủ tướng dự Hội nghị cấp cao ASEAN (TTXVN) - Thủ tướng Thái Lan Srettha Thavisin chủ trì lễ đón."
    assert [(p.name, p.title, p.unit) for p in find_people(text)] == [("Srettha Thavisin", "Thủ tướng", "Thái Lan")]
    # "dự" in a rank is no verb
    text = "Ủy viên dự khuyết Trung ương Đảng Nguyễn Văn Bình phát biểu."
    assert [(p.name, p.title) for p in find_people(text)] == [("Nguyễn Văn Bình", "Ủy viên")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office, its unit in names, then the holder's honorific with no comma
        ("Tại buổi tiếp, Chủ tịch UBND tỉnh Bạc Liêu ông Trần Văn Khoa phát biểu.", ("Chủ tịch", "UBND tỉnh Bạc Liêu")),
        (
            "Tổng Lãnh sự Malaysia tại TP Hồ Chí Minh ngài Tan Boon Keat đến chào.",
            ("Tổng Lãnh sự", "Malaysia tại TP Hồ Chí Minh"),
        ),
        # a membership inside the chain is skipped: the office before it is the first
        (
            "Buổi tiếp có Chủ tịch HĐND, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy Bạc Liêu ông Trần Văn Khoa.",
            ("Chủ tịch", "HĐND"),
        ),
        (
            "Buổi tiếp có Chủ tịch HĐND, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy Bạc Liêu, ông Trần Văn Khoa.",
            ("Chủ tịch", "HĐND"),
        ),
    ],
)
def test_an_office_before_its_holders_honorific_with_no_comma(text: str, expected: tuple[str, str | None]) -> None:
    assert [(p.title, p.unit) for p in find_people(text)] == [expected]


def test_a_clause_between_office_and_honorific_gives_no_title() -> None:
    # "và" and a lower-case verb are no unit's words: the office is someone else's
    text = "Ông Lê Văn Bình, Viện trưởng và bà Trần Thị Mai cùng dự."
    assert [(p.name, p.title) for p in find_people(text)] == [("Lê Văn Bình", "Viện trưởng"), ("Trần Thị Mai", None)]
