"""What a trip report (BÁO CÁO Kết quả chuyến công tác tại ...) says about the trip it reports on.

The link to the trip is the decision the report answers ("Thực hiện Quyết định số 145/QĐ-UBND ngày
03/3/2025 của UBND tỉnh về việc cử ..."); `pipeline.link` matches it to the decision, tolerating OCR damage.
When a report cites several decisions, the one that sends people (cử, cho phép, đoàn, đi công tác) wins over
legal bases such as a regulation with a year in its number.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from itertools import pairwise

from extractors import gazetteer
from extractors.date_ranges import find_period
from extractors.dates import date_at
from extractors.doctype import title_type
from extractors.members import parse_member
from extractors.paragraphs import unwrap_lines
from extractors.places import countries_of, find_destinations, find_places
from extractors.transit import without_transit
from extractors.vntext import fold, is_upper_line, squash
from schemas.document import CitedDecisionRef, DocType, Document, ErrorItem, ReportInfo
from schemas.errors import ErrorCode

_REPORT_SUBJECT = re.compile(
    r"ket\s+qua\s+(?:chuyen\s+|doan\s+)?(?:di\s+)?(?:cong\s+tac|chuyen\s+di)|chuyen\s+cong\s+tac\s+(?:tai|nuoc\s+ngoai)"
)
_DECISION_WORD = r"\b(?:quyet\s+dinh|qd)\s+"
"""The word "Quyết định" or its abbreviation "QĐ" ("Thực hiện QĐ số 560/QĐ-UBND"), folded."""
_DECISION = re.compile(
    _DECISION_WORD + r"(?:so\s*[:.]?\s*)?"
    r"(?P<num>(?=[0-9li|]{0,4}\d)[0-9li|]{1,5}\s*(?:/\s*\d{4}\s*)?[/-]\s*[a-z0-9]+(?:\s*[-/]\s*[a-z0-9]+)*)"
)
"""A decision cited by its word: "Quyết định số 145/QĐ-UBND", "QĐ số: 145/QĐ-UBND", "Quyết định số. 152- Q/TU" (a
scan's dot for the colon, "QĐ" cut)."""
_BY_SYMBOL = re.compile(
    r"(?<![\w/-])(?P<num>\d{1,5}\s*(?:/\s*\d{4}\s*)?(?:/\s*qd\s*-\s*[a-z0-9]+(?:\s*-\s*[a-z0-9]+)*|-\s*qd\s*/\s*[a-z]+))"
    r"(?=[\s,.;)]|$)"
)
"""A decision cited by its number alone, the word before it garbled ("Ì vết định số 1402/QĐ-UBND ngày …") or torn
from it by OCR's line order ("… số 154" / "1561/QĐ-UBND ngày 21/9/2026 c…"), folded: "QĐ" in the symbol
("/QĐ-UBND", "-QĐ/TU") says the document is a quyết định."""
_SENDING = re.compile(
    r"\bcu\b|cho\s+phep|\bdoan\b|(?:di|chuyen)\s+cong\s+tac|\b(?:hai|ba|bon|cac)\s+chuyen\b|nuoc\s+ngoai"
)
"""A decision's sentence about sending people, folded: "cử", "đoàn", "đi công tác", or the trips it reports ("báo cáo
kết quả hai chuyến công tác", its last word cut on a scan)."""
_PEOPLE_WENT = re.compile(
    r"(?:(?:\b(?:ong|ba|dong\s+chi)\s|\bdoan\b|\b\d{1,3}\s+(?:can\s+bo|cong\s+chuc|vien\s+chuc|thanh\s+vien|dong\s+chi)\b)"
    r"[^;]{3,200}?|\btoi\s+)\bda\s+(?:di\s+)?(?:tham\s+du|tham\s+gia|du|lam\s+viec|tham|"
    r"khao\s+sat|hoc\s+tap|xuc\s+tien|bieu\s+dien|trao\s+doi|cong\s+tac|to\s+chuc)\b"
)
"""Named people, a delegation or a number of staff who went ("ông … và ông … đã tham dự Triển lãm …", "do ông X làm
trưởng đoàn đã học tập kinh nghiệm", "đoàn công tác của Ban … đã xúc tiến đầu tư tại …", "03 cán bộ ngành y tế đã
tham dự khóa tập huấn …", "… làm trưởng đoàn đã đi công tác tại …"), or the reporter who went ("tôi đã tham dự
Khóa tập huấn …": a member's own report)."""
_PERIOD = re.compile(r"\btu\s+(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*(?:,\s*)?den\s+(?:ngay\s+)?\d")
"""A trip's period, folded ("từ ngày 21/10/2024 đến ngày 25/10/2024", "từ 20/7/2026 đến 23/7/2026")."""
_WENT = re.compile(f"{_PEOPLE_WENT.pattern}|{_PERIOD.pattern}")
"""After a decision, what shows it sent people even when it does not say "cử": named people who went or the
trip's period ("từ ngày 21/10/2024 đến ngày 25/10/2024", "từ 20/7/2026 đến 23/7/2026")."""
_DELEGATION = re.compile(r"\b(?:doan|truong\s+doan)\b")
"""A delegation ("đoàn gồm 03 công chức do ông X làm trưởng đoàn"): people who went as one, not a firm's staff."""
_YEAR_IN_NUMBER = re.compile(r"/\s*(?:19|20)\d\d\s*/")
_DELEGATION_HEAD = re.compile(r"\bdo\s+(?P<who>(?:ong|ba|dong\s+chi)\s+[^\n]{3,160}?)\s+lam\s+truong\s+doan")
_LOST_DO_HEAD = re.compile(
    r"\b(?P<who>(?:ong|ba|dong\s+chi)\s+(?:\(\s*(?:ong|ba)\s*\)\s+)?(?:(?!\b(?:ong|ba|do)\s)[^\n]){3,120}?)"
    r"\s+lam\s+truong\s+doan"
)
"""The head named without the "do" before it, which a fax's noise took ("… đởa" / "ông (bà) Đàm Thị Hương làm
trưởng đoàn", scenario 17's 45/BC-BVNTW): the nearest "ông"/"bà" before "làm trưởng đoàn", no other between."""
_REPORTER_LABEL = re.compile(r"\b(?:nguoi\s+bao\s+cao|toi\s+ten\s+la)\s*:\s*(?:(?:ong|ba|dong\s+chi)\s+)?")
"""The reporter named on a label: "Người báo cáo: …", or a member's own report's "Tôi tên là: …"."""
_RESULT_SUBJECT = re.compile(r"^\s*ket\s+qua\b")
_EVENT_AT = re.compile(
    r"\b(?:khoa\s+(?:dao\s+tao|hoc|tap\s+huan|boi\s+duong)|hoi\s+(?:nghi|thao|cho)|trien\s+lam|dien\s+dan)\b"
    r"[^\n]{0,80}?\btai\s+"
)
"""An event the subject names where it was held ("Kết quả tham dự khóa đào tạo tại Ca-na-đa và Hoa Kỳ", "… Hội chợ
… tại Nhật Bản"), folded up to the place: held abroad, with a decision cited, its result is a trip's."""
_ABROAD_REGION = re.compile(
    r"\btai\s+(?:cac\s+nuoc\s+)?(?:chau\s+(?:au|phi|my|dai\s+duong)|bac\s+my|nam\s+my|my\s+la[\s-]?tinh|trung\s+dong)\b"
)
"""A part of the world abroad a trip went to, folded ("tại châu Âu", "tại các nước Bắc Mỹ"): no country named (a
stamp over the line that named them). Not "châu Á": Việt Nam is in it."""
_RETURN = re.compile(r"\bve\s+nuoc\b|\btro\s+ve\b|\bnhap\s+canh\s+tro\s+lai\b")


@dataclass(frozen=True)
class CitedDecision:
    number: str | None
    date: dt.date | None


def is_trip_report(document: Document) -> bool:
    """A báo cáo whose subject or opening is the result of a trip."""
    doc_type = document.doc_type
    if doc_type is None:
        doc_type = next((t for line in document.text.splitlines()[:40] if (t := title_type(line))), None)
    if doc_type is not DocType.BAO_CAO:
        return False
    opening = document.text[:3000]
    if _REPORT_SUBJECT.search(fold(f"{document.subject or ''}\n{opening}")):
        return True
    return _reports_other_trip(document.subject or "", opening)


def reads_as_trip_report(text: str) -> bool:
    """Whether a body reads as a trip report's when its "BÁO CÁO" title and number are lost (a scan's): it says it
    reports the results ("… báo cáo kết quả như sau:") of a trip abroad that people went on — answering a decision
    that sent them, or with the delegation's period (`_reports_other_trip` with the subject lost). A letter that only
    tells of a trip reports no results of it."""
    opening = text[:3000]
    folded = fold(unwrap_lines(opening))
    return _RESULTS_REPORTED.search(folded) is not None and _reports_other_trip("", opening)


def _reports_other_trip(subject: str, opening: str) -> bool:
    """ "Kết quả tham dự Hội chợ … tại Úc", "kết quả chuyến thăm và làm việc tại Lào": a result abroad that
    answers a decision sending people (cited by number, "QĐ số …", or by its date alone), or that states the
    return home, the people who went or the delegation's period. A scan may lose the subject's first words
    ("Kết quả c|huyến …"): then a decision sending people and the people who went both in the opening."""
    text = unwrap_lines(opening)  # the decision's sentence wraps at the margin on scans
    folded = fold(text)
    if (
        not _countries(f"{subject}\n{opening}")
        and not _ABROAD_REGION.search(fold(f"{subject}\n{folded}"))
        and _province_abroad(subject) is None
    ):
        return False
    if _RESULT_SUBJECT.search(fold(subject)) and _event_abroad(subject) and _citing(folded):
        return True  # a decision answered, its sentence lost under a stamp: "… số 1085/QĐ-UBND ngày … của …"
    if _visit_abroad(subject) and (
        _citing(folded)
        or _DECIDED_ON.search(folded)
        or _SENT.search(folded)
        or (_DELEGATION.search(folded) and _PERIOD_BEGUN.search(folded))
    ):
        return True  # a visit abroad answering a decision, or by a delegation from a day: what a stamp left
    if _work_abroad(subject) and (_citing(folded) or _DECIDED_ON.search(folded)) and _PERIOD.search(folded):
        return True  # the subject's first words under a stamp, its "công tác tại <abroad>" left, a decision, days
    went = _PEOPLE_WENT.search(folded) is not None
    if _RESULT_SUBJECT.search(fold(subject)):
        # the citation may be lost on a scan; a delegation that went, or whose period abroad is given ("Đoàn gồm
        # 04 đồng chí …, đi khảo sát tại … từ ngày 18/4/2026 đến ngày 23/4/2026"), is a trip's; so is a period
        # abroad after a decision whose number a stamp's pen garbled but whose date and issuer stand ("Thực hiện
        # Quyết định sĩ&ø9©Đ-LU BND ngày 24/4/2026 của Chủ tịch UBND tỉnh, … từ ngày 11/5/2026 đến ngày …")
        gone = _WENT.search(folded) is not None
        if _RETURN.search(folded) or (gone and (_DELEGATION.search(folded) or _dated_decision(text, folded))):
            return True
    elif not went:  # the subject's first words lost: a decision sending people and the people who went
        return False
    for match in (*_DECISION.finditer(folded), *_DATED_DECISION.finditer(folded)):
        context = re.split(r"[;\n]|\.\s", folded[match.end() : match.end() + 250], maxsplit=1)[0]
        if _SENDING.search(context) or _WENT.search(context):
            return True
    # the subject and the decision both lost (a fax's noise): the delegation that went, its period, and the
    # report of its results ("… làm trưởng đoàn đã đi công tác tại … từ ngày … đến ngày …. Sở … báo cáo kết quả",
    # "… Nhà trường báo cáo như sau:")
    return went and bool(_PERIOD.search(folded) and _REPORTS_ON_IT.search(folded))


_RESULTS_REPORTED = re.compile(r"\bbao\s+cao\s+ket\s+qua\b")
"""The report saying it reports the results, folded ("… báo cáo kết quả như sau:")."""
_REPORTS_ON_IT = re.compile(rf"{_RESULTS_REPORTED.pattern}|\bbao\s+cao\s+nhu\s+sau\b")
"""A report's body saying it reports on the trip it has just told of, folded: "báo cáo kết quả", or "báo cáo như sau"
after the delegation that went and its period ("… từ ngày 13/7/2026 đến ngày 17/7/2026. Nhà trường báo cáo như
sau:")."""


_VISIT_AT = re.compile(
    r"^\s*ket\s+qua\s+(?:(?:chuyen|dot)\s+)?(?:tham|lam\s+viec|khao\s+sat|hoc\s+tap|xuc\s+tien|giao\s+luu|kham)\b"
    r"[^\n]{0,80}?\b(?:tai|voi)\s+(?!(?:cac\s+)?doan\b)"
)
"""A result subject naming a visit, a survey or work done at a place ("Kết quả chuyến thăm, làm việc tại nước CHDCND
Lào", "Kết quả làm việc với Trường Đại học Phố Nhĩ, Trung Quốc", "Kết quả khảo sát … tại Lào, Thái Lan và Campuchia",
"Kết quả khám, chữa bệnh nhân đạo tại Bệnh viện tỉnh Luông Pha Băng"), folded up to the place; not work with a
delegation ("làm việc với Đoàn … tỉnh Phông Sa Lỳ": one that came in)."""
_DECIDED_ON = re.compile(
    r"\bngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*,?\s*(?:cua|do)\s+"
    r"(?:chu\s+tich|giam\s+doc|ubnd|uy\s+ban|ban\s+thuong\s+vu|thu\s+truong|hieu\s+truong)\b"
)
"""What a stamp leaves of a decision's citation: its date and its signer ("… ngày 27/8/2026 của Chủ tịch Ủy ban nhân
dân tỉnh", "… ngày 26/10/2026 của Giám đốc Bệnh viện"), folded."""
_PERIOD_BEGUN = re.compile(r"\btu\s+ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\b")
"""A period's first day, its end under a stamp ("… từ ngày 23/3/2026 đến nị ‹ vat …"), folded."""
_SENT = re.compile(r"\bve\s+viec\s+cu\s+doan\b")
"""The decision's subject, its number lost: "về việc cử đoàn công tác …", folded."""


def _visit_abroad(subject: str) -> bool:
    """Whether a result subject names a visit or work at a place abroad (`_VISIT_AT`): a country named after it, or
    a province abroad whose body was visited (`_province_abroad`)."""
    visit = _VISIT_AT.search(fold(subject))
    if visit is None:
        return False
    after = subject[visit.end() - 4 :]
    return bool(_countries(after)) or _province_abroad(after) is not None


_WORK_AT = re.compile(r"\bcong\s+tac\s+[tl]ai\s+")
"""A subject's "công tác tại", its "t" read "l" on a scan ("… cong tạc lai tỉnh U Đôm Xay, Lào"), folded up to the
place."""


def _work_abroad(subject: str) -> bool:
    """Whether a subject whose first words a stamp garbled ("Ï văn Tết qụachuxe n›cong tạc lai tỉnh …": "Kết quả
    chuyến công tác tại") still names work at a place abroad (`_WORK_AT`, a country named after it)."""
    folded = fold(subject)
    work = _WORK_AT.search(folded)
    if work is None:
        return False
    greeting = _GREETING.search(folded, work.end())  # the "Kính gửi" line a garbled subject ran on into
    return bool(_countries(subject[work.start() : greeting.start() if greeting else None]))


_GREETING = re.compile(r"\bkinh\s+g")


_PROVINCIAL_BODY = re.compile(
    r"\btai\s+(?:benh\s+vien|truong|so|cong\s+an|uy\s+ban\s+nhan\s+dan|ubnd)\b[^\n,.;()]{0,40}?"
    r"\b(?:tinh|thanh\s+pho)\s+(?P<name>(?:[^\W\d_]+\s*){1,4})"
)
"""A provincial body visited, named by its province ("tại Bệnh viện tỉnh Luông Pha Băng"), folded up to the name:
the general place finder takes a place in a body's name for no destination (a news story's "Công an tỉnh …"), but a
result subject's visit to such a body abroad was made there."""


def _province_abroad(subject: str) -> str | None:
    """The country of the foreign province or city a visited provincial body is named by (`_PROVINCIAL_BODY`), its
    name looked up whole among the curated places, longest first ("Luông Pha Băng Kính" is not one, "Luông Pha
    Băng" is), a name shared with a Vietnamese place or several countries' never."""
    body = _PROVINCIAL_BODY.search(fold(subject))
    if body is None:
        return None
    words = subject[body.start("name") : body.end("name")].split()
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size])
        entry = gazetteer.places().get(gazetteer.place_key(name))
        if entry and entry[4] and not entry[3] and not gazetteer.is_vietnamese_place(name):
            return entry[1]
    return None


