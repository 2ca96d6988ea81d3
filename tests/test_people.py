"""People: honorifics, ranks, 'ông (bà)', dashes, table rows, title-first names, the signer."""

import pytest

from extractors import nlp
from extractors import people as people_module
from extractors.document import extract_fields
from extractors.people import _local_leaders, find_people
from schemas.document import Document, Source


@pytest.mark.parametrize(
    ("text", "name", "title", "unit", "honorific"),
    [
        (
            "Cử đồng chí Lê Văn Khoa, Phó Giám đốc Sở Ngoại vụ đi công tác",
            "Lê Văn Khoa",
            "Phó Giám đốc",
            "Sở Ngoại vụ",
            "đồng chí",
        ),
        ("Thượng tá Vi Văn Sáng", "Vi Văn Sáng", None, None, "Thượng tá"),
        ("cử ông (bà) Tạ Thị Hằng đi học", "Tạ Thị Hằng", None, None, "ông (bà)"),
        ("Ông Trần Văn Bảo – Trưởng phòng Lãnh sự, Sở Ngoại vụ", "Trần Văn Bảo", "Trưởng phòng", "Lãnh sự", "ông"),
        (
            "liên hệ bà Hà Thu Vân, chuyên viên UBND tỉnh, điện thoại 0205",
            "Hà Thu Vân",
            "chuyên viên",
            "UBND tỉnh",
            "bà",
        ),
        (
            "1\tĐinh Văn Hùng\tChánh Văn phòng Sở Nội vụ\tTrưởng đoàn",
            "Đinh Văn Hùng",
            "Chánh Văn phòng",
            "Sở Nội vụ",
            None,
        ),
        ("2 Ngô Thị Lan Chuyên viên Sở Y tế", "Ngô Thị Lan", "Chuyên viên", "Sở Y tế", None),
        (
            "Văn bản do Phó Chủ tịch UBND tỉnh Cao Bằng Mai Hữu Lộc ký, có hiệu lực",
            "Mai Hữu Lộc",
            "Phó Chủ tịch",
            "UBND tỉnh Cao Bằng",
            None,
        ),
    ],
)
def test_people_forms(text: str, name: str, title: str | None, unit: str | None, honorific: str | None) -> None:
    (person,) = find_people(text)
    assert (person.name, person.title, person.unit, person.honorific) == (name, title, unit, honorific)


def test_people_places_and_bodies_are_not_people() -> None:
    assert find_people("Chủ tịch UBND tỉnh Hà Giang yêu cầu Sở Ngoại vụ và UBND huyện Cao Lộc thực hiện.") == []


def test_people_once_each_later_mention_fills_the_title() -> None:
    found = find_people("Ông Phạm Quang Dũng đi công tác. Ông Phạm Quang Dũng, Trưởng phòng Hợp tác quốc tế, báo cáo.")
    assert [(p.name, p.title) for p in found] == [("Phạm Quang Dũng", "Trưởng phòng")]


def test_people_signer_is_included() -> None:
    text = (
        "UBND TỈNH LẠNG SƠN\nSỞ NGOẠI VỤ\nSố: 12/BC-SNV\nLạng Sơn, ngày 02 tháng 3 năm 2024\n"
        "BÁO CÁO\nKết quả chuyến công tác\nNội dung.\nGIÁM ĐỐC\nNông Văn Thắng\n"
    )
    document = extract_fields(Document(source=Source(path="t.txt", sha256="0", pages=1), text=text))
    assert ("Nông Văn Thắng", "Giám đốc") in [(p.name, p.title) for p in document.people]


def test_people_underthesea_reads_names_after_an_honorific() -> None:
    """The NER signal reads a name after an honorific by itself; the patterns read an apostrophe's name too."""
    text = "Cử bà H'Hen Niê, Chuyên viên Sở Y tế đi công tác"
    assert [(p.name, p.title) for _, p in people_module._ner_people(text, [])] == [("H'Hen Niê", "Chuyên viên")]
    nlp.enabled["underthesea"] = False
    try:
        assert [(p.name, p.title, p.honorific) for p in find_people(text)] == [("H'Hen Niê", "Chuyên viên", "bà")]
    finally:
        nlp.enabled["underthesea"] = True


# Office holders in running text (issue 12). Sentences from public copies, as printed:
# VPCP letters 1755/VPCP-V.I (2007), 3442/VPCP-QHQT (2003), 2776/VPCP-QHQT (2011), 1484/VPCP-QHQT (2010),
# 7348/VPCP-QHQT (2007) and 6982/VPCP-QHQT (2007) on luatminhkhue.vn; baomoi.net.vn "Bộ trưởng Ngoại giao
# Lào thăm chính thức Việt Nam" (2025); baocuuchienbinhvietnam.com.vn on Đại sứ Thongsavanh Phomvihane;
# doingoailaocai.vn/vi/bai-viet/19491 (2024); baolaocai.vn on Bí thư Đặng Xuân Phong; baotintuc.vn (2026).
@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Xét đề nghị của Viện Khoa học xã hội Việt Nam, Phó Thủ tướng Nguyễn Sinh Hùng có ý kiến như sau:",
            [("Nguyễn Sinh Hùng", "Phó Thủ tướng")],
        ),
        ("Phó Thủ tướng Vũ Khoan thay mặt Thủ tướng Chính phủ có ý kiến như sau:", [("Vũ Khoan", "Phó Thủ tướng")]),
        (
            "Phó Thủ tướng Phạm Gia Khiêm đồng ý với đề nghị của Ủy ban nhân dân tỉnh Khánh Hòa",
            [("Phạm Gia Khiêm", "Phó Thủ tướng")],
        ),
        (
            "Đồng ý Chủ tịch Hội đồng nhân dân thành phố Hải Phòng NguyễnVăn Thuận đi công tác tại Hà Lan",
            [("Nguyễn Văn Thuận", "Chủ tịch")],
        ),
        (
            "Đồng ý Chủ tịch Hội đồng nhândân tỉnh Sơn La Thào Xuân Sùng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy",
            [("Thào Xuân Sùng", "Chủ tịch")],
        ),
        (
            "nhận lời mời của Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn, Bộ trưởng Ngoại giao "
            "Lào Thongsavanh Phomvihane thăm chính thức Việt Nam",
            [("Bùi Thanh Sơn", "Phó Thủ tướng"), ("Thongsavanh Phomvihane", "Bộ trưởng")],  # the chain's first
        ),
        (
            "Phó Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Lào Thongsavanh Phomvihane đến chào xã giao",
            [("Nguyễn Xuân Phúc", "Phó Thủ tướng"), ("Thongsavanh Phomvihane", "Đại sứ")],
        ),
        (
            "Chủ tịch UBND tỉnh Trịnh Xuân Trường tặng hoa, chúc mừng đoàn công tác.",
            [("Trịnh Xuân Trường", "Chủ tịch")],
        ),
        ("Bí thư Tỉnh ủy Lào Cai Đặng Xuân Phong thăm và làm việc tại tỉnh Vân Nam", [("Đặng Xuân Phong", "Bí thư")]),
        (
            "Đồng ý Ông Nguyễn Xuân Phúc,Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ nhân dịp tham dự họp",
            [("Nguyễn Xuân Phúc", "Bộ trưởng, Chủ nhiệm")],  # a fixed compound office stays whole
        ),
        ("KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPhó Chủ nhiệmNguyễn Quốc Huy", [("Nguyễn Quốc Huy", "Phó Chủ nhiệm")]),
        (
            "Thủ tướng Chính phủ Phạm Minh Chính đã hội kiến Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith.",
            [("Phạm Minh Chính", "Thủ tướng"), ("Thongloun Sisoulith", "Tổng Bí thư")],
        ),
    ],
)
def test_people_office_holders_in_running_text(text: str, people: list[tuple[str, str]]) -> None:
    assert [(p.name, p.title) for p in find_people(text)] == people


