"""pipeline.link: one person across documents, merges with evidence and undo, reports to their trips."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import duckdb
import pytest

from pipeline.link.people import (
    clean_name,
    is_key_leader,
    link_people,
    name_key,
    unit_key,
    unit_similarity,
    unmerge,
)
from pipeline.link.reports import decision_key, link_reports, unit_match
from pipeline.settings import DEFAULT_KEY_LEADER_TITLES, Settings
from pipeline.store.migrations import apply, known_migrations
from pipeline.store.queue.raised import LINK_SURE

SETTINGS = Settings()


@pytest.fixture
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    connection = duckdb.connect(":memory:")
    apply(connection, known_migrations(), ":memory:")
    yield connection
    connection.close()


def add_document(
    con: duckdb.DuckDBPyConnection, sha: str, date: dt.date, number: str, doc_type: str, issuer: str = "UBND tỉnh"
) -> None:
    con.execute(
        "INSERT INTO documents (sha256, path, status, doc_type, number, issuer, issue_date, extractor_version, "
        "ingested_at) VALUES (?, ?, 'ok', ?, ?, ?, ?, 'test', now())",
        [sha, f"{sha}.txt", doc_type, number, issuer, date],
    )


def add_trip(
    con: duckdb.DuckDBPyConnection,
    sha: str,
    number: str,
    date: dt.date,
    start: dt.date,
    end: dt.date,
    members: list[tuple[str, str | None, str | None]],
    countries: list[str],
) -> None:
    add_document(con, sha, date, number, "quyet_dinh")
    con.execute(
        "INSERT INTO trips (trip_id, decision_number, decision_date, start_date, end_date) VALUES (?, ?, ?, ?, ?)",
        [sha, number, date, start, end],
    )
    for ordinal, (name, title, unit) in enumerate(members):
        con.execute(
            "INSERT INTO trip_members (trip_id, ordinal, name, title, unit) VALUES (?, ?, ?, ?, ?)",
            [sha, ordinal, name, title, unit],
        )
        con.execute(
            "INSERT INTO mentions (sha256, ordinal, role, name, title, unit) VALUES (?, ?, 'member', ?, ?, ?)",
            [sha, ordinal, name, title, unit],
        )
    for ordinal, country in enumerate(countries):
        con.execute("INSERT INTO trip_destinations VALUES (?, ?, ?, NULL)", [sha, ordinal, country])


def add_report(
    con: duckdb.DuckDBPyConnection,
    sha: str,
    date: dt.date,
    cited: str | None,
    cited_date: dt.date | None,
    reporter: str | None = None,
    countries: list[str] | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> None:
    add_document(con, sha, date, f"{sha}/BC-SNV", "bao_cao")
    con.execute(
        "INSERT INTO reports (sha256, number, report_date, reporter, cited_decision_number, cited_decision_date, "
        "start_date, end_date, destinations) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [sha, f"{sha}/BC-SNV", date, reporter, cited, cited_date, start, end, countries or []],
    )


def person_of(con: duckdb.DuckDBPyConnection, sha: str, ordinal: int = 0) -> str:
    row = con.execute("SELECT person_id FROM trip_members WHERE trip_id = ? AND ordinal = ?", [sha, ordinal]).fetchone()
    assert row is not None and row[0] is not None
    return str(row[0])


D = dt.date


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("145/QĐ-UBND", "145/QD-UBND"),
        ("145/QĐ-UBND", "145 / QĐ - UBND"),
        ("145/QĐ-UBND", "145/qđ-ubnd"),
        ("145/QĐ-UBND", "l45/QĐ-UBND"),
        ("145/QĐ-UBND", "145/QÐ-UBND"),  # tesseract's Ð (U+00D0)
        ("262-QĐ/TU", "262 - QD/TU"),
    ],
)
def test_link_decision_key_tolerates_ocr_variants(a: str, b: str) -> None:
    assert decision_key(a) == decision_key(b)


def test_link_decision_key_keeps_different_numbers_apart() -> None:
    assert decision_key("145/QĐ-UBND") != decision_key("146/QĐ-UBND")
    assert decision_key("145/QĐ-UBND") != decision_key("145/QĐ-SNV")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Giám đốc", True),
        ("Phó Giám đốc", False),
        ("Chủ tịch UBND huyện Cao Lộc", True),
        ("Phó Chủ tịch", False),
        ("Trưởng ban", True),
        ("Bí thư Huyện ủy", True),
        ("Phó Bí thư", False),
        ("Chuyên viên", False),
        ("Trưởng phòng Hợp tác quốc tế", False),
        ("Giam doc", True),  # OCR lost the diacritics
        ("Giám đôc Sở Y tế", True),  # OCR swapped a tone mark
        ("Phó Giám đốc Sở, Bí thư Đảng ủy", True),  # a deputy who heads the party committee (issue 13.1)
        ("Phó Giám đốc Sở, Phó Bí thư Đảng ủy", False),
        ("Q. Giám đốc", True),
        (None, None),
    ],
)
def test_link_key_leader_by_title(title: str | None, expected: bool | None) -> None:
    assert is_key_leader(title, DEFAULT_KEY_LEADER_TITLES) is expected


def test_link_key_leader_titles_are_configurable() -> None:
    assert is_key_leader("Chủ nhiệm", ["Chủ nhiệm"]) is True
    assert is_key_leader("Giám đốc", ["Chủ nhiệm"]) is False


def test_link_name_key_drops_honorifics_and_diacritics() -> None:
    assert name_key("Đồng chí Nguyễn Văn Bình") == name_key("ông Nguyen Van Binh") == "nguyen van binh"
    assert name_key("Thượng tá Lê Văn Sơn") == "le van son"


@pytest.mark.parametrize(
    "written",
    ["GS.TS. Quách Minh Khoa", "TS.BS. Quách Minh Khoa", "ThS.BS. Quách Minh Khoa", "BSCKII. Quách Minh Khoa"],
)
def test_link_name_key_drops_the_degrees_of_a_hospitals_list(written: str) -> None:
    """Scenario 48 writes one man with and without "GS.TS.", another with "TS.BS.": one person either way."""
    assert name_key(written) == "quach minh khoa" and clean_name(written) == "Quách Minh Khoa"


def test_link_people_merges_diacritic_variant_with_evidence(con: duckdb.DuckDBPyConnection) -> None:
    add_trip(con, "t1", "10/QĐ-UBND", D(2025, 1, 5), D(2025, 2, 1), D(2025, 2, 5),
             [("Nguyễn Văn Bình", "Phó Giám đốc", "Sở Ngoại vụ")], ["Nhật Bản"])  # fmt: skip
    add_trip(con, "t2", "88/QĐ-UBND", D(2025, 6, 5), D(2025, 7, 1), D(2025, 7, 5),
             [("Nguyen Van Binh", "Giám đốc", "Sở Ngoại vụ tỉnh Lạng Sơn")], ["Lào"])  # fmt: skip

    counts = link_people(con, SETTINGS)

    assert person_of(con, "t1") == person_of(con, "t2")
    assert counts["people"] == 1
    name, title, key_leader, aliases = con.execute("SELECT name, title, is_key_leader, aliases FROM people").fetchone()  # type: ignore[misc]
    assert name == "Nguyễn Văn Bình"  # the spelling with its diacritics
    assert title == "Giám đốc"  # the latest title
    assert key_leader is True
    assert set(aliases) == {"Nguyễn Văn Bình", "Nguyen Van Binh"}
    evidence = json.loads(con.execute("SELECT evidence FROM person_merges").fetchone()[0])  # type: ignore[index]
    assert evidence["title_changed"] is True
    assert evidence["unit_score"] >= 90
    assert [d["sha256"] for d in evidence["documents"]] == ["t1", "t2"]


def test_link_people_same_name_in_different_units_stay_two(con: duckdb.DuckDBPyConnection) -> None:
    add_trip(con, "t1", "10/QĐ-UBND", D(2025, 1, 5), D(2025, 2, 1), D(2025, 2, 5),
             [("Trần Văn Hùng", "Phó Giám đốc", "Sở Ngoại vụ")], ["Nhật Bản"])  # fmt: skip
    add_trip(con, "t2", "88/QĐ-UBND", D(2025, 6, 5), D(2025, 7, 1), D(2025, 7, 5),
             [("Trần Văn Hùng", "Chuyên viên", "Sở Nội vụ")], ["Lào"])  # fmt: skip

    link_people(con, SETTINGS)

    assert person_of(con, "t1") != person_of(con, "t2")
    assert con.execute("SELECT count(*) FROM person_merges").fetchone() == (0,)


def test_link_people_similar_names_stay_two(con: duckdb.DuckDBPyConnection) -> None:
    """'An' and 'Anh' score high as strings but are different given names."""
    add_trip(con, "t1", "10/QĐ-UBND", D(2025, 1, 5), D(2025, 2, 1), D(2025, 2, 5),
             [("Nguyễn Văn An", "Chuyên viên", "Sở Ngoại vụ"), ("Nguyễn Văn Anh", "Chuyên viên", "Sở Ngoại vụ")],
             ["Nhật Bản"])  # fmt: skip
    link_people(con, SETTINGS)
    assert person_of(con, "t1", 0) != person_of(con, "t1", 1)


def test_link_people_unit_less_mention_joins_only_an_unambiguous_person(con: duckdb.DuckDBPyConnection) -> None:
    add_trip(con, "t1", "10/QĐ-UBND", D(2025, 1, 5), D(2025, 2, 1), D(2025, 2, 5),
             [("Lê Thị Hoa", "Chuyên viên", "Sở Y tế")], ["Nhật Bản"])  # fmt: skip
    add_document(con, "n1", D(2025, 3, 1), "5/TB-SYT", "thong_bao")
    con.execute("INSERT INTO mentions (sha256, ordinal, role, name) VALUES ('n1', 0, 'mentioned', 'Bà Lê Thị Hoa')")
    link_people(con, SETTINGS)
    mention = con.execute("SELECT person_id FROM mentions WHERE sha256 = 'n1'").fetchone()
    assert mention == (person_of(con, "t1"),)


def test_link_people_undo_survives_rerun(con: duckdb.DuckDBPyConnection) -> None:
    add_trip(con, "t1", "10/QĐ-UBND", D(2025, 1, 5), D(2025, 2, 1), D(2025, 2, 5),
             [("Phạm Đức Thắng", "Giám đốc", "Sở Công Thương")], ["Nhật Bản"])  # fmt: skip
    add_trip(con, "t2", "88/QĐ-UBND", D(2025, 6, 5), D(2025, 7, 1), D(2025, 7, 5),
             [("Phạm Đức Thắng", "Giám đốc", "Sở Công Thương")], ["Lào"])  # fmt: skip
    link_people(con, SETTINGS)
    merge_id = con.execute("SELECT merge_id FROM person_merges").fetchone()[0]  # type: ignore[index]
    first_person = person_of(con, "t1")

    assert unmerge(con, merge_id, SETTINGS) is True
    assert person_of(con, "t1") != person_of(con, "t2")

    link_people(con, SETTINGS)  # the next ingest re-links everything
    assert person_of(con, "t1") != person_of(con, "t2")
    assert person_of(con, "t1") == first_person  # ids are stable across runs
    assert con.execute("SELECT undone FROM person_merges WHERE merge_id = ?", [merge_id]).fetchone() == (True,)
    assert unmerge(con, "M-missing", SETTINGS) is False


def test_link_people_marks_key_leaders_per_trip(con: duckdb.DuckDBPyConnection) -> None:
    add_trip(con, "t1", "10/QĐ-UBND", D(2025, 1, 5), D(2025, 2, 1), D(2025, 2, 5),
             [("Võ Minh Long", "Giám đốc", "Sở Y tế"), ("Đỗ Thu Hằng", "Phó Giám đốc", "Sở Y tế"),
              ("Hồ Văn Sơn", None, "Sở Y tế")], ["Nhật Bản"])  # fmt: skip
    link_people(con, SETTINGS.model_copy(update={"key_leader_titles": ["Giám đốc"]}))
    marks = con.execute("SELECT is_key_leader FROM trip_members ORDER BY ordinal").fetchall()
    assert marks == [(True,), (False,), (None,)]


def test_link_reports_by_decision_number_despite_ocr_noise(con: duckdb.DuckDBPyConnection) -> None:
    add_trip(con, "t1", "145/QĐ-UBND", D(2025, 3, 3), D(2025, 3, 10), D(2025, 3, 15),
             [("Nguyễn Văn Bình", "Giám đốc", "Sở Ngoại vụ")], ["Nhật Bản"])  # fmt: skip
    add_trip(con, "t2", "146/QĐ-UBND", D(2025, 3, 3), D(2025, 3, 10), D(2025, 3, 15),
             [("Lê Văn Sơn", "Giám đốc", "Sở Y tế")], ["Lào"])  # fmt: skip
    add_report(con, "r1", D(2025, 3, 20), "l45 / QD-UBND", D(2025, 3, 3))

    assert link_reports(con) == {"reports": 1, "linked": 1, "unlinked": 0}
    trip, method, score = con.execute("SELECT trip_id, link_method, link_score FROM reports").fetchone()  # type: ignore[misc]
    assert (trip, method, score) == ("t1", "decision_number", 1.0)


def test_link_reports_reused_number_told_apart_by_date(con: duckdb.DuckDBPyConnection) -> None:
    add_trip(con, "old", "38/QĐ-UBND", D(2024, 2, 1), D(2024, 3, 1), D(2024, 3, 5), [], ["Lào"])
    add_trip(con, "new", "38/QĐ-UBND", D(2025, 2, 1), D(2025, 3, 1), D(2025, 3, 5), [], ["Lào"])
    add_report(con, "r1", D(2025, 3, 10), "38/QĐ-UBND", D(2025, 2, 1))
    link_reports(con)
    assert con.execute("SELECT trip_id FROM reports").fetchone() == ("new",)


def test_link_reports_fuzzy_number_needs_matching_date(con: duckdb.DuckDBPyConnection) -> None:
    add_trip(con, "t1", "145/QĐ-UBND", D(2025, 3, 3), D(2025, 3, 10), D(2025, 3, 15), [], ["Lào"])
    add_report(con, "r1", D(2025, 3, 20), "146/QĐ-UBND", D(2025, 3, 3))  # one digit misread, date agrees
    add_report(con, "r2", D(2025, 3, 20), "146/QĐ-UBND", D(2025, 1, 9))  # one digit off and another date
    link_reports(con)
    rows = dict(con.execute("SELECT sha256, link_method FROM reports").fetchall())
    assert rows == {"r1": "decision_number_fuzzy", "r2": None}


def test_link_reports_by_person_destination_and_dates(con: duckdb.DuckDBPyConnection) -> None:
    add_trip(con, "t1", "145/QĐ-UBND", D(2025, 3, 3), D(2025, 3, 10), D(2025, 3, 15),
             [("Nguyễn Văn Bình", "Giám đốc", "Sở Ngoại vụ")], ["Nhật Bản"])  # fmt: skip
    add_trip(con, "t2", "150/QĐ-UBND", D(2025, 3, 4), D(2025, 4, 10), D(2025, 4, 15),
             [("Nguyễn Văn Bình", "Giám đốc", "Sở Ngoại vụ")], ["Lào"])  # fmt: skip
    add_report(con, "r1", D(2025, 3, 20), None, None, "Nguyen Van Binh", ["Nhật Bản"], D(2025, 3, 10), D(2025, 3, 15))
    link_reports(con)
    trip, method, evidence = con.execute("SELECT trip_id, link_method, link_evidence FROM reports").fetchone()  # type: ignore[misc]
    assert (trip, method) == ("t1", "person_destination_dates")
    assert json.loads(evidence)["shared_destinations"] == ["nhat ban"]


def test_link_reports_by_person_never_to_a_trip_of_other_countries(con: duckdb.DuckDBPyConnection) -> None:
    """Scenario 48's 02/BC-ĐCT: a report on Tokyo signed by the trưởng đoàn, its date misread as 02/6 (19/6) and its
    period garbled, went to his April trip to France (dated within two months after it); it is the June trip's."""
    khoa = [("Quách Minh Khoa", "Hiệu trưởng", "Trường Đại học Y")]
    add_trip(con, "t215", "215/QĐ-ĐHY", D(2026, 3, 30), D(2026, 4, 20), D(2026, 4, 25), khoa, ["Pháp"])
    add_trip(con, "t1105", "1105/QĐ-BYT", D(2026, 5, 29), D(2026, 6, 8), D(2026, 6, 12), khoa, ["Nhật Bản"])
    add_report(con, "r1", D(2026, 6, 2), None, None, "Quách Minh Khoa", ["Nhật Bản", "I-ta-li-a"])
    link_reports(con)
    assert con.execute("SELECT trip_id, link_method FROM reports").fetchone() == ("t1105", "person_destination_dates")
    # nor when the report's own country is all it names and the only trip of its date goes elsewhere
    con.execute("DELETE FROM trip_destinations WHERE trip_id = 't1105'")
    con.execute("INSERT INTO trip_destinations VALUES ('t1105', 0, 'Hàn Quốc', NULL)")
    link_reports(con)
    assert con.execute("SELECT trip_id FROM reports").fetchone() == (None,)


