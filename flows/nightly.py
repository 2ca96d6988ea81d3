"""The nightly flow: everything new in the inbox → ingest → proposed rules → link (when anything was loaded
since the last linking) → checks → dated report.

One connection for the whole run: the flow is the database's single writer. Findings are data — the
flow fails (and `congvan nightly` exits non-zero) only when a step itself breaks, never because a trip
breaks a rule or a file in the inbox is unreadable (those are in the report).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from flows import prefect_env
from flows.ingest import ingest_into, link_task
from flows.lent import Lent, lend
from flows.logs import run_logger
from flows.rules import RulesSummary, propose_into
from flows.runners import make_task_runner
from pipeline.checks.run import evaluate
from pipeline.errors import reason
from pipeline.ingest.load import IngestSummary
from pipeline.report.nightly import OverdueTrip, ReportData, collect, save
from pipeline.rules.rulebase import ensure_default_rules
from pipeline.settings import Settings
from pipeline.store.connection import migrate, open_db
from pipeline.store.documents import links_stale
from pipeline.store.queue.queue import QueueSummary
from pipeline.store.runs import finish_run, start_run
from pipeline.store.snapshot import publish_snapshot


@dataclass
class NightlySummary:
    """What the CLI prints and the `runs` table keeps for one nightly run."""

    run_id: str
    as_of: dt.date
    ingest: IngestSummary
    rules: RulesSummary
    documents: int
    trips: int
    findings_by_rule: dict[str, int]
    overdue: list[str]
    report: Path
    failed_files: list[str] = field(default_factory=list)
    review: QueueSummary | None = None

    def lines(self) -> list[str]:
        ing = self.ingest
        rules = ", ".join(f"{kind} {n}" for kind, n in self.findings_by_rule.items()) or "none"
        lines = [
            f"nightly check as of {self.as_of.isoformat()}",
            f"  documents ingested: {ing.new} new, {ing.skipped} unchanged, {ing.failed} failed "
            f"({self.documents} in the database)",
            f"  trips: {self.trips}",
            f"  rules proposed for review: {len(self.rules.proposed)}{self.rules.otherwise()}",
            f"  findings by rule: {rules}",
            f"  trips with no report by their deadline: {len(self.overdue)}",
            *(f"    {trip}" for trip in self.overdue),
        ]
        if self.failed_files:
            lines.append("  files that could not be read: " + ", ".join(self.failed_files))
        if self.review is not None:
            lines.append(f"  {self.review.line()}")
        lines.append(f"  report: {self.report}")
        return lines


@task(name="checks", cache_policy=NO_CACHE, persist_result=False)
def checks_task(db: Lent, as_of: dt.date, run_id: str) -> int:
    """Active rules × trips → findings (stored under this run's id; counted, not loaded into Python); the shipped
    central rules are loaded first when missing (they are active from the start)."""
    ensure_default_rules(db.con)
    found = evaluate(db.con, as_of, run_id)
    for gap in found.calendar_gaps:
        run_logger().warning(gap)
    for trip in found.out_of_scope:
        run_logger().info("not checked: %s", trip)
    run_logger().info("%d finding(s) as of %s", found.total, as_of.isoformat())
    return found.total


@task(name="report", cache_policy=NO_CACHE, persist_result=False)
def report_task(db: Lent, as_of: dt.date, reports: Path, run_id: str) -> tuple[Path, ReportData]:
    """The dated HTML page and its CSV files."""
    data = collect(db.con, as_of, run_id)
    page = save(data, reports)
    run_logger().info("report written to %s", page)
    return page, data


def today(settings: Settings) -> dt.date:
    """The date in the archive's time zone (the server may run on UTC)."""
    return dt.datetime.now(ZoneInfo(settings.timezone)).date()


def _overdue_line(trip: OverdueTrip) -> str:
    due = f", due {trip.deadline}" if trip.deadline else ""
    return f"{trip.decision_number or '(no number)'}: {trip.people} — back {trip.end_date or '?'}{due} ({trip.report})"


@flow(name="nightly")
def nightly_flow(
    inbox: Path | None = None,
    db: Path | None = None,
    reports: Path | None = None,
    as_of: dt.date | None = None,
    settings: Settings | None = None,
    show_progress: bool = False,
) -> NightlySummary:
    """The nightly check; every argument left out comes from the settings (inbox, db, reports, today)."""
    settings = settings or Settings()
    inbox, db, reports = inbox or settings.inbox, db or settings.db, reports or settings.reports
    as_of = as_of or today(settings)
    con = open_db(db)
    try:
        run_id = start_run(con, "nightly")
        status, counts, details = "failed", dict[str, int](), dict[str, Any](as_of=as_of.isoformat())
        try:
            ingested = ingest_into(con, [inbox], settings, show_progress=show_progress, snapshot_of=db)
            proposed = propose_into(con)
            with lend(con) as lent:
                if ingested.new or links_stale(con):  # links only the documents changed since
                    link_task(lent, settings)
                checks_task(lent, as_of, run_id)
                page, data = report_task(lent, as_of, reports, run_id)
            summary = NightlySummary(
                run_id=run_id,
                as_of=as_of,
                ingest=ingested,
                rules=proposed,
                documents=data.counts["documents"],
                trips=data.counts["trips"],
                findings_by_rule=dict(data.findings_per_rule),
                overdue=[_overdue_line(trip) for trip in data.overdue],
                report=page,
                failed_files=[path for path, _, _ in ingested.errors],
                review=data.review,
            )
            counts = {
                "seen": ingested.seen,
                "new": ingested.new,
                "skipped": ingested.skipped,
                "failed": ingested.failed,
            }
            details |= {
                "report": str(page),
                "findings_by_rule": summary.findings_by_rule,
                "overdue_trips": len(data.overdue),
                "ingest_run": ingested.run_id,
                "rules_run": proposed.run_id,
            }
            status = "ok"
        except Exception as raised:
            details["error"] = reason(raised)  # why the run failed, in `runs` as the command says it
            raise
        finally:
            finish_run(con, run_id, status=status, details=details, **counts)
        publish_snapshot(con, db)
    finally:
        con.close()
    # one record: a large archive has a hundred thousand overdue trips, and a record each is that many calls
    # to the Prefect API (the report and the CLI list them anyway)
    run_logger().info("\n".join(summary.lines()))
    return summary


def run_nightly(settings: Settings, as_of: dt.date | None = None, show_progress: bool = False) -> NightlySummary:
    """Run the nightly flow with the task runner the settings ask for (inbox, db, reports from the settings);
    a database held by another process is one clear error before the flow starts (see `run_ingest`)."""
    migrate(settings.db)
    runner_flow = nightly_flow.with_options(task_runner=make_task_runner(settings))
    with prefect_env.one_off_run(settings.db):
        return runner_flow(as_of=as_of, settings=settings, show_progress=show_progress)
