"""A delegation with more members than the rule allows: the larger of the members listed and the size the
decision states ("gồm 13 thành viên"), since a scan may lose rows of an annexed list. A rule that leaves out
interpreters ("tối đa mười (10) người, kể cả trưởng đoàn, không kể phiên dịch") counts the members listed as
interpreters (title or role "Phiên dịch") out."""

from pipeline.checks.messages import sql_text
from pipeline.checks.registry import Check, register
from schemas.rules import RuleKind

INTERPRETERS_NOT_COUNTED = (
    "regexp_matches(strip_accents(lower(coalesce(c.sentence, ''))), '(khong|chua) (ke|tinh)[^.;]*phien dich')"
)
"""The chosen rule's sentence leaves interpreters out of the count."""
COUNTED = f"x.n_members - CASE WHEN {INTERPRETERS_NOT_COUNTED} THEN x.n_interpreters ELSE 0 END"

register(
    Check(
        RuleKind.MAX_DELEGATION_SIZE,
        rows="cv_trips x",
        breaks=f"{COUNTED} > c.value",
        message=sql_text(
            "Đoàn theo quyết định {decision} có {members} người, vượt mức tối đa {limit} người/đoàn theo {citation}",
            members=COUNTED,
        ),
        evidence={
            "members": COUNTED,
            "listed": "x.n_listed",
            "interpreters_not_counted": f"CASE WHEN {INTERPRETERS_NOT_COUNTED} THEN x.n_interpreters ELSE 0 END",
        },
    )
)