def test_people_misplaced_tone_and_unit_after_the_name() -> None:
    assert [p.name for p in find_people("Hòang Quốc Khánh, Phó Chủ tịch UBND tỉnh")] == ["Hòang Quốc Khánh"]
    assert [p.name for p in find_people("có đồng chí Vũ Quang Hưng Đoàn ĐBQH tỉnh")] == ["Vũ Quang Hưng"]


def test_people_a_vietnamese_place_after_the_title_is_no_person() -> None:
    assert find_people("Chủ tịch UBND thành phố Hồ Chí Minh đã ký") == []


def _named(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.title) for p in find_people(text)]


def test_people_foreign_names_after_an_honorific() -> None:
    """Names other offices' texts print after "ngài"/"ông": Cambodian and Lao names in Vietnamese syllables,
    after a rank or a degree (rt-061), Korean and Japanese names with hyphens (rt-034, rt-057), "Ngài" glued
    to the name (rt-074), a Lao name of six syllables (rt-046)."""
    text = (
        "Tham gia đoàn gồm có: ngài Thống tướng Tia Banh, Phó Thủ tướng, Bộ trưởng Bộ Quốc phòng; ngài tiến sỹ Úc "
        "Ra-Bun, Bộ trưởng Bộ Phát triển nông thôn."
    )
    assert _named(text) == [("Tia Banh", "Phó Thủ tướng"), ("Úc Ra-Bun", "Bộ trưởng")]
    assert _named("đoàn do ông Kim Jung-taek, Phó Chủ tịch Hội đồng thành phố dẫn đầu")[0] == (
        "Kim Jung-taek",
        "Phó Chủ tịch",
    )
    assert _named("do ngài Oh-Sae-Hyun, Thị trưởng thành phố làm Trưởng đoàn")[0] == ("Oh-Sae-Hyun", "Thị trưởng")
    assert _named("buổi tiếp, làm việc với NgàiMit-suo Sakaba - Đại sứ Nhật Bản tại Việt Nam.") == [
        ("Mit-suo Sakaba", "Đại sứ")
    ]
    text = (
        "đồng chí Giàng Páo Mỷ và đồng chí Khăm Khăn Chăn Thạ Vy Sục - Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Luông Pha Bang"
    )
    assert ("Khăm Khăn Chăn Thạ Vy Sục", "Bí thư") in _named(text)


def test_people_no_name_cut_by_the_ner_window() -> None:
    """underthesea reads a short window after an honorific; a name the window cuts ("ngài Pờ Rạ Ng|uôn Hông")
    is not a person (rt-061)."""
    text = (
        "ngài Đại tướng Úc Kim Lẹ, Quốc vụ khanh, Bộ Nội vụ; ngài Pờ Rạ Nguôn Hông, Đại sứ Vương quốc Campuchia tại "
        "Việt Nam."
    )
    assert [name for name, _ in _named(text)] == ["Úc Kim Lẹ", "Pờ Rạ Nguôn Hông"]


def test_people_named_first_in_a_list_item() -> None:
    """ "có các đồng chí: NAME - office; NAME - office" (rt-046, rt-017) and "NAME, TVTU, office" (rt-057):
    any name, Lao or Vietnamese, that starts an item and is followed by an office; a place is no name."""
    text = (
        "Tiếp đoàn có các đồng chí: Khăm Khăn Chăn Thạ Vy Sục - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Tỉnh "
        "trưởng; Sụ Căn Bun Nhông - Phó Bí thư Tỉnh ủy; On Kẻo Un A Lôm - Phó Tỉnh trưởng."
    )
    assert _named(text) == [
        ("Khăm Khăn Chăn Thạ Vy Sục", "Bí thư"),
        ("Sụ Căn Bun Nhông", "Phó Bí thư"),
        ("On Kẻo Un A Lôm", "Phó Tỉnh trưởng"),
    ]
    text = "Tiếp đoàn có các đồng chí: Tống Quang Thìn, TVTU, Phó Chủ tịch UBND tỉnh; Luông Pha Bang - Phó Chủ tịch."
    assert _named(text) == [("Tống Quang Thìn", "Phó Chủ tịch")]


def test_people_no_name_from_the_end_of_a_place() -> None:
    """ "Tỉnh trưởng tỉnh Luông Pha Bang": the Latin-looking end of a Lao province is no foreign name."""
    assert _named("Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Luông Pha Bang trao đổi về tình hình") == []


def test_people_after_a_unit_whose_name_has_a_comma() -> None:
    """ "Chủ nhiệm Ủy ban Văn hóa, Giáo dục Nguyễn Đắc Vinh" (rt-045), "Bộ Văn hóa, Thể thao và Du lịch": the
    comma is inside the unit's name, the person follows it."""
    assert _named("chiều 18/10, Chủ nhiệm Ủy ban Văn hóa, Giáo dục Nguyễn Đắc Vinh đã làm việc với đoàn") == [
        ("Nguyễn Đắc Vinh", "Chủ nhiệm")
    ]
    people = find_people("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng dẫn đầu đoàn")
    assert [(p.name, p.unit) for p in people] == [("Nguyễn Văn Hùng", "Bộ Văn hóa, Thể thao và Du lịch")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Bộ trưởng Ngoại giao Lào Xổm-xa-vạt Lềnh-xa-vắt hội đàm với đoàn", ("Xổm-xa-vạt Lềnh-xa-vắt", "Bộ trưởng")),
        ("Chủ tịch nước Lào Chum-ma-ly Xay-nha-xỏn tiếp đoàn", ("Chum-ma-ly Xay-nha-xỏn", "Chủ tịch nước")),
        ("Tỉnh trưởng tỉnh Chăm-pa-xắc Bua-khăm Thíp-pha-vông tiếp đoàn", ("Bua-khăm Thíp-pha-vông", "Tỉnh trưởng")),
        ("Thủ tướng Campuchia Samdech Akka Moha Sena Padei Techo Hun Sen sau khi", ("Hun Sen", "Thủ tướng")),
        ("theo lời mời của Tổng thư ký LHQ António Guterres, Tổng thống Pháp", ("António Guterres", "Tổng Thư ký")),
        ("Thủ tướng Thái Lan Prayut Chan-o-cha tiếp đoàn", ("Prayut Chan-o-cha", "Thủ tướng")),
        ("Nhà sáng lập kiêm Chủ tịch điều hành WEF Klaus Schwab", ("Klaus Schwab", "Chủ tịch điều hành")),
    ],
)
def test_people_foreign_names_after_a_high_office(text: str, person: tuple[str, str]) -> None:
    """Lao and Thai names in hyphenated transliteration, a Khmer honorific before the name (rt-061), a name
    with a letter no Vietnamese syllable spells (rt-043); not the end of a place ("tỉnh Chăm-pa-xắc", "Thái
    Lan", whose first word is a family name too) nor an acronym ("WEF", "LHQ")."""
    assert _named(text)[0] == person


