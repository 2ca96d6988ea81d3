"""The command line imports only what the command it runs needs."""

import subprocess
import sys

import click

from flows.cli import COMMANDS, _register_commands, cli


def test_cli_every_listed_command_loads_under_its_own_name() -> None:
    _register_commands()
    assert sorted(cli.commands) == sorted(COMMANDS)
    assert all(command.name == name for name, command in cli.commands.items())
    assert sorted(cli.list_commands(click.Context(cli))) == sorted(COMMANDS)


def test_cli_extract_starts_without_the_database_or_docx_libraries() -> None:
    """`congvan extract` on scans needs neither DuckDB, Arrow, Prefect nor python-docx: none is imported."""
    probe = (
        "import sys, click; from flows.cli import cli; "
        "cli.get_command(click.Context(cli), 'extract'); "
        "print(sorted(m for m in ('duckdb', 'pyarrow', 'prefect', 'docx') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
