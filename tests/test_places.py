"""Destinations: CLDR names plus aliases, one name and ISO code each; Vietnamese places never."""

import pytest

from extractors.places import code_of, countries_of, find_destinations, find_places


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("đi công tác tại Nhật Bản và Hàn Quốc", ["JP", "KR"]),
        ("sang Xinh-ga-po; đoàn làm việc tại Singapore", ["SG"]),
        ("đi học tập kinh nghiệm tưới tiết kiệm nước tại Nhà nước Ixraen (thành phố Tel Aviv)", ["IL"]),
        ("sang I-xra-en và Ai Cập", ["IL", "EG"]),
        ("thăm Hoa Kỳ (Mỹ)", ["US"]),
        ("làm việc với Liên bang Nga, CHDCND Lào và Vương quốc Campuchia", ["RU", "LA", "KH"]),
        ("tới Ô-xtrây-li-a và Vương quốc Anh", ["AU", "GB"]),
        ("Cộng hòa Liên bang Đức, Cộng hòa Pháp", ["DE", "FR"]),
        ("OCR: đi Nhat Ban, Han Quoc", ["JP", "KR"]),
        ("tỉnh Lào Cai giáp Trung Quốc", ["CN"]),
        ("UBND tỉnh Quảng Nam, huyện Mỹ Đức, Việt Nam", []),
        ("ông Nguyễn Duy Anh học tiếng Anh; Pháp luật quy định; Lao động", []),
        ("CHỦ TỊCH NƯỚC TRƯƠNG TẤN SANG VIẾNG THĂM SRI LANKA", ["LK"]),
        ("CHỦ TỊCH NƯỚC TIẾP ĐẠI SỨ Lào", []),
    ],
)
def test_places_destinations(text: str, codes: list[str]) -> None:
    assert [d.code for d in find_destinations(text)] == codes


def test_places_a_country_in_a_capitals_headline_is_not_a_city_inside_it() -> None:
    """A "SRI LANKA" in a headline is Sri Lanka, not the Indian town Lanka inside it."""
    assert [(p.country, p.level) for p in find_places("ĐOÀN ĐẠI BIỂU VIẾNG THĂM SRI LANKA")] == [("LK", "country")]


def test_places_one_canonical_name_per_country() -> None:
    names = [d.name for d in find_destinations("Singapore, Nga, Lào, Campuchia, Úc, Anh")]
    assert names == ["Xinh-ga-po", "Liên bang Nga", "Lào", "Campuchia", "Ô-xtrây-li-a", "Anh"]


@pytest.mark.parametrize(("name", "code"), [("Hoa Kỳ", "US"), ("Mỹ", "US"), ("Han Quoc", "KR"), ("Lạng Sơn", None)])
def test_places_code_of(name: str, code: str | None) -> None:
    assert code_of(name) == code


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(p.name, p.country, p.level.value) for p in find_places(text)]


def test_places_cities_with_their_country() -> None:
    assert _found("họp tại Tokyo rồi sang Phnôm Pênh") == [("Tokyo", "JP", "city"), ("Phnôm Pênh", "KH", "city")]


def test_places_region_and_its_country_in_brackets() -> None:
    """Lào Cai provincial foreign-affairs portal (doingoailaocai.vn/vi/bai-viet/19491): "đã có chuyến công tác
    tại tỉnh Vân Nam (Trung Quốc)"; Lào Cai, Điện Biên are Vietnamese provinces, never destinations."""
    text = (
        "Đoàn công tác của tỉnh Lào Cai (Việt Nam) do đồng chí Đặng Xuân Phong, Bí thư Tỉnh ủy làm Trưởng đoàn "
        "đã có chuyến công tác tại tỉnh Vân Nam (Trung Quốc)."
    )
    assert _found(text) == [("Vân Nam", "CN", "region"), ("Trung Quốc", "CN", "country")]


def test_places_lao_provinces_as_transliterated() -> None:
    """VPCP letter 7348/VPCP-QHQT of 19/12/2007 (luatminhkhue.vn copy): "đi thăm các tỉnh Bắc Lào (Bò-Kẹo,
    U-đôm-xay, Luông-nậm-thà, Phong-xa-lỳ)"."""
    text = "Bí thư Tỉnh ủy Sơn La đi thăm các tỉnh Bắc Lào (Bò-Kẹo, U-đôm-xay, Luông-nậm-thà, Phong-xa-lỳ), từ ngày 18"
    assert [(c, lv) for _, c, lv in _found(text)] == [("LA", "country")] + [("LA", "region")] * 4


