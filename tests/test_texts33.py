"""Real texts of issue 12, third round (session 30): serials that share one symbol and date, a link's markup leaked
between a number and its date, a kind glued to the word before, a misprinted year, a qualifier glued to the unit
after it, an embassy's own premises and the anniversary of a journey. The texts are made up for the tests."""

from extractors.citations import find_citations
from extractors.dates import find_dates
from extractors.normalize import normalize_text
from extractors.people import find_people
from extractors.places import find_places


def _citations(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.kind, c.number, c.date and c.date.isoformat()) for c in find_citations(text)]


def _places(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.country) for p in find_places(text)]


def test_serials_listed_before_the_symbol_share_its_date_and_issuer() -> None:
    text = "Thực hiện các công văn số 208, 209 và 210-CV/BTG ngày 3 tháng 5 năm 2019 của Ban Tuyên giáo, Sở báo cáo."
    found = find_citations(text)
    assert [(c.number, c.date and c.date.isoformat(), c.issuer) for c in found] == [
        ("208", "2019-05-03", "Ban Tuyên giáo"),
        ("209", "2019-05-03", "Ban Tuyên giáo"),
        ("210-CV/BTG", "2019-05-03", "Ban Tuyên giáo"),
    ]
    assert _citations("Theo công văn số 208, ngày 3/5/2019 của Sở, …") == [("cong_van", "208", "2019-05-03")]


def test_a_number_doubled_by_a_leaked_link_keeps_its_date() -> None:
    text = normalize_text('Căn cứ Nghị định số 12/2021/NĐ-CP">12/2021/NĐ-CP ngày 4 tháng 2 năm 2021 của Chính phủ;')
    assert _citations(text) == [("nghi_dinh", "12/2021/NĐ-CP", "2021-02-04")]


def test_a_capitalised_kind_glued_to_the_word_before_is_cited() -> None:
    assert _citations("Xét đề nghị của Sở Tư pháp tạiTờ trình số 45/TTr-STP ngày 2/3/2015,") == [
        ("to_trinh", "45/TTr-STP", "2015-03-02")
    ]
    assert _citations("Báo cáo hoạt độngCông văn mẫu 45") == []  # no "số": no citation read in a glued word


def test_a_five_digit_year_is_a_date_without_a_value() -> None:
    assert [(d.text, d.value) for d in find_dates("ngày 12 tháng 6 năm 20122")] == [("ngày 12 tháng 6 năm 20122", None)]
    assert _citations("Phúc đáp Công văn số 71-CV/VPTW ngày 12 tháng 6 năm 20122 của Văn phòng Trung ương,") == [
        ("cong_van", "71-CV/VPTW", None)
    ]


def test_a_qualifier_glued_to_the_unit_after_it_stays_in_the_title() -> None:
    people = find_people("Theo ý kiến của Phó Chủ tịch Thường trựcỦy ban nhân dân tỉnh Lê Văn Bình, Sở báo cáo.")
    assert [(p.name, p.title) for p in people] == [("Lê Văn Bình", "Phó Chủ tịch Thường trực")]


def test_an_embassys_own_premises_are_no_destination() -> None:
    text = (
        "Đoàn công tác của tỉnh đã sang thăm Liên bang Nga năm ngoái. Ngày 2/9, Đại sứ quán Việt Nam tại Nga tổ "
        "chức tiệc chiêu đãi tại trụ sở của sứ quán ở thủ đô Moscow."
    )
    assert _places(text) == [("Liên bang Nga", "RU")]


def test_the_anniversary_of_a_journey_sends_no_one() -> None:
    text = "Về việc tổ chức kỷ niệm 110 năm Ngày Bác Hồ đến nước Pháp, Bộ có ý kiến như sau."
    assert _places(text) == []
    assert _places("Đoàn của Bộ sẽ đến nước Pháp dự lễ kỷ niệm.") == [("Pháp", "FR")]


