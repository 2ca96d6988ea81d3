-- congvan schema v1. Migrations are applied in file-name order, each in one transaction;
-- `schema_migrations` records what has been applied.

CREATE TABLE documents (
    sha256            VARCHAR PRIMARY KEY,   -- identity: the bytes, not the path
    path              VARCHAR NOT NULL,      -- where it was last seen
    kind              VARCHAR,               -- pdf | image | docx | txt
    size_bytes        BIGINT,
    page_count        INTEGER,
    text_source       VARCHAR,               -- ocr | text-layer | docx | plain | mixed
    ocr_confidence    DOUBLE,
    status            VARCHAR NOT NULL,      -- ok | partial | failed
    doc_type          VARCHAR,
    number            VARCHAR,
    symbol            VARCHAR,
    issuer            VARCHAR,
    parent_issuer     VARCHAR,
    place             VARCHAR,
    issue_date        DATE,
    subject           VARCHAR,
    signer_name       VARCHAR,
    signer_title      VARCHAR,
    signer_mode       VARCHAR,
    text              VARCHAR,
    recipients        VARCHAR[],
    destinations      VARCHAR[],             -- countries named anywhere in the document
    destination_codes VARCHAR[],
    extractor_version VARCHAR NOT NULL,
    ingested_at       TIMESTAMP NOT NULL,
    run_id            VARCHAR,               -- the run that loaded it (runs.run_id), if any
    document_json     JSON                    -- the full contract record, for provenance
);

CREATE TABLE document_paths (                -- every path a document was seen at (renames, moves)
    sha256   VARCHAR NOT NULL,
    path     VARCHAR NOT NULL,
    seen_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (sha256, path)
);

CREATE TABLE pages (
    sha256     VARCHAR NOT NULL,
    number     INTEGER NOT NULL,
    source     VARCHAR NOT NULL,
    confidence DOUBLE,
    text       VARCHAR,
    footnotes  VARCHAR,
    words      JSON,                          -- OCR words with boxes
    PRIMARY KEY (sha256, number)
);

CREATE TABLE document_errors (
    sha256  VARCHAR NOT NULL,
    code    VARCHAR NOT NULL,
    message VARCHAR,
    page    INTEGER
);

CREATE TABLE citations (
    sha256     VARCHAR NOT NULL,              -- the citing document
    ordinal    INTEGER NOT NULL,
    text       VARCHAR,
    kind       VARCHAR,
    number     VARCHAR,
    date       DATE,
    issuer     VARCHAR,
    page       INTEGER,
    span_start INTEGER,
    span_end   INTEGER,
    PRIMARY KEY (sha256, ordinal)
);

CREATE TABLE document_rules (                -- rule sentences as extracted from a dispatch (raw, unreviewed)
    sha256     VARCHAR NOT NULL,
    ordinal    INTEGER NOT NULL,
    kind       VARCHAR NOT NULL,
    value      DOUBLE,
    unit       VARCHAR,
    applies_to VARCHAR,
    exception  VARCHAR,
    severity   VARCHAR NOT NULL,
    sentence   VARCHAR NOT NULL,
    page       INTEGER,
    span_start INTEGER,
    span_end   INTEGER,
    PRIMARY KEY (sha256, ordinal)
);

CREATE TABLE mentions (                      -- every person named in a document
    sha256     VARCHAR NOT NULL,
    ordinal    INTEGER NOT NULL,
    role       VARCHAR NOT NULL,              -- signer | member | reporter | mentioned
    name       VARCHAR NOT NULL,
    title      VARCHAR,
    unit       VARCHAR,
    honorific  VARCHAR,
    person_id  VARCHAR,                       -- resolved person (pipeline.link)
    page       INTEGER,
    span_start INTEGER,
    span_end   INTEGER,
    PRIMARY KEY (sha256, role, ordinal)
);

CREATE TABLE people (                        -- one row per resolved person
    person_id  VARCHAR PRIMARY KEY,
    name       VARCHAR NOT NULL,
    unit       VARCHAR,
    title      VARCHAR,                       -- latest known title
    is_key_leader BOOLEAN
);

CREATE TABLE person_merges (                 -- why two mentions were taken for one person
    merge_id    VARCHAR PRIMARY KEY,
    person_id   VARCHAR NOT NULL,
    sha256      VARCHAR NOT NULL,
    role        VARCHAR NOT NULL,
    ordinal     INTEGER NOT NULL,
    score       DOUBLE,
    evidence    JSON,
    undone      BOOLEAN NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMP NOT NULL
);

CREATE TABLE trips (                         -- one per decision that sends people abroad
    trip_id          VARCHAR PRIMARY KEY,     -- = the decision's sha256
    decision_number  VARCHAR,
    decision_date    DATE,
    issuer           VARCHAR,
    start_date       DATE,
    end_date         DATE,
    funding          VARCHAR,                 -- state_budget | host | enterprise | self | other
    funding_text     VARCHAR,
    sponsor          VARCHAR,
    inviter          VARCHAR,
    purpose          VARCHAR,
    submitted_on     DATE,
    cities           VARCHAR[]
);

