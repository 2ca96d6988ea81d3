-- Findings without a primary-key index (issue 16: checks on 1M trips). `pipeline.checks.run.evaluate` is the
-- only writer and keeps finding_id unique by construction (one row per id in the run, inserted only when
-- no stored finding has it); the ART index cost about a fifth of a check run on a million trips (half a
-- million findings), in the insert and its commit. DuckDB cannot drop a key, so the table is rebuilt with
-- the same columns and NOT NULL constraints.

CREATE TABLE findings_unindexed AS SELECT * FROM findings;
ALTER TABLE findings_unindexed ALTER COLUMN finding_id SET NOT NULL;
ALTER TABLE findings_unindexed ALTER COLUMN rule_id SET NOT NULL;
ALTER TABLE findings_unindexed ALTER COLUMN rule_kind SET NOT NULL;
ALTER TABLE findings_unindexed ALTER COLUMN severity SET NOT NULL;
ALTER TABLE findings_unindexed ALTER COLUMN message SET NOT NULL;
ALTER TABLE findings_unindexed ALTER COLUMN created_at SET NOT NULL;
DROP TABLE findings;
ALTER TABLE findings_unindexed RENAME TO findings;
