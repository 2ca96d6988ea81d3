"""A trip on the state budget whose stated purpose is a tour ("tham quan") with no business of its own: a person
judges whether it is "thiết thực" (practical), congvan shows the purpose — always a review, never a breach.

The rule ("không tổ chức các chuyến đi mang tính tham quan, khảo sát không thiết thực") forbids impractical
trips, not surveys or study: "khảo sát", "học tập kinh nghiệm", "trao đổi kinh nghiệm" are the ordinary work of a
delegation, and whether one was impractical is nowhere in a decision or its report. Prompting on every such trip
asked an inspector to judge most of a ministry's trips on no evidence (issue 13, blind scenario 8). A purpose that
names the forbidden character itself, a visit "tham quan" with nothing to negotiate, present or learn at a
meeting, is what the text can show; only that is put to a person.
"""

from pipeline.checks.messages import sql_text
from pipeline.checks.registry import SEVERITY_FIRST, Check, register
from schemas.rules import RuleKind

TOUR = r"\btham quan\b"
SUBSTANTIVE = (
    r"hội nghị|hội thảo|đàm phán|ký kết|diễn đàn|xúc tiến|hội chợ|triển lãm|tập huấn|đào tạo|tuyên truyền|tiếp xúc|"
    r"làm việc với|trao đổi về|thảo luận|hội đàm|bàn về"
)
"""Purposes with their own business: a trip that also does one of these is not "only" a tour ("tham quan nhà máy
và trao đổi về dự án đầu tư …" discusses a project; "trao đổi kinh nghiệm" alone is study, not business)."""

register(
    Check(
        RuleKind.NO_IMPRACTICAL_STATE_FUNDED_TRIP,
        rows="cv_trips x",
        breaks=f"x.funding = 'state_budget' AND regexp_matches(lower(coalesce(x.purpose, '')), '{TOUR}') "
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
        to_check="'mục đích chuyến đi có thiết thực, hiệu quả không (không phải chuyến đi mang tính tham quan)'",
    )
)
