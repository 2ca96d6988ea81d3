"""Places in the blind29-31 phrasings (development), in sentences written for these tests."""

from extractors.doctype import title_type
from extractors.places import code_of, find_places
from schemas.document import DocType


def test_places_students_going_to_study_are_no_delegation() -> None:
    text = "Tỉnh mong muốn tạo điều kiện để sinh viên của tỉnh có cơ hội sang học tại các trường ở Ba Lan."
    assert find_places(text) == []


def test_places_an_mou_on_a_project_abroad_sends_nobody() -> None:
    text = "Hai bên đã ký kết Biên bản ghi nhớ về việc xây dựng Trường Tiểu học hữu nghị tại tỉnh Xay-nha-bu-li."
    assert find_places(text) == []


def test_places_a_state_visit_names_the_country_after_the_state_form() -> None:
    text = "Sáng nay, Chủ tịch nước lên đường thăm cấp Nhà nước Cộng hòa Ác-hen-ti-na."
    assert [p.country for p in find_places(text)] == ["AR"]


def test_places_foreign_ministry_transliterations_are_countries() -> None:
    assert [code_of(name) for name in ("An-giê-ri", "Ni-giê-ri-a", "Cô-lôm-bi-a", "Cu Ba")] == ["DZ", "NG", "CO", "CU"]


def test_doctype_a_decree_issuing_a_regulation_is_no_regulation() -> None:
    """ "NGHỊ ĐỊNH" is a title this project reads as `other`, so the "Ban hành Quy chế …" under it is its subject."""
    assert title_type("NGHỊ ĐỊNH") is DocType.OTHER and title_type("THÔNG TƯ") is DocType.OTHER


def test_places_workers_counted_going_abroad_are_no_delegation() -> None:
    text = "Huyện đã tuyển chọn được 45 lao động đi làm việc thời vụ tại thành phố Gimje (tỉnh Jeollabuk, Hàn Quốc)."
    assert find_places(text) == []
