"""A member's post and unit a scan garbled ("Giányđốc Eở Thương" under a received stamp's pen strokes) give no unit:
read as a unit, it made the head of a department another person to linking, and his third trip of the year was not
counted (issue 13, scenario 30 scans)."""

from __future__ import annotations

import datetime as dt

from extractors.members import garbled_post
from extractors.trips import POST_DOUBT, extract_trip_field
from pipeline.link.people import Mention, resolve_people
from schemas.document import TextSource
from tests.decision_pages import read_decision

TEXT = (
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Cử các ông (bà) có tên sau đây đi công tác tại Hàn Quốc từ ngày 14/9/2026 đến ngày 18/9/2026:\n"
    "1. Ông Lưu Đức Thịnh, Giámyđốc Eở Xâỹ\\ dựngg, Trưởng đoàn;\n"
    "2. Bà Kiều Thị Mơ, Trưởng phòng Quản lý nhà, Sở Xây dựng.\n"
    "Điều 2. Kinh phí do ngân sách tỉnh bảo đảm.\n"
)


def test_words_after_a_name_that_open_with_no_unit_and_hold_a_garbled_word_are_a_garbled_post() -> None:
    assert garbled_post("Giámyđốc Eở Xâỹ\\ dựngg")  # letters and a symbol mixed, marked letters no syllable spells
    assert garbled_post("Phó Giáh+ đốế'Sở Xây dựng")
    assert garbled_post("Giánh đốc Sở Xây ddựngg")  # every word of the post a syllable, the unit's one not
    assert not garbled_post("UBND huyện Krông Pắc")  # a unit opens with its head; highland names are no syllables
    assert not garbled_post("chuyên gia Công ty Hanul Agritech")  # a word without marks may be a foreign name
    assert not garbled_post("chuyên viên Phòng Kế hoạch - Tài chính")
    assert not garbled_post(None)


def test_a_scanned_member_with_a_garbled_post_gets_no_unit_and_an_error() -> None:
    document = extract_trip_field(read_decision(TEXT))
    assert document.trip is not None
    assert [(m.name, m.title, m.unit, m.role) for m in document.trip.members] == [
        ("Lưu Đức Thịnh", None, None, "trưởng đoàn"),
        ("Kiều Thị Mơ", "Trưởng phòng Quản lý nhà", "Sở Xây dựng", None),
    ]
    assert [e.code for e in document.errors] == [POST_DOUBT] and "Lưu Đức Thịnh" in document.errors[0].message
    assert document.errors[0].value == "Giámyđốc Eở Xâỹ\\ dựngg"


def test_a_typed_text_keeps_what_it_says() -> None:
    document = extract_trip_field(read_decision(TEXT, TextSource.PLAIN))
    assert document.trip is not None and document.trip.members[0].unit == "Giámyđốc Eở Xâỹ\\ dựngg"
    assert not document.errors


def _mention(sha256: str, unit: str | None, month: int) -> Mention:
    title = "Giám đốc" if unit == "Sở Xây dựng" else None
    return Mention(sha256, "member", 1, "Lưu Đức Thịnh", title, unit, dt.date(2026, month, 1), None)


def test_a_member_without_unit_is_the_one_person_of_his_name_a_garbled_unit_was_another() -> None:
    read = [_mention("a", "Sở Xây dựng", 3), _mention("c", "Sở Xây dựng", 8)]
    people, _ = resolve_people([*read, _mention("b", None, 5)], set())
    assert len(people) == 1
    people, _ = resolve_people([*read, _mention("b", "Giámyđốc Eở Xâỹ\\ dựngg", 5)], set())
    assert len(people) == 2
