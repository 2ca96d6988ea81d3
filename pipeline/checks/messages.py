"""Findings' Vietnamese messages: written once as text with {placeholders}, compiled to SQL.

Findings never pass through Python on the way to the database (that is what keeps a million trips fast), so
DuckDB builds each message. A check writes its message as a template — the Vietnamese sentence with `{name}`
where a value goes — and names the SQL expression of each value; `sql_text` turns it into the concatenation
DuckDB evaluates. Words that depend on the row (early or late in the year, paid or invited) are `choose`n
between two texts, and a part that only exists with a value is `optional`. As with `||`, a null value makes
the whole text null. Every template may use the common values: `{decision}` (its number, or when that was not
read its date and file, `cv_unnumbered`),
`{person}` (with the honorific the decision gives), `{limit}` (the rule's value) and `{citation}` (its source).
"""

from __future__ import annotations

import string


def quote(text: str) -> str:
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def number(expr: str) -> str:
    """A rule value as the documents write it: two digits with a leading zero ('02')."""
    return f"lpad(CAST(CAST({expr} AS BIGINT) AS VARCHAR), 2, '0')"


def date(expr: str) -> str:
    """A date as dd/mm/yyyy."""
    return f"strftime({expr}, '%d/%m/%Y')"


HONORIFICS = {"ông": "Ông ", "bà": "Bà "}
"""How a member is addressed, by the honorific the decision gives; anyone else is "Đồng chí"."""
OTHERWISE_ADDRESSED = "Đồng chí "

PERSON_NAME = "coalesce(pn.name, x.name)"
"""A per-person finding's person: the resolved person's name (`people`, `pn`), which a scan's misreading on one
decision ("Tịnh Văn Hùng" for Thân) does not give; the member's name as the decision gives it when unresolved."""

_PERSON = (
    "CASE lower(coalesce(h.honorific, '')) "
    + " ".join(f"WHEN {quote(key)} THEN {quote(word)}" for key, word in HONORIFICS.items())
    + f" ELSE {quote(OTHERWISE_ADDRESSED)} END || {PERSON_NAME}"
)

COMMON = {
    "decision": "coalesce(x.decision_number, (SELECT u.label FROM cv_unnumbered u WHERE u.trip_id = x.trip_id), "
    "x.trip_id)",
    "person": _PERSON,
    "limit": number("c.value"),
    "citation": "c.citation",
}


def sql_text(template: str, **fields: str) -> str:
    """`template` as a SQL text expression: its words quoted, each `{name}` the SQL of `fields[name]` (or of
    a common value), joined with `||`. A placeholder without an expression is a KeyError here, at import."""
    values = {**COMMON, **fields}
    parts = []
    for literal, name, _spec, _conversion in string.Formatter().parse(template):
        if literal:
            parts.append(quote(literal))
        if name is not None:
            parts.append(f"({values[name]})")
    return " || ".join(parts)


def choose(condition: str, if_true: str, if_false: str) -> str:
    """One of two SQL texts (compiled templates or `quote`d words), by a SQL condition."""
    return f"CASE WHEN {condition} THEN {if_true} ELSE {if_false} END"


def optional(template: str, **fields: str) -> str:
    """A template that is left out (empty text) when one of its values is null."""
    return f"coalesce({sql_text(template, **fields)}, '')"


TIME_UNIT = "CASE c.unit WHEN 'days' THEN ' ngày' WHEN 'months' THEN ' tháng' ELSE ' ngày làm việc' END"
"""The unit word after a time the rule gives: working days, unless the dispatch said plain days (unit days) or
months (unit months)."""
