"""People in the blind21/22 phrasings, written anew: photo credits in capitals, particles before a credit, the
Khmer "Samdech", an attaché's field, and the CRF taking the honorific into the name."""

import pytest

from extractors import nlp
from extractors import people as people_module
from extractors.people import find_people


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.title) for p in find_people(text)]


def test_a_photo_credit_in_capitals_before_the_next_caption_is_no_person() -> None:
    text = (
        "Bộ trưởng Trần Văn Bình tiếp Đại sứ Lào Khăm Phăn NGUYỄN HỮU TÂM Bộ trưởng Trần Văn Bình trao quà "
        "LÊ MINH ĐỨC Hai bên chụp ảnh lưu niệm."
    )
    names = [name for name, _ in _pairs(text)]
    assert "Trần Văn Bình" in names
    assert not any("Nguyễn Hữu Tâm" in n or "NGUYỄN HỮU TÂM" in n or "Lê Minh Đức" in n for n in names)


def test_a_name_in_capitals_with_a_stop_after_it_is_still_read() -> None:
    assert ("NGUYỄN HỮU TÂM", "Chủ tịch") in _pairs("Chủ tịch UBND tỉnh NGUYỄN HỮU TÂM, cho biết như vậy.")


def test_a_portuguese_name_goes_on_past_its_particle_up_to_a_credit_in_capitals() -> None:
    text = "Tổng thống Brazil Paulo Roberto Costa da Lima AFP Sau đó ông Costa về nước."
    assert [name for name, _ in _pairs(text)] == ["Paulo Roberto Costa da Lima"]


def test_samdech_before_a_name_and_its_office() -> None:
    text = "Dự lễ có Samdech Chea Vanna, Phó Chủ tịch Thượng viện Campuchia, cùng đại diện các ban."
    people = find_people(text)
    assert [(p.name, p.title, p.honorific) for p in people] == [("Chea Vanna", "Phó Chủ tịch", "Samdech")]


@pytest.mark.parametrize(
    ("text", "title", "unit"),
    [
        (
            "ông Kim Dae Ho, Tùy viên Văn hóa và Giáo dục của Đại sứ quán cho biết.",
            "Tùy viên Văn hóa và Giáo dục",
            "Đại sứ quán",
        ),
        (
            "ông Kim Dae Ho, Tùy viên Quốc phòng Đại sứ quán Hàn Quốc phát biểu.",
            "Tùy viên Quốc phòng",
            "Đại sứ quán Hàn Quốc",
        ),
        ("ông Kim Dae Ho, Tùy viên Đại sứ quán Hàn Quốc phát biểu.", "Tùy viên", "Đại sứ quán Hàn Quốc"),
    ],
)
def test_an_attaches_field_is_part_of_the_title_and_the_embassy_its_unit(text: str, title: str, unit: str) -> None:
    assert [(p.name, p.title, p.unit) for p in find_people(text)] == [("Kim Dae Ho", title, unit)]


def test_the_crf_taking_the_honorific_into_the_name_is_read_without_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(nlp.enabled, "underthesea", True)
    monkeypatch.setattr(people_module, "_entities", lambda line: ["Ngài Som Rithy"] if "Som Rithy" in line else [])
    text = "Phát biểu tại buổi lễ, ngài Som Rithy, Tỉnh trưởng tỉnh Takeo cảm ơn. Ngài Som Rithy cũng chúc mừng."
    assert [p.name for p in find_people(text)] == ["Som Rithy"]
