"""A delegation's papers submitted fewer working days before departure than the rule asks: no finding when the
decision calls the trip urgent and the rule's shorter time for urgent trips is met (`Trip.urgent`), a warning
when that time is met by a trip not called urgent (the papers may say what the decision does not). A rule in
calendar days ("ít nhất 15 ngày", unit days) counts the days from the submission to the departure day."""

from pipeline.checks.messages import WORKING_DAYS_UNLESS_DAYS, choose, date, number, quote, sql_text
from pipeline.checks.registry import VALUE_IN_WORKING_DAYS, Check, register
from schemas.rules import RuleKind

_CALENDAR = "c.unit = 'days'"
_WORKING_LEAD = "cb.working_day_index - cs.working_day_index"
_LEAD = f"CASE WHEN {_CALENDAR} THEN x.start_date - x.submitted_on ELSE {_WORKING_LEAD} END"
_URGENT_ENOUGH = f"c.exception_value IS NOT NULL AND {_LEAD} >= c.exception_value"

register(
    Check(
        RuleKind.SUBMISSION_LEAD_WORKING_DAYS,
        rows="cv_trips x",
        joins="JOIN calendar cs ON cs.date = x.submitted_on JOIN calendar cb ON cb.date = x.start_date - 1",
        breaks=f"{_LEAD} < c.value AND NOT (coalesce(x.urgent, false) AND {_URGENT_ENOUGH})",
        stricter=f"-{VALUE_IN_WORKING_DAYS}",
        severity=f"CASE WHEN {_URGENT_ENOUGH} THEN 'warning' ELSE c.severity END",
        message=sql_text(
            "Hồ sơ nhân sự của đoàn theo quyết định {decision} trình ngày {submitted}, chỉ {lead}{days} "
            "trước ngày đi {start}, ít hơn mức tối thiểu {limit}{days}{urgent} theo {citation}",
            days=WORKING_DAYS_UNLESS_DAYS,
            submitted=date("x.submitted_on"),
            lead=_LEAD,
            start=date("x.start_date"),
            urgent=choose(
                _URGENT_ENOUGH,
                sql_text(
                    " (đủ mức {urgent_limit}{days} nếu là trường hợp đột xuất)",
                    urgent_limit=number("c.exception_value"),
                    days=WORKING_DAYS_UNLESS_DAYS,
                ),
                quote(""),
            ),
        ),
        evidence={
            "submitted_on": "x.submitted_on",
            "start": "x.start_date",
            "lead_working_days": _WORKING_LEAD,
            "urgent_value": "c.exception_value",
        },
    )
)
