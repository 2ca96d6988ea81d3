"""Decisions whose list of countries may be incomplete as read (issue 13.3), for the checks that count
countries: a temporary table `cv_country_gaps(trip_id, listed, read, list_text)`.

Only decisions read by OCR are looked at (a text layer or a docx does not lose a country), so this is a few
thousand texts at most; `extractors.country_lists.list_gaps` does the reading.
"""

from __future__ import annotations

import duckdb
import pyarrow as pa

from extractors.country_lists import list_gaps
from pipeline.store.write import arrow_table, temp_table

TABLE = "cv_country_gaps"
COLUMNS = {"trip_id": pa.string(), "listed": pa.int32(), "read": pa.int32(), "list_text": pa.string()}


def register_country_gaps(con: duckdb.DuckDBPyConnection) -> None:
    """Create the table of OCR'd decisions with a destination list longer than the countries read in it."""
    rows = con.execute(
        "SELECT t.trip_id, d.text FROM trips t JOIN documents d ON d.sha256 = t.trip_id "
        "WHERE d.text_source IN ('ocr', 'mixed') AND d.text IS NOT NULL"
    ).fetchall()
    found = [(trip_id, gap) for trip_id, text in rows for gap in list_gaps(text)[:1]]
    gaps = [(trip_id, gap.items, gap.countries, gap.text) for trip_id, gap in found]
    temp_table(con, TABLE, arrow_table(list(COLUMNS), gaps, COLUMNS))
