"""Whose delegations a trips-per-year rule's exception leaves the other members of out of the count.

"Không tính vào số lần quy định tại điểm này đối với các thành viên tháp tùng trong đoàn do Bí thư Thành ủy hoặc
Chủ tịch Ủy ban nhân dân thành phố làm trưởng đoàn": a member who goes with a delegation such a leader heads is not
on a trip of his own, labelled "tháp tùng" or not; the head is counted. The posts are read from the exception's own
words (`pipeline.checks.escorts` judges each trip's head against them), never from a list in the code.
"""

from __future__ import annotations

import re

from extractors.vntext import squash

_LED_BY = re.compile(
    r"\b(?:tháp tùng|thành viên|đi cùng)\b[^.;]{0,60}?\bđoàn (?:công tác )?do (?P<heads>[^.;]{3,200}?) "
    r"(?:làm|là) trưởng đoàn\b",
    re.IGNORECASE,
)
"""The members of a delegation some posts head: "(các) thành viên tháp tùng (trong) đoàn do A hoặc B làm trưởng
đoàn"."""
_SPLIT = re.compile(r"\s*(?:,|;|\bhoặc\b|\bvà\b)\s*")
"""Between the posts named ("A, B hoặc C")."""


def escorted_heads(exception: str | None) -> list[str]:
    """The posts whose delegations' other members the exception does not count, as written; [] when it names none
    ("không tính các chuyến đi tháp tùng lãnh đạo Trung ương" leaves escorts out by their role alone)."""
    found = _LED_BY.search(squash(exception or ""))
    if found is None:
        return []
    return [post for post in _SPLIT.split(found.group("heads")) if post]
