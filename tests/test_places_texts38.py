"""Countries named by their state form (the development splits' leftovers, session 38): the United Republic of
Tanzania and the Holy See. Sentences written for these tests in the forms news items print."""

from __future__ import annotations

import pytest

from extractors.places import find_places
from pipeline.evaluate.real_texts import fold_place


def _countries(text: str) -> list[str]:
    return [p.country for p in find_places(text)]


def test_a_united_republic_is_its_countrys_state_form() -> None:
    text = (
        "Chủ tịch nước và đoàn đã rời Hà Nội, lên đường thăm cấp Nhà nước tới nước Cộng hòa Thống nhất Tanzania,"
        " Cộng hòa Mozambique và Cộng hòa Hồi giáo Iran từ ngày 9-15/3."
    )  # rt-1495
    assert _countries(text) == ["TZ", "MZ", "IR"]
    assert find_places(text)[0].name == "Cộng hòa Thống nhất Tanzania"


@pytest.mark.parametrize(
    "text",
    [
        # rt-1436: the Holy See's name after the verb of the trip's last leg, "thánh" in small letters
        "Chủ tịch nước sẽ thăm chính thức Áo, thăm cấp nhà nước tới Italy và thăm Tòa thánh Vatican ngày 23-28/7.",
        "Đoàn sẽ thăm Tòa Thánh Vatican ngày 23/7.",
    ],
)
def test_the_holy_see_is_a_destination(text: str) -> None:
    assert "VA" in _countries(text)


def test_the_holy_sees_form_is_dropped_when_places_are_scored() -> None:
    assert fold_place("Tòa thánh Vatican") == fold_place("Vatican") == "vatican"
    assert fold_place("Cộng hòa Mozambique") == "mozambique"
