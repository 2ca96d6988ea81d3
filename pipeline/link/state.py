"""What changed since the last linking, so linking redoes only that (issue 16: the nightly on a large archive).

Linking reads, per document: its mentions, its date, number and issuer, its trip (number, dates, issuer,
members, destinations) or report (citation, dates, reporter, unit, destinations), a person's answer about the
report's link, and when it was loaded (a re-extracted document is new rows even when its fields read alike).
`link_state` keeps an md5 of all that per document as last linked, written in the transaction that writes the
links; a document whose digest differs, or that is new or gone, is changed. Beside the digest it keeps what the
links of other documents may have rested on: where its mentions sorted (people linking is in document order),
the people its mentions belonged to, and its trip's number, date and members (the facts a report is matched on).

Linking also depends on things that are not one document's: the merges an analyst undid, the key-leader
titles and this module's `LINK_VERSION` (bumped when the linking code changes what it produces). A digest of
those is kept in `store_meta`; when it differs, or there is no state (a database linked before this), linking
is done in full.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field

import duckdb

from pipeline.settings import Settings
from pipeline.store.write import registered_keys

LINK_VERSION = 1
"""Bump when linking would link the same documents otherwise: the next linking is then a full one."""

STATE_KEY = "link_state"
"""store_meta key of the digest of what linking depends on beyond single documents."""

_DIGESTS = """
WITH m AS (
  SELECT sha256, list(to_json({r: role, o: ordinal, n: name, t: title, u: unit}) ORDER BY role, ordinal)::VARCHAR AS s,
         list(person_id ORDER BY role, ordinal) AS person_ids
  FROM mentions GROUP BY sha256),
tm AS (
  SELECT trip_id AS sha256, list(to_json({o: ordinal, n: name, t: title, u: unit}) ORDER BY ordinal)::VARCHAR AS s,
         list(name ORDER BY ordinal) AS names
  FROM trip_members GROUP BY trip_id),
td AS (SELECT trip_id AS sha256, list(country ORDER BY ordinal)::VARCHAR AS s FROM trip_destinations GROUP BY trip_id),
c AS (
  SELECT sha256, list(to_json({v: value, a: actor, w: corrected_at, n: note}) ORDER BY corrected_at)::VARCHAR AS s
  FROM v_corrections WHERE field = 'report_link' AND target = '' GROUP BY sha256)
SELECT d.sha256, d.issue_date AS order_date,
       md5(concat_ws(chr(31),
           to_json({i: d.issue_date, n: d.number, u: d.issuer, l: d.ingested_at, v: d.extractor_version})::VARCHAR,
           coalesce(m.s, '-'), coalesce(tm.s, '-'), coalesce(td.s, '-'), coalesce(c.s, '-'),
           to_json({n: t.decision_number, d: t.decision_date, u: t.issuer, s: t.start_date, e: t.end_date})::VARCHAR,
           to_json({n: r.cited_decision_number, d: r.cited_decision_date, s: r.start_date, e: r.end_date,
                    rd: r.report_date, c: r.destinations, p: r.reporter, u: r.reporting_unit, i: r.issuer})::VARCHAR
       )) AS digest,
       m.person_ids, t.decision_number, t.decision_date, tm.names AS member_names
FROM documents d
LEFT JOIN m USING (sha256) LEFT JOIN tm USING (sha256) LEFT JOIN td USING (sha256) LEFT JOIN c USING (sha256)
LEFT JOIN trips t ON t.trip_id = d.sha256 LEFT JOIN reports r ON r.sha256 = d.sha256
"""

_COLUMNS = "sha256, order_date, digest, person_ids, decision_number, decision_date, member_names"


@dataclass(frozen=True)
class Before:
    """A changed document as it was last linked."""

    order_date: dt.date | None
    person_ids: tuple[str, ...]
    decision_number: str | None
    decision_date: dt.date | None
    member_names: tuple[str, ...]


@dataclass
class Changes:
    """Documents new, changed or gone since the last linking (`changed`: present now), with what they were."""

    changed: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)
    before: dict[str, Before] = field(default_factory=dict)
    order_dates: dict[str, dt.date | None] = field(default_factory=dict)
    """Issue dates now of the changed documents."""

    def __bool__(self) -> bool:
        return bool(self.changed or self.removed)


def global_digest(con: duckdb.DuckDBPyConnection, settings: Settings) -> str:
    undone = con.execute(
        "SELECT list(DISTINCT concat_ws('|', sha256, role, ordinal, matched_sha256, matched_role, matched_ordinal) "
        "ORDER BY 1) FROM person_merges WHERE undone"
    ).fetchone()
    raw = json.dumps([LINK_VERSION, list(settings.key_leader_titles), undone[0] if undone else None], default=str)
    return hashlib.md5(raw.encode()).hexdigest()


def changes_since_linked(con: duckdb.DuckDBPyConnection, settings: Settings) -> Changes | None:
    """What changed since the last linking; None when linking must be done in full (no state yet, or the undone
    merges, key-leader titles or linking code changed)."""
    stored = con.execute("SELECT value FROM store_meta WHERE key = ?", [STATE_KEY]).fetchone()
    if stored is None or stored[0] != global_digest(con, settings):
        return None
    rows = con.execute(
        f"""WITH now AS ({_DIGESTS})
            SELECT coalesce(n.sha256, s.sha256), n.sha256 IS NULL, n.order_date, s.sha256 IS NOT NULL, s.order_date,
                   s.person_ids, s.decision_number, s.decision_date, s.member_names
            FROM now n FULL JOIN link_state s USING (sha256)
            WHERE n.digest IS DISTINCT FROM s.digest"""
    ).fetchall()
    changes = Changes()
    for sha, gone, order_date, known, old_date, person_ids, number, date, members in rows:
        (changes.removed if gone else changes.changed).add(sha)
        if not gone:
            changes.order_dates[sha] = order_date
        if known:
            changes.before[sha] = Before(
                old_date, tuple(p for p in person_ids or [] if p), number, date, tuple(members or [])
            )
    return changes


def save_link_state(con: duckdb.DuckDBPyConnection, settings: Settings, changes: Changes | None) -> None:
    """Record the documents as now linked: all of them after a full linking, else the changed ones."""
    if changes is None:
        con.execute("DELETE FROM link_state")
        con.execute(f"INSERT INTO link_state ({_COLUMNS}) SELECT {_COLUMNS} FROM ({_DIGESTS})")
    elif changes:
        with registered_keys(con, "_link_changed", changes.changed | changes.removed):
            con.execute("DELETE FROM link_state WHERE sha256 IN (SELECT k FROM _link_changed)")
            con.execute(
                f"INSERT INTO link_state ({_COLUMNS}) SELECT {_COLUMNS} FROM ({_DIGESTS}) "
                "WHERE sha256 IN (SELECT k FROM _link_changed)"
            )
    con.execute("INSERT OR REPLACE INTO store_meta VALUES (?, ?)", [STATE_KEY, global_digest(con, settings)])
