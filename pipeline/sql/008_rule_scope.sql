-- Rules read the way the dispatch says them (issues 13 and 18): the scope's definition, the page of the
-- sentence, why a stated value could not be read, and the period a rule is in force.

ALTER TABLE rules ADD COLUMN scope_definition JSON;   -- {term, scope, includes, excludes, sentence, span} or null
ALTER TABLE rules ADD COLUMN source_page INTEGER;     -- page of the rule's sentence in its source document
ALTER TABLE rules ADD COLUMN problem VARCHAR;         -- why the value is null though the sentence states one
ALTER TABLE rules ADD COLUMN effective_to DATE;       -- last day in force (null: open-ended)
ALTER TABLE rules ADD COLUMN superseded_by VARCHAR;   -- the rule (or document) that replaces it
