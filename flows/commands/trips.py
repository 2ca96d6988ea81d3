"""`congvan trips`, `congvan reports`, `congvan link` and `congvan people …`: trips, their reports and people."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
import duckdb

from flows.commands.options import DB, note, read_db, settings_for
from pipeline.link import people as linked_people
from pipeline.link import views
from pipeline.link.reports import link_all
from pipeline.store.connection import open_db
from pipeline.store.snapshot import publish_snapshot

_JSON = click.option("--json", "as_json", is_flag=True, help="one JSON object per line")


def _show(
    db: Path | None,
    query: Callable[[duckdb.DuckDBPyConnection], list[dict[str, Any]]],
    as_json: bool,
    text: Callable[[dict[str, Any]], str],
) -> list[dict[str, Any]]:
    """Query the database (the reader closed before printing), then print one JSON object or text line per record."""
    reader = read_db(db)
    try:
        records = query(reader.con)
    finally:
        reader.con.close()
    for record in records:
        click.echo(json.dumps(record, ensure_ascii=False) if as_json else text(record))
    return records


def _trip_text(trip: dict[str, Any]) -> str:
    places = ", ".join(f"{d['country']} [{d['iso_code'] or '?'}]" for d in trip["destinations"]) or "?"
    below = [place["name"] for place in trip["places"] if place["level"] != "country"]
    places += f" ({', '.join(below)})" if below else ""  # "Trung Quốc [CN] (Côn Minh, Vân Nam)"
    head = (
        f"{trip['decision_number'] or '(no number)'} of {trip['decision_date'] or '?'}: "
        f"{trip['start_date'] or '?'} → {trip['end_date'] or '?'}  {places}  funding: {trip['funding'] or '?'}"
        + (f" ({trip['sponsor']})" if trip["sponsor"] else "")
    )
    lines = [head]
    for member in trip["members"]:
        parts = [member["name"], member["title"], member["unit"]]
        role = f" – {member['role']}" if member["role"] else ""
        leader = " [key leader]" if member["is_key_leader"] else ""
        lines.append("    " + ", ".join(p for p in parts if p) + role + leader)
    report = trip["report"]
    if report is None:
        lines.append("    report: none")
    else:
        lines.append(
            f"    report: {report['number'] or report['sha256'][:12]} of {report['report_date'] or '?'} "
            f"(by {report['link_method']}, score {report['link_score']})"
        )
    return "\n".join(lines)


@click.command("trips")
@_JSON
@DB
def trips(as_json: bool, db: Path | None) -> None:
    """List trips with members, destinations, dates, funding and the linked report (or none).

    Example: congvan trips --json | jq 'select(.report == null) | .decision_number'
    """
    records = _show(db, views.list_trips, as_json, _trip_text)
    if not as_json:
        without = sum(1 for r in records if r["report"] is None)
        note(f"{len(records)} trip(s); {without} without a report")


@click.command("reports")
@_JSON
@click.option("--unlinked", is_flag=True, help="only reports that matched no trip")
@DB
def reports(as_json: bool, unlinked: bool, db: Path | None) -> None:
    """List trip reports with the trip each answers, how it was linked, and why.

    Example: congvan reports --unlinked
    """
    _show(db, functools.partial(views.list_reports, unlinked_only=unlinked), as_json, _report_text)


def _report_text(record: dict[str, Any]) -> str:
    """One line per report; an unlinked one (no trip id to show) says "no trip"."""
    linked = record["trip_id"] is not None
    target = f"trip {record['trip_id'][:12]} ({record['link_method']}, {record['link_score']})" if linked else "no trip"
    cited = f"cites {record['cited_decision_number'] or '-'} of {record['cited_decision_date'] or '?'}"
    return (
        f"{record['number'] or record['sha256'][:12]} of {record['report_date'] or '?'} by "
        f"{record['reporter'] or '?'}: {cited} → {target}"
    )


@click.command("link")
@DB
@click.option("--full", is_flag=True, help="re-link every document, not only those changed since the last linking")
def link_command(db: Path | None, full: bool) -> None:
    """Link people across documents and reports to their trips (ingest flows do this after loading): the
    documents changed since the last linking, or all of them with --full (the result is the same).

    Example: congvan link --db archive.duckdb
    """
    settings = settings_for(db)
    con = open_db(settings.db, create=False)
    try:
        counts = link_all(con, settings, full=full)
        publish_snapshot(con, settings.db)
    finally:
        con.close()
    people, linked = counts["people"], counts["reports"]
    click.echo(
        f"{people['mentions']} mention(s) → {people['people']} people ({people['merges']} merges, "
        f"{people['undone']} undone); {linked['linked']} of {linked['reports']} report(s) linked",
        err=True,
    )


@click.group("people", invoke_without_command=True)
@_JSON
@DB
@click.pass_context
def people(ctx: click.Context, as_json: bool, db: Path | None) -> None:
    """List people resolved across documents (latest title and unit, key leader, spellings met).

    Example: congvan people --json | jq 'select(.is_key_leader)'
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = db
    if ctx.invoked_subcommand is not None:
        return
    _show(db, views.list_people, as_json, _person_text)


def _person_text(record: dict[str, Any]) -> str:
    leader = " [key leader]" if record["is_key_leader"] else ""
    also = [a for a in record["aliases"] or [] if a != record["name"]]
    return (
        f"{record['person_id']}  {record['name']}, {record['title'] or '?'}, {record['unit'] or '?'}{leader}"
        f"  ({record['mention_count']} mention(s)" + (f"; also written {', '.join(also)}" if also else "") + ")"
    )


@people.command("merges")
@_JSON
@click.option("--all", "show_all", is_flag=True, help="also merges within one document (a member named twice)")
@DB
@click.pass_context
def merges(ctx: click.Context, as_json: bool, show_all: bool, db: Path | None) -> None:
    """List merges of mentions across documents into one person, with evidence (undone ones flagged).

    Example: congvan people merges --json | jq 'select(.evidence.title_changed)'
    """
    query = functools.partial(views.list_merges, same_document=show_all)
    _show(db or ctx.obj.get("db"), query, as_json, _merge_text)


def _merge_text(record: dict[str, Any]) -> str:
    evidence = record["evidence"] or {}
    units = " / ".join(u or "?" for u in evidence.get("units", []))
    titles = " → ".join(t or "?" for t in evidence.get("titles", []))
    documents = " + ".join(d.get("document_number") or d["sha256"][:12] for d in evidence.get("documents", []))
    state = " [undone]" if record["undone"] else ""
    return (
        f"{record['merge_id']}  {record['person_name'] or record['person_id']}: name {evidence.get('name_score')}, "
        f"unit {units}, title {titles}, documents {documents}{state}"
    )


@people.command("unmerge")
@click.argument("merge_id")
@DB
@click.pass_context
def unmerge(ctx: click.Context, merge_id: str, db: Path | None) -> None:
    """Undo the merge MERGE_ID for good: the two mentions become two people, now and on every later run.

    Example: congvan people unmerge M3f9a0c12b7de
    """
    settings = settings_for(db or ctx.obj.get("db"))
    con = open_db(settings.db, create=False)
    try:
        found = linked_people.unmerge(con, merge_id, settings)
        if found:
            publish_snapshot(con, settings.db)
    finally:
        con.close()
    if not found:
        raise click.ClickException(f"no merge {merge_id}: see `congvan people merges`")
    click.echo(f"undid {merge_id}; people re-linked", err=True)
