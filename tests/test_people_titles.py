"""People in running text by the failure classes of real texts: glued words, compound and plural titles,
foreign leaders in Vietnamese transliteration, titles inside a body's name, ranks after an office.

Every sentence here is written for the test (none is copied from the real-text corpus)."""

import pytest

from extractors.people import find_people
from extractors.titles import cut_title
from extractors.vntext import is_syllable, split_glued


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.title) for p in find_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name glued to the next word by a web copy, and a title glued to the word before it
        ("Về đề xuất trên, Thứ trưởng Lê Hoàng Namcó ý kiến như sau:", [("Lê Hoàng Nam", "Thứ trưởng")]),
        ("Đoàn doPhó Chủ tịch UBND tỉnh Đỗ Văn Bình làm trưởng đoàn.", [("Đỗ Văn Bình", "Phó Chủ tịch")]),
        # a compound title printed without its comma, and a state office with a suffix named again in full
        (
            "Tiếp kiến Ngài Đinh Công Sơn,\n\nBộ trưởng Chủ nhiệm Văn phòng Chính phủ.",
            [("Đinh Công Sơn", "Bộ trưởng, Chủ nhiệm")],
        ),
        (
            "Phó Chủ tịch Lưu Văn Hòa dự họp. Sau đó Phó Chủ tịch Thường trực Lưu Văn Hòa phát biểu.",
            [("Lưu Văn Hòa", "Phó Chủ tịch Thường trực")],
        ),
        ("Đón Trợ lý Chủ tịch nước Mai Thanh Tùng tại sân bay.", [("Mai Thanh Tùng", "Trợ lý Chủ tịch nước")]),
        # one plural title for a list of names; abbreviated posts of a distribution list are separate posts
        (
            "Nơi nhận:\n- Các PTTg: Hoàng Minh Tuấn, Đặng Quốc Hòa,\nVũ Đức Long;\n- Lưu: VT.",
            [
                ("Hoàng Minh Tuấn", "Phó Thủ tướng"),
                ("Đặng Quốc Hòa", "Phó Thủ tướng"),
                ("Vũ Đức Long", "Phó Thủ tướng"),
            ],
        ),
        ("- VPCP: BTCN, PCN Trần Văn Khải, Vụ TH;", [("Trần Văn Khải", "Phó Chủ nhiệm")]),
        # foreign leaders in Vietnamese transliteration (a capital with a diacritic starts the name)
        ("Hội đàm với Tổng thống Cộng hòa Áo Ô-lếch Van-đơ-ben tại Viên.", [("Ô-lếch Van-đơ-ben", "Tổng thống")]),
        ("Thư chúc mừng Quốc vương Thái Lan Ma-ha Va-xi-ra-long-con.", [("Ma-ha Va-xi-ra-long-con", "Quốc vương")]),
        # a title inside a body's name is no office: the person's office is the one before it
        (
            "Nhận lời mời của Chủ tịch Hội đồng Bộ trưởng nước bạn Ăng-đrê Ka-mi-la, đoàn sẽ sang thăm.",
            [("Ăng-đrê Ka-mi-la", "Chủ tịch")],
        ),
        # an office before a rank, and the next person's office after the name
        (
            "Đoàn gồm Thứ trưởng Bộ Quốc phòng - Thượng tướng Hoàng Văn Tâm, Cục trưởng Cục Đối ngoại Trần Minh Đức.",
            [("Hoàng Văn Tâm", "Thứ trưởng"), ("Trần Minh Đức", "Cục trưởng")],
        ),
        # a unit and the body it belongs to, after a comma
        ("Ủy quyền cho Vụ trưởng Vụ Pháp chế, Bộ Tư pháp Hồ Thị Lan ký.", [("Hồ Thị Lan", "Vụ trưởng")]),
        # the office before a chain link holding another person's name is that person's
        (
            "Về việc Chủ tịch UBND tỉnh Cao Bằng Lục Văn Minh đi thăm Lào, Phó Thủ tướng Kiều Văn Lâm đồng ý.",
            [("Lục Văn Minh", "Chủ tịch"), ("Kiều Văn Lâm", "Phó Thủ tướng")],
        ),
    ],
)
def test_people_by_failure_class(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _people(text) == expected


def test_a_place_before_a_title_is_no_person() -> None:
    found = _people("Nhân dịp kỷ niệm Thăng Long - Hà Nội, Bí thư Thành ủy Đào Quang Vinh phát biểu.")
    assert found == [("Đào Quang Vinh", "Bí thư")]


def test_unit_of_a_parent_body_is_kept() -> None:
    (person,) = find_people("Ủy quyền cho Vụ trưởng Vụ Pháp chế, Bộ Tư pháp Hồ Thị Lan ký.")
    assert person.unit == "Vụ Pháp chế, Bộ Tư pháp"


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Minhđã", ("Minh", "đã")), ("Namcó", ("Nam", "có")), ("Thườngtrực", ("Thường", "trực"))],
)
def test_split_glued(word: str, expected: tuple[str, str]) -> None:
    assert split_glued(word) == expected


