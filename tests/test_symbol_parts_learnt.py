"""OCR'd symbol parts are corrected towards the parts the store has seen written (an office's own units), passed
to the extractors as data; never on a text layer, never when two known parts are as near."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.docnumber import KNOWN_SYMBOL_PARTS, correct_ocr_symbol, symbol_parts
from extractors.document import ExtractionContext, extract_fields
from pipeline.ingest import load
from pipeline.ingest.extract import extraction_context
from pipeline.settings import Settings
from pipeline.store.connection import open_db
from pipeline.store.documents import load_document
from schemas.document import Citation, Document, Page, Source, TextSource
from tests.store_factory import sha

HEADER = "ỦY BAN NHÂN DÂN\nTỈNH LÂM HẢI\nSố: 5/QLDT-UBND\nLâm Hải, ngày 07 tháng 4 năm 2024\nKẾ HOẠCH\nVề việc thử\n"
CITING = HEADER + "Căn cứ Công văn số 41/QLDT-SXD ngày 02/3/2024 của Sở Xây dựng;\n"
OWN_UNIT = KNOWN_SYMBOL_PARTS | {"QLĐT"}  # quản lý đô thị: an office's own unit, not a body built in


def _document(text: str, *sources: TextSource) -> Document:
    pages = [
        Page(number=index + 1, source=source, text=text if index == 0 else "…") for index, source in enumerate(sources)
    ]
    kind = sources[0] if len(set(sources)) == 1 else TextSource.MIXED
    return Document(
        source=Source(path="kh.pdf", sha256=sha(text), pages=len(pages), text_source=kind), text=text, pages=pages
    )


def test_symbol_parts_are_the_lettered_parts_of_numbers_and_symbols() -> None:
    parts = symbol_parts(["05-KH/BTC-SNV", "12/2024/QD-UBND", "UBND-QLĐT", "31/2024/QH15", "7/A-B"])
    assert parts == {"KH", "BTC", "SNV", "QĐ", "UBND", "QLĐT", "QH15"}


def test_an_ocr_number_is_corrected_towards_a_part_the_context_knows() -> None:
    ocr = _document(CITING, TextSource.OCR)
    assert extract_fields(ocr).number == "5/QLDT-UBND"  # built-in parts only: no twin, kept as read
    learnt = extract_fields(ocr, ExtractionContext(symbol_parts=OWN_UNIT))
    assert learnt.number == "5/QLĐT-UBND" and learnt.symbol == "QLĐT-UBND"
    assert [c.number for c in learnt.citations] == ["41/QLĐT-SXD"]


def test_a_text_layer_number_is_never_corrected() -> None:
    layer = extract_fields(_document(CITING, TextSource.TEXT_LAYER), ExtractionContext(symbol_parts=OWN_UNIT))
    assert layer.number == "5/QLDT-UBND" and [c.number for c in layer.citations] == ["41/QLDT-SXD"]
    mixed = _document(
        CITING.replace("QLDT", "CTTTT"), TextSource.TEXT_LAYER, TextSource.OCR
    )  # typed page 1, scanned annex
    assert extract_fields(mixed).number == "5/CTTTT-UBND"


def test_a_part_as_near_to_two_known_parts_is_kept() -> None:
    assert correct_ocr_symbol("5/OLDT-UBND", KNOWN_SYMBOL_PARTS | {"QLDT"}) == "5/QLDT-UBND"
    assert correct_ocr_symbol("5/OLDT-UBND", KNOWN_SYMBOL_PARTS | {"QLDT", "OLĐT"}) == "5/OLDT-UBND"


def test_the_settings_symbol_parts_reach_the_extractors() -> None:
    context = extraction_context(Settings(symbol_parts=["QLĐT"]))
    assert "QLĐT" in context.symbol_parts and context.symbol_parts >= KNOWN_SYMBOL_PARTS


def _stored(tmp_path: Path) -> object:
    con = open_db(tmp_path / "store.duckdb")
    typed = _document(HEADER, TextSource.TEXT_LAYER).model_copy(
        update={
            "symbol": "UBND-QLĐT",
            "citations": [Citation(text="…", number="9/KTrTH-SXD")],
            "extractor_version": "t",
        }
    )
    scanned = _document(HEADER + "…", TextSource.OCR).model_copy(
        update={"symbol": "CTTTT-UBND", "citations": [Citation(text="…", number="3/BQLKKI")], "extractor_version": "t"}
    )
    load_document(con, typed)
    load_document(con, scanned)
    return con


def test_the_store_teaches_the_parts_written_in_documents_it_holds_not_ocrd_ones(tmp_path: Path) -> None:
    con = _stored(tmp_path)
    parts = load.with_store_symbol_parts(con, Settings(symbol_parts=["SNgV"])).symbol_parts  # type: ignore[arg-type]
    assert {"QLĐT", "KTrTH", "SXD", "SNgV"} <= set(parts)
    assert not {"CTTTT", "BQLKKI"} & set(parts)  # read by OCR: a misreading must not become a known part


def test_ingest_extracts_with_the_parts_the_store_holds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _stored(tmp_path).close()  # type: ignore[attr-defined]
    seen: list[Settings] = []

    def extract_file(path: Path, settings: Settings) -> Document:
        seen.append(settings)
        return _document(path.read_text(encoding="utf-8"), TextSource.PLAIN)

    monkeypatch.setattr(load.extract, "extract_file", extract_file)
    (tmp_path / "new.txt").write_text(HEADER + "Mới.\n", encoding="utf-8")
    load.ingest_paths([tmp_path / "new.txt"], Settings(db=tmp_path / "store.duckdb", workers=1))
    assert seen and "QLĐT" in seen[0].symbol_parts
