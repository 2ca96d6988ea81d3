"""Items raised across documents, after linking and after the checks (set-based SQL over the stored links).

- `report_link`: a report tied to its trip by anything weaker than its exact decision number and date
  (`fuzzy_link`: a one-slip number, several decisions of one number, or reporter + place + dates), or tied to
  none (`unlinked`); the candidate is the linked decision's number.
- `person`: two differently spelled mentions taken for one person with a name score under `PERSON_SURE`
  (`person_match`), one item per pair of spellings (`PERSON_DOUBT`) naming both records (name, title, unit,
  document, date); the candidate is "same", which lifts the checks' doubt, the other answer "different" undoes
  the merges for good. A finding resting on such a match raises no item of its own: this one asks it.
- `trip_start` / `trip_end`: the dates a date-based finding rests on, when the decision was scanned and read
  with a mean OCR confidence under `UNCERTAIN_SCAN` (`finding_input`): a person checks them before the
  finding is believed.
- `finding`: a finding of severity `review` (an input it rests on is uncertain), target its finding id
  (`uncertain_input`); the candidate is its message, the detail what `evidence.to_check` says to check. A person
  confirms or dismisses it; a re-run of the checks finds the same item (a finding's id is its rule, trip and
  person, not its wording), and an answered finding is not asked again. A finding whose every doubt is asked by
  another item (a scan's dates: `trip_start`/`trip_end`; a report's link: `report_link`) raises no item of its
  own: one question per finding, and answering that item lifts the doubt.
"""

from __future__ import annotations

import json

import duckdb

from pipeline.store.queue.apply import open_items
from pipeline.store.queue.items import Item

LINK_SURE = 0.95
"""A report link scoring at least this (exact number, and date when both are known) is not asked about."""
PERSON_SURE = 95.0
"""Name score (rapidfuzz ratio of the diacritic-free names, 0-100) at or above which pipeline.link's merge of
two spellings is not asked about: a slip of tone marks scores 100, a letter read for another less."""
NAME_SCORE = "json_extract(m.evidence, '$.name_score')::DOUBLE"
"""SQL: a merge's name score (`m`: a person_merges row), the one the queue and the checks compare to `PERSON_SURE`."""
PERSON_DOUBTED = f"NOT m.undone AND m.score < {(PERSON_SURE + 100) / 2} AND {NAME_SCORE} < {PERSON_SURE}"
"""SQL: a merge whose name score is under `PERSON_SURE`, asked about. Its score averages the name score with a unit
score of at most 100, so such a merge scores under (PERSON_SURE + 100) / 2: that column filters before the JSON
evidence is read (the checks read this on every merge of the archive)."""
PERSON_DOUBT = (
    "concat_ws('|', m.person_id, least(json_extract_string(m.evidence, '$.documents[0].name'), "
    "json_extract_string(m.evidence, '$.documents[1].name')), greatest(json_extract_string(m.evidence, "
    "'$.documents[0].name'), json_extract_string(m.evidence, '$.documents[1].name')))"
)
"""SQL: one doubt about a person (`m`: a person_merges row) — two spellings taken for one person. Several merges can
rest on the same pair (a name listed and mentioned again in one decision): they are one question, asked once
(its target the first merge's id), and its answer holds for all of them."""
UNCERTAIN_SCAN = 75.0
"""Mean OCR confidence of a decision under which the dates its findings rest on are put to a person."""
DATE_KINDS = (
    "max_trips_per_year",
    "max_days_per_country",
    "avoid_start_end_of_year",
    "total_days_within_annual_leave",
    "submission_lead_working_days",
    "report_deadline_working_days",
    "passport_return_deadline_days",
)
"""Finding kinds computed from a trip's start and end dates."""


