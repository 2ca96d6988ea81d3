"""Real texts of issue 12, session 31: people in running text and destinations — an office stated once for a list
of names, foreign names the patterns cut, and places named for something other than a trip's destination. The texts
are made up for the tests."""

from extractors.people import find_people
from extractors.places import find_places


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.title) for p in find_people(text)]


def _places(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.country) for p in find_places(text)]


def test_an_office_elected_once_for_a_list_belongs_to_each_name() -> None:
    text = (
        "Chính phủ đã phê chuẩn kết quả bầu các Phó Chủ tịch UBND tỉnh Nam Hà nhiệm kỳ 2021 - 2026 đối với ông Trần "
        "Văn Khải, bà Đỗ Thị Hạnh, ông Vũ Minh Tâm."
    )
    people = find_people(text)
    assert [(p.name, p.title, p.unit) for p in people] == [
        (name, "Phó Chủ tịch", "UBND tỉnh Nam Hà") for name in ("Trần Văn Khải", "Đỗ Thị Hạnh", "Vũ Minh Tâm")
    ]
    # an election by ballot ("bầu cử") names no office; the people keep none
    assert _people("Tổ chức bầu cử đại biểu Quốc hội khóa XV đối với ông Trần Văn Khải, bà Đỗ Thị Hạnh.") == [
        ("Trần Văn Khải", None),
        ("Đỗ Thị Hạnh", None),
    ]
