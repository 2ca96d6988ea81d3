"""`congvan rules …`, `congvan check` and `congvan findings`: the rule base, its review, and the checks."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click

from flows.commands.options import DB, note, read_db, settings_for
from flows.terminal import printable
from pipeline.checks.run import evaluate, iter_findings
from pipeline.rules.rulebase import (
    ALL_SELECTS,
    describe,
    edit_rule,
    ensure_default_rules,
    get_rule,
    group_lines,
    list_rules,
    reread_lines,
    rule_history,
    set_status,
    supersession_lines,
)
from pipeline.rules.rulebase import supersede as supersede_rule
from pipeline.rules.rulebase import supersessions as list_supersessions
from pipeline.store.connection import open_db

_ACTOR = click.option("--actor", default=None, help="who is acting (default: $USER)")


@click.group("rules")
def rules() -> None:
    """Build and review the rule base: extract rules from dispatches, then approve, reject, retire or edit."""


@rules.command("extract")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@DB
@_ACTOR
def extract(files: tuple[Path, ...], db: Path | None, actor: str | None) -> None:
    """Propose rules from dispatches FILES (ingested files reuse their stored text); with no FILES, from every
    ingested dispatch not yet read at this extractor version.

    Example: congvan rules extract inbox/cv-1271.pdf --db archive.duckdb
    """
    from flows.rules import run_rules  # the rules flow (new files are ingested by the ingest flow first)

    summary = run_rules(settings_for(db), list(files) or None, actor)
    proposed, failures = summary.proposed, summary.failures
    for rule in proposed:
        click.echo(f"{rule.id}  {rule.kind.value:32} {_value(rule.value, rule.unit)}  {rule.sentence[:90]}")
    note(f"{summary.dispatches} document(s) read, {len(proposed)} new rule(s) proposed{summary.otherwise()}")
    for path, reason in failures:
        click.echo(f"congvan: {printable(path)}: {printable(reason)}", err=True)
    if failures:
        raise click.exceptions.Exit(1)


def _value(value: float | None, unit: str | None) -> str:
    return "-" if value is None else f"{value:g} {unit or ''}".strip()


@rules.command("list")
@click.option("--status", type=click.Choice(["proposed", "active", "rejected", "retired"]), default=None)
@click.option(
    "--in-force", type=click.DateTime(formats=["%Y-%m-%d"]), default=None, help="only active rules in force that day"
)
@DB
def list_(status: str | None, in_force: dt.datetime | None, db: Path | None) -> None:
    """List rules: id, status, kind, value, scope and source; an active rule its dispatch now reads otherwise is
    marked "(read otherwise: review)" (`rules show` gives both readings).

    Example: congvan rules list --status proposed;  congvan rules list --in-force 2025-06-01
    """
    con = open_db(settings_for(db).db, create=False)
    waiting = {rule_id for (rule_id,) in con.execute("SELECT rule_id FROM rule_rereads").fetchall()}
    for rule in list_rules(con, status, in_force.date() if in_force else None):
        source = rule.source_number or rule.jurisdiction or ""
        click.echo(
            f"{rule.id}  {rule.status.value:8} {rule.kind.value:32} {_value(rule.value, rule.unit):22} "
            f"{rule.severity.value:7} {rule.applies_to or 'mọi cán bộ'} | {source}"
            + ("  (read otherwise: review)" if rule.id in waiting else "")
        )


@rules.command("show")
@click.argument("rule_id")
@click.option("--json", "as_json", is_flag=True, help="the rule as one JSON object")
@DB
def show(rule_id: str, as_json: bool, db: Path | None) -> None:
    """Show one rule: its sentence, source and page, scope with the dispatch's definition, period in force, a newer
    reading of its dispatch waiting for review (each field as approved and as read now), and review history.

    Example: congvan rules show R-1a2b3c4d5e
    """
    con = open_db(settings_for(db).db, create=False)
    rule = get_rule(con, rule_id)
    if as_json:
        click.echo(json.dumps(rule.model_dump(mode="json"), ensure_ascii=False, indent=2))
        return
    lines = describe(rule)
    at = next((i + 1 for i, line in enumerate(lines) if line.startswith("  defined as: (")), len(lines))
    shown = [*lines[:at], *group_lines(con, rule_id), *lines[at:], *supersession_lines(con, rule_id)]
    for line in [*shown, *reread_lines(con, rule_id)]:
        click.echo(line)
    for event in rule_history(con, rule_id):
        click.echo(f"{event['at']:%Y-%m-%d %H:%M:%S}  {event['action']:12} {event['actor']}  {event['details']}")


@rules.command("supersessions")
@click.option("--status", type=click.Choice(["proposed", "confirmed", "rejected"]), default="proposed")
@DB
def supersessions(status: str, db: Path | None) -> None:
    """List the supersessions read from dispatches ("thay thế Công văn số …", "bãi bỏ", "hết hiệu lực").

    Example: congvan rules supersessions --status proposed
    """
    con = open_db(settings_for(db).db)
    for row in list_supersessions(con, status):
        click.echo(
            f"{row['old_rule_id']}  {row['action']:8} by {row['new_rule_id'] or row['new_sha256'][:12]} "
            f"from {row['effective_from'] or '?'}  “{row['sentence']}”"
        )


@rules.command("supersede")
@click.argument("rule_id")
@click.option("--by", default=None, help="the rule that replaces it (default: the proposed one)")
@click.option(
    "--from", "from_date", type=click.DateTime(formats=["%Y-%m-%d"]), default=None, help="first day not in force"
)
@click.option("--reject", is_flag=True, help="reject the proposed supersession instead")
@DB
@_ACTOR
def supersede(
    rule_id: str, by: str | None, from_date: dt.datetime | None, reject: bool, db: Path | None, actor: str | None
) -> None:
    """Confirm the proposed supersession of RULE_ID (it stops applying to trips from that day), reject it, or
    record one by hand.

    Example: congvan rules supersede R-1a2b3c4d5e;  congvan rules supersede R-1a2b3c4d5e --from 2025-07-01
    """
    con = open_db(settings_for(db).db)
    rule = supersede_rule(con, rule_id, actor, by=by, from_date=from_date.date() if from_date else None, reject=reject)
    ended = f"in force until {rule.effective_to}, superseded by {rule.superseded_by or '-'}"
    click.echo(f"{rule.id}  {'supersession rejected' if reject else ended}")


def _status_command(action: str, help_text: str) -> click.Command:
    every_help = f"every {ALL_SELECTS[action].value} rule"

    @click.command(action, help=help_text)
    @click.argument("rule_ids", nargs=-1)
    @click.option("--all", "every", is_flag=True, help=every_help)
    @click.option("--note", default=None, help="why (kept in the history)")
    @DB
    @_ACTOR
    def command(rule_ids: tuple[str, ...], every: bool, note: str | None, db: Path | None, actor: str | None) -> None:
        if not rule_ids and not every:
            raise click.UsageError("give rule ids, or --all")
        con = open_db(settings_for(db).db, create=False)
        changed = set_status(con, action, rule_ids, actor, every=every, note=note)
        click.echo(f"{action}: {len(changed)} rule(s) {' '.join(changed)}".rstrip())

    return command


approve = _status_command(
    "approve",
    "Make rules active (ids, or --all proposed); an active rule read otherwise since its approval takes the new "
    "reading (--all: every one).\n\nExample: congvan rules approve --all",
)
reject = _status_command(
    "reject",
    "Reject proposed rules (ids, or --all proposed); an active rule read otherwise since its approval keeps the "
    "approved reading (--all: every one).\n\nExample: congvan rules reject R-1a2b3c4d5e --note 'not a rule'",
)
retire = _status_command(
    "retire", "Retire active rules (ids, or --all active).\n\nExample: congvan rules retire R-1a2b3c4d5e"
)
for _command in (approve, reject, retire):
    rules.add_command(_command)


@rules.command("edit")
@click.argument("rule_id")
@click.option("--value", type=float, default=None, help="the rule's number (e.g. 2 for 02 lần/năm)")
@click.option("--exception-value", type=float, default=None, help="the number under the exception (urgent cases)")
@click.option("--applies-to", default=None, help="who it binds, e.g. 'lãnh đạo chủ chốt' ('' for everyone)")
@click.option("--jurisdiction", default=None, help="where it applies, e.g. 'UBND tỉnh Lạng Sơn' or 'Trung ương'")
@click.option("--severity", type=click.Choice(["breach", "warning"]), default=None)
@DB
@_ACTOR
def edit(
    rule_id: str,
    value: float | None,
    exception_value: float | None,
    applies_to: str | None,
    jurisdiction: str | None,
    severity: str | None,
    db: Path | None,
    actor: str | None,
) -> None:
    """Change a rule's value or scope; the old and new values go into its history.

    Example: congvan rules edit R-1a2b3c4d5e --value 10 --applies-to 'lãnh đạo chủ chốt'
    """
    con = open_db(settings_for(db).db, create=False)
    rule = edit_rule(
        con,
        rule_id,
        actor,
        value=value,
        exception_value=exception_value,
        applies_to=applies_to,
        jurisdiction=jurisdiction,
        severity=severity,
    )
    click.echo(f"{rule.id}  {rule.kind.value} {_value(rule.value, rule.unit)} {rule.applies_to or 'mọi cán bộ'}")


@click.command("check")
@click.option("--as-of", type=click.DateTime(formats=["%Y-%m-%d"]), default=None, help="date to judge deadlines at")
@DB
def check(as_of: dt.datetime | None, db: Path | None) -> None:
    """Evaluate every active rule over the trips and store the findings (replacing the previous ones).

    Example: congvan check --as-of 2025-10-15
    """
    con = open_db(settings_for(db).db, create=False)
    day = as_of.date() if as_of else dt.date.today()
    run_id = f"check-{dt.datetime.now():%Y%m%dT%H%M%S%f}"
    ensure_default_rules(con)  # the shipped central rules are active from the start
    found = evaluate(con, day, run_id)
    for gap in found.calendar_gaps:
        click.echo(f"congvan: warning: {gap}", err=True)
    for trip in found.out_of_scope:
        click.echo(f"congvan: not checked: {trip}", err=True)
    click.echo(
        f"{found.total} finding(s) as of {day.isoformat()}: {found.breaches} breach(es), {found.warnings} warning(s), "
        f"{found.reviews} to review"
    )


@click.command("findings")
@click.option("--json", "as_json", is_flag=True, help="one JSON object per finding and line")
@DB
def findings(as_json: bool, db: Path | None) -> None:
    """Print the stored findings (run `congvan check` first).

    Example: congvan findings --json | jq .message
    """
    con = read_db(db).con  # the snapshot while a flow holds the file, as every reading command
    for finding in iter_findings(con):
        if as_json:
            click.echo(json.dumps(finding.model_dump(mode="json"), ensure_ascii=False))
        else:
            click.echo(f"[{finding.severity.value}] {finding.decision_number or '-'}: {finding.message}")
            if finding.evidence.get("to_check"):
                click.echo(f"    cần kiểm tra: {finding.evidence['to_check']}")
