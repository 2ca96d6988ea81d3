"""What a decision changes in an earlier trip decision: "Sửa đổi, bổ sung Điều 1 Quyết định số 12/QĐ-UBND …",
"điều chỉnh thời gian …", "bổ sung ông A … vào danh sách đoàn", "thôi cử bà B".

An amending decision sends nobody by itself, so it gets no trip of its own; it restates only what changes
(the other contents "giữ nguyên"). Extraction reads those values from its articles; `pipeline.link.amendments`
applies them to the amended trip and records which document set each value. The amended decision is named by
number and date, as everywhere (numbers are reused across years).
"""

from __future__ import annotations

import datetime as dt
import re

from extractors.citations import find_citations
from extractors.date_ranges import find_period
from extractors.dates import find_dates
from extractors.first_chars import compile_led
from extractors.members import ACADEMIC, find_members
from extractors.paragraphs import unwrap_lines
from extractors.places import find_destinations
from extractors.trips import first_article, operative_bounds
from extractors.vntext import blanked, fold, squash
from schemas.document import Amendment, Citation, DocType, Document, TripMember

_AMENDS = compile_led(
    r"\b(?:sua\s+doi|bo\s+sung|dieu\s+chinh|thay\s+doi|gia\s+han|keo\s+dai)\b[^.;\n]{0,80}?\bquyet\s+dinh\s+(?:so\s+)?\d"
    r"|\bdieu\s+chinh\s+(?:thoi\s+gian|thanh\s+phan|nuoc\s+den|dia\s+diem)|\bbo\s+sung\s+thanh\s+vien"
    r"|\b(?:lui|hoan|doi)\s+(?:lai\s+)?thoi\s+gian"
    r"|\b(?:gia\s+han|keo\s+dai)\s+(?:them\s+)?thoi\s+gian"
)
"""A decision that says it changes another ("sửa đổi, bổ sung Quyết định số …", "điều chỉnh thời gian …", "gia hạn
thời gian công tác … của đoàn được cử theo Quyết định số …"), or postpones its trip ("lùi thời gian chuyến công tác
cử theo Quyết định số …", "hoãn thời gian …", "dời thời gian …")."""
_EXTENDED_TO = re.compile(r"\b(?:gia\s+han|keo\s+dai)\b.*?\bden\s+(?:het\s+)?(?:ngay\s+)?(?=\d)")
"""An extension's new end, folded: "Gia hạn thời gian công tác … đến hết ngày 23/7/2026 (thay cho ngày 20/7/2026)".
Only the end moves; the dates before "đến" (the extended decision's own) are no period."""
_EXTENDS = re.compile(r"\b(?:gia\s+han|keo\s+dai)\b")
"""A decision that extends a trip, folded: only its end moves."""
_NEW_END = re.compile(r"\bden\s+(?:het\s+)?ngay\s+(?=\d)")
"""The end of a period an extension restates ("Thời gian công tác của đoàn là từ ngày … đến ngày 18/4/2026"), folded:
its new end when the start was misread ("từ ngày 19/4/0036")."""
_CANCELS = re.compile(
    r"\b(?:huy\s+bo|huy|bai\s+bo|thu\s+hoi)\s+(?:toan\s+bo\s+)?(?:noi\s+dung\s+)?(?:cua\s+)?quyet\s+dinh\s+(?:so\s+)?\d"
)
"""A decision that cancels a whole decision ("Về việc hủy bỏ Quyết định số …", "Bãi bỏ Quyết định số …", "Thu hồi
Quyết định số …"), folded; not one that repeals an article of it ("bãi bỏ Điều 2 của Quyết định số …")."""
_CANCELS_UNNUMBERED = re.compile(
    r"\b(?:huy\s+bo|bai\s+bo|thu\s+hoi)\s+(?:toan\s+bo\s+)?(?:noi\s+dung\s+)?(?:cua\s+)?quyet\s+dinh\b(?!\s+(?:so\s+)?\d)"
)
"""A decision said to cancel one whose number the line does not give ("Về việc hủy bỏ Quyết định cử đoàn đi công tác
nước ngoài"; "Hủy bỏ Quyết định số ngây 2026 …", its number lost on a scan), folded."""
_LEGAL_BASIS = re.compile(r"\s*(?:[-+•]\s*)?can\s+cu\b")
"""A "Căn cứ …" line cites what the decision rests on: a decision it names there as amending another is not
this decision amending it."""
_SENTENCE = re.compile(r"(?:\b(?:p?gs|tskh|ts|ths|ncs|cn|ks|bs)\.|[^.;\n])+")
"""A clause of the articles, folded: up to a full stop, a semicolon or a line's end; an academic title's dot ("không
cử TS. Kiều Văn Sang") ends nothing."""
_INSTEAD = re.compile(r"\(?\s*\bthay\s+(?:cho|the)\b")
"""The new value comes before "(thay cho …)": what follows is the old one."""
_PERIOD_CUE = re.compile(r"\bthoi\s+gian\b")
_NEW_PERIOD = re.compile(
    r"\d\s*,?\s+(?:nay\s+)?(?:(?:dieu\s+chinh|thay\s+doi|lui|doi)\s+)?(?:thanh|sang|chuyen\s+sang|doi\s+thanh)"
    r"\s+(?=(?:tu\s+)?ngay\b)"
)
"""The old period, then the new one after "thành" / "sang" ("từ ngày 02/11 đến ngày 06/11/2026 thành từ ngày
16/11 đến ngày 20/11/2026", "… nay điều chỉnh thành từ ngày …", "… lùi sang ngày …"): only the dates after it are
the trip's."""
_COUNTRY_CUE = re.compile(r"\b(?:nuoc\s+den|dia\s+diem|quoc\s+gia|nuoc\s+cong\s+tac)\b")
_PERSON = rf"(?=(?:ong|ba|dong\s+chi|d/c)\b|{ACADEMIC})"
"""A person as a decision addresses them: "ông", "bà", "đồng chí", or an academic title ("TS. Lý Thị Quyên" in a
university's decisions), folded."""
_ADDED = re.compile(rf"\bbo\s+sung\s+{_PERSON}")
_REMOVED = re.compile(rf"\b(?:thoi\s+cu|khong\s+cu|rut\s+ten|dua\s+ra\s+khoi\s+danh\s+sach)\s+{_PERSON}")
_SWAP = re.compile(rf"\bthay(?:\s+the)?\s+{_PERSON}(?P<old>.+?)\s+bang\s+{_PERSON}(?P<new>.+)")
"""One member put in another's place: "Thay bà A, Phó Giám đốc Sở Y tế bằng bà B, Giám đốc Sở Y tế, làm Trưởng
đoàn" — A withdrawn, B added."""
_APPOINTED = re.compile(rf"(?<!khong\s)(?<!thoi\s)(?<!duoc\s)\bcu\s+{_PERSON}")
"""A member sent in an amending decision's articles ("…; cử bà B, Trưởng phòng …, tham gia đoàn thay thế", "cử ông
C thay ông D"): B and C added, D withdrawn. Not "không cử" / "thôi cử" (withdrawn), nor "đã được cử" (the original)."""
_IN_PLACE_OF = re.compile(rf"\s+(?:de\s+)?thay\s+(?:the\s+|cho\s+)?{_PERSON}")
"""In an appointment, whom the member replaces: "cử ông C thay (cho) ông D" — D withdrawn."""
_INTO_LIST = re.compile(
    r"\s+(?:vao|trong)\s+(?:danh\s+sach|thanh\s+phan|doan)\b|\s+(?:khoi|ra\s+khoi)\s+danh\s+sach\b"
    r"|\s+(?:de\s+)?(?:tham\s+gia|di\s+cung)\s+(?:doan|danh\s+sach|chuyen)\b|\s+(?:de\s+)?thay\s+(?:the|cho)\b"
)