@pytest.mark.parametrize(
    ("countries", "linked"),
    [
        (["Ô-xtrây-li-a", "Niu Di-lân", "Xinh-ga-po"], "t640"),
        (["Ô-xtrây-li-a", "Xinh-ga-po"], "t700"),  # another trip's whole itinerary
        (["Ô-xtrây-li-a"], None),  # part of both
        (["Pháp"], None),  # one country: a unit goes there twice a year
    ],
)
def test_link_reports_undated_by_unit_and_a_whole_itinerary(
    con: duckdb.DuckDBPyConnection, countries: list[str], linked: str | None
) -> None:
    """Scenario 48's 102/BC-ĐHYHN on a scan: number, date, reporter and the sentence citing the decision lost under a
    fax header and a stamp; its title names the three countries of its university's one trip to them."""
    khoa = [("Quách Minh Khoa", "Hiệu trưởng", "Trường Đại học Y Hà Nội")]
    add_trip(con, "t215", "215/QĐ-ĐHY", D(2026, 3, 30), D(2026, 4, 20), D(2026, 4, 25), khoa, ["Pháp"])
    three = ["Ô-xtrây-li-a", "Niu Di-lân", "Xinh-ga-po"]
    add_trip(con, "t640", "640/QĐ-ĐHY", D(2026, 8, 25), D(2026, 9, 14), D(2026, 9, 24), khoa, three)
    add_trip(con, "t700", "700/QĐ-ĐHY", D(2026, 9, 25), D(2026, 10, 5), D(2026, 10, 9), khoa, three[::2])
    add_report(con, "r1", D(2026, 10, 5), None, None, None, countries)
    con.execute("UPDATE reports SET report_date = NULL, reporting_unit = 'Trường Đại học Y Hà Nội'")
    link_reports(con)
    trip, method, score = con.execute("SELECT trip_id, link_method, link_score FROM reports").fetchone()
    assert trip == linked
    assert linked is None or (method == "unit_filed_after_return" and score < LINK_SURE)


def test_link_reports_unmatched_report_is_kept(con: duckdb.DuckDBPyConnection) -> None:
    add_trip(con, "t1", "145/QĐ-UBND", D(2025, 3, 3), D(2025, 3, 10), D(2025, 3, 15), [], ["Lào"])
    add_report(con, "r1", D(2025, 5, 20), "999/QĐ-UBND", D(2025, 4, 1), "Hà Văn Kiên")
    assert link_reports(con) == {"reports": 1, "linked": 0, "unlinked": 1}
    trip, evidence = con.execute("SELECT trip_id, link_evidence FROM reports WHERE sha256 = 'r1'").fetchone()  # type: ignore[misc]
    assert trip is None
    assert json.loads(evidence)["unmatched"] is True


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Sở Ngoại vụ", "Sở Ngoại vụ tỉnh Lạng Sơn", True),
        ("Sở Ngoại vụ", "Sở Ngoal vụ", True),  # OCR slip
        ("UBND tỉnh", "Ủy ban nhân dân tỉnh", True),
        ("Sở Ngoại vụ", "Sở Nội vụ", False),
        ("UBND tỉnh", "UBND huyện Cao Lộc", False),
        ("Sở Y tế", "Sở Tài chính", False),
    ],
)
def test_link_unit_similarity(a: str, b: str, same: bool) -> None:
    key_a, key_b = unit_key(a), unit_key(b)
    assert key_a and key_b
    assert (unit_similarity(key_a, key_b) is not None) is same


