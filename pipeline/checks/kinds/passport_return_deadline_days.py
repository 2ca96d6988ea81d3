"""A passport handed back after the deadline the rule sets from the return, or not yet handed back past it
(hand-backs come from the office's register: `congvan passports import`)."""

from pipeline.checks.messages import choose, date, quote, sql_text
from pipeline.checks.registry import Check, register
from schemas.rules import RuleKind

_DEADLINE = "CASE WHEN c.unit = 'working_days' THEN dl.date ELSE x.end_date + CAST(c.value AS INTEGER) END"
_FIELDS = {
    "deadline": date(_DEADLINE),
    "days": choose("c.unit = 'working_days'", quote(" ngày làm việc"), quote(" ngày")),
    "returned": date("x.end_date"),
}
_WITHIN = "({limit}{days} sau ngày về {returned})"

register(
    Check(
        RuleKind.PASSPORT_RETURN_DEADLINE_DAYS,
        rows="(SELECT m.*, p.returned_on FROM passport_returns p "
        "JOIN cv_members m ON m.trip_id = p.trip_id AND m.name = p.name) x",
        joins="""JOIN calendar ce ON ce.date = x.end_date
        LEFT JOIN calendar dl ON dl.working_day_index = ce.working_day_index + CAST(c.value AS INTEGER)
                             AND dl.is_working_day""",
        breaks=f"(x.returned_on IS NOT NULL AND x.returned_on > {_DEADLINE}) "
        f"OR (x.returned_on IS NULL AND $as_of > {_DEADLINE})",
        message=choose(
            "x.returned_on IS NULL",
            sql_text(
                "{person} chưa nộp lại hộ chiếu, đã quá hạn {deadline} " + _WITHIN + " theo {citation}", **_FIELDS
            ),
            sql_text(
                "{person} nộp lại hộ chiếu ngày {returned_on}, sau hạn {deadline} " + _WITHIN + " theo {citation}",
                returned_on=date("x.returned_on"),
                **_FIELDS,
            ),
        ),
        evidence={"returned_on": "x.returned_on", "deadline": _DEADLINE, "trip_end": "x.end_date"},
        per_person=True,
    )
)
