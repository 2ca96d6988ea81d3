"""The store: migrations, atomic idempotent loads, provenance, ingest errors."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import pytest

from pipeline.errors import StoreError
from pipeline.store.connection import open_db
from pipeline.store.documents import load_document, load_documents, note_known, record_ingest_error
from pipeline.store.migrations import Migration, applied_migrations, apply, known_migrations, schema_version
from pipeline.store.snapshot import publish_snapshot
from schemas.document import Box, Person, Place, PlaceLevel, Span, Word
from tests.store_factory import decision, numbered_decisions, report, sha

MEMBERS = [("Hoàng Minh Tuấn", "Giám đốc", "Sở Ngoại vụ"), ("Lê Thị Hoa", "Chuyên viên", "Sở Ngoại vụ")]


def _decision(version: str = "1", path: str | None = None, members: list[tuple[str, str, str]] = MEMBERS):
    return decision(
        "qd-7",
        number="07/QĐ-UBND",
        issued=dt.date(2025, 3, 3),
        start=dt.date(2025, 4, 1),
        end=dt.date(2025, 4, 8),
        members=members,
        destinations=[("Hàn Quốc", "KR"), ("Nhật Bản", "JP")],
        version=version,
        path=path,
    )


def _count(con: duckdb.DuckDBPyConnection, table: str, where: str = "true") -> int:
    row = con.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()
    assert row is not None
    return int(row[0])


@pytest.fixture
def con(tmp_path: Path):
    connection = open_db(tmp_path / "t.duckdb")
    yield connection
    connection.close()


def test_store_migrates_new_file_and_builds_calendar(tmp_path: Path) -> None:
    con = open_db(tmp_path / "new.duckdb")
    applied = applied_migrations(con)
    assert applied == [m.name for m in known_migrations()]
    assert _count(con, "calendar") == 14976  # 2000-01-01 .. 2040-12-31
    assert schema_version(con) == max(m.version for m in known_migrations())


def test_store_upgrades_older_file_in_place_keeping_data(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    first = known_migrations()[:1]
    raw = duckdb.connect(str(path))
    apply(raw, first, str(path))
    raw.execute(
        "INSERT INTO documents (sha256, path, status, extractor_version, ingested_at) "
        "VALUES ('abc', '/old.pdf', 'ok', '0', now())"
    )
    raw.close()
    con = open_db(path)
    assert len(applied_migrations(con)) == len(known_migrations())
    assert con.execute("SELECT path FROM documents WHERE sha256 = 'abc'").fetchone() == ("/old.pdf",)
    assert _count(con, "v_trips") == 0  # the views of later migrations exist


def test_store_refuses_database_from_newer_code(tmp_path: Path) -> None:
    path = tmp_path / "future.duckdb"
    open_db(path).execute("INSERT INTO schema_migrations VALUES ('999_from_the_future', 999, now())").close()
    with pytest.raises(StoreError, match="newer congvan"):
        open_db(path)
    with pytest.raises(StoreError, match="999_from_the_future"):
        open_db(path, read_only=True)


def test_store_reader_of_outdated_file_is_told_to_migrate(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    raw = duckdb.connect(str(path))
    apply(raw, known_migrations()[:1], str(path))
    raw.close()
    with pytest.raises(StoreError, match="congvan db migrate"):
        open_db(path, read_only=True)


def test_store_failed_migration_leaves_database_unchanged(tmp_path: Path) -> None:
    bad = tmp_path / "900_broken.sql"
    bad.write_text("CREATE TABLE half_done (x INTEGER);\nSELECT * FROM no_such_table;\n", encoding="utf-8")
    con = open_db(tmp_path / "db.duckdb")
    broken = Migration(900, "900_broken", bad)
    with pytest.raises(StoreError, match="900_broken"):
        apply(con, [broken], "db")
    assert _count(con, "information_schema.tables", "table_name = 'half_done'") == 0
    assert "900_broken" not in applied_migrations(con)


def test_store_load_document_writes_every_table_with_provenance(con: duckdb.DuckDBPyConnection) -> None:
    document = _decision()
    assert load_document(con, document, run_id="run-1") is True
    sha256 = document.source.sha256
    row = con.execute(
        "SELECT path, extractor_version, run_id, page_count, destinations FROM documents WHERE sha256 = ?", [sha256]
    ).fetchone()
    assert row == ("/inbox/qd-7.pdf", "1", "run-1", 2, ["Hàn Quốc", "Nhật Bản"])
    assert con.execute("SELECT number, source, confidence FROM pages ORDER BY number").fetchall() == [
        (1, "ocr", 90.0),
        (2, "ocr", 87.0),
    ]
    assert con.execute(
        "SELECT decision_number, issuer, start_date FROM trips WHERE trip_id = ?", [sha256]
    ).fetchone() == (
        "07/QĐ-UBND",
        "UBND tỉnh Lâm Hải",
        dt.date(2025, 4, 1),
    )
    assert con.execute("SELECT country, iso_code FROM trip_destinations ORDER BY ordinal").fetchall() == [
        ("Hàn Quốc", "KR"),
        ("Nhật Bản", "JP"),
    ]
    assert _count(con, "trip_members") == 2
    # a member's provenance: page and the span where the name stands in the text
    page, start, end = con.execute(
        "SELECT page, span_start, span_end FROM mentions WHERE role = 'member' AND name = 'Lê Thị Hoa'"
    ).fetchone() or (None, None, None)
    assert page == 1 and document.text[start:end] == "Lê Thị Hoa"
    signer = con.execute("SELECT page, span_start FROM mentions WHERE role = 'signer'").fetchone()
    assert signer is not None and signer[0] == 2 and document.text[signer[1] :].startswith("Đỗ Hữu Lâm")
    assert con.execute("SELECT number, date FROM citations").fetchall() == [("12-QĐi/TU", dt.date(2019, 4, 3))]


def test_store_same_bytes_again_change_nothing(con: duckdb.DuckDBPyConnection) -> None:
    load_document(con, _decision())
    before = con.execute("SELECT ingested_at FROM documents").fetchall()
    assert load_document(con, _decision()) is False
    assert con.execute("SELECT ingested_at FROM documents").fetchall() == before
    assert _count(con, "trip_members") == 2 and _count(con, "document_paths") == 1
    seen = [(sha("qd-7"), "/inbox/qd-7.pdf")]
    assert note_known(con, seen, "1") == {sha("qd-7")} and note_known(con, seen, "2") == set()


def test_store_places_by_level_with_their_spans(con: duckdb.DuckDBPyConnection) -> None:
    """Destinations as places (issue 12): a document's and its trip's places are rows analysts query by
    country and level, with the span where each is written; a trip's regions are apart from its cities."""
    document = _decision()
    at = document.text.index("Hàn Quốc")
    places = [
        Place(name="Seoul", country="KR", level=PlaceLevel.CITY),
        Place(name="Gyeonggi", country="KR", level=PlaceLevel.REGION),
        Place(name="Hàn Quốc", country="KR", level=PlaceLevel.COUNTRY, span=Span(page=1, start=at, end=at + 8)),
    ]
    assert document.trip is not None
    trip = document.trip.model_copy(update={"places": places, "cities": ["Seoul"], "regions": ["Gyeonggi"]})
    load_document(con, document.model_copy(update={"places": places, "trip": trip}))
    expected = [("Seoul", "KR", "city", None), ("Gyeonggi", "KR", "region", None), ("Hàn Quốc", "KR", "country", at)]
    assert con.execute("SELECT name, country, level, span_start FROM places ORDER BY ordinal").fetchall() == expected
    assert (
        con.execute("SELECT name, country, level, span_start FROM trip_places ORDER BY ordinal").fetchall() == expected
    )
    assert con.execute("SELECT cities, regions FROM trips").fetchone() == (["Seoul"], ["Gyeonggi"])
    load_document(con, document.model_copy(update={"extractor_version": "2"}))  # a new version replaces them
    assert _count(con, "places") == 0 and _count(con, "trip_places") == 0


