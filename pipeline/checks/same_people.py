"""People a per-person limit counts as one because its dispatch says so: a name written with and without its middle
name, same post and same unit ("Lê Hùng" and "Lê Văn Hùng", both "Giám đốc Sở Nông nghiệp và Môi trường"), under an
active rule whose text states it (`rules.same_person`, `extractors.same_person`).

Linking keeps such names apart (a word of the name differs), and without the dispatch's statement a count must not
join them: two people of one post and unit in a year are rare, not impossible. With it, the trips of both are one
person's in the trips-per-year and annual-leave counts, and the finding says which names were joined and quotes the
sentence. Only a name without a middle name is joined, to the one name with one of the same family and given names,
post and unit: two such fuller names ("Lê Văn Hùng", "Lê Đức Hùng") leave it alone (whom it is would be a guess).
Post and unit must both be read. Only trips in the rule's jurisdiction are joined. A temporary table
`cv_same_people(person_key, joined_key, same_person)`: each person key joined to another, and the note for both.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import duckdb
import pyarrow as pa

from extractors.vntext import fold
from pipeline.checks.sources import PERSON_KEY, TRIP_PLACE, folded, in_jurisdiction
from pipeline.link.people import name_key, unit_key, unit_of_post
from pipeline.store.write import arrow_table, temp_table
from schemas.rules import RuleKind

TABLE = "cv_same_people"
_KINDS = (RuleKind.MAX_TRIPS_PER_YEAR.value, RuleKind.TOTAL_DAYS_WITHIN_ANNUAL_LEAVE.value)
_COLUMNS = ("person_key", "joined_key", "same_person")


@dataclass(frozen=True)
class Written:
    """One person key's member as a decision writes it, and the sentence of the rule covering its trip."""

    person_key: str
    name: str
    title: str | None
    unit: str | None
    decision: str | None
    sentence: str


def same_people(members: Iterable[Written]) -> list[tuple[str, str, str]]:
    """(person key, the key it is joined to, the note) for each person key a middle-less name is joined to, and the
    note on the fuller name's key too (the key joined to itself): a name of two words and the one name of three or
    more with the same first and last words, post and unit (`Written`). A key that would join two keys is left."""
    groups: dict[tuple[str, str, str, str], dict[str, list[Written]]] = defaultdict(lambda: defaultdict(list))
    for member in members:
        words = name_key(member.name).split()
        unit = unit_key(unit_of_post(member.title, member.unit))
        if len(words) >= 2 and member.title and unit:
            groups[(words[0], words[-1], fold(member.title).lower().strip(" ,."), unit)][" ".join(words)].append(member)
    targets: dict[str, dict[str, str]] = defaultdict(dict)  # a middle-less name's key → fuller keys → the note
    for spellings in groups.values():
        short = [m for name, written in spellings.items() if len(name.split()) == 2 for m in written]
        full = [written for name, written in spellings.items() if len(name.split()) > 2]
        if not short or len(full) != 1 or len({m.person_key for m in full[0]}) != 1:
            continue
        into = full[0][0]
        for member in short:
            if member.person_key != into.person_key:
                decisions = sorted({m.decision or "" for m in short if m.person_key == member.person_key} - {""})
                where = f" (quyết định {', '.join(decisions)})" if decisions else ""
                targets[member.person_key][into.person_key] = (
                    f"“{member.name}”{where} và “{into.name}” cùng chức vụ {into.title}, cùng cơ quan, tính là một "
                    f"người theo quy định: “{member.sentence}”"
                )
    rows: dict[str, tuple[str, str, str]] = {}
    for key, joined in targets.items():
        if len(joined) == 1:
            ((into_key, note),) = joined.items()
            rows[key] = (key, into_key, note)
            rows.setdefault(into_key, (into_key, into_key, note))
    return sorted(rows.values())


def register_same_people(con: duckdb.DuckDBPyConnection) -> None:
    """Create `cv_same_people`: empty, without a member read, when no active per-person rule states who is one
    person."""
    kinds = ", ".join(f"'{kind}'" for kind in _KINDS)
    stated = con.execute(
        f"SELECT 1 FROM rules WHERE status = 'active' AND same_person IS NOT NULL AND kind IN ({kinds}) LIMIT 1"
    ).fetchone()
    rows: list[tuple[str, str, str]] = []
    if stated:
        found = con.execute(
            f"""SELECT DISTINCT {PERSON_KEY} AS person_key, m.name, m.title, m.unit, t.decision_number,
                       min(r.same_person) AS sentence
                FROM trip_members m JOIN trips t ON t.trip_id = m.trip_id LEFT JOIN documents d ON d.sha256 = t.trip_id
                JOIN rules r ON r.status = 'active' AND r.same_person IS NOT NULL AND r.kind IN ({kinds})
                  AND {in_jurisdiction("r", folded(TRIP_PLACE))}
                GROUP BY ALL"""
        ).fetchall()
        rows = same_people(Written(*row) for row in found)
    types = {column: pa.string() for column in _COLUMNS}
    temp_table(con, TABLE, arrow_table(_COLUMNS, rows, types))
