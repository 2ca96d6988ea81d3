"""The trip a decision orders: who goes, where, when, why, who pays and who invited them.

Only a decision (quyết định) that sends or allows people abroad gets a trip ("cử cán bộ đi công tác nước
ngoài", "cử đoàn công tác", "cho phép ... đi nước ngoài"). Fields are read from the operative part (after
"QUYẾT ĐỊNH:" up to "Nơi nhận:"), so the preamble's legal bases ("Căn cứ Thông tư ... công tác phí ... do ngân
sách nhà nước bảo đảm") are not mistaken for this trip's funding; the submission date comes from the
preamble's "Xét/Theo đề nghị … Tờ trình số ... ngày ...". Whether a member is a key leader depends on
configurable titles, so it is decided later, in `pipeline.link`, from the settings.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re

from extractors.date_ranges import (
    LONGEST_UNSTATED_DAYS,
    Period,
    find_period,
    implausible_length,
    lost_first_digit,
    misread_issue_year,
    redated,
)
from extractors.dates import find_dates
from extractors.doctype import title_type
from extractors.first_chars import compile_led
from extractors.funding import find_funding
from extractors.issued_regulation import regulation_start
from extractors.members import WORD_PUNCTUATION, find_members, garbled_post, is_family_name
from extractors.numbers import find_numbers
from extractors.ocr_titles import repair_unit, respell_unit
from extractors.paragraphs import unwrap_lines
from extractors.people import look_alike_families, repair_family
from extractors.places import countries_of, find_destinations, find_places
from extractors.private_trips import private_trip_words
from extractors.transit import transit_spans, without_transit
from extractors.vntext import fold, squash
from schemas.document import (
    DocType,
    Document,
    ErrorItem,
    Place,
    PlaceLevel,
    Span,
    TextSource,
    Trip,
    TripMember,
    Word,
)
from schemas.errors import ErrorCode

_SENDS_ABROAD = re.compile(
    r"\b(?:cu|cho\s+phep)\b[^.]{0,250}?(?:nuoc\s+ngoai|di\s+cong\s+tac\s+tai|doan\s+cong\s+tac|sang\s+\w|"
    r"di\s+(?:tham|lam\s+viec)|tham\s+du)"
    r"|\bdi\s+cong\s+tac\s+nuoc\s+ngoai\b|\bdoan\s+(?:cong\s+tac|ra)\b"
)
_SENDS_TO = re.compile(r"\b(?:cu|cho\s+phep)\b[^.;\n]{0,300}?\b(?:tai|sang|den|di)\s+(?P<where>[^.;\n]+)")
"""Sends someone to a place, whatever the activity ("cử bà X đi khảo sát thị trường tại Busan, Hàn Quốc",
"cử đoàn ... tham gia Tuần Văn hóa tại tỉnh ..., nước Lào",
"Cử đoàn Sở … đi Singapore"): a trip when the place is a foreign country, or a place the gazetteer knows abroad
read with the words that send there ("cử đoàn … thăm, làm việc tại tỉnh Phông Sả Lỳ", no country named)."""
_OPERATIVE_START = re.compile(r"^\s*quyet\s+dinh\s*:\s*$|^\s*dieu\s+1\b", re.MULTILINE)
_OPERATIVE_END = re.compile(r"^\s*noi\s+nhan\b", re.MULTILINE)
_ARTICLE_2 = re.compile(r"^\s*dieu\s+2\b", re.MULTILINE)
_INVITER = re.compile(
    r"\b(?:theo|can\s+cu)\s+(?:loi|thu|giay)\s+moi\s+(?:dich\s+danh\s+)?(?:(?:so\s+[\w/.-]+|ngay\s+[\d/.-]+)\s+(?=cua\b))?"
    r"(?:cua\s+)?(?!ngay\b|so\b)(?P<who>.+?)"
    r"(?=\s*[,;(]|\.\s|\.$|\n|\s+(?:tu\s+ngay|di\s+cong\s+tac|trong\s+thoi\s+gian|de|nham|ve\s+viec|cu\b(?!\s+ba\b)|gui\b)"
    r"|\s+va\s+(?:de\s+nghi|to\s+trinh|cong\s+van|xet|theo)\b)"
)
"""The inviter after "theo lời/thư/giấy mời (đích danh) (số …/ngày …) của", or after a preamble's "Căn cứ Thư mời
(đích danh) ngày … của …" (the invitation as the decision's legal basis, the only place some decisions name it);
never the letter's own number or date ("theo thư mời ngày 28/02/2025" names no inviter)."""
_PURPOSE_LABEL = re.compile(r"\b(?:muc\s+dich|noi\s+dung)(?:\s+(?:chuyen\s+cong\s+tac|chuyen\s+di|lam\s+viec))?\s*:\s*")
_PURPOSE_VERB = re.compile(r"\b(?:de|nham(?:\s+muc\s+dich)?)\s+(?=\S)")
_PURPOSE_END = re.compile(
    r"[.;](?:\s|$)|\n|\s+(?:tu\s+ngay|trong\s+thoi\s+gian|thoi\s+gian\s*:)|,?\s+theo\s+(?:loi|thu|giay)\s+moi"
)
_DECLARED_SIZE = compile_led(r"\bgom\s+(?=\S)")
_PEOPLE_WORD = re.compile(
    r"\s*(?:thanh\s+vien|nguoi|dong\s+chi|dai\s+bieu|can\s+bo|cong\s+chuc|vien\s+chuc|giao\s+vien|hoc\s+vien)\b"
)
_SUBMISSION = re.compile(
    r"(?:^|[;.][ \t]*(?:[^\s;.]{1,6}[ \t]+){0,2})[ \t]*(?:[-+•][ \t]*)?(?P<cue>xet|theo\s+de\s+nghi)\b.*?"
    r"(?:\bto\s+trinh\b|\d[ \t]*[/-][ \t]*ttr\b)",
    re.MULTILINE,
)
"""The preamble line citing the submission: "Xét (đề nghị …) Tờ trình …" or "Theo đề nghị của … tại Tờ trình …",
bulleted or not ("- Xét Tờ trình số 27-TTr/ĐU …" in a party decision); or one whose "Tờ trình" a stamp over it garbled
("Xét đề ngh†-c đại đời trình số 09/TTr-STC ngày …"), its number's "TTr" symbol saying what it cites. It may follow
the previous basis's ";" on one line, a scan's speck after that ";" ("… ngày 15/4/2026; 1141") having joined the
lines when they were unwrapped."""
_SUBMISSION_END = re.compile(r"[.;](?=\s|$)|\n\s*(?:xet|can\s+cu|theo\s+de\s+nghi|quyet\s+dinh)\b|\n\s*\n")
"""Where the "Xét … Tờ trình …" sentence ends: a full stop or semicolon, the next preamble line, a blank line —
not the line's end, since a scan wraps it anywhere ("… tại Tờ trình số\n36/TTr-SKHCN ngày 28/8/2026.")."""