def test_places_country_spellings_in_a_list() -> None:
    """VPCP letter 1484/VPCP-QHQT of 09/3/2010: "đi công tác tại Hà Lan, Italia, Đức và Bỉ"."""
    text = "Đồng ý Chủ tịch HĐND thành phố Hải Phòng đi công tác tại Hà Lan, Italia, Đức và Bỉ ngày 10 đến ngày 21"
    assert [c for _, c, _ in _found(text)] == ["NL", "IT", "DE", "BE"]


def test_places_korean_province_and_county() -> None:
    """Quảng Trị Sở Ngoại vụ news (songv.quangtri.gov.vn, 16-11-2017): "đã đến thăm và làm việc tại tỉnh
    Jeonbuk (Hàn Quốc)"; Tuyên Quang HĐND news: "chuyến thăm, làm việc tại huyện Imsil, tỉnh Jeollabuk"."""
    assert _found("đoàn đã đến thăm và làm việc tại tỉnh Jeonbuk (Hàn Quốc) nhằm tìm hiểu")[0] == (
        "Jeonbuk",
        "KR",
        "region",
    )
    assert [c for _, c, _ in _found("có chuyến thăm, làm việc tại huyện Imsil, tỉnh Jeollabuk.")] == ["KR", "KR"]


@pytest.mark.parametrize(
    "text",
    [
        "tăng cường hợp tác với Lào và Campuchia trong lĩnh vực giáo dục",
        "người lao động Việt Nam ở Hàn Quốc gửi tiền về",  # no travel in the sentence
        "họp tại Hội trường UBND tỉnh Lạng Sơn",
        "đi công tác tại Hà Nam",  # a Vietnamese province that is also a Chinese one
    ],
)
def test_places_named_in_passing_are_not_destinations(text: str) -> None:
    assert find_places(text) == []


def test_places_ambiguous_name_with_its_country() -> None:
    assert _found("đoàn sang làm việc tại tỉnh Hà Nam (Trung Quốc)")[0][:2] == ("Hà Nam", "CN")


def test_places_after_a_city_the_gazetteer_does_not_know() -> None:
    """OCR of a rendered sample (samples/eval ev-028, ev-020): a garbled city name between the cue and the
    countries ("San Erancisco", "Luông\\n[TTỊ — THgàm Pha-băng") does not hide them."""
    text = "Điều 1. Cử các ông (bà) đi công tác tại thành phố San Erancisco,\nHoa Kỳ, Nhật Bản, O-xtrây-li-a:"
    assert [c for _, c, _ in _found(text)] == ["US", "JP", "AU"]
    text = "đi công tác tại thành phố Luông\n[TTỊ — THgàm Pha-băng, CHDCND Lào, Thái Lan: Chức vụ"
    assert [c for _, c, _ in _found(text)] == ["LA", "TH"]
    assert _found("Đoàn công tác quận Thạch Cảnh Sơn, Bắc Kinh, Trung Quốc thăm và làm việc tại tỉnh") == []


def test_places_city_in_brackets_after_the_airport() -> None:
    """Portal items on high-level trips (rt-011, rt-072): the delegation lands at an airport and the city is in
    brackets after it; the airport itself is no place."""
    text = (
        "Thủ tướng và đoàn đại biểu cấp cao Việt Nam đã tới sân bay quốc tế Trường Thủy (TP Côn Minh, tỉnh "
        "Vân Nam, Trung Quốc), bắt đầu chuyến công tác."
    )
    assert _found(text) == [("Côn Minh", "CN", "city"), ("Vân Nam", "CN", "region"), ("Trung Quốc", "CN", "country")]
    text = "Chủ tịch Quốc hội đến sân bay Haneda (Tokyo), bắt đầu chuyến thăm chính thức đến Nhật Bản."
    assert _found(text) == [("Tokyo", "JP", "city"), ("Nhật Bản", "JP", "country")]


def test_places_local_time_and_the_delegation_moving_on() -> None:
    """ "theo giờ Tokyo" places a trip's event in Tokyo (rt-073); "đoàn về Tokyo dự hội nghị" moves the
    delegation on to Tokyo (rt-016)."""
    text = "Chiều tối 4/6, theo giờ Tokyo, Thủ tướng và Đoàn đại biểu cấp cao đã tới thăm Đại sứ quán."
    assert _found(text) == [("Tokyo", "JP", "city")]
    text = "Khi đến Nhật Bản, đoàn dự Diễn đàn tại Hokkaido. Sau đó, đoàn về Tokyo dự hội nghị giao thương."
    assert [name for name, _, _ in _found(text)] == ["Nhật Bản", "Hokkaido", "Tokyo"]


