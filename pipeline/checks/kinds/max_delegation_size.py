"""A delegation with more members than the rule allows: the larger of the members listed and the size the
decision states ("gồm 13 thành viên"), since a scan may lose rows of an annexed list. A rule that leaves out
interpreters or drivers ("tối đa mười (10) người, kể cả trưởng đoàn, không kể phiên dịch"; "Phiên dịch viên và
lái xe (đối với đoàn đi bằng đường bộ) không tính vào số thành viên") counts the members listed as such (title or
role "Phiên dịch", "Lái xe") out: a driver is listed only on a trip by road.

Members whose name a scan gave unsure are left out of the trip (`Trip.unsure_members`) until a person answers their
review item: a delegation within the limit that would break it with them is a `review` naming them; a breach
without them stays a breach."""

from pipeline.checks.messages import choose, sql_text
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
_INTERPRETERS_OUT = "CASE WHEN c.interpreters_not_counted THEN x.n_interpreters ELSE 0 END"
_DRIVERS_OUT = "CASE WHEN c.drivers_not_counted THEN x.n_drivers ELSE 0 END"
LEFT_OUT = f"{_INTERPRETERS_OUT} + {_DRIVERS_OUT}"
COUNTED = f"x.n_members - ({LEFT_OUT})"
POSSIBLE = f"x.n_possible - ({LEFT_OUT})"
"""The count with the members read unsure and not answered yet (`cv_trips.n_unsure`)."""
_WITHIN = f"{COUNTED} <= c.value"

register(
    Check(
        RuleKind.MAX_DELEGATION_SIZE,
        rows="cv_trips x",
        breaks=f"{POSSIBLE} > c.value",
        message=choose(
            _WITHIN,
            sql_text(
                "Đoàn theo quyết định {decision} có {members} người đọc chắc tên, thêm {unsure} người tên chưa đọc "
                "chắc thì là {possible} người, vượt mức tối đa {limit} người/đoàn theo {citation}",
                members=COUNTED,
                unsure="x.n_unsure",
                possible=POSSIBLE,
            ),
            sql_text(
                "Đoàn theo quyết định {decision} có {members} người, vượt mức tối đa {limit} người/đoàn theo "
                "{citation}",
                members=COUNTED,
            ),
        ),
        evidence={
            "members": COUNTED,
            "listed": "x.n_listed",
            "unsure_members": "x.unsure_names",
            "interpreters_not_counted": _INTERPRETERS_OUT,
            "drivers_not_counted": _DRIVERS_OUT,
        },
        rule_columns={"interpreters_not_counted": INTERPRETERS_NOT_COUNTED, "drivers_not_counted": DRIVERS_NOT_COUNTED},
        to_check=f"CASE WHEN {_WITHIN} THEN 'thành viên có tên chưa đọc chắc trên bản quét, chưa tính vào đoàn: ' "
        "|| x.unsure_names || ': kiểm tra danh sách trong quyết định ' || coalesce(x.decision_number, x.trip_id) END",
        asked_by_input="x.n_unsure_skipped = 0",  # the trip_member items ask each name, until one is skipped
    )
)
