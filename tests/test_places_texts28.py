"""Destinations, session 28 (texts28, blind50 as development): the seats of bodies a delegation works with, in
brackets; a friendship exchange held abroad; a Vietnamese place whose name starts like a country's, before a
news item's closing marks. Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractors.places import find_places


def _places(text: str) -> list[tuple[str, str]]:
    return [(place.name, place.country) for place in find_places(text)]


def test_the_bracketed_seats_of_bodies_worked_with_are_stops_and_the_bodies_names_are_not() -> None:
    text = (
        "Trong chuyến công tác, đoàn đã làm việc với Bộ Nông nghiệp Cuba và các trung tâm nghiên cứu Frente "
        "(tỉnh Santiago de Cuba); Guisa (tỉnh Granma)."
    )
    assert _places(text) == [("Santiago de Cuba", "CU"), ("Granma", "CU")]  # "Bộ Nông nghiệp Cuba": a body's name


def test_a_bracketed_seat_with_no_body_worked_with_is_no_stop() -> None:
    text = "Giống lúa mới do trung tâm Frente (tỉnh Santiago de Cuba) lai tạo đã được giới thiệu ở Hà Nội."
    assert _places(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chương trình Giao lưu hữu nghị quốc phòng biên giới diễn ra tại tỉnh Svay Rieng (Campuchia), hai Bộ "
            "trưởng đã cùng trồng cây.",
            [("Svay Rieng", "KH"), ("Campuchia", "KH")],
        ),
        ("Các hoạt động sẽ tiếp tục diễn ra tại tỉnh Svay Rieng (Campuchia).", []),  # no trip's word
    ],
)
def test_a_friendship_exchange_held_abroad_is_a_trips_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


def test_a_vietnamese_place_before_closing_marks_is_no_country() -> None:
    text = (
        "Đoàn đã thăm Hàn Quốc. Hai bên bàn việc Hội Nhà báo Hàn Quốc tham gia hỗ trợ thiết bị cho trung tâm đang "
        "xây dựng tại Mỹ Đình./."
    )
    assert _places(text) == [("Hàn Quốc", "KR")]


@pytest.mark.parametrize(
    ("attends", "expected"),
    [
        ("Lễ khai mạc có sự tham gia của đoàn cán bộ cấp cao Việt Nam và lãnh đạo địa phương.", [("Osaka", "JP")]),
        ("Lễ khai mạc có sự tham gia của đoàn nghệ sĩ Hàn Quốc và lãnh đạo địa phương.", []),  # no Vietnamese one
    ],
)
def test_an_event_held_abroad_that_a_vietnamese_delegation_attends(
    attends: str, expected: list[tuple[str, str]]
) -> None:
    text = f"Tuần lễ Văn hóa năm nay tổ chức tại thành phố Osaka từ ngày 3/10.\n{attends}"
    assert _places(text) == expected