_URGENT = re.compile(
    r"\b(?:doan|chuyen|cong\s+tac)\b(?:\s+(?:cong\s+tac|di|ra|nuoc\s+ngoai))?\s+(?:la\s+|mang\s+tinh\s+)?"
    r"(?:dot\s+xuat|cap\s+bach|khan\s+cap)\b"
)
"""The decision calls the trip urgent ("cử đoàn công tác đột xuất", "chuyến công tác cấp bách"), folded: the
rule's shorter submission lead for urgent trips applies to it. A "tình huống khẩn cấp" elsewhere is no trip."""
_CENTRAL_BODY = (
    r"(?:bo\b|ban\s+(?:\w+\s+){1,4}?trung\s+uong|(?:cac\s+)?(?:dong\s+chi\s+)?lanh\s+dao\s+(?:dang|nha\s+nuoc|"
    r"quoc\s+hoi|chinh\s+phu|trung\s+uong)|(?:pho\s+)?thu\s+tuong|(?:pho\s+)?chu\s+tich\s+(?:nuoc|quoc\s+hoi)|"
    r"quoc\s+hoi|chinh\s+phu|van\s+phong\s+chinh\s+phu|trung\s+uong)"
)
_JOINS_CENTRAL = compile_led(
    r"\b(?:tham\s+gia|thap\s+tung|di\s+cung|di\s+theo|la\s+thanh\s+vien)\s+(?:cac\s+)?doan(?:\s+cong\s+tac|\s+dai\s+bieu)?"
    rf"(?:\s+(?:cap\s+cao|viet\s+nam|nuoc\s+ta))?\s+(?:cua|do)\s+(?:dong\s+chi\s+)?{_CENTRAL_BODY}"
    r"|\b(?:tham\s+gia|thap\s+tung|di\s+cung|di\s+theo)\s+(?:cac\s+)?doan(?:\s+cong\s+tac|\s+dai\s+bieu)?\s+cap\s+cao\s+(?:cua\s+)?"
    r"(?:dang|nha\s+nuoc|chinh\s+phu|quoc\s+hoi|trung\s+uong)\b"
)
"""The members join or escort a central body's delegation ("tham gia Đoàn công tác của Bộ Công Thương do Thứ
trưởng … làm Trưởng đoàn", "tháp tùng Đoàn của lãnh đạo Đảng, Nhà nước", "tháp tùng Đoàn đại biểu cấp cao Nhà
nước do Phó Chủ tịch nước dẫn đầu", "đi theo đoàn đại biểu cấp cao do đồng chí Phó Chủ tịch nước dẫn đầu": the
state's top delegation is the central body's), folded: such trips are often not
counted towards a trips-per-year limit (the rule's exception says so; pipeline/checks/sources.py)."""


