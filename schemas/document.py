"""The extraction contract: one validated `Document` per input file.

Field names here are a public contract (`congvan extract --json`, the DuckDB loader, other tools):
add fields freely, never rename or drop one.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Model(BaseModel):
    """Base for every contract model: unknown keys are errors, values are validated on assignment."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class TextSource(StrEnum):
    OCR = "ocr"
    TEXT_LAYER = "text-layer"
    DOCX = "docx"
    PLAIN = "plain"
    MIXED = "mixed"


class DocType(StrEnum):
    CONG_VAN = "cong_van"
    QUYET_DINH = "quyet_dinh"
    BAO_CAO = "bao_cao"
    KE_HOACH = "ke_hoach"
    CHI_THI = "chi_thi"
    QUY_DINH = "quy_dinh"
    QUY_CHE = "quy_che"
    THONG_BAO = "thong_bao"
    TO_TRINH = "to_trinh"
    HUONG_DAN = "huong_dan"
    NGHI_QUYET = "nghi_quyet"
    OTHER = "other"


class Status(StrEnum):
    OK = "ok"
    PARTIAL = "partial"
    FAILED = "failed"


class Span(Model):
    """Where a value stood: page number (1-based) and character offsets into `Document.text`."""

    page: int | None = Field(default=None, description="1-based page number")
    start: int = Field(description="start offset in Document.text")
    end: int = Field(description="end offset (exclusive) in Document.text")

    @classmethod
    def in_text(cls, text: str, start: int, end: int) -> Span:
        """The span of `text[start:end]`, its page counted from the form feeds that join the pages."""
        return cls(page=text.count("\f", 0, start) + 1, start=start, end=end)


class Box(Model):
    """A word's bounding box on the page image, in pixels at the OCR resolution."""

    left: int
    top: int
    width: int
    height: int


class Word(Model):
    """One OCR word with its box and tesseract confidence (0-100)."""

    text: str
    box: Box
    confidence: float
    block: int = Field(default=0, description="layout block the word was assigned to")
    line: int = Field(default=0, description="line index within the page's reading order")


class TextBox(Model):
    """Text read apart from a page's own text, with where it stood (e.g. a red stamp's ink)."""

    text: str
    box: Box | None = None


class HandFilled(Model):
    """A slot of the printed form filled by hand (the number before "/QĐ-UBND", the day after "ngày"), as
    the digit recogniser read it. `box` is the crop on the page image as rendered for OCR (not deskewed)."""

    slot: str = Field(description="number | day | month")
    text: str = Field(description="what the recogniser read, as read ('' when nothing)")
    score: float = Field(description="the recogniser's confidence, 0-1")
    box: Box


class Page(Model):
    number: int = Field(description="1-based page number")
    source: TextSource = Field(description="where this page's text came from")
    confidence: float | None = Field(default=None, description="mean OCR word confidence, 0-100")
    text: str = Field(description="normalised text of the page")
    footnotes: str = Field(default="", description="footnote text kept apart from the body")
    words: list[Word] = Field(default_factory=list, description="OCR words with boxes (OCR pages only)")
    stamp_layers: list[TextBox] = Field(
        default_factory=list, description="stamps read apart: a red stamp's ink, a text layer holding only a stamp"
    )
    hand_filled: list[HandFilled] = Field(default_factory=list, description="hand-filled slots read as digits")
    unread_signature: Box | None = Field(
        default=None, description="a signature block a seal hid from OCR (gray or 1-bit scan): where, for review"
    )


class ErrorItem(Model):
    """A problem met while processing a file: a stable code, a message, optionally the page."""

    code: str = Field(description="stable machine code, e.g. 'pdf.encrypted', 'number.unreadable'")
    message: str
    page: int | None = None
    box: Box | None = Field(default=None, description="where on the page image the unread value is (for review)")
    value: str | None = Field(
        default=None, description="the machine's reading of the value the error doubts (a member's name as read)"
    )


class Source(Model):
    path: str
    sha256: str
    pages: int
    text_source: TextSource | None = None
    ocr_confidence: float | None = Field(default=None, description="mean confidence over OCR pages")
    kind: str | None = Field(default=None, description="pdf | image | docx | txt")
    size_bytes: int | None = None


