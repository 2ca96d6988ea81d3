"""Each trip report to the trip it answers, with how the link was made (method, score, evidence).

By the cited decision number under a canonical key ("145/QD-UBND" = "145 / QĐ-UBND" = "l45/QĐ-UBND"),
checked against the decision date when both are known. A number OCR'd slightly wrong (one or two edits, or its
serial before "QĐ" kept and the symbol garbled further) is accepted only when something else agrees: the decision
date, or two of the unit, a destination, the reporter among the members and the dates (`unit_match`: a unit named
otherwise — "UBND" for "Ủy ban nhân dân", "Sở NN&PTNT", OCR noise — still agrees, and the evidence says how). A
report that names its decision by date and unit only is matched on that date, gated the same way, as is one
citing a number no decision holds (among the decisions whose own number was not read: a hand-filled number on a
scan). When that decision's
pen-filled day was not read either, the report's very period picks it, the cited date checked on the month and
year read of the decision (`_by_period_and_unit`). No fuzzy link goes to a trip whose period the report's own
dates contradict. Failing all that, by reporter + destination + dates; then a report whose number and period were
lost (its reporter no member) by the unit, a filing date after one trip's return and the cited date or a
destination (`_by_unit_filed_after_return`); and last, a report citing only a decision that amended a trip ("gia
hạn theo Quyết định số …") by that decision's number, to the trip as amended. A number no trip holds even fuzzily
links on the cited date, the report's own period, the unit and a destination, all four (`_by_date_and_period`).
Links made by a fuzzy method score below the review queue's `LINK_SURE`, and the checks that rest on them say so
(severity review).
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any

import duckdb
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Levenshtein

from extractors.docnumber import KNOWN_SYMBOL_PARTS, as_meant
from extractors.vntext import fold
from pipeline.link.amendments import apply_amendments
from pipeline.link.cocited import link_cocited
from pipeline.link.people import (
    NAME_THRESHOLD,
    TOKEN_THRESHOLD,
    given_keys,
    given_names_compatible,
    name_key,
    relink_people,
    unit_key,
    word_partner,
    write_rows,
)
from pipeline.link.state import Changes, changes_since_linked, save_link_state
from pipeline.settings import Settings
from pipeline.store.documents import mark_links_fresh
from pipeline.store.queue.apply import apply_report_links
from pipeline.store.queue.raised import raise_link_items
from pipeline.store.write import registered_keys, transaction

_OCR_DIGITS = str.maketrans({"o": "0", "l": "1", "i": "1", "|": "1"})


def decision_key(number: str | None) -> str | None:
    """A decision number compared despite OCR and typing: case, diacritics (QĐ/QD), spaces, dashes, and
    letters read for digits in the serial ('l45' → '145')."""
    if not number:
        return None
    key = re.sub(r"\s+", "", fold(number)).replace("–", "-").replace("—", "-").strip(".,;:")
    serial, _, rest = key.partition("/") if "/" in key else (key, "", "")
    head = re.match(r"^[0-9oli|]+", serial)
    if head and any(char.isdigit() for char in head.group(0)):
        serial = head.group(0).translate(_OCR_DIGITS) + serial[head.end() :]
    return f"{serial}/{rest}" if rest else serial


@dataclass(frozen=True)
class TripFacts:
    trip_id: str
    key: str | None
    decision_date: dt.date | None
    start: dt.date | None
    end: dt.date | None
    destinations: frozenset[str]
    members: tuple[str, ...]
    units: tuple[str, ...] = ()
    """The decision's issuer and its members' units, folded: a report comes from either."""
    decision_month: str | None = None
    """"YYYY-MM" of a decision whose day was not read (`issue_date_partial`): what a cited date can be checked on."""


@dataclass(frozen=True)
class ReportFacts:
    sha256: str
    key: str | None
    decision_date: dt.date | None
    start: dt.date | None
    end: dt.date | None
    report_date: dt.date | None
    destinations: frozenset[str]
    reporter: str | None
    unit: str = ""
    several: bool = False
    """The report cites further decisions (`also_cited`): it answers several trips, and the period read from it may be
    another of them's (a report on two delegations, the first one's dates garbled)."""


@dataclass(frozen=True)
class Link:
    trip_id: str | None
    method: str | None
    score: float | None
    evidence: dict[str, Any]


_ACRONYM = re.compile(r"^[b-df-hj-np-tv-xzđ]{2,8}$")
"""A folded word with no vowel: no Vietnamese syllable, so an acronym ("khcn", "nn", "ptnt", "vhttdl")."""
_UNIT_MATCHES = ("same", "abbreviation", "ocr", "acronym")
"""How two units agree, surest first."""


SPLIT_WORD_THRESHOLD = 85.0
"""The rapidfuzz ratio a unit word must reach against two neighbouring words of the other name read as one: a vowel
with two marks read as two letters splits its word ("BAN QUÁẢN LÝ" folded "ban qua an ly" for "ban quan ly"), so
"qua"+"an" partners "quan"; stricter than `TOKEN_THRESHOLD`, as two words joined make more near misses."""


def unit_match(report_unit: str, trip_unit: str) -> str | None:
    """How a report's unit names a trip's unit (the decision's issuer or a member's), None when they differ.

    Every word of the shorter name (after `unit_key` spells out "UBND", "HĐND" …) must have a partner in the
    longer — the same word, one within OCR noise (`word_partner`), or an acronym of the longer's initials
    ("Sở NN&PTNT" = "Sở Nông nghiệp và Phát triển nông thôn") — so "Sở Y tế" = "Sở Y tế tỉnh Lạng Sơn", but
    "xã Tân Thanh" ≠ "tỉnh Lạng Sơn" and Nội vụ ≠ Ngoại vụ (a whole-string ratio puts those at 90); a word OCR split
    in two partners the two read as one (`SPLIT_WORD_THRESHOLD`). A one-word
    name ("Sở") says nothing. Returns the weakest of "same" (word for word, folded), "abbreviation", "ocr",
    "acronym"."""
    a, b = unit_key(report_unit), unit_key(trip_unit)
    if not a or not b:
        return None
    short, long = sorted((a.split(), b.split()), key=len)
    if len(short) < 2:
        return None
    initials = "".join(word[0] for word in long if word != "va")
    split = [first + second for first, second in pairwise(long)]  # "quá ản": a word OCR read in two
    spelled_out = (a, b) != tuple(" ".join(re.sub(r"[^\w\s]", " ", fold(u)).split()) for u in (report_unit, trip_unit))
    how = "abbreviation" if spelled_out else "same"
    abbreviated = _abbreviated_in(long, short)
    for at, word in enumerate(short):
        score = word_partner(word, long)
        if score == 100.0:
            continue
        if score >= TOKEN_THRESHOLD or word_partner(word, split) >= SPLIT_WORD_THRESHOLD:
            how = max(how, "ocr", key=_UNIT_MATCHES.index)
        elif (_ACRONYM.match(word) and word in initials) or at in abbreviated:
            how = "acronym"
        else:
            return None
    return how


def _abbreviated_in(long: list[str], short: list[str]) -> set[int]:
    """The positions of the shorter name's words an acronym of the longer spells ("BCH Hội LHPN tỉnh Cà Mau" is longer
    than "Hội Liên hiệp Phụ nữ", and its "lhpn" spells "liên hiệp phụ nữ"): a run of words whose initials it is."""
    spelled: set[int] = set()
    for acronym in (word for word in long if _ACRONYM.match(word)):
        for start in range(len(short) - len(acronym) + 1):
            if "".join(word[0] for word in short[start : start + len(acronym)]) == acronym:
                spelled.update(range(start, start + len(acronym)))
    return spelled


def _unit_agreement(report: ReportFacts, trip: TripFacts) -> str | None:
    """The surest way the report's unit names one of the trip's units (`unit_match`), None when none."""
    found = [how for unit in trip.units if unit and (how := unit_match(report.unit, unit))] if report.unit else []
    return min(found, key=_UNIT_MATCHES.index) if found else None


def _is_member(reporter: str | None, trip: TripFacts) -> bool:
    """The reporter (a name key) among the trip's members, despite OCR in the name."""
    return bool(reporter) and any(
        given_names_compatible(reporter or "", m) and fuzz.ratio(reporter or "", m) >= NAME_THRESHOLD
        for m in trip.members
    )


