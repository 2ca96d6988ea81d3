"""Where a decision's attached regulation starts: the Quy chế or Quy định a Quyết định issues ("Ban hành kèm theo").

A province often states its rules on trips abroad not in a công văn but in a Quy chế issued by a Quyết định: the
decision's own articles only issue it and set its date in force ("Điều 1. Ban hành kèm theo Quyết định này Quy
chế …"), and the rules are the Quy chế's articles and clauses, printed after the decision's signature under the
Quy chế's title in capitals and the bracket "(Ban hành kèm theo Quyết định số …)". A decision is otherwise no
dispatch (it applies rules, it does not state them), so only this part of it is read for rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.doctype import title_type
from extractors.issued_with import ISSUED_WITH_SHORTENED
from extractors.vntext import fold
from schemas.document import DocType

REGULATION_TYPES = frozenset({DocType.QUY_CHE, DocType.QUY_DINH})
"""The titles of an attached regulation that states rules."""
_ISSUED_WITH_LINE = re.compile(
    rf"^\s*(?:{ISSUED_WITH_SHORTENED}\s+(?:quyet\s+dinh|qd)\b|\(?\s*[a-z]{{0,2}}e?m\s+theo\s+quyet\s+dinh\s+so\b)"
)
"""The bracket under the title naming the issuing decision: "(Ban hành kèm theo Quyết định số …", "(Kèm theo QĐ…";
on a scan whose line lost its start to a seal, a crease or the margin's shadow, "èm theo Quyết định số …" (the
decision's number kept)."""
_BRACKET_REACH = 6
"""How many lines under the title (its subject lines) the bracket may stand."""


@lru_cache(maxsize=4)
def regulation_start(text: str) -> int | None:
    """The offset of the title line of the Quy chế or Quy định the text issues, when a line naming the issuing
    decision ("(Ban hành kèm theo Quyết định …") follows that title within a few lines; None when there is none.
    Only a capitals line that is nothing but the type counts as a title (`title_type`), so a decision naming its
    Quy chế in a sentence ("Ban hành kèm theo Quyết định này Quy chế …") is not taken for it.

    Kept for the last few texts: the trip and the rule extractors both ask it of the same decision, and it tests
    every line."""
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    for k, line in enumerate(lines):
        if title_type(line) not in REGULATION_TYPES:
            continue
        if any(_ISSUED_WITH_LINE.match(fold(below)) for below in lines[k + 1 : k + 1 + _BRACKET_REACH]):
            return offsets[k] + len(line) - len(line.lstrip())
    return None


_INLINE_LEAD = re.compile(
    rf"^[ \t]*dieu[ \t]+\d{{1,2}}[ \t]*[.:][ \t]*{ISSUED_WITH_SHORTENED}\s+quyet\s+dinh\s+nay\s+quy\s+(?:che|dinh)\b"
    r"(?:[^\n]|\n(?![ \t]*(?:\d|dieu\b|\n))){0,300}?"
    r"\b(?:gom|voi|co)\s+(?:cac|nhung)\s+noi\s+dung[^\n]*\bsau[ \t]*:[ \t]*$",
    re.MULTILINE,
)
"""An issuing article that states the regulation's contents itself: "Điều 1. Ban hành kèm theo Quyết định này Quy
định về đoàn đi công tác nước ngoài của Hội đồng nhân dân tỉnh, gồm các nội dung sau:" (folded), its lines broken
where a scan's lines break ("… nước ngoài\ncủa Hội đồng …"), never at an item or article of its own."""
_NEXT_ARTICLE = re.compile(r"^[ \t]*dieu[ \t]+\d{1,3}\b", re.MULTILINE)


def inline_regulation(text: str) -> tuple[int, int] | None:
    """The span of the items an issuing article lists as its Quy chế or Quy định ("Điều 1. Ban hành kèm theo Quyết
    định này Quy định …, gồm các nội dung sau: 1. … 5. …", up to the next article): a short regulation printed
    inside its decision, with no title of its own after the signature. None when no article reads so."""
    folded = fold(text)  # same length as the text: offsets carry over
    lead = _INLINE_LEAD.search(folded)
    if lead is None:
        return None
    following = _NEXT_ARTICLE.search(folded, lead.end())
    end = following.start() if following else len(text)
    return (lead.end(), end) if text[lead.end() : end].strip() else None


def regulation_only(text: str, start: int) -> str:
    """The text with everything before `start` blanked (page breaks and line ends kept), so offsets and pages of
    what is read stay those of the whole text."""
    return re.sub(r"[^\n\f]", " ", text[:start]) + text[start:]