def test_store_new_extractor_version_replaces_rows(con: duckdb.DuckDBPyConnection) -> None:
    load_document(con, _decision(version="1"))
    assert load_document(con, _decision(version="2", members=MEMBERS[:1])) is True
    assert con.execute("SELECT extractor_version FROM documents").fetchall() == [("2",)]
    assert _count(con, "trip_members") == 1
    assert _count(con, "mentions", "role = 'member'") == 1
    assert _count(con, "pages") == 2 and _count(con, "trips") == 1


def test_store_renamed_file_is_the_same_document(con: duckdb.DuckDBPyConnection) -> None:
    load_document(con, _decision(path="/inbox/a.pdf"))
    load_document(con, _decision(path="/archive/2025/a.pdf"))
    assert _count(con, "documents") == 1
    assert con.execute("SELECT path FROM documents").fetchone() == ("/archive/2025/a.pdf",)
    assert sorted(r[0] for r in con.execute("SELECT path FROM document_paths").fetchall()) == [
        "/archive/2025/a.pdf",
        "/inbox/a.pdf",
    ]
    note_known(con, [(sha("qd-7"), "/moved/again.pdf")], "1")
    assert con.execute("SELECT path FROM documents").fetchone() == ("/moved/again.pdf",)


def test_store_successful_load_clears_ingest_errors(con: duckdb.DuckDBPyConnection) -> None:
    record_ingest_error(con, "/inbox/qd-7.pdf", sha("qd-7"), "ocr.failed", "tesseract timed out")
    record_ingest_error(con, "/inbox/qd-7.pdf", sha("qd-7"), "ocr.failed", "tesseract timed out again")
    record_ingest_error(con, "/inbox/other.pdf", None, "input.empty", "the file is empty")
    assert _count(con, "ingest_errors") == 2  # the second error on the same file replaced the first
    load_document(con, _decision())
    assert con.execute("SELECT path FROM ingest_errors").fetchall() == [("/inbox/other.pdf",)]


