"""Store benchmark: bulk load speed, and the analysts' views on a million trips, each against a baseline.

1. Load 100,000 synthetic documents (11 rows each) with `load_documents` (Arrow batches); baseline: the
   same rows through `executemany` on a 200-document sample (≈ 40 documents/s: more would take minutes).
   Target ≥ 2,000 documents/s.
2. `overdue_reports(as_of)` and `v_trips_per_person_year` on 1,000,000 trips (≈ 3M members, 700k reports),
   fully fetched as Arrow; baseline: the same computation as plain Python loops over the same rows
   (with the same working-day index, so the comparison is of engines, not algorithms).  Target < 2 s each.

Prints one JSON object. Usage: python benchmarks/bench_store.py [--documents N] [--trips N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from pipeline.store.connection import open_db
from pipeline.store.documents import load_documents
from pipeline.store.records import COLUMNS, document_records
from schemas.document import (
    Citation,
    DocType,
    Document,
    Page,
    Signer,
    Source,
    Span,
    TextSource,
    Trip,
    TripMember,
)


def synthetic_document(i: int) -> Document:
    """A small decision: 2 pages, 1 citation, a signer and 2 members, 1 destination (11 rows)."""
    members = [f"Thành Viên {i} A", f"Thành Viên {i} B"]
    page1 = f"QUYẾT ĐỊNH Số: {i}/QĐ-UBND\nCử {members[0]} và {members[1]} đi Nhật Bản."
    page2 = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNgười Ký Tên"
    start = dt.date(2020, 1, 1) + dt.timedelta(days=i % 2000)
    return Document(
        source=Source(path=f"/bench/{i}.pdf", sha256=hashlib.sha256(str(i).encode()).hexdigest(), pages=2),
        text=f"{page1}\f{page2}",
        pages=[Page(number=1, source=TextSource.OCR, confidence=90.0, text=page1),
               Page(number=2, source=TextSource.OCR, confidence=85.0, text=page2)],
        extractor_version="bench",
        doc_type=DocType.QUYET_DINH,
        number=f"{i}/QĐ-UBND",
        issuer="UBND tỉnh Lâm Hải",
        issue_date=start - dt.timedelta(days=20),
        signer=Signer(name="Người Ký Tên", title="Phó Chủ tịch", mode="KT."),
        citations=[Citation(text="Quy định số 12-QĐi/TU", number="12-QĐi/TU", date=dt.date(2019, 4, 3),
                            span=Span(page=1, start=0, end=10))],
        trip=Trip(start=start, end=start + dt.timedelta(days=6),
                  members=[TripMember(name=m, unit="Sở Ngoại vụ") for m in members],
                  destinations=["Nhật Bản"], destination_codes=["JP"]),
    )  # fmt: skip


def bench_load(workdir: Path, count: int) -> dict[str, Any]:
    started = time.perf_counter()
    documents = [synthetic_document(i) for i in range(count)]
    build_s = time.perf_counter() - started

    con = open_db(workdir / "load.duckdb")
    started = time.perf_counter()
    result = load_documents(con, documents, batch_size=2000)
    load_s = time.perf_counter() - started
    rows = sum(con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in COLUMNS)
    assert len(result.loaded) == count and not result.failed
    started = time.perf_counter()
    again = load_documents(con, documents, batch_size=2000)  # same bytes, same version: nothing to write
    rerun_s = time.perf_counter() - started
    assert len(again.unchanged) == count
    con.close()

    sample = documents[:200]
    baseline = open_db(workdir / "executemany.duckdb")
    now = dt.datetime.now()
    started = time.perf_counter()
    baseline.execute("BEGIN TRANSACTION")
    for document in sample:
        for table, table_rows in document_records(document, path=document.source.path, run_id=None, now=now).items():
            if table_rows:
                names = COLUMNS[table]
                marks = ", ".join("?" for _ in names)
                baseline.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", table_rows)
    baseline.execute("COMMIT")
    executemany_s = time.perf_counter() - started
    baseline.close()
    return {
        "documents": count,
        "rows": rows,
        "build_models_s": round(build_s, 2),
        "load_s": round(load_s, 2),
        "documents_per_s": round(count / load_s),
        "target_documents_per_s": 2000,
        "reload_unchanged_s": round(rerun_s, 2),
        "baseline_executemany_documents": len(sample),
        "baseline_executemany_s": round(executemany_s, 2),
        "baseline_executemany_documents_per_s": round(len(sample) / executemany_s),
    }


def synthetic_trips(con: Any, count: int, seed: int = 7) -> None:
    """`count` trips 2015-2029 with 1-5 members drawn from 60,000 people; 70% have a report."""
    rng = np.random.default_rng(seed)
    ids = np.array([f"t{i:07d}" for i in range(count)])
    start = np.datetime64("2015-01-01") + rng.integers(0, 15 * 365, count).astype("timedelta64[D]")
    end = start + rng.integers(2, 15, count).astype("timedelta64[D]")
    trips = pa.table({"trip_id": ids, "decision_number": [f"{i}/QĐ-UBND" for i in range(count)],
                      "start_date": start, "end_date": end})  # fmt: skip
    sizes = rng.integers(1, 6, count)
    member_trip = np.repeat(ids, sizes)
    ordinal = np.concatenate([np.arange(s) for s in sizes]).astype(np.int32)
    person = rng.integers(0, 60_000, len(member_trip))
    members = pa.table({"trip_id": member_trip, "ordinal": ordinal, "name": [f"Người {p}" for p in person],
                        "unit": [f"Đơn vị {p % 300}" for p in person]})  # fmt: skip
    reported = rng.random(count) < 0.7
    report_date = end[reported] + rng.integers(1, 40, int(reported.sum())).astype("timedelta64[D]")
    reports = pa.table({"sha256": [f"r{i}" for i in range(int(reported.sum()))], "trip_id": ids[reported],
                        "report_date": report_date})  # fmt: skip
    for name, table in (("trips", trips), ("trip_members", members), ("reports", reports)):
        con.register("_bench", table)
        columns = ", ".join(table.column_names)
        con.execute(f"INSERT INTO {name} ({columns}) SELECT {columns} FROM _bench")
        con.unregister("_bench")


def python_overdue(con: Any, as_of: dt.date) -> tuple[int, float]:
    """The overdue computation as a plain Python loop over the fetched rows (fetch time excluded)."""
    calendar = con.execute("SELECT date, is_working_day, working_day_index FROM calendar").fetchall()
    trips = con.execute("SELECT trip_id, end_date FROM trips").fetchall()
    reports = con.execute("SELECT trip_id, report_date FROM reports").fetchall()
    started = time.perf_counter()
    index = {day: i for day, _, i in calendar}
    working = {i: day for day, ok, i in calendar if ok}
    first_report: dict[str, dt.date] = {}
    for trip_id, report_date in reports:
        if trip_id not in first_report or report_date < first_report[trip_id]:
            first_report[trip_id] = report_date
    overdue = 0
    for trip_id, end in trips:
        deadline = working.get(index[end] + 10)
        if deadline is None or deadline >= as_of:
            continue
        report = first_report.get(trip_id)
        if report is None or report > deadline:
            overdue += 1
    return overdue, time.perf_counter() - started


def python_per_person_year(con: Any) -> tuple[int, float]:
    rows = con.execute(
        "SELECT m.name, m.trip_id, t.start_date, t.end_date, m.unit FROM trip_members m JOIN trips t USING (trip_id)"
    ).fetchall()
    started = time.perf_counter()
    groups: dict[tuple[str, int], dict[str, Any]] = defaultdict(lambda: {"trips": set(), "days": 0, "units": set()})
    for name, trip_id, start, end, unit in rows:
        group = groups[(name, start.year)]
        group["trips"].add(trip_id)
        group["days"] += (end - start).days + 1
        group["units"].add(unit)
    return len(groups), time.perf_counter() - started


def bench_views(workdir: Path, count: int) -> dict[str, Any]:
    con = open_db(workdir / "views.duckdb")
    started = time.perf_counter()
    synthetic_trips(con, count)
    build_s = time.perf_counter() - started
    as_of = dt.date(2026, 11, 22)

    def timed(query: str) -> tuple[int, float]:
        best = float("inf")
        rows = 0
        for _ in range(3):
            started = time.perf_counter()
            rows = con.sql(query).to_arrow_table().num_rows
            best = min(best, time.perf_counter() - started)
        return rows, best

    overdue_rows, overdue_s = timed(f"SELECT * FROM overdue_reports(DATE '{as_of}')")
    person_rows, person_s = timed("SELECT * FROM v_trips_per_person_year")
    trips_rows, trips_s = timed("SELECT * FROM v_trips")
    assert trips_rows == count
    py_overdue, py_overdue_s = python_overdue(con, as_of)
    py_person, py_person_s = python_per_person_year(con)
    assert (py_overdue, py_person) == (overdue_rows, person_rows), "the SQL and Python answers differ"
    members = con.execute("SELECT count(*) FROM trip_members").fetchall()[0][0]
    con.close()
    return {
        "trips": count,
        "members": members,
        "generate_s": round(build_s, 2),
        "overdue_reports_rows": overdue_rows,
        "overdue_reports_s": round(overdue_s, 3),
        "overdue_python_loop_s": round(py_overdue_s, 3),
        "trips_per_person_year_rows": person_rows,
        "trips_per_person_year_s": round(person_s, 3),
        "trips_per_person_year_python_loop_s": round(py_person_s, 3),
        "v_trips_s": round(trips_s, 3),
        "target_s": 2.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--trips", type=int, default=1_000_000)
    args = parser.parse_args()
    random.seed(7)
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        result = {
            "benchmark": "store",
            "cpus": os.cpu_count(),
            "load_average": round(os.getloadavg()[0], 2),
            "load": bench_load(workdir, args.documents),
            "views": bench_views(workdir, args.trips),
        }
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
