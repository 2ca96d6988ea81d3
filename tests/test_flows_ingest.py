"""The ingest flow: one task per document, a single loader, failures recorded, unchanged files skipped."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from prefect.states import Completed, Failed

from flows import ingest as ingest_flow_module
from flows.ingest import document_cache_key, extract_document, retry_if_transient, run_ingest
from pipeline.errors import InputError, OcrError
from pipeline.ingest import extract
from pipeline.settings import Settings
from pipeline.store import runs
from pipeline.store.connection import open_db
from schemas.document import DocType, Document, ErrorItem, Source, Status

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "documents"
NO_OCR = ["qd-415-QD-UBND-xinh-ga-po.docx", "qd-1024-QD-UBND-trung-quoc.pdf", "cv-1777-SNV-VP-script.txt"]


def _inbox(root: Path, *, unique: bool = False) -> Path:
    """Born-digital samples (no OCR: fast) and one corrupt PDF; `unique` makes the bytes new to any cache."""
    inbox = root / "inbox"
    inbox.mkdir()
    for name in NO_OCR:
        shutil.copy(SAMPLES / name, inbox / name)
    if unique:
        text = inbox / "cv-1777-SNV-VP-script.txt"
        text.write_text(text.read_text(encoding="utf-8") + f"\n{uuid.uuid4()}\n", encoding="utf-8")
    (inbox / "broken.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    return inbox


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(db=tmp_path / "congvan.duckdb", workers=2)


# --------------------------------------------------------------------------- task logic, no Prefect run


def test_flows_ingest_task_fn_extracts_one_document() -> None:
    path = SAMPLES / "qd-415-QD-UBND-xinh-ga-po.docx"
    document = extract_document.fn(path, extract.identify(path).sha256, Settings())
    assert document.status is Status.OK
    assert document.doc_type is DocType.QUYET_DINH
    assert document.number == "415/QĐ-UBND"


def test_flows_ingest_retries_only_transient_errors() -> None:
    assert retry_if_transient(None, None, Failed(data=OcrError("tesseract timed out")))  # type: ignore[arg-type]
    assert not retry_if_transient(None, None, Failed(data=InputError("corrupt", code="pdf.corrupt")))  # type: ignore[arg-type]
    assert not retry_if_transient(None, None, Failed(data=ValueError("bug")))  # type: ignore[arg-type]
    assert not retry_if_transient(None, None, Completed())  # type: ignore[arg-type]


def test_flows_ingest_cache_key_follows_bytes_and_ocr_settings() -> None:
    key = document_cache_key(None, {"sha256": "abc", "settings": Settings()})  # type: ignore[arg-type]
    assert key == document_cache_key(None, {"sha256": "abc", "settings": Settings(workers=1)})  # type: ignore[arg-type]
    assert key != document_cache_key(None, {"sha256": "abd", "settings": Settings()})  # type: ignore[arg-type]
    assert key != document_cache_key(None, {"sha256": "abc", "settings": Settings(ocr_dpi=200)})  # type: ignore[arg-type]


def test_flows_ingest_cache_key_follows_the_symbol_parts_known() -> None:
    """A new unit's abbreviation learnt from the store can change an OCR'd number: not the same Document."""
    key = document_cache_key(None, {"sha256": "abc", "settings": Settings()})  # type: ignore[arg-type]
    learnt = Settings(symbol_parts=["QLĐT"])
    assert key != document_cache_key(None, {"sha256": "abc", "settings": learnt})  # type: ignore[arg-type]


# --------------------------------------------------------------------------- the flow under Prefect


@pytest.mark.slow
def test_flows_ingest_corrupt_file_is_recorded_not_fatal(
    prefect_harness: None, tmp_path: Path, settings: Settings
) -> None:
    summary = run_ingest([_inbox(tmp_path)], settings)
    assert (summary.seen, summary.new, summary.skipped, summary.failed) == (4, 3, 0, 1)
    assert summary.errors[0][0].endswith("broken.pdf")
    con = open_db(settings.db, read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (3,)
        unlinked = con.execute("SELECT count(*) FROM trip_members WHERE person_id IS NULL").fetchone()
        assert con.execute("SELECT count(*) FROM trip_members").fetchone() != (0,)
        assert unlinked == (0,), "ingest links every trip member to a person"
        assert con.execute("SELECT path, code FROM ingest_errors").fetchall() == [
            (str(tmp_path / "inbox" / "broken.pdf"), summary.errors[0][1])
        ]
        run = runs.last_run(con, "ingest")
    finally:
        con.close()
    assert run is not None
    assert (run["status"], run["seen"], run["new"], run["skipped"], run["failed"]) == ("partial", 4, 3, 0, 1)


@pytest.mark.slow
def test_flows_ingest_unchanged_files_are_skipped_and_moves_noted(
    prefect_harness: None, tmp_path: Path, settings: Settings
) -> None:
    inbox = _inbox(tmp_path)
    run_ingest([inbox], settings)
    (inbox / "qd-415-QD-UBND-xinh-ga-po.docx").rename(inbox / "moved.docx")
    again = run_ingest([inbox], settings)
    assert (again.new, again.skipped, again.failed) == (0, 3, 1)
    con = open_db(settings.db, read_only=True)
    try:
        paths = {p for (p,) in con.execute("SELECT path FROM documents").fetchall()}
    finally:
        con.close()
    assert str(inbox / "moved.docx") in paths


@pytest.fixture
def flaky_ocr(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """extract_file whose first call reports a failed OCR page, as a tesseract timeout would."""
    calls: list[str] = []
    real = extract.extract_file

    def extract_file(path: Path | str, settings: Settings) -> Document:
        calls.append(str(path))
        document = real(path, settings)
        if len(calls) == 1:
            error = ErrorItem(code=OcrError.code, message="tesseract timed out", page=1)
            return document.model_copy(update={"status": Status.PARTIAL, "errors": [error]})
        return document

    monkeypatch.setattr(ingest_flow_module.extract, "extract_file", extract_file)
    yield calls


@pytest.mark.slow
def test_flows_ingest_retries_a_failed_ocr_page(
    prefect_harness: None, tmp_path: Path, settings: Settings, flaky_ocr: list[str]
) -> None:
    inbox = tmp_path / "one"
    inbox.mkdir()
    text = inbox / "cv.txt"
    text.write_text((SAMPLES / "cv-1777-SNV-VP-script.txt").read_text(encoding="utf-8") + f"\n{uuid.uuid4()}\n")
    summary = run_ingest([inbox], settings.model_copy(update={"task_runner": "thread"}))
    assert len(flaky_ocr) == 2  # first attempt failed a page, the retry read it
    assert (summary.new, summary.failed) == (1, 0)
    con = open_db(settings.db, read_only=True)
    try:
        assert con.execute("SELECT status FROM documents").fetchall() == [("ok",)]
    finally:
        con.close()


def test_flows_ingest_keeps_partial_document_outside_retries() -> None:
    """Called directly (no task run, no retries left) a document with a failed page is returned, not raised."""
    document = Document(
        source=Source(path="x.png", sha256="0" * 64, pages=1),
        status=Status.PARTIAL,
        errors=[ErrorItem(code=OcrError.code, message="timeout", page=1)],
    )
    assert ingest_flow_module._retry_worthy(document) is None


@pytest.mark.slow
@pytest.mark.parametrize("runner", ["process", "dask"])
def test_flows_ingest_other_task_runners(prefect_harness: None, tmp_path: Path, runner: str) -> None:
    """Processes, and a local Dask cluster of two worker processes reached through `dask_address`."""
    inbox = _inbox(tmp_path, unique=True)
    settings = Settings(db=tmp_path / "congvan.duckdb", workers=2, task_runner=runner)  # type: ignore[arg-type]
    if runner == "dask":
        from distributed import LocalCluster

        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
            summary = run_ingest([inbox], settings.model_copy(update={"dask_address": cluster.scheduler_address}))
    else:
        summary = run_ingest([inbox], settings)
    assert (summary.seen, summary.new, summary.failed) == (4, 3, 1)


@pytest.mark.slow
def test_flows_ingest_cli_reads_unchanged_files_only_when_asked(
    prefect_harness: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second `congvan ingest` reads no file whose stat is unchanged; `--rehash` reads them all."""
    from click.testing import CliRunner

    from flows.cli import cli
    from pipeline.store import file_stats

    monkeypatch.setattr(file_stats, "RACY_S", 0.0)  # the copies count as settled at once
    inbox = _inbox(tmp_path)
    read: list[str] = []
    real = extract.identify

    def identify(path: Path | str, data: bytes | None = None) -> extract.FileInfo:
        if data is None:  # read from disk to plan (extraction hashes the bytes it reads anyway)
            read.append(str(path))
        return real(path, data)

    monkeypatch.setattr(extract, "identify", identify)
    db = str(tmp_path / "congvan.duckdb")
    runs_read = []
    for extra in ([], [], ["--rehash"]):
        CliRunner().invoke(cli, ["ingest", str(inbox), "--db", db, *extra], catch_exceptions=False)
        runs_read.append(len(read))
        read.clear()
    assert runs_read == [4, 0, 4]
