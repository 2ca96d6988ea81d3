"""The `congvan` command line: each command is a few lines over a library call or a flow."""

from __future__ import annotations

import sys

import click

from pipeline import scratch
from pipeline.errors import CongvanError, exit_code
from pipeline.settings import SettingsError, check_settings
from pipeline.terminal import printable


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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
    """Attach every command module's commands to the group (one line per module)."""
    for command in _command_list():
        cli.add_command(command)


def _command_list() -> list[click.Command]:
    from flows.commands.db import db_group, export, ingest, sql
    from flows.commands.discipline import discipline_group
    from flows.commands.eval import eval_command
    from flows.commands.extract import extract
    from flows.commands.nightly import COMMANDS as flow_commands
    from flows.commands.passports import passports_group
    from flows.commands.review import COMMANDS as review_commands
    from flows.commands.rules import check, findings, rules
    from flows.commands.trips import COMMANDS as trip_commands

    commands: list[click.Command] = [extract, rules, check, findings, *flow_commands, ingest, sql, export, db_group]
    commands.extend([eval_command, passports_group, discipline_group])
    commands.extend(trip_commands)
    commands.extend(review_commands)
    return commands


def main() -> None:
    """Console entry point: runs the command and maps errors to exit codes in one place."""
    scratch.claim_scratch()  # temporary files in a folder of this process; those of crashed runs removed
    _register_commands()
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
