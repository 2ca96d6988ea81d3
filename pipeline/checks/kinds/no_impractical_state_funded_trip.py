"""A trip on the state budget whose stated purpose is only exchange, survey or study: a person judges
whether it is "thiết thực" (practical), congvan shows the purpose — always a review, never a breach."""

from pipeline.checks.messages import sql_text
from pipeline.checks.registry import SEVERITY_FIRST, Check, register
from schemas.rules import RuleKind

STUDY = r"giao lưu|khảo sát|học tập kinh nghiệm|tham quan|nghiên cứu, học tập|trao đổi kinh nghiệm"
SUBSTANTIVE = (
    r"hội nghị|hội thảo|đàm phán|ký kết|diễn đàn|xúc tiến|hội chợ|triển lãm|tập huấn|đào tạo|tuyên truyền|tiếp xúc"
)
"""Purposes with their own business: a trip that also does one of these is not "only" a study visit."""

register(
    Check(
        RuleKind.NO_IMPRACTICAL_STATE_FUNDED_TRIP,
        rows="cv_trips x",
        breaks=f"x.funding = 'state_budget' AND regexp_matches(lower(coalesce(x.purpose, '')), '{STUDY}') "
        f"AND NOT regexp_matches(lower(x.purpose), '{SUBSTANTIVE}')",
        needs_value=False,
        stricter=SEVERITY_FIRST,
        severity="'review'",
        message=sql_text(
            "Chuyến đi theo quyết định {decision} bằng ngân sách nhà nước với mục đích “{purpose}”: cần xem xét "
            "chuyến đi có thiết thực không theo {citation}",
            purpose="x.purpose",
        ),
        evidence={"purpose": "x.purpose", "funding": "x.funding", "funding_text": "x.funding_text"},
        to_check="'mục đích chuyến đi có thiết thực, hiệu quả không "
        "(không phải giao lưu, khảo sát, tham quan đơn thuần)'",
    )
)
