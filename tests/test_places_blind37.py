"""Destinations issue 12 (places23, blind37-38 as development): a plan's venue item, a delegation received at home,
partners placed where they are, a birthplace, a body's place and the country after it, places the gazetteers lack
inside a list of known ones, the older spelling of a Lao city. Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractors.gazetteer import loose_key, place_key
from extractors.places import find_places


def names(text: str) -> list[str]:
    return [p.name for p in find_places(text)]


def test_a_plans_venue_item_names_the_countries_its_delegation_goes_to() -> None:
    text = (
        "Ban Thường vụ đề nghị tổ chức Đoàn cán bộ đi học tập kinh nghiệm tại một số nước châu Âu năm 2027.\n"
        "1. Số lượng: 15 đại biểu.\n"
        "2. Địa điểm: 03 nước khu vực châu Âu gồm: Áo, Séc, Hungary.\n"
    )
    assert names(text) == ["Áo", "Séc", "Hungary"]


def test_a_venue_item_in_a_plan_of_delegations_abroad() -> None:
    text = "Kế hoạch đoàn ra năm 2027 của Sở.\nĐoàn 1: Địa điểm: Hàn Quốc; thời gian: tháng 5."
    assert names(text) == ["Hàn Quốc"]


@pytest.mark.parametrize(
    "text",
    [
        "Hội thảo về hợp tác nông nghiệp.\n1. Thời gian: tháng 5.\n2. Địa điểm: Nhật Bản.\n",
        "Kế hoạch đón đoàn vào năm 2027.\nĐịa điểm: Hàn Quốc.",
    ],
)
def test_a_venue_item_without_a_delegation_sent_is_no_destination(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 5-6, lãnh đạo Sở Công Thương có buổi tiếp và làm việc với đoàn công tác của một số doanh nghiệp tại "
        "thành phố Busan (Hàn Quốc) về hợp tác thương mại.",
        "Phó Chủ tịch UBND tỉnh tiếp đoàn Ban Tổ chức Lễ hội Việt Nam tại Osaka, Nhật Bản do ông Tanaka dẫn đầu.",
        "Thứ trưởng tiếp và làm việc với đại biểu Hội đồng tỉnh Gyeonggi, Hàn Quốc do ông Kim làm trưởng đoàn.",
        "Chủ tịch UBND tỉnh tiếp xã giao đoàn doanh nghiệp thành phố Osaka, Nhật Bản.",
    ],
)
def test_a_delegation_received_at_home_is_described_by_its_place(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chủ tịch Quốc hội Lào đã tiếp đoàn đại biểu tỉnh Nghệ An do Phó Chủ tịch tỉnh dẫn đầu đang ở thăm và làm "
            "việc tại Lào.",
            ["Lào"],
        ),
        (
            "Tỉnh trưởng tỉnh Champasak tiếp đoàn công tác tỉnh Quảng Nam tại trụ sở tỉnh Champasak, Lào.",
            ["Champasak", "Lào"],
        ),
        ("Ông Sommad, Tỉnh trưởng, đã tiếp đoàn đại biểu Việt Nam tại thủ đô Viêng Chăn.", ["Viêng Chăn"]),
        ("Đoàn công tác tỉnh Quảng Nam sang Lào. Tỉnh trưởng tiếp đoàn tại tỉnh Sê Kông.", ["Lào", "Sê Kông"]),
    ],
)
def test_hosts_abroad_receiving_a_vietnamese_delegation(text: str, expected: list[str]) -> None:
    """A Vietnamese delegation received abroad, or a reception's venue: the place is where the delegation went."""
    assert names(text) == expected


def test_partners_placed_where_they_are_are_no_destination() -> None:
    text = "Buổi làm việc mở ra cơ hội đẩy mạnh quan hệ hợp tác với các đối tác ở Nhật Bản."
    assert names(text) == []


def test_a_birthplace_is_no_destination() -> None:
    text = "Tổng thống sinh ngày 3/4/1960 tại thành phố Beira, tỉnh Sofala, Cộng hòa Mozambique."
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đoàn công tác Công an tỉnh Nghệ An đã đến thăm và chúc Tết cán bộ, chiến sĩ Công an tỉnh Xiêng Khoảng "
            "(Lào) nhân dịp Tết Bun Pi May.",
            ["Lào"],
        ),
        (
            "Đoàn đại biểu VKSND tỉnh Quảng Trị sang thăm và làm việc tại VKSND tỉnh Savannakhet, nước CHDCND Lào.",
            ["CHDCND Lào"],
        ),
        ("Đoàn đã đến thăm, chúc mừng Bộ Chỉ huy Quân sự tỉnh Attapeu (Lào) nhân dịp Tết.", ["Lào"]),
    ],
)
def test_a_bodys_place_is_none_but_the_country_after_it_is(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn công tác Công an tỉnh Xiêng Khoảng (Lào) đã đến thăm Công an tỉnh Nghệ An.",
        "Phó Chủ tịch UBND thành phố Nguyễn Văn Tài đã tiếp ông John Smith, Bộ trưởng Bộ Giáo dục bang Victoria "
        "(Australia).",
    ],
)
def test_the_visitors_body_and_its_country_are_no_destination(text: str) -> None:
    assert names(text) == []


