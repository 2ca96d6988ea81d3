-- A rule's start as its own sentence states it (issue 13, blind scenario 15): "đối với các đoàn trở về nước từ
-- ngày 01/7/2026" starts on that day and is measured on the trip's return. `effective_from` then holds the
-- sentence's date instead of the dispatch's; `effective_basis` says which date of a trip it is compared with.

ALTER TABLE rules ADD COLUMN effective_basis VARCHAR;  -- departure | return | decision; null: not stated (departure)