_FACTS = ("unit", "destinations", "reporter_is_member", "dates_overlap")
"""The facts besides the number that can corroborate a link (`_agreement`; "unit_match" says how the unit did)."""


def _agreement(report: ReportFacts, trip: TripFacts) -> dict[str, Any]:
    """What a report and a trip share besides the number: unit, destinations, reporter, dates."""
    unit = _unit_agreement(report, trip)
    return {
        "unit": unit is not None,
        "unit_match": unit,
        "destinations": sorted(report.destinations & trip.destinations),
        "reporter_is_member": _is_member(name_key(report.reporter) if report.reporter else None, trip),
        "dates_overlap": bool(report.start and report.end and trip.start and trip.end) and _overlaps(report, trip),
    }
    # the report's own trip dates only: "filed within 60 days of the return" says too little to corroborate


def _only_corroborated(
    report: ReportFacts, candidates: Iterable[TripFacts]
) -> tuple[TripFacts, dict[str, Any], int] | None:
    """The one candidate trip on which at least two facts besides the number agree (with them and how many);
    None when none or several qualify — a fuzzy link is never a pick among equals."""
    found = []
    for trip in candidates:
        if _dates_contradict(report, trip) and not report.several:
            continue  # the report's own trip dates are another trip's: whatever else agrees, not this one
        agreement = _agreement(report, trip)
        agreeing = sum(bool(agreement[fact]) for fact in _FACTS)
        if agreeing >= 2:
            found.append((trip, agreement, agreeing))
    return found[0] if len(found) == 1 else None


_SERIAL = re.compile(r"(\d+)(?:/\d{4})?(?:/qd-|-qd/|/qd$)")
"""A decision number's key up to its kind ("1015/qd-", "152-qd/", "172/qd" whose issuer part was lost): the serial as
written and the "QĐ" after it."""
_SERIAL_AND_SYMBOL = re.compile(r"(\d+)(.*)")
"""A number key cut into its serial and the rest (the symbol): OCR damage is judged on each apart."""


def serial(key: str | None) -> str | None:
    """The serial of a decision's number key whose symbol starts "QĐ", or "OĐ" as OCR confuses it (`as_meant`),
    or whose symbol OCR garbled past reading (`_garbled_past_reading`); None for another key: what is left to match
    on when OCR garbled the rest of the symbol ("1015/qd-uiedsopay", "1015/od-libnd", "12-bam" → "1015", "12")."""
    parts = _SERIAL_AND_SYMBOL.fullmatch(key or "")
    if parts is None:
        return None
    if _SERIAL.match(parts.group(1) + as_meant(parts.group(2))) or _garbled_past_reading(parts.group(2)):
        return parts.group(1)
    return None


