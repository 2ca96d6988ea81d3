"""The readers' snapshot: DuckDB lets one process hold a file for writing, and while it does no other process
can open it at all. The writer therefore publishes `<name>.snapshot.duckdb` (checkpoint, copy to a temporary
file, atomic rename) at the end of every write, and during a long ingest after a batch at most once a minute
(`pipeline.ingest.load.Loader`; each publication copies the whole file); readers use the main file when it is free and
the snapshot when it is not.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb

from pipeline.errors import StoreError


def snapshot_path(db_path: str | Path) -> Path:
    """Where the readers' copy of a database lives: congvan.duckdb → congvan.snapshot.duckdb."""
    path = Path(db_path)
    return path.with_name(f"{path.stem}.snapshot{path.suffix or '.duckdb'}")


def publish_snapshot(con: duckdb.DuckDBPyConnection, db_path: str | Path) -> Path:
    """Checkpoint, copy the file next to it, and rename the copy into place atomically.

    Readers that already opened the previous snapshot keep reading it (the rename does not touch their file);
    new readers see the state after the last committed batch, never a half-written one. When nothing was
    written since the last publication the snapshot is left as it is (the copy costs the whole file).
    """
    target = snapshot_path(db_path)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    con.execute("CHECKPOINT")
    if _snapshot_is_current(Path(db_path), target):
        return target
    try:
        shutil.copyfile(db_path, temporary)
        with open(temporary, "rb+") as copy:
            os.fsync(copy.fileno())
        main = os.stat(db_path)
        os.utime(temporary, ns=(main.st_atime_ns, main.st_mtime_ns))  # marks the state it copied
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise StoreError(f"cannot publish the snapshot {target}: {error}", path=str(db_path)) from error
    return target


_HEADERS = 3 * 4096
"""DuckDB's file header and its two database headers: a checkpoint that wrote anything rewrites one of them."""


def _snapshot_is_current(main: Path, snapshot: Path) -> bool:
    """True when the checkpointed main file is still the one copied: same size, time stamp and headers."""
    try:
        ours, theirs = main.stat(), snapshot.stat()
        if (ours.st_size, ours.st_mtime_ns) != (theirs.st_size, theirs.st_mtime_ns):
            return False
        with main.open("rb") as a, snapshot.open("rb") as b:
            return a.read(_HEADERS) == b.read(_HEADERS)
    except OSError:
        return False
