"""Passport hand-backs from the office's register (CSV) into `passport_returns`, which the passport check reads.

No document records when an official/diplomatic passport came back, so the register kept by the office
(Sở Ngoại vụ) is imported: one row per traveller and trip, with the columns `decision_number` (the decision
that sent them), `name`, `returned_on` (dd/mm/yyyy or ISO; blank: not handed back yet) and, optionally,
`source`. A row is matched to its trip by the decision number (tolerant of "QD"/"QĐ" and spaces) and to a
member of that trip by name (case and diacritics aside); a row that matches nothing is reported, never
guessed. Importing the same register again replaces its rows.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass

import duckdb

from extractors.dates import parse_date
from extractors.vntext import fold, squash
from pipeline.link.reports import decision_key
from pipeline.store.write import transaction

COLUMNS = ("decision_number", "name", "returned_on")


@dataclass(frozen=True)
class PassportReturn:
    """One register row: who, on which decision's trip, handed back when (None: not yet)."""

    line: int
    decision_number: str
    name: str
    returned_on: dt.date | None
    source: str | None


def read_register(text: str) -> tuple[list[PassportReturn], list[str]]:
    """The register's rows, and one "line N: reason" for each row that cannot be read."""
    numbered, problems = register_rows(text, COLUMNS)
    rows: list[PassportReturn] = []
    for line, row in numbered:
        number, name, day = (squash(row.get(c) or "") for c in COLUMNS)
        if not number or not name:
            problems.append(f"line {line}: decision_number and name are required")
            continue
        returned = register_date(day)
        if day and returned is None:
            problems.append(f"line {line}: returned_on {day!r} is not a date")
            continue
        rows.append(PassportReturn(line, number, name, returned, squash(row.get("source") or "") or None))
    return rows, problems


def register_rows(text: str, required: Sequence[str]) -> tuple[list[tuple[int, dict[str, str]]], list[str]]:
    """An office register's CSV rows with their line numbers (Excel's BOM dropped), or, when a required
    column is missing, no rows and the problem."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [c for c in required if c not in (reader.fieldnames or [])]
    if missing:
        return [], [f"line 1: missing column(s) {', '.join(missing)}"]
    return list(enumerate(reader, start=2)), []


def register_date(text: str) -> dt.date | None:
    """A register cell as a date: ISO, or as offices write it (dd/mm/yyyy); None when blank or unreadable."""
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return parse_date(text)


def load_register(
    con: duckdb.DuckDBPyConnection, rows: list[PassportReturn], default_source: str
) -> tuple[int, list[str]]:
    """Write the rows that match a trip member, in one transaction; (rows written, "line N: reason" for others)."""
    trips: dict[str, list[str]] = {}
    for trip_id, number in con.execute("SELECT trip_id, decision_number FROM trips").fetchall():
        key = decision_key(number)
        if key:
            trips.setdefault(key, []).append(trip_id)
    members: dict[str, dict[str, tuple[str, str | None]]] = {}
    for trip_id, name, person_id in con.execute("SELECT trip_id, name, person_id FROM trip_members").fetchall():
        members.setdefault(trip_id, {})[fold(squash(name))] = (name, person_id)
    matched: list[tuple[str, str, str | None, dt.date | None, str]] = []
    problems: list[str] = []
    for row in rows:
        found = trips.get(decision_key(row.decision_number) or "", [])
        if len(found) != 1:
            reason = "no trip" if not found else f"{len(found)} trips"
            problems.append(f"line {row.line}: {reason} for decision {row.decision_number}")
            continue
        member = members.get(found[0], {}).get(fold(row.name))
        if member is None:
            problems.append(f"line {row.line}: {row.name} is not a member of decision {row.decision_number}'s trip")
            continue
        matched.append((found[0], member[0], member[1], row.returned_on, row.source or default_source))
    with transaction(con):
        for trip_id, name, person_id, returned_on, source in matched:
            con.execute("DELETE FROM passport_returns WHERE trip_id = ? AND name = ?", [trip_id, name])
            con.execute(
                "INSERT INTO passport_returns (trip_id, name, person_id, returned_on, source) VALUES (?, ?, ?, ?, ?)",
                [trip_id, name, person_id, returned_on, source],
            )
    return len(matched), problems
