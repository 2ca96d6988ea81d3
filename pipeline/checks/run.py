"""Active rules × trips → findings, in set-based SQL over DuckDB.

Each rule kind's check (`pipeline/checks/kinds/`, one module each) is the rows it judges, when a row breaks its
rule, and the finding's message and evidence as SQL; `_select` wraps one into a SELECT of finding rows, and
`evaluate` runs them all as one INSERT, so findings never pass through Python on the way to the database.
The rows and the rule each answers to are built first (`pipeline.checks.sources`).

The rule base must hold the rules to apply: `evaluate` reads the active ones as they are (the shipped
central defaults are loaded by `pipeline.rules.rulebase.ensure_default_rules`, which the commands and flows
that check call first).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import duckdb

from pipeline.checks.country_gaps import register_country_gaps
from pipeline.checks.escorts import register_escorted_trips
from pipeline.checks.messages import PERSON_NAME
from pipeline.checks.out_of_scope import register_out_of_scope
from pipeline.checks.programmes import register_programme_trips
from pipeline.checks.registry import Check, load_checks
from pipeline.checks.same_people import register_same_people
from pipeline.checks.scope_flags import register_title_flags
from pipeline.checks.sources import TEMP_TABLES, setup_sql
from pipeline.checks.trip_bodies import register_trip_bodies
from pipeline.checks.uncounted import register_uncounted
from pipeline.checks.unit_levels import register_unit_levels
from pipeline.store.connection import ensure_calendar
from pipeline.store.queue.raised import DATE_KINDS, UNCERTAIN_SCAN, raise_check_items
from pipeline.store.write import transaction
from schemas.rules import Finding, RuleKind

CHECKS = load_checks()

CHECKED_KINDS = tuple(check.kind for check in CHECKS)
"""Kinds the database carries data for. `no_trip_under_discipline` needs disciplinary records, which no
document in the archive carries, so it is kept in the rule base but not checked."""


_SAME_CONTEXT = "c.ctx_id = x.ctx_id"


_POOR_SCAN = f"dsrc.text_source IN ('ocr', 'mixed') AND dsrc.ocr_confidence < {UNCERTAIN_SCAN}"
_OCR_DOUBT = (
    "'quyết định ' || coalesce(x.decision_number, x.trip_id) || ' được đọc bằng OCR với độ tin cậy ' "
    "|| CAST(round(dsrc.ocr_confidence) AS INTEGER) || '/100: đối chiếu bản gốc các giá trị đã dùng'"
)
_FUZZY_PERSON = "fz.person_key IS NOT NULL"
_PERSON_DOUBT = (
    f"CASE WHEN {_FUZZY_PERSON} THEN 'các lần đi được ghép cho ' || x.name || ' theo tên gần đúng (' || fz.records "
    "|| ', điểm ' || CAST(round(fz.score) AS INTEGER) || '/100): kiểm tra có đúng là một người' END"
)


_PERIOD_DOUBT = (
    "CASE WHEN pd.trip_id IS NOT NULL THEN 'ngày đi, ngày về của quyết định ' || coalesce(x.decision_number, x.trip_id)"
    " || ' đọc không chắc (' || pd.doubt || ')' END"
)
"""A date-based finding on a trip whose period the extractor doubted (`cv_period_doubts`, joined as `pd`): asked by
the load's `trip_start` / `trip_end` items, whose answers lift it."""


def _asked_elsewhere(check: Check, ocr_doubt: str) -> str:
    """SQL: every doubt of the finding is asked by the review item of its input, whose answer lifts it (a scan's
    dates for a date-based check, a period the extractor doubted, a report's link, a member read unsure, a person
    match: `pipeline.store.queue`), so the finding raises no item of its own. A person doubt always is: the queue
    asks every merge the checks doubt. Which body's rule applies (`c.body_doubt`), and who a restated rule's undefined
    group holds (`c.scope_doubt`), are asked by none."""
    asked = [f"NOT ({ocr_doubt}) OR {check.kind.value in DATE_KINDS}", "c.body_doubt IS NULL", "c.scope_doubt IS NULL"]
    if check.to_check:
        asked.append(f"({check.to_check}) IS NULL OR {check.asked_by_input}")
    return " AND ".join(f"coalesce({condition}, true)" for condition in asked)


