"""Issue 13 (blind scenario 33): rules read the way a Quy định lays them out in articles of their own — a group
defined in one article with who stays in and who is out in its later items, a limit whose subject is a post, the
trips not counted said in another article, a ban's exception in a later item — and judged that way (sentences
written for these tests)."""

from __future__ import annotations

import datetime as dt

from extractors.rules import find_rules
from extractors.scope import KEY_LEADER, LISTED, classify, find_definitions, find_post_scope
from extractors.trips import joins_central_delegation
from pipeline.checks.run import run_checks
from pipeline.link.people import unit_key, unit_of_post, unit_similarity
from schemas.rules import RuleKind
from tests.rules_db import Member, TripFact, approved_2026, insert_trips

D = dt.date

REGULATION = (
    "Điều 2. Cán bộ chủ chốt\n"
    "1. Lãnh đạo chủ chốt theo Quy chế này là người đứng đầu và bí thư cấp ủy của cơ quan, đơn vị, cụ thể: Giám đốc "
    "sở, Chủ tịch Ủy ban nhân dân xã; bí thư đảng ủy.\n"
    "2. Bí thư cấp ủy kiêm chức vụ cấp phó của người đứng đầu vẫn là lãnh đạo chủ chốt của cơ quan đó.\n"
    "3. Những người sau đây không phải là lãnh đạo chủ chốt theo Quy chế này: phó bí thư cấp ủy; người đứng đầu "
    "phòng, chi cục và đơn vị sự nghiệp trực thuộc sở, ngành (bảo tàng, trường học); Ủy viên Ban Thường vụ Thành ủy, "
    "kể cả khi đồng thời là người đứng đầu cơ quan.\n"
    "4. Chuyến đi tháp tùng đoàn cấp cao của Đảng, Nhà nước không tính vào số chuyến quy định tại Điều 4 Quy chế này.\n"
    "Điều 3. Kinh phí\n"
    "1. Không đi nước ngoài bằng kinh phí do doanh nghiệp tài trợ.\n"
    "2. Doanh nghiệp nhà nước của thành phố cử người của mình đi công tác bằng kinh phí của chính doanh nghiệp thì "
    "không thuộc trường hợp quy định tại khoản 1 Điều này.\n"
    "Điều 4. Số chuyến\n"
    "1. Lãnh đạo chủ chốt đi công tác nước ngoài không quá hai (02) chuyến trong một năm.\n"
    "2. Ủy viên Ban Thường vụ Thành ủy đi công tác nước ngoài không quá ba (03) chuyến trong một năm.\n"
)


def test_a_definition_reads_its_later_items_on_who_stays_in_and_who_is_out() -> None:
    (definition,) = find_definitions(REGULATION)
    assert "Bí thư cấp ủy" in definition.includes  # "… vẫn là lãnh đạo chủ chốt"
    assert "phó bí thư cấp ủy" in definition.excludes
    assert "Ủy viên Ban Thường vụ Thành ủy" in definition.excludes
    assert "người đứng đầu phòng, chi cục" in definition.excludes
    assert "người đứng đầu đơn vị sự nghiệp trực thuộc sở, ngành (bảo tàng, trường học)" in definition.excludes
    assert "Chuyến đi tháp tùng" not in definition.sentence  # item 4 names no one in or out

    def member(title: str, unit: str) -> bool | None:
        return classify(title, KEY_LEADER, definition, unit=unit).member

    assert member("Giám đốc", "Sở Xây dựng") is True
    assert member("Phó Giám đốc, Bí thư Đảng ủy", "Sở Xây dựng") is True
    assert member("Giám đốc Bảo tàng thành phố", "Sở Văn hóa") is False  # a service unit under the sở
    assert member("Chi cục trưởng Chi cục Thủy lợi", "Sở Nông nghiệp") is False
    assert member("Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận", "Thành ủy") is False  # even as a head
    assert member("Phó Bí thư Đảng ủy", "xã Tân Lập") is False


def test_a_limit_whose_subject_is_a_post_binds_that_post_only() -> None:
    clause = "2. Ủy viên Ban Thường vụ Thành ủy đi công tác nước ngoài không quá ba (03) chuyến trong một năm."
    posts = find_post_scope(clause, 0, len(clause))
    assert posts is not None and posts.scope == LISTED and posts.includes == ["Ủy viên Ban Thường vụ Thành ủy"]
    assert classify("Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận", LISTED, posts, unit="Thành ủy").member
    assert classify("Phó Trưởng Ban Dân vận", LISTED, posts, unit="Thành ủy").member is False
    group = "Cán bộ, công chức đi công tác nước ngoài không quá ba (03) lần trong một năm."
    assert find_post_scope(group, 0, len(group)) is None


