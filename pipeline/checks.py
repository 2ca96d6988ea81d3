"""Active rules × trips → findings, in set-based SQL over DuckDB.

Each check is one SELECT producing finding rows (rule, trip, person, severity, a Vietnamese message with the
numbers and the rule's source, and the evidence as JSON). Which rule a trip answers to is decided in SQL too
(`_chosen`): among the active rules of a kind, those whose jurisdiction covers the trip (central rules cover
every trip; a local rule covers trips whose issuer or place names its place) and whose effective date is not
after the trip's start; of those, the strictest, then the local one, then the newest.

Working days come from the `calendar` table's `working_day_index` (working days since 2000-01-01 up to and
including a date), so "N working days after D" is an equality join, not a loop.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import duckdb

from pipeline.rulebase import ensure_default_rules
from schemas.rules import Finding, RuleKind

CHECKED_KINDS = (
    RuleKind.MAX_TRIPS_PER_YEAR,
    RuleKind.MAX_DELEGATION_SIZE,
    RuleKind.MAX_COUNTRIES_PER_TRIP,
    RuleKind.MAX_DAYS_PER_COUNTRY,
    RuleKind.REPORT_DEADLINE_WORKING_DAYS,
    RuleKind.SUBMISSION_LEAD_WORKING_DAYS,
    RuleKind.NO_ENTERPRISE_FUNDED,
    RuleKind.NO_TWO_KEY_LEADERS_SAME_UNIT,
    RuleKind.AVOID_START_END_OF_YEAR,
    RuleKind.TOTAL_DAYS_WITHIN_ANNUAL_LEAVE,
    RuleKind.PASSPORT_RETURN_DEADLINE_DAYS,
)
"""Kinds the database carries data for. `no_trip_under_discipline` needs disciplinary records, which no
document in the archive carries, so it is kept in the rule base but not checked."""

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

# Strictness: which value wins when several rules apply. Deadlines and maxima: the smaller; lead times: larger.
_STRICTER = {
    RuleKind.SUBMISSION_LEAD_WORKING_DAYS: "r.value DESC",
    RuleKind.NO_ENTERPRISE_FUNDED: "(r.severity = 'breach') DESC",
    RuleKind.NO_TWO_KEY_LEADERS_SAME_UNIT: "(r.severity = 'breach') DESC",
    RuleKind.AVOID_START_END_OF_YEAR: "(r.severity = 'breach') DESC",
    RuleKind.TOTAL_DAYS_WITHIN_ANNUAL_LEAVE: f"coalesce(r.value, {ANNUAL_LEAVE_DAYS}) ASC",
}
_NEEDS_VALUE = {
    RuleKind.MAX_TRIPS_PER_YEAR,
    RuleKind.MAX_DELEGATION_SIZE,
    RuleKind.MAX_COUNTRIES_PER_TRIP,
    RuleKind.MAX_DAYS_PER_COUNTRY,
    RuleKind.REPORT_DEADLINE_WORKING_DAYS,
    RuleKind.SUBMISSION_LEAD_WORKING_DAYS,
    RuleKind.PASSPORT_RETURN_DEADLINE_DAYS,
}

_SETUP = f"""
CREATE OR REPLACE TEMP TABLE cv_rules AS
SELECT rule_id, kind, value, unit, exception_value, coalesce(scope, 'all') AS scope, severity,
       jurisdiction, jurisdiction_key, effective_from, source_number,
       coalesce(citation, source_title, source_number, rule_id) AS citation
FROM rules WHERE status = 'active';

CREATE OR REPLACE TEMP TABLE cv_trips AS
SELECT t.trip_id, t.decision_number, t.start_date, t.end_date, t.funding, t.funding_text, t.sponsor, t.inviter,
       t.submitted_on,
       lower(concat_ws(' ', t.issuer, d.issuer, d.parent_issuer, d.place)) AS place_text,
       coalesce(dc.n, 0) AS n_countries, dc.countries,
       coalesce(mc.n, 0) AS n_members
