-- Views for analysts (issue 5). Documented with examples in docs/analysts.md.
-- Working-day arithmetic uses calendar.working_day_index: the deadline N working days after a date d is
-- the working day whose index is index(d) + N.

-- The first report that answers each trip: linked by pipeline.link, or (before linking) citing the
-- decision's number and date.
CREATE VIEW v_trip_reports AS
SELECT trip_id,
       min(report_date) AS report_date,
       arg_min(sha256, report_date) AS report_sha256,
       count(*) AS report_count
FROM (
    SELECT r.trip_id, r.report_date, r.sha256 FROM reports r WHERE r.trip_id IS NOT NULL
    UNION ALL
    SELECT t.trip_id, r.report_date, r.sha256
    FROM reports r
    JOIN trips t ON r.cited_decision_number = t.decision_number AND r.cited_decision_date = t.decision_date
    WHERE r.trip_id IS NULL
)
GROUP BY trip_id;

-- Each trip's report deadline: N working days after the return date, N from the active
-- report_deadline_working_days rule in force on that date (the latest effective one; the strictest when
-- several start together), else 10.
CREATE VIEW v_report_deadlines AS
WITH rule AS (
    SELECT coalesce(effective_from, DATE '1900-01-01') AS effective_from, min(value)::INTEGER AS days
    FROM rules
    WHERE kind = 'report_deadline_working_days' AND status = 'active' AND value IS NOT NULL
    GROUP BY ALL
)
SELECT t.trip_id,
       t.end_date,
       coalesce(rule.days, 10) AS deadline_working_days,
       d.date AS deadline
FROM trips t
ASOF LEFT JOIN rule ON t.end_date >= rule.effective_from
LEFT JOIN calendar c ON c.date = t.end_date
LEFT JOIN calendar d ON d.is_working_day AND d.working_day_index = c.working_day_index + coalesce(rule.days, 10);

-- Trips with members, destinations and report status (as of today).
CREATE VIEW v_trips AS
WITH members AS (
    SELECT trip_id,
           list(name ORDER BY ordinal) AS members,
           list(DISTINCT unit) FILTER (WHERE unit IS NOT NULL) AS units,
           count(*) AS member_count
    FROM trip_members GROUP BY trip_id
), destinations AS (
    SELECT trip_id,
           list(country ORDER BY ordinal) AS destinations,
           list(iso_code ORDER BY ordinal) FILTER (WHERE iso_code IS NOT NULL) AS destination_codes
    FROM trip_destinations GROUP BY trip_id
)
SELECT t.trip_id,
       t.decision_number,
       t.decision_date,
       t.issuer,
       t.start_date,
       t.end_date,
       (t.end_date - t.start_date) + 1 AS days,
       coalesce(m.member_count, 0) AS member_count,
       coalesce(m.members, []) AS members,
       coalesce(m.units, []) AS units,
       coalesce(d.destinations, []) AS destinations,
       coalesce(d.destination_codes, []) AS destination_codes,
       t.funding,
       t.sponsor,
       t.inviter,
       t.purpose,
       dl.deadline_working_days,
       dl.deadline AS report_deadline,
       r.report_date,
       r.report_sha256,
       CASE
           WHEN r.report_date IS NOT NULL AND (dl.deadline IS NULL OR r.report_date <= dl.deadline) THEN 'reported'
           WHEN r.report_date IS NOT NULL THEN 'reported_late'
           WHEN dl.deadline IS NULL THEN 'unknown'
           WHEN dl.deadline < current_date THEN 'overdue'
           ELSE 'pending'
       END AS report_status,
       doc.path AS decision_path
FROM trips t
LEFT JOIN members m USING (trip_id)
LEFT JOIN destinations d USING (trip_id)
LEFT JOIN v_report_deadlines dl USING (trip_id)
LEFT JOIN v_trip_reports r USING (trip_id)
LEFT JOIN documents doc ON doc.sha256 = t.trip_id;

