-- A later dispatch that changes one limit of an earlier document (issue 13: "nâng số thành viên tối đa của đoàn
-- lên 12 người, thay cho mức … quy định tại khoản 1 Điều 5 Quy định số 08-QĐi/TU"): the earlier rule ends the day
-- before the new one starts, measured on the same date of a trip (its departure or return), and the reviewer's
-- approval of the new rule applies it.

ALTER TABLE rules ADD COLUMN effective_to_basis VARCHAR;                 -- departure | return | decision; null: departure
ALTER TABLE rule_supersessions ADD COLUMN basis VARCHAR;                 -- what the end is measured on
ALTER TABLE rule_supersessions ADD COLUMN on_approval BOOLEAN DEFAULT false;  -- approving the new rule confirms it
