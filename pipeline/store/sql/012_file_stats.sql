-- What each file's stat was when its bytes were last hashed, the way git's index keeps it: a file whose path,
-- size, mtime, ctime and inode are all unchanged since is taken to hold the same bytes, and is not read again
-- to plan an ingest (`congvan ingest --rehash` reads every file anyway). Identity stays the sha256.
CREATE TABLE file_stats (
    path       VARCHAR PRIMARY KEY,
    size_bytes BIGINT NOT NULL,
    mtime_ns   BIGINT NOT NULL,
    ctime_ns   BIGINT NOT NULL,
    inode      UBIGINT NOT NULL,
    sha256     VARCHAR NOT NULL,
    kind       VARCHAR NOT NULL,
    hashed_at  TIMESTAMP NOT NULL
);