def test_link_reports_citing_an_unknown_decision_need_person_place_and_dates(con: duckdb.DuckDBPyConnection) -> None:
    """The citation says it answers another trip: the reporter alone (with dates) is not enough."""
    add_trip(con, "t1", "145/QĐ-UBND", D(2025, 3, 3), D(2025, 3, 10), D(2025, 3, 15),
             [("Nguyễn Văn Bình", "Giám đốc", "Sở Ngoại vụ")], ["Nhật Bản"])  # fmt: skip
    add_report(con, "r1", D(2025, 3, 20), "999/QĐ-UBND", None, "Nguyễn Văn Bình", ["Lào"])
    add_report(
        con, "r2", D(2025, 3, 20), "998/QĐ-UBND", None, "Nguyễn Văn Bình", ["Nhật Bản"], D(2025, 3, 10), D(2025, 3, 15)
    )
    link_reports(con)
    assert dict(con.execute("SELECT sha256, trip_id FROM reports").fetchall()) == {"r1": None, "r2": "t1"}


def test_link_reports_fuzzy_number_without_date_needs_two_agreeing_facts(con: duckdb.DuckDBPyConnection) -> None:
    """Issue 13.4: a citation OCR'd slightly wrong and undated links only when the trip agrees otherwise."""
    binh = [("Nguyễn Văn Bình", "Giám đốc", "Sở Ngoại vụ")]
    add_trip(con, "t1", "1452/QĐ-UBND", D(2025, 3, 3), D(2025, 3, 10), D(2025, 3, 15), binh, ["Nhật Bản"])
    add_trip(
        con, "t2", "1467/QĐ-UBND", D(2025, 3, 4), D(2025, 5, 10), D(2025, 5, 15), [("Lê Văn Sơn", None, None)], ["Lào"]
    )
    # two edits away from t1, no date; reporter and destination agree → linked, below the certain score
    add_report(con, "r1", D(2025, 3, 20), "1425/QĐ-UBND", None, "Nguyễn Văn Bình", ["Nhật Bản"])
    # one edit from t1 but only the destination agrees → not linked
    add_report(con, "r2", D(2025, 3, 20), "1453/QĐ-UBND", None, "Trần Thị Mai", ["Nhật Bản"])
    link_reports(con)
    rows = {sha: (trip, method, score) for sha, trip, method, score in con.execute(
        "SELECT sha256, trip_id, link_method, link_score FROM reports").fetchall()}  # fmt: skip
    trip, method, score = rows["r1"]
    assert (trip, method) == ("t1", "decision_number_fuzzy_corroborated") and score < LINK_SURE
    assert rows["r2"][0] is None


def test_link_reports_fuzzy_number_with_two_digits_swapped_and_a_slip(con: duckdb.DuckDBPyConnection) -> None:
    """Issue 13 (blind scenario 17 scans): "1405/QĐ-BYTT" cited for 1450/QĐ-BYT, its digits swapped by the typist and
    a letter doubled by OCR; a swap of neighbours is one edit, so two in all, corroborated by reporter and place."""
    binh = [("Nguyễn Văn Bình", "Giám đốc", "Sở Ngoại vụ")]
    add_trip(con, "t1", "1452/QĐ-UBND", D(2025, 3, 3), D(2025, 3, 10), D(2025, 3, 15), binh, ["Nhật Bản"])
    add_report(con, "r1", D(2025, 3, 20), "1425/QĐ-UBNDD", None, "Nguyễn Văn Bình", ["Nhật Bản"])
    link_reports(con)
    assert con.execute("SELECT trip_id, link_method FROM reports").fetchone() == (
        "t1",
        "decision_number_fuzzy_corroborated",
    )


def test_link_reports_by_decision_date_and_unit_when_no_number(con: duckdb.DuckDBPyConnection) -> None:
    """Issue 13.4: "Thực hiện Quyết định ngày 03/3/2025 của UBND tỉnh" — date and unit, no number."""
    add_trip(con, "t1", "145/QĐ-UBND", D(2025, 3, 3), D(2025, 3, 10), D(2025, 3, 15),
             [("Nguyễn Văn Bình", "Giám đốc", "Sở Ngoại vụ")], ["Nhật Bản"])  # fmt: skip
    add_trip(con, "t2", "146/QĐ-UBND", D(2025, 3, 3), D(2025, 4, 10), D(2025, 4, 15),
             [("Lê Văn Sơn", "Giám đốc", "Sở Y tế")], ["Lào"])  # fmt: skip
    add_report(con, "r1", D(2025, 3, 25), None, D(2025, 3, 3), "Nguyễn Văn Bình", ["Nhật Bản"])
    add_report(con, "r2", D(2025, 3, 25), None, D(2025, 3, 9), "Nguyễn Văn Bình", ["Nhật Bản"])  # no decision that day
    con.execute("UPDATE reports SET reporting_unit = 'Sở Ngoại vụ tỉnh Đông Sơn'")
    link_reports(con)
    rows = {sha: (trip, method, evidence) for sha, trip, method, evidence in con.execute(
        "SELECT sha256, trip_id, link_method, link_evidence FROM reports").fetchall()}  # fmt: skip
    trip, method, evidence = rows["r1"]
    assert (trip, method) == ("t1", "decision_date_unit")
    assert json.loads(evidence)["reporter_is_member"] is True and json.loads(evidence)["unit"] is True
    assert rows["r2"][1] != "decision_date_unit"


def test_link_reports_citing_a_number_the_decision_scan_did_not_read(con: duckdb.DuckDBPyConnection) -> None:
    """The blind scenario's 118/BC-SCT: it cites "377/QĐ-UBND ngày 30/5/2024", but QĐ 377's hand-filled number
    was not read and its signer neither. The cited date, unit, destinations and dates agree with the one
    decision whose number is unread (not t3, unread too but dated otherwise): linked, below LINK_SURE."""
    nguyet = [("Lê Thị Minh Nguyệt", "Giám đốc", "Sở Công Thương")]
    countries = ["Nhật Bản", "Hàn Quốc", "Trung Quốc"]
    add_trip(con, "t1", "377/QĐ-UBND", D(2024, 5, 30), D(2024, 7, 8), D(2024, 7, 14), nguyet, countries)
    con.execute("UPDATE trips SET decision_number = NULL WHERE trip_id = 't1'")
    add_trip(con, "t3", "380/QĐ-UBND", D(2024, 6, 2), D(2024, 7, 8), D(2024, 7, 14), nguyet, countries)
    con.execute("UPDATE trips SET decision_number = NULL WHERE trip_id = 't3'")
    add_report(con, "r1", D(2024, 7, 24), "377/QĐ-UBND", D(2024, 5, 30), None, countries, D(2024, 7, 8), D(2024, 7, 14))
    con.execute("UPDATE reports SET reporting_unit = 'Sở Công Thương'")
    link_reports(con)
    trip, method, score, evidence = con.execute(
        "SELECT trip_id, link_method, link_score, link_evidence FROM reports WHERE sha256 = 'r1'"
    ).fetchone()
    assert (trip, method) == ("t1", "decision_date_unit") and score < LINK_SURE
    assert json.loads(evidence)["cited_number_key"] == "377/qd-ubnd"


def test_link_reports_citing_a_number_never_taken_by_a_decision_read_otherwise(
    con: duckdb.DuckDBPyConnection,
) -> None:
    nguyet = [("Lê Thị Minh Nguyệt", "Giám đốc", "Sở Công Thương")]
    add_trip(con, "t1", "912/QĐ-UBND", D(2024, 5, 30), D(2024, 7, 8), D(2024, 7, 14), nguyet, ["Nhật Bản"])
    add_report(
        con, "r1", D(2024, 7, 24), "377/QĐ-UBND", D(2024, 5, 30), None, ["Nhật Bản"], D(2024, 7, 8), D(2024, 7, 14)
    )
    con.execute("UPDATE reports SET reporting_unit = 'Sở Công Thương'")
    link_reports(con)
    assert con.execute("SELECT trip_id FROM reports").fetchone() == (None,)


def test_link_reports_fuzzy_number_never_over_another_period(con: duckdb.DuckDBPyConnection) -> None:
    """The blind scenario's 175/BC-SCT cites "745/QĐ-UBND" (that scan's number unread), two edits from QĐ 146,
    an earlier trip of the same reporter, unit and country; its own dates (21–25/10) are not QĐ 146's (18–22/3),
    so it goes to the trip of its dates by reporter, destination and period."""
    khai = [("Phạm Văn Khải", "Phó Giám đốc", "Sở Công Thương")]
    add_trip(con, "t146", "146/QĐ-UBND", D(2024, 3, 4), D(2024, 3, 18), D(2024, 3, 22), khai, ["Hàn Quốc"])
    add_trip(con, "t745", "745/QĐ-UBND", D(2024, 9, 27), D(2024, 10, 21), D(2024, 10, 25), khai, ["Hàn Quốc"])
    con.execute("UPDATE trips SET decision_number = NULL WHERE trip_id = 't745'")
    add_report(
        con, "r1", D(2024, 11, 1), "745/QĐ-UBND", None, "Phạm Văn Khải", ["Hàn Quốc"], D(2024, 10, 21), D(2024, 10, 25)
    )
    con.execute("UPDATE reports SET reporting_unit = 'Sở Công Thương'")
    link_reports(con)
    trip, method, score = con.execute("SELECT trip_id, link_method, link_score FROM reports").fetchone()
    assert (trip, method) == ("t745", "person_destination_dates") and score < LINK_SURE


def test_link_reports_the_very_number_of_an_amending_decision_outranks_a_near_number(
    con: duckdb.DuckDBPyConnection,
) -> None:
    """A report cites the decision that made its reporter the delegation's head ("Quyết định số 480/QĐ-UBND"), the
    line citing the trip's own decision lost under a stamp and its return date split ("20/ 11/2026"). Another
    trip of the same head and unit holds "450/QĐ-UBND", one edit away: the very number of the amending decision
    names the trip, and the near number of another is no rival."""
    hung = [("Đỗ Văn Hùng", "Hiệu trưởng", "Trường Cao đẳng Kỹ thuật")]
    add_trip(con, "t450", "450/QĐ-UBND", D(2024, 5, 4), D(2024, 5, 25), D(2024, 6, 1), hung, ["Nhật Bản"])
    add_trip(con, "t391", "391/QĐ-UBND", D(2024, 10, 14), D(2024, 11, 16), D(2024, 11, 20), hung, ["Hàn Quốc"])
    add_document(con, "a480", D(2024, 10, 30), "480/QĐ-UBND", "quyet_dinh")
    con.execute(
        "INSERT INTO trip_amendments (trip_id, source_sha256, source_number, field, value) "
        "VALUES ('t391', 'a480', '480/QĐ-UBND', 'member_added', 'Đỗ Văn Hùng')"
    )
    add_report(con, "r1", D(2024, 12, 4), "480/QĐ-UBND", None, "Đỗ Văn Hùng", [], D(2024, 11, 16))
    con.execute("UPDATE reports SET reporting_unit = 'Trường Cao đẳng Kỹ thuật'")
    link_reports(con)
    trip, method, evidence = con.execute("SELECT trip_id, link_method, link_evidence FROM reports").fetchone()
    assert (trip, method) == ("t391", "decision_number") and json.loads(evidence)["cites_amending_decision"]


