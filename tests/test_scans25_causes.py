"""Scenarios 25 and 26 on their scans (session 26, `dev27`): what OCR changed, each on a short hand-written text."""

import dataclasses
import datetime as dt

from extractors.date_ranges import Period, find_period, redated
from extractors.docnumber import KNOWN_SYMBOL_PARTS, correct_ocr_symbol, slipped_parts
from extractors.scope import find_definitions
from pipeline.checks.run import run_checks
from pipeline.link.people import Mention, resolve_people
from tests.rules_db import Member, TripFact, approved_2026, insert_trips

_DEFINITION = (
    "2. Lãnh đạo chủ chốt quy định tại Quy định này là người đứng đầu cơ quan, đơn vị, gồm: giám đốc các\n"
    "sở; bí thư đảng ủy{cut}và chủ tịch công ty của các doanh nghiệp nhà nước. Cấp phó của người đứng đầu và\n"
    "giám đốc doanh nghiệp có chủ tịch công ty không thuộc diện này.\n"
)


def test_a_definition_cut_by_a_page_break_and_its_page_number_reads_as_one() -> None:
    """A scan's page break, the next page's number on a line of its own, inside the definition: the list and the
    exclusions after it are the definition's (before, the sentence stopped at the page break and the company's
    director, whom the exclusions put out, was a key leader)."""
    for cut in ("\n", "\f2\n", "\f- 2 -\n", "\f"):
        (definition,) = find_definitions(_DEFINITION.format(cut=cut))
        assert "chủ tịch công ty của các doanh nghiệp nhà nước" in definition.includes
        assert definition.excludes == ["Cấp phó của người đứng đầu", "giám đốc doanh nghiệp có chủ tịch công ty"]


def test_a_page_break_before_a_numbered_item_still_ends_the_sentence() -> None:
    text = _DEFINITION.format(cut="\n").replace("không thuộc diện này.\n", "không thuộc diện này\f3\n3. Không tính …\n")
    (definition,) = find_definitions(text)
    assert "3. Không" not in definition.sentence


def test_an_end_year_whose_last_digit_a_scan_lost_is_the_starts() -> None:
    assert find_period("đi Ấn Độ từ ngày 23/3/2026 đến ngày 28/3/202b để dự họp") == Period(
        start=dt.date(2026, 3, 23), end=dt.date(2026, 3, 28), span=(9, 45)
    )
    # another decade, or an end before the start: no end read
    assert find_period("từ ngày 23/3/2026 đến ngày 28/3/203b").end is None  # type: ignore[union-attr]
    assert find_period("từ ngày 23/3/2026 đến ngày 20/3/202b").end is None  # type: ignore[union-attr]


def test_a_start_years_before_its_decision_is_a_misread_year_moved_by_the_one_year_that_fits() -> None:
    read = Period(start=dt.date(2020, 3, 23), end=dt.date(2020, 3, 28), span=(0, 1))
    period, why = redated(read, dt.date(2026, 3, 17))
    assert period == Period(start=dt.date(2026, 3, 23), end=dt.date(2026, 3, 28), span=(0, 1))
    assert why and "23/03/2020" in why and "2026" in why
    # no year one digit away fits (2019 in a decision of 2026): no period, and why
    period, why = redated(dataclasses.replace(read, start=dt.date(2019, 3, 23)), dt.date(2026, 3, 17))
    assert period is None and why
    # a start a few days before its decision (issued late) stands
    assert redated(read, dt.date(2020, 3, 30)) == (read, None)


_REPORT_RULE = (
    "Số 12-QĐi/TU\n"
    "Điều 5. Chậm nhất sau mười (10) ngày làm việc kể từ ngày về nước, trưởng đoàn phải báo cáo kết quả chuyến "
    "công tác bằng văn bản.\n"
)


def _late_reports(report_period: tuple[dt.date, dt.date] | None) -> set[str]:
    con = approved_2026(_REPORT_RULE, "12-QĐi/TU", "Tỉnh ủy Đông Sơn", dt.date(2026, 1, 5))
    trip = TripFact(
        "40/QĐ-UBND", dt.date(2026, 8, 3), dt.date(2026, 8, 10), ["Hàn Quốc"], [Member("Lê Văn Tùng", "Sở Y tế")]
    )
    insert_trips(con, [dataclasses.replace(trip, report_on=dt.date(2026, 8, 27))])
    con.execute("UPDATE trips SET end_date = NULL")  # the scan lost the return's month ("đến ngày 10/ 2026")
    if report_period:
        con.execute("UPDATE reports SET start_date = ?, end_date = ?", list(report_period))
    findings = run_checks(con, dt.date(2026, 12, 1), "r")
    return {f.decision_number for f in findings if f.rule_kind == "report_deadline_working_days"}


