-- What a rule's exception asks of a trip (issue 13, blind scenario 10): the decision calls the trip urgent
-- ("đoàn công tác đột xuất": the shorter submission lead applies), and its members join or escort a central
-- body's delegation ("tham gia Đoàn công tác của Bộ …": not counted when the trips-per-year rule says so).

ALTER TABLE trips ADD COLUMN urgent BOOLEAN;  -- null: stored before this column
ALTER TABLE trips ADD COLUMN joins_central_delegation BOOLEAN;
