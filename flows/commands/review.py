"""`congvan review …`: the queue of values no machine reads for sure, answered by a person."""

from __future__ import annotations

import getpass
import json
from pathlib import Path

import click

from flows.commands.options import DB, read_db, settings_for
from pipeline.review import corrections, crops, labels
from pipeline.settings import Settings
from pipeline.store.connection import open_db
from pipeline.store.queue import queue
from pipeline.store.snapshot import publish_snapshot


@click.group("review")
def review_group() -> None:
    """The review queue: values no machine reads for sure (hand-filled numbers, names under a seal, fuzzy
    links), answered by a person. Answers are kept apart and applied over extraction everywhere."""


@review_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="one JSON object per line")
@click.option("--field", help="only items about this field (number, issue_date, signer, report_link, …)")
@click.option("--reason", help="only items of this reason (handwritten_unread, low_confidence, fuzzy_link, …)")
@DB
def list_command(as_json: bool, field: str | None, reason: str | None, db: Path | None) -> None:
    """Open items, oldest first, each with a crop of the page region (written to congvan-review/ beside the
    database).

    Example: congvan review list --json --field number
    """
    settings = settings_for(db)
    reader = read_db(db)
    try:
        folder = crops.crop_folder(settings.db)
        for item in queue.open_items(reader.con, field, reason):
            crop = crops.render_crop(reader.con, item.item_id, folder, settings)
            if as_json:
                record = item.as_json(str(crop.path) if crop.path else None, crop.problem)
                click.echo(json.dumps(record, ensure_ascii=False))
            else:
                candidate = item.candidate if item.candidate is not None else "—"
                where = f"{item.path} p.{item.page}" if item.page else item.path
                click.echo(f"{item.item_id}  {item.field:<12} {item.reason:<18} {candidate}  {where}")
    finally:
        reader.con.close()


def _answer(settings: Settings, item_id: str, value: str | None, actor: str, note: str | None) -> None:
    con = open_db(settings.db)
    try:
        done = corrections.answer(con, item_id, value, actor=actor, note=note)
        rechecked = corrections.rerun_affected(con, [done], settings)
        publish_snapshot(con, settings.db)
    finally:
        con.close()
    shown = done.value if done.value is not None else "(unreadable)"
    click.echo(
        f"{item_id}: {done.field} = {shown} (machine: {done.machine_value or '—'})"
        + ("; links and checks re-run" if rechecked else ""),
        err=True,
    )


@review_group.command("set")
@click.argument("item_id")
@click.argument("value")
@click.option("--actor", required=True, help="who answers")
@click.option("--note", help="why, or where the value was read")
@DB
def set_command(item_id: str, value: str, actor: str, note: str | None, db: Path | None) -> None:
    """A person's value for an item (dates as 2025-03-14 or 14/03/2025; a report link as the decision's number).

    Example: congvan review set R1a2b3c4d5e6 152/QĐ-UBND --actor lan --note "read on the original"
    """
    _answer(settings_for(db), item_id, value, actor, note)


@review_group.command("skip")
@click.argument("item_id")
@click.option("--actor", required=True, help="who answers")
@click.option("--note", required=True, help="why the value cannot be read")
@DB
def skip_command(item_id: str, actor: str, note: str, db: Path | None) -> None:
    """Unreadable even for a person: the value stays null, and the item closes.

    Example: congvan review skip R1a2b3c4d5e6 --actor lan --note "under the seal"
    """
    _answer(settings_for(db), item_id, None, actor, note)


@review_group.command("export-labels")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@DB
def export_labels_command(directory: Path, db: Path | None) -> None:
    """Every corrected document as a label file (and its scan or text) that `congvan eval DIRECTORY` scores.

    Example: congvan review export-labels labels/reviewed && congvan eval labels/reviewed
    """
    reader = read_db(db)
    try:
        done = labels.export_labels(reader.con, directory)
    finally:
        reader.con.close()
    for sha256 in done.missing:
        click.echo(f"congvan: {sha256}: the document's file is gone; label written without it", err=True)
    click.echo(f"{len(done.labels)} label(s), {len(done.files)} file(s) → {directory}", err=True)


@review_group.command("serve")
@click.option("--port", type=int, default=8765, show_default=True, help="port on 127.0.0.1 (the report links 8765)")
@click.option("--host", default="127.0.0.1", show_default=True, help="address to bind (keep it local)")
@click.option("--actor", default=None, help="who answers (default: the login name)")
@DB
def serve_command(port: int, host: str, actor: str | None, db: Path | None) -> None:
    """The review page: one item at a time, keyboard first (Enter accepts, type to correct, S skips, arrows
    move).

    Example: congvan review serve --port 8765, then open http://127.0.0.1:8765/
    """
    import uvicorn

    from pipeline.review.web import create_app

    settings = settings_for(db)
    app = create_app(settings, actor=actor or getpass.getuser())
    click.echo(f"review page: http://{host}:{port}/  (Ctrl+C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
