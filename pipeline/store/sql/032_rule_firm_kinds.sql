-- The trades a funding ban limits its firms to, stored with the rule (issue 13, blind scenario 48): "Nghiêm cấm nhận
-- tài trợ … từ doanh nghiệp kinh doanh dược, trang thiết bị y tế, kể cả doanh nghiệp nước ngoài …" bans a
-- pharmaceutical or medical-equipment firm's money, not a telecom group's. Read from the rule's sentence
-- (`extractors.firm_kinds`); the check judges a firm by the trade its name or aside names. The bans stored before
-- keep null (every firm's money banned, as they were judged) until their dispatch is read again.

ALTER TABLE rules ADD COLUMN firm_kinds JSON;  -- ["dược", "trang thiết bị y tế"]; null: every firm
