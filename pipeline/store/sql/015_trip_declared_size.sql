-- A delegation's size as its decision states it (issue 13): "gồm 13 thành viên (có danh sách kèm theo)", read
-- apart from the member list, which a scan may lose (an annexed table read out of order). The size check
-- counts the larger of the two.

ALTER TABLE trips ADD COLUMN declared_size INTEGER;  -- null: the decision states no size
