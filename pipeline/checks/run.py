"""Active rules × trips → findings, in set-based SQL over DuckDB.

Each check (`CHECKS`) is written once as the rows it judges, when a row breaks its rule, and the finding's
Vietnamese message (with the numbers and the rule's source) and evidence as SQL expressions; `_select` wraps
it into one SELECT of finding rows, and `evaluate` runs them all as one INSERT, so findings never pass
through Python on the way to the database.

Which rule a trip answers to is decided in SQL too (`_CHOOSE`): among the active rules of a kind, those whose
jurisdiction covers the trip (central rules cover every trip; a local rule covers trips whose issuer or place
names its place) and whose effective date is not after the trip's start; of those, the strictest, then the
local one, then the newest. It is resolved once per context (issuer place and start date, plus the member's
key-leader flags for rules about people), a few thousand rows however many trips, and joined back on an
integer.

Working days come from the `calendar` table's `working_day_index` (working days since 2000-01-01 up to and
including a date), so "N working days after D" is an equality join, not a loop.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import duckdb

from pipeline.rules.rulebase import ensure_default_rules
from schemas.rules import Finding, RuleKind

TRAVEL_DAYS = 2
"""Days of a trip spent travelling (out and back), not counted against a per-country limit."""

ANNUAL_LEAVE_DAYS = 12
"""Labour Code 2019 art. 113: the basic annual leave, used when a leave rule states no number of days."""

MANAGED_CADRE_TITLES = r"^(phó )?(giám đốc|chủ tịch|bí thư|trưởng ban|chánh văn phòng|cục trưởng|tổng giám đốc)"
"""Titles taken for "cán bộ thuộc diện Ban Thường vụ quản lý" when a rule is scoped to them (with key leaders)."""

FIRM = r"^(công ty|tập đoàn|doanh nghiệp)|\b(co\.,? ?ltd|corporation|inc|jsc|group|limited)\b"
"""An inviter or sponsor that is a firm (not an agency whose name mentions firms, e.g. "Cơ quan Xúc tiến
Doanh nghiệp …")."""

LOCAL_ORGAN = (
    r"^(ubnd|ủy ban nhân dân|uỷ ban nhân dân|hđnd|hội đồng nhân dân|(huyện|tỉnh|thành|quận|thị|đảng) (ủy|uỷ))\b"
)
LOCALITY = r"(?:huyện|tỉnh|thành phố|thành|quận|thị xã|thị|xã|phường|thị trấn)(?:\s+(?:ủy|uỷ))?\s+(.+)$"
"""The party committee and the people's committee of one locality ("Huyện ủy Cao Lộc", "UBND huyện Cao Lộc")
are one "địa phương" for the two-key-leaders rule: their unit key is the locality's name."""


def _n(expr: str) -> str:
    """A rule value as the documents write it: two digits with a leading zero ('02')."""
    return f"lpad(CAST(CAST({expr} AS BIGINT) AS VARCHAR), 2, '0')"


def _d(expr: str) -> str:
    return f"strftime({expr}, '%d/%m/%Y')"


_DECISION = "coalesce(x.decision_number, x.trip_id)"
_DISPLAY = (
    "CASE lower(coalesce(h.honorific, '')) WHEN 'ông' THEN 'Ông ' WHEN 'bà' THEN 'Bà ' ELSE 'Đồng chí ' END || x.name"
)
_LEAVE = f"coalesce(c.value, {ANNUAL_LEAVE_DAYS})"
_LEAD = "cb.working_day_index - cs.working_day_index"
_PASSPORT_DEADLINE = "CASE WHEN c.unit = 'working_days' THEN dl.date ELSE x.end_date + CAST(c.value AS INTEGER) END"
_URGENT_ENOUGH = f"c.exception_value IS NOT NULL AND {_LEAD} >= c.exception_value"
_COUNTRIES = "(SELECT list(country ORDER BY ordinal) FROM trip_destinations WHERE trip_id = x.trip_id)"
_PER_COUNTRY = f"(x.end_date - x.start_date + 1 - {TRAVEL_DAYS}) / x.n_countries"


@dataclass(frozen=True)
class Check:
    """One rule kind's check. `rows` is a FROM item aliased `x` (with `trip_id`, `decision_number`, the
    context `place_id` and `start_date`,
    and for people `name`, `person_id`, `is_key_leader`, `is_managed`); the chosen rule is `c`; `joins` may use
    both; `breaks`, `message`, `evidence` and `severity` are SQL over them."""

    kind: RuleKind
    rows: str
    breaks: str
    message: str
    evidence: dict[str, str]
    joins: str = ""
    per_person: bool = False
    needs_value: bool = True
    stricter: str = "r.value"
    """Sort key of the rule that wins when several apply (smallest first)."""
    severity: str = "c.severity"


_SEVERITY_FIRST = "CASE r.severity WHEN 'breach' THEN 0 ELSE 1 END"

CHECKS = (
    Check(
        RuleKind.MAX_TRIPS_PER_YEAR,
        rows="cv_person_trips x",
        breaks="x.nth > c.value",
        message=f"{_DISPLAY} || ' đi nước ngoài lần thứ ' || x.nth || ' trong năm ' || x.yr || ', vượt mức tối đa ' "
        f"|| {_n('c.value')} || ' lần/năm theo ' || c.citation",
        evidence={"trip_number": "x.nth", "year": "x.yr", "person_key": "x.person_key"},
        per_person=True,
    ),
    Check(
        RuleKind.MAX_DELEGATION_SIZE,
        rows="cv_trips x",
        breaks="x.n_members > c.value",
        message=f"'Đoàn theo quyết định ' || {_DECISION} || ' có ' || x.n_members || ' người, vượt mức tối đa ' "
        f"|| {_n('c.value')} || ' người/đoàn theo ' || c.citation",
        evidence={"members": "x.n_members"},
    ),
    Check(
        RuleKind.MAX_COUNTRIES_PER_TRIP,
        rows="cv_trips x",
        breaks="x.n_countries > c.value",
        message=f"'Chuyến đi theo quyết định ' || {_DECISION} || ' đến ' || x.n_countries || ' nước (' "
        f"|| array_to_string({_COUNTRIES}, ', ') || '), vượt mức tối đa ' || {_n('c.value')} "
        "|| ' nước/chuyến theo ' || c.citation",
        evidence={"countries": _COUNTRIES},
    ),
    Check(
        RuleKind.MAX_DAYS_PER_COUNTRY,
        rows="(SELECT * FROM cv_trips WHERE n_countries > 0 AND start_date IS NOT NULL AND end_date IS NOT NULL) x",
        breaks=f"{_PER_COUNTRY} > c.value",
        message=f"'Chuyến đi theo quyết định ' || {_DECISION} || ' kéo dài ' || (x.end_date - x.start_date + 1) "
        f"|| ' ngày (' || {_d('x.start_date')} || ' - ' || {_d('x.end_date')} || ') qua ' || x.n_countries "
        f"|| ' nước: bình quân ' || replace(CAST(round({_PER_COUNTRY}, 1) AS VARCHAR), '.', ',') "
        f"|| ' ngày mỗi nước sau khi trừ {TRAVEL_DAYS} ngày đi về, vượt mức tối đa ' || {_n('c.value')} "
        "|| ' ngày/nước theo ' || c.citation",
        evidence={
            "days": "x.end_date - x.start_date + 1",
            "travel_days": str(TRAVEL_DAYS),
            "countries": _COUNTRIES,
            "days_per_country": f"round({_PER_COUNTRY}, 2)",
        },
    ),
    Check(
        RuleKind.REPORT_DEADLINE_WORKING_DAYS,
        rows="cv_trips x",
        joins="""JOIN calendar ce ON ce.date = x.end_date
        JOIN calendar dl ON dl.working_day_index = ce.working_day_index + CAST(c.value AS INTEGER) AND dl.is_working_day
        LEFT JOIN (SELECT trip_id, min(report_date) AS report_date, any_value(number) AS report_number,
                          any_value(sha256) AS report_sha256
                   FROM reports WHERE trip_id IS NOT NULL AND (report_date IS NULL OR report_date <= $as_of)
                   GROUP BY trip_id) r ON r.trip_id = x.trip_id
        LEFT JOIN calendar cr ON cr.date = r.report_date""",
        breaks="(r.trip_id IS NOT NULL AND r.report_date > dl.date) OR (r.trip_id IS NULL AND $as_of > dl.date)",
        message=f"""CASE WHEN r.trip_id IS NOT NULL THEN
             'Báo cáo kết quả chuyến đi theo quyết định ' || {_DECISION} || ' nộp ngày ' || {_d("r.report_date")}
             || ', chậm ' || (cr.working_day_index - dl.working_day_index) || ' ngày làm việc so với hạn '
             || {_d("dl.date")} || ' (' || {_n("c.value")} || ' ngày làm việc sau ngày về ' || {_d("x.end_date")}
             || ') theo ' || c.citation
           ELSE
             'Chưa có báo cáo kết quả chuyến đi theo quyết định ' || {_DECISION} || ': đã quá hạn ' || {_d("dl.date")}
             || ' (' || {_n("c.value")} || ' ngày làm việc sau ngày về ' || {_d("x.end_date")} || ') tính đến ngày '
             || {_d("$as_of")} || ' theo ' || c.citation
           END""",
        evidence={
            "status": "CASE WHEN r.trip_id IS NOT NULL THEN 'late' ELSE 'missing' END",
            "returned": "x.end_date",
            "deadline": "dl.date",
            "report_date": "r.report_date",
            "report_number": "r.report_number",
            "report_sha256": "r.report_sha256",
            "late_working_days": "cr.working_day_index - dl.working_day_index",
        },
    ),
    Check(
        RuleKind.SUBMISSION_LEAD_WORKING_DAYS,
        rows="cv_trips x",
        joins="JOIN calendar cs ON cs.date = x.submitted_on JOIN calendar cb ON cb.date = x.start_date - 1",
        breaks=f"{_LEAD} < c.value",
        stricter="-r.value",
        severity=f"CASE WHEN {_URGENT_ENOUGH} THEN 'warning' ELSE c.severity END",
        message=f"'Hồ sơ nhân sự của đoàn theo quyết định ' || {_DECISION} || ' trình ngày ' || {_d('x.submitted_on')} "
        f"|| ', chỉ ' || {_LEAD} || ' ngày làm việc trước ngày đi ' || {_d('x.start_date')} "
        f"|| ', ít hơn mức tối thiểu ' || {_n('c.value')} || ' ngày làm việc' "
        f"|| CASE WHEN {_URGENT_ENOUGH} THEN ' (đủ mức ' || {_n('c.exception_value')} "
        "|| ' ngày làm việc nếu là trường hợp đột xuất)' ELSE '' END || ' theo ' || c.citation",
        evidence={
            "submitted_on": "x.submitted_on",
            "start": "x.start_date",
            "lead_working_days": _LEAD,
            "urgent_value": "c.exception_value",
        },
    ),
    Check(
        RuleKind.NO_ENTERPRISE_FUNDED,
        rows="cv_trips x",
        breaks=f"x.funding = 'enterprise' OR regexp_matches(lower(coalesce(x.inviter, '')), '{FIRM}') "
        f"OR regexp_matches(lower(coalesce(x.sponsor, '')), '{FIRM}')",
        needs_value=False,
        stricter=_SEVERITY_FIRST,
        message=f"'Chuyến đi theo quyết định ' || {_DECISION} || ' do doanh nghiệp ' "
        "|| CASE WHEN x.funding = 'enterprise' THEN 'đài thọ' ELSE 'mời đích danh' END "
        "|| coalesce(' (' || coalesce(x.sponsor, x.inviter, x.funding_text) || ')', '') || ', trái với ' || c.citation",
        evidence={
            "funding": "x.funding",
            "funding_text": "x.funding_text",
            "sponsor": "x.sponsor",
            "inviter": "x.inviter",
        },
    ),
    Check(
        RuleKind.NO_TWO_KEY_LEADERS_SAME_UNIT,
        # The unit key is worked out once per distinct unit name, and the lists built only for units with two.
        rows=f"""(WITH keyed AS MATERIALIZED (
             SELECT m.trip_id, m.ordinal, m.name, m.unit, m.decision_number, m.place_id, m.start_date, k.unit_key
             FROM cv_members m JOIN (
               SELECT unit, CASE WHEN regexp_matches(lower(unit), '{LOCAL_ORGAN}')
                                 THEN regexp_extract(lower(unit), '{LOCALITY}', 1)
                                 ELSE lower(trim(unit)) END AS unit_key
               FROM (SELECT DISTINCT unit FROM cv_members WHERE is_key_leader AND unit IS NOT NULL)) k USING (unit)
             WHERE m.is_key_leader)
           SELECT trip_id, any_value(decision_number) AS decision_number,
                  any_value(place_id) AS place_id, any_value(start_date) AS start_date,
                  array_to_string(list(DISTINCT unit ORDER BY unit), ', ') AS unit,
                  list(name ORDER BY ordinal) AS names, count(*) AS n
           FROM keyed SEMI JOIN (SELECT trip_id, unit_key FROM keyed GROUP BY ALL HAVING count(*) >= 2) two
             USING (trip_id, unit_key)
           GROUP BY trip_id, unit_key) x""",
        breaks="true",
        needs_value=False,
        stricter=_SEVERITY_FIRST,
        message=f"'Đoàn theo quyết định ' || {_DECISION} || ' có ' || x.n || ' lãnh đạo chủ chốt của ' || x.unit "
        "|| ' (' || array_to_string(x.names, ', ') || '), trái với ' || c.citation",
        evidence={"unit": "x.unit", "key_leaders": "x.names"},
    ),
    Check(
        RuleKind.AVOID_START_END_OF_YEAR,
        rows="cv_trips x",
        breaks="month(x.start_date) IN (1, 12)",
        needs_value=False,
        stricter=_SEVERITY_FIRST,
        message=f"'Chuyến đi theo quyết định ' || {_DECISION} || ' khởi hành ngày ' || {_d('x.start_date')} "
        "|| ', vào dịp ' || CASE WHEN month(x.start_date) = 1 THEN 'đầu' ELSE 'cuối' END "
        "|| ' năm, thời điểm cần hạn chế theo ' || c.citation",
        evidence={"start": "x.start_date"},
    ),
    Check(
        RuleKind.TOTAL_DAYS_WITHIN_ANNUAL_LEAVE,
        rows="cv_person_trips x",
        breaks=f"x.total > {_LEAVE}",
        needs_value=False,
        stricter=_LEAVE.replace("c.", "r."),
        message=f"{_DISPLAY} || ' đã ở nước ngoài ' || x.total || ' ngày làm việc trong năm ' || x.yr "
        f"|| ', vượt số ngày nghỉ phép năm ' || {_n(_LEAVE)} || ' ngày theo ' || c.citation",
        evidence={
            "working_days_abroad": "x.total",
            "year": "x.yr",
            "this_trip_working_days": "x.wd",
            "leave_days": _LEAVE,
        },
        per_person=True,
    ),
    Check(
        RuleKind.PASSPORT_RETURN_DEADLINE_DAYS,
        rows="(SELECT m.*, p.returned_on FROM passport_returns p "
        "JOIN cv_members m ON m.trip_id = p.trip_id AND m.name = p.name) x",
        joins="""JOIN calendar ce ON ce.date = x.end_date
        LEFT JOIN calendar dl ON dl.working_day_index = ce.working_day_index + CAST(c.value AS INTEGER)
                             AND dl.is_working_day""",
        breaks=f"(x.returned_on IS NOT NULL AND x.returned_on > {_PASSPORT_DEADLINE}) "
        f"OR (x.returned_on IS NULL AND $as_of > {_PASSPORT_DEADLINE})",
        message=f"{_DISPLAY} || CASE WHEN x.returned_on IS NULL THEN ' chưa nộp lại hộ chiếu, đã quá hạn ' "
        f"ELSE ' nộp lại hộ chiếu ngày ' || {_d('x.returned_on')} || ', sau hạn ' END "
        f"|| {_d(_PASSPORT_DEADLINE)} || ' (' || {_n('c.value')} "
        "|| CASE WHEN c.unit = 'working_days' THEN ' ngày làm việc' ELSE ' ngày' END "
        f"|| ' sau ngày về ' || {_d('x.end_date')} || ') theo ' || c.citation",
        evidence={"returned_on": "x.returned_on", "deadline": _PASSPORT_DEADLINE, "trip_end": "x.end_date"},
        per_person=True,
    ),
)

CHECKED_KINDS = tuple(check.kind for check in CHECKS)
"""Kinds the database carries data for. `no_trip_under_discipline` needs disciplinary records, which no
document in the archive carries, so it is kept in the rule base but not checked."""


def _in(kinds: list[RuleKind]) -> str:
    return "(" + ", ".join(f"'{k.value}'" for k in kinds) + ")"


_SETUP = f"""
CREATE OR REPLACE TEMP TABLE cv_rules AS
SELECT r.rule_id, r.kind, r.value, r.unit, r.exception_value, coalesce(r.scope, 'all') AS scope, r.severity,
       r.jurisdiction_key, r.effective_from,
       coalesce(r.citation, r.source_title, r.source_number, r.rule_id) AS citation,
       r.kind IN {_in([c.kind for c in CHECKS if c.per_person])} AS per_person,
       CASE r.kind {" ".join(f"WHEN '{c.kind.value}' THEN {c.stricter}" for c in CHECKS)} END AS strictness
FROM rules r
WHERE r.status = 'active' AND (r.value IS NOT NULL OR r.kind NOT IN {_in([c.kind for c in CHECKS if c.needs_value])});

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
_TEMP_TABLES = (
    "cv_rules",
    "cv_places",
    "cv_trips",
    "cv_members",
    "cv_honorifics",
    "cv_chosen",
    "cv_person_trips",
    "cv_found",
)


_SAME_CONTEXT = "c.place_id = x.place_id AND c.start_date IS NOT DISTINCT FROM x.start_date"


def _select(check: Check) -> str:
    """One check as a SELECT of finding rows (rule_id, rule_kind, trip_id, decision_number, person, person_id,
    severity, message, evidence); the evidence always ends with the rule's source and value."""
    kind = check.kind.value
    if check.per_person:
        person, level = "x.name, x.person_id", "IS NOT NULL"
        on = f"{_SAME_CONTEXT} AND c.is_key_leader = x.is_key_leader AND c.is_managed = x.is_managed"
        honorific = "LEFT JOIN cv_honorifics h ON h.sha256 = x.trip_id AND h.name = x.name"
    else:
        person, level, on, honorific = "NULL, NULL", "IS NULL", _SAME_CONTEXT, ""
    pairs = [*check.evidence.items(), ("rule_source", "c.citation"), ("rule_value", "c.value")]
    evidence = "json_object(" + ", ".join(f"'{key}', {expr}" for key, expr in pairs) + ")"
    return f"""
    SELECT c.rule_id, '{kind}', x.trip_id, x.decision_number, {person}, {check.severity}, {check.message}, {evidence}
    FROM {check.rows}
    JOIN (SELECT * FROM cv_chosen WHERE kind = '{kind}' AND is_key_leader {level}) c ON {on}
    {check.joins}
    {honorific}
    WHERE {check.breaks}"""


_COLUMNS = "rule_id, rule_kind, trip_id, decision_number, person, person_id, severity, message, evidence"


def _finding_rows(kinds: tuple[RuleKind, ...]) -> str:
    """The checks of `kinds` as one query of finding rows with their id (`fid`). A person listed twice in one
    decision would be found twice by the checks about people: one of them is kept. Trip-level checks yield at
    most one row per trip (and unit), so they skip that step."""
    parts = []
    for per_person in (False, True):
        selects = [f"({_select(c)})" for c in CHECKS if c.kind in kinds and c.per_person is per_person]
        if selects:
            parts.append(
                f"""SELECT md5(concat_ws('|', rule_kind, rule_id, trip_id, person_id, person, message)) AS fid, *
                FROM ({" UNION ALL ".join(selects)}) AS f({_COLUMNS})
                {"QUALIFY row_number() OVER (PARTITION BY fid) = 1" if per_person else ""}"""
            )
    return " UNION ALL ".join(f"({part})" for part in parts)


@dataclass
class CheckCounts:
    """How many findings a check run wrote, by kind and by severity."""

    by_kind: dict[str, int] = field(default_factory=dict)
    breaches: int = 0
    warnings: int = 0

    @property
    def total(self) -> int:
        return self.breaches + self.warnings


def evaluate(
    con: duckdb.DuckDBPyConnection,
    as_of: dt.date,
    run_id: str | None = None,
    kinds: tuple[RuleKind, ...] = CHECKED_KINDS,
) -> CheckCounts:
    """Write the findings of `kinds` as of a date and count them, without bringing them into Python (what the
    nightly flow and `congvan check` need at any scale). The run's scope is its kinds: their previous findings
    are replaced in the same transaction, so re-running never duplicates a finding. Findings found again
    unchanged are kept and handed to this run, not deleted and re-inserted: most of a nightly run's findings are
    last night's, and every row through the findings primary key costs."""
    ensure_default_rules(con)
    kind_list = [k.value for k in kinds]
    in_scope = "rule_kind IN (SELECT unnest($kinds::VARCHAR[]))"
    same = " AND ".join(f"n.{column} IS NOT DISTINCT FROM f.{column}" for column in ("decision_number", "severity"))
    try:
        con.execute(_SETUP)
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE cv_found AS SELECT *, $as_of AS as_of FROM ({_finding_rows(kinds)})",
            {"as_of": as_of},
        )
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(
                f"""DELETE FROM findings f WHERE {in_scope} AND NOT EXISTS (
                      SELECT 1 FROM cv_found n WHERE n.fid = f.finding_id AND {same}
                        AND n.evidence::VARCHAR IS NOT DISTINCT FROM f.evidence::VARCHAR)""",
                {"kinds": kind_list},
            )
            con.execute(
                f"UPDATE findings SET run_id = $run_id, as_of = $as_of, created_at = now() WHERE {in_scope}",
                {"kinds": kind_list, "run_id": run_id, "as_of": as_of},
            )
            con.execute(
                f"""INSERT INTO findings (finding_id, run_id, {_COLUMNS}, as_of, created_at)
                    SELECT fid, $run_id, {_COLUMNS}, as_of, now() FROM cv_found n
                    WHERE NOT EXISTS (SELECT 1 FROM findings f WHERE f.finding_id = n.fid)""",
                {"run_id": run_id},
            )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    finally:
        for table in _TEMP_TABLES:
            con.execute(f"DROP TABLE IF EXISTS {table}")
    counts = CheckCounts()
    rows = con.execute(
        "SELECT rule_kind, severity, count(*) FROM findings WHERE rule_kind IN (SELECT unnest(?::VARCHAR[])) "
        "GROUP BY ALL ORDER BY ALL",
        [kind_list],
    ).fetchall()
    for kind, severity, n in rows:
        counts.by_kind[kind] = counts.by_kind.get(kind, 0) + n
        if severity == "breach":
            counts.breaches += n
        else:
            counts.warnings += n
    return counts


