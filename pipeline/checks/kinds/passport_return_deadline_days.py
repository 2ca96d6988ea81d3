"""A passport handed back after the deadline the rule sets from the return, or not yet handed back past it
(hand-backs come from the office's register: `congvan passports import`). A rule in calendar days ("trong vòng 10
ngày", unit days) ends N days after the return, one in months ("trong vòng 01 tháng", unit months) on the same day
N months after it, either on the next working day when that day is off, as the report deadline does; otherwise N
working days after it."""

from pipeline.checks.messages import TIME_UNIT, choose, date, sql_text
from pipeline.checks.registry import DEADLINE_AFTER_RETURN, VALUE_IN_WORKING_DAYS, Check, register
from schemas.rules import RuleKind

_DEADLINE = "dl.date"
_FIELDS = {
    "deadline": date(_DEADLINE),
    "days": TIME_UNIT,
    "returned": date("x.end_date"),
}
_WITHIN = "({limit}{days} sau ngày về {returned})"

register(
    Check(
        RuleKind.PASSPORT_RETURN_DEADLINE_DAYS,
        rows="(SELECT m.*, p.returned_on FROM passport_returns p "
        "JOIN cv_members m ON m.trip_id = p.trip_id AND m.name = p.name) x",
        joins=DEADLINE_AFTER_RETURN,
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
        stricter=VALUE_IN_WORKING_DAYS,
    )
)
