"""Citations of a company's letter numbered in its own way, letters first (blind24 and blind67 as development): read
only after "số" and before its date. Texts written for these tests in the forms such letters are cited."""

from __future__ import annotations

import datetime

import pytest

from extractors import nlp
from extractors.citations import find_citations


@pytest.mark.parametrize("spacy_on", [True, False])
@pytest.mark.parametrize(
    ("text", "kind", "number", "date"),
    [
        (
            "Trả lời công văn số ABC/02-2021 đề ngày 12/03/2021 của Công ty XYZ, Bộ Tài chính có ý kiến",
            "cong_van",
            "ABC/02-2021",
            datetime.date(2021, 3, 12),
        ),
        (  # a stray space inside the number, kept as printed
            "Xét đề nghị của Công ty TNHH X (văn bản số HKL-14- 27/CV ngày 5 tháng 6 năm 2014) về việc",
            "van_ban",
            "HKL-14- 27/CV",
            datetime.date(2014, 6, 5),
        ),
    ],
)
def test_a_companys_number_that_starts_with_letters_is_cited(
    monkeypatch: pytest.MonkeyPatch, spacy_on: bool, text: str, kind: str, number: str, date: datetime.date
) -> None:
    monkeypatch.setitem(nlp.enabled, "spacy", spacy_on)
    assert [(c.kind, c.number, c.date) for c in find_citations(text)] == [(kind, number, date)]


@pytest.mark.parametrize("spacy_on", [True, False])
@pytest.mark.parametrize(
    "text",
    [
        "Thực hiện công văn số UBND-VP ngày 12/03/2021 của tỉnh",  # no digit: a symbol without its number
        "Theo công văn ABC/02-2021 ngày 12/03/2021 của Công ty",  # no "số" before the letters
        "Công văn số ABC/02-2021 gửi các đơn vị",  # no date after it
    ],
)
def test_letters_first_without_so_a_digit_and_a_date_are_no_number(
    monkeypatch: pytest.MonkeyPatch, spacy_on: bool, text: str
) -> None:
    monkeypatch.setitem(nlp.enabled, "spacy", spacy_on)
    assert [c.number for c in find_citations(text)] == []
