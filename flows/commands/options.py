"""Options several commands share, spelled and explained once."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.settings import Settings

DB = click.option(
    "--db",
    type=click.Path(path_type=Path),
    default=None,
    help="the DuckDB file (default congvan.duckdb; CONGVAN_DB or congvan.toml override it)",
)


def settings_for(db: Path | None) -> Settings:
    """The settings, with the database from `--db` when it was given."""
    return Settings(db=db) if db is not None else Settings()
