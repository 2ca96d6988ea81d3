"""The values a person can correct: where the machine's value is in the contract record, and which stored
columns carry it (a decision's number is also its trip's `decision_number`, a report's its `number`).

One table drives everything that touches a corrected value — applying corrections after a load, recording the
machine's value at the time, parsing what a person types, writing label files — so adding a field is one entry.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from pipeline.errors import CongvanError
from schemas.errors import ErrorCode


class ReviewError(CongvanError):
    """A review command that cannot be carried out: unknown item, a value that does not parse, a closed item."""

    code = ErrorCode.REVIEW_INVALID
    exit_code = 2


@dataclass(frozen=True)
class Column:
    """A stored column that carries the value: `table.column`, keyed by the document's sha256 in `key`."""

    table: str
    column: str
    key: str = "sha256"


@dataclass(frozen=True)
class Field:
    """A correctable value: its JSON path in `documents.document_json`, its type, the columns it lives in and
    the label key `congvan eval` compares (dotted for nested values)."""

    name: str
    json_path: str
    sql_type: str
    columns: tuple[Column, ...]
    label_key: str
    affects_checks: bool
    """Whether a changed value can change findings or report links (dates, numbers, issuer, place)."""

    @property
    def is_date(self) -> bool:
        return self.sql_type == "DATE"


FIELDS: dict[str, Field] = {
    f.name: f
    for f in (
        Field(
            "number",
            "$.number",
            "VARCHAR",
            (Column("documents", "number"), Column("trips", "decision_number", "trip_id"), Column("reports", "number")),
            "number",
            True,
        ),
        Field(
            "issue_date",
            "$.issue_date",
            "DATE",
            (
                Column("documents", "issue_date"),
                Column("trips", "decision_date", "trip_id"),
                Column("reports", "report_date"),
            ),
            "issue_date",
            True,
        ),
        Field(
            "signer",
            "$.signer.name",
            "VARCHAR",
            (Column("documents", "signer_name"),),  # and the signer's mention: see apply._apply_signer_mentions
            "signer.name",
            False,
        ),
        Field(
            "issuer",
            "$.issuer",
            "VARCHAR",
            (Column("documents", "issuer"), Column("trips", "issuer", "trip_id"), Column("reports", "issuer")),
            "issuer",
            True,
        ),
        Field("place", "$.place", "VARCHAR", (Column("documents", "place"),), "place", True),
        Field("subject", "$.subject", "VARCHAR", (Column("documents", "subject"),), "subject", False),
        Field("trip_start", "$.trip.start", "DATE", (Column("trips", "start_date", "trip_id"),), "trip.start", True),
        Field("trip_end", "$.trip.end", "DATE", (Column("trips", "end_date", "trip_id"),), "trip.end", True),
        Field(
            "submitted_on",
            "$.trip.submitted_on",
            "DATE",
            (Column("trips", "submitted_on", "trip_id"),),
            "trip.submitted_on",
            True,
        ),
        Field(
            "report_decision",
            "$.report.decision_number",
            "VARCHAR",
            (Column("reports", "cited_decision_number"),),
            "report.decision_number",
            True,
        ),
    )
}
"""Values stored in the document's own rows."""

LINK_FIELDS = {
    "report_link": "the decision a trip report answers (its number as printed)",
    "person": "whether two mentions are one person: same | different",
}
"""Values that are not in the document's rows but in the links between documents (applied by pipeline.link)."""

MEMBER_FIELD = "trip_member"
"""A member of a trip whose name a scan gave unsure (target: the name as read): is there a member of that name? The
answer is the name as printed — the member counts under it, inserted into the trip when the extractor left it out
(`apply.apply_members`) — or `NO_MEMBER`: the reading is no member (a stamp's text, a line read twice)."""
NO_MEMBER = "none"
"""The answer to a `MEMBER_FIELD` item that says there is no such member."""

FINDING_FIELD = "finding"
"""A `review` finding put to a person (target: its finding id): does it stand? confirm | dismiss. The answer is
a judgement of the finding, kept with the others; it writes no column and re-runs nothing."""

_PERSON_ANSWERS = {"same": "same", "cùng": "same", "yes": "same", "different": "different", "khác": "different",
                   "no": "different"}  # fmt: skip
_FINDING_ANSWERS = {"confirm": "confirm", "xác nhận": "confirm", "đúng": "confirm", "dismiss": "dismiss",
                    "bác bỏ": "dismiss", "sai": "dismiss"}  # fmt: skip
_NO_MEMBER_ANSWERS = {"none", "no", "không", "khong", "không có", "khong co"}
_DMY = re.compile(r"^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$")


def parse_value(field: str, text: str) -> str:
    """What a person typed, checked and normalised for `field` (dates as ISO, from ISO or dd/mm/yyyy)."""
    value = " ".join(text.split())
    if not value:
        raise ReviewError(f"{field}: an empty value; to say it cannot be read, skip the item with a note")
    if field == "person":
        answer = _PERSON_ANSWERS.get(value.casefold())
        if answer is None:
            raise ReviewError(f"person: answer 'same' or 'different' (cùng / khác), not {value!r}")
        return answer
    if field == FINDING_FIELD:
        answer = _FINDING_ANSWERS.get(value.casefold())
        if answer is None:
            raise ReviewError(f"finding: answer 'confirm' or 'dismiss' (đúng / sai), not {value!r}")
        return answer
    if field == MEMBER_FIELD:
        return NO_MEMBER if value.casefold() in _NO_MEMBER_ANSWERS else value
    spec = FIELDS.get(field)
    if spec is None or not spec.is_date:
        return value
    match = _DMY.match(value)
    try:
        day = dt.date(int(match[3]), int(match[2]), int(match[1])) if match else dt.date.fromisoformat(value)
    except ValueError as error:
        raise ReviewError(f"{field}: {value!r} is not a date (write 2025-03-14 or 14/03/2025)") from error
    return day.isoformat()


def as_text(value: Any) -> str | None:
    """A stored value as the text a correction holds (ISO for dates)."""
    if value is None:
        return None
    return value.isoformat() if isinstance(value, dt.date) else str(value)
