"""Places of blind19 as development (issue 12): old and local spellings the gazetteer lacks, "nước bạn" and "các
tỉnh của" between the cue and the country. Sentences written here."""

import pytest

from extractors.places import find_places


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(p.name, p.country, p.level.value) for p in find_places(text)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Chiều cùng ngày, đoàn rời Mandalay đến Thủ đô Naypido.", ("Naypido", "MM", "city")),
        ("Tổng Bí thư lên đường thăm chính thức Braxin.", ("Braxin", "BR", "country")),
        ("Đoàn đến dâng hương tại huyện Sê Pôn.", ("Sê Pôn", "LA", "region")),
        ("Đoàn đến làm việc tại thành phố Kaysone Phomvihane.", ("Kaysone Phomvihane", "LA", "city")),
    ],
)
def test_local_spellings(text: str, place: tuple[str, str, str]) -> None:
    assert place in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Trong chuyến thăm và làm việc tại các tỉnh của nước bạn Lào, đoàn đã gặp lãnh đạo tỉnh.",
        "Đoàn công tác sang nước bạn Lào từ ngày 17/2.",
        "Đoàn thăm và làm việc tại các tỉnh của Lào.",
    ],
)
def test_friendly_country_after_the_cue(text: str) -> None:
    assert ("Lào", "LA", "country") in _found(text)


def test_a_country_named_in_a_body_is_still_no_destination() -> None:
    assert _found("Hội hữu nghị Việt Nam - Lào tổ chức gặp mặt tại Hà Nội.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Sau hơn 10 giờ bay từ New York (Hoa Kỳ), Thủ tướng và đoàn đã tới São Paulo, bắt đầu thăm chính thức Brazil.",
        "Rời Mỹ, đoàn bay từ New York đến São Paulo, bắt đầu thăm chính thức Brazil.",
    ],
)
def test_a_leg_flown_from_is_a_destination(text: str) -> None:
    assert "US" in {country for _, country, _ in _found(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn đại biểu Nhật Bản bay từ Tokyo đến Hà Nội sáng nay.",
        "Ông Tanaka bay từ Tokyo sang Việt Nam dự hội nghị.",
        "Bộ trưởng Nhật Bản bay từ Tokyo về TP. Hồ Chí Minh.",
    ],
)
def test_visitors_flying_in_come_from_no_destination(text: str) -> None:
    assert _found(text) == []


def test_a_province_and_its_capital_of_another_name_are_two_places() -> None:
    text = (
        "Đoàn đến làm việc tại tỉnh Savannakhet; sau đó đoàn dâng hoa tại thành phố Kaysone Phomvihane, "
        "tỉnh Savannakhet."
    )
    found = _found(text)
    assert ("Savannakhet", "LA", "region") in found
    assert ("Kaysone Phomvihane", "LA", "city") in found


def test_a_city_named_two_ways_is_one_place() -> None:
    text = "Đoàn đến thủ đô Viêng Chăn. Tại Vientiane, đoàn đã làm việc với Bộ Ngoại giao Lào."
    assert [name for name, _, level in _found(text) if level == "city"] == ["Viêng Chăn"]


@pytest.mark.parametrize(
    "text",
    [
        "Trong chuyến công tác tại Lào, đoàn sẽ chào xã giao lãnh đạo tỉnh Champasak.",
        "Đoàn sang Lào làm việc; theo kế hoạch, đoàn chào xã giao lãnh đạo tỉnh Champasak và thăm cơ sở kinh tế.",
    ],
)
def test_a_courtesy_call_on_a_province_s_leaders_goes_there(text: str) -> None:
    assert ("Champasak", "LA", "region") in _found(text)


def test_a_courtesy_call_on_vietnamese_leaders_sends_nobody_abroad() -> None:
    assert _found("Đoàn tỉnh Champasak (Lào) đến chào xã giao lãnh đạo tỉnh Quảng Trị.") == []
