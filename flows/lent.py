"""The flow's writer connection, lent to a task for one call and taken back afterwards.

Why not pass the connection itself: Prefect keeps a task's parameters in its run context, and a background
service that starts during the task (the events worker) copies that context and keeps it until the
interpreter exits. A DuckDB connection held that way outlives its flow, is never released, and nanobind
prints dozens of "leaked instance" lines at exit. A task gets a `Lent` instead; emptied when the call
returns, it keeps nothing alive.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import duckdb


class Lent:
    """A connection usable only while the `lend` block that made it is open."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self._con: duckdb.DuckDBPyConnection | None = con

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            raise RuntimeError("the connection was lent for one task call and has been taken back")
        return self._con

    def take_back(self) -> None:
        self._con = None


@contextmanager
def lend(con: duckdb.DuckDBPyConnection) -> Iterator[Lent]:
    """`with lend(con) as db: some_task(db, ...)` — the task reads `db.con`; nothing holds it afterwards."""
    lent = Lent(con)
    try:
        yield lent
    finally:
        lent.take_back()