def test_people_one_hyphenated_word_with_its_office() -> None:
    """A Lao official named by one word ("ông Xổm-phết, Phó Tỉnh trưởng"); without an office after it, one
    word of two parts is not sure enough to be a name."""
    assert _named("Tiếp đoàn có ông Xổm-phết, Phó Tỉnh trưởng tỉnh Bò Kẹo.") == [("Xổm-phết", "Phó Tỉnh trưởng")]
    assert _named("ông Xổm-phết cho biết") == []


def test_a_name_the_excerpt_cuts_off_is_no_person(monkeypatch: pytest.MonkeyPatch) -> None:
    """NER may tag the last words of a cut excerpt ("Thay mặt Đoàn, Ngài Ba"): a name cut off is none."""
    monkeypatch.setattr(people_module, "_entities", lambda line: ["Ngài Ba"] if line.endswith("Ba") else [])
    assert people_module._ner_people("Phát biểu tại buổi tiếp, Ngài Ba", []) == []
    monkeypatch.setattr(people_module, "_entities", lambda line: ["Ba Lâm"])
    found = people_module._ner_people("Phát biểu tại buổi tiếp, Ngài Ba Lâm cảm ơn.", [])
    assert [p.name for _, p in found] == ["Ba Lâm"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office complete with its foreign place, then a comma: the next office is another person's
        (
            "Ra sân bay đón có Bộ trưởng Thương mại Nhật Bản, Thống đốc tỉnh Osaka, Đại sứ Nhật Bản tại Việt "
            "Nam Tanaka Hiroshi cùng cán bộ sứ quán.",
            [("Tanaka Hiroshi", "Đại sứ")],
        ),
        # a party's post is held with the office of state after it
        (
            "theo lời mời của Tổng Bí thư Đảng Cộng sản Trung Quốc, Chủ tịch nước Trung Quốc Tập Cận Bình.",
            [("Tập Cận Bình", "Tổng Bí thư")],
        ),
        # an office spelled with "sỹ", and a chain of offices without a unit before the last
        (
            "Đoàn đã gặp Thượng Nghị sỹ, Chủ tịch hội đồng vùng Normandie Hervé Morin.",
            [("Hervé Morin", "Thượng nghị sỹ")],
        ),
        # "Ủy viên trưởng" is an office, a standing membership before it is not
        (
            "theo lời mời của đồng chí Lật Chiến Thư, Ủy viên Thường vụ Bộ Chính trị, Ủy viên trưởng Ủy ban "
            "Thường vụ Nhân đại Trung Quốc, đoàn sẽ thăm",
            [("Lật Chiến Thư", "Ủy viên trưởng")],
        ),
        # initials apart by a space
        ("theo lời mời của Tổng thống J. F.Kennedy. Đây là", [("J. F.Kennedy", "Tổng thống")]),
        # a distribution list's "TTg"
        ("Nơi nhận:\n- TTg Phạm Minh Chính (để b/c);\n", [("Phạm Minh Chính", "Thủ tướng")]),
    ],
)
def test_people_offices_of_the_right_clause(text: str, expected: list[tuple[str, str]]) -> None:
    """Failure classes of the eighth blind split, in sentences written here."""
    assert _named(text) == expected


def test_people_a_lao_name_joined_by_a_dash() -> None:
    """A Lao name's halves joined by a spaced en dash or hyphen, an office after it; named again with the other
    dash and no office, it is the same person (written here); a title after a dash is no half of a name."""
    text = (
        "Đoàn chào xã giao đồng chí Bun Thông – Chít Ma Ny, Bí thư Tỉnh ủy tỉnh Xay Nha Bu Ly. "
        "Đồng chí gửi lời chào tới đồng chí Bun Thông - Chít Ma Ny và lãnh đạo tỉnh."
    )
    assert _named(text) == [("Bun Thông – Chít Ma Ny", "Bí thư")]
    assert _named("Ông Trần Văn Bình - Phó Chủ tịch UBND tỉnh") == [("Trần Văn Bình", "Phó Chủ tịch")]


def test_people_a_foreign_name_respelled_in_a_caption_is_one_person() -> None:
    """A caption transliterates the given name another way (written here); two people of one family name whose
    given names differ more, or Vietnamese names a letter apart, stay two."""
    text = (
        "Chủ tịch tỉnh tiếp ông Lee Hyeong Gun - Thị trưởng thành phố Incheon. "
        "Chủ tịch tỉnh tiếp Thị trưởng thành phố Incheon Lee Heong-goon (Ảnh: TTXVN)."
    )
    assert _named(text) == [("Lee Hyeong Gun", "Thị trưởng")]
    other = "ông Park Min Ho - Thị trưởng thành phố Busan và ông Park Ji Won - Thị trưởng thành phố Ulsan"
    assert [name for name, _ in _named(other)] == ["Park Min Ho", "Park Ji Won"]
    vietnamese = "ông Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh và ông Nguyễn Văn Dũng, Phó Chủ tịch UBND huyện"
    assert [name for name, _ in _named(vietnamese)] == ["Nguyễn Văn Hùng", "Nguyễn Văn Dũng"]


def _titles(text: str) -> dict[str, str | None]:
    return {p.name: p.title for p in find_people(text)}


def test_people_the_issuer_of_a_cited_decision_is_no_office_of_the_next_person() -> None:
    text = (
        "Xét đề nghị về việc sửa Quyết định số 12/2020/QĐ-BXD ngày 3 tháng 5 năm 2020 của Bộ trưởng Bộ Xây dựng, "
        "Phó Thủ tướng Lê Văn Thành thay mặt Thủ tướng Chính phủ có ý kiến như sau:"
    )
    assert _titles(text)["Lê Văn Thành"] == "Phó Thủ tướng"


def test_people_a_chain_of_offices_still_gives_the_first() -> None:
    text = "Theo lời mời của Phó Thủ tướng, Bộ trưởng Ngoại giao Lào Saleumxay Kommasith, đoàn sẽ sang thăm."
    assert _titles(text)["Saleumxay Kommasith"] == "Phó Thủ tướng"


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Đoàn có Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn, Chủ tịch Phân ban Việt Nam Trần Văn Bình.",
            "Trần Văn Bình",
            "Bộ trưởng",
        ),
        ("Đoàn có Giám đốc Sở Y tế và Phó Chủ tịch Hội Chữ thập đỏ Lê Thị Hoa.", "Lê Thị Hoa", "Phó Chủ tịch"),
    ],
)
def test_people_a_body_named_with_va_still_starts_a_chain(text: str, name: str, title: str) -> None:
    """A "và" between two capitalised words of a ministry's name joins the name; before a title it starts a clause."""
    assert _titles(text)[name] == title


