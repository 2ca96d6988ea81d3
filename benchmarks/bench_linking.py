"""Linking a night's new documents into a large archive: this checkout against a baseline checkout, same run.

Each checkout runs in a child process of its own (its code first on the path), the checkouts alternated
`--rounds` times. In each: an archive of `--documents` (default 100,000: three decisions to a report, people
drawn from a pool so they recur, numbers and dates as `tests/store_factory` writes them) loaded and linked
(`setup_link`: what the first linking of an archive costs); then a day's documents dated after the archive
(`--day`, default 400) loaded and linked as the nightly and `congvan ingest` link them (`day`); then a day
of documents dated inside the archive (`backfill`: a box of old paper, which people linking must redo from
its oldest document on); then, where the code has one, a full relink (`full_relink`). Wall and CPU seconds of
each, and a digest of every link (people of mentions, reports' trips) so the checkouts' results can be compared.
Prints one JSON object.
Usage: python benchmarks/bench_linking.py [--documents N] [--day N] [--baseline DIR] [--rounds N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import inspect
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
START = dt.date(2020, 1, 1)
ARCHIVE_DAYS = 5 * 365
FAMILIES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"]
MIDDLES = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh"]
UNITS = ["Sở Ngoại vụ", "Sở Nội vụ", "Sở Công Thương", "Sở Tài chính", "Sở Y tế", "UBND huyện Đông Sơn"]
TITLES = ["Giám đốc", "Phó Giám đốc", "Trưởng phòng", "Chuyên viên"]


def documents(first: int, count: int, dates: tuple[int, int], people: int, seed: int) -> list[Any]:
    """`count` documents numbered from `first`: three decisions to one report citing the decision before it."""
    from tests.store_factory import decision, report

    rng = random.Random(seed)
    made = []
    previous = None
    for i in range(first, first + count):
        issued = START + dt.timedelta(days=rng.randint(*dates))
        if i % 4 == 3 and previous is not None:
            number, date, member = previous
            made.append(
                report(f"bench-r{i}", number=f"{i}/BC", dated=issued, decision_number=number, decision_date=date,
                       reporter=member[0], unit=member[2])
            )  # fmt: skip
            continue
        pool = [rng.randrange(people) for _ in range(rng.randint(2, 3))]
        members = [
            (f"{FAMILIES[p % 8]} {MIDDLES[p // 8 % 6]} Người{p}", TITLES[p % 4], UNITS[p % 6]) for p in pool
        ]  # fmt: skip
        start = issued + dt.timedelta(days=rng.randint(5, 30))
        number = f"{i}/QĐ-UBND"
        made.append(
            decision(f"bench-d{i}", number=number, issued=issued, start=start, end=start + dt.timedelta(days=6),
                     members=members, destinations=[("Nhật Bản", "JP")])
        )  # fmt: skip
        previous = (number, issued, members[0])
    return made


def _timed(work: Any) -> dict[str, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    work()
    return {"wall_s": round(time.perf_counter() - wall, 2), "cpu_s": round(time.process_time() - cpu, 2)}


def _links_digest(con: Any) -> str:
    rows = con.execute(
        "SELECT list(x ORDER BY x) FROM (SELECT concat_ws('|', sha256, role, ordinal, person_id) AS x FROM mentions "
        "UNION ALL SELECT concat_ws('|', sha256, trip_id, link_method, link_score) FROM reports)"
    ).fetchone()
    return hashlib.md5(json.dumps(rows[0] if rows else None).encode()).hexdigest()


def child(code: Path, n: int, day: int) -> dict[str, Any]:
    """One checkout's figures (run with that checkout first on sys.path)."""
    sys.path.insert(0, str(code))
    from pipeline.link.reports import link_all
    from pipeline.settings import Settings
    from pipeline.store.connection import open_db
    from pipeline.store.documents import load_documents

    work = Path(tempfile.mkdtemp(prefix="bench-linking-"))
    db = work / "archive.duckdb"
    settings = Settings(db=db)
    con = open_db(db)
    figures: dict[str, Any] = {}
    try:
        started = time.perf_counter()
        people = max(10, n // 4)
        for first in range(0, n, 5000):
            load_documents(con, documents(first, min(5000, n - first), (0, ARCHIVE_DAYS), people, seed=first))
        figures["setup_load_s"] = round(time.perf_counter() - started, 1)
        figures["setup_link"] = _timed(lambda: link_all(con, settings))
        load_documents(con, documents(n, day, (ARCHIVE_DAYS + 1, ARCHIVE_DAYS + 1), people, seed=-1))
        figures["day"] = _timed(lambda: link_all(con, settings))
        load_documents(con, documents(n + day, day, (ARCHIVE_DAYS // 2, ARCHIVE_DAYS // 2 + 30), people, seed=-2))
        figures["backfill"] = _timed(lambda: link_all(con, settings))
        figures["links_digest"] = _links_digest(con)
        if "full" in inspect.signature(link_all).parameters:
            figures["full_relink"] = _timed(lambda: link_all(con, settings, full=True))
            figures["links_digest_after_full_relink"] = _links_digest(con)
        figures["mentions"], figures["reports_linked"] = con.execute(
            "SELECT (SELECT count(*) FROM mentions), (SELECT count(trip_id) FROM reports)"
        ).fetchone() or (0, 0)
    finally:
        con.close()
        for path in work.iterdir():
            path.unlink()
        work.rmdir()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--day", type=int, default=400)
    parser.add_argument("--baseline", type=Path, help="a checkout of the code to compare with (e.g. of main)")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        print(json.dumps(child(options.child, options.documents, options.day)))
        return
    checkouts = [("after", ROOT)] + ([("before", options.baseline.resolve())] if options.baseline else [])
    runs = []
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    for _ in range(options.rounds):
        for label, code in checkouts:
            load = os.getloadavg()[0]
            command = [sys.executable, __file__, "--child", str(code), "--documents", str(options.documents)]
            done = subprocess.run([*command, "--day", str(options.day)], capture_output=True, text=True, env=env)
            if done.returncode != 0:
                raise SystemExit(f"{label} failed: {done.stderr[-3000:]}")
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            runs.append({"code": label, "checkout": str(code), "load_average_before": round(load, 2), **figures})
    digests = {run["links_digest"] for run in runs}
    print(
        json.dumps(
            {
                "benchmark": "linking a day's documents into an archive (incremental) against a baseline checkout",
                "documents": options.documents,
                "day": options.day,
                "cpus": os.cpu_count(),
                "same_links_in_every_run": len(digests) == 1,
                "runs": runs,
            },
            indent=1,
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