_KNOWN_FOLDED_PARTS = frozenset(fold(part).lower() for part in KNOWN_SYMBOL_PARTS)
_LETTERS = re.compile(r"[^\W\d_]+")


def _garbled_past_reading(symbol: str) -> bool:
    """Whether a number key's symbol (after the serial) is no symbol at all: a separator, then letters that open
    no known part ("-bam" of "số 12- Bam Thường vụ", the symbol lost under a stamp and the next word read on;
    "/y4/7/2026", the symbol and "ngày" lost). A symbol read whole ("/kh-ubnd", a plan's) is another document's."""
    letters = _LETTERS.search(symbol)
    return symbol[:1] in ("/", "-") and letters is not None and letters.group() not in _KNOWN_FOLDED_PARTS


def _fuzzy_number(report: ReportFacts, trips: Sequence[TripFacts]) -> Link | None:
    """A number one or two edits away (two neighbouring digits swapped count one: "1405" typed for "1450", then
    "BYTT" read for "BYT" on the scan), or with the same serial and "QĐ" before a symbol OCR garbled further
    ("1015/QĐ-UIẾĐSốpày", a stamp over "UBND ngày"); the cited date not against what was read of the decision's
    (the day, or the month of an unread pen-filled day) — or the number exactly as cited under another date (a
    typed slip in the date; `_by_number` takes it for a reused number), then only with the report's own period on
    the trip's: kept only when two of unit, destination, reporter and dates agree and exactly one trip qualifies.
    The method says which: `decision_number_fuzzy_corroborated` (with `cited_date_differs` for the exact number),
    or `decision_serial_corroborated` (scored lower)."""
    key = report.key or ""
    cited_serial = serial(key)
    near = (
        trip
        for trip in trips
        if trip.key
        and (
            (abs(len(trip.key) - len(key)) <= 2 and OSA.distance(trip.key, key) <= 2)
            or (cited_serial is not None and serial(trip.key) == cited_serial)
        )
        and (trip.key == key or not _cited_date_contradicts(report, trip))
    )
    only = _only_corroborated(report, near)
    if only is None:
        return None
    trip, agreement, agreeing = only
    date_differs = _cited_date_contradicts(report, trip)
    if date_differs and not agreement["dates_overlap"]:
        return None  # the number as cited, another date: a reused number unless the report's own period is the trip's
    distance = OSA.distance(trip.key or "", key)
    evidence = {"cited_number_key": report.key, "decision_number_key": trip.key, "edits": distance, **agreement}
    if date_differs:
        evidence["cited_date_differs"] = {"cited": _iso(report.decision_date), "decision": _iso(trip.decision_date)}
    if distance > 2:
        evidence["same_serial"] = cited_serial
        return Link(trip.trip_id, "decision_serial_corroborated", round(0.65 + 0.025 * agreeing, 3), evidence)
    score = 0.8 - 0.05 * distance + 0.025 * agreeing
    return Link(trip.trip_id, "decision_number_fuzzy_corroborated", round(score, 3), evidence)


def _by_date_and_unit(report: ReportFacts, trips: Sequence[TripFacts]) -> Link | None:
    """The decision's date, plus two agreeing facts, when the number cannot decide: none cited (or left blank),
    or a number cited that no trip holds, matched then only among the decisions whose own number was not read
    (a hand-filled number on a scan) — a decision whose number reads otherwise is another decision."""
    if not report.decision_date:
        return None
    candidates = (
        trip
        for trip in trips
        if trip.decision_date == report.decision_date and (report.key is None or trip.key is None)
    )
    only = _only_corroborated(report, candidates)
    if only is None:
        return None
    trip, agreement, agreeing = only
    evidence = {
        "cited_number_key": report.key,
        "cited_date": _iso(report.decision_date),
        "decision_number_key": trip.key,
        **agreement,
    }
    return Link(trip.trip_id, "decision_date_unit", round(0.7 + 0.05 * agreeing, 3), evidence)


def _read_through_damage(cited: str, number: str | None) -> bool:
    """Whether a cited number key shows OCR damage against a decision's: a serial of the same length and a symbol
    one or two edits off it, the letters OCR confuses read as meant (`as_meant`: "1507/qd-jbnd" for "1687/qd-ubnd",
    "1306/od-libnd" for "1360/qd-ubnd"). A number read whole with the decision's own symbol ("377/qd-ubnd" beside
    "912/qd-ubnd") is another decision's."""
    a, b = _SERIAL_AND_SYMBOL.fullmatch(cited), _SERIAL_AND_SYMBOL.fullmatch(number or "")
    if a is None or b is None or len(a.group(1)) != len(b.group(1)) or a.group(2) == b.group(2):
        return False
    return Levenshtein.distance(as_meant(a.group(2)), as_meant(b.group(2))) <= 2