FROM trips t
LEFT JOIN documents d ON d.sha256 = t.trip_id
LEFT JOIN (SELECT trip_id, count(*) AS n, list(country ORDER BY ordinal) AS countries
           FROM trip_destinations GROUP BY trip_id) dc ON dc.trip_id = t.trip_id
LEFT JOIN (SELECT trip_id, count(*) AS n FROM trip_members GROUP BY trip_id) mc ON mc.trip_id = t.trip_id;

CREATE OR REPLACE TEMP TABLE cv_members AS
SELECT m.trip_id, m.ordinal, m.name, m.unit, m.title, m.person_id,
       coalesce(m.person_id, lower(trim(m.name)) || '|' || lower(trim(coalesce(m.unit, '')))) AS person_key,
       coalesce(m.is_key_leader, false) AS is_key_leader,
       coalesce(m.is_key_leader, false)
         OR regexp_matches(lower(coalesce(m.title, '')), '{MANAGED_CADRE_TITLES}') AS is_managed,
       CASE lower(coalesce(mt.honorific, ''))
            WHEN 'ông' THEN 'Ông ' WHEN 'bà' THEN 'Bà ' ELSE 'Đồng chí ' END || m.name AS display,
       t.start_date, t.end_date, t.decision_number, t.place_text
FROM trip_members m
JOIN cv_trips t USING (trip_id)
LEFT JOIN (SELECT sha256, name, any_value(honorific) AS honorific FROM mentions
           WHERE role = 'member' GROUP BY sha256, name) mt ON mt.sha256 = m.trip_id AND mt.name = m.name;

-- Each person's trips of a calendar year in order: the n-th trip and the working days abroad so far
-- (working days from the start day to the end day, both included). One window sort serves both checks.
CREATE OR REPLACE TEMP TABLE cv_person_trips AS
SELECT m.*, year(m.start_date) AS yr,
       ce.working_day_index - cs.working_day_index AS wd,
       row_number() OVER w AS nth,
       sum(ce.working_day_index - cs.working_day_index) OVER w AS total
