"""A pattern's possible first characters, tested first: `re` tries a pattern at every character of the text it scans.

A pattern that opens with a look-behind ("not after a letter") or a long alternation is entered at each position
and runs its look-behind and every branch before failing; most positions of a document hold no character a match
can start with. `compile_led` puts a one-character look-ahead for the characters a match can start with before the
pattern, so those positions fail at one test (on two-page texts the honorifics' and family names' whole-text scans
run ≈ 2 times faster). The look-ahead adds a condition every match already meets: the matches are the same.
"""

from __future__ import annotations

import _sre
import re
from functools import cache
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_MOST = 400
"""More possible first characters than this: the look-ahead would let most letters through, not worth a test."""

_PLANE = "".join(chr(code) for code in range(0x10000) if not 0xD800 <= code <= 0xDFFF)


def _casings(chars: set[str]) -> set[str]:
    """Every character that `re` matches case-insensitively against one of `chars` (its own case rules, as a
    character class under IGNORECASE applies them)."""
    return set().union(*map(_char_casings, chars))


@cache
def _char_casings(char: str) -> frozenset[str]:
    """`_casings` of one character, kept: patterns start with the same few letters."""
    return frozenset({char, *re.findall(re.escape(char), _PLANE, re.IGNORECASE)})


def _firsts(items: list[tuple[Any, Any]], ignore_case: bool) -> tuple[set[str] | None, bool]:
    """The characters a match of the parsed sequence `items` can start with (None: any, or not worked out) and
    whether the sequence can match the empty string. Other zero-width assertions are passed over: they only narrow."""
    found: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            cased = _cased({chr(av)}, ignore_case)
            return (None, False) if cased is None else (found | cased, False)
        if op is sre.IN:
            chars: set[str] = set()
            for kind, value in av:
                if kind is sre.LITERAL:
                    chars.add(chr(value))
                elif kind is sre.RANGE:
                    chars.update(chr(code) for code in range(value[0], value[1] + 1))
                else:  # a negation or a category (\w, \d …): not worked out
                    return None, False
            cased = _cased(chars, ignore_case)
            return (None, False) if cased is None else (found | cased, False)
        if op is sre.ASSERT and av[0] == 1:  # a look-ahead: what starts there starts it too
            ahead, empty = _firsts(av[1].data, ignore_case)
            if ahead is not None and not empty:
                return found | ahead, False
            continue
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue
        if op is sre.SUBPATTERN:
            _group, add, remove, inner = av
            case = (ignore_case or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            part, empty = _firsts(inner.data, case)
        elif op is sre.BRANCH:
            part, empty = set(), False
            for branch in av[1]:
                firsts, can_be_empty = _firsts(branch.data, ignore_case)
                if firsts is None:
                    return None, False
                part |= firsts
                empty = empty or can_be_empty
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            least, _most, inner = av
            part, empty = _firsts(inner.data, ignore_case)
            empty = empty or least == 0
        else:  # any character, a back-reference, an atomic group …: not worked out
            return None, False
        if part is None:
            return None, False
        found |= part
        if not empty:
            return found, False
    return found, True


def _cased(chars: set[str], ignore_case: bool) -> set[str] | None:
    """`chars`, with their case variants under IGNORECASE; None for a character beyond the Basic Multilingual Plane
    there (its variants are not looked for)."""
    if not ignore_case:
        return chars
    return None if any(ord(char) > 0xFFFF for char in chars) else _casings(chars)


def first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The characters every match of `pattern` starts with, or None when any may (or it can match nothing)."""
    return _first_chars(sre_parse.parse(pattern.pattern, pattern.flags))


def _first_chars(parsed: sre_parse.SubPattern) -> frozenset[str] | None:
    firsts, empty = _firsts(parsed.data, bool(parsed.state.flags & re.IGNORECASE))
    return None if firsts is None or empty else frozenset(firsts)


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
"""Flags written at a pattern's start for all of it ("(?m)"): only allowed there, so moved to the flags argument."""


def compile_led(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)` with a look-ahead for the pattern's first characters (`first_chars`) before it:
    the same matches, found without entering the pattern at positions none can start from. A pattern whose first
    characters are not worked out, or are too many to skip much, is compiled as it is."""
    parsed = sre_parse.parse(pattern, flags)
    firsts = _first_chars(parsed)
    text = pattern
    if firsts is not None and len(firsts) <= _MOST:
        body = pattern
        while written := _GLOBAL_FLAGS.match(body):  # in the parsed flags too
            body = body[written.end() :]
        end = "\n)" if parsed.state.flags & re.VERBOSE else ")"  # a comment may end the pattern's last line
        text = f"(?=[{''.join(map(re.escape, sorted(firsts)))}])(?:{body}{end}"
        ahead = sre_parse.SubPattern(parsed.state, [(sre.IN, [(sre.LITERAL, ord(char)) for char in sorted(firsts)])])
        parsed.data.insert(0, (sre.ASSERT, (1, ahead)))  # what parsing `text` gives, without parsing it again
    try:
        return _compiled(text, parsed, flags)
    except (AttributeError, TypeError):  # another Python's internals: parse it again
        return re.compile(text, parsed.state.flags)


def _compiled(text: str, parsed: sre_parse.SubPattern, flags: int) -> re.Pattern[str]:
    """`re.compile(text, flags)` from `text`'s parse, made already: `re._compiler.compile` without its parse, the
    larger part of compiling the titles' long alternations (≈ 0.35 CPU-s at import for the led patterns)."""
    code = sre_compile._code(parsed, flags)
    groups = parsed.state.groupdict
    names: list[str | None] = [None] * parsed.state.groups
    for name, index in groups.items():
        names[index] = name
    compiled: re.Pattern[str] = _sre.compile(
        text, flags | parsed.state.flags, code, parsed.state.groups - 1, groups, tuple(names)
    )
    return compiled
