"""`congvan passports import FILE.csv`: the office's passport register, for the passport hand-back check."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from flows.commands.options import DB, register_text, settings_for
from pipeline.link.passports import load_register, read_register
from pipeline.store.connection import open_db
from pipeline.store.snapshot import publish_snapshot


@click.group("passports")
def passports_group() -> None:
    """Passport hand-backs after trips (no document records them; the office's register does)."""


@passports_group.command("import")
@click.argument("register", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@DB
def import_register(register: Path, db: Path | None) -> None:
    """Load REGISTER (CSV: decision_number, name, returned_on, [source]) into passport_returns.

    A blank returned_on means not handed back yet. Rows that match no trip member are reported, the others
    loaded; importing again replaces the same rows. Then `congvan check` applies the passport rule.

    Example: congvan passports import ho-chieu-2025.csv --db archive.duckdb
    """
    settings = settings_for(db)
    rows, problems = read_register(register_text(register))
    con = open_db(settings.db)
    try:
        written, unmatched = load_register(con, rows, default_source=register.name)
        publish_snapshot(con, settings.db)
    finally:
        con.close()
    for problem in [*problems, *unmatched]:
        click.echo(f"congvan: {register}: {problem}", err=True)
    click.echo(f"{written} passport hand-back(s) loaded from {register.name}", err=True)
    if problems or unmatched:
        sys.exit(1)
