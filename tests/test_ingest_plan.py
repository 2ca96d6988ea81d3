"""Planning an ingest: every file hashed once (in chunks, side by side), one lookup, progress told."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from pipeline.ingest.extract import HEAD_BYTES, identify
from pipeline.ingest.load import Loader, ingest_paths
from pipeline.settings import Settings
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
