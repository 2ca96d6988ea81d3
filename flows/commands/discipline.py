"""`congvan discipline import FILE.csv`: the office's register of people under disciplinary review, for the
check that nobody under discipline is sent abroad."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from flows.commands.options import DB, register_text, settings_for
from pipeline.link.discipline import load_discipline_register, read_discipline_register
from pipeline.store.connection import open_db
from pipeline.store.snapshot import publish_snapshot


@click.group("discipline")
def discipline_group() -> None:
    """Disciplinary records (no document carries them; the office's register does)."""


@discipline_group.command("import")
@click.argument("register", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@DB
def import_register(register: Path, db: Path | None) -> None:
    """Load REGISTER (CSV: name, from, [unit], [to], [decision], [source]) into discipline_records.

    A blank `to` means the case is still open. Unreadable rows are reported, the others loaded; importing
    again replaces the same rows. `congvan check` then matches them to trip members by name and unit.

    Example: congvan discipline import ky-luat-2025.csv --db archive.duckdb
    """
    settings = settings_for(db)
    rows, problems = read_discipline_register(register_text(register))
    con = open_db(settings.db)
    try:
        written = load_discipline_register(con, rows, default_source=register.name)
        publish_snapshot(con, settings.db)
    finally:
        con.close()
    for problem in problems:
        click.echo(f"congvan: {register}: {problem}", err=True)
    click.echo(f"{written} disciplinary record(s) loaded from {register.name}", err=True)
    if problems:
        sys.exit(1)
