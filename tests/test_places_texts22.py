"""Destinations issue 12 (texts22): countries named as partners or as others' wishes send no delegation; provinces
counted after the bodies a delegation visits are its destinations. Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractors.places import find_places


def names(text: str) -> list[str]:
    return [p.name for p in find_places(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Lãnh đạo tỉnh mong muốn thời gian tới sẽ tiếp cận các chương trình hợp tác lao động tại Nhật Bản.",
        "Trong thời gian sắp tới, tỉnh tiếp tục hỗ trợ các dự án nông nghiệp tại Lào.",
    ],
)
def test_coming_time_is_no_trip(text: str) -> None:
    """ "thời gian tới", "sắp tới": "tới" (coming) after a time word sends nobody."""
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ông Kumar, Tổng Lãnh sự Ấn Độ tại TP HCM, cũng gợi ý việc tỉnh tổ chức đoàn công tác sang Ấn Độ.",
        "Đại sứ Pháp đề nghị thành phố cử đoàn sang Pháp để tìm hiểu mô hình đô thị.",
    ],
)
def test_a_diplomats_suggested_trip_is_no_trip(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Lao động sang Nhật Bản sẽ làm việc trong lĩnh vực xây dựng.",
        "Các lao động này sẽ sang Hàn Quốc vào tháng 5.",
    ],
)
def test_workers_going_abroad_are_no_delegation(text: str) -> None:
    assert names(text) == []


def test_a_ministry_of_labour_still_travels() -> None:
    text = "Đoàn công tác Bộ Lao động - Thương binh và Xã hội sang làm việc tại Hàn Quốc."
    assert names(text) == ["Hàn Quốc"]


def test_provinces_counted_inside_the_visited_bodies_names_are_no_destinations() -> None:
    """The blind6 rule (rt-864 relabelled in session 24, as rt-944, 945 and 890): the provinces are written only inside
    the police's and armed forces' names; the country after them is listed. Those greeted where they live, with no
    body's name, still place the provinces."""
    text = (
        "Công an tỉnh đã tổ chức các đoàn đi thăm, chúc Tết Công an và lực lượng vũ trang 2 tỉnh Champasak và "
        "Attapeu (Lào)."
    )
    assert names(text) == ["Lào"]
    text = "Đoàn đã sang thăm, chúc tết lực lượng vũ trang 2 tỉnh Champasak và Attapeu (Lào)."
    assert names(text) == ["Champasak", "Attapeu", "Lào"]
