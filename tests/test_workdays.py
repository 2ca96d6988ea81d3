"""The public-sector working-day calendar against announced years."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.store.connection import open_db
from pipeline.store.workdays import add_working_days, day_info, is_working_day, read_overrides, working_days_between

D = dt.date


def _span(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


@pytest.mark.parametrize(
    ("first", "last", "label"),
    [
        (D(2024, 2, 8), D(2024, 2, 14), "Tết Giáp Thìn 2024"),
        (D(2025, 1, 25), D(2025, 2, 2), "Tết Ất Tỵ 2025, officials' nine days"),
        (D(2025, 4, 30), D(2025, 5, 4), "30/4-1/5 2025 after the swap"),
        (D(2025, 8, 30), D(2025, 9, 2), "Quốc khánh 2025"),
        (D(2026, 2, 14), D(2026, 2, 22), "Tết Bính Ngọ 2026"),
    ],
)
def test_workdays_announced_breaks_are_off(first: dt.date, last: dt.date, label: str) -> None:
    days = _span(first, last)
    assert [d for d in days if is_working_day(d)] == [], label
    assert all(day_info(d).holiday_name for d in days), f"{label}: every day of the break is named"
    assert is_working_day(first - dt.timedelta(days=1)) or first.weekday() == 0, label
    assert is_working_day(last + dt.timedelta(days=1)), label


@pytest.mark.parametrize(
    ("day", "working", "kind"),
    [
        (D(2025, 4, 26), True, "makeup_working"),  # Saturday worked for Friday 2/5/2025
        (D(2025, 5, 2), False, "holiday"),
        (D(2024, 5, 4), True, "makeup_working"),  # Saturday worked for Monday 29/4/2024
        (D(2024, 4, 29), False, "holiday"),
        (D(2025, 4, 7), False, "holiday"),  # Giỗ Tổ Hùng Vương 2025
        (D(2025, 1, 24), True, "working"),
        (D(2025, 2, 3), True, "working"),
        (D(2025, 3, 8), False, "weekend"),
    ],
)
def test_workdays_day_kinds(day: dt.date, working: bool, kind: str) -> None:
    info = day_info(day)
    assert (info.is_working_day, info.day_kind) == (working, kind)


def test_workdays_add_working_days_skips_tet_and_counts_makeup_saturday() -> None:
    assert add_working_days(D(2025, 1, 24), 1) == D(2025, 2, 3)  # across the whole Tết break
    assert add_working_days(D(2025, 4, 25), 1) == D(2025, 4, 26)  # the make-up Saturday counts
    assert add_working_days(D(2025, 4, 29), 1) == D(2025, 5, 5)
    # a 10-working-day report deadline after returning on Tết eve 2024
    assert add_working_days(D(2024, 2, 7), 10) == D(2024, 2, 28)
    assert add_working_days(D(2025, 5, 5), -1) == D(2025, 4, 29)
    assert add_working_days(D(2025, 3, 3), 0) == D(2025, 3, 3)


@pytest.mark.parametrize("start", [D(2024, 2, 1), D(2025, 4, 20), D(2025, 8, 25), D(2030, 12, 24)])
@pytest.mark.parametrize("n", [1, 5, 10, 23])
def test_workdays_between_inverts_add(start: dt.date, n: int) -> None:
    end = add_working_days(start, n)
    assert working_days_between(start, end) == n
    assert working_days_between(end, start) == -n


def test_workdays_override_file_rejects_unknown_kind(tmp_path: Path) -> None:
    bad = tmp_path / "overrides.csv"
    bad.write_text("# comment\ndate,kind,name,source\n2027-01-02,holiday,X,Y\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown kind 'holiday'"):
        read_overrides(bad)


def test_workdays_calendar_table_agrees_with_functions(tmp_path: Path) -> None:
    con = open_db(tmp_path / "c.duckdb")
    rows = con.execute(
        "SELECT date, is_working_day, day_kind, working_day_index FROM calendar "
        "WHERE date BETWEEN '2025-01-20' AND '2025-05-10' ORDER BY date"
    ).fetchall()
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (d, day_info(d).is_working_day, day_info(d).day_kind) for d in _span(D(2025, 1, 20), D(2025, 5, 10))
    ]
    index = {r[0]: r[3] for r in rows}
    assert index[D(2025, 5, 5)] - index[D(2025, 1, 24)] == working_days_between(D(2025, 1, 24), D(2025, 5, 5))
    span = con.execute("SELECT min(date), max(date), count(*) FROM calendar").fetchall()[0]
    assert span == (D(2000, 1, 1), D(2040, 12, 31), (D(2040, 12, 31) - D(2000, 1, 1)).days + 1)
