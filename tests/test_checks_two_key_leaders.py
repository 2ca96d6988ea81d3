"""The unit two key leaders share: a locality's party and people's committees are one unit, a special zone
(đặc khu) as much as a xã or phường, whatever tone slips a scan makes."""

from __future__ import annotations

import duckdb
import pytest

from pipeline.checks.kinds.no_two_key_leaders_same_unit import UNIT_KEY


def unit_keys(*units: str) -> list[str]:
    rows = duckdb.sql(f"SELECT {UNIT_KEY} FROM (VALUES {', '.join(f'({u!r})' for u in units)}) t(unit)").fetchall()
    return [row[0] for row in rows]


@pytest.mark.parametrize(
    ("party", "committee"),
    [
        ("Đảng ủy đặc khu Vân Đồn", "Ủy ban nhân dân đặc khu Vân Đồn"),
        ("Đảng ủy đặc khu Phú Quốc", "UBND đặc khu Phú Quốc"),
        ("Đảng ủy phường Hạ Long", "Ủy ban nhân dân phường Hạ Long"),
        ("Huyện ủy Cao Lộc", "UBND huyện Cao Lộc"),
        ("Đảng ủy Sở Du lịch", "Sở Du lịch"),
        ("Đáng úy đặc khu Cô Tô", "Ủy ban nhân dân đặc khu Cô Tô"),  # a scan's tone slips
        ("Đảng uỷ phường Hạ Long", "Úy ban nhân dân phường Hạ Long"),
    ],
)
def test_two_key_leaders_party_and_committee_of_one_locality_share_a_unit(party: str, committee: str) -> None:
    first, second = unit_keys(party, committee)
    assert first == second


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Đảng ủy đặc khu Cô Tô", "Ủy ban nhân dân đặc khu Vân Đồn"),
        ("Đảng ủy Khối cơ quan", "UBND quận Ba Đình"),  # "cơ quan" is no "quận"
        ("Sở Nội vụ", "Sở Ngoại vụ"),
    ],
)
def test_two_key_leaders_other_units_stay_apart(first: str, second: str) -> None:
    one, other = unit_keys(first, second)
    assert one != other