def _by_date_and_period(report: ReportFacts, trips: Sequence[TripFacts]) -> Link | None:
    """A number cited that no trip holds, even within two edits, and read through damage (`_read_through_damage`:
    "1507/QĐ-JBND" on a scan for 1687/QĐ-UBND): the one trip whose decision is of the very date cited and whose
    period is the report's own, the unit and a destination agreeing too. Four facts, where `_by_date_and_unit` needs
    the date and two (and looks only among decisions whose number was not read). Below LINK_SURE: a finding on it
    is a review."""
    if not (report.key and report.decision_date and report.start and report.end):
        return None
    found = [
        (trip, agreement)
        for trip in trips
        if trip.decision_date == report.decision_date
        and _read_through_damage(report.key, trip.key)
        and (trip.start, trip.end) == (report.start, report.end)
        and (agreement := _agreement(report, trip))["unit"]
        and agreement["destinations"]
    ]
    if len(found) != 1:
        return None
    trip, agreement = found[0]
    evidence = {
        "cited_number_key": report.key,
        "decision_number_key": trip.key,
        "cited_date": _iso(report.decision_date),
        "period": [_iso(report.start), _iso(report.end)],
        **agreement,
    }
    return Link(trip.trip_id, "decision_date_period_unit", 0.75, evidence)


def _cited_date_contradicts(report: ReportFacts, trip: TripFacts) -> bool:
    """The report cites a decision date that what was read of the trip's decision date (the day, or the month and
    year of an unread pen-filled day) is not: another decision."""
    cited = report.decision_date
    if cited is None:
        return False
    if trip.decision_date is not None:
        return trip.decision_date != cited
    return trip.decision_month is not None and cited.strftime("%Y-%m") != trip.decision_month


def _cited_date_fits(report: ReportFacts, trip: TripFacts) -> str | None:
    """How the report's cited decision date agrees with a decision whose date was not read, the cited day never
    after the trip's start (a decision precedes its trip): "month" when it falls in the month and year read of
    the decision, "before_trip" when nothing of its date was read; None otherwise."""
    cited = report.decision_date
    if cited is None or trip.decision_date is not None or _cited_date_contradicts(report, trip):
        return None
    if trip.start and cited > trip.start:
        return None
    return "month" if trip.decision_month else "before_trip"


def _by_period_and_unit(report: ReportFacts, trips: Sequence[TripFacts]) -> Link | None:
    """A number cited that no trip holds ("Quyết định số 1010/QĐ-UBND", that scan's hand-filled number unread) and
    no reporter among the members: the report's own period, the very days of one decision whose number was not
    read, plus two agreeing facts (unit, destinations, dates). A date cited with the number must agree with what
    was read of that decision's date (`_cited_date_fits`: its pen-filled day unread too, the month and year kept),
    and the method says so: `decision_month_period_unit` when the month confirmed it, `decision_period_unit`
    otherwise. Below LINK_SURE: a finding on it is a review."""
    if not (report.key and report.start and report.end):
        return None
    fits = {
        trip.trip_id: how
        for trip in trips
        if trip.key is None
        and (trip.start, trip.end) == (report.start, report.end)
        and (
            how := "undated"
            if report.decision_date is None
            else _cited_date_fits(report, trip) or _misread(report, trip)
        )
    }
    if any(how != "one_digit_misread" for how in fits.values()):  # a date that fits outranks one misread
        fits = {trip_id: how for trip_id, how in fits.items() if how != "one_digit_misread"}
    only = _only_corroborated(report, (trip for trip in trips if trip.trip_id in fits))
    if only is None:
        return None
    trip, agreement, agreeing = only
    evidence = {"cited_number_key": report.key, "period": [_iso(report.start), _iso(report.end)], **agreement}
    method = "decision_period_unit"
    if report.decision_date:
        evidence |= {"cited_date": _iso(report.decision_date), "decision_month": trip.decision_month}
        evidence["cited_date_agrees"] = fits[trip.trip_id]
        method = "decision_month_period_unit" if fits[trip.trip_id] == "month" else method
    if fits[trip.trip_id] == "one_digit_misread":
        evidence["decision_date"] = _iso(trip.decision_date)
        return Link(trip.trip_id, "decision_period_unit_date_misread", 0.75, evidence)
    return Link(trip.trip_id, method, round(0.7 + 0.05 * agreeing, 3), evidence)


def _misread(report: ReportFacts, trip: TripFacts) -> str | None:
    """ "one_digit_misread" when the cited decision date is the trip's decision's with one digit of its month read
    wrong ("14/2/2026" on a scan for "14/7/2026": the same day and year, the months' mm alike but in one place), else
    None. Another day ("9/7" beside "8/7") is another decision's: decisions follow each other day by day. Only
    `_by_period_and_unit` takes it, where the trip's number was not read and the report's own period, unit and
    destination are the trip's: a link for a reviewer (scored 0.75), never a sure one."""
    cited, decided = report.decision_date, trip.decision_date
    if cited is None or decided is None or (cited.day, cited.year) != (decided.day, decided.year):
        return None
    a, b = f"{cited.month:02d}", f"{decided.month:02d}"
    return "one_digit_misread" if sum(x != y for x, y in zip(a, b, strict=True)) == 1 else None


