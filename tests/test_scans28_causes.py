"""Scenarios 27 and 28 on their scans (issue 13, `scans28`): what OCR changed, each on a short hand-written text."""

import datetime as dt

from extractors.date_ranges import Period, lost_first_digit
from extractors.people import repair_family
from extractors.trips import PERIOD_DOUBT, extract_trip_field
from schemas.document import DocType, Document, Page, Source, TextSource

_DECISION = (
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Cử viên chức có tên sau đi công tác tại Nhật Bản từ ngày {start} đến ngày 19/9/2026, gồm 02 người:\n"
    "1. TS. Hà Văn Lâm, Phó Hiệu trưởng Trường Đại học Nam Sơn - Trưởng đoàn;\n"
    "2. ThS. Đỗ Thị Cúc, Giảng viên Khoa Kinh tế, Trường Đại học Nam Sơn.\n"
    "Điều 2. Kinh phí do Trường bảo đảm.\n"
)


def _decision(start: str, source: TextSource) -> Document:
    text = _DECISION.format(start=start)
    return Document(
        source=Source(path="x.pdf", sha256="0", pages=1, text_source=source),
        text=text,
        pages=[Page(number=1, source=source, text=text)],
        doc_type=DocType.QUYET_DINH,
        issue_date=dt.date(2026, 9, 14),
    )


def test_a_scans_one_digit_start_before_its_decision_may_have_lost_a_digit() -> None:
    """A stamp's frame over the "1" of "từ ngày 17/8/2026" read "7/8/2026" in a decision of 10/8: a start before its
    decision that a first digit puts after it, by the end, is doubted; printed with two digits, on the decision's day,
    or where no first digit gives a start by the end, it stands."""
    read = Period(start=dt.date(2026, 8, 7), end=dt.date(2026, 8, 19), span=(0, 1))
    issued = dt.date(2026, 8, 10)
    why = lost_first_digit(read, issued, "từ ngày 7/8/2026 đến ngày 19/8/2026")
    assert why and "07/08/2026" in why and "10/08/2026" in why
    assert lost_first_digit(read, issued, "từ ngày 07/8/2026 đến ngày 19/8/2026") is None
    assert lost_first_digit(read, dt.date(2026, 8, 7), "từ ngày 7/8/2026 đến ngày 19/8/2026") is None
    short = Period(start=dt.date(2026, 8, 7), end=dt.date(2026, 8, 15), span=(0, 1))
    assert lost_first_digit(short, issued, "từ ngày 7/8/2026 đến ngày 15/8/2026") is None  # 17/8, 27/8: after it


def test_a_scanned_decisions_start_that_may_have_lost_a_digit_is_left_out_for_review() -> None:
    scanned = extract_trip_field(_decision("7/9/2026", TextSource.OCR))
    assert scanned.trip is not None and scanned.trip.start is None and scanned.trip.end == dt.date(2026, 9, 19)
    assert [e.code for e in scanned.errors] == [PERIOD_DOUBT]
    # typed, the start is as printed (a decision issued for a trip under way); on a scan, "07/9" too
    typed = extract_trip_field(_decision("7/9/2026", TextSource.TEXT_LAYER))
    assert typed.trip is not None and typed.trip.start == dt.date(2026, 9, 7) and not typed.errors
    padded = extract_trip_field(_decision("07/9/2026", TextSource.OCR))
    assert padded.trip is not None and padded.trip.start == dt.date(2026, 9, 7) and not padded.errors


def test_giang_is_a_family_name_of_its_own_not_a_slip_of_giang_with_its_grave() -> None:
    """Read right, "5. Ông Giang Văn Thành" was "repaired" into the Hmông family name Giàng: both are family
    names, so neither read is respelt; a read that fits one family name alone still is."""
    assert repair_family("Giang Văn Thành") == "Giang Văn Thành"
    assert repair_family("Giàng A Páo") == "Giàng A Páo"
    assert repair_family("Định Mạnh Toàn") == "Đinh Mạnh Toàn"
