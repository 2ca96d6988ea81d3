"""The rules flow: dispatches not yet read by the rule extractor → proposed rules, summarised for review.

Proposed rules change nothing until a reviewer approves them (`congvan rules approve`); the shipped central
rule set is loaded as active the first time, so checks work from the start.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from flows import prefect_env
from flows.ingest import ingest_into
from flows.lent import Lent, lend
from flows.logs import run_logger
from flows.runners import make_task_runner
from pipeline.errors import exit_code, reason
from pipeline.ingest.extract import identify, iter_input_files
from pipeline.rules.rulebase import propose_rules, stored_documents
from pipeline.settings import Settings
from pipeline.store.connection import open_db
from pipeline.store.runs import finish_run, start_run
from schemas.errors import CongvanError, ErrorCode
from schemas.rules import Rule


@dataclass
class RulesSummary:
    """What the rules flow proposed, for the reviewer."""

    run_id: str
    dispatches: int = 0
    proposed: list[Rule] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    """(path, reason) for each given file that could not be read."""
    read_otherwise: int = 0
    """Active rules whose dispatch a newer extractor reads otherwise, waiting for review (`rule_rereads`)."""

    def otherwise(self) -> str:
        """The approved rules read otherwise, said after the proposed ones when there are any (`rules list`)."""
        return f", {self.read_otherwise} approved rule(s) read otherwise" if self.read_otherwise else ""

    def by_kind(self) -> dict[str, int]:
        return dict(Counter(rule.kind.value for rule in self.proposed).most_common())

    def lines(self) -> list[str]:
        """A short review list: one line per proposed rule with its source."""
        proposed = f"{len(self.proposed)} rule(s) proposed for review"
        head = f"{self.dispatches} dispatch(es) read, {proposed}{self.otherwise()}"
        body = [
            f"  {rule.id}  {rule.kind.value} = {rule.value if rule.value is not None else '-'}"
            f"  ({rule.applies_to or 'mọi người'}; {rule.source_number or 'không số'})"
            for rule in self.proposed
        ]
        return [head, *body]


@task(name="propose-rules", cache_policy=NO_CACHE, persist_result=False)
def propose_task(db: Lent, sha256s: list[str] | None, actor: str | None = None) -> tuple[int, list[Rule]]:
    """Read the given dispatches (or every one not yet read) and propose their rules."""
    documents = stored_documents(db.con, sha256s)
    proposed = propose_rules(db.con, documents, actor=actor or "congvan-flow")
    run_logger().info("read %d dispatch(es), proposed %d new rule(s)", len(documents), len(proposed))
    return len(documents), proposed


def propose_into(
    con: duckdb.DuckDBPyConnection, sha256s: Sequence[str] | None = None, actor: str | None = None
) -> RulesSummary:
    """Propose rules using an open connection (the nightly flow shares its own); call inside a flow."""
    run_id = start_run(con, "rules")
    summary = RulesSummary(run_id=run_id)
    status, error = "failed", ""
    try:
        chosen = list(sha256s) if sha256s is not None else None
        with lend(con) as lent:
            summary.dispatches, summary.proposed = propose_task(lent, chosen, actor)
        [(summary.read_otherwise,)] = con.execute("SELECT count(*) FROM rule_rereads").fetchall()
        status = "ok"
    except Exception as raised:
        error = reason(raised)
        raise
    finally:
        details = {"by_kind": summary.by_kind(), "rule_ids": [r.id for r in summary.proposed]}
        finish_run(
            con,
            run_id,
            status=status,
            seen=summary.dispatches,
            new=len(summary.proposed),
            details=details | ({"error": error, "sha256s": list(sha256s or [])} if error else {}),
        )
    return summary


class RulesNotExtracted(CongvanError):
    """A rules run that stopped before it read the files asked for: they are named, with the reason, and the
    command exits non-zero (the cause's status: 3 when Prefect's server did not start), so a rule base short of a
    document's rules is never taken for a complete one."""

    code = ErrorCode.RULES_NOT_EXTRACTED


@flow(name="rules")
def rules_flow(
    db: Path | None = None,
    paths: list[Path] | None = None,
    settings: Settings | None = None,
    actor: str | None = None,
) -> RulesSummary:
    """New dispatches → proposed rules: every unread dispatch, or the given files (ingested first if new)."""
    settings = settings or Settings()
    con = open_db(db or settings.db)
    try:
        sha256s: list[str] | None = None
        failures: list[tuple[str, str]] = []
        if paths is not None:
            ingested = ingest_into(con, paths, settings)
            failures = [(path, f"{message} [{code}]") for path, code, message in ingested.errors]
            failed = {path for path, _ in failures}
            sha256s = [
                identify(path).sha256 for path in iter_input_files(paths) if str(path) not in failed and path.is_file()
            ]
        summary = propose_into(con, sha256s, actor)
        summary.failures = failures
    finally:
        con.close()
    for line in summary.lines():
        run_logger().info(line)
    return summary


def run_rules(settings: Settings, paths: Sequence[Path] | None = None, actor: str | None = None) -> RulesSummary:
    """Run the rules flow with the task runner the settings ask for (used when files must be ingested)."""
    runner_flow = rules_flow.with_options(task_runner=make_task_runner(settings))
    began = dt.datetime.now()
    try:
        with prefect_env.one_off_run(settings.db):
            return runner_flow(db=settings.db, paths=list(paths) if paths else None, settings=settings, actor=actor)
    except Exception as error:
        raise _not_extracted(settings.db, paths, error, began) from error


def _not_extracted(db: Path, paths: Sequence[Path] | None, error: Exception, began: dt.datetime) -> RulesNotExtracted:
    """The error of a rules run that stopped, recorded as a failed `rules` run unless the flow recorded its own
    (`propose_into`; a server that never started leaves none), so `runs` says why the rule base lacks these
    files' rules."""
    files = [str(path) for path in paths] if paths else []
    why = reason(error)
    try:
        con = open_db(db)
    except CongvanError:
        con = None  # no database to record in: the message still says it all
    if con is not None:
        try:
            failed = con.execute(
                "SELECT count(*) FROM runs WHERE flow = 'rules' AND status = 'failed' AND started_at >= ?", [began]
            ).fetchone()
            if not failed or not failed[0]:
                finish_run(con, start_run(con, "rules"), status="failed", details={"error": why, "files": files})
        finally:
            con.close()
    named = ", ".join(files) if files else "the dispatches not yet read"
    failure = RulesNotExtracted(f"no rules extracted from {named}: {why}")
    failure.exit_code = exit_code(error)
    return failure