def _by_own_period(report: ReportFacts, trips: Sequence[TripFacts]) -> Link | None:
    """A report that cites no number at all ("số ..../QĐ-UBND" left blank) and whose reporter was not read (a scan's
    signature block): the very days of its trip, the unit and a destination all agreeing with one trip only, whose
    decision date, as far as it was read, is not another than a date the report cites. When a stamp took the
    period's end ("từ ngày 05/10/2026 đến ngày" and noise), its first day alone, method `start_unit_destination`.
    Below LINK_SURE, as `_by_period_and_unit`."""
    if report.key or not report.start:
        return None
    found = [
        (trip, agreement)
        for trip in trips
        if (trip.start, trip.end if report.end else None) == (report.start, report.end)
        and (not _cited_date_contradicts(report, trip) or _day_digit_lost(report.decision_date, trip.decision_date))
        and (agreement := _agreement(report, trip))["unit"]
        and agreement["destinations"]
    ]
    if len(found) != 1:
        return None
    trip, agreement = found[0]
    evidence = {"period": [_iso(report.start), _iso(report.end)], **agreement}
    if _day_digit_lost(report.decision_date, trip.decision_date):
        evidence |= {"cited_date": _iso(report.decision_date), "decision_date": _iso(trip.decision_date)}
    if report.end is None:
        return Link(trip.trip_id, "start_unit_destination", 0.75, evidence)
    return Link(trip.trip_id, "period_unit_destination", 0.8, evidence)


def _day_digit_lost(cited: dt.date | None, decided: dt.date | None) -> bool:
    """Whether a cited decision date is the decision's with one digit of its day lost ("ngày 2/3/2026" read for
    "20/3/2026" under a fax's noise): the same month and year, the day's digits but one. Another digit ("27/8" for
    "26/8") is another decision's date."""
    if cited is None or decided is None or (cited.year, cited.month) != (decided.year, decided.month):
        return False
    day = str(decided.day)
    return len(day) == 2 and str(cited.day) in {day[1:], day[:1]} and cited != decided


def _by_number(report: ReportFacts, trips: Sequence[TripFacts]) -> Link | None:
    exact = [trip for trip in trips if trip.key == report.key]
    method, score = "decision_number", 0.95
    if not exact and report.key and report.decision_date:
        # one OCR slip in the number, confirmed by the decision date
        exact = [
            trip
            for trip in trips
            if trip.key
            and trip.decision_date == report.decision_date
            and Levenshtein.distance(trip.key, report.key) == 1
        ]
        method, score = "decision_number_fuzzy", 0.85
    if report.decision_date:
        dated = [trip for trip in exact if trip.decision_date == report.decision_date]
        undated = [trip for trip in exact if trip.decision_date is None]
        if dated:
            exact, score = dated, 1.0 if method == "decision_number" else score
        else:
            exact = undated  # same number, another date: a reused number, not this decision
    if not exact:
        return None
    if len(exact) > 1:  # same number, no date to tell them apart: the latest decision before the report
        before = [
            t for t in exact if t.decision_date and (not report.report_date or t.decision_date <= report.report_date)
        ]
        exact = [max(before, key=lambda t: t.decision_date or dt.date.min)] if before else exact[:1]
        score -= 0.15
    trip = exact[0]
    evidence = {
        "cited_number_key": report.key,
        "decision_number_key": trip.key,
        "cited_date": _iso(report.decision_date),
        "decision_date": _iso(trip.decision_date),
    }
    return Link(trip.trip_id, method, round(score, 3), evidence)


def _dates_contradict(report: ReportFacts, trip: TripFacts) -> bool:
    """Both periods known and apart: the same person of the same unit goes to the same country twice a year."""
    return bool(report.start and report.end and trip.start and trip.end) and not _overlaps(report, trip)


def _overlaps(report: ReportFacts, trip: TripFacts) -> bool:
    if report.start and report.end and trip.start and trip.end:
        return report.start <= trip.end and trip.start <= report.end
    if report.report_date and trip.end:
        return trip.end <= report.report_date <= trip.end + dt.timedelta(days=60)
    return False


def _by_person_place_dates(report: ReportFacts, trips: Sequence[TripFacts]) -> Link | None:
    """No usable citation: the reporter among the members, plus a shared destination or overlapping dates.

    A report that cites a decision we do not hold (not ingested yet) needs both: its own citation says
    it answers another trip unless everything else agrees. A trip none of whose countries the report names, when
    both name some, is another trip of the reporter's (a report on Tokyo, its date misread into the weeks after his
    trip to Paris, is not that trip's).
    """
    if not report.reporter:
        return None
    reporter = name_key(report.reporter)
    best: Link | None = None
    for trip in trips:
        if not _is_member(reporter, trip):
            continue
        shared = sorted(report.destinations & trip.destinations)
        if not shared and report.destinations and trip.destinations:
            continue
        overlap = _overlaps(report, trip)
        if not (shared and overlap) if report.key else not (shared or overlap):
            continue
        score = round(0.6 + 0.15 * bool(shared) + 0.15 * overlap, 3)
        if best is None or (best.score or 0) < score:
            evidence = {"reporter": report.reporter, "shared_destinations": shared, "dates_overlap": overlap}
            best = Link(trip.trip_id, "person_destination_dates", score, evidence)
    return best


FILED_WITHIN = dt.timedelta(days=60)
"""How long after a trip's return its report is dated at most, to be taken as that trip's (`_filed_after`)."""


def _filed_after(report: ReportFacts, trip: TripFacts) -> bool:
    """The report dated on or after the trip's return, within `FILED_WITHIN`: a report follows its trip."""
    filed, back = report.report_date, trip.end
    return filed is not None and back is not None and back <= filed <= back + FILED_WITHIN


