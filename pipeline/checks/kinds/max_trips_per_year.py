"""A person's n-th trip abroad in a calendar year, beyond the number of trips a year the rule allows.

Trips the rule's exception leaves out of the count are not numbered (`pipeline.checks.sources`); the finding names
them with the exception's words ("tháp tùng đoàn lãnh đạo cấp cao …"), and those carrying out a named agreement
(`pipeline.checks.programmes`), and is a review when a counted trip names the
agreement's party but not the agreement: it may be one of them. A rule that leaves border day trips out counts
without them (`DAY_TRIPS_NOT_COUNTED`); another rule of the same province may count them."""

from pipeline.checks.messages import optional, sql_text
from pipeline.checks.registry import Check, register
from pipeline.checks.sources import folded
from schemas.rules import RuleKind

_CHOSEN_WORDS = "concat_ws(' ', c.sentence, c.exception)"
DAY_TRIPS_NOT_COUNTED = (
    f"regexp_matches({folded(_CHOSEN_WORDS)}, "
    "'khong (duoc )?(tinh|ke)[^.;]*(ve trong ngay|chuyen di trong ngay)"
    "|(ve trong ngay|chuyen di trong ngay)[^.;]*khong (duoc )?(tinh|ke)')"
)
"""A trips-per-year rule (chosen, `c`) that leaves border day trips out of its count ("Chuyến đi và về trong ngày
qua cửa khẩu biên giới đất liền không tính vào số lần …"), per rule: another rule of the province may count them
("cũng được tính là một lượt"), and "kể cả chuyến đi trong ngày" counts them too."""

_NTH = "CASE WHEN c.day_trips_free THEN x.nth_overnight ELSE x.nth END"
"""The trip's number in the person's year under the chosen rule: without border day trips when it leaves them out."""

register(
    Check(
        RuleKind.MAX_TRIPS_PER_YEAR,
        rows="cv_person_trips x",
        breaks=f"coalesce({_NTH} > c.value, false)",
        message=sql_text(
            "{person} đi nước ngoài lần thứ {nth} trong năm {year}, vượt mức tối đa {limit} lần/năm theo {citation}",
            nth=_NTH,
            year="x.yr",
        )
        + " || "
        + optional(
            " (không tính chuyến đi trong ngày theo quyết định {day_trips})",
            day_trips="CASE WHEN c.day_trips_free THEN x.day_trips END",
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
            "trip_number": _NTH,
            "not_counted_day_trips": "CASE WHEN c.day_trips_free THEN x.day_trips END",
            "year": "x.yr",
            "person_key": "x.person_key",
            "not_counted": "x.left_out",
            "not_counted_programme": "x.programme",
            "not_counted_by_exception": "x.escorted",
        },
        per_person=True,
        rule_columns={"day_trips_free": DAY_TRIPS_NOT_COUNTED},
        to_check=(
            "CASE WHEN x.unsure IS NOT NULL THEN 'chưa rõ chuyến đi theo quyết định ' || x.unsure || ' có thực hiện '"
            " || x.programme || ' không (chuyến đi thực hiện văn bản này không tính vào số lần): kiểm tra quyết định'"
            " END"
        ),
    )
)
