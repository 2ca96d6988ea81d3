"""Trips a year limited by a group a list names by number, letter or point ("Cán bộ Nhóm I …", "… thuộc nhóm a …",
"… quy định tại các điểm b, c, d và đ khoản 1 Điều 2 …"): that group's listed posts only, with the list's
exclusions; a group the text does not list binds no one outright, its findings are reviews naming it (issue 13,
scenarios 45 and 46; the texts are the tests' own)."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.rules import find_rules
from extractors.scope import LISTED
from pipeline.checks.run import run_checks
from pipeline.rules.rulebase import propose_rules, set_status
from schemas.rules import RuleKind
from tests.rules_db import Member, TripFact, dispatch, fill_calendar, insert_trips, new_db

D = dt.date
_LETTERED = (
    "Điều 1. Hiệu lực\nQuyết định này có hiệu lực từ ngày ký.\n"
    "Điều 2. Người giữ chức vụ chủ chốt\n"
    "1. Người giữ chức vụ chủ chốt tại Quy định này gồm:\n"
    "a) Bí thư Tỉnh ủy, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh (sau đây gọi là nhóm a);\n"
    "b) Giám đốc sở, Chánh Văn phòng Ủy ban nhân dân tỉnh;\n"
    "c) Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân xã, phường;\n"
    "đ) Cấp phó của người đứng đầu đồng thời là Bí thư cấp ủy của cơ quan, đơn vị.\n"
    "2. Các Phó Chủ tịch Ủy ban nhân dân tỉnh và cấp phó khác của người đứng đầu cơ quan, đơn vị không thuộc diện "
    "này.\n"
    "Điều 3. Số lần đi công tác nước ngoài\n"
    "1. Người giữ chức vụ chủ chốt thuộc nhóm a mỗi năm đi nước ngoài không quá một (01) lần.\n"
    "2. Người giữ chức vụ chủ chốt quy định tại các điểm b, c và đ khoản 1 Điều 2 đi công tác nước ngoài không quá"
    " hai (02) lần trong năm.\n"
)
_NUMBERED = (
    "Điều 2. Cán bộ chủ chốt\n"
    "1. Cán bộ chủ chốt nêu tại Quy định này gồm:\n"
    "a) Nhóm I - Thường trực Tỉnh ủy (Bí thư Tỉnh ủy, các Phó Bí thư Tỉnh ủy) và Chủ tịch Ủy ban nhân dân tỉnh;\n"
    "b) Nhóm II - Giám đốc sở và tương đương;\n"
    "c) Nhóm II - Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân xã, phường;\n"
    "d) Nhóm II - Cấp phó của người đứng đầu cơ quan nêu tại điểm b khoản này nếu đồng thời giữ chức Bí thư Đảng ủy "
    "của cơ quan, đơn vị đó.\n"
    "2. Các Phó Chủ tịch Ủy ban nhân dân tỉnh không thuộc diện này.\n"
    "Điều 3. Số lần đi nước ngoài\n"
    "1. Cán bộ Nhóm I đi nước ngoài vì việc công không quá một (01) lần trong một năm.\n"
    "2. Cán bộ Nhóm II đi nước ngoài vì việc công không quá hai (02) lần trong một năm.\n"
)


def _trips(text: str) -> list[tuple[float | None, str, list[str], list[str], str | None]]:
    return [
        (
            r.value,
            r.scope,
            r.scope_definition.includes if r.scope_definition else [],
            r.scope_definition.excludes if r.scope_definition else [],
            r.problem,
        )
        for r in find_rules(text)
        if r.kind == "max_trips_per_year"
    ]


def test_a_group_named_by_its_letter_and_by_the_points_of_the_list() -> None:
    deputies = ["Phó Chủ tịch Ủy ban nhân dân tỉnh", "cấp phó khác của người đứng đầu cơ quan, đơn vị"]
    assert _trips(_LETTERED) == [
        (1.0, LISTED, ["Bí thư Tỉnh ủy", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh"], deputies, None),
        (
            2.0,
            LISTED,
            [
                "Giám đốc sở",
                "Chánh Văn phòng Ủy ban nhân dân tỉnh",
                "Bí thư Đảng ủy xã, phường",
                "Chủ tịch Ủy ban nhân dân xã, phường",
                "Bí thư cấp ủy",  # a deputy only when Bí thư of a party committee too: that post is listed
            ],
            deputies,
            None,
        ),
    ]


def test_a_group_named_by_its_number_before_its_posts() -> None:
    first, second = _trips(_NUMBERED)
    assert first[:3] == (1.0, LISTED, ["Bí thư Tỉnh ủy", "các Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh"])
    assert second[:3] == (
        2.0,
        LISTED,
        ["Giám đốc sở", "Bí thư Đảng ủy xã, phường", "Chủ tịch Ủy ban nhân dân xã, phường", "Bí thư Đảng ủy"],
    )
    assert first[3] == second[3] == ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]


def test_a_group_the_list_does_not_name_is_a_problem_not_everyone_s_limit() -> None:
    text = _NUMBERED.replace("Cán bộ Nhóm II đi", "Cán bộ Nhóm III đi")
    [_, (value, scope, includes, _, problem)] = _trips(text)
    assert (value, scope, includes) == (2.0, "all", [])
    assert problem is not None and "'Nhóm III'" in problem
    [(_, scope, _, _, problem)] = _trips(
        "Điều 3.\n1. Người giữ chức vụ chủ chốt quy định tại điểm e khoản 1 Điều 2 đi nước ngoài không quá một lần"
        " trong năm.\n"
    )
    assert scope == "all" and problem is not None and "'điểm e khoản 1 Điều 2'" in problem


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Điều 3. Giới hạn\n1. Cán bộ Nhóm I đi nước ngoài vì việc công không quá một (01) lần trong một năm.\n",
            "Nhóm I",
        ),
        ("Điều 3. Giới hạn\n1. Thường trực Đảng ủy: 01 lần/năm.\n", "Thường trực Đảng ủy"),
    ],
)
def test_the_unlisted_group_s_findings_are_one_review_after_approve_all(text: str, group: str) -> None:
    """`rules approve --all` then `check`: a limit on a group whose posts no list gives (or a scan lost) holds no one
    to it outright; the people it would hold over the limit are one review of the rule, naming the group and each
    of them — not a review per person and trip (issue 13: 43 of scenario 45's scan's extras were such reviews)."""
    con = new_db()
    fill_calendar(con, D(2026, 1, 1), D(2026, 12, 31), [])
    propose_rules(con, [dispatch(text, "18-QĐ/TU", "Tỉnh ủy Đông Sơn", D(2026, 1, 10), "c" * 64)], actor="t")
    set_status(con, "approve", [], actor="reviewer", every=True)
    someone = Member("Lê Văn Tùng", "Sở Y tế", title="Phó Giám đốc")
    other = Member("Hà Thị Lan", "Sở Công Thương", title="Giám đốc")
    insert_trips(
        con,
        [
            TripFact(f"{n}/QĐ-UBND", D(2026, m, 3), D(2026, m, 7), ["Lào"], [someone, other])
            for n, m in ((10, 2), (20, 7), (30, 9))
        ],
    )
    found = run_checks(con, D(2026, 12, 31), kinds=(RuleKind.MAX_TRIPS_PER_YEAR,))
    assert len(found) == 1
    [once] = found
    assert (once.severity.value, once.person) == ("review", None)
    assert once.message.startswith("Công văn số 18-QĐ/TU chỉ giới hạn") and f"“{group}”" in once.message
    assert "Lê Văn Tùng" in once.message and "Hà Thị Lan" in once.message
    cases = once.evidence["cases"]
    assert len(cases) == 4 and {c["decision_number"] for c in cases} == {"20/QĐ-UBND", "30/QĐ-UBND"}
