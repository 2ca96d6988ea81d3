-- A per-person limit's own statement that a name written with and without its middle name, same post and same unit,
-- is one person (issue 13, blind scenario 50: "Tên của một người được ghi có hoặc không có tên đệm … mà cùng chức vụ,
-- cùng cơ quan thì được hiểu là một người"), read from its dispatch (`extractors.same_person`); the checks count such
-- names as one person under it (`pipeline.checks.same_people`). The rules stored before keep null until their
-- dispatch is read again.

ALTER TABLE rules ADD COLUMN same_person VARCHAR;  -- the dispatch's sentence; null: it says nothing of it
