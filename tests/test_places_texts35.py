"""Places of a delegation's visit (blind63 as development): a place's Vietnamese transliteration in brackets after it
whose last word alone is another country's town. Texts written for these tests in the forms such items print."""

from __future__ import annotations

from extractors.places import find_places


def _places(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.country) for p in find_places(text)]


def test_the_last_word_of_a_transliterated_name_is_no_place_of_its_own() -> None:
    text = "Đoàn đại biểu Quốc hội Việt Nam đã đến thăm và làm việc tại tỉnh Karlovy Vary (Ca-lô-vi Va-ri)."
    assert _places(text) == [("Karlovy Vary", "CZ")]


def test_a_hyphenated_town_after_a_place_word_is_still_read() -> None:
    text = "Đoàn đã đến thăm và làm việc tại thành phố Va-ri của Hy Lạp."
    assert ("Va-ri", "GR") in _places(text)
