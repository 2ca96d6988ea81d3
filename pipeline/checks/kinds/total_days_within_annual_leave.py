"""A person's working days abroad in a year beyond their annual leave."""

from pipeline.checks.messages import number, sql_text
from pipeline.checks.registry import Check, register
from pipeline.checks.sources import ANNUAL_LEAVE_DAYS
from schemas.rules import RuleKind

_LEAVE = f"coalesce(c.value, {ANNUAL_LEAVE_DAYS})"

register(
    Check(
        RuleKind.TOTAL_DAYS_WITHIN_ANNUAL_LEAVE,
        rows="cv_person_trips x",
        breaks=f"x.total > {_LEAVE}",
        needs_value=False,
        stricter=_LEAVE.replace("c.", "r."),
        message=sql_text(
            "{person} đã ở nước ngoài {total} ngày làm việc trong năm {year}, vượt số ngày nghỉ phép năm {leave} "
            "ngày theo {citation}",
            total="x.total",
            year="x.yr",
            leave=number(_LEAVE),
        ),
        evidence={
            "working_days_abroad": "x.total",
            "year": "x.yr",
            "this_trip_working_days": "x.wd",
            "leave_days": _LEAVE,
        },
        per_person=True,
    )
)