def _event_abroad(subject: str) -> bool:
    """Whether the subject names an event held in a country abroad (`_EVENT_AT`): the countries named right after
    its "tại", not those of whatever a scan ran on into the subject."""
    event = _EVENT_AT.search(fold(subject))
    return event is not None and bool(_countries(subject[event.end() - 4 : event.end() + 60]))


_SPECK_AFTER_AT = re.compile(r"(?<=\b[tT]ại)[.,:;](?=[A-ZĐ])")
"""A speck a scan read between "tại" and the capital of the place after it ("tại.New Delhi, Ấn Độ")."""


def _countries(text: str, printed: str = "") -> list[str]:
    """The countries a report says the trip went to: named ("tại Hàn Quốc"), else named on its lines as `printed`
    (unwrapping may glue a line's country to the next line's capitalised word, "tại Xinh-ga-po Kí hơn" where a
    scan garbled "Kính gửi", and a country followed by a capital may be a longer name's start), else those of
    the places it names without their country ("với trấn Thủy Khẩu, thành phố Bằng Tường"), as the decision's
    own are found."""
    text = _SPECK_AFTER_AT.sub(" ", text)  # "tại.New Delhi": a scan's speck, the same length
    gone_to = without_transit(text)  # a country passed through is none the report went to
    named = [place.name for place in find_destinations(gone_to)]
    named = named or [place.name for place in find_destinations(without_transit(printed))]
    return named or [name for name, _ in countries_of(find_places(gone_to))]


