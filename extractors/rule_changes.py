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
from extractors.rule_dates import RuleStart, document_start, rule_start
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


_AMENDS_REGULATION = re.compile(
    r"\b(?:sua\s+doi|bo\s+sung)\b[^.;]{0,80}?\b(?:quy\s+dinh|quy\s+che|huong\s+dan)\b[^.;]{0,200}?"
    r"\b(?:quyet\s+dinh|quy\s+dinh|quy\s+che|huong\s+dan)\s+(?:so\s+)?\d[^.;\n]*"
)
"""A document amending a regulation, folded: "Sửa đổi một số điều của Quy định về quản lý hoạt động đối ngoại và đoàn
ra ban hành kèm theo Quyết định số 145/QĐ-BNV ngày 20/01/2026", "Sửa đổi, bổ sung Quy chế … ban hành kèm theo
Quyết định số …". Not a decision amending a trip decision ("Sửa đổi Điều 1 Quyết định số 12/QĐ-UBND"): no regulation."""
_NEW_WORDING = re.compile(
    r"\b(?:sua\s+doi|bo\s+sung|thay\s+the)\b(?:[^.;:\n]|\n(?![ \t]*\n)){0,300}?\bnhu\s+sau\s*:[ \t]*\n?[ \t]*"
)
"""Where an amending document gives a clause's new wording, folded: "Khoản 3 Điều 7 được sửa đổi như sau: “3. Đoàn
lưu lại …”", "Sửa đổi, bổ sung khoản 1 Điều 9 như sau:" and the wording on the next line; the article may name the
regulation's whole title and issuing decision before "như sau", wrapped over lines on a scan."""
_QUOTES = {"“": "”", '"': '"', "«": "»"}
_LONGEST_WORDING = 2000
_NEXT_ITEM = re.compile(r"\n[ \t]*(?:\d{1,2}\s*[.)]|[a-zđ]\)|Điều\s+\d)")
"""A wording whose closing quote a scan lost ends where the next item or article begins."""


def amended_wording(text: str) -> list[tuple[int, int]]:
    """The spans of the new wording a document gives its amended regulation's clauses (`_NEW_WORDING`): inside the
    quotes that open it (to the next item when the closing one is lost), else to its line's end; an article that
    only announces its items ("Điều 1. Sửa đổi khoản 3 Điều 7 và khoản 1 Điều 9 của Quy định như sau:") gives way
    to them. What else the document says ("Các nội dung khác của Quy định giữ nguyên: …" restating the limits it
    keeps, its reasons) is not the regulation's wording."""
    matches = list(_NEW_WORDING.finditer(fold(text)))
    verbs = [match.start() for match in matches]
    spans: list[tuple[int, int]] = []
    for match in matches:
        start = match.end()
        close = _QUOTES.get(text[start : start + 1])
        if close:
            end = text.find(close, start + 1, start + _LONGEST_WORDING)
            if end < 0 or any(start < at < end for at in verbs):  # its closing quote lost: the next one is another's
                item = _NEXT_ITEM.search(text, start, start + _LONGEST_WORDING)
                end = item.start() if item else min(len(text), start + _LONGEST_WORDING)
            spans.append((start + 1, end))
        else:
            stop = text.find("\n", start)
            spans.append((start, len(text) if stop < 0 else stop))
    return [
        (start, end) for start, end in spans if text[start:end].strip() and not any(start <= at < end for at in verbs)
    ]


_AMENDS_THE_REGULATION = re.compile(r"\b(?:sua\s+doi|bo\s+sung)\b[^.;]{0,80}?\b(?:quy\s+dinh|quy\s+che)\b")
"""An amending article naming the regulation without its number ("Điều 1. Sửa đổi khoản 3 Điều 7 và khoản 1 Điều 9
của Quy định như sau:"), folded: its title, which names it, may be lost on a scan."""
_ISSUED_WITH = re.compile(r"\bkem\s+theo\s+quyet\s+dinh\s+(?:so\s+)?\d[^.;\n]*")
"""The decision a regulation is issued with ("Quy định ban hành kèm theo Quyết định số 145/QĐ-BNV"), folded."""


def amended_regulation(text: str, own_number: str | None = None) -> Citation | None:
    """The numbered document whose regulation a document amends (`_AMENDS_REGULATION`), or, when its articles amend
    "the Quy định" without a number, the one decision it names as issuing a regulation (`_ISSUED_WITH`: "các đoàn
    xuất cảnh trước ngày này thực hiện theo Quy định ban hành kèm theo Quyết định số 145/QĐ-BNV"); None when it amends
    none, or names several."""
    folded = fold(text)
    for match in _AMENDS_REGULATION.finditer(folded):
        cited = [c for c in find_citations(text[match.start() : match.end()], own_number, offset=None) if c.number]
        if cited:
            return cited[-1]
    if not _AMENDS_THE_REGULATION.search(folded):
        return None
    issuing = {
        re.sub(r"\s+", "", fold(c.number)): c
        for match in _ISSUED_WITH.finditer(folded)
        for c in find_citations(text[match.start() : match.end()], own_number, offset=None)
        if c.number
    }
    return next(iter(issuing.values())) if len(issuing) == 1 else None


def _reworded(text: str, own_number: str | None) -> list[RuleChange]:
    """A regulation's clauses an amending document rewords, each replacing the regulation's limit of its new rule's
    kind from the document's start (`document_start`: "Điều 1 Quyết định này áp dụng đối với các đoàn có ngày xuất
    cảnh từ ngày 01/8/2026 trở đi"), the trips before it staying under the old wording."""
    spans = amended_wording(text)
    citation = amended_regulation(text, own_number) if spans else None
    if citation is None:
        return []
    start = document_start(text, parts=True)
    return [RuleChange(REPLACES, citation, " ".join(text[a:b].split()), start, ()) for a, b in spans]


def find_rule_changes(text: str, own_number: str | None = None) -> list[RuleChange]:
    """Every sentence that replaces, adjusts or abolishes a limit of a cited, numbered document, and every clause of a
    regulation an amending document rewords (`_reworded`)."""
    found: list[RuleChange] = _reworded(text, own_number)
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
