"""A person's n-th trip abroad in a calendar year, beyond the number of trips a year the rule allows.

Trips the rule's exception leaves out of the count are not numbered (`pipeline.checks.sources`); the finding names
them with the exception's words ("tháp tùng đoàn lãnh đạo cấp cao …"), and those carrying out a named agreement
(`pipeline.checks.programmes`), and is a review when a counted trip names the
agreement's party but not the agreement: it may be one of them. A rule that leaves border day trips out counts
without them (`DAY_TRIPS_NOT_COUNTED`), another rule of the same province may count them; one that counts a head
appointed in the year from the appointment counts the trips in the post only (`SINCE_APPOINTED`)."""

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

SINCE_APPOINTED = f"regexp_matches({folded('c.sentence')}, 'bo nhiem[^.;]*chi tinh[^.;]*tu (ngay|khi)')"
"""A trips-per-year rule (chosen, `c`) that counts a head appointed in the year from the appointment only ("Người
được bổ nhiệm giữ chức vụ người đứng đầu trong năm chỉ tính các chuyến xuất cảnh từ ngày giữ chức vụ", taken into
its sentence by `extractors.rules`): the trips on which the person's decision gives another post are not counted.
Each decision's title is the post held when it was signed; a title lost or misread can only leave a trip out (a
breach missed), never count one the rule leaves out."""

_NTH = (
    "CASE WHEN c.day_trips_free AND c.since_appointed THEN x.nth_overnight_in_post"
    " WHEN c.day_trips_free THEN x.nth_overnight WHEN c.since_appointed THEN x.nth_in_post ELSE x.nth END"
)
"""The trip's number in the person's year under the chosen rule: without border day trips when it leaves them out,
and only the trips in the post when it counts from the appointment."""

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
            " (chỉ tính các chuyến từ khi giữ chức vụ: không tính chuyến đi theo quyết định {before_post})",
            before_post="CASE WHEN c.since_appointed THEN x.before_post END",
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
        )
        + " || "
        + optional(" ({same_person})", same_person="x.same_person"),
        evidence={
            "trip_number": _NTH,
            "not_counted_day_trips": "CASE WHEN c.day_trips_free THEN x.day_trips END",
            "not_counted_before_post": "CASE WHEN c.since_appointed THEN x.before_post END",
            "year": "x.yr",
            "person_key": "x.person_key",
            "not_counted": "x.left_out",
            "not_counted_programme": "x.programme",
            "not_counted_by_exception": "x.escorted",
            "same_person": "x.same_person",
        },
        per_person=True,
        rule_columns={"day_trips_free": DAY_TRIPS_NOT_COUNTED, "since_appointed": SINCE_APPOINTED},
        to_check=(
            "CASE WHEN x.unsure IS NOT NULL THEN 'chưa rõ chuyến đi theo quyết định ' || x.unsure || ' có thực hiện '"
            " || x.programme || ' không (chuyến đi thực hiện văn bản này không tính vào số lần): kiểm tra quyết định'"
            " END"
        ),
    )
)
