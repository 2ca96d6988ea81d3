"""A scanned member whose family name is no known one but a letter off one is no name to store as fact: scenario 40's
"Dùi Quang Vinh" for Bùi Quang Vinh (issue 13, session 36). Given the family name the document itself spells the
same name with elsewhere, else left out for a person to confirm; a rarer real family name stays as read."""

from __future__ import annotations

import pytest

from extractors.members import is_family_name
from extractors.trips import MEMBER_DOUBT, extract_trip_field
from schemas.document import ErrorItem, TextSource, Trip
from tests.decision_pages import read_decision

OPERATIVE = (
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Cử các ông (bà) có tên sau đây đi công tác tại Nhật Bản từ ngày 12/10/2026 đến ngày 16/10/2026:\n"
    "1. Ông {first}, Phó Giám đốc Học viện Tư pháp - Trưởng đoàn;\n"
    "2. Ông Vi Văn Khang, Trưởng phòng Hợp tác quốc tế, Học viện Tư pháp.\n"
    "Điều 2. Kinh phí do ngân sách nhà nước bảo đảm.\n"
)


def _trip(first: str, preamble: str = "", source: TextSource = TextSource.OCR) -> tuple[Trip, list[ErrorItem]]:
    document = extract_trip_field(read_decision(preamble + OPERATIVE.format(first=first), source))
    assert document.trip is not None
    return document.trip, document.errors


def test_a_misread_family_name_the_document_spells_elsewhere_is_given_back_with_an_error() -> None:
    trip, errors = _trip("Dùi Quang Vinh", "Xét đề nghị cử ông Bùi Quang Vinh đi công tác nước ngoài;\n")
    assert [m.name for m in trip.members] == ["Bùi Quang Vinh", "Vi Văn Khang"] and trip.unsure_members == []
    assert [(e.code, e.value) for e in errors] == [(MEMBER_DOUBT, "Dùi Quang Vinh")] and "Bùi" in errors[0].message


def test_a_misread_family_name_spelt_nowhere_else_leaves_the_member_out() -> None:
    trip, errors = _trip("Dùi Quang Vinh")
    assert [m.name for m in trip.members] == ["Vi Văn Khang"]
    assert [(m.name, m.role) for m in trip.unsure_members] == [("Dùi Quang Vinh", "trưởng đoàn")]
    assert [(e.code, e.value) for e in errors] == [(MEMBER_DOUBT, "Dùi Quang Vinh")] and "Bùi" in errors[0].message
    # two look-alike family names the document spells the rest after ("Nương": Dương, Lương, Vương): which one is
    # not the scan's to say
    trip, _ = _trip("Nương Quang Vinh", "Xét đề nghị cử ông Dương Quang Vinh và ông Lương Quang Vinh;\n")
    assert [m.name for m in trip.members] == ["Vi Văn Khang"]
    assert [m.name for m in trip.unsure_members] == ["Nương Quang Vinh"]


@pytest.mark.parametrize("name", ["Khưu Thị Mỹ Dung", "Lộc Thị Hường", "Bùi Quang Vinh", "Ksor Thị Hạnh"])
def test_a_rarer_real_family_name_or_a_known_one_stays_as_read(name: str) -> None:
    trip, errors = _trip(name)
    assert [m.name for m in trip.members] == [name, "Vi Văn Khang"] and errors == []


def test_a_typed_text_keeps_its_names_as_written() -> None:
    trip, errors = _trip("Dùi Quang Vinh", source=TextSource.PLAIN)
    assert [m.name for m in trip.members] == ["Dùi Quang Vinh", "Vi Văn Khang"] and errors == []


def test_family_names_of_every_list_fold_alike() -> None:
    assert all(map(is_family_name, ["Bùi", "bui", "Khưu", "Ksor", "Dư"])) and not is_family_name("Dùi")
