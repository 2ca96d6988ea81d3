"""Regressions for the classes behind the twenty-sixth blind scenario's misses, on sentences of our own.

Why: a ministry's party rule (2026) defined its key leaders as "người đứng đầu và bí thư cấp ủy (…) của các vụ,
cục, …; người đứng đầu và bí thư đảng ủy của các trường, viện …": the bare "người đứng đầu" matched no title, so no
Cục trưởng, Vụ trưởng or Hiệu trưởng was a key leader. Its deputies in charge of a unit without a head were put
back in by a clause of their own ("…; trường hợp cấp phó được giao phụ trách … thì được xác định là lãnh đạo chủ
chốt"), after the exclusion rather than as its exception, and were read as plain deputies. A decision sent its
people as escorts in its opening ("Cử các ông có tên sau tháp tùng Thủ tướng Chính phủ … :"), not in each entry,
and the trip was counted against the limit its exception leaves such trips out of.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.members import find_members
from extractors.scope import KEY_LEADER, classify, find_definitions
from pipeline.link.reports import link_all
from pipeline.settings import Settings
from pipeline.store.connection import open_db
from pipeline.store.documents import load_documents
from tests.test_amendments import _HEAD, _TAIL, ORIGINAL, _document

UNITS = (
    "Lãnh đạo chủ chốt theo Quy định này gồm: Tổng cục trưởng; người đứng đầu và bí thư cấp ủy (đảng ủy, chi bộ) "
    "của các vụ, cục; người đứng đầu và bí thư đảng ủy của các trường, viện trực thuộc. Các đồng chí Phó Tổng cục "
    "trưởng và cấp phó của người đứng đầu các cơ quan, đơn vị không thuộc diện lãnh đạo chủ chốt; trường hợp cấp "
    "phó được giao phụ trách cơ quan, đơn vị trong thời gian chưa bổ nhiệm người đứng đầu thì được xác định là lãnh "
    "đạo chủ chốt.\n"
)


@pytest.mark.parametrize(
    ("title", "member"),
    [
        ("Cục trưởng Cục Quản lý thị trường", True),
        ("Vụ trưởng Vụ Pháp chế", True),
        ("Hiệu trưởng Trường Cao đẳng Kỹ thuật", True),
        ("Viện trưởng Viện Nghiên cứu Cơ khí", True),
        ("Phó Cục trưởng phụ trách Cục Quản lý thị trường", True),
        ("Phó Cục trưởng Cục Quản lý thị trường", False),
        ("Phó Tổng cục trưởng", False),
        ("Trưởng phòng Tổng hợp", False),
        ("Chuyên viên", False),
    ],
)
def test_scope_bare_head_of_listed_units_and_deputy_in_charge(title: str, member: bool) -> None:
    (definition,) = find_definitions(UNITS)
    assert definition.scope == KEY_LEADER
    assert classify(title, KEY_LEADER, definition).member is member, title


ESCORTS = (
    "Điều 1. Cử các ông có tên sau tháp tùng Thủ tướng Chính phủ thăm chính thức Cộng hòa Pháp từ ngày 06/4/2026 "
    "đến ngày 09/4/2026:\n1. Ông Trần Văn An, Cục trưởng Cục Quản lý thị trường;\n"
    "2. Ông Lê Quốc Bình, Vụ trưởng Vụ Pháp chế.\nĐiều 2. Kinh phí do Văn phòng Chính phủ bảo đảm.\n"
)


def test_members_a_list_opened_as_escorts_goes_as_escorts() -> None:
    assert [(m.name, m.role) for m in find_members(ESCORTS)] == [
        ("Trần Văn An", "tháp tùng"),
        ("Lê Quốc Bình", "tháp tùng"),
    ]


def test_members_a_plain_list_keeps_no_role() -> None:
    plain = ESCORTS.replace("tháp tùng Thủ tướng Chính phủ thăm chính thức", "đi công tác tại")
    assert [m.role for m in find_members(plain)] == [None, None]


def test_docnumber_a_type_part_that_lost_a_letter_is_repaired_by_the_title() -> None:
    from extractors.docnumber import typed_by_title

    assert typed_by_title("2702/Q-BCT", "quyet_dinh") == "2702/QĐ-BCT"
    assert typed_by_title("2702/Q-BCT", None) == "2702/Q-BCT"


def test_docnumber_a_one_letter_type_part_unrepaired_is_no_number() -> None:
    from extractors.docnumber import slipped_parts

    assert slipped_parts("2702/Q-BCT") == ["Q"]
    assert slipped_parts("2702/QĐ-BCT") == [] and slipped_parts("15/L-CTN") == []


WRAPPED_START = (
    "Điều 8. Thời hạn báo cáo\n"
    "1. Trong thời hạn bảy (07) ngày làm việc kể từ ngày về nước, trưởng đoàn gửi báo\n"
    "cáo kết quả chuyến công tác đến Giám đốc.\n"
    "2. Thời hạn tại khoản 1 Điều này áp dụng đối với các đoàn về nước từ ngày\n"
    "01/7/2026, thay cho thời hạn mười (10) ngày làm việc; các đoàn về nước trước ngày này theo thời hạn cũ.\n"
)


def test_rules_a_start_whose_date_a_scan_wrapped_is_read() -> None:
    import datetime as dt

    from extractors.rules import find_rules

    (rule,) = [r for r in find_rules(WRAPPED_START) if r.kind == "report_deadline_working_days" and r.value == 7]
    assert (rule.effective_from, rule.effective_basis) == (dt.date(2026, 7, 1), "return")


def test_country_lists_a_subject_line_ends_before_the_signer_heading() -> None:
    from extractors.country_lists import list_gaps

    subject = (
        "Về việc cử đoàn đi công tác tại Cộng hòa Pháp\nGIÁM ĐỐC SỞ CÔNG THƯƠNG\nCăn cứ Nghị định số 40/2025/NĐ-CP "
        "quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức;\n"
    )
    assert list_gaps(subject) == []
    assert list_gaps(subject.replace("\nGIÁM ĐỐC SỞ CÔNG THƯƠNG", "")) == []
    (gap,) = list_gaps("đi công tác tại Cộng hòa Pháp, Vương quốc Bỉ,\nVương quốc Hà Lan và Dú'c\nGIÁM ĐỐC")
    assert (gap.items, gap.countries) == (4, 3)


@pytest.mark.parametrize(("cited", "left"), [("77/QĐ-UBNDD", 0), ("78/QĐ-UBNDD", 1)])
def test_a_cancelled_decision_cited_without_a_readable_date_one_slip_away(
    tmp_path: Path, cited: str, left: int
) -> None:
    """The cancelling decision's citation lost its date to the scan and read "77/QĐ-UBNDD": the serial as cited,
    the symbol one slip away, and the decision naming a member's unit and a country, is the trip cancelled; a
    serial one away is not."""
    text = (
        _HEAD.format(number="98/QĐ-UBND", day="12", subject="Về việc hủy bỏ Quyết định cử đoàn")
        + f"Điều 1. Hủy bỏ Quyết định số {cited} của đoàn Sở Công Thương đi công tác tại Lào.\n"
        + _TAIL
    )
    path = tmp_path / "c.duckdb"
    con = open_db(path)
    cancelling = _document("qd-98", text)
    assert cancelling.amends is not None and cancelling.amends.citation.date is None
    load_documents(con, [cancelling, _document("qd-77", ORIGINAL)])
    link_all(con, Settings(db=path))
    assert con.execute("SELECT count(*) FROM trips").fetchone() == (left,)
    con.close()


def test_members_an_escorts_opening_a_scan_wrapped_goes_as_escorts() -> None:
    wrapped = ESCORTS.replace("Chính phủ thăm chính thức", "Chính\nphủ thăm chính thức").replace(
        "đến ngày 09/4/2026:", "đến ngày\n09/4/2026 theo Công văn số 2114/VPCP-QHQT của Văn phòng Chính\nphủ:"
    )
    assert [m.role for m in find_members(wrapped)] == ["tháp tùng", "tháp tùng"]


@pytest.mark.parametrize("verb", ["thì được xác định là", "cũng là"])
def test_scope_deputy_in_charge_put_in_once(verb: str) -> None:
    """One rule reads a deputy in charge back in, whether or not an exclusion comes before its clause: listed once,
    with either verb of the clause."""
    (definition,) = find_definitions(UNITS.replace("thì được xác định là", verb))
    assert definition.includes.count("cấp phó được giao phụ trách cơ quan") == 1, definition.includes
    assert classify("Phó Cục trưởng phụ trách Cục Quản lý thị trường", KEY_LEADER, definition).member
