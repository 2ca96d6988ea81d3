-- Review queue (issue 14): what no machine reads for sure, and the answers people give.

-- One question to a person: a value of a document that is null for a reason a person can fix, or below its
-- confidence threshold. `item_id` is derived from (sha256, field, target, reason), so a re-extraction or a
-- second check run finds the same item instead of adding another.
CREATE TABLE review_items (
    item_id     VARCHAR PRIMARY KEY,
    sha256      VARCHAR NOT NULL,             -- the document the value belongs to
    field       VARCHAR NOT NULL,             -- number | issue_date | signer | trip_start | report_link | person …
    target      VARCHAR NOT NULL DEFAULT '',  -- what within the document, when a field has several (a merge id)
    reason      VARCHAR NOT NULL,             -- handwritten_unread | unreadable | low_confidence | fuzzy_link …
    candidate   VARCHAR,                      -- the machine's best value (ISO for dates), or null
    confidence  DOUBLE,                       -- 0-100 for OCR, 0-1 for link scores; null when unknown
    page        INTEGER,                      -- 1-based page the value stands on
    box         JSON,                         -- {"left","top","width","height","dpi"} on that page, or null
    detail      VARCHAR,                      -- why the machine asks, in words
    origin      VARCHAR NOT NULL,             -- ingest | link | check
    status      VARCHAR NOT NULL,             -- open | set | skipped | obsolete (the machine no longer asks)
    created_at  TIMESTAMP NOT NULL,
    closed_at   TIMESTAMP,
    closed_by   VARCHAR
);

-- A person's answer. Never updated: a later answer for the same (sha256, field, target) wins.
CREATE TABLE corrections (
    correction_id VARCHAR PRIMARY KEY,
    sha256        VARCHAR NOT NULL,
    field         VARCHAR NOT NULL,
    target        VARCHAR NOT NULL DEFAULT '',
    value         VARCHAR,                    -- ISO for dates; null when the person could not read it either
    action        VARCHAR NOT NULL,           -- set | skip
    actor         VARCHAR NOT NULL,
    corrected_at  TIMESTAMP NOT NULL,
    note          VARCHAR,
    machine_value VARCHAR,                    -- what the extractor had at the time
    item_id       VARCHAR
);

-- The answer in force for each value: the latest.
CREATE VIEW v_corrections AS
SELECT * FROM corrections
QUALIFY row_number() OVER (PARTITION BY sha256, field, target ORDER BY corrected_at DESC, correction_id DESC) = 1;

-- The open queue, oldest first, with the document it is about.
CREATE VIEW v_review_queue AS
SELECT i.*, d.path, d.doc_type, d.number AS document_number
FROM review_items i JOIN documents d USING (sha256)
WHERE i.status = 'open';
