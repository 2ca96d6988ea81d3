"""Whose delegations a rule binds (issue 13, blind scenario 18): a party Quy định binds every body "trừ trường hợp
Ủy ban nhân dân tỉnh có quy định cụ thể khác", a UBND Công văn restates two limits for the delegations the Chủ
tịch UBND tỉnh sends only. The body read from a rule's sentence or its lead-in, a trip's from its decision's
issuer, the rule choice by body, `rules show`; and a People's Council chair who is no key leader under a generic
"người đứng đầu". Sentences and trips written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.issuing_body import COUNCIL, PARTY, STATE, body_named, lead_ins, rule_body, trip_body
from extractors.rules import find_rules
from extractors.scope import KEY_LEADER, classify, find_definitions
from pipeline.checks.run import run_checks
from pipeline.rules.rulebase import describe, get_rule, propose_rules, set_status
from schemas.rules import Finding, RuleKind, Severity
from tests.rules_db import Member, TripFact, dispatch, fill_calendar, insert_trips, new_db

D = dt.date


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Mỗi đoàn do Chủ tịch Ủy ban nhân dân tỉnh quyết định cử có số thành viên không quá sáu (06) người.", STATE),
        ("Các đoàn do UBND tỉnh cử đi công tác báo cáo chậm nhất 10 ngày làm việc.", STATE),
        ("Đối với các cơ quan hành chính nhà nước, mỗi đoàn không quá 05 người.", STATE),
        ("Moi doan do Chu tich UBND tinh quyet dinh cu khong qua 06 nguoi.", STATE),  # a scan's lost marks
        ("Các đoàn do Ban Thường vụ Tỉnh ủy quyết định cử không quá 08 người.", PARTY),
        ("Đối với các đoàn thuộc khối Đảng, mỗi đoàn không quá 08 người.", PARTY),
        ("Đoàn do Thường trực HĐND tỉnh cử không quá 06 (sáu) người, kể cả phiên dịch.", COUNCIL),
        # both bodies, or neither: every body
        ("Các cơ quan Đảng và cơ quan hành chính nhà nước cử đoàn không quá 08 người.", None),
        ("Số thành viên của mỗi đoàn không quá tám (08) người, kể cả trưởng đoàn.", None),
        # a sender that is no body: a unit's head, an enterprise paying
        ("Đoàn do thủ trưởng đơn vị được phân cấp quyết định cử đi gửi báo cáo trong 10 ngày.", None),
        ("Không cử cán bộ tham gia các đoàn do doanh nghiệp tổ chức, đài thọ kinh phí.", None),
    ],
)
def test_a_sentence_names_the_one_body_it_binds(sentence: str, body: str | None) -> None:
    named = body_named(sentence)
    assert (named.body if named else None) == body


_CONG_VAN = (
    "Ủy ban nhân dân tỉnh quy định cụ thể một số nội dung áp dụng đối với các đoàn do\nChủ tịch Ủy ban nhân dân "
    "tỉnh quyết định cử đi công tác nước ngoài (cơ quan hành\nchính nhà nước) như sau:\n\n"
    "1. Về số lượng: mỗi đoàn có số thành viên không quá sáu (06) người, kể cả trưởng đoàn.\n\n"
    "2. Về chế độ báo cáo: chậm nhất mười (10) ngày làm việc kể từ ngày về nước, cơ quan chủ trì đoàn gửi báo cáo "
    "kết quả chuyến công tác về Ủy ban nhân dân tỉnh.\n"
)
_QUY_DINH = (
    "Điều 2. Đối tượng áp dụng\n"
    "2. Đối với các đoàn do Chủ tịch Ủy ban nhân dân tỉnh quyết định cử đi công tác nước ngoài, thực hiện theo Quy "
    "định này, trừ trường hợp Ủy ban nhân dân tỉnh có quy định cụ thể khác.\n"
    "Điều 4. Thành phần\n"
    "2. Số thành viên của mỗi đoàn không quá tám (08) người, kể cả trưởng đoàn.\n"
    "Điều 7. Chế độ báo cáo\n"
    "1. Chậm nhất bảy (07) ngày làm việc kể từ ngày về nước, trưởng đoàn có báo cáo bằng văn bản kết quả chuyến "
    "công tác gửi cơ quan quyết định cử đoàn.\n"
)


def test_the_rules_after_a_lead_in_bind_the_body_it_names() -> None:
    (lead,) = lead_ins(_CONG_VAN)  # wrapped over two lines, as a scan gives it
    assert lead[1].words == "đoàn do Chủ tịch Ủy ban nhân dân tỉnh quyết định cử"
    found = {r.kind: r for r in find_rules(_CONG_VAN)}
    assert {k: (r.value, r.body_scope) for k, r in found.items()} == {
        "max_delegation_size": (6, STATE),
        "report_deadline_working_days": (10, STATE),
    }
    assert found["max_delegation_size"].body_scope_text == "đoàn do Chủ tịch Ủy ban nhân dân tỉnh quyết định cử"


def test_a_sentence_naming_a_body_without_a_colon_is_no_lead_in() -> None:
    """The Quy định's "Đối với các đoàn do Chủ tịch UBND tỉnh quyết định cử …, thực hiện theo Quy định này" leaves
    the UBND room to differ: the Quy định's own limits still bind every body."""
    assert lead_ins(_QUY_DINH) == []
    assert [(r.value, r.body_scope) for r in find_rules(_QUY_DINH)] == [(8, None), (7, None)]


