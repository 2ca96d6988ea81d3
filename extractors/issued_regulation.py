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
_ISSUED_WITH_LINE = re.compile(rf"^\s*(?:{ISSUED_WITH_SHORTENED}|e?m\s+theo)\s+(?:quyet\s+dinh|qd)\b")
"""The bracket under the title naming the issuing decision: "(Ban hành kèm theo Quyết định số …", "(Kèm theo QĐ…",
or on a scan that lost the line's left edge to a crease or the margin's shadow, "èm theo Quyết định số …"."""
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


def regulation_only(text: str, start: int) -> str:
    """The text with everything before `start` blanked (page breaks and line ends kept), so offsets and pages of
    what is read stay those of the whole text."""
    return re.sub(r"[^\n\f]", " ", text[:start]) + text[start:]
