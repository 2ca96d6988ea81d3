"""Reading a blind scenario's own texts and hand-written expectations, for the tests that check its labels.

Why: those tests recompute every count, deadline and lead from the texts and the year's calendar without any
congvan code, so a slip in the labels shows there rather than as a false miss of congvan. A scenario's test keeps
only what is its own: how its documents word members, key-leader posts, Tờ trình dates, funding and amendments, its
make-up Saturdays and its exceptions. The calendar, applying changes to the first decision, linking reports, the
eight rule kinds and the checks of the labels are the same for every scenario and live here.

A new scenario's test (`from tests import scenario_texts as st`, as blind 23-29 do) states its `ScenarioTexts`, its
patterns and what its rules say, and wires them: `st.DecisionForm(texts, Decision, read_members, <patterns its
texts word otherwise>)` with `Decision` an `st.FormDecision` (its exceptions as properties of `article1`) and
`read_members` often `st.members_and_layout`; `decisions, trips, reports = st.cited_trip_readers(texts, FORM.read)`;
`LIMITS = st.LaterLimits(...)` (or `st.stated_limits` when the rules do not change within the year); `key_unit` by
`st.key_post_unit`; enterprise funding by `st.paying_firms`; `facts()` by `st.facts_of(..., LIMITS.of, ...)`; and its
tests on `st.check_trips`, `st.changes`, `st.rule_limits`, `st.check_labels` over `st.LABEL_PARTS` and
`texts.check_calendar`/`check_scans`."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any, Generic, Literal, TypeVar

import holidays

from extractors.vntext import fold

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@dataclass(frozen=True)
class ScenarioTexts:
    """`samples/<name>/`: `texts/*.txt` and `expected_findings.json`, and the Saturdays worked that year."""

    name: str
    make_up_saturdays: frozenset[dt.date]

    @property
    def folder(self) -> Path:
        return SAMPLES / self.name

    @cache  # noqa: B019 — a handful of frozen instances, each alive for the whole test session
    def expected(self) -> dict[str, Any]:
        return json.loads((self.folder / "expected_findings.json").read_text(encoding="utf-8"))

    @cache  # noqa: B019
    def text(self, stem: str) -> str:
        return (self.folder / "texts" / f"{stem}.txt").read_text(encoding="utf-8")

    def stems(self, prefix: str) -> list[str]:
        """The stems of `texts/<prefix>*.txt` in name order ("qd-": the decisions, "bc-": the reports)."""
        return sorted(p.stem for p in (self.folder / "texts").glob(f"{prefix}*.txt"))

    def findings(self, kind: str) -> set[str]:
        return {f["decision_number"] for f in self.expected()["findings"] if f["rule_kind"] == kind}

    def without_make_up(self) -> ScenarioTexts:
        """The same texts on the bare calendar: shows which labels hang on the make-up Saturdays."""
        return replace(self, make_up_saturdays=frozenset())

    def check_calendar(self, *days_off: dt.date) -> None:
        """The make-up Saturdays are the `holidays` package's own and worked; each of `days_off` is a day off."""
        for day in self.make_up_saturdays:
            assert day in holidays.country_holidays("VN", years=day.year).weekend_workdays and self.working(day), day
        for day in days_off:
            assert not self.working(day), day

    def working(self, day: dt.date) -> bool:
        off = holidays.country_holidays("VN", years=day.year)
        return day in self.make_up_saturdays or (day.weekday() < 5 and day not in off)

    def nth_working_day_after(self, day: dt.date, n: int) -> dt.date:
        while n:
            day += dt.timedelta(days=1)
            n -= self.working(day)
        return day

    def report_late(self, trip: dict[str, Any], working_days: int) -> bool:
        """The trip's report is dated after its deadline, or is missing with the deadline past at the check date."""
        due = self.nth_working_day_after(dt.date.fromisoformat(trip["end"]), working_days)
        if trip["report"]:
            return issue_date(self.text(self.report_stem(trip["report"]))) > due
        return due < dt.date.fromisoformat(self.expected()["as_of"])

    def lead(self, submitted: dt.date, departure: dt.date) -> int:
        """Working days strictly between the Tờ trình and the departure (neither day counts)."""
        return sum(self.working(submitted + dt.timedelta(days=k)) for k in range(1, (departure - submitted).days))

    def submission_lead(self, trip: dict[str, Any]) -> int:
        """The lead of a labelled trip, from the Tờ trình its decision cites."""
        submitted = submitted_on(self.text(decision_stem(trip["decision_number"])))
        assert submitted, trip["decision_number"]
        return self.lead(submitted, dt.date.fromisoformat(trip["start"]))

    def flagged(self, kind: str, trip: dict[str, Any]) -> bool:
        """Whether the labels give the trip a finding of this kind."""
        return trip["decision_number"] in self.findings(kind)

    def check_decision(self, trip: dict[str, Any], aliases: dict[str, str] | None = None) -> str:
        """The trip's label is its decision's: the number line, every member, each country as the decision writes
        it (`aliases`: a label's short name for the decision's long one; None: countries not checked) and both
        dates. Returns the decision's text."""
        body = self.text(decision_stem(trip["decision_number"]))
        assert f"Số: {trip['decision_number']}\n" in body
        for name in trip["members"]:
            assert name in body
        if aliases is not None:
            for country in trip["countries"]:
                assert aliases.get(country, country) in body
        for key in ("start", "end"):
            d = dt.date.fromisoformat(trip[key])
            assert re.search(rf"\b0?{d.day}/0?{d.month}/{d.year}\b", body), key
        return body

    def check_trip_limits(self, trip: dict[str, Any], size: int, limits: dict[str, int]) -> None:
        """A finding of size, countries and days in a country exactly when the trip is over the limit (`size`: the
        members the delegation counts; days in a country without the two travel days)."""
        assert (size > limits["size"]) == self.flagged("max_delegation_size", trip)
        assert (len(trip["countries"]) > limits["countries"]) == self.flagged("max_countries_per_trip", trip)
        in_country = (days(trip) - 2) / len(trip["countries"])
        assert (in_country > limits["days"]) == self.flagged("max_days_per_country", trip)

    def check_report_deadline(self, trip: dict[str, Any], working_days: int, *, names_start: bool) -> None:
        """A report finding exactly when the report is late or missing past its deadline; with `names_start`, the
        report also names the trip's start (the day and month)."""
        if names_start and trip["report"]:
            start = dt.date.fromisoformat(trip["start"])
            report = self.text(self.report_stem(trip["report"]))
            assert re.search(rf"\b0?{start.day}/0?{start.month}", report), "the report names the trip's start"
        assert self.report_late(trip, working_days) == self.flagged("report_deadline_working_days", trip)

    def check_submission_lead(self, trip: dict[str, Any], limit: int) -> None:
        """A lead finding exactly when the Tờ trình came fewer than `limit` working days before departure."""
        assert (self.submission_lead(trip) < limit) == self.flagged("submission_lead_working_days", trip)

    def check_scans(self, count: int, *, required: bool) -> None:
        """`count` texts, each with its scan (when the scans are rendered, or always when `required`)."""
        stems = set(self.stems(""))
        assert len(stems) == count
        scans = self.folder / "scans"
        if required or scans.exists():
            assert stems == {p.stem for p in scans.glob("*.pdf")}

    def report_stem(self, number: str) -> str:
        said = re.compile(rf"^Số:? {re.escape(number)}$", re.M)  # a party body writes "Số 46-BC/TU", no colon
        stems = [stem for stem in self.stems("bc-") if said.search(self.text(stem))]
        assert len(stems) == 1, number
        return stems[0]


