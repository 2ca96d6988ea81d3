"""Destinations, session 27 (texts27, blind47-48 as development): a trip's venue named by its bodies only, then
its country; goods exported from a named origin; a delegation a foreigner leads. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from extractors.places import find_places


def names(text: str) -> list[str]:
    return [p.name for p in find_places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # bodies the gazetteers do not know, then the country they stand in, closing the sentence
            "Ngày 2/4, đoàn cán bộ huyện đã sang chúc Tết và tặng quà tại Đại đội Công binh Sa Rôn, Tiểu khu Quân sự "
            "Phum Thơm, Campuchia.",
            ["Campuchia"],
        ),
        (
            "Tháng 6, lãnh đạo trường đã tới làm việc tại Viện Nghiên cứu Nông nghiệp Kalasin Mới, Thái Lan.",
            ["Thái Lan"],
        ),
        # no word of a trip: a photo's place
        ("Ảnh chụp tại Nhà văn hóa Sa Rôn, Campuchia.", []),
        # a Vietnamese place inside the venue: the country is no venue's
        ("Ngày 2/4, đoàn cán bộ đã đến thăm tại Đồn Biên phòng Long An, Campuchia.", []),
        # the country does not close the venue: a list goes on
        ("Ngày 2/4, đoàn đã đến chúc Tết tại Đại đội Công binh Sa Rôn, Campuchia và Lào cùng nhiều đơn vị khác.", []),
    ],
)
def test_the_country_that_closes_a_venue_named_by_its_bodies(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_goods_exported_from_a_named_origin_go_nowhere() -> None:
    assert (
        names("Hai bên bàn dự án xuất khẩu điện gió từ Bạc Liêu - Việt Nam sang Singapore trong thời gian tới.") == []
    )
    # a delegation that promotes exports goes
    assert names("Đoàn doanh nghiệp xúc tiến xuất khẩu nông sản từ Việt Nam đã sang Nhật Bản.") == ["Nhật Bản"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign head of an international fund leads the delegation: no Vietnamese delegation goes there
        (
            "Tổng Giám đốc Quỹ Hợp tác Quốc tế Margaret Ellison dẫn đầu đoàn tham dự hội nghị tại thủ đô Havana, Cuba.",
            [],
        ),
        ("Phó Chủ tịch tỉnh Nguyễn Văn An dẫn đầu đoàn tham dự hội nghị tại thủ đô Havana, Cuba.", ["Havana", "Cuba"]),
        # a Central Highlands name no Vietnamese syllable spells is a Vietnamese one
        ("Đoàn do đồng chí Ksor Phước dẫn đầu tham dự hội nghị tại thủ đô Havana, Cuba.", ["Havana", "Cuba"]),
        # a body's initials before "dẫn đầu" are no foreign name
        (
            "Đoàn do ông Lê Văn Tâm, Chủ nhiệm Ủy ban Đối ngoại của QH dẫn đầu, thăm chính thức Lào từ ngày 2/3.",
            ["Lào"],
        ),
    ],
)
def test_a_delegation_a_foreigner_leads(text: str, expected: list[str]) -> None:
    assert names(text) == expected