_COUNCIL_RULES = (
    "1. Quy định này áp dụng đối với các đoàn do Thường trực HĐND tỉnh quyết định cử và lãnh đạo HĐND tỉnh.\n"
    "2. Mỗi đồng chí lãnh đạo HĐND tỉnh đi công tác nước ngoài không quá 01 (một) chuyến trong năm, kể cả khi tham "
    "gia đoàn của Tỉnh ủy, UBND tỉnh.\n"
    "3. Trong vòng 15 ngày kể từ ngày về nước, Trưởng đoàn báo cáo Thường trực HĐND tỉnh bằng văn bản.\n"
)


def test_a_regulations_own_scope_sentence_leads_all_of_it_but_a_rule_held_on_other_bodies_delegations() -> None:
    """A People's Council's Quy định states its scope in its first item, ending with a full stop: the items after it
    bind the council's delegations, except one that says it holds "kể cả khi tham gia đoàn của Tỉnh ủy"."""
    (lead,) = lead_ins(_COUNCIL_RULES)
    assert lead[1].body == COUNCIL
    second, third = (_COUNCIL_RULES.index(f"\n{n}.") + 1 for n in (2, 3))
    line = _COUNCIL_RULES[second:third]
    assert rule_body(line, second, [lead]) is None
    assert rule_body("Trong vòng 15 ngày kể từ ngày về nước, Trưởng đoàn báo cáo.", third, [lead]) == lead[1]
    assert lead_ins("Các đoàn do Thường trực HĐND tỉnh cử thực hiện theo quy định chung.") == []
    # a body's delegations named among all: every body's
    every = "Quy chế này áp dụng đối với các đoàn đi nước ngoài của tỉnh, kể cả các đoàn do Ban Thường vụ Tỉnh ủy cử.\n"
    assert lead_ins(every) == []


