"""Places named by a consular notice (blind69 as development, session 37): the country a visa rule is about is no
destination. Texts written for these tests in the forms such notices print."""

from __future__ import annotations

from extractors.places import find_places


def _countries(text: str) -> list[str]:
    return [p.country for p in find_places(text)]


def test_the_country_of_a_visa_rule_for_a_class_of_travellers_is_no_destination() -> None:
    text = (
        "Kể từ tháng 6 năm 2003, thị thực cho cán bộ Việt Nam đi công tác tại Thụy Sĩ (hộ chiếu ngoại giao hoặc hộ "
        "chiếu công vụ) sẽ được cấp sau 10 ngày làm việc."
    )
    assert _countries(text) == []
    assert _countries("Thị thực cho công dân Việt Nam sang Nhật Bản được miễn từ năm sau.") == []


def test_a_visa_for_a_delegation_or_named_people_is_still_their_trip() -> None:
    assert _countries("Đề nghị cấp thị thực cho đoàn đi công tác tại Thụy Sĩ từ ngày 3/6/2003.") == ["CH"]
    assert _countries("Đề nghị cấp thị thực cho đồng chí Trần Văn Bình đi công tác tại Thụy Sĩ.") == ["CH"]
