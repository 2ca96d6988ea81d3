"""A report on several trips: the further decisions it cites linked to their trips (`report_trips`).

A unit that makes two trips close together may report both at once ("Thực hiện Quyết định số 893/QĐ-UBND ngày
30/10/2026 và Quyết định số 897/QĐ-UBND ngày 03/11/2026 …, Sở đã tổ chức hai chuyến công tác"): the report
answers each, so each trip has its report and neither is "missing". `reports.trip_id` keeps the link
`pipeline.link.reports` makes by the first decision; the further ones (`reports.also_cited`,
`extractors.reports.cited_decisions`) link here by their exact number — and date, when both are known — to the
one trip that has it: no fuzzy match, since no other fact of the report (its period, its reporter) is the second
trip's alone. A cited decision that is no trip (an amendment of the first) links nothing. Rebuilt whole at every
linking: few reports cite several decisions.

A report whose further citation OCR lost ("… số 154" / "1561/QĐ-UBND …", the lines of a scan's stamped opening
interleaved) still dates its other trip: when the report's own period is not its linked trip's, the one trip of that
very period whose unit and a destination agree with the report's is linked too (`_by_own_period`, method
`report_period_unit_destination`, below the review queue's LINK_SURE: a finding resting on it is a review). A
further decision whose number no trip holds (that scan's pen-filled number unread) links by its cited date to the one
unnumbered trip of that date — or of that month, its day unread too — whose unit and a destination agree
(`_by_cited_date`, method `cited_date_unit_destination`, below LINK_SURE as well).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable

import duckdb

from extractors.date_ranges import find_periods
from extractors.vntext import fold


def link_cocited(
    con: duckdb.DuckDBPyConnection,
    key: Callable[[str | None], str | None],
    unit_match: Callable[[str, str], str | None],
) -> int:
    """Rebuild `report_trips`; the number of links. `key` compares decision numbers
    (`pipeline.link.reports.decision_key`), `unit_match` units (`pipeline.link.reports.unit_match`)."""
    con.execute("DELETE FROM report_trips")
    rows = [*_by_cited_number(con, key), *_by_own_period(con, unit_match), *_by_cited_date(con, key, unit_match)]
    rows = list({(row[0], row[1]): row for row in rows}.values())
    if rows:
        con.executemany(
            "INSERT INTO report_trips (sha256, trip_id, cited_number, cited_date, link_method, link_score) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
    return len(rows)


_Row = tuple[str, str, str | None, dt.date | None, str, float]


def _by_cited_number(con: duckdb.DuckDBPyConnection, key: Callable[[str | None], str | None]) -> list[_Row]:
    """The further decisions a report cites, each to the one trip with its exact number (and date)."""
    reports = con.execute(
        "SELECT sha256, trip_id, also_cited FROM reports WHERE also_cited IS NOT NULL AND also_cited <> '[]'"
    ).fetchall()
    if not reports:
        return []
    trips: dict[str, list[tuple[str, dt.date | None]]] = defaultdict(list)
    for trip_id, number, date in con.execute(
        "SELECT trip_id, decision_number, decision_date FROM trips WHERE decision_number IS NOT NULL"
    ).fetchall():
        if (number_key := key(number)) is not None:
            trips[number_key].append((trip_id, date))
    rows: list[_Row] = []
    for sha256, own_trip, cited in reports:
        for decision in json.loads(cited):
            date = dt.date.fromisoformat(decision["date"]) if decision.get("date") else None
            found = [
                trip_id
                for trip_id, issued in trips.get(key(decision.get("number")) or "", [])
                if date is None or issued is None or issued == date
            ]
            if len(found) == 1 and found[0] != own_trip:
                score = 1.0 if date is not None else 0.95
                rows.append((sha256, found[0], decision.get("number"), date, "decision_number", score))
    return rows


OWN_PERIOD_SCORE = 0.8
"""A further trip found by the report's own period, unit and destination: below LINK_SURE, so a review."""


