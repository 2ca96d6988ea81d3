"""The rows the checks judge, built once per run as temporary tables, and the rule each of them answers to.

`cv_trips` (one per trip, with its context: the place its issuer names and the start date), `cv_members` (one
per trip member), `cv_person_trips` (each person's trips of a calendar year in order, kept only for the
person-years over the most lenient trips-per-year or annual-leave limit: a check that needs every person-year
reads `cv_members`), `cv_honorifics`, and `cv_chosen`: which rule a trip answers to, decided in SQL. Among
the active rules of a kind, those whose jurisdiction covers the trip (central rules cover every trip; a local
rule covers trips whose issuer or place names its place) and whose effective date is not after the trip's
start; of those, the strictest (each check's `stricter`), then the local one, then the newest. It is resolved
once per context (issuer place and start date, plus the member's key-leader flags for rules about people), a
few thousand rows however many trips, and joined back on an integer.

Working days come from the `calendar` table's `working_day_index` (working days since 2000-01-01 up to and
including a date), so "N working days after D" is an equality join, not a loop.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.checks.registry import Check
from schemas.rules import RuleKind

ANNUAL_LEAVE_DAYS = 12
"""Labour Code 2019 art. 113: the basic annual leave, used when a leave rule states no number of days."""

MANAGED_CADRE_TITLES = r"^(phó )?(giám đốc|chủ tịch|bí thư|trưởng ban|chánh văn phòng|cục trưởng|tổng giám đốc)"
"""Titles taken for "cán bộ thuộc diện Ban Thường vụ quản lý" when a rule is scoped to them (with key leaders)."""


def _in(kinds: list[RuleKind]) -> str:
    return "(" + ", ".join(f"'{k.value}'" for k in kinds) + ")"


def setup_sql(checks: Sequence[Check]) -> str:
    """The statements that build the temporary tables for these checks."""
    return f"""
CREATE OR REPLACE TEMP TABLE cv_rules AS
SELECT r.rule_id, r.kind, r.value, r.unit, r.exception_value, coalesce(r.scope, 'all') AS scope, r.severity,
       r.jurisdiction_key, r.effective_from,
       coalesce(r.citation, r.source_title, r.source_number, r.rule_id) AS citation,
       r.kind IN {_in([c.kind for c in checks if c.per_person])} AS per_person,
       CASE r.kind {" ".join(f"WHEN '{c.kind.value}' THEN {c.stricter}" for c in checks)} END AS strictness
FROM rules r
WHERE r.status = 'active' AND (r.value IS NOT NULL OR r.kind NOT IN {_in([c.kind for c in checks if c.needs_value])});

-- Trips, with their context: the place their issuer names (`place_id`) and the start date. Trips of one
-- context answer to the same rules.
CREATE OR REPLACE TEMP TABLE cv_places AS
SELECT place_text, row_number() OVER () AS place_id
FROM (SELECT DISTINCT lower(concat_ws(' ', t.issuer, d.issuer, d.parent_issuer, d.place)) AS place_text
      FROM trips t LEFT JOIN documents d ON d.sha256 = t.trip_id);

CREATE OR REPLACE TEMP TABLE cv_trips AS
SELECT t.trip_id, t.decision_number, t.start_date, t.end_date, t.funding, t.funding_text, t.sponsor, t.inviter,
       t.submitted_on, p.place_id, coalesce(dc.n, 0) AS n_countries, coalesce(mc.n, 0) AS n_members,
       ce.working_day_index - cs.working_day_index AS wd  -- working days from the start day to the end day
FROM trips t
LEFT JOIN documents d ON d.sha256 = t.trip_id
LEFT JOIN calendar cs ON cs.date = t.start_date - 1
LEFT JOIN calendar ce ON ce.date = t.end_date
JOIN cv_places p ON p.place_text = lower(concat_ws(' ', t.issuer, d.issuer, d.parent_issuer, d.place))
LEFT JOIN (SELECT trip_id, count(*) AS n FROM trip_destinations GROUP BY trip_id) dc ON dc.trip_id = t.trip_id
LEFT JOIN (SELECT trip_id, count(*) AS n FROM trip_members GROUP BY trip_id) mc ON mc.trip_id = t.trip_id;

CREATE OR REPLACE TEMP TABLE cv_members AS
SELECT m.trip_id, m.ordinal, m.name, m.unit, m.person_id,
       coalesce(m.person_id, lower(trim(m.name)) || '|' || lower(trim(coalesce(m.unit, '')))) AS person_key,
       coalesce(m.is_key_leader, false) AS is_key_leader,
       coalesce(m.is_key_leader, false)
         OR regexp_matches(lower(coalesce(m.title, '')), '{MANAGED_CADRE_TITLES}') AS is_managed,
       t.place_id, t.start_date, t.end_date, t.decision_number, t.wd
FROM trip_members m JOIN cv_trips t USING (trip_id);