@pytest.mark.parametrize(
    ("symbol", "issuer", "parent", "body"),
    [
        ("QĐ/TU", "Tỉnh ủy An Sơn", None, PARTY),
        ("QĐ-UBND", "UBND tỉnh An Sơn", None, STATE),
        (None, "Ban Tổ chức", "Tỉnh ủy An Sơn", PARTY),  # the issuer names no body: its parent does
        (None, "Sở Ngoại vụ", "UBND tỉnh An Sơn", STATE),
        (None, "Đảng ủy Sở Ngoại vụ", None, PARTY),  # the first body word is the issuer's own
        ("QĐ-HĐND", "Thường trực HĐND tỉnh An Sơn", None, COUNCIL),  # the People's Council's own delegation
        (None, "Hội đồng nhân dân tỉnh An Sơn", None, COUNCIL),
        (None, "Văn phòng Đoàn ĐBQH và HĐND tỉnh", "UBND tỉnh An Sơn", STATE),  # a council word not at its start
        ("QĐ/TU", "UBND tỉnh An Sơn", None, None),  # they disagree: not read for sure
        (None, "Ban quản lý dự án", None, None),
    ],
)
def test_a_trip_body_is_its_decisions_issuer(
    symbol: str | None, issuer: str | None, parent: str | None, body: str | None
) -> None:
    found, why = trip_body(symbol, issuer, parent)
    assert found == body and why


def _checked(trips: list[TripFact]) -> dict[tuple[str, str | None], Finding]:
    """The findings on `trips` under both dispatches, approved, by kind and decision."""
    con = new_db()
    fill_calendar(con, D(2026, 1, 1), D(2026, 12, 31), [])
    documents = [
        dispatch(_QUY_DINH, "09-QĐi/TU", "Tỉnh ủy An Sơn", D(2026, 1, 14), sha="a" * 64),
        dispatch(_CONG_VAN, "412/UBND-NV", "UBND tỉnh An Sơn", D(2026, 2, 5), sha="b" * 64),
    ]
    set_status(con, "approve", [r.id for r in propose_rules(con, documents, actor="t")], "t")
    insert_trips(con, trips)
    kinds = (RuleKind.MAX_DELEGATION_SIZE, RuleKind.REPORT_DEADLINE_WORKING_DAYS)
    return {(f.rule_kind.value, f.decision_number): f for f in run_checks(con, D(2026, 12, 5), kinds=kinds)}


def _trip(number: str, issuer: str, size: int, report_on: D) -> TripFact:
    """A trip of `size` members back on Friday 5/6/2026 (working day 7 after it: 16/6, day 10: 19/6)."""
    members = [Member(f"Người {i}", "Sở Ngoại vụ") for i in range(size)]
    return TripFact(number, D(2026, 6, 1), D(2026, 6, 5), ["Lào"], members, issuer=issuer, report_on=report_on)


def test_a_rule_naming_the_trips_body_is_chosen_over_a_general_one_even_when_less_strict() -> None:
    found = _checked(
        [
            _trip("20/QĐ-UBND", "UBND tỉnh An Sơn", 7, D(2026, 6, 18)),  # 7 > 6; report on day 9 ≤ 10
            _trip("30-QĐ/TU", "Tỉnh ủy An Sơn", 7, D(2026, 6, 18)),  # 7 ≤ 8; report on day 9 > 7
            _trip("40/QĐ-UBND", "UBND tỉnh An Sơn", 5, D(2026, 6, 23)),  # report on day 12 > 10
        ]
    )
    assert sorted(found) == [
        ("max_delegation_size", "20/QĐ-UBND"),
        ("report_deadline_working_days", "30-QĐ/TU"),
        ("report_deadline_working_days", "40/QĐ-UBND"),
    ]
    state = found["report_deadline_working_days", "40/QĐ-UBND"]
    assert "412/UBND-NV (chỉ áp dụng cho đoàn do Chủ tịch Ủy ban nhân dân tỉnh quyết định cử)" in state.message
    assert state.evidence["trip_body"] == STATE and state.evidence["rule_body_scope"] == STATE
    (general,) = state.evidence["rules_not_applied"]
    assert general["value"] == 7 and general["why"].startswith("quy định chung cho mọi cơ quan; quy định riêng")
    party = found["report_deadline_working_days", "30-QĐ/TU"]
    assert party.severity is Severity.BREACH and party.evidence["trip_body"] == PARTY
    (other,) = party.evidence["rules_not_applied"]
    assert other["value"] == 10
    assert other["why"] == (
        "chỉ áp dụng cho cơ quan hành chính nhà nước; quyết định cử đoàn của cơ quan Đảng "
        "(cơ quan ban hành Tỉnh ủy An Sơn)"
    )