@pytest.mark.parametrize(
    ("report_unit", "trip_unit", "how"),
    [
        ("Sở Y tế", "Sở Y tế tỉnh Lạng Sơn", "same"),
        ("UBND xã Tân Thanh", "Ủy ban nhân dân xã Tân Thanh", "abbreviation"),
        ("UBND huyện Cao Lộc", "Ủy ban nhân dân huyện Cao Lộc", "abbreviation"),
        ("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn", "acronym"),
        ("Sở KH&CN", "Sở Khoa học và Công nghệ", "acronym"),
        ("BCH Hội LHPN tỉnh Cà Mau", "Hội Liên hiệp Phụ nữ", "acronym"),  # the acronym in the longer name
        ("BCH Hội LHPN tỉnh Cà Mau", "Hội Nông dân", None),
        ("Sở Văn hóa, Thế thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch", "same"),  # folds alike
        ("Ban Quản lý Khu kinh tế cửa khấu Đồng Đăng", "Ban Quản lý khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn", "same"),
        ("Sở Nông nghiệp và Môi truờng", "Sở Nông nghiệp và Môi trường", "same"),
        ("Sở Ngoal vụ", "Sở Ngoại vụ", "ocr"),
        ("Sở Nội vụ", "Sở Ngoại vụ", None),
        ("Ban Quá ản lý các khu công nghiệp", "Ban Quản lý các khu công nghiệp", "ocr"),  # 46's "QUÁẢN", one word
        ("Ban Quá ản lý các khu du lịch", "Ban Quản lý các khu công nghiệp", None),
        ("UBND xã Tân Thanh", "UBND tỉnh Lạng Sơn", None),
        ("UBND huyện Cao Lộc", "Ủy ban nhân dân huyện Văn Lãng", None),
        ("Sở NN&PTNT", "Sở Tài nguyên và Môi trường", None),
        ("Sở", "Sở Y tế", None),  # a unit's kind alone names no unit
    ],
)
def test_link_report_unit_named_otherwise(report_unit: str, trip_unit: str, how: str | None) -> None:
    assert unit_match(report_unit, trip_unit) == how


@pytest.mark.parametrize(
    ("report_unit", "linked", "how"),
    [
        ("UBND xã Tân Thanh", True, "abbreviation"),
        ("Ủy ban nhân dân xã Tân Thanh", True, "same"),
        ("UBND xã Tân Lập", False, None),  # another commune: only the destination agrees
    ],
)
def test_link_reports_by_date_and_a_unit_named_otherwise(
    con: duckdb.DuckDBPyConnection, report_unit: str, linked: bool, how: str | None
) -> None:
    """A commune's report citing "Quyết định ngày 06/10/2026 của Chủ tịch UBND tỉnh" (no number), its reporter
    unread: the decision's date gates, then the unit (named "UBND xã …" by the report, "Ủy ban nhân dân xã …" by
    the decision's member) and the destination must both agree; the evidence says how the unit did."""
    binh: list[tuple[str, str | None, str | None]] = [("Lục Văn Bình", "Chủ tịch", "Ủy ban nhân dân xã Tân Thanh")]
    add_trip(con, "t1", "1522/QĐ-UBND", D(2026, 10, 6), D(2026, 10, 19), D(2026, 10, 21), binh, ["Trung Quốc"])
    add_trip(con, "t2", "1523/QĐ-UBND", D(2026, 10, 6), D(2026, 11, 2), D(2026, 11, 5),
             [("Lê Văn Sơn", "Giám đốc", "Sở Y tế")], ["Trung Quốc"])  # fmt: skip
    add_report(con, "r1", D(2026, 10, 27), None, D(2026, 10, 6), None, ["Trung Quốc"])
    con.execute("UPDATE reports SET reporting_unit = ?", [report_unit])
    link_reports(con)
    row = con.execute("SELECT trip_id, link_method, link_score, link_evidence FROM reports").fetchone()
    assert row is not None
    trip, method, score, evidence = row
    if not linked:
        assert trip is None
        return
    assert (trip, method) == ("t1", "decision_date_unit") and score < LINK_SURE
    assert json.loads(evidence)["unit"] is True and json.loads(evidence)["unit_match"] == how


def test_link_reports_citing_an_undated_number_the_decision_scan_did_not_read(con: duckdb.DuckDBPyConnection) -> None:
    """ "Thực hiện Quyết định số 1010/QĐ-UBND …, … tại Hàn Quốc từ ngày 13/7 đến ngày 17/7": no date cited, the
    decision's hand-filled number unread, the signer under the seal. The very period, the unit and the country
    of one unnumbered decision link it, below LINK_SURE; another unnumbered trip of other days is not taken, and
    with two trips of those very days nothing is picked."""
    tuan = [("Cầm Văn Tuấn", "Giám đốc", "Sở Công Thương")]
    add_trip(con, "t1", "1010/QĐ-UBND", D(2026, 6, 26), D(2026, 7, 13), D(2026, 7, 17), tuan, ["Hàn Quốc"])
    add_trip(con, "t2", "530/QĐ-UBND", D(2026, 3, 26), D(2026, 4, 13), D(2026, 4, 17), tuan, ["Hàn Quốc"])
    con.execute("UPDATE trips SET decision_number = NULL")
    add_report(con, "r1", D(2026, 7, 22), "1010/QĐ-UBND", None, None, ["Hàn Quốc"], D(2026, 7, 13), D(2026, 7, 17))
    con.execute("UPDATE reports SET reporting_unit = 'Sở Công Thương'")
    link_reports(con)
    trip, method, score = con.execute("SELECT trip_id, link_method, link_score FROM reports").fetchone()
    assert (trip, method) == ("t1", "decision_period_unit") and score < LINK_SURE
    add_trip(con, "t3", "1011/QĐ-UBND", D(2026, 6, 27), D(2026, 7, 13), D(2026, 7, 17), tuan, ["Hàn Quốc"])
    con.execute("UPDATE trips SET decision_number = NULL WHERE trip_id = 't3'")
    con.execute("UPDATE reports SET trip_id = NULL, link_method = NULL, link_score = NULL")
    link_reports(con)
    assert con.execute("SELECT trip_id FROM reports").fetchone() == (None,)


@pytest.mark.parametrize(
    ("other_unit", "other_period", "linked"),
    [
        ("Sở Y tế", (D(2026, 3, 2), D(2026, 3, 6)), "t530"),  # one trip of its very period, unit and country
        ("UBND phường Sóc Trăng", (D(2026, 9, 7), D(2026, 9, 11)), None),  # two alike: no pick among equals
        ("Sở Y tế", (D(2026, 9, 7), D(2026, 9, 11)), "t530"),  # same days, another unit: only one agrees
    ],
)
def test_a_report_citing_no_number_and_no_reporter_links_by_its_period_unit_and_country(
    con: duckdb.DuckDBPyConnection, other_unit: str, other_period: tuple[dt.date, dt.date], linked: str | None
) -> None:
    """A report leaving the decision's number blank ("số ..../QĐ-UBND"), its signature unread on a scan: the trip of
    its very days, unit and destination, when only one qualifies — below LINK_SURE."""
    sương = [("Kim Thị Ngọc Sương", "Chủ tịch", "UBND phường Sóc Trăng")]
    add_trip(con, "t530", "530/QĐ-UBND", D(2026, 8, 26), D(2026, 9, 7), D(2026, 9, 11), sương, ["Lào"])
    other = [("Lê Văn Bảy", "Chủ tịch", other_unit)]
    add_trip(con, "t531", "531/QĐ-UBND", D(2026, 8, 26), *other_period, other, ["Lào"])
    add_report(con, "r52", D(2026, 9, 18), None, None, None, ["Lào"], D(2026, 9, 7), D(2026, 9, 11))
    con.execute("UPDATE reports SET reporting_unit = 'UBND phường Sóc Trăng'")
    link_reports(con)
    trip, method, score = con.execute("SELECT trip_id, link_method, link_score FROM reports").fetchone()
    assert trip == linked
    if linked:
        assert method == "period_unit_destination" and score < LINK_SURE


Member = tuple[str, str | None, str | None]


def the_report(con: duckdb.DuckDBPyConnection, columns: str) -> tuple[Any, ...]:
    """`columns` of the one report."""
    row = con.execute(f"SELECT {columns} FROM reports").fetchone()
    assert row is not None
    return row


def unread_decision(con: duckdb.DuckDBPyConnection, sha: str, month: str | None) -> None:
    """A decision scan whose pen-filled number and day were not read: number and date null, month kept or not."""
    con.execute("UPDATE trips SET decision_number = NULL, decision_date = NULL WHERE trip_id = ?", [sha])
    partial = json.dumps({"issue_date_partial": month})
    con.execute(
        "UPDATE documents SET number = NULL, issue_date = NULL, document_json = ? WHERE sha256 = ?", [partial, sha]
    )


