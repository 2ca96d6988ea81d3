"""Options several commands share, spelled and explained once."""

from __future__ import annotations

from pathlib import Path

import click

DB = click.option(
    "--db",
    type=click.Path(path_type=Path),
    default=None,
    help="the DuckDB file (default congvan.duckdb; CONGVAN_DB or congvan.toml override it)",
)
