"""One title lexicon (extractors/data/titles.json) for every reader of titles, and the signer's title as the
office alone, without the body it heads. Every sentence is written for the test (none copied from the corpus)."""

import pytest

from extractors import members, ocr_titles, signer_text
from extractors.header import parse_header
from extractors.people import find_people
from extractors.titles import (
    OFFICES,
    SIGNING_TITLES,
    STAFF_ROLES,
    STATE_OFFICES,
    TITLE_BY_FOLD,
    canonical,
    high_office,
    is_title,
    office_of,
    title_key,
)


def test_every_selection_of_the_lexicon_names_titles_it_holds() -> None:
    """'signing' picks titles the lexicon defines; staff roles are no office (each title is written once)."""
    assert all(title_key(title) in TITLE_BY_FOLD for title in SIGNING_TITLES)
    assert not {title_key(t) for t in STAFF_ROLES} & {title_key(t) for t in (*OFFICES, *STATE_OFFICES)}
    assert len({t.lower() for t in OFFICES}) == len(OFFICES)
    # two offices share their letters only where the marks tell them apart: "Trưởng ban", "Trưởng bản"
    assert len(OFFICES) - len({title_key(t) for t in OFFICES}) == 1
    assert TITLE_BY_FOLD[title_key("Trưởng bản")] == "Trưởng ban"


def test_readers_take_their_titles_from_the_lexicon() -> None:
    assert {title_key(t) for t in ocr_titles.SIGNATURE_TITLES} <= {title_key(t) for t in SIGNING_TITLES}
    assert signer_text.SIGNING_TITLE_RE.fullmatch("Bộ trưởng, Chủ nhiệm")
    assert members.is_title("Lái xe") and members.is_title("Phó Chi cục trưởng")
    assert not members.is_title("Trưởng đoàn")  # a role in the delegation, read apart


@pytest.mark.parametrize(
    ("title", "office"),
    [
        ("Bộ trưởng, Chủ nhiệm VP Chính phủ", "Bộ trưởng, Chủ nhiệm"),
        ("Bộ trưởng Chủ nhiệm Văn phòng Chính phủ", "Bộ trưởng, Chủ nhiệm"),  # the comma print left out
        ("Chủ nhiệm Văn phòng Chính phủ", "Chủ nhiệm"),
        ("Giám đốc Sở Ngoại vụ", "Giám đốc"),
        ("Chủ tịch UBND tỉnh", "Chủ tịch"),
        ("Phó Chủ tịch Thường trực", "Phó Chủ tịch Thường trực"),
        ("Chánh Văn phòng", "Chánh Văn phòng"),
        ("Phó Trưởng ban phụ trách", "Phó Trưởng ban phụ trách"),
    ],
)
def test_office_without_the_body_it_heads(title: str, office: str) -> None:
    assert office_of(title) == office


HEAD = "BỘ NGOẠI GIAO\nSố: 512/BNG-LS\nV/v cấp hộ chiếu công vụ\nHà Nội, ngày 4 tháng 5 năm 2011\n"
BODY = "Bộ Ngoại giao xin thông báo để các cơ quan biết./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"


@pytest.mark.parametrize(
    ("block", "signer"),
    [
        ("BỘ TRƯỞNG,\nCHỦ NHIỆM UBND TỈNH\nTrần Quang Vinh", ("Trần Quang Vinh", "Bộ trưởng, Chủ nhiệm")),
        ("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG BỘ NGOẠI GIAO\nLê Minh Đức", ("Lê Minh Đức", "Thứ trưởng")),
        ("GIÁM ĐỐC SỞ NGOẠI VỤĐặng Thu Hà", ("Đặng Thu Hà", "Giám đốc")),
        ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nVõ Thành Nam", ("Võ Thành Nam", "Chủ tịch")),
    ],
)
def test_signer_title_is_the_office(block: str, signer: tuple[str, str]) -> None:
    found = parse_header(HEAD + BODY + block).signer
    assert found is not None and (found.name, found.title) == signer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đoàn được Thủ hiến bang Bavaria Markus Söder tiếp.", [("Markus Söder", "Thủ hiến")]),
        ("Hội kiến Phó Thủ hiến bang Hessen Tarek Al-Wazir tại Wiesbaden.", [("Tarek Al-Wazir", "Phó Thủ hiến")]),
        ("Ngoại trưởng Hoa Kỳ John Kerry thăm Hà Nội.", [("John Kerry", "Ngoại trưởng")]),
    ],
)
def test_foreign_offices_of_the_lexicon(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.title) for p in find_people(text)] == expected


def test_a_second_office_after_a_comma_is_no_unit() -> None:
    people = find_people("Đoàn hội kiến Phó Thủ tướng, Bộ trưởng Bộ Tài chính Lê Văn Hải tại Viêng Chăn.")
    assert [(p.name, p.title, p.unit) for p in people] == [("Lê Văn Hải", "Phó Thủ tướng", None)]


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        ("phó đại sứ", "Phó Đại sứ"),
        ("Quyền giám đốc", "Quyền Giám đốc"),
        ("nguyên Bộ trưởng", "nguyên Bộ trưởng"),
        ("Cựu Tổng thống", "Cựu Tổng thống"),
        ("Bí thư Thứ hai", "Bí thư thứ hai"),
        ("Phó Tổng Lãnh sự", "Phó Tổng Lãnh sự"),
        ("tổng thư ký thường trực", "Tổng Thư ký Thường trực"),
        ("PCT Thường trực", "Phó Chủ tịch Thường trực"),
        ("Chủ tịch danh dự", "Chủ tịch danh dự"),
    ],
)
def test_a_title_is_read_by_its_grammar(printed: str, title: str) -> None:
    """[former] [deputy] office [qualifier]: combinations no list spells out are titles of the lexicon."""
    assert is_title(printed) and canonical(printed) == title


@pytest.mark.parametrize("printed", ["Phó Cán bộ", "Phó Quốc vương", "thứ ba", "Phó", "nguyên", "Chủ tịch Quốc hội"])
def test_the_grammar_keeps_to_the_lexicon(printed: str) -> None:
    """No deputy of a trade, a membership or a crown; a body after an office is its unit, not part of it."""
    assert not is_title(printed)


def test_high_offices_go_through_the_grammar() -> None:
    assert high_office("Phó Đại sứ") and high_office("nguyên Tổng thống") and high_office("Đại sứ đặc mệnh toàn quyền")
    assert not high_office("Phó Trưởng phòng")
