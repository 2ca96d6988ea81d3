"""Corrections over extraction, and items into the queue: the SQL the loader runs inside its transaction.

The extractor's record stays as it was read (`documents.document_json`); the columns everyone reads
(documents, trips, reports, mentions — and through them every view, check and report) carry the person's
value. The loader calls `after_load` in the same transaction that writes a document's rows, so a re-extraction
by a new extractor version or a crash at any moment can never leave a document without its corrections.
Nothing here opens a transaction of its own: callers own it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence

import duckdb
import pyarrow as pa

from pipeline.store.queue.fields import FIELDS, MEMBER_FIELD, NO_MEMBER
from pipeline.store.queue.items import Item, document_items
from pipeline.store.write import register
from schemas.document import Document

_SCOPE = "c.sha256 IN (SELECT unnest($shas::VARCHAR[]))"


def apply_corrections(con: duckdb.DuckDBPyConnection, shas: Sequence[str] | None = None) -> None:
    """Write the standing correction of every field over the stored columns (of `shas` only, when given)."""
    scope = f"AND {_SCOPE}" if shas is not None else ""
    params = {"shas": list(shas)} if shas is not None else {}
    for spec in FIELDS.values():
        for column in spec.columns:
            con.execute(
                f"""UPDATE {column.table} SET {column.column} = CAST(c.value AS {spec.sql_type})
                    FROM v_corrections c
                    WHERE c.field = '{spec.name}' AND c.target = '' AND {column.table}.{column.key} = c.sha256
                    {scope}""",
                params,
            )
    _apply_signer_mentions(con, scope, params)
    apply_members(con, shas)


def apply_answer(con: duckdb.DuckDBPyConnection, sha256: str, field: str, value: str | None) -> None:
    """Write one new answer over one document's columns: what `apply_corrections` does for it, by key lookups
    (the page's answer must not scan the database)."""
    if field == MEMBER_FIELD:
        apply_members(con, [sha256])
        return
    spec = FIELDS[field]
    for column in spec.columns:
        con.execute(
            f"UPDATE {column.table} SET {column.column} = CAST($value AS {spec.sql_type}) WHERE {column.key} = $sha",
            {"value": value, "sha": sha256},
        )
    if field == "signer":
        _apply_signer_mentions(con, f"AND {_SCOPE}", {"shas": [sha256]})


def _apply_signer_mentions(con: duckdb.DuckDBPyConnection, scope: str, params: dict[str, list[str]]) -> None:
    """The signer's mention (what linking reads) follows a corrected name: renamed, added when the machine read
    none, removed when a person could not read it either (a mention must have a name)."""
    signer = "c.field = 'signer' AND c.target = ''"
    con.execute(
        f"""DELETE FROM mentions WHERE role = 'signer' AND sha256 IN (
              SELECT c.sha256 FROM v_corrections c WHERE {signer} AND c.value IS NULL {scope})""",
        params,
    )
    con.execute(
        f"""UPDATE mentions SET name = c.value FROM v_corrections c
            WHERE {signer} AND c.value IS NOT NULL AND mentions.role = 'signer' AND mentions.sha256 = c.sha256
            {scope}""",
        params,
    )
    con.execute(
        f"""INSERT INTO mentions (sha256, ordinal, role, name, title)
            SELECT c.sha256, 0, 'signer', c.value, d.signer_title
            FROM v_corrections c JOIN documents d USING (sha256)
            WHERE {signer} AND c.value IS NOT NULL {scope}
              AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.sha256 = c.sha256 AND m.role = 'signer')""",
        params,
    )


def apply_members(con: duckdb.DuckDBPyConnection, shas: Sequence[str] | None = None) -> None:
    """The answers about members read unsure (`MEMBER_FIELD`, target the name as read), over the trips' rows (of
    `shas` only, when given). A member the extractor left out joins the trip under the answered name, with the
    title, unit and role read on its line — in `trip_members` and as a mention, which linking makes a person of
    (his trips a year counted) — at ordinal -1 - its place among the unsure ones: apart from the list's and an
    amendment's (appended after the last), the same at every load. A member kept with an unsure middle name is
    renamed. `NO_MEMBER` removes a kept one and adds nothing; a skip changes nothing."""
    scope = f"AND {_SCOPE}" if shas is not None else ""
    params = {"shas": list(shas)} if shas is not None else {}
    answered = f"SELECT c.sha256, c.target, c.value FROM v_corrections c WHERE c.field = '{MEMBER_FIELD}' {scope}"
    for table, key, role in (("trip_members", "trip_id", ""), ("mentions", "sha256", " AND role = 'member'")):
        con.execute(
            f"""DELETE FROM {table} WHERE ({key}, name) IN (SELECT sha256, target FROM ({answered})
                                                           WHERE value = '{NO_MEMBER}'){role}""",
            params,
        )
        con.execute(
            f"""UPDATE {table} SET name = a.value FROM ({answered}) a
                WHERE {table}.{key} = a.sha256 AND {table}.name = a.target AND a.value <> '{NO_MEMBER}'
                  AND {table}.ordinal >= 0{role}""",
            params,
        )
    joined = f"""FROM trip_unsure_members u JOIN ({answered}) a ON a.sha256 = u.trip_id AND a.target = u.name
                 WHERE a.value <> '{NO_MEMBER}'"""
    con.execute(
        f"INSERT OR REPLACE INTO trip_members (trip_id, ordinal, name, title, unit, role) "
        f"SELECT u.trip_id, -1 - u.ordinal, a.value, u.title, u.unit, u.role {joined}",
        params,
    )
    con.execute(
        f"INSERT OR REPLACE INTO mentions (sha256, ordinal, role, name, title, unit) "
        f"SELECT u.trip_id, -1 - u.ordinal, 'member', a.value, u.title, u.unit {joined}",
        params,
    )


def apply_report_links(con: duckdb.DuckDBPyConnection) -> None:
    """A person's answer to "which trip does this report answer" (the trip's id, or null for none we hold)
    overrides the link the matcher found; pipeline.link calls this after every relink."""
    con.execute(
        """UPDATE reports SET trip_id = c.value, link_method = 'person', link_score = 1.0,
               link_evidence = json_object('actor', c.actor, 'corrected_at', c.corrected_at, 'note', c.note)
           FROM v_corrections c
           WHERE c.field = 'report_link' AND c.target = '' AND reports.sha256 = c.sha256"""
    )


_ITEM_COLUMNS = (
    "item_id", "sha256", "field", "target", "reason", "candidate", "confidence", "page", "box", "detail", "origin",
    "status", "created_at",
)  # fmt: skip
_TYPES = {"confidence": pa.float64(), "page": pa.int32(), "created_at": pa.timestamp("us")}


def open_items(
    con: duckdb.DuckDBPyConnection, items: Iterable[Item], origin: str, shas: Sequence[str] | None = None
) -> None:
    """Put items in the queue. The open items of `origin` (about `shas`, when given) that the machine no longer
    raises become `obsolete`; an item a person already answered (a correction of that value exists) is not
    asked again; an obsolete item raised again reopens."""
    now = dt.datetime.now()
    rows = [
        (
            item.item_id, item.sha256, item.field, item.target, item.reason, item.candidate, item.confidence,
            item.page, json.dumps(item.box) if item.box else None, item.detail, item.origin, "open", now,
        )
        for item in items
    ]  # fmt: skip
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in _ITEM_COLUMNS]
    table = pa.table(
        {
            name: pa.array(list(values), _TYPES.get(name, pa.string()))
            for name, values in zip(_ITEM_COLUMNS, columns, strict=True)
        }
    )
    scope = f"AND {_SCOPE.replace('c.', 'review_items.')}" if shas is not None else ""
    register(con, "_review_new", table)
    try:
        con.execute(
            f"""UPDATE review_items SET status = 'obsolete', closed_at = $now
                WHERE status = 'open' AND origin = $origin {scope}
                  AND item_id NOT IN (SELECT item_id FROM _review_new)""",
            {"now": now, "origin": origin, **({"shas": list(shas)} if shas is not None else {})},
        )
        names = ", ".join(_ITEM_COLUMNS)
        con.execute(
            f"""INSERT INTO review_items ({names}) SELECT {names} FROM _review_new n
                WHERE NOT EXISTS (SELECT 1 FROM corrections c
                                  WHERE c.sha256 = n.sha256 AND c.field = n.field AND c.target = n.target)
                ON CONFLICT (item_id) DO UPDATE SET status = 'open', candidate = excluded.candidate,
                    confidence = excluded.confidence, page = excluded.page, box = excluded.box,
                    detail = excluded.detail, closed_at = NULL, closed_by = NULL
                WHERE review_items.status = 'obsolete'"""
        )
    finally:
        con.unregister("_review_new")


def after_load(con: duckdb.DuckDBPyConnection, documents: Sequence[Document]) -> None:
    """What the loader runs in its transaction for freshly written documents: their corrections over the new
    rows, and the items their extraction raises. Most documents have neither answers nor open items: one
    lookup finds those that do, so a bulk load pays two queries a batch, not one per corrected column."""
    if not documents:
        return
    shas = [document.source.sha256 for document in documents]
    answered: list[str] = []
    asked: list[str] = []
    for sha256, has_answer in con.execute(
        f"""SELECT DISTINCT sha256, true FROM corrections c WHERE {_SCOPE}
            UNION ALL SELECT DISTINCT sha256, false FROM review_items c
            WHERE status = 'open' AND origin = 'ingest' AND {_SCOPE}""",
        {"shas": shas},
    ).fetchall():
        (answered if has_answer else asked).append(sha256)
    if answered:
        apply_corrections(con, answered)
    items = [item for document in documents for item in document_items(document)]
    if items or asked:
        open_items(con, items, "ingest", shas)
