"""Destinations, session 25 (texts25): classes met on blind43 and blind44 once they became development data — a
trip back to a city, a suburb described, a place inside an English institution's name, a region named by compass
words, a tourist route. Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractors.gazetteer import place_key, places
from extractors.places import find_places


def names(text: str) -> list[str]:
    return [p.name for p in find_places(text)]


def test_a_delegation_going_back_to_a_city() -> None:
    text = "Tháng 5 vừa qua, đoàn cán bộ của trường đã có dịp trở lại thành phố Perth bang Western Australia – Úc."
    assert names(text) == ["Perth", "Western Australia", "Úc"]


@pytest.mark.parametrize(
    "text",
    [
        # a suburb where a school stands: described, not visited by its name
        "Đoàn công tác đến thăm trường Ascot Hall, một ngôi trường nằm ở ngoại ô Bristol, trong khu vực phía Tây.",
        # a place inside an English school's name, after the cue
        "Sau đó, đoàn di chuyển sang Bristol Grammar School để làm việc.",
        # a region named by compass words, beside no country: an English phrase, no Botswana
        "Đoàn đến thăm vùng Central của thành phố.",
        # a tourist route between two places
        "Hai bên nhất trí hình thành các tour, tuyến du lịch từ Điện Biên sang Phông Sa Lỳ và ngược lại.",
    ],
)
def test_no_destination(text: str) -> None:
    assert names(text) == []


def test_a_compass_region_is_ambiguous_but_counts_beside_its_country() -> None:
    assert places()[place_key("North East")][3] is True
    assert names("Đoàn công tác sang thăm tỉnh North East, Botswana.") == ["North East", "Botswana"]