def test_store_bulk_load_isolates_a_bad_document(con: duckdb.DuckDBPyConnection) -> None:
    documents = numbered_decisions(30)
    broken = documents[7]
    broken.people.append(Person.model_construct(name=None, title=None, unit=None, honorific=None, span=None))
    result = load_documents(con, documents, batch_size=10)
    assert len(result.loaded) == 29
    assert [f[1] for f in result.failed] == [broken.source.sha256]
    assert _count(con, "documents") == 29
    assert _count(con, "trip_members", f"trip_id = '{broken.source.sha256}'") == 0
    assert con.execute("SELECT code FROM ingest_errors").fetchall() == [("store.load_failed",)]


def test_store_bulk_load_matches_single_loads(tmp_path: Path) -> None:
    documents = [*numbered_decisions(12), report("r1", number="3/BC-SNV", dated=dt.date(2024, 3, 1),
                                                   decision_number="100/QĐ-UBND", decision_date=dt.date(2024, 1, 1),
                                                   reporter="Người Thứ 0", unit="Sở Công Thương")]  # fmt: skip
    bulk, single = open_db(tmp_path / "bulk.duckdb"), open_db(tmp_path / "single.duckdb")
    load_documents(bulk, documents, batch_size=5)
    for document in documents:
        load_document(single, document)
    for table in (
        "documents",
        "pages",
        "citations",
        "mentions",
        "trips",
        "trip_members",
        "trip_destinations",
        "reports",
    ):
        query = f"SELECT * EXCLUDE (ingested_at) FROM {table} ORDER BY ALL" if table == "documents" else (
            f"SELECT * FROM {table} ORDER BY ALL"
        )  # fmt: skip
        assert bulk.execute(query).fetchall() == single.execute(query).fetchall(), table


def test_store_member_on_a_scan_gets_its_word_box(con: duckdb.DuckDBPyConnection) -> None:
    document = _decision()
    first = document.pages[0]
    words = [
        Word(text=text, box=Box(left=left, top=100, width=width, height=30), confidence=91.0)
        for text, left, width in [
            ("gồm", 40, 60),
            ("bà", 110, 30),
            ("Lê", 150, 35),
            ("Thị", 195, 45),
            ("Hoa,", 250, 60),
        ]
    ]
    pages = [first.model_copy(update={"words": words}), document.pages[1]]
    load_document(con, document.model_copy(update={"pages": pages}))
    boxes = dict(con.execute("SELECT name, box FROM mentions WHERE role = 'member'").fetchall())
    assert json.loads(boxes["Lê Thị Hoa"]) == {"left": 150, "top": 100, "width": 160, "height": 30}
    assert boxes["Hoàng Minh Tuấn"] is None  # not among the OCR words of its page


def test_store_note_known_skips_loaded_bytes_and_notes_only_what_moved(con: duckdb.DuckDBPyConnection) -> None:
    load_document(con, _decision(path="/inbox/a.pdf"))
    seen = [(sha("qd-7"), "/inbox/a.pdf"), (sha("other"), "/inbox/new.pdf")]
    assert note_known(con, seen, "1") == {sha("qd-7")}
    assert note_known(con, seen, "2") == set()  # a new extractor version re-extracts
    assert _count(con, "document_paths") == 1
    assert note_known(con, [(sha("qd-7"), "/archive/a.pdf")], "1") == {sha("qd-7")}
    assert con.execute("SELECT path FROM documents").fetchall() == [("/archive/a.pdf",)]
    assert _count(con, "document_paths") == 2
    record_ingest_error(con, "/archive/a.pdf", None, "input.empty", "the file was empty last night")
    note_known(con, [(sha("qd-7"), "/archive/a.pdf")], "1")
    assert _count(con, "ingest_errors") == 0  # seen whole again: the old error is cleared


def test_store_snapshot_is_copied_only_after_a_write(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    con = open_db(path)
    load_document(con, _decision(path="/inbox/a.pdf"))
    snapshot = publish_snapshot(con, path)
    copied = snapshot.stat().st_ino
    note_known(con, [(sha("qd-7"), "/inbox/a.pdf")], "1")  # unchanged: nothing written
    assert publish_snapshot(con, path).stat().st_ino == copied
    load_documents(con, numbered_decisions(2))
    assert publish_snapshot(con, path).stat().st_ino != copied
    con.close()
    reader = duckdb.connect(str(snapshot), read_only=True)
    assert reader.execute("SELECT count(*) FROM documents").fetchall() == [(3,)]  # never stale after a write
    reader.close()
