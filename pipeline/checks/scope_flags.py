"""Who is a key leader or a managed cadre for this run's checks, by the dispatches' own definitions.

A dispatch may define its scope ("Lãnh đạo chủ chốt gồm …; cấp phó không thuộc diện này"); the rule base
keeps the definition with each rule (`rules.scope_definition`), and a rule whose dispatch names a group it does not
define takes its jurisdiction's (`pipeline.rules.rulebase.GROUP_SOURCES`). Before the checks run, every distinct
member title, with the unit it is held in, is judged once by `extractors.scope.classify` ("Phó Chủ tịch" of a ward's
committee is not the listed "Phó Chủ tịch UBND thành phố") against each group rule's definition: the rules whose
definition holds the member (`in_rules`, or `unsure_rules` when the definition does not settle the title), so two
dispatches defining two groups each bind their own; and against the newest active definition of each scope for the
flags (key leaders, managed cadres, leaders of units, listed posts) the pairs of key leaders and a rule without a
definition use. The result is a temporary table the checks' member rows join on title and unit (`cv_title_flags`).
Without a definition the flags linking set stay (`trip_members.is_key_leader`, the default head titles). Titles
are few (thousands for a million trips), so this is Python, once per title and unit.
"""

from __future__ import annotations

from collections import defaultdict

import duckdb
import pyarrow as pa

from extractors.scope import KEY_LEADER, LISTED, MANAGED_CADRE, UNIT_LEADER, classify
from pipeline.rules.rulebase import GROUP_SOURCES, GROUPS
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
    "in_rules": pa.list_(pa.string()),
    "unsure_rules": pa.list_(pa.string()),
}


def _definition(con: duckdb.DuckDBPyConnection, scope: str) -> ScopeDefinition | None:
    row = con.execute(
        "SELECT scope_definition FROM rules WHERE status = 'active' AND scope = ? AND scope_definition IS NOT NULL "
        "ORDER BY effective_from DESC NULLS LAST, rule_id LIMIT 1",
        [scope],
    ).fetchone()
    return ScopeDefinition.model_validate_json(row[0]) if row else None


def _rule_definitions(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, str], list[str]]:
    """The active group rules by the definition they use (their own, else their jurisdiction's): (scope, definition
    JSON) → rule ids, so a definition many rules share is judged once."""
    rows = con.execute(
        f"WITH {GROUP_SOURCES} SELECT r.rule_id, r.scope, coalesce(CAST(r.scope_definition AS VARCHAR), i.definition)"
        " FROM rules r LEFT JOIN inherited i ON i.rule_id = r.rule_id AND i.rn = 1"
        f" WHERE r.status = 'active' AND r.scope IN {GROUPS}"
        " AND coalesce(CAST(r.scope_definition AS VARCHAR), i.definition) IS NOT NULL ORDER BY r.rule_id"
    ).fetchall()
    rules: dict[tuple[str, str], list[str]] = defaultdict(list)
    for rule_id, scope, definition in rows:
        rules[(scope, definition)].append(rule_id)
    return rules


def register_title_flags(con: duckdb.DuckDBPyConnection) -> None:
    """Create `cv_title_flags(title, unit, is_key_leader, is_managed, is_unit_leader, is_listed, key_leader_reason,
    in_rules, unsure_rules)`: empty when no active rule carries a definition (the checks then use the flags linking
    set)."""
    definitions = {scope: _definition(con, scope) for scope in (KEY_LEADER, MANAGED_CADRE, UNIT_LEADER, LISTED)}
    by_rule = [
        (scope, ScopeDefinition.model_validate_json(text), ids) for (scope, text), ids in _rule_definitions(con).items()
    ]
    rows: list[tuple[object, ...]] = []
    if any(definitions.values()):
        held = con.execute("SELECT DISTINCT title, unit FROM trip_members WHERE title IS NOT NULL").fetchall()
        for title, unit in held:
            leader, cadre, unit_leader, listed = (
                classify(title, scope, definition, unit=unit) if definition else None
                for scope, definition in definitions.items()
            )
            in_rules: list[str] = []
            unsure_rules: list[str] = []
            for scope, definition, ids in by_rule:
                member = classify(title, scope, definition, unit=unit).member
                (in_rules if member else unsure_rules if member is None else []).extend(ids)
            rows.append(
                (
                    title,
                    unit,
                    leader.member if leader else None,
                    cadre.member if cadre else None,
                    unit_leader.member if unit_leader else None,
                    listed.member if listed else None,
                    leader.reason if leader else None,
                    in_rules,
                    unsure_rules,
                )
            )
    temp_table(con, TABLE, arrow_table(list(COLUMNS), rows, COLUMNS))
