"""A trip paid for, or invited by name, by a firm."""

from pipeline.checks.messages import choose, optional, quote, sql_text
from pipeline.checks.registry import SEVERITY_FIRST, Check, register
from schemas.rules import RuleKind

FIRM = r"^(công ty|tập đoàn|doanh nghiệp)|\b(co\.,? ?ltd|corporation|inc|jsc|group|limited)\b"
"""An inviter or sponsor that is a firm (not an agency whose name mentions firms, e.g. "Cơ quan Xúc tiến
Doanh nghiệp …")."""

register(
    Check(
        RuleKind.NO_ENTERPRISE_FUNDED,
        rows="cv_trips x",
        breaks=f"x.funding = 'enterprise' OR regexp_matches(lower(coalesce(x.inviter, '')), '{FIRM}') "
        f"OR regexp_matches(lower(coalesce(x.sponsor, '')), '{FIRM}')",
        needs_value=False,
        stricter=SEVERITY_FIRST,
        message=sql_text(
            "Chuyến đi theo quyết định {decision} do doanh nghiệp {how}{firm}, trái với {citation}",
            how=choose("x.funding = 'enterprise'", quote("đài thọ"), quote("mời đích danh")),
            firm=optional(" ({name})", name="coalesce(x.sponsor, x.inviter, x.funding_text)"),
        ),
        evidence={
            "funding": "x.funding",
            "funding_text": "x.funding_text",
            "sponsor": "x.sponsor",
            "inviter": "x.inviter",
        },
    )
)
