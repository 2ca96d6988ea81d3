"""Writing through Arrow, in transactions: the one writer every stage uses.

Rows are registered as Arrow tables and inserted with INSERT … SELECT: DuckDB's executemany is orders of
magnitude slower.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import duckdb
import pyarrow as pa


def transaction(con: duckdb.DuckDBPyConnection) -> _transaction:
    """`with transaction(con):` — the block's writes all land, or none do."""
    return _transaction(con)


class _transaction:
    """BEGIN … COMMIT, ROLLBACK on any error (including a failed COMMIT)."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con

    def __enter__(self) -> None:
        self.con.execute("BEGIN TRANSACTION")

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if error is None:
            try:
                self.con.execute("COMMIT")
                return
            except duckdb.Error:
                self._rollback()
                raise
        self._rollback()

    def _rollback(self) -> None:
        with contextlib.suppress(duckdb.TransactionException):  # DuckDB may have ended it already
            self.con.execute("ROLLBACK")


def arrow_table(
    columns: Sequence[str], rows: Sequence[tuple[Any, ...]], types: Mapping[str, pa.DataType] | None = None
) -> pa.Table:
    """Rows as an Arrow table; a column's type is taken from `types` when given there, else inferred."""
    values = list(zip(*rows, strict=True)) if rows else [() for _ in columns]
    types = types or {}
    return pa.table(
        {name: pa.array(list(column), types.get(name)) for name, column in zip(columns, values, strict=True)}
    )


def register(con: duckdb.DuckDBPyConnection, name: str, data: pa.Table) -> None:
    """Register an Arrow table; DuckDB 2 refuses while an earlier result is unread, so finish it first."""
    con.complete()
    con.register(name, data)


@contextlib.contextmanager
def registered_keys(con: duckdb.DuckDBPyConnection, name: str, keys: Iterable[str]) -> Iterator[None]:
    """A set of strings as the one-column (`k`) relation `name` for the block's queries (`… IN (SELECT k FROM
    name)`), however many they are."""
    register(con, name, pa.table({"k": pa.array(sorted(set(keys)), pa.string())}))
    try:
        yield
    except BaseException:
        with contextlib.suppress(duckdb.Error):  # an aborted transaction refuses it: the error that aborted it shows
            con.unregister(name)
        raise
    con.unregister(name)


def insert(con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str], data: pa.Table) -> None:
    names = ", ".join(columns)
    register(con, "_rows", data)
    try:
        con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _rows")
    finally:
        con.unregister("_rows")


def temp_table(con: duckdb.DuckDBPyConnection, table: str, data: pa.Table) -> None:
    """Create (or replace) the connection's temporary `table` holding the Arrow rows, for the queries after."""
    register(con, "_rows", data)
    try:
        con.execute(f"CREATE OR REPLACE TEMP TABLE {table} AS SELECT * FROM _rows")
    finally:
        con.unregister("_rows")


def update_from(con: duckdb.DuckDBPyConnection, table: str, keys: int, columns: Sequence[str], data: pa.Table) -> None:
    """UPDATE `table` from Arrow rows whose first `keys` columns identify the row and the rest are the values."""
    register(con, "_rows", data)
    try:
        sets = ", ".join(f"{c} = u.{c}" for c in columns[keys:])
        where = " AND ".join(f"{table}.{c} = u.{c}" for c in columns[:keys])
        con.execute(f"UPDATE {table} SET {sets} FROM _rows u WHERE {where}")
    finally:
        con.unregister("_rows")
