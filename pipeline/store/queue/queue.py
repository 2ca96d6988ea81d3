"""The open queue as people and scripts read it: `congvan review list`, the page, the nightly report."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import duckdb

PAGE_URL = "http://127.0.0.1:8765/"
"""Where `congvan review serve` answers with its default port: the nightly report links here."""
_ORDER = "created_at, item_id"
"""Oldest first; the id breaks ties so every reader walks the queue in one order."""


@dataclass(frozen=True)
class QueueItem:
    item_id: str
    sha256: str
    path: str
    page: int | None
    field: str
    target: str
    reason: str
    candidate: str | None
    confidence: float | None
    detail: str | None
    status: str
    created_at: dt.datetime
    box: dict[str, Any] | None

    def as_json(self, crop: str | None, crop_problem: str | None) -> dict[str, Any]:
        """The `review list --json` object."""
        return {
            "item_id": self.item_id,
            "sha256": self.sha256,
            "path": self.path,
            "page": self.page,
            "field": self.field,
            "target": self.target,
            "reason": self.reason,
            "candidate": self.candidate,
            "confidence": self.confidence,
            "crop": crop,
            "crop_problem": crop_problem,
            "detail": self.detail,
            "created_at": self.created_at.isoformat(timespec="seconds"),
        }


_SELECT = """SELECT i.item_id, i.sha256, d.path, i.page, i.field, i.target, i.reason, i.candidate, i.confidence,
                    i.detail, i.status, i.created_at, i.box
             FROM review_items i JOIN documents d USING (sha256)"""


def _item(row: tuple[Any, ...]) -> QueueItem:
    item_id, sha256, path, page, field, target, reason, candidate, confidence, detail, status, created_at, box = row
    return QueueItem(
        item_id, sha256, path, page, field, target, reason, candidate, confidence, detail, status, created_at,
        json.loads(box) if box else None,
    )  # fmt: skip


def open_items(con: duckdb.DuckDBPyConnection, field: str | None = None, reason: str | None = None) -> list[QueueItem]:
    """Open items, oldest first, optionally of one field and/or reason."""
    rows = con.execute(
        f"""{_SELECT} WHERE i.status = 'open'
              AND ($field IS NULL OR i.field = $field) AND ($reason IS NULL OR i.reason = $reason)
            ORDER BY {_ORDER}""",
        {"field": field, "reason": reason},
    ).fetchall()
    return [_item(row) for row in rows]


def get_item(con: duckdb.DuckDBPyConnection, item_id: str) -> QueueItem | None:
    row = con.execute(f"{_SELECT} WHERE i.item_id = ?", [item_id]).fetchone()
    return _item(row) if row else None


@dataclass(frozen=True)
class Position:
    """Where an item stands: "12 of 40" counts the items answered in this session before the open ones, so the
    number grows as a person works instead of the total shrinking; and the item's neighbours in the queue."""

    index: int
    total: int
    previous: str | None
    next: str | None
    first: str | None


def position(
    con: duckdb.DuckDBPyConnection, item_id: str | None, answered_since: dt.datetime | None = None
) -> Position:
    """One query, not the whole queue: the page asks this on every action."""
    row = con.execute(
        """WITH me AS (SELECT (created_at, item_id) AS key FROM review_items WHERE item_id = $id),
                q AS (SELECT item_id, status, closed_at, (created_at, item_id) AS key FROM review_items)
           SELECT count(*) FILTER (WHERE status = 'open'),
                  count(*) FILTER (WHERE status IN ('set', 'skipped') AND closed_at >= $since),
                  count(*) FILTER (WHERE status = 'open' AND q.key < me.key),
                  arg_max(item_id, q.key) FILTER (WHERE status = 'open' AND q.key < me.key),
                  arg_min(item_id, q.key) FILTER (WHERE status = 'open' AND q.key > me.key),
                  arg_min(item_id, q.key) FILTER (WHERE status = 'open')
           FROM q LEFT JOIN me ON true""",
        {"id": item_id, "since": answered_since or dt.datetime.max},
    ).fetchone()
    assert row is not None
    total, answered, before, previous, following, first = row
    return Position(answered + before + 1, answered + total, previous, following, first)


@dataclass(frozen=True)
class QueueSummary:
    """What the nightly report says about the queue."""

    open_items: int
    oldest_created: dt.datetime | None
    oldest_item: str | None
    oldest_path: str | None
    oldest_field: str | None
    oldest_reason: str | None
    by_field: list[tuple[str, int]]
    by_reason: list[tuple[str, int]]
    page_url: str = PAGE_URL

    def line(self) -> str:
        """The nightly summary's line."""
        if not self.open_items:
            return "review queue: empty"
        since = self.oldest_created.date().isoformat() if self.oldest_created else "?"
        fields = ", ".join(f"{name} {n}" for name, n in self.by_field)
        return f"review queue: {self.open_items} open ({fields}), oldest since {since} — {self.page_url}"


def summary(con: duckdb.DuckDBPyConnection) -> QueueSummary:
    count = con.execute("SELECT count(*) FROM review_items WHERE status = 'open'").fetchone()
    oldest = con.execute(
        f"""SELECT i.created_at, i.item_id, d.path, i.field, i.reason
            FROM review_items i JOIN documents d USING (sha256)
            WHERE i.status = 'open' ORDER BY {_ORDER} LIMIT 1"""
    ).fetchone()
    by = {
        column: [
            (name, n)
            for name, n in con.execute(
                f"SELECT {column}, count(*) FROM review_items WHERE status = 'open' GROUP BY 1 ORDER BY 2 DESC, 1"
            ).fetchall()
        ]
        for column in ("field", "reason")
    }
    created, item_id, path, field, reason = oldest if oldest else (None, None, None, None, None)
    return QueueSummary(count[0] if count else 0, created, item_id, path, field, reason, by["field"], by["reason"])
