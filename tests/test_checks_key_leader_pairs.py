"""The two-leaders rule as a dispatch writes it with pairs of key leaders, its definition stored, shown and used by
the check instead of the shipped default (issue 13, scenario 23's forms; the sentences are the tests' own)."""

from __future__ import annotations

import datetime as dt

from pipeline.checks.run import run_checks
from pipeline.rules.rulebase import describe, get_rule
from tests.rules_db import Member, TripFact, approved_2026, insert_trips

D = dt.date
QUY_DINH = (
    "Số: 09-QĐi/TU\n"
    "Điều 6. Không bố trí lãnh đạo chủ chốt cùng đi trong một đoàn\n"
    "Không bố trí người đứng đầu cấp ủy và người đứng đầu chính quyền, cơ quan, đơn vị của cùng một địa phương, "
    "cơ quan, đơn vị cùng đi công tác nước ngoài trong một đoàn. Lãnh đạo chủ chốt theo Điều này gồm: Bí thư Tỉnh ủy "
    "và Chủ tịch Ủy ban nhân dân tỉnh; Bí thư cấp ủy và Giám đốc của mỗi sở, của Bệnh viện Sản Nhi tỉnh (cấp phó "
    "đồng thời là bí thư cấp ủy của chính đơn vị đó được xác định là người đứng đầu cấp ủy); Bí thư Đảng ủy và Chủ "
    "tịch Hội đồng thành viên doanh nghiệp nhà nước.\n"
    "Điều 7. Mỗi đoàn đi công tác nước ngoài không quá mười (10) người.\n"
)
HOSPITAL = "Bệnh viện Sản Nhi tỉnh"
FIRM = "Công ty TNHH MTV Cấp nước Đông Sơn"
KIND = "no_two_key_leaders_same_unit"


def _db():  # type: ignore[no-untyped-def]
    return approved_2026(QUY_DINH, "09-QĐi/TU", "Tỉnh ủy Đông Sơn", D(2026, 1, 5))


def _trip(number: str, month: int, *members: Member) -> TripFact:
    return TripFact(number, D(2026, month, 3), D(2026, month, 7), ["Nhật Bản"], list(members))


def test_pairs_give_the_rule_its_definition_and_rules_show_prints_it() -> None:
    con = _db()
    (rule,) = [
        get_rule(con, rule_id)
        for (rule_id,) in con.execute(
            "SELECT rule_id FROM rules WHERE kind = ? AND origin = 'extracted'", [KIND]
        ).fetchall()
    ]
    assert rule.scope == "key_leader" and rule.scope_definition is not None
    includes = rule.scope_definition.includes
    assert {"Giám đốc của mỗi sở", f"Giám đốc {HOSPITAL}", "Bí thư cấp ủy", "Chủ tịch Ủy ban nhân dân tỉnh"} <= set(
        includes
    )
    assert "Chủ tịch Hội đồng thành viên doanh nghiệp nhà nước" in includes
    assert "in: Bí thư Tỉnh ủy; Chủ tịch Ủy ban nhân dân tỉnh;" in "\n".join(describe(rule))


def test_only_the_defined_pairs_are_two_key_leaders_of_one_unit() -> None:
    con = _db()
    insert_trips(
        con,
        [
            # the director and a deputy who is the party secretary: the bracket makes the deputy the party head
            _trip(
                "10/QĐ-UBND",
                3,
                Member("Lê Văn Tùng", HOSPITAL, key=True, title="Giám đốc"),
                Member("Trần Thị Mơ", HOSPITAL, title="Phó Giám đốc, Bí thư Đảng ủy"),
            ),
            # the council's chair and the general director: the pair is the chair and the Bí thư, not the director
            _trip(
                "20/QĐ-UBND",
                5,
                Member("Hà Văn Lộc", FIRM, key=True, title="Chủ tịch Hội đồng thành viên"),
                Member("Đỗ Minh Khang", FIRM, key=True, title="Tổng Giám đốc"),
            ),
            # the Bí thư Tỉnh ủy with a Phó Chủ tịch: the pair is the Bí thư and the Chủ tịch
            _trip(
                "30/QĐ-UBND",
                7,
                Member("Nguyễn Văn An", "Tỉnh ủy Đông Sơn", key=True, title="Bí thư"),
                Member("Vũ Thị Bình", "Ủy ban nhân dân tỉnh Đông Sơn", key=True, title="Phó Chủ tịch"),
            ),
        ],
    )
    found = [f for f in run_checks(con, D(2026, 12, 1), "r") if f.rule_kind == KIND]
    assert [f.decision_number for f in found] == ["10/QĐ-UBND"]
    assert "09-QĐi/TU" in found[0].message


def test_a_read_pair_unflagged_by_linking_is_two_key_leaders_of_one_unit() -> None:
    """Both posts of a pair the article reads ("Bí thư Tỉnh ủy và Chủ tịch Ủy ban nhân dân tỉnh"; "Bí thư cấp ủy và
    Giám đốc của mỗi sở"), neither flagged a key leader by linking: the pairs alone make them two of one unit."""
    con = _db()
    insert_trips(
        con,
        [
            _trip(
                "40/QĐ-UBND",
                3,
                Member("Nguyễn Văn An", "Tỉnh ủy Đông Sơn", title="Bí thư"),
                Member("Vũ Thị Bình", "Ủy ban nhân dân tỉnh Đông Sơn", title="Chủ tịch"),
            ),
            _trip(
                "50/QĐ-UBND",
                5,
                Member("Lê Văn Tùng", "Sở Y tế", title="Giám đốc"),
                Member("Trần Thị Mơ", "Sở Y tế", title="Bí thư Đảng ủy"),
            ),
            # one post of a pair beside a post no pair names: one key leader
            _trip(
                "60/QĐ-UBND",
                7,
                Member("Hà Văn Lộc", "Sở Y tế", title="Giám đốc"),
                Member("Đỗ Minh Khang", "Sở Y tế", title="Chánh Văn phòng"),
            ),
        ],
    )
    found = [f for f in run_checks(con, D(2026, 12, 1), "r") if f.rule_kind == KIND]
    assert sorted(f.decision_number for f in found) == ["40/QĐ-UBND", "50/QĐ-UBND"]
    assert all("09-QĐi/TU" in f.message for f in found)
