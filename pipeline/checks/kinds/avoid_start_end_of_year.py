"""A trip leaving in January or December, when trips are to be limited (a warning by default)."""

from pipeline.checks.messages import choose, date, quote, sql_text
from pipeline.checks.registry import SEVERITY_FIRST, Check, register
from schemas.rules import RuleKind

register(
    Check(
        RuleKind.AVOID_START_END_OF_YEAR,
        rows="cv_trips x",
        breaks="month(x.start_date) IN (1, 12)",
        needs_value=False,
        stricter=SEVERITY_FIRST,
        message=sql_text(
            "Chuyến đi theo quyết định {decision} khởi hành ngày {start}, vào dịp {part} năm, thời điểm cần hạn chế "
            "theo {citation}",
            start=date("x.start_date"),
            part=choose("month(x.start_date) = 1", quote("đầu"), quote("cuối")),
        ),
        evidence={"start": "x.start_date"},
    )
)
