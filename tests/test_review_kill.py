"""kill -9 while people answer and while a new extractor re-loads: an answer is whole or absent, and a
document's columns always carry its answer, whichever extractor version wrote its rows."""

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
from pipeline.store.documents import load_documents
from tests.review_docs import unread_decision

ROOT = Path(__file__).resolve().parent.parent
TOTAL = 240

ANSWERER = """
import sys
from pipeline.review import corrections
from pipeline.store.queue import queue
from pipeline.store.connection import open_db

con = open_db(sys.argv[1])
for item in queue.open_items(con):
    corrections.answer(con, item.item_id, "ANS-" + item.sha256[:8], actor="kill-test")
    print(item.item_id, flush=True)
print("done", flush=True)
"""

RELOADER = f"""
import sys
from pipeline.store.connection import open_db
from pipeline.store.documents import load_documents
from tests.review_docs import unread_decision

con = open_db(sys.argv[1])
documents = [unread_decision(f"k{{i}}", version=sys.argv[2]) for i in range({TOTAL})]
for start in range(0, {TOTAL}, 20):
    load_documents(con, documents[start:start + 20], batch_size=20)
    print(start, flush=True)
print("done", flush=True)
"""


def _start(script: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", script, *args], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)


def _kill_after(process: subprocess.Popen[str], lines: int, delay: float) -> None:
    assert process.stdout is not None
    for _ in range(lines):
        assert process.stdout.readline(), "the process ended before it was killed"
    time.sleep(delay)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL


def _assert_consistent(db: Path) -> int:
    """Every answer is whole: its item closed, and every column that carries the value holds it."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        answered = con.execute("SELECT count(*) FROM corrections").fetchone()[0]
        closed = con.execute("SELECT count(*) FROM review_items WHERE status = 'set'").fetchone()[0]
        unapplied = con.execute(
            """SELECT count(*) FROM corrections c
               JOIN documents d USING (sha256) JOIN trips t ON t.trip_id = c.sha256
               WHERE d.number IS DISTINCT FROM c.value OR t.decision_number IS DISTINCT FROM c.value"""
        ).fetchone()[0]
        unanswered_closed = con.execute(
            """SELECT count(*) FROM review_items i WHERE status = 'set'
               AND NOT EXISTS (SELECT 1 FROM corrections c WHERE c.item_id = i.item_id)"""
        ).fetchone()[0]
    finally:
        con.close()
    assert answered == closed
    assert unapplied == 0 and unanswered_closed == 0
    return int(answered)


@pytest.mark.slow
def test_review_answers_survive_kill_9(tmp_path: Path) -> None:
    db = tmp_path / "killed.duckdb"
    con = open_db(db)
    load_documents(con, [unread_decision(f"k{i}") for i in range(TOTAL)])
    con.close()

    answered = 0
    for delay in (0.0, 0.004, 0.02):  # land the kill at different points of an answer
        _kill_after(_start(ANSWERER, str(db)), 5, delay)
        now = _assert_consistent(db)
        assert now > answered
        answered = now

    # a new extractor version re-loads every document while answers stand; killed mid-way, then finished
    for version, delay in (("2", 0.01), ("3", 0.0)):
        _kill_after(_start(RELOADER, str(db), version), 2, delay)
        assert _assert_consistent(db) == answered
    finished = _start(RELOADER, str(db), "3")
    output, _ = finished.communicate(timeout=300)
    assert output.split()[-1] == "done"
    assert _assert_consistent(db) == answered

    rest = _start(ANSWERER, str(db))
    output, _ = rest.communicate(timeout=300)
    assert output.split()[-1] == "done"
    assert _assert_consistent(db) == TOTAL
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT DISTINCT extractor_version FROM documents").fetchall() == [("3",)]
        assert con.execute("SELECT count(*) FROM review_items WHERE status = 'open'").fetchone() == (0,)
    finally:
        con.close()
