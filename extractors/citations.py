"""Cited documents: every one once, in order of first mention, with kind, number, date and issuer.

Forms: "Quyết định số 40/2020/QĐ-UBND ngày 23/11/2020 của UBND tỉnh", "Chỉ thị số 38-CT/TW, ngày
21-7-2014 của Bộ Chính trị (khóa XI)", "Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính
phủ", "Thông tư 04/2020/TT-BNG", "Luật Xuất cảnh, nhập cảnh của công dân Việt Nam năm 2019", lists
("các Quyết định số 12/QĐ-UBND và số 15/QĐ-UBND"), footnotes. A cited document is number + date + issuer
(party numbers are reused each term): a later mention without a date merges into the earlier one with
the same number, a mention with another date is another document. The document's own number is not a
citation. Anchors (kind word + number) come from a spaCy PhraseMatcher over the folded text, or from a
plain regex when spaCy is switched off; the date and issuer after an anchor are read by our own layer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from extractors import nlp
from extractors.dates import date_at
from extractors.docnumber import KNOWN_SYMBOL_PARTS, correct_ocr_symbol, parse_number
from extractors.paragraphs import unwrap_lines
from extractors.vntext import fold, squash
from schemas.document import Citation, Document, Span, TextSource

KINDS: dict[str, str] = {
    "bo luat": "luat",
    "luat": "luat",
    "phap lenh": "phap_lenh",
    "nghi dinh": "nghi_dinh",
    "quyet dinh": "quyet_dinh",
    "chi thi": "chi_thi",
    "cong van": "cong_van",
    "cong dien": "cong_dien",
    "van ban": "van_ban",
    "quy dinh": "quy_dinh",
    "ke hoach": "ke_hoach",
    "thong tu lien tich": "thong_tu_lien_tich",
    "thong tu": "thong_tu",
    "nghi quyet": "nghi_quyet",
    "huong dan": "huong_dan",
    "quy che": "quy_che",
    "thong bao": "thong_bao",
    "thong tri": "thong_tri",
    "to trinh": "to_trinh",
    "bao cao": "bao_cao",
    "chuong trinh": "chuong_trinh",
    "ket luan": "ket_luan",
    "de an": "de_an",
}
_KIND_ALT = "|".join(sorted(KINDS, key=len, reverse=True))
_ANCHOR_RE = re.compile(
    rf"(?<![a-z])(?P<kind>{_KIND_ALT})(?:[ \t]*:(?=\s*so\b))?[ \t]*\n?[ \t]*(?:so[ \t]*[:.]?[ \t]*)?(?=\d)"
)
_BARE_RE = re.compile(r"(?P<num>\d{1,3})(?=[ \t]*(?:,|ngay|cua)\b)")
_MORE_RE = re.compile(r"[ \t]*(?:,|;|va)[ \t]*(?:va[ \t]+)?so[ \t]*")
_LAW_RE = re.compile(r"(?:Bộ luật|Luật|Pháp lệnh)[ \t]+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝ])")
_LAW_END_RE = re.compile(
    r"\s+năm\s+(?:19|20)\d{2}|\s+(?:số|ngày|được|đã|quy định|thì)\s|[;.()\"“”:\n]"
    r"|\s+và\s+(?=Luật|Bộ luật|Pháp lệnh|Nghị|Quyết|Thông|Chỉ|Hiến|[^\W\d_A-ZĐÂĂÊÔƠƯÁÀẢÃẠÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỨỪỬỮỰ])"
)
"""Where a law's name ends; "và" ends it before another document or a lower-case word, not inside a name
("Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân")."""
# "Luật sửa đổi, bổ sung một số điều của Luật A và Luật B": one amending law, whose name runs through the
# laws it amends ("và", "một số" and commas belong to it). Matched on the folded text, over line breaks:
# OCR drops or changes the marks of this fixed phrase ("sửa\nđổi, bố sưng", "sửa đồi, bồ sung một sô
# điểu"), and the name is written with the phrase's own spelling.
_AMENDING_RE = re.compile(
    r"(?<![a-z])(?P<kind>bo luat|luat|phap lenh)\s+sua\s+doi\s*(?P<comma>,?)\s+bo\s+sung\b"
    r"(?P<some>\s+mot\s+so\s+dieu\b)?"
)
_AMENDING_KINDS = {"bo luat": "Bộ luật", "luat": "Luật", "phap lenh": "Pháp lệnh"}
_AMENDING_END_RE = re.compile(r"\s+năm\s+(?:19|20)\d{2}|\s+số[ \t]*\d|\s+(?:ngày|được|đã|quy định|thì)\s|[;.()\"“”:\n]")
_ISSUER_RE = re.compile(r"^[\s,]*(?:của|do)[ \t]+")
_ISSUER_STOP = re.compile(
    r"\s(?:về|v/v|quy định|hướng dẫn|ban hành|và|trong|tại|theo|thì|nhằm|đối với|đã|yêu cầu|kết luận|"
    r"phê duyệt|cho|với|khi|để|được|giao|sửa đổi|là|năm \d{4})(?=\s|$)|[,;.()\"“”:\n]"
)


@dataclass
class _Anchor:
    kind: str
    start: int
    number_at: int


def _regex_anchors(folded: str) -> list[_Anchor]:
    return [_Anchor(KINDS[m.group("kind")], m.start(), m.end()) for m in _ANCHOR_RE.finditer(folded)]


@cache
def _matcher() -> Any:
    """A PhraseMatcher of the kind phrases over folded tokens (built once)."""
    from spacy.matcher import PhraseMatcher

    pipeline = nlp.spacy_nlp()
    matcher = PhraseMatcher(pipeline.vocab, attr="LOWER")
    for phrase, kind in KINDS.items():
        matcher.add(kind, [pipeline.make_doc(phrase)])
    return matcher


def _spacy_anchors(folded: str) -> list[_Anchor]:
    """Kind phrase, optional "số" (after a colon too: "các Công văn: Số 1060/…"), then a token that starts
    with a digit (a number kept whole)."""
    doc = nlp.spacy_nlp().make_doc(folded)
    best: dict[int, _Anchor] = {}
    for match_id, start, end in _matcher()(doc):
        if end + 1 < len(doc) and doc[end].text == ":" and doc[end + 1].lower_ == "so":
            end += 1
        at = end + 1 if end < len(doc) and doc[end].lower_ in ("so", "so:") else end
        if at >= len(doc) or not doc[at].text[:1].isdigit():
            continue
        anchor = _Anchor(doc.vocab.strings[match_id], doc[start].idx, doc[at].idx)
        kept = best.get(anchor.number_at)
        if kept is None or anchor.start < kept.start:  # longest phrase wins ("thong tu lien tich")
            best[anchor.number_at] = anchor
    return sorted(best.values(), key=lambda a: a.start)


def _issuer_at(text: str, pos: int) -> tuple[str | None, int]:
    match = _ISSUER_RE.match(text[pos : pos + 20])
    if not match:
        return None, pos
    start = pos + match.end()
    window = text[start : start + 120]
    if not window[:1].isupper():
        return None, pos
    stop = _ISSUER_STOP.search(window)
    issuer = squash(window[: stop.start()] if stop else " ".join(window.split()[:8]))
    return issuer or None, start + len(window[: stop.start()] if stop else window)


def find_citations(
    text: str, own_number: str | None = None, offset: int | None = 0, own_symbol: str | None = None
) -> list[Citation]:
    """Every cited document in `text`, once each, in order of first mention (see module doc).

    `offset` shifts spans (None: no spans, for text that is not part of Document.text such as footnotes).
    """
    folded = fold(text)
    flat = folded.replace("\n", " ")  # a kind phrase or its number may run over a line end ("Quyết\nđịnh số")
    anchors = _spacy_anchors(flat) if nlp.enabled["spacy"] else _regex_anchors(flat)
    found: list[Citation] = []
    for anchor in anchors:
        found.extend(_from_anchor(text, folded, anchor, offset))
    amending: list[tuple[int, int]] = []
    for match in _AMENDING_RE.finditer(folded):
        if not text[match.start()].isupper():
            continue  # "luật sửa đổi" in running text names no law
        stop = _AMENDING_END_RE.search(text, match.end(), match.start() + 300)
        amending.append((match.start(), stop.start() if stop else match.start() + 300))
        law = _law(text, match.start(), match.end(), offset, _AMENDING_END_RE, reach=300)
        phrase = f"{_AMENDING_KINDS[match['kind']]} sửa đổi{match['comma']} bổ sung" + (
            " một số điều" * bool(match["some"])
        )
        rest = law.text[len(squash(text[match.start() : match.end()])) :]
        found.append(law.model_copy(update={"text": phrase + rest}))
    for match in _LAW_RE.finditer(text):
        if not any(start <= match.start() < end for start, end in amending):  # a law named inside the amending one
            found.append(_law(text, match.start(), match.end(), offset))
    found.sort(key=lambda c: c.span.start if c.span else 0)
    return merge_citations([c for c in found if not _is_self(c, text, own_number, own_symbol)])


def _is_self(citation: Citation, text: str, own_number: str | None, own_symbol: str | None) -> bool:
    """The document's own number, or an appendix's "Kèm theo Quyết định số ..." naming the document itself
    (its number filled in later by hand while the header's stayed blank)."""
    if citation.number is not None and citation.number == own_number:
        return True
    if own_symbol and citation.number and citation.span is not None and citation.number.endswith(own_symbol):
        before = fold(text[max(0, citation.span.start - 20) : citation.span.start])
        return "kem theo" in before
    return False


def _span(start: int, end: int, offset: int | None, text: str) -> Span | None:
    if offset is None:
        return None
    return Span(page=text.count("\f", 0, start) + 1, start=offset + start, end=offset + end)


def _from_anchor(text: str, folded: str, anchor: _Anchor, offset: int | None) -> list[Citation]:
    result: list[Citation] = []
    kind = anchor.kind
    pos = anchor.number_at
    while True:
        number = parse_number(text[pos : pos + 60], pos, require_digits=True)
        if number is None:
            bare = _BARE_RE.match(folded, pos)
            if not bare or result:
                break
            value, end = bare.group("num"), bare.end()
            this_kind = kind
        else:
            value, end = number.number, number.end
            this_kind = kind if kind != "van_ban" else (number.kind or "van_ban")  # no guess: "văn bản" as written
        date = date_at(text, end)
        after = date.end if date else end
        issuer, after_issuer = _issuer_at(text, after)
        start = anchor.start if not result else pos
        result.append(
            Citation(
                text=squash(text[start : max(after, after_issuer)]),
                kind=this_kind,
                number=value,
                date=date.value if date else None,
                issuer=issuer,
                span=_span(start, max(after, after_issuer), offset, text),
            )
        )
        more = _MORE_RE.match(folded, max(after, after_issuer))
        if not more:
            break
        pos = more.end()
    return result


def _law(
    text: str, start: int, name_at: int, offset: int | None, end_re: re.Pattern[str] = _LAW_END_RE, reach: int = 160
) -> Citation:
    window = text[start : start + reach]
    stop = end_re.search(window, name_at - start)
    end = start + (stop.start() if stop else len(window))
    year = re.match(r"\s+năm\s+(?:19|20)\d{2}", text[end : end + 12])
    date = None if year else date_at(text, end)
    if year:
        end += year.end()
    elif date is not None:
        end = date.end
    number = None
    numbered = re.match(r"[ \t,]*số[ \t]+", text[end : end + 10])
    if numbered:
        parsed = parse_number(text[end + numbered.end() : end + numbered.end() + 40], end + numbered.end())
        if parsed and parsed.number:
            number, end = parsed.number, parsed.end
    kind = "phap_lenh" if text.startswith("Pháp lệnh", start) else "luat"
    return Citation(
        text=squash(text[start:end]),
        kind=kind,
        number=number,
        date=date.value if date else None,
        span=_span(start, end, offset, text),
    )


def citation_key(citation: Citation) -> tuple[str, str]:
    """Identity without the date: kind + number, or kind + name for a law cited by name."""
    if citation.number:
        return (citation.kind or "", citation.number)
    return (citation.kind or "", fold(citation.text))


def merge_citations(citations: list[Citation]) -> list[Citation]:
    """Keep the first mention of each document; fill its date/issuer from later mentions of it."""
    kept: list[Citation] = []
    for citation in citations:
        twin = next(
            (
                k
                for k in kept
                if citation_key(k) == citation_key(citation)
                and (k.date is None or citation.date is None or k.date == citation.date)
            ),
            None,
        )
        if twin is None:
            kept.append(citation)
            continue
        index = kept.index(twin)
        kept[index] = twin.model_copy(
            update={"date": twin.date or citation.date, "issuer": twin.issuer or citation.issuer}
        )
    return kept


def extract_citations(document: Document, symbol_parts: frozenset[str] = KNOWN_SYMBOL_PARTS) -> Document:
    """Registered field extractor: citations from the text, then from footnotes kept apart on pages; numbers
    read by OCR have their symbol parts corrected towards `symbol_parts`."""
    text = unwrap_lines(document.text)  # "Luật Tổ chức Hội đồng\nnhân dân và ..." wrapped at the margin; same offsets
    found = find_citations(text, document.number, own_symbol=document.symbol)
    for page in document.pages:
        if page.footnotes:
            found.extend(find_citations(page.footnotes, document.number, offset=None, own_symbol=document.symbol))
    ocr_pages = {page.number for page in document.pages if page.source is TextSource.OCR}
    found = [_corrected(citation, ocr_pages, symbol_parts) for citation in found]
    return document.model_copy(update={"citations": merge_citations(found)})


def _corrected(citation: Citation, ocr_pages: set[int], symbol_parts: frozenset[str]) -> Citation:
    """A number read by OCR has its symbol parts matched to the known ones ("CTTTT" → "CTrTT")."""
    on_ocr_page = citation.span is None or citation.span.page in ocr_pages
    if not citation.number or not ocr_pages or not on_ocr_page:
        return citation
    return citation.model_copy(update={"number": correct_ocr_symbol(citation.number, symbol_parts)})