def test_places_named_again_after_the_trip_was_told() -> None:
    """A destination named again after "tại" in a sentence without a travel word carries the list that
    follows it (rt-023: "... hiệu quả tại Thủ đô Bắc Kinh và thành phố Quảng Châu")."""
    text = (
        "Chuyến thăm và làm việc diễn ra tại Thủ đô Bắc Kinh. Hội kiến Bí thư Tỉnh ủy; cùng nhiều hoạt động "
        "phong phú tại Thủ đô Bắc Kinh và thành phố Quảng Châu, Trung Quốc."
    )
    assert [name for name, _, _ in _found(text)] == ["Bắc Kinh", "Quảng Châu", "Trung Quốc"]


def test_places_not_a_photo_credit_after_the_headline() -> None:
    """ "… tại Trung Quốc\\n\\nHà Vũ - Ảnh: Trung Sơn": the paragraph ended the sentence; Trung Sơn (a Chinese
    city too) is the photographer."""
    text = "Đoàn đại biểu kết thúc chuyến thăm và làm việc tại Trung Quốc\n\nHà Vũ - Ảnh: Trung Sơn 29/09/2023"
    assert _found(text) == [("Trung Quốc", "CN", "country")]


def test_places_not_where_workers_would_go() -> None:
    """Labour news (rt-058): visitors discuss "tuyển lao động phổ thông ... sang làm việc tại huyện Jangsu,
    Tỉnh Jeolla, Hàn Quốc" — workers, not a delegation, would go there."""
    text = (
        "Nội dung thảo luận gồm: nhu cầu tuyển lao động phổ thông làm theo thời vụ sang làm việc tại huyện "
        "Jangsu, Tỉnh Jeolla, Hàn Quốc; chương trình đầu tư."
    )
    assert _found(text) == []
    assert _found("Năm 2023, tỉnh đưa 500 người lao động đi làm việc tại Hàn Quốc.") == []
    assert _found("Đoàn công tác của Sở Lao động sang làm việc tại Hàn Quốc.") == [("Hàn Quốc", "KR", "country")]
    text = "Đoàn công tác của Sở làm việc về xuất khẩu lao động tại Nhật Bản từ ngày 5/6."
    assert _found(text) == [("Nhật Bản", "JP", "country")]  # the delegation goes, about workers
    text = "Sau khi tiễn người lao động sang Hàn Quốc, đoàn công tác tiếp tục làm việc tại Nhật Bản."
    assert _found(text) == [("Nhật Bản", "JP", "country")]


def test_places_what_a_delegation_does_there() -> None:
    """A sentence about a trip need not say "đi" or "thăm": "Tại Tokyo, Bí thư Tỉnh ủy đã hội kiến …", "dự lễ
    ký kết tại Seoul"; a foreign leader met at home is no destination."""
    assert _found("Tại Tokyo, Bí thư Tỉnh ủy đã hội kiến Thống đốc tỉnh.") == [("Tokyo", "JP", "city")]
    assert _found("Phó Chủ tịch UBND tỉnh dự lễ ký kết tại Seoul, Hàn Quốc.") == [
        ("Seoul", "KR", "city"),
        ("Hàn Quốc", "KR", "country"),
    ]
    assert _found("Tại Hà Nội, Thủ tướng hội kiến Bộ trưởng Ngoại giao Nhật Bản.") == []


def test_places_the_region_a_city_is_capital_of() -> None:
    """ "tới thăm TP Firenze, thủ phủ của Vùng Tuscana" (rt-049): the region goes with its capital, under the
    Vietnamese press spelling; English "Tuscany" is the Italian region, not a Canadian town of that name."""
    text = "Chủ tịch nước đã tới thăm TP Firenze, thủ phủ của Vùng Tuscana và làm việc với lãnh đạo vùng."
    assert _found(text) == [("Firenze", "IT", "city"), ("Tuscana", "IT", "region")]
    assert _found("đoàn đi công tác tại vùng Tuscany") == [("Tuscany", "IT", "region")]