def _by_unit_filed_after_return(report: ReportFacts, trips: Sequence[TripFacts]) -> Link | None:
    """A report whose number and period were lost (a fax's noise over its opening sentence) and whose reporter is
    no member (`_by_person_place_dates` failed): the unit agreeing, the report dated after the trip's return
    (`_filed_after`), and one more fact — the decision date it cites, or a destination — on exactly one trip.
    A report citing a number no decision holds, even fuzzily (tried first), its period lost, is taken the same way
    among the decisions whose own number was not read (a pen-filled number on a scan): the number it cites may be
    theirs, not another's. A report whose own date was lost too is taken only when it names every country of a trip
    of several and no other ("Kết quả chuyến công tác tại Ô-xtrây-li-a, Niu Di-lân và Xinh-ga-po"): an itinerary
    no other trip of the unit shares. Below LINK_SURE: a finding on it is a review."""
    if (report.start and report.end) or not report.unit:
        return None
    found: list[tuple[TripFacts, dict[str, Any]]] = []
    for trip in trips:
        if (report.key and trip.key) or _cited_date_contradicts(report, trip):
            continue
        if report.report_date is None:
            itinerary = len(trip.destinations) > 1 and report.destinations == trip.destinations
            if itinerary and (unit := _unit_agreement(report, trip)):
                found.append((trip, {"unit_match": unit, "destinations": sorted(trip.destinations)}))
            continue
        if not _filed_after(report, trip):
            continue
        unit = _unit_agreement(report, trip)
        dated = report.decision_date is not None and report.decision_date == trip.decision_date
        shared = sorted(report.destinations & trip.destinations)
        if unit and (dated or shared):
            found.append((trip, {"unit_match": unit, "cited_date_agrees": dated, "destinations": shared}))
    if len(found) != 1:
        return None
    trip, agreement = found[0]
    evidence = {
        "report_date": _iso(report.report_date),
        "trip_end": _iso(trip.end),
        "cited_number_key": report.key,
        **agreement,
    }
    return Link(trip.trip_id, "unit_filed_after_return", 0.75, evidence)


def _fuzzy_unless_own_period(report: ReportFacts, trips: Sequence[TripFacts]) -> Link | None:
    """`_fuzzy_number`, unless it found a trip the report's own period contradicts (excused only for a report on
    several trips, `ReportFacts.several`) while one decision whose number was not read is of that very period
    (`_by_period_and_unit`): that one explains both the number no trip holds and the period ("690/QĐ-ĐHLĐXH", that
    scan's number unread, not "240/QĐ-ĐHLĐXH" two digits off whose trip was months before). The period is excused
    only when nothing else accounts for it."""
    fuzzy = _fuzzy_number(report, trips)
    found = next((trip for trip in trips if fuzzy and trip.trip_id == fuzzy.trip_id), None)
    if found is not None and _dates_contradict(report, found):
        return _by_period_and_unit(report, trips) or fuzzy
    return fuzzy


def match_report(report: ReportFacts, trips: Sequence[TripFacts]) -> Link:
    """The trip a report answers, how it was found and how sure; trip_id None when nothing matches."""
    found = (
        ((_by_number(report, trips) or _fuzzy_unless_own_period(report, trips)) if report.key else None)
        or _by_date_and_unit(report, trips)
        or _by_person_place_dates(report, trips)
        or _by_date_and_period(report, trips)
        or _by_period_and_unit(report, trips)
        or _by_own_period(report, trips)
        or _by_unit_filed_after_return(report, trips)
    )
    if found is not None:
        return found
    tried = {"cited_number_key": report.key, "cited_date": _iso(report.decision_date), "reporter": report.reporter}
    return Link(None, None, None, {"unmatched": True, **tried})


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


