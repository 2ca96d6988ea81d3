"""An archive's scale as a user meets it: an inbox of 10,000 one-page scans, and a 100,000-document database.

Inputs are generated in a temporary folder (never committed):
- `--files` one-page scanned PDFs (default 10,000; one 300-dpi page rendered once by `scan_batch.py`, each
  copy given its own trailing bytes, so every file has its own sha256 and the bytes of a real scan);
- `--documents` decisions in a database (default 100,000; `tests/store_factory.numbered_decisions`, loaded
  through the store, two members each), then linked as an ingest links what it loads (`link_all_documents`:
  the first, full linking of an archive; later linkings are incremental, see `bench_linking.py`).
Timed, each in a child process as congvan runs (start-up included), peak RSS of that process reported:
- `plan`: listing, hashing and the one "already loaded?" lookup (`Loader.plan`) over the inbox, against an
  empty database — over its first 1,000 files and over all of them: flat memory shows as the same peak RSS;
- `plain_hash`: reading and hashing the same files with `sha256sum`, two at a time (the baseline);
- `rerun_rehash`: `congvan ingest INBOX --rehash` when every file is already loaded (standing Prefect server):
  every file read and hashed, as every rerun did before stats were recorded (the baseline of `rerun`);
- `rerun`: `congvan ingest INBOX` again: files whose stat is as recorded at the last hashing are not read;
- `nightly`: `congvan nightly` (empty inbox; a day's 400 documents loaded but not linked → incremental linking
  → checks → report) on the 100,000-document database, and `check`: `congvan check` alone on it.
Targets: plan < 30 s, rerun < 10 s (10,000 files), nightly < 120 s (100,000 documents).

Prints one JSON object and writes it to docs/benchmarks/scale.json.
Usage: .venv/bin/python benchmarks/bench_scale.py [--files 10000] [--documents 100000]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_linking import ARCHIVE_DAYS
from bench_linking import documents as day_documents
from prefect_server import BIN, ROOT, isolated_env, publish, standing_server
from scan_batch import build_batch

sys.path.insert(0, str(ROOT))

from extractors.document import EXTRACTOR_VERSION
from pipeline.ingest.extract import identify, iter_input_files
from pipeline.link.reports import link_all
from pipeline.settings import Settings
from pipeline.store.connection import open_db
from pipeline.store.documents import load_documents
from schemas.document import Document, Source
from tests.store_factory import numbered_decisions

OUTPUT = ROOT / "docs" / "benchmarks" / "scale.json"
DAY = 400
"""Documents a night finds to link in the 100,000-document database (`nightly`)."""
PLAN = """
import json, resource, sys, time
from pipeline.ingest.load import Loader
from pipeline.settings import Settings
from pipeline.store.connection import open_db
started = time.perf_counter()
settings = Settings(db=sys.argv[2])
con = open_db(settings.db)
todo = Loader(con, settings).plan([sys.argv[1]])
print(json.dumps({"wall_s": round(time.perf_counter() - started, 2), "to_extract": len(todo),
                  "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}))
"""


def write_inbox(folder: Path, files: int, work: Path) -> int:
    """`files` one-page scans with distinct bytes, in folders of 1,000 as archives keep them; bytes per file."""
    page = build_batch(work / "one-page", 1, 1).pdfs[0].read_bytes()
    for number in range(files):
        shelf = folder / f"{number // 1000:03d}"
        shelf.mkdir(parents=True, exist_ok=True)
        (shelf / f"scan-{number:06d}.pdf").write_bytes(page + f"%congvan-bench {number}\n".encode())
    return len(page)


def loaded_as_known(folder: Path, db: Path) -> None:
    """Every file of the inbox recorded as loaded at this extractor version (what a first ingest leaves)."""
    con = open_db(db)
    try:
        batch: list[Document] = []
        for path in iter_input_files([folder]):
            info = identify(path)
            source = Source(path=str(path), sha256=info.sha256, pages=1, kind=info.kind, size_bytes=info.size_bytes)
            batch.append(Document(source=source, text="Công văn", extractor_version=EXTRACTOR_VERSION))
            if len(batch) == 2000:
                load_documents(con, batch)
                batch.clear()
        load_documents(con, batch)
    finally:
        con.close()


def big_database(db: Path, documents: int) -> dict[str, float]:
    """Load the decisions, then link them as the ingest that loads them does (the first linking of an archive
    is a full one); its wall and CPU seconds. Then a day's documents (`DAY`, dated after the archive, reports
    among them) are loaded and left to link, as a nightly finds them when the ingest that loaded them did not
    link (killed, or loaded by another writer): the timed nightly links them incrementally."""
    con = open_db(db)
    try:
        for start in range(0, documents, 5000):
            load_documents(con, numbered_decisions(min(5000, documents - start), prefix=f"b{start}-"))
        cpu, started = time.process_time(), time.perf_counter()
        link_all(con, Settings(db=db))
        figures = {"wall_s": round(time.perf_counter() - started, 1), "cpu_s": round(time.process_time() - cpu, 1)}
        load_documents(con, day_documents(documents, DAY, (ARCHIVE_DAYS + 1, ARCHIVE_DAYS + 1), documents // 4, -1))
        return figures
    finally:
        con.close()


def child(command: list[str], env: dict[str, str], cwd: Path, *, standing: bool = True) -> tuple[float, str]:
    """Wall seconds of the child process, and what it printed."""
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{command[:2]} failed ({done.returncode}): {done.stderr[-2000:]}")
    if standing and "temporary server" in done.stderr:
        raise SystemExit("congvan started a temporary server where the standing one was meant to be used")
    return round(wall, 2), done.stdout


def plan(inbox: Path, db: Path, env: dict[str, str], cwd: Path) -> dict[str, object]:
    wall, printed = child([sys.executable, "-c", PLAN, str(inbox), str(db)], env, cwd)
    return {"process_wall_s": wall, **json.loads(printed)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--documents", type=int, default=100_000)
    options = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    env = isolated_env(work)
    load_before = os.getloadavg()[0]
    figures: dict[str, object] = {}
    try:
        inbox, tenth = work / "inbox", work / "inbox" / "000"  # the first 1,000 files
        started = time.perf_counter()
        figures["bytes_per_file"] = write_inbox(inbox, options.files, work)
        figures["inbox_written_s"] = round(time.perf_counter() - started, 1)
        figures["plan_first_1000"] = plan(tenth, work / "tenth.duckdb", env, work)
        figures["plan"] = plan(inbox, work / "plan.duckdb", env, work)
        started = time.perf_counter()
        paths = [str(path) for path in iter_input_files([inbox])]
        for start in range(0, len(paths), 2000):
            pair = [paths[start : start + 2000][i::2] for i in range(2)]
            hashers = [subprocess.Popen(["sha256sum", *part], stdout=subprocess.DEVNULL) for part in pair if part]
            for hasher in hashers:
                hasher.wait()
        figures["plain_hash_s"] = round(time.perf_counter() - started, 2)
        started = time.perf_counter()
        loaded_as_known(inbox, work / "known.duckdb")
        started_db = time.perf_counter()
        figures["setup_known_s"] = round(started_db - started, 1)
        figures["link_all_documents"] = big_database(work / "big.duckdb", options.documents)
        figures["setup_big_database_s"] = round(time.perf_counter() - started_db, 1)
        (work / "empty").mkdir()
        congvan = str(BIN / "congvan")
        warm = [congvan, "ingest", str(work / "empty"), "--db", "warm.duckdb"]
        child(warm, env, work, standing=False)  # creates Prefect's database in its fresh home, untimed
        with standing_server(env) as start_s:
            figures["standing_server_start_s"] = round(start_s, 2)
            rerun = [congvan, "ingest", str(inbox), "--db", str(work / "known.duckdb")]
            figures["rerun_rehash_s"] = child([*rerun, "--rehash"], env, work)[0]  # every file read, stats recorded
            figures["rerun_s"] = child(rerun, env, work)[0]
            check = [congvan, "check", "--db", str(work / "big.duckdb"), "--as-of", "2026-11-22"]
            figures["check_s"] = child(check, env, work)[0]
            nightly = [congvan, "nightly", "--inbox", str(work / "empty"), "--db", str(work / "big.duckdb")]
            nightly += ["--reports", str(work / "reports"), "--as-of", "2026-11-22"]
            figures["nightly_s"] = child(nightly, env, work)[0]
        figures["children_peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result = {
        "benchmark": "scale: an inbox of one-page scans (plan, unchanged rerun) and a large database (nightly)",
        "cpu_count": os.cpu_count(),
        "files": options.files,
        "documents": options.documents,
        "load_average_1m": {"before": round(load_before, 2), "after": round(os.getloadavg()[0], 2)},
        **figures,
        "targets": {"plan.wall_s": "< 30 (10,000 files)", "rerun_s": "< 10 (10,000 files)", "nightly_s": "< 120"},
    }
    publish(result, OUTPUT, work)


if __name__ == "__main__":
    main()
