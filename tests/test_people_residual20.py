"""People in the session-20 residual classes: how other offices write titles and names (sentences written here)."""

from extractors.normalize import normalize_text
from extractors.people import find_people


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(person.name, person.title) for person in find_people(normalize_text(text))]


def test_title_with_its_mark_typed_on_the_gi() -> None:
    text = "Đón đoàn tại sân bay có Gíam đốc Ban Lễ tân Quốc hội Thái Lan Somchai Wong, cán bộ Đại sứ quán."
    assert ("Somchai Wong", "Giám đốc") in _people(text)


def test_two_syllable_name_after_a_board_named_by_its_heads_title() -> None:
    text = "Tháp tùng có Phó Trưởng Ban Tuyên giáo Lê Lương và Phó Trưởng Ban Đối ngoại Nguyễn Anh Đức."
    assert ("Lê Lương", "Phó Trưởng ban") in _people(text)


def test_senior_officials_meeting_leader_in_a_chain() -> None:
    text = "Dự họp có Thứ trưởng Bộ Ngoại giao, Trưởng SOM APEC Việt Nam Lê Thị Thu Hằng; Đại sứ Phạm Vinh Quang."
    assert ("Lê Thị Thu Hằng", "Thứ trưởng") in _people(text)


def test_senior_officials_meeting_leader_alone() -> None:
    assert ("Trần Văn An", "Trưởng SOM") in _people("Phát biểu khai mạc, Trưởng SOM ASEAN Việt Nam Trần Văn An nêu rõ.")


def test_appointed_office_of_a_person_named_without_one() -> None:
    text = "Điều 1. Bổ nhiệm bà Nguyễn Thị Hoa giữ chức Giám đốc Sở Ngoại vụ tỉnh Nam Định kể từ ngày ký."
    assert ("Nguyễn Thị Hoa", "Giám đốc") in _people(text)


def test_office_held_before_the_appointment_is_kept() -> None:
    text = "Bổ nhiệm ông Nguyễn Hữu Bình, Trưởng phòng Tổ chức, giữ chức vụ Phó Giám đốc Sở Ngoại vụ."
    assert ("Nguyễn Hữu Bình", "Trưởng phòng") in _people(text)


def test_sent_as_delegation_head_is_no_appointment() -> None:
    assert ("Trần Văn Nam", None) in _people("Cử ông Trần Văn Nam làm Trưởng đoàn đi Nhật Bản.")


def test_numbered_item_whose_family_name_is_a_common_word() -> None:
    text = "Điều 1. Cử các đồng chí sau làm ủy viên:\n3. Đường Văn Minh, Phó Chủ nhiệm Ủy ban Kế hoạch, làm ủy viên."
    assert ("Đường Văn Minh", "Phó Chủ nhiệm") in _people(text)


def test_numbered_item_of_bodies_names_nobody() -> None:
    text = "Điều 2. Giao nhiệm vụ:\n1. Sở Ngoại vụ, chủ trì thực hiện.\n2. Bộ Công an, Bộ Quốc phòng phối hợp."
    assert _people(text) == []
