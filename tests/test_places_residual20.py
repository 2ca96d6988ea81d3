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


def test_namesake_of_a_vietnamese_province_in_a_sentence_opening_in_its_country() -> None:
    text = (
        "Đoàn cán bộ sang thăm Trung Quốc từ ngày 3/5. Tại Trung Quốc, đoàn đã gặp các học giả; khảo sát tại thành "
        "phố Tây Ninh, huyện Quý Đức thuộc tỉnh Thanh Hải."
    )
    assert {("Tây Ninh", "CN"), ("Quý Đức", "CN"), ("Thanh Hải", "CN")} <= {
        (place.name, place.country) for place in find_places(normalize_text(text))
    }


def test_vietnamese_province_without_that_frame_stays_home() -> None:
    text = "Đoàn cán bộ sang thăm Trung Quốc từ ngày 3/5. Đoàn gồm lãnh đạo tỉnh Tây Ninh và tỉnh Long An."
    assert "Tây Ninh" not in _names(text)
