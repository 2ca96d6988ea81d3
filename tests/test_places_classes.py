"""Destinations by the failure classes of real texts: words that fold alike, a line typed without marks,
the end of a Vietnamese place's name, state forms and spellings of a country, and cues of a visit.

Every sentence here is written for the test (none is copied from the real-text corpus)."""

import pytest

from extractors.places import find_places


def _places(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.country) for p in find_places(text)]


@pytest.mark.parametrize(
    "text",
    [
        "V/v hợp tác với các địa phương tại Hàn Quốc.",  # "hợp tác" is no "họp" (a meeting)
        "Chu tich nuoc se tham chinh thuc Lao - Anh 1",  # "Ảnh 1" without marks, not the UK
        "Mời các đoàn nước ngoài sang tham dự Festival tại thành phố Nha Trang (Khánh Hòa).",  # not Thai "Trang"
    ],
)
def test_no_destination(text: str) -> None:
    assert _places(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đoàn công tác sẽ thăm cấp Nhà nước Cộng hòa Cu Ba và Xinh Ga Po.",
            [("Cộng hòa Cu Ba", "CU"), ("Xinh Ga Po", "SG")],
        ),
        ("Đoàn thăm, làm việc với các cơ quan, doanh nghiệp của Ca-na-đa từ ngày 3/5.", [("Ca-na-đa", "CA")]),
        (
            "Chiều 4/5, đoàn rời thủ đô Bangkok, Thái Lan, lên đường sang Ma-lai-xi-a.",
            [("Bangkok", "TH"), ("Thái Lan", "TH"), ("Ma-lai-xi-a", "MY")],
        ),
    ],
)
def test_destinations(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected
