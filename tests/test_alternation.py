"""`alternation` regroups a flat alternation by first character: every match, with its preference, must stay."""

from __future__ import annotations

import random
import re

import pytest

from extractors.alternation import alternation

_LETTERS = "aAbBđĐkKKs ſ-."


def _names(rng: random.Random) -> list[str]:
    names = {"".join(rng.choice(_LETTERS) for _ in range(rng.randint(1, 5))) for _ in range(40)}
    return sorted(names, key=len, reverse=True)


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_same_matches_as_the_flat_alternation(seed: int, flags: int) -> None:
    rng = random.Random(seed)
    fragments = [re.escape(name) for name in _names(rng)]
    if seed % 2:  # keep only names that start with a letter of one case: the regrouped form is used
        fragments = [f for f in fragments if f[0] in "abđs"]
    text = "".join(rng.choice(_LETTERS + "x ") for _ in range(400))
    for whole_words in (False, True):
        edges = (r"(?<![^\W\d_])", r"(?![^\W\d_])") if whole_words else ("", "")
        flat = re.compile(f"{edges[0]}({'|'.join(fragments)}){edges[1]}", flags)
        grouped = re.compile(f"{edges[0]}({alternation(fragments)}){edges[1]}", flags)
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_regrouped_when_first_letters_differ() -> None:
    assert alternation(["Pháp", "Peru", "Ba Lan", "Bỉ"]) == "P(?:háp|eru)|B(?:a Lan|ỉ)"


@pytest.mark.parametrize(
    "fragments",
    [
        ["Bộ", "bộ trưởng"],  # one letter in two cases: under IGNORECASE both groups could start at one place
        ["k", "K"],  # the Kelvin sign matches k under IGNORECASE
        ["[ab]c", "ad"],  # a class first
        ["a?b", "ac"],  # a quantifier on the first character
        ["(x)y", "xz"],  # a capturing group would be renumbered
        [r"\sx", "y"],  # an escape that is a class
    ],
)
def test_left_flat_when_regrouping_could_change_a_match(fragments: list[str]) -> None:
    assert alternation(fragments) == "|".join(fragments)


def test_tails_regrouped_in_turn_an_empty_one_last() -> None:
    assert alternation(["Thủ tướng", "Thứ trưởng", "Tổng", "To"]) == "T(?:h(?:ủ tướng|ứ trưởng)|ổng|o)"
    assert alternation(["ab", "a"]) == "a(?:b|)"  # "a" alone is tried after "ab", as in the flat list


def test_regrouped_no_deeper_than_asked() -> None:
    assert alternation(["abc", "abd"], levels=1) == "a(?:bc|bd)"
