"""A trip not in the approved annual plan of foreign activities: matched to the plan's entries by country,
unit and period, with the match explained. Only trips of a year whose plan is in the database are judged:
with no plan ingested there is nothing to compare against (ingest the plan)."""

from pipeline.checks.messages import optional, sql_text
from pipeline.checks.registry import SEVERITY_FIRST, Check, register
from pipeline.checks.sources import folded
from schemas.rules import RuleKind

PERIOD_SLACK_DAYS = 31
"""A trip starting within a month of the planned period still counts as that entry (plans name quarters)."""
UNIT_AGREES = 0.85
"""Jaro-Winkler similarity of folded units at or above which a trip's unit is the plan entry's."""


_CANDIDATES = f"""(
  WITH judged AS (
    SELECT t.trip_id, t.start_date,
           (SELECT list(iso_code) FROM trip_destinations d WHERE d.trip_id = t.trip_id) AS codes,
           list_distinct(list_concat([t.issuer], (SELECT list(unit) FROM trip_members m WHERE m.trip_id = t.trip_id)))
             AS units
    FROM trips t
    WHERE year(t.start_date) IN (SELECT DISTINCT year(period_start) FROM plan_entries WHERE period_start IS NOT NULL)),
  scored AS (
    SELECT j.trip_id, p.sha256 AS plan_sha256, p.ordinal, p.row_text,
           len(list_intersect(j.codes, p.country_codes)) > 0 AS country,
           coalesce(list_max(list_transform(j.units, lambda u: jaro_winkler_similarity({folded("coalesce(u, '')")},
                                                                                 {folded("coalesce(p.unit, '')")}))),
                    0) >= {UNIT_AGREES} AS unit,
           j.start_date BETWEEN p.period_start - {PERIOD_SLACK_DAYS} AND p.period_end + {PERIOD_SLACK_DAYS} AS period
    FROM judged j JOIN plan_entries p ON year(p.period_start) = year(j.start_date))
  SELECT trip_id, arg_max(struct_pack(plan_sha256, ordinal, row_text, country, unit, period),
                          country::INT + unit::INT + period::INT) AS best,
         max(country::INT + unit::INT + period::INT) AS agreeing
  FROM scored GROUP BY trip_id)"""

register(
    Check(
        RuleKind.IN_ANNUAL_PLAN,
        rows=f"(SELECT t.*, pm.best, pm.agreeing FROM cv_trips t JOIN {_CANDIDATES} pm USING (trip_id)) x",
        breaks="x.agreeing < 3",
        needs_value=False,
        stricter=SEVERITY_FIRST,
        severity="CASE WHEN x.agreeing = 2 THEN 'review' ELSE c.severity END",
        message=sql_text(
            "Chuyến đi theo quyết định {decision} không có trong kế hoạch hoạt động đối ngoại năm {year} đã được "
            "phê duyệt{closest}, trái với {citation}",
            year="year(x.start_date)",
            closest=optional(" (gần nhất: “{row}”)", row="x.best.row_text"),
        ),
        evidence={
            "closest_plan_entry": "x.best.row_text",
            "plan_sha256": "x.best.plan_sha256",
            "country_agrees": "x.best.country",
            "unit_agrees": "x.best.unit",
            "period_agrees": "x.best.period",
        },
        to_check="CASE WHEN x.agreeing = 2 THEN 'chuyến đi có phải là đoàn “' || x.best.row_text || '” trong kế hoạch "
        "không (chỉ 2 trong 3 yếu tố nước đến, đơn vị, thời gian khớp)' END",
    )
)