def decision_stem(number: str) -> str:
    """A decision's file stem, in plain ASCII: "142-QĐ/TU" → "qd-142-qd" (the part before the slash)."""
    return f"qd-{fold(number.split('/')[0])}"


def issue_date(body: str) -> dt.date:
    m = re.search(r"ngày (\d+) tháng (\d+) năm (\d{4})", body)
    assert m
    return dt.date(int(m[3]), int(m[2]), int(m[1]))


def days(trip: dict[str, Any]) -> int:
    return (dt.date.fromisoformat(trip["end"]) - dt.date.fromisoformat(trip["start"])).days + 1


def slash_date(text: str) -> dt.date:
    """ "21/4/2026", or the party's "21-4-2026" → date(2026, 4, 21)."""
    day, month, year = (int(x) for x in re.split(r"[/-]", text))
    return dt.date(year, month, day)


def submitted_on(body: str) -> dt.date | None:
    """The date of the Tờ trình a decision cites ("Tờ trình số 12/TTr-SNV ngày 10/02/2026"): the lead's start."""
    m = re.search(rf"Tờ trình số [^\s,]+,? ngày ({DASHED})", body)
    return slash_date(m[1]) if m else None


def check_declared(text: str, pattern: str, members: Collection[tuple[str, str]], stem: str) -> None:
    """When the decision states how many it sends (`pattern`'s group: "gồm 04 người"), that is the members read."""
    declared = re.search(pattern, text)
    assert not declared or int(declared[1]) == len(members), stem


def weekdays_between(submitted: dt.date, departure: dt.date) -> int:
    """Monday to Friday strictly between two days: the lead a reader who forgets the holidays and the make-up
    Saturdays would count (a boundary test shows the calendar decides the label)."""
    return sum((submitted + dt.timedelta(days=k)).weekday() < 5 for k in range(1, (departure - submitted).days))


def squash(text: str) -> str:
    """The text on one line, single-spaced: a rule's sentence or a citation may break anywhere."""
    return " ".join(text.split())


def prose_members(span: str, honorific: str, head: str) -> list[tuple[str, str]]:
    """(name, title) of each member a decision lists in running text ("PGS.TS. A, title (Trưởng đoàn); TS. B, title
    và ThS. C, title"): a member starts at an `honorific` (a học vị, "ông", "bà") after ";" or "và", the name runs
    to the first comma and the title to the end, less `head` (how the text marks the head of the delegation)."""
    out = []
    for part in re.split(rf"(?:;| và) (?={honorific} )", span):
        m = re.match(rf"{honorific} (?P<name>[^,]+), (?P<title>.+?)(?:{head})?$", part)
        assert m, part
        out.append((m["name"], m["title"]))
    return out


def members_and_layout(
    article1: str, listed: re.Pattern[str], table: re.Pattern[str], honorific: str, rows: str | None = None
) -> tuple[list[tuple[str, str]], str]:
    """(name, title) of each member a decision sends and how it lists them: "list" (numbered lines, `listed`'s groups
    name and title), "table" (ruled rows, `table`'s groups name, post and unit, the title being post and unit; read in
    `rows` when the table may stand outside Điều 1, as an annexed list does) or "prose" ("Điều 1. Cử … đi công tác
    tại", read by `prose_members` after `honorific`, the head marked "(trưởng đoàn)")."""
    found = [(m["name"], m["title"]) for m in listed.finditer(article1)]
    if found:
        return found, "list"
    found = [(m["name"], f"{m['post']} {m['unit']}".strip()) for m in table.finditer(rows or article1)]
    if found:
        return found, "table"
    return running_members(article1, honorific), "prose"


