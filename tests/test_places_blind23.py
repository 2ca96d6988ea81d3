"""Places of blind23 as development (issue 12): Lao districts from the data file, a city whose name ends with its
country's, people treated where they live; and traps: a Vietnamese body abroad named with its seat, a meeting in a
mission's own room. Sentences written here."""

import pytest

from extractors.places import find_places


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(p.name, p.country, p.level.value) for p in find_places(text)]


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("Đội y tế đã sang làm việc tại huyện Thà Tèng, tỉnh Sê Kông (Lào) trong ba ngày.", "Thà Tèng"),
        ("Đoàn công tác tới huyện Viêng-xay, tỉnh Hủa Phăn, Lào để thăm các gia đình.", "Viêng-xay"),
    ],
)
def test_a_lao_district_of_the_data_file_is_a_region(text: str, district: str) -> None:
    assert (district, "LA", "region") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn đại biểu đã đến thành phố Santiago de Cuba để dự lễ kỷ niệm.",
        "Sáng 5/3, Bộ trưởng tới Santiago de Cuba thăm một hợp tác xã.",
    ],
)
def test_a_city_whose_name_ends_with_its_countrys_is_read_whole(text: str) -> None:
    assert _found(text) == [("Santiago de Cuba", "CU", "city")]


def test_czech_is_a_spelling_of_the_country() -> None:
    assert _found("Đoàn của Bộ Công Thương đã sang Czech dự hội chợ.") == [("Czech", "CZ", "country")]


@pytest.mark.parametrize(
    "text",
    [
        "Hôm qua, Tổng Lãnh sự quán Việt Nam tại Pắc-xế đã tổ chức buổi gặp mặt kiều bào.",
        "Hội thảo do Hội người Việt Nam tại Hàn Quốc chủ trì, thu hút đông đảo đại biểu tham gia.",
        "Sáng 2/4, Đại sứ Trần Văn Bình đã làm việc với Tỉnh trưởng tỉnh Aichi tại Đại sứ quán Việt Nam tại Nhật Bản.",
        "Lãnh đạo thành phố làm việc với đoàn Đại sứ quán Việt Nam tại Đức tại trụ sở thành phố.",
    ],
)
def test_a_vietnamese_body_abroad_named_with_its_seat_sends_no_one_there(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Đoàn đã đến thăm cộng đồng người Việt Nam tại Pắc-xế.", ("Pắc-xế", "LA", "city")),
        ("Đoàn còn gặp gỡ Hội người Việt Nam tại Côn Minh.", ("Côn Minh", "CN", "city")),
        (
            "Chiều 3/5, tại Tổng Lãnh sự quán Việt Nam tại Osaka, đoàn công tác của tỉnh đã gặp các doanh nghiệp.",
            ("Osaka", "JP", "city"),
        ),
    ],
)
def test_the_seat_of_a_body_the_delegation_visits_or_meets_at_is_a_destination(
    text: str, place: tuple[str, str, str]
) -> None:
    assert place in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Đội thầy thuốc tỉnh Quảng Trị đã sang khám bệnh, cấp thuốc cho hơn 800 người dân huyện Sê Pôn, tỉnh "
        "Sa Van Na Khệt (Lào).",
        "Các y bác sĩ đến khám chữa bệnh miễn phí cho bà con tỉnh Sa La Văn của Lào.",
    ],
)
def test_a_team_that_came_to_treat_the_people_of_a_place_is_there(text: str) -> None:
    assert {place[1:] for place in _found(text)} >= {("LA", "region")}


def test_people_helped_without_anyone_going_are_no_destination() -> None:
    assert _found("Tỉnh đã quyên góp thuốc gửi cho người dân tỉnh Sa La Văn, Lào.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Sau hội nghị này, năm tới sẽ còn hai hội nghị nữa được tổ chức tại Malaysia và tại Philippines.",
        "Các bên thống nhất Diễn đàn lần tới sẽ diễn ra tại Indonesia vào mùa thu.",
    ],
)
def test_the_next_editions_of_a_meeting_send_no_one(text: str) -> None:
    assert _found(text) == []


def test_a_delegation_attending_the_meeting_abroad_still_goes() -> None:
    text = "Đoàn đã sang Malaysia dự hội nghị; năm sau hội nghị tiếp theo sẽ được tổ chức tại Philippines."
    assert [place[1] for place in _found(text)] == ["MY"]


def test_a_city_owning_a_toured_site_in_the_country_visited_is_a_destination() -> None:
    text = (
        "Đoàn đã sang tỉnh Vân Nam dự hội chợ. Đoàn cũng được tham quan một số điểm như: khu phố cổ thành phố Côn "
        "Minh, Bảo tàng tỉnh."
    )
    assert ("Côn Minh", "CN", "city") in _found(text)


def test_a_toured_site_in_a_country_nobody_goes_to_is_no_destination() -> None:
    assert _found("Các em học sinh được tham quan mô hình Bảo tàng thành phố Côn Minh tại Hà Nội.") == []
