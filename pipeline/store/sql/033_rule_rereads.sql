-- A dispatch read again by a newer extractor may read an approved rule otherwise (its trip exclusions, a ban's
-- trades, who it binds). The approved rule is not rewritten behind its reviewer's back, nor left with a stale
-- reading unsaid: the new reading waits here, one row per rule, until a reviewer accepts it (`rules approve`) or
-- keeps the approved one (`rules reject`). The rule applies as approved meanwhile. (Issue 13, session 38.)

CREATE TABLE rule_rereads (
    rule_id           VARCHAR NOT NULL,   -- an active rule
    extractor_version VARCHAR NOT NULL,   -- the extractor that read it so
    read_at           TIMESTAMP NOT NULL,
    changes           JSON NOT NULL       -- {"column": [approved value, value read now], …}
);
