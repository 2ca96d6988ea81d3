"""Trips no check judges, for the checks to leave alone: a temporary table `cv_out_of_scope(trip_id,
decision_number, reason)` of the trips a dispatch puts outside all of its rules (its scope statement,
`extractors.trip_exclusions`) and of the private trips a decision permits (`trips.private_trip`,
`extractors.private_trips`: "đi nước ngoài về việc riêng" is no business trip, whatever the rules say).

An active rule carries the exclusions its dispatch states (`rules.trip_exclusions`); a trip is out when such a
rule would cover it (its jurisdiction, in force on the departure), the decision's purpose or subject names one of
the activities ("đào tạo", "học tập") and the trip lasts at least the stated length (calendar months from the
departure, or days), or its own words say "dài hạn" when the dispatch gives no length. No check judges it — not
the dispatch's rules nor the shipped defaults: the dispatch says such a stay is no business trip — and `congvan
check` says which trips were left out and why, quoting the sentence. Set-based SQL: one join of the trips with the
few rules that carry an exclusion.
"""

from __future__ import annotations

import duckdb

from pipeline.checks.sources import TRIP_PLACE, folded, in_jurisdiction

TABLE = "cv_out_of_scope"
_EXCLUSION = (
    '[{"activities": ["VARCHAR"], "min_months": "INTEGER", "min_days": "INTEGER", "long_term": "BOOLEAN", '
    '"longer_than": "BOOLEAN", "sentence": "VARCHAR"}]'
)
"""The JSON shape of `rules.trip_exclusions` the check reads (`schemas.document.TripExclusion`)."""

_LONGER = "coalesce(e.longer_than, false)"
_LENGTH = (
    f"CASE WHEN e.min_months IS NOT NULL AND {_LONGER} THEN ' trên ' || e.min_months || ' tháng'"
    f" WHEN e.min_days IS NOT NULL AND {_LONGER} THEN ' trên ' || e.min_days || ' ngày'"
    " WHEN e.min_months IS NOT NULL THEN ' từ ' || e.min_months || ' tháng trở lên'"
    " WHEN e.min_days IS NOT NULL THEN ' từ ' || e.min_days || ' ngày trở lên'"
    " WHEN e.long_term THEN ' dài hạn' ELSE '' END"
)
_DAYS = "x.end_date - x.start_date + 1 - e.min_days"
"""Days the trip lasts beyond the stated length: none or more (≥ 0) for "từ 30 ngày trở lên", some (> 0) when the
dispatch says "trên" (`TripExclusion.longer_than`: a training of exactly thirty days is not "trên ba mươi ngày")."""

SQL = f"""
CREATE OR REPLACE TEMP TABLE {TABLE} AS
WITH excluding AS (
  SELECT r.rule_id, r.jurisdiction_key, r.effective_from, r.effective_to,
         coalesce(r.citation, r.source_title, r.source_number, r.rule_id) AS citation,
         unnest(from_json(r.trip_exclusions, '{_EXCLUSION}')) AS e
  FROM rules r WHERE r.status = 'active' AND r.trip_exclusions IS NOT NULL),
exclusions AS (
  SELECT DISTINCT jurisdiction_key, effective_from, effective_to, citation, e,
         '\\b(' || array_to_string(list_transform(e.activities, lambda a: {folded("a")}), '|') || ')\\b' AS pattern
  FROM excluding),
scoped AS (
  SELECT t.trip_id, t.decision_number, t.start_date, t.end_date,
         {folded("concat_ws(' ', t.purpose, d.subject)")} AS words,
         {folded(TRIP_PLACE)} AS place_key
  FROM trips t LEFT JOIN documents d ON d.sha256 = t.trip_id
  WHERE EXISTS (SELECT 1 FROM excluding)),
excluded AS (
  SELECT x.trip_id, x.decision_number,
         'chuyến đi ' || coalesce('từ ' || strftime(x.start_date, '%d/%m/%Y') || ' đến '
           || strftime(x.end_date, '%d/%m/%Y') || ' ', '') || 'là ' || array_to_string(e.activities, ', ')
         || {_LENGTH} || ', ngoài phạm vi của ' || citation || ' (không kiểm tra): “' || e.sentence || '”' AS reason
  FROM scoped x JOIN exclusions ex ON {in_jurisdiction("ex", "x.place_key")}
    AND (effective_from IS NULL OR x.start_date IS NULL OR effective_from <= x.start_date)
    AND (effective_to IS NULL OR x.start_date IS NULL OR x.start_date <= effective_to)
  WHERE regexp_matches(x.words, pattern)
    AND (e.min_months IS NULL OR x.end_date + 1 > x.start_date + to_months(e.min_months)
         OR (NOT {_LONGER} AND x.end_date + 1 = x.start_date + to_months(e.min_months)))
    AND (e.min_days IS NULL OR {_DAYS} > 0 OR (NOT {_LONGER} AND {_DAYS} = 0))
    AND (NOT coalesce(e.long_term, false) OR x.words LIKE '%dai han%')
  UNION ALL
  SELECT trip_id, decision_number,
         'quyết định cho phép đi nước ngoài việc riêng, không phải chuyến công tác (không kiểm tra): “'
           || private_trip || '”'
  FROM trips WHERE private_trip IS NOT NULL)
SELECT trip_id, any_value(decision_number) AS decision_number, min(reason) AS reason
FROM excluded GROUP BY trip_id
"""


def register_out_of_scope(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Create the table of trips outside their dispatch's rules; returns a line per trip saying why."""
    con.execute(SQL)
    rows = con.execute(f"SELECT coalesce(decision_number, trip_id), reason FROM {TABLE} ORDER BY 1").fetchall()
    return [f"{decision}: {reason}" for decision, reason in rows]
