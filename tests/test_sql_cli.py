"""`congvan sql / export / db / ingest`, and reading while another process writes."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner, Result

from flows.cli import _register_commands, cli
from pipeline.store.connection import DatabaseLocked, open_db
from pipeline.store.documents import load_documents
from pipeline.store.snapshot import publish_snapshot, snapshot_path
from tests.store_factory import numbered_decisions

ROOT = Path(__file__).resolve().parent.parent
_register_commands()

HOLDER = """
import sys
from pipeline.store.connection import open_db
con = open_db(sys.argv[1])
con.execute("INSERT INTO runs (run_id, flow, started_at) VALUES ('writer', 'ingest', now())")
print("holding", flush=True)
sys.stdin.read()
"""


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cv.duckdb"
    con = open_db(path)
    load_documents(con, numbered_decisions(5))
    publish_snapshot(con, path)
    load_documents(con, numbered_decisions(3, prefix="late"))  # after the snapshot: only in the main file
    con.close()
    return path


@pytest.fixture
def writer(db: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the database open for writing (as a running flow does)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    yield holder
    holder.communicate(timeout=30)


def test_sql_cli_prints_table_csv_and_json(db: Path) -> None:
    query = "SELECT DISTINCT number, issue_date FROM documents ORDER BY number LIMIT 2"
    table = run("sql", query, "--db", str(db))
    assert table.exit_code == 0, table.output
    assert table.stdout.splitlines()[0].split() == ["number", "issue_date"]
    assert "100/QĐ-UBND  2024-01-01" in table.stdout and table.stdout.rstrip().endswith("(2 rows)")

    as_csv = run("sql", query, "--db", str(db), "--csv")
    assert list(csv.reader(io.StringIO(as_csv.stdout))) == [
        ["number", "issue_date"],
        ["100/QĐ-UBND", "2024-01-01"],
        ["101/QĐ-UBND", "2024-01-02"],
    ]
    lists = run("sql", "SELECT members FROM v_trips ORDER BY decision_number LIMIT 1", "--db", str(db), "--json")
    assert json.loads(lists.stdout) == {"members": ["Người Thứ 0", "Người Phụ 0"]}


def test_sql_cli_is_read_only(db: Path) -> None:
    result = run("sql", "DELETE FROM documents", "--db", str(db))
    assert result.exit_code != 0
    assert "read-only" in str(result.exception)
    assert duckdb.connect(str(db), read_only=True).execute("SELECT count(*) FROM documents").fetchall() == [(8,)]


def test_sql_cli_reads_snapshot_while_a_writer_holds_the_file(db: Path, writer: subprocess.Popen[str]) -> None:
    with pytest.raises(duckdb.IOException, match="lock"):
        duckdb.connect(str(db), read_only=True)  # what an analyst meets without the snapshot
    result = run("sql", "SELECT count(*) AS n FROM documents", "--db", str(db), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"n": 5}  # the snapshot: the state published before the last batch
    assert "being written by another process" in result.stderr and "snapshot" in result.stderr
    info = run("db", "info", "--db", str(db), "--json")
    assert json.loads(info.stdout)["tables"]["documents"] == 5


def test_sql_cli_locked_without_snapshot_says_why(db: Path, writer: subprocess.Popen[str]) -> None:
    snapshot_path(db).unlink()
    result = run("sql", "SELECT 1", "--db", str(db))
    assert isinstance(result.exception, DatabaseLocked)
    assert "open for writing in another process" in str(result.exception)


def test_sql_cli_snapshot_flag_reads_the_snapshot(db: Path) -> None:
    main = run("sql", "SELECT count(*) AS n FROM documents", "--db", str(db), "--json")
    copy = run("sql", "SELECT count(*) AS n FROM documents", "--db", str(db), "--json", "--snapshot")
    assert (json.loads(main.stdout), json.loads(copy.stdout)) == ({"n": 8}, {"n": 5})


def test_sql_cli_export_writes_every_table_and_view(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "parquet"
    result = run("export", "--parquet", str(out), "--db", str(db))
    assert result.exit_code == 0, result.output
    names = {p.stem for p in out.glob("*.parquet")}
    assert {"documents", "trips", "calendar", "v_trips", "v_trips_per_person_year", "overdue_reports"} <= names
    con = duckdb.connect()
    assert con.execute(f"SELECT count(*) FROM '{out / 'v_trips.parquet'}'").fetchall() == [(8,)]


def test_sql_cli_db_migrate_and_info(tmp_path: Path) -> None:
    path = tmp_path / "fresh.duckdb"
    first = run("db", "migrate", "--db", str(path))
    assert first.exit_code == 0 and "applied 001_initial" in first.stdout
    again = run("db", "migrate", "--db", str(path))
    assert "already up to date" in again.stdout
    assert snapshot_path(path).exists()
    info = run("db", "info", "--db", str(path))
    assert "schema version" in info.stdout and "calendar           14976" in info.stdout


def test_sql_cli_db_option_comes_from_environment(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONGVAN_DB", str(db))
    result = run("sql", "SELECT count(*) AS n FROM trips", "--json")
    assert json.loads(result.stdout) == {"n": 8}


GOOD = (
    "ỦY BAN NHÂN DÂN TỈNH LÂM HẢI\nSố: 31/QĐ-UBND\nLâm Hải, ngày 04 tháng 3 năm 2025\n"
    "QUYẾT ĐỊNH\nVề việc cử cán bộ đi công tác nước ngoài\n"
    "Điều 1. Cử ông Đinh Công Trứ, Giám đốc Sở Tài chính, đi công tác tại Hàn Quốc "
    "từ ngày 10/3/2025 đến ngày 15/3/2025.\n"
)


def test_sql_cli_ingest_loads_skips_and_records_failures(tmp_path: Path) -> None:
    db = tmp_path / "in.duckdb"
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "qd-31.txt").write_text(GOOD, encoding="utf-8")
    (inbox / "empty.txt").write_bytes(b"")
    first = run("ingest", str(inbox), "--db", str(db))
    assert first.exit_code == 1
    assert "empty.txt" in first.stderr and "[file.empty]" in first.stderr
    assert "1 loaded" in first.stderr and "1 failed" in first.stderr

    (inbox / "empty.txt").write_text(GOOD.replace("31/QĐ", "32/QĐ"), encoding="utf-8")
    (inbox / "qd-31.txt").rename(inbox / "renamed.txt")
    second = run("ingest", str(inbox), "--db", str(db))
    assert second.exit_code == 0, second.output
    assert "1 loaded, 1 unchanged, 0 failed" in second.stderr
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM ingest_errors").fetchall() == [(0,)]  # cleared by the success
    paths = sorted(Path(p).name for (p,) in con.execute("SELECT path FROM documents").fetchall())
    assert paths == ["empty.txt", "renamed.txt"]  # the renamed file is the same document, at its new path


def test_ingest_republishes_the_snapshot_during_a_long_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.ingest import load
    from pipeline.settings import Settings
    from pipeline.store import snapshot

    for number in (41, 42, 43):
        (tmp_path / f"qd-{number}.txt").write_text(GOOD.replace("31/QĐ", f"{number}/QĐ"), encoding="utf-8")
    published: list[Path] = []
    real = snapshot.publish_snapshot

    def counting(con: duckdb.DuckDBPyConnection, db_path: Path) -> Path:
        published.append(Path(db_path))
        return real(con, db_path)

    monkeypatch.setattr(snapshot, "publish_snapshot", counting)
    monkeypatch.setattr(load, "SNAPSHOT_EVERY_S", 0.0)
    settings = Settings(db=tmp_path / "long.duckdb", load_batch=1)
    summary = load.ingest_paths(sorted(tmp_path.glob("*.txt")), settings)
    assert (summary.new, summary.failed) == (3, 0)
    assert len(published) == 4  # after each of the three batches, and at the end
    snapshot = duckdb.connect(str(snapshot_path(settings.db)), read_only=True)
    assert snapshot.execute("SELECT count(*) FROM documents").fetchall() == [(3,)]