CREATE OR REPLACE TEMP TABLE cv_honorifics AS
SELECT sha256, name, any_value(honorific) AS honorific FROM mentions WHERE role = 'member' GROUP BY sha256, name;

-- The rule each context answers to, per kind: trip-level kinds once per trip context (flags null), kinds
-- about people once per trip context and member flags (scope decides).
CREATE OR REPLACE TEMP TABLE cv_chosen AS
WITH trip_contexts AS (SELECT DISTINCT place_id, start_date FROM cv_trips),
x AS (SELECT t.place_id, t.start_date, p.place_text, NULL::BOOLEAN AS is_key_leader, NULL::BOOLEAN AS is_managed
      FROM trip_contexts t JOIN cv_places p USING (place_id)
      UNION ALL
      SELECT f.place_id, f.start_date, p.place_text, f.is_key_leader, f.is_managed
      FROM (SELECT DISTINCT place_id, start_date, is_key_leader, is_managed FROM cv_members) f
      JOIN cv_places p USING (place_id))
SELECT * EXCLUDE (rn) FROM (
  SELECT x.place_id, x.start_date, x.is_key_leader, x.is_managed, r.kind, r.rule_id, r.value, r.unit,
         r.exception_value, r.severity, r.citation,
         row_number() OVER (PARTITION BY r.kind, x.place_id, x.start_date, x.is_key_leader, x.is_managed
                            ORDER BY r.strictness, (r.jurisdiction_key = 'central') ASC,
                                     r.effective_from DESC NULLS LAST, r.rule_id) AS rn
  FROM x JOIN cv_rules r ON r.per_person = (x.is_key_leader IS NOT NULL)
    AND (r.jurisdiction_key IS NULL OR r.jurisdiction_key = 'central' OR contains(x.place_text, r.jurisdiction_key))
    AND (r.effective_from IS NULL OR x.start_date IS NULL OR r.effective_from <= x.start_date)
    AND (NOT r.per_person OR r.scope = 'all' OR (r.scope = 'key_leader' AND x.is_key_leader)
         OR (r.scope = 'managed_cadre' AND x.is_managed)))
WHERE rn = 1;

-- Each trip's report deadline: N working days after its return, N from the report-deadline rule chosen for
-- its context. Stored in report_deadlines by `evaluate`: the one definition every reader uses.
CREATE OR REPLACE TEMP TABLE cv_deadlines AS
SELECT x.trip_id, c.rule_id, CAST(c.value AS INTEGER) AS deadline_working_days, dl.date AS deadline, c.citation
FROM cv_trips x
JOIN (SELECT * FROM cv_chosen WHERE kind = '{RuleKind.REPORT_DEADLINE_WORKING_DAYS.value}' AND is_key_leader IS NULL) c
  ON c.place_id = x.place_id AND c.start_date IS NOT DISTINCT FROM x.start_date
JOIN calendar ce ON ce.date = x.end_date
JOIN calendar dl ON dl.working_day_index = ce.working_day_index + CAST(c.value AS INTEGER) AND dl.is_working_day;

-- Each person's trips of a calendar year in order: the n-th trip and the working days abroad so far. One
-- window sort serves both checks, over the person-years that can break the most lenient active limit (a
-- running total never exceeds the sum of the positive days), and keeps the rows that do.
CREATE OR REPLACE TEMP TABLE cv_person_trips AS
WITH limits AS MATERIALIZED (
  SELECT min(value) FILTER (WHERE kind = '{RuleKind.MAX_TRIPS_PER_YEAR.value}') AS trips,
         min(coalesce(value, {ANNUAL_LEAVE_DAYS}))
           FILTER (WHERE kind = '{RuleKind.TOTAL_DAYS_WITHIN_ANNUAL_LEAVE.value}') AS days
  FROM cv_rules),
busy AS (
  SELECT person_key, year(start_date) AS yr FROM cv_members WHERE start_date IS NOT NULL GROUP BY ALL
  HAVING count(*) > (SELECT trips FROM limits) OR sum(greatest(wd, 0)) > (SELECT days FROM limits))
SELECT * FROM (
  SELECT m.trip_id, m.ordinal, m.name, m.person_id, m.person_key, m.place_id, m.start_date, m.is_key_leader,
         m.is_managed, m.decision_number, b.yr, m.wd, row_number() OVER w AS nth, sum(m.wd) OVER w AS total
  FROM cv_members m JOIN busy b ON b.person_key = m.person_key AND b.yr = year(m.start_date)
  WINDOW w AS (PARTITION BY m.person_key, b.yr ORDER BY m.start_date, m.trip_id))
WHERE nth > (SELECT trips FROM limits) OR total > (SELECT days FROM limits);
"""


TEMP_TABLES = (
    "cv_rules",
    "cv_places",
    "cv_trips",
    "cv_members",
    "cv_honorifics",
    "cv_chosen",
    "cv_deadlines",
    "cv_person_trips",
    "cv_found",
)
