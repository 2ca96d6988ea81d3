"""People named with the styles of Brunei and Malaysia, and an envoy after his country's long name (session 32)."""

import pytest

from extractors.people import find_people


@pytest.mark.parametrize(
    ("text", "name", "title", "honorific"),
    [
        (
            "Đón đoàn có Bộ trưởng Bộ Y tế Dato Dr. Hj Ali Rahman Osman; các quan chức khác.",
            "Hj Ali Rahman Osman",
            "Bộ trưởng",
            "Dato Dr.",
        ),
        ("Dự có Bộ trưởng Bộ Công nghiệp Malaysia Dato Kamal.", "Kamal", "Bộ trưởng", "Dato"),
        (
            "Tiếp Thứ trưởng tại Văn phòng Thủ tướng Dato Ahmad Zaki Dato Yusof Hamid.",
            "Ahmad Zaki Dato Yusof Hamid",
            "Thứ trưởng",
            "Dato",
        ),
        ("Quốc vương Brunei Sultan Haji Omar Saifuddin tiếp đoàn.", "Haji Omar Saifuddin", "Quốc vương", "Sultan"),
        ("Gặp Đại sứ Malaysia tại Việt Nam Datin Noor Aisyah Salleh hôm qua.", "Noor Aisyah Salleh", "Đại sứ", "Datin"),
    ],
)
def test_malay_styles_are_no_name_words(text: str, name: str, title: str, honorific: str) -> None:
    (person,) = find_people(text)
    assert (person.name, person.title, person.honorific) == (name, title, honorific)


def test_sultan_as_a_given_name_stays() -> None:
    (person,) = find_people("Bộ trưởng Công nghiệp UAE Sultan Ahmed Al Jaber phát biểu.")
    assert person.name == "Sultan Ahmed Al Jaber"


def test_envoy_after_his_countrys_long_name() -> None:
    (person,) = find_people("Gặp Đại sứ Brunei Darussalam tại Việt Nam Nguyễn Văn An.")
    assert (person.name, person.title) == ("Nguyễn Văn An", "Đại sứ")
