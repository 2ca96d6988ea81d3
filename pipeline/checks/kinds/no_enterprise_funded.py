"""A trip paid for, or invited by name, by a firm."""

from extractors.firm_kinds import ALIASES, OTHER_TRADES
from extractors.scope import NOT_SURELY_STATE, STATE_FIRM_NAMES
from pipeline.checks.messages import choose, optional, quote, sql_text
from pipeline.checks.registry import SEVERITY_FIRST, Check, register
from pipeline.checks.sources import folded
from schemas.rules import RuleKind

FIRM = r"^(công ty|tập đoàn|doanh nghiệp)|\b(co\.,? ?ltd|corporation|inc|jsc|group|limited)\b"
"""An inviter or sponsor that is a firm (not an agency whose name mentions firms, e.g. "Cơ quan Xúc tiến
Doanh nghiệp …")."""

_EXCEPTION = folded(
    "coalesce((SELECT string_agg(r.exception, ' ') FROM cv_rules r JOIN cv_rules o ON o.rule_id = c.rule_id "
    "WHERE r.kind = o.kind AND r.jurisdiction_key IS NOT DISTINCT FROM o.jurisdiction_key), '')"
)
"""The exceptions of every active ban of the rule's jurisdiction: a plan restating a regulation's ban ("Không đề xuất
các đoàn do doanh nghiệp đài thọ …") restates the ban, not the cases the regulation leaves out of it."""
_SPONSOR = folded("x.sponsor")
_UNIT = folded("coalesce(m.unit, '')")


def _letters(expr: str) -> str:
    """SQL of a folded name's letters and digits only: a scan's hyphen or dot inside it ("Tống công-ty Vận tải …")
    changes no name."""
    return f"regexp_replace({expr}, '[^a-z0-9]+', '', 'g')"


_STATE_NAME = "|".join(STATE_FIRM_NAMES)
_FUNDING = folded("coalesce(x.funding_text, '')")
_PAYS_FOR = (
    f"CASE WHEN strpos({_FUNDING}, {_SPONSOR}) > 0 THEN concat_ws(' ', "
    f"string_split(substr({_FUNDING}, 1, strpos({_FUNDING}, {_SPONSOR}) - 1), ';')[-1], "
    f"string_split(substr({_FUNDING}, strpos({_FUNDING}, {_SPONSOR})), ';')[1]) ELSE '' END"
)
"""The clause of the funding sentence that names the paying firm, folded, cut at ";": "Kinh phí của ông A và bà B do
Công ty X chi trả; kinh phí của các thành viên khác do ngân sách tỉnh bảo đảm" gives its first half."""
_PAID_BY_FIRM = (
    f"(regexp_matches({_EXCEPTION}, '\\bdoan chi gom\\b') OR NOT EXISTS (SELECT 1 FROM trip_members n "
    f"WHERE n.trip_id = x.trip_id AND contains({_PAYS_FOR}, {folded('n.name')})) "
    f"OR contains({_PAYS_FOR}, {folded('m.name')}))"
)
"""Whether the firm pays for member `m`: its clause names some members and `m` among them, or names none (it pays for
the whole delegation), or the exception is a delegation's ("Đoàn chỉ gồm người của một doanh nghiệp …": whose every
member must be the firm's)."""
OWN_STATE_FIRM = (
    f"regexp_matches({_EXCEPTION}, 'doanh nghiep (nha nuoc|do [^.]{{0,60}}\\blam chu so huu)[^.]*\\b"
    "((kinh|chi) phi cua (chinh )?doanh nghiep|do chinh doanh nghiep (do )?(chi tra|dai tho))') "
    f"AND regexp_matches({_SPONSOR}, '^({_STATE_NAME})\\b') AND NOT regexp_matches({_SPONSOR}, "
    f"'{NOT_SURELY_STATE.pattern}') AND NOT EXISTS (SELECT 1 FROM trip_members m WHERE m.trip_id = x.trip_id "
    f"AND NOT contains({_letters(_UNIT)}, {_letters(_SPONSOR)}) AND {_PAID_BY_FIRM})"
)
"""A rule that leaves out a state company sending its own people on its own money ("Việc doanh nghiệp nhà nước …
cử người của doanh nghiệp đi công tác bằng kinh phí của chính doanh nghiệp không thuộc trường hợp quy định tại điểm
này", its exception; "Đoàn chỉ gồm người của một doanh nghiệp nhà nước …, do chính doanh nghiệp đó chi trả …"),
or a state firm named by its owner ("Chi phí của người thuộc doanh nghiệp do UBND tỉnh làm chủ sở hữu do chính doanh
nghiệp đó chi trả không phải là tài trợ …"), and a trip paid by a company whose name only the state's forms take
("Tổng công ty …", "Công ty TNHH MTV …", not a joint-stock one: `extractors.scope`) whose every member it pays for
(`_PAID_BY_FIRM`) works there (the names compared on their letters and digits): not paid by a firm."""

