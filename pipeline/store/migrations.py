"""Schema migrations: pipeline/store/sql/NNN_name.sql, applied in file-name order, each in one transaction.

`schema_migrations` records each applied file (its numeric version, name and time). An older database is
upgraded in place; a database that has migrations this code does not know (written by a newer congvan) is
refused rather than half-understood. Several helpers add migrations at once, so a file is identified by its
name, not only its number.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import duckdb

from pipeline.errors import StoreError
from pipeline.store.write import transaction

SQL_DIR = Path(__file__).parent / "sql"
_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")

_CREATE_LEDGER = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    name       VARCHAR PRIMARY KEY,
    version    INTEGER NOT NULL,
    applied_at TIMESTAMP NOT NULL
)"""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    path: Path

    def sql(self) -> str:
        return self.path.read_text(encoding="utf-8")


def known_migrations(sql_dir: Path = SQL_DIR) -> list[Migration]:
    """The migration files shipped with this code, in the order they apply."""
    found = []
    for path in sorted(sql_dir.glob("*.sql")):
        match = _NAME.match(path.name)
        if not match:
            raise StoreError(f"migration file name must look like 001_initial.sql: {path.name}", path=str(path))
        found.append(Migration(int(match.group(1)), path.stem, path))
    return found


def applied_migrations(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Names of the migrations recorded in the database ([] for a new or pre-migration file)."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
    ).fetchall()
    if not exists[0][0]:
        return []
    return [row[0] for row in con.execute("SELECT name FROM schema_migrations ORDER BY version, name").fetchall()]


def pending(con: duckdb.DuckDBPyConnection, migrations: list[Migration], db_label: str) -> list[Migration]:
    """Migrations still to apply; refuses a database written by newer code."""
    applied = set(applied_migrations(con))
    unknown = sorted(applied - {m.name for m in migrations})
    if unknown:
        raise StoreError(
            f"the database was written by a newer congvan (it has migrations {', '.join(unknown)} that this "
            "version does not know): upgrade congvan, or open a copy made for this version",
            path=db_label,
        )
    return [m for m in migrations if m.name not in applied]


def apply(con: duckdb.DuckDBPyConnection, migrations: list[Migration], db_label: str) -> list[str]:
    """Apply each migration in its own transaction; a failing file leaves the database as it was before it."""
    con.execute(_CREATE_LEDGER)
    done = []
    for migration in migrations:
        try:
            with transaction(con):
                con.execute(migration.sql())
                con.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                    [migration.name, migration.version, dt.datetime.now()],
                )
        except duckdb.Error as error:
            raise StoreError(f"migration {migration.name} failed: {error}", path=db_label) from error
        done.append(migration.name)
    return done


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The highest applied migration number (0 for an empty file)."""
    names = applied_migrations(con)
    return max((int(name[:3]) for name in names), default=0)