def cited_decision(text: str) -> CitedDecision | None:
    """The decision a report answers: the first cited decision about sending people, else the first one."""
    decisions = cited_decisions(text)
    return decisions[0] if decisions else None


_SENTENCE_BREAK = re.compile(r"[;\n]|\.\s")


_ITEM_HEAD = re.compile(r"[ \t]*(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)][ \t]+(?:doan|chuyen)\b[^\n]{0,80}$")
"""An item of a report on several trips, headed by the decision that sent its delegation, folded up to the
decision: "1. Đoàn công tác theo Quyết định số 497/QĐ-UBND …", "b) Chuyến công tác tại Lào (Quyết định số …)"."""


_LEAD_IN = re.compile(r"[ \t]*(?:thuc\s+hien|theo|can\s+cu)\s+")
"""The words before a decision opening an item's first sentence, folded ("Thực hiện Quyết định số …")."""


def _heads_item(folded: str, at: int) -> bool:
    """Whether the decision cited at `at` heads an item of the report's list of delegations (`_ITEM_HEAD`), on the
    item's heading line or opening the item's first line under a heading of its own ("1. Đoàn công tác tại Thái
    Lan" / "Thực hiện Quyết định số 412/QĐ-… , đoàn …")."""
    line = folded.rfind("\n", 0, at) + 1
    if _ITEM_HEAD.match(folded, line, at):
        return True
    if line == 0 or not _LEAD_IN.fullmatch(folded, line, at):
        return False
    return _ITEM_HEAD.fullmatch(folded, folded.rfind("\n", 0, line - 1) + 1, line - 1) is not None


