"""A dispatch that names its key leaders "cán bộ chủ chốt" (the key cadres) and defines them in the lettered points
of the next numbered item: the trips-a-year limit binds only them (sentences written for this test)."""

from __future__ import annotations

import pytest

from extractors.rules import find_rules
from extractors.scope import KEY_LEADER, classify, find_definitions

QUY_DINH = (
    "Điều 3. Số lần đi công tác nước ngoài\n"
    "1. Cán bộ chủ chốt đi công tác nước ngoài không quá hai (02) lần trong một năm.\n"
    "2. Cán bộ chủ chốt quy định tại khoản 1 Điều này gồm:\n"
    "a) Giám đốc sở; Hiệu trưởng Trường Cao đẳng Sơn Lâm;\n"
    "b) Chủ tịch Ủy ban nhân dân xã, phường.\n"
    "3. Các chức danh cấp phó, trưởng phòng, trưởng khoa không thuộc diện cán bộ chủ chốt theo Quy định này.\n"
    "Điều 4. Mỗi đoàn không quá mười (10) người.\n"
)


def test_key_cadres_are_a_defined_term() -> None:
    (definition,) = find_definitions(QUY_DINH)
    assert (definition.term, definition.scope) == ("Cán bộ chủ chốt", KEY_LEADER)
    assert "Giám đốc sở" in definition.includes and "Chủ tịch Ủy ban nhân dân xã, phường" in definition.includes
    assert {"trưởng phòng", "trưởng khoa"} <= set(definition.excludes)


def test_the_trips_limit_on_key_cadres_binds_only_them() -> None:
    trips = next(rule for rule in find_rules(QUY_DINH) if rule.kind == "max_trips_per_year")
    assert (trips.value, trips.scope) == (2, KEY_LEADER)
    assert trips.scope_definition is not None and trips.scope_definition.term == "Cán bộ chủ chốt"


@pytest.mark.parametrize(
    ("title", "member"),
    [
        ("Giám đốc Sở Xây dựng", True),
        ("Chủ tịch UBND xã Nà Hang", True),
        ("Trưởng phòng Kế hoạch, Sở Xây dựng", False),
        ("Phó Chủ tịch UBND tỉnh", False),
        ("Phó Giám đốc Sở Xây dựng", False),
        ("Trưởng khoa Nội, Bệnh viện Đa khoa tỉnh", False),
    ],
)
def test_only_the_listed_key_cadres_are_in(title: str, member: bool) -> None:
    trips = next(rule for rule in find_rules(QUY_DINH) if rule.kind == "max_trips_per_year")
    assert classify(title, trips.scope, trips.scope_definition).member is member
