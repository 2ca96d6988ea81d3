"""The rule base and the findings of a check run."""

from __future__ import annotations

import datetime as dt
import math
from enum import StrEnum
from typing import Any, Self

from pydantic import Field, model_validator

from schemas.document import Model, ScopeDefinition, TripExclusion


class RuleKind(StrEnum):
    MAX_TRIPS_PER_YEAR = "max_trips_per_year"
    MAX_DELEGATION_SIZE = "max_delegation_size"
    REPORT_DEADLINE_WORKING_DAYS = "report_deadline_working_days"
    MAX_DAYS_PER_COUNTRY = "max_days_per_country"
    MAX_COUNTRIES_PER_TRIP = "max_countries_per_trip"
    SUBMISSION_LEAD_WORKING_DAYS = "submission_lead_working_days"
    NO_TWO_KEY_LEADERS_SAME_UNIT = "no_two_key_leaders_same_unit"
    NO_ENTERPRISE_FUNDED = "no_enterprise_funded"
    NO_TRIP_UNDER_DISCIPLINE = "no_trip_under_discipline"
    AVOID_START_END_OF_YEAR = "avoid_start_end_of_year"
    TOTAL_DAYS_WITHIN_ANNUAL_LEAVE = "total_days_within_annual_leave"
    PASSPORT_RETURN_DEADLINE_DAYS = "passport_return_deadline_days"
    IN_ANNUAL_PLAN = "in_annual_plan"
    NO_RELATIVES_IN_DELEGATION = "no_relatives_in_delegation"
    NO_IMPRACTICAL_STATE_FUNDED_TRIP = "no_impractical_state_funded_trip"


VALUE_RANGE: dict[RuleKind, tuple[int, int]] = {
    RuleKind.MAX_TRIPS_PER_YEAR: (1, 366),
    RuleKind.MAX_DELEGATION_SIZE: (1, 1000),
    RuleKind.REPORT_DEADLINE_WORKING_DAYS: (1, 366),
    RuleKind.MAX_DAYS_PER_COUNTRY: (1, 366),
    RuleKind.MAX_COUNTRIES_PER_TRIP: (1, 200),
    RuleKind.SUBMISSION_LEAD_WORKING_DAYS: (1, 366),
    RuleKind.TOTAL_DAYS_WITHIN_ANNUAL_LEAVE: (1, 366),
    RuleKind.PASSPORT_RETURN_DEADLINE_DAYS: (1, 366),
}
"""The whole numbers (people, trips, countries, days) a kind's value may take; kinds absent here take none."""


