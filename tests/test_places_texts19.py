"""Places of the blind21–22 leftovers as development (issue 12, texts19): a Philippine province and municipality
the gazetteers lack (pycountry lists the provinces under their regions, which the index skips as districts; the
municipality has under 15,000 people). Sentences written here."""

import pytest

from extractors.places import find_places


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(p.name, p.country, p.level.value) for p in find_places(text)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Đoàn công tác của tỉnh Lâm Đồng đến thăm tỉnh Benguet, Philippines.", ("Benguet", "PH", "region")),
        ("Sáng 5/3, đoàn tới thành phố Sablan, Philippines tham quan vùng trồng rau.", ("Sablan", "PH", "city")),
    ],
)
def test_philippine_places_the_gazetteers_lack(text: str, place: tuple[str, str, str]) -> None:
    assert place in _found(text)
