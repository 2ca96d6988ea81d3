"""Places of a delegation's visit (blind68 as development): a fund's name that folds like a Chinese province, and
businesses that come from a place. Texts written for these tests in the forms such items print."""

from __future__ import annotations

from extractors.places import find_places


def _places(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.country) for p in find_places(text)]


def test_a_fund_named_quy_chau_a_is_no_chinese_province() -> None:
    assert _places("Tại Hoa Kỳ, Đoàn đã làm việc với Quỹ châu Á (TAF) và Quỹ VISA.") == [("Hoa Kỳ", "US")]
    assert _places("Đoàn giao lưu với bà X, Phó Chủ tịch Quỹ Châu Á tại Hoa Kỳ.") == [("Hoa Kỳ", "US")]


def test_the_province_written_with_its_own_marks_or_none_is_still_read() -> None:
    assert _places("Đoàn đã đến thăm và làm việc tại tỉnh Quý Châu, Trung Quốc.") == [
        ("Quý Châu", "CN"),
        ("Trung Quốc", "CN"),
    ]
    assert ("Quy Chau", "CN") in _places("Doan da den tham tinh Quy Chau, Trung Quoc.")


def test_a_lao_province_spelled_by_ear_keeps_its_other_tone() -> None:
    assert ("Khăm Muồn", "LA") in _places("Đoàn đã sang thăm và làm việc tại tỉnh Khăm Muồn, Lào.")


def test_businesses_that_come_from_a_state_do_not_send_anyone_there() -> None:
    text = "Gần 30 doanh nghiệp du lịch đến từ bang Kerala (Ấn Độ) sẽ mở ra cơ hội hợp tác giữa hai địa phương."
    assert _places(text) == []
    assert _places("Đoàn doanh nghiệp tỉnh đã đến bang Kerala (Ấn Độ) để xúc tiến du lịch.") == [
        ("Kerala", "IN"),
        ("Ấn Độ", "IN"),
    ]


def test_a_city_a_vietnamese_place_shares_counts_in_a_sentence_sending_the_delegation_to_its_country() -> None:
    text = "Đoàn đã tới sân bay Tân Hải, thành phố Thiên Tân, bắt đầu chuyến công tác tại Trung Quốc."
    assert _places(text) == [("Thiên Tân", "CN"), ("Trung Quốc", "CN")]
    apart = "Đoàn đã tới sân bay Tân Hải, thành phố Thiên Tân. Sau đó, đoàn làm việc tại Trung Quốc."
    assert _places(apart) == [("Trung Quốc", "CN")]


def test_people_who_come_from_schools_in_a_country_are_not_sent_there() -> None:
    text = "Đoàn gồm các nhà quản lý đến từ các trường THPT Taavettin, Joroinen tại Phần Lan. Đoàn thăm quận Hà Đông."
    assert _places(text) == []
    assert _places("Đoàn cán bộ đến từ tỉnh Hà Tĩnh đã sang thăm và làm việc tại Lào.") == [("Lào", "LA")]
