"""The quick scans that let a text skip a costly pattern (speed work, issue 12) find something wherever the pattern
they stand for does, and nothing in ordinary text. Texts written here, from the patterns' own examples."""

import pytest

from extractors import citations, people, places, same_unit, stamps
from extractors.vntext import fold

CASES = [  # (pattern, quick scan, a text the pattern matches)
    (citations._GLUED_SO_RE, citations._GLUED_SO_ANY, fold("Nghị địnhsố 65/2012/NĐ-CP")),
    (citations._GLUED_SO_RE, citations._GLUED_SO_ANY, fold("theo Quyết địnhsố: 12/QĐ-UBND")),
    (citations._SO_GLUED_RE, citations._GLUED_SO_ANY, fold("quyết định số214-CP")),
    (citations._ISSUER_FIRST_RE, citations._ISSUER_FIRST_ANY, fold("Nghị định của Chính phủ số 20/2002/NĐ-CP")),
    (people._MALAY_STYLES_RE, people._MALAY_STYLE_START, "Pehin Dato Dr. Ustaz Hj Abdul Aziz Juned"),
    (people._MALAY_STYLES_RE, people._MALAY_STYLE_START, "Sultan Haji Hassanal Bolkiah"),
    (people._SPACED_ARTICLE_HYPHEN, people._SPACED_ARTICLE_HYPHEN_ANY, "Thái tử Al -Muhtadee Billah"),
    (same_unit._DEFINES, same_unit._DEFINES_ANY, fold("Cơ quan, đơn vị gồm: Sở Nội vụ; Sở Tài chính.")),
    (same_unit._DEFINES, same_unit._DEFINES_ANY, fold("“đơn vị” là: Văn phòng; Thanh tra.")),
    (stamps._SIGNED_AT_RE, stamps._TIME_ANY, "Thời gian ký: 07.12.2026 09:15:02 +07:00"),
]


@pytest.mark.parametrize(("pattern", "scan", "text"), CASES)
def test_the_quick_scan_finds_what_its_pattern_needs(pattern, scan, text) -> None:  # type: ignore[no-untyped-def]
    assert pattern.search(text)
    assert scan.search(text)


ORDINARY = "Cử ông Nguyễn Văn An, Phó Giám đốc Sở Nội vụ, đi công tác tại Nhật Bản theo Quyết định số 12/QĐ-UBND."


@pytest.mark.parametrize("scan", sorted({case[1] for case in CASES}, key=lambda scan: scan.pattern))
def test_ordinary_text_is_not_scanned_by_the_costly_pattern(scan) -> None:  # type: ignore[no-untyped-def]
    assert scan.search(ORDINARY) is None
    assert scan.search(fold(ORDINARY)) is None


def test_a_rank_crown_landform_or_dash_is_seen_where_its_pattern_reads_one() -> None:
    assert people._RANK_TRANSLITERATION_RE.search("Điện văn gửi Đô đốc Đácgiǎngliơ")
    assert any(word in "Điện văn gửi Đô đốc Đácgiǎngliơ" for word in people._RANK_WORDS)
    assert any(word in "Hòa thượng Danh Đổng" for word in people._RANK_WORDS)
    assert not any(word in ORDINARY for word in people._RANK_WORDS)
    assert people._REGNAL_RE.search("Quốc vương Harald V")
    assert [p.name for _, p in people._regnal_names("Quốc vương Harald V thăm")] == ["Harald V"]
    assert [p.name for p in people.find_people("làm việc với Anna Schmidt – Phó Thị trưởng thành phố Bonn")] == [
        "Anna Schmidt"
    ]
    text = "Đoàn thăm thung lũng Silicon"
    assert [m.name for m in places._lower_head_names(text, fold(text), [])] == ["thung lũng Silicon"]