def cited_decisions(text: str) -> list[CitedDecision]:
    """The decisions a report answers: the one `cited_decision` names first, then the other decisions about
    sending people cited in its sentence ("Thực hiện Quyết định số 893/QĐ-UBND ngày … và Quyết định số
    897/QĐ-UBND ngày …, Sở đã tổ chức hai chuyến công tác": a report on two trips), or heading an item of its
    list of delegations as the first does ("1. Đoàn công tác theo Quyết định số 497/QĐ-UBND …", "2. Đoàn công tác
    theo Quyết định số 833/QĐ-UBND …": a unit's summary of its trips). A decision cited in another sentence (an
    earlier trip recalled, a legal basis) is not one it answers."""
    folded = fold(text)
    citing = _citing(folded)
    folded = _and_joined(folded, citing)
    candidates: list[tuple[int, int, bool, CitedDecision]] = []
    for match in citing:
        number = squash(text[match.start("num") : match.end("num")]).replace(" ", "")
        found = date_at(text, match.end("num"))
        context = _SENTENCE_BREAK.split(folded[match.end() : match.end() + 250], maxsplit=1)[0]
        item = _heads_item(folded, match.start())
        rank = 0 if item or _SENDING.search(context) else 1 if not _YEAR_IN_NUMBER.search(number) else 2
        candidates.append((rank, match.start(), item, CitedDecision(number, found.value if found else None)))
    if not candidates:
        dated = _dated_decision(text, folded)
        return [dated] if dated else []
    rank, at, item, first = min(candidates, key=lambda c: c[0])
    others = [
        decision
        for other_rank, other_at, other_item, decision in candidates
        if other_rank == 0 == rank
        and decision.number != first.number
        and ((item and other_item) or not _SENTENCE_BREAK.search(folded[min(at, other_at) : max(at, other_at)]))
    ]
    return [first, *dict.fromkeys(others)]