class Signer(Model):
    name: str | None = None
    title: str | None = None
    mode: str | None = Field(default=None, description="signing mode: KT. | TM. | TL. | TUQ. | Q. | None")
    span: Span | None = None


class StampKind(StrEnum):
    SIGNATURE = "signer_signature"  # the signer's box: "Ký bởi: ...; Thời gian ký: 05/01/2021 08:15:24"
    GAZETTE = "gazette_signature"  # "TRUNG TÂM CÔNG BÁO VÀ TIN HỌC ... 06.11.2024 09:27:05 +07:00"
    INCOMING = "incoming"  # the receiving office's stamp: "CV ĐẾN Số: 2352 Ngày: 21/3/18"
    COPY = "copy"  # "SAO Y BẢN CHÍNH", "SAO LỤC", "TRÍCH SAO" with the copy's own number and date
    URGENCY = "urgency"  # "HỎA TỐC", "THƯỢNG KHẨN", "KHẨN"
    OTHER = "other"  # a stamp read apart from the page (red ink) that says none of the above


class Stamp(Model):
    """Something stamped on the document that is not the document's own number, date or signer."""

    kind: StampKind
    text: str = Field(description="the stamp's text as read")
    number: str | None = Field(default=None, description="the stamp's own number (an incoming registry number)")
    date: dt.date | None = Field(default=None, description="the stamp's date (receipt, copy, signing)")
    time: dt.time | None = Field(
        default=None,
        description="a digital signature's time of day (with its UTC offset when printed); `date` is its day",
    )
    page: int | None = Field(default=None, description="1-based page number")
    box: Box | None = Field(default=None, description="where it stands on the page image (OCR pages)")
    span: Span | None = None


class Citation(Model):
    text: str = Field(description="the citation as written")
    kind: str | None = Field(default=None, description="luat | nghi_dinh | quyet_dinh | chi_thi | cong_van | ...")
    number: str | None = None
    date: dt.date | None = None
    issuer: str | None = None
    span: Span | None = None
    date_short_year: bool = Field(
        default=False,
        exclude=True,
        description="the date was printed with a two-digit year: its century is a guess until "
        "`extractors.cited_years` settles it (extraction only, never stored or printed)",
    )


class Person(Model):
    name: str
    title: str | None = None
    unit: str | None = None
    honorific: str | None = Field(default=None, description="ông | bà | đồng chí | rank such as Thượng tá")
    span: Span | None = None


class PlaceLevel(StrEnum):
    COUNTRY = "country"
    REGION = "region"
    CITY = "city"


class Place(Model):
    """A foreign place a delegation goes to: its name as written (without "tỉnh", "thành phố", "nước"), its
    country and how large it is. `Document.destinations` keeps each country's one preferred name."""

    name: str
    country: str = Field(description="ISO 3166-1 alpha-2")
    level: PlaceLevel
    span: Span | None = None


class Funding(StrEnum):
    STATE_BUDGET = "state_budget"
    HOST = "host"
    ENTERPRISE = "enterprise"
    SELF = "self"
    OTHER = "other"


class TripMember(Model):
    name: str
    title: str | None = None
    unit: str | None = None
    role: str | None = Field(default=None, description="role in the delegation, e.g. 'trưởng đoàn'")
    is_key_leader: bool | None = Field(default=None, description="head of their unit (lãnh đạo chủ chốt)")


