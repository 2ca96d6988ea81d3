"""The levels whose party committee and people's committee are two units for the two-key-leaders check, by the
dispatch's own list of what one unit is (`extractors.same_unit`: "Thường trực Tỉnh ủy; Thường trực Ủy ban nhân dân
tỉnh; …; mỗi xã, phường"). The newest active rule of the kind that carries such a list decides; without one a
locality's two committees stay one unit. A temporary table `cv_unit_levels(level)` of the levels as the check's unit
key spells them (toneless, `HELD_UNIT`), both ways a level is written ("Thành ủy", "thành phố").
"""

from __future__ import annotations

import duckdb
import pyarrow as pa

from extractors.same_unit import separate_levels
from pipeline.checks.kinds.no_two_key_leaders_same_unit import toneless
from pipeline.store.write import arrow_table, temp_table
from schemas.document import ScopeDefinition
from schemas.rules import RuleKind

TABLE = "cv_unit_levels"
_SPELLINGS = {"thành phố": ("thành phố", "thành"), "thị xã": ("thị xã", "thị")}
"""A level as its party committee's name spells it too ("Thành ủy", "Thị ủy")."""


def register_unit_levels(con: duckdb.DuckDBPyConnection) -> None:
    """Create `cv_unit_levels`: empty when no active two-key-leaders rule lists what one unit is."""
    row = con.execute(
        "SELECT scope_definition FROM rules WHERE status = 'active' AND kind = ? "
        "AND json_array_length(scope_definition, '$.units') > 0 "
        "ORDER BY effective_from DESC NULLS LAST, rule_id LIMIT 1",
        [RuleKind.NO_TWO_KEY_LEADERS_SAME_UNIT.value],
    ).fetchone()
    levels = separate_levels(ScopeDefinition.model_validate_json(row[0]).units) if row else []
    spelled = [(spelling,) for level in levels for spelling in _SPELLINGS.get(level, (level,))]
    temp_table(con, "cv_unit_levels_raw", arrow_table(["level"], spelled, {"level": pa.string()}))
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {TABLE} AS SELECT DISTINCT {toneless('level')} AS level FROM cv_unit_levels_raw"
    )
    con.execute("DROP TABLE cv_unit_levels_raw")