_AND_GAP = re.compile(r"[^.;]{0,120}?\bva\s+")
"""What stands between a decision cited and the next one it is joined to by "và" ("… ngày 24/7/2026 (được điều chỉnh
tại Quyết\n26) và Quyết định số 760/QĐ-UBND …"), folded: one sentence, whatever line breaks a scan leaves in it."""


def _and_joined(folded: str, citing: list[re.Match[str]]) -> str:
    """`folded` with the line breaks between two citations joined by "và" (`_AND_GAP`) read as spaces: the second
    decision's sentence is the first's, so what it says of the trips ("… báo cáo kết quả hai chuyến công tác") is
    said of both. Offsets stay."""
    for before, after in pairwise(citing):
        if _AND_GAP.fullmatch(folded, before.end(), after.start()):
            gap = folded[before.end() : after.start()].replace("\n", " ")
            folded = folded[: before.end()] + gap + folded[after.start() :]
    return folded


_GARBLE_BEFORE = re.compile(r"(?:\d[^\W\d_]|[^\W\d_]\d)\S*[ \t]+$")
"""A word of digits and letters mixed right before a number on its line ("Quyết định số 4bI 7/QĐ-BNNMT", folded):
the pen's digits of the number, garbled, so the "7" after them is the number's end, not a number."""


