-- Members a scan gave unsure (issue 13): a member whose family or given name was not read for sure is left out of
-- `trip_members` (a wrong member is worse than a missing one) and kept here, so the review queue asks about it
-- (field `trip_member`) and the delegation-size check says `review` when counting it would break the limit. A
-- person's answer "a member named X" inserts the member into `trip_members` (pipeline.store.queue.apply).
CREATE TABLE trip_unsure_members (
    trip_id VARCHAR NOT NULL,     -- = the decision's sha256
    ordinal INTEGER NOT NULL,     -- order among the unsure members
    name    VARCHAR NOT NULL,     -- as read
    title   VARCHAR,
    unit    VARCHAR,
    role    VARCHAR,
    PRIMARY KEY (trip_id, ordinal)
);