def _select(check: Check) -> str:
    """One check as a SELECT of finding rows (rule_id, rule_kind, trip_id, decision_number, person, person_id,
    severity, message, evidence). The evidence always carries the rule's source, value and scope (with the
    dispatch's definition), the rules passed over and why, the decision's provenance when it was OCR'd, and
    what a person should check; a finding with something to check is a `review`. The rule's sentence and page
    are the rule's, joined when findings are read (`iter_findings`), not copied into every finding."""
    kind = check.kind.value
    # a person's answer to both dates lifts a date-based finding's doubt about the scan
    ocr_doubt = f"{_POOR_SCAN} AND NOT dsrc.dates_checked" if kind in DATE_KINDS else _POOR_SCAN
    doubts = [
        expr
        for expr in (check.to_check, f"CASE WHEN {ocr_doubt} THEN {_OCR_DOUBT} END", "c.body_doubt", "c.scope_doubt")
        if expr
    ]
    period = ""
    if kind in DATE_KINDS:
        doubts.append(_PERIOD_DOUBT)
        period = "LEFT JOIN cv_period_doubts pd ON pd.trip_id = x.trip_id"
    fuzzy = ""
    if check.per_person:
        person, level = f"{PERSON_NAME}, x.person_id", "IS NOT NULL"
        on = (
            f"{_SAME_CONTEXT} AND c.is_key_leader = x.is_key_leader AND c.is_managed = x.is_managed"
            " AND c.is_unit_leader = x.is_unit_leader AND c.is_listed = x.is_listed"
            " AND c.in_rules IS NOT DISTINCT FROM x.in_rules"
        )
        honorific = (
            "LEFT JOIN cv_honorifics h ON h.sha256 = x.trip_id AND h.name = x.name"
            " LEFT JOIN people pn ON pn.person_id = x.person_id"
        )
        fuzzy = "LEFT JOIN cv_fuzzy_people fz ON fz.person_key = x.person_key"
        doubts.append(_PERSON_DOUBT)
    else:
        person, level, on, honorific = "NULL, NULL", "IS NULL", _SAME_CONTEXT, ""
    to_check = f"nullif(concat_ws('; ', {', '.join(doubts)}), '')"
    severity = f"CASE WHEN {to_check} IS NOT NULL THEN 'review' ELSE {check.severity} END"
    pairs = [
        *check.evidence.items(),
        ("rule_source", "c.citation"),
        ("rule_value", "c.value"),
        ("rule_scope", "c.scope"),
        ("scope_definition", "c.scope_sentence"),
        ("scope_definition_from", "c.scope_from"),
        ("rules_not_applied", "c.passed_over"),
        ("rule_body_scope", "c.body_scope"),
        ("trip_body", "c.trip_body"),
        ("trip_body_from", "c.trip_body_from"),
        ("decision_sha256", "x.trip_id"),
        ("decision_text_source", "dsrc.text_source"),
        ("decision_ocr_confidence", "dsrc.ocr_confidence"),
        ("to_check", to_check),
        ("asked_elsewhere", f"{to_check} IS NOT NULL AND {_asked_elsewhere(check, ocr_doubt)}"),
    ]
    evidence = "json_object(" + ", ".join(f"'{key}', {expr}" for key, expr in pairs) + ")"
    rule_columns = "".join(f", {expr} AS {name}" for name, expr in check.rule_columns.items())
    return f"""
    SELECT c.rule_id, '{kind}', x.trip_id, x.decision_number, {person}, {severity}, {check.message}, {evidence},
           {check.key}
    FROM {check.rows}
    JOIN (SELECT *{rule_columns} FROM cv_chosen c WHERE kind = '{kind}' AND is_key_leader {level}) c ON {on}
    LEFT JOIN cv_ocr_trips dsrc ON dsrc.trip_id = x.trip_id
    {check.joins}
    {period}
    {honorific}
    {fuzzy}
    WHERE {check.breaks}"""


_COLUMNS = "rule_id, rule_kind, trip_id, decision_number, person, person_id, severity, message, evidence"


_ONE_PER_ID = """WITH p AS MATERIALIZED ({rows}), twice AS (SELECT fid FROM p GROUP BY fid HAVING count(*) > 1)
SELECT * FROM p ANTI JOIN twice USING (fid) UNION ALL SELECT DISTINCT ON (fid) * FROM p SEMI JOIN twice USING (fid)"""
"""One row per finding id among `{rows}`: the ids found twice are few (a person listed twice), and only their rows go
through `DISTINCT ON`, a hash aggregate carrying every message and evidence (a tenth of the checks for all rows)."""


