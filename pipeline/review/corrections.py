"""A person's answer to an item: recorded, applied over extraction, and followed by what it changes.

`answer` writes the correction, closes the item and rewrites the stored columns in one transaction, so a kill
at any moment leaves either the whole answer or none of it. `rerun_affected` then re-links reports and
re-runs the checks when the value is one they read (dates, numbers, issuer, place, a report's link); it is
separate because it costs the whole database's checks, and the page runs it after answering, not before.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

import duckdb

from pipeline.checks.run import evaluate
from pipeline.link.people import link_people
from pipeline.link.reports import decision_key, link_reports
from pipeline.settings import Settings
from pipeline.store.queue.apply import apply_answer, apply_report_links
from pipeline.store.queue.fields import FIELDS, LINK_FIELDS, MEMBER_FIELD, ReviewError, as_text, parse_value
from pipeline.store.queue.raised import PERSON_DOUBT
from pipeline.store.write import transaction


@dataclass(frozen=True)
class Correction:
    """One answer as stored."""

    correction_id: str
    item_id: str
    sha256: str
    field: str
    value: str | None
    action: str
    actor: str
    note: str | None
    machine_value: str | None


def _item(con: duckdb.DuckDBPyConnection, item_id: str) -> tuple[str, str, str, str | None]:
    row = con.execute(
        "SELECT sha256, field, target, candidate FROM review_items WHERE item_id = ?", [item_id]
    ).fetchone()
    if row is None:
        raise ReviewError(f"no review item {item_id!r} (see `congvan review list`)")
    return row[0], row[1], row[2], row[3]


def _trip_for(con: duckdb.DuckDBPyConnection, number: str, current: str | None) -> str:
    """The trip a person means by a decision number: the one whose number reads the same (OCR and spacing
    aside); the report's current link when several do; an error naming the problem otherwise."""
    wanted = decision_key(number)
    serial = (wanted or "").split("/")[0]
    rows = con.execute(
        "SELECT trip_id, decision_number FROM trips WHERE decision_number LIKE '%' || ? || '%'", [serial]
    ).fetchall()
    trips = [trip_id for trip_id, found in rows if decision_key(found) == wanted]
    if current is not None and current in trips:
        return current
    if len(trips) == 1:
        return trips[0]
    if not trips:
        raise ReviewError(f"report_link: no decision numbered {number!r} in the database")
    raise ReviewError(f"report_link: {len(trips)} decisions are numbered {number!r}; ingest is ambiguous here")


def _machine_value(con: duckdb.DuckDBPyConnection, sha256: str, field: str, candidate: str | None) -> str | None:
    spec = FIELDS.get(field)
    if spec is None:
        return candidate  # a link or a finding: the machine's answer is the item's candidate
    row = con.execute(
        f"SELECT json_extract_string(document_json, '{spec.json_path}') FROM documents WHERE sha256 = ?", [sha256]
    ).fetchone()
    return as_text(row[0]) if row else None


def answer(
    con: duckdb.DuckDBPyConnection,
    item_id: str,
    value: str | None,
    *,
    actor: str,
    note: str | None = None,
) -> Correction:
    """Record a person's value for an item (`value` None: a skip — the person could not read it either).

    Raises ReviewError for an unknown item, a value that does not parse, or a skip without a note.
    """
    actor = actor.strip()
    if not actor:
        raise ReviewError("--actor: say who answers (a name or initials)")
    sha256, field, target, candidate = _item(con, item_id)
    if value is None and not (note or "").strip():
        raise ReviewError("a skip needs a note saying why the value cannot be read")
    stored = None if value is None else parse_value(field, value)
    if field == "report_link" and stored is not None:
        current = con.execute("SELECT trip_id FROM reports WHERE sha256 = ?", [sha256]).fetchone()
        stored = _trip_for(con, stored, current[0] if current else None)
    correction = Correction(
        correction_id=uuid.uuid4().hex,
        item_id=item_id,
        sha256=sha256,
        field=field,
        value=stored,
        action="set" if value is not None else "skip",
        actor=actor,
        note=note,
        machine_value=_machine_value(con, sha256, field, candidate),
    )
    now = dt.datetime.now()
    with transaction(con):
        con.execute(
            "INSERT INTO corrections VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                correction.correction_id, sha256, field, target, stored, correction.action, actor, now, note,
                correction.machine_value, item_id,
            ],
        )  # fmt: skip
        con.execute(
            """UPDATE review_items SET status = ?, closed_at = ?, closed_by = ?
               WHERE sha256 = ? AND field = ? AND target = ? AND (status = 'open' OR item_id = ?)""",
            ["set" if value is not None else "skipped", now, actor, sha256, field, target, item_id],
        )
        if field == "person" and stored == "different":
            con.execute(  # an undone merge is never made again (pipeline.link); the people re-link after
                f"""UPDATE person_merges SET undone = TRUE, undone_at = ?
                    WHERE merge_id IN (SELECT m.merge_id FROM person_merges m WHERE {PERSON_DOUBT} IN (
                        SELECT {PERSON_DOUBT} FROM person_merges m WHERE m.merge_id = ?))""",
                [now, target],
            )  # every merge of the doubt the item asked (`PERSON_DOUBT`), not only the one it names
        elif field == "report_link":
            apply_report_links(con)
        elif field in FIELDS or field == MEMBER_FIELD:
            apply_answer(con, sha256, field, stored)
    return correction


LINKED_FIELDS = {"person", "number", "issue_date", "trip_start", "trip_end", "report_decision", MEMBER_FIELD}
"""Answers that can change which trip a report answers (a person's own report_link answer is applied as given)."""
PEOPLE_FIELDS = {"person", MEMBER_FIELD}
"""Answers that change the mentions people are resolved from: a merge undone, a member added or renamed."""


def affects_checks(corrections: Iterable[Correction]) -> bool:
    """Whether any of these answers changes a value the links or the checks read."""
    return any(
        c.field in LINK_FIELDS or c.field == MEMBER_FIELD or (c.field in FIELDS and FIELDS[c.field].affects_checks)
        for c in corrections
    )


def checked_as_of(con: duckdb.DuckDBPyConnection) -> dt.date | None:
    """The date the stored findings were computed for (the latest check); None if checks never ran."""
    row = con.execute("SELECT max(as_of) FROM findings").fetchone()
    if row and row[0] is not None:
        return row[0]
    ran = con.execute("SELECT count(*) FROM runs WHERE flow IN ('check', 'nightly')").fetchone()
    return dt.date.today() if ran and ran[0] else None


def rerun_affected(
    con: duckdb.DuckDBPyConnection, corrections: Iterable[Correction], settings: Settings | None = None
) -> bool:
    """Re-link (people too after a person or member answer) and re-run the checks (as of the stored findings' date) when
    the answers touch what they read; True when they ran. A changed signer joins its person at the next ingest
    or `congvan link`."""
    answers = list(corrections)
    if not affects_checks(answers):
        return False
    fields = {c.field for c in answers}
    if fields & PEOPLE_FIELDS:
        link_people(con, settings or Settings())
    if fields & LINKED_FIELDS:
        link_reports(con)
    as_of = checked_as_of(con)
    if as_of is not None:
        evaluate(con, as_of)
    return True
