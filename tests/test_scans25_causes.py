"""Scenarios 25 and 26 on their scans (session 26, `dev27`): what OCR changed, each on a short hand-written text."""

import dataclasses
import datetime as dt

from extractors.date_ranges import Period, find_period, redated
from extractors.scope import find_definitions

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
