"""A dispatch's own statement that one person's name written with and without the middle name is one person.

Decisions do not always spell a leader alike: "Ông Lê Hùng, Giám đốc Sở Nông nghiệp và Môi trường" in one, "Lê Văn
Hùng, Giám đốc Sở Nông nghiệp và Môi trường" in the next. Linking keeps two names that differ by a word apart (two
people of one post and unit in a year are rare, not impossible). A dispatch may settle it for its own count: "Tên
của một người được ghi có hoặc không có tên đệm trong các quyết định cử đoàn … mà cùng chức vụ, cùng cơ quan thì
được hiểu là một người." The sentence is read here and carried by the per-person limits of its text; the checks
count such names as one person only under it, and only with the same post and unit
(`pipeline.checks.same_people`). Plain regex over folded text: the phrases are fixed and few.
"""

from __future__ import annotations

import re

from extractors.vntext import fold, squash

_MIDDLE_NAME = re.compile(r"\bten\s+dem\b|\bten\s+lot\b")
"""The middle name, folded ("tên đệm", southern "tên lót"): what the statement is about."""
_WITH_AND_WITHOUT = re.compile(r"\bco\s+(?:hoac|hay)\s+khong(?:\s+co)?\b|\bthieu\b|\bkhong\s+co\b|\bkhong\s+ghi\b")
"""The name written with and without it ("có hoặc không có", "thiếu", "không ghi"), folded."""
_ONE_PERSON = re.compile(
    r"\b(?:hieu|coi|xem|tinh|xac\s+dinh)\s+la\s+(?:cung\s+)?(?:mot|01)\s+nguoi\b|\bla\s+cung\s+mot\s+nguoi\b"
)
"""The statement's verdict, folded: "được hiểu là một người", "coi là cùng một người", "là cùng một người"."""
_SENTENCE_END = re.compile(r"\.(?!\S)|;|\n(?=[ \t]*(?:\d{1,2}[.)]|[a-z]\)|[-+•*]|dieu\b|chuong\b|\n))")
"""Where a sentence ends, folded: a full stop before a space or the line's end, a semicolon, a line break before an
item, an article or a blank line; not a line break alone, where a scan's lines wrap."""


def find_same_person_rule(text: str) -> str | None:
    """The sentence of a text stating that a name with and without its middle name is one person, None when the text
    states none. The middle name, the with-and-without and the verdict must all be in one sentence: a text naming
    middle names for another purpose ("ghi đầy đủ họ, tên đệm và tên") states nothing about who is one person."""
    folded = fold(text).lower()  # the same length: offsets index both
    for verdict in _ONE_PERSON.finditer(folded):
        start = max((m.end() for m in _SENTENCE_END.finditer(folded, 0, verdict.start())), default=0)
        end_match = _SENTENCE_END.search(folded, verdict.end())
        end = end_match.end() if end_match else len(folded)
        sentence = folded[start:end]
        if _MIDDLE_NAME.search(sentence) and _WITH_AND_WITHOUT.search(sentence):
            return squash(text[start:end]).strip(" ;") or None
    return None