def running_members(
    article1: str, honorific: str, head: str = r" \(trưởng đoàn\)", sends: str = "đi công tác tại "
) -> list[tuple[str, str]]:
    """(name, title) of each member Điều 1 names in its running text ("Điều 1. Cử ông A, title (trưởng đoàn); bà B,
    title và ông C, title đi công tác tại …"; `sends`: the words that end the members), read by `prose_members`."""
    span = re.match(rf"Điều 1\. Cử (.+?) {sends}", article1)
    assert span, article1[:80]
    return prose_members(span[1], honorific, head)


RULED_MEMBERS = re.compile(r"^\d+\t(?P<name>[^\t\n]+)\t(?P<post>[^\t\n]+)\t(?P<unit>[^\t\n]+)$", re.M)
"""A row of a ruled list of members (TT | Họ và tên | Chức vụ | Đơn vị), for `members_and_layout`."""
LISTED_MEMBERS = re.compile(
    r"^\d+\. (?:Ông|Bà|Đồng chí) (?P<name>[^,\n]+), (?P<title>.+?)(?:, Trưởng đoàn)?[.;]$", re.M
)
"""A numbered line of members, the state's "Ông"/"Bà" or the party's "Đồng chí", the head marked ", Trưởng đoàn"."""


def head_posts(provincial: Iterable[str]) -> re.Pattern[str]:
    """Key-leader titles as the rules of scenarios 35 and 36 define them, a group for each unit it reads: the head
    (Giám đốc, Trưởng ban, Chủ tịch, Hiệu trưởng) of one of the `provincial` bodies; its Bí thư Đảng ủy even when a
    deputy (either order, "kiêm" or a comma); the Bí thư Đảng ủy and the Chủ tịch UBND of a xã, phường. Read by
    `head_unit` on the whole title, so a plain deputy, the Phó Chủ tịch UBND tỉnh or the head of a unit under a sở
    matches none."""
    among = "(" + "|".join(map(re.escape, provincial)) + ")"
    deputy = r"Phó (?:Giám đốc|Hiệu trưởng|Trưởng ban|Chủ tịch)"
    heads = (
        rf"(?:Giám đốc|Trưởng ban|Chủ tịch|Hiệu trưởng) {among}",
        rf"(?:{deputy}, )?Bí thư Đảng ủy(?:(?:, | kiêm ){deputy})? {among}",
        r"(?:Bí thư Đảng ủy|Chủ tịch Ủy ban nhân dân) ((?:xã|phường) [\w ]+)",
    )
    return re.compile("|".join(heads))


def head_unit(posts: re.Pattern[str], title: str) -> str | None:
    """The unit of which the whole `title` makes its holder a key leader by `posts` (`head_posts`), else None."""
    m = posts.fullmatch(title)
    return next((g for g in m.groups() if g), None) if m else None


KeyPost = tuple[re.Pattern[str], str | None]
"""A post that makes its holder a key leader, and the unit it leads: named, or (None) the pattern's group "unit"."""


def key_post_unit(title: str, posts: Iterable[KeyPost]) -> str | None:
    """The unit of which the title makes its holder a key leader, or None. Each comma-separated post of the title is
    tried, so a deputy who is also the unit's party secretary ("Phó Giám đốc, Bí thư Đảng ủy Sở X") is one."""
    for post in (p.strip() for p in title.split(",")):
        for pattern, unit in posts:
            m = pattern.match(post)
            if m:
                return unit or m["unit"]
    return None


def stated_limit(text: str, pattern: str, words: Mapping[str, int]) -> int:
    """The number the groups of `pattern` state in `text`: in words ("bảy"), in digits ("07") or both, in either
    order. Both must agree: a rule that says "bảy (08)" is a slip in the texts to catch, not a value to pick."""
    m = re.search(pattern, text)
    assert m, pattern
    said = {int(g) if g.isdigit() else words[g] for g in m.groups() if g}
    assert len(said) == 1, m[0]
    return said.pop()


def stated_limits(text: str, sentences: Mapping[str, str], words: Mapping[str, int]) -> dict[str, int]:
    """Rule kind → the limit its sentence (a pattern for `stated_limit`) states in `text`."""
    return {kind: stated_limit(text, pattern, words) for kind, pattern in sentences.items()}


def rule_limits(*, trips: int, size: int, days: int, countries: int, lead: int, report: int) -> dict[str, int]:
    """The six numeric limits by rule kind, from the short names a test states them by."""
    return {
        "max_trips_per_year": trips,
        "max_delegation_size": size,
        "max_days_per_country": days,
        "max_countries_per_trip": countries,
        "submission_lead_working_days": lead,
        "report_deadline_working_days": report,
    }


