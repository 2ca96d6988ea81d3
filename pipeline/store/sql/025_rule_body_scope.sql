-- Which body's delegations a rule binds (issue 13, blind scenario 18): a UBND Công văn restating a party Quy
-- định's limits "đối với các đoàn do Chủ tịch Ủy ban nhân dân tỉnh quyết định cử" binds the state's delegations
-- only, so a party decision's trip is held to the Quy định, and a state one to the Công văn even where it is
-- less strict. Read from the rule's sentence or the lead-in before it (`extractors.issuing_body`).

ALTER TABLE rules ADD COLUMN body_scope VARCHAR;       -- party | state; null: every body
ALTER TABLE rules ADD COLUMN body_scope_text VARCHAR;  -- the dispatch's words saying so