def is_trip_decision(document: Document) -> bool:
    """A decision whose subject or text sends or allows people to go abroad: in the usual words, or by
    sending them "tại/sang/đến" a foreign country whatever they go to do there. Not a decision that issues a Quy
    chế or Quy định (`extractors.issued_regulation`): "Quy chế quản lý đoàn ra" states rules, it sends no one."""
    doc_type = document.doc_type
    if doc_type is None:
        doc_type = next((t for line in document.text.splitlines()[:40] if (t := title_type(line))), None)
    if doc_type is not DocType.QUYET_DINH or regulation_start(document.text) is not None:
        return False
    text = f"{document.subject or ''}\n{unwrap_lines(document.text)}"  # "… tại Cộng hòa\nPháp" on a scan: one line
    folded = fold(text)
    if _SENDS_ABROAD.search(folded):
        return True
    return any(
        find_destinations(text[match.start("where") : match.end("where")])
        or find_places(text[match.start() : match.end()])
        for match in _SENDS_TO.finditer(folded)
    )


def operative_bounds(text: str) -> tuple[int, int]:
    """Offsets of the decision's articles: from "QUYẾT ĐỊNH:" (or "Điều 1") up to "Nơi nhận:"."""
    folded = fold(text)
    start = _OPERATIVE_START.search(folded)
    begin = start.start() if start else 0
    end = _OPERATIVE_END.search(folded, begin)
    return begin, end.start() if end else len(text)


def first_article(operative: str) -> str:
    """Article 1 (who goes, where, when): up to "Điều 2", or everything when articles are not numbered."""
    end = _ARTICLE_2.search(fold(operative))
    return operative[: end.start()] if end else operative


def find_inviter(text: str) -> str | None:
    """The inviting body after "theo lời mời của ...", as written."""
    match = _INVITER.search(fold(text))
    return squash(text[match.start("who") : match.end("who")]) if match else None


def _without_inviter(text: str) -> str:
    """The text with the "theo lời mời của ..." phrase blanked: the inviter's home city is not a stop."""
    match = _INVITER.search(fold(text))
    if match is None:
        return text
    return text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]


def find_purpose(article: str) -> str | None:
    """The trip's purpose: a "Mục đích:"/"Nội dung:" label, else what follows "để"/"nhằm"."""
    folded = fold(article)
    start = _PURPOSE_LABEL.search(folded) or _PURPOSE_VERB.search(folded)
    if start is None:
        return None
    end = _PURPOSE_END.search(folded, start.end())
    purpose = squash(article[start.end() : end.start() if end else len(article)]).strip(" ,;:")
    return purpose or None


def is_urgent(text: str) -> bool:
    """Whether the decision's subject, preamble or articles call the trip urgent."""
    return _URGENT.search(fold(text)) is not None


def joins_central_delegation(article: str) -> bool:
    """Whether Article 1 sends the members to join or escort a central body's delegation."""
    return _JOINS_CENTRAL.search(fold(article)) is not None


