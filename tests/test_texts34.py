"""Real texts of issue 12, session 31: people in running text and destinations — an office stated once for a list
of names, foreign names the patterns cut, and places named for something other than a trip's destination. The texts
are made up for the tests."""

from extractors.people import find_people
from extractors.places import find_places


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.title) for p in find_people(text)]


def _held(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.title, p.unit) for p in find_people(text)]


def _places(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.country) for p in find_places(text)]


def test_an_office_elected_once_for_a_list_belongs_to_each_name() -> None:
    text = (
        "Chính phủ đã phê chuẩn kết quả bầu các Phó Chủ tịch UBND tỉnh Nam Hà nhiệm kỳ 2021 - 2026 đối với ông Trần "
        "Văn Khải, bà Đỗ Thị Hạnh, ông Vũ Minh Tâm."
    )
    assert _held(text) == [
        (name, "Phó Chủ tịch", "UBND tỉnh Nam Hà") for name in ("Trần Văn Khải", "Đỗ Thị Hạnh", "Vũ Minh Tâm")
    ]
    # an election by ballot ("bầu cử") names no office; the people keep none
    assert _people("Tổ chức bầu cử đại biểu Quốc hội khóa XV đối với ông Trần Văn Khải, bà Đỗ Thị Hạnh.") == [
        ("Trần Văn Khải", None),
        ("Đỗ Thị Hạnh", None),
    ]


def test_a_region_ends_a_body_and_a_town_does_not_place_a_ministry() -> None:
    text = (
        "Đoàn làm việc với Bộ trưởng Bộ Hợp tác Tây Phi Amina Sowe Kamara, Bộ trưởng Bộ Văn hóa và Thể thao Nape "
        "Juma Okello."
    )
    assert _people(text) == [("Amina Sowe Kamara", "Bộ trưởng"), ("Nape Juma Okello", "Bộ trưởng")]
    # a country still places the ministry, its holder after it
    assert _people("hội kiến Bộ trưởng Bộ Ngoại giao Lào Saleumxay Kommasith.") == [
        ("Saleumxay Kommasith", "Bộ trưởng")
    ]


def test_a_foreign_name_keeps_its_accented_and_elided_last_words() -> None:
    assert _people("đã hội đàm với bà Lucía Amarelle Boué, Tổng thư ký Hội Phụ nữ, và một số đại biểu") == [
        ("Lucía Amarelle Boué", "Tổng thư ký")
    ]
    assert _people("đã làm việc với Ngài Hosni Abdel A’al, Thống đốc tỉnh Giza và lãnh đạo Bộ Văn hóa.") == [
        ("Hosni Abdel A’al", "Thống đốc")
    ]
    assert _people("Ông Nguyễn Sinh Hùngcó ý kiến, Chủ tịch Quốc hội") == [("Nguyễn Sinh Hùng", None)]


def test_a_unit_word_ends_a_name_before_a_spaced_dash() -> None:
    text = "phía tỉnh bạn có bà Khăm Phon Sẻng Ta Văn - Phó Tỉnh trưởng cùng đại diện các sở"
    assert _held(text) == [("Khăm Phon Sẻng Ta Văn", "Phó Tỉnh trưởng", None)]


def test_a_vietnamese_name_after_a_country_starts_at_its_first_family_name() -> None:
    assert _people("Dự lễ có Đại sứ Việt Nam tại Kazakhstan Lý Thái Hồng Mai cùng cán bộ Đại sứ quán.") == [
        ("Lý Thái Hồng Mai", "Đại sứ")
    ]


def test_exports_of_viet_nam_to_a_country_send_nobody() -> None:
    assert _places("Đại sứ cho biết kim ngạch xuất khẩu của Việt Nam sang Chile năm qua đạt 20 triệu USD.") == []
    assert _places("Đoàn công tác của tỉnh đã sang Chile.") == [("Chile", "CL")]


def test_the_ambassadors_of_a_list_of_countries_serve_at_one_seat() -> None:
    text = "Về phía Ngoại giao đoàn có Đại sứ các nước ASEAN, Hàn Quốc, Jordan tại Peru."
    assert _places(text) == []
    # a clause after the post, its comma before lower-case words: the delegation's own doing
    assert _places("Đoàn công tác gặp Đại sứ, thăm Trường Đại học San Marcos tại Peru.") == [("Peru", "PE")]


