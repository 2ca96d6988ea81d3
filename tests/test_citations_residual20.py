"""Citations in the session-20 residual classes (sentences written here)."""

from extractors.citations import find_citations
from extractors.normalize import normalize_text


def _cited(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.kind, c.number, c.date) for c in find_citations(normalize_text(text))]


def test_bare_serial_with_its_year_of_issue() -> None:
    text = "Kiểm tra cho thấy Quyết định số 315 năm 2019 cử Phó Giám đốc Sở đi; Quyết định số 77 năm 2020 cử ba người."
    assert _cited(text) == [("quyet_dinh", "315", None), ("quyet_dinh", "77", None)]


def test_span_of_years_is_no_serial() -> None:
    assert _cited("Tỉnh xây dựng Kế hoạch 5 năm 2021-2025 về hợp tác quốc tế.") == []