def find_declared_size(article: str) -> int | None:
    """The delegation's size as the decision states it ("gồm 13 thành viên (có danh sách kèm theo)", "gồm mười
    hai (12) người:"): read apart from the list, which a scan may lose (an annexed table read out of order)."""
    folded = fold(article)
    for opening in _DECLARED_SIZE.finditer(folded):
        numbers = find_numbers(article[opening.end() : opening.end() + 40])
        first = numbers[0] if numbers else None
        if first is None or first.start > 0 or first.value is None:
            continue
        if _PEOPLE_WORD.match(folded, opening.end() + first.end):
            return first.value
    return None


_DAY_MONTH = re.compile(r"\bngay\s*(?P<d>\d{1,2})\s*([/.-])\s*(?P<m>\d{1,2})\s*\2\s*(?P<y>[0-9a-z]{2,4})\b")
"""A numeric date after "ngày" whatever its year became on a scan ("ngày 14/9/202G"), folded."""


def find_submission(text: str, before: dt.date | None = None) -> tuple[dt.date | None, str | None]:
    """The date in the preamble's "Xét (Theo đề nghị …) Tờ trình số ... ngày ..." line (when the personnel were
    submitted), and what a person should check about it. When its year was unreadable or is neither the year of
    `before` (the decision's date, else the departure: the submission precedes both) nor the one before it
    ("11/2/2022" for a decision of 25/02/2026, "14/9/202G"): the day and month with the year that puts them on or
    before `before`, and the doubt."""
    folded = fold(text)
    match = _SUBMISSION.search(folded)
    if match is None:
        return None, None
    stop = _SUBMISSION_END.search(folded, match.end())
    sentence = text[match.start("cue") : stop.start() if stop else len(text)]
    read = next((found.value for found in find_dates(sentence) if found.value is not None), None)
    if before is None or (read is not None and read.year in (before.year, before.year - 1)):
        return read, None  # a date after the decision, or long before it, in a year that fits is no year misread
    written = _DAY_MONTH.search(fold(sentence))
    if written is None:
        return None, None
    day, month = int(written.group("d")), int(written.group("m"))
    try:
        dated = dt.date(before.year, month, day)
        dated = dated if dated <= before else dt.date(before.year - 1, month, day)
    except ValueError:
        return None, None
    raw = squash(sentence[written.start() : written.end()])
    return dated, (
        f"năm của ngày tờ trình “{raw}” không đọc chắc được; đã lấy {dated:%d/%m/%Y}, ngày đó gần nhất không sau "
        f"{before:%d/%m/%Y} (ngày quyết định, hoặc ngày đi khi chưa đọc được ngày quyết định): kiểm tra ngày tờ trình"
    )


def _in_text(places: list[Place], text: str, shift: int, subject: int) -> list[Place]:
    """Places read from a scope, with their spans moved into the document's text: the scope starts `shift`
    characters into it, after the first `subject` characters (the subject line, whose places get no span)."""
    moved = []
    for place in places:
        span = place.span
        if span is not None:
            start, end = span.start + shift, span.end + shift
            span = None if span.start < subject else Span.in_text(text, start, end)
        moved.append(place.model_copy(update={"span": span}))
    return moved


def _transit(scope: str, visited: set[str]) -> list[tuple[str, str]]:
    """(name, code) of the countries the scope names only as transit stops (`extractors.transit`): named in a
    transit phrase, or the country of a city named there ("quá cảnh Băng Cốc"), read as a place stopped at."""
    passed: list[tuple[str, str]] = []
    for start, end in transit_spans(scope):
        phrase = scope[start:end]
        passed += [(c.name, c.code) for c in find_destinations(phrase)] + countries_of(find_places(f"tại {phrase}"))
    return list({code: (name, code) for name, code in passed if code not in visited}.values())