@pytest.mark.parametrize("word", ["Nguyễn", "Khamphan", "Sihamoni", "Thongsavanh", "Huy", "António"])
def test_split_glued_leaves_whole_words(word: str) -> None:
    assert split_glued(word) is None


def test_is_syllable_tone_of_a_stop_ending() -> None:
    assert is_syllable("Việt") and is_syllable("tác") and not is_syllable("Lat") and not is_syllable("Hùngcó")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name in its own spelling, in brackets between a transliteration and its title
        (
            "Điện mừng gửi đồng chí Hu-an Pê-rết (Juan Perez), Chủ tịch nước Cộng hòa Cu-ba.",
            [("Hu-an Pê-rết", "Chủ tịch nước")],
        ),
        (
            "Thư gửi ngài Ô-láp Sôn-xơ (Olaf Scholz), Thủ tướng Đức, nhân dịp năm mới.",
            [("Ô-láp Sôn-xơ", "Thủ tướng")],
        ),
        # a bracketed aside between the title's unit and a foreign name
        (
            "Theo lời mời của Chủ tịch Thượng viện Chi-lê (Thượng viện) Alvaro Elizalde Soto, đoàn sẽ sang thăm.",
            [("Alvaro Elizalde Soto", "Chủ tịch")],
        ),
        # a common noun in lower case is no office of a chain; two countries joined by a dash are no name
        (
            "Về chuyến đi của đoàn cán bộ Hội tại Pháp,Phó Thủ tướng Lê Minh Khái có ý kiến.",
            [("Lê Minh Khái", "Phó Thủ tướng")],
        ),
        ("Thủ tướng dự Diễn đàn Doanh nghiệp Campuchia-Việt Nam tại Phnôm Pênh.", []),
        ("Bộ trưởng khai mạc Hội chợ Thương mại Việt Nam - Lào lần thứ 5.", []),
    ],
)
def test_foreign_leaders_asides_and_chains(text: str, expected: list[tuple[str, str]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # offices read by the title grammar: [former] [deputy] office [qualifier]
        ("Tiếp đoàn có Phó Đại sứ Cộng hòa Séc tại Việt Nam Petr Dvořák.", [("Petr Dvořák", "Phó Đại sứ")]),
        ("Dự có ông Lê Hữu Phước, nguyên Thứ trưởng Bộ Tư pháp.", [("Lê Hữu Phước", "nguyên Thứ trưởng")]),
        ("Đón đoàn có bà Hoàng Thị Mai, Bí thư thứ hai Đại sứ quán Việt Nam.", [("Hoàng Thị Mai", "Bí thư thứ hai")]),
        (
            "Gặp Tổng Thư ký thường trực Bộ Ngoại giao Thái Lan Sihasak Phuang.",
            [("Sihasak Phuang", "Tổng Thư ký Thường trực")],
        ),
        ("Ông Đỗ Văn Hòa – Quyền Giám đốc Sở Ngoại vụ tỉnh dẫn đầu đoàn.", [("Đỗ Văn Hòa", "Giám đốc")]),
        ("Phó Tổng Lãnh sự Việt Nam tại Côn Minh Trần Đức Bình tiếp đoàn.", [("Trần Đức Bình", "Phó Tổng Lãnh sự")]),
        ("Việc này thuộc thẩm quyền Chủ tịch UBND tỉnh Phạm Văn Tâm.", [("Phạm Văn Tâm", "Chủ tịch")]),
        ("Đoàn thăm Khu tài nguyên Chủ tịch Hội Nông dân Lý Văn Cường giới thiệu.", [("Lý Văn Cường", "Chủ tịch")]),
        # offices of representations, armed forces and international bodies
        ("Đoàn làm việc với Trưởng Đại diện JICA tại Việt Nam Shimizu Akira.", [("Shimizu Akira", "Trưởng Đại diện")]),
        ("Tiếp đoàn có Phó Tư lệnh Quân khu 2 Đỗ Văn Bảnh.", [("Đỗ Văn Bảnh", "Phó Tư lệnh")]),
        # a transliteration printed with its initials, after a high office and a place
        ("Đoàn chào xã giao Tổng thống Pháp F.Ô-lăng tại Điện Ê-li-dê.", [("F.Ô-lăng", "Tổng thống")]),
        ("Sau đó đoàn gặp Thủ hiến bang Tây Úc M.Mác-gâu-an và thăm cảng.", [("M.Mác-gâu-an", "Thủ hiến")]),
        ("Tổng thống Nga V.V.Pu-tin đã tiếp đoàn.", [("V.V.Pu-tin", "Tổng thống")]),
        # no initial after a letter: an abbreviation's end is no name ("TP.Hồ Chí Minh")
        ("Đoàn của TP.Hồ Chí Minh lên đường sang Nhật Bản.", []),
        # a name glued to its office or membership by a hyphen
        ("Do đồng chí Khăm Phăn Thắt-Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy dẫn đầu.", [("Khăm Phăn Thắt", "Bí thư")]),
        ("Cùng đi có đồng chí Lê Thị Hoa-Phó Giám đốc Sở Công Thương.", [("Lê Thị Hoa", "Phó Giám đốc")]),
        ("Thành phần: Kpă Y’Lan-Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh.", [("Kpă Y’Lan", "Chủ tịch")]),
        # a Korean name keeps its hyphenated part
        ("Đoàn hội kiến Thủ tướng Hàn Quốc Kim Boo-kyum tại Seoul.", [("Kim Boo-kyum", "Thủ tướng")]),
        # a foreign name before a dash and a high office; an organisation's name is none
        ("Đoàn làm việc với Anna Schmidt – Phó Thị trưởng thành phố Bonn.", [("Anna Schmidt", "Phó Thị trưởng")]),
        ("Đoàn thăm tập đoàn Siemens Energy - Tổng Giám đốc giới thiệu dây chuyền.", []),
        # a Chinese office holder in Sino-Vietnamese reading, after the office and the country
        ("Đoàn hội kiến Phó Chủ tịch nước Trung Quốc Hàn Chính.", [("Hàn Chính", "Phó Chủ tịch nước")]),
        ("Tiếp đoàn có Đại sứ Trung Quốc Hùng Ba.", [("Hùng Ba", "Đại sứ")]),
        ("Phó Chủ tịch Hội Nông dân Văn Bàn tiếp đoàn.", []),
        # a family name less common in running text
        ("Đại sứ Việt Nam tại Nhật Bản Tôn Quang Huy đón đoàn.", [("Tôn Quang Huy", "Đại sứ")]),
    ],
)
def test_compound_titles_initials_hyphens_and_dashes(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _people(text) == expected


def test_a_name_first_printed_in_capitals_takes_its_normal_case() -> None:
    text = (
        "Chiều 4-6, đồng chí LÊ MINH KHÁNH, Bí thư Tỉnh ủy tiếp đoàn. Đồng chí Lê Minh Khánh đề nghị hai bên hợp tác."
    )
    assert _people(text) == [("Lê Minh Khánh", "Bí thư")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the office and its unit, the places the unit lies in, then a comma and the holder's honorific
        (
            "Đoàn đã làm việc với Thống đốc bang Victoria, Ô-xtrây-li-a, bà Linda Dessau, và Chủ tịch Hội đồng "
            "Lập pháp bang, ông Daniel Harris.",
            [("Linda Dessau", "Thống đốc"), ("Daniel Harris", "Chủ tịch")],
        ),
        ("Đại sứ Việt Nam tại Nhật Bản, ông Vũ Hồng Nam, cho biết", [("Vũ Hồng Nam", "Đại sứ")]),
        # a verb or a name between the office and the honorific: the office is another's or nobody's
        ("Thị trưởng đã phát biểu, ông Mark Lewis cảm ơn đoàn.", [("Mark Lewis", None)]),
        # a particle inside a foreign name, the post after the membership
        (
            "Đồng chí José Ramón de la Torre, Ủy viên Bộ Chính trị Đảng Cộng sản Cuba, Chủ tịch Hội đồng Nhà nước",
            [("José Ramón de la Torre", "Chủ tịch")],
        ),
        (
            "Tiếp ông Luis Alberto de Souza, Thống đốc bang Bahia, Bra-xin.",
            [("Luis Alberto de Souza", "Thống đốc")],
        ),
        # a membership written short ("Ủy viên TW Đảng") is no post
        ("đồng chí Lê Minh Khoa, Ủy viên TW Đảng, Bí thư Tỉnh ủy dẫn đầu", [("Lê Minh Khoa", "Bí thư")]),
        # a monarch named by one name after the country
        ("Nhận lời mời của Nhà vua Thái Lan Vajiralongkorn, Chủ tịch nước lên đường", [("Vajiralongkorn", "Nhà vua")]),
        ("Quốc vương Brunei Darussalam Haji Hassanal Bolkiah đã tiếp đoàn.", [("Haji Hassanal Bolkiah", "Quốc vương")]),
        # a name after a tense word is no holder of the office before it
        ("Chủ tịch Quốc hội đã dự Lễ khai trương Phố Việt Nam (Little Saigon) tại đây.", []),
        # a two-syllable name after a ministry's or department's name
        (
            "cùng Bộ trưởng Bộ Tài nguyên và Môi trường Trần Hồng; Giám đốc Sở Y tế Lê Bình.",
            [("Trần Hồng", "Bộ trưởng"), ("Lê Bình", "Giám đốc")],
        ),
        # ... but not a place after a locality's body
        ("Bí thư Huyện ủy Mai Châu phát biểu; Giám đốc Sở Tư pháp Đồng Nai cho biết", []),
    ],
)
def test_offices_before_honorifics_particles_crowns_and_short_names(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Portuguese and Spanish names: particles inside, three or four words after the country
        (
            "Sáng nay, Tổng thống Cộng hòa Angola Manuel Gonçalves da Silva bắt đầu chuyến thăm.",
            [("Manuel Gonçalves da Silva", "Tổng thống")],
        ),
        (
            "Đoàn gặp Trưởng ban Đối ngoại Đảng Cộng sản Cuba Ramiro Valdés Menéndez tại trụ sở.",
            [("Ramiro Valdés Menéndez", "Trưởng ban")],
        ),
        ("Lãnh đạo Thượng viện Myanmar Thura Aung Ko Win đón đoàn.", []),  # no office: nobody
        ("Chủ tịch Quốc hội Myanmar Thura Aung Ko Win đón đoàn.", [("Thura Aung Ko Win", "Chủ tịch")]),
        ("Đoàn của UBND tỉnh Lạng Sơn do Phó Chủ tịch Lê Văn An dẫn đầu.", [("Lê Văn An", "Phó Chủ tịch")]),
        # initials kept with their dot, glued or spaced
        ("Đoàn hội kiến Chủ tịch Quốc hội Mông Cổ D.Tsogtbaatar tại Nhà Quốc hội.", [("D.Tsogtbaatar", "Chủ tịch")]),
        ("Tối qua, Thủ tướng Mông Cổ L. Oyun-Erdene đã tiếp đoàn.", [("L. Oyun-Erdene", "Thủ tướng")]),
        # titles after the name: a deputy head of department, an adviser with his field, an acting status
        (
            "Đoàn gồm: ông Pedro Lima, Vụ Phó Vụ châu Âu; ông Rui de Sousa – Cố vấn kinh tế của Bộ trưởng.",
            [("Pedro Lima", "Vụ Phó"), ("Rui de Sousa", "Cố vấn kinh tế")],
        ),
        (
            "cùng TS. Lê Văn Hùng – THNV Phó Viện trưởng Viện Kinh tế, ThS. Vũ Thị Mai – Trưởng phòng Đào tạo.",
            [("Lê Văn Hùng", "Phó Viện trưởng"), ("Vũ Thị Mai", "Trưởng phòng")],
        ),
        # a standing membership is skipped when a post follows it, and is the office when none does
        (
            "Đồng chí Bun-Xu Vông-Sa, Ủy viên Thường trực, Phó Trưởng ban Kinh tế Trung ương, phát biểu.",
            [("Bun-Xu Vông-Sa", "Phó Trưởng ban")],
        ),
        ("Ông Trần Quốc Bảo, Ủy viên Thường trực Ủy ban Pháp luật, dự.", [("Trần Quốc Bảo", "Ủy viên Thường trực")]),
        # a Japanese surname alone before its office; a Vietnamese given name alone is nobody for sure
        ("Đoàn làm việc với ông Watanabe Chủ tịch Hội Hữu nghị tỉnh Nagano.", [("Watanabe", "Chủ tịch")]),
        ("Đoàn làm việc với ông Hùng, Giám đốc Sở.", []),
        # a Vietnamese city's name before a foreign name is the unit's, not the name's
        (
            "Chủ tịch Hội hữu nghị Seattle-Thành phố Hồ Chí Minh Robert K. Miller phát biểu.",
            [("Robert K. Miller", "Chủ tịch")],
        ),
    ],
)
def test_blind6_name_and_title_classes(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("printed", "cut"),
    [("Phó Giám", True), ("PHÓ CHỦ", True), ("Phó Giám đốc", False), ("Bí thư Thường trực", False), ("", False)],
)
def test_a_title_cut_short(printed: str, cut: bool) -> None:
    assert cut_title(printed) is cut