@dataclass(frozen=True, eq=False)
class LaterLimits:
    """The limits of a scenario whose rules change within the year: those the first rule states (`first`: its stem and
    a sentence pattern by rule kind, as `stated_limits` reads them) and those a later document states (`later`), of
    which the kinds `changed` apply to the trips departing (`by` "start") or returning ("end") from the date the
    pattern `since` finds (its first group) in the later document."""

    texts: ScenarioTexts
    words: Mapping[str, int]
    first: tuple[str, Mapping[str, str]]
    later: tuple[str, Mapping[str, str]]
    since: str
    by: Literal["start", "end"]
    changed: tuple[str, ...]

    @cache  # noqa: B019 — one instance a scenario, alive for the whole test session
    def base(self) -> dict[str, int]:
        """The first rule's values."""
        stem, sentences = self.first
        return stated_limits(squash(self.texts.text(stem)), sentences, self.words)

    @cache  # noqa: B019
    def amended(self) -> tuple[dict[str, int], dt.date]:
        """The later document's values and the date from which its `changed` kinds apply."""
        stem, sentences = self.later
        text = squash(self.texts.text(stem))
        since = re.search(self.since, text)
        assert since, self.since
        return stated_limits(text, sentences, self.words), slash_date(since[1])

    def on(self, day: dt.date, *, amended: bool = True) -> dict[str, int]:
        """The limits in force for a trip departing or returning (`by`) on `day`; `amended=False`: the first rule's
        alone, as a reader who skips the later document would take them."""
        values, since = self.amended()
        changed = {kind: values[kind] for kind in self.changed} if amended and day >= since else {}
        return self.base() | changed

    def of(self, trip: TripDecision, *, amended: bool = True) -> dict[str, int]:
        """The limits in force for a trip, by its departure or return (`by`)."""
        day = trip.start if self.by == "start" else trip.end
        assert day, trip.number
        return self.on(day, amended=amended)


def country_forms(forms: str) -> dict[str, str]:
    """Each way the decisions write a destination → the label's name, from "label: form, other form; label: form"
    (the table a test states its countries by)."""
    return {
        form: label
        for entry in forms.split("; ")
        for label, written in [entry.split(": ")]
        for form in written.split(", ")
    }


def named_countries(text: str, names: Mapping[str, str]) -> set[str]:
    """The countries `text` names as whole words; `names` maps each way of writing one (the state's long form, a
    province or city in it) to the label's name."""
    return {label for written, label in names.items() if re.search(rf"(?<!\w){re.escape(written)}(?!\w)", text)}


def firm_acts(funding: str, verbs: Iterable[str] = ("mời", "đài thọ", "chi trả")) -> bool:
    """Whether a firm (Tập đoàn, Công ty, doanh nghiệp) and one of `verbs` (what it does: invites, pays …) stand
    in one clause of the funding article; a firm named in a clause where it does none of them is not caught."""
    return bool(re.search(rf"(?:Tập đoàn|Công ty|[Dd]oanh nghiệp)[^;.]*?(?:{'|'.join(verbs)})", funding))


def payer_is_enterprise(funding: str) -> bool:
    """Whether a clause of the funding article names an enterprise as the one who pays ("… do Công ty X đài thọ"):
    a firm named elsewhere in the clause (the host, the organiser) pays nothing. For the scenarios whose funding
    articles word the payer so; the others match their own wording."""
    for clause in re.split(r"[;.] |: ", funding):
        if "đài thọ" not in clause:
            continue
        payer = clause.split(" đài thọ")[0].rsplit(" do ", 1)[-1]
        if re.match(r"(Công ty|Tập đoàn|[Dd]oanh nghiệp)\b", payer):
            return True
    return False


def paying_firms(funding: str, payer: re.Pattern[str]) -> list[str]:
    """The firms (`payer`'s group "payer") that a clause of the funding article has pay, one a clause; a clause that
    negates before the firm ("không do doanh nghiệp nào … tài trợ") has none pay."""
    out = []
    for clause in re.split(r"[;.] ?", funding):
        m = payer.search(clause)
        if m and not re.search(r"\bkhông\b", clause[: m.start("payer")]):
            out.append(m["payer"])
    return out


def noted_firms(funding: str, payer: re.Pattern[str], countries: Collection[str]) -> list[tuple[str, bool]]:
    """Each firm that `payer` (groups "payer" and "note") finds paying in the funding article, and whether it is
    domestic: a country of `countries` in its brackets ("Công ty X (Thái Lan) đài thọ") makes it a foreign firm."""
    return [(m["payer"], m["note"] not in countries) for m in payer.finditer(funding)]


def own_state_company(firm: str, members: Iterable[tuple[str, str]]) -> bool:
    """Whether a paying firm is a state company ("Tổng công ty …") sending only its own people (every member's title
    names it): some scenarios' rules leave that out of enterprise funding."""
    return firm.startswith("Tổng công ty") and all(firm in title for _, title in members)


@dataclass(kw_only=True)
class TripDecision:
    """What every scenario reads from a decision; a scenario's subclass adds what only its texts say (funding,
    layout, the issuing body …). A decision that changes an earlier one names it in `cancels` or `amends`
    (amendment, extension, postponement) and withdraws (`dropped`), replaces in place (`replacing`: the withdrawn
    member → who takes their place) or adds (`added`) members, or moves the dates (`start`, `end`)."""

    number: str
    issued: dt.date
    submitted: dt.date | None
    members: list[tuple[str, str]]
    start: dt.date | None
    end: dt.date | None
    cancels: str | None = None
    amends: str | None = None
    dropped: list[str] = field(default_factory=list)
    replacing: dict[str, tuple[str, str]] = field(default_factory=dict)
    added: list[tuple[str, str]] = field(default_factory=list)


D = TypeVar("D", bound=TripDecision)


