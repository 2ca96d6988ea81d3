"""A rule document stating its trips-a-year limits as a table by group ("Nhóm | Số lần tối đa trong một năm", then
"Nhóm A | 01 (một) lần"), its groups as lettered points each closed by a full stop ("… gồm hai nhóm:\na) Nhóm A:
…;….\nb) Nhóm B: …."), and its report deadline as the working day it falls on ("chậm nhất vào ngày làm việc thứ bảy
(07) sau ngày về nước"): each limit binds its row's group, the key leaders are both groups' posts, the deadline is
seven working days (issue 13, scenario 49's form; the texts are the tests' own)."""

from __future__ import annotations

import pytest

from extractors.rule_table import table_rows
from extractors.rules import find_rules, quantities
from extractors.scope import LISTED, find_definitions

_GROUPS = (
    "Điều 2. Cán bộ lãnh đạo chủ chốt\n"
    "1. Cán bộ lãnh đạo chủ chốt trong Quy định này gồm hai nhóm:\n"
    "a) Nhóm A: Bí thư Tỉnh ủy; Chủ tịch Ủy ban nhân dân tỉnh.\n"
    "b) Nhóm B: Giám đốc sở; Chủ tịch Hội đồng thành viên và Tổng giám đốc doanh nghiệp nhà nước do tỉnh làm chủ sở "
    "hữu; Chủ tịch Ủy ban nhân dân xã, phường.\n"
    "2. Các Phó Chủ tịch Ủy ban nhân dân tỉnh, cấp phó của người đứng đầu không thuộc diện này.\n"
)
_TABLE = (
    "Điều 3. Số lần đi công tác nước ngoài trong năm\n"
    "1. Cán bộ lãnh đạo chủ chốt đi công tác nước ngoài không quá số lần sau đây trong một năm:\n\n"
    "Nhóm{cell}Số lần tối đa trong một năm\n"
    "Nhóm A{cell}01 (một) lần\n"
    "Nhóm B{cell}hai lần\n\n"
    "2. Chuyến đi theo lời mời của tỉnh kết nghĩa vẫn được tính.\n"
    "Điều 4. Thành phần đoàn\n"
    "Không bố trí hai cán bộ lãnh đạo chủ chốt của cùng một cơ quan, đơn vị trong cùng một đoàn.\n"
)


@pytest.mark.parametrize("cell", ["\t", " | ", " "])
def test_each_row_of_a_table_by_group_binds_its_groups_listed_posts(cell: str) -> None:
    rules = [r for r in find_rules(_GROUPS + _TABLE.format(cell=cell)) if r.kind == "max_trips_per_year"]
    read = [(r.value, r.scope, r.scope_definition.includes if r.scope_definition else None) for r in rules]
    assert read == [
        (1, LISTED, ["Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh"]),
        (
            2,
            LISTED,
            [
                "Giám đốc sở",
                "Chủ tịch Hội đồng thành viên",
                "Tổng giám đốc doanh nghiệp nhà nước do tỉnh làm chủ sở hữu",
                "Chủ tịch Ủy ban nhân dân xã, phường",
            ],
        ),
    ]
    assert all("Phó Chủ tịch Ủy ban nhân dân tỉnh" in r.scope_definition.excludes for r in rules if r.scope_definition)


def test_a_table_by_group_whose_groups_the_text_does_not_list_gives_reviews() -> None:
    (first, second) = [r for r in find_rules(_TABLE.format(cell="\t")) if r.kind == "max_trips_per_year"]
    assert (first.value, second.value) == (1, 2)
    assert first.problem is not None and "'Nhóm A'" in first.problem
    assert second.problem is not None and "'Nhóm B'" in second.problem


def test_a_table_by_group_ends_at_the_first_line_that_is_no_row() -> None:
    text = "Nhóm | Số lần tối đa trong một năm\nNhóm A | 01 lần\nNơi nhận:\nNhóm B | 03 lần\n"
    assert [cells for _, _, cells in table_rows(text)] == ["Nhóm A 01 lần trong một năm"]


