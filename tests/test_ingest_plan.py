"""Planning an ingest: every file hashed once (in chunks, side by side), one lookup, progress told."""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from pathlib import Path

import pytest

from pipeline.ingest import extract
from pipeline.ingest.extract import HEAD_BYTES, FileInfo, identify
from pipeline.ingest.load import Loader, ingest_paths
from pipeline.settings import Settings
from pipeline.store import file_stats
from pipeline.store.connection import open_db

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "documents"


@pytest.mark.parametrize(
    "name", ["qd-415-QD-UBND-xinh-ga-po.docx", "qd-1024-QD-UBND-trung-quoc.pdf", "cv-1777-SNV-VP-script.txt"]
)
def test_plan_identify_from_disk_matches_identify_of_the_bytes(name: str) -> None:
    path = SAMPLES / name
    data = path.read_bytes()
    assert identify(path) == identify(path, data)
    assert identify(path).sha256 == hashlib.sha256(data).hexdigest()


def test_plan_identify_hashes_a_file_larger_than_its_head_whole(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    data = ("Công văn số 12/UBND-VP.\n" * (3 * HEAD_BYTES // 20)).encode()
    path.write_bytes(data)
    info = identify(path)
    assert len(data) > 2 * HEAD_BYTES
    assert (info.sha256, info.size_bytes, info.kind) == (hashlib.sha256(data).hexdigest(), len(data), "txt")


def test_plan_reports_progress_records_unreadable_and_skips_what_is_loaded(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("cv-1777-SNV-VP-script.txt", "qd-415-QD-UBND-xinh-ga-po.docx"):
        shutil.copy(SAMPLES / name, inbox / name)
    locked = inbox / "locked.txt"
    locked.write_text("x")
    locked.chmod(0)
    if os.access(locked, os.R_OK):  # root reads anything: no unreadable file to be had here
        locked.unlink()
    settings = Settings(db=tmp_path / "db.duckdb", workers=2)
    ingest_paths([inbox / "cv-1777-SNV-VP-script.txt"], settings)
    told: list[tuple[int, int]] = []
    con = open_db(settings.db)
    try:
        loader = Loader(con, settings)
        todo = loader.plan([inbox], lambda done, total: told.append((done, total)))
    finally:
        con.close()
    files = 3 if locked.exists() else 2
    assert told == [(done, files) for done in range(1, files + 1)]
    assert [info.path.name for info in todo] == ["qd-415-QD-UBND-xinh-ga-po.docx"]
    assert loader.summary.skipped == 1
    assert [code for _, code, _ in loader.summary.errors] == (["file.unreadable"] if locked.exists() else [])


# --------------------------------------------------------------------------- unchanged files are not read again


class CountedReads:
    """`extract.identify` as plan calls it, counting the files it reads."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.paths: list[str] = []
        real = extract.identify

        def identify(path: Path | str, data: bytes | None = None) -> FileInfo:
            self.paths.append(Path(path).name)
            return real(path, data)

        monkeypatch.setattr(extract, "identify", identify)

    def take(self) -> list[str]:
        """The files read since last asked, sorted."""
        read, self.paths = sorted(self.paths), []
        return read


def _plan(settings: Settings, inbox: Path, *, rehash: bool = False) -> dict[str, str]:
    """File name → sha256 of what plan gives to extract."""
    con = open_db(settings.db)
    try:
        return {info.path.name: info.sha256 for info in Loader(con, settings).plan([inbox], rehash=rehash)}
    finally:
        con.close()


def _write(path: Path, text: str) -> None:
    """New bytes, and a modification time of its own (never the clock tick of an earlier write)."""
    old = path.stat().st_mtime_ns if path.exists() else 0
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(old + 10**9, max(old + 10**9, path.stat().st_mtime_ns)))


@pytest.fixture
def inbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two text files; files count as settled at once (no racy window), as files written long ago do."""
    monkeypatch.setattr(file_stats, "RACY_S", 0.0)
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        _write(folder / name, f"Công văn {name}\n")
    return folder


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(db=tmp_path / "db.duckdb", workers=2)


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> CountedReads:
    return CountedReads(monkeypatch)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_plan_does_not_read_a_file_whose_stat_is_unchanged(
    inbox: Path, settings: Settings, reads: CountedReads
) -> None:
    first = _plan(settings, inbox)
    assert reads.take() == ["a.txt", "b.txt"]
    assert _plan(settings, inbox) == first == {"a.txt": _sha(inbox / "a.txt"), "b.txt": _sha(inbox / "b.txt")}
    assert reads.take() == []
    assert _plan(settings, inbox, rehash=True) == first
    assert reads.take() == ["a.txt", "b.txt"]


def test_plan_reads_again_a_file_written_with_the_same_size(
    inbox: Path, settings: Settings, reads: CountedReads
) -> None:
    _plan(settings, inbox)
    reads.take()
    _write(inbox / "a.txt", "Công văn c.txt\n")  # same length, other bytes, a later mtime
    assert _plan(settings, inbox) == {"a.txt": _sha(inbox / "a.txt"), "b.txt": _sha(inbox / "b.txt")}
    assert reads.take() == ["a.txt"]


def test_plan_reads_again_a_touched_file_and_skips_it_when_its_bytes_are_loaded(
    inbox: Path, settings: Settings, reads: CountedReads
) -> None:
    shutil.copy(SAMPLES / "cv-1777-SNV-VP-script.txt", inbox / "loaded.txt")
    os.utime(inbox / "loaded.txt", ns=(10**18, 10**18))
    ingest_paths([inbox / "loaded.txt"], settings)
    reads.take()
    assert "loaded.txt" not in _plan(settings, inbox)
    assert reads.take() == ["a.txt", "b.txt"]  # the ingest recorded loaded.txt; plan records the others
    os.utime(inbox / "loaded.txt")  # touch: same bytes, a new mtime
    assert "loaded.txt" not in _plan(settings, inbox)  # read again, found loaded by its sha256
    assert reads.take() == ["loaded.txt"]


def test_plan_reads_again_a_file_whose_mtime_was_put_back_or_that_was_replaced(
    inbox: Path, settings: Settings, reads: CountedReads
) -> None:
    _plan(settings, inbox)
    reads.take()
    a, b = inbox / "a.txt", inbox / "b.txt"
    before = a.stat()
    time.sleep(0.05)  # the filesystem's clock moves on, so the change time of the next write is a new one
    a.write_text("Công văn c.txt\n", encoding="utf-8")  # same size, other bytes …
    os.utime(a, ns=(before.st_atime_ns, before.st_mtime_ns))  # … and the old mtime put back (cp -p, rsync -t)
    assert a.stat().st_mtime_ns == before.st_mtime_ns
    replacement = inbox.parent / "new-b.txt"  # another file moved over b.txt with b's mtime: a new inode
    replacement.write_text("Công văn d.txt\n", encoding="utf-8")
    os.utime(replacement, ns=(b.stat().st_atime_ns, b.stat().st_mtime_ns))
    replacement.replace(b)
    assert _plan(settings, inbox) == {"a.txt": _sha(a), "b.txt": _sha(b)}
    assert _sha(a) != _sha(b)
    assert reads.take() == ["a.txt", "b.txt"]


def test_plan_reads_again_a_file_written_just_before_it_was_hashed(
    tmp_path: Path, settings: Settings, reads: CountedReads
) -> None:
    """A second write in the same tick of the filesystem's clock would leave its stat as it was: such a file is
    not recorded, so it is read again next time."""
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "new.txt").write_text("Công văn mới\n", encoding="utf-8")
    _plan(settings, tmp_path / "inbox")
    _plan(settings, tmp_path / "inbox")
    assert reads.take() == ["new.txt", "new.txt"]