FROM (SELECT *, hash(person_key) AS person_hash FROM cv_members WHERE start_date IS NOT NULL) m
LEFT JOIN calendar cs ON cs.date = m.start_date - 1
LEFT JOIN calendar ce ON ce.date = m.end_date
WINDOW w AS (PARTITION BY m.person_hash, m.person_key, year(m.start_date) ORDER BY m.start_date, m.trip_id);
"""


def _chosen(kind: RuleKind, per_member: bool) -> str:
    """The one rule of `kind` each trip (or each trip member) answers to: applicable by jurisdiction and
    date (and by scope for members), then the strictest, then local before central, then the newest.

    Resolved once per distinct context (issuer place, start date, and the member's key-leader flags) — a few
    thousand rows however many trips — and joined back by equality, so it scales with the trips, not
    trips × rules."""
    context = "place_text, start_date, is_key_leader, is_managed" if per_member else "place_text, start_date"
    keys = "y.trip_id, y.ordinal" if per_member else "y.trip_id"
    source = "cv_members" if per_member else "cv_trips"
    scope = (
        "AND (r.scope = 'all' OR (r.scope = 'key_leader' AND x.is_key_leader) "
        "OR (r.scope = 'managed_cadre' AND x.is_managed))"
        if per_member
        else ""
    )
    value = "AND r.value IS NOT NULL" if kind in _NEEDS_VALUE else ""
    order = _STRICTER.get(kind, "r.value ASC")
    join = " AND ".join(f"y.{c} IS NOT DISTINCT FROM c.{c}" for c in context.split(", "))
    return f"""(
      SELECT {keys}, c.* EXCLUDE ({context}) FROM {source} y JOIN (
        SELECT * EXCLUDE (rn) FROM (
          SELECT x.*, r.rule_id, r.value, r.unit, r.exception_value, r.severity, r.citation, r.jurisdiction,
                 r.source_number,
                 row_number() OVER (PARTITION BY {", ".join("x." + c for c in context.split(", "))} ORDER BY {order},
                     (r.jurisdiction_key = 'central') ASC, r.effective_from DESC NULLS LAST, r.rule_id) AS rn
          FROM (SELECT DISTINCT {context} FROM {source}) x JOIN cv_rules r ON r.kind = '{kind.value}' {value}
            AND (r.jurisdiction_key IS NULL OR r.jurisdiction_key = 'central'
                 OR contains(x.place_text, r.jurisdiction_key))
            AND (r.effective_from IS NULL OR x.start_date IS NULL OR r.effective_from <= x.start_date)
            {scope}
        ) WHERE rn = 1) c ON {join})"""


def _n(expr: str) -> str:
    """A rule value as the documents write it: two digits with a leading zero ('02')."""
    return f"lpad(CAST(CAST({expr} AS BIGINT) AS VARCHAR), 2, '0')"


def _d(expr: str) -> str:
    return f"strftime({expr}, '%d/%m/%Y')"


def _evidence(**pairs: str) -> str:
    """json_object over SQL expressions, plus the rule's source."""
    items = [f"'{key}', {expr}" for key, expr in pairs.items()]
    return f"json_object({', '.join(items)}, 'rule_source', c.citation, 'rule_value', c.value)"


CHECKS: dict[RuleKind, str] = {
    RuleKind.MAX_TRIPS_PER_YEAR: f"""
    SELECT c.rule_id, 'max_trips_per_year' AS rule_kind, m.trip_id, m.decision_number, m.name AS person,
           m.person_id, c.severity,
           m.display || ' đi nước ngoài lần thứ ' || m.nth || ' trong năm ' || m.yr || ', vượt mức tối đa '
             || {_n("c.value")} || ' lần/năm theo ' || c.citation AS message,
           {_evidence(trip_number="m.nth", year="m.yr", person_key="m.person_key")}
    FROM cv_person_trips m JOIN {_chosen(RuleKind.MAX_TRIPS_PER_YEAR, True)} c USING (trip_id, ordinal)
    WHERE m.nth > c.value""",
    RuleKind.MAX_DELEGATION_SIZE: f"""
    SELECT c.rule_id, 'max_delegation_size', t.trip_id, t.decision_number, NULL, NULL, c.severity,
           'Đoàn theo quyết định ' || coalesce(t.decision_number, t.trip_id) || ' có ' || t.n_members
             || ' người, vượt mức tối đa ' || {_n("c.value")} || ' người/đoàn theo ' || c.citation,
           {_evidence(members="t.n_members")}
    FROM cv_trips t JOIN {_chosen(RuleKind.MAX_DELEGATION_SIZE, False)} c USING (trip_id)
    WHERE t.n_members > c.value""",
    RuleKind.MAX_COUNTRIES_PER_TRIP: f"""
    SELECT c.rule_id, 'max_countries_per_trip', t.trip_id, t.decision_number, NULL, NULL, c.severity,
           'Chuyến đi theo quyết định ' || coalesce(t.decision_number, t.trip_id) || ' đến ' || t.n_countries
             || ' nước (' || array_to_string(t.countries, ', ') || '), vượt mức tối đa ' || {_n("c.value")}
             || ' nước/chuyến theo ' || c.citation,
           {_evidence(countries="t.countries")}
    FROM cv_trips t JOIN {_chosen(RuleKind.MAX_COUNTRIES_PER_TRIP, False)} c USING (trip_id)
    WHERE t.n_countries > c.value""",
    RuleKind.MAX_DAYS_PER_COUNTRY: f"""
    WITH d AS (SELECT t.*, (t.end_date - t.start_date + 1) AS days,
                      (t.end_date - t.start_date + 1 - {TRAVEL_DAYS}) / t.n_countries AS per_country
               FROM cv_trips t WHERE t.n_countries > 0 AND t.start_date IS NOT NULL AND t.end_date IS NOT NULL)
    SELECT c.rule_id, 'max_days_per_country', t.trip_id, t.decision_number, NULL, NULL, c.severity,
           'Chuyến đi theo quyết định ' || coalesce(t.decision_number, t.trip_id) || ' kéo dài ' || t.days
             || ' ngày (' || {_d("t.start_date")} || ' - ' || {_d("t.end_date")} || ') qua ' || t.n_countries
             || ' nước: bình quân ' || replace(CAST(round(t.per_country, 1) AS VARCHAR), '.', ',')
             || ' ngày mỗi nước sau khi trừ {TRAVEL_DAYS} ngày đi về, vượt mức tối đa ' || {_n("c.value")}
             || ' ngày/nước theo ' || c.citation,
           {
        _evidence(
            days="t.days",
            travel_days=str(TRAVEL_DAYS),
            countries="t.countries",
            days_per_country="round(t.per_country, 2)",
        )
    }
    FROM d t JOIN {_chosen(RuleKind.MAX_DAYS_PER_COUNTRY, False)} c USING (trip_id)
    WHERE t.per_country > c.value""",
    RuleKind.REPORT_DEADLINE_WORKING_DAYS: f"""
    WITH due AS (
      SELECT t.trip_id, t.decision_number, t.end_date, c.* EXCLUDE (trip_id), dl.date AS deadline,
             dl.working_day_index AS deadline_index
      FROM cv_trips t JOIN {_chosen(RuleKind.REPORT_DEADLINE_WORKING_DAYS, False)} c USING (trip_id)
      JOIN calendar ce ON ce.date = t.end_date
      JOIN calendar dl ON dl.working_day_index = ce.working_day_index + CAST(c.value AS INTEGER)
                      AND dl.is_working_day),
    rep AS (
      SELECT trip_id, min(report_date) AS report_date, any_value(number) AS report_number,
             any_value(sha256) AS report_sha256
      FROM reports WHERE trip_id IS NOT NULL AND (report_date IS NULL OR report_date <= $as_of)
      GROUP BY trip_id),
    judged AS (
      SELECT d.*, r.report_date, r.report_number, r.report_sha256, r.trip_id IS NOT NULL AS has_report,
             cr.working_day_index - d.deadline_index AS late_by
      FROM due d LEFT JOIN rep r USING (trip_id) LEFT JOIN calendar cr ON cr.date = r.report_date)
    SELECT c.rule_id, 'report_deadline_working_days', c.trip_id, c.decision_number, NULL, NULL, c.severity,
           CASE WHEN c.has_report THEN
             'Báo cáo kết quả chuyến đi theo quyết định ' || coalesce(c.decision_number, c.trip_id) || ' nộp ngày '
             || {_d("c.report_date")} || ', chậm ' || c.late_by || ' ngày làm việc so với hạn ' || {_d("c.deadline")}
             || ' (' || {_n("c.value")} || ' ngày làm việc sau ngày về ' || {_d("c.end_date")} || ') theo '
             || c.citation
           ELSE
             'Chưa có báo cáo kết quả chuyến đi theo quyết định ' || coalesce(c.decision_number, c.trip_id)
             || ': đã quá hạn ' || {_d("c.deadline")} || ' (' || {_n("c.value")} || ' ngày làm việc sau ngày về '
             || {_d("c.end_date")} || ') tính đến ngày ' || {_d("$as_of")} || ' theo ' || c.citation
           END,
           {
        _evidence(
            status="CASE WHEN c.has_report THEN 'late' ELSE 'missing' END",
            returned="c.end_date",
            deadline="c.deadline",
            report_date="c.report_date",
            report_number="c.report_number",
            report_sha256="c.report_sha256",
            late_working_days="c.late_by",
        )
    }
    FROM judged c
    WHERE (c.has_report AND c.report_date > c.deadline) OR (NOT c.has_report AND $as_of > c.deadline)""",
    RuleKind.SUBMISSION_LEAD_WORKING_DAYS: f"""
    WITH lead AS (
      SELECT t.trip_id, t.decision_number, t.submitted_on, t.start_date, c.* EXCLUDE (trip_id),
             cb.working_day_index - cs.working_day_index AS lead_days
      FROM cv_trips t JOIN {_chosen(RuleKind.SUBMISSION_LEAD_WORKING_DAYS, False)} c USING (trip_id)
      JOIN calendar cs ON cs.date = t.submitted_on
      JOIN calendar cb ON cb.date = t.start_date - 1)
    SELECT c.rule_id, 'submission_lead_working_days', c.trip_id, c.decision_number, NULL, NULL,
           CASE WHEN c.exception_value IS NOT NULL AND c.lead_days >= c.exception_value THEN 'warning'
                ELSE c.severity END,
           'Hồ sơ nhân sự của đoàn theo quyết định ' || coalesce(c.decision_number, c.trip_id) || ' trình ngày '
             || {_d("c.submitted_on")} || ', chỉ ' || c.lead_days || ' ngày làm việc trước ngày đi '
             || {_d("c.start_date")} || ', ít hơn mức tối thiểu ' || {_n("c.value")} || ' ngày làm việc'
             || CASE WHEN c.exception_value IS NOT NULL AND c.lead_days >= c.exception_value
                     THEN ' (đủ mức ' || {_n("c.exception_value")} || ' ngày làm việc nếu là trường hợp đột xuất)'
                     ELSE '' END
             || ' theo ' || c.citation,
           {
        _evidence(
            submitted_on="c.submitted_on",
            start="c.start_date",
            lead_working_days="c.lead_days",
            urgent_value="c.exception_value",
        )
    }
    FROM lead c WHERE c.lead_days < c.value""",
    RuleKind.NO_ENTERPRISE_FUNDED: f"""
    SELECT c.rule_id, 'no_enterprise_funded', t.trip_id, t.decision_number, NULL, NULL, c.severity,
           'Chuyến đi theo quyết định ' || coalesce(t.decision_number, t.trip_id) || ' do doanh nghiệp '
             || CASE WHEN t.funding = 'enterprise' THEN 'đài thọ' ELSE 'mời đích danh' END
             || coalesce(' (' || coalesce(t.sponsor, t.inviter, t.funding_text) || ')', '')
             || ', trái với ' || c.citation,
           {_evidence(funding="t.funding", funding_text="t.funding_text", sponsor="t.sponsor", inviter="t.inviter")}
    FROM cv_trips t JOIN {_chosen(RuleKind.NO_ENTERPRISE_FUNDED, False)} c USING (trip_id)
    WHERE t.funding = 'enterprise'
       OR regexp_matches(lower(coalesce(t.inviter, '')), '{FIRM}')
       OR regexp_matches(lower(coalesce(t.sponsor, '')), '{FIRM}')""",
    RuleKind.NO_TWO_KEY_LEADERS_SAME_UNIT: f"""
    WITH keyed AS (
      SELECT *, CASE WHEN regexp_matches(lower(unit), '{LOCAL_ORGAN}')
                     THEN regexp_extract(lower(unit), '{LOCALITY}', 1) ELSE lower(trim(unit)) END AS unit_key
      FROM cv_members WHERE is_key_leader AND unit IS NOT NULL),
    leaders AS (
      SELECT trip_id, any_value(decision_number) AS decision_number,
             array_to_string(list(DISTINCT unit ORDER BY unit), ', ') AS unit,
             list(name ORDER BY ordinal) AS names, count(*) AS n
      FROM keyed GROUP BY trip_id, unit_key HAVING count(*) >= 2)
    SELECT c.rule_id, 'no_two_key_leaders_same_unit', l.trip_id, l.decision_number, NULL, NULL, c.severity,
           'Đoàn theo quyết định ' || coalesce(l.decision_number, l.trip_id) || ' có ' || l.n
             || ' lãnh đạo chủ chốt của ' || l.unit || ' (' || array_to_string(l.names, ', ')
             || '), trái với ' || c.citation,
           {_evidence(unit="l.unit", key_leaders="l.names")}
    FROM leaders l JOIN {_chosen(RuleKind.NO_TWO_KEY_LEADERS_SAME_UNIT, False)} c USING (trip_id)""",
    RuleKind.AVOID_START_END_OF_YEAR: f"""
    SELECT c.rule_id, 'avoid_start_end_of_year', t.trip_id, t.decision_number, NULL, NULL, c.severity,
           'Chuyến đi theo quyết định ' || coalesce(t.decision_number, t.trip_id) || ' khởi hành ngày '
             || {_d("t.start_date")} || ', vào dịp ' || CASE WHEN month(t.start_date) = 1 THEN 'đầu' ELSE 'cuối' END
             || ' năm, thời điểm cần hạn chế theo ' || c.citation,
           {_evidence(start="t.start_date")}
    FROM cv_trips t JOIN {_chosen(RuleKind.AVOID_START_END_OF_YEAR, False)} c USING (trip_id)
    WHERE month(t.start_date) IN (1, 12)""",
    RuleKind.TOTAL_DAYS_WITHIN_ANNUAL_LEAVE: f"""
    SELECT c.rule_id, 'total_days_within_annual_leave', m.trip_id, m.decision_number, m.name, m.person_id,
           c.severity,
           m.display || ' đã ở nước ngoài ' || m.total || ' ngày làm việc trong năm ' || m.yr
             || ', vượt số ngày nghỉ phép năm ' || {_n(f"coalesce(c.value, {ANNUAL_LEAVE_DAYS})")}
             || ' ngày theo ' || c.citation,
           {
        _evidence(
            working_days_abroad="m.total",
            year="m.yr",
            this_trip_working_days="m.wd",
            leave_days=f"coalesce(c.value, {ANNUAL_LEAVE_DAYS})",
        )
    }
    FROM cv_person_trips m JOIN {_chosen(RuleKind.TOTAL_DAYS_WITHIN_ANNUAL_LEAVE, True)} c USING (trip_id, ordinal)
    WHERE m.total > coalesce(c.value, {ANNUAL_LEAVE_DAYS})""",
    RuleKind.PASSPORT_RETURN_DEADLINE_DAYS: f"""
    WITH due AS (
      SELECT m.*, p.returned_on, c.rule_id, c.value, c.severity, c.citation, c.unit AS rule_unit,
             CASE WHEN c.unit = 'working_days' THEN dl.date
                  ELSE m.end_date + CAST(c.value AS INTEGER) END AS deadline
      FROM passport_returns p
      JOIN cv_members m ON m.trip_id = p.trip_id AND m.name = p.name
      JOIN {_chosen(RuleKind.PASSPORT_RETURN_DEADLINE_DAYS, True)} c
        ON c.trip_id = m.trip_id AND c.ordinal = m.ordinal
      JOIN calendar ce ON ce.date = m.end_date
      LEFT JOIN calendar dl ON dl.working_day_index = ce.working_day_index + CAST(c.value AS INTEGER)
                           AND dl.is_working_day)
    SELECT c.rule_id, 'passport_return_deadline_days', c.trip_id, c.decision_number, c.name, c.person_id,
           c.severity,
           c.display || CASE WHEN c.returned_on IS NULL THEN ' chưa nộp lại hộ chiếu, đã quá hạn '
                             ELSE ' nộp lại hộ chiếu ngày ' || {_d("c.returned_on")} || ', sau hạn ' END
             || {_d("c.deadline")} || ' (' || {_n("c.value")}
             || CASE WHEN c.rule_unit = 'working_days' THEN ' ngày làm việc' ELSE ' ngày' END
             || ' sau ngày về ' || {_d("c.end_date")} || ') theo ' || c.citation,
           {_evidence(returned_on="c.returned_on", deadline="c.deadline", trip_end="c.end_date")}
    FROM due c
    WHERE (c.returned_on IS NOT NULL AND c.returned_on > c.deadline)
       OR (c.returned_on IS NULL AND $as_of > c.deadline)""",
}


def _finding(row: tuple[Any, ...]) -> Finding:
    rule_id, kind, trip_id, decision, person, severity, message, evidence, as_of = row
    return Finding(
        rule_kind=kind,
        rule_id=rule_id,
        decision_number=decision,
        trip_id=trip_id,
        person=person,
        severity=severity,
        message=message,
        evidence=json.loads(evidence) if evidence else {},
        as_of=as_of,
    )


def run_checks(
    con: duckdb.DuckDBPyConnection,
    as_of: dt.date,
    run_id: str | None = None,
    kinds: tuple[RuleKind, ...] = CHECKED_KINDS,
) -> list[Finding]:
    """Evaluate the active rules of `kinds` over every trip as of a date, store the findings and return them,
    ordered by decision, kind and person (see `evaluate` for the storing part)."""
    evaluate(con, as_of, run_id, kinds)
    return stored_findings(con, kinds)


def evaluate(
    con: duckdb.DuckDBPyConnection,
    as_of: dt.date,
    run_id: str | None = None,
    kinds: tuple[RuleKind, ...] = CHECKED_KINDS,
) -> int:
    """Write the findings of `kinds` as of a date; returns how many. The run's scope is its kinds: their
    previous findings are replaced in the same transaction, so re-running never duplicates a finding."""
    ensure_default_rules(con)
    con.execute(_SETUP)
    selects = "\nUNION ALL\n".join(f"({CHECKS[kind]})" for kind in kinds)
    sql = f"""
    INSERT INTO findings (finding_id, run_id, rule_id, rule_kind, trip_id, decision_number, person, person_id,
                          severity, message, evidence, as_of, created_at)
    SELECT fid, $run_id, rule_id, rule_kind, trip_id, decision_number, person, person_id, severity, message,
           evidence, $as_of, now()
    FROM (SELECT md5(concat_ws('|', rule_kind, rule_id, trip_id, person_id, person, message)) AS fid, *
          FROM ({selects}) AS f(rule_id, rule_kind, trip_id, decision_number, person, person_id, severity,
                                message, evidence))
    QUALIFY row_number() OVER (PARTITION BY fid) = 1  -- a person listed twice in one decision: one finding
    """
    kind_list = [k.value for k in kinds]
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM findings WHERE rule_kind IN (SELECT unnest(?::VARCHAR[]))", [kind_list])
        con.execute(sql, {"as_of": as_of, "run_id": run_id})
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    written = con.execute("SELECT count(*) FROM findings WHERE run_id IS NOT DISTINCT FROM ?", [run_id]).fetchone()
    return int(written[0]) if written else 0


def stored_findings(con: duckdb.DuckDBPyConnection, kinds: tuple[RuleKind, ...] | None = None) -> list[Finding]:
    """The findings in the database (of some kinds), ordered by decision, kind, person and message."""
    where, params = "", []
    if kinds is not None:
        where, params = "WHERE rule_kind IN (SELECT unnest(?::VARCHAR[]))", [[k.value for k in kinds]]
    rows = con.execute(
        f"""SELECT rule_id, rule_kind, trip_id, decision_number, person, severity, message, evidence, as_of
            FROM findings {where} ORDER BY decision_number NULLS LAST, rule_kind, person NULLS FIRST, message""",
        params,
    ).fetchall()
    return [_finding(row) for row in rows]
