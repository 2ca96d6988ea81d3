"""A delegation is no unit one works in (issue 13, scenario 48's scans): a report its trưởng đoàn signs under "ĐOÀN
CÔNG TÁC TẠI NHẬT BẢN" gave its signer that unit, made him a second person beside the Hiệu trưởng of his university,
and left his unit-less mention in a later decision to neither — so his third trip of the year went uncounted."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.link.people import Mention, resolve_people, unit_key


def _mention(sha256: str, role: str, unit: str | None, month: int) -> Mention:
    return Mention(sha256, role, 0, "Quách Minh Khoa", "Hiệu trưởng", unit, dt.date(2026, month, 1), None)


@pytest.mark.parametrize(
    ("unit", "key"),
    [
        ("Đoàn công tác tại Nhật Bản", None),
        ("ĐOÀN CÔNG TÁC CỦA BỘ Y TẾ", None),
        ("Đoàn đi công tác Hoa Kỳ", None),
        ("Đoàn đại biểu Quốc hội tỉnh Đông Sơn", "doan dai bieu quoc hoi tinh dong son"),
        ("Đoàn Thanh niên Bệnh viện K", "doan thanh nien benh vien k"),
    ],
)
def test_a_delegation_is_no_unit(unit: str, key: str | None) -> None:
    assert unit_key(unit) == key


def test_the_head_of_a_delegation_signing_its_report_stays_the_one_person_of_his_name() -> None:
    mentions = [
        _mention("a", "member", "Trường Đại học Y Hà Nội", 4),
        _mention("b", "signer", "Đoàn công tác tại Nhật Bản", 6),
        _mention("c", "member", None, 8),  # his own university's decision: "ông Quách Minh Khoa, Hiệu trưởng"
    ]
    people, _ = resolve_people(mentions, set())
    assert len(people) == 1
    # a second man of that name in another unit still makes the unit-less mentions no one's guess
    other = Mention("d", "member", 0, "Quách Minh Khoa", "Giám đốc", "Bệnh viện K", dt.date(2026, 5, 1), None)
    people, _ = resolve_people([*mentions, other], set())
    assert sorted(len(person.mentions) for person in people) == [1, 1, 1, 1]
