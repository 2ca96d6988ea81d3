"""Destinations issue 12 (places24): a province written only inside a greeted body's name ("Công an 2 tỉnh X và Y")
is no destination (the blind6 rule) while the country the sentence names is; an ambassador touring the country he is
posted in; a plan's venue item with no trip before it; places the data file adds. Sentences written for these tests."""

from __future__ import annotations

from extractors.places import find_places


def names(text: str) -> list[str]:
    return [p.name for p in find_places(text)]


def test_the_police_of_counted_provinces_greeted_give_no_region() -> None:
    text = "Đoàn công tác Công an tỉnh đã đến chúc mừng cán bộ, chiến sỹ công an 2 tỉnh Bolikhămxay và Khăm Muồn."
    assert names(text) == []


def test_the_country_the_greeting_sentence_names_before_the_body_is_listed() -> None:
    text = (
        "Nhân dịp tết cổ truyền nước CHDCND Lào, đoàn công tác Công an tỉnh đã đến chúc mừng cán bộ, chiến sỹ "
        "công an 2 tỉnh Bolikhămxay và Khăm Muồn."
    )
    assert names(text) == ["CHDCND Lào"]


def test_a_body_that_greets_from_abroad_sends_nobody_there() -> None:
    text = "Nhân dịp tết cổ truyền nước Lào, đã tiếp đoàn Công an tỉnh Bolikhămxay sang chúc mừng."
    assert names(text) == []


def test_a_lao_district_the_gazetteers_lack() -> None:
    """Xay Chăm Phon (Xaychamphone, Bô Ly Khăm Xay province) is in no gazetteer: the data file names it."""
    text = "Đoàn đã đến thăm huyện Xay Chăm Phon, tỉnh Bô Ly Khăm Xay (Lào)."
    assert names(text) == ["Xay Chăm Phon", "Bô Ly Khăm Xay", "Lào"]


def test_an_envoy_touring_the_country_he_is_posted_in_goes_to_its_places_only() -> None:
    """The country is written only in the headline's "tỉnh X của Ba Lan" and in the envoy's title: he is there
    already (the rt-311 and rt-663 labels); a delegation from home on the same tour goes to the country too, and a
    country written beside the envoy's places is listed (rt-014)."""
    headline = "Hợp tác với tỉnh Małopolskie của Ba Lan\n\n"
    envoy = "Đại sứ Việt Nam tại Ba Lan đã có chuyến công tác tại thành phố Kraków, tỉnh Małopolskie."
    assert names(headline + envoy) == ["Kraków", "Małopolskie"]
    delegation = "Đoàn công tác của tỉnh đã có chuyến công tác tại thành phố Kraków, tỉnh Małopolskie."
    assert names(headline + delegation) == ["Ba Lan", "Kraków", "Małopolskie"]
    beside = "Đại sứ Việt Nam tại Nhật Bản đã làm việc tại thành phố Tsukuba, tỉnh Ibaraki (Nhật Bản)."
    assert names(beside) == ["Tsukuba", "Ibaraki", "Nhật Bản"]


def test_an_envoy_s_host_country_described_beside_his_place_is_not_where_he_goes() -> None:
    """ "… tại Imperatriz - một địa phương … tại khu vực Đông Bắc Brazil -" describes the place the envoy posted in
    Brazil tours (rt-366's label); the country of another's trip in the text is still listed (rt-655)."""
    trip = "Đại sứ Việt Nam tại Brazil đã có chuyến công tác tại thành phố Imperatriz. "
    described = (
        "Đại sứ nhấn mạnh chuyến công tác tại Imperatriz - một địa phương giàu tiềm năng tại khu vực Đông Bắc "
        "Brazil - thể hiện quyết tâm hợp tác."
    )
    assert names(trip + described) == ["Imperatriz"]
    visited = "Thống đốc đánh giá cao quan hệ từ chuyến thăm chính thức Brazil của Thủ tướng."
    assert names(trip + visited) == ["Imperatriz", "Brazil"]


def test_a_plan_s_venue_item_with_no_trip_before_it_sends_nobody() -> None:
    """ "Thời gian và địa điểm: từ ngày … đến ngày … tại Thủ đô Viêng Chăn": where a festival abroad is held (rt-915's
    label: the centre abroad organises it, no delegation goes); the dates' "đến" is no trip. After a sending
    sentence the venue is where the delegation goes."""
    venue = "\nThời gian và địa điểm: từ ngày 17 đến ngày 19 tháng 5 năm 2016 tại Thủ đô Viêng Chăn, Lào."
    assert names("Bộ cho phép Trung tâm Văn hóa Việt Nam tại Lào tổ chức Liên hoan nghệ thuật." + venue) == []
    assert names("Bộ cử đoàn nghệ thuật sang biểu diễn." + venue) == ["Viêng Chăn", "Lào"]


def test_the_hague_by_its_vietnamese_name() -> None:
    """ "La Hay" (Den Haag) is in no gazetteer under that name: the data file names it."""
    assert names("Đoàn đã đến thăm thành phố La Hay, Hà Lan.") == ["La Hay", "Hà Lan"]
