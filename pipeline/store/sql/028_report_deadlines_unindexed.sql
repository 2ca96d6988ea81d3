-- Report deadlines without a primary-key index (as findings in 016): `pipeline.checks.run.evaluate` is the only
-- writer, replacing every row in one transaction, one row per trip by construction (one chosen rule per trip
-- context, one working day per index); the ART index on a million trips cost an eighth of a check run, most of
-- it in the commit. DuckDB cannot drop a key, so the table is rebuilt with the same columns and NOT NULLs.

CREATE TABLE report_deadlines_unindexed AS SELECT * FROM report_deadlines;
ALTER TABLE report_deadlines_unindexed ALTER COLUMN trip_id SET NOT NULL;
ALTER TABLE report_deadlines_unindexed ALTER COLUMN rule_id SET NOT NULL;
ALTER TABLE report_deadlines_unindexed ALTER COLUMN deadline_working_days SET NOT NULL;
ALTER TABLE report_deadlines_unindexed ALTER COLUMN deadline SET NOT NULL;
ALTER TABLE report_deadlines_unindexed ALTER COLUMN set_at SET NOT NULL;
DROP TABLE report_deadlines;
ALTER TABLE report_deadlines_unindexed RENAME TO report_deadlines;
