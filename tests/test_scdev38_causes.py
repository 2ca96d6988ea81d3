"""Scenarios 47–50 on their scans (session 38, `scdev38`): what OCR changed, each on a short hand-written text. A
decision's dateline year misread (scenario 50's 215/QĐ-HĐND: "ngày … tháng … năm 2036" over a trip "từ ngày 16/10/2026
đến ngày 21/10/2026"): the trip is kept as read and the decision's date left null with the reason, not the trip moved
ten years; a period whose "ngày" lost a letter; a name cut after a degree read as a country."""

from __future__ import annotations

import datetime as dt

from extractors.date_ranges import Period, misread_issue_year
from extractors.trips import extract_trip_field
from schemas.document import DocType, Document, Source, TextSource
from schemas.errors import ErrorCode

D = dt.date
TRIP = Period(start=D(2026, 10, 16), end=D(2026, 10, 21), span=(0, 1))


def test_the_dateline_year_is_the_misread_one_when_the_trip_and_the_preamble_agree_on_another() -> None:
    why = misread_issue_year(TRIP, D(2036, 9, 29), [D(2025, 6, 16), D(2026, 1, 8), D(2026, 9, 21)])
    assert why is not None and "29/09/2036" in why and "2026" in why
    # a date of the text in the dateline's year, or none in the trip's: which year slipped is not known
    assert misread_issue_year(TRIP, D(2036, 9, 29), [D(2026, 9, 21), D(2036, 9, 20)]) is None
    assert misread_issue_year(TRIP, D(2036, 9, 29), [D(2015, 6, 19)]) is None
    assert misread_issue_year(TRIP, D(2036, 9, 29), []) is None
    # two digits away, the same year, or a trip far from the date moved: not this slip
    assert misread_issue_year(TRIP, D(2037, 9, 29), [D(2026, 9, 21)]) is None
    assert misread_issue_year(TRIP, D(2026, 9, 29), [D(2026, 9, 21)]) is None
    assert misread_issue_year(TRIP, D(2036, 3, 1), [D(2026, 2, 21)]) is None


_DECISION = (
    "HỘI ĐỒNG NHÂN DÂN TỈNH ĐÔNG SƠN\nSố: 21/QĐ-HĐND\nĐông Sơn, ngày 29 tháng 9 năm 2036\nQUYẾT ĐỊNH\n"
    "Cử đoàn công tác đi Nhật Bản\n"
    "Căn cứ Quyết định số 12/QĐ-HĐND ngày 08/01/2026 của Thường trực HĐND tỉnh;\n"
    "Xét Tờ trình số 66/TTr-VP ngày 21/9/2026 của Văn phòng.\nQUYẾT ĐỊNH:\n"
    "Điều 1. Cử ông Đậu Văn Kiên, Phó Chủ tịch HĐND tỉnh đi làm việc tại Nhật Bản, từ ngày 16/10/2026 đến ngày\n"
    "21/10/2026.\nĐiều 2. Kinh phí do ngân sách tỉnh bảo đảm.\n"
)


def _scan(issued: dt.date) -> Document:
    return Document(
        source=Source(path="21.pdf", sha256="a" * 64, pages=1, text_source=TextSource.OCR),
        text=_DECISION,
        doc_type=DocType.QUYET_DINH,
        number="21/QĐ-HĐND",
        issuer="Thường trực HĐND tỉnh Đông Sơn",
        issue_date=issued,
    )


def test_the_trip_stays_in_its_year_and_the_decision_loses_its_date() -> None:
    document = extract_trip_field(_scan(D(2036, 9, 29)))
    assert document.trip is not None and (document.trip.start, document.trip.end) == (D(2026, 10, 16), D(2026, 10, 21))
    assert document.trip.submitted_on == D(2026, 9, 21)
    assert document.issue_date is None
    assert [e.code for e in document.errors] == [ErrorCode.ISSUE_DATE_UNREADABLE]
    # the dateline read right: nothing changes
    right = extract_trip_field(_scan(D(2026, 9, 29)))
    assert right.issue_date == D(2026, 9, 29) and right.trip is not None and right.trip.start == D(2026, 10, 16)
    assert right.errors == []


