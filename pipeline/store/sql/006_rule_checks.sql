-- The rule base and the checks (issue 6): what a rule needs beyond schema v1, and passport hand-back data.

ALTER TABLE rules ADD COLUMN exception_value DOUBLE;     -- the parameter under the exception ("đột xuất 03 ngày")
ALTER TABLE rules ADD COLUMN scope VARCHAR;              -- all | key_leader | managed_cadre (from applies_to)
ALTER TABLE rules ADD COLUMN jurisdiction_key VARCHAR;   -- 'central', or the place name a trip's issuer must contain
ALTER TABLE rules ADD COLUMN citation VARCHAR;           -- how a finding names the rule's source

CREATE TABLE passport_returns (              -- official/diplomatic passports handed back after a trip
    trip_id     VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,
    person_id   VARCHAR,
    returned_on DATE,                         -- null: not handed back yet
    source      VARCHAR,                      -- where the fact comes from (register, document sha256)
    PRIMARY KEY (trip_id, name)
);
