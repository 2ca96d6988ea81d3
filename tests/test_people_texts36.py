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


def test_a_group_named_after_a_fund_is_no_holder_of_the_funds_office() -> None:
    text = "Đoàn giao lưu với bà Anna Berg, Phó Chủ tịch Quỹ châu Á và Nhóm Lotus Circle của Quỹ về phụ nữ."
    assert _people(text) == [("Anna Berg", "Phó Chủ tịch")]


def test_a_transliterations_last_part_after_a_stray_space_is_the_names() -> None:
    text = "Đoàn nghệ sỹ Lào (gồm 40 người) do Thứ trưởng Bua-ngân Xa-phu- vông dẫn đầu thăm Việt Nam."
    assert _people(text) == [("Bua-ngân Xa-phu-vông", "Thứ trưởng")]


def test_a_name_cut_inside_a_hyphenated_word_at_the_copys_end_is_left_out() -> None:
    text = "Đoàn do Thứ trưởng Bua-ngân Xa-phu-vông dẫn đầu.\nĐề nghị tiếp đoàn do đồng chí Bua-ngân Xa-\n"
    assert _people(text) == [("Bua-ngân Xa-phu-vông", "Thứ trưởng")]
    assert _people("Đề nghị tiếp đoàn do đồng chí Xổm Phết Xa-\n") == []


def test_a_comma_between_the_parts_of_a_ministrys_abbreviation_goes_on_in_the_unit() -> None:
    text = "Bộ trưởng đã làm việc với Bộ trưởng Bộ VH,TT&DL Hàn Quốc Hwang Hee và ký kết Chương trình."
    assert ("Hwang Hee", "Bộ trưởng") in _people(text)
    assert _people("Thứ trưởng Bộ VH, TT&DL Hồ Anh Tuấn đã làm việc với đoàn.") == [("Hồ Anh Tuấn", "Thứ trưởng")]