_ONCE_PER_UNLISTED_GROUP = """WITH f AS MATERIALIZED ({rows}),
u AS (SELECT rule_id, unlisted_group, citation, value FROM cv_rules WHERE unlisted_group IS NOT NULL)
SELECT f.* FROM f ANTI JOIN u USING (rule_id)
UNION ALL
SELECT md5(concat_ws('|', f.rule_kind, f.rule_id, 'unlisted group')), f.rule_id, f.rule_kind,
       first(f.trip_id ORDER BY f.decision_number, f.person), min(f.decision_number), NULL, NULL, 'review',
       any_value(u.citation) || ' chỉ giới hạn nhóm “' || any_value(u.unlisted_group)
         || '” mà không đọc được danh sách chức danh của nhóm: ' || count(*) || ' trường hợp vượt mức nếu người đó '
         || 'thuộc nhóm (' || string_agg(f.person || ', ' || coalesce(f.decision_number, '?'), '; '
                                          ORDER BY f.decision_number, f.person)
         || '). Xác định nhóm gồm những ai: congvan rules edit ' || f.rule_id,
       json_object('unlisted_group', any_value(u.unlisted_group), 'rule_source', any_value(u.citation),
                   'rule_value', any_value(u.value),
                   'cases', list(json_object('person', f.person, 'person_id', f.person_id, 'trip_id', f.trip_id,
                                             'decision_number', f.decision_number, 'message', f.message)
                                 ORDER BY f.decision_number, f.person),
                   'to_check', 'danh sách chức danh của nhóm “' || any_value(u.unlisted_group)
                               || '” không đọc được: đặt nhóm bằng congvan rules edit',
                   'asked_elsewhere', false),
       NULL
FROM f JOIN u USING (rule_id) GROUP BY f.rule_id, f.rule_kind"""
"""The findings about people under a rule that binds a named group whose list of posts was not read
(`cv_rules.unlisted_group`: "Cán bộ Nhóm III …" with no "Nhóm III - …" line, or a scan that lost the list): one
review for the rule, naming the group and every person it would hold over the limit, instead of a review per person
and trip. Whom the rule binds is one question, the reviewer's (`rules edit`); once set, each person's finding is
back."""


def _finding_rows(kinds: tuple[RuleKind, ...]) -> str:
    """The checks of `kinds` as one query of finding rows with their id (`fid`: rule, trip, person and the check's
    `key`, not the message, so a reworded finding keeps its id and its review item). A person listed twice in one
    decision would be found twice by the checks about people: one of them is kept (`_ONE_PER_ID`; a window
    partitioned by the id cost a tenth of the checks). Trip-level checks yield at most one row per trip (and unit),
    so they skip that step. No kind: no row, in the shape of the others."""
    parts = [f"SELECT finding_id AS fid, {_COLUMNS}, NULL AS finding_key FROM findings WHERE false"]
    for per_person in (False, True):
        selects = [f"({_select(c)})" for c in CHECKS if c.kind in kinds and c.per_person is per_person]
        if not selects:
            continue
        rows = f"""SELECT md5(concat_ws('|', rule_kind, rule_id, trip_id, person_id, person, finding_key)) AS fid, *
                   FROM ({" UNION ALL ".join(selects)}) AS f({_COLUMNS}, finding_key)"""
        parts.append(_ONCE_PER_UNLISTED_GROUP.format(rows=_ONE_PER_ID.format(rows=rows)) if per_person else rows)
    return " UNION ALL ".join(f"({part})" for part in parts)


@dataclass
class CheckCounts:
    """How many findings a check run wrote, by kind and by severity."""

    by_kind: dict[str, int] = field(default_factory=dict)
    breaches: int = 0
    warnings: int = 0
    reviews: int = 0
    calendar_gaps: list[str] = field(default_factory=list)
    """What the working-day calendar cannot judge (an as-of date or trips outside it): said, never silent."""
    out_of_scope: list[str] = field(default_factory=list)
    """The trips no check judged because their dispatch puts them outside its rules, each with why."""

    @property
    def total(self) -> int:
        return self.breaches + self.warnings + self.reviews