@dataclass(kw_only=True)
class FormDecision(TripDecision):
    """A decision as `DecisionForm` reads it: besides the trip, where it sends the delegation (as written), its funding
    article, how it lists the members (`members_and_layout`) and its Điều 1, from which a scenario's subclass reads
    what only its texts say (a programme, an exception) as properties."""

    where: str = ""
    funding: str = ""
    layout: str = ""
    article1: str = ""

    @property
    def issuer(self) -> str:
        """The issuing body as its number names it: "QĐ-UBND" of "118/QĐ-UBND", "TU" of "142-QĐ/TU"."""
        return self.number.split("/")[1]


class PartyOrStateDecision(FormDecision):
    """A decision of Ban Thường vụ Tỉnh ủy (`party`: numbered "-QĐ/TU") or of UBND tỉnh."""

    @property
    def party(self) -> bool:
        return self.number.endswith("-QĐ/TU")


F = TypeVar("F", bound=FormDecision)


@dataclass(frozen=True)
class DecisionForm(Generic[F]):
    """How a scenario's decisions word what every trip decision says, as patterns: the number line; Điều 1
    (`article1`: up to Điều 2, or its one line), which cancels an earlier decision, amends it ("Gia hạn", "Điều
    chỉnh", "Lùi" … "thời gian"; the new period is the last one it names but the one it replaces, "thay cho thời gian
    từ ngày …"), or sends members (`members`: from the body and Điều 1, the members and their layout), states how
    many (`declared`) and where to (`where`); Điều 2 on funding. With `honorific` (how the texts title a member:
    "(?:ông|bà)"), an amendment withdraws the members it does not send ("không cử ông A,") and adds those it sends
    besides ("cử bổ sung bà B, title tham gia đoàn"). `read` gives each decision of `texts` as a `cls`. A scenario
    passes only the patterns its texts word otherwise."""

    texts: ScenarioTexts
    cls: type[F]
    members: Callable[[str, str], tuple[list[tuple[str, str]], str]]
    where: str = r"đi công tác tại (.+?) từ ngày"
    number: str = r"^Số:? (\S+)"
    article1: str = r"(?s)^Điều 1\. .+?(?=^Điều 2\. )"
    funding: str = r"^Điều 2\. (?:Kinh phí:? )?(.+)$"
    cancels: str = r"Điều 1\. (?:Hủy bỏ|Bãi bỏ) Quyết định số (\S+)"
    amends: str = r"Điều 1\. (?:Gia hạn|Điều chỉnh|Lùi) thời gian .+? Quyết định số (\S+)"
    declared: str = r"(?:gồm|Cử) (\d+) (?:người|đồng chí|cán bộ)"
    honorific: str | None = None

    def read(self, stem: str) -> F:
        """The decision `texts/<stem>.txt`; the members it declares are the members read."""
        body = self.texts.text(stem)
        number = re.search(self.number, body, re.MULTILINE)
        article1 = re.search(self.article1, body, re.MULTILINE)
        assert number and article1, stem
        a1 = article1[0]
        cancels, amends = re.match(self.cancels, a1), re.match(self.amends, a1)
        members, layout = ([], "") if cancels or amends else self.members(body, a1)
        if members:
            check_declared(a1, self.declared, members, stem)
        kept = re.sub(rf"thay cho thời gian từ ngày {DASHED} đến ngày {DASHED}", "", a1)
        periods = [] if cancels else re.findall(rf"từ ngày ({DASHED}) đến ngày ({DASHED})", kept)
        where, funding = re.search(self.where, a1), re.search(self.funding, body, re.MULTILINE)
        title = self.honorific
        added = re.finditer(rf"cử bổ sung {title} ([^,]+), (.+?) tham gia đoàn", a1) if amends and title else ()
        return self.cls(
            number=number[1],
            issued=issue_date(body),
            submitted=submitted_on(body),
            members=members,
            start=slash_date(periods[-1][0]) if periods else None,
            end=slash_date(periods[-1][1]) if periods else None,
            cancels=cancels[1] if cancels else None,
            amends=amends[1] if amends else None,
            dropped=re.findall(rf"không cử {title} ([^,]+),", a1) if amends and title else [],
            added=[(m[1], m[2]) for m in added],
            where=where[1] if where else "",
            funding=funding[1] if funding else "",
            layout=layout,
            article1=a1,
        )


def decisions_of(texts: ScenarioTexts, read: Callable[[str], D]) -> dict[str, D]:
    """Every decision of the scenario (`texts/qd-*.txt`), read by the scenario's own reader, by its number."""
    return {d.number: d for d in map(read, texts.stems("qd-"))}


def carried_out(decisions: Mapping[str, D]) -> dict[str, D]:
    """The trips that took place: the decisions that send members, less the cancelled ones, each later change
    applied to the first decision, which keeps its number (the labels and the reports name the trip by it)."""
    out = {n: d for n, d in decisions.items() if d.members}
    for d in decisions.values():
        if d.cancels:
            del out[d.cancels]
        if d.amends:
            first = out[d.amends]
            members = [d.replacing.get(m[0], m) for m in first.members if m[0] not in d.dropped] + d.added
            out[d.amends] = replace(first, members=members, start=d.start or first.start, end=d.end or first.end)
    return out


def changes(decisions: Mapping[str, TripDecision]) -> dict[str, str]:
    """Each decision that cancels or amends an earlier one → that earlier decision's number."""
    return {n: earlier for n, d in decisions.items() if (earlier := d.cancels or d.amends)}