def _saying(text: str, own_number: str | None, pattern: re.Pattern[str]) -> list[tuple[Citation, str]]:
    """Each line matching `pattern` (on folded text) that names a decision, with the first decision it names:
    subject line first, then the articles; lines wrapped at a scan's margin ("… đã được cử tại Quyết định\nsố
    12/QĐ-UBND") read as one, "Căn cứ" lines left out."""
    text = unwrap_lines(text)
    folded = fold(text)
    found: list[tuple[Citation, str]] = []
    for match in pattern.finditer(folded):
        start = folded.rfind("\n", 0, match.start()) + 1
        end = folded.find("\n", match.end())
        end = end if end >= 0 else len(text)
        if _LEGAL_BASIS.match(folded, start):
            continue
        cited = [
            c
            for c in find_citations(text[start:end], own_number, offset=None)
            if c.number and c.kind in (None, "quyet_dinh")
        ]
        if cited:
            found.append((cited[0], squash(text[start:end])))
    return found


_SUBJECT = re.compile(r"[ \t]*(?:ve\s+viec|v/v)\b")
"""A decision's subject line ("Về việc …", "V/v …"), folded."""


def _subject_saying(text: str, pattern: re.Pattern[str]) -> list[str]:
    """The subject lines ("Về việc …") matching `pattern` (folded), as printed; lines wrapped at a margin read whole."""
    text = unwrap_lines(text)
    folded = fold(text)
    saying = []
    for match in pattern.finditer(folded):
        start = folded.rfind("\n", 0, match.start()) + 1
        end = folded.find("\n", match.end())
        if _SUBJECT.match(folded, start):
            saying.append(squash(text[start : end if end >= 0 else len(text)]))
    return saying