def evaluate(
    con: duckdb.DuckDBPyConnection,
    as_of: dt.date,
    run_id: str | None = None,
    kinds: tuple[RuleKind, ...] = CHECKED_KINDS,
) -> CheckCounts:
    """Write the findings of `kinds` as of a date and count them, without bringing them into Python (what the
    nightly flow and `congvan check` need at any scale). The run's scope is its kinds: their previous findings
    are replaced in the same transaction, so re-running never duplicates a finding. Findings found again
    unchanged are kept and handed to this run, not deleted and re-inserted: most of a nightly run's findings are
    last night's; with none of them stored (a first run, a new kind) the findings are written straight from the
    query, not through a temporary table. `findings` has no key index (it cost a fifth of the run on a million
    trips): a finding's id is unique by construction, one row per id here and inserted only when no stored finding
    has it."""
    gaps = calendar_gaps(con, as_of)
    kind_list = [k.value for k in kinds]
    order = _insertion_order_free(con)
    try:
        register_title_flags(con)
        register_country_gaps(con)
        register_trip_bodies(con)
        register_unit_levels(con)
        register_same_people(con)
        register_programme_trips(con)
        register_escorted_trips(con)
        register_uncounted(con)
        left_out = register_out_of_scope(con)
        con.execute(setup_sql(CHECKS))
        # a kind no trip has a rule for finds nothing: its query is neither planned nor run (a scan of every member)
        chosen = {kind for (kind,) in con.execute("SELECT DISTINCT kind FROM cv_chosen").fetchall()}
        found = _finding_rows(tuple(k for k in kinds if k.value in chosen))
        stored = con.execute(
            "SELECT count(*) FROM findings WHERE rule_kind IN (SELECT unnest(?::VARCHAR[]))", [kind_list]
        ).fetchone()
        if not (stored and stored[0]):  # nothing to keep or replace: the findings go straight in, written once
            with transaction(con):
                con.execute(
                    f"""INSERT INTO findings (finding_id, run_id, {_COLUMNS}, as_of, created_at)
                        SELECT fid, $run_id, {_COLUMNS}, $as_of, now() FROM ({found})""",
                    {"run_id": run_id, "as_of": as_of},
                )
                _write_deadlines(con)
        else:
            _replace(con, found, as_of, run_id, kind_list)
    finally:
        for table in TEMP_TABLES:
            con.execute(f"DROP TABLE IF EXISTS {table}")
        con.execute(f"SET preserve_insertion_order = {order}")
    return _counted(con, kind_list, gaps, left_out)


def _replace(
    con: duckdb.DuckDBPyConnection, found: str, as_of: dt.date, run_id: str | None, kind_list: list[str]
) -> None:
    """Replace the stored findings of the run's kinds by the `found` ones, keeping those found again unchanged."""
    in_scope = "rule_kind IN (SELECT unnest($kinds::VARCHAR[]))"
    same = " AND ".join(
        f"n.{column} IS NOT DISTINCT FROM f.{column}" for column in ("decision_number", "severity", "message")
    )
    con.execute(f"CREATE OR REPLACE TEMP TABLE cv_found AS SELECT *, $as_of AS as_of FROM ({found})", {"as_of": as_of})
    with transaction(con):
        con.execute(
            f"""DELETE FROM findings f WHERE {in_scope} AND NOT EXISTS (
                  SELECT 1 FROM cv_found n WHERE n.fid = f.finding_id AND {same}
                    AND n.evidence::VARCHAR IS NOT DISTINCT FROM f.evidence::VARCHAR)""",
            {"kinds": kind_list},
        )
        con.execute(
            f"UPDATE findings SET run_id = $run_id, as_of = $as_of, created_at = now() WHERE {in_scope}",
            {"kinds": kind_list, "run_id": run_id, "as_of": as_of},
        )
        con.execute(
            f"""INSERT INTO findings (finding_id, run_id, {_COLUMNS}, as_of, created_at)
                SELECT fid, $run_id, {_COLUMNS}, as_of, now() FROM cv_found n
                WHERE NOT EXISTS (SELECT 1 FROM findings f WHERE f.finding_id = n.fid)""",
            {"run_id": run_id},
        )
        _write_deadlines(con)


def _write_deadlines(con: duckdb.DuckDBPyConnection) -> None:
    """Store each trip's report deadline (`cv_deadlines`): the one definition every reader uses."""
    con.execute("DELETE FROM report_deadlines")
    con.execute(
        "INSERT INTO report_deadlines SELECT trip_id, rule_id, deadline_working_days, deadline, citation, now() "
        "FROM cv_deadlines"
    )