def trip_by_date(trips: Mapping[str, TripDecision], issued: Collection[dt.date], start: dt.date, stem: str) -> str:
    """The one trip whose decision was issued on a cited date and which starts on the day the report names: how a
    reader links a report that cites a mistyped number or no number at all."""
    match = [n for n, d in trips.items() if d.issued in issued and d.start == start]
    assert len(match) == 1, stem
    return match[0]


@dataclass(frozen=True)
class Report:
    """A report on one or more trips and `how` it was linked to them: "number" (the decision numbers it cites) or
    "date and trip" (a cited number is no trip's: `trip_by_date` found it)."""

    number: str
    dated: dt.date
    decisions: tuple[str, ...]
    how: str = "number"


def linked_by_date(reports: Mapping[str, Report]) -> set[str]:
    """The numbers of the reports that needed more than a cited trip's number to be linked."""
    return {r.number for r in reports.values() if r.how != "number"}


def check_reports_tell_dates(texts: ScenarioTexts, trips: Mapping[str, TripFacts], told: str) -> None:
    """Each linked report restates its trip's dates (`told`: a pattern whose two groups are the first and last day),
    even when the number it cites is mistyped or absent."""
    for number, t in trips.items():
        if t.report:
            m = re.search(told, squash(texts.text(texts.report_stem(t.report.number))))
            assert m and (slash_date(m[1]), slash_date(m[2])) == (t.start, t.end), number


def reports_of(texts: ScenarioTexts, read: Callable[[str], Report]) -> dict[str, Report]:
    """Decision number → the report on its trip (`texts/bc-*.txt`, read by the scenario's reader); no trip has two."""
    out: dict[str, Report] = {}
    for report in map(read, texts.stems("bc-")):
        for number in report.decisions:
            assert number not in out, report
            out[number] = report
    return out


SLASH = r"\d{1,2}/\d{1,2}/\d{4}"
"""A date as the texts write it in a citation or a period: "9/3/2026", "09/03/2026"."""
DASHED = r"\d{1,2}[/-]\d{1,2}[/-]\d{4}"
"""A date as `SLASH`, or as a party body writes it: "03-8-2026"."""


def report_on_cited_trips(
    texts: ScenarioTexts, decisions: Mapping[str, TripDecision], trips: Mapping[str, TripDecision], stem: str
) -> Report:
    """A report on each trip it cites by number ("Quyết định số N, ngày D"; a changing decision's number stands for the
    trip it amends), as a reader links it; a number that is no decision's, or a decision cited by its date alone
    ("Thực hiện Quyết định ngày D"), is linked by that date and the trip's start (the first period the report names)."""
    body = squash(texts.text(stem))
    number = re.search(r"Số:? (\S+)", body)
    went = re.search(rf"từ ngày ({DASHED}) đến ngày", body)
    assert number and went, stem
    linked: list[str] = []
    how = "number"
    for cited, date in re.findall(rf"Quyết định số (\S+?),? ngày ({DASHED})", body):
        trip = cited if cited in trips else getattr(decisions.get(cited), "amends", None)
        if trip is None:
            trip, how = trip_by_date(trips, {slash_date(date)}, slash_date(went[1]), stem), "date and trip"
        linked += [trip] if trip not in linked else []
    for date in re.findall(rf"Thực hiện Quyết định ngày ({DASHED})", body):
        linked.append(trip_by_date(trips, {slash_date(date)}, slash_date(went[1]), stem))
        how = "date and trip"
    assert linked, stem
    return Report(number[1], issue_date(body), tuple(linked), how)


def trip_readers(
    texts: ScenarioTexts, read: Callable[[str], D]
) -> tuple[Callable[[], dict[str, D]], Callable[[], dict[str, D]]]:
    """A label test's `decisions()` (each decision by the scenario's own reader, `decisions_of`) and `trips()` (the
    decisions carried out, `carried_out`), each read once: the pair every scenario wraps its reader in."""

    @cache
    def decisions() -> dict[str, D]:
        return decisions_of(texts, read)

    @cache
    def trips() -> dict[str, D]:
        return carried_out(decisions())

    return decisions, trips


def cited_trip_readers(
    texts: ScenarioTexts, read: Callable[[str], D]
) -> tuple[Callable[[], dict[str, D]], Callable[[], dict[str, D]], Callable[[], dict[str, Report]]]:
    """`trip_readers` and a `reports()` that links each report to the trips it cites (`report_on_cited_trips`), read
    once: for the scenarios whose reports a reader links so."""
    decisions, trips = trip_readers(texts, read)

    @cache
    def reports() -> dict[str, Report]:
        return reports_of(texts, lambda stem: report_on_cited_trips(texts, decisions(), trips(), stem))

    return decisions, trips, reports


def one_trip_reports(
    texts: ScenarioTexts,
    trips: Mapping[str, TripDecision],
    cites: str,
    cites_date: str,
    went: str = rf"từ ngày ({SLASH}) đến ngày",
) -> dict[str, Report]:
    """Decision number → its report, for the scenarios whose reports each tell of one trip. A report is linked as a
    reader would: by the decision number it cites (`cites`: the number, then the decision's date) when that is a
    trip's; else (a mistyped number, or a decision cited by its date alone: `cites_date`) by the decision's date
    and the trip's start, the first date `went` finds in the report."""

    def read(stem: str) -> Report:
        body = squash(texts.text(stem))
        number, start = re.search(r"Số: (\S+)", body), re.search(went, body)
        by_number = re.search(cites, body)
        cited = by_number or re.search(cites_date, body)
        assert number and start and cited, stem
        if by_number and by_number[1] in trips:
            return Report(number[1], issue_date(body), (by_number[1],))
        issued = slash_date(cited[cited.re.groups])  # each citation's last group is the decision's date
        linked = trip_by_date(trips, {issued}, slash_date(start[1]), stem)
        return Report(number[1], issue_date(body), (linked,), "date and trip")

    return reports_of(texts, read)