class RuleStatus(StrEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    REJECTED = "rejected"
    RETIRED = "retired"


class Severity(StrEnum):
    BREACH = "breach"
    WARNING = "warning"
    REVIEW = "review"
    """An input the finding rests on is uncertain: a person checks what `evidence.to_check` names."""


class Rule(Model):
    """A rule in the rule base: typed, scoped, traceable to its source sentence."""

    id: str
    kind: RuleKind
    value: float | None = None
    unit: str | None = None
    applies_to: str | None = Field(default=None, description="scope as written, e.g. 'lãnh đạo chủ chốt'")
    exception: str | None = None
    exception_value: float | None = Field(default=None, description="the parameter under the exception")
    scope: str = Field(
        default="all", description="all | key_leader | managed_cadre | unit_leader | listed, derived from applies_to"
    )
    severity: Severity = Severity.BREACH
    jurisdiction: str | None = Field(default=None, description="issuing province or body")
    effective_from: dt.date | None = None
    effective_basis: str | None = Field(
        default=None,
        description="the trip's date `effective_from` is compared with: departure | return | decision (the "
        "decision's date); null: not stated, measured on the departure",
    )
    source_number: str | None = None
    source_sha256: str | None = None
    source_title: str | None = Field(default=None, description="the dispatch's subject (trích yếu), null when unread")
    source_symbol: str | None = Field(default=None, description="the symbol of its number ('UBND-NC')")
    source_date: dt.date | None = Field(default=None, description="the dispatch's issue date, null when unread")
    source_to_check: str | None = Field(
        default=None, description="what of the source was not read for sure, why, and the review item asking it"
    )
    sentence: str
    status: RuleStatus = RuleStatus.PROPOSED
    origin: str = Field(default="extracted", description="extracted | default")
    jurisdiction_key: str | None = Field(
        default=None, description="'central', or the lower-cased place name a trip's issuer must contain"
    )
    scope_definition: ScopeDefinition | None = Field(default=None, description="who the dispatch says is in scope")
    trip_exclusions: list[TripExclusion] = Field(
        default_factory=list, description="trips its dispatch puts outside all of its rules: no check judges them"
    )
    body_scope: str | None = Field(
        default=None,
        description="party | state: the only body whose delegations it binds, by the issuer of the trip's decision; "
        "null: every body",
    )
    body_scope_text: str | None = Field(default=None, description="the words of the dispatch saying so")
    not_counted: list[str] = Field(
        default_factory=list,
        description="a delegation size's posts its sentence does not count ('phiên dịch', 'diễn viên'): a member "
        "whose title or role names one is left out (`extractors.size_exclusions`)",
    )
    firm_kinds: list[str] = Field(
        default_factory=list,
        description="the trades a funding ban limits its firms to ('doanh nghiệp kinh doanh dược, trang thiết bị y "
        "tế': 'dược', 'trang thiết bị y tế'; `extractors.firm_kinds`); []: every firm's money is banned",
    )
    same_person: str | None = Field(
        default=None,
        description="its text's sentence saying a name with and without its middle name, same post and unit, is one "
        "person (`extractors.same_person`): the checks then count such names as one person "
        "(`pipeline.checks.same_people`); null: the text says nothing of it",
    )
    source_page: int | None = Field(default=None, description="page of the sentence in the source document")
    problem: str | None = Field(
        default=None,
        description="what a reviewer must settle: why the value is null though the sentence states one, or "
        "the condition (who heads the delegation) that a limit holds under and a check cannot test",
    )
    effective_to: dt.date | None = Field(default=None, description="last day in force; null while in force")
    superseded_by: str | None = Field(default=None, description="the rule or document that replaces it")
    effective_to_basis: str | None = Field(
        default=None,
        description="the trip's date `effective_to` is compared with (its successor's start basis): departure | "
        "return | decision; null: the departure",
    )

    @model_validator(mode="after")
    def _values_fit_the_kind(self) -> Self:
        """A value the kind cannot hold (-5 people, nan, 2.5 trips, a number on a ban) is refused; so is a
        blank jurisdiction, which would make a province's rule match every issuer."""
        for name in ("value", "exception_value"):
            problem = value_problem(self.kind, getattr(self, name))
            if problem:
                raise ValueError(f"{name.replace('_', ' ')} {problem}")
        for name in ("jurisdiction", "jurisdiction_key"):
            text = getattr(self, name)
            if text is not None and not text.strip():
                raise ValueError(
                    f"{name.replace('_', ' ')} is empty: name the province or body, e.g. 'UBND tỉnh Lạng Sơn'"
                )
        return self


def value_problem(kind: RuleKind, value: float | None) -> str | None:
    """Why `value` cannot be a `kind` rule's number, or None when it can."""
    if value is None:
        return None
    bounds = VALUE_RANGE.get(kind)
    if bounds is None:
        return f"{value:g} given, but a {kind.value} rule has no number"
    low, high = bounds
    if not math.isfinite(value) or value != int(value):
        return f"{value:g} is not a whole number (a {kind.value} rule counts whole units)"
    if not low <= value <= high:
        return f"{value:g} is outside {low}–{high} for a {kind.value} rule"
    return None


class Finding(Model):
    """One rule breach or warning, with the values that justify it."""

    rule_kind: RuleKind
    rule_id: str
    decision_number: str | None = Field(description="number of the decision that created the trip")
    trip_id: str | None = None
    person: str | None = Field(default=None, description="null for a trip-level finding")
    severity: Severity
    message: str = Field(description="Vietnamese explanation with the numbers and the rule's source")
    evidence: dict[str, Any] = Field(
        default_factory=dict,
        description="the values used, the rule's sentence and source, the decision's provenance, what to check",
    )
    as_of: dt.date | None = None
    rule_sentence: str | None = Field(default=None, description="the rule's sentence, quoted from its source")
    rule_page: int | None = Field(default=None, description="page of that sentence in the source")