def run_checks(
    con: duckdb.DuckDBPyConnection,
    as_of: dt.date,
    run_id: str | None = None,
    kinds: tuple[RuleKind, ...] = CHECKED_KINDS,
) -> list[Finding]:
    """Evaluate the active rules of `kinds` over every trip as of a date, store the findings and return them,
    ordered by decision, kind and person. Building every finding in Python costs seconds per hundred thousand:
    at archive scale call `evaluate` (counts) and `iter_findings` (streamed) instead."""
    evaluate(con, as_of, run_id, kinds)
    return stored_findings(con, kinds)


_FINDING_FIELDS = (
    "rule_kind",
    "rule_id",
    "decision_number",
    "trip_id",
    "person",
    "severity",
    "message",
    "evidence",
    "as_of",
)


def _finding(row: tuple[Any, ...]) -> Finding:
    fields = dict(zip(_FINDING_FIELDS, row, strict=True))
    fields["evidence"] = json.loads(fields["evidence"]) if fields["evidence"] else {}
    return Finding(**fields)


def iter_findings(
    con: duckdb.DuckDBPyConnection, kinds: tuple[RuleKind, ...] | None = None, batch: int = 10_000
) -> Iterator[Finding]:
    """The findings in the database (of some kinds), ordered by decision, kind, person and message, fetched
    `batch` rows at a time so printing half a million of them keeps memory flat."""
    where, params = "", []
    if kinds is not None:
        where, params = "WHERE rule_kind IN (SELECT unnest(?::VARCHAR[]))", [[k.value for k in kinds]]
    cursor = con.cursor()
    try:
        cursor.execute(
            f"""SELECT {", ".join(_FINDING_FIELDS)} FROM findings {where}
                ORDER BY decision_number NULLS LAST, rule_kind, person NULLS FIRST, message""",
            params,
        )
        while rows := cursor.fetchmany(batch):
            yield from map(_finding, rows)
    finally:
        cursor.close()


def stored_findings(con: duckdb.DuckDBPyConnection, kinds: tuple[RuleKind, ...] | None = None) -> list[Finding]:
    """All the findings in the database (of some kinds), in `iter_findings` order."""
    return list(iter_findings(con, kinds))