FindingKey = tuple[str, str, str | None]


@dataclass(frozen=True)
class TripFacts:
    """One trip as a label test read it from its texts, ready for the shared checks. `members`: each name with the
    unit of which the texts make them a key leader (None: not one); `counted`: whose trips a year the rules count
    (None: the key leaders); `size`: how many members the delegation's limit counts (None: all; the rules may leave
    out interpreters); `limits`: the values in force for this trip (they may hang on its body or dates); `exempt`:
    the rule kinds the rules lift for this trip (a training course's days in a country)."""

    number: str
    start: dt.date
    end: dt.date
    lead: int
    members: list[tuple[str, str | None]]
    countries: set[str]
    report: Report | None
    enterprise: bool
    limits: Mapping[str, int]
    counted: frozenset[str] | None = None
    size: int | None = None
    exempt: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls,
        texts: ScenarioTexts,
        trip: TripDecision,
        report: Report | None,
        key_unit: Callable[[str], str | None],
        countries: set[str],
        enterprise: bool,
        limits: Mapping[str, int],
        *,
        counted: frozenset[str] | None = None,
        size: int | None = None,
        exempt: frozenset[str] = frozenset(),
        departure: dt.date | None = None,
    ) -> TripFacts:
        """A trip from its decision (changes applied), its report and what the scenario reads: the unit of which a
        member's title makes them a key leader (`key_unit`), the countries, enterprise funding and the limits.
        `departure`: the day the lead runs to when it is not the trip's start (a postponement that keeps the
        first Tờ trình)."""
        assert trip.start and trip.end and trip.submitted, trip.number
        lead = texts.lead(trip.submitted, departure or trip.start)
        members = [(name, key_unit(title)) for name, title in trip.members]
        return cls(
            trip.number,
            trip.start,
            trip.end,
            lead,
            members,
            countries,
            report,
            enterprise,
            limits,
            counted,
            size,
            exempt,
        )


def labelled_facts(
    texts: ScenarioTexts,
    trip: dict[str, Any],
    units: Mapping[str, str],
    enterprise: bool,
    limits: Mapping[str, int],
    size: int | None = None,
) -> TripFacts:
    """A labelled trip for a scenario whose free layouts its test does not read into decisions: the members, dates
    and countries as labelled (the test checks them against the decision), `units` the key leaders' units read
    from their titles, the lead from the Tờ trình the decision cites, the report's date from its text."""
    number, written = trip["decision_number"], trip["report"]
    report = Report(written, issue_date(texts.text(texts.report_stem(written))), (number,)) if written else None
    return TripFacts(
        number=number,
        start=dt.date.fromisoformat(trip["start"]),
        end=dt.date.fromisoformat(trip["end"]),
        lead=texts.submission_lead(trip),
        members=[(name, units.get(name)) for name in trip["members"]],
        countries=set(trip["countries"]),
        report=report,
        enterprise=enterprise,
        limits=limits,
        size=size,
    )


def facts_of(
    texts: ScenarioTexts,
    trips: Mapping[str, D],
    reports: Mapping[str, Report],
    key_unit: Callable[[str], str | None],
    countries: Callable[[D], set[str]],
    enterprise: Callable[[D], bool],
    limits: Mapping[str, int] | Callable[[D], Mapping[str, int]],
    *,
    counted: Callable[[D], frozenset[str] | None] | None = None,
    size: Callable[[D], int] | None = None,
) -> dict[str, TripFacts]:
    """Every trip's facts, each read the same way: one set of limits for all, or the limits in force for each trip
    (`limits` a function of the trip: a later rule that applies from a date); `counted` and `size` when the rules
    count trips a year or a delegation otherwise than all key leaders and all members. A scenario whose departure
    varies by trip calls `TripFacts.of` itself."""
    return {
        n: TripFacts.of(
            texts,
            d,
            reports.get(n),
            key_unit,
            countries(d),
            enterprise(d),
            limits(d) if callable(limits) else limits,
            counted=counted(d) if counted else None,
            size=size(d) if size else None,
        )
        for n, d in trips.items()
    }