def _citing(folded: str) -> list[re.Match[str]]:
    """The decisions cited (`_DECISION`), and those cited by their symbol alone (`_BY_SYMBOL`) outside them and not
    after garbled digits (`_GARBLE_BEFORE`), in the order of the text."""
    worded = list(_DECISION.finditer(folded))
    spans = [(match.start(), match.end()) for match in worded]
    alone = [
        m
        for m in _BY_SYMBOL.finditer(folded)
        if not any(a <= m.start() < b for a, b in spans)
        and not _GARBLE_BEFORE.search(folded, max(0, m.start() - 40), m.start())
    ]
    return sorted([*worded, *alone], key=lambda match: match.start())


_DATED_DECISION = re.compile(_DECISION_WORD + r"(?:so\s*:?\s*[\s./…]*(?:/\s*[a-z0-9-]+)?\s*)?(?=ngay\s)")
"""A decision cited by its date alone: "Quyết định ngày 12/3/2025 của UBND tỉnh", or with its number left blank
("Quyết định số     /QĐ-UBND ngày 12/3/2025") — the link then rests on the date, unit and destination."""


_GARBLED_CITATION = re.compile(
    r"\bthuc\b(?:\s+hien\b)?(?P<garbled>[^\n;]{1,80}?)\s(?:ngay|(?P<misread>[^\W\d_]{1,4}ay))[:.]?\s+(?=\d)"
)
"""The opening "Thực hiện <citation> ngày D" whose citation OCR made unreadable ("Thực| IRỆrNGPAEV…E-UBND ngày
16/3/2026 của Chủ tịch …": a fax's or a stamp's noise over the number, "hiện" too), folded, up to the date; the
first "Thực" only, its noise read through stops. The noise may take the "ngày" too, its "ay" kept ("Quyết ÔẨTW
8y@t0d3NV tÌkày 05/08/2026 của Bộ trưởng …", "tuyết địnÄ gay: 02/07/2026 của Chủ tịch …": `misread`)."""
_ISSUED_BY = re.compile(
    r"\s*,?\s*(?:cua|do)\s+(?:chu\s+tich|ubnd|uy\s+ban|hdnd|hoi\s+dong|bo\s+truong|thu\s+truong|giam\s+doc"
    r"|hieu\s+truong|ban\s+thuong\s+vu|thuong\s+truc)\b"
)
"""What follows a decision's date: its signer or issuer ("của Chủ tịch Ủy ban nhân dân tỉnh", "của Bộ trưởng Bộ Nội
vụ", "của Hiệu trưởng"), folded."""
_OTHER_DOCUMENT = re.compile(
    r"\b(?:ke\s+hoach|cong\s+van|chi\s+thi|thong\s+bao|nghi\s+quyet|van\s+ban|chuong\s+trinh|thu\s+moi|quy\s+dinh"
    r"|quy\s+che|ket\s+luan|cong\s+dien|huong\s+dan|thong\s+tu|nghi\s+dinh|to\s+trinh)\b"
)
"""A readable kind of document other than a decision: the date is that document's ("Thực hiện Quy định số
08-QĐi/TU ngày … của Ban Thường vụ Tỉnh ủy", a rule, not the decision that sent the delegation)."""


