"""Issue 13: findings carry the rule's sentence and source, the values with provenance, the rules passed over,
and become `review` naming what to check when an input is uncertain; scope definitions decide who is a key
leader."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import pytest

from pipeline.checks.run import run_checks
from pipeline.rules.rulebase import propose_rules, set_status
from pipeline.store.connection import open_db
from schemas.rules import RuleKind
from tests.rules_db import Member, TripFact, dispatch, insert_trips

D = dt.date


def _db(tmp_path: Path, text: str) -> duckdb.DuckDBPyConnection:
    con = open_db(tmp_path / "r.duckdb")
    rules = propose_rules(con, [dispatch(text, "60/UBND-NV", "UBND tỉnh Đông Sơn", D(2025, 1, 2), "c" * 64)])
    set_status(con, "approve", [r.id for r in rules], actor="lan")
    return con


def test_checks_review_when_the_decision_was_ocr_d_with_low_confidence(tmp_path: Path) -> None:
    con = _db(tmp_path, "Mỗi đoàn không được vượt quá năm (05) người.")
    six = [Member(f"Nguyễn Văn {c}", "Sở Y tế") for c in "ABCDEF"]
    insert_trips(con, [TripFact("1/QĐ", D(2025, 3, 1), D(2025, 3, 5), ["Lào"], six),
                       TripFact("2/QĐ", D(2025, 4, 1), D(2025, 4, 5), ["Lào"], six)])  # fmt: skip
    for trip, confidence in (("t-1/QĐ", 91.0), ("t-2/QĐ", 58.0)):
        con.execute(
            "INSERT INTO documents (sha256, path, status, text_source, ocr_confidence, extractor_version, "
            "ingested_at) VALUES (?, 'x.pdf', 'ok', 'ocr', ?, 'test', now())",
            [trip, confidence],
        )
    found = {f.decision_number: f for f in run_checks(con, D(2025, 12, 31), kinds=(RuleKind.MAX_DELEGATION_SIZE,))}
    assert found["1/QĐ"].severity.value == "breach" and found["1/QĐ"].evidence["to_check"] is None
    sure, doubtful = found["1/QĐ"], found["2/QĐ"]
    assert doubtful.severity.value == "review" and "độ tin cậy 58/100" in doubtful.evidence["to_check"]
    assert sure.rule_sentence == "Mỗi đoàn không được vượt quá năm (05) người."
    assert sure.evidence["decision_ocr_confidence"] == 91.0 and sure.evidence["decision_text_source"] == "ocr"


def test_checks_review_when_the_report_link_is_fuzzy(tmp_path: Path) -> None:
    con = _db(tmp_path, "Sau khi về nước, trong vòng 05 ngày làm việc phải báo cáo kết quả chuyến đi.")
    one = [Member("Nguyễn Văn A", "Sở Y tế")]
    late = D(2025, 4, 20)
    insert_trips(
        con, [TripFact(n, D(2025, 3, 3), D(2025, 3, 7), ["Lào"], one, report_on=late) for n in ("3/QĐ", "4/QĐ")]
    )
    con.execute("UPDATE reports SET link_method = 'decision_number', link_score = 1.0 WHERE trip_id = 't-3/QĐ'")
    con.execute("UPDATE reports SET link_method = 'decision_date_unit', link_score = 0.8 WHERE trip_id = 't-4/QĐ'")
    kinds = (RuleKind.REPORT_DEADLINE_WORKING_DAYS,)
    found = {f.decision_number: f for f in run_checks(con, D(2025, 12, 31), kinds=kinds)}
    assert found["3/QĐ"].severity.value == "breach"
    assert found["4/QĐ"].severity.value == "review"
    assert "decision_date_unit" in found["4/QĐ"].evidence["to_check"]


def test_checks_review_when_a_person_was_matched_below_certainty(tmp_path: Path) -> None:
    con = _db(tmp_path, "Cán bộ đi công tác nước ngoài không quá 02 lần/năm.")
    trips = [
        TripFact(f"{n}/QĐ", D(2025, n, 1), D(2025, n, 3), ["Lào"], [Member("Lê Văn Sơn", "Sở Y tế", person_id=pid)])
        for n, pid in ((1, "P-1"), (2, "P-1"), (3, "P-1"), (4, "P-2"), (5, "P-2"), (6, "P-2"))
    ]
    insert_trips(con, trips)
    # P-2's third trip was joined by a name match of 90: the count may be wrong
    con.execute(
        "INSERT INTO person_merges (merge_id, person_id, sha256, role, ordinal, score, evidence, created_at) "
        "VALUES ('m1', 'P-2', 't-6/QĐ', 'member', 0, 95.0, ?, now())",
        [json.dumps({"name_score": 90.0, "documents": [{"name": "Lê Văn Sơn", "document_number": "5/QĐ"},
                                                       {"name": "Lê Văn Sdn", "document_number": "6/QĐ"}]})],
    )  # fmt: skip
    found = {f.decision_number: f for f in run_checks(con, D(2025, 12, 31), kinds=(RuleKind.MAX_TRIPS_PER_YEAR,))}
    assert found["3/QĐ"].severity.value == "breach"
    assert found["6/QĐ"].severity.value == "review" and "90/100" in found["6/QĐ"].evidence["to_check"]
    assert "Lê Văn Sơn (5/QĐ) và Lê Văn Sdn (6/QĐ)" in found["6/QĐ"].evidence["to_check"]
    assert found["6/QĐ"].evidence["asked_elsewhere"]  # the queue's person item asks it: no second question


def test_checks_scope_definition_decides_key_leaders(tmp_path: Path) -> None:
    """A deputy director who is party secretary is a key leader by the dispatch's definition; a plain deputy
    is not, and the finding names the definition and the rule passed over."""
    con = _db(
        tmp_path,
        "Lãnh đạo chủ chốt không đi nước ngoài quá 02 lần/năm.\n"
        "Lãnh đạo chủ chốt gồm: Bí thư Đảng ủy, Giám đốc sở; cấp phó không thuộc diện này.\n"
        "Cán bộ, công chức đi nước ngoài không quá 04 lần/năm.",
    )
    secretary = Member("Hoàng Văn Tư", "Sở Xây dựng", title="Phó Giám đốc Sở, Bí thư Đảng ủy")
    deputy = Member("Đỗ Thị Năm", "Sở Xây dựng", title="Phó Giám đốc Sở")
    insert_trips(
        con, [TripFact(f"{n}/QĐ", D(2025, n, 1), D(2025, n, 3), ["Lào"], [secretary, deputy]) for n in (1, 2, 3)]
    )
    found = run_checks(con, D(2025, 12, 31), kinds=(RuleKind.MAX_TRIPS_PER_YEAR,))
    assert [(f.person, f.decision_number) for f in found] == [("Hoàng Văn Tư", "3/QĐ")]
    evidence = found[0].evidence
    assert evidence["rule_scope"] == "key_leader" and "cấp phó không thuộc diện này" in evidence["scope_definition"]
    why = {p["source"]: (p["value"], p["why"]) for p in evidence["rules_not_applied"]}
    assert why["Công văn số 60/UBND-NV"] == (4, "ít nghiêm ngặt hơn quy định được áp dụng")
    assert why["Chỉ thị số 38-CT/TW ngày 21/7/2014 của Bộ Chính trị"][1].startswith("quy định trung ương")


def test_checks_dispatch_limit_replaces_the_shipped_default_even_when_looser(tmp_path: Path) -> None:
    """The dispatch's own "tối đa ba (03) chuyến" applies, not the shipped paraphrase of Chỉ thị 38 (two): a
    third trip is no breach, the fourth is, under the dispatch, and the default is named as passed over."""
    con = _db(
        tmp_path,
        "Lãnh đạo chủ chốt chỉ được đi công tác nước ngoài tối đa ba (03) chuyến trong một năm.\n"
        "Lãnh đạo chủ chốt quy định tại Chỉ thị này gồm: Giám đốc sở.",
    )
    head = Member("Cầm Văn Tú", "Sở Công Thương", title="Giám đốc Sở Công Thương")
    insert_trips(con, [TripFact(f"{n}/QĐ", D(2025, n, 1), D(2025, n, 3), ["Lào"], [head]) for n in (1, 2, 3, 4)])
    found = run_checks(con, D(2025, 12, 31), kinds=(RuleKind.MAX_TRIPS_PER_YEAR,))
    assert [(f.person, f.decision_number) for f in found] == [("Cầm Văn Tú", "4/QĐ")]
    assert "03 lần/năm" in found[0].message and "60/UBND-NV" in found[0].message
    why = {p["source"]: p["why"] for p in found[0].evidence["rules_not_applied"]}
    assert why["Chỉ thị số 38-CT/TW ngày 21/7/2014 của Bộ Chính trị"].startswith("quy định trung ương mặc định")


def test_checks_review_when_the_country_list_was_read_short(tmp_path: Path) -> None:
    """Issue 13.3: "các nước: Nhật Bản, Hàn Quốc và Trung Quốc" OCR'd with one name garbled reads as two
    countries; the per-country check says the list needs checking instead of a plain breach, and the
    countries check judges the three items listed."""
    con = _db(
        tmp_path,
        "Mỗi nước thăm không quá 03 ngày chưa kể thời gian đi và về; đi không quá 02 nước trong một chuyến công tác.",
    )
    member = [Member("Nguyễn Văn A", "Sở Y tế")]
    insert_trips(con, [TripFact("7/QĐ", D(2025, 3, 1), D(2025, 3, 9), ["Nhật Bản", "Hàn Quốc"], member)])
    con.execute(
        "INSERT INTO documents (sha256, path, status, text_source, ocr_confidence, text, extractor_version, "
        "ingested_at) VALUES ('t-7/QĐ', 'x.pdf', 'ok', 'ocr', 88.0, ?, 'test', now())",
        ["Cử đoàn đi công tác tại các nước: Nhật Bản, Hàn Quốc và Trung Qu6c từ ngày 01/3/2025 đến ngày 09/3/2025."],
    )
    kinds = (RuleKind.MAX_DAYS_PER_COUNTRY, RuleKind.MAX_COUNTRIES_PER_TRIP)
    found = {f.rule_kind: f for f in run_checks(con, D(2025, 12, 31), kinds=kinds)}
    per_country = found[RuleKind.MAX_DAYS_PER_COUNTRY]  # 7 days over 2 countries read = 3,5 > 3
    assert per_country.severity.value == "review"
    assert (
        "liệt kê 3 nơi đến" in per_country.evidence["to_check"]
        and "đọc được 2 nước" in per_country.evidence["to_check"]
    )
    countries = found[RuleKind.MAX_COUNTRIES_PER_TRIP]
    assert countries.severity.value == "review"  # 3 listed > 2, though 2 read
    # two read are not over two: the message says what is uncertain, it does not claim a breach
    assert "vượt mức tối đa" not in countries.message and "chưa chắc số nước" in countries.message
    assert "danh sách nơi đến có 3 mục" in countries.message


def test_checks_trips_per_year_leave_out_escorting_trips_when_the_rule_says_so(tmp_path: Path) -> None:
    """A dispatch that does not count trips accompanying a leader ("không tính các chuyến đi tháp tùng"): a
    director's escorting trip gets no number, so his third decision is his second trip; without that clause
    in the rule every trip counts."""
    escorting = "Sở Ngoại vụ"
    trips = [
        TripFact(f"{n}/QĐ", D(2025, n, 1), D(2025, n, 3), ["Lào"], [Member("Vi Văn Sáu", escorting, key=True, role=r)])
        for n, r in ((2, None), (5, "tháp tùng"), (8, None))
    ]
    clause = "Lãnh đạo chủ chốt đi công tác nước ngoài không quá hai (02) lần trong một năm"
    con = _db(tmp_path, clause + ", không tính các chuyến đi tháp tùng lãnh đạo tỉnh.")
    insert_trips(con, trips)
    assert run_checks(con, D(2025, 12, 31), kinds=(RuleKind.MAX_TRIPS_PER_YEAR,)) == []
    (tmp_path / "plain").mkdir()
    plain = _db(tmp_path / "plain", clause + ".")
    insert_trips(plain, trips)
    found = run_checks(plain, D(2025, 12, 31), kinds=(RuleKind.MAX_TRIPS_PER_YEAR,))
    assert [(f.decision_number, f.evidence["trip_number"]) for f in found] == [("8/QĐ", 3)]


def test_checks_missing_report_is_a_review_when_a_report_of_the_unit_is_unlinked(tmp_path: Path) -> None:
    """Issue 13 (the blind scenario's 118/BC-SCT and 175/BC-SCT): a report that could not be linked for sure
    leaves its trip "missing" a report. When an unlinked report of a member's unit was filed after the return,
    the finding is a review naming it; another unit's report, one filed before the return, or one whose own
    period is another trip's changes nothing. A báo cáo of the unit not read as a trip report at all (the
    third blind scenario's 44/BC-SCT, its citation under a received stamp) counts as an unlinked one."""
    con = _db(tmp_path, "Sau khi về nước, trong vòng 05 ngày làm việc phải báo cáo kết quả chuyến đi.")
    insert_trips(
        con,
        [
            TripFact("5/QĐ", D(2025, 3, 3), D(2025, 3, 7), ["Lào"], [Member("Lê Thị Minh", "Sở Công Thương")]),
            TripFact("6/QĐ", D(2025, 3, 3), D(2025, 3, 7), ["Lào"], [Member("Hồ Văn Lợi", "Sở Y tế")]),
            TripFact("7/QĐ", D(2025, 6, 2), D(2025, 6, 6), ["Lào"], [Member("Vũ Văn An", "Sở Ngoại vụ")]),
        ],
    )
    for sha, number, day, unit in (
        ("u1", "118/BC-SCT", D(2025, 3, 20), "Sở Công thương"),  # OCR'd case: the same unit
        ("u2", None, D(2025, 3, 25), "SỞ CÔNG THƯƠNG"),
        ("u3", "9/BC-SNV", D(2025, 5, 2), "Sở Ngoại vụ"),  # before 7/QĐ's return: not its report
    ):
        con.execute(
            "INSERT INTO reports (sha256, number, report_date, reporting_unit) VALUES (?, ?, ?, ?)",
            [sha, number, day, unit],
        )
    con.execute(  # a report of 6/QĐ's unit about a trip in May: its own period says it is another trip's
        "INSERT INTO reports (sha256, number, report_date, reporting_unit, start_date, end_date) "
        "VALUES ('u4', '12/BC-SYT', ?, 'Sở Y tế', ?, ?)",
        [D(2025, 5, 20), D(2025, 5, 5), D(2025, 5, 9)],
    )
    con.execute(  # a báo cáo of 7/QĐ's unit after its return, not read as a trip report (stamp over its citation)
        "INSERT INTO documents (sha256, path, status, extractor_version, ingested_at, doc_type, number, issuer, "
        "issue_date) VALUES ('d5', '/scans/bc-snv-31.pdf', 'ok', 'test', now(), 'bao_cao', '31/BC-SNV', "
        "'Sở Ngoại Vụ', ?)",
        [D(2025, 6, 20)],
    )
    kinds = (RuleKind.REPORT_DEADLINE_WORKING_DAYS,)
    found = {f.decision_number: f for f in run_checks(con, D(2025, 12, 31), kinds=kinds)}
    doubtful = found["5/QĐ"]
    assert doubtful.severity.value == "review"
    assert "118/BC-SCT ngày 20/03/2025" in doubtful.evidence["to_check"]
    assert "số chưa đọc được ngày 25/03/2025" in doubtful.evidence["to_check"]
    assert doubtful.evidence["unlinked_report_candidates"] == ["u1", "u2"]
    assert found["6/QĐ"].severity.value == "breach" and found["6/QĐ"].evidence["to_check"] is None
    assert found["7/QĐ"].severity.value == "review"
    assert "31/BC-SNV ngày 20/06/2025" in found["7/QĐ"].evidence["to_check"]


def test_checks_missing_report_is_a_review_when_a_document_naming_a_member_is_unlinked(tmp_path: Path) -> None:
    """Issue 13 (scenario 36's 19/BC-SNNMT on its scan): a report whose title and number were lost is a document of
    no known kind, its issuer read with the number line's garble. While it names a member of a trip that has no
    report, written after the return (or its day unread), the missing report is a review naming it; one written
    before the return changes nothing."""
    con = _db(tmp_path, "Sau khi về nước, trong vòng 05 ngày làm việc phải báo cáo kết quả chuyến đi.")
    son = Member("Danh Hoàng Sơn", "Sở Nông nghiệp và Môi trường", person_id="P-son")
    an = Member("Vũ Văn An", "Sở Ngoại vụ", person_id="P-an")
    insert_trips(
        con,
        [
            TripFact("231/QĐ", D(2026, 3, 23), D(2026, 3, 28), ["Ấn Độ"], [son]),
            TripFact("7/QĐ", D(2026, 6, 2), D(2026, 6, 6), ["Lào"], [an]),
        ],
    )
    for sha, day, name, person in (
        ("d1", None, "Danh Hoàng Sơn", "P-son"),  # its day unread: 231/QĐ's report may be it
        ("d2", D(2026, 5, 20), "Vũ Văn An", "P-an"),  # before 7/QĐ's return: not its report
    ):
        con.execute(
            "INSERT INTO documents (sha256, path, status, extractor_version, ingested_at, doc_type, issuer, "
            "issue_date) VALUES (?, ?, 'ok', 'test', now(), 'other', 'Sở Nông nghiệp và Môi trường L?_ /C-SNNMT', ?)",
            [sha, f"/scans/{sha}.pdf", day],
        )
        con.execute(
            "INSERT INTO mentions (sha256, ordinal, role, name, person_id) VALUES (?, 0, 'mentioned', ?, ?)",
            [sha, name, person],
        )
    kinds = (RuleKind.REPORT_DEADLINE_WORKING_DAYS,)
    found = {f.decision_number: f for f in run_checks(con, D(2026, 12, 22), kinds=kinds)}
    doubtful = found["231/QĐ"]
    assert doubtful.severity.value == "review"
    assert "văn bản số chưa đọc được nêu tên thành viên của đoàn (Danh Hoàng Sơn)" in doubtful.evidence["to_check"]
    assert doubtful.evidence["unlinked_report_candidates"] == ["d1"]
    assert found["7/QĐ"].severity.value == "breach" and found["7/QĐ"].evidence["to_check"] is None


def test_checks_name_a_decision_whose_number_was_not_read_by_date_and_file(tmp_path: Path) -> None:
    """The blind scenario's QĐ 745 scan: its hand-filled number unread, the finding named it by its sha256."""
    con = _db(tmp_path, "Mỗi đoàn không được vượt quá năm (05) người.")
    six = [Member(f"Nguyễn Văn {c}", "Sở Y tế") for c in "ABCDEF"]
    insert_trips(con, [TripFact("8/QĐ", D(2025, 3, 1), D(2025, 3, 5), ["Lào"], six),
                       TripFact("9/QĐ", D(2025, 4, 1), D(2025, 4, 5), ["Lào"], six)])  # fmt: skip
    con.execute("UPDATE trips SET decision_number = NULL, decision_date = ? WHERE trip_id = 't-8/QĐ'", [D(2025, 2, 3)])
    con.execute(
        "INSERT INTO documents (sha256, path, status, extractor_version, ingested_at) "
        "VALUES ('t-8/QĐ', '/scans/2025/qd-quang-ngai.pdf', 'ok', 'test', now())"
    )
    found = {f.trip_id: f for f in run_checks(con, D(2025, 12, 31), kinds=(RuleKind.MAX_DELEGATION_SIZE,))}
    assert "quyết định ngày 03/02/2025 (số chưa đọc được, tệp qd-quang-ngai.pdf)" in found["t-8/QĐ"].message
    assert "quyết định 9/QĐ" in found["t-9/QĐ"].message


def test_checks_a_rule_whose_jurisdiction_was_not_read_is_local_not_central(tmp_path: Path) -> None:
    """The blind scenario's dispatch: its header unread on the scan, its approved rule has no jurisdiction. At
    the same value it is still the local rule, used before Chỉ thị 38's central default."""
    con = _db(tmp_path, "Lãnh đạo chủ chốt đi công tác nước ngoài không quá hai (02) lần/năm.")
    con.execute("UPDATE rules SET jurisdiction = NULL, jurisdiction_key = NULL WHERE origin <> 'default'")
    (local,) = con.execute(
        "SELECT rule_id FROM rules WHERE kind = 'max_trips_per_year' AND jurisdiction IS NULL"
    ).fetchone()
    head = [Member("Hồ Văn Lợi", "Sở Nông nghiệp", key=True, person_id="p1")]
    insert_trips(con, [TripFact(f"{n}/QĐ", D(2025, n, 1), D(2025, n, 5), ["Lào"], head) for n in (3, 5, 7)])
    (finding,) = run_checks(con, D(2025, 12, 31), kinds=(RuleKind.MAX_TRIPS_PER_YEAR,))
    assert finding.rule_id == local
    assert [r["rule_id"] for r in finding.evidence["rules_not_applied"]] == ["D-38CTTW-2014-trips"]


def test_checks_delegation_size_counts_the_size_the_decision_states(tmp_path: Path) -> None:
    """A scan lost rows of the annexed list (3 of 13 read): the size stated in Article 1 still counts."""
    con = _db(tmp_path, "Thành phần mỗi đoàn không vượt quá mười hai người (kể cả trưởng đoàn).")
    three = [Member(f"Nguyễn Văn {c}", "Sở Văn hóa") for c in "ABC"]
    insert_trips(con, [TripFact(n, D(2025, 8, 18), D(2025, 8, 22), ["Lào"], three) for n in ("7/QĐ", "8/QĐ", "9/QĐ")])
    con.execute("UPDATE trips SET declared_size = 13 WHERE trip_id = 't-7/QĐ'")
    con.execute("UPDATE trips SET declared_size = 12 WHERE trip_id = 't-8/QĐ'")  # at the limit: no finding
    found = {f.decision_number: f for f in run_checks(con, D(2025, 12, 31), kinds=(RuleKind.MAX_DELEGATION_SIZE,))}
    assert set(found) == {"7/QĐ"}
    assert (found["7/QĐ"].evidence["members"], found["7/QĐ"].evidence["listed"]) == (13, 3)
    assert "13 người" in found["7/QĐ"].message


def test_checks_trips_per_year_leave_out_trips_with_a_central_delegation_when_the_rule_says_so(
    tmp_path: Path,
) -> None:
    """Issue 13 (blind scenario 10): "Không tính vào số lần nêu trên các chuyến đi … tham gia đoàn của bộ, ngành
    Trung ương", a sentence after the limit's, is the rule's exception; a trip whose members join a ministry's
    delegation (`joins_central_delegation`) then gets no number. Without that sentence every trip counts."""
    trips = [
        TripFact(f"{n}/QĐ", D(2025, n, 1), D(2025, n, 3), ["Lào"], [Member("Vi Văn Sáu", "Sở Công Thương", key=True)])
        for n in (2, 5, 8)
    ]
    clause = "1. Lãnh đạo chủ chốt đi công tác nước ngoài không quá hai (02) lần trong một năm."
    exception = "\nKhông tính vào số lần nêu trên các chuyến đi tham gia đoàn của bộ, ngành Trung ương.\n2. Khác."
    for folder, text, expected in (("with", clause + exception, []), ("plain", clause, [("8/QĐ", 3)])):
        (tmp_path / folder).mkdir()
        con = _db(tmp_path / folder, text)
        insert_trips(con, trips)
        con.execute("UPDATE trips SET joins_central_delegation = true WHERE trip_id = 't-5/QĐ'")
        found = run_checks(con, D(2025, 12, 31), kinds=(RuleKind.MAX_TRIPS_PER_YEAR,))
        assert [(f.decision_number, f.evidence["trip_number"]) for f in found] == expected


def test_checks_submission_lead_of_an_urgent_trip_meets_the_urgent_limit(tmp_path: Path) -> None:
    """Issue 13 (blind scenario 10): the urgent limit stated after a semicolon ("…; đối với đoàn đột xuất, cấp bách
    thì ít nhất năm (05) ngày làm việc") is the rule's exception value. A trip the decision calls urgent with 7
    working days' lead has no finding; one whose decision was read and names no urgency is not urgent: a breach
    (until issue 13's second round a warning); only one whose urgency is unknown (stored before it was read, or a
    poor scan) is a review asking it."""
    con = _db(
        tmp_path,
        "Hồ sơ phải gửi ít nhất mười (10) ngày làm việc trước ngày dự kiến xuất cảnh; đối với đoàn đột xuất, cấp "
        "bách thì ít nhất năm (05) ngày làm việc.",
    )
    one = [Member("Nguyễn Văn A", "Sở Y tế")]
    # submitted Wed 5/11/2025 for Mon 17/11: 6, 7, 10, 11, 12, 13, 14/11 → 7 working days between
    insert_trips(
        con,
        [
            TripFact(n, D(2025, 11, 17), D(2025, 11, 20), ["Lào"], one, submitted_on=D(2025, 11, 5), urgent=urgent)
            for n, urgent in (("1/QĐ", True), ("2/QĐ", False), ("3/QĐ", None), ("4/QĐ", False))
        ],
    )
    con.execute(
        "INSERT INTO documents (sha256, path, status, text_source, ocr_confidence, extractor_version, ingested_at) "
        "VALUES ('t-4/QĐ', 'x.pdf', 'ok', 'ocr', 60.0, 'test', now())"
    )
    found = {
        f.decision_number: f for f in run_checks(con, D(2025, 12, 31), kinds=(RuleKind.SUBMISSION_LEAD_WORKING_DAYS,))
    }
    assert {n: f.severity.value for n, f in found.items()} == {"2/QĐ": "breach", "3/QĐ": "review", "4/QĐ": "review"}
    known, unknown, poor = found["2/QĐ"], found["3/QĐ"], found["4/QĐ"]
    assert known.evidence["to_check"] is None and known.evidence["urgent"] is False
    assert "quyết định không gọi chuyến đi là đột xuất" in known.message and "đủ mức 05 ngày làm việc" in known.message
    assert "chưa rõ quyết định 3/QĐ có gọi chuyến đi là đột xuất" in unknown.evidence["to_check"]
    assert "quyết định chưa cho biết rõ" in unknown.message
    assert "đột xuất" in poor.evidence["to_check"] and "60/100" in poor.evidence["to_check"]


def test_checks_days_per_country_exempt_an_approved_training_course_when_the_rule_says_so(tmp_path: Path) -> None:
    """Issue 13 (blind scenario 11, class 3): "Quy định về số ngày tại mỗi nước không áp dụng đối với đoàn tham gia
    khóa đào tạo … đã được … phê duyệt", a sentence after the limit, is its exception: a 14-day course of an approved
    programme has no finding; a course whose programme is not said approved, or any trip under a rule without that
    sentence, is still a breach."""
    limit = "3. Thời gian làm việc tại mỗi nước không quá 05 ngày/nước, không tính thời gian đi và về."
    exemption = (
        " Quy định về số ngày tại mỗi nước không áp dụng đối với đoàn tham gia khóa đào tạo, bồi dưỡng theo chương "
        "trình hợp tác đã được cấp có thẩm quyền phê duyệt.\n4. Khác."
    )
    purposes = {
        "1/QĐ": "tham gia khóa đào tạo “Quản lý tài nguyên nước” thuộc Chương trình hợp tác với KOICA đã được Thủ "
        "tướng Chính phủ phê duyệt",
        "2/QĐ": "tham dự lớp bồi dưỡng quản lý đô thị theo Dự án JICA được Bộ Nội vụ phê duyệt",
        "3/QĐ": "tham gia khóa đào tạo ngắn hạn về du lịch cộng đồng",
        "4/QĐ": "khảo sát mô hình nông nghiệp công nghệ cao",
    }
    one = [Member("Nguyễn Văn A", "Sở Y tế")]
    for folder, text, expected in (
        ("with", limit + exemption, ["3/QĐ", "4/QĐ"]),
        ("plain", limit, ["1/QĐ", "2/QĐ", "3/QĐ", "4/QĐ"]),
    ):
        (tmp_path / folder).mkdir()
        con = _db(tmp_path / folder, text)
        insert_trips(con, [TripFact(n, D(2025, 6, 1), D(2025, 6, 14), ["Hàn Quốc"], one) for n in purposes])
        for number, purpose in purposes.items():
            con.execute("UPDATE trips SET purpose = ? WHERE decision_number = ?", [purpose, number])
        found = run_checks(con, D(2025, 12, 31), kinds=(RuleKind.MAX_DAYS_PER_COUNTRY,))
        assert sorted(f.decision_number for f in found) == expected


@pytest.mark.parametrize(
    ("issuer", "applies"),
    [
        ("UBND tỉnh Đông Sơn", True),
        ("UBND tỉnh Đông Sờn", True),  # a scan's header gained a mark
        ("UBND TINH DONG SON", True),  # or lost them all
        ("UBND tỉnh Tây Sơn", False),
    ],
)
def test_checks_a_local_rule_covers_its_province_marks_aside(tmp_path: Path, issuer: str, applies: bool) -> None:
    """Issue 13 (blind scenario 11): a decision whose header OCR read "UBND tỉnh Giả Lai" was under no rule of
    "Gia Lai"'s directive; the rule's jurisdiction and the trip's issuer are compared marks aside."""
    con = _db(tmp_path, "Mỗi chuyến công tác đi không quá ba (03) nước.")
    members = [Member("Nguyễn Văn A", "Sở Y tế")]
    insert_trips(
        con,
        [
            TripFact(
                "9/QĐ",
                D(2025, 3, 1),
                D(2025, 3, 9),
                ["Lào", "Thái Lan", "Nhật Bản", "Hàn Quốc"],
                members,
                issuer=issuer,
            )
        ],
    )
    found = run_checks(con, D(2025, 12, 31), kinds=(RuleKind.MAX_COUNTRIES_PER_TRIP,))
    assert bool(found) is applies


def test_checks_year_ends_spare_central_delegations_when_the_rule_excepts_them(tmp_path: Path) -> None:
    """Issue 13 (blind scenario 12, class 3): "Không bố trí đoàn … trong tháng 01 và tháng 12 hằng năm …; trừ các
    đoàn tham gia hoạt động đối ngoại theo chương trình của Trung ương": a January trip of the province's own is
    flagged, a December one joining a central delegation is not; without the exception both are."""
    ban = "4. Không bố trí đoàn đi công tác nước ngoài trong tháng 01 và tháng 12 hằng năm để tổng kết"
    except_central = "; trừ các đoàn tham gia hoạt động đối ngoại theo chương trình của Trung ương.\n5. Khác."
    one = [Member("Nguyễn Văn A", "Sở Y tế")]
    for folder, text, expected in (("with", ban + except_central, ["1/QĐ"]), ("plain", ban + ".", ["1/QĐ", "2/QĐ"])):
        (tmp_path / folder).mkdir()
        con = _db(tmp_path / folder, text)
        insert_trips(con, [TripFact("1/QĐ", D(2025, 1, 12), D(2025, 1, 16), ["Nhật Bản"], one),
                           TripFact("2/QĐ", D(2025, 12, 1), D(2025, 12, 3), ["Lào"], one),
                           TripFact("3/QĐ", D(2025, 6, 1), D(2025, 6, 3), ["Lào"], one)])  # fmt: skip
        con.execute("UPDATE trips SET joins_central_delegation = decision_number = '2/QĐ'")
        found = run_checks(con, D(2025, 12, 31), kinds=(RuleKind.AVOID_START_END_OF_YEAR,))
        assert sorted(f.decision_number for f in found) == expected


def test_checks_a_report_whose_day_is_unread_is_late_when_its_month_starts_after_the_deadline(tmp_path: Path) -> None:
    """A pen-filled day left unread: the printed month alone shows a report late (April after a deadline in March),
    or cannot tell (the deadline's own month), and then no finding is made of a guess."""
    con = _db(tmp_path, "Sau khi về nước, trong vòng 05 ngày làm việc phải báo cáo kết quả chuyến đi.")
    one = [Member("Nguyễn Văn A", "Sở Y tế")]
    on_time = D(2025, 3, 10)
    trips = [TripFact(n, D(2025, 3, 3), D(2025, 3, 7), ["Lào"], one, report_on=on_time) for n in ("5/QĐ", "6/QĐ")]
    insert_trips(con, trips)
    con.execute("UPDATE reports SET report_date = NULL, link_method = 'decision_number', link_score = 1.0")
    for number, month in (("5/QĐ", "2025-04"), ("6/QĐ", "2025-03")):
        con.execute(
            "INSERT INTO documents (sha256, path, status, text_source, document_json, extractor_version, ingested_at) "
            "VALUES (?, 'bc.pdf', 'ok', 'ocr', ?, 'test', now())",
            ["r-" + number, json.dumps({"issue_date": None, "issue_date_partial": month})],
        )
    kinds = (RuleKind.REPORT_DEADLINE_WORKING_DAYS,)
    found = {f.decision_number: f for f in run_checks(con, D(2025, 12, 31), kinds=kinds)}
    assert set(found) == {"5/QĐ"}
    late = found["5/QĐ"]
    assert late.severity.value == "breach" and late.evidence["status"] == "late_by_month"
    assert "ghi tháng 04/2025 (ngày chưa đọc được)" in late.message
    assert "hạn 14/03/2025" in late.message and "ít nhất 12 ngày làm việc" in late.message


def test_checks_missing_report_is_a_review_when_the_office_of_its_members_body_filed_one(tmp_path: Path) -> None:
    """Issue 13 (scenario 50's 62/BC-VP on its scan, its citation under a received stamp): a report of the "Văn
    phòng" under the "Đoàn ĐBQH và HĐND tỉnh" after the return of a delegation of the council's members may be its
    report: the missing report is a review naming it. Another body's office, or a unit that is no office, changes
    nothing."""
    con = _db(tmp_path, "Sau khi về nước, trong vòng 05 ngày làm việc phải báo cáo kết quả chuyến đi.")
    insert_trips(
        con,
        [
            TripFact("215/QĐ", D(2026, 10, 16), D(2026, 10, 21), ["Nhật Bản"], [Member("Đậu Văn Kiên", "HĐND tỉnh")]),
            TripFact("7/QĐ", D(2026, 10, 2), D(2026, 10, 6), ["Lào"], [Member("Vũ Văn An", "Sở Ngoại vụ")]),
        ],
    )
    for sha, issuer, parent in (
        ("v1", "Văn phòng", "Đoàn ĐBQH và HĐND tỉnh Đông Sơn"),
        ("v2", "Văn phòng", "Tỉnh ủy Đông Sơn"),  # another body's office: not 7/QĐ's
        ("v3", "Phòng Tổng hợp", "Sở Ngoại vụ"),  # no office: its own unit is what counts
    ):
        con.execute(
            "INSERT INTO documents (sha256, path, status, extractor_version, ingested_at, doc_type, number, issuer, "
            "parent_issuer, issue_date) VALUES (?, ?, 'ok', 'test', now(), 'bao_cao', ?, ?, ?, ?)",
            [sha, f"/scans/{sha}.pdf", f"6{sha[1]}/BC-VP", issuer, parent, D(2026, 11, 5)],
        )
    kinds = (RuleKind.REPORT_DEADLINE_WORKING_DAYS,)
    found = {f.decision_number: f for f in run_checks(con, D(2026, 12, 22), kinds=kinds)}
    doubtful = found["215/QĐ"]
    assert doubtful.severity.value == "review"
    assert (
        "61/BC-VP ngày 05/11/2026 của văn phòng thuộc Đoàn ĐBQH và HĐND tỉnh Đông Sơn" in doubtful.evidence["to_check"]
    )
    assert doubtful.evidence["unlinked_report_candidates"] == ["v1"]
    assert found["7/QĐ"].severity.value == "breach" and found["7/QĐ"].evidence["to_check"] is None


def test_checks_missing_report_is_a_review_when_the_office_of_the_deciding_body_filed_one(tmp_path: Path) -> None:
    """Issue 13 (scenario 51's 58-BC/VPTU on its scan, its subject garbled): the Văn phòng Tỉnh ủy's report after the
    return of a delegation the Tỉnh ủy sent may be its report, whatever units its members hold and with the
    accents a scan lost: the missing report is a review naming it. A delegation another body sent stays a breach."""
    con = _db(tmp_path, "Sau khi về nước, trong vòng 05 ngày làm việc phải báo cáo kết quả chuyến đi.")
    insert_trips(
        con,
        [
            TripFact("245-QĐ/TU", D(2026, 4, 20), D(2026, 4, 24), ["Lào"], [Member("Hồ Xuân Bình", "Đảng ủy xã")]),
            TripFact("455/QĐ", D(2026, 4, 20), D(2026, 4, 24), ["Lào"], [Member("Vũ Văn An", "Đảng ủy xã")]),
        ],
    )
    for number, issuer in (("245-QĐ/TU", "Tỉnh ủy Đông Sơn"), ("455/QĐ", "UBND tỉnh Đông Sơn")):
        con.execute(
            "INSERT INTO documents (sha256, path, status, extractor_version, ingested_at, doc_type, number, issuer) "
            "SELECT trip_id, ?, 'ok', 'test', now(), 'quyet_dinh', ?, ? FROM trips WHERE decision_number = ?",
            [f"/scans/{number}.pdf", number, issuer, number],
        )
    con.execute(
        "INSERT INTO documents (sha256, path, status, extractor_version, ingested_at, doc_type, number, issuer, "
        "parent_issuer, issue_date) VALUES ('v1', '/scans/v1.pdf', 'ok', 'test', now(), 'bao_cao', '58-BC/VPTU', "
        "'Văn phòng Tỉnh ủy', 'Tỉnh ủy Đong Sơn', ?)",
        [D(2026, 5, 12)],
    )
    kinds = (RuleKind.REPORT_DEADLINE_WORKING_DAYS,)
    found = {f.decision_number: f for f in run_checks(con, D(2026, 12, 22), kinds=kinds)}
    doubtful = found["245-QĐ/TU"]
    assert doubtful.severity.value == "review"
    assert "58-BC/VPTU ngày 12/05/2026 của văn phòng thuộc Tỉnh ủy Đong Sơn" in doubtful.evidence["to_check"]
    assert doubtful.evidence["unlinked_report_candidates"] == ["v1"]
    assert found["455/QĐ"].severity.value == "breach" and found["455/QĐ"].evidence["to_check"] is None
