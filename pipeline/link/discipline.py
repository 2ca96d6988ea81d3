"""Disciplinary records from the office's register (CSV) into `discipline_records`, which the discipline
check matches to trip members.

No document in the archive says who is under disciplinary review, so the office (Ban Tổ chức, Sở Nội vụ)
imports its register: one row per person and case, with the columns `name`, `unit`, `from` (dd/mm/yyyy or
ISO), `to` (blank: still open), `decision` (the decision or notice, as written) and optionally `source`.
Rows are not matched to people here: a record must meet trips ingested after it, so the check matches by
name (case and diacritics aside) and unit when it runs, and says how well the unit agreed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

import duckdb

from extractors.vntext import fold, squash
from pipeline.link.passports import register_date, register_rows
from pipeline.store.write import transaction

COLUMNS = ("name", "unit", "from", "to", "decision")
REQUIRED = ("name", "from")


@dataclass(frozen=True)
class DisciplineRecord:
    """One register row: who, in which unit, under review or discipline from when until when, by which act."""

    line: int
    name: str
    unit: str | None
    from_date: dt.date
    to_date: dt.date | None
    decision: str | None
    source: str | None

    @property
    def record_id(self) -> str:
        key = "|".join([fold(self.name), fold(self.unit or ""), self.from_date.isoformat(), self.decision or ""])
        return "D-" + hashlib.sha256(key.encode()).hexdigest()[:12]


def read_discipline_register(text: str) -> tuple[list[DisciplineRecord], list[str]]:
    """The register's rows, and one "line N: reason" for each row that cannot be read."""
    numbered, problems = register_rows(text, REQUIRED)
    rows: list[DisciplineRecord] = []
    for line, row in numbered:
        name, unit, start, end, decision = (squash(row.get(c) or "") for c in COLUMNS)
        if not name or not start:
            problems.append(f"line {line}: name and from are required")
            continue
        first, last = register_date(start), register_date(end)
        if first is None or (end and last is None):
            problems.append(f"line {line}: {'from' if first is None else 'to'} is not a date")
            continue
        if last is not None and last < first:
            problems.append(f"line {line}: to ({end}) is before from ({start})")
            continue
        rows.append(
            DisciplineRecord(
                line, name, unit or None, first, last, decision or None, squash(row.get("source") or "") or None
            )
        )
    return rows, problems


def load_discipline_register(con: duckdb.DuckDBPyConnection, rows: list[DisciplineRecord], default_source: str) -> int:
    """Write the rows in one transaction (the same record imported again replaces itself); returns how many."""
    with transaction(con):
        for row in rows:
            con.execute("DELETE FROM discipline_records WHERE record_id = ?", [row.record_id])
            con.execute(
                "INSERT INTO discipline_records VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    row.record_id,
                    row.name,
                    row.unit,
                    row.from_date,
                    row.to_date,
                    row.decision,
                    row.source or default_source,
                    row.line,
                ],
            )
    return len(rows)
