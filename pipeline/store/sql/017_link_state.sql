-- What linking last saw of each document (issue 16: incremental linking). `pipeline.link.state` writes it in
-- the transaction that writes the links, and compares it with the documents to find what changed since.
CREATE TABLE link_state (
    sha256          VARCHAR NOT NULL,
    order_date      DATE,          -- the document's issue date: where its mentions sort in people linking
    digest          VARCHAR NOT NULL,  -- md5 of everything linking reads from the document
    person_ids      VARCHAR[],     -- its mentions' people as linked (the people it may leave when it changes)
    decision_number VARCHAR,       -- a trip's facts a report is matched on, as linked (an old version may
    decision_date   DATE,          -- have stopped a fuzzy link or been the one chosen)
    member_names    VARCHAR[]
);