def link_items(con: duckdb.DuckDBPyConnection) -> list[Item]:
    reports = con.execute(
        """SELECT r.sha256, r.trip_id, t.decision_number, r.link_method, r.link_score, r.cited_decision_number
           FROM reports r LEFT JOIN trips t USING (trip_id)
           WHERE r.link_method IS DISTINCT FROM 'person' AND (r.trip_id IS NULL OR r.link_score < $sure)""",
        {"sure": LINK_SURE},
    ).fetchall()
    items = [
        Item(
            sha,
            "report_link",
            "fuzzy_link" if trip else "unlinked",
            "link",
            candidate=number if trip else None,
            confidence=score,
            page=1,
            detail=(f"linked by {method} (score {score})" if trip else "no trip matched")
            + (f"; the report cites {cited}" if cited else "; the report cites no decision number"),
        )
        for sha, trip, number, method, score, cited in reports
    ]
    merges = con.execute(
        f"""SELECT arg_min(m.sha256, m.merge_id), min(m.merge_id), min({NAME_SCORE}), arg_min(m.evidence, m.merge_id),
                   arg_min(mn.page, m.merge_id), arg_min(mn.box, m.merge_id)
            FROM person_merges m LEFT JOIN mentions mn USING (sha256, role, ordinal)
            WHERE {PERSON_DOUBTED}
            GROUP BY {PERSON_DOUBT}"""
    ).fetchall()
    for sha, merge_id, score, evidence, page, box in merges:
        documents = (json.loads(evidence) if evidence else {}).get("documents") or []
        items.append(
            Item(
                sha,
                "person",
                "person_match",
                "link",
                target=merge_id,
                candidate="same",
                confidence=round(score, 1),
                page=page,
                box=json.loads(box) if box else None,  # the name's words on a scanned page
                detail="one person? " + " = ".join(_record(d) for d in documents),
            )
        )
    return items


def _record(document: dict[str, str | None]) -> str:
    """One candidate record of a person doubt, as a person finds it: name, title and unit, document and date."""
    post = ", ".join(part for part in (document.get("title"), document.get("unit")) if part)
    where = ", ".join(
        part
        for part in (
            document.get("document_number") or (document.get("sha256") or "")[:12],
            document.get("document_date"),
        )
        if part
    )
    return f"{document.get('name')}" + (f" — {post}" if post else "") + f" ({where})"


def check_items(con: duckdb.DuckDBPyConnection) -> list[Item]:
    return _date_items(con) + _finding_items(con)


def _finding_items(con: duckdb.DuckDBPyConnection) -> list[Item]:
    """One item per `review` finding, unless every doubt it rests on is already asked by the item of that input
    (`evidence.asked_elsewhere`: the dates of a poorly scanned decision, a report's link), whose answer re-runs
    the checks and lifts the doubt: one finding puts one question to a person."""
    rows = con.execute(
        """SELECT f.trip_id, f.finding_id, f.message, json_extract_string(f.evidence, '$.to_check')
           FROM findings f JOIN documents d ON d.sha256 = f.trip_id
           WHERE f.severity = 'review' AND NOT coalesce(json_extract(f.evidence, '$.asked_elsewhere')::BOOLEAN, false)
           ORDER BY f.trip_id, f.finding_id"""
    ).fetchall()
    return [
        Item(
            trip_id,
            "finding",
            "uncertain_input",
            "check",
            target=finding_id,
            candidate=message,
            page=1,
            detail=f"cần kiểm tra: {to_check}" if to_check else None,
        )
        for trip_id, finding_id, message, to_check in rows
    ]


def _date_items(con: duckdb.DuckDBPyConnection) -> list[Item]:
    """The dates of a poor scan's date-based findings, unless the load already asks that date (a period read
    implausible: `items`): one question per value."""
    rows = con.execute(
        """SELECT t.trip_id, f.field, CASE f.field WHEN 'trip_start' THEN t.start_date ELSE t.end_date END,
                  d.ocr_confidence
           FROM (SELECT DISTINCT trip_id FROM findings WHERE rule_kind IN (SELECT unnest($kinds::VARCHAR[]))) x
           JOIN trips t USING (trip_id) JOIN documents d ON d.sha256 = t.trip_id
           CROSS JOIN (VALUES ('trip_start'), ('trip_end')) f(field)
           WHERE d.text_source IN ('ocr', 'mixed') AND d.ocr_confidence < $uncertain
             AND NOT EXISTS (SELECT 1 FROM review_items i WHERE i.sha256 = t.trip_id AND i.field = f.field
                               AND i.origin = 'ingest' AND i.status = 'open')
           ORDER BY t.trip_id, f.field DESC""",
        {"kinds": list(DATE_KINDS), "uncertain": UNCERTAIN_SCAN},
    ).fetchall()
    return [
        Item(
            trip_id,
            field,
            "finding_input",
            "check",
            candidate=value.isoformat() if value else None,
            confidence=round(confidence, 1),
            detail=f"a finding rests on this date, read from a scan with OCR confidence {confidence:.0f}",
        )
        for trip_id, field, value, confidence in rows
    ]


def raise_link_items(con: duckdb.DuckDBPyConnection) -> None:
    """After linking: the queue's link items are what the links now leave uncertain."""
    open_items(con, link_items(con), "link")


def raise_check_items(con: duckdb.DuckDBPyConnection) -> None:
    """After the checks: the queue's check items are the inputs the current findings rest on, and the findings
    that rest on an uncertain one."""
    open_items(con, check_items(con), "check")