def test_people_group_leaders_and_a_spokesperson() -> None:
    text = (
        "Tiếp đón đoàn có các ông: Park Min Soo - Trưởng nhóm Hữu nghị tỉnh Hà Tĩnh; Choi Jae Won - Phó nhóm "
        "Hữu nghị tỉnh Hà Tĩnh.\nNgày 6-10, người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng thông báo chuyến thăm."
    )
    titles = {name: (title or "").lower() for name, title in _titles(text).items()}
    assert titles["Park Min Soo"] == "trưởng nhóm"
    assert titles["Choi Jae Won"] == "phó nhóm"
    assert titles["Lê Thị Thu Hằng"] == "người phát ngôn"


def test_people_his_excellency_is_no_part_of_the_name() -> None:
    people = find_people("Đón đoàn có ông H.E Sok Chenda, Ủy viên Trung ương Đảng, Chủ tịch tỉnh Kampot.")
    assert [(p.name, p.honorific) for p in people] == [("Sok Chenda", "ông")]


def test_people_anh_before_a_name_is_neither_name_nor_honorific() -> None:
    text = (
        "Bí thư Trung ương Đoàn Trần Văn Minh cho biết.\n"
        "Anh Trần Văn Minh, Bí thư BCH Trung ương Đoàn, Chủ tịch Hội đồng Đội Trung ương. Ảnh: TN"
    )
    assert [p.name for p in find_people(text)] == ["Trần Văn Minh"]


def test_people_a_foreign_capital_starts_a_name() -> None:
    """Polish, Czech, Nordic capitals ("Ż", "Ł", "Ø") start a foreign name as a Latin capital does."""
    text = "Đoàn làm việc với Tỉnh trưởng tỉnh Mazowieckie Łukasz Żelewski về hợp tác."
    assert _titles(text) == {"Łukasz Żelewski": "Tỉnh trưởng"}


def test_people_a_title_before_the_name_beats_the_office_after_a_dash() -> None:
    text = "Đoàn sẽ gặp Thượng nghị sĩ Mary Jones - Bộ trưởng Y tế và lãnh đạo Hội Doanh nhân."
    assert _titles(text) == {"Mary Jones": "Thượng nghị sĩ"}


def test_people_a_place_word_alone_before_a_foreign_name() -> None:
    """ "Thủ hiến bang X Y": X is the state; "Thủ hiến bang Y Z" (no state named) is Y Z."""
    assert _titles("Thủ tướng hội kiến với Thủ hiến bang Markus Hofer tại thủ phủ.") == {"Markus Hofer": "Thủ hiến"}
    assert _titles("hội kiến Thủ hiến bang Bavaria Markus Hofer.") == {"Markus Hofer": "Thủ hiến"}


def test_people_a_generation_after_the_name() -> None:
    people = find_people("Bộ đón Ngài John Smith Jr.- Chủ tịch Ủy ban Quốc gia về Nghệ thuật theo đề nghị.")
    assert [(p.name, p.title) for p in people] == [("John Smith Jr.", "Chủ tịch")]


def test_people_names_printed_in_capitals_in_running_text() -> None:
    """A name in capitals is read and kept as printed; a heading in capitals names nobody by its style."""
    text = (
        "TUYÊN BỐ CHUNG CỦA THỦ TƯỚNG NGUYỄN VĂN AN\n"
        "Thủ tướng Chính phủ nước Cộng hòa nhân dân Trung Hoa LÝ MINH ĐỨC đã sang thăm. Cùng đi có Phó Thủ "
        "tướng kiêm Bộ trưởng Bộ Ngoại giao TRẦN QUỐC BẢO, Thứ trưởng Bộ Ngoại giao CHƯƠNG VĂN PHÚ."
    )
    assert _titles(text) == {
        "LÝ MINH ĐỨC": "Thủ tướng",
        "TRẦN QUỐC BẢO": "Phó Thủ tướng",
        "CHƯƠNG VĂN PHÚ": "Thứ trưởng",
    }


def test_people_a_city_union_is_no_name() -> None:
    """ "Bí thư Thành Đoàn Đà Nẵng": the city's Youth Union, not a person called Đoàn Đà Nẵng."""
    text = "Đồng chí Lê Văn Hải, Bí thư Thành Đoàn Đà Nẵng là thành viên của đoàn."
    assert _titles(text) == {"Lê Văn Hải": "Bí thư"}


def test_people_a_degree_after_the_honorific_is_no_part_of_the_name() -> None:
    text = "Đoàn do đồng chí TS. Khăm-phăn Xi-xu-lít - Bí thư, Tỉnh trưởng tỉnh Chăm Pa Sắc làm trưởng đoàn."
    assert [p.name for p in find_people(text)] == ["Khăm-phăn Xi-xu-lít"]


def test_people_a_lao_name_after_a_lao_province() -> None:
    text = "Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư, Tỉnh trưởng tỉnh Khăm Muộn Bun Xi Đa Vông chủ trì."
    assert _titles(text) == {"Bun Xi Đa Vông": "Bí thư"}


def test_people_a_membership_before_the_name_and_the_post_after_it() -> None:
    text = (
        "Tham gia Đoàn có Ủy viên Ủy ban Đối ngoại Nguyễn Văn Bình, Phó Chủ tịch Nhóm nghị sĩ hữu nghị; "
        "đồng chí Trần Thị Lan, Ủy viên BCH Trung ương Đảng, Ủy viên Ủy ban Thường vụ Quốc hội, Chủ nhiệm Ủy ban "
        "Xã hội làm Trưởng đoàn."
    )
    assert _titles(text) == {"Nguyễn Văn Bình": "Phó Chủ tịch", "Trần Thị Lan": "Chủ nhiệm"}


def test_people_a_name_does_not_start_inside_a_place() -> None:
    text = "Chủ tịch Hội nghị sĩ Hữu nghị Việt Nam Nam - Belarus Nguyễn Văn Tú đã làm việc với đối tác."
    assert "Nam Nam" not in _titles(text)


def test_people_a_plural_title_with_its_unit_before_the_colon() -> None:
    text = "Dự họp có các Phó Thủ tướng Chính phủ:\nLê Văn Hùng, Trần Minh Tâm, Bộ trưởng Bộ Quốc phòng Phan Văn Toàn."
    people = {p.name: (p.title, p.unit) for p in find_people(text)}
    assert people["Lê Văn Hùng"] == people["Trần Minh Tâm"] == ("Phó Thủ tướng", "Chính phủ")
    assert people["Phan Văn Toàn"][0] == "Bộ trưởng"


