"""The general classes left after blind7's round (texts3), on sentences written for these tests: the
Constitution cited by name."""

from __future__ import annotations

import pytest

from extractors.citations import find_citations


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
