"""Who is a key leader under a Quy chế that lists the heads in and, in the next item, who is out with bracketed
examples (scenario 50 dev: a provincial hospital's director and a central university's rector counted for a third
trip; a People's Council committee's head taken for an agency's). Sentences written for this test."""

from __future__ import annotations

import pytest

from extractors.scope import classify, find_definitions

DEFINITION = (
    "Điều 2. Lãnh đạo chủ chốt\n"
    "1. Lãnh đạo chủ chốt của cơ quan, đơn vị, địa phương trong Quy chế này gồm: Giám đốc sở, Thủ trưởng cơ quan "
    "tương đương sở; Bí thư Đảng ủy xã, phường và Chủ tịch Ủy ban nhân dân xã, phường.\n"
    "2. Cấp phó của người đứng đầu (kể cả cấp phó được giao phụ trách), thủ trưởng các đơn vị trực thuộc sở (bệnh "
    "viện, trung tâm), Phó Chủ tịch Ủy ban nhân dân xã, phường, người đứng đầu cơ quan Trung ương đóng trên địa bàn "
    "tỉnh (Trường Đại học Sơn Lâm) và lãnh đạo UBND tỉnh không thuộc diện này.\n"
)


def test_the_next_items_exclusions_are_read_over_brackets_and_a_levels_comma() -> None:
    (definition,) = find_definitions(DEFINITION)
    assert "thủ trưởng các đơn vị trực thuộc sở (bệnh viện, trung tâm)" in definition.excludes
    assert "người đứng đầu cơ quan Trung ương đóng trên địa bàn tỉnh (Trường Đại học Sơn Lâm)" in definition.excludes
    assert "Phó Chủ tịch Ủy ban nhân dân xã, phường" in definition.excludes


@pytest.mark.parametrize(
    ("title", "unit", "member"),
    [
        ("Giám đốc", "Bệnh viện Hữu nghị đa khoa Sơn Lâm", False),  # a unit under a sở: out
        ("Hiệu trưởng", "Trường Đại học Sơn Lâm", False),  # the central body named in brackets: out
        ("Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh", None, False),  # a council's committee: no agency
        ("Giám đốc Sở Nội vụ", None, True),
        ("Chủ tịch UBND xã", "Xã Quỳnh Sơn", True),
    ],
)
def test_who_the_definition_puts_in_and_out(title: str, unit: str | None, member: bool) -> None:
    (definition,) = find_definitions(DEFINITION)
    assert classify(title, definition.scope, definition, unit=unit).member is member