@pytest.mark.parametrize(
    ("other_month", "other_date", "linked", "method"),
    [
        (None, None, None, None),  # the other's date wholly unread: it may be the one cited, no pick
        ("2026-06", None, "t455", "decision_month_period_unit"),  # the other's month is not the cited one
        ("2026-07", None, None, None),  # two of that month and those days, alike: no pick among equals
        (None, D(2026, 7, 9), "t455", "decision_month_period_unit"),  # the other's date, read, is another day
    ],
)
def test_a_report_citing_number_and_date_of_a_decision_whose_number_and_day_were_unread(
    con: duckdb.DuckDBPyConnection, other_month: str | None, other_date: dt.date | None, linked: str | None,
    method: str | None,
) -> None:  # fmt: skip
    """ "Theo Quyết định số 455/QĐ-UBND ngày 08/7/2026, 03 cán bộ … tại Tokyo từ 20/7/2026 đến 23/7/2026", the
    report's signer unread; the decision's scan read neither its pen-written number nor its day, only "tháng 7 năm
    2026". Its very period, the month, the unit and the country link it — below LINK_SURE, the way recorded."""
    diem: list[Member] = [
        ("Phan Ngọc Diễm", "Giám đốc", "Sở Y tế"),
        ("Huỳnh Tấn Phát", "Giám đốc", "Bệnh viện Đa khoa"),
    ]
    add_trip(con, "t455", "455/QĐ-UBND", D(2026, 7, 8), D(2026, 7, 20), D(2026, 7, 23), diem, ["Nhật Bản"])
    unread_decision(con, "t455", "2026-07")
    add_trip(con, "t456", "456/QĐ-UBND", D(2026, 7, 9), D(2026, 7, 20), D(2026, 7, 23),
             [("Lê Văn Bảy", "Phó Giám đốc", "Sở Y tế")], ["Nhật Bản"])  # fmt: skip
    if other_date is None:
        unread_decision(con, "t456", other_month)
    else:
        con.execute("UPDATE trips SET decision_number = NULL WHERE trip_id = 't456'")
    add_report(con, "r150", D(2026, 8, 5), "455/QĐ-UBND", D(2026, 7, 8), None, ["Nhật Bản"], D(2026, 7, 20),
               D(2026, 7, 23))  # fmt: skip
    con.execute("UPDATE reports SET reporting_unit = 'Sở Y tế'")
    link_reports(con)
    trip, got, score, evidence = the_report(con, "trip_id, link_method, link_score, link_evidence")
    assert (trip, got) == (linked, method)
    if linked:
        assert score < LINK_SURE
        facts = json.loads(evidence)
        agreed = (facts["cited_date"], facts["decision_month"], facts["cited_date_agrees"])
        assert agreed == ("2026-07-08", "2026-07", "month")


@pytest.mark.parametrize(
    ("cited_date", "linked"),
    [
        (D(2026, 7, 8), "t455"),  # nothing of the decision's date read: the cited day precedes the trip
        (D(2026, 7, 21), None),  # a decision dated inside its own trip: not the one cited
    ],
)
def test_a_report_citing_a_decision_whose_date_was_not_read_at_all(
    con: duckdb.DuckDBPyConnection, cited_date: dt.date, linked: str | None
) -> None:
    diem: list[Member] = [("Phan Ngọc Diễm", "Giám đốc", "Sở Y tế")]
    add_trip(con, "t455", "455/QĐ-UBND", D(2026, 7, 8), D(2026, 7, 20), D(2026, 7, 23), diem, ["Nhật Bản"])
    unread_decision(con, "t455", None)
    add_report(con, "r150", D(2026, 8, 5), "455/QĐ-UBND", cited_date, None, ["Nhật Bản"], D(2026, 7, 20),
               D(2026, 7, 23))  # fmt: skip
    con.execute("UPDATE reports SET reporting_unit = 'Sở Y tế'")
    link_reports(con)
    trip, method, evidence = the_report(con, "trip_id, link_method, link_evidence")
    assert trip == linked
    if linked:
        assert method == "decision_period_unit" and json.loads(evidence)["cited_date_agrees"] == "before_trip"


def test_a_cited_date_never_links_a_decision_whose_date_reads_otherwise(con: duckdb.DuckDBPyConnection) -> None:
    """The decision's number unread but its date read (9/7): a report citing "… ngày 08/7/2026" is not its report,
    even with its very period, unit and country."""
    diem: list[Member] = [("Phan Ngọc Diễm", "Giám đốc", "Sở Y tế")]
    add_trip(con, "t1", "455/QĐ-UBND", D(2026, 7, 9), D(2026, 7, 20), D(2026, 7, 23), diem, ["Nhật Bản"])
    con.execute("UPDATE trips SET decision_number = NULL")
    add_report(con, "r150", D(2026, 8, 5), "455/QĐ-UBND", D(2026, 7, 8), None, ["Nhật Bản"], D(2026, 7, 20),
               D(2026, 7, 23))  # fmt: skip
    con.execute("UPDATE reports SET reporting_unit = 'Sở Y tế'")
    link_reports(con)
    assert con.execute("SELECT trip_id FROM reports").fetchone() == (None,)


@pytest.mark.parametrize(
    ("cited_date", "linked"),
    [
        (None, None),  # two alike of those days, unit and country: no pick among equals
        (D(2026, 8, 27), "t531"),  # "số ..../QĐ-UBND ngày 27/8/2026": t530 reads 26/8, another decision
        (D(2026, 7, 27), None),  # t530 reads 26/8, t531 was of August: neither is the decision cited
    ],
)
def test_a_report_leaving_the_number_blank_is_gated_by_the_date_it_cites(
    con: duckdb.DuckDBPyConnection, cited_date: dt.date | None, linked: str | None
) -> None:
    """A report citing a decision by date only, the number left blank, its signer unread; t531's scan read neither
    its number nor its day ("tháng 8 năm 2026"): the trip of its very days, unit and country whose decision date,
    as far as read, is the cited one."""
    sương: list[Member] = [("Kim Thị Ngọc Sương", "Chủ tịch", "UBND phường Sóc Trăng")]
    add_trip(con, "t530", "530/QĐ-UBND", D(2026, 8, 26), D(2026, 9, 7), D(2026, 9, 11), sương, ["Lào"])
    add_trip(con, "t531", "531/QĐ-UBND", D(2026, 8, 27), D(2026, 9, 7), D(2026, 9, 11), sương, ["Lào"])
    unread_decision(con, "t531", "2026-08")
    add_report(con, "r52", D(2026, 9, 18), None, cited_date, None, ["Lào"], D(2026, 9, 7), D(2026, 9, 11))
    con.execute("UPDATE reports SET reporting_unit = 'UBND phường Sóc Trăng'")
    link_reports(con)
    trip, method = the_report(con, "trip_id, link_method")
    assert (trip, method) == (linked, "period_unit_destination" if linked else None)


@pytest.mark.parametrize(
    ("cited_date", "linked"),
    [
        (D(2026, 3, 2), "t268"),  # "ngày 2/3/2026": the 0 of "20/3" lost on the fax
        (D(2026, 3, 21), None),  # another digit: another decision's date
        (D(2026, 2, 2), None),  # another month
    ],
)
def test_a_report_citing_its_decisions_date_with_a_digit_of_the_day_lost_links_on_its_own_period(
    con: duckdb.DuckDBPyConnection, cited_date: dt.date, linked: str | None
) -> None:
    """Scenario 36's 14/BC-SYT on its fax: the number cited unreadable ("2B/QH-DBND"), the date "2/3/2026" for the
    decision's 20/3, the signer unread; its very period, unit and country are those of one trip only."""
    members: list[Member] = [("Trương Quốc Hùng", "Giám đốc", "Sở Y tế")]
    add_trip(con, "t268", "268/QĐ-UBND", D(2026, 3, 20), D(2026, 4, 13), D(2026, 4, 16), members, ["Xinh-ga-po"])
    add_report(con, "r14", D(2026, 4, 22), None, cited_date, None, ["Xinh-ga-po"], D(2026, 4, 13), D(2026, 4, 16))
    con.execute("UPDATE reports SET reporting_unit = 'Sở Y tế'")
    link_reports(con)
    trip, method = the_report(con, "trip_id, link_method")
    assert (trip, method) == (linked, "period_unit_destination" if linked else None)


@pytest.mark.parametrize(("month", "linked"), [("2025-03", "t1"), (None, "t1"), ("2025-02", None)])
def test_a_fuzzy_number_is_gated_by_the_month_read_of_the_decision(
    con: duckdb.DuckDBPyConnection, month: str | None, linked: str | None
) -> None:
    """A cited "1453/QĐ-UBND ngày 03/3/2025", one edit from a decision whose pen-filled day was not read: linked on
    two agreeing facts unless the month read of the decision ("tháng 02") is not the cited one."""
    binh: list[Member] = [("Nguyễn Văn Bình", "Giám đốc", "Sở Ngoại vụ")]
    add_trip(con, "t1", "1452/QĐ-UBND", D(2025, 3, 3), D(2025, 3, 10), D(2025, 3, 15), binh, ["Nhật Bản"])
    con.execute("UPDATE trips SET decision_date = NULL")
    con.execute(
        "UPDATE documents SET document_json = ? WHERE sha256 = 't1'", [json.dumps({"issue_date_partial": month})]
    )
    add_report(con, "r1", D(2025, 3, 20), "1453/QĐ-UBND", D(2025, 3, 3), None, ["Nhật Bản"], D(2025, 3, 10))
    con.execute("UPDATE reports SET reporting_unit = 'Sở Ngoại vụ'")  # the reporter unread: unit and country agree
    link_reports(con)
    trip, method = the_report(con, "trip_id, link_method")
    assert (trip, method) == (linked, "decision_number_fuzzy_corroborated" if linked else None)


def test_link_a_report_on_two_trips_links_each(con: duckdb.DuckDBPyConnection) -> None:
    """Issue 13 (blind scenario 15): a report citing two trip decisions answers both; the second is linked by its
    exact number and date only, and a cited decision that is no trip (an amendment) links nothing."""
    add_trip(con, "t1", "301/QĐ-UBND", D(2026, 3, 2), D(2026, 3, 10), D(2026, 3, 12), [("Lò Văn Pấng", None, None)], [])
    add_trip(con, "t2", "315/QĐ-UBND", D(2026, 3, 9), D(2026, 3, 16), D(2026, 3, 18), [("Lò Văn Pấng", None, None)], [])
    add_trip(con, "t3", "316/QĐ-UBND", D(2026, 1, 9), D(2026, 1, 16), D(2026, 1, 18), [("Lò Văn Pấng", None, None)], [])
    add_report(con, "r1", D(2026, 3, 20), "301/QĐ-UBND", D(2026, 3, 2))
    cited = '[{"number": "315/QĐ-UBND", "date": "2026-03-09"}, {"number": "316/QĐ-UBND", "date": "2026-03-10"}]'
    con.execute("UPDATE reports SET also_cited = ? WHERE sha256 = 'r1'", [cited])
    link_reports(con)
    links = con.execute("SELECT trip_id, sha256, link_method FROM v_report_links ORDER BY trip_id").fetchall()
    # 316 is cited with another date than its decision's: a reused number, not this one
    assert links == [("t1", "r1", "decision_number"), ("t2", "r1", "decision_number")]
    assert con.execute("SELECT trip_id, report_count FROM v_trip_reports ORDER BY trip_id").fetchall() == [
        ("t1", 1),
        ("t2", 1),
    ]


