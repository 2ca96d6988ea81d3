"""A member sent abroad while the office's register has them under disciplinary review or discipline
(`congvan discipline import`), matched by name and, for certainty, unit."""

from pipeline.checks.messages import date, optional, sql_text
from pipeline.checks.registry import SEVERITY_FIRST, Check, register
from pipeline.checks.sources import folded
from schemas.rules import RuleKind

UNIT_AGREES = 0.9
"""Jaro-Winkler similarity of the folded units at or above which the register's person is the member."""


_SAME_UNIT = f"(x.record_unit IS NOT NULL AND x.unit IS NOT NULL AND x.unit_score >= {UNIT_AGREES})"

register(
    Check(
        RuleKind.NO_TRIP_UNDER_DISCIPLINE,
        rows=f"""(SELECT m.*, r.record_id, r.unit AS record_unit, r.from_date, r.to_date, r.decision AS record_decision,
                        jaro_winkler_similarity({folded("coalesce(m.unit, '')")}, {folded("coalesce(r.unit, '')")})
                          AS unit_score
                 FROM cv_members m
                 JOIN (SELECT *, {folded("name")} AS name_key FROM discipline_records) r
                   ON r.name_key = {folded("m.name")}
                  AND m.start_date >= r.from_date AND (r.to_date IS NULL OR m.start_date <= r.to_date)) x""",
        breaks="true",
        needs_value=False,
        stricter=SEVERITY_FIRST,
        per_person=True,
        key="x.record_id",
        severity=f"CASE WHEN {_SAME_UNIT} THEN c.severity ELSE 'review' END",
        message=sql_text(
            "{person} được cử đi theo quyết định {decision} (khởi hành {start}) trong thời gian bị xem xét, xử lý "
            "kỷ luật từ {from_date}{act} theo sổ theo dõi kỷ luật, trái với {citation}",
            start=date("x.start_date"),
            from_date=date("x.from_date"),
            act=optional(" ({act})", act="x.record_decision"),
        ),
        evidence={
            "record_id": "x.record_id",
            "record_unit": "x.record_unit",
            "member_unit": "x.unit",
            "from": "x.from_date",
            "to": "x.to_date",
            "record_decision": "x.record_decision",
            "match": f"CASE WHEN {_SAME_UNIT} THEN 'name+unit' ELSE 'name only' END",
            "unit_score": "round(x.unit_score, 3)",
        },
        to_check=f"CASE WHEN NOT {_SAME_UNIT} THEN 'người trong sổ kỷ luật (đơn vị: ' || coalesce(x.record_unit, '?') "
        "|| ') có đúng là thành viên đoàn (đơn vị: ' || coalesce(x.unit, '?') || ') không' END",
    )
)
