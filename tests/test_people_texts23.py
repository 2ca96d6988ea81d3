"""People in the phrasings of old resolutions and portal news (blind40 as development, session 23): "cụ" before an
elder's name, a post held "giữ chức", a member acting in a post, a seat on the party's secretariat, a title glued to
the name by a hyphen in lower case, a degree between an office and its holder. Sentences written for these tests."""

import pytest

from extractors.people import find_people


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(person.name, person.title) for person in find_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Có mặt:\n\nCụ Nguyễn Văn Tố, Trưởng ban\n\nCụ Huỳnh Thúc Kháng,\n",
            [("Nguyễn Văn Tố", "Trưởng ban"), ("Huỳnh Thúc Kháng", None)],
        ),
        (
            "Hội đồng đã cử đồng chí Trần Văn Giàu, giữ chức Thứ trưởng, phụ trách tuyên truyền.",
            [("Trần Văn Giàu", "Thứ trưởng")],
        ),
        ("Ông: Lê Văn Lương, Uỷ viên quyền Tổng thư ký,", [("Lê Văn Lương", "Tổng thư ký")]),
        (
            "Hội nghị do đồng chí Trần Quốc Vượng, Ủy viên Ban Bí thư, Trưởng Ban Tuyên giáo chủ trì.",
            [("Trần Quốc Vượng", "Trưởng ban")],
        ),
        ("Đón tiếp đoàn có đ/c Phạm Minh Đức-trưởng phòng Đào tạo.", [("Phạm Minh Đức", "trưởng phòng")]),
        ("Đoàn do Giám đốc Học viện PGS. TS. Trần Văn Hải dẫn đầu.", [("Trần Văn Hải", "Giám đốc")]),
    ],
)
def test_people_in_old_resolutions_and_portal_news(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _people(text) == expected


def test_people_a_two_syllable_name_after_a_council_name() -> None:
    """A council's name ending in lower case ("Hội đồng Bộ trưởng") is a body's, as "Bộ Ngoại giao" is: a
    two-syllable name after it is its holder's; a locality's council is no such body."""
    assert _people("Quyết định do Phó Chủ tịch Hội đồng Bộ trưởng Võ Kiệt ký.") == [("Võ Kiệt", "Phó Chủ tịch")]
    assert _people("Phó Chủ tịch Hội đồng nhân dân tỉnh Lê Văn ký.") == []


def test_people_cu_in_running_text_is_no_honorific() -> None:
    """ "cụ thể" and "các cụ" before no name name nobody."""
    assert _people("Cụ thể, các cụ đã góp ý kiến về dự thảo.") == []
