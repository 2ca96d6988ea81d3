"""`congvan sql / export / db / ingest`, and reading while another process writes."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner, Result

from flows.cli import _register_commands, cli
from pipeline.errors import StoreError
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


@pytest.mark.parametrize("command", ["findings", "trips", "reports", "people"])
def test_reading_commands_read_the_snapshot_while_a_writer_holds_the_file(
    db: Path, writer: subprocess.Popen[str], command: str
) -> None:
    result = run(command, "--db", str(db), "--json")
    assert result.exit_code == 0, result.output
    assert "being written by another process" in result.stderr


def test_sql_cli_locked_without_snapshot_says_why(db: Path, writer: subprocess.Popen[str]) -> None:
    snapshot_path(db).unlink()
    result = run("sql", "SELECT 1", "--db", str(db))
    assert isinstance(result.exception, DatabaseLocked)
    assert f"open for writing in process {writer.pid}" in str(result.exception)


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
    assert "schema version" in info.stdout
    assert re.search(r"^calendar\s+14976$", info.stdout, re.MULTILINE)  # the name column widens with new tables


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


@pytest.mark.slow
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


# --- the analysts' command touches no file but the database (issue 15, hole 1) -------------------------


@pytest.mark.parametrize(
    "query",
    [
        "COPY (SELECT 1) TO '{out}/stolen.csv'",
        "EXPORT DATABASE '{out}/dump'",
        "SELECT * FROM read_text('/etc/passwd')",
        "SELECT * FROM read_blob('/etc/hostname')",
        "SELECT * FROM glob('/etc/*')",
        "SELECT * FROM read_csv('/etc/passwd', sep = ':')",
        "ATTACH '{out}/other.duckdb'",
    ],
)
def test_sql_cli_refuses_files_outside_the_database(db: Path, tmp_path: Path, query: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = run("sql", query.format(out=out), "--db", str(db))
    assert isinstance(result.exception, StoreError)  # exit status 5
    message = str(result.exception)
    assert "refused" in message and "--allow-files" in message and "\n" not in message
    assert list(out.iterdir()) == []


def test_sql_cli_configuration_cannot_be_unlocked(db: Path, tmp_path: Path) -> None:
    result = run("sql", "SET enable_external_access = true", "--db", str(db))
    assert isinstance(result.exception, StoreError) and "locked" in str(result.exception)


def test_sql_cli_snapshot_cannot_overwrite_the_database(db: Path) -> None:
    before = db.read_bytes()
    target = str(db).replace("'", "''")
    result = run("sql", f"COPY (SELECT 42) TO '{target}' (FORMAT csv)", "--db", str(db), "--snapshot")
    assert isinstance(result.exception, StoreError)
    assert db.read_bytes() == before
    with_files = run("sql", "SELECT 1", "--db", str(db), "--snapshot", "--allow-files", str(db.parent))
    assert with_files.exit_code == 2 and "holds the database" in with_files.output
    assert db.read_bytes() == before


def test_sql_cli_allow_files_permits_one_folder(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "exports"
    out.mkdir()
    (out / "extra.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    written = run("sql", f"COPY (SELECT 7 AS n) TO '{out}/n.csv'", "--db", str(db), "--allow-files", str(out))
    assert written.exit_code == 0, written.output
    assert (out / "n.csv").read_text(encoding="utf-8").split() == ["n", "7"]
    read = run(
        "sql", f"SELECT b FROM read_csv('{out}/extra.csv')", "--db", str(db), "--allow-files", str(out), "--json"
    )
    assert json.loads(read.stdout) == {"b": 2}
    elsewhere = run("sql", "SELECT * FROM read_text('/etc/passwd')", "--db", str(db), "--allow-files", str(out))
    assert isinstance(elsewhere.exception, StoreError)


def test_sql_cli_escapes_control_characters(db: Path) -> None:
    query = "SELECT 'a' || chr(27) || '[31mred' || chr(10) || 'forged' || chr(155) AS t"
    table = run("sql", query, "--db", str(db))
    assert "\x1b" not in table.stdout and "\\x1b[31mred\\nforged\\x9b" in table.stdout
    assert len(table.stdout.splitlines()) == 4  # header, rule, one row, count
    as_json = run("sql", query, "--db", str(db), "--json")
    assert "\x9b" not in as_json.stdout and "\x1b" not in as_json.stdout
    assert json.loads(as_json.stdout) == {"t": "a\x1b[31mred\nforged\x9b"}  # the same value, safely spelled


def test_sql_cli_csv_for_excel_has_a_bom(db: Path) -> None:
    result = run("sql", "SELECT 'Hà Nội' AS nơi, 2 AS n", "--db", str(db), "--csv", "--excel")
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == "\ufeffnơi,n\r\nHà Nội,2\r\n".encode()
    alone = run("sql", "SELECT 1", "--db", str(db), "--excel")
    assert alone.exit_code == 2 and "--csv" in alone.output


# --- links that lead nowhere, and names that forge lines (issue 15, hole 4) ----------------------------


@pytest.mark.slow  # runs the ingest flow on Prefect's temporary server (≈ 15 s)
def test_ingest_reports_broken_and_looping_links_and_escapes_names(tmp_path: Path) -> None:
    db = tmp_path / "links.duckdb"
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "qd-31.txt").write_text(GOOD, encoding="utf-8")
    (inbox / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (inbox / "loop-a").symlink_to(inbox / "loop-b")
    (inbox / "loop-b").symlink_to(inbox / "loop-a")
    (inbox / "evil\ncongvan: forged.txt: all good [ok]").write_bytes(b"")
    result = run("ingest", str(inbox), "--db", str(db))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert not any(line.startswith("congvan: forged.txt") for line in lines)
    assert any("evil\\ncongvan: forged.txt" in line and "[file.empty]" in line for line in lines)
    assert any("dangling.txt: cannot read the file: a broken symbolic link" in line for line in lines)
    assert sum("a symbolic link loop" in line for line in lines) == 2
    assert "5 file(s): 1 loaded, 0 unchanged, 4 failed" in result.stderr
    con = duckdb.connect(str(db), read_only=True)
    recorded = {Path(p).name: c for p, c in con.execute("SELECT path, code FROM ingest_errors").fetchall()}
    assert {name: recorded.get(name) for name in ("dangling.txt", "loop-a", "loop-b")} == dict.fromkeys(
        ("dangling.txt", "loop-a", "loop-b"), "file.unreadable"
    )


# --- readers and the writer (issue 15, hole 6) ---------------------------------------------------------


def test_ingest_flow_republishes_the_snapshot_during_a_long_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The command analysts' snapshot comes from (the Prefect flow) publishes as it goes, as the README says."""
    from pipeline.ingest import load
    from pipeline.store import snapshot

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for number in (51, 52, 53):
        (inbox / f"qd-{number}.txt").write_text(GOOD.replace("31/QĐ", f"{number}/QĐ"), encoding="utf-8")
    seen: list[int] = []
    real = snapshot.publish_snapshot

    def counting(con: duckdb.DuckDBPyConnection, db_path: Path) -> Path:
        seen.append(con.execute("SELECT count(*) FROM documents").fetchall()[0][0])
        return real(con, db_path)

    monkeypatch.setattr(snapshot, "publish_snapshot", counting)
    monkeypatch.setattr(load, "SNAPSHOT_EVERY_S", 0.0)
    monkeypatch.setenv("CONGVAN_LOAD_BATCH", "1")
    monkeypatch.setenv("CONGVAN_WORKERS", "1")
    result = run("ingest", str(inbox), "--db", str(tmp_path / "flow.duckdb"))
    assert result.exit_code == 0, result.output
    assert seen[:2] == [1, 2]  # during the run, after a batch: not only at the end


@pytest.mark.slow
def test_ingest_refused_in_one_line_when_a_reader_holds_the_main_file(db: Path) -> None:
    reader = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys; c = duckdb.connect(sys.argv[1], read_only=True); "
         "print('reading', flush=True); sys.stdin.read()", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert reader.stdout is not None and reader.stdout.readline().strip() == "reading"
        inbox = db.parent / "inbox"
        inbox.mkdir()
        (inbox / "qd.txt").write_text(GOOD, encoding="utf-8")
        done = subprocess.run(
            [sys.executable, "-c", "from flows.cli import main; main()", "ingest", str(inbox), "--db", str(db)],
            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
    finally:
        reader.communicate("", timeout=30)
    assert done.returncode == 5
    assert "Traceback" not in done.stderr
    (line,) = [line for line in done.stderr.splitlines() if line.startswith("congvan:")]
    assert f"process {reader.pid}" in line and "cannot write" in line and "snapshot" in line