def test_a_district_the_gazetteers_lack_in_a_list_of_known_places() -> None:
    text = "Đoàn công tác huyện đã sang thăm và làm việc tại huyện Xiêm Pang, tỉnh Stung Treng, Vương quốc Campuchia."
    places = find_places(text)
    assert [(p.name, p.country, p.level.value) for p in places] == [
        ("Xiêm Pang", "KH", "region"),
        ("Stung Treng", "KH", "region"),
        ("Vương quốc Campuchia", "KH", "country"),
    ]


def test_a_vietnamese_province_before_a_foreign_place_is_not_taken() -> None:
    text = "Hai đoàn đã sang thăm và làm việc tại tỉnh Kon Tum, tỉnh Attapeu (Lào) để bàn về tuyến biên giới."
    assert "Kon Tum" not in names(text)


def test_the_older_spelling_of_vientiane_is_the_city() -> None:
    assert loose_key(place_key("Viên Chăn")) == loose_key(place_key("Viêng Chăn"))
    text = "Bộ trưởng sẽ ký Nghị định thư tại Hội nghị Cấp cao ASEAN tổ chức tại Viên Chăn (Lào) vào tháng 11."
    assert [(p.name, p.level.value) for p in find_places(text)] == [("Viên Chăn", "city"), ("Lào", "country")]


def test_countries_in_brackets_after_the_bodies_visited() -> None:
    text = (
        "Lãnh đạo Trường đã có chuyến thăm, làm việc với 02 đại học ở châu Âu gồm: Đại học Gent (Vương quốc Bỉ) và "
        "Đại học Twente (Hà Lan)."
    )
    assert names(text) == ["Vương quốc Bỉ", "Hà Lan"]


@pytest.mark.parametrize(
    "text",
    [
        "Nhân dịp đến thăm Việt Nam, Giáo sư Đại học Kyoto (Nhật Bản) đã trao đổi với sinh viên.",
        "Tại TP Huế, Trường Đại học Sư phạm phối hợp với Đại học Osaka (Nhật Bản) tổ chức hội thảo.",
        "Sáng 5/10, hai bên hội đàm với Đại học Seoul (Hàn Quốc) về hợp tác.",
    ],
)
def test_a_body_and_its_country_with_no_going_word_before_them(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Trong năm, Thương vụ Việt Nam tại Thụy Điển đổi mới xúc tiến thương mại.",
        "Từ năm 1990, Tổng lãnh sự quán đóng trụ sở tại thành phố Osaka, sau đó chuyển trụ sở đến thành phố Kobe.",
    ],
)
def test_a_bodys_seat_abroad_is_no_destination(text: str) -> None:
    assert names(text) == []


def test_a_site_visited_then_its_place_in_brackets() -> None:
    text = "Đoàn sẽ thăm Nhà tưởng niệm Hồ Chí Minh (huyện Long Châu, tỉnh Quảng Tây)."
    assert names(text) == ["Long Châu", "Quảng Tây"]


def test_the_european_union_between_two_countries_of_a_tour() -> None:
    text = "Thủ tướng sẽ thăm Vương quốc Bỉ, Liên minh Châu Âu, Cộng hòa Pháp."
    assert names(text) == ["Vương quốc Bỉ", "Cộng hòa Pháp"]


def test_places_written_in_small_letters_after_their_place_word_a_commune_left_out() -> None:
    text = (
        "Đoàn có buổi thăm và chúc Tết tại xã Kandal, huyện Kam chay mear, tỉnh Prey veng thuộc Vương quốc Campuchia."
    )
    assert names(text) == ["Kam chay mear", "Prey veng", "Vương quốc Campuchia"]
    assert names("Đoàn đã tới thăm và tặng quà hộ dân ở xã Sambor Prei Kuk, tỉnh Kampong Thom.") == ["Kampong Thom"]
    assert names("Chiều 3/12, tại thị xã Sầm Nưa, tỉnh Hủa Phăn, đoàn đã hội đàm.")[:1] == ["Sầm Nưa"]