def test_places_lao_provinces_in_another_transliteration() -> None:
    """Lao provinces are spelled by ear: "Phông-sa-lỳ" is the data file's "Phông Xa Lỳ", "Xa-va-na-khệt" its
    "Xa Van Na Khệt" (s/x, i/y, doubled letters); only Lao and Cambodian names are looked up so loosely
    ("Thụy Sỹ Lê" is no Turkish town Şile)."""
    text = "Đoàn công tác tỉnh Lai Châu thăm, làm việc tại tỉnh Phông-sa-lỳ, nước CHDCND Lào."
    assert _found(text) == [("Phông-sa-lỳ", "LA", "region"), ("CHDCND Lào", "LA", "country")]
    assert _found("Đoàn sang thăm tỉnh Xa-va-na-khệt.") == [("Xa-va-na-khệt", "LA", "region")]
    assert _found("Tham gia đoàn có Đại sứ Việt Nam tại Thụy Sỹ Lê L") == []


def test_places_the_foreign_government_visited() -> None:
    """ "đoàn đã làm việc với chính quyền tỉnh Gunma" during a trip: the prefecture is visited; a delegation
    of that government received at home is not."""
    text = "Trong khuôn khổ chuyến công tác tại Nhật Bản, đoàn đã làm việc với chính quyền tỉnh Gunma."
    assert _found(text) == [("Nhật Bản", "JP", "country"), ("Gunma", "JP", "region")]
    assert _found("UBND tỉnh tiếp đoàn chính quyền tỉnh Gunma (Nhật Bản).") == []


@pytest.mark.parametrize(
    "text",
    [
        "Điều 1. Cử đoàn công tác đi xúc tiến đầu tư tại các nước:\nXin-ga-po, Ma-lai-xi-a, In-đô-nê-xi-a và Thái Lan "
        "từ ngày 15/6/2026 đến ngày 24/6/2026.",
        "Cử ông Nguyễn Văn A đi học tập kinh nghiệm tại các nước:\nXin-ga-po, Ma-lai-xi-a, In-đô-nê-xi-a, Thái Lan.",
    ],
)
def test_places_a_list_on_the_line_after_a_colon_keeps_its_first_country(text: str) -> None:
    assert [code for _, code in countries_of(find_places(text))] == ["SG", "MY", "ID", "TH"]


def test_places_partners_at_talks_in_a_later_paragraph_are_no_stop() -> None:
    """Talks with a foreign province's leaders, told in a paragraph after the trip's: the partners, not a stop;
    in the paragraph that sends the delegation there they are one (written here)."""
    home = "Đoàn công tác tỉnh Hà Giang kết thúc chuyến công tác tại Trung Quốc.\n\nTrước đó, đoàn đã hội đàm với "
    home += "lãnh đạo tỉnh Quảng Tây."
    assert _found(home) == [("Trung Quốc", "CN", "country")]
    there = "Tiếp tục chương trình tại Trung Quốc, đoàn đã hội đàm với lãnh đạo tỉnh Quảng Tây."
    assert [code for _, code, _ in _found(there)] == ["CN", "CN"]


def test_places_a_past_edition_of_a_meeting_is_no_destination() -> None:
    """The first edition of a recurring summit, dated by its year, is its history (written here)."""
    text = "Hội nghị lần thứ ba được tổ chức tại Viêng Chăn. Hội nghị đầu tiên được tổ chức năm 2018 tại Bangkok."
    assert [name for name, _, _ in _found(text)] == ["Viêng Chăn"]
    first = "Diễn đàn lần đầu tiên được tổ chức ngày 5/3/2026 tại Tokyo, đoàn tham dự diễn đàn."
    assert [name for name, _, _ in _found(first)] == ["Tokyo"]  # this trip's event, dated by its day


def test_places_the_country_of_a_destination_named_as_a_place_elsewhere() -> None:
    """A city visited and its country named as a place in another sentence: the country is one too; a country
    named only as a body's or beside Viet Nam is not (written here)."""
    text = "Thủ tướng đã đến thành phố Osaka. Ông gặp cộng đồng người Việt Nam tại Nhật Bản."
    assert _found(text) == [("Osaka", "JP", "city"), ("Nhật Bản", "JP", "country")]
    text = "Thủ tướng đã đến thành phố Osaka. Chính phủ Nhật Bản và Việt Nam ký thỏa thuận."
    assert _found(text) == [("Osaka", "JP", "city")]


