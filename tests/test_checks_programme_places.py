"""A trips-a-year limit whose exception leaves out the trips only to some provinces of a country under the twinning
agreement, and counts a trip that also goes elsewhere (issue 13, scenario 29's form; the sentences are the tests'
own)."""

from __future__ import annotations

import datetime as dt

from extractors.programmes import named_programme
from extractors.rules import find_rules
from pipeline.checks.run import run_checks
from schemas.rules import RuleKind
from tests.rules_db import Member, TripFact, approved_2026, insert_trips

D = dt.date
DISPATCH = (
    "Số 09-QĐi/TU\nĐiều 3. Số lần đi nước ngoài\n"
    "1. Lãnh đạo chủ chốt đi công tác nước ngoài không quá hai (02) lần trong một năm.\n"
    "2. Lãnh đạo chủ chốt quy định tại khoản 1 Điều này gồm: Giám đốc sở; Chủ tịch Ủy ban nhân dân xã.\n"
    "3. Không tính vào số lần quy định tại khoản 1 Điều này các chuyến đi chỉ tại các tỉnh Chăm-pa-sắc, Sê Kông của "
    "nước Cộng hòa Dân chủ Nhân dân Lào theo thỏa thuận hợp tác giữa hai tỉnh; chuyến đi có đến địa bàn khác vẫn "
    "được tính.\n"
)
AGREEMENT = "thực hiện Thỏa thuận hợp tác giữa hai tỉnh"


def _limit_exception() -> str | None:
    (limit,) = [r for r in find_rules(DISPATCH) if r.kind == RuleKind.MAX_TRIPS_PER_YEAR.value]
    return limit.exception


def test_the_programme_keeps_the_only_places_its_trips_go_to() -> None:
    programme = named_programme(_limit_exception())
    assert programme is not None
    assert (programme.countries, programme.places) == (("LA",), ("cham-pa-sac", "se kong"))


def _placed(con, number: str, sentence: str, places: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    """The decision's text and its places (name, level) as written in it, with the agreement as the purpose."""
    trip_id = f"t-{number}"
    con.execute(
        "INSERT INTO documents (sha256, path, status, text, extractor_version, ingested_at) "
        "VALUES (?, ?, 'ok', ?, 't', now())",
        [trip_id, number, sentence],
    )
    con.execute("UPDATE trip_destinations SET iso_code = 'LA' WHERE trip_id = ?", [trip_id])
    con.execute("UPDATE trips SET purpose = ? WHERE trip_id = ?", [AGREEMENT, trip_id])
    for ordinal, (name, level) in enumerate(places):
        start = sentence.index(name)
        con.execute(
            "INSERT INTO trip_places VALUES (?, ?, ?, 'LA', ?, 1, ?, ?)",
            [trip_id, ordinal, name, level, start, start + len(name)],
        )


def test_a_trip_also_going_elsewhere_is_counted_one_to_a_district_of_a_listed_province_is_not() -> None:
    con = approved_2026(DISPATCH, "09-QĐi/TU", "Tỉnh ủy Đông Sơn", D(2026, 1, 5))
    director = Member("Lê Văn Tùng", "Sở Y tế", key=True, title="Giám đốc")
    trips = [
        TripFact("10/QĐ-UBND", D(2026, 2, 3), D(2026, 2, 6), ["Lào"], [director]),
        TripFact("20/QĐ-UBND", D(2026, 4, 3), D(2026, 4, 7), ["Nhật Bản"], [director]),
        TripFact("30/QĐ-UBND", D(2026, 6, 3), D(2026, 6, 7), ["Lào"], [director]),
        TripFact("40/QĐ-UBND", D(2026, 8, 3), D(2026, 8, 6), ["Hàn Quốc"], [director]),
        TripFact("50/QĐ-UBND", D(2026, 10, 3), D(2026, 10, 6), ["Lào"], [director]),
    ]
    insert_trips(con, trips)
    _placed(con, "10/QĐ-UBND", "đi công tác tại tỉnh Chăm-pa-sắc, nước Lào", [("Chăm-pa-sắc", "region")])
    _placed(
        con,
        "30/QĐ-UBND",
        "đi công tác tại tỉnh Sê Kông và Thủ đô Viêng Chăn, nước Lào",
        [("Sê Kông", "region"), ("Viêng Chăn", "city")],
    )
    _placed(
        con,
        "50/QĐ-UBND",
        "đi công tác tại huyện Pắc Xòng, tỉnh Chăm-pa-sắc, nước Lào",
        [("Pắc Xòng", "region"), ("Chăm-pa-sắc", "region")],
    )
    found = {
        f.decision_number
        for f in run_checks(con, D(2026, 12, 1), "r")
        if f.rule_kind == RuleKind.MAX_TRIPS_PER_YEAR.value and f.rule_id.startswith("R-")
    }
    # 10 and 50 are under the agreement; 30 goes to the capital too and counts: 40 is the third counted trip
    assert found == {"40/QĐ-UBND"}


def test_an_exception_wrapped_inside_the_state_s_name_reads_on() -> None:
    """A scan wraps "… của nước Cộng hòa\\nDân chủ Nhân dân Lào theo …": the exception goes on to its agreement."""
    wrapped = DISPATCH.replace("của nước Cộng hòa Dân chủ", "của nước Cộng hòa\nDân chủ")
    (limit,) = [r for r in find_rules(wrapped) if r.kind == RuleKind.MAX_TRIPS_PER_YEAR.value]
    programme = named_programme(limit.exception)
    assert programme is not None and programme.places == ("cham-pa-sac", "se kong")