def _dated_decision(text: str, folded: str) -> CitedDecision | None:
    """A decision cited by its date (`_DATED_DECISION`), or one whose citation OCR garbled before a date its issuer
    follows (`_GARBLED_CITATION`: the date is still what the link can rest on, gated like a date alone)."""
    for match in _DATED_DECISION.finditer(folded):
        found = date_at(text, match.end())
        if found is not None:
            return CitedDecision(None, found.value)
    garbled = _GARBLED_CITATION.search(folded)
    found = date_at(text, garbled.end()) if garbled else None
    if (
        garbled
        and found
        and not _OTHER_DOCUMENT.search(garbled.group("garbled"))
        and _ISSUED_BY.match(folded, found.end)
    ):
        return CitedDecision(None, found.value)
    return None


def _reporter(document: Document) -> str | None:
    folded = fold(document.text)
    label = _REPORTER_LABEL.search(folded)
    if label:
        line_end = folded.find("\n", label.end())
        name = squash(document.text[label.end() : line_end if line_end >= 0 else len(folded)]).split(",")[0]
        return name or None
    if document.signer and document.signer.name:
        return document.signer.name
    # the signature was unreadable: the head of the delegation reports ("do bà Lê Thị Minh\nNguyệt, Giám đốc
    # Sở … làm Trưởng đoàn", wrapped on a scan)
    text = unwrap_lines(document.text)
    head = _DELEGATION_HEAD.search(fold(text)) or _LOST_DO_HEAD.search(fold(text))
    if head:
        member = parse_member(text[head.start("who") : head.end("who")])
        return member.name if member else None
    return None


def _unit_as_written(document: Document) -> str | None:
    """The issuer as the body writes it ("Ban Quản lý Khu kinh tế cửa khẩu"), the header's capitals being lost."""
    issuer = document.issuer
    if not issuer:
        return None
    for match in re.finditer(re.escape(fold(issuer)), fold(document.text)):
        written = document.text[match.start() : match.end()]
        if not is_upper_line(written):
            return written
    return issuer


def extract_report(document: Document) -> ReportInfo:
    """The report's own statements: who reports for which unit, the decision, the destinations and dates."""
    text = unwrap_lines(document.text)
    decisions = cited_decisions(text)
    decision = decisions[0] if decisions else None
    countries = _countries(f"{document.subject or ''}\n{text}", document.text)
    period = find_period(text)
    return ReportInfo(
        reporter=_reporter(document),
        reporting_unit=_unit_as_written(document),
        decision_number=decision.number if decision else None,
        decision_date=decision.date if decision else None,
        destinations=countries,
        start=period.start if period else None,
        end=period.end if period else None,
        also_cited=[CitedDecisionRef(number=d.number, date=d.date) for d in decisions[1:]],
    )


_DECISION_LEAD = dt.timedelta(days=366)
"""How long before its trip a decision sending a delegation is dated at most: a cited date older than that is
misread (a stamp cut "05/5/2026" to "05/5/20", read 2020), never the decision's."""


