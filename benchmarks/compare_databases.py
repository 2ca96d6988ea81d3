"""Two congvan databases, table by table: the same content? Prints JSON; exit status 1 when they differ.

For a change that must not change results (a speed-up, a new order of work): ingest the same inbox with the
code before and after into two databases, then compare them. Every base table is compared as a multiset of
rows, without what differs from run to run by nature: timestamp columns, run ids, the linking state's
digest (it hashes `ingested_at`), and the `runs` and `schema_migrations` tables. A table's differing rows
are counted both ways, and a few are shown.

Usage: .venv/bin/python benchmarks/compare_databases.py BEFORE.duckdb AFTER.duckdb
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import duckdb

SKIPPED_TABLES = ("runs", "schema_migrations")
VOLATILE_COLUMNS = {"run_id"}
VOLATILE_IN_TABLE = {("link_state", "digest")}


def compared_columns(con: duckdb.DuckDBPyConnection, catalog: str, table: str) -> list[str]:
    rows = con.execute(
        "SELECT column_name, data_type FROM information_schema.columns "
        "WHERE table_catalog = ? AND table_schema = 'main' AND table_name = ? ORDER BY ordinal_position",
        [catalog, table],
    ).fetchall()
    return [
        name
        for name, kind in rows
        if "TIMESTAMP" not in kind and name not in VOLATILE_COLUMNS and (table, name) not in VOLATILE_IN_TABLE
    ]


def tables(con: duckdb.DuckDBPyConnection, catalog: str) -> set[str]:
    rows = con.execute(
        "SELECT table_name FROM information_schema.tables "
        "WHERE table_catalog = ? AND table_schema = 'main' AND table_type = 'BASE TABLE'",
        [catalog],
    ).fetchall()
    return {row[0] for row in rows} - set(SKIPPED_TABLES)


def compare(before: Path, after: Path, shown: int = 3) -> dict[str, Any]:
    con = duckdb.connect()
    con.execute(f"ATTACH '{before}' AS a (READ_ONLY)")
    con.execute(f"ATTACH '{after}' AS b (READ_ONLY)")
    names_a, names_b = tables(con, "a"), tables(con, "b")
    result: dict[str, Any] = {"only_in_before": sorted(names_a - names_b), "only_in_after": sorted(names_b - names_a)}
    differing: dict[str, Any] = {}
    counts: dict[str, int] = {}
    for table in sorted(names_a & names_b):
        columns = compared_columns(con, "a", table)
        if columns != compared_columns(con, "b", table):
            differing[table] = {"columns": "differ"}
            continue
        listed = ", ".join(f'"{c}"' for c in columns)
        a, b = f"SELECT {listed} FROM a.main.{table}", f"SELECT {listed} FROM b.main.{table}"
        gone = con.execute(f"SELECT * FROM ({a} EXCEPT ALL {b}) LIMIT 1000").fetchall()
        new = con.execute(f"SELECT * FROM ({b} EXCEPT ALL {a}) LIMIT 1000").fetchall()
        counts[table] = con.execute(f"SELECT count(*) FROM a.main.{table}").fetchone()[0]  # type: ignore[index]
        if gone or new:
            differing[table] = {
                "only_before": len(gone),
                "only_after": len(new),
                "examples_before": [str(row)[:300] for row in gone[:shown]],
                "examples_after": [str(row)[:300] for row in new[:shown]],
            }
    result.update({"rows_per_table": counts, "differing": differing, "same": not differing and names_a == names_b})
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    options = parser.parse_args()
    result = compare(options.before, options.after)
    print(json.dumps(result, indent=1, ensure_ascii=False))
    sys.exit(0 if result["same"] else 1)


if __name__ == "__main__":
    main()
