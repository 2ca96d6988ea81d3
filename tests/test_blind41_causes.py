"""Regressions for the classes behind the forty-first and forty-second blind scenarios' misses, on sentences of our own.

Why: a Công văn stated its new size and report time as the points of a list whose lead-in said to which trips they
apply ("Áp dụng đối với các đoàn … nhập cảnh về nước từ ngày …:" then "a) …", "b) …"), and another ended its new
lead's sentence with "…; áp dụng đối với các đoàn xuất cảnh từ ngày …": both rules were read from the Công văn's date,
for every trip; a report due "chậm nhất 05 ngày làm việc sau ngày nhập cảnh" gave no rule at all; a cooperative
("Hợp tác xã …") paying was no payer a ban on "doanh nghiệp, hợp tác xã trong nước" covers; a trip by land through two
countries written leg by leg ("tại A từ … đến …; tại B từ … đến …") ended with its first leg. On the scans, a
Quy định's lead sentence broken after "Ban Tổ chức" lost its subject, "Đăng ủy" (a breve for the hook) made a
party committee's secretary no key leader of his ward, and a Quy chế's bracket clipped to "èm theo Quyết định số …"
hid the whole Quy chế.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from extractors.date_ranges import find_period
from extractors.funding import find_funding
from extractors.issued_regulation import regulation_start
from extractors.normalize import normalize_text
from extractors.rule_dates import RuleStart, rule_start
from extractors.rules import find_rules
from pipeline.checks.run import run_checks
from pipeline.rules.rulebase import propose_rules, set_status
from pipeline.store.connection import open_db
from schemas.rules import RuleKind, Severity
from tests.rules_db import Member, TripFact, approved_2026, dispatch, insert_trips

D = dt.date

LISTED = (
    "1. Tiếp tục thực hiện Quy chế số 12/QC-UBND: mỗi chuyến không quá 03 nước.\n"
    "2. Đối với các đoàn kết thúc chuyến đi, nhập cảnh về nước từ ngày 15/9/2026:\n"
    "a) Mỗi đoàn không quá 07 người (kể cả phiên dịch), thay cho mức chín người tại Điều 4 Quy chế số 12/QC-UBND;\n"
    "b) Trưởng đoàn nộp báo cáo kết quả chậm nhất 04 ngày làm việc sau ngày nhập cảnh.\n"
    "3. Hồ sơ đề nghị cử đoàn gửi Sở Nội vụ ít nhất 06 ngày làm việc trước ngày xuất cảnh.\n"
)
TRAILING = (
    "1. Mỗi đoàn không quá 09 người.\n"
    "2. Hồ sơ đề nghị cử đoàn gửi Sở Ngoại vụ chậm nhất 12 ngày làm việc trước ngày xuất cảnh, thay cho thời hạn tại "
    "Quy chế; áp dụng đối với các đoàn xuất cảnh từ ngày 01/10/2026.\n"
    "3. Trưởng đoàn nộp báo cáo trong thời hạn 05 ngày làm việc kể từ ngày về nước.\n"
)


def _starts(text: str) -> dict[str, tuple[float | None, dt.date | None, str | None]]:
    return {r.kind: (r.value, r.effective_from, r.effective_basis) for r in find_rules(text)}


def test_a_list_s_lead_in_dates_its_points_only() -> None:
    assert _starts(LISTED) == {
        "max_countries_per_trip": (3, None, None),
        "max_delegation_size": (7, D(2026, 9, 15), "return"),
        "report_deadline_working_days": (4, D(2026, 9, 15), "return"),
        "submission_lead_working_days": (6, None, None),
    }


def test_the_rest_of_a_rule_s_sentence_dates_it_only() -> None:
    assert _starts(TRAILING) == {
        "max_delegation_size": (9, None, None),
        "submission_lead_working_days": (12, D(2026, 10, 1), "departure"),
        "report_deadline_working_days": (5, None, None),
    }


def test_a_list_after_a_lead_in_with_no_start_stays_undated() -> None:
    text = "2. Các đoàn ra thực hiện như sau:\na) Mỗi đoàn không quá 07 người;\nb) Mỗi chuyến không quá 02 nước.\n"
    assert {v[1] for v in _starts(text).values()} == {None}


def test_entering_the_country_is_the_return() -> None:
    sentence = "Các đoàn nhập cảnh từ ngày 01/9/2026 nộp báo cáo trong vòng 05 ngày làm việc."
    assert rule_start(sentence) == RuleStart(D(2026, 9, 1), "return")


def test_a_size_under_a_return_lead_in_binds_the_trips_back_from_then(tmp_path: Path) -> None:
    """Issued in July: nine people until the lead-in's day, seven for the trips returning from it (a trip leaving
    before and back after answers to seven), as its supersession says."""
    con = open_db(tmp_path / "r.duckdb")
    old = propose_rules(
        con,
        [dispatch("Điều 4. Mỗi đoàn không quá chín (09) người.", "12/QC-UBND", "UBND tỉnh Đông Sơn", D(2026, 1, 5))],
    )
    new = propose_rules(con, [dispatch(LISTED, "400/UBND-NC", "UBND tỉnh Đông Sơn", D(2026, 7, 20), "b" * 64)])
    set_status(con, "approve", [r.id for r in [*old, *new]], actor="lan")
    eight = [Member(f"Nguyễn Văn {c}", "Sở Y tế") for c in "ABCDEFGH"]
    insert_trips(
        con,
        [
            TripFact("10/QĐ-UBND", D(2026, 9, 7), D(2026, 9, 11), ["Lào"], eight),  # back before 15/9: nine hold
            TripFact("20/QĐ-UBND", D(2026, 9, 10), D(2026, 9, 16), ["Lào"], eight),  # back after: seven
        ],
    )
    found = run_checks(con, D(2026, 12, 31), kinds=(RuleKind.MAX_DELEGATION_SIZE,))
    assert [f.decision_number for f in found] == ["20/QĐ-UBND"]
    assert "áp dụng cho đoàn về nước từ ngày 15/09/2026" in found[0].message


@pytest.mark.parametrize(
    ("sentence", "sponsor"),
    [
        ("Kinh phí: Hợp tác xã Nông nghiệp Tân Lộc đài thọ vé máy bay cho đoàn.", "Hợp tác xã Nông nghiệp Tân Lộc"),
        ("Kinh phí do Liên hiệp Hợp tác xã Thương mại Đông Sơn tài trợ.", "Liên hiệp Hợp tác xã Thương mại Đông Sơn"),
        ("Kinh phí: Liên minh Hợp tác xã tỉnh chi trả vé máy bay.", None),  # an association, no economic body
        ("Kinh phí: Bộ Nông nghiệp và Hợp tác xã Thái Lan đài thọ ăn, ở.", None),  # a ministry's name
    ],
)
def test_a_cooperative_pays_as_an_economic_organisation(sentence: str, sponsor: str | None) -> None:
    funding = find_funding(sentence)
    assert (funding.sponsor if funding and funding.kind.value == "enterprise" else None) == sponsor


@pytest.mark.parametrize(
    ("ban", "severity"),
    [
        ("Không sử dụng kinh phí do doanh nghiệp, hợp tác xã trong nước tài trợ cho đoàn ra.", Severity.BREACH),
        ("Không sử dụng kinh phí do doanh nghiệp, tổ chức kinh tế trong nước tài trợ.", Severity.BREACH),
        # a cooperative is no firm under the Law on Enterprises: whether a ban on firms covers it is asked
        ("Không sử dụng kinh phí do doanh nghiệp trong nước tài trợ cho đoàn ra.", Severity.REVIEW),
    ],
)
def test_a_cooperative_s_money_breaks_a_ban_that_names_it(ban: str, severity: Severity) -> None:
    con = approved_2026(f"Số 30/UBND-NC\n1. {ban}\n", "30/UBND-NC", "UBND tỉnh Đông Sơn", D(2026, 1, 5))
    member = [Member("Lê Văn Tùng", "Sở Công Thương")]
    insert_trips(con, [TripFact("40/QĐ-UBND", D(2026, 4, 6), D(2026, 4, 9), ["Lào"], member, funding="enterprise")])
    con.execute("UPDATE trips SET sponsor = 'Hợp tác xã Dược liệu Tân Lộc'")
    (finding,) = [f for f in run_checks(con, D(2026, 12, 1), "r") if f.rule_kind == "no_enterprise_funded"]
    assert finding.severity is severity
    assert "do hợp tác xã đài thọ (Hợp tác xã Dược liệu Tân Lộc)" in finding.message


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "đi Lào và Campuchia bằng đường bộ: tại Lào từ ngày 03/8/2026 đến ngày 06/8/2026 (tỉnh Salavan); tại "
            "Campuchia từ ngày 06/8/2026 đến ngày 09/8/2026 (tỉnh Kratie).",
            (D(2026, 8, 3), D(2026, 8, 9)),
        ),
        (
            "tại Nhật Bản từ ngày 01/6/2026 đến ngày 04/6/2026, tại Hàn Quốc từ ngày 05/6/2026 đến ngày 07/6/2026.",
            (D(2026, 6, 1), D(2026, 6, 7)),
        ),
        # the whole period first, its legs after: the whole period
        (
            "từ ngày 03/8/2026 đến ngày 09/8/2026 (tại Lào từ ngày 03/8 đến ngày 06/8, tại Campuchia từ ngày 06/8 đến "
            "ngày 09/8)",
            (D(2026, 8, 3), D(2026, 8, 9)),
        ),
        # a later period that does not carry on from the trip: not a leg
        (
            "từ ngày 03/8/2026 đến ngày 06/8/2026, theo Kế hoạch thực hiện từ ngày 01/9/2026 đến ngày 30/9/2026.",
            (D(2026, 8, 3), D(2026, 8, 6)),
        ),
    ],
)
def test_a_trip_written_leg_by_leg_runs_to_its_last_leg(text: str, period: tuple[dt.date, dt.date]) -> None:
    found = find_period(text)
    assert found is not None
    assert (found.start, found.end) == period


def test_a_lead_sentence_broken_after_a_party_board_keeps_its_subject() -> None:
    text = (
        "Điều 5. Hồ sơ\n"
        "1. Hồ sơ đề nghị cử đoàn phải gửi đến Ban Tổ chức\n"
        "Tỉnh ủy hoặc Sở Nội vụ trước ngày xuất cảnh ít nhất chín (09) ngày làm việc.\n"
    )
    assert [(r.kind, r.value) for r in find_rules(text)] == [("submission_lead_working_days", 9)]


def test_dang_uy_read_with_a_breve_is_the_party_committee() -> None:
    assert normalize_text("Bí thư Đăng ủy xã Tân Lộc") == "Bí thư Đảng ủy xã Tân Lộc"


def test_a_regulation_s_bracket_clipped_on_a_scan_still_marks_it() -> None:
    text = (
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý đoàn ra.\n"
        "Nguyễn Văn An\fQUY CHẾ\n"
        "Quản lý đoàn ra của Sở Đông Sơn\n"
        "èm theo Quyết định số 15/QĐ-SĐS ngày 10 tháng 01 năm 2026 của Giám đốc Sở)\n"
        "Điều 1. Mỗi đoàn không quá tám (08) người.\n"
    )
    assert regulation_start(text) == text.index("QUY CHẾ")
