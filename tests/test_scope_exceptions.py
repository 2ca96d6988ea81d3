"""An exclusion's exception is a role put back in, never one more exclusion: "Cấp phó … không thuộc diện này, trừ cấp
phó là Bí thư Đảng ủy đơn vị" leaves the deputy who is party secretary in (issue 13, blind scenario 44, whose "gồm hai
nhóm" scope stored it as excluded). The sentences are the scenario dispatches' own wording (samples/scenario_blind*)."""

from __future__ import annotations

import pytest

from extractors.rules import find_rules
from extractors.scope import LISTED, classify, find_definitions
from schemas.document import ScopeDefinition

_TWO_GROUPS = (  # samples/scenario_blind44/texts/00-1-qd-145-bnv.txt, Điều 3 and 5
    "Điều 3. Lãnh đạo chủ chốt\n"
    "1. Lãnh đạo chủ chốt của các đơn vị thuộc Bộ theo Quy định này gồm hai nhóm:\n"
    "a) Nhóm a: Chánh Văn phòng Bộ; Vụ trưởng; Cục trưởng; Bí thư Đảng ủy các đơn vị thuộc Bộ;\n"
    "b) Nhóm b: Giám đốc Học viện Hành chính và Quản trị công; Hiệu trưởng Trường Đại học Lao động - Xã hội.\n"
    "2. Cấp phó của người đứng đầu đơn vị không thuộc diện này, trừ cấp phó là Bí thư Đảng ủy đơn vị (thuộc nhóm a). "
    "Phó Bí thư Đảng ủy không phải là lãnh đạo chủ chốt.\n"
    "3. Người đứng đầu các đơn vị thuộc Cục, thuộc Vụ (trung tâm, phòng và tương đương) không thuộc diện này.\n\n"
    "Điều 5. Số lần đi công tác nước ngoài\n"
    "1. Lãnh đạo chủ chốt nhóm a: mỗi người được cử đi không vượt quá hai (02) lần trong một năm.\n"
)


def _group_a() -> ScopeDefinition:
    [rule] = [r for r in find_rules(_TWO_GROUPS) if r.kind == "max_trips_per_year"]
    assert rule.scope == LISTED and rule.scope_definition is not None
    return rule.scope_definition


def test_the_exception_of_a_numbered_groups_exclusion_is_not_excluded() -> None:
    """Each clause after the groups' list is read to its own full stop: the deputies, the Phó Bí thư and the heads of
    a Cục's or Vụ's units are out; "trừ cấp phó là Bí thư Đảng ủy đơn vị" and the next clause's words are not."""
    assert _group_a().excludes == [
        "Cấp phó của người đứng đầu đơn vị",
        "Phó Bí thư Đảng ủy",
        "Người đứng đầu các đơn vị thuộc Cục, thuộc Vụ",
    ]


@pytest.mark.parametrize(
    ("title", "unit", "member"),
    [
        ("Phó Cục trưởng, Bí thư Đảng ủy Cục", "Cục Việc làm", True),
        ("Phó Giám đốc, Bí thư Đảng ủy Học viện", "Học viện Hành chính và Quản trị công", True),
        ("Cục trưởng", "Cục Quản lý lao động ngoài nước", True),
        ("Phó Cục trưởng", "Cục Việc làm", False),
        ("Phó Bí thư Đảng ủy", "Cục Việc làm", False),
        ("Giám đốc", "Trung tâm Lao động ngoài nước", False),
    ],
)
def test_a_deputy_who_is_party_secretary_stays_in_group_a(title: str, unit: str, member: bool) -> None:
    assert classify(title, LISTED, _group_a(), unit=unit).member is member