def test_places_the_seat_of_a_foreign_authority_and_its_leaders() -> None:
    """ "tại trụ sở Chính quyền tỉnh X, Vương quốc Campuchia": the delegation works at the seat; "đã đến thăm và
    làm việc với lãnh đạo tỉnh Y": it came to the hosts' province, whatever paragraph sent it abroad."""
    text = "Sáng 3-5, tại trụ sở Chính quyền tỉnh Kampot, Vương quốc Campuchia, đoàn đại biểu tỉnh làm việc."
    assert _found(text) == [("Kampot", "KH", "region"), ("Vương quốc Campuchia", "KH", "country")]
    text = "Đoàn ra về.\nTrước đó, Chủ tịch tỉnh đã đến thăm và làm việc với lãnh đạo tỉnh Kampot."
    assert _found(text) == [("Kampot", "KH", "region")]


def test_places_goods_exported_and_take_into_account_go_nowhere() -> None:
    """ "khỉ xuất khẩu sang Trung Quốc": goods, no delegation ("xuất cảnh sang" is people leaving); "cần tính
    đến" (take into account) is no travel word."""
    assert _found("Bộ ký Nghị định thư về kiểm dịch khỉ Việt Nam xuất khẩu sang Trung Quốc.") == []
    assert _found("Đoàn xuất cảnh sang Trung Quốc ngày 5/6.") == [("Trung Quốc", "CN", "country")]
    text = "Xây dựng Đề án chương trình tại Trung Quốc trong năm 2010, đồng thời cần tính đến hiệu quả thiết thực."
    assert _found(text) == []


def test_places_a_region_whose_name_ends_with_its_country() -> None:
    """ "Vùng Ile-de-France" is the French region, not France named."""
    text = "Thành phố tổ chức đoàn công tác tại Vùng Ile-de-France và Thành phố Lyon, Pháp."
    assert _found(text) == [("Ile-de-France", "FR", "region"), ("Lyon", "FR", "city"), ("Pháp", "FR", "country")]


def test_places_a_country_glued_to_the_word_before() -> None:
    """A web copy that lost the space before a capital: "nước Cộng hòa Nhân dânTrung hoa"; glued small words
    ("Hànquốc": no capital where the space was lost) are not read."""
    text = "Chủ tịch nước thăm chính thức nước Cộng hòa Nhân dânTrung hoa tháng 5/2007."
    assert _found(text) == [("Cộng hòa Nhân dânTrung hoa", "CN", "country")]
    assert _found("Đoàn đi thăm Hànquốc.") == []


def test_places_the_clean_spelling_over_a_glued_one() -> None:
    """A copy that glues a name once ("tại HànQuốc") and prints it clean later: the place keeps the clean one."""
    text = "Đoàn đi thăm và làm việc tại HànQuốc, sau đó đoàn làm việc tại Hàn Quốc và Nhật Bản."
    assert _found(text) == [("Hàn Quốc", "KR", "country"), ("Nhật Bản", "JP", "country")]


def test_places_after_a_cue_in_the_country_the_delegation_goes_to() -> None:
    """ "Các hoạt động đối ngoại … tại Vùng Ile-de-France và Thành phố Lyon, Pháp" has no travel word, but the
    next sentence sends the delegation to Pháp: the places there are its stops. Without that trip they are not."""
    text = (
        "UBND Thành phố đã tổ chức các hoạt động đối ngoại tại Vùng Ile-de-France và Thành phố Lyon, Pháp.\n"
        "Phó Chủ tịch UBND Thành phố được cử làm trưởng đoàn sang Pháp."
    )
    assert _found(text) == [("Ile-de-France", "FR", "region"), ("Lyon", "FR", "city"), ("Pháp", "FR", "country")]
    assert _found(text.split("\n")[0]) == []


def test_places_a_foreign_word_with_marks_no_vietnamese_syllable_has() -> None:
    """ "Wrocław", "Dolnośląskie": gazetteer names with letters Vietnamese never writes are read as printed;
    a Vietnamese syllable the gazetteers also list ("Liên") still is not."""
    text = "Đoàn có chuyến công tác tại thành phố Wrocław, tỉnh Dolnośląskie trong 2 ngày."
    assert _found(text) == [("Wrocław", "PL", "city"), ("Dolnośląskie", "PL", "region")]