_SENTENCE = folded("c.sentence")
_FOREIGN_TOO = "\\b(trong nuoc|viet nam),? (hay |hoac |va |lan )?(cac )?(doanh nghiep )?(cua )?nuoc ngoai\\b"
"""Words naming foreign firms right beside domestic ones, folded ("doanh nghiệp trong nước hoặc nước ngoài", "(trong
nước hay nước ngoài)", "doanh nghiệp Việt Nam và doanh nghiệp nước ngoài"): a ban on every firm's money."""
_DOMESTIC_ONLY = (
    f"((regexp_matches({_SENTENCE}, '\\bdoanh nghiep[a-z ,]{{0,40}}\\btrong nuoc\\b') "
    f"OR regexp_matches({_SENTENCE}, '\\bdoanh nghiep (cua )?viet nam\\b') "
    f"OR regexp_matches({_EXCEPTION}, '\\bdoanh nghiep nuoc ngoai\\b')) "
    f"AND NOT regexp_matches({_SENTENCE}, '{_FOREIGN_TOO}'))"
)
"""A ban on domestic firms' money only: its sentence says so ("doanh nghiệp, tổ chức kinh tế trong nước …",
"kinh phí do doanh nghiệp Việt Nam, kể cả doanh nghiệp hoạt động dịch vụ …"), or an exception of its jurisdiction
leaves foreign firms out ("Kinh phí do cơ quan, tổ chức, doanh nghiệp nước ngoài … tài trợ không thuộc trường hợp
quy định tại khoản 2"); not a sentence naming foreign firms beside them (`_FOREIGN_TOO`: "doanh nghiệp trong nước
hoặc nước ngoài tổ chức, chi trả kinh phí", whose foreign firm was a breach only while no country was read)."""
FOREIGN_FIRM = f"(x.sponsor_country IS NOT NULL AND {_DOMESTIC_ONLY})"
"""A trip a foreign firm pays (its decision names the firm's country: `extractors.funding`) under a ban on domestic
firms' money only: not paid by a firm the rule bans. Under a ban on every firm's money it still breaks the rule."""

_COOPERATIVE = f"regexp_matches({_SPONSOR}, '^(lien hiep )?hop tac xa\\b')"
"""A trip a cooperative pays ("Hợp tác xã Dược liệu X đài thọ …": `extractors.funding` reads it as an economic
organisation's money, with the firms')."""
_NAMES_COOPERATIVES = (
    "regexp_matches(" + folded("concat_ws(' ', c.sentence, c.exception)") + ", '\\b(hop tac xa|to chuc kinh te)\\b')"
)
"""A ban naming cooperatives beside firms ("doanh nghiệp, hợp tác xã trong nước"), or the economic organisations
they are ("doanh nghiệp, tổ chức kinh tế"): a cooperative's money breaks it. Under a ban naming firms only
("doanh nghiệp"), a cooperative — no firm under the Law on Enterprises, an economic organisation all the same —
may or may not be meant: the finding asks (`to_check`)."""
COOPERATIVE_DOUBT = (
    f"CASE WHEN {_COOPERATIVE} AND NOT c.names_cooperatives THEN 'quyết định ghi ' || x.sponsor || ' đài thọ, "
    "nhưng quy định chỉ nêu doanh nghiệp: xem hợp tác xã có thuộc phạm vi cấm không' END"
)

_FUNDING_TEXT = folded("x.funding_text")
_SPONSOR_ASIDE = (
    f"CASE WHEN strpos({_FUNDING_TEXT}, {_SPONSOR}) > 0 THEN regexp_extract(substr({_FUNDING_TEXT}, "
    f"strpos({_FUNDING_TEXT}, {_SPONSOR}) + length({_SPONSOR})), '^ ?\\(([^)]*)\\)', 1) END"
)
"""The aside in brackets right after the paying firm's name in the funding sentence, folded ("Công ty X (doanh
nghiệp nước ngoài) chi trả": "doanh nghiep nuoc ngoai")."""
FOREIGN_DOUBT = (
    f"CASE WHEN x.sponsor_country IS NULL AND {_DOMESTIC_ONLY} AND regexp_matches({_SPONSOR_ASIDE}, "
    "'\\b(doanh nghiep|cong ty|tap doan|to chuc) (cua )?nuoc ngoai\\b|\\bphia (ban|nuoc ngoai)\\b') "
    "THEN 'quyết định ghi ' || x.sponsor || ' là bên nước ngoài mà không nêu nước nào: xem doanh nghiệp này có "
    "phải doanh nghiệp trong nước không' END"
)
"""A firm the funding sentence calls foreign without naming its country ("Công ty X (doanh nghiệp nước ngoài)",
"(phía bạn)"), under a ban on domestic firms' money: `extractors.funding` reads no country, so the firm is not
surely out of the ban, nor surely in it — the finding asks (`to_check`) instead of stating a breach."""

