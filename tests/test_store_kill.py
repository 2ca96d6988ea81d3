"""kill -9 during a batch load: every document is fully in or not at all, and the next run completes it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from pipeline.store.connection import open_db

ROOT = Path(__file__).resolve().parent.parent
TOTAL, BATCH = 1200, 100

LOADER = f"""
import sys
from pipeline.store.connection import open_db
from pipeline.store.documents import load_documents
from tests.store_factory import numbered_decisions

documents = numbered_decisions({TOTAL})
con = open_db(sys.argv[1])
for start in range(0, {TOTAL}, {BATCH}):
    result = load_documents(con, documents[start:start + {BATCH}], batch_size={BATCH})
    print(len(result.loaded), flush=True)
print("done", flush=True)
"""

# rows each numbered decision contributes: 2 pages, 1 citation, 1 destination, 2 members, 3 mentions
PER_DOCUMENT = {"pages": 2, "citations": 1, "trip_destinations": 1, "trip_members": 2, "mentions": 3, "trips": 1}


def _loader(db: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", LOADER, str(db)], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
    )


def _assert_whole_documents(con: duckdb.DuckDBPyConnection) -> int:
    loaded = con.execute("SELECT count(*) FROM documents").fetchall()[0][0]
    for table, per_document in PER_DOCUMENT.items():
        key = "trip_id" if table.startswith("trip") else "sha256"
        counts = con.execute(
            f"SELECT d.sha256, count(t.{key}) FROM documents d LEFT JOIN {table} t ON t.{key} = d.sha256 GROUP BY 1"
        ).fetchall()
        assert {count for _, count in counts} <= {per_document}, f"a document is partly in {table}"
        orphans = con.execute(
            f"SELECT count(*) FROM {table} WHERE {key} NOT IN (SELECT sha256 FROM documents)"
        ).fetchall()[0][0]
        assert orphans == 0, f"{table} holds rows of a document that is not loaded"
    return int(loaded)


@pytest.mark.slow
def test_store_survives_kill_9_during_a_batch(tmp_path: Path) -> None:
    db = tmp_path / "killed.duckdb"
    open_db(db).close()  # migrations and calendar before the loaders start
    survived = 0
    for delay in (0.0, 0.01, 0.03, 0.06):  # land the kill at different points of the next batch
        loader = _loader(db)
        assert loader.stdout is not None
        while int(loader.stdout.readline()) == 0:  # batches loaded earlier are skipped
            pass  # until one new batch of this run is committed
        time.sleep(delay)
        os.kill(loader.pid, signal.SIGKILL)
        loader.wait(timeout=30)
        assert loader.returncode == -signal.SIGKILL

        con = open_db(db)  # opens (DuckDB replays its log) and holds whole documents only
        now = _assert_whole_documents(con)
        con.close()
        assert now % BATCH == 0  # a batch is one transaction: all of it or none of it
        assert survived < now < TOTAL  # each run added at least its first batch
        survived = now

    rerun = _loader(db)
    output, _ = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, output
    lines = output.split()
    assert lines[-1] == "done"
    assert sum(int(n) for n in lines[:-1]) == TOTAL - survived  # the next run loads only what is missing

    con = open_db(db)
    assert _assert_whole_documents(con) == TOTAL
    con.close()