class TripIndex:
    """The trips any method of `match_report` could pick for a report, found by lookups instead of a pass over
        every trip: a number key within two edits of the cited one or of its serial (`serial`), the cited decision date,
        a member the reporter may be (`_is_member`: given names compatible, found through their keys, and the names
        close), a decision of the report's very period (`_by_period_and_unit`, `_by_own_period`), the trips back shortly
    before an undated-period report, or of its whole itinerary when its date is lost too. Every method picks
        among those only, and they keep the trips' order, so matching against them is matching against all."""

    def __init__(self, trips: Sequence[TripFacts], amending: Sequence[TripFacts] = ()) -> None:
        self.trips = trips
        self.amending = amending
        self._by_key: dict[str, list[int]] = defaultdict(list)
        self._by_serial: dict[str, list[int]] = defaultdict(list)
        self._by_date: dict[dt.date, list[int]] = defaultdict(list)
        self._by_given: dict[str, list[tuple[str, int]]] = defaultdict(list)
        self._by_period: dict[tuple[dt.date, dt.date], list[int]] = defaultdict(list)
        self._by_start: dict[dt.date, list[int]] = defaultdict(list)
        self._by_end = sorted((trip.end, position) for position, trip in enumerate(trips) if trip.end)
        self._by_itinerary: dict[frozenset[str], list[int]] = defaultdict(list)
        for position, trip in enumerate(trips):
            if trip.key:
                self._by_key[trip.key].append(position)
            if number := serial(trip.key):
                self._by_serial[number].append(position)
            if trip.start and trip.end:
                self._by_period[(trip.start, trip.end)].append(position)
                self._by_start[trip.start].append(position)
            if trip.decision_date:
                self._by_date[trip.decision_date].append(position)
            if len(trip.destinations) > 1:
                self._by_itinerary[trip.destinations].append(position)
            for member in set(trip.members):
                for key in given_keys(member.rsplit(" ", 1)[-1]):
                    self._by_given[key].append((member, position))
        self._keys = list(self._by_key)

    def candidates(self, report: ReportFacts) -> list[TripFacts]:
        found: set[int] = set()
        if report.key:
            near = process.extract(report.key, self._keys, scorer=OSA.distance, score_cutoff=2, limit=None)
            for key, _, _ in near:
                found.update(self._by_key[key])
            found.update(self._by_serial.get(serial(report.key) or "", ()))
        if report.decision_date:
            found.update(self._by_date.get(report.decision_date, ()))
        if report.start and report.end:
            found.update(self._by_period.get((report.start, report.end), ()))
        elif report.start:  # `_by_own_period` on the period's first day, its end lost
            found.update(self._by_start.get(report.start, ()))
        if not (report.start and report.end) and report.report_date:
            # `_by_unit_filed_after_return`: trips back shortly before (if numbered, unread)
            low = bisect.bisect_left(self._by_end, (report.report_date - FILED_WITHIN, -1))
            high = bisect.bisect_right(self._by_end, (report.report_date, len(self.trips)))
            found.update(p for _, p in self._by_end[low:high] if not (report.key and self.trips[p].key))
        elif not (report.start and report.end):  # `_by_unit_filed_after_return`, its date lost: the whole itinerary
            found.update(self._by_itinerary.get(report.destinations, ()))
        reporter = name_key(report.reporter) if report.reporter else ""
        if reporter:
            named = [pair for key in given_keys(reporter.rsplit(" ", 1)[-1]) for pair in self._by_given.get(key, ())]
            names = [member for member, _ in named]
            close = process.extract(reporter, names, scorer=fuzz.ratio, score_cutoff=NAME_THRESHOLD, limit=None)
            found.update(named[index][1] for member, _, index in close if given_names_compatible(reporter, member))
        return [self.trips[position] for position in sorted(found)]

    def by_number(self, report: ReportFacts) -> list[TripFacts]:
        """The trips `_by_number` looks at: the cited number, or one edit off it on the cited date."""
        found = set(self._by_key.get(report.key or "", ()))
        if report.key and report.decision_date:
            for position in self._by_date.get(report.decision_date, ()):
                key = self.trips[position].key
                if key and Levenshtein.distance(key, report.key) == 1:
                    found.add(position)
        return [self.trips[position] for position in sorted(found)]

    def match(self, report: ReportFacts) -> Link:
        """`match_report` over every trip: most reports cite their decision's number, found by one lookup. The
        number of a decision that amended a trip, cited as read, comes before any fuzzy reading of the number: a
        report citing the amendment that added its reporter is that trip's, not the reporter's other trip whose
        number is two edits away."""
        if report.key and (link := _by_number(report, self.by_number(report))):
            return link
        if report.key and (via := _by_number(report, self.amending)):
            return _via_amending(via)  # the very number of a decision amending a trip outranks a near number
        link = match_report(report, self.candidates(report))
        if link.trip_id is None and report.key and (via := _fuzzy_number(report, self.amending)):
            return _via_amending(via)
        return link


def _via_amending(link: Link) -> Link:
    """A link found through a decision amending the trip (`_amending`), the evidence saying so."""
    return replace(link, evidence={**link.evidence, "cites_amending_decision": True})


def _load_trips(con: duckdb.DuckDBPyConnection, only: Iterable[str] | None = None) -> list[TripFacts]:
    """Every trip's facts (or those of the trips `only` names), in trip_id order: where two trips are equally
    good, the matcher keeps the first."""
    with registered_keys(con, "_only_trips", only or ()):
        rows = con.execute(
            f"""
            WITH dest AS (SELECT trip_id, list(country) AS countries FROM trip_destinations GROUP BY trip_id),
            mem AS (SELECT trip_id, list(name) AS names, list(unit) AS units FROM trip_members GROUP BY trip_id)
            SELECT t.trip_id, t.decision_number, t.decision_date, t.start_date, t.end_date, dest.countries,
                   mem.names, list_distinct(list_concat([coalesce(t.issuer, d.issuer)], mem.units)),
                   CASE WHEN t.decision_date IS NULL THEN d.document_json->>'issue_date_partial' END
            FROM trips t LEFT JOIN documents d ON d.sha256 = t.trip_id
            LEFT JOIN dest USING (trip_id) LEFT JOIN mem USING (trip_id)
            {"" if only is None else "WHERE t.trip_id IN (SELECT k FROM _only_trips)"}
            ORDER BY t.trip_id
            """
        ).fetchall()
    return [
        TripFacts(
            trip_id,
            decision_key(number),
            date,
            start,
            end,
            frozenset(fold(c) for c in countries or []),
            tuple(name_key(n) for n in members or []),
            tuple(fold(u) for u in units or [] if u),
            month,
        )
        for trip_id, number, date, start, end, countries, members, units, month in rows
    ]