def test_a_lao_province_with_its_last_syllable_small_is_read() -> None:
    text = "Đoàn công tác của Quân khu đã đến thăm và làm việc tại tỉnh Xay Nhạ Bu ly (Lào)."
    assert ("Xay Nhạ Bu ly", "LA") in _places(text)


def test_an_ambassadors_credential_written_later_keeps_the_first_title() -> None:
    text = (
        "Đại sứ Việt Nam tại Peru Lê Minh Hòa phát biểu tại buổi lễ.\n"
        "Về phía Việt Nam có Đại sứ đặc mệnh toàn quyền Việt Nam tại Peru Lê Minh Hòa."
    )
    assert _people(text) == [("Lê Minh Hòa", "Đại sứ")]


def test_a_senators_seat_after_a_house_keeps_the_office_before_it() -> None:
    text = (
        "Dự lễ có Phó Chủ tịch Thượng viện, TNS Pablo Ortiz Vega, Chủ tịch Ủy ban Hợp tác Châu Á - Thái Bình Dương, "
        "Thượng viện Chile, TNS Andrés Luna Soto, Thứ trưởng Bộ Ngoại giao Carlos Alberto Ruiz, cùng nhiều khách mời."
    )
    assert _held(text) == [
        ("Pablo Ortiz Vega", "Phó Chủ tịch", "Thượng viện"),
        ("Andrés Luna Soto", "Chủ tịch", "Ủy ban Hợp tác Châu Á - Thái Bình Dương, Thượng viện Chile"),
        ("Carlos Alberto Ruiz", "Thứ trưởng", "Bộ Ngoại giao"),
    ]
    # a distribution list's abbreviated posts are no chain
    assert _people("Nơi nhận: Thủ tướng, PTTg Trần Văn Khải;") == [("Trần Văn Khải", "Phó Thủ tướng")]


def test_attending_is_no_tour_of_the_officials_province() -> None:
    text = (
        "Đoàn công tác của tỉnh đã sang Hàn Quốc. Lễ ký kết diễn ra tại Suwon, với sự tham dự của Phó Tỉnh trưởng "
        "tỉnh Chungcheong Nam – ông Park Jin-ho."
    )
    assert _places(text) == [("Hàn Quốc", "KR"), ("Suwon", "KR")]


def test_a_lao_name_keeps_a_word_that_is_also_a_units() -> None:
    text = "Tại buổi lễ, đại tá Khăm Ban Xỉ Phôm Vông, Giám đốc Công an tỉnh Sê Kông thông báo kết quả."
    assert _held(text) == [("Khăm Ban Xỉ Phôm Vông", "Giám đốc", "Công an tỉnh Sê Kông")]
    # a Vietnamese name runs into no board: "Ban" starts the unit
    assert _people("ông Trần Văn Khải Ban Tuyên giáo, Trưởng ban") == [("Trần Văn Khải", None)]


def test_a_deputy_governors_portfolio_is_part_of_the_title() -> None:
    text = "Buổi lễ có sự hiện diện của Phó Tỉnh trưởng Kinh tế tỉnh Chungbuk – ông Lee Jae-won, cùng các sở."
    assert _held(text) == [("Lee Jae-won", "Phó Tỉnh trưởng Kinh tế", "tỉnh Chungbuk")]


def test_a_spaced_dash_after_a_city_is_no_part_of_its_name() -> None:
    text = "Đoàn nhận thấy điều đó cũng như tại Perth - đó là nơi đoàn đã có dịp tới thăm và làm việc."
    assert _places(text) == [("Perth", "AU")]


def test_a_pan_american_body_and_its_acronym_hold_no_name() -> None:
    text = "với sự tham gia của Giám đốc Tổ chức Y tế Liên Mỹ (OPS), bà Clara Ruiz. Hội nghị kéo dài hai ngày."
    assert _held(text) == [("Clara Ruiz", "Giám đốc", "Tổ chức Y tế Liên Mỹ")]


def test_a_name_after_an_organisations_acronym_is_its_heads() -> None:
    text = "Tổng Giám đốc Tổ chức Lao động Quốc tế (ILO) Gilbert Houngbo dẫn đầu một đoàn đại biểu."
    assert _people(text) == [("Gilbert Houngbo", "Tổng Giám đốc")]
