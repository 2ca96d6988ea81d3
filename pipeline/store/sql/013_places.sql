-- Destinations as places (issue 12): where a document sends people — countries, and the regions and cities
-- below them — each with its ISO 3166-1 country, level and where it is written. `places` holds every
-- document's (Document.places); `trip_places` a trip's, read from its decision's articles; `trips.regions`
-- keeps a trip's regions apart from its cities (`trips.cities` holds cities only from this version on).
CREATE TABLE places (
    sha256     VARCHAR NOT NULL,     -- the document
    ordinal    INTEGER NOT NULL,     -- order of first mention
    name       VARCHAR NOT NULL,     -- as written, without "tỉnh", "thành phố", "nước": 'Vân Nam', 'CHDCND Lào'
    country    VARCHAR NOT NULL,     -- ISO 3166-1 alpha-2 of the country the place lies in
    level      VARCHAR NOT NULL,     -- country | region | city
    page       INTEGER,
    span_start INTEGER,              -- character span into documents.text
    span_end   INTEGER,
    PRIMARY KEY (sha256, ordinal)
);

CREATE TABLE trip_places (
    trip_id    VARCHAR NOT NULL,     -- = the decision's sha256
    ordinal    INTEGER NOT NULL,
    name       VARCHAR NOT NULL,
    country    VARCHAR NOT NULL,
    level      VARCHAR NOT NULL,
    page       INTEGER,
    span_start INTEGER,
    span_end   INTEGER,
    PRIMARY KEY (trip_id, ordinal)
);

ALTER TABLE trips ADD COLUMN regions VARCHAR[];
