"""A ministry's Quy chế defining its heads under a short name (issue 13, blind scenario 42): "Người đứng đầu đơn vị
thuộc Bộ (sau đây gọi chung là người đứng đầu) gồm: …; c) Giám đốc nhà hát, bảo tàng, trung tâm thuộc Bộ hoặc thuộc
Cục; …", its deputies out "kể cả Phó Cục trưởng điều hành", the Bộ trưởng and Thứ trưởng outside its scope; and the
limits on "mỗi người đứng đầu", in the Quy chế and restated by a Công văn. The three traps it missed (a Thứ trưởng's,
a Phó Cục trưởng điều hành's and a plain Phó Cục trưởng's third trips) on texts of our own."""

from __future__ import annotations

import pytest

from extractors.rules import find_rules
from extractors.scope import KEY_LEADER, classify, find_definitions
from schemas.rules import RuleKind

DEFINITION = (
    "Điều 3. Giải thích từ ngữ\n"
    "1. Đoàn ra là đoàn gồm một hoặc nhiều người được cử đi công tác nước ngoài theo một quyết định.\n"
    "2. Người đứng đầu đơn vị thuộc Bộ (sau đây gọi chung là người đứng đầu) gồm:\n"
    "a) Chánh Văn phòng Bộ, Vụ trưởng, Chánh Thanh tra Bộ;\n"
    "b) Cục trưởng;\n"
    "c) Giám đốc nhà hát, bảo tàng, trung tâm thuộc Bộ hoặc thuộc Cục;\n"
    "d) Hiệu trưởng các trường đại học, cao đẳng thuộc Bộ;\n"
    "đ) Bí thư Đảng ủy của đơn vị có tổ chức đảng ủy.\n"
    "3. Cấp phó của người đứng đầu, kể cả Phó Cục trưởng điều hành, không thuộc diện này; cấp phó đồng thời là Bí thư "
    "Đảng ủy của đơn vị được tính như người đứng đầu.\n"
    "4. Việc đi công tác nước ngoài của Bộ trưởng, các Thứ trưởng thực hiện theo quy định của Bộ Chính trị và Ban Bí "
    "thư, không thuộc phạm vi điều chỉnh của Quy chế này.\n"
)
LIMIT = (
    "Điều 4. Số lần đi công tác\n"
    "Mỗi người đứng đầu quy định tại khoản 2 Điều 3 Quy chế này được đi công tác nước ngoài không quá hai (02) lần "
    "trong một năm, tính theo ngày xuất cảnh; không tính chuyến tháp tùng Lãnh đạo Đảng, Nhà nước.\n"
)
RESTATED = (
    "1. Bảo đảm mỗi người đứng đầu đơn vị không quá 02 lần/năm; mỗi đoàn không quá 12 thành viên (không tính diễn "
    "viên, nhạc công, vận động viên, huấn luyện viên); mỗi chuyến không quá 03 nước.\n"
)


def test_the_heads_are_defined_under_their_short_name() -> None:
    (heads,) = find_definitions(DEFINITION)
    assert heads.scope == KEY_LEADER and heads.term == "Người đứng đầu"
    assert "Giám đốc nhà hát, bảo tàng, trung tâm thuộc Bộ" in heads.includes
    assert heads.excludes == [
        "Cấp phó của người đứng đầu, kể cả Phó Cục trưởng điều hành",
        "Bộ trưởng",
        "các Thứ trưởng",
    ]


@pytest.mark.parametrize(
    ("title", "unit", "member"),
    [
        ("Thứ trưởng", "Bộ Văn hóa, Thể thao và Du lịch", False),
        ("Phó Cục trưởng điều hành", "Cục Di sản văn hóa", False),
        ("Phó Cục trưởng", "Cục Du lịch Quốc gia Việt Nam", False),
        ("Phó Cục trưởng, Bí thư Đảng ủy", "Cục Du lịch Quốc gia Việt Nam", True),
        ("Phó Giám đốc, Bí thư Đảng ủy", "Nhà hát Chèo Việt Nam", True),
        ("Giám đốc", "Bảo tàng Lịch sử quốc gia", True),  # "Giám đốc nhà hát, bảo tàng, trung tâm"
        ("Giám đốc", "Trung tâm Huấn luyện thể thao quốc gia Hà Nội", True),
        ("Trưởng phòng Nghệ thuật", "Nhà hát Chèo Việt Nam", False),
        ("Hiệu trưởng", "Trường Đại học Văn hóa Hà Nội", True),
        ("Chánh Văn phòng", "Bộ", True),
    ],
)
def test_a_member_is_a_head_as_the_regulation_defines(title: str, unit: str, member: bool) -> None:
    (heads,) = find_definitions(DEFINITION)
    assert classify(title, KEY_LEADER, heads, unit=unit).member is member


def test_each_head_s_limit_binds_the_defined_heads_with_its_exception() -> None:
    trips = next(r for r in find_rules(DEFINITION + LIMIT) if r.kind == RuleKind.MAX_TRIPS_PER_YEAR)
    assert (trips.scope, trips.applies_to) == (KEY_LEADER, "người đứng đầu quy định tại khoản 2 Điều 3 Quy chế này")
    assert trips.scope_definition is not None and trips.scope_definition.term == "Người đứng đầu"
    assert trips.exception == "không tính chuyến tháp tùng Lãnh đạo Đảng, Nhà nước"


def test_a_restated_limit_binds_the_heads_and_takes_no_exception_from_the_size_after_it() -> None:
    """The Công văn's heads are the Quy chế's (`GROUP_SOURCES`: it defines none of its own); the size's "không tính
    diễn viên …" is the size's posts, not trips the limit leaves out."""
    rules = {r.kind: r for r in find_rules(RESTATED)}
    trips = rules[RuleKind.MAX_TRIPS_PER_YEAR]
    assert (trips.scope, trips.applies_to, trips.exception) == (KEY_LEADER, "người đứng đầu đơn vị", None)
    assert rules[RuleKind.MAX_DELEGATION_SIZE].not_counted == [
        "diễn viên",
        "nhạc công",
        "vận động viên",
        "huấn luyện viên",
    ]