def _amending(con: duckdb.DuckDBPyConnection, trips: Sequence[TripFacts]) -> list[TripFacts]:
    """Each amended trip's facts under the number and date of a decision that amended it: a report may cite only
    that decision ("thời gian công tác đã được gia hạn theo Quyết định số …", the line citing the trip's own
    decision lost under a received stamp), and answers the trip as amended. Its very number is tried right after
    the trips' own (it outranks another trip's number a few edits away); a number near it only when nothing else
    links."""
    by_id = {trip.trip_id: trip for trip in trips}
    rows = con.execute(
        "SELECT DISTINCT a.trip_id, d.number, d.issue_date, d.document_json->>'issue_date_partial' "
        "FROM trip_amendments a JOIN documents d ON d.sha256 = a.source_sha256 ORDER BY 1, 2"
    ).fetchall()
    return [
        replace(by_id[trip], key=decision_key(number), decision_date=date, decision_month=None if date else month)
        for trip, number, date, month in rows
        if trip in by_id and number
    ]


def _load_reports(con: duckdb.DuckDBPyConnection) -> list[ReportFacts]:
    rows = con.execute(
        "SELECT sha256, cited_decision_number, cited_decision_date, start_date, end_date, report_date, "
        "destinations, reporter, coalesce(reporting_unit, issuer), coalesce(also_cited <> '[]', false) FROM reports"
    ).fetchall()
    return [
        ReportFacts(
            sha,
            decision_key(number),
            date,
            start,
            end,
            report_date,
            frozenset(fold(c) for c in dests or []),
            rep,
            fold(unit or ""),
            several,
        )
        for sha, number, date, start, end, report_date, dests, rep, unit, several in rows
    ]


def link_reports(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Set reports.trip_id, link_method, link_score and link_evidence for every report.

    Returns counts: reports, linked, unlinked (kept, with trip_id null and what was tried).
    """
    with transaction(con):
        return relink_reports(con)


def relink_reports(con: duckdb.DuckDBPyConnection, changes: Changes | None = None) -> dict[str, int]:
    """`link_reports` in the caller's transaction. With `changes` (documents changed since the last linking),
    only the reports whose link may change: those changed, and those a changed trip is a candidate for (as it
    is now, or as it was: an old version may have been the one chosen, or have made a fuzzy link ambiguous)."""
    reports = _load_reports(con)
    if changes is not None:
        reports = _affected(con, reports, changes)
    if reports:
        trips = _load_trips(con)
        index = TripIndex(trips, _amending(con, trips))
        rows = []
        for report in reports:
            link = index.match(report)
            evidence = json.dumps(link.evidence, ensure_ascii=False)
            rows.append((report.sha256, link.trip_id, link.method, link.score, evidence))
        write_rows(con, "reports", ("sha256", "trip_id", "link_method", "link_score", "link_evidence"), rows, keys=1)
    apply_report_links(con)  # a person's answer outranks the matcher
    link_cocited(con, decision_key, unit_match)  # a report on several trips: the further decisions it cites
    counts = con.execute("SELECT count(*), count(trip_id) FROM reports").fetchone() or (0, 0)
    return {"reports": counts[0], "linked": counts[1], "unlinked": counts[0] - counts[1]}


_BY_NUMBER = ("decision_number", "decision_number_fuzzy")
"""Link methods of `_by_number`: tried first, its result rests only on the trips with the cited number or one
edit from it on the cited date, so only such a trip changing can change it."""


def _affected(con: duckdb.DuckDBPyConnection, reports: list[ReportFacts], changes: Changes) -> list[ReportFacts]:
    """The reports to match again after `changes`: changed themselves, or with a changed trip (as it is now, or
    as it was: an old version may have been the one chosen, or have made a fuzzy link ambiguous) among the trips
    their link rests on: those `_by_number` looks at for a report it linked, else every candidate."""
    versions = _load_trips(con, changes.changed)
    versions += [
        TripFacts(sha, decision_key(before.decision_number), before.decision_date, None, None, frozenset(),
                  tuple(name_key(name) for name in before.member_names))
        for sha, before in changes.before.items()
    ]  # fmt: skip
    changed = TripIndex(versions)
    methods = dict(con.execute("SELECT sha256, link_method FROM reports").fetchall())

    def rests_on(report: ReportFacts, trip: TripFacts) -> bool:
        if methods.get(report.sha256) not in _BY_NUMBER:
            return True
        same_day = report.decision_date is not None and trip.decision_date == report.decision_date
        return trip.key == report.key or (same_day and Levenshtein.distance(trip.key or "", report.key or "") == 1)

    return [
        report
        for report in reports
        if report.sha256 in changes.changed or any(rests_on(report, trip) for trip in changed.candidates(report))
    ]


def link_all(con: duckdb.DuckDBPyConnection, settings: Settings, *, full: bool = False) -> dict[str, dict[str, int]]:
    """Amendments first, then people (reports may then match on the reporter), then reports: what ingest runs
    after a load.

    Only what changed since the last linking is linked again (`pipeline.link.state`), with the result a full
    linking gives; `full` (`congvan link --full`) redoes everything. The links, the review items they leave
    uncertain, what linking saw (`link_state`) and the freshness mark (`links_stale`) are written in one
    transaction: a linking killed midway leaves the previous one whole, and the next run does the work."""
    with transaction(con):
        apply_amendments(con, decision_key)  # first: people and reports are linked to the trips as amended
        changes = None if full else changes_since_linked(con, settings)
        counts = {"people": relink_people(con, settings, changes), "reports": relink_reports(con, changes)}
        raise_link_items(con)
        save_link_state(con, settings, changes)
        mark_links_fresh(con)
    return counts