def test_a_period_whose_day_word_lost_a_letter_is_read_after_tu_only() -> None:
    """Scenario 48's 27/BC-PB under a stamp: "… từ ngà 09/3/2026 đến ngày 13/3/2026" (the "y" lost), and "gày" (the
    "n" lost, scenario 47): the period; "Nga" the country before a date is not a day word."""
    from extractors.date_ranges import find_period

    for said in ("từ ngà 09/3/2026 đến ngày\n13/3/2026.", "từ gày 09/3/2026 đến ngày 13/3/2026"):
        period = find_period(said)
        assert period is not None and (period.start, period.end) == (D(2026, 3, 9), D(2026, 3, 13))
    assert find_period("đoàn đi từ Nga 09/3/2026") is None


def test_a_name_cut_after_a_degree_is_no_country() -> None:
    """Scenario 48's 27/BC-PB: "đoàn công tác do PGS.TS. Nguyễn Đức" with the rest of the name on another line of the
    scan: "Đức" is his name (a degree's dot ends no sentence), not Germany; a list of countries keeps it."""
    from extractors.places import find_destinations

    assert find_destinations("công tác do PGS.TS. Nguyễn Đức\ntrưởng Bộ Y tế, đoàn") == []
    assert [p.name for p in find_destinations("đi công tác tại Pháp. Đức là nước thứ hai")] == ["Pháp", "Đức"]


_PARTY_REPORT = (
    "TỈNH ỦY ĐÔNG SƠN\nVĂN PHÒNG\nSố 96 -BC/VPTU\nkết quả chuyến thăm, làm việc\nĐẢNG CỘNG SẢN VIỆT NAM\n"
    "Đông Sơn, ngày 25 tháng 11 năm 2026\nBÁO CÁO\ncủa đoàn đại biểu Tỉnh ủy tại thành phố Côn Minh\n"
    "Kính đửi Ban Thường vụ Tỉnh ủy.\nThực hiện Quyết định số 388-QĐ/TU, ngày 22/10/2026 của Ban Thường vụ Tỉnh ủy, "
    "đoàn đại biểu Tỉnh ủy đã làm việc tại thành phố Côn Minh từ ngày 16/11/2026 đến ngày 20/11/2026.\n"
)


def test_a_subjects_first_line_read_above_the_title_opens_it() -> None:
    """Scenario 47's 96-BC/VPTU: the scan's read order put the subject's first line ("kết quả chuyến thăm, làm việc")
    in the header's left column under the number, above the title, and the greeting's "g" was read "đ": the subject
    is its two lines, without the greeting; a subject that starts as subjects do takes no line from above."""
    from extractors.header import parse_header

    header = parse_header(_PARTY_REPORT)
    assert header.subject == "kết quả chuyến thăm, làm việc của đoàn đại biểu Tỉnh ủy tại thành phố Côn Minh"
    plain = parse_header(_PARTY_REPORT.replace("\ncủa đoàn", "\nKết quả chuyến đi của đoàn"))
    assert plain.subject == "Kết quả chuyến đi của đoàn đại biểu Tỉnh ủy tại thành phố Côn Minh"


def test_a_digit_word_read_with_another_tone_counts_before_times_only() -> None:
    """Scenario 49's limits table on its scan: "Nhóm B | hài lần" (for "hai lần") is the group's two trips; a
    tone-slipped word elsewhere ("bà người", "hải" in a name) is no number."""
    from extractors.numbers import find_numbers
    from extractors.rules import find_rules

    assert [(m.value, m.text) for m in find_numbers("Nhóm B | hài lần")] == [(2, "hài")]
    assert [(m.value, m.text) for m in find_numbers("tám chuyến, bạ lần")] == [(8, "tám"), (3, "bạ")]
    assert find_numbers("bà người đứng đầu, ông Lê Hải, lần này") == []
    table = (
        "Điều 3. Số lần đi công tác nước ngoài trong năm\n"
        "1. Cán bộ lãnh đạo chủ chốt đi công tác nước ngoài không quá số lần sau đây trong một năm:\n"
        "Nhóm | Số lần tối đa trong một năm\nNhóm A | 01 (một) lần\nNhóm B | hài lần\n"
    )
    trips = {(r.sentence, r.value) for r in find_rules(table) if r.kind == "max_trips_per_year"}
    assert ("Nhóm B | hài lần", 2) in trips


def test_a_speck_between_tai_and_the_place_hides_no_country() -> None:
    """Scenario 48's 27/BC-PB: "… đã tham dự Hội nghị tại.New Delhi, Ấn | …" (a speck for the space, the country's
    second word under a stamp): the report went to India, so it is a trip report."""
    from extractors.reports import _countries

    assert _countries("đã tham dự Hội nghị tại.New Delhi, Ấn | 3Ô") == ["Ấn Độ"]
    assert _countries("đã tham dự Hội nghị tại. Sau đó") == []
