"""A key leaders' definition in an article of definitions whose next sentence names a deputy in by a post held too,
and whose next item lists who is out under letters ("3. Lãnh đạo chủ chốt không bao gồm:\\na) …;\\nb) …"): both are
the definition's, and a kind of unit the listing names in stays in whatever kinds the exclusions guess (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from extractors.scope import KEY_LEADER, classify, find_definitions

ARTICLE = (
    "Điều 2. Giải thích từ ngữ\n"
    "1. Chuyến công tác là một lần xuất cảnh theo quyết định cử đi.\n"
    "2. Lãnh đạo chủ chốt là người đứng đầu cấp ủy và người đứng đầu cơ quan, đơn vị, gồm:\n"
    "a) Giám đốc sở, Thủ trưởng cơ quan ngang sở;\n"
    "b) Hiệu trưởng trường cao đẳng thuộc tỉnh; Giám đốc bệnh viện tuyến tỉnh;\n"
    "c) Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân xã, phường.\n"
    "Cấp phó của người đứng đầu đồng thời là Bí thư Đảng ủy của chính cơ quan đó được tính là lãnh đạo chủ chốt.\n"
    "3. Lãnh đạo chủ chốt không bao gồm:\n"
    "a) Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy (thực hiện theo quy định của Trung ương);\n"
    "b) Cấp phó của người đứng đầu, trừ trường hợp quy định tại khoản 2 Điều này;\n"
    "c) Người đứng đầu chi cục, phòng, trung tâm và đơn vị sự nghiệp trực thuộc sở.\n"
    "4. Ngày về nước là ngày đoàn nhập cảnh.\n"
)


def test_the_lettered_exclusions_after_a_deputy_put_in_are_the_definitions() -> None:
    (definition,) = find_definitions(ARTICLE)
    assert "Bí thư Đảng ủy" in definition.includes
    excludes = [item.lower() for item in definition.excludes]
    assert "người đứng đầu chi cục, phòng, trung tâm" in excludes
    assert "ủy viên ban thường vụ tỉnh ủy" in excludes
    assert "cấp phó của người đứng đầu" in excludes
    assert definition.sentence.endswith("đơn vị sự nghiệp trực thuộc sở.")


@pytest.mark.parametrize(
    ("title", "unit", "member"),
    [
        ("Giám đốc", "Trung tâm Khuyến nông, Sở Nông nghiệp và Môi trường", False),  # a centre under a sở
        ("Chi cục trưởng", "Chi cục Thủy lợi", False),
        ("Phó Giám đốc", "Sở Tài chính", False),
        ("Phó Giám đốc, Bí thư Đảng ủy", "Sở Tài chính", True),
        ("Giám đốc", "Sở Tài chính", True),
        ("Giám đốc", "Bệnh viện Đa khoa tỉnh", True),  # listed in: no guessed service unit of a sở
        ("Hiệu trưởng", "Trường Cao đẳng Kỹ thuật tỉnh", True),
    ],
)
def test_members_are_judged_by_the_whole_article(title: str, unit: str, member: bool) -> None:
    (definition,) = find_definitions(ARTICLE)
    assert classify(title, KEY_LEADER, definition, unit=unit).member is member
