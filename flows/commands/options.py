"""Options and helpers several commands share, spelled and explained once."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.settings import Settings
from pipeline.store.connection import Reader, open_reader

DB = click.option(
    "--db",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="the DuckDB file (default congvan.duckdb; CONGVAN_DB or congvan.toml override it)",
)


def settings_for(db: Path | None) -> Settings:
    """The settings, with the database from `--db` when it was given."""
    return Settings(db=db) if db is not None else Settings()


def read_db(db: Path | None, snapshot: bool = False) -> Reader:
    """A read-only connection for a command: the snapshot when asked, or when a writer holds the file (said
    on stderr, with the snapshot's age)."""
    reader = open_reader(settings_for(db).db, snapshot=snapshot)
    if reader.note:
        click.echo(f"congvan: {reader.note}", err=True)
    return reader
