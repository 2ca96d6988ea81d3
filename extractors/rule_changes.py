"""A limit of an earlier document that a dispatch's sentence changes: "nâng số thành viên tối đa của đoàn lên 12
người, thay cho mức 08 người quy định tại khoản 1 Điều 5 Quy định số 08-QĐi/TU", "điều chỉnh thời hạn báo cáo từ
05 ngày lên 10 ngày làm việc (quy định tại Điều 7 Quy định số 08-QĐi/TU)", "bãi bỏ quy định về số lần đi nước ngoài
trong năm tại khoản 2 Điều 5 Quy định số 08-QĐi/TU".

Unlike a whole document replaced (`extractors.supersession`), such a sentence ends one limit only: the earlier
document's rule of the kind the sentence sets (or, abolishing, names). A sentence that only points to the earlier
document ("thực hiện theo khoản 1 Điều 5 Quy định số 08-QĐi/TU") changes nothing. The rule base proposes the
ending (`pipeline.rules.rulebase`); a reviewer's approval applies it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.citations import find_citations
from extractors.rule_dates import RuleStart, rule_start
from extractors.vntext import fold
from schemas.document import Citation
from schemas.rules import RuleKind

REPLACES = "replaces"
REPEALS = "repeals"

_SENTENCE = re.compile(r"[^.\s][^.\n\f]*(?:\.|$)", re.MULTILINE)
_REPEAL = re.compile(r"\b(?:bai bo|huy bo|bo quy dinh|khong (?:con )?ap dung (?:quy dinh|muc))\b")
_CHANGE = re.compile(
    r"\b(?:thay cho|thay the (?:cho )?(?:muc|quy dinh)|dieu chinh|sua doi"
    r"|(?:nang|tang|giam|ha)(?= [^.]{0,80}\b(?:len|xuong)\b))"
    r"\b[^.]{0,160}?"
    r"\b(?:tai|cua|theo)\s+(?:(?:diem|khoan|dieu|muc)\s+\w+[,\s]*)*"
    r"(?:quy dinh|quyet dinh|cong van|chi thi|quy che|huong dan|ke hoach|nghi quyet|thong bao|van ban)\s+(?:so\s+)?\d"
)
"""A change verb, then where the changed limit is stated: an article or clause of a numbered document."""
_PART = re.compile(r"\b(?:diem|khoan|dieu)\s+\d|\b(?:muc|quy dinh)\s+(?:\w+\s+){0,12}?(?:tai|cua)\b")
"""The sentence is about part of the cited document (a clause, an article, a limit), not the whole of it."""
_NOT_NOW = re.compile(r"\b(?:de nghi|kien nghi|xem xet|du thao|neu)\b")
"""Only discussing a change ("đề nghị xem xét điều chỉnh …") changes nothing."""

TOPICS = {
    RuleKind.MAX_DELEGATION_SIZE: r"so (?:thanh vien|nguoi)|thanh phan doan|quy mo doan",
    RuleKind.MAX_TRIPS_PER_YEAR: r"so lan",
    RuleKind.REPORT_DEADLINE_WORKING_DAYS: r"(?:thoi han|han) (?:gui |nop )?bao cao|bao cao ket qua",
    RuleKind.MAX_COUNTRIES_PER_TRIP: r"so nuoc|so quoc gia",
    RuleKind.SUBMISSION_LEAD_WORKING_DAYS: r"(?:thoi han|han) (?:gui|nop|trinh) ho so|ho so de nghi",
}
"""What a sentence names as the limit it abolishes, or as the one it dates (`extractors.rules`), folded: it states no
new rule to take the kind from."""


@dataclass(frozen=True)
class RuleChange:
    """An earlier document's limit a sentence changes: how, where it is stated, and from when."""

    action: str
    citation: Citation
    sentence: str
    start: RuleStart | None
    kinds: tuple[RuleKind, ...]
    """For an abolished limit, the kinds the sentence names; a replaced one takes its new rule's kind."""


def is_partial(sentence: str) -> bool:
    """Whether a repealing or replacing sentence is about part of the cited document (a clause, a limit)."""
    return bool(_PART.search(fold(sentence)))


def find_rule_changes(text: str, own_number: str | None = None) -> list[RuleChange]:
    """Every sentence that replaces, adjusts or abolishes a limit of a cited, numbered document."""
    found: list[RuleChange] = []
    for match in _SENTENCE.finditer(text):
        sentence = " ".join(match.group().split())
        folded = fold(sentence)
        repeal = _REPEAL.search(folded)
        change = repeal or _CHANGE.search(folded)
        if change is None or _NOT_NOW.search(folded[: change.start()]) or not is_partial(sentence):
            continue
        kinds = tuple(kind for kind, words in TOPICS.items() if re.search(words, folded)) if repeal else ()
        for citation in find_citations(sentence, own_number, offset=None):
            if citation.number is not None:
                action = REPEALS if repeal else REPLACES
                found.append(RuleChange(action, citation, sentence, rule_start(sentence), kinds))
    return found
