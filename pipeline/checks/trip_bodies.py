"""Which body sent each trip, party or state, for the rule choice: a rule that binds one body's delegations only
(`rules.body_scope`) is chosen for that body's trips over a rule for every body, and never applied to the other
body's (`pipeline.checks.sources`).

A trip's body is its decision's issuer (`extractors.issuing_body.trip_body`: the symbol "QĐ/TU" or "QĐ-UBND",
else the issuer's name, else its parent body's). Judged once per distinct symbol and issuer in Python (a few
hundred however many trips) into a temporary table `cv_trip_bodies(body_id, symbol, issuer, parent, body,
body_from)` the trips join on `BODY_JOIN` and carry as the integer `body_id` (a million trips' contexts ranked on an
integer, not on strings); `body` is null, and `body_from` says why, when no body is read for sure.
"""

from __future__ import annotations

import duckdb
import pyarrow as pa

from extractors.issuing_body import trip_body
from pipeline.store.write import arrow_table, temp_table

TABLE = "cv_trip_bodies"
COLUMNS = {
    "body_id": pa.int32(),
    "symbol": pa.string(),
    "issuer": pa.string(),
    "parent": pa.string(),
    "body": pa.string(),
    "body_from": pa.string(),
}
_SYMBOL = "coalesce(d.symbol, '')"
_ISSUER = "coalesce(d.issuer, t.issuer, '')"
_PARENT = "coalesce(d.parent_issuer, '')"
BODY_JOIN = f"b.symbol = {_SYMBOL} AND b.issuer = {_ISSUER} AND b.parent = {_PARENT}"
"""SQL over a trip `t`, its decision `d` and `cv_trip_bodies b`: the row of what its body is read from."""


def register_trip_bodies(con: duckdb.DuckDBPyConnection) -> None:
    """Create `cv_trip_bodies`: the body of each distinct decision symbol and issuer among the trips."""
    held = con.execute(
        f"SELECT DISTINCT {_SYMBOL}, {_ISSUER}, {_PARENT} FROM trips t LEFT JOIN documents d ON d.sha256 = t.trip_id"
    ).fetchall()
    rows = [
        (body_id, symbol, issuer, parent, *trip_body(symbol or None, issuer or None, parent or None))
        for body_id, (symbol, issuer, parent) in enumerate(held, start=1)
    ]
    temp_table(con, TABLE, arrow_table(list(COLUMNS), rows, COLUMNS))
