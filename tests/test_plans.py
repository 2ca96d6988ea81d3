"""Annual plans of foreign activities: planned delegations from a table or numbered lines (a plan written
for these tests), and their rows in the store."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.plans import extract_plan, find_planned_delegations, period_of, plan_year
from pipeline.store.records import document_records
from schemas.document import DocType, Document, Source

D = dt.date
PLAN = (
    "UBND TỈNH ĐÔNG SƠN\n"
    "KẾ HOẠCH\n"
    "Hoạt động đối ngoại năm 2025\n"
    "STT | Đơn vị chủ trì | Nước đến | Mục đích | Thời gian | Số lượng | Kinh phí\n"
    "1 | Sở Công Thương | Nhật Bản, Hàn Quốc | Xúc tiến thương mại | Quý II/2025 | 05 người | Ngân sách tỉnh\n"
    "2 | Sở Y tế | Xinh-ga-po | Học tập kinh nghiệm | Tháng 9/2025 | bốn (04) | Ngân sách tỉnh\n"
    "II. HOẠT ĐỘNG KHÁC\n"
    "1. Đoàn Sở Nông nghiệp và Phát triển nông thôn đi Trung Quốc; thời gian: quý III; số lượng: 05 người; "
    "mục đích: khảo sát thị trường; kinh phí: ngân sách tỉnh.\n"
    "2. Tổ chức hội nghị xúc tiến đầu tư tại tỉnh.\n"
)


def test_plans_table_rows_and_numbered_lines() -> None:
    entries = find_planned_delegations(PLAN, 2025)
    assert [(e.unit, e.country_codes, e.period_start, e.period_end, e.size) for e in entries] == [
        ("Sở Công Thương", ["JP", "KR"], D(2025, 4, 1), D(2025, 6, 30), 5),
        ("Sở Y tế", ["SG"], D(2025, 9, 1), D(2025, 9, 30), 4),
        ("Sở Nông nghiệp và Phát triển nông thôn", ["CN"], D(2025, 7, 1), D(2025, 9, 30), 5),
    ]
    assert entries[1].purpose == "Học tập kinh nghiệm" and entries[0].funding_text == "Ngân sách tỉnh"
    assert entries[2].row.startswith("Đoàn Sở Nông nghiệp") and entries[2].span is not None


@pytest.mark.parametrize(
    ("text", "year", "period"),
    [
        ("Quý IV", 2025, (D(2025, 10, 1), D(2025, 12, 31))),
        ("quý 1/2026", 2025, (D(2026, 1, 1), D(2026, 3, 31))),
        ("tháng 5-6/2025", None, (D(2025, 5, 1), D(2025, 6, 30))),
        ("Tháng 2", 2024, (D(2024, 2, 1), D(2024, 2, 29))),
        ("6 tháng cuối năm", 2025, (D(2025, 7, 1), D(2025, 12, 31))),
        ("tháng 14", 2025, (None, None)),
        ("Quý III", None, (None, None)),  # no year: no period, not a guess
        ("khi có thư mời", 2025, (None, None)),
    ],
)
def test_plans_periods(text: str, year: int | None, period: tuple[dt.date | None, dt.date | None]) -> None:
    assert period_of(text, year) == period


def _plan(text: str, subject: str | None = "Hoạt động đối ngoại năm 2025") -> Document:
    return Document(
        source=Source(path="kh.txt", sha256="p" * 64, pages=1),
        text=text,
        doc_type=DocType.KE_HOACH,
        subject=subject,
        issue_date=D(2024, 12, 20),
    )


def test_plans_only_from_plans_of_foreign_activities_and_stored() -> None:
    document = extract_plan(_plan(PLAN))
    assert plan_year(document) == 2025 and len(document.plan) == 3
    other = extract_plan(_plan("KẾ HOẠCH\nphối hợp kiểm tra\n1. Sở Y tế đi Nhật Bản.", subject="phối hợp kiểm tra"))
    assert other.plan == []
    rows = document_records(document, path="kh.txt", run_id=None, now=dt.datetime(2025, 1, 1))["plan_entries"]
    first = rows[0]
    assert (first[2], first[4], first[6], first[7]) == (
        "Sở Công Thương",
        ["JP", "KR"],
        D(2025, 4, 1),
        D(2025, 6, 30),
    )
