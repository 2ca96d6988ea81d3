"""A person's n-th trip abroad in a calendar year, beyond the number of trips a year the rule allows."""

from pipeline.checks.messages import sql_text
from pipeline.checks.registry import Check, register
from schemas.rules import RuleKind

register(
    Check(
        RuleKind.MAX_TRIPS_PER_YEAR,
        rows="cv_person_trips x",
        breaks="x.nth > c.value",
        message=sql_text(
            "{person} đi nước ngoài lần thứ {nth} trong năm {year}, vượt mức tối đa {limit} lần/năm theo {citation}",
            nth="x.nth",
            year="x.yr",
        ),
        evidence={"trip_number": "x.nth", "year": "x.yr", "person_key": "x.person_key"},
        per_person=True,
    )
)