def test_people_a_bare_list_of_names_with_one_known() -> None:
    """Names alone in brackets count when the text names one of them elsewhere; a list naming nobody known is
    left alone (it may be streets or works)."""
    text = (
        "Thứ trưởng Lê Văn Sơn ký văn bản. Đoàn có 4 thành viên (Lê Văn Sơn, Phan Anh, Trần Công Minh, "
        "Hoàng Văn Hòa) đi cùng."
    )
    assert _titles(text) == {
        "Lê Văn Sơn": "Thứ trưởng",
        "Phan Anh": None,
        "Trần Công Minh": None,
        "Hoàng Văn Hòa": None,
    }
    assert _titles("Các phố (Lê Văn Sơn, Phan Anh, Trần Công Minh) được mở rộng.") == {}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Phó Thủ tướng gặp Thủ hiến bang Punjab Shri Arvind Kumar và Bộ trưởng Tài chính Sri Mulyani Indrawati.",
            [("Arvind Kumar", "Thủ hiến"), ("Sri Mulyani Indrawati", "Bộ trưởng")],  # "Sri" is a given name too
        ),
        ("Đoàn hội kiến Thủ hiến bang Perak Datuk Saarani Mohamad.", [("Saarani Mohamad", "Thủ hiến")]),
    ],
)
def test_people_foreign_honorifics_are_no_part_of_the_name(text: str, people: list[tuple[str, str]]) -> None:
    """India's "Shri" and Malaysia's "Datuk" style a name as "ông" does (texts8)."""
    assert [(person.name, person.title) for person in find_people(text)] == people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Xét đề nghị của Bộ Ngoại giao, thay mặt Thủ tướng Chính phủ, Phó Thủ tướng Vũ Khoan có ý kiến như sau:",
            [("Vũ Khoan", "Phó Thủ tướng")],
        ),
        (
            "Về dự thảo Hiệp định, Phó Thủ tướng Nguyễn Tấn Dũng Thay mặt Thủ tướng Chính phủ có ý kiến như sau:",
            [("Nguyễn Tấn Dũng", "Phó Thủ tướng")],
        ),
        (
            "Thừa lệnh Bộ trưởng Bộ Ngoại giao, Vụ trưởng Vụ Lễ tân Trần Văn Bình thông báo như sau:",
            [("Trần Văn Bình", "Vụ trưởng")],
        ),
    ],
)
def test_the_office_acted_for_is_not_the_person_s(text: str, expected: list[tuple[str, str]]) -> None:
    """ "thay mặt Thủ tướng Chính phủ, Phó Thủ tướng X": the office after "thay mặt" / "thừa lệnh" is the one X acts
    for, not the first office of X's chain; "Thay mặt" capitalised after a name is no part of it."""
    assert [(p.name, p.title) for p in find_people(text)] == expected


def test_a_seat_on_a_leadership_board_is_a_membership() -> None:
    """ "Ủy viên Ban Lãnh đạo, Phó Chủ nhiệm …": the post after the membership is the person's title."""
    text = (
        "Đoàn hội kiến với đồng chí Trác Trạch Uyên, Ủy viên Ban Lãnh đạo, Phó Chủ nhiệm công tác đào tạo của Trường."
    )
    assert [(p.name, p.title) for p in find_people(text)] == [("Trác Trạch Uyên", "Phó Chủ nhiệm")]


@pytest.mark.parametrize(
    "text",
    [
        "Chủ tịch UBND thành phố tiếp Đại sứ Vương Quốc Hà Lan tại Việt Nam.",  # the kingdom, no person Vương
        "Đại sứ Cộng Hòa Pháp tại Việt Nam đã dự buổi lễ.",
        "3. Ông Hà Văn Lâm, Phó Chủ nhiệm Ủyban Khoa học và kỹ thuật Nhà nước, làm ủy viên.",
    ],
)
def test_bodies_and_states_written_with_capitals_are_no_names(text: str) -> None:
    """A state's form and its name in capitals ("Vương Quốc Hà Lan") and a body's glued word ("Ủyban Khoa học")
    are no person's name."""
    assert all(not p.name.startswith(("Vương Quốc", "Cộng Hòa", "Ủyban")) for p in find_people(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đoàn do Quận trưởng Kim Youngbae làm trưởng đoàn đến thăm tỉnh.", ("Kim Youngbae", "Quận trưởng")),
        ("Phó Quận trưởng quận Gangnam Lee Sun Ho đã tiếp đoàn.", ("Lee Sun Ho", "Phó Quận trưởng")),
    ],
)
def test_a_foreign_district_head(text: str, expected: tuple[str, str]) -> None:
    """A Korean or Japanese district's head ("Quận trưởng", as "Huyện trưởng", "Thị trưởng") is an office."""
    assert expected in [(p.name, p.title) for p in find_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Về phía Nga có Thứ trưởng Ngoại giao Mor-gu-lôv, Đại sứ đặc mệnh toàn quyền Liên bang Nga tại Việt Nam"
            " Konstantin Vnukov, Cục trưởng Cục Lễ tân Phi-la-tôv cùng nhiều cán bộ.",
            [
                ("Mor-gu-lôv", "Thứ trưởng", "Ngoại giao"),
                ("Konstantin Vnukov", "Đại sứ đặc mệnh toàn quyền", "Liên bang Nga tại Việt Nam"),
                ("Phi-la-tôv", "Cục trưởng", "Cục Lễ tân"),
            ],
        ),
        ("Bộ trưởng Ngoại giao Xéc-gây La-vrốp đã tiếp đoàn.", [("Xéc-gây La-vrốp", "Bộ trưởng", "Ngoại giao")]),
        ("Đoàn gặp Thứ trưởng Ma-lai-xi-a.", []),  # a transliterated country, no name
        # a place OCR misread after a clause ("đi công tác tại"), not after an office's unit
        ("quyết định cử 02 cán bộ đi công tác tại Q-xtrây-ii-a từ ngày 11/10/2026", []),
    ],
)
def test_people_one_transliterated_word_after_a_title_is_the_holder(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """A foreign name transliterated as one word of three parts or more ("Mor-gu-lôv") names the office holder, so
    the title before it is not given to the next name of the list."""
    assert [(p.name, p.title, p.unit) for p in find_people(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bộ trưởng Bộ Giao thông và Viễn thông U Than Sin Maung; Thứ trưởng Bộ Ngoại giao U Kyan Zeyar và nhiều"
            " quan chức của Myanmar.",
            [("U Than Sin Maung", "Bộ trưởng"), ("U Kyan Zeyar", "Thứ trưởng")],
        ),
        ("Tổng thống Myanmar U Thein Sein đã tiếp đoàn.", [("U Thein Sein", "Tổng thống")]),
        ("Bộ trưởng Ngoại giao Myanmar U Wunna Maung Lwin cho biết.", [("U Wunna Maung Lwin", "Bộ trưởng")]),
        ("Tỉnh trưởng tỉnh U Đôm Xay tiếp đoàn.", []),  # a Lao province, no Burmese name
    ],
)
def test_people_a_burmese_name_keeps_its_u(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.title) for p in find_people(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Phó Chủ tịch Quốc hội Uông Chu Lưu dẫn đầu đoàn.", [("Uông Chu Lưu", "Phó Chủ tịch", "Quốc hội")]),
        (
            "Phó Bí thư Thường trực Thành ủy TP.HCM Nguyễn Hồ Hải vừa ký ban hành quy định.",
            [("Nguyễn Hồ Hải", "Phó Bí thư Thường trực", "Thành ủy TP.HCM")],
        ),
        (
            "Chủ tịch UBND TP. Hồ Chí Minh Phan Văn Mãi tiếp đoàn.",
            [("Phan Văn Mãi", "Chủ tịch", "UBND TP. Hồ Chí Minh")],
        ),
        ("Tiếp đoàn có Thứ trưởng Ngoại giao Đỗ Hùng Việt.", [("Đỗ Hùng Việt", "Thứ trưởng", "Ngoại giao")]),
        ("Bộ trưởng Công Thương Nguyễn Hồng Diên phát biểu.", [("Nguyễn Hồng Diên", "Bộ trưởng", "Công Thương")]),
    ],
)
def test_people_names_after_a_unit_with_tp_or_a_rarer_family_name(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """A unit with "TP." (thành phố) before the name; a three-syllable name from a rarer family name after any unit;
    a minister named with the ministry's short name is title "Bộ trưởng"/"Thứ trưởng", unit the ministry."""
    assert [(p.name, p.title, p.unit) for p in find_people(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bộ trưởng Công an Tô Lâm dự.", [("Tô Lâm", "Bộ trưởng", "Công an")]),
        ("Thứ trưởng Y tế Đỗ Xuân Tuyên phát biểu.", [("Đỗ Xuân Tuyên", "Thứ trưởng", "Y tế")]),
        ("Bộ trưởng Nội vụ Lê Vĩnh Tân", [("Lê Vĩnh Tân", "Bộ trưởng", "Nội vụ")]),
        ("Phó Chủ tịch UBND tỉnh Hà Giang dự.", []),  # a province after "tỉnh", no minister's short ministry
    ],
)
def test_people_a_two_syllable_name_after_a_ministry_short_name(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """A minister's title with the ministry's short name ("Bộ trưởng Công an") is a body the name follows, as
    "Bộ Công an" is: a two-syllable name after it is as sure as right after the title."""
    assert [(p.name, p.title, p.unit) for p in find_people(text)] == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Ông Đặng Văn Hà - Phó Chủ tịch HĐND tỉnh cho biết.", "HĐND tỉnh"),
        ("Ông Đặng Văn Hà, Giám đốc Sở Ngoại vụ phát biểu tại buổi lễ.", "Sở Ngoại vụ"),
        ("Bà Lê Thị Hoa, Chủ tịch Hội Phụ nữ tỉnh Nam Định dẫn đầu đoàn.", "Hội Phụ nữ tỉnh Nam Định"),
    ],
)
def test_people_a_unit_after_the_name_ends_at_the_sentence_verb(text: str, unit: str) -> None:
    (person,) = find_people(text)
    assert person.unit == unit


