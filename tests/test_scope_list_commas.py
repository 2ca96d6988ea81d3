"""A comma inside one item of a definition's list: between titles ("Vụ trưởng các Vụ, Chánh Thanh tra Bộ") it
starts another member, but after a title of a class of units a part naming no role is another kind of the same
units ("Tổng biên tập các báo, tạp chí thuộc Bộ": the editor-in-chief of a journal is in; sentences written for
these tests)."""

from __future__ import annotations

import pytest

from extractors.scope import classify, find_definitions

DEFINITION = (
    "6. Thủ trưởng các cơ quan, đơn vị thuộc Bộ nêu tại Chỉ thị này gồm:\n"
    "a) Vụ trưởng các Vụ, Chánh Thanh tra Bộ;\n"
    "b) Hiệu trưởng các trường đại học, cao đẳng thuộc Bộ;\n"
    "c) Tổng biên tập các báo, tạp chí thuộc Bộ;\n"
    "d) Bí thư Đảng ủy các cơ quan, đơn vị thuộc Bộ.\n"
    "Cấp phó của Thủ trưởng không thuộc diện này.\n"
)


def test_a_part_naming_no_role_after_a_class_of_units_joins_its_title() -> None:
    (definition,) = find_definitions(DEFINITION)
    assert "Tổng biên tập các báo, tạp chí thuộc Bộ" in definition.includes
    assert "Hiệu trưởng các trường đại học, cao đẳng thuộc Bộ" in definition.includes
    assert {"Vụ trưởng các Vụ", "Chánh Thanh tra Bộ"} <= set(definition.includes)  # titles still apart


@pytest.mark.parametrize(
    ("title", "unit", "member"),
    [
        ("Tổng biên tập", "Tạp chí Xây dựng", True),
        ("Tổng biên tập Tạp chí Kiến trúc", None, True),
        ("Tổng biên tập", "Báo Xây dựng", True),
        ("Hiệu trưởng", "Trường Cao đẳng Xây dựng số 2", True),  # "các trường đại học, cao đẳng": trường cao đẳng
        ("Hiệu trưởng", "Trường Đại học Kiến trúc", True),
        ("Phó Tổng biên tập", "Tạp chí Xây dựng", False),
        ("Trưởng ban", "Tạp chí Xây dựng", False),
        ("Chánh Thanh tra Bộ", None, True),
    ],
)
def test_each_kind_of_unit_an_item_lists_is_its_heads(title: str, unit: str | None, member: bool) -> None:
    (definition,) = find_definitions(DEFINITION)
    assert classify(title, definition.scope, definition, unit=unit).member is member
