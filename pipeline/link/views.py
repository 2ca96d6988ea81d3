"""Trips, reports, people and merges as plain records for the command line and other readers.

Read-only queries over the tables `pipeline.link` fills; each record is JSON-ready (dates as ISO strings).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import duckdb


def _json_ready(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, list):
        return [_json_ready(item) for item in value]
    if isinstance(value, dict):
        return {key: _json_ready(item) for key, item in value.items()}
    return value


def _records(con: duckdb.DuckDBPyConnection, query: str, parameters: list[Any] | None = None) -> list[dict[str, Any]]:
    cursor = con.execute(query, parameters or [])
    columns = [column[0] for column in cursor.description or []]
    return [{c: _json_ready(v) for c, v in zip(columns, row, strict=True)} for row in cursor.fetchall()]


def list_trips(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Every trip with its members, destinations (countries, and places by level), countries passed through,
    dates, funding (with a paying firm's foreign country), the words permitting it when it is a private trip, and
    linked report (None when unreported)."""
    trips = _records(
        con,
        "SELECT trip_id, decision_number, decision_date, issuer, start_date, end_date, funding, sponsor, "
        "sponsor_country, inviter, purpose, submitted_on, cities, regions, declared_size, urgent, "
        "joins_central_delegation, transit, transit_codes, private_trip "
        "FROM trips ORDER BY start_date NULLS LAST, decision_date, trip_id",
    )
    places = _grouped(con, "SELECT trip_id, name, country, level FROM trip_places ORDER BY trip_id, ordinal")
    members = _grouped(
        con,
        "SELECT trip_id, name, title, unit, role, is_key_leader, person_id FROM trip_members ORDER BY trip_id, ordinal",
    )
    destinations = _grouped(con, "SELECT trip_id, country, iso_code FROM trip_destinations ORDER BY trip_id, ordinal")
    reports = _grouped(
        con,
        "SELECT trip_id, sha256, number, report_date, reporter, link_method, link_score FROM v_report_links "
        "ORDER BY trip_id, report_date NULLS LAST, sha256",
    )
    for trip in trips:
        trip_id = trip["trip_id"]
        trip["members"] = members.get(trip_id, [])
        trip["destinations"] = destinations.get(trip_id, [])
        trip["places"] = places.get(trip_id, [])
        trip["reports"] = reports.get(trip_id, [])
        trip["report"] = trip["reports"][0] if trip["reports"] else None
    return trips


def _grouped(con: duckdb.DuckDBPyConnection, query: str) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for record in _records(con, query):
        grouped.setdefault(record.pop("trip_id"), []).append(record)
    return grouped


def list_reports(con: duckdb.DuckDBPyConnection, unlinked_only: bool = False) -> list[dict[str, Any]]:
    """Trip reports with the trip each was linked to, how and why (or what was tried when nothing matched)."""
    where = "WHERE trip_id IS NULL " if unlinked_only else ""
    records = _records(
        con,
        "SELECT sha256, number, report_date, reporter, reporting_unit, cited_decision_number, cited_decision_date, "
        f"destinations, start_date, end_date, trip_id, link_method, link_score, link_evidence FROM reports {where}"
        "ORDER BY report_date NULLS LAST, sha256",
    )
    for record in records:
        record["link_evidence"] = json.loads(record["link_evidence"]) if record["link_evidence"] else None
    return records


def list_people(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Resolved people: latest title and unit, key-leader mark, spellings met, how often and when seen."""
    return _records(
        con,
        "SELECT person_id, name, title, unit, is_key_leader, aliases, units, mention_count, first_seen, last_seen "
        "FROM people ORDER BY name, person_id",
    )


def list_merges(con: duckdb.DuckDBPyConnection, same_document: bool = False) -> list[dict[str, Any]]:
    """Merges with their evidence, undone ones kept (and flagged) so the history stays visible.

    Merges within one document (a member also named in its text) are routine; `same_document` adds them.
    """
    where = "" if same_document else "WHERE m.matched_sha256 IS DISTINCT FROM m.sha256 "
    records = _records(
        con,
        "SELECT m.merge_id, m.person_id, p.name AS person_name, m.sha256, m.role, m.ordinal, m.score, m.undone, "
        "m.undone_at, m.created_at, m.evidence FROM person_merges m LEFT JOIN people p USING (person_id) "
        f"{where}ORDER BY p.name NULLS LAST, m.created_at, m.merge_id",
    )
    for record in records:
        record["evidence"] = json.loads(record["evidence"]) if record["evidence"] else None
    return records
