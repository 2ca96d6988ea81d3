"""A person's n-th trip abroad in a calendar year, beyond the number of trips a year the rule allows.

Trips the rule's exception leaves out of the count are not numbered (`pipeline.checks.sources`); the finding names
them with the exception's words ("tháp tùng đoàn lãnh đạo cấp cao …"), and those carrying out a named agreement
(`pipeline.checks.programmes`), and is a review when a counted trip names the
agreement's party but not the agreement: it may be one of them."""

from pipeline.checks.messages import optional, sql_text
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
        )
        + " || "
        + optional(
            " (không tính chuyến đi theo quyết định {left_out}: thực hiện {programme})",
            left_out="x.left_out",
            programme="x.programme",
        )
        + " || "
        + optional(
            " (không tính chuyến đi theo quyết định {escorted}: “{exception}”)",
            escorted="x.escorted",
            exception="c.exception",
        ),
        evidence={
            "trip_number": "x.nth",
            "year": "x.yr",
            "person_key": "x.person_key",
            "not_counted": "x.left_out",
            "not_counted_programme": "x.programme",
            "not_counted_by_exception": "x.escorted",
        },
        per_person=True,
        to_check=(
            "CASE WHEN x.unsure IS NOT NULL THEN 'chưa rõ chuyến đi theo quyết định ' || x.unsure || ' có thực hiện '"
            " || x.programme || ' không (chuyến đi thực hiện văn bản này không tính vào số lần): kiểm tra quyết định'"
            " END"
        ),
    )
)