def _implausible_date(report: ReportInfo, issued: dt.date | None) -> bool:
    """Whether the cited decision's date lies more than a year before the trip the report itself dates, or after
    the report's own date (`issued`: a report cites what was decided before it; "02/6/2936" is a stamp's noise over
    "02/6/2026")."""
    cited, start = report.decision_date, report.start
    early = start is not None and cited is not None and cited < start - _DECISION_LEAD
    return early or (cited is not None and issued is not None and cited > issued)


def _dated_by(document: Document) -> dt.date | None:
    """The last day the report can be of: its own date, or the last of the month it is dated in when its pen-filled
    day was not read (`issue_date_partial`: "ngày …" with "tháng 6 năm 2026" printed)."""
    if document.issue_date is not None or document.issue_date_partial is None:
        return document.issue_date
    year, month = (int(part) for part in document.issue_date_partial.split("-"))
    return dt.date(year, month, calendar.monthrange(year, month)[1])


_REPORT_LAG = dt.timedelta(days=2 * 366)
"""How long after the decision it cites a report is dated at most: a trip follows its decision within a year
(`_DECISION_LEAD`) and is reported within weeks; a report's own date later than that is misread ("năm 2076" for a
report of December 2026 on a decision of November 2026: due fifty years late, its trip read as unreported)."""


def _without_implausible_own_date(document: Document, report: ReportInfo) -> Document:
    """The document with its own date (and month) null, with an error, when it lies more than `_REPORT_LAG` after
    the decision the report cites; as it is otherwise."""
    issued, cited = document.issue_date, report.decision_date
    if issued is None or cited is None or issued - cited <= _REPORT_LAG:
        return document
    error = ErrorItem(
        code=ErrorCode.ISSUE_DATE_UNREADABLE,
        message=f"report dated {issued}, years after the decision it cites ({cited}): misread, left null",
    )
    spans = document.header_spans.model_copy(update={"issue_date": None})
    update = {
        "issue_date": None,
        "issue_date_partial": None,
        "header_spans": spans,
        "errors": [*document.errors, error],
    }
    return document.model_copy(update=update)


def _without_implausible_period(report: ReportInfo, dated_by: dt.date | None) -> tuple[ReportInfo, list[ErrorItem]]:
    """The report with each date of its trip's period null, with an error, when it lies in a year after the one the
    report is dated in: a report tells a trip that took place before it ("từ ngày 16/11/2926" in a report of December
    2026, a stamp's ink over the year). As it is otherwise, and when the report's own date is unread."""
    if dated_by is None:
        return report, []
    wrong = {bound: day for bound in ("start", "end") if (day := getattr(report, bound)) and day.year > dated_by.year}
    errors = [
        ErrorItem(
            code=ErrorCode.REPORT_PERIOD_IMPLAUSIBLE,
            message=f"the trip's {bound} read {day}, in a year after the report's own ({dated_by.year}): misread, "
            "left null",
        )
        for bound, day in wrong.items()
    ]
    return report.model_copy(update=dict.fromkeys(wrong)), errors


def extract_report_field(document: Document) -> Document:
    """Field extractor: sets `Document.report` for trip reports; a date of the reported trip in a year after the
    report's own is null, with an error (`_without_implausible_period`); a cited decision date a year or more before the
    reported trip, or after the report's own date (the month's last day when only its month was read: "20-5-2926" in
    a report of June 2026), is null, with an error, not a date to match decisions on; so is the report's own date
    years after the decision it cites (`_without_implausible_own_date`)."""
    if not is_trip_report(document):
        return document
    report = extract_report(document)
    document = _without_implausible_own_date(document, report)
    dated_by = _dated_by(document)
    report, errors = _without_implausible_period(report, dated_by)
    document = document.model_copy(update={"errors": [*document.errors, *errors]})
    if not _implausible_date(report, dated_by):
        return document.model_copy(update={"report": report})
    error = ErrorItem(
        code=ErrorCode.REPORT_CITED_DATE_IMPLAUSIBLE,
        message=f"cited decision dated {report.decision_date} for a trip from {report.start}, in a report of "
        f"{document.issue_date or document.issue_date_partial}: misread, left null",
    )
    return document.model_copy(
        update={"report": report.model_copy(update={"decision_date": None}), "errors": [*document.errors, error]}
    )