@pytest.mark.parametrize(
    ("text", "spouse"),
    [
        ("Tổng Bí thư Tô Lâm và Phu nhân Ngô Phương Ly cùng đoàn đại biểu đã đến Sân bay Minsk.", "Ngô Phương Ly"),
        (
            "Thủ tướng Chính phủ Phạm Minh Chính, Phu nhân Lê Thị Bích Trân và Đoàn đại biểu Việt Nam.",
            "Lê Thị Bích Trân",
        ),
        (
            "Chủ tịch nước Cuba Miguel Díaz-Canel Bermúdez và Phu nhân Lis Cuesta Peraza đến Hà Nội.",
            "Lis Cuesta Peraza",
        ),
        ("Cùng đi có phu nhân Trần Thị Hoa.", "Trần Thị Hoa"),
    ],
)
def test_people_a_spouse_is_a_person_with_no_title(text: str, spouse: str) -> None:
    assert (spouse, None) in [(p.name, p.title) for p in find_people(text)]


def test_people_the_spouse_of_an_office_is_no_name() -> None:
    people = find_people("Phu nhân Thủ tướng Nhật Bản thăm trường học; Phu nhân Tổng Bí thư Tô Lâm dự lễ.")
    assert [(p.name, p.title) for p in people] == [("Tô Lâm", "Tổng Bí thư")]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("KT. BỘ TRƯỞNG, CHỦ NHIỆMPHÓ CHỦ NHIỆMNguyễn Xuân Phúc", "Phó Chủ nhiệm"),
        ("KT. CHỦ TỊCHPHÓ CHỦ TỊCH Nguyễn Văn An\n", "Phó Chủ tịch"),
        ("KT. GIÁM ĐỐCPHÓ GIÁM ĐỐCTrần Văn Bình", "Phó Giám đốc"),
    ],
)
def test_people_a_deputys_office_glued_to_the_office_above(text: str, title: str) -> None:
    assert [p.title for p in find_people(text)] == [title]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Đón đoàn có Quốc vụ khanh Ahmed bin Mohammed Al Sayed.", "Ahmed bin Mohammed Al Sayed"),
        ("Bộ trưởng Khalid bin Mohammed Al Attiyah tiếp đoàn.", "Khalid bin Mohammed Al Attiyah"),
        (
            "Đón đoàn có Vụ trưởng Vụ Lễ tân, Bộ Ngoại giao Ibrahim Yousuf Abdullah Fakhro.",
            "Ibrahim Yousuf Abdullah Fakhro",
        ),
        ("Vụ trưởng Vụ Châu Âu, Bộ Ngoại giao Hans Peter Müller tiếp đoàn.", "Hans Peter Müller"),
    ],
)
def test_people_long_arab_names_whole(text: str, name: str) -> None:
    assert [p.name for p in find_people(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "theo lời mời của Thủ tướng Sáp-cát Mi-rơ-di-ép.Thủ tướng S.Mi-rơ-di-ép cùng các quan chức ra đón.",
        "Thủ tướng Sáp-cát Mi-rơ-di-ép đón đoàn. Thủ tướng S. Mi-rơ-di-ép cảm ơn.",
        "Tổng thống Vla-đi-mia Pu-tin tiếp đoàn; ông V.Pu-tin nói.",
    ],
)
def test_people_a_name_again_by_its_initial_is_one_person(text: str) -> None:
    assert len(find_people(text)) == 1


def test_people_another_person_with_the_same_last_word_stays() -> None:
    people = find_people("Thủ tướng Sáp-cát Mi-rơ-di-ép đón đoàn. Bộ trưởng A.Mi-rơ-di-ép cảm ơn.")
    assert len(people) == 2


