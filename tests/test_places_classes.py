"""Destinations by the failure classes of real texts: words that fold alike, a line typed without marks,
the end of a Vietnamese place's name, state forms and spellings of a country, and cues of a visit.

Every sentence here is written for the test (none is copied from the real-text corpus)."""

import pytest

from extractors.places import find_destinations, find_places


def _places(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.country) for p in find_places(text)]


@pytest.mark.parametrize(
    "text",
    [
        "V/v hợp tác với các địa phương tại Hàn Quốc.",  # "hợp tác" is no "họp" (a meeting)
        "Chu tich nuoc se tham chinh thuc Lao - Anh 1",  # "Ảnh 1" without marks, not the UK
        "Mời các đoàn nước ngoài sang tham dự Festival tại thành phố Nha Trang (Khánh Hòa).",  # not Thai "Trang"
        # a standing mission works where it is: nobody travels
        "Phê duyệt Hiệp định do Trưởng đoàn đại diện Việt Nam bên cạnh Liên hợp quốc đã ký tại New York.",
        "Điều 1. Phê duyệt Thỏa thuận thành lập Quỹ khu vực tại Bangkok, Thái Lan, do Đoàn đại diện thường trực ký.",
        # a diplomat's post and its seat: where the diplomat serves
        "Cùng tham gia đoàn công tác có đồng chí Lê Văn An - Tổng lãnh sự Việt Nam tại Osaka.",
        "Đoàn làm việc có sự tham dự của Đại sứ Việt Nam tại Hàn Quốc.",
    ],
)
def test_no_destination(text: str) -> None:
    assert _places(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đoàn công tác sẽ thăm cấp Nhà nước Cộng hòa Cu Ba và Xinh Ga Po.",
            [("Cộng hòa Cu Ba", "CU"), ("Xinh Ga Po", "SG")],
        ),
        ("Đoàn thăm, làm việc với các cơ quan, doanh nghiệp của Ca-na-đa từ ngày 3/5.", [("Ca-na-đa", "CA")]),
        (
            "Chiều 4/5, đoàn rời thủ đô Bangkok, Thái Lan, lên đường sang Ma-lai-xi-a.",
            [("Bangkok", "TH"), ("Thái Lan", "TH"), ("Ma-lai-xi-a", "MY")],
        ),
    ],
)
def test_destinations(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


def _levels(text: str) -> list[tuple[str, str, str]]:
    return [(p.name, p.country, p.level.value) for p in find_places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people of a place visited ("thăm, chúc Tết cán bộ và nhân dân …"), a list, and "thuộc" its country
        (
            "Đoàn sang thăm hỏi cán bộ, chiến sĩ và nhân dân các tỉnh Hủa Phăn, Xiêng Khoảng thuộc nước CHDCND Lào.",
            [("Hủa Phăn", "LA", "region"), ("Xiêng Khoảng", "LA", "region"), ("CHDCND Lào", "LA", "country")],
        ),
        ("Đoàn đến chúc Tết nhân dân tỉnh Attapeu.", [("Attapeu", "LA", "region")]),
        # a name several countries' places bear: the country the text names decides
        (
            "Đoàn công tác của tỉnh đã làm việc tại bang Victoria, Ô-xtrây-li-a.",
            [("Victoria", "AU", "region"), ("Ô-xtrây-li-a", "AU", "country")],
        ),
        (
            "Đoàn xúc tiến đầu tư sang Canada và dừng chân tại Victoria.",
            [("Canada", "CA", "country"), ("Victoria", "CA", "city")],
        ),
        # a country printed beside a place the story sends the delegation to, in a caption before the story
        (
            "Ảnh: Lễ đón của bang Queensland, Australia.\nĐoàn đã đến thăm bang Queensland từ ngày 2/3.",
            [("Australia", "AU", "country"), ("Queensland", "AU", "region")],
        ),
        # a Russian republic by its own name, its generic "Cộng hòa" dropped (the data file's region)
        (
            "Đoàn đã tới thành phố Kazan, Cộng hòa Tatarstan, Liên bang Nga, bắt đầu thăm chính thức Liên bang Nga.",
            [("Kazan", "RU", "city"), ("Tatarstan", "RU", "region"), ("Liên bang Nga", "RU", "country")],
        ),
        (
            "Đoàn công tác của tỉnh sang thăm và làm việc tại Cộng hòa Bashkortostan (Liên bang Nga).",
            [("Bashkortostan", "RU", "region"), ("Liên bang Nga", "RU", "country")],
        ),
    ],
)
def test_places_by_their_sentence_and_country(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _levels(text) == expected


def test_a_word_of_a_persons_name_is_no_place() -> None:
    """A gazetteer's one-word town inside a run of unknown capitalised words is a person's name."""
    text = "Đoàn công tác đến Nga, làm việc với Phó Thống đốc Petrov Ivan Nikolaevich tại Kazan."
    assert _places(text) == [("Nga", "RU"), ("Kazan", "RU")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country in its English spelling, as the press prints it, or glued ("Nauy" for "Na Uy")
        ("Thủ tướng bắt đầu chuyến thăm chính thức Ukraine từ ngày 4 đến 6/10.", [("Ukraine", "UA")]),
        ("Đoàn công tác của tỉnh sang thăm Finland và Sweden trong tháng 9.", [("Finland", "FI"), ("Sweden", "SE")]),
        ("Đoàn đại biểu đã thăm và làm việc tại Nauy từ ngày 2/12.", [("Nauy", "NO")]),
        # the hosts' countries after a visit with their bodies
        (
            "Đoàn đã có chuyến thăm làm việc với các cơ quan Quốc hội, Chính phủ hai nước Đan Mạch và Thụy Điển.",
            [("Đan Mạch", "DK"), ("Thụy Điển", "SE")],
        ),
        # a state written "tiểu bang" goes on the city's list; an embassy is visited where it stands
        (
            "Đoàn đã làm việc tại thành phố Houston, tiểu bang Texas, Hoa Kỳ.",
            [("Houston", "US"), ("Texas", "US"), ("Hoa Kỳ", "US")],
        ),
        ("Đoàn công tác đến thăm Đại sứ quán Việt Nam tại Pháp.", [("Pháp", "FR")]),
        # a saint's abbreviation starts a city's name
        ("Đoàn đại biểu thành phố đã đến St. Petersburg để dự diễn đàn.", [("St. Petersburg", "RU")]),
    ],
)
def test_countries_in_other_spellings_and_hosts(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a province under a grouping level of ISO 3166-2, not a pinyin spelling of another country's city
        ("Đoàn đến thăm tỉnh Bali, Indonesia.", [("Bali", "ID"), ("Indonesia", "ID")]),
        # the state form and the long name of the United Kingdom
        (
            "Đoàn sẽ thăm chính thức Vương quốc Liên hiệp Anh và Bắc Ireland từ ngày 2.",
            [
                ("Vương quốc Liên hiệp Anh và Bắc Ireland", "GB"),
            ],
        ),
        # a venue after the cue, then its city in brackets or after a comma with its place word
        ("Đoàn đã đến tham quan tại chợ Chatuchak (Bangkok) trong buổi sáng.", [("Bangkok", "TH")]),
        ("Lễ đón chính thức đoàn diễn ra tại quảng trường Sükhbaatar, Thủ đô Ulan Bator.", [("Ulan Bator", "MN")]),
        ("Đoàn làm việc tại trụ sở chính quyền (thành phố Edmonton).", [("Edmonton", "CA")]),
        # two spellings of one city are one place
        (
            "Đoàn đến Thủ đô Viêng Chăn. Tại Vientiane, đoàn hội đàm với lãnh đạo nước bạn.",
            [("Viêng Chăn", "LA")],
        ),
        # a place named again by the abbreviation the text gave it, and its country beside the definition
        (
            "Nhận lời mời của chính quyền bang Queensland (QLD), Australia, đoàn đã thăm chính thức bang QLD.",
            [("Australia", "AU"), ("Queensland", "AU")],
        ),
        # the people visited where they live: farmers, the armed forces of a border area
        ("Đoàn thăm trang trại; gặp gỡ, trao đổi với nông dân tỉnh Nagano.", [("Nagano", "JP")]),
        (
            "Đoàn thăm, chúc Tết các đơn vị lực lượng vũ trang khu vực biên giới 2 tỉnh Attapeu và Salavan.",
            [("Attapeu", "LA"), ("Salavan", "LA")],
        ),
        ("Đoàn thăm, chúc Tết Bunpimay lực lượng vũ trang và nhân dân Lào.", [("Lào", "LA")]),
        # a body visited between two stops of one itinerary; a nationality inside a body's name is no stop
        (
            "Đoàn dự Hội nghị tại Cộng hòa Séc, thăm làm việc với Hội đồng châu Âu (CoE), Cộng hòa Pháp và Đức.",
            [("Cộng hòa Séc", "CZ"), ("Cộng hòa Pháp", "FR"), ("Đức", "DE")],
        ),
        ("Đoàn công tác tại Nhật Bản, làm việc với Bộ Ngoại giao, Đại sứ quán Hàn Quốc.", [("Nhật Bản", "JP")]),
        # a place of a country, "của" the country
        ("Đoàn tới thăm và làm việc tại vùng Los Lagos của Chile.", [("Los Lagos", "CL"), ("Chile", "CL")]),
    ],
)
def test_blind6_place_classes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Cử đoàn đi công tác tại Nhật Bản (Tô-ky-ô, Ca-na-da-oa) từ ngày 14/6/2026", ["Nhật Bản"]),
        ("Cử đoàn đi công tác tại thành phố Ca-na-da-oa, Nhật Bản", ["Nhật Bản"]),
        ("Cử đoàn đi khảo sát tại Cu-ba-nê-ra và Ca-na-đa", ["Canada"]),
        ("Cử đoàn đi công tác tại Ca-na-đa từ ngày 14/6/2026", ["Canada"]),
        ("Cử đoàn đi công tác tại Lào-Campuchia từ ngày 14/6/2026", ["Lào", "Campuchia"]),
    ],
)
def test_places_a_longer_transliterated_name_is_not_the_country_it_starts_like(text: str, countries: list[str]) -> None:
    """Issue 13 (blind scenario 10): "Ca-na-da-oa" (Kanazawa) starts like "Ca-na-da" but its syllables go on after a
    hyphen: no country; a capital after a hyphen starts another name."""
    assert [d.name for d in find_destinations(text)] == countries


