"""Regressions for the classes behind the twenty-sixth blind scenario's misses, on sentences of our own.

Why: a ministry's party rule (2026) defined its key leaders as "người đứng đầu và bí thư cấp ủy (…) của các vụ,
cục, …; người đứng đầu và bí thư đảng ủy của các trường, viện …": the bare "người đứng đầu" matched no title, so no
Cục trưởng, Vụ trưởng or Hiệu trưởng was a key leader. Its deputies in charge of a unit without a head were put
back in by a clause of their own ("…; trường hợp cấp phó được giao phụ trách … thì được xác định là lãnh đạo chủ
chốt"), after the exclusion rather than as its exception, and were read as plain deputies.
"""

from __future__ import annotations

import pytest

from extractors.scope import KEY_LEADER, classify, find_definitions

UNITS = (
    "Lãnh đạo chủ chốt theo Quy định này gồm: Tổng cục trưởng; người đứng đầu và bí thư cấp ủy (đảng ủy, chi bộ) "
    "của các vụ, cục; người đứng đầu và bí thư đảng ủy của các trường, viện trực thuộc. Các đồng chí Phó Tổng cục "
    "trưởng và cấp phó của người đứng đầu các cơ quan, đơn vị không thuộc diện lãnh đạo chủ chốt; trường hợp cấp "
    "phó được giao phụ trách cơ quan, đơn vị trong thời gian chưa bổ nhiệm người đứng đầu thì được xác định là lãnh "
    "đạo chủ chốt.\n"
)


@pytest.mark.parametrize(
    ("title", "member"),
    [
        ("Cục trưởng Cục Quản lý thị trường", True),
        ("Vụ trưởng Vụ Pháp chế", True),
        ("Hiệu trưởng Trường Cao đẳng Kỹ thuật", True),
        ("Viện trưởng Viện Nghiên cứu Cơ khí", True),
        ("Phó Cục trưởng phụ trách Cục Quản lý thị trường", True),
        ("Phó Cục trưởng Cục Quản lý thị trường", False),
        ("Phó Tổng cục trưởng", False),
        ("Trưởng phòng Tổng hợp", False),
        ("Chuyên viên", False),
    ],
)
def test_scope_bare_head_of_listed_units_and_deputy_in_charge(title: str, member: bool) -> None:
    (definition,) = find_definitions(UNITS)
    assert definition.scope == KEY_LEADER
    assert classify(title, KEY_LEADER, definition).member is member, title
