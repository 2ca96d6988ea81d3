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


# points of one item in "(i) … (iv)" form, a "trừ …" that narrows one of them, a party secretary who is a deputy
# "kể cả" in, and an exclusion list whose bracket holds one of its own (sentences written for this test)
TIET = (
    "a) Cán bộ chủ chốt đi công tác nước ngoài không quá hai (02) lần/năm.\n"
    "Cán bộ chủ chốt nêu tại điểm này gồm: (i) Vụ trưởng, Cục trưởng; (ii) Hiệu trưởng, Viện trưởng các đơn vị sự "
    "nghiệp trực thuộc Bộ, trừ các trường trung học phổ thông trực thuộc Bộ; (iii) Chủ tịch Hội đồng thành viên, "
    "Tổng Giám đốc doanh nghiệp do Bộ làm đại diện chủ sở hữu; (iv) Bí thư đảng ủy của các đơn vị nêu tại tiết (ii) "
    "và tiết (iii), kể cả trường hợp bí thư đảng ủy đồng thời là cấp phó của người đứng đầu đơn vị.\n"
    "Không thuộc diện cán bộ chủ chốt theo điểm này: cấp phó của người đứng đầu các đơn vị (trừ trường hợp nêu tại "
    "tiết (iv)); phó bí thư đảng ủy; trưởng khoa, trưởng phòng; hiệu trưởng các trường trung học phổ thông.\n"
)


def test_points_after_a_narrowed_point_are_still_listed() -> None:
    (definition,) = find_definitions(TIET)
    assert {"Vụ trưởng", "Hiệu trưởng", "Bí thư đảng ủy"} <= set(definition.includes)
    assert any(item.startswith("Chủ tịch Hội đồng thành viên") for item in definition.includes)
    assert not any("trường hợp" in item or "phổ thông" in item for item in definition.includes)
    assert {"phó bí thư đảng ủy", "trưởng khoa", "hiệu trưởng các trường trung học phổ thông"} <= set(
        definition.excludes
    )
    assert not any("trường hợp" in item for item in definition.excludes)


@pytest.mark.parametrize(
    ("title", "unit", "member"),
    [
        ("Phó Hiệu trưởng, Bí thư Đảng ủy", "Trường Đại học Sơn Lâm", True),
        ("Bí thư Đảng ủy, Phó Viện trưởng", "Viện Nghiên cứu Sơn Lâm", True),
        ("Phó Bí thư Đảng ủy, Hiệu trưởng", "Trường Đại học Sơn Lâm", True),
        ("Phó Hiệu trưởng", "Trường Đại học Sơn Lâm", False),
        ("Phó Bí thư Đảng ủy", "Trường Đại học Sơn Lâm", False),
        ("Hiệu trưởng", "Trường Trung học phổ thông Sơn Lâm", False),
        ("Trưởng khoa Toán", "Trường Đại học Sơn Lâm", False),
        ("Tổng Giám đốc", "Nhà xuất bản Sơn Lâm", True),
        ("Tổng Giám đốc", "Công ty TNHH một thành viên In Sơn Lâm", True),
        ("Tổng Giám đốc", "Công ty cổ phần In Sơn Lâm", None),
        ("Phó Tổng Giám đốc", "Nhà xuất bản Sơn Lâm", False),
        ("Giám đốc", "Nhà xuất bản Sơn Lâm", False),
    ],
)
def test_a_party_secretary_who_is_a_deputy_is_a_key_cadre(title: str, unit: str, member: bool | None) -> None:
    """… and the Tổng Giám đốc of the Bộ's own enterprise, whatever its name, but not of a joint-stock company."""
    trips = next(rule for rule in find_rules(TIET) if rule.kind == "max_trips_per_year")
    assert classify(title, trips.scope, trips.scope_definition, unit=unit).member is member


def test_a_case_takes_its_units_with_it() -> None:
    (definition,) = find_definitions(
        "Cán bộ chủ chốt gồm: Giám đốc sở; Bí thư đảng ủy các sở, kể cả khi bí thư là cấp phó của người đứng đầu "
        "cơ quan, đơn vị; Chủ tịch Ủy ban nhân dân xã, phường."
    )
    assert definition.includes == ["Giám đốc sở", "Bí thư đảng ủy các sở", "Chủ tịch Ủy ban nhân dân xã, phường"]
