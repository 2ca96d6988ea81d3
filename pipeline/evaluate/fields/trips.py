"""Comparators of the trip (decisions) and report (trip reports) fields.

Members by name + title + unit (titles and units case-folded: a heading's capitals are presentation);
destinations by ISO code; dates as ISO; funding by kind, the sponsor apart; a report's decision by the
canonical decision key of `pipeline.link` (the one linking uses) plus its date.
"""

from __future__ import annotations

from collections.abc import Hashable

from extractors.places import code_of
from pipeline.evaluate.scoring import Record, norm, register_field
from pipeline.link.reports import decision_key


def _part(record: Record, key: str) -> Record:
    return record.get(key) or {}


def _scalar(value: object, casefold: bool = False) -> set[Hashable]:
    return {norm(value, casefold)} if value not in (None, "") else set()


@register_field("trip_members")
def trip_members(record: Record) -> set[Hashable]:
    return {
        (norm(m["name"]), norm(m.get("title") or "", casefold=True), norm(m.get("unit") or "", casefold=True))
        for m in _part(record, "trip").get("members") or []
        if m.get("name")
    }


@register_field("trip_member_names")
def trip_member_names(record: Record) -> set[Hashable]:
    return {norm(m["name"]) for m in _part(record, "trip").get("members") or [] if m.get("name")}


def _codes(part: Record) -> set[Hashable]:
    codes = part.get("destination_codes") or []
    if codes:
        return set(codes)
    return {code_of(name) or norm(name) for name in part.get("destinations") or []}


@register_field("trip_destinations")
def trip_destinations(record: Record) -> set[Hashable]:
    return _codes(_part(record, "trip"))


@register_field("trip_start")
def trip_start(record: Record) -> set[Hashable]:
    return _scalar(_part(record, "trip").get("start"))


@register_field("trip_end")
def trip_end(record: Record) -> set[Hashable]:
    return _scalar(_part(record, "trip").get("end"))


@register_field("trip_funding")
def trip_funding(record: Record) -> set[Hashable]:
    return _scalar(_part(record, "trip").get("funding"))


@register_field("trip_sponsor")
def trip_sponsor(record: Record) -> set[Hashable]:
    return _scalar(_part(record, "trip").get("sponsor"), casefold=True)


@register_field("trip_inviter")
def trip_inviter(record: Record) -> set[Hashable]:
    return _scalar(_part(record, "trip").get("inviter"), casefold=True)


@register_field("report_decision")
def report_decision(record: Record) -> set[Hashable]:
    report = _part(record, "report")
    key = decision_key(report.get("decision_number"))
    return {(key, report.get("decision_date"))} if key else set()


@register_field("report_reporter")
def report_reporter(record: Record) -> set[Hashable]:
    return _scalar(_part(record, "report").get("reporter"))


@register_field("report_destinations")
def report_destinations(record: Record) -> set[Hashable]:
    return {code_of(name) or norm(name) for name in _part(record, "report").get("destinations") or []}


@register_field("report_dates")
def report_dates(record: Record) -> set[Hashable]:
    report = _part(record, "report")
    return {(report.get("start"), report.get("end"))} if report.get("start") or report.get("end") else set()
