-- One definition of a report deadline (issue 15): the one `congvan check` (and the nightly run) derives from
-- the report_deadline_working_days rule that applies to each trip (its jurisdiction, in force when the trip
-- starts, the stricter when several apply). The view, overdue_reports(), the findings, the nightly summary and
-- the report all read it; a trip no approved rule covers has no deadline (status 'unknown'), never a
-- silent default.
CREATE TABLE report_deadlines (
    trip_id               VARCHAR PRIMARY KEY,
    rule_id               VARCHAR NOT NULL,   -- the rule that set the deadline
    deadline_working_days INTEGER NOT NULL,
    deadline              DATE NOT NULL,
    rule_source           VARCHAR,            -- how the report names it: 'Công văn số 20/UBND-NC'
    set_at                TIMESTAMP NOT NULL
);

CREATE OR REPLACE VIEW v_report_deadlines AS
SELECT t.trip_id,
       t.end_date,
       d.deadline_working_days,
       d.deadline,
       d.rule_id AS deadline_rule_id,
       d.rule_source AS deadline_source
FROM trips t
LEFT JOIN report_deadlines d USING (trip_id);

-- And one definition of which report answers a trip: the linker's (reports.trip_id, set by every ingest), as
-- the checks use it; no second, exact-number match here that the checks would not know.
CREATE OR REPLACE VIEW v_trip_reports AS
SELECT trip_id,
       min(report_date) AS report_date,
       arg_min(sha256, report_date) AS report_sha256,
       count(*) AS report_count
FROM reports
WHERE trip_id IS NOT NULL
GROUP BY trip_id;