@pytest.mark.parametrize(
    ("cited_date", "month", "unit", "linked"),
    [
        (D(2026, 7, 8), "2026-07", "Trường Đại học Đông Sơn", "t2"),  # its pen-filled day unread: the month fits
        (D(2026, 6, 8), "2026-07", "Trường Đại học Đông Sơn", None),  # cited in another month: another decision
        (D(2026, 7, 8), "2026-07", "Sở Y tế", None),  # another unit's report
    ],
)
def test_a_further_decision_cited_by_a_number_no_trip_holds_links_by_its_date(
    con: duckdb.DuckDBPyConnection, cited_date: dt.date, month: str, unit: str, linked: str | None
) -> None:
    """Issue 13 (scenario 24's scans): a report on two trips cites the second decision by a number no trip holds (that
    scan's pen-filled number unread) and its date; the one unnumbered trip of that date — or month, its day unread
    too — whose unit and a destination agree is linked, below LINK_SURE."""
    first: list[Member] = [("Vương Thị Hà", "Trưởng khoa", "Trường Đại học Đông Sơn")]
    add_trip(con, "t1", "318/QĐ-ĐHĐS", D(2026, 6, 29), D(2026, 7, 13), D(2026, 7, 17), first, ["Ma-lai-xi-a"])
    second: list[Member] = [*first, ("Lò Thị Nga", "Giảng viên", "Trường Đại học Đông Sơn")]
    add_trip(con, "t2", "341/QĐ-ĐHĐS", D(2026, 7, 8), D(2026, 7, 20), D(2026, 7, 24), second, ["Thái Lan"])
    con.execute("UPDATE trips SET decision_number = NULL, decision_date = NULL WHERE trip_id = 't2'")
    con.execute(
        "UPDATE documents SET document_json = ? WHERE sha256 = 't2'", [json.dumps({"issue_date_partial": month})]
    )
    countries = ["Ma-lai-xi-a", "Thái Lan"]
    add_report(
        con, "r1", D(2026, 7, 30), "318/QĐ-ĐHĐS", D(2026, 6, 29), None, countries, D(2026, 7, 13), D(2026, 7, 17)
    )
    con.execute(
        "UPDATE reports SET reporting_unit = ?, also_cited = ?",
        [unit, json.dumps([{"number": "341/QĐ-ĐHĐS", "date": cited_date.isoformat()}])],
    )
    link_reports(con)
    further = con.execute("SELECT trip_id, link_method FROM report_trips").fetchall()
    assert further == ([(linked, "cited_date_unit_destination")] if linked else [])


@pytest.mark.parametrize(
    ("cited_date", "countries", "report_date", "linked"),
    [
        (D(2026, 6, 10), [], D(2026, 7, 6), "t270"),  # the cited decision date and the unit
        (None, ["Nhật Bản"], D(2026, 7, 6), "t270"),  # a destination and the unit
        (None, [], D(2026, 7, 6), None),  # the unit alone says too little
        (None, ["Nhật Bản"], D(2026, 6, 25), None),  # dated before the return: not that trip's report
        (None, ["Nhật Bản"], D(2026, 9, 30), None),  # three months after: too late to be taken as its report
        (D(2026, 6, 11), ["Nhật Bản"], D(2026, 7, 6), None),  # cites another date: another decision
    ],
)
def test_a_report_whose_citation_and_period_were_lost_links_by_unit_and_filing_date(
    con: duckdb.DuckDBPyConnection,
    cited_date: dt.date | None,
    countries: list[str],
    report_date: dt.date,
    linked: str | None,
) -> None:
    """A faxed report whose opening sentence (number, period) OCR lost, signed by someone not on the trip: the
    unit, a date after the trip's return, and the cited decision date or a destination, on one trip only — below
    LINK_SURE."""
    members = [
        ("Lưu Quang Hải", "Bí thư", "Đảng ủy đặc khu Vân Đồn"),
        ("Ông Thị Nga", "Trưởng phòng", "đặc khu Vân Đồn"),
    ]
    add_trip(con, "t270", "270/QĐ-UBND", D(2026, 6, 10), D(2026, 6, 22), D(2026, 6, 28), members, ["Nhật Bản"])
    others = [("Hà Văn Kiên", "Bí thư", "Đảng ủy đặc khu Cô Tô"), ("Chu Văn Thuận", "Trưởng phòng", "đặc khu Cô Tô")]
    add_trip(con, "t263", "263/QĐ-UBND", D(2026, 6, 10), D(2026, 6, 15), D(2026, 6, 18), others, ["Nhật Bản"])
    add_report(con, "r134", report_date, None, cited_date, "Nông Đức Thiện", countries)
    con.execute("UPDATE reports SET reporting_unit = 'Ủy ban nhân dân đặc khu Vân Đồn'")
    link_reports(con)
    trip, method, score = con.execute("SELECT trip_id, link_method, link_score FROM reports").fetchone()
    assert trip == linked
    if linked:
        assert method == "unit_filed_after_return" and score < LINK_SURE


@pytest.mark.parametrize(
    ("cited", "read", "linked"),
    [
        ("405/QĐ-UBND", False, "t-unread"),  # the number no decision holds; the one decision whose number is unread
        ("405/QĐ-UBND", True, None),  # every decision's number read (1180): the report cites another decision
        ("270/QĐ-UBND", False, "t270"),  # a number a decision holds links by it, not by the filing date
    ],
)
def test_a_report_citing_a_number_no_decision_holds_links_by_unit_and_filing_date_to_an_unnumbered_one(
    con: duckdb.DuckDBPyConnection, cited: str, read: bool, linked: str | None
) -> None:
    """A scanned report cites "405/QĐ-UBND", its period lost; the decision's pen-filled number was not read, so no
    decision holds it. Among the decisions whose number was not read, the unit, a date after the return and a
    destination on one trip link it, below LINK_SURE."""
    members = [("Lưu Quang Hải", "Giám đốc", "Sở Công Thương")]
    add_trip(con, "t270", "270/QĐ-UBND", D(2026, 1, 10), D(2026, 1, 22), D(2026, 1, 28), members, ["Nhật Bản"])
    add_trip(con, "t-unread", "405/QĐ-UBND", D(2026, 2, 25), D(2026, 3, 9), D(2026, 3, 13), members, ["Trung Quốc"])
    number = "1180/QĐ-UBND" if read else None
    con.execute("UPDATE trips SET decision_number = ? WHERE trip_id = 't-unread'", [number])
    add_report(con, "r32", D(2026, 3, 20), cited, None, "Nông Đức Thiện", ["Trung Quốc"])
    con.execute("UPDATE reports SET reporting_unit = 'Sở Công Thương'")
    link_reports(con)
    trip, method, score = con.execute("SELECT trip_id, link_method, link_score FROM reports").fetchone()
    assert trip == linked
    if linked == "t-unread":
        assert method == "unit_filed_after_return" and score < LINK_SURE


@pytest.mark.parametrize(
    ("cited", "countries", "linked"),
    [
        ("1015/QĐ-UIẾĐSốpày", ["Ô-xtrây-li-a"], "t1015"),  # the serial and "QĐ", unit and country agree
        ("1015/QĐ-UIẾĐSốpày", [], None),  # the unit alone: one fact besides the number is too little
        ("1016/QĐ-UIẾĐSốpày", ["Ô-xtrây-li-a"], None),  # another serial: no trip's
        ("1015/TTr-UIẾĐSốpày", ["Ô-xtrây-li-a"], None),  # a submission's number, not a decision's
    ],
)
def test_link_reports_by_the_serial_of_a_decision_whose_symbol_ocr_garbled(
    con: duckdb.DuckDBPyConnection, cited: str, countries: list[str], linked: str | None
) -> None:
    """Blind scenario 20's 44/BC-SGDĐT scan: a stamp over "1015/QĐ-UBND ngày" gave "1015/QĐ-UIẾĐSốpày". The serial
    before "QĐ" is the decision's; two agreeing facts make the link, scored as a review."""
    huong = [("Cao Thị Thanh Hương", "Giám đốc", "Sở Giáo dục và Đào tạo")]
    add_trip(con, "t1015", "1015/QĐ-UBND", D(2026, 6, 2), D(2026, 6, 15), D(2026, 6, 20), huong, ["Ô-xtrây-li-a"])
    other = [("Lê Văn Sơn", "Giám đốc", "Sở Y tế")]
    add_trip(con, "t1051", "1051/QĐ-UBND", D(2026, 6, 2), D(2026, 7, 15), D(2026, 7, 20), other, ["Lào"])
    add_report(con, "r44", D(2026, 7, 2), cited, None, None, countries)
    assert_review_link(con, "Sở Giáo dục và Đào tạo", linked, "decision_serial_corroborated")


def assert_review_link(con: duckdb.DuckDBPyConnection, unit: str, linked: str | None, method: str) -> None:
    """The one report, of `unit`, linked to `linked` by `method` below LINK_SURE, or not linked when `linked` is
    None."""
    con.execute("UPDATE reports SET reporting_unit = ?", [unit])
    link_reports(con)
    trip, how, score = the_report(con, "trip_id, link_method, link_score")
    assert trip == linked
    if linked:
        assert how == method and score < LINK_SURE


@pytest.mark.parametrize(
    ("period", "unit", "linked"),
    [
        ((D(2026, 9, 21), D(2026, 9, 24)), "Sở Văn hóa, Thể thao và Du lịch", True),
        ((D(2026, 9, 21), D(2026, 9, 25)), "Sở Văn hóa, Thể thao và Du lịch", False),  # no trip of that period
        ((D(2026, 9, 21), D(2026, 9, 24)), "Sở Y tế", False),  # another unit's trip
    ],
)
def test_link_a_report_on_two_trips_whose_second_citation_was_lost_links_the_trip_of_its_own_period(
    con: duckdb.DuckDBPyConnection, period: tuple[dt.date, dt.date], unit: str, linked: bool
) -> None:
    """Blind scenario 20's 88/BC-SVHTTDL scan: OCR interleaved the citations of 1540 and 1561; 1561 links by number,
    and the report's own period, 1540's, with its unit and a country, links 1540 too — below LINK_SURE."""
    lien = [("Đoàn Thị Kim Liên", "Phó Giám đốc", "Sở Văn hóa, Thể thao và Du lịch")]
    add_trip(con, "t1540", "1540/QĐ-UBND", D(2026, 9, 14), D(2026, 9, 21), D(2026, 9, 24), lien, ["Lào"])
    add_trip(con, "t1561", "1561/QĐ-UBND", D(2026, 9, 21), D(2026, 9, 28), D(2026, 10, 2), lien, ["Campuchia"])
    add_report(con, "r88", D(2026, 10, 5), "1561/QĐ-UBND", D(2026, 9, 21), None, ["Lào", "Campuchia"], *period)
    con.execute("UPDATE reports SET reporting_unit = ?", [unit])
    link_reports(con)
    links = con.execute("SELECT trip_id, link_method, link_score FROM v_report_links ORDER BY trip_id").fetchall()
    expected = [("t1540", "report_period_unit_destination", 0.8)] if linked else []
    assert links == [*expected, ("t1561", "decision_number", 1.0)]


