"""The trips whose members, all but the head, a trips-per-year rule does not count because of who heads them.

"Không tính vào số lần … đối với các thành viên tháp tùng trong đoàn do Bí thư Thành ủy hoặc Chủ tịch Ủy ban nhân
dân thành phố làm trưởng đoàn": `extractors.escorted_heads` reads the posts from the exception stored with the
rule, and each trip's head (role "trưởng đoàn") is judged against them once by `extractors.scope.classify`, as a
listed scope ("Chủ tịch" of "UBND thành phố" is the post, a ward's Chủ tịch or a Phó Chủ tịch is not). One temporary
table, `cv_escorted_trips(trip_id, head_ordinal, head)`, read by `pipeline.checks.sources`: the head is counted, the
others of such a trip are not.
"""

from __future__ import annotations

import duckdb
import pyarrow as pa

from extractors.escorted_heads import escorted_heads
from extractors.scope import LISTED, classify
from pipeline.store.write import arrow_table, temp_table
from schemas.document import ScopeDefinition
from schemas.rules import RuleKind

TABLE = "cv_escorted_trips"
COLUMNS = {"trip_id": pa.string(), "head_ordinal": pa.int64(), "head": pa.string()}


def register_escorted_trips(con: duckdb.DuckDBPyConnection) -> None:
    """Create `cv_escorted_trips`: each trip an active trips-per-year rule's exception names the head of, with the
    head's place in the list (he alone is counted) and the post he holds; empty when no exception names heads."""
    exceptions = con.execute(
        "SELECT exception FROM rules WHERE status = 'active' AND kind = ? AND exception IS NOT NULL ORDER BY rule_id",
        [RuleKind.MAX_TRIPS_PER_YEAR.value],
    ).fetchall()
    definitions = [
        ScopeDefinition(term="trưởng đoàn", scope=LISTED, includes=heads, sentence=exception)
        for (exception,) in exceptions
        if (heads := escorted_heads(exception))
    ]
    rows: list[tuple[str, int, str]] = []
    if definitions:
        led = con.execute(
            "SELECT trip_id, ordinal, title, unit FROM trip_members WHERE lower(role) = 'trưởng đoàn' "
            "AND title IS NOT NULL ORDER BY trip_id, ordinal"
        ).fetchall()
        # each head's title and unit judged once, however many trips he heads
        escorted = {
            (title, unit): any(classify(title, LISTED, definition, unit=unit).member for definition in definitions)
            for title, unit in {(title, unit) for _, _, title, unit in led}
        }
        rows = [
            (trip_id, ordinal, " ".join(filter(None, (title, unit))))
            for trip_id, ordinal, title, unit in led
            if escorted[(title, unit)]
        ]
    temp_table(con, TABLE, arrow_table(list(COLUMNS), rows, COLUMNS))
