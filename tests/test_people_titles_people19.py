"""Titles issue 12 left (people19): a village's head whose title folds onto a board's head, an elected body's
member and a representative named after the name, a foreign portfolio listed in lower case, an opposition's
deputy leader. Phrasings written for these tests."""

from __future__ import annotations

import pytest

from extractors.people import find_people
from extractors.titles import canonical


def people(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.title, p.unit) for p in find_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Lò Văn Pọm, Trưởng bản Na Sang, huyện Mường Chà đã đón đoàn.",
            ("Lò Văn Pọm", "Trưởng bản", "Na Sang"),
        ),
        (
            "Bà Vi Thị Lả, Phó Trưởng bản Huổi Lếch, cho biết bản đã sẵn sàng.",
            ("Vi Thị Lả", "Phó Trưởng bản", "Huổi Lếch"),
        ),
        (
            "Ông Hà Văn Toản, Trưởng Ban Dân vận Huyện ủy, chủ trì buổi gặp.",
            ("Hà Văn Toản", "Trưởng ban", "Ban Dân vận Huyện ủy"),
        ),
    ],
)
def test_a_village_head_is_no_board_head(text: str, expected: tuple[str, str, str]) -> None:
    assert people(text) == [expected]


def test_the_common_title_wins_a_read_without_marks() -> None:
    assert (canonical("TRUONG BAN"), canonical("Phó Trưởng bản"), canonical("PHÓ TRƯỞNG BAN")) == (
        "Trưởng ban",
        "Phó Trưởng bản",
        "Phó Trưởng ban",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đoàn do đồng chí Lê Thị Mận, Đại biểu Quốc hội, Phó Bí thư Tỉnh ủy dẫn đầu đã đến Lào.",
            ("Lê Thị Mận", "Đại biểu", "Quốc hội"),
        ),
        ("Ông Đỗ Văn Khiêm, đại biểu HĐND tỉnh, đã vắng kỳ họp.", ("Đỗ Văn Khiêm", "đại biểu", "HĐND tỉnh")),
        (
            "Tại hội thảo, bà Mariko Tanaka, đại diện Quỹ Sasakawa, giới thiệu dự án.",
            ("Mariko Tanaka", "đại diện", "Quỹ Sasakawa"),
        ),
    ],
)
def test_an_office_after_the_name(text: str, expected: tuple[str, str, str]) -> None:
    assert people(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Ông Đỗ Văn Khiêm, Đại biểu tham dự hội nghị, phát biểu.",
        "Ông Đỗ Văn Khiêm, đại diện cho các hộ dân, phát biểu.",
    ],
)
def test_a_delegate_or_a_spokesman_is_no_office(text: str) -> None:
    assert people(text) == [("Đỗ Văn Khiêm", None, None)]


def test_a_portfolio_listed_in_lower_case_and_an_opposition_deputy() -> None:
    text = (
        "Đoàn đã gặp Phó Lãnh đạo đối lập Emma Clarke; Bộ trưởng Nông nghiệp, thủy sản, lâm nghiệp và an ninh "
        "lương thực David Brown."
    )
    assert people(text) == [
        ("Emma Clarke", "Phó Lãnh đạo đối lập", None),
        ("David Brown", "Bộ trưởng", "Nông nghiệp, thủy sản, lâm nghiệp và an ninh lương thực"),
    ]