def recompute(texts: ScenarioTexts, trips: Iterable[TripFacts]) -> set[FindingKey]:
    """Every finding the eight rule kinds give on these trips, by the shared conventions (scenario 16's SPEC):
    days in a country without the two travel days, lead strictly between Tờ trình and departure, the N-th working
    day after return as the report deadline, trips a year counted by start date in the year each starts with the
    finding on each trip past the limit, one two-key-leaders finding per delegation."""
    as_of = dt.date.fromisoformat(texts.expected()["as_of"])
    found: set[FindingKey] = set()
    started: dict[tuple[str, int], list[tuple[dt.date, str, int]]] = {}
    for t in trips:
        lim = t.limits
        counted = t.counted if t.counted is not None else {name for name, unit in t.members if unit}
        for name in counted:
            started.setdefault((name, t.start.year), []).append((t.start, t.number, lim["max_trips_per_year"]))
        abroad = (t.end - t.start).days + 1 - 2
        due = texts.nth_working_day_after(t.end, lim["report_deadline_working_days"])
        units = [u for _, u in t.members if u]
        roomy = len(t.countries) > 1 and abroad - (len(t.countries) - 1) > lim["max_days_per_country"]
        assert not roomy or "max_days_per_country" in t.exempt, t.number
        breached = {
            "max_delegation_size": (len(t.members) if t.size is None else t.size) > lim["max_delegation_size"],
            "max_countries_per_trip": len(t.countries) > lim["max_countries_per_trip"],
            "max_days_per_country": len(t.countries) == 1 and abroad > lim["max_days_per_country"],
            "submission_lead_working_days": t.lead < lim["submission_lead_working_days"],
            "report_deadline_working_days": (t.report.dated > due) if t.report else due < as_of,
            "no_two_key_leaders_same_unit": len(units) != len(set(units)),
            "no_enterprise_funded": t.enterprise,
        }
        found |= {(kind, t.number, None) for kind, hit in breached.items() if hit and kind not in t.exempt}
    for (name, _), theirs in started.items():
        for k, (_, number, limit) in enumerate(sorted(theirs)):
            if k >= limit:  # the limit in force for this trip (it may hang on the trip's body)
                found.add(("max_trips_per_year", number, name))
    return found


def reread(
    texts: ScenarioTexts,
    trips: Mapping[str, D],
    facts_of: Callable[[ScenarioTexts, Mapping[str, D]], dict[str, TripFacts]],
    found: set[FindingKey],
    *,
    counted: Callable[[TripFacts], frozenset[str]] | None = None,
    other: Mapping[str, int] | None = None,
    carried: Mapping[str, D] | None = None,
) -> tuple[set[FindingKey], set[FindingKey]]:
    """What a reader adds to and loses from the labels' findings (`found`, on `trips` read by the scenario's
    `facts_of`) who reads the texts on `texts`'s calendar, counts other people's trips (`counted`), holds the trips
    to `other` limits, or takes other trips (`carried`: an amendment not applied): which reading a label hangs on."""
    base = facts_of(texts, trips if carried is None else carried)
    readings = [
        replace(f, counted=counted(f) if counted else f.counted, limits=dict(f.limits) | dict(other or {}))
        for f in base.values()
    ]
    got = recompute(texts, readings)
    return got - found, found - got


def check_trips(texts: ScenarioTexts, trips: Mapping[str, TripFacts]) -> None:
    """The labelled trips are exactly these, each with its members in order, dates, countries and report."""
    labelled = {t["decision_number"]: t for t in texts.expected()["trips"]}
    assert set(labelled) == set(trips)
    for number, t in trips.items():
        label = labelled[number]
        assert [name for name, _ in t.members] == label["members"], number
        assert (t.start.isoformat(), t.end.isoformat()) == (label["start"], label["end"]), number
        assert t.countries == set(label["countries"]), number
        assert (t.report.number if t.report else None) == label["report"], number


def check_bare_names(texts: ScenarioTexts, honorific: str) -> None:
    """The labels name each member without the `honorific` (a pattern: a học vị, "ông", "đồng chí") the decisions
    write before the name."""
    for trip in texts.expected()["trips"]:
        assert not any(re.match(honorific, name) for name in trip["members"]), trip["decision_number"]


def label_key(f: dict[str, Any]) -> FindingKey:
    """A label's finding key: rule kind, decision, person (None for per-delegation kinds; a label may write "")."""
    return (f["rule_kind"], f["decision_number"], f.get("person") or None)


SCORED_FIELDS = {"rule_kind", "decision_number", "person", "why"}
"""The fields of a finding or trap that the shared scorer reads (f["person"] included) and the reason."""


def check_scored_fields(texts: ScenarioTexts) -> None:
    """Every finding and trap has exactly `SCORED_FIELDS`, a person only on trips a year (the other kinds are per
    trip), and says why."""
    labels = texts.expected()
    for f in labels["findings"] + labels["not_findings"]:
        assert set(f) == SCORED_FIELDS and f["why"], f
        assert (f["person"] is not None) == (f["rule_kind"] == "max_trips_per_year"), f


LABEL_PARTS = ("findings", "persons", "traps")
"""The parts of `check_labels`: a test each, so that a failure names the part."""


def check_labels(
    texts: ScenarioTexts, part: str, found: set[FindingKey], decisions: Collection[str], *, findings: int, traps: int
) -> None:
    """One part of the labels against what the test recomputed: "findings", exactly `found` (`findings` of them,
    none twice); "persons", a person named exactly on the findings about trips a year (the other kinds are per
    trip); "traps", `traps` of them (a trap dropped by mistake shows), each naming a decision of the scenario and
    saying why, none in `found`."""
    labels = texts.expected()
    if part == "findings":
        keys = [label_key(f) for f in labels["findings"]]
        assert len(keys) == len(set(keys)) == findings
        assert set(keys) == found
    elif part == "persons":
        for f in labels["findings"]:
            assert (label_key(f)[2] is not None) == (f["rule_kind"] == "max_trips_per_year"), f
    else:
        assert part == "traps" and len(labels["not_findings"]) == traps
        for trap in labels["not_findings"]:
            assert trap["why"] and trap["decision_number"] in decisions, trap
            assert label_key(trap) not in found, trap
