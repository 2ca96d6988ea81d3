"""Decisions whose list of countries may be incomplete as read (issue 13.3), for the checks that count
countries: a temporary table `cv_country_gaps(trip_id, listed, read, list_text)`.

Only decisions read by OCR are looked at (a text layer or a docx does not lose a country), so this is a few
thousand texts at most; `extractors.country_lists.list_gaps` does the reading.
"""

from __future__ import annotations

import duckdb
import pyarrow as pa

from extractors.country_lists import list_gaps

TABLE = "cv_country_gaps"


def register_country_gaps(con: duckdb.DuckDBPyConnection) -> None:
    """Create the table of OCR'd decisions with a destination list longer than the countries read in it."""
    rows = con.execute(
        "SELECT t.trip_id, d.text FROM trips t JOIN documents d ON d.sha256 = t.trip_id "
        "WHERE d.text_source IN ('ocr', 'mixed') AND d.text IS NOT NULL"
    ).fetchall()
    found = [(trip_id, gap) for trip_id, text in rows for gap in list_gaps(text)[:1]]
    table = pa.table(
        {
            "trip_id": pa.array([t for t, _ in found], pa.string()),
            "listed": pa.array([g.items for _, g in found], pa.int32()),
            "read": pa.array([g.countries for _, g in found], pa.int32()),
            "list_text": pa.array([g.text for _, g in found], pa.string()),
        }
    )
    con.register("cv_country_gaps_arrow", table)
    try:
        con.execute(f"CREATE OR REPLACE TEMP TABLE {TABLE} AS SELECT * FROM cv_country_gaps_arrow")
    finally:
        con.unregister("cv_country_gaps_arrow")
