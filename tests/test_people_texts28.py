"""People, session 28 (texts28, blind50 as development): an elected council member named with the post he is elected
to, and the foreign offices "Ủy viên Quốc vụ" (China's State Councilor) and "Quốc vụ khanh đặc biệt". Sentences
written for these tests."""

from __future__ import annotations

import pytest

from extractors.people import find_people


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Ông Trần Văn Lộc, Huyện ủy viên, đại biểu Hội đồng nhân dân tỉnh khóa X đơn vị bầu cử số 3 (huyện Tân "
            "Phú), trúng cử chức vụ Phó Chủ tịch Hội đồng nhân dân tỉnh.",
            "Phó Chủ tịch",
        ),
        (
            "Bà Lê Thị Hoa, đại biểu Hội đồng nhân dân tỉnh, được bầu giữ chức Chủ tịch Ủy ban nhân dân tỉnh.",
            "Chủ tịch",
        ),
        # no post won in the sentence: the seat is the title, as before
        ("Bà Lê Thị Hoa, đại biểu Hội đồng nhân dân tỉnh, phát biểu tại kỳ họp.", "đại biểu"),
    ],
)
def test_an_elected_member_takes_the_post_won(text: str, title: str) -> None:
    assert [p.title for p in find_people(text)] == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Theo lời mời của Ủy viên Quốc vụ, Bộ trưởng Bộ Ngoại giao Trung Quốc Vương Nghị, đoàn sẽ thăm Bắc Kinh.",
            "Ủy viên Quốc vụ",
        ),
        ("Tiếp đoàn có ông Peter Walsh, Quốc vụ khanh đặc biệt, Bộ trưởng Bộ Tài chính.", "Quốc vụ khanh đặc biệt"),
    ],
)
def test_foreign_offices_of_state(text: str, title: str) -> None:
    assert [p.title for p in find_people(text)] == [title]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an epithet in quotes after the name, after a space or a dash glued to it
        (
            "Vụ trưởng Vụ Lễ tân Trần Văn Khải -“người giữ nhịp” của các chuyến thăm vẫn dành thời gian cho báo chí.",
            ("Trần Văn Khải", "Vụ trưởng"),
        ),
        ("Vụ trưởng Vụ Lễ tân Trần Văn Khải “người giữ nhịp” đã trả lời.", ("Trần Văn Khải", "Vụ trưởng")),
        # a military rank in small letters before a foreign name, the office after the comma
        ("Tham dự có thiếu tướng Sok Vanna, Giám đốc Công an tỉnh Kampot.", ("Sok Vanna", "Giám đốc")),
        # a unit commander's office
        (
            "Tham dự có Thượng tá Nguyễn Văn Tư, Tiểu đoàn trưởng Tiểu đoàn Bộ đội Biên phòng 2.",
            ("Nguyễn Văn Tư", "Tiểu đoàn trưởng"),
        ),
    ],
)
def test_names_with_a_quoted_epithet_a_small_rank_or_a_commanders_office(text: str, expected: tuple[str, str]) -> None:
    assert [(p.name, p.title) for p in find_people(text)] == [expected]
