"""People in running text, session 25 (texts25): classes met on blind43 and blind44 once they became development
data. Every sentence here is written for the test, none copied from a corpus text."""

from __future__ import annotations

import pytest

from extractors.people import find_people


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.title) for p in find_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a former membership is skipped like a present one: the former post after it is the title
            "Tỉnh chia tay ông Lê Văn Hòa, nguyên Ủy viên Ban Chấp hành Đảng bộ tỉnh, nguyên Giám đốc Sở Xây dựng.",
            [("Lê Văn Hòa", "nguyên Giám đốc")],
        ),
        (  # a glued membership ("UVTƯ") skipped; a front's one office of two halves kept whole
            "Đoàn do ông Phạm Minh Tâm, UVTƯ Đảng, Phó Chủ tịch – Tổng thư ký UBTƯ MTTQ Việt Nam dẫn đầu.",
            [("Phạm Minh Tâm", "Phó Chủ tịch – Tổng thư ký")],
        ),
        (  # the dash as printed, as the labels write it (rt-1067 '–', rt-1237 '-')
            "Dự có bà Hoàng Thị Lan, Phó Chủ tịch - Tổng Thư ký Hội Nông dân tỉnh.",
            [("Hoàng Thị Lan", "Phó Chủ tịch - Tổng Thư ký")],
        ),
        (  # a crown's holder named with a regnal number
            "Đại sứ trình Quốc thư lên Quốc vương Frederik X tại cung điện.",
            [("Frederik X", "Quốc vương")],
        ),
        (
            "Sau đó Vua Thụy Điển Gustaf VI tiếp đoàn.",
            [("Gustaf VI", "Vua")],
        ),
        (  # a Lao name in syllables after a degree written out; read again later from a family name's syllable
            "Ông Hùng đón Tiến sỹ Khăm Pha Văn Xay Nọi Vông - Phó Bí thư Tỉnh ủy, Chủ tịch tỉnh Hủa Phăn. "
            "Ông Hùng tặng quà đồng chí Phó Bí thư Tỉnh ủy tỉnh Hủa Phăn Khăm Pha Văn Xay Nọi Vông.",
            [("Khăm Pha Văn Xay Nọi Vông", "Phó Bí thư")],
        ),
        (  # a district's name after its head's office: the holder goes unnamed
            "Chiều 5/9, Quận trưởng Quận Gangnam chào xã giao lãnh đạo UBND tỉnh.",
            [],
        ),
        (  # relieved of an office: the people after "đối với" held it
            "Thủ tướng phê chuẩn việc miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh Bắc Kạn nhiệm kỳ 2016-2021 đối với: "
            "Ông Hà Văn Minh, để nghỉ hưu theo chế độ; ông Lý Văn Đức để nhận nhiệm vụ mới.",
            [("Hà Văn Minh", "Phó Chủ tịch"), ("Lý Văn Đức", "Phó Chủ tịch")],
        ),
        (  # a delegation's staff in lower case before a school named after someone: nobody
            "Tháng 6, đoàn cán bộ quản lý trường Nguyễn Bỉnh Khiêm Hải Phòng đã sang thăm Singapore.",
            [],
        ),
    ],
)
def test_people_texts25(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _people(text) == expected


def test_relieved_office_unit_without_its_term() -> None:
    (first, _) = find_people(
        "HĐND tỉnh miễn nhiệm chức danh Chủ tịch UBND tỉnh Kon Tum, nhiệm kỳ 2016-2021 đối với ông Trần Văn An, "
        "do nghỉ hưu; ông Lê Bá Quý được bầu thay."
    )
    assert (first.name, first.title, first.unit) == ("Trần Văn An", "Chủ tịch", "UBND tỉnh Kon Tum")


def test_a_syllable_names_tail_read_first_is_the_whole_names_person() -> None:
    """A family name's syllable ("La") started the first mention's reading after its province; the later mention gives
    the name whole (another tone mark): one person, named by the whole as first printed."""
    text = (
        "Nhận lời mời của Tỉnh ủy viên, Viện trưởng VKSND tỉnh Chăm Pa Sắc Bun Mi Phi La Khăm Đệt; được sự chấp thuận "
        "của lãnh đạo, đoàn đã sang thăm.\nĐồng chí Lê Văn Bình, Viện trưởng VKSND tỉnh Sơn La và đồng chí "
        "Bun Mí Phi La Khăm Đệt, Viện trưởng VKSND tỉnh Chăm Pa Sắc hội đàm."
    )
    assert _people(text) == [("Bun Mi Phi La Khăm Đệt", "Viện trưởng"), ("Lê Văn Bình", "Viện trưởng")]
