"""A report on several trips: the further decisions it cites linked to their trips (`report_trips`).

A unit that makes two trips close together may report both at once ("Thực hiện Quyết định số 893/QĐ-UBND ngày
30/10/2026 và Quyết định số 897/QĐ-UBND ngày 03/11/2026 …, Sở đã tổ chức hai chuyến công tác"): the report
answers each, so each trip has its report and neither is "missing". `reports.trip_id` keeps the link
`pipeline.link.reports` makes by the first decision; the further ones (`reports.also_cited`,
`extractors.reports.cited_decisions`) link here by their exact number — and date, when both are known — to the
one trip that has it: no fuzzy match, since no other fact of the report (its period, its reporter) is the second
trip's alone. A cited decision that is no trip (an amendment of the first) links nothing. Rebuilt whole at every
linking: few reports cite several decisions.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable

import duckdb


def link_cocited(con: duckdb.DuckDBPyConnection, key: Callable[[str | None], str | None]) -> int:
    """Rebuild `report_trips`; the number of links. `key` compares decision numbers
    (`pipeline.link.reports.decision_key`)."""
    con.execute("DELETE FROM report_trips")
    reports = con.execute(
        "SELECT sha256, trip_id, also_cited FROM reports WHERE also_cited IS NOT NULL AND also_cited <> '[]'"
    ).fetchall()
    if not reports:
        return 0
    trips: dict[str, list[tuple[str, dt.date | None]]] = defaultdict(list)
    for trip_id, number, date in con.execute(
        "SELECT trip_id, decision_number, decision_date FROM trips WHERE decision_number IS NOT NULL"
    ).fetchall():
        if (number_key := key(number)) is not None:
            trips[number_key].append((trip_id, date))
    rows = []
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
    rows = list({(row[0], row[1]): row for row in rows}.values())
    if rows:
        con.executemany(
            "INSERT INTO report_trips (sha256, trip_id, cited_number, cited_date, link_method, link_score) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
    return len(rows)
