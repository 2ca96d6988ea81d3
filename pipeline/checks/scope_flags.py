"""Who is a key leader or a managed cadre for this run's checks, by the dispatches' own definitions.

A dispatch may define its scope ("Lãnh đạo chủ chốt gồm …; cấp phó không thuộc diện này"); the rule base
keeps the definition with each rule (`rules.scope_definition`). Before the checks run, every distinct member
title, with the unit it is held in, is judged once against the newest active definition of each scope (key
leaders, managed cadres, leaders of units, the posts a rule's clause lists) by
`extractors.scope.classify` ("Phó Chủ tịch" of a ward's committee is not the listed "Phó Chủ tịch UBND thành
phố"), and the result is a temporary table the checks' member rows join on title and unit (`cv_title_flags`).
Without a definition the flags linking set stay (`trip_members.is_key_leader`, the default head titles). Titles
are few (thousands for a million trips), so this is Python, once per title and unit.
"""

from __future__ import annotations

import duckdb
import pyarrow as pa

from extractors.scope import KEY_LEADER, LISTED, MANAGED_CADRE, UNIT_LEADER, classify
from pipeline.store.write import arrow_table, temp_table
from schemas.document import ScopeDefinition

TABLE = "cv_title_flags"
COLUMNS = {
    "title": pa.string(),
    "unit": pa.string(),
    "is_key_leader": pa.bool_(),
    "is_managed": pa.bool_(),
    "is_unit_leader": pa.bool_(),
    "is_listed": pa.bool_(),
    "key_leader_reason": pa.string(),
}


def _definition(con: duckdb.DuckDBPyConnection, scope: str) -> ScopeDefinition | None:
    row = con.execute(
        "SELECT scope_definition FROM rules WHERE status = 'active' AND scope = ? AND scope_definition IS NOT NULL "
        "ORDER BY effective_from DESC NULLS LAST, rule_id LIMIT 1",
        [scope],
    ).fetchone()
    return ScopeDefinition.model_validate_json(row[0]) if row else None


def register_title_flags(con: duckdb.DuckDBPyConnection) -> None:
    """Create `cv_title_flags(title, unit, is_key_leader, is_managed, is_unit_leader, is_listed, key_leader_reason)`:
    empty when no active rule carries a definition (the checks then use the flags linking set)."""
    definitions = {scope: _definition(con, scope) for scope in (KEY_LEADER, MANAGED_CADRE, UNIT_LEADER, LISTED)}
    rows: list[tuple[str, str | None, bool | None, bool | None, bool | None, bool | None, str | None]] = []
    if any(definitions.values()):
        held = con.execute("SELECT DISTINCT title, unit FROM trip_members WHERE title IS NOT NULL").fetchall()
        for title, unit in held:
            leader, cadre, unit_leader, listed = (
                classify(title, scope, definition, unit=unit) if definition else None
                for scope, definition in definitions.items()
            )
            rows.append(
                (
                    title,
                    unit,
                    leader.member if leader else None,
                    cadre.member if cadre else None,
                    unit_leader.member if unit_leader else None,
                    listed.member if listed else None,
                    leader.reason if leader else None,
                )
            )
    temp_table(con, TABLE, arrow_table(list(COLUMNS), rows, COLUMNS))
