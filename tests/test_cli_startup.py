"""The command line imports only what the command it runs needs."""

import subprocess
import sys
from pathlib import Path

import click
from PIL import Image

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


def test_cli_ingest_queues_a_new_scans_pages_before_importing_the_field_extractors(tmp_path: Path) -> None:
    """`congvan ingest` forks its OCR processes once the first pages are known (`pipeline.ingest.early`); what
    it imported by then is what they inherit and what runs before any page is read: the OCR path and DuckDB,
    not the field extractors, holidays' data or Prefect (each imported later, beside the OCR)."""
    scan = tmp_path / "scan.png"
    Image.new("L", (40, 30), 255).save(scan)
    probe = (
        "import sys, click; from pathlib import Path; from flows.cli import cli; "
        "cli.get_command(click.Context(cli), 'ingest'); "
        "from pipeline.ingest.early import first_jobs; from pipeline.settings import Settings; "
        f"jobs = first_jobs([Path({str(scan)!r})], Settings(db=Path({str(tmp_path / 'new.duckdb')!r}))); "
        "heavy = ('extractors.document', 'holidays', 'prefect', 'spacy'); "
        "print(len(jobs), sorted(m for m in heavy if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "1 []"
