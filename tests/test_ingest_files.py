"""Ingestion without OCR: finding files, identifying them, every bad input as data, the extract command."""

import json
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from flows.cli import cli
from flows.commands.extract import extract
from pipeline.ingest import extract as extract_mod
from pipeline.ingest.extract import extract_file, extract_files, identify, iter_input_files, sniff_kind
from pipeline.settings import Settings
from schemas.document import Document, Status, TextSource
from tests.documents import Letter, docx_bytes, image_bytes, text_pdf
from tests.test_text_readers import _encrypted_pdf, _zero_page_pdf, png_header_only

VIETNAMESE = (
    "Căn cứ Quyết định số 15/QĐ-UBND ngày 18 tháng 9 năm 2023 của Ủy ban nhân dân tỉnh Hòa Giang về việc cử cán bộ."
)
ENGLISH = "The delegation of three officials will travel to Japan next month to study urban management practice."
FRENCH = "La délégation de trois fonctionnaires se rendra au Japon le mois prochain pour étudier la gestion urbaine."


@pytest.fixture
def settings() -> Settings:
    return Settings(ocr_workers=1)


def test_ingest_iter_input_files_expands_sorts_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/z.txt", "b/a.pdf", "c.txt", ".hidden.txt", ".git/config"):
        (tmp_path / name).write_text("x")
    single = tmp_path / "c.txt"
    assert iter_input_files([tmp_path, single]) == [tmp_path / "b/a.pdf", tmp_path / "b/z.txt", single]


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n...", "pdf"),
        (image_bytes(__import__("PIL.Image").Image.new("L", (4, 4))), "image"),
        (b"\xff\xd8\xff\xe0rest", "image"),
        (b"II*\x00rest", "image"),
        (docx_bytes(Letter()), "docx"),
        (VIETNAMESE.encode("utf-16"), "txt"),
        (VIETNAMESE.encode(), "txt"),
        (b"GIF89a....", "gif"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_ingest_kind_from_magic_bytes(data: bytes, kind: str) -> None:
    assert sniff_kind(data) == kind


def test_ingest_identify_ignores_extension(tmp_path: Path) -> None:
    path = tmp_path / "quyet-dinh.txt"
    path.write_bytes(text_pdf(Letter()))
    info = identify(path)
    assert (info.kind, info.size_bytes, len(info.sha256)) == ("pdf", path.stat().st_size, 64)


def test_ingest_text_pdf_document(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "qd.pdf"
    path.write_bytes(text_pdf(Letter()))
    document = extract_file(path, settings)
    assert document.status is Status.OK
    assert document.source.text_source is TextSource.TEXT_LAYER
    assert document.source.pages == 1 and document.source.ocr_confidence is None
    assert "Số: 123/QĐ-UBND" in document.text.split("\n")
    assert "Hòa Giang, ngày 05 tháng 3 năm 2024" in document.text.split("\n")


def test_ingest_docx_and_plain(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "a.docx").write_bytes(docx_bytes(Letter()))
    (tmp_path / "b.txt").write_bytes(VIETNAMESE.encode("utf-16"))
    docx_document, plain_document = extract_files([tmp_path], settings)
    assert docx_document.source.text_source is TextSource.DOCX and docx_document.status is Status.OK
    assert plain_document.text == VIETNAMESE


BAD_INPUTS = [
    ("empty.pdf", lambda: b"", "file.empty"),
    ("corrupt.pdf", lambda: b"%PDF-1.7\n" + b"\x00garbage" * 50, "pdf.corrupt"),
    ("locked.pdf", _encrypted_pdf, "pdf.encrypted"),
    ("nopages.pdf", _zero_page_pdf, "pdf.empty"),
    ("bomb.png", lambda: png_header_only(100_000, 100_000), "image.too_large"),
    ("table.xls", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "file.unsupported"),
    ("english.txt", lambda: ENGLISH.encode(), "text.not_vietnamese"),
    ("french.txt", lambda: FRENCH.encode("latin-1"), "text.not_vietnamese"),
    ("broken.docx", lambda: b"PK\x03\x04" + b"\x00" * 100, "file.unsupported"),
]


@pytest.mark.parametrize(("name", "make", "code"), BAD_INPUTS, ids=[row[0] for row in BAD_INPUTS])
def test_ingest_bad_input_is_failed_document(tmp_path: Path, settings: Settings, name: str, make, code: str) -> None:
    path = tmp_path / name
    path.write_bytes(make())
    document = extract_file(path, settings)
    assert document.status is Status.FAILED
    assert [error.code for error in document.errors] == [code]
    assert document.text == "" and document.pages == []  # nothing half-written
    assert document.source.path == str(path)


def test_ingest_missing_file_is_failed_document(tmp_path: Path, settings: Settings) -> None:
    document = extract_file(tmp_path / "missing.pdf", settings)
    assert [e.code for e in document.errors] == ["file.unreadable"]
    assert "no such file" in document.errors[0].message


def test_ingest_duplicates_reported_once_as_duplicates_of_first(tmp_path: Path, settings: Settings) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(VIETNAMESE, encoding="utf-8")
    first, second, third = extract_files([tmp_path], settings)
    assert first.status is Status.OK
    for duplicate in (second, third):
        assert [e.code for e in duplicate.errors] == ["file.duplicate"]
        assert str(tmp_path / "a.txt") in duplicate.errors[0].message


def test_extract_files_runs_files_side_by_side_and_keeps_their_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two workers: two files are in extraction at the same moment (a barrier both must reach); the later file
    finishing first does not change the output order."""
    names = ["a.txt", "b.txt", "c.txt", "d.txt"]
    for index, name in enumerate(names):
        (tmp_path / name).write_text(f"{VIETNAMESE} {index}", encoding="utf-8")
    both_running = threading.Barrier(2, timeout=20)
    finished: list[str] = []
    b_finished = threading.Event()
    real_extract_file = extract_mod.extract_file

    def side_by_side(path: Path, settings: Settings) -> Document:
        if path.name in ("a.txt", "b.txt"):
            both_running.wait()  # broken (an error) unless a.txt and b.txt run at the same time
        if path.name == "a.txt":
            assert b_finished.wait(timeout=20)  # b.txt finishes first
        finished.append(path.name)
        if path.name == "b.txt":
            b_finished.set()
        return real_extract_file(path, settings)

    monkeypatch.setattr(extract_mod, "extract_file", side_by_side)
    documents = list(extract_files([tmp_path], Settings(workers=2, ocr_workers=2)))
    assert [Path(d.source.path).name for d in documents] == names
    assert finished.index("b.txt") < finished.index("a.txt")
    assert all(d.status is Status.OK for d in documents)


def test_ingest_cli_batch_goes_on_and_exits_nonzero(tmp_path: Path) -> None:
    for name, make, _code in BAD_INPUTS:
        (tmp_path / name).write_bytes(make())
    (tmp_path / "good.txt").write_text(VIETNAMESE, encoding="utf-8")
    (tmp_path / "good-copy.txt").write_text(VIETNAMESE, encoding="utf-8")
    result = CliRunner().invoke(extract, [str(tmp_path), "--json"])
    assert result.exit_code == 1
    documents = {Path(d["source"]["path"]).name: d for d in map(json.loads, result.stdout.splitlines())}
    assert len(documents) == len(BAD_INPUTS) + 2
    assert documents["good-copy.txt"]["status"] == "ok"
    assert documents["good.txt"]["errors"][0]["code"] == "file.duplicate"
    for name, _make, code in BAD_INPUTS:
        assert documents[name]["errors"][0]["code"] == code
        assert f"congvan: {tmp_path / name}: " in result.stderr
    assert len(result.stderr.splitlines()) == len(BAD_INPUTS) + 1


def test_ingest_cli_human_summary_and_success(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(VIETNAMESE, encoding="utf-8")
    result = CliRunner().invoke(extract, [str(path)])
    assert result.exit_code == 0
    assert result.stdout.startswith(f"{path}: ok, txt, 1 page(s)")


def test_ingest_cli_registered() -> None:
    from flows.cli import _register_commands

    _register_commands()
    assert "extract" in cli.commands


def test_ingest_text_over_the_size_limit_is_refused_before_decoding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from extractors.text import plain

    big = tmp_path / "big.txt"
    line = "Điều 1. Cử ông Nguyễn Văn A đi công tác tại Nhật Bản từ ngày 10/3/2025.\n"
    big.write_text(line * (3_000_000 // len(line.encode())), encoding="utf-8")
    decoded: list[int] = []
    monkeypatch.setattr(plain, "read_plain", lambda data: decoded.append(len(data)) or [])
    document = extract_file(big, Settings(max_text_bytes=1_000_000))
    assert decoded == []  # refused before decoding (a 50 MB file used to take minutes and 2 GB)
    assert document.status is Status.FAILED
    (error,) = document.errors
    assert error.code == "text.too_large" and "3.0 MB" in error.message and "max_text_bytes" in error.message


def test_ingest_pdf_page_size_bomb_is_an_error_row_not_a_rendering(tmp_path: Path) -> None:
    from tests.test_text_readers import huge_page_pdf

    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(huge_page_pdf(4000))
    document = extract_file(bomb, Settings(ocr_workers=1))
    assert document.status is Status.FAILED
    assert [error.code for error in document.errors] == ["pdf.page_too_large", "text.empty"]
    assert document.errors[0].page == 1 and "278 Mpx" in document.errors[0].message
