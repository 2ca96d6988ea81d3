"""Citations of copies whose font lost letters (development splits): an older number whose symbol names only its
issuer. Texts written for these tests in the forms such copies print."""

from __future__ import annotations

from tests.citation_rows import cited as _cited


def test_a_lost_letter_kind_before_an_older_number_naming_only_its_issuer_is_read() -> None:
    text = "Căn cứ Ngh định s 12-CP ngày 1/12/1992 ca Chính ph v vic ban hành quy chế;"
    assert _cited(text) == [("nghi_dinh", "12-CP", "1992-12-01")]


def test_a_lost_letter_kind_before_a_number_typed_as_another_kind_is_still_left() -> None:
    assert _cited("Căn cứ Quyt đnh s 25/NĐ-CP ngày 1/12/1992 của Chính phủ;") == []