@pytest.mark.parametrize(
    ("second", "linked"),
    [
        ("từ ngày 21/9/2026 đến ngày 24/9/2026", True),  # the second delegation's period: 1540's
        ("từ ngày 21/9/2026 đến ngày 25/9/2026", False),  # no trip of that period
    ],
)
def test_link_a_report_listing_two_delegations_links_the_trip_of_its_second_period(
    con: duckdb.DuckDBPyConnection, second: str, linked: bool
) -> None:
    """A report on two delegations, its second decision's citation lost under a stamp, gives each delegation's period
    in its items; it was read with the first (its linked trip's): the second period, unit and a country link the other
    trip, below LINK_SURE."""
    lien = [("Đoàn Thị Kim Liên", "Phó Giám đốc", "Sở Văn hóa, Thể thao và Du lịch")]
    add_trip(con, "t1540", "1540/QĐ-UBND", D(2026, 9, 14), D(2026, 9, 21), D(2026, 9, 24), lien, ["Lào"])
    add_trip(con, "t1561", "1561/QĐ-UBND", D(2026, 9, 1), D(2026, 9, 7), D(2026, 9, 11), lien, ["Campuchia"])
    period = (D(2026, 9, 7), D(2026, 9, 11))
    add_report(con, "r88", D(2026, 10, 5), "1561/QĐ-UBND", D(2026, 9, 1), None, ["Lào", "Campuchia"], *period)
    text = f"1. Đoàn tại Phnôm Pênh từ ngày 07/9/2026 đến ngày 11/9/2026.\n2. Đoàn tại Viêng Chăn {second}."
    con.execute("UPDATE documents SET text = ? WHERE sha256 = 'r88'", [text])
    con.execute("UPDATE reports SET reporting_unit = 'Sở Văn hóa, Thể thao và Du lịch'")
    link_reports(con)
    links = con.execute("SELECT trip_id, link_method, link_score FROM v_report_links ORDER BY trip_id").fetchall()
    expected = [("t1540", "report_period_unit_destination", 0.8)] if linked else []
    assert links == [*expected, ("t1561", "decision_number", 1.0)]


@pytest.mark.parametrize(
    ("cited_date", "period", "countries", "linked"),
    [
        (D(2026, 7, 6), (D(2026, 7, 27), D(2026, 7, 29)), ["Campuchia"], "t1687"),
        (D(2026, 7, 7), (D(2026, 7, 27), D(2026, 7, 29)), ["Campuchia"], None),  # another date: another decision
        (D(2026, 7, 6), (D(2026, 7, 27), D(2026, 7, 30)), ["Campuchia"], None),  # another period
        (D(2026, 7, 6), (D(2026, 7, 27), D(2026, 7, 29)), ["Lào"], None),  # another country
    ],
)
def test_link_reports_citing_a_number_three_edits_off_by_date_period_unit_and_country(
    con: duckdb.DuckDBPyConnection,
    cited_date: dt.date,
    period: tuple[dt.date, dt.date],
    countries: list[str],
    linked: str | None,
) -> None:
    """Blind scenario 18's 407/BC-UBND scan: "1507/QĐ-JBND" for 1687/QĐ-UBND, the reporter unread. The cited date,
    the report's own period, the unit and a country, all on one trip, link it — below LINK_SURE."""
    members = [("Lâm Chí Cường", "Chủ tịch", "UBND đặc khu Phú Quốc")]
    add_trip(con, "t1687", "1687/QĐ-UBND", D(2026, 7, 6), D(2026, 7, 27), D(2026, 7, 29), members, ["Campuchia"])
    others = [("Trần Văn Hải", "Giám đốc", "Sở Y tế")]
    add_trip(con, "t1688", "1688/QĐ-UBND", D(2026, 7, 6), D(2026, 7, 27), D(2026, 7, 29), others, ["Campuchia"])
    add_report(con, "r407", D(2026, 8, 11), "1507/QĐ-JBND", cited_date, None, countries, *period)
    assert_review_link(con, "UBND đặc khu Phú Quốc", linked, "decision_date_period_unit")


HOA = [("Mai Xuân Hòa", "Giám đốc", "Sở Nông nghiệp và Môi trường")]
"""The delegation of blind scenario 18's 1636/QĐ-UBND (30/06/2026, Lào, 20-26/07/2026), whose report cites it as
"1366/QĐ-UBND" (typed so) and on its scan read "1366/OĐ-LIBND" (a stamp's frame across the line)."""


@pytest.mark.parametrize(
    ("cited", "cited_date", "period", "unit", "linked"),
    [
        ("1366/OĐ-LIBND", D(2026, 6, 30), (D(2026, 7, 20), D(2026, 7, 26)), "Sở Nông nghiệp và Môi trường", "t1636"),
        ("1366/OĐ-LIBND", D(2025, 6, 30), (D(2026, 7, 20), D(2026, 7, 26)), "Sở Nông nghiệp và Môi trường", None),
        ("1366/OĐ-LIBND", D(2026, 6, 30), (D(2026, 7, 20), D(2026, 7, 26)), "Sở Y tế", None),  # another unit
        ("1366/OĐ-LIBND", D(2026, 6, 30), (D(2026, 7, 20), D(2026, 7, 27)), "Sở Nông nghiệp và Môi trường", None),
        ("1366/TTr-LIBND", D(2026, 6, 30), (D(2026, 7, 20), D(2026, 7, 26)), "Sở Nông nghiệp và Môi trường", None),
        ("136/OĐ-LIBND", D(2026, 6, 30), (D(2026, 7, 20), D(2026, 7, 26)), "Sở Nông nghiệp và Môi trường", None),
    ],
)
def test_link_reports_citing_a_symbol_ocr_confused_by_date_period_unit_and_country(
    con: duckdb.DuckDBPyConnection,
    cited: str,
    cited_date: dt.date,
    period: tuple[dt.date, dt.date],
    unit: str,
    linked: str | None,
) -> None:
    """Tesseract's "LI" read for "U" and "O" for "Q" count as the letters they stand for (the symbol three edits off
    otherwise): the cited date, the report's own period, the unit and a country link it, below LINK_SURE. Another
    year, unit or period, a submission's symbol ("TTr") or a serial of another length: no link."""
    add_trip(con, "t1636", "1636/QĐ-UBND", D(2026, 6, 30), D(2026, 7, 20), D(2026, 7, 26), HOA, ["Lào"])
    others = [("Trần Văn Hải", "Giám đốc", "Sở Y tế")]
    add_trip(con, "t1637", "1637/QĐ-UBND", D(2026, 6, 30), D(2026, 7, 20), D(2026, 7, 27), others, ["Lào"])
    add_report(con, "r246", D(2026, 8, 3), cited, cited_date, None, ["Lào"], *period)
    assert_review_link(con, unit, linked, "decision_date_period_unit")


@pytest.mark.parametrize(
    ("cited", "cited_date", "countries", "linked"),
    [
        ("1636/OĐ-LIBND", D(2026, 6, 30), ["Lào"], "t1636"),  # the serial and "OĐ" for "QĐ", unit and country agree
        ("1636/OĐ-LIBND", None, ["Lào"], "t1636"),
        ("1636/OĐ-LIBND", D(2025, 6, 30), ["Lào"], None),  # last year's 1636 is another unit's, this one's dated else
        ("1636/OĐ-LIBND", D(2026, 6, 30), [], None),  # the unit alone
        ("1663/OĐ-LIBND", D(2026, 6, 30), ["Lào"], None),  # other digits, no period to link on
    ],
)
def test_link_reports_by_the_serial_before_a_symbol_ocr_confused(
    con: duckdb.DuckDBPyConnection, cited: str, cited_date: dt.date | None, countries: list[str], linked: str | None
) -> None:
    """The same digits before "OĐ" (tesseract's "O" for "Q") are the serial of a decision's number: with two facts
    agreeing, the link is a serial one, below LINK_SURE — never to a decision of the same digits another year."""
    add_trip(con, "t1636", "1636/QĐ-UBND", D(2026, 6, 30), D(2026, 7, 20), D(2026, 7, 26), HOA, ["Lào"])
    last_year = [("Trần Văn Hải", "Giám đốc", "Sở Y tế")]
    add_trip(con, "t1636y", "1636/QĐ-UBND", D(2025, 6, 30), D(2025, 7, 20), D(2025, 7, 26), last_year, ["Campuchia"])
    add_report(con, "r246", D(2026, 8, 3), cited, cited_date, None, countries)
    assert_review_link(con, "Sở Nông nghiệp và Môi trường", linked, "decision_serial_corroborated")


@pytest.mark.parametrize(
    ("cited", "countries", "linked"),
    [
        ("88/QB-LIBND", ["Lào"], "t88"),  # "QB" for "QĐ" (the "Đ"'s stroke read as a bowl), "LI" for "U"
        ("88-Bam", ["Lào"], "t88"),  # the symbol lost under a stamp, the next word ("Ban …") read on
        ("88/ Ÿ4/7/2026", ["Lào"], "t88"),  # the symbol and "ngày" lost, the date's digits read on
        ("88/QĐ", ["Lào"], "t88"),  # the issuer's part lost
        ("88-Bam", [], None),  # the unit alone: one fact besides the serial is too little
        ("88/TTr-SNNMT", ["Lào"], None),  # a submission's number read whole: another document
        ("89-Bam", ["Lào"], None),  # another serial
    ],
)
def test_link_reports_by_the_serial_before_a_symbol_ocr_lost_or_misread(
    con: duckdb.DuckDBPyConnection, cited: str, countries: list[str], linked: str | None
) -> None:
    """A cited number whose symbol a stamp took ("12-Bam", "560/Ÿ4/7/2026") or misread ("520/QB-LIBND") keeps its
    serial: with two facts agreeing on the one trip of that serial, the link is a serial one, below LINK_SURE."""
    add_trip(con, "t88", "88/QĐ-UBND", D(2026, 3, 2), D(2026, 4, 6), D(2026, 4, 10), HOA, ["Lào"])
    others = [("Trần Văn Hải", "Giám đốc", "Sở Y tế")]
    add_trip(con, "t98", "98/QĐ-UBND", D(2026, 3, 12), D(2026, 4, 6), D(2026, 4, 10), others, ["Lào"])
    add_report(con, "r40", D(2026, 4, 20), cited, None, None, countries)
    assert_review_link(con, "Sở Nông nghiệp và Môi trường", linked, "decision_serial_corroborated")