def test_trips_not_counted_in_another_article_and_a_later_items_exception_are_the_rules() -> None:
    rules = {(r.kind, r.value): r for r in find_rules(REGULATION)}
    leaders, members = rules[("max_trips_per_year", 2.0)], rules[("max_trips_per_year", 3.0)]
    assert leaders.scope == KEY_LEADER and members.scope == LISTED
    assert members.applies_to == "Ủy viên Ban Thường vụ Thành ủy"
    for limit in (leaders, members):
        assert limit.exception is not None and limit.exception.startswith("Chuyến đi tháp tùng")
    ban = rules[("no_enterprise_funded", None)]
    assert ban.exception is not None and "kinh phí của chính doanh nghiệp" in ban.exception
    # another article's trips not counted name a limit of theirs, not this one's
    other = REGULATION.replace("tại Điều 4 Quy chế này", "tại Điều 7 Quy chế này")
    assert {r.exception for r in find_rules(other) if r.kind == "max_trips_per_year"} == {None}


def test_escorting_the_states_top_delegation_joins_a_central_one() -> None:
    assert joins_central_delegation(
        "Điều 1. Cử ông A tháp tùng Đoàn đại biểu cấp cao Nhà nước do Chủ tịch nước dẫn đầu"
    )
    assert not joins_central_delegation("Điều 1. Cử ông A tháp tùng Đoàn cấp cao của Sở Y tế đi Lào")


def test_a_post_in_the_title_is_compared_with_its_unit() -> None:
    joined = unit_of_post("Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận", "Thành ủy")
    assert joined == "Ban Dân vận Thành ủy"
    assert unit_similarity(unit_key(joined) or "", unit_key("Ban Dân vận") or "") is not None
    assert unit_of_post("Giám đốc Sở Xây dựng", "Sở Xây dựng") == "Sở Xây dựng"  # the unit names it already
    assert unit_of_post("Chủ tịch", "Ủy ban nhân dân xã Tân Lập") == "Ủy ban nhân dân xã Tân Lập"


def test_checks_judge_each_group_by_its_own_limit_and_leave_escorting_trips_out() -> None:
    """A standing-committee member heading a board is judged by the three a year of the members, not the key
    leaders' two; a plain deputy by neither; a trip escorting the state's top delegation is not counted, and the
    finding names it with the exception's words."""
    member = Member("Lò Văn Sinh", "Thành ủy", title="Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận")
    deputy = Member("Hà Thị Nhung", "Thành ủy", title="Phó Trưởng Ban Dân vận")
    chair = Member("Đinh Văn Cường", "Ủy ban nhân dân xã Tân Lập", title="Chủ tịch")
    con = approved_2026(REGULATION, "05-QC/TU", "Thành ủy Đông Sơn", D(2026, 1, 2))
    insert_trips(
        con,
        [
            TripFact(f"{n}/QĐ", D(2026, n, 2), D(2026, n, 5), ["Lào"], [member, deputy, chair], issuer="Thành ủy")
            for n in (2, 4, 6, 8, 10)
        ],
    )
    con.execute("UPDATE trips SET joins_central_delegation = true WHERE trip_id = 't-4/QĐ'")
    found = run_checks(con, D(2026, 12, 31), kinds=(RuleKind.MAX_TRIPS_PER_YEAR,))
    first = {f.person: f for f in sorted(found, key=lambda f: int(f.decision_number.split("/")[0]), reverse=True)}
    assert set(first) == {"Lò Văn Sinh", "Đinh Văn Cường"}
    assert first["Lò Văn Sinh"].decision_number == "10/QĐ"  # the 4th counted trip, over three a year
    assert "vượt mức tối đa 03 lần/năm" in first["Lò Văn Sinh"].message
    assert first["Đinh Văn Cường"].decision_number == "8/QĐ"  # the 3rd counted, over two a year
    assert "không tính chuyến đi theo quyết định 4/QĐ: “Chuyến đi tháp tùng" in first["Đinh Văn Cường"].message


def test_a_case_put_back_in_is_read_as_a_case_not_as_a_post() -> None:
    text = (
        "1. Lãnh đạo chủ chốt theo Quy chế này gồm: Giám đốc sở, Chủ tịch Ủy ban nhân dân xã. Cấp phó không thuộc diện "
        "này. Trường hợp cấp phó đồng thời giữ chức Bí thư đảng ủy của cơ quan thì vẫn được xác định là lãnh đạo chủ "
        "chốt.\n"
    )
    (definition,) = find_definitions(text)
    assert not any(item.lower().startswith("trường hợp") for item in definition.includes)
    assert "Bí thư đảng ủy" in definition.includes
