"""A delegation with more members than the rule allows: the larger of the members listed and the size the
decision states ("gồm 13 thành viên"), since a scan may lose rows of an annexed list. A rule that leaves out
interpreters or drivers ("tối đa mười (10) người, kể cả trưởng đoàn, không kể phiên dịch"; "Phiên dịch viên và
lái xe (đối với đoàn đi bằng đường bộ) không tính vào số thành viên") counts the members listed as such (title or
role "Phiên dịch", "Lái xe") out: a driver is listed only on a trip by road."""

from pipeline.checks.messages import sql_text
from pipeline.checks.registry import Check, register
from schemas.rules import RuleKind


def _not_counted(who: str) -> str:
    """SQL: the chosen rule's sentence leaves `who` (a folded regex) out of the count, before or after saying so."""
    sentence = "strip_accents(lower(coalesce(c.sentence, '')))"
    return (
        f"(regexp_matches({sentence}, '(khong|chua) (ke|tinh)[^.;]*({who})') "
        f"OR regexp_matches({sentence}, '({who})[^.;]*(khong|chua) (ke|tinh)'))"
    )


INTERPRETERS_NOT_COUNTED = _not_counted("phien dich")
DRIVERS_NOT_COUNTED = _not_counted("lai xe|tai xe")
LEFT_OUT = (
    f"CASE WHEN {INTERPRETERS_NOT_COUNTED} THEN x.n_interpreters ELSE 0 END"
    f" + CASE WHEN {DRIVERS_NOT_COUNTED} THEN x.n_drivers ELSE 0 END"
)
COUNTED = f"x.n_members - ({LEFT_OUT})"

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
            "drivers_not_counted": f"CASE WHEN {DRIVERS_NOT_COUNTED} THEN x.n_drivers ELSE 0 END",
        },
    )
)
