"""Places in the session-20 residual classes (sentences written here)."""

from extractors.normalize import normalize_text
from extractors.places import find_places


def _names(text: str) -> list[str]:
    return [place.name for place in find_places(normalize_text(text))]


def test_province_owning_what_the_delegation_visits() -> None:
    text = "Đoàn công tác sang Lào ngày 5/3. Theo lịch trình, đoàn sẽ thăm một số cơ sở sản xuất tỉnh Bokeo."
    assert "Bokeo" in _names(text)


def test_visiting_delegation_home_is_no_destination() -> None:
    text = "Đoàn công tác sang Lào ngày 5/3. Trước đó, tỉnh đã đón chuyến thăm của đoàn đại biểu tỉnh Salavan."
    assert "Salavan" not in _names(text)