def _only_cited(text: str, own_number: str | None, pattern: re.Pattern[str]) -> list[tuple[Citation, str]]:
    """The decision changed by one whose subject says so (matching `pattern`, folded) but whose lines give no number:
    the one decision its lines cite by number outside the legal bases, with the subject; none when they cite none or
    several. A scan loses the number ("Hủy bỏ Quyết định số ngây 2026 …") or the whole line under a stamp, while
    the subject ("Về việc hủy bỏ Quyết định cử đoàn …", "Về việc gia hạn thời gian công tác …") and a later article
    ("… có tên tại Quyết định số 2765/QĐ-UBND không thực hiện chuyến công tác nêu trên", "Các nội dung khác giữ
    nguyên theo Quyết định số 1033/QĐ-UBND") still say which. Only the subject: a decision of another kind may mention
    such changes in passing (a Quy chế's "điều chỉnh thời gian …")."""
    saying = _subject_saying(text, pattern)
    if not saying:
        return []
    cited: dict[str, Citation] = {}
    for line in unwrap_lines(text).splitlines():
        if not _LEGAL_BASIS.match(fold(line)):
            for citation in find_citations(line, own_number, offset=None):
                if citation.number and citation.kind == "quyet_dinh":
                    cited.setdefault(citation.number, citation)
    if len(cited) != 1:
        return []
    (citation,) = cited.values()
    return [(citation, saying[-1])]


def _cancelled_by_date(text: str) -> list[tuple[Citation, str]]:
    """The decision one cancels by its subject ("Về việc hủy bỏ quyết định cử cán bộ …") when no line gives its number
    readably (a scan's "Hủy bỏ Quyết địnÌ. số 598/QĐ-BTØmgày 28/05/2026 …"): cited without a number, dated by the
    first date of the first article, where a cancellation names what it cancels ("Điều 1. Hủy bỏ Quyết định số …
    ngày …"). `pipeline.link.amendments` cancels only the one trip decided that day whose member, or a member's unit
    and a country, the decision names; none when the article gives no date."""
    saying = _subject_saying(text, _CANCELS_UNNUMBERED)
    begin, end = operative_bounds(text)
    dates = find_dates(first_article(unwrap_lines(text)[begin:end])) if saying else []
    if not dates:
        return []
    return [(Citation(text=saying[-1], kind="quyet_dinh", date=dates[0].value), saying[-1])]