_TRADE = "regexp_replace(" + folded("k") + ", '^trang ', '')"
_TRADE_WORDS = (
    "regexp_escape("
    + _TRADE
    + ") || "
    + " || ".join(
        f"CASE WHEN contains({_TRADE}, '{key}') THEN '|{alias}' ELSE '' END" for key, alias in ALIASES.items()
    )
)
_TRADES = (
    "(SELECT CASE WHEN json_array_length(r.firm_kinds) > 0 THEN '\\b(' || array_to_string(list_transform("
    f"from_json(r.firm_kinds, '[\"VARCHAR\"]'), lambda k: {_TRADE_WORDS}), '|') || ')\\b' END "
    "FROM rules r WHERE r.rule_id = c.rule_id)"
)
"""A regex over folded words that a firm of one of the ban's trades (`rules.firm_kinds`, `extractors.firm_kinds`)
matches by its name or aside: the trade's words ("trang" of "trang thiết bị" dropped) and what its firms are called
(`ALIASES`: "pharma" for "dược"); null for a ban on every firm."""
_FIRM_WORDS = (
    f"concat_ws(' ', {folded('coalesce(x.sponsor, x.funding_text)')}, {_SPONSOR_ASIDE}, {folded('x.inviter')})"
)
"""What the decision says of the paying or inviting firm, folded: its name and the aside after it ("Tập đoàn Công nghệ
Sao Bắc (doanh nghiệp viễn thông …)")."""
OF_BANNED_TRADE = f"(c.trades IS NULL OR regexp_matches({_FIRM_WORDS}, c.trades))"
OTHER_TRADE = f"(NOT {OF_BANNED_TRADE} AND regexp_matches({_FIRM_WORDS}, '\\b({OTHER_TRADES})\\b'))"
"""A firm whose name or aside names another trade than the ban's ("doanh nghiệp kinh doanh dược, trang thiết bị y
tế" and a telecom group): not a firm the rule bans. One whose words name no trade at all may be of the ban's: the
finding asks (`TRADE_DOUBT`)."""
_TRADE_NAMES = (
    "(SELECT array_to_string(from_json(r.firm_kinds, '[\"VARCHAR\"]'), ', ') FROM rules r WHERE r.rule_id = c.rule_id)"
)
TRADE_DOUBT = (
    f"CASE WHEN NOT {OF_BANNED_TRADE} THEN 'quy định chỉ cấm doanh nghiệp kinh doanh ' || c.trade_names || ': xem ' "
    "|| coalesce(x.sponsor, x.inviter, 'doanh nghiệp') || ' có kinh doanh ngành này không' END"
)

_FIRM_PAID = f"(x.funding = 'enterprise' OR regexp_matches(lower(coalesce(x.sponsor, '')), '{FIRM}'))"
_FIRM_INVITED = f"regexp_matches(lower(coalesce(x.inviter, '')), '{FIRM}')"
_BANNED_INVITER = f"({_FIRM_INVITED} AND NOT coalesce({FOREIGN_FIRM} AND {folded('x.inviter')} = {_SPONSOR}, false))"
"""A firm inviting, not the foreign firm that pays (`FOREIGN_FIRM`) under a ban on domestic firms' money: "Căn cứ thư
mời … của Công ty TNHH Sakura Kaigo (Nhật Bản)" and the same firm paying its costs in Japan are one foreign firm's
invitation and money, which such a ban leaves out."""

register(
    Check(
        RuleKind.NO_ENTERPRISE_FUNDED,
        # only the trips a firm pays or invites: DuckDB runs `OWN_STATE_FIRM`'s subqueries for every row judged (a
        # join of all members with all trips, a fifth of the checks on a million trips), not only where it matters
        rows=f"(SELECT * FROM cv_trips x WHERE {_FIRM_PAID} OR {_FIRM_INVITED}) x",
        breaks=f"(({_FIRM_PAID} AND NOT coalesce({OWN_STATE_FIRM}, false) AND NOT coalesce({FOREIGN_FIRM}, false)) "
        f"OR {_BANNED_INVITER}) AND NOT {OTHER_TRADE}",
        needs_value=False,
        stricter=SEVERITY_FIRST,
        message=sql_text(
            "Chuyến đi theo quyết định {decision} do {payer} {how}{firm}, trái với {citation}",
            payer=choose(_COOPERATIVE, quote("hợp tác xã"), quote("doanh nghiệp")),
            how=choose("x.funding = 'enterprise'", quote("đài thọ"), quote("mời đích danh")),
            firm=optional(" ({name})", name="coalesce(x.sponsor, x.inviter, x.funding_text)"),
        ),
        rule_columns={"names_cooperatives": _NAMES_COOPERATIVES, "trades": _TRADES, "trade_names": _TRADE_NAMES},
        to_check=f"coalesce({TRADE_DOUBT}, {COOPERATIVE_DOUBT}, {FOREIGN_DOUBT})",
        evidence={
            "funding": "x.funding",
            "funding_text": "x.funding_text",
            "sponsor": "x.sponsor",
            "sponsor_country": "x.sponsor_country",
            "inviter": "x.inviter",
        },
    )
)
