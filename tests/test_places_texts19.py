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


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Chủ tịch nước phát biểu chính sách tại Học viện Ngoại giao của Singapore", ("Singapore", "SG", "country")),
        ("Đoàn đến thăm Bảo tàng Lịch sử của Hungary.", ("Hungary", "HU", "country")),
        ("Bộ trưởng phát biểu chính sách tại thủ đô Canberra.", ("Canberra", "AU", "city")),
    ],
)
def test_a_venue_of_a_country_and_a_policy_speech(text: str, place: tuple[str, str, str]) -> None:
    assert place in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a foreign leader's policy speech in Vietnam: the venue's country is home
        "Tổng thống Hàn Quốc phát biểu chính sách tại Đại học Quốc gia của Việt Nam.",
        # no trip in the sentence: a speech at a venue is no travel
        "Giáo sư người Úc phát biểu tại Đại học Sydney của Australia về biến đổi khí hậu.",
        # an embassy is no venue standing in its country
        "Ông phát biểu chính sách tại Đại sứ quán của Nhật Bản ở Hà Nội.",
    ],
)
def test_no_venue_of_a_country_without_a_trip(text: str) -> None:
    assert _found(text) == []


def test_a_towns_festival_is_where_the_delegation_goes() -> None:
    text = "Đoàn công tác tỉnh Quảng Nam đã tham gia Lễ hội Okayama, giới thiệu ẩm thực Việt Nam."
    assert ("Okayama", "JP", "region") in _found(text)


def test_a_festival_without_a_trip_sends_no_one() -> None:
    assert _found("Lễ hội Okayama là lễ hội truyền thống lâu đời.") == []


@pytest.mark.parametrize(
    "text",
    [
        # a delegation of the mission: its seat is where the delegation comes from
        "Đoàn Đại sứ quán Việt Nam tại Bangkok dự hội chợ từ thiện.",
        # a caption's credit: the mission gave the photo
        "Gian hàng Việt Nam tại hội chợ. (Ảnh: Tổng Lãnh sự quán Việt Nam tại Busan) |\nHội chợ có sự tham gia của "
        "nhiều nước.",
    ],
)
def test_a_missions_seat_in_its_delegation_or_a_credit_is_no_destination(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Đoàn công tác tỉnh đến làm việc tại bang Tây Australia.", ("Tây Australia", "AU", "region")),
        ("Đoàn đến thăm khu tự trị Nội Mông Cổ.", ("Nội Mông Cổ", "CN", "region")),
    ],
)
def test_a_region_named_by_a_word_and_a_country_is_no_country(text: str, place: tuple[str, str, str]) -> None:
    assert _found(text) == [place]


def test_a_country_after_a_capital_word_that_names_no_region_stays() -> None:
    assert ("Australia", "AU", "country") in _found("Đoàn Bộ Ngoại giao sang thăm Australia.")


@pytest.mark.parametrize("name", ["Cộng hòa Ả Rập Ai Cập", "Cộng hòa Arab Ai Cập"])
def test_egypts_official_name(name: str) -> None:
    assert _found(f"Thủ tướng lên đường thăm chính thức {name}.") == [(name, "EG", "country")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Trong chuyến công tác tại Đức, đoàn đã đến thăm và làm việc với nhiều quan chức các sở, ngành của bang "
            "Bavaria.",
            ("Bavaria", "DE", "region"),
        ),
        ("Đoàn đã đến thăm tỉnh Val-de-Marne (Pháp).", ("Val-de-Marne", "FR", "region")),
    ],
)
def test_states_by_the_english_names_and_departments(text: str, place: tuple[str, str, str]) -> None:
    assert place in _found(text)


def test_officials_met_at_home_send_no_one() -> None:
    text = "Tại Hà Nội, Bộ trưởng đã làm việc với nhiều quan chức các sở, ngành của bang Bavaria."
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Chiều 3/5, đoàn đã có buổi làm việc với Hội đồng, Chính quyền thành phố Melbourne, bang Victoria, Australia.",
        "Đoàn làm việc với Chính quyền thành phố Melbourne về hợp tác giáo dục.",
    ],
)
def test_a_citys_council_and_government_worked_with(text: str) -> None:
    assert ("Melbourne", "AU", "city") in _found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the consulate's city only in its name: the country is the destination, the city no place
        (
            "Trong chuyến công tác tại Canada, đoàn đã đến thăm và làm việc với Tổng Lãnh sự quán Việt Nam tại "
            "Vancouver.",
            [("Canada", "CA", "country")],
        ),
        # the city named as where the delegation went: the mission's seat is that place again
        (
            "Đoàn công tác thăm và làm việc tại thành phố Vancouver, Canada. Đoàn đã làm việc với Tổng Lãnh sự quán "
            "Việt Nam tại Vancouver.",
            [("Vancouver", "CA", "city"), ("Canada", "CA", "country")],
        ),
        # a meeting at the premises: the delegation is there
        (
            "Ngày 5/6, tại trụ sở Đại sứ quán Việt Nam tại Ottawa, đoàn công tác đã làm việc với cộng đồng.",
            [("Ottawa", "CA", "city")],
        ),
    ],
)
def test_a_missions_seat_written_only_in_its_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


def test_the_scope_of_a_superlative_is_no_destination() -> None:
    text = "Đoàn công tác tỉnh đã đến thăm thành phố Kobe. Đây là nơi duy nhất ở Nhật Bản có khu phố người Việt."
    assert _found(text) == [("Kobe", "JP", "city")]
