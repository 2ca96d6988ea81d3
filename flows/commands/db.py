"""`congvan ingest`, `congvan sql`, `congvan export` and `congvan db …`: the database from the command line."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click
import duckdb

from flows.commands.options import DB, note, read_db, settings_for, show_progress
from flows.prefect_env import log_path
from flows.terminal import json_safe, printable
from pipeline import collector
from pipeline.errors import StoreError
from pipeline.store import connection
from pipeline.store.export import db_info, export_parquet
from pipeline.store.snapshot import publish_snapshot


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@DB
@click.option(
    "--rehash",
    is_flag=True,
    help="read and hash every file, even those whose size, times and inode are as when last hashed",
)
def ingest(paths: tuple[Path, ...], db: Path | None, rehash: bool) -> None:
    """Load files and folders into the database (already loaded bytes are skipped at almost no cost).

    A file whose size, modification and change times and inode are what they were when congvan last hashed it
    is not read again (as git's index does); --rehash reads every file.

    Each failed file is one line on stderr and a row in ingest_errors; the others are still loaded,
    and the exit status is then 1.

    Example: congvan ingest inbox/ --db archive.duckdb
    """
    with contextlib.ExitStack() as running:
        with collector.paused():  # the start-up's imports: objects kept for the whole command, not collected
            from flows.prefect_env import run_api
            from pipeline.ingest.early import early_pages

            settings = settings_for(db)
            # the first files' pages read, and a temporary Prefect server started if one is needed, while
            # Prefect is imported and the flow starts
            running.enter_context(early_pages(list(paths), settings))
            server_ready = running.enter_context(run_api())
            from flows.ingest import run_ingest  # the ingest flow: documents in parallel, one loader, a run record

        server_ready()
        summary = run_ingest(list(paths), settings, show_progress=show_progress(), rehash=rehash)
    for path, code, message in summary.errors:
        click.echo(f"congvan: {printable(path)}: {printable(message)} [{code}]", err=True)
    note(
        f"{summary.seen} file(s): {summary.new} loaded, {summary.skipped} unchanged, {summary.failed} failed "
        f"→ {settings.db} (run log {log_path(settings.db)})"
    )
    if summary.failed:
        raise click.exceptions.Exit(1)


@click.command("sql")
@click.argument("query")
@DB
@click.option("--csv", "as_csv", is_flag=True, help="CSV with a header row")
@click.option("--excel", is_flag=True, help="with --csv: UTF-8 with a byte-order mark and CRLF, as Excel opens it")
@click.option("--json", "as_json", is_flag=True, help="one JSON object per row and line")
@click.option("--snapshot", is_flag=True, help="read the published snapshot (never waits for a writer)")
@click.option(
    "--allow-files",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="let the query read and write files under this one folder (read_csv, COPY … TO); none otherwise",
)
def sql(
    query: str, db: Path | None, as_csv: bool, excel: bool, as_json: bool, snapshot: bool, allow_files: Path | None
) -> None:
    """Run a read-only SQL QUERY and print the result as a table (or CSV / JSON lines).

    The query sees the database and nothing else: it cannot change it, and cannot read or write any other
    file (COPY … TO, EXPORT DATABASE, read_text, glob are refused) unless --allow-files names a folder.
    While a flow holds the database for writing, the last published snapshot is read instead
    (a note on stderr says so).

    Example: congvan sql "SELECT name, year, trips FROM v_trips_per_person_year ORDER BY trips DESC LIMIT 10"
    """
    if as_csv and as_json:
        raise click.UsageError("choose one of --csv and --json")
    if excel and not as_csv:
        raise click.UsageError("--excel shapes the CSV output: use it with --csv")
    path = settings_for(db).db
    if allow_files is not None:
        _refuse_database_folder(allow_files, path)
    reader = read_db(db, snapshot)
    try:
        connection.seal(reader.con, allow_files)
        cursor = reader.con.execute(query)
        columns = [d[0] for d in cursor.description or []]
        rows = cursor.fetchall()
    except duckdb.PermissionException as error:
        raise StoreError(
            "query refused: it reaches a file outside the database (congvan sql reads only the database; "
            "--allow-files DIR permits one folder)",
            path=str(reader.path),
        ) from error
    except duckdb.Error as error:
        first = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise StoreError(f"query failed (the database is opened read-only): {first}", path=str(reader.path)) from error
    finally:
        reader.con.close()
    if as_csv:
        _write_csv(columns, rows, excel)
    elif as_json:
        for row in rows:
            line = json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False, default=_json_default)
            click.echo(json_safe(line))
    else:
        click.echo(format_table(columns, rows))


def _refuse_database_folder(folder: Path, db: Path) -> None:
    """A folder the query may write into must not hold the database, its snapshot or its WAL."""
    allowed, home = folder.resolve(), db.resolve().parent
    if home == allowed or allowed in home.parents:
        raise click.BadParameter(
            f"{folder} holds the database {db}; name a folder of its own (e.g. {home / 'exports'})",
            param_hint="--allow-files",
        )


def _write_csv(columns: Sequence[str], rows: Sequence[Sequence[Any]], excel: bool) -> None:
    """CSV on stdout; control characters escaped when a terminal shows it (a file gets the data as is)."""
    sys.stdout.flush()
    out = io.TextIOWrapper(
        sys.stdout.buffer, encoding="utf-8-sig" if excel else "utf-8", newline="", write_through=True
    )
    shown = sys.stdout.isatty()
    writer = csv.writer(out, lineterminator="\r\n" if excel else "\n")
    writer.writerow(columns)
    for row in rows:
        cells = [_csv_cell(v) for v in row]
        writer.writerow([printable(c) if shown and isinstance(c, str) else c for c in cells])
    out.flush()
    out.detach()


def format_table(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A plain aligned text table (numbers right-aligned), with the row count below; control characters escaped."""
    columns = [printable(c) for c in columns]
    cells = [[_text(v) for v in row] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    numeric = [all(isinstance(row[i], int | float) or row[i] is None for row in rows) for i in range(len(columns))]

    def line(values: Sequence[str]) -> str:
        parts = [v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric, strict=True)]
        return "  ".join(parts).rstrip()

    out = [line(columns), "  ".join("-" * w for w in widths)]
    out.extend(line(r) for r in cells)
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return printable(str(value))


def _csv_cell(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, default=_json_default)
    return value


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return str(value)


@click.command("export")
@click.option("--parquet", "directory", required=True, type=click.Path(path_type=Path), help="output folder")
@DB
@click.option("--snapshot", is_flag=True, help="export the published snapshot")
@click.option("--force", is_flag=True, help="write into a folder that already holds files (overwriting them)")
def export(directory: Path, db: Path | None, snapshot: bool, force: bool) -> None:
    """Write every table and view (and overdue_reports as of today) as DIR/<name>.parquet.

    A folder that already holds files is refused unless --force.

    Example: congvan export --parquet exports/2026-11-22
    """
    reader = read_db(db, snapshot)
    try:
        written = export_parquet(reader.con, directory, force=force)
    finally:
        reader.con.close()
    for path in written:
        click.echo(str(path))


@click.group("db")
def db_group() -> None:
    """Manage the database file: migrate its schema, show what it holds, publish the readers' snapshot."""


@db_group.command("migrate")
@DB
def migrate(db: Path | None) -> None:
    """Create the database or upgrade it in place to this version's schema, then publish the snapshot.

    Example: congvan db migrate --db archive.duckdb
    """
    path = settings_for(db).db
    applied = connection.migrate(path)
    con = connection.open_db(path)
    try:
        snapshot = publish_snapshot(con, path)
    finally:
        con.close()
    click.echo(f"{path}: applied {', '.join(applied)}" if applied else f"{path}: schema already up to date")
    note(f"snapshot published: {snapshot}")


@db_group.command("info")
@DB
@click.option("--json", "as_json", is_flag=True, help="the same as one JSON object")
def info(db: Path | None, as_json: bool) -> None:
    """Show the schema version, each table's row count, the views and the file sizes.

    Example: congvan db info --json
    """
    reader = read_db(db)
    try:
        details = db_info(reader.con, reader.path)
    finally:
        reader.con.close()
    if as_json:
        click.echo(json.dumps(details, ensure_ascii=False))
        return
    click.echo(f"database        {details['path']} ({_size(details['file_bytes'])})")
    click.echo(f"schema version  {details['schema_version']} ({len(details['migrations'])} migrations applied)")
    snapshot = details["snapshot"]
    click.echo(
        f"snapshot        {snapshot} ({_size(details['snapshot_bytes'])})" if snapshot else "snapshot        none"
    )
    click.echo(format_table(["table", "rows"], sorted(details["tables"].items())))
    click.echo(f"views           {', '.join(details['views'])}")


@db_group.command("snapshot")
@DB
def snapshot_command(db: Path | None) -> None:
    """Publish <db>.snapshot.duckdb now (flows do this after every write batch).

    Example: congvan db snapshot
    """
    path = settings_for(db).db
    con = connection.open_db(path)
    try:
        click.echo(str(publish_snapshot(con, path)))
    finally:
        con.close()


def _size(count: int | None) -> str:
    if count is None:
        return "missing"
    size = float(count)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{count} B"