def test_people_a_rarer_family_name_after_a_deputys_office() -> None:
    text = "Phó Chủ nhiệm Văn phòng Chủ tịch nước Cấn Đình Tài; Thứ trưởng Bộ Ngoại giao Đặng Hoàng Giang"
    assert ("Cấn Đình Tài", "Phó Chủ nhiệm") in [(p.name, p.title) for p in find_people(text)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Tiếp đoàn có ông Aldrik Gierveld, Phó Tổng Vụ trưởng. Ông Alsrik Gierveld cảm ơn đoàn.", 1),
        ("Bộ trưởng Wolfgang Schmidt tiếp đoàn. Ông Wolfgang Schmitt cảm ơn đoàn.", 1),
        ("Bộ trưởng John Smith tiếp đoàn. Ông Joan Smith cảm ơn đoàn.", 2),
        (  # three words, two the same, one a letter off: one person whatever office the later chain names first
            "mời của Chủ tịch Hạ viện Ấn Độ Om Prakash Birlaa. Đoàn hội kiến Thủ tướng Narendra Modi và Phó Tổng "
            "thống kiêm Chủ tịch Hạ viện Om Prakash Birla tại Delhi.",
            2,
        ),
        ("Bộ trưởng Marie Claire Dubois tiếp đoàn; Thứ trưởng Marie Claire Dupois dự.", 2),
        ("Đại sứ Mark Tran tiếp đoàn; Bộ trưởng Mary Tran dự.", 2),
    ],
)
def test_people_a_mistyped_foreign_name_is_the_same_person(text: str, count: int) -> None:
    assert len(find_people(text)) == count


@pytest.mark.parametrize(
    ("text", "title", "unit"),
    [
        (
            "viếng nguyên Chủ tịch Đảng Nhân dân cách mạng Lào, nguyên Chủ tịch nước Lào Khamtay Siphandone, ngày 4-4.",
            "nguyên Chủ tịch",
            "Đảng Nhân dân cách mạng Lào",
        ),
        (
            "gặp nguyên Bộ trưởng Bộ Ngoại giao, nguyên Phó Thủ tướng Nguyễn Mạnh Cầm.",
            "nguyên Bộ trưởng",
            "Bộ Ngoại giao",
        ),
        ("thăm nguyên Tổng Bí thư, nguyên Chủ tịch nước Nông Đức Mạnh tại nhà riêng.", "nguyên Tổng Bí thư", None),
    ],
)
def test_people_a_former_holders_chain_starts_at_its_first_office(text: str, title: str, unit: str | None) -> None:
    assert [(p.title, p.unit) for p in find_people(text)] == [(title, unit)]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Bộ Ngoại giao đề nghị ủng hộ bàMarie-Claire DUBOIS vào chức Tổng Giám đốc", "Marie-Claire DUBOIS", None),
        ("Đoàn đã gặp ông François MARTIN, Thị trưởng thành phố Lyon.", "François MARTIN", "Thị trưởng"),
        ("Chiều 5/3, ôngHeinrich BAUER trao đổi với đoàn.", "Heinrich BAUER", None),
    ],
)
def test_people_a_glued_honorific_and_a_surname_in_capitals(text: str, name: str, title: str | None) -> None:
    """A web copy glues "ông"/"bà" to the name, and European papers print the surname in capitals: the one-word
    given name and the capitals are one name (written here)."""
    assert [(p.name, p.title) for p in find_people(text)] == [(name, title)]


@pytest.mark.parametrize(
    "text",
    [
        "Dự án do ông Peter điều phối, phối hợp với UNDP; ông Peter UNDP cảm ơn",
        "Tổ chức OXFAM cử ông Jean OXFAM tham dự",
    ],
)
def test_people_an_acronym_printed_alone_elsewhere_is_no_surname(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A capitals word the text prints alone elsewhere is an acronym, not the surname of the given name before it
    (underthesea off: its own reading is not this rule's)."""
    monkeypatch.setitem(nlp.enabled, "underthesea", False)
    assert all(" " not in p.name or not p.name.split()[-1].isupper() for p in find_people(text))


@pytest.mark.parametrize(
    ("text", "name", "unit"),
    [
        ("Ủy quyền Thứ trưởng Bộ Tư pháp nguyễn Khánh Ngọc ký Hiệp định.", "nguyễn Khánh Ngọc", "Bộ Tư pháp"),
        ("Giám đốc Sở Ngoại vụ huỳnh Văn Tâm đã ký công văn.", "huỳnh Văn Tâm", "Sở Ngoại vụ"),
        ("đồng ý để Phó Chủ tịch UBND tỉnh trịnh Thị Lan dẫn đoàn", "trịnh Thị Lan", "UBND tỉnh"),
    ],
)
def test_people_a_family_name_typed_in_lower_case(text: str, name: str, unit: str) -> None:
    """A family name typed in lower case after the office ("… Bộ Giao thông vận tải nguyễn Việt Tiến"), kept as
    printed; only family names that are no common word (written here)."""
    assert [(p.name, p.unit) for p in find_people(text)] == [(name, unit)]


def test_people_a_common_word_before_a_name_is_no_lower_case_family() -> None:
    """ "lê", "vũ", "trần" are words too: no name is built from them."""
    assert [p.name for p in find_people("Giám đốc Sở Văn hóa trần Nhà Hát Lớn")] == []


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "tiếp Bộ trưởng Thương mại và Công nghiệp Qatar Ali Bin Ahmed Al Kuwari tại Hà Nội",
            "Ali Bin Ahmed Al Kuwari",
            "Bộ trưởng",
        ),
        (
            "hội đàm với Bộ trưởng Ngoại giao Ả-rập Xê-út Faisal Bin Farhan Al Saud về hợp tác",
            "Faisal Bin Farhan Al Saud",
            "Bộ trưởng",
        ),
        (
            "gặp Bộ trưởng Năng lượng UAE Hamad Mohammed Saeed Al Mansoori, trao đổi",
            "Hamad Mohammed Saeed Al Mansoori",
            "Bộ trưởng",
        ),
    ],
)
def test_people_an_arabic_name_of_five_words_after_an_acronym(text: str, name: str, title: str) -> None:
    """An Arabic name with its article or patronymic ("Al", "Bin") runs to five words, and an acronym before it
    ("UAE") is no part of the run (written here)."""
    assert [(p.name, p.title) for p in find_people(text)] == [(name, title)]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Phó Thủ tướng đã tiếp Quốc vụ khanh phụ trách thương mại, đầu tư Oman Salim Al Harthy, sau đó",
            "Salim Al Harthy",
            "Quốc vụ khanh",
        ),
        (
            "Phó Chủ tịch phụ trách văn hóa, xã hội Nguyễn Văn Hai chủ trì buổi làm việc",
            "Nguyễn Văn Hai",
            "Phó Chủ tịch",
        ),
    ],
)
def test_people_an_offices_remit_listed_with_commas(text: str, name: str, title: str) -> None:
    """ "phụ trách kinh tế, đầu tư …": a remit's fields listed with a comma go on to the name, as a unit's comma
    does (written here); a verb after the comma still ends it."""
    assert [(p.name, p.title) for p in find_people(text)] == [(name, title)]
    assert find_people("Phó Chủ tịch phụ trách văn hóa, đã chỉ đạo Sở Y tế Lê Văn Ba") == []


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Đại sứ Việt Nam tại Myanmar Vũ Thanh Huyền cùng cán bộ Đại sứ quán", "Vũ Thanh Huyền", "Đại sứ"),
        ("Tổng Lãnh sự Việt Nam tại Lào Khổng Minh Châu đón đoàn", "Khổng Minh Châu", "Tổng Lãnh sự"),
        ("Đại sứ Việt Nam tại Hàn Quốc Ông Thanh Hải đón đoàn tại sân bay", "Ông Thanh Hải", "Đại sứ"),
        (
            "Đại sứ, Trưởng Phái đoàn Việt Nam tại ASEAN Lê Minh Hà (tham gia đoàn) và",
            "Lê Minh Hà",
            "Đại sứ",
        ),
    ],
)
def test_people_a_vietnamese_envoy_after_the_host_country(text: str, name: str, title: str) -> None:
    """A Vietnamese envoy named after the host country: three Vietnamese syllables, even from a family name the
    lists lack ("Ông"), are the name; "Trưởng Phái đoàn" is an office of diplomacy, the chain's first office
    "Đại sứ" (written here)."""
    assert [(p.name, p.title) for p in find_people(text)] == [(name, title)]