@pytest.mark.parametrize(
    ("text", "back_in", "out"),
    [
        (  # scenario 6's Công văn: "ngoại trừ … kiêm …"
            "Lãnh đạo chủ chốt nêu tại Công văn này là người đứng đầu các sở, ban, ngành cấp tỉnh (Giám đốc sở, Thủ "
            "trưởng cơ quan chuyên môn thuộc UBND tỉnh); Bí thư Đảng ủy, Chủ tịch UBND các xã, phường. Cấp phó của "
            "người đứng đầu không thuộc phạm vi này, ngoại trừ cấp phó kiêm Bí thư Đảng ủy cơ quan.",
            "Bí thư Đảng ủy cơ quan",
            ["Cấp phó của người đứng đầu"],
        ),
        (  # scenario 4's Công văn: "… không được tính là lãnh đạo chủ chốt, ngoại trừ … kiêm nhiệm chức vụ …"
            "Lãnh đạo chủ chốt theo Công văn này là người đứng đầu cấp ủy và người đứng đầu cơ quan, đơn vị, địa "
            "phương, gồm: Giám đốc sở, thủ trưởng cơ quan tương đương sở; cấp phó của người đứng đầu không được tính "
            "là lãnh đạo chủ chốt, ngoại trừ cấp phó đang kiêm nhiệm chức vụ Bí thư Đảng ủy cơ quan.",
            "Bí thư Đảng ủy cơ quan",
            ["cấp phó của người đứng đầu"],
        ),
        (  # scenario 17's Công văn: "trừ khi đồng thời là …" (the role is listed already)
            "Lãnh đạo chủ chốt theo Công văn này là Giám đốc bệnh viện (Viện trưởng viện) và Bí thư Đảng ủy đơn vị; "
            "Phó Giám đốc (Phó Viện trưởng) không thuộc diện này trừ khi đồng thời là Bí thư Đảng ủy đơn vị. Phó Bí "
            "thư Đảng ủy không phải là lãnh đạo chủ chốt.",
            "Bí thư Đảng ủy đơn vị",
            ["Phó Giám đốc", "Phó Viện trưởng", "Phó Bí thư Đảng ủy"],
        ),
        (  # "không kể …" after the exclusion says the same
            "Lãnh đạo chủ chốt theo Công văn này là Giám đốc sở và Bí thư Đảng ủy sở. Cấp phó của người đứng đầu không "
            "thuộc diện này, không kể cấp phó là Bí thư Đảng ủy cơ quan.",
            "Bí thư Đảng ủy cơ quan",
            ["Cấp phó của người đứng đầu"],
        ),
    ],
)
def test_an_exclusions_exception_puts_its_role_back_in(text: str, back_in: str, out: list[str]) -> None:
    [definition] = find_definitions(text)
    assert definition.excludes == out
    assert back_in in definition.includes


def test_an_exception_naming_no_post_and_a_trừ_of_its_own() -> None:
    """A circumstance after the exclusion ("trừ trường hợp đặc biệt …") puts no one in nor out; a "trừ" with no
    exclusion before it is one ("…, trừ Phó Giám đốc sở")."""
    [circumstance] = find_definitions(
        "Lãnh đạo chủ chốt theo Công văn này là Giám đốc sở và Bí thư Đảng ủy sở. Cấp phó của người đứng đầu không "
        "thuộc diện này, trừ trường hợp đặc biệt do Chủ tịch UBND tỉnh quyết định."
    )
    [own] = find_definitions("Cán bộ chủ chốt theo Quy định này là Giám đốc sở, Bí thư Đảng ủy sở, trừ Phó Giám đốc.")
    assert circumstance.excludes == ["Cấp phó của người đứng đầu"]
    assert circumstance.includes == ["Giám đốc sở", "Bí thư Đảng ủy sở"]
    assert own.excludes == ["Phó Giám đốc"]


_SON_LA = (  # samples/scenario_blind5/texts/00-ct-01-UBND.txt
    "Lãnh đạo chủ chốt quy định tại Chỉ thị này gồm: Giám đốc sở, Thủ trưởng cơ quan chuyên môn thuộc UBND tỉnh; "
    "Bí thư Đảng ủy xã, phường và Chủ tịch UBND xã, phường. Cấp phó của người đứng đầu không thuộc đối tượng nêu "
    "trên, trừ trường hợp cấp phó đồng thời là Bí thư Đảng ủy cơ quan."
)


@pytest.mark.parametrize("cut", range(1, len(_SON_LA.split(" "))))
def test_an_exceptions_role_stays_in_wherever_a_scan_breaks_the_line(cut: int) -> None:
    """A scan of scenario 5's dispatch wraps the post of the exception ("… đồng thời là Bí\\nthư Đảng ủy cơ quan"): the
    deputy who is party secretary stays in at every line break, the deputies stay out."""
    words = _SON_LA.split(" ")
    [definition] = find_definitions(" ".join(words[:cut]) + "\n" + " ".join(words[cut:]))
    assert any(" ".join(role.split()) == "Bí thư Đảng ủy cơ quan" for role in definition.includes), definition.includes
    assert any("Cấp phó của người đứng đầu" in " ".join(role.split()) for role in definition.excludes)
