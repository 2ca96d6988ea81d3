"""People: honorifics, ranks, 'ông (bà)', dashes, table rows, title-first names, the signer."""

import pytest

from extractors import nlp
from extractors.document import extract_fields
from extractors.people import find_people
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


def test_people_underthesea_reads_names_the_patterns_cannot() -> None:
    text = "Cử bà H'Hen Niê, Chuyên viên Sở Y tế đi công tác"
    assert [(p.name, p.title, p.honorific) for p in find_people(text)] == [("H'Hen Niê", "Chuyên viên", "bà")]
    nlp.enabled["underthesea"] = False
    try:
        assert find_people(text) == []
    finally:
        nlp.enabled["underthesea"] = True
