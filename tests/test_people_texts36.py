"""People (blind68 as development): long foreign names written in full after their office and country. Texts written
for these tests in the forms such items print."""

from __future__ import annotations

from extractors.people import find_people


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.title) for p in find_people(text)]


def test_a_friendship_body_naming_two_countries_glued_by_a_hyphen_ends_before_the_name() -> None:
    text = "Chủ tịch Quốc hội đã tiếp Chủ tịch Hội hữu nghị Uzbekistan-Việt Nam Mukhamedov Alisher Rustamovich."
    assert ("Mukhamedov Alisher Rustamovich", "Chủ tịch") in _people(text)


def test_a_town_named_after_a_man_is_his_name_after_the_country() -> None:
    text = "Thủ tướng sẽ hội đàm với Tổng thống UAE Mohammed Bin Zayed Al Nahyan tại Abu Dhabi."
    assert _people(text) == [("Mohammed Bin Zayed Al Nahyan", "Tổng thống")]


def test_an_arabic_article_in_capitals_is_a_word_of_the_name() -> None:
    text = "Đoàn hội kiến Phó Tổng thống UAE Sheikh Mohammed Bin Rasheed AL Makhtoum."
    assert [name for name, _ in _people(text)] == ["Mohammed Bin Rasheed AL Makhtoum"]


def test_one_man_spelled_with_another_letter_and_particle_case_is_one_person() -> None:
    text = (
        "Thủ tướng đến UAE theo lời mời của Tổng thống UAE Mohamed bin Zayed Al Nahyan. Thủ tướng sẽ hội đàm với "
        "Tổng thống UAE Mohammed Bin Zayed Al Nahyan."
    )
    assert _people(text) == [("Mohamed bin Zayed Al Nahyan", "Tổng thống")]
