-- Disciplinary records and annual plans (issue 18): data the checks need that no trip decision carries.
-- Disciplinary records come from the office's register (`congvan discipline import`); the check matches them to
-- trip members by name and unit when it runs.

CREATE TABLE discipline_records (
    record_id  VARCHAR PRIMARY KEY,   -- hash of name, unit, from_date and decision: importing again replaces
    name       VARCHAR NOT NULL,
    unit       VARCHAR,
    from_date  DATE NOT NULL,         -- under review or discipline from
    to_date    DATE,                  -- until (null: still open)
    decision   VARCHAR,               -- the disciplinary decision or notice, as written
    source     VARCHAR,               -- the register file
    line       INTEGER
);

-- Planned delegations of annual plans of foreign activities (issue 18): a trip is matched to one of them.
CREATE TABLE plan_entries (
    sha256        VARCHAR NOT NULL,   -- the plan document
    ordinal       INTEGER NOT NULL,
    unit          VARCHAR,
    countries     VARCHAR[],
    country_codes VARCHAR[],
    period_text   VARCHAR,
    period_start  DATE,
    period_end    DATE,
    size          INTEGER,
    purpose       VARCHAR,
    funding_text  VARCHAR,
    row_text      VARCHAR NOT NULL,   -- the row or line as written
    page          INTEGER,
    span_start    INTEGER,
    span_end      INTEGER,
    PRIMARY KEY (sha256, ordinal)
);