def test_a_trip_whose_body_is_unread_is_a_review_naming_the_rule_that_binds_one_body() -> None:
    found = _checked([_trip("50/QĐ", "Ban quản lý dự án tỉnh An Sơn", 7, D(2026, 6, 12))])
    (size,) = found.values()
    assert size.rule_kind is RuleKind.MAX_DELEGATION_SIZE and size.severity is Severity.REVIEW  # 6 is stricter
    assert size.evidence["trip_body"] is None
    assert size.evidence["to_check"].startswith("không đọc được cơ quan ban hành quyết định")
    assert (
        "kiểm tra quyết định cử đoàn do cơ quan Đảng hay cơ quan hành chính nhà nước ban hành"
        in (size.evidence["to_check"])
    )


def test_rules_show_says_whose_delegations_a_rule_binds() -> None:
    con = new_db()
    (size, _) = propose_rules(con, [dispatch(_CONG_VAN, "412/UBND-NV", "UBND tỉnh An Sơn", D(2026, 2, 5))], "t")
    shown = "\n".join(describe(get_rule(con, size.id)))
    assert "binds: only delegations sent by a state body's decision (cơ quan hành chính nhà nước)" in shown
    assert "“đoàn do Chủ tịch Ủy ban nhân dân tỉnh quyết định cử”" in shown
    (general,) = propose_rules(con, [dispatch(_QUY_DINH[-160:], "09-QĐi/TU", "Tỉnh ủy An Sơn", D(2026, 1, 14))], "t")
    assert "binds: delegations of every body (party and state)" in describe(get_rule(con, general.id))


def test_a_rule_stored_before_its_body_was_read_takes_it_when_its_dispatch_is_read_again() -> None:
    con = new_db()
    document = dispatch(_CONG_VAN, "412/UBND-NV", "UBND tỉnh An Sơn", D(2026, 2, 5))
    ids = [r.id for r in propose_rules(con, [document], actor="t")]
    con.execute("UPDATE rules SET body_scope = NULL, body_scope_text = NULL")
    propose_rules(con, [document], actor="t")
    assert [get_rule(con, i).body_scope for i in ids] == [STATE, STATE]


_KEY_LEADERS = (
    "Lãnh đạo chủ chốt của một cơ quan, đơn vị, địa phương gồm bí thư cấp ủy và người đứng đầu cơ quan, đơn vị, "
    "địa phương đó. Cấp phó không là lãnh đạo chủ chốt, trừ trường hợp cấp phó đồng thời là bí thư cấp ủy."
)


@pytest.mark.parametrize(
    ("title", "member"),
    [
        ("Phó Bí thư Thường trực Đảng ủy, Chủ tịch Hội đồng nhân dân xã Hòa Bình", False),
        ("Chủ tịch HĐND phường Tân An", False),
        ("Chủ tịch Ủy ban nhân dân xã Hòa Bình", True),
        ("Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân xã Hòa Bình", True),  # the bí thư is
        ("Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", True),
    ],
)
def test_a_council_chair_heads_no_agency_or_locality(title: str, member: bool) -> None:
    (definition,) = find_definitions(_KEY_LEADERS)
    assert classify(title, KEY_LEADER, definition).member is member


def test_a_council_chair_the_definition_lists_is_a_key_leader() -> None:
    (definition,) = find_definitions(
        "Lãnh đạo chủ chốt gồm: bí thư cấp ủy, người đứng đầu cơ quan, đơn vị và Chủ tịch Hội đồng nhân dân xã."
    )
    assert classify("Chủ tịch Hội đồng nhân dân xã Hòa Bình", KEY_LEADER, definition).member is True
