"""A trip report handed in later than N working days after the return (N calendar days when the rule says
"ngày", unit days, N calendar months when it says "tháng", unit months: `cv_deadlines` sets the day), or still
missing past that day."""

from pipeline.checks.messages import TIME_UNIT, choose, date, sql_text
from pipeline.checks.registry import VALUE_IN_WORKING_DAYS, Check, register
from pipeline.store.queue.raised import LINK_SURE
from schemas.rules import RuleKind

_WITHIN = "({limit}{days} sau ngày về {returned})"
_FIELDS = {
    "deadline": date("dl.date"),
    "returned": date("x.end_date"),
    "days": TIME_UNIT,
}

register(
    Check(
        RuleKind.REPORT_DEADLINE_WORKING_DAYS,
        rows="cv_trips x",
        joins="""JOIN cv_deadlines d ON d.trip_id = x.trip_id
        JOIN calendar dl ON dl.date = d.deadline
        LEFT JOIN (SELECT trip_id, min(report_date) AS report_date, any_value(number) AS report_number,
                          any_value(sha256) AS report_sha256, min(link_score) AS link_score,
                          arg_min(link_method, link_score) AS link_method
                   FROM v_report_links WHERE report_date IS NULL OR report_date <= $as_of
                   GROUP BY trip_id) r ON r.trip_id = x.trip_id
        LEFT JOIN calendar cr ON cr.date = r.report_date
        LEFT JOIN (SELECT l.trip_id, min(CAST((doc.document_json->>'issue_date_partial') || '-01' AS DATE)) AS first_day
                   FROM v_report_links l JOIN documents doc ON doc.sha256 = l.sha256
                   WHERE l.report_date IS NULL AND doc.document_json->>'issue_date_partial' IS NOT NULL
                   GROUP BY l.trip_id) m ON m.trip_id = x.trip_id AND r.report_date IS NULL AND m.first_day <= $as_of
        LEFT JOIN calendar cm ON cm.date = m.first_day
        LEFT JOIN (SELECT trip_id, list(kind || ' ' || coalesce(number, 'số chưa đọc được') || coalesce(' ngày '
                          || strftime(report_date, '%d/%m/%Y'), '') || ' ' || why ORDER BY report_date, sha256)
                          AS candidates,
                          list(sha256 ORDER BY report_date, sha256) AS candidate_sha256
                   FROM cv_unlinked_reports WHERE report_date IS NULL OR report_date <= $as_of
                   GROUP BY trip_id) u ON u.trip_id = x.trip_id AND r.trip_id IS NULL""",
        breaks="(r.trip_id IS NOT NULL AND r.report_date > dl.date) OR (r.trip_id IS NULL AND $as_of > dl.date) "
        "OR m.first_day > dl.date",  # a report whose day is unread, dated in a month that starts after the deadline
        stricter=VALUE_IN_WORKING_DAYS,
        message=choose(
            "m.first_day > dl.date",
            sql_text(
                "Báo cáo kết quả chuyến đi theo quyết định {decision} ghi tháng {month} (ngày chưa đọc được), nên "
                "nộp sau hạn {deadline} " + _WITHIN + " ít nhất {late} ngày làm việc theo {citation}",
                month="strftime(m.first_day, '%m/%Y')",
                late="cm.working_day_index + CASE WHEN cm.is_working_day THEN 0 ELSE 1 END - dl.working_day_index",
                **_FIELDS,
            ),
            choose(
                "r.trip_id IS NOT NULL",
                sql_text(
                    "Báo cáo kết quả chuyến đi theo quyết định {decision} nộp ngày {report_date}, chậm {late} ngày làm "
                    "việc so với hạn {deadline} " + _WITHIN + " theo {citation}",
                    report_date=date("r.report_date"),
                    late="cr.working_day_index - dl.working_day_index",
                    **_FIELDS,
                ),
                sql_text(
                    "Chưa có báo cáo kết quả chuyến đi theo quyết định {decision}: đã quá hạn {deadline} "
                    + _WITHIN
                    + " tính đến ngày {as_of} theo {citation}",
                    as_of=date("$as_of"),
                    **_FIELDS,
                ),
            ),
        ),
        evidence={
            "status": "CASE WHEN m.first_day > dl.date THEN 'late_by_month' WHEN r.trip_id IS NOT NULL THEN 'late' "
            "ELSE 'missing' END",
            "report_month_first_day": "m.first_day",
            "returned": "x.end_date",
            "deadline": "dl.date",
            "report_date": "r.report_date",
            "report_number": "r.report_number",
            "report_sha256": "r.report_sha256",
            "late_working_days": "cr.working_day_index - dl.working_day_index",
            "report_link_method": "r.link_method",
            "report_link_score": "r.link_score",
            "unlinked_report_candidates": "u.candidate_sha256",
        },
        asked_by_input="true",  # the report_link items (fuzzy_link, unlinked) ask it
        to_check=f"CASE WHEN r.link_score < {LINK_SURE} THEN 'báo cáo ' || coalesce(r.report_number, '') "
        "|| ' được ghép với chuyến đi theo ' || r.link_method || ' (điểm ' || r.link_score "
        "|| '): kiểm tra có đúng là báo cáo của đoàn này' "
        # a missing report while reports of the same unit, or documents naming its members, filed after the
        # return could not be linked
        "WHEN u.candidates IS NOT NULL THEN 'chưa ghép được với chuyến đi nào: ' "
        "|| array_to_string(u.candidates, '; ') || ', lập sau ngày về hoặc chưa đọc được ngày: kiểm tra có phải "
        "báo cáo của đoàn này' END",
    )
)
