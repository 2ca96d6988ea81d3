"""The general classes left after blind7's round (texts3), on sentences written for these tests: the
Constitution cited by name, a qualifier inside a compound title, a state form in short before a country, a
reporter's post, a headline without its stop above a one-line paragraph, a mission ("Đại sứ quán") that is no
title, a place reached through its hosts, a province whose name starts with an honorific's word, a signer
named in capitals or run into the "Nơi nhận" list, a party number whose dash a copy lost, a
known law in a text copy's own words."""

from __future__ import annotations

import pytest

from extractors.citations import find_citations
from extractors.header import parse_header
from extractors.paragraphs import unwrap_lines
from extractors.people import find_people
from extractors.places import find_places


def _citations(text: str) -> list[tuple[str | None, str]]:
    return [(citation.kind, citation.text) for citation in find_citations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nCăn cứ Luật Đất đai số 31/2024/QH15;",
            [
                ("hien_phap", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"),
                ("luat", "Luật Đất đai số 31/2024/QH15"),
            ],
        ),
        ("Căn cứ Hiến pháp năm 2013;", [("hien_phap", "Hiến pháp năm 2013")]),
        ("theo Hiến pháp 1992 thì", [("hien_phap", "Hiến pháp 1992")]),
        # "Hiến pháp" alone in a sentence names no one text
        ("không được làm trái với Hiến pháp và pháp luật.", []),
    ],
)
def test_the_constitution_cited_by_name(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _citations(text) == expected


def _places(text: str) -> list[tuple[str, str]]:
    return [(place.name, place.country) for place in find_places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đoàn đã có chuyến thăm chính thức CH Nam Phi từ ngày 12/9.", [("CH Nam Phi", "ZA")]),
        ("Đoàn sang thăm CHLB Đức và CHDCND Lào.", [("CHLB Đức", "DE"), ("CHDCND Lào", "LA")]),
        # a news agency's correspondent works there: the sentence's trip goes to the country after "thăm"
        ("Theo phóng viên TTXVN tại Praha, đoàn đã thăm và làm việc tại CH Séc.", [("CH Séc", "CZ")]),
        ("Theo PV TTXVN tại Bangkok, đoàn thăm chính thức Campuchia từ ngày 17/10.", [("Campuchia", "KH")]),
    ],
)
def test_state_form_in_short_and_a_reporters_post(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


def test_a_qualifier_between_a_compound_titles_prefix_and_its_office() -> None:
    text = "Đoàn đã làm việc với bà Robyn Mudie, Trợ lý thứ nhất Bộ trưởng, Bộ phận Đông Nam Á của Bộ Ngoại giao."
    assert [(p.name, p.title) for p in find_people(text)] == [("Robyn Mudie", "Trợ lý thứ nhất Bộ trưởng")]


def test_a_headline_is_not_joined_to_the_story_below_it() -> None:
    text = "Bí thư Tỉnh ủy thăm Đại sứ quán Việt Nam tại Cuba\nSau khi kết thúc hoạt động tại Mexico, " + "x " * 60
    assert unwrap_lines(text).split("\n")[0].endswith("tại Cuba")
    # a library copy's cells wrap unevenly but go on in lower case; a name wrapped at the margin goes on too
    assert "\n" not in unwrap_lines(
        "Ngày 21/4/2015, Thủ tướng Chính\nphủ đã ban hành Chỉ thị số 06/CT-TTg " + "y " * 40
    )
    assert "\n" not in unwrap_lines("Đoàn do đồng chí Vũ Xuân Cường, Phó Bí thư Thường trực Tỉnh ủy, bà Lý\nHồng Oanh")


def test_a_mission_is_no_title() -> None:
    text = "Đoàn đã làm việc tại Đại sứ quán Việt Nam tại Cuba Sau khi kết thúc hoạt động tại Mexico."
    assert find_people(text) == []
    assert _places("Đoàn đã thăm và làm việc với doanh nghiệp tại các địa phương của CH Séc.") == [("CH Séc", "CZ")]


def test_a_place_reached_through_its_hosts_once_the_trip_is_told() -> None:
    text = (
        "Tiếp tục chương trình làm việc tại Vương quốc Thái Lan, sáng 28/8, đoàn đã trao đổi với Thống đốc tỉnh "
        "Surin và đại diện các ngành của tỉnh bạn."
    )
    assert _places(text) == [("Vương quốc Thái Lan", "TH"), ("Surin", "TH")]
    # the same words at home, with no trip abroad told, send nobody
    assert _places("Chủ tịch UBND tỉnh đã làm việc với Thống đốc tỉnh Surin tại Phú Yên.") == []


def test_a_province_whose_name_starts_with_an_honorific_is_nobody() -> None:
    text = "Đoàn các địa phương gồm Quảng Trị, Long An và Bà Rịa-Vũng Tàu đã thăm làm việc tại Hoa Kỳ."
    assert find_people(text) == []
    people = "Tiếp đoàn có bà Đinh Thị Hoa, Giám đốc Sở và ông Hà Văn Tuấn, Phó Giám đốc Sở."
    assert [p.name for p in find_people(people)] == ["Đinh Thị Hoa", "Hà Văn Tuấn"]


SIGNED = (
    "ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\nSố: 12/QĐ-UBND\nBến Tre, ngày 5 tháng 3 năm 2020\nQUYẾT ĐỊNH\n"
    "Điều 1. Cử ông Nguyễn Văn B, Giám đốc Sở Ngoại vụ đi công tác tại Nhật Bản.\n"
)


@pytest.mark.parametrize(
    "block",
    [
        "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTRẦN VĂN CƯỜNG",
        "KT. CHỦ TỊCH PHÓ CHỦ TỊCH (đã ký) Trần Văn Cường Nơi nhận: - Như Điều 2; - Lưu: VT.",
    ],
)
def test_a_signer_in_capitals_or_run_into_the_recipients(block: str) -> None:
    found = parse_header(SIGNED + block).signer
    assert found is not None and (found.name, found.title, found.mode) == ("Trần Văn Cường", "Phó Chủ tịch", "KT.")


def test_a_heading_in_capitals_is_no_signers_name() -> None:
    block = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nVĂN PHÒNG CHÍNH PHỦ\nPHÓ CHỦ NHIỆM\n"
    block += "Nguyễn Văn Tùng"
    found = parse_header(SIGNED + block).signer
    assert found is not None and found.name == "Nguyễn Văn Tùng"


def test_a_party_number_whose_dash_was_lost() -> None:
    text = "thay thế Quyết định số 1836 QĐ/TWĐTN ngày 23/6/2006 của Ban Bí thư; Điều 5 Nghị định số 12 năm 2020"
    # "số 12 năm 2020" is no party number ("12 năm …"): a bare serial with its year of issue (session 20)
    assert [(c.kind, c.number) for c in find_citations(text)] == [("quyet_dinh", "1836 QĐ/TWĐTN"), ("nghi_dinh", "12")]


def test_a_known_law_in_a_text_copys_own_words_is_kept_as_written() -> None:
    text = "Căn cứ Pháp lệnh nhập cảnh, xuất cảnh và cư trú của người nước ngoài tại Việt Nam ngày 28/4/2000;"
    written = "Pháp lệnh nhập cảnh, xuất cảnh và cư trú của người nước ngoài tại Việt Nam ngày 28/4/2000"
    assert _citations_read(text, ocr=False) == [("phap_lenh", written)]
    # OCR: the edits may be damage, so the known title's spelling is given
    official = "Pháp lệnh Nhập cảnh, xuất cảnh, cư trú của người nước ngoài tại Việt Nam ngày 28/4/2000"
    assert _citations_read(text, ocr=True) == [("phap_lenh", official)]


def _citations_read(text: str, *, ocr: bool) -> list[tuple[str | None, str]]:
    return [(citation.kind, citation.text) for citation in find_citations(text, ocr=ocr)]
