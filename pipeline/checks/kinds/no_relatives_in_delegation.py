"""A spouse or relative of a member in the delegation, with no permission stated in the decision."""

from pipeline.checks.messages import sql_text
from pipeline.checks.registry import SEVERITY_FIRST, Check, register
from schemas.rules import RuleKind

_KIN = r"(phu nhân|phu quân|vợ|chồng|con trai|con gái|con ruột|người nhà|thân nhân)"
RELATIVE = rf"(^|[\s,(]){_KIN}($|[\s,)])"
"""A member listed as someone's relative (title or role): "Phu nhân đồng chí Chủ tịch", "vợ ông …"."""
PERMITTED = rf"(cho phép|đồng ý|chấp thuận)[^.;]{{0,80}}{_KIN}|{_KIN}[^.;]{{0,160}}(cho phép|đồng ý|chấp thuận)"
"""The decision states the permission the rule's exception asks for, in the relative's own sentence: a relation
then its reason may come before it ("phu nhân đồng chí X, đi cùng theo lời mời của phía Bạn (Thường trực Tỉnh ủy
đã đồng ý tại Công văn số …)"), hence the longer reach after the relation."""

register(
    Check(
        RuleKind.NO_RELATIVES_IN_DELEGATION,
        rows=f"""(SELECT m.*, tm.title, tm.role FROM cv_members m JOIN trip_members tm USING (trip_id, ordinal)
                 WHERE regexp_matches(lower(concat_ws(' ', tm.title, tm.role)), '{RELATIVE}')) x""",
        joins="LEFT JOIN documents dd ON dd.sha256 = x.trip_id",
        breaks=f"NOT regexp_matches(lower(coalesce(dd.text, '')), '{PERMITTED}')",
        needs_value=False,
        stricter=SEVERITY_FIRST,
        per_person=True,
        message=sql_text(
            "{person} ({relation}) đi cùng đoàn theo quyết định {decision}, quyết định không nêu việc được cấp có "
            "thẩm quyền cho phép, trái với {citation}",
            relation="concat_ws(', ', x.title, x.role)",
        ),
        evidence={"title": "x.title", "role": "x.role"},
    )
)
