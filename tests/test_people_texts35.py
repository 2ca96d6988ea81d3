"""People of central dispatches copied from the web (blind66 as development): a distribution list's short titles with
a stop after them, and an office the copy glued into one word. Texts written for these tests in the forms such
dispatches print (the abbreviations and the glued word are the real ones; the names are not)."""

from __future__ import annotations

import pytest

from extractors.people import find_people
from extractors.vntext import split_glued_small


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.title) for p in find_people(text)]


def test_a_short_title_and_a_colon_give_every_listed_name_the_title() -> None:
    text = "Nơi nhận:\n- TTg, các PTTg;\n- VPCP: BTCN, PCN: Lê Văn Tâm, Trần Thị Hoa; các Vụ: TH, KTTH;\n- Lưu: VT."
    assert ("Lê Văn Tâm", "Phó Chủ nhiệm") in _people(text)
    assert ("Trần Thị Hoa", "Phó Chủ nhiệm") in _people(text)


@pytest.mark.parametrize(
    ("short", "name", "title"),
    [
        ("BT", "Phạm Văn Khoa", "Bộ trưởng"),
        ("TTr", "Nguyễn Hữu Bình", "Thứ trưởng"),
        ("PCN", "Lê Văn Tâm", "Phó Chủ nhiệm"),
    ],
)
def test_a_distribution_items_short_title_with_a_dot_is_its_names_office(short: str, name: str, title: str) -> None:
    text = f"Nơi nhận:\n- Như trên;\n- {short}. {name} (để b/c);\n- Lưu: VT, Vụ GDCN."
    assert _people(text) == [(name, title)]


@pytest.mark.parametrize("item", ["- TT Đặng Thị Hoa (để b/c);", "-TT Đặng Thị Hoa;"])
def test_a_dashed_items_short_title_without_a_stop_is_its_names_office(item: str) -> None:
    text = f"Nơi nhận:\n- Như trên;\n- Bộ trưởng (để b/c);\n{item}\n- TT HĐND tỉnh;\n- Lưu: VT, DSVH."
    assert _people(text) == [("Đặng Thị Hoa", "Thứ trưởng")]


@pytest.mark.parametrize(
    "text",
    [
        "Căn cứ Tờ trình số 45/TTr. Nguyễn Văn An, Giám đốc Sở, đề nghị",  # a Tờ trình's symbol, no office
        "Theo đề nghị của TT Nguyễn Văn An về việc",  # "TT" with no stop outside a dashed item: no office
        "Ông Nguyễn Văn An, Giám đốc Sở, gửi BT. Đề nghị",
    ],
)
def test_a_list_abbreviation_outside_a_list_item_is_no_title(text: str) -> None:
    assert all(title not in {"Bộ trưởng", "Thứ trưởng"} for _, title in _people(text))


def test_an_office_glued_into_one_word_after_a_names_comma_is_read_spaced() -> None:
    text = "Chi tiết xin liên hệ đồng chí Lê Minh Tâm, chuyênviên Vụ Giáo dục chuyên nghiệp theo số điện thoại"
    assert [(p.name, p.title, p.unit) for p in find_people(text)] == [
        ("Lê Minh Tâm", "chuyên viên", "Vụ Giáo dục chuyên nghiệp")
    ]


def test_a_glued_word_that_is_no_office_gives_no_title() -> None:
    assert _people("Ông Lê Minh Tâm, đãnói rằng dự án chậm") == [("Lê Minh Tâm", None)]


@pytest.mark.parametrize(
    ("word", "cut"), [("chuyênviên", ("chuyên", "viên")), ("chuyên", None), ("abcdef", None), ("Chuyênviên", None)]
)
def test_split_glued_small_cuts_two_small_syllables_only(word: str, cut: tuple[str, str] | None) -> None:
    assert split_glued_small(word) == cut


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (  # acting for the head: his office is no one's in the chain after it
            "Thừa ủy quyền của Thủ tướng Chính phủ, Phó Thủ tướng, Bộ trưởng Ngoại giao Lê Văn Tâm đã trao quyết định",
            "Lê Văn Tâm",
            "Phó Thủ tướng",
        ),
        (  # the body the unit belongs to, after a comma, then the rank
            "Tại Luân Đôn, Phó Cục trưởng Cục Quản lý xuất nhập cảnh, Bộ Công an, Đại tá Lê Văn Tâm và Thứ trưởng Anh",
            "Lê Văn Tâm",
            "Phó Cục trưởng",
        ),
        (  # a rank written apart between the name and the office
            "đối với ông Lê Văn Tâm, Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh; ông Trần Bình, Giám đốc",
            "Lê Văn Tâm",
            "Chỉ huy trưởng",
        ),
        (  # a short aside in brackets inside the office's unit, before the holder's honorific
            "gặp lãnh đạo bang; Thị trưởng thành phố Hobart (thủ phủ bang Tasmania), bà Anna Smith; và tọa đàm",
            "Anna Smith",
            "Thị trưởng",
        ),
    ],
)
def test_the_office_reaches_its_holder_across_an_aside(text: str, name: str, title: str) -> None:
    assert (name, title) in _people(text)


