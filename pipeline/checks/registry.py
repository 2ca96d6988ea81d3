"""The checks' registry: one module per rule kind in `pipeline/checks/kinds/` registers its `Check`.

A check is the rows it judges, when a row breaks its rule, and the finding's message (a template, see
`pipeline.checks.messages`) and evidence, all SQL over the rows (`x`) and the rule chosen for them (`c`).
A new rule kind is one new module there; `load_checks` imports them all (as `pipeline/evaluate/fields/` does
for the evaluation's comparators).

The rows a check may judge (`pipeline.checks.sources`): `cv_trips` (one per trip), `cv_members` (one per trip
member, with `person_key`, `is_key_leader`, `is_managed`, `is_unit_leader`, `is_listed`), `cv_person_trips` (each
person's trips of a year in order, only for person-years over the trips-per-year or annual-leave limits), or a
subquery over them.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field

from schemas.rules import RuleKind


@dataclass(frozen=True)
class Check:
    """One rule kind's check. `rows` is a FROM item aliased `x` (with `trip_id`, `decision_number`, the
    context `place_id` and `start_date`, and for people `name`, `person_id`, `is_key_leader`, `is_managed`,
    `is_unit_leader`, `is_listed`);
    the chosen rule is `c`; `joins` may use both; `breaks`, `message`, `evidence` and `severity` are SQL over
    them."""

    kind: RuleKind
    rows: str
    breaks: str
    message: str
    evidence: dict[str, str]
    joins: str = ""
    per_person: bool = False
    needs_value: bool = True
    stricter: str = "r.value"
    """Sort key of the rule that wins when several apply (smallest first)."""
    severity: str = "c.severity"
    key: str = "NULL"
    """SQL telling apart two findings of this check on one trip and person (a unit, a register record): part of
    the finding's id with the rule, trip and person — never the message, so rewording one keeps its id (and the
    review item and decision a person attached to it)."""
    to_check: str | None = None
    """SQL text of what a person should check when an input of this finding is uncertain (null otherwise): a
    finding with something to check is a `review`, whatever `severity` says. Uncertainties every check shares
    (a decision OCR'd with low confidence, a person matched below certainty) are added by the engine."""
    rule_columns: dict[str, str] = field(default_factory=dict)
    """Named SQL over the chosen rule `c` alone (its sentence, its exception), computed once per context in `c` and
    read as `c.<name>`: a regex over a rule's words costs the same for every row judged otherwise (a million trips)."""
    asked_by_input: str = "false"
    """SQL: whether what `to_check` names is already asked by the review items of those inputs (a report's link, a
    member read unsure), whose answers lift it: the finding then raises no review item of its own."""


DAYS_IN_A_MONTH = 30
"""How many calendar days a month weighs when two rules' times are compared (a month is 28 to 31 days)."""

VALUE_IN_WORKING_DAYS = (
    f"CASE r.unit WHEN 'days' THEN r.value * 5.0 / 7 WHEN 'months' THEN r.value * {DAYS_IN_A_MONTH} * 5.0 / 7 "
    "ELSE r.value END"
)
"""`stricter` for a time a rule may give in working days, in calendar days ("15 ngày", unit days) or in months
("01 tháng", unit months): compared in working days, five to a week of calendar days."""


def plus_months(day: str, months: str) -> str:
    """SQL: the date `months` calendar months after `day` (before it when negative), on the same day of the month or,
    when that month is shorter, on its last day (31/1 + 1 month = 28/2), as the civil code counts a time in
    months (Bộ luật Dân sự 2015, Art. 148)."""
    return f"CAST({day} + to_months(CAST({months} AS INTEGER)) AS DATE)"


DEADLINE_AFTER_RETURN = f"""JOIN calendar ce ON ce.date = x.end_date
LEFT JOIN calendar cd ON c.unit IN ('days', 'months') AND cd.date = CASE c.unit
  WHEN 'months' THEN {plus_months("x.end_date", "c.value")} ELSE x.end_date + CAST(c.value AS INTEGER) END
JOIN calendar dl ON dl.is_working_day AND dl.working_day_index = CASE WHEN c.unit IN ('days', 'months')
  THEN cd.working_day_index + CASE WHEN cd.is_working_day THEN 0 ELSE 1 END
  ELSE ce.working_day_index + CAST(c.value AS INTEGER) END"""
"""The joins that give `dl`, the last day of a time the rule `c` counts from the return `x.end_date`: N working
days after it, or in calendar days (unit days: "trong vòng 10 ngày") N days after it, or in months (unit months:
"trong vòng 01 tháng kể từ ngày về nước") the same day N months after it, moved to the next working day when that
day is off. One definition for the report deadline and the passport hand-back."""

SEVERITY_FIRST = "CASE r.severity WHEN 'breach' THEN 0 ELSE 1 END"
"""`stricter` for rules without a value: a breach rule wins over a warning one."""

_REGISTRY: dict[RuleKind, Check] = {}


def register(check: Check) -> Check:
    """Add a rule kind's check; one per kind."""
    if check.kind in _REGISTRY:
        raise ValueError(f"a check for {check.kind.value} is already registered")
    _REGISTRY[check.kind] = check
    return check


def load_checks() -> tuple[Check, ...]:
    """Import every module in `pipeline.checks.kinds`; the registered checks, in `RuleKind` order."""
    import pipeline.checks.kinds as package

    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{module.name}")
    return tuple(_REGISTRY[kind] for kind in RuleKind if kind in _REGISTRY)
