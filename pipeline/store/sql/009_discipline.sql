-- Disciplinary records (issue 18): no document carries them, so the office imports its register
-- (`congvan discipline import`); the check matches them to trip members by name and unit when it runs.

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
