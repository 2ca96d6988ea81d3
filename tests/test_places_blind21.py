"""Places of blind21/blind22 as development (issue 12): counted provinces named after a few words, visits to a
province's leaders, a plane landing at an airport in a state, Philippine and Cambodian spellings; and traps: capital
sent abroad, a trip called off, an infographic's past visits. Sentences written here."""

import pytest

from extractors.places import find_places


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(p.name, p.country, p.level.value) for p in find_places(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn đã sang thăm, chúc Tết 3 tỉnh Lào vừa tiếp giáp biên giới là Hủa Phăn, Khăm Muộn và Xiêng Khoảng.",
        "Đoàn sang thăm 3 tỉnh Lào có chung đường biên là Hủa Phăn, Khăm Muộn và Xiêng Khoảng.",
        "Đoàn đến thăm, tặng quà 3 tỉnh của Lào giáp Nghệ An gồm Hủa Phăn, Khăm Muộn, Xiêng Khoảng.",
    ],
)
def test_counted_provinces_named_after_a_few_words(text: str) -> None:
    found = _found(text)
    assert ("Lào", "LA", "country") in found
    assert {("Hủa Phăn", "LA", "region"), ("Khăm Muộn", "LA", "region"), ("Xiêng Khoảng", "LA", "region")} <= set(found)


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn đã đến thăm, tặng quà, chúc tết lãnh đạo tỉnh Kompong Cham.",
        "Đoàn sang chúc Tết lãnh đạo tỉnh Kampong Cham nhân dịp Tết cổ truyền.",
        "Đoàn đến thăm và chúc mừng lãnh đạo tỉnh Kompong Cham.",
    ],
)
def test_leaders_of_a_province_visited(text: str) -> None:
    assert [place[1:] for place in _found(text)] == [("KH", "region")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Chuyên cơ hạ cánh xuống sân bay quân sự Andrews , bang Maryland của Mỹ.", ("Maryland", "US", "region")),
        ("Máy bay chở đoàn hạ cánh tại sân bay Dulles, bang Virginia, Hoa Kỳ.", ("Virginia", "US", "region")),
        ("Đoàn thăm trường đại học tại thành phố tự trị La Trinidad, Philippin.", ("La Trinidad", "PH", "city")),
        ("Đoàn tiếp tục chuyến công tác tại Philippin.", ("Philippin", "PH", "country")),
    ],
)
def test_landing_states_and_philippine_spellings(text: str, place: tuple[str, str, str]) -> None:
    assert place in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Đã có hơn 400 dự án đầu tư từ Việt Nam sang Lào với tổng vốn 5 tỷ USD.",
        "Hiệp hội các nhà đầu tư Việt Nam sang Lào phối hợp tổ chức tọa đàm tại Quy Nhơn.",
        "Doanh nghiệp tỉnh đầu tư sang Campuchia ngày càng nhiều.",
    ],
)
def test_capital_sent_abroad_is_no_destination(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Tổng thống Brazil đã hủy chuyến công du được mong đợi đến Trung Quốc do vấn đề sức khỏe.",
        "Thủ tướng Anh hoãn chuyến thăm Nhật Bản vì bão.",
        "Bộ trưởng đã huỷ bỏ chuyến đi Hàn Quốc.",
    ],
)
def test_a_trip_called_off_goes_nowhere(text: str) -> None:
    assert _found(text) == []


def test_a_trip_completed_still_goes() -> None:
    assert ("Nhật Bản", "JP", "country") in _found("Đoàn đã hoàn thành chuyến thăm Nhật Bản.")


@pytest.mark.parametrize(
    "text",
    [
        "Tổng Bí thư và Thủ tướng thăm Trung Quốc vào tháng 10-2022 và tháng 9-2023. Ông Tập Cận Bình cũng đã thăm"
        " Việt Nam năm 2017 - Ảnh: TTXVN - Nguồn: Bộ Ngoại giao",
        "Chủ tịch nước thăm Nhật Bản tháng 5/2019 - Ảnh: TTXVN",
    ],
)
def test_an_infographic_of_past_visits_is_no_destination(text: str) -> None:
    assert _found(text) == []


def test_a_dated_visit_without_a_credit_still_goes() -> None:
    assert ("Nhật Bản", "JP", "country") in _found("Chủ tịch nước sẽ thăm Nhật Bản vào tháng 5/2026.")


@pytest.mark.parametrize(
    "text",
    [
        "Bộ đội Biên phòng tỉnh Sơn La đến chúc mừng, tặng quà chính quyền địa phương và các lực lượng bảo vệ biên giới"
        " huyện giáp ranh của hai tỉnh Hủa Phăn, Xiêng Khoảng (Lào) nhân dịp Quốc khánh.",
        "Đoàn đến thăm, tặng quà các gia đình chính sách của hai tỉnh Hủa Phăn, Xiêng Khoảng (Lào).",
        "Lãnh đạo tỉnh sang chúc Tết nhân dân các bản biên giới của 2 tỉnh Hủa Phăn và Xiêng Khoảng, Lào.",
    ],
)
def test_those_visited_in_counted_provinces(text: str) -> None:
    found = _found(text)
    assert {("Hủa Phăn", "LA", "region"), ("Xiêng Khoảng", "LA", "region")} <= set(found)
    assert ("Lào", "LA", "country") in found


def test_a_message_of_congratulation_goes_nowhere() -> None:
    assert _found("Chủ tịch nước gửi điện chúc mừng lãnh đạo của hai tỉnh Hủa Phăn và Xiêng Khoảng.") == []
