"""Test databases for the rule base and checks: schema from pipeline/sql, a calendar from a given holiday list,
and trips inserted directly (what pipeline.store and pipeline.link would write)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from schemas.document import DocType, Document, Source

SQL_DIR = Path(__file__).resolve().parent.parent / "pipeline" / "store" / "sql"


def new_db() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    for path in sorted(SQL_DIR.glob("*.sql")):
        con.execute(path.read_text(encoding="utf-8"))
    return con


def fill_calendar(
    con: duckdb.DuckDBPyConnection,
    first: dt.date,
    last: dt.date,
    days_off: Iterable[dt.date],
    makeup: Iterable[dt.date] = (),
) -> None:
    off, work = set(days_off), set(makeup)
    rows = []
    index = 0
    day = first
    while day <= last:
        working = day in work or (day.weekday() < 5 and day not in off)
        index += working
        kind = "makeup_working" if day in work else "holiday" if day in off else "weekend" if not working else "working"
        rows.append((day, working, None, kind, index))
        day += dt.timedelta(days=1)
    con.executemany("INSERT INTO calendar VALUES (?, ?, ?, ?, ?)", rows)


def dispatch(text: str, number: str, issuer: str, issued: dt.date, sha: str = "d" * 64) -> Document:
    return Document(
        source=Source(path=f"{number}.txt", sha256=sha, pages=1),
        text=text,
        doc_type=DocType.CONG_VAN,
        number=number,
        issuer=issuer,
        issue_date=issued,
        subject="V/v quản lý đoàn ra",
    )


def approved_2026(text: str, number: str, issuer: str, issued: dt.date) -> duckdb.DuckDBPyConnection:
    """A store with 2026's calendar (weekends off) and the rules of one dispatch, every one approved."""
    from pipeline.rules.rulebase import propose_rules, set_status

    con = new_db()
    fill_calendar(con, dt.date(2026, 1, 1), dt.date(2026, 12, 31), [])
    propose_rules(con, [dispatch(text, number, issuer, issued)], actor="t")
    set_status(con, "approve", [], actor="reviewer", every=True)
    return con


@dataclass
class Member:
    name: str
    unit: str
    key: bool = False
    honorific: str | None = None
    person_id: str | None = None
    title: str | None = None
    role: str | None = None


@dataclass
class TripFact:
    number: str
    start: dt.date
    end: dt.date
    countries: list[str]
    members: list[Member]
    issuer: str = "UBND tỉnh Đông Sơn"
    funding: str = "state_budget"
    inviter: str | None = None
    submitted_on: dt.date | None = None
    report_on: dt.date | None = None
    passports: dict[str, dt.date | None] = field(default_factory=dict)
    urgent: bool | None = False
    """Whether the decision calls the trip urgent: False when it was read and names no urgency, None when unknown."""

    @property
    def trip_id(self) -> str:
        return "t-" + self.number


def insert_trips(con: duckdb.DuckDBPyConnection, trips: Iterable[TripFact]) -> None:
    for t in trips:
        con.execute(
            "INSERT INTO trips (trip_id, decision_number, issuer, start_date, end_date, funding, inviter, submitted_on,"
            " urgent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [t.trip_id, t.number, t.issuer, t.start, t.end, t.funding, t.inviter, t.submitted_on, t.urgent],
        )
        for i, country in enumerate(t.countries):
            con.execute("INSERT INTO trip_destinations VALUES (?, ?, ?, NULL)", [t.trip_id, i, country])
        for i, m in enumerate(t.members):
            con.execute(
                "INSERT INTO trip_members (trip_id, ordinal, name, title, unit, is_key_leader, person_id, role)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [t.trip_id, i, m.name, m.title, m.unit, m.key, m.person_id, m.role],
            )
            if m.honorific:
                con.execute(
                    "INSERT INTO mentions (sha256, ordinal, role, name, honorific) VALUES (?, ?, 'member', ?, ?)",
                    [t.trip_id, i, m.name, m.honorific],
                )
        if t.report_on:
            con.execute(
                "INSERT INTO reports (sha256, number, report_date, trip_id) VALUES (?, ?, ?, ?)",
                ["r-" + t.number, "BC-" + t.number, t.report_on, t.trip_id],
            )
        for name, returned in t.passports.items():
            con.execute(
                "INSERT INTO passport_returns (trip_id, name, returned_on) VALUES (?, ?, ?)",
                [t.trip_id, name, returned],
            )


def insert_purposed_trips(
    con: duckdb.DuckDBPyConnection, member: Member, purposes: list[str], country: str, office: str, first: int = 1
) -> None:
    """One trip of `member` to `country` a purpose, the n-th ("n0/QĐ-{office}", from `first`) in month 2n: for the
    exceptions a trips-per-year rule reads from a decision's purpose."""
    for n, purpose in enumerate(purposes, start=first):
        trip = TripFact(f"{n}0/QĐ-{office}", dt.date(2026, 2 * n, 3), dt.date(2026, 2 * n, 7), [country], [member])
        insert_trips(con, [trip])
        con.execute("UPDATE trips SET purpose = ? WHERE trip_id = ?", [purpose, trip.trip_id])