def _uncited(text: str, own_number: str | None) -> list[tuple[Citation, str]]:
    """The decision changed by one whose subject says so ("Về việc điều chỉnh thời gian công tác nước ngoài") when no
    line outside the legal bases cites a decision by number (a Tờ trình it answers may be): a fax garbled the whole
    citation ("được cử theo Quyết định số !ĐØRBTEOd3ý /2026"). Cited by neither number nor date, with the subject;
    `pipeline.link.amendments` changes only the one trip one of whose members and one of whose countries the
    decision names."""
    saying = _subject_saying(text, _AMENDS)
    if not saying:
        return []
    for line in unwrap_lines(text).splitlines():
        cited = find_citations(line, own_number, offset=None)
        if not _LEGAL_BASIS.match(fold(line)) and any(c.number and c.kind in (None, "quyet_dinh") for c in cited):
            return []
    return [(Citation(text=saying[-1], kind="quyet_dinh"), saying[-1])]


def _amended(text: str, own_number: str | None) -> tuple[Citation, str] | None:
    """The decision this one amends and the sentence saying so: the first line's citation, or a later line's citing
    the same serial with the date the first lacks (a scan garbled the subject's "Quyết định số 520/QĐ-UB NĐ ngày
    59/6/2 26" that "Điều 1. Điều chỉnh Điều 1 Quyết định số 520/QĐ-UBND ngày 30/6/2026 …" gives whole): the
    amended trip is found by number and date (`pipeline.link.amendments`), and its number may be unread."""
    found = _saying(text, own_number, _AMENDS) or _only_cited(text, own_number, _AMENDS) or _uncited(text, own_number)
    if not found:
        return None
    first = found[0][0]
    serial = _serial(first.number)
    dated = (c for c in found[1:] if first.date is None and c[0].date and serial and _serial(c[0].number) == serial)
    return next(dated, found[0])


def _serial(number: str | None) -> str | None:
    """A decision number's serial, before its symbol ("520" of "520/QĐ-UBND"); None for none."""
    return number.split("/")[0].strip() if number else None


def _members(clause: str) -> list[TripMember]:
    """Members named in an "add"/"withdraw" clause, read as the trip extractor reads "Cử ông A, …"."""
    into = _INTO_LIST.search(fold(clause))
    return find_members("Cử " + (clause[: into.start()] if into else clause) + ".")


def find_amendment(text: str, own_number: str | None = None) -> Amendment | None:
    """What a decision changes in the trip decision it amends, or None when it amends none. A decision cancelling
    one ("Hủy bỏ Quyết định số …") changes nothing else in it: its trip is no trip."""
    return _amendment(text, own_number)[0]


def _amendment(text: str, own_number: str | None) -> tuple[Amendment | None, str]:
    """`find_amendment`, with the lines that cancel a decision joined ("" when it cancels none): the cancelled
    delegation's members may be named in any of them, not only in the amendment's sentence."""
    cancelled = (
        _saying(text, own_number, _CANCELS)
        or _only_cited(text, own_number, _CANCELS_UNNUMBERED)
        or _cancelled_by_date(text)
    )
    if cancelled:  # the line that dates the cancelled decision, when the subject line does not
        citation, sentence = next((found for found in cancelled if found[0].date), cancelled[0])
        return Amendment(citation=citation, cancels=True, sentence=sentence), " ".join(s for _, s in cancelled)
    return _changes(text, own_number), ""


