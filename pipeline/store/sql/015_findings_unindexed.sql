-- Findings without a primary-key index (issue 16: checks on 1M trips). `pipeline.checks.run.evaluate` is the
-- only writer and keeps finding_id unique by construction (one row per id in the run, inserted only when
-- no stored finding has it); the ART index cost about a fifth of a check run on a million trips (half a
-- million findings), in the insert and its commit. DuckDB cannot drop a key, so the table is rebuilt.

CREATE TABLE findings_unindexed (
    finding_id      VARCHAR NOT NULL,   -- unique: see pipeline.checks.run.evaluate
    run_id          VARCHAR,
    rule_id         VARCHAR NOT NULL,
    rule_kind       VARCHAR NOT NULL,
    trip_id         VARCHAR,
    decision_number VARCHAR,
    person          VARCHAR,
    person_id       VARCHAR,
    severity        VARCHAR NOT NULL,
    message         VARCHAR NOT NULL,
    evidence        JSON,
    as_of           DATE,
    created_at      TIMESTAMP NOT NULL
);
INSERT INTO findings_unindexed SELECT * FROM findings;
DROP TABLE findings;
ALTER TABLE findings_unindexed RENAME TO findings;
