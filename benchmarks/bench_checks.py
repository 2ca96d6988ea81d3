"""All checks over synthetic trips (default 1,000,000 trips, 3,000,000 members), loaded through Arrow.

Prints one JSON object: load time; the checks (`pipeline.checks.run.evaluate`: every finding written to the
database, what `congvan check` and the nightly flow run) first on an empty findings table, then again replacing
them; streaming every finding back as a `Finding` (what `congvan findings` does); findings by kind; peak memory
of the whole process and of the checks alone (with the resident size just before them); the checks' CPU time
(all threads: steadier than wall time when other jobs share the cores); the load average; and a baseline (a
plain join of members to trips over the same data, run in the same process) so the figure travels between
machines; and a digest of every finding (id, rule, trip, person, severity, message, evidence), so two versions
of the code can be shown to find the same rows, beside one that leaves the evidence's null entries out
(`findings_digest_stable`: an entry a newer version adds, empty here, does not tell the versions apart).
With `--baseline DIR` (a checkout of main, say) the run is repeated in child processes, this checkout and the
baseline alternated `--rounds` times on the same synthetic trips, and `findings_equal` says whether every run
found the same findings (`findings_equal_stable`: the same but for null evidence entries).
Usage: python benchmarks/bench_checks.py [--trips N] [--baseline DIR [--rounds 2]]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa

# the checkout whose checks are timed: this one, or the one the parent of a `--baseline` run names
sys.path.insert(0, os.environ.get("CONGVAN_BENCH_CODE", str(Path(__file__).resolve().parent.parent)))

from pipeline.checks.run import evaluate, iter_findings
from pipeline.rules.rulebase import ensure_default_rules
from pipeline.store.workdays import calendar_days

ROOT = Path(__file__).resolve().parent.parent
CODE = Path(sys.path[0])
SQL_DIR = CODE / "pipeline" / "store" / "sql"
PROVINCES = ["Đông Sơn", "Tây Giang", "Bắc Hà", "Nam Lâm"]
LOCAL_RULES = [  # kind, value, unit, exception_value, severity
    ("max_trips_per_year", 2, "times_per_year", None, "breach"),
    ("max_delegation_size", 10, "people", None, "breach"),
    ("report_deadline_working_days", 7, "working_days", None, "breach"),
    ("max_days_per_country", 5, "days_per_country", None, "breach"),
    ("max_countries_per_trip", 3, "countries", None, "breach"),
    ("submission_lead_working_days", 7, "working_days", 3, "breach"),
    ("no_two_key_leaders_same_unit", None, None, None, "breach"),
    ("no_enterprise_funded", None, None, None, "breach"),
    ("avoid_start_end_of_year", None, None, None, "warning"),
    ("total_days_within_annual_leave", None, "days", None, "breach"),
]


def build(con: duckdb.DuckDBPyConnection, n_trips: int, seed: int = 7) -> None:
    rng = np.random.default_rng(seed)
    for path in sorted(SQL_DIR.glob("*.sql")):
        con.execute(path.read_text(encoding="utf-8"))
    days = calendar_days(2023, 2026)
    index = np.cumsum([d.is_working_day for d in days])
    calendar = pa.table(
        {
            "date": [d.date for d in days],
            "is_working_day": [d.is_working_day for d in days],
            "holiday_name": [d.holiday_name for d in days],
            "day_kind": [d.day_kind for d in days],
            "working_day_index": index.astype(np.int32),
        }
    )
    con.register("calendar_arrow", calendar)
    con.execute("INSERT INTO calendar SELECT * FROM calendar_arrow")

    trip_ids = np.array([f"t{i:07d}" for i in range(n_trips)], dtype=object)
    start = np.datetime64("2024-01-01") + rng.integers(0, 730, n_trips).astype("timedelta64[D]")
    # Realistic rates: most trips keep the rules; a few percent break one (what an archive looks like).
    end = start + rng.integers(3, 9, n_trips).astype("timedelta64[D]")
    submitted = start - rng.integers(9, 40, n_trips).astype("timedelta64[D]")
    late_submission = rng.random(n_trips) < 0.03
    submitted[late_submission] = start[late_submission] - np.timedelta64(2, "D")
    funding = np.where(rng.random(n_trips) < 0.005, "enterprise", "state_budget")
    province = np.array(PROVINCES, dtype=object)[rng.integers(0, len(PROVINCES), n_trips)]
    trips = pa.table(
        {
            "trip_id": trip_ids,
            "decision_number": np.array([f"{i}/QĐ-UBND" for i in range(n_trips)], dtype=object),
            "issuer": np.array(["UBND tỉnh " + p for p in province], dtype=object),
            "start_date": start,
            "end_date": end,
            "funding": funding,
            "submitted_on": submitted,
        }
    )
    con.register("trips_arrow", trips)
    con.execute(
        "INSERT INTO trips (trip_id, decision_number, issuer, start_date, end_date, funding, submitted_on) "
        "SELECT trip_id, decision_number, issuer, start_date::DATE, end_date::DATE, funding, submitted_on::DATE "
        "FROM trips_arrow"
    )
    n_dest = rng.choice([1, 2, 3, 4], n_trips, p=[0.7, 0.25, 0.04, 0.01])
    dest_trip = np.repeat(np.arange(n_trips), n_dest)
    dest_ord = np.arange(len(dest_trip)) - np.repeat(np.cumsum(n_dest) - n_dest, n_dest)
    con.register(
        "dest_arrow",
        pa.table(
            {
                "trip_id": trip_ids[dest_trip],
                "ordinal": dest_ord.astype(np.int32),
                "country": np.array(["Lào", "Nhật Bản", "Hàn Quốc", "Pháp"], dtype=object)[dest_ord % 4],
            }
        ),
    )
    con.execute("INSERT INTO trip_destinations SELECT trip_id, ordinal, country, NULL FROM dest_arrow")

    n_members = 3 * n_trips
    member_trip = np.sort(rng.integers(0, n_trips, n_members))
    counts = np.bincount(member_trip, minlength=n_trips)
    ordinal = np.arange(n_members) - np.repeat(np.cumsum(counts) - counts, counts)
    people = rng.integers(0, int(n_trips * 1.5), n_members)  # ≈ 1 trip per person a year
    con.register(
        "members_arrow",
        pa.table(
            {
                "trip_id": trip_ids[member_trip],
                "ordinal": ordinal.astype(np.int32),
                "name": np.array([f"Người {p}" for p in people], dtype=object),
                "unit": np.array([f"Sở {p % 500}" for p in people], dtype=object),
                "is_key_leader": rng.random(n_members) < 0.1,
                "person_id": np.array([f"p{p}" for p in people], dtype=object),
            }
        ),
    )
    con.execute(
        "INSERT INTO trip_members (trip_id, ordinal, name, unit, is_key_leader, person_id) "
        "SELECT trip_id, ordinal, name, unit, is_key_leader, person_id FROM members_arrow"
    )
    con.execute(
        "INSERT INTO reports (sha256, report_date, trip_id) "
        "SELECT 'r' || trip_id, end_date + 3 + (hash(trip_id) % 20 = 0)::INT * 20, trip_id "
        "FROM trips WHERE hash(trip_id) % 50 <> 0"
    )
    ensure_default_rules(con)
    now = dt.datetime.now()
    for i, (kind, value, unit, exception_value, severity) in enumerate(LOCAL_RULES):
        for p in PROVINCES[:2]:
            con.execute(
                "INSERT INTO rules (rule_id, kind, value, unit, exception_value, scope, severity, jurisdiction, "
                "jurisdiction_key, effective_from, sentence, status, origin, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, 'all', ?, ?, ?, DATE '2023-01-01', 'synthetic', 'active', 'extracted', ?, ?)",
                [f"B-{i}-{p}", kind, value, unit, exception_value, severity, f"UBND tỉnh {p}", p.lower(), now, now],
            )


def _reset_peak_rss() -> bool:
    """Start a new peak-RSS measurement (Linux: writing 5 to clear_refs resets VmHWM)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _status_mb(field: str) -> float | None:
    """VmHWM (peak) or VmRSS (now) from /proc/self/status, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return round(int(line.split()[1]) / 1024, 1)
    return None


def _timed(work: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    work()
    return time.perf_counter() - t0


_DIGEST = """SELECT md5(string_agg(concat_ws('|', finding_id, rule_id, rule_kind, trip_id, decision_number,
    person, person_id, severity, message, {evidence}), chr(10) ORDER BY finding_id)) FROM findings"""
FINDINGS_DIGEST = _DIGEST.format(evidence="evidence::VARCHAR")
_ENTRY = "'$.\"' || k || '\"'"
FINDINGS_DIGEST_STABLE = _DIGEST.format(
    evidence="array_to_string(list_sort(list_transform(list_filter(json_keys(evidence), lambda k: "
    f"json_type(evidence, {_ENTRY}) <> 'NULL'), lambda k: k || '=' || json_extract(evidence, {_ENTRY}))), ',')"
)
"""The digest with each evidence's null entries left out and its entries sorted: an entry a newer version adds with
no value for these trips (0.3.76's `not_counted_day_trips` and `not_counted_before_post` on every trips-per-year
finding, null unless a rule leaves border day trips or the trips before an appointment out) changes the full digest
but not this one; a changed id, message or evidence value changes both."""


def alternated(trips: int, baseline: Path, rounds: int) -> None:
    """This checkout and the baseline, alternated in child processes; every run's figures and whether all found
    the same findings."""
    runs = []
    for _ in range(rounds):
        for label, code in (("after", ROOT), ("before", baseline.resolve())):
            env = {**os.environ, "CONGVAN_BENCH_CODE": str(code)}
            done = subprocess.run(
                [sys.executable, __file__, "--trips", str(trips)], capture_output=True, text=True, env=env
            )
            if done.returncode != 0:
                raise SystemExit(f"{label} failed: {done.stderr[-3000:]}")
            runs.append({"code": label, "checkout": str(code), **json.loads(done.stdout.strip().splitlines()[-1])})
    equal = len({run["findings_digest"] for run in runs}) == 1
    stable = len({run["findings_digest_stable"] for run in runs}) == 1
    summary = {"benchmark": "checks, alternated", "findings_equal": equal, "findings_equal_stable": stable}
    print(json.dumps({**summary, "runs": runs}, indent=1))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trips", type=int, default=1_000_000)
    parser.add_argument("--baseline", type=Path, help="a checkout to compare with, run alternately")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    if args.baseline:
        alternated(args.trips, args.baseline, args.rounds)
        return
    load_before = os.getloadavg()
    con = duckdb.connect()
    load_s = _timed(lambda: build(con, args.trips))
    baseline_s = _timed(
        lambda: con.execute(
            "SELECT count(*), count(DISTINCT m.person_id) FROM trip_members m JOIN trips t USING (trip_id)"
        ).fetchall()
    )
    as_of = dt.date(2025, 12, 31)
    phase_peak = _reset_peak_rss()
    rss_before = _status_mb("VmRSS")
    cpu0 = time.process_time()
    check_s = _timed(lambda: evaluate(con, as_of, "bench"))
    check_cpu_s = time.process_time() - cpu0
    checks_peak = _status_mb("VmHWM") if phase_peak else None
    rerun_s = _timed(lambda: evaluate(con, as_of, "bench-rerun"))
    stream_s = _timed(lambda: sum(1 for _ in iter_findings(con)))
    by_kind = dict(con.execute("SELECT rule_kind, count(*) FROM findings GROUP BY 1 ORDER BY 1").fetchall())
    members = con.execute("SELECT count(*) FROM trip_members").fetchone()
    digest = con.execute(FINDINGS_DIGEST).fetchone()
    stable = con.execute(FINDINGS_DIGEST_STABLE).fetchone()
    print(
        json.dumps(
            {
                "benchmark": "checks",
                "trips": args.trips,
                "members": members[0] if members else 0,
                "load_s": round(load_s, 2),
                "baseline_join_s": round(baseline_s, 3),
                "checks_s": round(check_s, 2),
                "checks_vs_baseline": round(check_s / baseline_s, 1) if baseline_s else None,
                "target_s": 10,
                "within_target": check_s < 10,
                "checks_cpu_s": round(check_cpu_s, 2),
                "rerun_replacing_s": round(rerun_s, 2),
                "stream_findings_s": round(stream_s, 2),
                "findings": sum(by_kind.values()),
                "findings_by_kind": by_kind,
                "findings_digest": digest[0] if digest else None,
                "findings_digest_stable": stable[0] if stable else None,
                "rss_before_checks_mb": rss_before,
                "peak_rss_checks_mb": checks_peak,
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                "load_average_before_after": [round(load_before[0], 2), round(os.getloadavg()[0], 2)],
                "cpus": os.cpu_count(),
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