class Trip(Model):
    start: dt.date | None = None
    end: dt.date | None = None
    members: list[TripMember] = Field(default_factory=list)
    unsure_members: list[TripMember] = Field(
        default_factory=list,
        description="members whose family or given name a scan gave unsure: not in `members` (a wrong member is "
        "worse than a missing one), put to a person",
    )
    destinations: list[str] = Field(default_factory=list)
    destination_codes: list[str] = Field(default_factory=list, description="ISO 3166-1 alpha-2, same order")
    transit: list[str] = Field(
        default_factory=list, description="countries passed through only ('quá cảnh Thái Lan'): not destinations"
    )
    transit_codes: list[str] = Field(default_factory=list, description="ISO 3166-1 alpha-2, same order")
    cities: list[str] = Field(default_factory=list, description="the places of level city, as written")
    regions: list[str] = Field(default_factory=list, description="the places of level region, as written")
    places: list[Place] = Field(
        default_factory=list, description="where the decision sends the delegation: countries, regions, cities"
    )
    funding: Funding | None = None
    funding_text: str | None = None
    sponsor: str | None = Field(default=None, description="named sponsor when funding is not the state's")
    sponsor_country: str | None = Field(
        default=None,
        description="the foreign country a paying firm is of, as the decision says it ('Công ty Luật X (Hàn Quốc)')",
    )
    inviter: str | None = None
    purpose: str | None = None
    submitted_on: dt.date | None = Field(default=None, description="date personnel were submitted, if stated")
    declared_size: int | None = Field(
        default=None, description="the delegation's size as the decision states it ('gồm 13 thành viên')"
    )
    urgent: bool = Field(default=False, description="the decision calls the trip urgent ('đoàn công tác đột xuất')")
    joins_central_delegation: bool = Field(
        default=False,
        description="the members join or escort a central body's delegation ('tham gia Đoàn công tác của Bộ …')",
    )
    private: str | None = Field(
        default=None,
        description="the decision's words permitting a private trip ('đi nước ngoài về việc riêng'): no business trip",
    )


class CitedDecisionRef(Model):
    """A decision a report cites, as written: its number and date."""

    number: str | None = None
    date: dt.date | None = None


class ReportInfo(Model):
    """What a trip report (báo cáo kết quả chuyến công tác) states about the trip it reports on."""

    reporter: str | None = None
    reporting_unit: str | None = None
    decision_number: str | None = Field(default=None, description="number of the decision it answers")
    decision_date: dt.date | None = None
    destinations: list[str] = Field(default_factory=list)
    start: dt.date | None = None
    end: dt.date | None = None
    also_cited: list[CitedDecisionRef] = Field(
        default_factory=list,
        description="further trip decisions cited with the first in one sentence: a report on several trips",
    )


class PlannedDelegation(Model):
    """One delegation an annual plan of foreign activities approves (a row of its table)."""

    unit: str | None = Field(default=None, description="the unit that sends or leads it, as written")
    countries: list[str] = Field(default_factory=list)
    country_codes: list[str] = Field(default_factory=list, description="ISO 3166-1 alpha-2, same order")
    period_text: str | None = Field(default=None, description="the time as written, e.g. 'Quý III/2025'")
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    size: int | None = Field(default=None, description="planned number of people")
    purpose: str | None = None
    funding_text: str | None = None
    row: str = Field(description="the row or line as written")
    span: Span | None = None


class Supersession(Model):
    """An earlier document this one says it replaces or repeals (a proposal until a reviewer confirms it)."""

    action: str = Field(description="replaces | repeals")
    citation: Citation
    sentence: str
    span: Span | None = None


class Amendment(Model):
    """What a decision changes in an earlier trip decision ("sửa đổi, bổ sung Quyết định số …"): only the values it
    states; the rest of the amended trip stands ("các nội dung khác giữ nguyên")."""

    citation: Citation = Field(description="the amended decision, as cited")
    start: dt.date | None = None
    end: dt.date | None = None
    added: list[TripMember] = Field(default_factory=list, description="members it adds")
    removed: list[str] = Field(default_factory=list, description="names of members it withdraws")
    destinations: list[str] = Field(default_factory=list, description="the new countries, replacing the old")
    destination_codes: list[str] = Field(default_factory=list, description="ISO 3166-1 alpha-2, same order")
    sentence: str = Field(description="the sentence that says it amends the cited decision")
    cancels: bool = Field(default=False, description="it cancels the cited decision: that trip is no trip")


