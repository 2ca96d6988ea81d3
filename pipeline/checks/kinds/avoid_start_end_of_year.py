"""A trip leaving in January or December, when trips are to be limited (a warning by default).

A rule whose wording holds no trip — a mere "hạn chế … vào dịp đầu năm, cuối năm" naming neither a month nor a ban
(`extractors.rules._year_ends_unheld`, its `problem`) — gives no finding, and a rule that holds trips is chosen
before it."""

from pipeline.checks.messages import choose, date, quote, sql_text
from pipeline.checks.registry import SEVERITY_FIRST, Check, register
from pipeline.checks.sources import folded
from schemas.rules import RuleKind

CENTRAL_EXEMPT = (
    "coalesce(x.joins_central_delegation, false) AND "
    f"regexp_matches({folded('coalesce(c.exception, c.sentence)')}, '\\btru\\b[^.;]*\\btrung uong\\b')"
)
"""A rule that leaves out central-programme delegations ("…; trừ các đoàn tham gia hoạt động đối ngoại theo chương
trình của Trung ương", its exception) and a trip whose members join a central body's delegation
(`Trip.joins_central_delegation`): no finding."""

register(
    Check(
        RuleKind.AVOID_START_END_OF_YEAR,
        rows="cv_trips x",
        breaks=f"month(x.start_date) IN (1, 12) AND c.problem IS NULL AND NOT coalesce({CENTRAL_EXEMPT}, false)",
        needs_value=False,
        stricter=f"(r.problem IS NOT NULL)::INTEGER * 2 + {SEVERITY_FIRST}",
        message=sql_text(
            "Chuyến đi theo quyết định {decision} khởi hành ngày {start}, vào dịp {part} năm, thời điểm cần hạn chế "
            "theo {citation}",
            start=date("x.start_date"),
            part=choose("month(x.start_date) = 1", quote("đầu"), quote("cuối")),
        ),
        evidence={"start": "x.start_date"},
    )
)