def test_places_german_letters_spelled_out() -> None:
    text = "Thủ tướng tới thành phố Stuttgart, thủ phủ của bang Baden Wuerttemberg, Đức."
    assert ("Baden Wuerttemberg", "DE", "region") in _found(text)
    assert ("Baden", "DE", "city") not in _found(text)


def test_places_a_special_self_governing_province() -> None:
    text = "Đoàn đã đến thăm và làm việc tại Incheon và tỉnh tự trị đặc biệt Kangwon."
    assert ("Kangwon", "KR", "region") in _found(text)


def test_places_a_consul_general_travelling_with_visitors() -> None:
    """ "Tổng Lãnh sự … tại Pắc-xế, CHDCND Lào": the post's seat and its country, though "đi" is in the sentence."""
    text = "Cùng đi trong đoàn có đồng chí Lê Văn Bình - Tổng Lãnh sự Việt Nam tại Pắc-xế, CHDCND Lào."
    assert _found(text) == []


def test_places_businesses_invited_by_visitors() -> None:
    text = "Ông Sok Pheap mong muốn các doanh nghiệp Việt Nam sẽ sang tỉnh Kampong Chhnang để tìm hiểu, đầu tư."
    assert _found(text) == []
    assert _found("Đoàn doanh nghiệp tỉnh sẽ sang tỉnh Kampong Chhnang để tìm hiểu, đầu tư.") != []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the ambassador's own trip: what he does there follows his name, no post's seat
        (  # a name no gazetteer has, then one it has: a city of the list (rt-366's label lists Davinópolis)
            "Chuyến công tác của Đại sứ Lê Văn Hòa tập trung tại thành phố Qorvelândia, Guarulhos và vùng lân cận.",
            ["Qorvelândia", "Guarulhos"],
        ),
        ("Đại sứ Lê Văn Hòa đã làm việc tại Guarulhos, Brazil.", ["Guarulhos", "Brazil"]),
        # a post and its seat: where the diplomat serves
        ("Tổng Lãnh sự Việt Nam tại Guarulhos đón đoàn.", []),
        ("Đại sứ đặc mệnh toàn quyền tại Guarulhos dự buổi tiếp.", []),
    ],
)
def test_places_an_ambassadors_trip_is_no_posts_seat(text: str, names: list[str]) -> None:
    assert [place.name for place in find_places(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Đoàn đến thăm thành phố Rio de Janeiro, Brazil.", ["Rio de Janeiro", "Brazil"]),
        ("Đoàn làm việc tại bang Mato Grosso do Sul, Brazil.", ["Mato Grosso do Sul", "Brazil"]),
        ("Đoàn công tác đã tới thành phố Frankfurt am Main, Đức.", ["Frankfurt am Main", "Đức"]),
        ("Đoàn dự hội nghị tại Buenos Aires do Argentina tổ chức.", ["Buenos Aires"]),  # "do" joins no name here
    ],
)
def test_places_names_with_small_words(text: str, names: list[str]) -> None:
    """Foreign place names hold small words ("de", "do", "am"): the gazetteer's whole name is read."""
    assert [place.name for place in find_places(text)] == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đồng ý cử đoàn tham dự cuộc họp tại King - xtơn, Gia-Mai-ca và Hội nghị tại Nữu ước, Hoa kỳ.",
            [
                ("King - xtơn", "JM", "city"),
                ("Gia-Mai-ca", "JM", "country"),
                ("Nữu ước", "US", "city"),
                ("Hoa kỳ", "US", "country"),
            ],
        ),
        (
            "Đoàn đại biểu sang thăm Hoa Thịnh Đốn và Nữu Ước.",
            [("Hoa Thịnh Đốn", "US", "city"), ("Nữu Ước", "US", "city")],
        ),
        (
            "Đoàn sẽ sang công tác tại Gia Nã Đại và Tân Gia Ba.",
            [("Gia Nã Đại", "CA", "country"), ("Tân Gia Ba", "SG", "country")],
        ),
        (  # Paris in Sino-Vietnamese, which a loose match read as Bâle (Basel)
            "Tôi lên đường sang Pháp; cuộc đàm phán chính thức ở Ba Lê sẽ được tốt đẹp.",
            [("Pháp", "FR", "country"), ("Ba Lê", "FR", "city")],
        ),
    ],
)
def test_old_sino_vietnamese_and_transliterated_names(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Older documents write foreign places in Sino-Vietnamese (Nữu Ước, Gia Nã Đại), their later syllables small
    ("Nữu ước", "Hoa kỳ"), or transliterated with a spaced hyphen ("King - xtơn"): names of the data files."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn đi công tác tại Hà Nội và thăm Sơn tây.",  # a small second syllable reads only a data file's name whole
        "Tổ chức các hoạt động văn hóa nhân chuyến thăm của Phó Thủ tướng tại Bắc Âu.",  # Northern Europe, no Bacău
        "Đoàn đi công tác tại Đông Á và Bắc Âu.",
        "Chuyến công tác khai phá tiềm năng hợp tác tại Trung Á và Kavkaz.",  # the Caucasus, no village of Colombia
    ],
)
def test_vietnamese_words_are_no_foreign_places(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đoàn đã đến thăm, chúc Tết chính quyền và nhân dân 4 tỉnh Nam Lào là Ắt-ta-pư, Sê-kông, Chăm-pa-sắc, "
            "Sa-la-van.",
            [
                ("Lào", "LA", "country"),
                ("Ắt-ta-pư", "LA", "region"),
                ("Sê-kông", "LA", "region"),
                ("Chăm-pa-sắc", "LA", "region"),
                ("Sa-la-van", "LA", "region"),
            ],
        ),
        (
            "Đoàn đã sang thăm chính quyền 2 tỉnh Đông Bắc Campuchia gồm Stung Treng và Ratanakiri.",
            [("Campuchia", "KH", "country"), ("Stung Treng", "KH", "region"), ("Ratanakiri", "KH", "region")],
        ),
    ],
)
def test_provinces_counted_then_named(text: str, expected: list[tuple[str, str, str]]) -> None:
    """ "4 tỉnh Nam Lào là A, B, C, D": the provinces named after "là" / "gồm" are destinations with the country."""
    assert _found(text) == expected