def test_a_return_the_decisions_scan_lost_is_the_linked_reports_when_it_starts_the_same_day() -> None:
    """The report (27/8) is late by the return its own period gives (10/8: the 10th working day is 24/8); a report
    whose period starts another day gives no return, nor does a report with no period."""
    assert _late_reports((dt.date(2026, 8, 3), dt.date(2026, 8, 10))) == {"40/QĐ-UBND"}
    assert _late_reports((dt.date(2026, 8, 4), dt.date(2026, 8, 10))) == set()
    assert _late_reports(None) == set()


def _mention(document: str, name: str, title: str | None, unit: str | None, month: int) -> Mention:
    return Mention(document, "member", 0, name, title, unit, dt.date(2026, month, 1), f"{document}/QĐ-BCT")


def test_a_family_name_ocr_misread_into_no_family_name_is_the_same_persons_by_title_and_unit() -> None:
    """ "Tịnh" is no family name: "Tịnh Văn Hùng", Vụ trưởng of the same Vụ, is Thân Văn Hùng read off a scan; a
    real family name ("Trần"), another title or no unit keeps the mention a person of its own."""
    unit = "Vụ Thị trường châu Á - châu Phi"
    known = _mention("601", "Thân Văn Hùng", "Vụ trưởng", unit, 3)
    for other, people in [
        (_mention("1689", "Tịnh Văn Hùng", "Vụ trưởng", unit.replace(" - ", " — "), 7), 1),
        (_mention("1689", "Trần Văn Hùng", "Vụ trưởng", unit, 7), 2),
        (_mention("1689", "Tịnh Văn Hùng", "Phó Vụ trưởng", unit, 7), 2),
        (_mention("1689", "Tịnh Văn Hùng", "Vụ trưởng", None, 7), 2),
    ]:
        clusters, _ = resolve_people([known, other], set())
        assert len(clusters) == people, other


def test_a_symbol_part_of_capitals_read_small_is_the_known_part_it_reads_as() -> None:
    """ "2498/QĐ-Bcr": the issuer's "BCT" read small, its "T" as "r". Repaired when the store knows the one part it
    can be; kept as read otherwise, as a part written so is real ("05/Cty", a company's)."""
    known = KNOWN_SYMBOL_PARTS | {"BCT", "BCA"}
    assert correct_ocr_symbol("2498/QĐ-Bcr", known) == "2498/QĐ-BCT"
    assert slipped_parts("QĐ-BCT", known) == []
    assert correct_ocr_symbol("2498/QĐ-Bcr", KNOWN_SYMBOL_PARTS) == "2498/QĐ-Bcr"
    assert correct_ocr_symbol("05/Cty", known) == "05/Cty"
    assert slipped_parts("QĐ-TTg", KNOWN_SYMBOL_PARTS) == []  # capitals first: as written


_TRIPS_RULE = (
    "Số 13-QĐi/TU\n"
    "1. Cán bộ, công chức đi công tác nước ngoài không quá hai (02) lần trong một năm. Cán bộ quy định tại điểm này "
    "gồm: Giám đốc các sở.\n"
)


def test_a_per_person_finding_names_the_resolved_person_not_one_decisions_misreading() -> None:
    """The third trip's decision read the director's family name wrong ("Tịnh"); people linking made him one
    person, and the finding names him as resolved."""
    con = approved_2026(_TRIPS_RULE, "13-QĐi/TU", "Tỉnh ủy Đông Sơn", dt.date(2026, 1, 5))
    read = ["Thân Văn Hùng", "Thân Văn Hùng", "Tịnh Văn Hùng"]
    trips = [
        TripFact(
            f"{n}0/QĐ-UBND",
            dt.date(2026, 2 * n, 3),
            dt.date(2026, 2 * n, 7),
            ["Lào"],
            [Member(name, "Sở Xây dựng", True, person_id="P1", title="Giám đốc")],
        )
        for n, name in enumerate(read, start=1)
    ]
    insert_trips(con, trips)
    con.execute(
        "INSERT INTO people (person_id, name, unit, title) VALUES ('P1', 'Thân Văn Hùng', 'Sở Xây dựng', 'Giám đốc')"
    )
    (finding,) = [f for f in run_checks(con, dt.date(2026, 12, 1), "r") if f.rule_kind == "max_trips_per_year"]
    assert finding.person == "Thân Văn Hùng" and "Thân Văn Hùng đi nước ngoài lần thứ 3" in finding.message
