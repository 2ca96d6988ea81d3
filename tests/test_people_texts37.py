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


def test_family_name_ending_the_province_is_the_places() -> None:
    people = find_people(
        "Tiếp Phó Tỉnh trưởng tỉnh Giang Tô Phương Vĩ, sau đó gặp Chủ nhiệm Ủy ban tỉnh Giang Tô Tôn Dật."
    )
    assert [(p.name, p.title) for p in people] == [("Phương Vĩ", "Phó Tỉnh trưởng"), ("Tôn Dật", "Chủ nhiệm")]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Đoàn do đồng chí Lê Văn Bình, UVTVTU, Trưởng ban Ban Dân vận Tỉnh ủy làm trưởng đoàn.",
            "Lê Văn Bình",
            "Trưởng ban",
        ),
        ("Đoàn có các đồng chí: Trần Thị Hoa, TUV, Phó Chủ tịch HĐND tỉnh; các sở.", "Trần Thị Hoa", "Phó Chủ tịch"),
    ],
)
def test_abbreviated_membership_before_the_post(text: str, name: str, title: str) -> None:
    (person,) = find_people(text)
    assert (person.name, person.title) == (name, title)


def test_parliament_seat_is_a_membership_before_the_post() -> None:
    (person,) = find_people("Ông Lee Min-ho, Ủy viên Quốc hội Hàn Quốc, Chủ tịch Ủy ban Hữu nghị phát biểu.")
    assert (person.name, person.title) == ("Lee Min-ho", "Chủ tịch")


def test_non_breaking_hyphen_is_a_hyphen() -> None:
    from extractors.normalize import fold_characters

    assert fold_characters("Kim Gi\u2011hyeon, Park\u2010Ji") == "Kim Gi-hyeon, Park-Ji"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hội kiến Chủ tịch Thượng viện Ai Cập Omar Abdel Fattah Hassan Youssef; sau đó thăm.",
            "Omar Abdel Fattah Hassan Youssef",
        ),
        ("Làm việc với Tổng Bí thư Đảng Tự do Ai Cập (FP) Karim Baha El Masry, sau đó thăm.", "Karim Baha El Masry"),
    ],
)
def test_arabic_names_run_long_and_hold_town_names(text: str, name: str) -> None:
    (person,) = find_people(text)
    assert person.name == name


@pytest.mark.parametrize("opening", ["Điện văn gửi Thống chế Lơ-noa", "Điện vǎn gửi Thống chế Lơ-noa"])
def test_a_telegram_titled_dien_van_gui_is_signed_by_its_name_alone(opening: str) -> None:
    from extractors.header import parse_header

    text = (
        f"{opening}\n\nTôi xin cảm ơn Ngài đã gửi lời chúc mừng và mong hai nước hợp tác chặt chẽ.\n\n"
        "Trần Quang Vinh\n\nBáo Nhân dân, số 120, ngày 5-6-1958.\n"
    )
    signer = parse_header(text).signer
    assert signer is not None and signer.name == "Trần Quang Vinh"


def test_a_news_item_titled_otherwise_has_no_signer_from_its_byline() -> None:
    from extractors.header import parse_header

    text = "Tin ngắn gửi bạn đọc\n\nHôm qua đoàn đã thăm và làm việc tại Lào.\n\nTrần Quang Vinh\n"
    assert parse_header(text).signer is None


def test_a_partys_name_after_dang_still_ends_before_the_holder() -> None:
    (person,) = find_people("Hội đàm với Chủ tịch thứ nhất của đảng Nur Otan A.B. Kul-Tasov dẫn đầu đoàn.")
    assert person.name == "A.B. Kul-Tasov"


@pytest.mark.parametrize(
    ("text", "title", "unit"),
    [
        (
            "Cùng đi có Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh Nam Định Trần Thị Hoa; lãnh đạo các sở.",
            "Phó Trưởng đoàn chuyên trách",
            "Đoàn ĐBQH tỉnh Nam Định",
        ),
        ("Ra đón có Thái tử kế vị Bhutan Jigme Namgyel và Phu nhân.", "Thái tử kế vị", "Bhutan"),
    ],
)
def test_qualifiers_full_time_and_heir_belong_to_the_office(text: str, title: str, unit: str) -> None:
    (person,) = find_people(text)
    assert (person.title, person.unit) == (title, unit)


def test_a_headlines_office_gives_way_to_the_chain_a_delegation_is_led_by() -> None:
    text = (
        "Chủ tịch Trần Văn Bình thăm Lào\n\nSáng 9/4, Đoàn đại biểu Hội Nông dân Việt Nam do Bí thư Trung ương "
        "Đảng, Chủ tịch Hội Nông dân Việt Nam Trần Văn Bình làm Trưởng đoàn đã lên đường."
    )
    (person,) = find_people(text)
    assert (person.title, person.unit) == ("Bí thư", "Trung ương Đảng")


def test_a_mc_family_name_is_one_foreign_word() -> None:
    (person,) = find_people("Ra đón có Phó Chủ tịch Thượng viện Andrew McKenzie; các đại biểu khác.")
    assert (person.name, person.title) == ("Andrew McKenzie", "Phó Chủ tịch")
