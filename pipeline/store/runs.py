"""Run records: every flow run leaves one row in `runs` (what it saw, did, skipped, failed, how long).

A run is written when it starts (status `running`, its process id in `details`) so a crash leaves a
trace, and finished with its counts; `details` holds what does not fit the fixed columns (durations,
per-rule counts, report path). DuckDB lets one process write a file, so a run still `running` when another
process starts one was left by a process that died: it is marked `crashed` then.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from typing import Any

import duckdb


def new_run_id(flow: str) -> str:
    """A readable, unique id: the flow name, the UTC time and a random suffix."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    return f"{flow}-{stamp}-{uuid.uuid4().hex[:8]}"


def start_run(con: duckdb.DuckDBPyConnection, flow: str, run_id: str | None = None) -> str:
    """Record a run as `running` (after marking the runs a dead process left as `crashed`); its id."""
    mark_crashed(con)
    run_id = run_id or new_run_id(flow)
    con.execute(
        "INSERT INTO runs (run_id, flow, started_at, status, details) VALUES (?, ?, ?, 'running', ?)",
        [run_id, flow, dt.datetime.now(), json.dumps({"pid": os.getpid()})],
    )
    return run_id


def mark_crashed(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Runs still `running` that another process started: that process died (it cannot still hold the file)."""
    rows = con.execute("SELECT run_id, details FROM runs WHERE status = 'running'").fetchall()
    crashed = [run_id for run_id, details in rows if json.loads(details or "{}").get("pid") != os.getpid()]
    for run_id in crashed:
        con.execute("UPDATE runs SET status = 'crashed', finished_at = ? WHERE run_id = ?", [dt.datetime.now(), run_id])
    return crashed


def finish_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    *,
    status: str,
    seen: int | None = None,
    new: int | None = None,
    skipped: int | None = None,
    failed: int | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    con.execute(
        "UPDATE runs SET finished_at = ?, status = ?, seen = ?, new = ?, skipped = ?, failed = ?, details = ? "
        "WHERE run_id = ?",
        [
            dt.datetime.now(),
            status,
            seen,
            new,
            skipped,
            failed,
            json.dumps(details or {}, ensure_ascii=False, default=str),
            run_id,
        ],
    )


def last_run(con: duckdb.DuckDBPyConnection, flow: str) -> dict[str, Any] | None:
    """The most recent run of a flow, as a dict (None when it never ran)."""
    cursor = con.execute("SELECT * FROM runs WHERE flow = ? ORDER BY started_at DESC LIMIT 1", [flow])
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cursor.description or []], row, strict=True))