def test_places_a_list_goes_on_past_a_state_whose_name_was_not_recognised() -> None:
    """Issue 13 (blind scenario 10): "Vương quốc Bi" (OCR for "Bỉ") between listed states no longer ends the list:
    the states after it are still destinations (the gap itself is flagged by `extractors.country_lists`)."""
    text = (
        "Điều 1. Cử đoàn đi Cộng hòa Pháp, Vương quốc Bi,\nVương quốc Hà Lan và Cộng hòa Liên bang Đức từ ngày "
        "12/4/2026 đến ngày 21/4/2026 để quảng bá du lịch."
    )
    assert [country for _, country in _places(text)] == ["FR", "NL", "DE"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "Điều 1. Cử Đoàn đi công tác tại các nước: Cộng hòa Séc (thủ đô Pra-ha), Cộng hòa Áo (thủ đô Viên), "
            "Hung-ga-ri (thủ đô Bu-đa-pét) và Cộng hòa Ba Lan (thủ đô Vác-sa-va) từ ngày 03/8/2026.",
            ["CZ", "AT", "HU", "PL"],
        ),
        (
            "Cử đoàn sang Vương quốc Bỉ (Thủ đô Brúc-xen), Cộng hòa Pháp (thành phố Li-ông) và Cộng hòa Liên bang "
            "Đức từ ngày 5/5/2026.",
            ["BE", "FR", "DE"],
        ),
        (
            "Đoàn đi các nước: Nhật Bản (TP. Ô-xa-ka), Hàn Quốc (thủ đô Xơ-un), Trung Quốc để khảo sát.",
            ["JP", "KR", "CN"],
        ),
    ],
)
def test_places_a_list_goes_on_past_a_city_noted_in_brackets_with_its_place_word(text: str, codes: list[str]) -> None:
    """Issue 13 (blind scenario 11): "(thủ đô Viên)" after a listed state, a city the gazetteer may lack named
    with its place word, no longer ends the list: the states after it are destinations too."""
    assert list(dict.fromkeys(country for _, country in _places(text))) == codes