class UnitOffices(Model):
    """Offices held in kinds of unit, as a scope names them: "người đứng đầu và cấp phó của người đứng đầu các Vụ,
    các Cục, các Viện" (in), "cấp phó của người đứng đầu các Viện và các Trường (Phó Viện trưởng, Phó Hiệu trưởng),
    kể cả trường hợp kiêm nhiệm chức vụ trong cấp ủy" (out)."""

    offices: list[str] = Field(description="head | deputy")
    kinds: list[str] = Field(description="the kinds of unit as listed: 'Vụ', 'Văn phòng Bộ', 'Ban quản lý dự án'")
    titles: list[str] = Field(default_factory=list, description="the titles it names them by: 'Phó Viện trưởng'")
    whatever_else_held: bool = Field(
        default=False,
        description="out even when they hold another post too ('kể cả trường hợp kiêm nhiệm chức vụ trong cấp ủy')",
    )
    words: str = Field(description="as written")


class ScopeDefinition(Model):
    """Who a dispatch says a scope term covers ("Lãnh đạo chủ chốt gồm …; cấp phó không thuộc diện này")."""

    term: str = Field(description="the defined term as written, e.g. 'lãnh đạo chủ chốt'")
    scope: str = Field(description="key_leader | managed_cadre | unit_leader | listed")
    includes: list[str] = Field(default_factory=list, description="who is in, as listed")
    excludes: list[str] = Field(default_factory=list, description="who is out, as listed")
    offices_in: list[UnitOffices] = Field(
        default_factory=list, description="who is in by office and kind of unit (a unit_leader scope)"
    )
    offices_out: list[UnitOffices] = Field(
        default_factory=list, description="who is out by office and kind of unit (a unit_leader scope)"
    )
    sentence: str = Field(description="the defining sentence(s)")
    span: Span | None = None
    units: list[str] = Field(
        default_factory=list,
        description="what one unit is, as the dispatch lists it, for the two-key-leaders rule: 'Thường trực Tỉnh ủy'",
    )
    units_sentence: str | None = Field(default=None, description="the sentence listing the units")


class TripExclusion(Model):
    """Trips a dispatch puts outside all of its rules, as it says so ("Việc cử viên chức đi đào tạo, học tập dài hạn
    ở nước ngoài (từ ba (03) tháng trở lên) không phải là chuyến đi công tác, không thuộc phạm vi điều chỉnh của Chỉ
    thị này"): what such a trip is for and how long it lasts at least (or longer than), for the checks to recognise
    it."""

    activities: list[str] = Field(description="what such a trip is for, as named: 'đào tạo', 'học tập'")
    min_months: int | None = Field(default=None, description="'từ ba (03) tháng trở lên': 3; null when not stated")
    min_days: int | None = Field(default=None, description="'từ 30 ngày trở lên': 30; null when not stated")
    longer_than: bool = Field(
        default=False, description="'trên ba mươi (30) ngày': the trip must last longer than the length, not as long"
    )
    long_term: bool = Field(
        default=False, description="'dài hạn' with no length: the trip's own words must say 'dài hạn' too"
    )
    sentence: str = Field(description="the sentence that says so")
    span: Span | None = None


class ExtractedRule(Model):
    kind: str = Field(description="a rule kind, e.g. max_trips_per_year")
    value: float | None = Field(default=None, description="the rule's parameter, e.g. 2 for '02 lần/năm'")
    unit: str | None = Field(
        default=None, description="times_per_year | people | days | working_days | months | countries"
    )
    applies_to: str | None = Field(default=None, description="who it applies to, as written")
    exception: str | None = Field(default=None, description="exception stated in the sentence")
    exception_value: float | None = Field(
        default=None, description="the parameter under the exception, e.g. 3 for '(đột xuất 03 ngày làm việc)'"
    )
    severity: str = Field(default="breach", description="breach | warning")
    sentence: str = Field(description="the exact source sentence")
    span: Span | None = None
    problem: str | None = Field(
        default=None,
        description="what a reviewer must settle: why the value is null though the sentence states one, or "
        "the condition (who heads the delegation) that a limit holds under and a check cannot test",
    )
    scope: str = Field(
        default="all",
        description="all | key_leader | managed_cadre | unit_leader | listed: from its words and definition",
    )
    scope_definition: ScopeDefinition | None = Field(default=None, description="the dispatch's definition of it")
    effective_from: dt.date | None = Field(
        default=None, description="the start the sentence states ('kể từ ngày 01/7/2026'); null: the dispatch's"
    )
    effective_basis: str | None = Field(
        default=None, description="what that start is measured on: departure | return | decision; null: not stated"
    )
    trip_exclusions: list[TripExclusion] = Field(
        default_factory=list, description="trips the dispatch puts outside all of its rules (`TripExclusion`)"
    )
    body_scope: str | None = Field(
        default=None,
        description="party | state: the only body whose delegations it binds (`extractors.issuing_body`); null: "
        "every body",
    )
    body_scope_text: str | None = Field(
        default=None, description="the words saying so ('đoàn do Chủ tịch Ủy ban nhân dân tỉnh quyết định cử')"
    )
    not_counted: list[str] = Field(
        default_factory=list,
        description="a delegation size's posts it does not count, from its sentence ('phiên dịch', 'diễn viên')",
    )
    firm_kinds: list[str] = Field(
        default_factory=list,
        description="a funding ban's trades, from its sentence ('dược', 'trang thiết bị y tế'); []: every firm",
    )
    same_person: str | None = Field(
        default=None,
        description="a per-person limit's text's sentence saying a name with and without its middle name, same post "
        "and unit, is one person (`extractors.same_person`); null: the text says nothing of it",
    )


