"""A ministry's directive that names its group "Thủ trưởng" and lists who that is ("Thủ trưởng các cơ quan, đơn vị
nêu tại Chỉ thị này gồm: a) …; b) …. Cấp phó … không thuộc diện này, trừ trường hợp cấp phó được giao phụ trách …"):
a definition like "lãnh đạo chủ chốt … gồm", so its deputy in charge is a head, a Thứ trưởng and the head of a unit
under a Cục are not; and its "Không cử Thủ trưởng và Bí thư Đảng ủy của cùng một cơ quan … cùng đi" is the
two-key-leaders rule (sentences written for these tests)."""

from __future__ import annotations

import pytest

from extractors.rules import find_rules, rules_in_clause
from extractors.scope import KEY_LEADER, classify, find_definitions
from schemas.rules import RuleKind

DIRECTIVE = (
    "3. Thủ trưởng các cơ quan, đơn vị thuộc Bộ đi công tác nước ngoài không quá hai lần trong một năm.\n"
    "4. Không cử Thủ trưởng và Bí thư Đảng ủy của cùng một cơ quan, đơn vị cùng đi trong một đoàn công tác.\n"
    "7. Thủ trưởng các cơ quan, đơn vị thuộc Bộ nêu tại Chỉ thị này gồm:\n"
    "a) Vụ trưởng các Vụ, Chánh Thanh tra Bộ;\n"
    "b) Cục trưởng các Cục;\n"
    "c) Giám đốc các bệnh viện thuộc Bộ;\n"
    "d) Bí thư Đảng ủy các cơ quan, đơn vị thuộc Bộ.\n"
    "Cấp phó của Thủ trưởng không thuộc diện này, trừ trường hợp cấp phó được giao phụ trách cơ quan, đơn vị. "
    "Trưởng phòng cũng không thuộc diện này. Lãnh đạo Bộ đi công tác nước ngoài thực hiện theo quy định của "
    "Trung ương.\n"
    "8. Vụ Hợp tác quốc tế theo dõi việc thực hiện Chỉ thị này.\n"
)


def test_the_heads_listed_after_thu_truong_gom_are_a_definition() -> None:
    (definition,) = find_definitions(DIRECTIVE)
    assert definition.term == "Thủ trưởng"
    assert definition.scope == KEY_LEADER
    assert "Cục trưởng các Cục" in definition.includes
    assert "cấp phó được giao phụ trách cơ quan" in definition.includes
    assert "Lãnh đạo Bộ" in definition.excludes


@pytest.mark.parametrize(
    ("title", "unit", "member"),
    [
        ("Phó Cục trưởng phụ trách", "Cục Hàng hải Việt Nam", True),  # the deputy in charge stands for the head
        ("Phó Cục trưởng", "Cục Hàng hải Việt Nam", False),
        ("Cục trưởng", "Cục Hàng không Việt Nam", True),
        ("Giám đốc Cảng vụ Hàng không miền Nam", "Cục Hàng không Việt Nam", False),  # not a hospital's Giám đốc
        ("Thứ trưởng Bộ Xây dựng", None, False),  # Lãnh đạo Bộ: the Centre's rules
        ("Trưởng phòng Pháp chế", "Cục Hàng hải Việt Nam", False),
        ("Giám đốc Bệnh viện Giao thông vận tải", None, True),
    ],
)
def test_members_are_judged_by_the_directives_list(title: str, unit: str | None, member: bool) -> None:
    (definition,) = find_definitions(DIRECTIVE)
    assert classify(title, KEY_LEADER, definition, unit=unit).member is member


def test_the_trips_rule_takes_the_thu_truong_definition() -> None:
    (trips,) = [r for r in find_rules(DIRECTIVE) if r.kind == RuleKind.MAX_TRIPS_PER_YEAR]
    assert trips.scope == KEY_LEADER
    assert trips.scope_definition is not None and trips.scope_definition.term == "Thủ trưởng"


def test_thu_truong_la_says_what_a_head_does_not_who_is_one() -> None:
    text = "Thủ trưởng cơ quan là người chịu trách nhiệm cử cán bộ, công chức đi công tác nước ngoài."
    assert find_definitions(text) == []


def test_the_head_and_the_party_secretary_of_one_unit_are_the_two_key_leaders_rule() -> None:
    sentence = "Không cử Thủ trưởng và Bí thư Đảng ủy của cùng một cơ quan, đơn vị cùng đi trong một đoàn công tác."
    assert [r.kind for r in rules_in_clause(sentence)] == [RuleKind.NO_TWO_KEY_LEADERS_SAME_UNIT]