def test_a_country_after_a_list_items_mark_starts_its_sentence() -> None:
    text = "Đoàn đại biểu thành phố đi thăm các nước Bắc Âu.\n* Tại Na Uy: Sáng 3/5, Đoàn đã làm việc với Bộ Y tế."
    assert _places(text) == [("Na Uy", "NO")]


def test_a_city_or_region_closing_the_premises_of_a_body_is_the_venue() -> None:
    text = "Sáng 4/5, tại trụ sở tòa thị chính Oslo, Đoàn công tác của tỉnh đã làm việc với Phó Thị trưởng."
    assert _places(text) == [("Oslo", "NO")]
    text = "Tại trụ sở Bộ Ngoại giao Vương quốc Na Uy, Thứ trưởng đã đón Bộ trưởng và đoàn."
    assert _places(text) == []  # a country closing a ministry's name names the body, no venue


def test_a_two_part_name_with_a_spaced_hyphen_before_an_office() -> None:
    people = find_people("Tiếp đoàn có ngài Sôm - Phon, Phó Tỉnh trưởng tỉnh Salavan.")
    assert [(p.name, p.title, p.honorific) for p in people] == [("Sôm - Phon", "Phó Tỉnh trưởng", "ngài")]
    assert "Sôm - Phó" not in [p.name for p in find_people("Tiếp đoàn có ông Sôm - Phó Tỉnh trưởng tỉnh Salavan.")]


def test_a_district_after_a_party_committee_or_a_delegation_is_no_holder() -> None:
    text = (
        "Đoàn đại biểu huyện Bát Xát do đồng chí Lò Văn Pao, Bí thư Huyện ủy Bát Xát và đoàn đại biểu Pa Ma Sin do "
        "đồng chí Hà Văn Nam, Bí thư Huyện ủy Pa Ma Sin (tỉnh Lào Cai, Việt Nam) dẫn đầu đã sang thăm huyện Hà Khẩu."
    )
    assert [(p.name, p.unit) for p in find_people(text)] == [
        ("Lò Văn Pao", "Huyện ủy Bát Xát"),
        ("Hà Văn Nam", "Huyện ủy Pa Ma Sin"),
    ]


def test_a_memorial_named_by_an_office_and_a_name_holds_no_person() -> None:
    assert find_people("Đoàn đã dâng hoa tại đài tưởng niệm Chủ tịch Trần Văn Thành ở quê nhà.") == []
    assert [p.name for p in find_people("Đoàn đã gặp Chủ tịch Trần Văn Thành ở quê nhà.")] == ["Trần Văn Thành"]


def test_the_youth_unions_office_before_a_name_is_no_delegation() -> None:
    people = find_people("Tại buổi đón đoàn, Phó Bí thư Tỉnh đoàn Lê Thị Mai cho biết chương trình kết nghĩa.")
    assert [(p.name, p.unit) for p in people] == [("Lê Thị Mai", "Tỉnh đoàn")]


def test_a_country_with_its_state_form_after_a_venue_is_where_the_guest_is_received() -> None:
    text = (
        "Trưa 5/10, tại cung điện Hofburg, Cộng hòa Áo, Tổng thống Áo chủ trì lễ đón chính thức Chủ tịch nước và các "
        "Trưởng đoàn tham dự hội nghị."
    )
    assert _places(text) == [("Cộng hòa Áo", "AT")]


def test_an_envoys_host_country_in_brackets_beside_the_place_he_visits_is_listed() -> None:
    visit = "Đại sứ Việt Nam tại Canada Phạm Văn Nam đã thăm chính thức tỉnh Alberta từ ngày 2/3 đến 4/3"
    assert _places(f"Hợp tác giữa Việt Nam và Alberta (Canada) đạt nhiều kết quả.\n{visit}.") == [
        ("Canada", "CA"),
        ("Alberta", "CA"),
    ]
    assert _places(f"{visit}, một tỉnh ở miền Tây Canada.") == [("Alberta", "CA")]  # his post, written otherwise
