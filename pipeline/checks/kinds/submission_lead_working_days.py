"""A delegation's papers submitted fewer working days before departure than the rule asks (a warning only
when the rule's shorter time for urgent trips is met)."""

from pipeline.checks.messages import choose, date, number, quote, sql_text
from pipeline.checks.registry import Check, register
from schemas.rules import RuleKind

_LEAD = "cb.working_day_index - cs.working_day_index"
_URGENT_ENOUGH = f"c.exception_value IS NOT NULL AND {_LEAD} >= c.exception_value"

register(
    Check(
        RuleKind.SUBMISSION_LEAD_WORKING_DAYS,
        rows="cv_trips x",
        joins="JOIN calendar cs ON cs.date = x.submitted_on JOIN calendar cb ON cb.date = x.start_date - 1",
        breaks=f"{_LEAD} < c.value",
        stricter="-r.value",
        severity=f"CASE WHEN {_URGENT_ENOUGH} THEN 'warning' ELSE c.severity END",
        message=sql_text(
            "Hồ sơ nhân sự của đoàn theo quyết định {decision} trình ngày {submitted}, chỉ {lead} ngày làm việc "
            "trước ngày đi {start}, ít hơn mức tối thiểu {limit} ngày làm việc{urgent} theo {citation}",
            submitted=date("x.submitted_on"),
            lead=_LEAD,
            start=date("x.start_date"),
            urgent=choose(
                _URGENT_ENOUGH,
                sql_text(
                    " (đủ mức {urgent_limit} ngày làm việc nếu là trường hợp đột xuất)",
                    urgent_limit=number("c.exception_value"),
                ),
                quote(""),
            ),
        ),
        evidence={
            "submitted_on": "x.submitted_on",
            "start": "x.start_date",
            "lead_working_days": _LEAD,
            "urgent_value": "c.exception_value",
        },
    )
)
