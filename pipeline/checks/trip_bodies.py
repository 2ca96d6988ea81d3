"""Which body sent each trip, party or state, for the rule choice: a rule that binds one body's delegations only
(`rules.body_scope`) is chosen for that body's trips over a rule for every body, and never applied to the other
body's (`pipeline.checks.sources`).

A trip's body is its decision's issuer (`extractors.issuing_body.trip_body`: the symbol "QĐ/TU" or "QĐ-UBND",
else the issuer's name, else its parent body's). Judged once per distinct symbol and issuer in Python (a few
hundred however many trips) into a temporary table `cv_trip_bodies(body_key, body, body_from)` the trips join on
`BODY_KEY`; `body` is null, and `body_from` says why, when no body is read for sure.
"""

from __future__ import annotations

import duckdb
import pyarrow as pa

from extractors.issuing_body import trip_body
from pipeline.store.write import arrow_table, temp_table

TABLE = "cv_trip_bodies"
COLUMNS = {"body_key": pa.string(), "body": pa.string(), "body_from": pa.string()}
BODY_KEY = "concat_ws('|', coalesce(d.symbol, ''), coalesce(d.issuer, t.issuer, ''), coalesce(d.parent_issuer, ''))"
"""SQL over a trip `t` and its decision `d`: what its body is read from, as one join key."""


def register_trip_bodies(con: duckdb.DuckDBPyConnection) -> None:
    """Create `cv_trip_bodies`: the body of each distinct decision symbol and issuer among the trips."""
    held = con.execute(
        f"""SELECT DISTINCT {BODY_KEY}, d.symbol, coalesce(d.issuer, t.issuer), d.parent_issuer
            FROM trips t LEFT JOIN documents d ON d.sha256 = t.trip_id"""
    ).fetchall()
    rows = [(key, *trip_body(symbol, issuer, parent)) for key, symbol, issuer, parent in held]
    temp_table(con, TABLE, arrow_table(list(COLUMNS), rows, COLUMNS))
