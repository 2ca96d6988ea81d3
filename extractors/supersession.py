"""Which earlier documents a dispatch replaces: "Công văn này thay thế Công văn số 88/UBND-NC ngày …",
"bãi bỏ Quyết định số …", "… hết hiệu lực kể từ ngày …".

Extraction only proposes: the rule base records the proposed supersession and a reviewer confirms it before
the older rules stop applying (`pipeline` owns that). A cited document is identified by number and date, as
everywhere (party numbers are reused), so each proposal carries the citation whole.
"""

from __future__ import annotations

import re

from extractors.citations import find_citations
from extractors.first_chars import compile_led
from extractors.rule_changes import is_partial
from schemas.document import Document, Span, Supersession

_CUE = compile_led(
    r"\b(thay thế|bãi bỏ|hủy bỏ|huỷ bỏ|hết hiệu lực|không còn hiệu lực|chấm dứt hiệu lực)\b", re.IGNORECASE
)
_SENTENCE = re.compile(r"[^.\s][^.\n\f]*(?:\.|$)", re.MULTILINE)
_NOT_ABOUT_OTHERS = re.compile(r"\b(đề nghị|kiến nghị|xem xét|nếu|khi có văn bản)\b", re.IGNORECASE)
"""Sentences that only discuss replacing something ("đề nghị xem xét thay thế …") replace nothing."""


def find_supersessions(text: str, own_number: str | None = None) -> list[Supersession]:
    """Every earlier document a text says it replaces or repeals, with the sentence and its span."""
    found: list[Supersession] = []
    for match in _SENTENCE.finditer(text):
        sentence = match.group()
        cue = _CUE.search(sentence)
        if not cue or _NOT_ABOUT_OTHERS.search(sentence[: cue.start()]) or is_partial(sentence):
            continue  # a clause or limit of the document, not the whole: `extractors.rule_changes`
        action = "repeals" if cue.group(1).lower() != "thay thế" else "replaces"
        for citation in find_citations(sentence, own_number, offset=None):
            if citation.number is None:
                continue
            found.append(
                Supersession(
                    action=action,
                    citation=citation,
                    sentence=" ".join(sentence.split()),
                    span=Span.in_text(text, match.start(), match.end()),
                )
            )
    return found


def extract_supersessions(document: Document) -> Document:
    """Registered field extractor: the documents this one replaces (dispatches and plans; decisions too)."""
    return document.model_copy(update={"supersedes": find_supersessions(document.text, document.number)})
