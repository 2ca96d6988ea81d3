-- Amending decisions (issue 13): what a decision changes in an earlier trip decision, as extracted, and which
-- document set which value of a trip once `pipeline.link.amendments` applied it.
CREATE TABLE document_amendments (
    sha256            VARCHAR NOT NULL,   -- the amending decision
    cited_number      VARCHAR,            -- the amended decision, as cited
    cited_date        DATE,
    start_date        DATE,               -- the new period, when it changes
    end_date          DATE,
    added             JSON,               -- [{name, title, unit}] members it adds
    removed           VARCHAR[],          -- names of members it withdraws
    destinations      VARCHAR[],          -- the new countries, when they change
    destination_codes VARCHAR[],
    sentence          VARCHAR
);

CREATE TABLE trip_amendments (
    trip_id       VARCHAR NOT NULL,       -- the amended trip
    source_sha256 VARCHAR NOT NULL,       -- the amending decision that set the value
    source_number VARCHAR,
    field         VARCHAR NOT NULL,       -- start_date | end_date | member_added | member_removed | destinations
    value         VARCHAR,
    previous      VARCHAR,                -- the value before (the amended decision's own)
    sentence      VARCHAR,
    PRIMARY KEY (trip_id, source_sha256, field, value)
);
