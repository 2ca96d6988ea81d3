"""The warm service end to end: a real `python -m flows.warm.service` and real `congvan ingest` clients."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import psutil
import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "documents"
FILES = [
    SAMPLES / "cv-1777-SNV-VP-script.txt",
    SAMPLES / "qd-415-QD-UBND-xinh-ga-po.docx",
    SAMPLES / "bc-871-trung-quoc.png",
]

pytestmark = pytest.mark.slow


@dataclass
class Ran:
    status: int
    out: str
    err: str
    cpu_s: float
    """The client process's own CPU (user + system), its children included."""


def congvan(cwd: Path, env: dict[str, str], *args: str, kill_after_s: float | None = None) -> Ran:
    """`congvan ARGS` as a user runs it; with `kill_after_s`, killed (SIGKILL) that long after it started."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        child = subprocess.Popen(
            [sys.executable, "-c", "from flows.cli import main; main()", *args],
            cwd=cwd,
            env=env,
            stdout=out,
            stderr=err,
        )
        if kill_after_s is not None:
            time.sleep(kill_after_s)
            os.kill(child.pid, signal.SIGKILL)  # not Popen.send_signal: its poll() would reap a finished child first
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Ran(child.returncode, out.read().decode(), err.read().decode(), usage.ru_utime + usage.ru_stime)


@dataclass
class Service:
    process: subprocess.Popen[str]
    env: dict[str, str]
    socket: Path

    def idle(self) -> None:
        """Wait until no command runs in the service."""
        for _ in range(600):
            if not psutil.Process(self.process.pid).children():
                return
            time.sleep(0.2)


@pytest.fixture
def service(prefect_harness: None, tmp_path: Path) -> Iterator[Service]:
    from prefect.settings import PREFECT_API_URL

    run = tmp_path / "run"
    run.mkdir(mode=0o700)
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("CONGVAN_", "PREFECT_"))}
    env = clean | {
        "PYTHONPATH": str(ROOT),
        "PREFECT_API_URL": str(PREFECT_API_URL.value()),
        "PREFECT_LOCAL_STORAGE_PATH": str(tmp_path / "results-warm"),
        "XDG_RUNTIME_DIR": str(run),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "flows.warm.service"], env=env, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    assert process.stderr is not None
    line = process.stderr.readline()
    assert "warm ingest service at" in line, line
    try:
        yield Service(process, env, run / "congvan" / "serve.sock")
    finally:
        process.terminate()
        process.wait(timeout=60)


def stable(db: Path) -> tuple[list[tuple[object, ...]], dict[str, int]]:
    """The documents' fields and every table's row count (ids and times aside)."""
    with duckdb.connect(str(db), read_only=True) as con:
        documents = con.execute(
            "SELECT sha256, doc_type, number, issuer, issue_date, signer_name, status, subject FROM documents "
            "ORDER BY sha256"
        ).fetchall()
        tables = [row[0] for row in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()]
        counts = {table: con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables}  # type: ignore[index]
    return documents, counts


def test_warm_ingest_is_the_in_process_ingest_output_exit_and_data(service: Service, tmp_path: Path) -> None:
    missing = tmp_path / "gone.pdf"
    args = ["ingest", *map(str, FILES), str(missing)]
    (tmp_path / "w").mkdir()
    (tmp_path / "c").mkdir()
    runs_before = _recorded_ingest_runs()
    warm = congvan(tmp_path / "w", service.env, *args, "--db", "x.duckdb")
    assert _recorded_ingest_runs() == runs_before + 1  # the service's run is in the Prefect server, as observable
    cold_env = service.env | {
        "XDG_RUNTIME_DIR": str(tmp_path / "none"),
        "PREFECT_LOCAL_STORAGE_PATH": str(tmp_path / "results-cold"),
    }
    cold = congvan(tmp_path / "c", cold_env, *args, "--db", "x.duckdb")
    assert (warm.status, warm.out, warm.err) == (cold.status, cold.out, cold.err)
    assert warm.status == 1 and f"congvan: {missing}: " in warm.err and "3 loaded" in warm.err
    assert warm.cpu_s < 0.5 < cold.cpu_s  # the service did the work: the client imported nothing heavy
    assert stable(tmp_path / "w" / "x.duckdb") == stable(tmp_path / "c" / "x.duckdb")


def _recorded_ingest_runs() -> int:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowFilter, FlowFilterName

    async def count() -> int:
        async with get_client() as client:
            runs = await client.read_flow_runs(flow_filter=FlowFilter(name=FlowFilterName(any_=["ingest"])))
            return len(runs)

    return asyncio.run(count())


def test_warm_falls_back_when_refused_or_the_service_is_gone(service: Service, tmp_path: Path) -> None:
    text = str(FILES[0])
    other = congvan(
        tmp_path, service.env | {"PREFECT_HOME": str(tmp_path / "elsewhere")}, "ingest", text, "--db", "a.duckdb"
    )
    assert other.status == 0 and "did not take this command: Prefect settings differ" in other.err
    assert "PREFECT_HOME" in other.err and other.cpu_s > 0.5  # run here
    service.process.send_signal(signal.SIGKILL)  # dies without removing its socket
    service.process.wait(timeout=30)
    assert service.socket.exists()
    stale = congvan(tmp_path, service.env, "ingest", text, "--db", "b.duckdb")
    assert stale.status == 0 and stale.err == "1 file(s): 1 loaded, 0 unchanged, 0 failed → b.duckdb (run log b.log)\n"


def test_warm_client_killed_mid_command_leaves_a_database_the_next_run_completes(
    service: Service, tmp_path: Path
) -> None:
    scan = str(FILES[2])
    congvan(tmp_path, service.env, "ingest", scan, "--db", "k.duckdb", kill_after_s=1.5)
    service.idle()  # the service's run stopped as an interrupted command does
    again = congvan(tmp_path, service.env, "ingest", scan, "--db", "k.duckdb")
    assert again.status == 0, again.err
    with duckdb.connect(str(tmp_path / "k.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (1,)
