"""`compile_led` puts a look-ahead for a pattern's first characters before it: every match must stay the same."""

from __future__ import annotations

import random
import re

import pytest

from extractors.first_chars import compile_led, first_chars


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"(?<![^\W\d_])(?:ông|bà)", 0, "ôb"),
        (r"(?i:ông|bà) +", 0, "ôÔbB"),
        (r"(?i)k", 0, "kK\u212a"),  # the Kelvin sign is a k under IGNORECASE
        (r"a?b*c", 0, "abc"),  # optional items before the first one a match needs
        (r"\bx|(?m:^)y", 0, "xy"),  # zero-width assertions only narrow
        (r"(?<![^\W\d_])(?=(?P<run>[A-C]\w*))", 0, "ABC"),  # a look-ahead says what a zero-width match stands on
        (r"(?:^|[:;])[ \t]*[0-9]", re.MULTILINE, ":; \t0123456789"),
        (r"(?-i:Phó)|(?i:b)", re.IGNORECASE, "PbB"),
    ],
)
def test_first_chars_of_a_pattern(pattern: str, flags: int, expected: str) -> None:
    assert first_chars(re.compile(pattern, flags)) == frozenset(expected)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+",  # a category
        r"[^a]b",  # a negated class
        r".x",  # any character
        r"a*",  # can match nothing
        r"(?i)\U00010400",  # a letter beyond the Basic Multilingual Plane, its case variants not looked for
    ],
)
def test_first_chars_not_worked_out(pattern: str) -> None:
    assert first_chars(re.compile(pattern)) is None


def test_a_look_ahead_alone_gives_its_characters() -> None:
    assert first_chars(re.compile(r"(?=a)")) == frozenset("a")  # a zero-width match stands where "a" does


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"(?m)^b", 0),  # global flags: only allowed at the start, moved to the flags
        (r"a  # a comment to the line's end", re.VERBOSE),
        (r"\w+", 0),  # not worked out: compiled as it is
    ],
)
def test_compile_led_keeps_flags_and_comments(pattern: str, flags: int) -> None:
    led = compile_led(pattern, flags)
    plain = re.compile(pattern, flags)
    text = "a\nb ab\nba\n"
    assert led.flags == plain.flags
    assert [m.span() for m in led.finditer(text)] == [m.span() for m in plain.finditer(text)]


_LETTERS = "aAbBđĐkKs -.:\n"


@pytest.mark.parametrize("seed", range(30))
@pytest.mark.parametrize("flags", [0, re.IGNORECASE, re.MULTILINE])
def test_same_matches_as_the_pattern_itself(seed: int, flags: int) -> None:
    rng = random.Random(seed)
    words = sorted({"".join(rng.choice("aAbBđĐkK") for _ in range(rng.randint(1, 3))) for _ in range(8)})
    starts = ["", r"(?<![^\W\d_])", r"(?:^|[:;]) ?", r"(?<=[ab] )", r"\b"]
    pattern = f"{rng.choice(starts)}(?P<word>{'|'.join(words)})(?:-?(?i:k))?"
    text = "".join(rng.choice(_LETTERS) for _ in range(300))
    led, plain = compile_led(pattern, flags), re.compile(pattern, flags)
    assert led is not plain
    assert [(m.span(), m.groups()) for m in led.finditer(text)] == [
        (m.span(), m.groups()) for m in plain.finditer(text)
    ]
    assert led.groupindex == plain.groupindex
