"""The unit two key leaders share: a locality's party and people's committees are one unit, a special zone
(đặc khu) as much as a xã or phường, whatever tone slips a scan makes."""

from __future__ import annotations

import duckdb
import pytest

from pipeline.checks.kinds.no_two_key_leaders_same_unit import HELD_UNIT, UNIT_KEY


def titled_unit_keys(members: list[tuple[str | None, str]], separate: tuple[str, ...] = ()) -> list[str]:
    """The unit keys of (title, unit) pairs, with the levels a dispatch makes two units (`cv_unit_levels`)."""
    con = duckdb.connect()
    con.execute("CREATE TEMP TABLE cv_unit_levels (level VARCHAR)")
    for level in separate:
        con.execute("INSERT INTO cv_unit_levels VALUES (?)", [level])
    con.execute("CREATE TEMP TABLE members (title VARCHAR, unit VARCHAR)")
    con.executemany("INSERT INTO members VALUES (?, ?)", members)
    return [
        row[0]
        for row in con.execute(f"SELECT {UNIT_KEY} FROM (SELECT {HELD_UNIT} AS held_unit FROM members)").fetchall()
    ]


def unit_keys(*units: str) -> list[str]:
    return titled_unit_keys([(None, unit) for unit in units])


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


def test_two_key_leaders_one_unit_whatever_breve_a_scan_loses() -> None:
    """Blind scenario 45's scan of 690/QĐ-UBND: the Trưởng ban's unit reads "Cao Bằng", the Phó Trưởng ban–Bí thư
    Chi bộ's "Cao Bảng" (the breve lost, another tone): one unit."""
    board = "Ban quản lý Công viên địa chất Non nước Cao"
    first, second = titled_unit_keys(
        [("Trưởng ban", f"{board} Bằng"), ("Phó Trưởng ban, Bí thư Chi bộ", f"{board} Bảng")]
    )
    assert first == second


def test_two_key_leaders_a_head_of_an_office_is_of_the_office() -> None:
    """The "Chánh Văn phòng" of a "Tỉnh ủy" heads the Văn phòng Tỉnh ủy: not the Bí thư's unit."""
    secretary, office_head = titled_unit_keys([("Bí thư", "Tỉnh ủy"), ("Chánh Văn phòng", "Tỉnh ủy")])
    assert secretary != office_head


def test_two_key_leaders_a_school_head_is_of_the_school_not_of_the_department() -> None:
    """Blind scenario 38: a high school's "Hiệu trưởng Trường THPT Chuyên" listed under the Sở (column "Đơn vị")
    heads the school, not the Sở its Giám đốc heads; a Hiệu trưởng whose title repeats his unit is of that unit,
    as its party committee's Bí thư."""
    director, school_head = titled_unit_keys(
        [("Giám đốc", "Sở Giáo dục và Đào tạo"), ("Hiệu trưởng Trường THPT Chuyên Hạ Giang", "Sở Giáo dục và Đào tạo")]
    )
    assert director != school_head
    rector, secretary = titled_unit_keys(
        [
            ("Hiệu trưởng Trường Đại học Nông Lâm", "Trường Đại học Nông Lâm"),
            ("Bí thư", "Đảng ủy Trường Đại học Nông Lâm"),
        ]
    )
    assert rector == secretary


def test_two_key_leaders_a_room_head_who_is_party_secretary_is_of_the_whole_unit() -> None:
    """A title of two roles ("Trưởng phòng Tổ chức cán bộ, Bí thư Đảng ủy") is of the unit: the party post makes
    the key leader, and it is the institute's, as its head's."""
    head, secretary = titled_unit_keys(
        [
            ("Viện trưởng", "Viện Vệ sinh dịch tễ"),
            ("Trưởng phòng Tổ chức cán bộ, Bí thư Đảng ủy", "Viện Vệ sinh dịch tễ"),
        ]
    )
    assert head == secretary


def test_two_key_leaders_party_and_committee_apart_where_the_dispatch_lists_them_apart() -> None:
    """A dispatch listing "Thường trực Tỉnh ủy" and "Thường trực UBND tỉnh" as two units (`cv_unit_levels` holds
    "tinh"): the province's two committees are two units, its xã's are still one, and two of one committee one."""
    members = [
        ("Bí thư", "Tỉnh ủy"),
        ("Chủ tịch", "UBND tỉnh"),
        ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh"),
        ("Bí thư", "Đảng ủy xã Bến Cầu"),
        ("Chủ tịch", "UBND xã Bến Cầu"),
    ]
    party, chair, deputy, xa_party, xa_chair = titled_unit_keys(members, separate=("tinh",))
    assert party != chair
    assert chair == deputy
    assert xa_party == xa_chair
    merged_party, merged_chair, *_ = titled_unit_keys(members)
    assert merged_party == merged_chair


def test_two_key_leaders_a_company_s_council_chair_and_its_director_share_the_company() -> None:
    """Issue 13 (scenario 27's 1205): the Chủ tịch of "Hội đồng thành viên Tổng công ty X" (the party secretary too)
    and the Tổng giám đốc of "Tổng công ty X" are key leaders of one company; another company stays apart."""
    chair, director, other = titled_unit_keys(
        [
            ("Bí thư Đảng ủy, Chủ tịch", "Hội đồng thành viên Tổng công ty Cấp nước Đông Sơn"),
            ("Tổng giám đốc", "Tổng công ty Cấp nước Đông Sơn"),
            ("Tổng giám đốc", "Tổng công ty Xây dựng Đông Sơn"),
        ]
    )
    assert chair == director != other


@pytest.mark.parametrize("title", ["Trưởng Ban Tổ chức - Kiểm tra", "Trưởng Ban Tổ chức Kiểm tra"])
def test_two_key_leaders_an_inspection_board_head_is_of_the_board(title: str) -> None:
    """The word "Kiểm tra" (inspection) reads "kiêm tra" toneless: a board's name, not a second role's "kiêm", so
    the "Trưởng Ban Tổ chức - Kiểm tra" of a Hội heads that board, not the Hội its Chủ tịch heads."""
    chair, board_head = titled_unit_keys(
        [("Chủ tịch", "Hội Liên hiệp Phụ nữ tỉnh"), (title, "Hội Liên hiệp Phụ nữ tỉnh")]
    )
    assert chair != board_head


def test_two_key_leaders_a_concurrent_post_still_makes_a_second_role() -> None:
    """A title joining two posts by "kiêm" is of the whole unit: its party post is the unit's."""
    head, secretary = titled_unit_keys(
        [("Giám đốc", "Sở Y tế"), ("Trưởng phòng Tổ chức kiêm Bí thư Đảng ủy", "Sở Y tế")]
    )
    assert head == secretary