-- Trips per person per year (the year the trip starts; the decision's year when no start date).
-- A person is the linked person_id when pipeline.link has run, else the name as written.
CREATE VIEW v_trips_per_person_year AS
SELECT coalesce(m.person_id, m.name) AS person_key,
       any_value(coalesce(p.name, m.name)) AS name,
       year(coalesce(t.start_date, t.decision_date)) AS year,
       count(DISTINCT m.trip_id) AS trips,
       sum((t.end_date - t.start_date) + 1) AS days_abroad,
       list(DISTINCT m.unit) FILTER (WHERE m.unit IS NOT NULL) AS units
FROM trip_members m
JOIN trips t USING (trip_id)
LEFT JOIN people p ON p.person_id = m.person_id
GROUP BY ALL;

-- Reports overdue as of a date: the deadline passed before as_of and no report was dated on or before the
-- deadline. status: 'missing' (nothing by as_of) or 'late' (filed after the deadline).
CREATE MACRO overdue_reports(as_of) AS TABLE
SELECT t.trip_id,
       t.decision_number,
       t.decision_date,
       t.issuer,
       t.end_date,
       dl.deadline_working_days,
       dl.deadline,
       CASE WHEN r.report_date <= as_of::DATE THEN r.report_date END AS report_date,
       CASE WHEN r.report_date <= as_of::DATE THEN r.report_sha256 END AS report_sha256,
       CASE WHEN r.report_date <= as_of::DATE THEN 'late' ELSE 'missing' END AS status,
       cn.working_day_index - cd.working_day_index AS working_days_overdue
FROM v_report_deadlines dl
JOIN trips t USING (trip_id)
LEFT JOIN v_trip_reports r USING (trip_id)
JOIN calendar cd ON cd.date = dl.deadline
JOIN calendar cn ON cn.date = CASE WHEN r.report_date <= as_of::DATE THEN r.report_date ELSE as_of::DATE END
WHERE dl.deadline < as_of::DATE
  AND (r.report_date IS NULL OR r.report_date > dl.deadline);

-- Findings with their rule, trip, person and evidence.
CREATE VIEW v_findings AS
SELECT f.finding_id,
       f.as_of,
       f.severity,
       f.rule_kind,
       f.rule_id,
       ru.value AS rule_value,
       ru.source_number AS rule_source,
       ru.jurisdiction AS rule_jurisdiction,
       ru.sentence AS rule_sentence,
       f.trip_id,
       coalesce(f.decision_number, t.decision_number) AS decision_number,
       t.issuer AS decision_issuer,
       t.start_date,
       t.end_date,
       f.person,
       f.person_id,
       f.message,
       f.evidence,
       doc.path AS decision_path,
       f.run_id,
       f.created_at
FROM findings f
LEFT JOIN rules ru ON ru.rule_id = f.rule_id
LEFT JOIN trips t ON t.trip_id = f.trip_id
LEFT JOIN documents doc ON doc.sha256 = f.trip_id;

-- The citation graph: each citing document → each document it cites, resolved to a loaded document when
-- the cited number and date match one (numbers alone are reused, so the date is required).
CREATE VIEW v_citation_graph AS
WITH loaded AS (
    SELECT number, issue_date, min(sha256) AS sha256, min(path) AS path, count(*) AS matches
    FROM documents WHERE number IS NOT NULL AND issue_date IS NOT NULL
    GROUP BY number, issue_date
)
SELECT c.sha256 AS citing_sha256,
       d.number AS citing_number,
       d.doc_type AS citing_doc_type,
       d.issuer AS citing_issuer,
       d.issue_date AS citing_date,
       c.ordinal,
       c.kind AS cited_kind,
       c.number AS cited_number,
       c.date AS cited_date,
       c.issuer AS cited_issuer,
       c.text AS cited_text,
       c.page,
       c.span_start,
       c.span_end,
       l.sha256 AS cited_sha256,
       l.path AS cited_path
FROM citations c
JOIN documents d ON d.sha256 = c.sha256
LEFT JOIN loaded l ON l.number = c.number AND l.issue_date = c.date AND l.sha256 <> c.sha256;
