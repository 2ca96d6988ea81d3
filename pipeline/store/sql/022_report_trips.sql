-- A report on several trips (issue 13, blind scenario 15: "Thực hiện Quyết định số 893/QĐ-UBND … và Quyết định
-- số 897/QĐ-UBND …, Sở đã tổ chức hai chuyến công tác"): the decisions it cites besides the one it is linked by,
-- and the trips those are. `reports.trip_id` stays the first; `report_trips` holds the others, each by its exact
-- number (and date), rebuilt at every linking (`pipeline.link.cocited`).

ALTER TABLE reports ADD COLUMN also_cited JSON;        -- [{number, date}] cited beside the first, or null

CREATE TABLE report_trips (
    sha256        VARCHAR NOT NULL,   -- the report
    trip_id       VARCHAR NOT NULL,   -- a further trip it reports on
    cited_number  VARCHAR,
    cited_date    DATE,
    link_method   VARCHAR NOT NULL,   -- decision_number
    link_score    DOUBLE NOT NULL,
    PRIMARY KEY (sha256, trip_id)
);

-- Every report-trip link: the linker's (reports.trip_id) and a report's further trips. What the checks, the
-- trips listing and v_trip_reports read.
CREATE OR REPLACE VIEW v_report_links AS
SELECT trip_id, sha256, number, report_date, reporter, link_method, link_score
FROM reports WHERE trip_id IS NOT NULL
UNION ALL
SELECT a.trip_id, r.sha256, r.number, r.report_date, r.reporter, a.link_method, a.link_score
FROM report_trips a JOIN reports r USING (sha256)
WHERE a.trip_id IS DISTINCT FROM r.trip_id;

CREATE OR REPLACE VIEW v_trip_reports AS
SELECT trip_id,
       min(report_date) AS report_date,
       arg_min(sha256, report_date) AS report_sha256,
       count(*) AS report_count
FROM v_report_links
GROUP BY trip_id;
