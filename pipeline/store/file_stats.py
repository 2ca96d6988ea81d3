"""Files whose bytes need not be read again: their stat is what it was when they were last hashed.

The way git's index avoids re-reading a working tree: each file hashed is recorded with its path, size,
mtime, ctime and inode (`file_stats`); a later plan that finds all five unchanged takes the recorded sha256
and kind instead of reading the file. Writing a file moves its mtime and ctime, replacing it moves its inode,
so a changed file is read again; identity is still the sha256 of the bytes read.

A file written within `RACY_S` of its hashing is not recorded ("racily clean" in git's words): a second write
in the same tick of the filesystem's clock, with the same size, would leave every stat field as it was.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import astuple, dataclass

import duckdb
import pyarrow as pa

from pipeline.store.write import arrow_table, register, transaction

RACY_S = 2.0
"""A file changed this recently when it was hashed is hashed again next time: 2 s is FAT's mtime step, the
coarsest clock a shared archive disk is likely to have (ext4's moves every few milliseconds)."""


@dataclass(frozen=True)
class FileStat:
    """What `os.stat` says of a file, the fields that change when its bytes may have."""

    size_bytes: int
    mtime_ns: int
    ctime_ns: int
    inode: int

    @classmethod
    def of(cls, path: str | os.PathLike[str]) -> FileStat:
        """The stat of the file a path leads to (links followed, as reading it does); OSError as `os.stat`."""
        found = os.stat(path)
        return cls(found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino)

    def settled_before(self, moment_ns: int) -> bool:
        """Last changed at least `RACY_S` before `moment_ns` (wall clock): safe to record."""
        return max(self.mtime_ns, self.ctime_ns) <= moment_ns - int(RACY_S * 1e9)


@dataclass(frozen=True)
class Hashed:
    """A file's recorded sha256 and kind."""

    sha256: str
    kind: str


_COLUMNS = ("path", "size_bytes", "mtime_ns", "ctime_ns", "inode")
_TYPES = {"size_bytes": pa.int64(), "mtime_ns": pa.int64(), "ctime_ns": pa.int64(), "inode": pa.uint64()}


def unchanged_files(con: duckdb.DuckDBPyConnection, stats: Mapping[str, FileStat]) -> dict[str, Hashed]:
    """Of these paths and their stats now, those recorded with the same stat: path → what was hashed. One query."""
    if not stats:
        return {}
    rows = [(path, *astuple(stat)) for path, stat in stats.items()]
    register(con, "_stats", arrow_table(_COLUMNS, rows, _TYPES))
    try:
        found = con.execute(
            "SELECT f.path, f.sha256, f.kind FROM file_stats f JOIN _stats s USING (path) "
            "WHERE f.size_bytes = s.size_bytes AND f.mtime_ns = s.mtime_ns AND f.ctime_ns = s.ctime_ns "
            "AND f.inode = s.inode"
        ).fetchall()
    finally:
        con.unregister("_stats")
    return {path: Hashed(sha256, kind) for path, sha256, kind in found}


def record_hashed(con: duckdb.DuckDBPyConnection, hashed: Mapping[str, tuple[FileStat, Hashed]]) -> None:
    """Record what was hashed at each path with the stat it had (replacing an older record), in one transaction."""
    if not hashed:
        return
    now = dt.datetime.now()
    rows = [(path, *astuple(stat), done.sha256, done.kind, now) for path, (stat, done) in hashed.items()]
    table = arrow_table((*_COLUMNS, "sha256", "kind", "hashed_at"), rows, _TYPES)
    with transaction(con):
        register(con, "_hashed", table)
        try:
            con.execute("INSERT OR REPLACE INTO file_stats BY NAME SELECT * FROM _hashed")
        finally:
            con.unregister("_hashed")
