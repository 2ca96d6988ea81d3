-- Rules read the way the dispatch says them (issues 13 and 18): the scope's definition, the page of the
-- sentence, why a stated value could not be read, and the period a rule is in force.

ALTER TABLE rules ADD COLUMN scope_definition JSON;   -- {term, scope, includes, excludes, sentence, span} or null
ALTER TABLE rules ADD COLUMN source_page INTEGER;     -- page of the rule's sentence in its source document
ALTER TABLE rules ADD COLUMN problem VARCHAR;         -- why the value is null though the sentence states one
ALTER TABLE rules ADD COLUMN effective_to DATE;       -- last day in force (null: open-ended)
ALTER TABLE rules ADD COLUMN superseded_by VARCHAR;   -- the rule (or document) that replaces it

-- A later document replacing an earlier one's rules: proposed by extraction ("thay thế Công văn số …",
-- "bãi bỏ", "hết hiệu lực"), confirmed by a reviewer; confirming closes the old rule the day before.
CREATE TABLE rule_supersessions (
    old_rule_id    VARCHAR NOT NULL,
    new_sha256     VARCHAR NOT NULL,   -- the superseding document ('' when a reviewer records it by hand)
    new_rule_id    VARCHAR,            -- its rule of the same kind, when it states one
    action         VARCHAR NOT NULL,   -- replaces | repeals
    effective_from DATE,               -- the first day the old rule no longer applies
    sentence       VARCHAR NOT NULL,   -- the sentence that says so
    status         VARCHAR NOT NULL,   -- proposed | confirmed | rejected
    PRIMARY KEY (old_rule_id, new_sha256)
);