def test_a_table_of_counts_with_no_maximum_or_year_in_its_heading_is_no_limit() -> None:
    text = "Nhóm\tSố lần đã đi\nNhóm A\t03 lần\n"
    assert [r for r in find_rules(text) if r.kind == "max_trips_per_year"] == []


def test_a_definition_in_lettered_points_each_closed_by_a_full_stop_lists_every_point() -> None:
    (definition,) = find_definitions(_GROUPS)
    assert definition.includes == [
        "Bí thư Tỉnh ủy",
        "Chủ tịch Ủy ban nhân dân tỉnh",
        "Giám đốc sở",
        "Chủ tịch Hội đồng thành viên",
        "Tổng giám đốc doanh nghiệp nhà nước do tỉnh làm chủ sở hữu",
        "Chủ tịch Ủy ban nhân dân xã, phường",
    ]
    assert "Phó Chủ tịch Ủy ban nhân dân tỉnh" in definition.excludes


def test_the_nth_working_day_after_return_is_a_deadline_of_n_working_days() -> None:
    text = (
        "Điều 7. Báo cáo\n1. Chậm nhất vào ngày làm việc thứ bảy (07) sau ngày về nước, trưởng đoàn gửi báo cáo kết "
        "quả đến cơ quan quyết định cử đoàn.\n"
    )
    (rule,) = find_rules(text)
    assert (rule.kind, rule.value, rule.unit) == ("report_deadline_working_days", 7, "working_days")


def test_a_saturday_is_no_count_of_days() -> None:
    assert quantities("Đoàn về nước vào ngày thứ bảy, báo cáo gửi sau đó.") == []


def test_a_scans_table_by_group_with_its_tone_marks_misread_is_still_read() -> None:
    """A scan's "… trong một nắm" heading and "1 … göm hai nhóm:" lead (its dot lost) name the same table and list."""
    scan = _GROUPS.replace(
        "1. Cán bộ lãnh đạo chủ chốt trong Quy định này gồm", "1 Cán bộ lãnh đạo chủ chốt trong Quy định này göm"
    ) + _TABLE.format(cell=" | ").replace("trong một năm\n", "trong một nắm\n", 1)
    assert "göm hai nhóm" in scan and "một nắm\nNhóm A" in scan
    rules = [r for r in find_rules(scan) if r.kind == "max_trips_per_year"]
    assert [(r.value, r.scope, r.problem) for r in rules] == [(1, LISTED, None), (2, LISTED, None)]


def test_a_groups_posts_and_the_exclusions_after_them_wrapped_on_a_scan_are_read_whole() -> None:
    """A scan wraps "Chủ tịch Ủy ban nhân dân / tỉnh." and the exclusion item: read line by line, Nhóm A would hold
    every "Chủ tịch Ủy ban nhân dân" (a phường's too) and nobody would be out."""
    wrapped = (
        "Điều 2. Cán bộ lãnh đạo chủ chốt\n"
        "1 Cán bộ lãnh đạo chủ chốt trong Quy định này göm hai nhóm:\n"
        "a) Nhóm A: Bí thư Tỉnh ủy; Chủ tịch Ủy ban nhân dân\ntỉnh.\n"
        "b) Nhóm B: Giám đốc sở; Chủ tịch Ủy ban\nnhân dân xã, phường.\n"
        "2. Các Phó Chủ tịch Ủy ban nhân dân tỉnh, cấp phó của người\nđứng đầu không thuộc diện này.\n"
        "3 Mỗi người được xác định theo chức vụ ghi tại quyết định.\n"
    )
    rules = [r for r in find_rules(wrapped + _TABLE.format(cell=" | ")) if r.kind == "max_trips_per_year"]
    definitions = [r.scope_definition for r in rules if r.scope_definition]
    assert [d.includes for d in definitions] == [
        ["Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh"],
        ["Giám đốc sở", "Chủ tịch Ủy ban nhân dân xã, phường"],
    ]
    assert all(d.excludes == ["Phó Chủ tịch Ủy ban nhân dân tỉnh", "cấp phó của người đứng đầu"] for d in definitions)
