"""People in the blind27 phrasings (development), written anew: a special adviser and a deputy spokesperson, a
co-chair after a first office, a foreign name of one word, a place before a title read as no name."""

from extractors.people import find_people


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.title) for p in find_people(text)]


def test_people_a_special_adviser_is_one_office() -> None:
    """ "cố vấn đặc biệt" (special adviser) is the office, not "Cố vấn" and a word after it."""
    text = "Đoàn do ông Hiroshi Tanaka – cố vấn đặc biệt Hội Hữu nghị Nhật - Việt làm trưởng đoàn."
    assert ("Hiroshi Tanaka", "cố vấn đặc biệt") in _pairs(text)


def test_people_a_deputy_spokesperson_before_the_name() -> None:
    """ "Phó Phát ngôn Bộ Ngoại giao X": the deputy of "Người phát ngôn", written without "Người"."""
    text = "Tại họp báo, Phó Phát ngôn Bộ Ngoại giao Đỗ Thanh Mai cho biết đoàn sẽ lên đường vào tuần sau."
    assert _pairs(text) == [("Đỗ Thanh Mai", "Phó phát ngôn")]


def test_people_a_spokesperson_by_the_press_word() -> None:
    text = "Phát ngôn viên Bộ Ngoại giao Đỗ Thanh Mai trả lời câu hỏi của phóng viên."
    assert _pairs(text) == [("Đỗ Thanh Mai", "Phát ngôn viên")]


def test_people_a_place_opening_a_sentence_is_no_name_before_a_title() -> None:
    """ "Tại Ai Cập, Chủ tịch nước X": the words before the comma are a place, the office is X's."""
    text = "Tại Nam Phi, Chủ tịch nước Lê Văn Hòa sẽ hội đàm với Tổng thống."
    assert _pairs(text) == [("Lê Văn Hòa", "Chủ tịch nước")]


def test_people_a_co_chair_after_a_first_office_keeps_the_first() -> None:
    """ "Bộ trưởng Bộ X, đồng Chủ tịch Ủy ban … Y": one person with two offices; the chain's first is kept, as
    after a plain comma."""
    text = "Tham gia đoàn có Bộ trưởng Bộ Tài chính, đồng Chủ tịch Ủy ban Hỗn hợp Việt Nam - Chile Trần Quốc Bình."
    assert _pairs(text) == [("Trần Quốc Bình", "Bộ trưởng")]


def test_people_a_city_ending_a_body_name_is_no_name_start_when_the_copy_cut_the_name() -> None:
    """ "… Đoàn Thanh niên Cộng sản Hồ Chí Minh Phạm" (the page stops there): "Hồ Chí Minh" ends the body's name,
    and one word after it is no name."""
    text = "Cùng đi có Phó Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh Phạm\n"
    assert _pairs(text) == []


def test_people_a_two_word_place_may_start_a_name() -> None:
    """ "Đinh Văn" is a town's name too, and the start of many names: a name of three words after it stands."""
    text = "Bí thư Huyện ủy Tân Trụ – Đinh Văn Tám tiếp đoàn."
    assert _pairs(text) == [("Đinh Văn Tám", "Bí thư")]


def test_people_a_given_name_that_is_also_a_units_word() -> None:
    """ "đồng chí Lò Văn Tỉnh, Bí thư …": "Tỉnh" before a comma ends the name; a unit's "Tỉnh" goes on ("Tỉnh ủy")."""
    text = "Đoàn chào xã giao đồng chí Lò Văn Tỉnh, Bí thư Huyện ủy Mường Tè."
    assert _pairs(text) == [("Lò Văn Tỉnh", "Bí thư")]


def test_people_a_units_word_after_a_name_is_still_cut() -> None:
    text = "Tiếp đoàn có ông Lò Văn Hùng Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh."
    assert [name for name, _ in _pairs(text)] == ["Lò Văn Hùng"]


def test_people_a_mongolian_named_by_one_name_after_a_comrade_and_a_degree() -> None:
    """Mongolians are named by one name: "đồng chí TS. Batbayar, Chủ tịch …" is a person, the degree no part of it."""
    text = "Đoàn do đồng chí TS. Batbayar, Chủ tịch Hội đồng tỉnh Arkhangai làm trưởng đoàn."
    assert _pairs(text) == [("Batbayar", "Chủ tịch")]


def test_people_a_vietnamese_given_name_alone_after_a_comrade_is_no_person() -> None:
    assert _pairs("Ý kiến của đồng chí Long, Giám đốc Sở được ghi nhận.") == []


def test_people_a_central_highlands_name_after_its_office() -> None:
    """ "Phó Bí thư Tỉnh ủy A Khiêm": a Xơ Đăng or Ba Na man's name starts with "A", no family name."""
    text = "Tiếp đoàn có Phó Bí thư Thường trực Tỉnh ủy A Khiêm; Phó Trưởng Ban Dân tộc Y Thông."
    assert _pairs(text) == [("A Khiêm", "Phó Bí thư Thường trực"), ("Y Thông", "Phó Trưởng ban")]


def test_people_a_district_named_with_a_is_no_name() -> None:
    assert _pairs("Đoàn làm việc với Chủ tịch UBND huyện A Lưới về dự án.") == []


def test_people_a_gia_rai_family_name_after_its_office() -> None:
    """ "Ksor" spells no Vietnamese syllable: a run from it after an office is the holder's name."""
    text = "Dự buổi tiếp có Phó Chủ tịch Hội đồng Dân tộc của Quốc hội Ksor Hạnh; đoàn cảm ơn sự đón tiếp."
    assert _pairs(text) == [("Ksor Hạnh", "Phó Chủ tịch")]


def test_people_a_ministry_named_in_capitals_is_no_name_ending_a_chain() -> None:
    """ "Bộ trưởng Bộ Công Thương, đồng Chủ tịch … X": "Công Thương" ends the ministry's name, not a person's, so the
    chain's first office is X's."""
    text = "Tham gia đoàn có Bộ trưởng Bộ Công Thương, đồng Chủ tịch Ủy ban Hỗn hợp Việt Nam - Chile Trần Quốc Bình."
    assert _pairs(text) == [("Trần Quốc Bình", "Bộ trưởng")]
