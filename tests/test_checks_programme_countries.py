"""A trips-a-year limit whose exception, in a later item of its article, leaves out the trips to some countries under
the city's cooperation programme (issue 13, scenario 27's form; the sentences are the tests' own)."""

from __future__ import annotations

import datetime as dt

from extractors.programmes import named_programme
from extractors.rules import find_rules
from pipeline.checks.run import run_checks
from pipeline.rules.rulebase import describe, get_rule
from schemas.rules import RuleKind
from tests.rules_db import Member, TripFact, approved_2026, insert_trips

D = dt.date
LIMIT = "1. Lãnh đạo chủ chốt đi công tác nước ngoài không quá hai (02) lần trong một năm.\n"
DEFINED = (
    "2. Lãnh đạo chủ chốt nêu tại khoản 1 Điều này gồm: Bí thư Tỉnh ủy; Chủ tịch Ủy ban nhân dân tỉnh; Giám đốc sở; "
    "Chủ tịch Ủy ban nhân dân xã.\n"
    "3. Cấp phó của người đứng đầu không thuộc diện lãnh đạo chủ chốt.\n"
)
NOT_COUNTED = (
    "4. Chuyến công tác sang Vương quốc Thái Lan, Cộng hòa Liên bang Myanmar theo chương trình hợp tác hữu nghị của "
    "Tỉnh không tính vào số lần quy định tại khoản {item} Điều này.\n"
)
NEXT = "Điều 4. Quy mô đoàn\n1. Mỗi đoàn không quá mười (10) người.\n"


def _text(item: int = 1, *, article_between: bool = False) -> str:
    between = NEXT if article_between else ""
    return f"Số 07-QĐi/TU\nĐiều 3. Số lần đi nước ngoài\n{LIMIT}{DEFINED}{between}{NOT_COUNTED.format(item=item)}"


def _limit(text: str):  # type: ignore[no-untyped-def]
    (limit,) = [r for r in find_rules(text) if r.kind == RuleKind.MAX_TRIPS_PER_YEAR.value]
    return limit


def test_the_not_counted_item_after_the_definition_items_is_the_limit_s_exception() -> None:
    exception = _limit(_text()).exception
    assert exception is not None and exception.startswith("Chuyến công tác sang Vương quốc Thái Lan")


def test_an_item_naming_another_item_or_past_the_article_is_no_exception() -> None:
    assert _limit(_text(item=2)).exception is None
    assert _limit(_text(article_between=True)).exception is None


def test_the_programme_is_its_kind_words_and_the_countries() -> None:
    programme = named_programme(_limit(_text()).exception)
    assert programme is not None
    assert (programme.name, programme.kind) == ("chương trình hợp tác hữu nghị của Tỉnh", "chuong trinh hop tac")
    assert (programme.parties, programme.countries) == ((), ("TH", "MM"))


def test_trips_to_the_countries_under_the_programme_are_not_counted_one_naming_no_programme_is_a_review() -> None:
    con = approved_2026(_text(), "07-QĐi/TU", "Tỉnh ủy Đông Sơn", D(2026, 1, 5))
    director = Member("Lê Văn Tùng", "Sở Y tế", key=True, title="Giám đốc")
    trips = [
        TripFact("10/QĐ-UBND", D(2026, 2, 3), D(2026, 2, 6), ["Thái Lan"], [director]),
        TripFact("20/QĐ-UBND", D(2026, 4, 3), D(2026, 4, 7), ["Pháp"], [director]),
        TripFact("30/QĐ-UBND", D(2026, 6, 3), D(2026, 6, 7), ["Nhật Bản"], [director]),
        TripFact("40/QĐ-UBND", D(2026, 8, 3), D(2026, 8, 6), ["Myanmar"], [director]),
    ]
    insert_trips(con, trips)
    codes = {"10/QĐ-UBND": "TH", "20/QĐ-UBND": "FR", "30/QĐ-UBND": "JP", "40/QĐ-UBND": "MM"}
    for number, code in codes.items():
        con.execute("UPDATE trip_destinations SET iso_code = ? WHERE trip_id = ?", [code, f"t-{number}"])
    con.execute(
        "UPDATE trips SET purpose = 'thực hiện Chương trình hợp tác hữu nghị giữa tỉnh Đông Sơn và tỉnh Chiềng Mai' "
        "WHERE decision_number = '10/QĐ-UBND'"
    )
    con.execute("UPDATE trips SET purpose = 'khảo sát thị trường nông sản' WHERE decision_number = '40/QĐ-UBND'")
    found = {
        f.decision_number: f
        for f in run_checks(con, D(2026, 12, 1), "r")
        if f.rule_kind == RuleKind.MAX_TRIPS_PER_YEAR.value and f.rule_id.startswith("R-")
    }
    # 10 is under the programme: 30 is the second counted trip, 40 the third — to Myanmar naming no programme
    assert set(found) == {"40/QĐ-UBND"}
    assert found["40/QĐ-UBND"].severity.value == "review"
    assert "40/QĐ-UBND" in found["40/QĐ-UBND"].evidence["to_check"]


def test_rules_show_names_the_countries_of_the_programme() -> None:
    con = approved_2026(_text(), "07-QĐi/TU", "Tỉnh ủy Đông Sơn", D(2026, 1, 5))
    (rule_id,) = con.execute(
        "SELECT rule_id FROM rules WHERE kind = 'max_trips_per_year' AND origin = 'extracted'"
    ).fetchone()
    shown = "\n".join(describe(get_rule(con, rule_id)))
    assert "not counted: trips carrying out “chương trình hợp tác hữu nghị của Tỉnh”" in shown
    assert "going to TH, MM; one going there not naming it: review" in shown
