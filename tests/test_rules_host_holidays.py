"""The host country's holidays are not the year's start or end (issue 13, scenario 24's form; the sentences are the
tests' own)."""

from __future__ import annotations

import pytest

from extractors.rules import rules_in_clause


@pytest.mark.parametrize(
    ("clause", "kinds"),
    [
        ("Không tổ chức đoàn đi nước ngoài vào dịp nghỉ lễ, Tết của nước bạn.", []),
        ("Hạn chế cử đoàn ra nước ngoài trong dịp Tết ở nước sở tại.", []),
        (
            "Không tổ chức đoàn đi nước ngoài vào dịp Tết Nguyên đán và lễ, Tết của nước bạn.",
            ["avoid_start_end_of_year"],
        ),
        ("Hạn chế cử đoàn đi nước ngoài vào dịp cuối năm.", ["avoid_start_end_of_year"]),
    ],
)
def test_only_the_years_own_ends_are_avoided(clause: str, kinds: list[str]) -> None:
    assert [rule.kind for rule in rules_in_clause(clause)] == kinds
