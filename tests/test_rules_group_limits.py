"""Trips a year limited by group ("Thường trực …: 01 lần/năm; lãnh đạo chủ chốt khác: …"), and the bound words a
Quy định of a party committee writes ("nhiều nhất", "không dưới", "Hạn … là N ngày"), from scenario 43's wording."""

from __future__ import annotations

import pytest

from extractors.numbers import Bound, bound_of
from extractors.rules import find_rules, rules_in_clause
from extractors.scope import KEY_LEADER, LISTED

_DEFINED = (
    "Điều 2. Lãnh đạo chủ chốt\n"
    "1. Lãnh đạo chủ chốt theo Quy định này gồm:\n"
    "a) Các đồng chí Thường trực Thành ủy (Bí thư Thành ủy, Phó Bí thư Thường trực Thành ủy, Phó Bí thư Thành ủy - "
    "Chủ tịch Ủy ban nhân dân thành phố);\n"
    "b) Giám đốc sở, Chánh Văn phòng Thành ủy.\n"
)


def _trips(text: str) -> list[tuple[float | None, str, str | None, str | None]]:
    return [(r.value, r.scope, r.applies_to, r.problem) for r in find_rules(text) if r.kind == "max_trips_per_year"]


@pytest.mark.parametrize(
    "article",
    [
        # one sentence: each member of the listed group, then the other key leaders
        "Điều 3. Số lần đi công tác nước ngoài\n"
        "Mỗi đồng chí Thường trực Thành ủy đi công tác nước ngoài một (01) lần trong năm; các đồng chí lãnh đạo chủ "
        "chốt khác mỗi năm không quá hai (02) lần.\n",
        # a list of limits by group after colons
        "Điều 3. Giới hạn đối với đoàn ra\n"
        "1. Thường trực Thành ủy: 01 lần/năm; lãnh đạo chủ chốt khác: nhiều nhất hai lần mỗi năm, tính theo ngày "
        "xuất cảnh.\n",
    ],
)
def test_the_listed_group_s_limit_and_the_other_key_leaders(article: str) -> None:
    text = _DEFINED + article
    assert _trips(text) == [(1.0, LISTED, "Thường trực Thành ủy", None), (2.0, KEY_LEADER, "lãnh đạo chủ chốt", None)]
    listed = next(r for r in find_rules(text) if r.scope == LISTED).scope_definition
    assert listed is not None and listed.includes[:2] == ["Bí thư Thành ủy", "Phó Bí thư Thường trực Thành ủy"]


def test_a_group_the_text_does_not_list_is_left_to_a_reviewer() -> None:
    [(value, scope, _, problem)] = _trips("Điều 3. Giới hạn\n1. Thường trực Đảng ủy: 01 lần/năm.\n")
    assert (value, scope) == (1.0, "all")
    assert problem is not None and "Thường trực Đảng ủy" in problem


def test_a_count_made_or_another_count_a_year_is_no_limit() -> None:
    assert not rules_in_clause("Mỗi đồng chí Thường trực Thành ủy đã đi công tác nước ngoài hai (02) lần trong năm")
    assert not rules_in_clause("Báo cáo định kỳ: 02 lần/năm")
    # a later clause counting a year of what its sentence does not name as trips abroad
    assert not _trips("Mỗi cơ quan họp giao ban hai lần trong năm; các đơn vị khác mỗi năm không quá một (01) lần.\n")


def test_bound_words_of_a_party_committee_s_rules() -> None:
    assert bound_of("mỗi chuyến đến nhiều nhất ") is Bound.AT_MOST
    assert bound_of("sớm hơn ngày dự kiến xuất cảnh không dưới ", " ngày làm việc.") is Bound.AT_LEAST
    assert bound_of("hạn gửi báo cáo kết quả chuyến công tác là ", " ngày làm việc, tính từ ngày") is Bound.AT_MOST
    assert bound_of("hạn chế số đoàn là ") is None


def test_limits_written_with_nhieu_nhat_khong_duoi_and_han_la() -> None:
    read = {
        (r.kind, r.value)
        for clause in (
            "Mỗi chuyến đến nhiều nhất 03 nước, ở mỗi nước nhiều nhất 05 ngày (ngày đi, ngày về không tính).",
            "Cơ quan có người đi công tác gửi tờ trình về cấp có thẩm quyền sớm hơn ngày dự kiến xuất cảnh không "
            "dưới mười (10) ngày làm việc.",
            "Hạn gửi báo cáo kết quả chuyến công tác là bảy (07) ngày làm việc, tính từ ngày kết thúc chuyến công "
            "tác về nước.",
        )
        for r in rules_in_clause(clause)
    }
    assert read == {
        ("max_countries_per_trip", 3.0),
        ("max_days_per_country", 5.0),
        ("submission_lead_working_days", 10.0),
        ("report_deadline_working_days", 7.0),
    }
