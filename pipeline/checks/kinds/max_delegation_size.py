"""A delegation with more members than the rule allows: the larger of the members listed and the size the
decision states ("gồm 13 thành viên"), since a scan may lose rows of an annexed list."""

from pipeline.checks.messages import sql_text
from pipeline.checks.registry import Check, register
from schemas.rules import RuleKind

register(
    Check(
        RuleKind.MAX_DELEGATION_SIZE,
        rows="cv_trips x",
        breaks="x.n_members > c.value",
        message=sql_text(
            "Đoàn theo quyết định {decision} có {members} người, vượt mức tối đa {limit} người/đoàn theo {citation}",
            members="x.n_members",
        ),
        evidence={"members": "x.n_members", "listed": "x.n_listed"},
    )
)