def test_people_a_body_after_the_host_country_is_no_envoy() -> None:
    assert find_people("Đại sứ Việt Nam tại Nhật Bản Hội Nông Dân tỉnh đón") == []


@pytest.mark.parametrize(
    "text",
    ["Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh Nguyễn Thị", "Đoàn do Phó Thủ tướng Trần Văn", "gặp bà Lê Thị"],
)
def test_people_a_name_cut_at_its_middle_name_is_no_person(text: str) -> None:
    """An excerpt that stops after the middle name ("Nguyễn Thị") names nobody for sure (written here)."""
    assert find_people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hội đàm với Thủ tướng Mozambique Adriano Afonso Maleiane về hợp tác", "Adriano Afonso Maleiane"),
        ("tiếp Bộ trưởng Ngoại giao Oman Badr Bin Hamad Al Busaidi tại Hà Nội", "Badr Bin Hamad Al Busaidi"),
    ],
)
def test_people_a_foreign_town_named_like_a_given_name_after_the_country(text: str, name: str) -> None:
    """A given name that is also a town in another country ("Adriano", Italy; "Badr", Egypt) read right after the
    holder's country is the name's, not a place (written here)."""
    assert [p.name for p in find_people(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name", "unit"),
    [
        ("gặp Tổng Bí thư đảng MPLA Paulo Pombolo và đoàn", "Paulo Pombolo", "đảng MPLA"),
        ("làm việc với Chủ tịch đảng Fretilin Francisco Guterres tại Dili", "Francisco Guterres", "đảng Fretilin"),
    ],
)
def test_people_a_partys_name_before_its_officers_name(text: str, name: str, unit: str) -> None:
    """After "đảng" the run starts with the party's name, as after "tỉnh" with a place's (written here)."""
    assert [(p.name, p.unit) for p in find_people(text)] == [(name, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "đề nghị Thủ tướng Chính phủ cho phép Viện Nghiên cứu phối hợp với Konrad Adenauer Stiftung tổ chức hội thảo",
        "Phó Chủ tịch UBND tỉnh chỉ đạo Sở Ngoại vụ làm việc với Friedrich Ebert Stiftung",
        "Bộ trưởng Bộ Tài chính yêu cầu Công ty Deloitte Touche Tohmatsu báo cáo",
    ],
)
def test_people_a_run_after_a_clause_verb_is_no_title_holder(text: str) -> None:
    """A verb that asks or lets someone act ends the title's tail: the foundation or firm after it holds no office."""
    assert find_people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("làm việc với Phó Thống đốc bang Minas Gerais Romeu Zema Neto Filho; dự lễ", "Romeu Zema Neto Filho"),
        ("gặp Thủ hiến bang Bayern Markus Thomas Theodor Söder tại Munich", "Markus Thomas Theodor Söder"),
        ("hội kiến Thống đốc tỉnh Mendoza Alfredo Víctor Cornejo Pérez hôm qua", "Alfredo Víctor Cornejo Pérez"),
    ],
)
def test_people_four_foreign_words_after_a_place_word_and_its_place(text: str, name: str | None) -> None:
    """After "bang X" / "tỉnh X" the run's foreign words after the place are a name of up to four words (written
    here); after a two-word place ("Minas Gerais") the four words left are a name too, all foreign (people21)."""
    assert [p.name for p in find_people(text)] == ([name] if name else [])


@pytest.mark.parametrize(
    "text",
    [
        "tại trụ sở của Thống đốc bang, Cung điện Pedro Ludovico Teixeira, đoàn được đón",
        "Chủ tịch nước trao Huân chương Hữu nghị cho Quỹ, Huân chương Ernesto Che Guevara cũng được trao",
        "Tổng thống và đoàn tới Quảng trường Nelson Mandela",
    ],
)
def test_people_a_thing_named_after_someone_holds_no_office(text: str) -> None:
    """A palace, a medal, a square named after a person ("Cung điện Pedro Ludovico Teixeira") is no office holder
    of the title before it (written here)."""
    assert find_people(text) == []


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Theo nhà nghiên cứu lịch sử Dương Trung Quốc, chuyến thăm năm 1946", "Dương Trung Quốc", None),
        ("Luật sư Trần Văn Nam, Phó Chủ tịch Hội Luật gia tỉnh, cho biết", "Trần Văn Nam", "Phó Chủ tịch"),
        ("Nhà ngoại giao Vũ Khoan kể lại trong hồi ký", "Vũ Khoan", None),
    ],
)
def test_people_named_after_an_occupation(text: str, name: str, title: str | None) -> None:
    """A person named after an occupation, not an office ("chuyên gia kinh tế X", "nhà ngoại giao X"): a person
    with no title unless an office follows (written here)."""
    assert [(p.name, p.title) for p in find_people(text)] == [(name, title)]


def test_people_an_occupation_before_a_place_is_no_person() -> None:
    assert find_people("các chuyên gia Hà Nội và nhà nghiên cứu Trung Quốc tham dự") == []


def test_a_local_leader_named_after_the_place_by_a_family_name_no_list_holds() -> None:
    text = (
        "Đoàn đại biểu huyện Nam Giang đến thăm tỉnh Sê Kông. Bí thư Huyện ủy Nam Giang Chờ Rưm Nhiên đã "
        "trao quà cho các gia đình."
    )
    people = {p.name: (p.title, p.unit) for p in find_people(text)}
    assert people.get("Chờ Rưm Nhiên") == ("Bí thư", "Huyện ủy Nam Giang")
    assert _local_leaders(text.replace("Chờ Rưm Nhiên", "ông Chờ Rưm Nhiên")) == []  # no run after the place
    assert _local_leaders("Bí thư Huyện ủy Nam Giang đã trao quà cho các gia đình.") == []
