"""blind27 (development): countries named beside a foreign delegation's own names, and places a copy names
without a trip to them; sentences written for these tests."""

from extractors.places import find_places


def test_places_morning_is_no_cue_before_a_visitors_province() -> None:
    """ "sáng" (morning) folds like the cue "sang" (to go over): the visitors' province after the time is where they
    come from, not a place anyone goes to."""
    text = "Sau cuộc họp sáng 14/2, UBND 2 tỉnh: Xerkhan (Mông Cổ) và Sơn La đã ký biên bản hợp tác."
    assert find_places(text) == []


def test_places_a_cue_before_a_vietnamese_place_reaches_no_foreign_town() -> None:
    """ "tại Lào Cai - Việt Nam và …": the cue's place is a Vietnamese one, so the foreign town named after it in a
    list of the fair's venues is not sent to by that cue."""
    text = "Hai tỉnh thỏa thuận tổ chức hội chợ tại Lạng Sơn - Việt Nam và Bằng Tường - Trung Quốc."
    assert find_places(text) == []


def test_places_a_cue_before_a_foreign_name_the_gazetteer_lacks_still_counts() -> None:
    """What the cue-before-unknown-names reading is for: an OCR-garbled city, then its country."""
    assert [p.country for p in find_places("Đoàn đi công tác tại thành phố San Erancisco, Hoa Kỳ.")] == ["US"]


def test_places_a_word_typed_twice_before_a_country_still_leaves_the_cue() -> None:
    """ "thăm chính thức thức Cộng hòa Áo": the repeated word is a slip; the visit's cue still stands."""
    text = "Tuần tới, Chủ tịch Quốc hội thăm chính thức thức Cộng hòa Áo và Cộng hòa Hung-ga-ri."
    assert [p.country for p in find_places(text)] == ["AT", "HU"]


def test_places_uruguay_by_its_official_vietnamese_name() -> None:
    """The Oriental Republic of Uruguay is "Cộng hòa Đông Uruguay" in Vietnamese: one name, not "Đông" before
    "Uruguay"."""
    places = find_places("Đoàn sẽ sang thăm Cộng hòa Đông Uruguay vào tháng tới.")
    assert [(p.name, p.country) for p in places] == [("Cộng hòa Đông Uruguay", "UY")]


def test_places_a_valley_named_with_its_landform_word_in_lower_case() -> None:
    """ "thung lũng Silicon": the region's name starts with a common noun running text writes small."""
    places = find_places("Trong chuyến công tác, đoàn đã làm việc tại thung lũng Silicon với các công ty khởi nghiệp.")
    assert [(p.name, p.country, p.level) for p in places] == [("thung lũng Silicon", "US", "region")]


def test_places_a_place_inside_the_topic_of_talks_is_no_destination() -> None:
    """Hosts and visitors "trao đổi về" a project located abroad: the topic sends nobody there."""
    text = (
        "Chiều 3/4, tại Hà Nội, lãnh đạo Hội đã làm việc với đoàn công tác Hàn Quốc. Hai bên đã trao đổi về việc "
        "hợp tác trong dự án đào tạo thanh niên nông thôn tại Hàn Quốc."
    )
    assert find_places(text) == []


def test_places_a_trip_talked_of_still_names_its_destination() -> None:
    text = "Hai bên đã trao đổi về chuyến công tác sang Hàn Quốc của đoàn vào tháng 5."
    assert [p.country for p in find_places(text)] == ["KR"]


def test_places_a_country_before_ve_is_no_talk() -> None:
    """ "Nhật Bản về" folds like "bàn về" (to talk about): the printed words tell them apart."""
    text = "Vừa đi công tác Nhật Bản về, lãnh đạo huyện lại xin đi tham quan tại Hàn Quốc."
    assert [p.country for p in find_places(text)] == ["JP", "KR"]
