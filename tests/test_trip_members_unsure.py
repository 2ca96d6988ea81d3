"""A member whose name a scan gave unsure is left out of the trip, with an error saying why (→ review): a stamp's
pen strokes over "Lực" were read "Tử" at confidence 0 (issue 13, session 26 scans)."""

from __future__ import annotations

from extractors.trips import MEMBER_DOUBT, extract_trip_field
from schemas.document import Box, Document, TextSource, Word
from tests.decision_pages import read_decision

TEXT = (
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Cử các ông (bà) có tên sau đây đi công tác tại Nhật Bản từ ngày 12/10/2026 đến ngày 16/10/2026:\n"
    "1. Ông Quách Văn Tử, Phó Giám đốc Sở Xây dựng - Trưởng đoàn;\n"
    "2. Ông Vi Văn Khang, Trưởng phòng Quy hoạch - Kiến trúc, Sở Xây dựng.\n"
    "Điều 2. Kinh phí do ngân sách tỉnh bảo đảm.\n"
)


def _document(confidence: dict[str, float], source: TextSource = TextSource.OCR, blank_after: int = -1) -> Document:
    """The decision as read (`read_decision`), with a blank after the word `blank_after` (an index)."""
    return read_decision(TEXT, source, confidence, blank_after)


def test_a_member_whose_name_holds_a_word_read_unsure_is_left_out_for_review() -> None:
    document = extract_trip_field(_document({"Tử,": 0.0}))
    assert document.trip is not None and [m.name for m in document.trip.members] == ["Vi Văn Khang"]
    assert [e.code for e in document.errors] == [MEMBER_DOUBT] and "Quách Văn Tử" in document.errors[0].message
    # kept apart with what its line says, for a person to confirm (review queue) and the size check to doubt
    assert [(m.name, m.title, m.role) for m in document.trip.unsure_members] == [
        ("Quách Văn Tử", "Phó Giám đốc", "trưởng đoàn")
    ]
    assert document.errors[0].value == "Quách Văn Tử"


def test_a_name_read_sure_elsewhere_or_a_text_file_keeps_its_members() -> None:
    unsure_once = _document({"Tử,": 0.0})
    sure_again = unsure_once.model_copy(
        update={
            "pages": [
                unsure_once.pages[0].model_copy(
                    update={
                        "words": [
                            *unsure_once.pages[0].words,
                            Word(text="Tử", box=Box(left=0, top=90, width=30, height=30), confidence=91.0),
                        ]
                    }
                )
            ]
        }
    )
    for document in (sure_again, _document({"Tử,": 0.0}, TextSource.PLAIN), _document({"Khang,": 45.0})):
        trip = extract_trip_field(document).trip
        assert trip is not None and [m.name for m in trip.members] == ["Quách Văn Tử", "Vi Văn Khang"]


def test_a_middle_name_read_unsure_keeps_the_member_with_the_error() -> None:
    document = extract_trip_field(_document({"Văn": 12.0}))
    assert document.trip is not None and [m.name for m in document.trip.members] == ["Quách Văn Tử", "Vi Văn Khang"]
    assert [e.code for e in document.errors] == [MEMBER_DOUBT, MEMBER_DOUBT]
    assert [e.value for e in document.errors] == ["Quách Văn Tử", "Vi Văn Khang"] and document.trip.unsure_members == []


def test_a_name_whose_words_leave_a_blank_where_a_word_was_lost_is_left_out() -> None:
    """ "Mi Hiếu" read for "Mai Chí Hiếu": a stamp's pen strokes over "Chí" left a blank between the words read."""
    index = TEXT.replace("\n", " ").split().index
    document = extract_trip_field(_document({}, blank_after=index("Vi")))
    assert document.trip is not None and [m.name for m in document.trip.members] == ["Quách Văn Tử"]
    assert [m.name for m in document.trip.unsure_members] == ["Vi Văn Khang"]
    assert [e.code for e in document.errors] == [MEMBER_DOUBT] and "khoảng trống" in document.errors[0].message
    # a blank after the name, before its title, is no word of it
    kept = extract_trip_field(_document({}, blank_after=index("Khang,"))).trip
    assert kept is not None and [m.name for m in kept.members] == ["Quách Văn Tử", "Vi Văn Khang"]