@pytest.mark.parametrize(("also_cited", "linked"), [('[{"number": "172/QĐ", "date": null}]', "t160"), ("[]", None)])
def test_a_report_on_two_trips_whose_period_read_is_the_seconds_links_the_first_by_its_serial(
    con: duckdb.DuckDBPyConnection, also_cited: str, linked: str | None
) -> None:
    """Scenario 34's 21/BC-SCT on its scan: it cites 160/QĐ-UBND ("160/QB-L", a stamp over it) and 172/QĐ-UBND, and
    the period read from it is the second delegation's (the first's year garbled). Citing several decisions, its
    period may be any of its trips': the first links by its serial and the unit, a member and the country, below
    LINK_SURE, and the second by that period (`cocited`). A report citing one decision keeps the dates' veto."""
    sct = "Sở Công Thương"
    first: list[Member] = [("Nguyễn Hữu Phước", "Giám đốc", sct), ("Tô Thị Mỹ Linh", "Phó Giám đốc", sct)]
    add_trip(con, "t160", "160/QĐ-UBND", D(2026, 2, 27), D(2026, 3, 9), D(2026, 3, 13), first, ["Trung Quốc"])
    second: list[Member] = [("Bùi Văn Khang", "Giám đốc", "Trung tâm Xúc tiến Thương mại, Sở Công Thương")]
    add_trip(con, "t172", "172/QĐ-UBND", D(2026, 3, 5), D(2026, 3, 16), D(2026, 3, 18), second, ["Trung Quốc"])
    add_report(con, "r21", D(2026, 3, 27), "160/QB-L", None, "Tô Thị Mỹ Linh", ["Trung Quốc"], D(2026, 3, 16))
    con.execute(
        "UPDATE reports SET end_date = ?, reporting_unit = ?, also_cited = ?", [D(2026, 3, 18), sct, also_cited]
    )
    link_reports(con)
    trip, method, score = the_report(con, "trip_id, link_method, link_score")
    assert trip == linked
    if linked:
        assert method == "decision_serial_corroborated" and score < LINK_SURE
        links = con.execute("SELECT trip_id FROM v_report_links WHERE sha256 = 'r21' ORDER BY trip_id").fetchall()
        assert links == [("t160",), ("t172",)]


def test_link_reports_number_as_cited_under_another_date_needs_the_reports_own_period(
    con: duckdb.DuckDBPyConnection,
) -> None:
    """Blind scenario 10: a report cites its decision's number exactly with a mistyped date and its signer is lost
    under the seal. Unit, destination and the report's own period agreeing on that one trip link it, below the
    certain score and saying the dates differ; the same citation on a report of another period is a reused number."""
    ha = [("Phan Thị Thu Hà", "Phó Giám đốc", "Sở Y tế")]
    add_trip(con, "t1", "2795/QĐ-UBND", D(2026, 9, 23), D(2026, 10, 4), D(2026, 10, 10), ha, ["Cuba"])
    add_report(
        con, "r1", D(2026, 10, 21), "2795/QĐ-UBND", D(2026, 9, 21), None, ["Cuba"], D(2026, 10, 4), D(2026, 10, 10)
    )
    add_report(
        con, "r2", D(2025, 10, 21), "2795/QĐ-UBND", D(2025, 9, 21), None, ["Cuba"], D(2025, 10, 4), D(2025, 10, 10)
    )
    link_reports(con)
    rows = {sha: (trip, method, score, json.loads(evidence)) for sha, trip, method, score, evidence in con.execute(
        "SELECT sha256, trip_id, link_method, link_score, link_evidence FROM reports").fetchall()}  # fmt: skip
    trip, method, score, evidence = rows["r1"]
    assert (trip, method) == ("t1", "decision_number_fuzzy_corroborated") and score < LINK_SURE
    assert evidence["cited_date_differs"] == {"cited": "2026-09-21", "decision": "2026-09-23"}
    assert rows["r2"][0] is None


@pytest.mark.parametrize(
    ("start", "country", "linked"),
    [
        (D(2026, 10, 5), "Hàn Quốc", "t900"),  # its first day, unit and country: that trip's
        (D(2026, 10, 6), "Hàn Quốc", None),  # another first day
        (D(2026, 10, 5), "Nhật Bản", None),  # another country
    ],
)
def test_a_report_whose_period_end_a_stamp_took_links_on_its_first_day(
    con: duckdb.DuckDBPyConnection, start: dt.date, country: str, linked: str | None
) -> None:
    """Blind scenario 43's 137/BC-SNNMT on its scan: the receiving stamp took the number cited, the report's own date
    and its period's end ("… từ ngày 05/10/2026 đến ngày" and noise): its first day, unit and country are one trip's
    only; a review, below LINK_SURE."""
    members: list[Member] = [("Đặng Văn Chung", "Giám đốc", "Sở Nông nghiệp và Môi trường")]
    add_trip(con, "t900", "900/QĐ-UBND", D(2026, 9, 15), D(2026, 10, 5), D(2026, 10, 11), members, ["Hàn Quốc"])
    add_trip(con, "t955", "955/QĐ-UBND", D(2026, 9, 25), D(2026, 10, 12), D(2026, 10, 14), members, ["Hàn Quốc"])
    add_report(con, "r137", None, None, None, None, [country], start, None)
    con.execute("UPDATE reports SET reporting_unit = 'Sở Nông nghiệp và Môi trường'")
    link_reports(con)
    trip, method, score = the_report(con, "trip_id, link_method, link_score")
    assert trip == linked
    if linked:
        assert method == "start_unit_destination" and score < LINK_SURE


def test_link_reports_citing_a_decision_date_with_one_digit_misread(con: duckdb.DuckDBPyConnection) -> None:
    """Issue 13 (blind scenario 43's scans): "Quyết định số 702/QĐ-UBND ngày 14/2/2026" read for "14/7/2026", the
    decision's own number unread: its very period, unit and country link it as a review with its method recorded;
    a date two digits off ("14/2" for "17/7") is another decision's, and nothing links."""
    hoa = [("Bạc Cầm Hoa", "Giám đốc", "Sở Văn hóa, Thể thao và Du lịch")]
    add_trip(con, "t1", "702/QĐ-UBND", D(2026, 7, 14), D(2026, 8, 10), D(2026, 8, 14), hoa, ["Thái Lan"])
    con.execute("UPDATE trips SET decision_number = NULL")
    add_report(
        con, "r1", D(2026, 8, 21), "702/QĐ-UBND", D(2026, 2, 14), None, ["Thái Lan"], D(2026, 8, 10), D(2026, 8, 14)
    )
    con.execute("UPDATE reports SET reporting_unit = 'Sở Văn hóa, Thể thao và Du lịch'")
    link_reports(con)
    trip, method, score, evidence = con.execute(
        "SELECT trip_id, link_method, link_score, link_evidence FROM reports"
    ).fetchone()
    assert (trip, method) == ("t1", "decision_period_unit_date_misread") and score < LINK_SURE
    assert json.loads(evidence)["decision_date"] == "2026-07-14"
    con.execute("UPDATE trips SET decision_date = ?", [D(2026, 7, 17)])
    link_reports(con)
    assert con.execute("SELECT trip_id FROM reports").fetchone() == (None,)


@pytest.mark.parametrize(("unread", "linked"), [(True, "t690"), (False, "t240")])
def test_a_report_on_two_trips_links_the_unnumbered_trip_of_its_period_before_a_number_two_digits_off(
    con: duckdb.DuckDBPyConnection, unread: bool, linked: str
) -> None:
    """Scenario 44's 71/BC-ĐHLĐXH on its scan: it cites 690/QĐ-ĐHLĐXH (its date garbled) and 702/QĐ-ĐHLĐXH, and
    690's own number was not read. "240/QĐ-ĐHLĐXH", two digits off, is the same Hiệu trưởng's trip of May: the
    report's period (13–17/7) contradicts it, and the unnumbered decision of that very period, the unit, the country
    and the reporter agreeing, explains both — linked below LINK_SURE, never to 240. With no unnumbered trip of that
    period (690 not ingested), the period stays excused for a report on several trips, as before."""
    school = "Trường Đại học Lao động - Xã hội"
    rector: list[Member] = [("Phùng Quốc Việt", "Hiệu trưởng", school)]
    add_trip(con, "t240", "240/QĐ-ĐHLĐXH", D(2026, 4, 20), D(2026, 5, 11), D(2026, 5, 15), rector, ["Hàn Quốc"])
    if unread:
        add_trip(con, "t690", "690/QĐ-ĐHLĐXH", D(2026, 6, 30), D(2026, 7, 13), D(2026, 7, 17), rector, ["Hàn Quốc"])
        unread_decision(con, "t690", "2026-06")
    deputy: list[Member] = [("Quách Thị Mơ", "Phó Hiệu trưởng", school)]
    add_trip(con, "t702", "702/QĐ-ĐHLĐXH", D(2026, 7, 3), D(2026, 7, 13), D(2026, 7, 17), deputy, ["Hàn Quốc"])
    add_report(
        con,
        "r71",
        D(2026, 7, 24),
        "690/QĐ-ĐHLĐXH",
        None,
        "Phùng Quốc Việt",
        ["Hàn Quốc"],
        D(2026, 7, 13),
        D(2026, 7, 17),
    )
    also = '[{"number": "702/QĐ-ĐHLĐXH", "date": "2026-07-03"}]'
    con.execute("UPDATE reports SET reporting_unit = ?, also_cited = ?", [school, also])
    link_reports(con)
    trip, method, score = the_report(con, "trip_id, link_method, link_score")
    assert trip == linked and score < LINK_SURE
    assert method == ("decision_period_unit" if unread else "decision_number_fuzzy_corroborated")
