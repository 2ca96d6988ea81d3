-- A rule's source as read for sure (issue 13): the dispatch's symbol and date beside its number and subject,
-- each null when its header did not give it for sure, and what a reviewer must check about the source
-- before approving (which value was not read, why, and the review item that asks it).

ALTER TABLE rules ADD COLUMN source_symbol VARCHAR;    -- '…/UBND-NC' part of the number, kept when the serial is unread
ALTER TABLE rules ADD COLUMN source_date DATE;         -- the dispatch's issue date (null: not read for sure)
ALTER TABLE rules ADD COLUMN source_to_check VARCHAR;  -- what of the source was not read for sure, and why