def _changes(text: str, own_number: str | None) -> Amendment | None:
    """What a decision that cancels none changes in the trip decision it amends, or None when it amends none."""
    found = _amended(text, own_number)
    if found is None:
        return None
    citation, sentence = found
    begin, finish = operative_bounds(text)
    articles = unwrap_lines(text[begin:finish])  # a scan wraps "thời gian … như sau:" away from its dates
    folded = fold(articles)
    start = end = None
    added: list[TripMember] = []
    removed: list[str] = []
    countries: list[tuple[str, str]] = []
    extends = _EXTENDS.search(fold(text)) is not None
    for match in _SENTENCE.finditer(folded):
        new_part = match.group()
        instead = _INSTEAD.search(new_part)
        raw = articles[match.start() : match.start() + (instead.start() if instead else len(new_part))]
        if (into := _NEW_PERIOD.search(new_part)) and not instead:  # "từ A đến B thành từ C đến D": C to D
            raw = articles[match.start() + into.end() : match.end()]
        raw = _without_citations(raw, own_number)
        if start is None and _PERIOD_CUE.search(new_part) and (period := find_period(raw)) is not None:
            start, end = period.start, period.end
        elif start is None and end is None and (extended := _EXTENDED_TO.search(new_part)):
            end = _first_date(raw[extended.end() :])
        elif start is None and end is None and extends and _PERIOD_CUE.search(new_part):
            ended = _NEW_END.search(fold(raw))
            end = _first_date(raw[ended.end() :]) if ended else None
        if not countries and _COUNTRY_CUE.search(new_part):
            countries = [(d.name, d.code) for d in find_destinations(raw)]
        if add := _ADDED.search(new_part):
            added += _members(articles[match.start() + add.end() : match.end()])
        if swap := _SWAP.search(new_part):
            removed += [
                m.name for m in _members(articles[match.start() + swap.start("old") : match.start() + swap.end("old")])
            ]
            added += _members(articles[match.start() + swap.start("new") : match.end()])
        if drop := _REMOVED.search(new_part):
            removed += [m.name for m in _members(articles[match.start() + drop.end() : match.end()])]
        if not swap and (sent := _APPOINTED.search(new_part)):
            replaced = _IN_PLACE_OF.search(new_part, sent.end())
            stop = match.start() + replaced.start() if replaced else match.end()
            added += _members(articles[match.start() + sent.end() : stop])
            if replaced:
                removed += [m.name for m in _members(articles[match.start() + replaced.end() : match.end()])]
    if start is end is None and citation.number is citation.date is None and _PERIOD_CUE.search(fold(sentence)):
        # the citation garbled, its clause's "thời gian" may be too ("án Cổng tác của Hoàn là từ ngày …"): a
        # decision whose subject moves the period gives the new one in its first article
        period = find_period(first_article(articles))
        start, end = (period.start, period.end) if period else (None, None)
    return Amendment(
        citation=citation,
        start=start,
        end=end,
        added=added,
        removed=removed,
        destinations=[name for name, _ in countries],
        destination_codes=[code for _, code in countries],
        sentence=sentence,
    )


def _without_citations(text: str, own_number: str | None) -> str:
    """`text` with each decision it cites blanked, number and date ("Quyết định số 1448/QĐ-BNNMT ngày 28/04/2026 đến
    hết ngày 21/05/2026"): the cited decision's date is no start of the new period."""
    spans = [(c.span.start, c.span.end) for c in find_citations(text, own_number) if c.span is not None]
    return blanked(text, spans)


def _first_date(text: str) -> dt.date | None:
    """The date `text` opens with, when it is read."""
    dates = find_dates(text)
    return dates[0].value if dates and dates[0].start == 0 else None


def extract_amendment(document: Document) -> Document:
    """Registered field extractor: the trip decision a decision amends, and what it changes (decisions only).

    A decision that sends nobody but restates a period or a country ("Điều chỉnh thời gian công tác tại Ấn Độ
    của đoàn …, đã được cử tại Quyết định số …") reads as a trip without members: when it amends a decision,
    its values belong to the amended trip, so it keeps no trip of its own."""
    if document.doc_type is not DocType.QUYET_DINH:
        return document
    amends, cancelling = _amendment(document.text, document.number)
    if amends is None or not _sends_nobody(document, amends, cancelling):
        return document
    return document.model_copy(update={"amends": amends, "trip": None})


def _sends_nobody(document: Document, amends: Amendment, cancelling: str) -> bool:
    """Whether the decision's trip (if any) is only the amendment read as one: no members, or only those the
    amendment adds or withdraws ("không cử bà A … tham gia Đoàn" read as a member A), or those of the delegation
    it cancels, named in the lines `cancelling` it. A decision that lists members of its own is a trip, whatever
    else it says."""
    if document.trip is None or not document.trip.members:
        return True
    if amends.cancels:  # "Hủy bỏ Quyết định số … về việc cử ông A …": the cancelled delegation, named
        named_in = fold(cancelling)
        return all(fold(member.name) in named_in for member in document.trip.members)
    named = {fold(name) for name in [*amends.removed, *(m.name for m in amends.added)]}
    return all(fold(member.name) in named for member in document.trip.members)