def _counted(con: duckdb.DuckDBPyConnection, kind_list: list[str], gaps: list[str], left_out: list[str]) -> CheckCounts:
    """Raise the review items the run's findings call for, then count the findings of its kinds."""
    with transaction(con):
        raise_check_items(con)  # findings resting on dates read from a poor scan go to a person
    counts = CheckCounts(calendar_gaps=gaps, out_of_scope=left_out)
    rows = con.execute(
        "SELECT rule_kind, severity, count(*) FROM findings WHERE rule_kind IN (SELECT unnest(?::VARCHAR[])) "
        "GROUP BY ALL ORDER BY ALL",
        [kind_list],
    ).fetchall()
    for kind, severity, n in rows:
        counts.by_kind[kind] = counts.by_kind.get(kind, 0) + n
        if severity == "breach":
            counts.breaches += n
        elif severity == "review":
            counts.reviews += n
        else:
            counts.warnings += n
    return counts


def _insertion_order_free(con: duckdb.DuckDBPyConnection) -> bool:
    """Let DuckDB build the checks' tables in any row order (every reader orders or aggregates them): the
    checks on a million trips cost a quarter less CPU. Returns the setting to put back."""
    row = con.execute("SELECT current_setting('preserve_insertion_order')").fetchone()
    con.execute("SET preserve_insertion_order = false")
    return bool(row[0]) if row else True


def calendar_gaps(con: duckdb.DuckDBPyConnection, as_of: dt.date) -> list[str]:
    """Grow the calendar to the years of the trips and `as_of`, then say what it still cannot cover."""
    ensure_calendar(con, [as_of])
    first, last = con.execute("SELECT min(date), max(date) FROM calendar").fetchone() or (None, None)
    if first is None or last is None:
        return ["the working-day calendar is empty: run `congvan db migrate`"]
    span = f"{first:%d/%m/%Y}–{last:%d/%m/%Y}"
    gaps = []
    if not first <= as_of <= last:
        gaps.append(f"as-of date {as_of:%d/%m/%Y} is outside the working-day calendar ({span}): deadlines not judged")
    outside = con.execute(
        "SELECT count(*), min(decision_number) FROM trips WHERE start_date < ? OR end_date > ?", [first, last]
    ).fetchone()
    if outside and outside[0]:
        gaps.append(
            f"{outside[0]} trip(s) dated outside the working-day calendar ({span}), e.g. decision "
            f"{outside[1] or '?'}: a misread year? their deadlines are not judged"
        )
    return gaps


def run_checks(
    con: duckdb.DuckDBPyConnection,
    as_of: dt.date,
    run_id: str | None = None,
    kinds: tuple[RuleKind, ...] = CHECKED_KINDS,
) -> list[Finding]:
    """Evaluate the active rules of `kinds` over every trip as of a date, store the findings and return them,
    ordered by decision, kind and person. Building every finding in Python costs seconds per hundred thousand:
    at archive scale call `evaluate` (counts) and `iter_findings` (streamed) instead."""
    evaluate(con, as_of, run_id, kinds)
    return stored_findings(con, kinds)


_FINDING_FIELDS = (
    "rule_kind",
    "rule_id",
    "decision_number",
    "trip_id",
    "person",
    "severity",
    "message",
    "evidence",
    "as_of",
    "rule_sentence",
    "rule_page",
)


def _finding(row: tuple[Any, ...]) -> Finding:
    fields = dict(zip(_FINDING_FIELDS, row, strict=True))
    fields["evidence"] = json.loads(fields["evidence"]) if fields["evidence"] else {}
    return Finding(**fields)


def iter_findings(
    con: duckdb.DuckDBPyConnection, kinds: tuple[RuleKind, ...] | None = None, batch: int = 10_000
) -> Iterator[Finding]:
    """The findings in the database (of some kinds), ordered by decision, kind, person and message, fetched
    `batch` rows at a time so printing half a million of them keeps memory flat."""
    where, params = "", []
    if kinds is not None:
        where, params = "WHERE f.rule_kind IN (SELECT unnest(?::VARCHAR[]))", [[k.value for k in kinds]]
    cursor = con.cursor()
    try:
        cursor.execute(
            f"""SELECT {", ".join(f"f.{name}" for name in _FINDING_FIELDS[:-2])}, r.sentence, r.source_page
                FROM findings f LEFT JOIN rules r USING (rule_id) {where}
                ORDER BY f.decision_number NULLS LAST, f.rule_kind, f.person NULLS FIRST, f.message""",
            params,
        )
        while rows := cursor.fetchmany(batch):
            yield from map(_finding, rows)
    finally:
        cursor.close()


def stored_findings(con: duckdb.DuckDBPyConnection, kinds: tuple[RuleKind, ...] | None = None) -> list[Finding]:
    """All the findings in the database (of some kinds), in `iter_findings` order."""
    return list(iter_findings(con, kinds))