def _by_own_period(con: duckdb.DuckDBPyConnection, unit_match: Callable[[str, str], str | None]) -> list[_Row]:
    """A linked report's periods that lie apart from its trip's — the one it was read with, and each range its text
    states (`find_periods`: a report on several delegations gives each one's, "1. Đoàn … từ ngày … 2. Đoàn … từ ngày
    …", when the second decision's citation was lost): for each, the one other trip of exactly that period with no
    report of its own, whose issuer or a member's unit the report's unit names and which shares a destination."""
    reports = con.execute(
        """
        SELECT r.sha256, t.start_date, t.end_date, r.start_date, r.end_date, coalesce(r.reporting_unit, r.issuer),
               r.destinations, d.text
        FROM reports r
        JOIN trips t ON t.trip_id = r.trip_id
        LEFT JOIN documents d ON d.sha256 = r.sha256
        WHERE t.start_date IS NOT NULL AND t.end_date IS NOT NULL
        ORDER BY r.sha256
        """
    ).fetchall()
    if not reports:
        return []
    unreported: dict[tuple[dt.date, dt.date], list[tuple[str, list[str], list[str]]]] = defaultdict(list)
    for trip_id, start, end, units, countries in con.execute(
        """
        WITH mem AS (SELECT trip_id, list(unit) AS units FROM trip_members GROUP BY trip_id),
        dest AS (SELECT trip_id, list(country) AS countries FROM trip_destinations GROUP BY trip_id)
        SELECT o.trip_id, o.start_date, o.end_date, list_concat([coalesce(o.issuer, d.issuer)], mem.units),
               dest.countries
        FROM trips o
        LEFT JOIN documents d ON d.sha256 = o.trip_id
        LEFT JOIN mem ON mem.trip_id = o.trip_id
        LEFT JOIN dest ON dest.trip_id = o.trip_id
        WHERE o.start_date IS NOT NULL AND o.end_date IS NOT NULL
          AND o.trip_id NOT IN (SELECT trip_id FROM reports WHERE trip_id IS NOT NULL)
        ORDER BY o.trip_id
        """
    ).fetchall():
        unreported[(start, end)].append((trip_id, units or [], countries or []))
    rows: list[_Row] = []
    for sha256, own_start, own_end, start, end, unit, destinations, text in reports:
        stated = {(p.start, p.end) for p in find_periods(text or "") if p.start is not None and p.end is not None}
        periods = sorted(stated | ({(start, end)} if start is not None and end is not None else set()))
        for period in periods:
            if period[0] <= own_end and own_start <= period[1]:
                continue  # its own trip's
            reported = {fold(c) for c in destinations or []}
            agreeing = [
                trip_id
                for trip_id, units, countries in unreported.get(period, [])
                if unit and reported & {fold(c) for c in countries} and any(u and unit_match(unit, u) for u in units)
            ]
            if len(agreeing) == 1:
                rows.append((sha256, agreeing[0], None, None, "report_period_unit_destination", OWN_PERIOD_SCORE))
    return rows


def _by_cited_date(
    con: duckdb.DuckDBPyConnection,
    key: Callable[[str | None], str | None],
    unit_match: Callable[[str, str], str | None],
) -> list[_Row]:
    """A further decision cited by a number no trip holds (that scan's pen-filled number unread), with its date: the
    one other trip with no number and no report of its own whose decision is of that date (or, its pen-filled day
    unread too, of that month and year), not after its start, whose issuer or a member's unit the report's unit
    names and which shares a destination with the report."""
    numbered = {
        number_key
        for (number,) in con.execute("SELECT decision_number FROM trips WHERE decision_number IS NOT NULL").fetchall()
        if (number_key := key(number)) is not None
    }
    found = con.execute(
        """
        WITH mem AS (SELECT trip_id, list(unit) AS units FROM trip_members GROUP BY trip_id),
        dest AS (SELECT trip_id, list(country) AS countries FROM trip_destinations GROUP BY trip_id)
        SELECT r.sha256, r.trip_id, r.also_cited, coalesce(r.reporting_unit, r.issuer), r.destinations, o.trip_id,
               o.decision_date, d.document_json->>'issue_date_partial', o.start_date,
               list_concat([coalesce(o.issuer, d.issuer)], mem.units), dest.countries
        FROM reports r
        JOIN trips o ON o.trip_id <> r.trip_id AND o.decision_number IS NULL
        LEFT JOIN documents d ON d.sha256 = o.trip_id
        LEFT JOIN mem ON mem.trip_id = o.trip_id
        LEFT JOIN dest ON dest.trip_id = o.trip_id
        WHERE r.also_cited IS NOT NULL AND r.also_cited <> '[]'
          AND o.trip_id NOT IN (SELECT trip_id FROM reports WHERE trip_id IS NOT NULL)
        ORDER BY r.sha256, o.trip_id
        """
    ).fetchall()
    agreeing: dict[tuple[str, str, dt.date], list[str]] = defaultdict(list)
    for sha256, _, cited, unit, destinations, trip_id, issued, month, start, units, countries in found:
        shared = {fold(c) for c in destinations or []} & {fold(c) for c in countries or []}
        if not (unit and shared and any(u and unit_match(unit, u) for u in units or [])):
            continue
        for decision in json.loads(cited):
            if key(decision.get("number")) in numbered or not decision.get("date"):
                continue
            date = dt.date.fromisoformat(decision["date"])
            if (issued == date or (issued is None and month == f"{date:%Y-%m}")) and (start is None or date <= start):
                agreeing[(sha256, decision["number"], date)].append(trip_id)
    return [
        (sha256, trips[0], number, date, "cited_date_unit_destination", OWN_PERIOD_SCORE)
        for (sha256, number, date), trips in agreeing.items()
        if len(trips) == 1
    ]