class HeaderSpans(Model):
    """Where each header value was read in `Document.text` (None where it was not read, or not from one place).

    The signer's span is `Signer.span`; the type is decided from several cues and the recipients from two
    lists, so neither has one."""

    number: Span | None = Field(default=None, description="the 'Số:' value: number and symbol")
    issuer: Span | None = Field(default=None, description="the issuer's line(s) in the header")
    parent_issuer: Span | None = None
    place: Span | None = None
    issue_date: Span | None = Field(default=None, description="'ngày ... tháng ... năm ...' (also for a partial date)")
    subject: Span | None = Field(default=None, description="from 'V/v' or the title's next line to the subject's end")


class HeaderFields(Model):
    """What a document says about itself in its header and signature block: one definition shared by
    `Document`, the header extractor (`extractors.header.parse_header`) and the samples' ground truth."""

    doc_type: DocType | None = None
    number: str | None = Field(default=None, description="the 'Số:' value exactly as printed")
    symbol: str | None = Field(default=None, description="the part after the slash, kept when the number is blank")
    issuer: str | None = None
    parent_issuer: str | None = None
    place: str | None = None
    issue_date: dt.date | None = None
    issue_date_partial: str | None = Field(
        default=None, description="'YYYY-MM' when the month and year are read but the day is not"
    )
    subject: str | None = None
    signer: Signer | None = None
    recipients: list[str] = Field(default_factory=list)
    header_spans: HeaderSpans = Field(default_factory=HeaderSpans)


class FileRecord(Model):
    """The file and its text, with what went wrong reading it: what every input has, whatever it says."""

    source: Source
    text: str = Field(default="", description="whole normalised text, pages joined by a form feed")
    pages: list[Page] = Field(default_factory=list)
    status: Status = Status.OK
    errors: list[ErrorItem] = Field(default_factory=list)
    extractor_version: str = ""


class Document(HeaderFields, FileRecord):
    """One input file, extracted. `model_dump(mode='json')` is the `congvan extract --json` line.

    The bases are in this order so that the JSON keys keep theirs: the file's, then the header's, then the rest."""

    stamps: list[Stamp] = Field(default_factory=list, description="stamps and signature boxes, never own fields")
    citations: list[Citation] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    destinations: list[str] = Field(default_factory=list)
    destination_codes: list[str] = Field(default_factory=list)
    places: list[Place] = Field(
        default_factory=list, description="where the document sends people: countries, regions, cities"
    )
    trip: Trip | None = None
    report: ReportInfo | None = None
    rules: list[ExtractedRule] = Field(default_factory=list)
    supersedes: list[Supersession] = Field(default_factory=list, description="documents it replaces or repeals")
    amends: Amendment | None = Field(default=None, description="the trip decision it amends, and how")
    plan: list[PlannedDelegation] = Field(default_factory=list, description="an annual plan's planned delegations")
