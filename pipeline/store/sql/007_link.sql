-- pipeline.link (issue 4): what the person and report linking needs beyond schema v1.

-- A resolved person: every spelling met, how often, and when first and last seen (by document date).
ALTER TABLE people ADD COLUMN aliases VARCHAR[];
ALTER TABLE people ADD COLUMN units VARCHAR[];
ALTER TABLE people ADD COLUMN mention_count INTEGER;
ALTER TABLE people ADD COLUMN first_seen DATE;
ALTER TABLE people ADD COLUMN last_seen DATE;

-- A merge joins one mention to the mention it matched; an analyst's undo forbids that pair for good.
ALTER TABLE person_merges ADD COLUMN matched_sha256 VARCHAR;
ALTER TABLE person_merges ADD COLUMN matched_role VARCHAR;
ALTER TABLE person_merges ADD COLUMN matched_ordinal INTEGER;
ALTER TABLE person_merges ADD COLUMN undone_at TIMESTAMP;

-- Why a report was linked to its trip (or what was tried when nothing matched).
ALTER TABLE reports ADD COLUMN link_evidence JSON;
