"""Text from documents made safe to print: control characters shown as escapes, never obeyed.

A scanned file name or a document's text can carry newlines (a forged second error line), terminal escape
sequences (ESC, CSI) or bidirectional overrides that reorder what the reader sees.
"""

from __future__ import annotations

import unicodedata

_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")


def _is_control(char: str) -> bool:
    return unicodedata.category(char) == "Cc" or char in _BIDI_CONTROLS


def printable(text: str) -> str:
    """`text` with every control character written as a Python escape (`\\n`, `\\x1b`, `\\u202e`)."""
    if not any(_is_control(c) for c in text):
        return text
    return "".join(c.encode("unicode_escape").decode("ascii") if _is_control(c) else c for c in text)


def json_safe(line: str) -> str:
    """A JSON text with raw control characters replaced by `\\uXXXX` (the same JSON value, safe to print)."""
    if not any(_is_control(c) for c in line):
        return line
    return "".join(f"\\u{ord(c):04x}" if _is_control(c) else c for c in line)
