"""Destinations issue 12 (texts24, blind41-42 as development): countries named where no delegation goes — an overseas
community named by where it lives, solidarity and leading the way read as travel, a ministry's "Vận tải" read as
"tại", workers counted, a disease's outbreak, a place inside what a memorandum is about. Sentences written for these
tests; each pairs the sentence that must send nobody with one that still does."""

from __future__ import annotations

import pytest

from extractors.places import find_places


def names(text: str) -> list[str]:
    return [p.name for p in find_places(text)]


@pytest.mark.parametrize(
    "text",
    [
        # "đoàn kết" (solidarity) is no delegation
        "Bà con người Việt tại Ba Lan luôn phát huy tinh thần đoàn kết, tương trợ lẫn nhau.",
        # "đi đầu" (lead the way) is no going
        "Các doanh nghiệp Việt Nam tại Hungary luôn đi đầu trong các hoạt động hướng về quê hương.",
        # the community is named by where it lives; its conference sends nobody there
        "Cộng đồng kiều bào Nghệ An tại Hungary đã tổ chức hội nghị tổng kết năm 2024.",
        "Người Việt tại Séc đã tổ chức hội nghị tổng kết năm 2024.",
    ],
)
def test_an_overseas_community_named_by_where_it_lives_sends_no_one_there(text: str) -> None:
    assert names(text) == []


def test_a_community_the_delegation_goes_to_visit_still_places_it() -> None:
    assert names("Đoàn đã đến thăm cộng đồng kiều bào tại Hungary.") == ["Hungary"]


def test_a_headline_ending_with_the_community_does_not_hide_the_next_lines_trip() -> None:
    text = "Việt Nam và Ba Lan qua 20.000 kiều bào\nTiếp tục chuyến công tác tại Cộng hòa Ba Lan, đoàn đã làm việc."
    assert names(text) == ["Cộng hòa Ba Lan"]


def test_a_ministry_of_transport_is_no_cue() -> None:
    text = "Đoàn công tác liên ngành họp tại Hà Tĩnh; Thứ trưởng Bộ Giao thông Vận tải Campuchia dự họp."
    assert names(text) == []
    assert names("Đoàn công tác liên ngành sẽ họp tại Campuchia.") == ["Campuchia"]


def test_workers_counted_or_received_are_no_delegation() -> None:
    text = "Khi hai bên tiếp nhận lao động trở lại, tổng số lao động Việt Nam sang Nhật Bản sẽ tăng nhanh."
    assert names(text) == []
    assert names("Dự kiến tới đây, đoàn cán bộ của Sở sẽ sang Nhật Bản khảo sát.") == ["Nhật Bản"]


def test_a_department_of_labour_still_sends_its_delegation() -> None:
    text = "Sở Lao động - Thương binh và Xã hội tỉnh cử đoàn cán bộ sang Hàn Quốc học tập kinh nghiệm."
    assert names(text) == ["Hàn Quốc"]


def test_where_a_disease_broke_out_is_no_destination() -> None:
    text = "Bệnh lây truyền từ động vật sang người như cúm A đã bùng phát tại Ai Cập, Indonesia và Thái Lan."
    assert names(text) == []
    assert names("Đoàn công tác của Bộ Y tế đã sang Thái Lan trao đổi về phòng chống cúm A.") == ["Thái Lan"]


def test_a_place_inside_what_a_memorandum_is_about_sends_no_one() -> None:
    text = (
        "Hai bên đã thống nhất một số nội dung sơ kết 3 năm thực hiện Bản ghi nhớ về giao lưu hợp tác giữa Hội Nông "
        "dân tỉnh Lạng Sơn và Hội Nông dân Khu tự trị dân tộc Choang, tỉnh Quảng Tây giai đoạn 2020 - 2023, dự kiến "
        "sẽ diễn ra trong quý IV/2023, tại tỉnh Quảng Tây."
    )
    assert names(text) == []


def test_a_village_before_its_district_lets_the_cue_reach_the_district() -> None:
    text = "Đoàn đã đến thăm, chúc Tết nhân dân bản Na Đông, huyện Sa Mun, tỉnh Salavan của Lào."
    assert names(text)[:2] == ["Sa Mun", "Salavan"]
    assert "Na Đông" not in names(text)  # the village: below the places a trip lists