def test_counted_places_named_without_a_trip_stay_out() -> None:
    """The counted list continues a destination only: a country named in passing gives no place."""
    assert _found("Lào có 17 tỉnh, trong đó 4 tỉnh Nam Lào là Ắt-ta-pư, Sê-kông, Chăm-pa-sắc, Sa-la-van.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đoàn công tác của tỉnh đã đến chào xã giao chính quyền TP.Dubai (thuộc Các tiểu vương quốc Ả rập thống "
            "nhất).",
            [("Dubai", "AE", "city"), ("Các tiểu vương quốc Ả rập thống nhất", "AE", "country")],
        ),
        ("Sáng 9-6, đoàn đã chào xã giao chính quyền thành phố Dubai.", [("Dubai", "AE", "city")]),
        ("Phó Thủ tướng có chuyến thăm và làm việc tại UAE từ ngày 6-9/7/2019.", [("UAE", "AE", "country")]),
        ("Đoàn đại biểu tỉnh sang UAE dự hội chợ Gulfood.", [("UAE", "AE", "country")]),
    ],
)
def test_courtesy_calls_and_the_emirates_short_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A courtesy call on a city's government is a visit there; "UAE" is the Emirates' name in Vietnamese news."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "Chủ tịch nước thăm chính thức Liên bang Nga - ảnh 1 Chủ tịch nước gặp Tổng thống Nga bên lề Diễn đàn "
            "tại Bắc Kinh, Trung Quốc tháng 5/2017. Ảnh: báo An ninh thủ đô.",
            ["RU"],
        ),
        ("Thủ tướng tới Hà Nội - ảnh 2 Thủ tướng hội đàm với Thủ tướng Nhật Bản tại Tokyo tháng 10/2018.", []),
        # a caption of this trip, with its day, still sends
        ("Đoàn đến Tokyo - ảnh 1 Đoàn làm việc tại Osaka ngày 3 tháng 10/2018.", ["JP"]),
    ],
)
def test_an_old_photo_s_caption_sends_no_one(text: str, codes: list[str]) -> None:
    """A caption dated by its month alone tells an earlier meeting, not this trip's destination."""
    assert list(dict.fromkeys(code for _, code, _ in _found(text))) == codes


