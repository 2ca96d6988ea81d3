"""A trip longer, per country visited, than the rule allows (travel days out and back not counted, unless the rule
counts them: "tính cả ngày đến và ngày rời quốc gia đó")."""

from pipeline.checks.kinds.max_countries_per_trip import COUNTRIES
from pipeline.checks.messages import choose, date, quote, sql_text
from pipeline.checks.registry import Check, register
from pipeline.checks.sources import COUNTRY_GAP, folded
from schemas.rules import RuleKind

TRAVEL_DAYS = 2
"""Days of a trip spent travelling (out and back), not counted against a per-country limit."""

_WHOLE_DAYS = (
    f"regexp_matches({folded('c.sentence')}, '\\b(tinh|ke) ca (cac )?(ngay|thoi gian) (den|di|roi|xuat canh)')"
)
"""A rule counting the days of arrival and departure ("không quá sáu (06) ngày, tính cả ngày đến và ngày rời quốc gia
đó", "kể cả thời gian đi đường"): no travel days left out."""
_TRAVEL = f"CASE WHEN c.whole_days THEN 0 ELSE {TRAVEL_DAYS} END"
_PER_COUNTRY = f"(x.end_date - x.start_date + 1 - {_TRAVEL}) / x.n_countries"

_TRAINING = r"(dao tao|boi duong|tap huan)"
_TRAINING_LEFT_OUT = f"regexp_matches({folded('coalesce(c.exception, c.sentence)')}, 'khong ap dung[^.;]*{_TRAINING}')"
TRAINING_EXEMPT = (
    "c.training_left_out AND "
    f"regexp_matches({folded('x.purpose')}, '(khoa|lop) {_TRAINING}[^.;]*(chuong trinh|du an|de an)[^.;]*phe duyet')"
)
"""A rule that does not apply to training courses ("không áp dụng đối với đoàn tham gia khóa đào tạo, bồi dưỡng
theo chương trình hợp tác đã được cấp có thẩm quyền phê duyệt", read after it as its exception), and a trip the
decision says is such a course of an approved programme: no finding."""

register(
    Check(
        RuleKind.MAX_DAYS_PER_COUNTRY,
        rows="(SELECT * FROM cv_trips WHERE n_countries > 0 AND start_date IS NOT NULL AND end_date IS NOT NULL) x",
        joins="LEFT JOIN cv_country_gaps g ON g.trip_id = x.trip_id",
        breaks=f"{_PER_COUNTRY} > c.value AND NOT coalesce({TRAINING_EXEMPT}, false)",
        message=sql_text(
            "Chuyến đi theo quyết định {decision} kéo dài {days} ngày ({start} - {end}) qua {n} nước: bình quân "
            "{per_country} ngày mỗi nước {travel}, vượt mức tối đa {limit} ngày/nước theo {citation}",
            days="x.end_date - x.start_date + 1",
            start=date("x.start_date"),
            end=date("x.end_date"),
            n="x.n_countries",
            per_country=f"replace(CAST(round({_PER_COUNTRY}, 1) AS VARCHAR), '.', ',')",
            travel=choose(
                "c.whole_days", quote("tính cả ngày đến và ngày rời"), quote(f"sau khi trừ {TRAVEL_DAYS} ngày đi về")
            ),
        ),
        evidence={
            "days": "x.end_date - x.start_date + 1",
            "travel_days": _TRAVEL,
            "countries": COUNTRIES,
            "days_per_country": f"round({_PER_COUNTRY}, 2)",
            "listed_items": "g.listed",
        },
        rule_columns={"training_left_out": _TRAINING_LEFT_OUT, "whole_days": _WHOLE_DAYS},
        to_check=COUNTRY_GAP,  # fewer countries read than listed make more days per country
    )
)
