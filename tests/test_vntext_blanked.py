"""`blanked` hides spans from a reader and keeps every offset (its callers map what they find back to the text)."""

from __future__ import annotations

from extractors.vntext import blanked


def test_spans_become_spaces_and_offsets_stay() -> None:
    text = "Căn cứ Quyết định số 12/QĐ-UBND, từ ngày 01/7/2026"
    hidden = blanked(text, [(7, 31), (0, 6)])
    assert len(hidden) == len(text)
    assert hidden == " " * 31 + text[31:]
    assert hidden.index("từ") == text.index("từ")


def test_no_span_leaves_the_text_as_it_is() -> None:
    assert blanked("Sở Nội vụ", []) == "Sở Nội vụ"
