"""A delegation with more members than the rule allows: the larger of the members listed and the size the
decision states ("gồm 13 thành viên"), since a scan may lose rows of an annexed list. A rule that leaves posts out
of the count ("tối đa mười (10) người, kể cả trưởng đoàn, không kể phiên dịch"; "Phiên dịch viên và lái xe (đối với
đoàn đi bằng đường bộ) không tính vào số thành viên"; "không quá 12 thành viên (không tính diễn viên, nhạc công, vận
động viên, huấn luyện viên)") carries them (`Rule.not_counted`), and the members whose title or role names one are
not counted (`pipeline.checks.uncounted`, `cv_uncounted` joined as `u`): the finding says how many were counted of
how many, and who was left out ("diễn viên 8, nhạc công 3"). A member whose title is not read is counted, and a
breach that would not be one if those members held a post left out is a `review` naming them (`cv_untitled`, as `w`).

Members whose name a scan gave unsure are left out of the trip (`Trip.unsure_members`) until a person answers their
review item: a delegation within the limit that would break it with them is a `review` naming them; a breach
without them stays a breach."""

from pipeline.checks.messages import choose, optional, sql_text
from pipeline.checks.registry import Check, register
from schemas.rules import RuleKind

LEFT_OUT = "coalesce(u.n, 0)"
COUNTED = f"x.n_members - {LEFT_OUT}"
POSSIBLE = f"x.n_possible - {LEFT_OUT}"
"""The count with the members read unsure and not answered yet (`cv_trips.n_unsure`)."""
_WITHIN = f"{COUNTED} <= c.value"
_HOW_COUNTED = optional(
    " (tính {counted} trên {members} người, không tính {posts})",
    counted=COUNTED,
    members="x.n_members",
    posts="u.posts",
)
"""How the count was made when the rule leaves members out: "(tính 13 trên 24 người, không tính diễn viên 8, …)"."""
_UNTITLED_DECIDE = f"coalesce(w.n, 0) > 0 AND {COUNTED} - w.n <= c.value"
"""The members of no title read could bring the count within the limit, were they of a post the rule leaves out."""
_UNSURE_NAMES = (
    f"CASE WHEN {_WITHIN} THEN 'thành viên có tên chưa đọc chắc trên bản quét, chưa tính vào đoàn: ' "
    "|| x.unsure_names || ': kiểm tra danh sách trong quyết định ' || coalesce(x.decision_number, x.trip_id) END"
)
_UNTITLED = (
    f"CASE WHEN {_UNTITLED_DECIDE} THEN 'chưa đọc được chức danh của ' || w.names || ' (đã tính vào đoàn): kiểm tra "
    "trong quyết định ' || coalesce(x.decision_number, x.trip_id) || ' họ có thuộc diện không tính vào số người của "
    "đoàn không' END"
)

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
        )
        + " || "
        + _HOW_COUNTED,
        evidence={
            "members": COUNTED,
            "listed": "x.n_listed",
            "unsure_members": "x.unsure_names",
            "members_not_counted": LEFT_OUT,
            "posts_not_counted": "u.posts",
        },
        joins="LEFT JOIN cv_uncounted u ON u.trip_id = x.trip_id AND u.rule_id = c.rule_id"
        " LEFT JOIN cv_untitled w ON w.trip_id = x.trip_id AND w.rule_id = c.rule_id",
        to_check=f"nullif(concat_ws('; ', {_UNSURE_NAMES}, {_UNTITLED}), '')",
        # the trip_member items ask each name, until one is skipped; no item asks a title
        asked_by_input=f"x.n_unsure_skipped = 0 AND NOT coalesce({_UNTITLED_DECIDE}, false)",
    )
)
