"""Options and helpers several commands share, spelled and explained once."""

from __future__ import annotations

import sys
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


def register_text(register: Path) -> str:
    """An office register's CSV text; exits with a message naming the file when it is not UTF-8."""
    try:
        return register.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        click.echo(f"congvan: {register}: not UTF-8 text; save the register as CSV UTF-8", err=True)
        sys.exit(1)


def read_db(db: Path | None, snapshot: bool = False) -> Reader:
    """A read-only connection for a command: the snapshot when asked, or when a writer holds the file (said
    on stderr, with the snapshot's age)."""
    reader = open_reader(settings_for(db).db, snapshot=snapshot)
    if reader.note:
        click.echo(f"congvan: {reader.note}", err=True)
    return reader


def quiet() -> bool:
    """True when `congvan --quiet` was asked for (or no command context: a library call)."""
    context = click.get_current_context(silent=True)
    return bool(context and context.find_root().params.get("quiet"))


def note(message: str) -> None:
    """An informational line on stderr (a summary, where the output went), unless --quiet."""
    if not quiet():
        click.echo(message, err=True)


def show_progress() -> bool:
    """A progress bar only for a person watching a terminal, and not with --quiet."""
    return sys.stderr.isatty() and not quiet()