def _without_signature(members: list[TripMember], document: Document) -> list[TripMember]:
    """The members but the signer read from the signature block alone: a scan's speck over the signer's title read
    as an item's number ("PHÓ CHỦ TỊCH" / "2 x6" / "Vàng Thị Dung") made the signer of a decision that sends no
    one (an amendment of dates) its only member, and the amendment a trip of its own. A signer named anywhere
    else in the text (in the list, in an annex after the signature) stays."""
    signer = document.signer
    if signer is None or signer.span is None or not signer.name:
        return members
    name = fold(signer.name)
    named = [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", fold(document.text))]
    if named != [signer.span.start]:
        return members
    return [m for m in members if fold(m.name) != name]


def _trip(document: Document) -> tuple[Trip | None, list[ErrorItem]]:
    """The trip a decision orders, or None when it names neither members nor both a period and a place; and what a
    person should check: its period when implausible (`implausible_length`), its submission's date
    (`find_submission`), a member whose name a scan gave unsure (`_sure_members`)."""
    begin, end = operative_bounds(document.text)
    members = _without_signature(find_members(document.text[begin:]), document)  # a list may follow the signature
    doubts: list[ErrorItem] = []
    unsure: list[TripMember] = []
    scanned = document.source.text_source in (TextSource.OCR, TextSource.MIXED)
    if scanned:
        members = [
            m.model_copy(
                update={
                    "name": repair_family(m.name),
                    "unit": m.unit and respell_unit(repair_unit(m.unit), document.text),
                }
            )
            for m in members
        ]
        members, unsure, doubts = _sure_members(members, document)
        members, doubts = _unread_posts(members, doubts)
    text = unwrap_lines(document.text)  # phrases wrapped at the margin ("tại Trung\nQuốc") read whole
    operative = text[begin:end]
    article = first_article(operative)
    period = find_period(article) or find_period(operative)
    read = document.text[begin + period.span[0] : begin + period.span[1]] if period else None  # same offsets
    issued = document.issue_date
    if period and (misread := misread_issue_year(period, issued, _other_dates(document.text, period, issued))):
        issued = None  # the dateline's year is the one misread: the trip is kept as read, the date not used
        doubts.append(ErrorItem(code=ErrorCode.ISSUE_DATE_UNREADABLE, message=misread, value=read))
    if period and (implausible := implausible_length(period, operative)):
        # the end is the misread date when the start follows the decision closely; else which one is unknown
        start = period.start
        kept = issued is not None and start is not None and 0 <= (start - issued).days <= LONGEST_UNSTATED_DAYS
        period = dataclasses.replace(period, end=None) if kept else None
        doubts.append(ErrorItem(code=PERIOD_DOUBT, message=implausible, value=read))
    if period and (redating := redated(period, issued))[1]:
        period, misread = redating
        doubts.append(ErrorItem(code=PERIOD_DOUBT, message=str(misread), value=read))
    if period and scanned and (lost := lost_first_digit(period, issued, read)):
        period = dataclasses.replace(period, start=None)
        doubts.append(ErrorItem(code=PERIOD_DOUBT, message=lost, value=read))
    scope, subject = article, 0
    gone_to = without_transit(scope)
    countries = find_destinations(gone_to)
    if not countries:
        subject = len(document.subject or "") + 1
        scope = f"{document.subject or ''}\n{operative}"
        gone_to = without_transit(scope)
        countries = find_destinations(gone_to)
    visited = _without_inviter(gone_to)
    places = _in_text(find_places(visited), document.text, begin - subject, subject)
    named = countries_of(places) or [(c.name, c.code) for c in countries]
    transit = _transit(scope, {code for _, code in named})
    if not members and not (period and named):
        return None, doubts
    funding = find_funding(operative, document.text)
    # a scan that garbled "QUYẾT ĐỊNH:" and "Điều 1" under a received stamp ("ĐẾN S5:-6ổQUYẾT ĐỊNH:", "Điều |I."):
    # the submission is cited before "Điều 2", never in the later articles
    preamble = text[:begin] if begin else article
    submitted_on, doubt = find_submission(preamble, issued or (period.start if period else None))
    if doubt is not None:
        doubts.append(ErrorItem(code=SUBMISSION_DOUBT, message=doubt))
    trip = Trip(
        start=period.start if period else None,
        end=period.end if period else None,
        members=members,
        unsure_members=unsure,
        destinations=[name for name, _ in named],
        destination_codes=[code for _, code in named],
        transit=[name for name, _ in transit],
        transit_codes=[code for _, code in transit],
        cities=[place.name for place in places if place.level is PlaceLevel.CITY],
        regions=[place.name for place in places if place.level is PlaceLevel.REGION],
        places=places,
        funding=funding.kind if funding else None,
        funding_text=funding.text if funding else None,
        sponsor=funding.sponsor if funding else None,
        sponsor_country=funding.sponsor_country if funding else None,
        inviter=find_inviter(operative) or find_inviter(text),
        purpose=find_purpose(article),
        submitted_on=submitted_on,
        declared_size=find_declared_size(article),
        urgent=is_urgent(f"{document.subject or ''}\n{text[:end]}"),
        joins_central_delegation=joins_central_delegation(article),
        private=private_trip_words(document.subject, article),
    )
    return trip, doubts


UNSURE_NAME_WORD = 30.0
"""A member's name word tesseract read nowhere on the document with at least this confidence is unsure
(`_sure_members`)."""


def _sure_members(
    members: list[TripMember], document: Document
) -> tuple[list[TripMember], list[TripMember], list[ErrorItem]]:
    """The members whose family and given names were read for sure, those left out, and an error for each name
    with an unsure word, its reading as the error's value (→ review). A scan's stamp or pen strokes over a name
    make tesseract read another name ("Quách Văn Tử" for "Quách Văn Lực", confidence 0): a wrong member is worse
    than a missing one, so such a member is left out — kept apart for a person to confirm, and for the size check
    to doubt. A middle name read unsure ("Nguyễn Hay Phong" for Hoài) keeps the member, whom linking matches by
    the rest, with the error. A name's word read sure anywhere in the document (the leader named again in Điều 3)
    is sure; a word no OCR word holds as such (a name repaired) is left as read. A name whose words leave a blank
    between them where a word was lost (`_holed`) is left out too."""
    best: dict[str, float] = {}
    for page in document.pages:
        for word in page.words:
            text = word.text.strip(WORD_PUNCTUATION)
            best[text] = max(word.confidence, best.get(text, 0.0))
    if not best:
        return members, [], []
    sure: list[TripMember] = []
    left: list[TripMember] = []
    doubts: list[ErrorItem] = []
    for read in members:
        member, misread = _misread_family(read, document.text)
        if misread is not None:
            doubts.append(misread)
        if member is None:
            left.append(read)
            continue
        words = member.name.split()
        unsure = [w for w in words if best.get(w, 100.0) < UNSURE_NAME_WORD]
        holed = _holed(words, document)
        left_out = bool({words[0], words[-1]} & set(unsure)) or holed
        (left if left_out else sure).append(member)
        if unsure or holed:
            consequence = "không ghi vào đoàn" if left_out else "tên đệm có thể sai"
            why = f"“{' '.join(unsure)}”" if unsure else "một chữ của tên bị mất, còn khoảng trống"
            doubts.append(
                ErrorItem(
                    code=MEMBER_DOUBT,
                    message=f"thành viên “{member.name}” không đọc chắc được trên bản quét ({why}): "
                    f"{consequence}, kiểm tra danh sách",
                    value=member.name,
                )
            )
    return sure, left, doubts


def _misread_family(member: TripMember, text: str) -> tuple[TripMember | None, ErrorItem | None]:
    """A scanned member whose family name is none known but a letter off known ones (`look_alike_families`: "Dùi
    Quang Vinh" read for Bùi) with the error saying so: given the family name the document spells the same name
    with elsewhere when exactly one of those fits ("cử ông Bùi Quang Vinh" in the preamble), else None — a wrong
    name stored as fact is worse than a member left out for a person to confirm. A rarer real family name is in a
    list (`members.is_family_name`); the member is returned unchanged, with no error, when the family name is
    known or near none."""
    first, *rest = member.name.split()
    if not rest or is_family_name(first) or not (near := look_alike_families(first)):
        return member, None
    words = r"\s+".join(map(re.escape, rest))
    spelt = {m.group(1) for m in re.finditer(rf"(?<!\w)(\w+)\s+{words}(?!\w)", text)} & set(near)
    if len(rest) > 1 and len(spelt) == 1:
        family = spelt.pop()
        message = (
            f"họ của thành viên “{member.name}” trên bản quét không phải họ đã biết; văn bản ghi “{family} "
            f"{' '.join(rest)}” ở chỗ khác: ghi theo đó, kiểm tra danh sách"
        )
        named = member.model_copy(update={"name": f"{family} {' '.join(rest)}"})
        return named, ErrorItem(code=MEMBER_DOUBT, message=message, value=member.name)
    message = (
        f"họ của thành viên “{member.name}” trên bản quét không phải họ đã biết, gần họ "
        f"{', '.join(f'“{name}”' for name in near)}: không ghi vào đoàn, kiểm tra danh sách"
    )
    return None, ErrorItem(code=MEMBER_DOUBT, message=message, value=member.name)


def _unread_posts(members: list[TripMember], doubts: list[ErrorItem]) -> tuple[list[TripMember], list[ErrorItem]]:
    """The members with a post and unit the scan garbled (`garbled_post`) given no unit, each with an error: a
    wrong unit would make the person another to linking (a head's third trip of the year not counted); unread,
    linking takes the one person of that name."""
    kept = []
    for member in members:
        if member.title is None and garbled_post(member.unit):
            doubts = [
                *doubts,
                ErrorItem(
                    code=POST_DOUBT,
                    message=f"chức vụ, đơn vị của thành viên “{member.name}” không đọc được trên bản quét "
                    f"(“{member.unit}”): không ghi, kiểm tra danh sách",
                    value=member.unit,
                ),
            ]
            member = member.model_copy(update={"unit": None})
        kept.append(member)
    return kept, doubts


NAME_HOLE = 2.0
"""A blank this many word heights wide between two words of a name on one line holds a word the read lost: a word
space is under half a word's height, a justified line's at most about one."""


def _holed(name: list[str], document: Document) -> bool:
    """Whether every place the scan's words spell the name leaves a `NAME_HOLE` between two of its words: a word of it
    lost under a stamp's pen strokes ("Mi Hiếu" read for "Mai Chí Hiếu", a blank where "Chí" stood), the name as read
    another person's. False when the words spell it nowhere (a name repaired after the read)."""
    found = False
    for page in document.pages:
        read = [(w, w.text.strip(WORD_PUNCTUATION)) for w in page.words]
        for start in range(len(read) - len(name) + 1):
            spelt = read[start : start + len(name)]
            if [text for _, text in spelt] != name:
                continue
            found = True
            if not any(_hole(a, b) for (a, _), (b, _) in itertools.pairwise(spelt)):
                return False
    return found


def _hole(a: Word, b: Word) -> bool:
    """Whether word `b` follows `a` on its line past a `NAME_HOLE`."""
    height = min(a.box.height, b.box.height)
    same_line = abs((a.box.top + a.box.height / 2) - (b.box.top + b.box.height / 2)) < height
    return same_line and b.box.left - (a.box.left + a.box.width) > NAME_HOLE * height


def extract_trip_field(document: Document) -> Document:
    """Field extractor: sets `Document.trip` for decisions that send people abroad."""
    if not is_trip_decision(document):
        return document
    trip, doubts = _trip(document)
    if not doubts:
        return document.model_copy(update={"trip": trip})
    update: dict[str, object] = {"trip": trip, "errors": [*document.errors, *doubts]}
    if any(doubt.code == ErrorCode.ISSUE_DATE_UNREADABLE for doubt in doubts):  # its year misread (`_trip`)
        update["issue_date"] = None
    return document.model_copy(update=update)


def _other_dates(text: str, period: Period, issued: dt.date | None) -> list[dt.date]:
    """The dates a decision's text gives besides its trip's period and its own date: its submission's, the cited
    documents'."""
    skip = {period.start, period.end, issued}
    return [m.value for m in find_dates(text) if m.value is not None and m.value not in skip]


PERIOD_DOUBT = "trip.period_implausible"
"""The error code of a period read too long to trust (`implausible_length`): its end is left out, and its start too
unless it follows the decision's date within `LONGEST_UNSTATED_DAYS`; and of one starting long before its decision,
a misread year (`redated`): moved by the one year that fits, or left out; and of a scan's start that may have lost
its day's first digit (`lost_first_digit`): its start left out. Its value is the period's phrase as read."""
MEMBER_DOUBT = "trip.member_unsure"
"""The error code of a member whose name was not read for sure (`_sure_members`), its value the name as read: left
out of the trip's members (into `Trip.unsure_members`) when its family or given name is unsure."""
POST_DOUBT = "trip.member_post_unread"
"""The error code of a member whose post and unit a scan garbled (`_unread_posts`): the unit left out, its value the
words as read."""
SUBMISSION_DOUBT = "trip.submission_year"
"""The error code of a submission date whose year was taken from the decision's (`find_submission`): the lead
check makes its finding a review naming it."""
