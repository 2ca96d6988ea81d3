"""The `congvan` command line: each command is a few lines over a library call or a flow."""

from __future__ import annotations

import gc
import importlib
import sys

import click

from flows import scratch
from flows.terminal import printable
from flows.warm.client import delegate
from pipeline import collector

COMMANDS = {
    "extract": "flows.commands.extract:extract",
    "ingest": "flows.commands.db:ingest",
    "sql": "flows.commands.db:sql",
    "export": "flows.commands.db:export",
    "db": "flows.commands.db:db_group",
    "rules": "flows.commands.rules:rules",
    "check": "flows.commands.rules:check",
    "findings": "flows.commands.rules:findings",
    "nightly": "flows.commands.nightly:nightly",
    "serve": "flows.commands.nightly:serve",
    "eval": "flows.commands.eval:eval_command",
    "passports": "flows.commands.passports:passports_group",
    "discipline": "flows.commands.discipline:discipline_group",
    "trips": "flows.commands.trips:trips",
    "reports": "flows.commands.trips:reports",
    "link": "flows.commands.trips:link_command",
    "people": "flows.commands.trips:people",
    "review": "flows.commands.review:review_group",
}
"""Command name → "module:attribute". A command's module is imported only when that command runs (or the
help lists them all): every command pays its own imports, not every other command's (DuckDB, Arrow,
the evaluation code…: about half a second of each start-up on this machine)."""


class LazyGroup(click.Group):
    """A click group whose commands are imported on first use, from `COMMANDS`."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            module, attribute = COMMANDS[cmd_name].split(":")
            with collector.paused():  # the command's imports
                self.add_command(getattr(importlib.import_module(module), attribute), cmd_name)
        return super().get_command(ctx, cmd_name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="congvan")
@click.option(
    "--quiet", "-q", is_flag=True, help="results, warnings and errors only: no progress bar, no summary lines"
)
def cli(quiet: bool) -> None:
    """congvan: Vietnamese official documents on trips abroad → data you can query and check.

    Prefect's progress lines go to the run log (<database>.log, and the Prefect UI when a server runs), not
    to the terminal; PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL=INFO shows them here too.
    """


def _register_commands() -> None:
    """Import every command now (tests that read `cli.commands`)."""
    context = click.Context(cli)
    for name in COMMANDS:
        cli.get_command(context, name)


def main() -> None:
    """Console entry point: a running `congvan serve` takes an ingest (`flows.warm`), else the command runs here.

    Nothing heavy is imported before the service has answered or is known absent (the settings' pydantic
    included): a command handed to the service costs this process ≈ 0.05 CPU-s."""
    status = delegate(sys.argv[1:])
    if status is not None:
        sys.exit(status)
    run_here()


def run_here() -> None:
    """Run the command in this process and map errors to exit codes in one place."""
    try:
        _run()
    finally:
        # The interpreter's last garbage collections at exit walk every object the command built (Prefect,
        # spaCy, the place index): 1-2 CPU-s measured, for nothing. Frozen objects are skipped; files and
        # connections are closed by their own code and by atexit handlers (logging's), not by that collection.
        gc.freeze()


def _run() -> None:
    with collector.paused():
        from pipeline.errors import CongvanError, exit_code
        from pipeline.settings import SettingsError, check_settings

    scratch.claim_scratch()  # temporary files in a folder of this process; those of crashed runs removed
    try:
        check_settings()
        status = cli.main(standalone_mode=False)  # click returns (not raises) a command's ctx.exit(N) here
        if isinstance(status, int) and status:
            sys.exit(status)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.ClickException as usage:
        usage.show()
        sys.exit(usage.exit_code)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except SettingsError as error:
        for problem in error.problems:
            click.echo(f"congvan: {printable(problem)}", err=True)
        sys.exit(exit_code(error))
    except CongvanError as error:
        click.echo(f"congvan: {printable(str(error))}", err=True)
        sys.exit(exit_code(error))