def test_emirates_named_in_passing_is_no_destination() -> None:
    assert _found("Hai bên nhất trí tăng cường hợp tác với UAE trong lĩnh vực năng lượng.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thủ tướng bắt đầu chuyến thăm chính thức CH U-dơ-bê-ki-xtan, tới sân bay quốc tế Ta-sken.", "UZ"),
        ("Đoàn công tác sang thăm và làm việc tại Đông Timor từ ngày 3/2.", "TL"),
        ("Bộ trưởng dẫn đầu đoàn công tác thăm 3 nước: Philippines, Indonesia, Đông Timor.", "TL"),
    ],
)
def test_places_central_asian_and_timorese_names(text: str, expected: str) -> None:
    assert expected in [p.country for p in find_places(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Hợp tác giữa Việt Nam và Thiên Tân (Trung Quốc)\nĐại sứ dẫn đầu đoàn công tác thăm và làm việc tại Thiên Tân.",
        "Đoàn công tác đến thăm thành phố Thiên Tân.\nThiên Tân, Trung Quốc là thành phố cảng.",
    ],
)
def test_places_a_shared_name_confirmed_by_its_country_at_another_mention(text: str) -> None:
    assert ("Thiên Tân", "CN") in [(p.name, p.country) for p in find_places(text)]


def test_places_a_shared_name_never_beside_its_country_stays_out() -> None:
    assert find_places("Đoàn công tác đến thăm thành phố Thiên Tân ngày 12/1.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn thăm và làm việc với lãnh đạo tỉnh Stung Treng. Ảnh: Đinh Yến",
        "Đoàn công tác thăm, làm việc với lãnh đạo tỉnh Stung Treng.",
        "Đoàn đã đến thăm và làm việc với lãnh đạo tỉnh Stung Treng.",
    ],
)
def test_places_the_delegation_visiting_hosts_names_their_place(text: str) -> None:
    assert [(p.name, p.country) for p in find_places(text)] == [("Stung Treng", "KH")]


@pytest.mark.parametrize(
    "text",
    [
        "Để chỉ đạo công tác quy tập mộ liệt sĩ quân tình nguyện Việt Nam hy sinh tại Lào về nước;",
        "Tổ chức tìm kiếm hài cốt liệt sĩ hy sinh ở Campuchia qua các thời kỳ chiến tranh.",
        "Các quân nhân tử trận tại Lào được đưa về an táng tại quê nhà.",
        "Thủ tướng tham dự các hội nghị cấp cao ASEAN+3 (với Trung Quốc, Nhật Bản và Hàn Quốc).",
        "Bộ trưởng dự hội nghị cấp cao (riêng với Ấn Độ) trong khuôn khổ hợp tác.",
    ],
)
def test_places_where_soldiers_fell_or_a_meetings_partners_are_no_destinations(text: str) -> None:
    assert find_places(text) == []


def test_places_the_meetings_venue_after_its_partners_still_counts() -> None:
    text = "Thủ tướng tham dự hội nghị ASEAN+3 (với Trung Quốc, Nhật Bản và Hàn Quốc) tại Kuala Lumpur, Malaysia."
    assert [p.country for p in find_places(text)] == ["MY", "MY"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Cử đoàn đi công tác tại Nhật Bản và Đài Loan (Trung Quốc) từ ngày 17/8/2026.", ["JP", "TW"]),
        ("Đoàn làm việc tại Hồng Kông ( Trung Quốc ) trong 03 ngày.", ["HK"]),
        ("Đoàn đi Hồng Kông (Trung Quốc), sau đó sang Trung Quốc.", ["HK", "CN"]),
    ],
)
def test_a_territory_named_with_china_in_brackets_is_one_place(text: str, codes: list[str]) -> None:
    """ "Đài Loan (Trung Quốc)" names one place (scenario 16, 441/QĐ-ĐHQG): China is no second country then."""
    assert [d.code for d in find_destinations(text)] == codes


def test_places_a_country_a_scan_s_speck_split_is_read() -> None:
    """Issue 13 (scenario 18): a speck read as "." inside "Thái Lan" ("Vương quốc Thái L.an (Thủ đô Băng Cốc …)") lost
    the country and the cities bracketed after it, and the trip had no destination: its days in Thái Lan went
    unchecked. A "." before a capital ("TP.HCM") is no speck."""
    text = "Cử đoàn đi công tác tại Vương quốc Thái L.an (Thủ đô Băng Cốc và tỉnh Chiêng Mai) từ ngày 6/7/2026."
    assert [(p.name, p.country) for p in find_places(text)] == [
        ("Vương quốc Thái L.an", "TH"),
        ("Băng Cốc", "TH"),
        ("Chiêng Mai", "TH"),
    ]
    assert [d.code for d in find_destinations("Đoàn làm việc tại TP.HCM rồi sang Lào.")] == ["LA"]