def test_a_rank_apart_with_no_office_after_it_gives_no_title() -> None:
    assert _people("Ông Lê Văn Tâm, Đại tá, đã phát biểu tại hội nghị") == [("Lê Văn Tâm", None)]


def test_a_name_that_ends_a_cut_copy_inside_a_running_line_is_left_out() -> None:
    text = "Hai bên nâng cấp quan hệ lên Đối tác toàn diện nhân chuyến thăm Hungary của Tổng Bí thư Lê Minh\n"
    assert _people(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hai bên nâng cấp quan hệ lên Đối tác toàn diện nhân chuyến thăm Hungary của Tổng Bí thư Lê Văn Tâm.\n",
        "Đoàn do Phó Chủ tịch tỉnh dẫn đầu.\nPhó Chủ tịch Lê Văn Tâm\n",  # a short line of its own: whole
    ],
)
def test_a_name_with_a_stop_after_it_or_on_a_short_last_line_is_kept(text: str) -> None:
    assert [name for name, _ in _people(text)] == ["Lê Văn Tâm"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("nhân dịp Phó Hiệu trưởng John Smith sang thăm Trường.", ("John Smith", "Phó Hiệu trưởng")),
        ("đoàn Trường Đại học Seoil, do Hiệu trưởng Kim Seon dẫn đầu, có buổi tham quan", ("Kim Seon", "Hiệu trưởng")),
    ],
)
def test_a_foreign_name_after_a_universitys_head_is_read(text: str, person: tuple[str, str]) -> None:
    assert person in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hiệu trưởng trường Đại học Kanto Gakuin đã tặng quà lưu niệm cho đoàn.",
        "ký kết văn bản hợp tác với Hiệu trưởng Trường đại học Paris-Est Marne-la-Vallée.",
    ],
)
def test_the_run_after_a_universitys_word_is_its_name_no_holders(text: str) -> None:
    assert _people(text) == []


def test_a_capitalised_honorific_after_a_dash_is_no_part_of_a_foreign_name() -> None:
    text = "Đoàn chụp hình lưu niệm cùng Thị trưởng Thành phố Kobe – Ông Tatsuo Yada (thứ 5 từ phải sang)."
    assert [(p.name, p.title, p.honorific) for p in find_people(text)] == [("Tatsuo Yada", "Thị trưởng", "ông")]


def test_a_capitalised_ong_before_vietnamese_syllables_is_a_family_name() -> None:
    assert _people("Đại sứ Việt Nam tại Hàn Quốc Ông Thanh Hải đã tiếp đoàn.") == [("Ông Thanh Hải", "Đại sứ")]


def test_an_office_reaches_its_holder_across_a_degree_written_out() -> None:
    text = "và Chủ tịch Đại học Tổng hợp Qatar Tiến sĩ Hassan Rashid Al-Derham; gặp đại diện các Bảo tàng Qatar"
    assert ("Hassan Rashid Al-Derham", "Chủ tịch") in _people(text)


def test_the_honouring_word_anh_hung_before_a_full_vietnamese_name_names_a_person() -> None:
    text = "chúng tôi ai cũng biết tới anh hùng Lê Văn Tâm và làm mọi cách giúp anh được trả tự do"
    assert [(p.name, p.title, p.honorific) for p in find_people(text)] == [("Lê Văn Tâm", None, "anh hùng")]


@pytest.mark.parametrize(
    "text",
    [
        "quan hệ anh em Việt Nam - Lào",
        "mô hình chăn nuôi gà của gia đình anh Lê Văn Tâm ở thôn 2",  # a private person: not labelled
        "các anh hùng lực lượng vũ trang đã dự",
    ],
)
def test_anh_and_anh_hung_elsewhere_name_nobody(text: str) -> None:
    assert _people(text) == []
