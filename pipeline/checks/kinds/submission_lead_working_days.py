"""A delegation's papers submitted fewer working days before departure than the rule asks. A rule in calendar days
("ít nhất 15 ngày", unit days) counts the days from the submission to the departure day; one in months ("ít nhất
01 tháng", unit months) asks the papers by the same day N months before the departure.

The rule's shorter time for urgent trips (its exception value) needs to know whether the trip is urgent: a trip
the decision calls urgent (`Trip.urgent`) and that meets it has no finding; one whose decision was read and names
no urgency is not urgent, so it is held to the rule (its severity); only when the decision's urgency is unknown
(stored before it was read, or OCR'd below `UNCERTAIN_SCAN`) is the finding a review asking it. A submission date
whose year a scan lost is read with the decision's year, and its finding is a review naming that date, which the
queue asks (`submitted_on`): the answer is the date the check then reads."""

from extractors.trips import SUBMISSION_DOUBT
from pipeline.checks.messages import TIME_UNIT, choose, date, number, quote, sql_text
from pipeline.checks.registry import VALUE_IN_WORKING_DAYS, Check, plus_months, register
from pipeline.store.queue.raised import UNCERTAIN_SCAN
from schemas.rules import RuleKind

_WORKING_LEAD = "cb.working_day_index - cs.working_day_index"
_LEAD = f"CASE WHEN c.unit IN ('days', 'months') THEN x.start_date - x.submitted_on ELSE {_WORKING_LEAD} END"
"""The lead as the message states it: calendar days for a rule in days or months, else working days."""


def _short_of(value: str) -> str:
    """SQL: the lead is shorter than `value` in the rule's unit."""
    months = f"x.submitted_on > {plus_months('x.start_date', f'-{value}')}"
    return f"CASE WHEN c.unit = 'months' THEN {months} ELSE {_LEAD} < {value} END"


_URGENT_ENOUGH = f"c.exception_value IS NOT NULL AND NOT ({_short_of('c.exception_value')})"
_URGENCY_UNKNOWN = f"x.urgent IS NULL OR (x.text_source IN ('ocr', 'mixed') AND x.ocr_confidence < {UNCERTAIN_SCAN})"
"""The decision's urgency is not known for sure: the trip was stored before urgency was read, or its decision is a
poor scan whose "đột xuất" may be lost."""
_YEAR_DOUBT = (
    "(SELECT string_agg(e.message, '; ') FROM document_errors e "
    f"WHERE e.sha256 = x.trip_id AND e.code = '{SUBMISSION_DOUBT}' AND NOT EXISTS (SELECT 1 FROM v_corrections a "
    "WHERE a.sha256 = x.trip_id AND a.field = 'submitted_on' AND a.target = ''))"
)
"""The submission date's year was taken from the decision's, its own unreadable (`extractors.trips`): a review,
asked by the load's `submitted_on` item until a person answers it."""
_URGENCY_DOUBT = f"{_URGENT_ENOUGH} AND ({_URGENCY_UNKNOWN})"
_LEAD_UNIT = choose("c.unit IN ('days', 'months')", quote(" ngày"), quote(" ngày làm việc"))

register(
    Check(
        RuleKind.SUBMISSION_LEAD_WORKING_DAYS,
        rows="cv_trips x",
        joins="JOIN calendar cs ON cs.date = x.submitted_on JOIN calendar cb ON cb.date = x.start_date - 1",
        breaks=f"{_short_of('c.value')} AND NOT (coalesce(x.urgent, false) AND {_URGENT_ENOUGH})",
        stricter=f"-{VALUE_IN_WORKING_DAYS}",
        message=sql_text(
            "Hồ sơ nhân sự của đoàn theo quyết định {decision} trình ngày {submitted}, chỉ {lead}{lead_unit} "
            "trước ngày đi {start}, ít hơn mức tối thiểu {limit}{unit}{urgent} theo {citation}",
            unit=TIME_UNIT,
            lead_unit=_LEAD_UNIT,
            submitted=date("x.submitted_on"),
            lead=_LEAD,
            start=date("x.start_date"),
            urgent=choose(
                _URGENT_ENOUGH,
                sql_text(
                    " (đủ mức {urgent_limit}{unit} nếu là trường hợp đột xuất, quyết định {urgency})",
                    urgent_limit=number("c.exception_value"),
                    unit=TIME_UNIT,
                    urgency=choose(
                        _URGENCY_UNKNOWN, quote("chưa cho biết rõ"), quote("không gọi chuyến đi là đột xuất")
                    ),
                ),
                quote(""),
            ),
        ),
        evidence={
            "submitted_on": "x.submitted_on",
            "start": "x.start_date",
            "lead_working_days": _WORKING_LEAD,
            "urgent_value": "c.exception_value",
            "urgent": "x.urgent",
        },
        to_check=f"nullif(concat_ws('; ', CASE WHEN {_URGENCY_DOUBT} THEN "
        f"'số ngày trình trước đủ mức ' || {number('c.exception_value')} || ' của trường hợp đột xuất, nhưng chưa rõ "
        "quyết định ' || coalesce(x.decision_number, x.trip_id) || ' có gọi chuyến đi là đột xuất không: kiểm tra "
        f"quyết định' END, {_YEAR_DOUBT}), '')",
        asked_by_input=f"NOT coalesce({_URGENCY_DOUBT}, false)",  # then only the year, which `submitted_on` asks
    )
)