CREATE TABLE trip_destinations (
    trip_id  VARCHAR NOT NULL,
    ordinal  INTEGER NOT NULL,
    country  VARCHAR NOT NULL,
    iso_code VARCHAR,
    PRIMARY KEY (trip_id, ordinal)
);

CREATE TABLE trip_members (
    trip_id       VARCHAR NOT NULL,
    ordinal       INTEGER NOT NULL,
    name          VARCHAR NOT NULL,
    title         VARCHAR,
    unit          VARCHAR,
    role          VARCHAR,
    is_key_leader BOOLEAN,
    person_id     VARCHAR,
    PRIMARY KEY (trip_id, ordinal)
);

CREATE TABLE reports (                       -- one per trip report (báo cáo)
    sha256                 VARCHAR PRIMARY KEY,
    number                 VARCHAR,
    report_date            DATE,
    reporter               VARCHAR,
    reporting_unit         VARCHAR,
    cited_decision_number  VARCHAR,
    cited_decision_date    DATE,
    start_date             DATE,
    end_date               DATE,
    destinations           VARCHAR[],
    issuer                 VARCHAR,           -- issuer of the report document
    trip_id                VARCHAR,           -- linked trip, null when nothing matched
    link_method            VARCHAR,           -- decision_number | person_dates | null
    link_score             DOUBLE
);

CREATE TABLE rules (
    rule_id        VARCHAR PRIMARY KEY,
    kind           VARCHAR NOT NULL,
    value          DOUBLE,
    unit           VARCHAR,
    applies_to     VARCHAR,
    exception      VARCHAR,
    severity       VARCHAR NOT NULL,          -- breach | warning
    jurisdiction   VARCHAR,
    effective_from DATE,
    source_number  VARCHAR,
    source_sha256  VARCHAR,
    source_title   VARCHAR,
    sentence       VARCHAR NOT NULL,
    status         VARCHAR NOT NULL,          -- proposed | active | rejected | retired
    origin         VARCHAR NOT NULL,          -- extracted | default
    created_at     TIMESTAMP NOT NULL,
    updated_at     TIMESTAMP NOT NULL
);

CREATE TABLE rule_events (                   -- review history: who changed what, when
    rule_id  VARCHAR NOT NULL,
    action   VARCHAR NOT NULL,                -- propose | approve | reject | retire | edit
    actor    VARCHAR NOT NULL,
    "at"     TIMESTAMP NOT NULL,              -- AT is reserved in DuckDB 2: always write "at" quoted
    details  JSON
);

CREATE TABLE rule_extractions (              -- which dispatches the rule extractor has read
    sha256            VARCHAR PRIMARY KEY,
    extractor_version VARCHAR NOT NULL,
    extracted_at      TIMESTAMP NOT NULL,
    rules_proposed    INTEGER NOT NULL
);

CREATE TABLE findings (
    finding_id      VARCHAR PRIMARY KEY,
    run_id          VARCHAR,
    rule_id         VARCHAR NOT NULL,
    rule_kind       VARCHAR NOT NULL,
    trip_id         VARCHAR,
    decision_number VARCHAR,
    person          VARCHAR,
    person_id       VARCHAR,
    severity        VARCHAR NOT NULL,
    message         VARCHAR NOT NULL,
    evidence        JSON,
    as_of           DATE,
    created_at      TIMESTAMP NOT NULL
);

CREATE TABLE runs (
    run_id      VARCHAR PRIMARY KEY,
    flow        VARCHAR NOT NULL,             -- ingest | nightly | rules | check
    started_at  TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    status      VARCHAR,
    seen        INTEGER,
    new         INTEGER,
    skipped     INTEGER,
    failed      INTEGER,
    details     JSON
);

CREATE TABLE ingest_errors (                 -- files that could not be ingested; cleared on success
    path     VARCHAR NOT NULL,
    sha256   VARCHAR,
    code     VARCHAR NOT NULL,
    message  VARCHAR NOT NULL,
    "at"     TIMESTAMP NOT NULL,              -- AT is reserved in DuckDB 2: always write "at" quoted
    run_id   VARCHAR
);

CREATE TABLE calendar (
    date           DATE PRIMARY KEY,
    is_working_day BOOLEAN NOT NULL,
    holiday_name   VARCHAR,
    day_kind       VARCHAR NOT NULL,          -- working | weekend | holiday | makeup_working
    working_day_index INTEGER NOT NULL        -- working days from 2000-01-01 up to and including this date
);

CREATE TABLE store_meta (                    -- small key/value facts about the database (calendar build, ...)
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);
