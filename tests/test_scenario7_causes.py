"""Regressions for the classes behind the seventh blind scenario's misses, on sentences of our own.

Why: on a hand-written scenario (Quảng Trị 2026) a dispatch wrote its numbers as "digits (words)" ("chậm nhất là
15 (mười lăm) ngày làm việc", "tối đa 08 (tám) thành viên") and so stated no lead or size rule; it bound the
trips-per-year limit to "Người đứng đầu …" and defined them in a sentence of its own, deputies in charge of a unit
without a head included; it left interpreters and drivers out of the size in the sentence after; a decision named
its head in running text before a dash list ("Cử ông A, …, Trưởng đoàn, cùng các ông, bà:"); and a list of
countries each with its capital in brackets lost the country after a capital the gazetteer lacks.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from extractors.members import find_members
from extractors.numbers import find_numbers
from extractors.places import find_places
from extractors.rules import find_rules
from extractors.scope import KEY_LEADER, classify, find_definitions
from pipeline.checks.run import run_checks
from pipeline.rules.rulebase import propose_rules, set_status
from pipeline.store.connection import open_db
from schemas.rules import RuleKind
from tests.rules_db import Member, TripFact, dispatch, insert_trips

D = dt.date

HEADS = (
    "Người đứng đầu cơ quan, đơn vị đi công tác nước ngoài không quá 02 (hai) lần trong một năm.\n"
    "Người đứng đầu nói tại Công văn này gồm Giám đốc sở, Trưởng ban, Bí thư Đảng ủy và Chủ tịch Ủy ban nhân "
    "dân xã, phường. Quy định này không áp dụng đối với cấp phó, trừ trường hợp cấp phó được giao phụ trách "
    "cơ quan trong thời gian chưa có người đứng đầu.\n"
)


@pytest.mark.parametrize(
    ("text", "value", "shown"),
    [
        ("chậm nhất là 15 (mười lăm) ngày làm việc", 15, "15 (mười lăm)"),
        ("tối đa 08 (tám) thành viên", 8, "08 (tám)"),
        ("không quá 05 (năm) ngày", 5, "05 (năm)"),
    ],
)
def test_numbers_digits_then_words_are_one_mention(text: str, value: int, shown: str) -> None:
    (mention,) = find_numbers(text)
    assert (mention.value, mention.text, mention.problem) == (value, shown, None)


def test_numbers_digits_and_words_that_disagree_give_no_value() -> None:
    (mention,) = find_numbers("tối đa 08 (chín) thành viên")
    assert mention.value is None and mention.problem is not None


def test_numbers_a_name_in_brackets_after_digits_is_no_spelling() -> None:
    assert [m.value for m in find_numbers("03 (Ba Lan)")] == [3, 3]


@pytest.mark.parametrize(
    ("sentence", "kind", "value"),
    [
        (
            "Hồ sơ phải gửi Sở Ngoại vụ chậm nhất là 12 (mười hai) ngày làm việc trước ngày dự kiến xuất cảnh.",
            "submission_lead_working_days",
            12,
        ),
        ("Mỗi đoàn có tối đa 07 (bảy) thành viên, kể cả trưởng đoàn.", "max_delegation_size", 7),
    ],
)
def test_rules_with_digits_then_words(sentence: str, kind: str, value: int) -> None:
    (rule,) = find_rules(sentence)
    assert (rule.kind, rule.value) == (kind, value)


def test_rules_heads_as_the_subject_of_their_own_travel_with_the_definition() -> None:
    (rule,) = find_rules(HEADS)
    assert (rule.kind, rule.value, rule.scope) == ("max_trips_per_year", 2, KEY_LEADER)
    assert rule.applies_to == "Người đứng đầu cơ quan, đơn vị"
    assert rule.scope_definition is not None and rule.scope_definition.term == "Người đứng đầu"
    assert rule.scope_definition.sentence.endswith("chưa có người đứng đầu.")


@pytest.mark.parametrize(
    "text",
    [
        "Người đứng đầu cơ quan, đơn vị chịu trách nhiệm bảo đảm mỗi đoàn không quá 05 người.",
        "Không bố trí hai người đứng đầu của một cơ quan đi công tác nước ngoài không quá 02 lần trong năm.",
    ],
)
def test_rules_heads_who_are_not_the_travellers_bind_everyone(text: str) -> None:
    assert all(rule.scope == "all" for rule in find_rules(text) if rule.kind != "no_two_key_leaders_same_unit")


def test_scope_heads_defined_with_gom_but_not_with_la() -> None:
    assert find_definitions("Người đứng đầu cơ quan là người chịu trách nhiệm trước Chủ tịch UBND tỉnh.") == []
    (definition,) = find_definitions(HEADS)
    assert definition.includes[-1] == "cấp phó được giao phụ trách cơ quan"


@pytest.mark.parametrize(
    ("title", "member"),
    [
        ("Phó Giám đốc phụ trách", True),
        ("Phó Giám đốc phụ trách Sở Xây dựng", True),
        ("Phó Giám đốc", False),
        ("Phó Giám đốc phụ trách lĩnh vực quy hoạch", False),
        ("Chủ tịch UBND phường Bắc Hà", True),
        ("Chủ tịch Ủy ban nhân dân xã Tân Lập", True),
        ("Phó Chủ tịch UBND xã Tân Lập", False),
        ("Trưởng phòng Kế hoạch", False),
    ],
)
def test_scope_deputy_in_charge_and_each_kind_of_locality(title: str, member: bool) -> None:
    (definition,) = find_definitions(HEADS)
    assert classify(title, KEY_LEADER, definition).member is member


def test_scope_deputy_in_charge_is_no_head_unless_the_definition_says_so() -> None:
    (definition,) = find_definitions("Người đứng đầu nói tại Công văn này gồm Giám đốc sở, Trưởng ban.")
    assert classify("Phó Giám đốc phụ trách", KEY_LEADER, definition).member is False


def test_rules_size_takes_who_is_not_counted_from_the_next_sentence() -> None:
    (rule,) = find_rules(
        "Mỗi đoàn có tối đa 06 (sáu) thành viên, kể cả trưởng đoàn. Phiên dịch viên và lái xe (đối với đoàn đi "
        "bằng đường bộ) không tính vào số thành viên của đoàn.\nThời gian mỗi đoàn không quá 07 ngày."
    )
    assert rule.value == 6 and rule.sentence.endswith("không tính vào số thành viên của đoàn.")


@pytest.mark.parametrize(
    ("after", "breach"),
    [(" Phiên dịch viên và lái xe không tính vào số thành viên của đoàn.", False), ("", True)],
)
def test_checks_size_leaves_out_interpreters_and_drivers_named_before_not_counted(
    tmp_path: Path, after: str, breach: bool
) -> None:
    con = open_db(tmp_path / "r.duckdb")
    text = f"Mỗi đoàn có tối đa 04 (bốn) thành viên, kể cả trưởng đoàn.{after}"
    rules = propose_rules(con, [dispatch(text, "7/UBND-NV", "UBND tỉnh Đông Sơn", D(2026, 1, 5), "c" * 64)])
    set_status(con, "approve", [r.id for r in rules], actor="lan")
    four = [Member(f"Nguyễn Văn {c}", "Sở Công Thương") for c in "ABCD"]
    others = [
        Member("Lê Thị Thu", "Sở Ngoại vụ", title="Phiên dịch viên tiếng Lào"),
        Member("Hà Văn Tư", "Văn phòng UBND tỉnh", title="Lái xe"),
    ]
    insert_trips(con, [TripFact("5/QĐ", D(2026, 3, 2), D(2026, 3, 6), ["Lào"], [*four, *others])])
    found = run_checks(con, D(2026, 12, 31), kinds=(RuleKind.MAX_DELEGATION_SIZE,))
    assert bool(found) is breach


def test_checks_third_trip_of_a_deputy_in_charge_by_the_definition(tmp_path: Path) -> None:
    con = open_db(tmp_path / "r.duckdb")
    rules = propose_rules(con, [dispatch(HEADS, "8/UBND-NV", "UBND tỉnh Đông Sơn", D(2026, 1, 5), "e" * 64)])
    set_status(con, "approve", [r.id for r in rules], actor="lan")
    acting = Member("Trần Văn Khoa", "Sở Xây dựng", title="Phó Giám đốc phụ trách", person_id="p-khoa")
    deputy = Member("Đỗ Thị Mai", "Sở Xây dựng", title="Phó Giám đốc", person_id="p-mai")
    trips = [
        TripFact(f"{n}/QĐ", D(2026, month, 2), D(2026, month, 6), ["Lào"], [acting, deputy])
        for n, month in ((11, 3), (12, 6), (13, 9))
    ]
    insert_trips(con, trips)
    found = run_checks(con, D(2026, 12, 31), kinds=(RuleKind.MAX_TRIPS_PER_YEAR,))
    assert [(f.trip_id, f.evidence.get("person_key")) for f in found] == [(trips[2].trip_id, "p-khoa")]


def test_members_head_named_before_a_dash_list() -> None:
    text = (
        "QUYẾT ĐỊNH:\n\nĐiều 1. Cử bà Lường Thị Hoa, Phó Giám đốc phụ trách Sở Xây dựng, Trưởng đoàn, cùng các "
        "ông, bà:\n- Ông Vi Văn Đức, Trưởng phòng Quy hoạch, Sở Xây dựng;\n- Bà Tạ Thị Mơ, Chuyên viên Sở Xây dựng\n"
        "đi làm việc tại tỉnh Hủa Phăn, Lào, từ ngày 02/6/2026 đến ngày 05/6/2026.\n"
    )
    got = [(m.name, m.title, m.role) for m in find_members(text)]
    assert got == [
        ("Lường Thị Hoa", "Phó Giám đốc phụ trách", "trưởng đoàn"),
        ("Vi Văn Đức", "Trưởng phòng Quy hoạch", None),
        ("Tạ Thị Mơ", "Chuyên viên", None),
    ]


def test_members_list_opened_without_a_named_person_keeps_its_items() -> None:
    text = "Điều 1. Cử các ông, bà có tên sau đây đi công tác tại Lào:\n- Ông Vi Văn Đức, Trưởng phòng Quy hoạch;\n"
    assert [m.name for m in find_members(text)] == ["Vi Văn Đức"]


def test_places_each_country_of_a_list_with_its_capital_in_brackets() -> None:
    text = (
        "Cử đoàn đi công tác tại các nước: Cộng hòa Ba Lan (Vác-sa-va), Hung-ga-ri (Bu-đa-pét) và Cộng hòa Séc "
        "(Pra-ha), từ ngày 04/5/2026 đến ngày 12/5/2026."
    )
    assert [p.country for p in find_places(text) if p.level.value == "country"] == ["PL", "HU", "CZ"]
