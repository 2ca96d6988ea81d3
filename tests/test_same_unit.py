"""What one unit is for the two-key-leaders rule, as a dispatch lists it: the levels whose party and people's
committees it makes two units."""

from __future__ import annotations

from extractors.same_unit import find_unit_definition, separate_levels

DEFINITION = (
    "Điều 2. Giải thích từ ngữ\n"
    '1. "Cơ quan, đơn vị" là: Thường trực Thành ủy; Thường trực Ủy ban nhân dân thành phố (Chủ tịch và các Phó Chủ '
    "tịch); mỗi sở, ban, ngành thành phố; mỗi phường, xã.\n"
    "2. Lãnh đạo chủ chốt gồm: Bí thư, Phó Bí thư Thành ủy; Chủ tịch, Phó Chủ tịch UBND thành phố."
)


def test_unit_definition_lists_the_units_and_its_sentence() -> None:
    found = find_unit_definition(DEFINITION)
    assert found is not None
    units, sentence = found
    assert units == [
        "Thường trực Thành ủy",
        "Thường trực Ủy ban nhân dân thành phố (Chủ tịch và các Phó Chủ tịch)",
        "mỗi sở, ban, ngành thành phố",
        "mỗi phường, xã",
    ]
    assert sentence.startswith('"Cơ quan, đơn vị" là:') and sentence.endswith("mỗi phường, xã.")


def test_unit_definition_needs_a_list() -> None:
    """One unit named after "là" is no list of what a unit is."""
    assert find_unit_definition("Đơn vị là cơ quan chủ trì tổ chức đoàn.") is None
    assert find_unit_definition("Không cử hai lãnh đạo chủ chốt của cùng một cơ quan, đơn vị đi cùng một đoàn.") is None


def test_separate_levels_only_where_the_two_committees_are_two_items() -> None:
    assert separate_levels(["Thường trực Thành ủy", "Thường trực UBND thành phố", "mỗi xã, phường"]) == ["thành phố"]
    assert separate_levels(["Tỉnh ủy và UBND tỉnh", "mỗi sở"]) == []  # named together: one unit
    assert separate_levels(["Đảng ủy xã", "Ủy ban nhân dân xã", "Thường trực Tỉnh ủy"]) == ["xã"]
    assert separate_levels(["mỗi sở, ban, ngành", "mỗi bệnh viện"]) == []
