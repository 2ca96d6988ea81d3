"""`congvan nightly` and `congvan serve`: the nightly check once, or every flow on its schedule.

The flow modules are imported inside the commands: Prefect takes a second or two to import, and other
commands should not pay for it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import click

from flows.commands.options import DB, show_progress
from pipeline.settings import Settings


def settings_from(**options: Any) -> Settings:
    """Command-line options over environment, congvan.toml and defaults (options left out do not override)."""
    return Settings(**{name: value for name, value in options.items() if value is not None})


@click.command()
@click.option("--inbox", type=click.Path(path_type=Path, file_okay=False), help="Folder of new documents.")
@DB
@click.option("--reports", type=click.Path(path_type=Path, file_okay=False), help="Folder for dated reports.")
@click.option("--as-of", type=click.DateTime(formats=["%Y-%m-%d"]), help="Check as of this date (default: today).")
def nightly(inbox: Path | None, db: Path | None, reports: Path | None, as_of: dt.datetime | None) -> None:
    """Ingest what is new in the inbox, link, check every trip and write the dated HTML + CSV report.

    Exits non-zero only when the run itself failed: findings and unreadable files are in the report.

    Example: congvan nightly --inbox samples/documents --db demo.duckdb --reports reports --as-of 2024-03-01
    """
    from flows.nightly import run_nightly

    settings = settings_from(inbox=inbox, db=db, reports=reports)
    summary = run_nightly(settings, as_of=as_of.date() if as_of else None, show_progress=show_progress())
    click.echo("\n".join(summary.lines()))


@click.command()
@DB
@click.option("--inbox", type=click.Path(path_type=Path, file_okay=False), help="Folder of new documents.")
@click.option("--reports", type=click.Path(path_type=Path, file_okay=False), help="Folder for dated reports.")
def serve(db: Path | None, inbox: Path | None, reports: Path | None) -> None:
    """Serve the flows with Prefect: nightly at 02:00 Asia/Ho_Chi_Minh; ingest and rules on demand.

    Needs a standing server: start it with `prefect server start` and point at it with
    PREFECT_API_URL=http://127.0.0.1:4200/api (without one, congvan serve refuses, exit 3); runs and logs
    appear in its UI, whose address is printed. Stop with Ctrl-C or SIGTERM.

    Example: PREFECT_API_URL=http://127.0.0.1:4200/api congvan serve --inbox /srv/inbox
    """
    from flows.serve import serve_flows

    serve_flows(settings_from(db=db, inbox=inbox, reports=reports), announce=lambda line: click.echo(line, err=True))
