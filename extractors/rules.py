"""Rule sentences in dispatches → typed rules (`ExtractedRule`) with value, unit, scope, exception, severity.

How it works, and why each tool:
- Clauses: underthesea's `sent_tokenize` for sentences, then plain regex splits on ";" and on enumerated
  items ("1-", "2 -", "3.", "+", "-") because dispatches pack several rules into one sentence
  ("... theo nguyên tắc: 1- ...; 2- ...").
- Quantities ("02 lần/năm", "hai (02) lượt/năm", "07 ngày làm việc", "10 người/đoàn", "03 nước") with
  spaCy's `Matcher` over a blank `xx` pipeline: the tokenizer splits "lần/năm" and "(đột" apart, so one token
  pattern covers "02 lần/năm", "02 lần trong năm" and "02 lần trong một năm" without a regex per spelling.
  (`blank("vi")` needs pyvi; whitespace-only splitting would glue "năm)" to its parenthesis.) Numbers however
  written ("02", "mười (10)", "hai mươi lăm") come from `extractors.numbers` and are merged into one token each
  before matching; the bound around them ("không quá", "ít nhất", "chậm nhất sau") too.
- Cues (who, what, prohibition, recommendation, exception) with plain regex over the lower-cased clause:
  they are short fixed phrases where a regex is clearer than a token pattern.
- Layout (`find_rules`): a time standing apart from what it times (a table cell, a lead-in its listed items
  share) is read with those words; a headline's rule yields to the body's rule of its kind; a proposal reported
  ("Sở đề xuất …") states none (docs/rules.md, "How a dispatch lays a rule out").

A new rule kind is one `KindPattern` entry in `KIND_PATTERNS` (plus a `RuleKind` member).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import pairwise
from typing import Any

from extractors import nlp
from extractors.annex_posts import find_annex_definition
from extractors.firm_kinds import banned_firm_kinds
from extractors.first_chars import compile_led
from extractors.issued_regulation import inline_regulation, regulation_only, regulation_start
from extractors.issuing_body import BodyScope, lead_ins, rule_body
from extractors.numbers import Bound, NumberMention, bound_of, find_numbers
from extractors.rule_changes import TOPICS, amended_regulation, amended_wording
from extractors.rule_dates import RuleStart, document_start, rule_start
from extractors.rule_table import table_rows
from extractors.same_person import find_same_person_rule
from extractors.same_unit import find_unit_definition
from extractors.scope import (
    HEAD_SUBJECT_PHRASE,
    HEADS_PHRASE,
    KEY_LEADER,
    KEY_LEADER_PHRASE,
    LISTED,
    MANAGED_CADRE_PHRASE,
    UNIT_LEADER,
    find_definitions,
    find_group_scope,
    find_listed_scope,
    find_numbered_group,
    find_post_scope,
    group_subject,
    scope_of,
)
from extractors.size_exclusions import members_not_counted
from extractors.trip_exclusions import find_trip_exclusions
from extractors.vntext import fold, is_upper_line, squash
from schemas.document import DocType, Document, ExtractedRule, ScopeDefinition, Span
from schemas.rules import RuleKind, Severity

RULE_DOC_TYPES = frozenset(
    {
        DocType.CONG_VAN,
        DocType.CHI_THI,
        DocType.KE_HOACH,
        DocType.QUY_DINH,
        DocType.QUY_CHE,
        DocType.HUONG_DAN,
        DocType.NGHI_QUYET,
        DocType.THONG_BAO,
        DocType.OTHER,
    }
)
"""Document types that state rules (news copies come in as `other`); decisions and reports only apply them."""

NUMBER = "#num"
"""The NORM given to every number token (digits, "mười (10)", "hai mươi lăm") before matching units."""
_NUM: dict[str, Any] = {"NORM": NUMBER}
_PER_YEAR_TAILS: list[list[dict[str, Any]]] = [
    [{"ORTH": "/"}, {"LOWER": "năm"}],
    # "trong một năm" however "một" is written: "trong 1 năm", "trong 01 năm"
    [
        {"LOWER": {"IN": ["trong", "mỗi", "một"]}},
        {"LOWER": {"IN": ["một", "mỗi", "1", "01"]}, "OP": "?"},
        {"LOWER": "năm"},
    ],
    [{"ORTH": "/"}, {"LOWER": "người"}, {"ORTH": "/"}, {"LOWER": "năm"}],
]
QUANTITY_PATTERNS: dict[str, list[list[dict[str, Any]]]] = {
    "TIMES_PER_YEAR": [[_NUM, {"LOWER": {"IN": ["lần", "lượt", "chuyến", "đợt"]}}, *tail] for tail in _PER_YEAR_TAILS],
    "PEOPLE": [[_NUM, {"LOWER": {"IN": ["người", "thành", "đồng"]}}]],
    "WORKING_DAYS": [[_NUM, {"LOWER": "ngày"}, {"LOWER": "làm"}, {"LOWER": "việc"}]],
    "DAYS": [[_NUM, {"LOWER": "ngày"}]],  # "07 ngày làm việc" is WORKING_DAYS, which wins at the same number
    "WORKING_WEEKS": [[_NUM, {"LOWER": "tuần"}, {"LOWER": "làm"}, {"LOWER": "việc"}]],
    "WEEKS": [[_NUM, {"LOWER": "tuần"}]],  # "01 tuần": seven calendar days, as a deadline in plain "ngày"
    "MONTHS": [[_NUM, {"LOWER": "tháng"}]],  # "01 tháng": a calendar month; not a date's "ngày 21 tháng 7"
    "COUNTRIES": [[_NUM, {"LOWER": {"IN": ["nước", "quốc"]}}]],
    "TIMES": [[_NUM, {"LOWER": {"IN": ["lần", "lượt", "chuyến", "đợt"]}}]],  # the year named before: "Mỗi năm, … 2 lần"
}


def _unit_words() -> frozenset[str]:
    """Every word a quantity's unit token can be (the token after the number in each pattern)."""
    words: set[str] = set()
    for patterns in QUANTITY_PATTERNS.values():
        for pattern in patterns:
            lower = pattern[1]["LOWER"]
            words.update([lower] if isinstance(lower, str) else lower["IN"])
    return frozenset(words)


_UNIT_WORDS = _unit_words()
"""A clause holding none of these (as a substring of its lower case) holds no quantity: spaCy is not run."""


def _has_unit_word(lowered: str) -> bool:
    """Whether a lower-cased clause holds a unit word (`_UNIT_WORDS`): without one `quantities` finds nothing."""
    return any(word in lowered for word in _UNIT_WORDS)


UNITS = {
    "TIMES_PER_YEAR": "times_per_year",
    "PEOPLE": "people",
    "WORKING_DAYS": "working_days",
    "DAYS": "days",
    "WORKING_WEEKS": "working_days",
    "WEEKS": "days",
    "MONTHS": "months",
    "COUNTRIES": "countries",
}
DAYS_IN = {"WORKING_WEEKS": 5, "WEEKS": 7}
"""A time written in weeks is held in days, the unit its checks count: a week is seven calendar days ("ít nhất
01 tuần trước ngày đi" = 7 days), a working week five working days. A month is no fixed number of days (28 to
31): it keeps its unit `months`, and the checks add calendar months."""

PROHIBITION = re.compile(r"\b(không|nghiêm cấm|cấm|tuyệt đối không)\b")
RECOMMENDATION = re.compile(r"\b(hạn chế|cân nhắc|tránh|nên|khuyến khích|khuyến cáo)\b")
HARD = re.compile(r"\b(không được|không quá|nghiêm cấm|tuyệt đối|phải|không cử|không bố trí|không cho phép)\b")


_TRIP = r"(đoàn|\bcử\b|đi công tác|(đi|ra) nước ngoài)"
"""A clause about sending people abroad (the other cues only say what about it)."""
_APPROVED_PLAN = (
    r"(\btrừ\b[^.;]{0,120}?|\bchỉ\b[^.;]{0,40}?|\bphải (thực hiện |đi )?)"
    r"(theo|trong) (đúng )?(chương trình,? )?kế hoạch( [^\W\d]+){0,3}? (đã )?được [^.;]{0,80}?(phê duyệt|thông qua)"
    r"|\b(không (tổ chức|cử|bố trí|cho phép|đi)|tạm dừng|hạn chế)\b[^.;()]{0,120}?\(?\s*\btrừ (các |những )?"
    r"(đoàn|chuyến|trường hợp)[^.;()]{0,20}?\b(đã có|có trong|nằm trong) kế hoạch"
)
"""Trips in the plan a superior approved, as what a ban or a limit leaves out ("hạn chế …, trừ … theo đúng
kế hoạch đã được … thông qua", "không tổ chức đi nước ngoài … (trừ các đoàn đã có kế hoạch …)") or as the only
trips allowed: the plan rule. A decision's "đoàn đi theo kế hoạch đã được phê duyệt" states none."""


_PASSPORT_ALONG = r"(kèm theo|cùng với|đồng thời) (việc )?(nộp|trả|bàn giao|giao)( lại)? hộ chiếu"
"""A report's deadline that also asks for the passport back ("báo cáo kết quả … trong thời hạn 08 (tám) ngày làm việc
kể từ ngày kết thúc chuyến công tác, kèm theo việc nộp lại hộ chiếu công vụ"): the time is the report's; the passport
comes along with it."""
_YEAR_ENDS = (
    r"(đầu năm|cuối năm|tết(?! (của |ở )?(nước|phía) (bạn|sở tại|đến))|đầu xuân"
    r"|tháng (0?1|một|giêng) và tháng (12|mười hai|chạp)|tháng (12|mười hai|chạp) và tháng (0?1|một|giêng))"
)
"""When trips are to be avoided: the year's start or end, in words or as its first and last months ("trong tháng
01 và tháng 12 hằng năm", "vào tháng 12 và tháng 01"); the host country's holidays ("vào dịp nghỉ lễ, Tết của nước
bạn") are not the year's ends here: a trip there finds no one to work with, whenever that is."""


_FEWER_ONLY = re.compile(r"\b(hạn chế|cân nhắc|nên|khuyến khích|khuyến cáo)\b")
"""Words asking for fewer trips or for care, not for none ("hạn chế cử đoàn …", "cân nhắc …")."""
_NAMED_MONTHS = re.compile(r"\btháng (0?1|một|giêng|12|mười hai|chạp|đầu năm|cuối năm)\b")
"""The year's ends as months ("trong tháng 01 và tháng 12", "trong tháng đầu năm và tháng cuối năm"): a period."""


def _year_ends_unheld(lowered: str) -> str | None:
    """Why a clause about trips at the year's ends holds no trip, or None when it holds them: a mere limit
    (`_FEWER_ONLY`, no ban or "tránh") of trips "vào dịp đầu năm, cuối năm" names neither a period nor a ban, so no
    trip can breach it; a ban ("Không bố trí …", "Tránh …") or named months ("Hạn chế … vào tháng 12 và tháng 01")
    holds the trips leaving in January or December."""
    if not _FEWER_ONLY.search(lowered) or PROHIBITION.search(lowered) or re.search(r"\btránh\b", lowered):
        return None
    if _NAMED_MONTHS.search(lowered):
        return None
    return "a limit ('hạn chế') of trips at the year's start and end with no month or ban stated: no trip breaches it"


_UNPLANNED_COUNT = r"\b(đoàn|chuyến)\b[^.;]{0,30}?\b(phát sinh|ngoài kế hoạch)\b[^.;]{0,20}?\b(không quá|tối đa|chỉ)\b"
"""A count a year of the delegations a unit sends outside its plan ("hạn chế việc phát sinh các đoàn ngoài kế
hoạch (không quá 2 lần/năm)"): how often a unit adds a delegation, not how often a person travels."""
_UNPLANNED_PROCEDURE = (
    r"(không (nằm|có) trong|ngoài) kế hoạch[^.;]{0,40}?\b(phải|cần) (được )?"
    r"(cân nhắc|xem xét|báo cáo|trình|xin ý kiến|giải trình)"
    r"|^(trường hợp|nếu|khi)\b[^.;,]{0,60}?(không (nằm|có) trong|ngoài) kế hoạch"
    r"(?:(?!không\b|cấm\b)[^.;]){0,120}?\b(phải|cần) (được )?"
    r"(báo cáo|trình|xin ý kiến|giải trình)"
)
"""How a trip outside the plan is to be approved ("Các đoàn … không nằm trong kế hoạch phải được cân nhắc, xem
xét, báo cáo cấp có thẩm quyền phê duyệt"; "Trường hợp cử đoàn ra nằm ngoài kế hoạch đã được phê duyệt, các cơ
quan, đơn vị … phải báo cáo bằng văn bản …"): a procedure for such trips, which neither forbids nor limits them."""

_RULE_SAYS = r"^theo (các )?quy định\b(?:[^.;,]|\.(?=\w)){0,80},"  # a dot inside a name ("TP.HCM") goes on
"""A sentence that opens by saying it gives a rule ("Theo quy định của UBND TP.HCM, …"): a count a year it states
for trips abroad with no bound word ("cán bộ trực thuộc đi nước ngoài 2 lần/năm") is the ceiling, not a count of
trips made."""
_BOUND_OR_COUNT = r"không quá|tối đa|chỉ được|\b(đã|từng|vượt|hơn|trên|thực tế|nhưng|song)\b"
"""A bound read by the bounded patterns, or a count of trips made ("đã đi nước ngoài 5 lần/năm", "nhiều hơn")."""

_EACH_GOES = (
    r"^(?:\d{1,2}\s*[.)]\s*)?mỗi (?:đồng chí|người|cán bộ|công chức|viên chức)\b[^.;:]{0,80}?"
    r"\b(?:đi|ra) (?:công tác )?nước ngoài\s+\S+\s*(?:\(\s*\d+\s*\)\s*)?(?:lần|lượt|chuyến|đợt)\b"
)
"""A count a year each holder of a post travels abroad, the subject taken one by one ("Mỗi đồng chí Thường trực Tỉnh ủy
đi công tác nước ngoài một (01) lần trong năm"): what each may make, a limit with no bound word. A count made ("đã
đi …", `_BOUND_OR_COUNT`) is no limit."""
_GROUP_ROW = (
    r"^(?:\d{1,2}\s*[.)]\s*)?(?:(?:các|những) )?(?:đồng chí )?"
    r"(?:thường trực|ủy viên|uỷ viên|lãnh đạo|cán bộ|người đứng đầu|thủ trưởng|bí thư|chủ tịch|giám đốc|trưởng ban)\b"
    r"[^.;:]{0,80}:\s*\S+\s*(?:\(\s*\d+\s*\)\s*)?(?:lần|lượt|chuyến|đợt)\b"
)
"""A list of limits giving each group of leaders its count a year after a colon ("Thường trực Tỉnh ủy: 01 lần/năm;
lãnh đạo chủ chốt khác: …"): the count is the group's limit, with no bound word."""

_VALIDITY = r"\b(còn (thời )?hạn|(còn|có) (giá trị|hiệu lực))( sử dụng)? ((ít nhất|tối thiểu|trên) )?\S+ (tháng|ngày)\b"
"""How long a passport or visa must stay valid ("hộ chiếu còn thời hạn ít nhất 06 tháng tính đến ngày xuất cảnh"):
a document's validity, not how early the papers go in."""

_VISITORS = r"đoàn vào|đón (tiếp )?(các )?(đoàn|khách)|khách (nước ngoài|quốc tế) (vào|đến)"
"""A clause about foreign visitors coming in (đoàn vào): its times for papers and reports bind no trip abroad."""

_AT_HOME = compile_led(
    _VISITORS + r"|\b(tổ chức|cá nhân|người|đoàn) nước ngoài (vào|đến|sang)\b"
    r"|\b(công tác|tham quan|học tập|khảo sát|đi)\b[^.;]{0,30}?\btrong nước\b|\b(trong|ngoài) tỉnh\b"
)
"""A clause about trips inside Viet Nam ("Đoàn đi công tác, học tập kinh nghiệm trong nước không quá 15 người",
"công tác ngoài tỉnh") or about foreign visitors ("Mỗi đoàn khách nước ngoài vào làm việc tại tỉnh không quá 10
người", "Tổ chức, cá nhân nước ngoài vào làm việc gửi hồ sơ …"): a rule of the rule base binds trips abroad, so
such a clause states none unless it also names a trip abroad (`_ABROAD`)."""
_VISITOR_WORDS = re.compile(r"khách (nước ngoài|quốc tế)|(tổ chức|cá nhân|người|đoàn) nước ngoài")
"""Visitors named by where they come from: their "nước ngoài" names no trip abroad."""
_ABROAD = re.compile(r"nước ngoài|ngoài nước|đoàn ra|xuất cảnh|xuất ngoại|hộ chiếu|\b(mỗi|từng|\d+) (nước|quốc gia)\b")
"""A clause that names a trip abroad besides one at home or a visit ("đi công tác trong nước và nước ngoài",
"quản lý đoàn ra, đoàn vào")."""


_FOR_A_WHILE = compile_led(r"\btạm (dừng|hoãn|ngừng)\b|\btừ nay (đến|tới) (hết |ngày )")
"""A stop for a while ("Tạm dừng cử đoàn đi nước ngoài đến hết năm …, trừ các đoàn không quá 3 người …"): a count
in it names which trips the stop spares, not a limit the rule base holds (a temporary stop is no rule)."""


def _at_home(lowered: str) -> bool:
    """Whether a lower-cased clause is about trips inside Viet Nam or visitors coming in, and about no trip abroad."""
    return bool(_AT_HOME.search(lowered)) and not _ABROAD.search(_VISITOR_WORDS.sub(" ", lowered))


@dataclass(frozen=True)
class KindPattern:
    """How one rule kind reads: the quantity it needs (a Matcher label), its bound, and the cues it needs.

    `cues` must all match the lower-cased clause, tried in order (every clause tries every kind: a cheap cue that
    rules most clauses out goes first, so a slow one runs on the rest only); `avoid` must not. Kinds that need no
    quantity need a prohibition or a recommendation in the clause instead.
    """

    kind: RuleKind
    cues: tuple[str, ...] = ()
    quantity: tuple[str, ...] = ()
    bound: Bound | None = Bound.AT_MOST
    unit: str | None = None
    avoid: tuple[str, ...] = ()
    severity: Severity | None = None  # fixed severity; None: read from the wording
    warning_if: str | None = None
    """A cue that makes the rule a warning whatever else the clause says ("hạn chế … ngoài kế hoạch")."""
    normative_cue: bool = False
    """The cue itself states a duty ("tổ chức đoàn ra theo kế hoạch hằng năm đã được phê duyệt"): no
    prohibition or recommendation word is needed besides it."""
    unheld: Callable[[str], str | None] | None = None
    """Why the lower-cased clause's wording leaves its rule nothing to hold a trip to (its `problem`), or None."""

    def matches(self, lowered: str, folded: str) -> bool:
        """Each cue found, with its tone marks or without them (a scan reads "chi trả" as "chỉ trả"); no avoid.

        `folded` is `fold(lowered)`, folded once per clause by the caller rather than once per kind."""
        for cue, bare in self._cues:
            if not (cue.search(lowered) or bare.search(folded)):
                return False
        return not any(avoid.search(lowered) for avoid in self._avoid)

    @cached_property
    def _cues(self) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
        """Each cue compiled as written and folded, once per process: a clause tries every kind."""
        return tuple((compile_led(c), compile_led(fold(c))) for c in self.cues)

    @cached_property
    def _avoid(self) -> tuple[re.Pattern[str], ...]:
        return tuple(compile_led(a) for a in self.avoid)


_TIMES = ("WORKING_DAYS", "DAYS", "WORKING_WEEKS", "WEEKS", "MONTHS")
"""The quantities a deadline or a lead may be written in."""

KIND_PATTERNS: tuple[KindPattern, ...] = (
    KindPattern(RuleKind.MAX_TRIPS_PER_YEAR, quantity=("TIMES_PER_YEAR",), avoid=(_UNPLANNED_COUNT,)),
    KindPattern(
        RuleKind.MAX_TRIPS_PER_YEAR,
        cues=(
            r"((đi|ra) (công tác )?|công tác )nước ngoài",  # first: cheap, and few clauses have it
            r"\b(mỗi|một|hằng|hàng) năm\b[^.;]*\b(lần|lượt|chuyến|đợt)\b"
            # the count before the year ("không quá hai lượt đi nước ngoài trong một năm"), a number counting it: "nhiều
            # lần trong năm" counts nothing, and "trong một chuyến" is a trip's frame
            r"|(?<!trong )(?<!mỗi )\b(\d+|một|hai|ba|bốn)\s*(\(\s*\d+\s*\)\s*)?(lần|lượt|chuyến|đợt)\b[^.;]{0,40}?"
            r"\b(trong|mỗi) (một )?năm\b"
            # the count named as the subject, its year without "một" ("Số lần đi công tác nước ngoài trong năm của
            # mỗi lãnh đạo chủ chốt | hai (02) lần", a limits table's row)
            r"|\bsố (lần|lượt|chuyến|đợt)\b[^.;]{0,80}?\btrong năm\b[^.;]*\b(lần|lượt|chuyến|đợt)\b",
        ),
        quantity=("TIMES",),
        unit="times_per_year",
        avoid=(r"(lần|lượt|chuyến|đợt) trong (thời gian |vòng )?\S+ năm", _UNPLANNED_COUNT),  # another period or count
    ),
    KindPattern(  # "Theo quy định của UBND TP.HCM, cán bộ trực thuộc đi nước ngoài 2 lần/năm, …"
        RuleKind.MAX_TRIPS_PER_YEAR,
        cues=(_RULE_SAYS + r"[^.;]{0,80}?\b(đi|ra) (công tác )?nước ngoài \S+ (lần|lượt|chuyến|đợt) ?/ ?năm\b",),
        quantity=("TIMES_PER_YEAR",),
        bound=None,
        avoid=(_UNPLANNED_COUNT, _BOUND_OR_COUNT),
    ),
    KindPattern(  # "Mỗi đồng chí Thường trực Tỉnh ủy đi công tác nước ngoài một (01) lần trong năm"
        RuleKind.MAX_TRIPS_PER_YEAR,
        cues=(_EACH_GOES,),
        quantity=("TIMES_PER_YEAR",),
        bound=None,
        avoid=(_UNPLANNED_COUNT, _BOUND_OR_COUNT),
    ),
    KindPattern(  # "1. Thường trực Tỉnh ủy: 01 lần/năm", a row of a list of limits
        RuleKind.MAX_TRIPS_PER_YEAR,
        cues=(_GROUP_ROW,),
        quantity=("TIMES_PER_YEAR",),
        bound=None,
        avoid=(_UNPLANNED_COUNT, _BOUND_OR_COUNT),
    ),
    KindPattern(RuleKind.MAX_DELEGATION_SIZE, cues=(r"đoàn|thành phần",), quantity=("PEOPLE",)),
    KindPattern(
        RuleKind.PASSPORT_RETURN_DEADLINE_DAYS,
        cues=(r"hộ chiếu", r"nộp|trả|bàn giao|giao lại"),
        quantity=_TIMES,
        avoid=(r"báo cáo[^.;]*" + _PASSPORT_ALONG,),
    ),
    KindPattern(
        RuleKind.REPORT_DEADLINE_WORKING_DAYS,
        cues=(r"báo cáo", r"về nước|trở về|kết thúc|sau khi|hoàn thành|(sau|từ) ngày nhập cảnh"),
        quantity=_TIMES,  # "15 ngày" is calendar days: unit days, as written
        avoid=(r"^(?!.*" + _PASSPORT_ALONG + r").*hộ chiếu", _VISITORS),
    ),
    KindPattern(
        RuleKind.SUBMISSION_LEAD_WORKING_DAYS,
        cues=(
            r"hồ sơ|nhân sự|trình|đề nghị|gửi|báo cáo|xin phép|đăng ký",
            # "sớm hơn ngày dự kiến xuất cảnh không dưới mười (10) ngày làm việc": earlier than the planned day
            r"trước|sớm hơn|so với ngày|ngày (dự kiến )?(bắt đầu|khởi hành|xuất cảnh)",
        ),
        quantity=_TIMES,  # "ít nhất 15 ngày" is calendar days: unit days, as written
        bound=Bound.AT_LEAST,
        avoid=(r"về nước|trở về|kết thúc chuyến", _VISITORS, _VALIDITY),
    ),
    KindPattern(
        RuleKind.MAX_DAYS_PER_COUNTRY,
        # "không quá 04 ngày/nước": the days per country written as a ratio
        cues=(r"(mỗi|từng|một) (nước|quốc gia)|tại mỗi|ngày ?/ ?(nước|quốc gia)\b",),
        quantity=("DAYS",),
        unit="days_per_country",
    ),
    KindPattern(RuleKind.MAX_COUNTRIES_PER_TRIP, quantity=("COUNTRIES",)),
    KindPattern(
        RuleKind.NO_TWO_KEY_LEADERS_SAME_UNIT,
        cues=(
            r"\b(02|2|hai)(\s*\(\s*0?2\s*\))?\s+(\w+\s+){0,2}(lãnh đạo chủ chốt|người đứng đầu)"
            r"|(người đứng đầu|cấp trưởng) và (các )?cấp phó"
            # "không bố trí từ 2 lãnh đạo của một cơ quan, đơn vị cùng tham gia một đoàn": the unit's leaders
            r"|\b(02|2|hai)(\s*\(\s*0?2\s*\))?\s+(\w+\s+){0,2}lãnh đạo (của |thuộc )?(cùng )?một (cơ quan|đơn vị"
            r"|địa phương)[^.;]{0,40}?\bcùng (tham gia|đi)\b"
            # "không bố trí người đứng đầu cấp ủy và người đứng đầu chính quyền, cơ quan, đơn vị của cùng một địa
            # phương … cùng đi công tác nước ngoài trong một đoàn": the party head and the unit's head as a pair
            r"|người đứng đầu cấp ủy (đảng )?và người đứng đầu\b[^.;]{0,80}?\bcùng một\b[^.;]{0,60}?"
            r"\bcùng (tham gia|đi)\b"
            # "Không cử Thủ trưởng và Bí thư Đảng ủy của cùng một cơ quan, đơn vị cùng đi trong một đoàn": the same
            # pair, the unit's head named first
            r"|(thủ trưởng|người đứng đầu|cấp trưởng) và bí thư (đảng ủy|cấp ủy|chi bộ)\b[^.;]{0,40}?\bcùng một\b"
            r"[^.;]{0,60}?\bcùng (tham gia|đi)\b",
        ),
    ),
    KindPattern(
        RuleKind.NO_ENTERPRISE_FUNDED,
        cues=(
            r"doanh nghiệp|công ty|tập đoàn",
            r"đài thọ|mời đích danh|tài trợ|chi trả|tổ chức và|lời mời của (các |những )?doanh nghiệp",
        ),
    ),
    KindPattern(
        RuleKind.NO_TRIP_UNDER_DISCIPLINE,
        cues=(
            r"kỷ luật|khởi tố|(đang|bị) (bị )?(điều tra|thanh tra)|bị kiểm tra|kiểm tra khi có dấu hiệu",
            r"\bcử\b|cho phép|ra nước ngoài|đi nước ngoài",
        ),
        # the discipline as the penalty for a trip ("đi nước ngoài không xin phép sẽ bị xử lý kỷ luật"), not a
        # bar on sending someone already under it ("đang trong thời gian bị xử lý kỷ luật")
        avoid=(r"\b(sẽ|thì|phải|đều)( bị)?( xử lý| xem xét)*( hình thức)? kỷ luật",),
    ),
    KindPattern(
        RuleKind.AVOID_START_END_OF_YEAR,
        cues=(_TRIP + r"[^.;]{0,40}?\b(vào|trong|dịp)\b[^.;]{0,20}?" + _YEAR_ENDS,),
        severity=Severity.WARNING,
        unheld=_year_ends_unheld,
    ),
    KindPattern(
        RuleKind.IN_ANNUAL_PLAN,
        cues=(
            r"(không nằm|được xây dựng|nằm) trong kế hoạch|ngoài kế hoạch"
            r"|theo (chương trình,? )?kế hoạch (\w+ ){0,3}(hằng|hàng) năm",
            r"đoàn|\bcử\b|đi công tác",
        ),
        avoid=(_UNPLANNED_PROCEDURE,),
        warning_if=r"hạn chế",
        normative_cue=True,
    ),
    KindPattern(  # "hạn chế đi nước ngoài …, trừ … theo đúng chương trình, kế hoạch đã được … thông qua"
        RuleKind.IN_ANNUAL_PLAN,
        cues=(_APPROVED_PLAN, _TRIP),
        warning_if=r"hạn chế",
        normative_cue=True,
    ),
    KindPattern(
        RuleKind.NO_RELATIVES_IN_DELEGATION,
        cues=(r"đoàn|đi cùng", r"thân nhân|người thân|gia đình|phu nhân|phu quân|\bvợ(,| hoặc| và| hay)? chồng\b"),
    ),
    KindPattern(
        RuleKind.NO_IMPRACTICAL_STATE_FUNDED_TRIP,
        cues=(r"giao lưu|khảo sát|học tập kinh nghiệm|tham quan|du lịch", r"không thiết thực|ngân sách"),
        avoid=(r"doanh nghiệp",),
    ),
    KindPattern(
        RuleKind.TOTAL_DAYS_WITHIN_ANNUAL_LEAVE,
        cues=(r"nghỉ phép", r"vượt quá|không quá|trong phạm vi|trong số"),
        unit="days",
    ),
)

APPLIES_TO = (
    (re.compile(MANAGED_CADRE_PHRASE), re.compile(fold(MANAGED_CADRE_PHRASE))),
    (re.compile(KEY_LEADER_PHRASE), re.compile(fold(KEY_LEADER_PHRASE))),
    (re.compile(HEAD_SUBJECT_PHRASE), None),
)
"""Whom a rule binds, each as written and, when its words stay one group without their tone marks, folded: a scan
reads "lãnh dạo chủ chốt" (no bar on the đ), a group all the same. Not the heads' words folded: "thủ trưởng" (a
unit's head) and "thứ trưởng" (a deputy minister) fold alike."""
EXCEPTION = re.compile(
    r"\(?\s*((?:ngoại )?trừ (?:các |những )?(?:trường hợp|khi)[^)]*|(?:trường hợp )?(?:đột xuất|khẩn cấp|cấp bách)"
    r"\s+\d[^)]*|trường hợp đặc biệt[^)]*)\)?"
)

_ENUMERATOR = re.compile(
    r"(?:(?<=^)|(?<=[\s:;.]))(?:\d{1,2}\s?-\s|\d{1,2}\.\s|\+\s|-\s|[a-zđ]\)\s)(?=\S)", re.MULTILINE
)
_ELLIPSIS = re.compile(r"(?:…|\.\.\.)(?=\s+[A-ZĐÀ-Ỹ])")
_TERMINAL = ".;:!?"
_CONTINUING_NUMBER = re.compile(r"\d+\s+[a-zà-ỹđ]")  # "02 lần/năm" continues a line; "2- Đoàn" starts an item
_OPEN_END = re.compile(r"(?:^|\s)(?:gửi|của|và|với|tại|cho|về|đến|theo|hoặc|các|những|trong|do|từ|qua|thuộc|ngày|số)$")
"""A line ending on a word that needs what follows ("… bằng văn bản gửi\nChủ tịch UBND tỉnh …", a date's "… xuất
cảnh từ ngày\n01/7/2026, …", a number's "Quy định số\n09-QĐi/TU"): the next line goes on with the sentence even
when it opens with a capital (a name, an office) or a date, unless it is an item."""
_HEAD_END = re.compile(r"(?:^|\s)(?:Chủ tịch|Giám đốc|Thủ trưởng|Trưởng ban|Bộ trưởng|Bí thư|Chánh Văn phòng)$")
_BODY_START = re.compile(r"(?:Ủy ban|Uỷ ban|UBND|Sở|Bộ|Ban|Hội đồng|Tỉnh ủy|Đảng ủy|Văn phòng|Cục|Tổng cục)\b")
"""A line wrapped between a head's title and its body ("… trình Chủ tịch\nỦy ban nhân dân tỉnh, chậm nhất …" on a
scan): one sentence. Written in running case only, so a signature's "PHÓ CHỦ TỊCH" above a name stays apart."""

_BOARD_END = re.compile(
    r"(?:^|\s)Ban (?:Tổ chức|Tuyên giáo(?: và Dân vận)?|Dân vận|Nội chính|Kinh tế|Đối ngoại|Chính sách, chiến lược"
    r"|Thường vụ|Chấp hành|Cán sự đảng|Kiểm tra)$"
)
_COMMITTEE_START = re.compile(r"(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ủy\b|Trung ương\b|(?:Ủy|Uỷ) ban nhân dân\b|UBND\b")
"""A line wrapped inside a party board's name, after the board ("… phải gửi đến Ban Tổ chức\nTỉnh ủy hoặc Sở Nội vụ
trước ngày xuất cảnh …" on a scan; "Ban Cán sự đảng\nỦy ban nhân dân tỉnh"): the committee it belongs to goes on
with the sentence. Running case only, so a header's "BAN TỔ CHỨC" stays apart."""


_KIND_END = re.compile(
    r"(?:^|\s)(?:Bộ|Vụ|Cục|Tổng cục|Chi cục|Sở|Ban|Viện|Học viện|Phòng|Văn phòng|Ủy ban|Uỷ ban|Kho bạc|"
    r"Cộng hòa|Cộng hoà|Vương quốc|Liên bang)$"
)
"""A line wrapped inside a body's name, after its kind word ("… kèm danh sách nhân sự về Vụ\nTổ chức cán bộ chậm
nhất …" on a scan), or inside a state's name after its form ("… của nước Cộng hòa\nDân chủ Nhân dân Lào theo …"):
the next line, opening with the name's capital, goes on with the sentence unless it is an item
or a heading ("Điều 8.", a title in capitals). Running case only, so a header's "BỘ TÀI CHÍNH" stays apart."""


_SPECK_BEFORE_LOWER = re.compile(r"[-–_'‘`.,]+[a-zà-ỹđ]")
"""A scan's speck glued before a wrapped line's first, lower-case word ("… không thuộc trường" / "-hợp quy định tại
điểm này"): the sentence goes on; an item's dash stands apart from its words ("- các đoàn …")."""


_PAGE_NUMBER = re.compile(r"-?\s*\d{1,3}\s*-?")
"""A page's number alone on its first line ("2", "- 2 -")."""
_PAGE_TOP = re.compile(rf"(?:\A|\f)((?:[ \t]*(?:{_PAGE_NUMBER.pattern})?[ \t]*\n)*)([^\n\f]*)")
"""A page's first lines: blank ones or its number, then the line after them."""
_FAX_LINE = re.compile(r"(?=[^\n]*\bFAX)(?=[^\n]*\d(?:[ .]?\d){6,})[^\n]*")
"""A fax machine's transmission line: "FAX" in capitals and a telephone number ("FAX No. : 0210 3846 974  14/1/26
09:43  P.2"; OCR'd "FAXNGo.: 02103846442 14/1/2609:23 P.3")."""


def _without_fax_lines(text: str) -> str:
    """`text` with the transmission line a fax machine prints atop each page it sends blanked (spaces: offsets stay
    valid). It stands between the two halves of a sentence a page break runs through ("… gửi Thường trực Tỉnh ủy và
    Ủy ban" | "FAX No. …" | "nhân dân tỉnh trong thời hạn mười (10) ngày làm việc kể từ ngày về nước"), and so cut
    the report deadline off its subject. A line with more than three small letters is the document's own words."""

    def blanked(match: re.Match[str]) -> str:
        line = match.group(2)
        if not _FAX_LINE.fullmatch(line) or sum(char.islower() for char in line) > 3:
            return match.group()
        return match.group()[: match.start(2) - match.start()] + " " * len(line)

    return _PAGE_TOP.sub(blanked, text)


def _closes_bracket(block: str, line: str) -> bool:
    """A line that closes a parenthesis the block left open ("… về ĐHQG-HCM (qua Ban" / "Đối ngoại) hoặc …", as a
    scan wraps it): the same sentence, whatever case the line opens in."""
    depth = 0
    for char in block:  # an item's label ("a)") closes nothing: depth never goes below zero
        depth = max(0, depth + (char == "(") - (char == ")"))
    closing = line.find(")")
    return depth > 0 and closing >= 0 and "(" not in line[:closing]


@lru_cache(maxsize=1)
def _matcher() -> tuple[Any, Any]:
    """The blank pipeline and its quantity Matcher, built once per process (≈ 0.5 s)."""
    import spacy
    from spacy.matcher import Matcher

    nlp = spacy.blank("xx")
    matcher = Matcher(nlp.vocab)
    for label, patterns in QUANTITY_PATTERNS.items():
        matcher.add(label, patterns)
    return nlp, matcher


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """Paragraph spans: lines joined while a line ends mid-sentence and the next starts in lower case (or with a
    parenthesis, unless a blank line stands between: a headline, then the lead "(DNVN) – …"), or closes a
    parenthesis left open."""
    start = end = None
    position = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        line_start = position + (len(line) - len(line.lstrip()))
        position += len(line)
        if not stripped or (_PAGE_NUMBER.fullmatch(stripped) and text[line_start - 1 : line_start] == "\f"):
            continue  # a page's number atop it: the sentence before the break may go on after it
        line_end = line_start + len(stripped)
        continues = (
            start is not None
            and end is not None
            and text[end - 1] not in _TERMINAL
            and (
                stripped[0].islower()
                or bool(_SPECK_BEFORE_LOWER.match(stripped))
                or (stripped[0] == "(" and text.count("\n", end, line_start) < 2)  # not a news lead: "(TTXVN) –"
                or bool(_CONTINUING_NUMBER.match(stripped))
                or (bool(_OPEN_END.search(text[start:end])) and not _ENUMERATOR.match(stripped))
                or (bool(_HEAD_END.search(text[start:end])) and bool(_BODY_START.match(stripped)))
                or (bool(_BOARD_END.search(text[start:end])) and bool(_COMMITTEE_START.match(stripped)))
                or (
                    bool(_KIND_END.search(text[start:end]))
                    and stripped[0].isupper()
                    and not _ENUMERATOR.match(stripped)
                    and not _ARTICLE_HEAD.match(stripped)
                    and not is_upper_line(stripped)
                )
                or _closes_bracket(text[start:end], stripped)
            )
        )
        if continues:
            end = line_end
            continue
        if start is not None and end is not None:
            yield start, end
        start, end = line_start, line_end
    if start is not None and end is not None:
        yield start, end


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Split [start, end) at ";" and at enumerators, keeping offsets; parentheses stay with their clause."""
    cuts = {start, end}
    semicolon = text.find(";", start, end)
    while semicolon >= 0:  # the brackets' depth there: those opened since `start` less those closed
        if text.count("(", start, semicolon) <= text.count(")", start, semicolon):
            cuts.add(semicolon + 1)
        semicolon = text.find(";", semicolon + 1, end)
    for match in _ENUMERATOR.finditer(text, start, end):
        if match.start() > start:
            cuts.add(match.start())
    for match in _ELLIPSIS.finditer(text, start, end):
        cuts.add(match.end())
    ordered = sorted(cuts)
    for a, b in pairwise(ordered):
        piece = text[a:b]
        lead = len(piece) - len(piece.lstrip(" \t\n\r;"))
        trail = len(piece) - len(piece.rstrip(" \t\n\r;"))
        if b - trail > a + lead:
            yield a + lead, b - trail


@dataclass(frozen=True)
class Clause:
    """A clause's span, with the start of its sentence and of its block (paragraph or table cell)."""

    start: int
    end: int
    sentence: int
    block: tuple[int, int]


def _clauses(text: str) -> list[Clause]:
    """Every clause of a text with where its sentence starts and its block: underthesea sentences, then ';'
    and enumerated items."""
    sent_tokenize = nlp.underthesea_sentences()
    found_clauses: list[Clause] = []
    flat = re.sub(r"\s", " ", text)  # same length: offsets stay valid
    for block in _blocks(text):
        block_start, block_end = block
        cursor = block_start
        for sentence in sent_tokenize(flat[block_start:block_end]):
            found = flat.find(sentence.strip(), cursor, block_end)
            if found < 0:
                continue
            cursor = found + len(sentence.strip())
            found_clauses.extend(Clause(a, b, found, block) for a, b in _pieces(text, found, cursor))
    return found_clauses


def clauses(text: str) -> list[tuple[int, int]]:
    """Sentence-and-clause spans of a text: underthesea sentences, then ';' and enumerated items."""
    return [(c.start, c.end) for c in _clauses(text)]


_TRIP_FRAME = re.compile(r"\b(trong|mỗi|cùng)\s+$", re.IGNORECASE)
"""The words before "một chuyến" that make it a trip's frame, not a count of trips: "không đi quá 3 nước trong một
chuyến", "cùng một chuyến". A count a year is "02 lần", "hai lượt", "không quá 1 chuyến"."""


@dataclass(frozen=True)
class Quantity:
    label: str
    value: float | None  # None when the words and the digits beside them disagree (see `problem`)
    start: int  # character offsets in the clause
    end: int
    problem: str | None = None
    low: float | None = None  # the lower end when the number closes a range ("không quá 5 - 7 người")
    opens: int | None = None  # where that range starts: its bound is read before it


def quantities(clause: str) -> list[Quantity]:
    """Every number-with-unit in a clause; a working-day match wins over a plain-day match at the same number.

    Numbers are found by `extractors.numbers` (digits, words, "hai (02)") and merged into one token each
    with the NORM `NUMBER`, so the unit patterns do not care how the number was written."""
    return list(_quantities(clause))


@lru_cache(maxsize=256)
def _quantities(clause: str) -> tuple[Quantity, ...]:
    """`quantities`, kept for the clauses read lately: a text's clauses are read again and again (a rule's own
    reading, then as the previous clause's exception, its items under a lead, its number's bound), each time
    through spaCy. A few hundred: a document's clauses, not every text's ever read."""
    if not _has_unit_word(clause.lower()):
        return ()
    mentions = find_numbers(clause)
    if not mentions:  # a match counts only at a number found here
        return ()
    nlp, matcher = _matcher()
    doc = nlp.make_doc(clause)  # the blank pipeline has no components: its tokens are the whole Doc
    numbers: dict[int, NumberMention] = {}
    with doc.retokenize() as retokenizer:
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or any(token.norm_ == NUMBER for token in span):
                continue
            retokenizer.merge(span, attrs={"NORM": NUMBER})
            numbers[span.start_char] = mention
    found: dict[int, Quantity] = {}
    priority = list(QUANTITY_PATTERNS)
    for match_id, start, end in matcher(doc):
        label = nlp.vocab.strings[match_id]
        found_number = numbers.get(doc[start].idx)
        if found_number is None:
            continue
        if label == "COUNTRIES" and end < len(doc) and doc[end].lower_ == "ngoài":
            continue
        if (
            label in ("TIMES", "TIMES_PER_YEAR")
            and found_number.value == 1
            and _TRIP_FRAME.search(clause, 0, doc[start].idx)
        ):
            continue
        if label == "MONTHS" and (
            _DATE_MONTH.search(clause, 0, doc[start].idx) or _DATE_MONTH_AFTER.match(clause, doc[start + 1].idx + 5)
        ):
            continue
        if (
            label == "PEOPLE"
            and doc[start + 1].lower_ != "người"
            and not clause[doc[start + 1].idx :].startswith(("thành viên", "đồng chí"))
        ):
            continue
        span = doc[start:end]
        days = DAYS_IN.get(label, 1)
        value = None if found_number.value is None else float(found_number.value * days)
        low = _range_low(clause, mentions, found_number)
        quantity = Quantity(
            label,
            value,
            span.start_char,
            span.end_char,
            found_number.problem,
            None if low is None or low.value is None else float(low.value * days),
            None if low is None else low.start,
        )
        current = found.get(start)
        if (
            current is None
            or priority.index(label) < priority.index(current.label)
            or (label == current.label and quantity.end > current.end)
        ):
            found[start] = quantity
    counted = [found[k] for k in sorted(found)]
    taken = {q.start for q in counted}
    for mention in mentions:  # "Số người trong đoàn không được vượt quá 10": the unit named in the subject
        if mention.start not in taken and (nth := _NTH_WORKING_DAY.search(clause, 0, mention.start)):
            value = None if mention.value is None else float(mention.value)
            counted.append(Quantity("WORKING_DAYS", value, nth.start(), mention.end, mention.problem))
        elif (
            mention.start not in taken
            and _HEADCOUNT.search(clause, 0, mention.start)
            and not _WORD_AFTER.match(clause, mention.end)
        ):
            value = None if mention.value is None else float(mention.value)
            counted.append(Quantity("PEOPLE", value, mention.start, mention.end, mention.problem))
    return tuple(sorted(counted, key=lambda q: q.start))


_HEADCOUNT = re.compile(
    r"\bsố (?:lượng )?(?:người|thành viên)\b[^.;]{0,40}?\b(?:không (?:được )?(?:vượt )?quá|tối đa(?: là)?)\s+$",
    re.IGNORECASE,
)
"""A delegation's head count with its unit in the subject and a bare number after the bound ("Số người trong đoàn
không được vượt quá 10", "Số lượng thành viên đoàn tối đa là 07"): the number counts people."""
_NTH_WORKING_DAY = re.compile(r"\bngày\s+làm\s+việc\s+thứ\s+$", re.IGNORECASE)
"""A deadline named as the working day it falls on ("chậm nhất vào ngày làm việc thứ bảy (07) sau ngày về nước"): the
seventh working day after is seven working days after. Only working days: "ngày thứ bảy" alone is a Saturday."""
_WORD_AFTER = re.compile(r"\s*[^\W\d_]")
"""A word right after a number: its own unit ("10 ngày"), so the subject's does not count it."""


_DATE_MONTH = compile_led(r"\b(?:ngày|mùng|mồng)\s*$", re.IGNORECASE)
_DATE_MONTH_AFTER = re.compile(r"\s*(?:\d|năm\b|giêng\b|chạp\b)", re.IGNORECASE)
"""A date, not a time in months: the day before the month ("ngày 21 tháng 7"), or the month's own number or the
year after it ("02 tháng 12 năm 2012", "21 tháng 7/2014")."""

_RANGE_JOIN = re.compile(r"\s*(?:-|–|đến|tới)\s*")


def _range_low(clause: str, mentions: list[NumberMention], number: NumberMention) -> NumberMention | None:
    """The number that opens a range the given number closes ("5 - 7", "05 đến 07"), or None."""
    for mention in mentions:
        if mention.end <= number.start and _RANGE_JOIN.fullmatch(clause, mention.end, number.start):
            return mention
    return None


def _value_and_problem(pattern: KindPattern, hit: Quantity | None) -> tuple[float | None, str | None]:
    """A limit's value and what a reviewer must confirm. A range under a ceiling ("không quá 5 - 7 người") keeps
    its upper end, the most the words allow; under a floor neither end is sure (null), so both ask a review."""
    if hit is None:
        return None, None
    if hit.low is None:
        return hit.value, hit.problem
    ends = f"{hit.low:g}–{hit.value:g}" if hit.value is not None else f"{hit.low:g}–?"
    if pattern.bound is Bound.AT_MOST:
        return hit.value, hit.problem or f"a range ({ends}): the upper end is kept as the limit"
    return None, hit.problem or f"a range ({ends}) as a minimum: which end binds is not said"


def _severity(pattern: KindPattern, lowered: str) -> Severity:
    if pattern.severity is not None:
        return pattern.severity
    if pattern.warning_if and re.search(pattern.warning_if, lowered):
        return Severity.WARNING
    if RECOMMENDATION.search(lowered) and not HARD.search(lowered):
        return Severity.WARNING
    return Severity.BREACH


_COUNTED = re.compile(r"\b(02|2|hai)\s+(\w+\s+){0,2}$")


def _applies_to(lowered: str, clause: str, before: int | None) -> str | None:
    """Who the rule binds, as written: searched before the rule's quantity (the subject comes first), and
    never the "02 lãnh đạo chủ chốt" that is the object of the two-leaders rule."""
    for text, pattern in _written_and_folded(lowered, APPLIES_TO):
        for match in pattern.finditer(text, 0, len(text) if before is None else before):
            if not _COUNTED.search(lowered[: match.start()]):
                also = _AND_OTHERS.match(lowered, match.end())
                return clause[match.start() : also.end() if also else match.end()]
    return None


def _written_and_folded(
    lowered: str, pairs: Sequence[tuple[re.Pattern[str], re.Pattern[str] | None]]
) -> Iterator[tuple[str, re.Pattern[str]]]:
    """Each pattern of `pairs` with the text it reads, in order: the written one on `lowered`, then its folded twin
    (when it has one) on `lowered` folded — the two readings `APPLIES_TO` and `_GROUPS` keep of each group."""
    folded = fold(lowered)
    for written, bare in pairs:
        yield lowered, written
        if bare is not None:
            yield folded, bare


_AND_OTHERS = re.compile(r"(?:\s*\([^)]*\))?\s+và (?:các |mọi )?(?:cán bộ|công chức|viên chức|đảng viên)\b")
"""A subject that goes on to everyone else ("Lãnh đạo chủ chốt (…) và cán bộ của đơn vị"): not a scope."""


def _exception(clause: str, lowered: str, label: str | None) -> tuple[str | None, float | None]:
    match = EXCEPTION.search(lowered)
    if not match:
        return None, None
    text = clause[match.start(1) : match.end(1)].strip(" ,.;")
    value = None
    if label:
        inner = [q for q in quantities(text) if q.label == label]
        value = inner[0].value if inner else None
    return text, value


_GLUED_PER_YEAR = re.compile(r"\b(lần|lượt?|chuyến)(?:\s*[/|]\s*|[ưt|lI1]{1,2}\s*|)(?=năm\b)", re.IGNORECASE)
"""A count a year whose slash a scan lost or read as a letter ("hai (02) lượưnăm", "02 lầnnăm", "lượt|năm")."""


def _mend_per_year(sentence: str) -> str:
    """ "lượưnăm" → "lượt/năm": the unit and "/năm" as the dispatch wrote them, so the count a year is read."""
    return _GLUED_PER_YEAR.sub(lambda m: ("lượt" if m[1].lower().startswith("lượ") else m[1]) + "/", sentence)


_FOR_WHOM = r"đối với (?:các |những )?|áp dụng (?:cho|đối với) (?:các |những )?"
"""Whom a limit binds, named right after it with no stop between ("không quá 02 lần/năm đối với lãnh đạo chủ
chốt") or just before it ("…, đối với lãnh đạo chủ chốt không quá 01 lần/năm")."""
_FOR_DELEGATION = re.compile(r"\s+(?:đối với|với|khi|nếu)\s+(?:các |những )?(?:đoàn|chuyến)\b")
"""A limit followed by the kind of delegation it holds for ("không quá 10 người đối với đoàn do …")."""
_HEADED_BY = re.compile(r"\bđoàn do [^,;()]{1,80}? (?:làm|là) trưởng đoàn")
"""A limit preceded by who heads the delegation it holds for ("đoàn do Chủ tịch UBND tỉnh làm trưởng đoàn")."""
_FOR_DELEGATION_BEFORE = re.compile(
    r"\b(?:đối với|riêng) (?:các |những )?(đoàn\b[^.;()]{0,60}?)\s*(?:tối đa|không quá|không được vượt quá)\s*$"
)
"""A later limit preceded by the kind of delegation it holds for ("Mỗi đoàn tối đa 5 người (đối với đoàn cấp tỉnh
tối đa 7 người)", "…, riêng đoàn do … không quá 10 người"): a second limit with its condition for a reviewer."""
_NEXT_LIMIT = re.compile(r"\W*(?:và|còn)?\W*(?:không quá|tối đa|không được vượt quá)?\W*$")
_THE_OTHERS = re.compile(
    r"\b(?:các|những) (?:trường hợp|đối tượng|đoàn|cán bộ)(?: [^\W\d]+){0,3}? khác\b|\b(?:số )?còn lại\b", re.IGNORECASE
)
"""Everyone a clause's first limit leaves out, given a limit of their own after it ("Lãnh đạo chủ chốt … không quá
2 lần/năm, các trường hợp khác không quá 3 lần/năm"; "…, các đoàn khác không quá 5 người"): a second limit for them,
not the first limit's exception."""
_STAFF = r"(?:cán bộ|công chức|viên chức|người lao động|đảng viên)\b"
"""A group that is everyone, as far as a scope goes ("đối với cán bộ, công chức khác")."""
_UNITS_OF = r"(?:cơ quan|đơn vị|địa phương)"
_HEADS_GROUP = rf"(?:{HEADS_PHRASE})(?:\s+(?:các |của )?{_UNITS_OF}(?:,\s*{_UNITS_OF})*)?"
"""Heads or a province's leaders named as a group ("đối với thủ trưởng cơ quan, đơn vị không quá 01 lần/năm")."""
_GROUPS = tuple(
    (re.compile(f"(?:{_FOR_WHOM})({group})"), re.compile(fold(f"(?:{_FOR_WHOM})({group})")) if sure else None)
    for group, sure in ((MANAGED_CADRE_PHRASE, True), (KEY_LEADER_PHRASE, True), (_HEADS_GROUP, False), (_STAFF, False))
)
"""The groups named after "đối với", as written and folded when folding keeps them one group (`APPLIES_TO`)."""


@dataclass(frozen=True)
class Reading:
    """One limit of a clause: its quantity, whom it binds when the words around it say so, the condition a
    check cannot test (who heads the delegation) for a reviewer, and where its words end."""

    quantity: Quantity | None
    applies_to: str | None = None
    condition: str | None = None
    end: int = 0


def _group(lowered: str, clause: str, start: int, end: int, *, right_after: bool) -> tuple[str, int] | None:
    """The group named in lowered[start:end] after "đối với" (at `start` itself when `right_after`): its
    words as written and where they end."""
    for text, pattern in _written_and_folded(lowered, _GROUPS):
        match = pattern.match(text, start, end) if right_after else pattern.search(text, start, end)
        if match:
            return clause[match.start(1) : match.end(1)], match.end(1)
    return None


def _limit_reading(hit: Quantity, lowered: str, clause: str, since: int, until: int) -> Reading | None:
    """A limit's own group or delegation, from the words right after it (up to `until`, the next limit) or
    between the previous limit's words (`since`) and it; None when it names neither."""
    after = (
        _group(lowered, clause, hit.end + 1, until, right_after=True) if lowered[hit.end : hit.end + 1] == " " else None
    )
    if after:
        return Reading(hit, applies_to=after[0], end=after[1])
    if _FOR_DELEGATION.match(lowered, hit.end, until):
        tail = _NEXT_LIMIT.search(lowered, hit.end, until)
        stop = tail.start() if tail else until
        return Reading(hit, condition=clause[hit.end : stop].strip(" ,.;"), end=stop)
    before = _group(lowered, clause, since, hit.start, right_after=False)
    if before:
        return Reading(hit, applies_to=before[0], end=hit.end)
    others = _THE_OTHERS.search(clause, since, hit.start) if since else None
    if others:
        return Reading(hit, applies_to=others[0], end=hit.end)
    headed_by = _HEADED_BY.search(lowered, since, hit.start)
    if headed_by:
        return Reading(hit, condition=clause[headed_by.start() : headed_by.end()], end=hit.end)
    for_delegation = _FOR_DELEGATION_BEFORE.search(lowered, since, hit.start) if since else None
    if for_delegation:
        return Reading(hit, condition=clause[for_delegation.start() : for_delegation.end(1)], end=hit.end)
    return None


def _readings(hits: list[Quantity], lowered: str, clause: str) -> list[Reading]:
    """The limits a clause sets: its first, and after it every one with its own group or kind of delegation
    ("không quá 10 người đối với đoàn do Chủ tịch … làm trưởng đoàn, và không quá 7 người đối với đoàn do cấp
    phó …"; "không quá 02 lần/năm, đối với lãnh đạo chủ chốt không quá 01 lần/năm"), each with its group as
    its scope or its condition for a reviewer (a check holds every delegation to a rule). A later number with
    neither ends the list: it is the first limit's exception, or another rule's."""
    readings: list[Reading] = []
    since = 0
    for hit, after in zip(hits, [*hits[1:], None], strict=True):
        reading = _limit_reading(hit, lowered, clause, since, after.start if after else len(lowered))
        if reading is None and readings:
            break
        reading = reading or Reading(hit, end=hit.end)
        readings.append(reading)
        since = reading.end
    return readings


def rules_in_clause(clause: str) -> list[ExtractedRule]:
    """Typed rules stated in one clause (a clause may state several, e.g. days per country and countries)."""
    return list(_rules_in_clause(clause))


@lru_cache(maxsize=256)
def _rules_in_clause(clause: str) -> tuple[ExtractedRule, ...]:
    """`rules_in_clause`, kept for the clauses read lately: `find_rules` reads a clause for its own rules, then
    again as the exception after the one before it (`_exception_after`), and a lead-in once per item. A few
    hundred: a document's clauses, not every text's ever read. Callers copy the rules they change."""
    sentence = _mend_per_year(squash(clause))
    lowered = unicodedata.normalize("NFC", sentence.lower())
    if _at_home(lowered):
        return ()
    folded = fold(lowered)
    found: list[Quantity] | None = None  # read when a kind that needs a quantity first matches its cues
    used: set[int] = set()
    rules: list[ExtractedRule] = []
    # what every kind needs besides its cues, tested once before them (most clauses have neither)
    counts = _has_unit_word(sentence.lower())
    normative = bool(PROHIBITION.search(lowered) or RECOMMENDATION.search(lowered))
    for pattern in KIND_PATTERNS:
        if not (counts if pattern.quantity else pattern.normative_cue or normative):
            continue
        if not pattern.matches(lowered, folded):
            continue
        readings = [Reading(None)]
        if pattern.quantity:
            if _FOR_A_WHILE.search(lowered):
                continue
            if found is None:
                found = quantities(sentence)
            hits = [
                q
                for q in found
                if q.label in pattern.quantity
                and q.start not in used
                and (
                    pattern.bound is None
                    or bound_of(lowered[: q.start if q.opens is None else q.opens], lowered[q.end :]) is pattern.bound
                )
            ]
            if not hits:
                continue
            readings = _readings(hits, lowered, sentence)
            used.update(r.quantity.start for r in readings if r.quantity)
        if not rules:  # the start the sentence states, read once it gives a rule: most clauses give none
            start = rule_start(sentence)
        for reading in readings:
            hit = reading.quantity
            exception, exception_value = _exception(sentence, lowered, hit.label if hit else None)
            applies_to = reading.applies_to or _applies_to(lowered, sentence, hit.start if hit else None)
            value, problem = _value_and_problem(pattern, hit)
            if reading.condition and not problem:
                problem = f"a limit for one kind of delegation only ({reading.condition}): checks hold every trip to it"
            if pattern.unheld and not problem:
                problem = pattern.unheld(lowered)
            rules.append(
                ExtractedRule(
                    kind=pattern.kind.value,
                    value=value,
                    unit=pattern.unit or (UNITS[hit.label] if hit else None),
                    applies_to=applies_to,
                    scope=scope_of(applies_to, pattern.kind.value),
                    exception=exception,
                    exception_value=exception_value,
                    severity=_severity(pattern, lowered).value,
                    sentence=sentence,
                    problem=problem,
                    effective_from=start.date if start else None,
                    effective_basis=start.basis if start else None,
                )
            )
    return tuple(rules)


def _is_descriptive(lowered: str) -> bool:
    """Clauses that report past failings ("có trường hợp ...", "một số ...") state no rule."""
    return bool(re.match(r"(tuy nhiên|có trường hợp|một số|nhiều|vẫn còn|thời gian qua)\b", lowered))


_PROPOSAL = re.compile(
    r"(?:[^,.;:]{0,40},\s*)?(?:sở|bộ|ban(?! hành)|ủy ban|ubnd|cơ quan|hội đồng|tổ biên tập)\b[^,.;:]{0,60}?"
    r"(?<!không)(?<!chưa)(?<!khi)(?<!phải)(?<!theo)(?<!các)(?<!những)\s+"
    r"(?:(?:còn|cũng|đã|vừa|mới|tiếp tục)\s+)*(?:đề xuất|kiến nghị)\b"
    r"(?!\s+(?:việc\s+)?(?:cử|cho\s+phép|(?:các\s+)?(?:đoàn|chuyến))\b)"
)
"""A sentence reporting what a body proposes ("Sở đề xuất nghiêm cấm …", "Sở Nội vụ còn đề xuất cán bộ … không quá
2 lần/năm"): a rule not yet adopted, so none. Not a proposal of a trip ("Sở đề xuất cử đoàn …"), nor a rule on
proposing ("Các đơn vị không đề xuất cử …", "Lãnh đạo các đơn vị khi tham mưu, đề xuất …"), nor one adopted on a
proposal ("Ban hành quy định … theo đề xuất của Sở Nội vụ")."""


_CONTINUES = re.compile(
    r"(?:\d{1,2}[.)]\s*)?(?:các|những)?\s*(?:nội dung|quy định|vấn đề) khác\b[^.;]*?"
    r"\b(?:tiếp tục|vẫn|giữ nguyên)\b[^.;]*?\b(?:thực hiện|áp dụng)\s+theo\b"
)
"""A change's pointer back to the rules it leaves alone ("Các nội dung khác (số lần đi trong năm …, không tham gia
đoàn do doanh nghiệp đài thọ) tiếp tục thực hiện theo Quy định số 08-QĐi/TU"): the topics it lists are the earlier
document's rules, read from it, so the pointer states none of its own (issue 13, blind scenario 15: the ban on
enterprise-funded trips had been credited to the changing Công văn)."""


def _continues(text: str, clause: Clause) -> bool:
    """Whether the clause's sentence only says the other rules continue under another document (`_CONTINUES`)."""
    return bool(_CONTINUES.match(squash(text[clause.sentence : clause.end].lower())))


def _is_proposal(text: str, clause: Clause) -> bool:
    """Whether the clause's sentence reports a proposal (`_PROPOSAL` from the sentence's first word)."""
    return bool(_PROPOSAL.match(squash(text[clause.sentence : clause.end].lower())))


_DRAFT_SAYS = re.compile(
    r"(?:[^.;:]{0,80},\s*)?(?:theo |trong |tại )?(?:bản |các )?dự thảo\b(?!\s+(?:đã|đang|sẽ|được)\b)"
)
"""A sentence that says what a draft lays down ("Theo dự thảo, …", "Về nguyên tắc …, dự thảo quy định: …", "Dự thảo
Quy chế … quy định mỗi đoàn …"): a rule not yet adopted, in it and in the rest of its paragraph. Not a draft's
fate ("Dự thảo đã được gửi …"), nor a draft named inside a sentence ("các sở góp ý dự thảo …")."""
_DRAFT_BEFORE = re.compile(
    r"(?:đó|đây) là (?:một trong (?:những|các) |một số )?(?:nội dung|điểm|quy định|đề xuất)\b[^.;]{0,60}?"
    r"\b(?:của|tại|trong) (?:bản )?dự thảo\b"
)
"""A sentence that says the words before it are a draft's ("Đó là một trong những nội dung của dự thảo Quy chế …",
as a news item says after its lead): the sentences before it in its paragraph, or the paragraph before when it
opens its own, besides its own words and its paragraph's rest ("Đây là điểm mới của dự thảo …: mỗi đoàn …")."""


_DRAFT_ANNOUNCED = re.compile(
    r"(?:(?!\b(?:đề nghị|yêu cầu|(?<!ngoại )giao(?! thông)|chỉ đạo|đề xuất|góp ý)\b)[^.;:]){0,80}?"
    r"\b(?:(?:vừa|đang|mới|đã)\s+)*"
    r"(?:(?:công bố|công khai|đưa ra|đăng tải|hoàn thiện|lấy ý kiến(?: góp ý| rộng rãi| nhân dân)*"
    r"(?: (?:về|cho|đối với|vào))?) (?:bản )?dự thảo|(?:vừa|đang) (?:xây dựng|soạn thảo)(?: (?:bản )?dự thảo)?)"
    r" (?:thông tư|nghị định|quyết định|quy chế|quy định|chỉ thị|nghị quyết|luật)\b"
)
"""A news item's lead (or headline) announcing a draft of rules made public, put to comment or being written ("Bộ
GD-ĐT vừa công bố dự thảo thông tư ban hành quy chế …", "Bộ Nội vụ đang lấy ý kiến dự thảo nghị định …", "Sở Nội
vụ đang xây dựng quy chế …"): what the item goes on to say ("Theo đó, …" and the paragraphs after) is the draft's.
Not an order to write or comment on one ("UBND tỉnh giao Sở Nội vụ xây dựng dự thảo quy chế", "đề nghị các sở
góp ý dự thảo"), nor a draft of an agreement ("phê duyệt dự thảo Hiệp định")."""
_IN_FORCE_AGAIN = re.compile(r"(?:hiện nay|hiện hành|trước đó|trước đây)\b|[^.;]{0,120}\bquy định hiện hành\b")
"""A paragraph turning from the draft to the rules in force ("Hiện nay, theo Quyết định …", "Trước đó, …"): the
draft's reach ends there."""


def _announced(text: str, found: list[Clause], title_end: int) -> set[int]:
    """The clauses (by index) of a news item whose headline or lead announces a draft (`_DRAFT_ANNOUNCED`): from that
    sentence to the text's end, or to a paragraph back on the rules in force (`_IN_FORCE_AGAIN`). A draft announced
    further down (a dispatch naming one in passing) reaches no further than `_DRAFT_SAYS` lets it."""
    lead = next((c.block for c in found if c.start >= title_end), None)
    heads = [i for i, c in enumerate(found) if lead is not None and c.block[0] <= lead[0]]
    first = next(
        (i for i in heads if _DRAFT_ANNOUNCED.match(squash(text[found[i].sentence : found[i].end].lower()))),
        None,
    )
    if first is None:
        return set()
    drafted: set[int] = set()
    for j in range(first, len(found)):
        block = found[j].block
        if (
            found[j].start == block[0]
            and block != found[first].block
            and _IN_FORCE_AGAIN.match(squash(text[block[0] : block[1]].lower()))
        ):
            break
        drafted.add(j)
    return drafted


def _drafted(text: str, found: list[Clause], title_end: int) -> set[int]:
    """The clauses (by index) whose words are a draft's, read across sentences: those a news item's lead announcing
    a draft introduces (`_announced`), from a sentence naming the draft as what it reports (`_DRAFT_SAYS`) to its
    paragraph's end, and the words a later sentence says are a draft's (`_DRAFT_BEFORE`)."""
    drafted = _announced(text, found, title_end)
    for i, clause in enumerate(found):
        sentence = squash(text[clause.sentence : clause.end].lower())
        if not (_DRAFT_SAYS.match(sentence) or _DRAFT_BEFORE.match(sentence)):
            continue
        drafted.update(j for j, c in enumerate(found) if c.block == clause.block and c.sentence >= clause.sentence)
        if _DRAFT_BEFORE.match(sentence):
            opens = clause.sentence == clause.block[0]
            before = [j for j, c in enumerate(found[:i]) if c.block == clause.block and c.sentence < clause.sentence]
            if opens and i and (previous := found[i - 1].block) != clause.block:
                before = [j for j, c in enumerate(found[:i]) if c.block == previous]
            drafted.update(before)
    return drafted


_TITLE_LENGTH = 250


def _title_end(text: str, found: list[Clause]) -> int:
    """Where a text's title lines end: the blocks before its first block that ends as a sentence does (a news
    headline, a dispatch's header and "V/v …" subject), each short. 0 when the text opens with a sentence."""
    end = 0
    for clause in found:
        block_start, block_end = clause.block
        if text[block_end - 1] in _TERMINAL + "…" or block_end - block_start > _TITLE_LENGTH:
            break
        end = block_end
    return end


def _bounded_times(clause: str) -> frozenset[float]:
    """The times in days a bound governs in a clause ("trong vòng 10 ngày", "không quá 7 ngày"). Only times: a
    cell "Không quá 5 người" in a plan's table is one delegation's size, not a rule."""
    lowered = clause.lower()
    return frozenset(
        q.value
        for q in quantities(clause)
        if q.label in _TIMES and q.value is not None and bound_of(lowered[: q.start], lowered[q.end :]) is not None
    )


@lru_cache(maxsize=64)
def _lead_in_time(lead: str) -> frozenset[float]:
    """A lead-in's bounded times when it states no rule of its own (its items share them), else none; read once
    for all its items."""
    return frozenset() if rules_in_clause(lead) else _bounded_times(lead)


_CELL_WORDS = 12
_ROW_NUMBER = re.compile(r"\d{1,3}\.?")
_BARE_TIME = re.compile(r"\W*(?:không|tối|chậm|trong|ít)")
"""A cell that opens with its bound ("Không quá 7 ngày khi về nước", "Chậm nhất …", "Trong vòng …", "Ít nhất …")."""


def _alone(text: str, clause: Clause) -> bool:
    """A clause that is its block, short and unpunctuated: a table cell or a heading line."""
    piece = text[clause.start : clause.end]
    return (
        clause.block == (clause.start, clause.end)
        and len(piece.split()) <= _CELL_WORDS
        and piece[-1] not in _TERMINAL + "…"
    )


def _borrowed(text: str, found: list[Clause], i: int) -> tuple[int, str, frozenset[float]] | None:
    """The words a clause's bare time is read with, when it stands apart from what it times: a lead-in ending in
    ":" whose time the listed items share ("Khi về nước, trong vòng 10 ngày, đương sự cần phải nộp … các giấy tờ
    sau:" + "1. Báo cáo chuyến đi …"), or a table cell holding only the time, after the cells of its row
    ("Báo cáo công tác sau chuyến đi" | "Cá nhân" | "Không quá 7 ngày khi về nước"). Returns where the words
    start, the words, and the values the time gives (a rule read with them must take one of those)."""
    clause = found[i]
    piece = text[clause.start : clause.end]
    if _ENUMERATOR.match(text, clause.block[0]):
        # the nearest block before that is no item (a block's clauses are adjacent): looked for from the clause back
        block = next(
            (c.block for c in map(found.__getitem__, range(i - 1, -1, -1)) if not _ENUMERATOR.match(text, c.block[0])),
            None,
        )
        lead = squash(text[block[0] : block[1]]) if block else ""
        values = _lead_in_time(lead) if lead.endswith(":") else frozenset()
        return (block[0], f"{lead} {piece}", values) if block and values else None
    if not _alone(text, clause) or not _BARE_TIME.match(piece.lower()):
        return None
    values = _bounded_times(piece)
    if not values:
        return None
    cells: list[Clause] = []
    for before in reversed(found[max(0, i - 3) : i]):
        cell = text[before.start : before.end]
        if not _alone(text, before) or _ROW_NUMBER.fullmatch(cell) or quantities(cell):
            break
        cells.insert(0, before)
    if not cells:
        return None
    return cells[0].start, " ".join([*(text[c.start : c.end] for c in cells), piece]), values


_SENT_IF = re.compile(
    r"\b(?:để được|được|khi|người được) cử (?:đi )?[^.;:]{0,60}?\b(?:ở |ra |tại )?nước ngoài\b[^.;]{0,160}?"
    r"\b(?:phải|cần) (?:đáp ứng|có|bảo đảm|đảm bảo) (?:đủ |đầy đủ )?(?:các |những )?(?:điều kiện|tiêu chuẩn)\b"
)
"""A lead-in naming the conditions for being sent abroad ("để được cử đi bồi dưỡng ở nước ngoài …, cán bộ … phải
đáp ứng đầy đủ các điều kiện sau:"): the conditions after it, each its own sentence or paragraph, are on trips
abroad though they do not say so again."""
_CONDITION_BLOCKS = 3
"""How many paragraphs back a condition looks for its lead-in (the items of one list)."""


def _condition_lead(text: str, found: list[Clause], i: int) -> str | None:
    """The lead-in of the conditions for being sent abroad (`_SENT_IF`) a clause is one of: in its own paragraph
    before it, or in one of the few paragraphs before. None when there is none."""
    blocks = list(dict.fromkeys(c.block for c in found[: i + 1]))[-_CONDITION_BLOCKS - 1 :]
    for c in reversed(found[:i]):
        if c.block not in blocks:
            return None
        if lead := _SENT_IF.search(squash(text[c.sentence : c.end].lower())):
            return lead.group()
    return None


_TRIPS_ABROAD = re.compile(r"\b(?:đi|ra) (?:công tác )?nước ngoài\b", re.IGNORECASE)
_COUNT_A_YEAR = re.compile(r"\b(?:mỗi|hằng|hàng) năm\b|\bnăm\b[^.;]{0,20}$", re.IGNORECASE)


def _trips_before(text: str, clause: Clause) -> str | None:
    """The trips abroad an earlier clause of the clause's sentence names ("Mỗi đồng chí Thường trực Tỉnh ủy đi công
    tác nước ngoài một (01) lần trong năm; các đồng chí lãnh đạo chủ chốt khác mỗi năm không quá hai (02) lần"), when
    the clause counts something a year without naming what: the count is of those trips. None otherwise."""
    if clause.sentence >= clause.start or not _COUNT_A_YEAR.search(text, clause.start, clause.end):
        return None
    if _TRIPS_ABROAD.search(text, clause.start, clause.end):
        return None
    named = _TRIPS_ABROAD.search(text, clause.sentence, clause.start)
    return named.group() if named else None


_TRIP_TIME = re.compile(
    r"[ \t]*thời gian(?: công tác)?(?: của (?:mỗi )?chuyến(?: đi)?)?\s+(?:không quá|tối đa)\b", re.I
)
"""A clause giving a trip's time with no country ("thời gian không quá 05 (năm) ngày, tính cả ngày đi và ngày về")."""
_ONE_COUNTRY = re.compile(r"\bmỗi chuyến\b[^.;]{0,30}?\b(?:01|1|một)(?:\s*\((?:01|một)\))?\s+(?:nước|quốc gia)\b", re.I)
"""An earlier clause of its sentence sending each trip to one country ("mỗi chuyến chỉ đến 01 (một) nước")."""


def _one_country_time(text: str, clause: Clause) -> bool:
    """Whether the clause gives a trip's time (`_TRIP_TIME`) after its sentence limited each trip to one country:
    "…; mỗi chuyến chỉ đến 01 (một) nước; thời gian không quá 05 (năm) ngày" — the trip's days are then the days
    in its one country, a limit of the days per country."""
    if clause.sentence >= clause.start or not _TRIP_TIME.match(text, clause.start, clause.end):
        return False
    return bool(_ONE_COUNTRY.search(text, clause.sentence, clause.start))


def _read(text: str, found: list[Clause]) -> Iterator[tuple[int, int, int, ExtractedRule]]:
    """Each rule of the text with its clause's index and span, in order: a clause's own rules, then those its bare time
    gives read with the words it stands apart from (`_borrowed`), which the clause alone cannot give, and a bar on
    people under discipline read as a condition for being sent abroad (`_condition_lead`)."""
    for i, clause in enumerate(found):
        piece = text[clause.start : clause.end]
        if _is_descriptive(squash(piece.lower())) or _is_proposal(text, clause) or _continues(text, clause):
            continue
        own = rules_in_clause(piece)
        for rule in own:
            yield i, clause.start, clause.end, rule
        if "kỷ luật" in piece.lower() and RuleKind.NO_TRIP_UNDER_DISCIPLINE not in {r.kind for r in own}:
            lead = _condition_lead(text, found, i)
            for rule in rules_in_clause(f"{lead}: {piece}") if lead else []:
                if rule.kind == RuleKind.NO_TRIP_UNDER_DISCIPLINE:
                    yield i, clause.start, clause.end, rule
        if RuleKind.MAX_TRIPS_PER_YEAR not in {r.kind for r in own} and (trips := _trips_before(text, clause)):
            # "…; các đồng chí lãnh đạo chủ chốt khác mỗi năm không quá hai (02) lần": the sentence's trips abroad
            sentence = squash(text[clause.sentence : clause.end])
            for rule in rules_in_clause(f"{piece.rstrip(' .;')} {trips}"):
                if rule.kind == RuleKind.MAX_TRIPS_PER_YEAR:
                    yield i, clause.start, clause.end, rule.model_copy(update={"sentence": sentence})
        if not own and _one_country_time(text, clause):
            for rule in rules_in_clause(f"tại mỗi nước: {piece}"):
                if rule.kind == RuleKind.MAX_DAYS_PER_COUNTRY:
                    yield i, clause.start, clause.end, rule.model_copy(update={"sentence": squash(piece)})
        borrowed = _borrowed(text, found, i)
        if borrowed is None:
            continue
        start, words, values = borrowed
        kinds = {rule.kind for rule in own}
        for rule in rules_in_clause(words):
            if rule.kind not in kinds and rule.value in values:
                yield i, start, clause.end, rule


def _not_counted(text: str, following: tuple[int, int] | None) -> tuple[int, int] | None:
    """The clause after a size rule's when it says who the size does not count ("Phiên dịch viên và lái xe … không
    tính vào số thành viên của đoàn"; "Diễn viên, nhạc công, vận động viên, huấn luyện viên của đoàn biểu diễn nghệ
    thuật, đoàn thể thao không tính vào số thành viên quy định tại khoản này"): part of the size rule, whose posts
    not counted (`extractors.size_exclusions`) the check reads; else None."""
    if following is None:
        return None
    lowered = squash(text[following[0] : following[1]].lower())
    if members_not_counted(lowered) and not quantities(lowered):
        return following
    return None


_URGENT_AFTER = re.compile(
    r"^(?:còn |riêng )?(?:đối với|với|trường hợp|riêng|nếu là)\b[^.;]{0,60}?\b(?:đột xuất|khẩn cấp|cấp bách)\b"
)
"""A clause after a limit giving the shorter one for urgent trips ("…; đối với đoàn đột xuất, cấp bách thì ít nhất
năm (05) ngày làm việc"): the limit's exception, its number the exception's value."""
_TRIPS_NOT_COUNTED = compile_led(
    r"\bkhông (?:tính|kể) (?:vào |trong )?(?:số (?:lần|chuyến|lượt)|giới hạn|định mức)|"
    r"\b(?:chuyến|đoàn)\b[^.;]{0,160}?\bkhông (?:được )?(?:tính|kể)\b"
)
"""A sentence of the same item saying which trips a trips-per-year limit does not count ("Không tính vào số lần
nêu trên các chuyến đi tháp tùng … hoặc tham gia đoàn của bộ, ngành Trung ương"): the limit's exception, which
the check reads (pipeline/checks/sources.py). Not a clause stating another limit ("mỗi đoàn không quá 12 thành
viên (không tính diễn viên, …)": `_exception_after`)."""
_TRIPS_NOT_COUNTED_NEXT = re.compile(r"^(?:và |nhưng )?không (?:tính|kể) (?:các |những )?(?:chuyến|đoàn)\b")
"""The clause right after a trips-per-year limit, in its sentence, naming the trips first ("…, tính theo ngày xuất
cảnh; không tính chuyến tháp tùng Lãnh đạo Đảng, Nhà nước"): the limit's exception."""
_EXCEPT_AFTER = re.compile(r"^(?:ngoại )?trừ (?:các |những )?(?:đoàn|chuyến|trường hợp)\b")
"""A clause right after a limit or a ban, cut from it by ";", that names what it leaves out ("Không bố trí đoàn … trong
tháng 01 và tháng 12 hằng năm …; trừ các đoàn tham gia hoạt động đối ngoại theo chương trình của Trung ương"): its
exception, which the checks read (a central-programme delegation is not held to the ban)."""
_NOT_APPLIED = re.compile(
    r"^(?:(?:các |những )?quy định (?:về |tại |nêu trên|này|trên)|giới hạn |mức )[^.;]{0,80}?"
    r"\bkhông áp dụng (?:đối )?(?:với|cho)\b"
)
"""A sentence right after a limit naming whom it does not apply to ("Quy định về số ngày tại mỗi nước không áp
dụng đối với đoàn tham gia khóa đào tạo …"): the limit's exception, which the check reads."""
_NOT_COVERED = compile_led(
    r"\bkhông thuộc (?:các )?(?:trường[ -]+hợp(?: bị)?(?: cấm)?|phạm vi|đối tượng) (?:(?:quy định |nêu )?(?:tại|ở)|"
    r"(?:điều chỉnh|áp dụng) (?:của|tại)) (?:(?:điểm [a-zđ]|khoản \d{1,2}) )*(?:điểm|khoản|điều|mục) này\b"
    r"|\bkhông thuộc (?:các )?trường[ -]+hợp (?:này|nêu trên|trên)\b"
    r"|\bkhông (?:ph[aáảàạ]i )?là (?:hình thức )?tài trợ (?:(?:quy định |nêu )?(?:tại|ở|theo)) "
    r"(?:(?:điểm [a-zđ]|khoản \d{1,2}) )*(?:điểm|khoản|điều|mục) này\b"
)
"""A later sentence of the same item saying what the rule does not cover ("Việc doanh nghiệp nhà nước của thành phố
cử người của doanh nghiệp đi công tác bằng kinh phí của chính doanh nghiệp không thuộc trường hợp quy định tại điểm
này"; "… không thuộc phạm vi điều chỉnh của Điều này"; "… bằng kinh phí của doanh nghiệp không thuộc trường hợp
này"; "Đoàn chỉ gồm người của một doanh nghiệp nhà nước …, do chính doanh nghiệp đó chi trả …, không thuộc trường hợp
cấm tại khoản 2 Điều này"; "Chi phí của người thuộc doanh nghiệp do UBND tỉnh làm chủ sở hữu do chính doanh nghiệp
đó chi trả không phải là tài trợ theo khoản 1 Điều này", "phải" read "phái" on a scan): the rule's exception, which its
check reads. A scan's speck may open the wrapped line ("… không thuộc trường / -hợp quy định tại điểm này")."""
_SUBJECTS = {
    RuleKind.MAX_DAYS_PER_COUNTRY: "số ngày|thời gian",
    RuleKind.MAX_COUNTRIES_PER_TRIP: "số nước|số quốc gia",
    RuleKind.MAX_TRIPS_PER_YEAR: "số lần|số chuyến|số lượt",
    RuleKind.MAX_DELEGATION_SIZE: "số người|số thành viên|thành phần|quy mô",
}
"""What a sentence names to say which limit it exempts from ("quy định về số ngày …"): one naming another
limit's is not this limit's exception."""
_ITEM_HEAD = re.compile(r"^\s*(?:\d{1,2}|[ivx]{1,4}|[a-zđ])\s*[.)]\s*$|^\s*(?:\d{1,2}|[ivx]{1,4})\s*[.)-]\s")
"""A clause that starts the next item ("2.", "b)", "3. Về …"): an exception is looked for before it."""


_REFERS_BACK = re.compile(r"\b(?:quy định |nêu )?(?:tại|ở|theo) (?:điểm [a-zđ] )?khoản (?P<item>\d{1,2})\b")
"""A trips-not-counted sentence in an item after the limit's that names the limit's item ("2. Không tính vào số lần
quy định tại khoản 1 Điều này các chuyến đi thực hiện Thỏa thuận hợp tác …"; "4. Chuyến công tác sang … không tính
vào số lần quy định tại khoản 1 Điều này" after items defining the key leaders): the limit's exception all the
same."""
_ITEM_NUMBER = re.compile(r"\s*\d{1,2}\s*[.)]\s*")
"""A numbered item's label, alone ("2.": the clause after it is the item's first) or before its first words."""


def _names_limit(kind: str, reference: str) -> bool:
    """Whether an exempting sentence's reference ("Quy định về số ngày tại mỗi nước") is to a limit of `kind`: it
    names that limit's subject, or no limit's at all ("Quy định này không áp dụng …")."""
    named = [k for k, words in _SUBJECTS.items() if re.search(rf"\b(?:{words})\b", reference)]
    return not named or kind in named


_TRIPS_REACH = 30
"""How many clauses after a trips-per-year limit its not-counted sentence is looked for in, up to its article's end:
the items defining its key leaders, one ";"-cut clause a post, may stand between."""


def _exception_after(rule: ExtractedRule, text: str, later: list[tuple[int, int]]) -> tuple[str, float | None] | None:
    """An exception a limit's own clause lacks, stated after it: the urgent limit in the next clause (which then
    states no rule of its own), or, for a trips-per-year limit, the trips not counted in a later sentence of the
    same item or of a later item of its article that names the limit's item. Never past the article's end."""
    if rule.exception is not None:
        return None
    # a trips-per-year limit's item may define its key leaders first, one ";"-cut clause a pair, before the trips
    # not counted ("Lãnh đạo chủ chốt … gồm: …; …; Cấp phó … không thuộc diện …. Không tính vào số lần …")
    reach = later[: _TRIPS_REACH if rule.kind == RuleKind.MAX_TRIPS_PER_YEAR else 6]
    if rule.scope_definition is not None and rule.scope_definition.scope == LISTED and rule.scope_definition.span:
        listed_end = rule.scope_definition.span.end  # the posts the clause lists are its own words, not clauses after
        reach = [span for span in later if span[0] >= listed_end][:6]
    item_crossed = False
    own_item = _item_of(text, rule.span.start) if rule.span else None
    for index, (start, end) in enumerate(reach):
        clause = squash(text[start:end])
        lowered = unicodedata.normalize("NFC", clause.lower())
        if _ARTICLE_HEAD.match(lowered):  # the next article: none of its sentences is this limit's
            return None
        if index and not item_crossed and _ITEM_HEAD.match(lowered):
            item_crossed = True
        if item_crossed:  # a later item counts only when it names the limit's item: "… quy định tại khoản 1 …"
            if _ITEM_NUMBER.fullmatch(lowered):  # "2." alone: the item's first clause is the next one
                continue
            trips = rule.kind == RuleKind.MAX_TRIPS_PER_YEAR
            says = _TRIPS_NOT_COUNTED.search(lowered) if trips else _NOT_COVERED.search(lowered)
            refers_back = _REFERS_BACK.search(lowered) if says else None
            if refers_back and own_item in (None, int(refers_back.group("item"))):
                label = _ITEM_NUMBER.match(clause)
                return clause[label.end() if label else 0 :].strip(" .;"), None
            continue
        if index == 0 and rule.unit and _URGENT_AFTER.match(lowered):
            values = [q.value for q in quantities(clause) if UNITS.get(q.label) == rule.unit]
            return clause.strip(" .;"), values[0] if values else None
        if index == 0 and _EXCEPT_AFTER.match(lowered) and not rules_in_clause(clause):
            return clause.strip(" .;"), None
        if index == 0 and (exempt := _NOT_APPLIED.match(lowered)) and _names_limit(rule.kind, exempt.group()):
            return clause.strip(" .;"), None
        if index == 0 and rule.kind == RuleKind.MAX_TRIPS_PER_YEAR and _TRIPS_NOT_COUNTED_NEXT.match(lowered):
            return clause.strip(" .;"), None
        if rule.kind == RuleKind.MAX_TRIPS_PER_YEAR and _TRIPS_NOT_COUNTED.search(lowered):
            # "…; mỗi đoàn không quá 12 thành viên (không tính diễn viên, …)": another limit's not counted
            if any(_other_rule(rule, stated) for stated in rules_in_clause(clause)):
                return None
            return clause.strip(" .;"), None
        if _NOT_COVERED.search(lowered):
            return clause.strip(" .;"), None
        if any(_other_rule(rule, stated) for stated in rules_in_clause(clause)):
            return None
    return None


_SINCE_APPOINTED = re.compile(r"\bbo\s+nhiem\b[^.;]*\bchi\s+tinh\b[^.;]*\btu\s+(?:ngay|khi)\b")
"""A trips-per-year limit counted from a promotion (folded): "Người được bổ nhiệm giữ chức vụ người đứng đầu trong
năm chỉ tính các chuyến xuất cảnh từ ngày giữ chức vụ"."""


def _since_appointed(text: str, later: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The clause of a trips-per-year limit's item, among the next three, that counts a head appointed in the year
    only from the appointment (`_SINCE_APPOINTED`): taken into the limit's sentence, which the check reads
    (`pipeline.checks.kinds.max_trips_per_year`). None past the item's or the article's end."""
    for index, (start, end) in enumerate(later[:3]):
        lowered = unicodedata.normalize("NFC", squash(text[start:end]).lower())
        if _ARTICLE_HEAD.match(lowered) or (index and _ITEM_HEAD.match(lowered)):
            return None
        if _SINCE_APPOINTED.search(fold(lowered)):
            return start, end
    return None


def _other_rule(rule: ExtractedRule, stated: ExtractedRule) -> bool:
    """Whether a clause's rule is another than `rule`, so an exception after it is no longer `rule`'s: a clause
    restating the same ban ("Không tham gia các đoàn do doanh nghiệp tổ chức hoặc tài trợ kinh phí; không nhận lời
    mời đích danh của doanh nghiệp nước ngoài. Doanh nghiệp nhà nước … không thuộc trường hợp này") is not."""
    return stated.kind != rule.kind or stated.value != rule.value


_ITEM_LABEL = re.compile(r"(?m)^[ \t]*(\d{1,2})[ \t]*[.)][ \t]")
"""A numbered item's label at its line's start ("1. Chậm nhất …"): the item a rule's clause is in."""
_ARTICLE_HEAD = re.compile(r"^\s*(?:điều|chương|mục)\s+[\divxlc]+\b", re.IGNORECASE)
"""The next article, chapter or section: a start stated for an item is looked for before it."""
_ARTICLE_LINE = re.compile(r"(?m)^[ \t]*(?:Điều|ĐIỀU|Chương|CHƯƠNG)[ \t]+[\dIVXLC]+\b")
"""An article's or chapter's heading line: the items before it are another article's."""
_THIS_ITEM = (
    r"\btại (?:các )?(?:khoản|mục) (?:\d{{1,2}}(?:,| và) (?:khoản |mục )?)*{item}"
    r"(?:(?:,| và) (?:khoản |mục )?\d{{1,2}})*"
    r" (?:điều này|nêu trên|trên|(?:công văn|văn bản|chỉ thị|kế hoạch|thông báo) này)\b"
)
"""A later item naming the rule's item of the same article ("Thời hạn tại khoản 1 Điều này áp dụng đối với …"), or
of a dispatch without articles among others ("Các nội dung tại khoản 2, khoản 3 nêu trên áp dụng đối với các đoàn
xuất cảnh kể từ ngày 01/6/2026"; "Nội dung tại mục 2 và mục 3 Công văn này áp dụng đối với các đoàn xuất cảnh từ ngày
15/7/2026", a dispatch's numbered items called mục)."""
_POINT_LABEL = re.compile(r"(?m)^[ \t]*([a-zđ])[ \t]*\)[ \t]")
"""A lettered point's label at its line's start ("d) Hồ sơ đề nghị cử đoàn …"): the point of its item a clause is in."""
_THIS_POINT = (
    r"\bđiểm (?:[a-zđ](?:,| và) (?:điểm )?)*{point}\b(?:(?:,| và) (?:điểm )?[a-zđ]\b)*[^.;]{{0,80}}?\bkhoản {item}"
    r"(?: (?:phần|mục) [ivxlc]+)?(?: (?:hướng dẫn|kế hoạch|quy định|công văn|văn bản))? (?:này|nêu trên|trên)\b"
)
"""A later clause naming the rule's point of its item in this text, the item written once for the points before it:
"Yêu cầu về số nước tại điểm b và thời hạn gửi hồ sơ tại điểm d khoản 2 Phần II Hướng dẫn này áp dụng đối với các
đoàn xuất cảnh từ ngày 01/7/2026" (a Hướng dẫn in parts, whose limits change for the trips leaving from then)."""


@lru_cache(maxsize=4)
def _article_lines(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of a text's article and chapter headings (`_ARTICLE_LINE`), found once for all its rules."""
    return tuple(m.span() for m in _ARTICLE_LINE.finditer(text))


_NAMES_ARTICLE = re.compile(
    r"\b(?:quy định |nêu )?(?:tại|ở) (?:(?:điểm [a-zđ] )?khoản (?P<item>\d{1,2}) )?điều (?P<article>\d{1,3})\b"
    r"(?! (?:luật|nghị định|thông tư|quyết định|chỉ thị|nghị quyết)\b)"
)
"""A reference to an article of the text itself ("… không tính vào số chuyến quy định tại Điều 5 Quy định này", "…
tại khoản 1 Điều 5"), not to another act's ("Điều 5 Nghị định …")."""


def _not_counted_elsewhere(text: str, start: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """The trips a trips-per-year limit does not count, said in another article that names the limit's (and its item,
    if it names one): "Điều 3 … 4. Chuyến công tác tháp tùng đoàn lãnh đạo cấp cao … không tính vào số chuyến quy định
    tại Điều 5 Quy định này" for "Điều 5 … 1. Lãnh đạo chủ chốt … không quá hai (02) chuyến". None when none does."""
    article = _article_of(text, start)
    if article is None:
        return None
    item = _item_of(text, start)
    for index, (clause_start, clause_end) in enumerate(spans):
        clause = squash(text[clause_start:clause_end])
        lowered = unicodedata.normalize("NFC", clause.lower())
        if not _TRIPS_NOT_COUNTED.search(lowered) or _article_of(text, clause_start) == article:
            continue
        named = _NAMES_ARTICLE.search(lowered)
        if named and int(named.group("article")) == article and named.group("item") in (None, str(item)):
            label = _ITEM_NUMBER.match(clause)
            said = clause[label.end() if label else 0 :].strip(" .;")
            if _heads_article(text, clause_start):
                return f"{said}: {' '.join(_article_items(text, spans[index + 1 :]))}"
            return said
    return None


def _heads_article(text: str, start: int) -> bool:
    """Whether the clause at `start` is an article's heading: its line opens with the article's number ("Điều 6. Các
    chuyến …"), or the line before is that number alone ("Điều 6." / "Các chuyến …")."""
    line = text.rfind("\n", 0, start) + 1
    previous = text.rfind("\n", 0, max(line - 1, 0)) + 1
    return bool(_ARTICLE_LINE.match(text, line) or _BARE_ARTICLE.fullmatch(text[previous:line].strip()))


_BARE_ARTICLE = re.compile(r"(?:Điều|ĐIỀU)[ \t]+\d{1,3}[ \t]*[.:]?")


def _article_items(text: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    """The clauses of an article after its heading, up to the next article or chapter, item labels dropped: what an
    article headed "Các chuyến công tác không tính vào số lần quy định tại Điều 5" lists ("1. Chuyến công tác đi theo
    đoàn của đồng chí lãnh đạo Đảng, Nhà nước ở Trung ương …")."""
    items: list[str] = []
    for clause_start, clause_end in spans:
        clause = squash(text[clause_start:clause_end])
        if _ARTICLE_HEAD.match(clause):
            break
        if not _ITEM_NUMBER.fullmatch(clause):
            items.append(clause[m.end() if (m := _ITEM_NUMBER.match(clause)) else 0 :])
    return items


_ARTICLE_NUMBER = re.compile(r"[ \t]*(?:Điều|ĐIỀU)[ \t]+(\d{1,3})\b")


def _article_of(text: str, start: int) -> int | None:
    """The number of the article a clause starting at `start` is in (its last heading before it), None outside one."""
    heads = [s for s, e in _article_lines(text) if s <= start]
    numbered = _ARTICLE_NUMBER.match(text, heads[-1]) if heads else None
    return int(numbered.group(1)) if numbered else None


def _item_of(text: str, start: int) -> int | None:
    """The number of the numbered item of its article a clause starting at `start` is in, None outside one.

    The article is the last heading before `start`: one on `start`'s own line as read up to `start`, else the
    last of the whole text's headings that ends by `start` (a heading is one line)."""
    line = text.rfind("\n", 0, start) + 1
    if _ARTICLE_LINE.match(text, line, start):
        article = line
    else:
        article = max((s for s, e in _article_lines(text) if e <= start), default=0)
    starts, ends, numbers = _item_labels(text)  # `article` starts a line (or the text): the labels read from it on
    last = bisect_right(ends, start + 8) - 1  # the labels that end by `start + 8`, the text read up to there
    return numbers[last] if last >= 0 and starts[last] >= article else None


@lru_cache(maxsize=4)
def _item_labels(text: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """Every item label of a text (`_ITEM_LABEL`): starts, ends and numbers, found once, not once a clause over the
    text from its article on. A label lies inside its line, so those of a stretch from a line's start are these."""
    labels = list(_ITEM_LABEL.finditer(text))
    return tuple(m.start() for m in labels), tuple(m.end() for m in labels), tuple(int(m.group(1)) for m in labels)


def _start_after(text: str, start: int, later: list[tuple[int, int]], kind: str) -> RuleStart | None:
    """A start a rule's own clause lacks, stated by a later item of its article that names the rule's item:
    "1. Chậm nhất mười (10) ngày làm việc trước ngày dự kiến xuất cảnh …" then "2. Thời hạn tại khoản 1 Điều này áp
    dụng đối với các đoàn có ngày xuất cảnh từ ngày 01/6/2026, thay cho thời hạn bảy (07) ngày …": the new lead binds
    delegations leaving from that day, not from the decision's date. A later clause naming the rule's point of its item
    (`_THIS_POINT`) may stand further on, in another part of the text, and is read with the clause after it: a scan's
    line break after "… điểm d khoản 2 Phần II" split "Hướng dẫn này áp dụng … từ ngày 01/7/2026" off it."""
    item = _item_of(text, start)
    if item is None:
        return None
    this_item = re.compile(_THIS_ITEM.format(item=item))
    point = _point_of(text, start)
    this_point = re.compile(_THIS_POINT.format(point=point, item=item)) if point else None
    for index, (clause_start, clause_end) in enumerate(later):
        clause = squash(text[clause_start:clause_end])
        if _ARTICLE_HEAD.match(clause) or (index >= 6 and this_point is None):
            return None
        named = index < 6 and this_item.search(unicodedata.normalize("NFC", clause.lower()))
        if named and (found := rule_start(clause)):
            return found
        if this_point is None:
            continue
        reach = squash(text[clause_start : later[index + 1][1] if index + 1 < len(later) else clause_end])
        lowered = unicodedata.normalize("NFC", reach.lower())
        pointed = this_point.search(lowered)
        if pointed and pointed.start() < len(clause) and _names_kind(lowered, pointed, kind):
            found = rule_start(reach)
            if found:
                return found
    return None


_APPLIES_FROM = re.compile(
    r"(?:(?:\w+\s+){0,3}(?:nay|tren)\s+)?(?:duoc\s+)?ap\s+dung\b|(?:ke\s+)?tu\s+ngay\b|doi\s+voi\b"
)
"""A clause saying to which trips the one before it applies, folded: "áp dụng đối với các đoàn xuất cảnh từ ngày …",
"thời hạn này áp dụng …", "kể từ ngày …", "đối với các đoàn …"."""
_LABELS = (("point", r"[a-zđ][ \t]*\)"), ("item", r"\d{1,2}[ \t]*[.)-]"), ("bullet", r"[-–+•]"))
_LABEL = re.compile(r"[ \t]*(?:" + "|".join(f"(?P<{kind}>{label})" for kind, label in _LABELS) + r")[ \t]")
"""A list entry's label, by its kind: a lettered point "a)", a numbered item "2." or "2-", a bullet "-", "+"."""


def _label_kind(text: str, clause: Clause) -> str | None:
    """The kind of list entry a clause is in: its own label, else its block's; None when it is in none."""
    label = _LABEL.match(text, clause.start) or _LABEL.match(text, clause.block[0])
    return label.lastgroup if label else None


def _start_around(text: str, found: list[Clause], index: int) -> RuleStart | None:
    """A start a rule's own clause lacks, stated by the words around it that state no rule of their own: the rest
    of its sentence ("Hồ sơ … gửi chậm nhất 15 ngày làm việc trước ngày xuất cảnh …; áp dụng đối với các đoàn xuất
    cảnh từ ngày 01/8/2026."), or the lead-in ending in ":" of the list it is an entry of, past the entries of its
    kind before it ("2. Áp dụng đối với các đoàn kết thúc chuyến công tác, nhập cảnh về nước từ ngày 01/8/2026:"
    then "a) Mỗi đoàn không quá 08 người …", "b) Trưởng đoàn gửi báo cáo …"): both bind those trips only."""
    clause = found[index]
    for after in found[index + 1 :]:
        piece = text[after.start : after.end]
        if after.sentence != clause.sentence or rules_in_clause(piece):
            break
        if _APPLIES_FROM.match(fold(piece.lower())) and (start := rule_start(piece)):
            return start
    kind = _label_kind(text, clause)
    if kind is None:
        return None
    for before in reversed(found[:index]):
        piece = text[before.start : before.end]
        if piece.endswith(":"):
            return None if rules_in_clause(piece) else rule_start(piece)
        if _label_kind(text, before) != kind and before.block != clause.block:
            return None
    return None


def _names_kind(lowered: str, pointed: re.Match[str], kind: str) -> bool:
    """Whether a clause naming the rule's point (`_THIS_POINT`) names the rule's limit, or none: "Yêu cầu về số nước
    tại điểm b" dates the countries' limit of point b, not the size of delegation point b states too."""
    said = fold(lowered[lowered.rfind("điểm", 0, pointed.start()) + 1 : pointed.start()])
    named = [topic for topic, words in TOPICS.items() if re.search(words, said)]
    return not named or kind in named


def _point_of(text: str, start: int) -> str | None:
    """The letter of the point (`_POINT_LABEL`) a clause starting at `start` is in: the last label on a line before
    `start`'s, or on its own line before it, after its item's label; None when the clause is in no point."""
    item_label = max((m.start() for m in _ITEM_LABEL.finditer(text, 0, start + 1)), default=0)
    points = list(_POINT_LABEL.finditer(text, item_label, start + 4))
    return points[-1].group(1) if points else None


def _bounded_row(cells: str) -> str:
    """A limits table's row read as a clause: each of its quantities bounded, as the table's "Mức tối đa" heading
    bounds them ("Số thành viên của một đoàn tám (08) người" → "... không quá tám (08) người")."""
    pieces: list[str] = []
    last = 0
    for quantity in quantities(cells):
        at = quantity.opens if quantity.opens is not None else quantity.start
        bounded = bound_of(cells[:at]) is not None  # a note's own "không quá 10 người" is bounded already
        pieces += [cells[last:at], "" if bounded else "không quá "]
        last = at
    return "".join([*pieces, cells[last:]])


def _body_fields(scope: BodyScope | None) -> dict[str, str | None]:
    """A rule's `body_scope` and `body_scope_text` from the body it binds (`extractors.issuing_body`)."""
    return {"body_scope": scope.body if scope else None, "body_scope_text": scope.words if scope else None}


def _with_units(
    definitions: Mapping[str | tuple[str, str], ScopeDefinition], text: str
) -> dict[str | tuple[str, str], ScopeDefinition]:
    """The text's scope definitions, and for the two-key-leaders rule its key leaders' definition with the units
    the text lists as what one unit is (`extractors.same_unit`), under (kind, scope)."""
    out: dict[str | tuple[str, str], ScopeDefinition] = {**definitions}
    units = find_unit_definition(text)
    key_leaders = definitions.get(KEY_LEADER)
    if units and key_leaders:
        kind = RuleKind.NO_TWO_KEY_LEADERS_SAME_UNIT.value
        out[(kind, KEY_LEADER)] = key_leaders.model_copy(update={"units": units[0], "units_sentence": units[1]})
    return out


_PER_PERSON = (RuleKind.MAX_TRIPS_PER_YEAR, RuleKind.TOTAL_DAYS_WITHIN_ANNUAL_LEAVE)
"""The limits on each person's own travel: their subject may be posts by title (`find_post_scope`)."""


def _scoped(rule: ExtractedRule, definitions: Mapping[str | tuple[str, str], ScopeDefinition]) -> dict[str, Any]:
    """A rule's scope definition, and its scope when the definition decides it: a rule naming the leaders of units
    its text defines ("Lãnh đạo đơn vị đi công tác nước ngoài không quá …" and "Lãnh đạo đơn vị là …") binds them
    as defined, not the key leaders; otherwise its scope's definition."""
    leaders = definitions.get(UNIT_LEADER)
    if leaders is not None and scope_of(rule.applies_to, rule.kind, leaders) == UNIT_LEADER:
        return {"scope": UNIT_LEADER, "scope_definition": leaders}
    return {"scope_definition": definitions.get((rule.kind, rule.scope)) or definitions.get(rule.scope)}


UNLISTED_GROUP = "a group whose posts the text does not list"
"""The words of the problem of a per-person limit binding a named group whose posts the text does not list
(`_unlisted_group`): the checks make every finding under it a review naming the group until a reviewer sets whom it
binds (`pipeline.checks.sources`)."""


def _unlisted_group(group: str) -> str:
    """The problem of a limit binding a named group whose posts the text does not list ("Cán bộ Nhóm I …")."""
    return f"binds '{group}', {UNLISTED_GROUP}: its findings are reviews until whom it binds is set (`rules edit`)"


def _numbered_group(rule: ExtractedRule, text: str, start: int, end: int) -> dict[str, Any]:
    """The scope of a per-person limit whose clause text[start:end] names a group by number, letter or cited points
    ("Cán bộ Nhóm I …", "… thuộc nhóm a …", "… tại các điểm b, c, d và đ khoản 1 Điều 2 …", a table's row "Nhóm A |
    01 (một) lần"): that group's listed posts, or the problem of a group the text does not list; {} for no group."""
    numbered = find_numbered_group(text, start, end)
    if numbered is None:
        return {}
    cited, members = numbered
    if members is not None:
        return {"scope": LISTED, "scope_definition": members, "applies_to": members.term}
    return {"problem": rule.problem or _unlisted_group(cited)}


def find_rules(text: str) -> list[ExtractedRule]:
    """Every rule stated in a text, each with the span of its clause and the text's definition of its scope.

    A rule restated in one text (same kind, value and scope: "không cử đoàn đi giao lưu … không thiết thực"
    then "không sử dụng ngân sách … tham quan, du lịch") is kept once, at its first sentence. A title's rule (a
    headline, a subject line) is kept only when the body states no rule of its kind: a headline sums the body up,
    and where the body says it (or says it otherwise) the body is what binds. A delegation's size takes the next
    clause along when that one says who is not counted, and a limit the exception stated after it
    (`_exception_after`: the urgent lead of the next clause, which then gives no rule of its own). A rule in a
    draft's words (`_drafted`), and the same rule (kind and value) stated before them, is no rule. A limits table's
    rows (`extractors.rule_table`: "Nội dung | Mức tối đa", often in a Phụ lục) come after the prose's rules, so a
    limit the prose states too is kept at its sentence. Every rule carries the trips the text puts outside all of
    its rules (`extractors.trip_exclusions`), and the one body whose delegations it binds when its sentence or
    the lead-in before it names one (`extractors.issuing_body`)."""
    text = _without_fax_lines(text)
    by_scope: dict[str | tuple[str, str], ScopeDefinition] = {d.scope: d for d in reversed(find_definitions(text))}
    if KEY_LEADER not in by_scope and (annex := find_annex_definition(text)):  # "… tại Mục A Phụ lục"
        by_scope[KEY_LEADER] = annex
    definitions = _with_units(by_scope, text)
    leads = lead_ins(text)
    excluded = find_trip_exclusions(text)  # the dispatch's scope statement: every rule of it carries it
    found = _clauses(text)
    title_end = _title_end(text, found)
    next_clause = {c.end: (n.start, n.end) for c, n in pairwise(found)}
    body: list[ExtractedRule] = []
    titles: list[ExtractedRule] = []
    seen: set[tuple[str, float | None, str, str | None]] = set()
    spans = [(c.start, c.end) for c in found]
    taken: set[int] = set()  # clauses read as the previous limit's urgent exception
    drafted = _drafted(text, found, title_end)
    read = list(_read(text, found))
    # a draft's rule, and that rule restated before it (a headline, a lead summing the draft up), binds no one
    last_drafted = {(r.kind, r.value): i for i, _, _, r in read if i in drafted}
    for index, start, end, rule in read:
        if index in taken or index <= last_drafted.get((rule.kind, rule.value), -1):
            continue
        update: dict[str, Any] = {
            "span": Span.in_text(text, start, end),
            **_scoped(rule, definitions),
            "trip_exclusions": excluded,
            **_body_fields(rule_body(rule.sentence, start, leads)),
        }
        if listed := find_listed_scope(text, start, end):  # "Các đồng chí sau đây …: a) …; b) …"
            update |= {"scope": LISTED, "scope_definition": listed}
        elif rule.kind in _PER_PERSON and (numbered := _numbered_group(rule, text, start, end)):
            update |= numbered
        elif rule.kind in _PER_PERSON and rule.applies_to is None and (posts := find_post_scope(text, start, end)):
            # "Ủy viên Ban Thường vụ Tỉnh ủy đi công tác nước ngoài không quá ba (03) chuyến": those posts only
            update |= {"scope": LISTED, "scope_definition": posts, "applies_to": posts.term}
        elif rule.kind in _PER_PERSON and rule.applies_to is None and (group := find_group_scope(text, start, end)):
            # "Mỗi đồng chí Thường trực Tỉnh ủy …" with "Thường trực Tỉnh ủy (Bí thư Tỉnh ủy, …)" listed elsewhere
            update |= {"scope": LISTED, "scope_definition": group, "applies_to": group.term}
        elif rule.kind in _PER_PERSON and rule.applies_to is None and (named := group_subject(text, start, end)):
            # "Thường trực Tỉnh ủy: 01 lần/năm" with no list of its posts: not everyone's limit, a reviewer's
            update["problem"] = rule.problem or _unlisted_group(named)
        if after := _exception_after(rule.model_copy(update=update), text, spans[index + 1 :]):
            update["exception"], update["exception_value"] = after
            if after[1] is not None:
                taken.add(index + 1)
        elif rule.kind == RuleKind.MAX_TRIPS_PER_YEAR and rule.exception is None:
            update["exception"] = _not_counted_elsewhere(text, start, spans)
        if rule.effective_from is None and (
            later_start := _start_around(text, found, index) or _start_after(text, start, spans[index + 1 :], rule.kind)
        ):
            update["effective_from"], update["effective_basis"] = later_start.date, later_start.basis
        if rule.kind == RuleKind.MAX_TRIPS_PER_YEAR and (since := _since_appointed(text, spans[index + 1 :])):
            said = " ".join(text[since[0] : since[1]].split())
            update["sentence"] = f"{update.get('sentence', rule.sentence)} {said}"
        if rule.kind == RuleKind.MAX_DELEGATION_SIZE:
            extra = _not_counted(text, next_clause.get(end))
            more = members_not_counted(text[extra[0] : extra[1]]) if extra else []
            update["not_counted"] = list(dict.fromkeys([*members_not_counted(rule.sentence), *more]))
            if extra:
                update["sentence"] = f"{rule.sentence} {' '.join(text[extra[0] : extra[1]].split())}"
                update["span"] = Span.in_text(text, start, extra[1])
        (titles if end <= title_end else body).append(rule.model_copy(update=update))
    for start, end, cells in table_rows(text):
        row = " ".join(text[start:end].split())
        for rule in rules_in_clause(_bounded_row(cells)):
            update = {"sentence": row, "span": Span.in_text(text, start, end)}
            defined = {
                **_scoped(rule, definitions),
                "trip_exclusions": excluded,
                **_body_fields(rule_body(row, start, leads)),
            }
            if rule.kind == RuleKind.MAX_TRIPS_PER_YEAR and rule.exception is None:
                defined["exception"] = _not_counted_elsewhere(text, start, spans)
            if rule.kind in _PER_PERSON and (numbered := _numbered_group(rule, text, start, end)):
                defined |= numbered  # a table by group: "Nhóm A | 01 (một) lần"
            body.append(rule.model_copy(update=update | defined))
    stated = {rule.kind for rule in body}
    same = find_same_person_rule(text) if any(rule.kind in _PER_PERSON for rule in body + titles) else None
    rules: list[ExtractedRule] = []
    for rule in [*(r for r in titles if r.kind not in stated), *body]:
        key = (rule.kind, rule.value, rule.scope, rule.body_scope)
        if key not in seen:
            seen.add(key)
            if rule.kind == RuleKind.NO_ENTERPRISE_FUNDED:  # "doanh nghiệp kinh doanh dược, …": those trades only
                rule = rule.model_copy(update={"firm_kinds": banned_firm_kinds(rule.sentence)})
            elif rule.kind in _PER_PERSON and same:  # whom its count takes as one person
                rule = rule.model_copy(update={"same_person": same})
            rules.append(rule)
    return rules


def extract_rules(document: Document) -> Document:
    """Field extractor: fills `Document.rules` for dispatches and news copies, for a decision from the Quy chế or Quy
    định it issues (`extractors.issued_regulation`: its articles, not the decision's), and for a decision amending one
    from the new wording it gives the regulation's clauses (`extractors.rule_changes.amended_wording`); other types are
    left alone. A rule whose sentence states no start binds from the document's own (`document_start`: "Quyết định
    này có hiệu lực từ ngày 01 tháng 02 năm 2026"), not from the day it was signed."""
    text = document.text
    reworded: list[tuple[int, int]] = []
    if document.doc_type is not None and document.doc_type not in RULE_DOC_TYPES:
        if document.doc_type is not DocType.QUYET_DINH:
            return document
        start = regulation_start(text)
        reworded = amended_wording(text) if start is None and amended_regulation(text, document.number) else []
        if start is None and not reworded and (inline := inline_regulation(text)) is not None:
            reworded = [inline]  # the items its issuing article lists: read as the regulation, alone
        if start is None and not reworded:
            return document
        rules = find_rules(regulation_only(text, start) if start is not None else _only(text, reworded))
    else:
        rules = find_rules(text)
    if (begins := document_start(text, parts=bool(reworded))) is not None:
        dated = {"effective_from": begins.date, "effective_basis": begins.basis}
        rules = [rule if rule.effective_from else rule.model_copy(update=dated) for rule in rules]
    return document.model_copy(update={"rules": rules})


def _only(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """`text` with all but `spans` blanked (line and page breaks kept): offsets and pages stay the whole text's."""
    kept = [(0, 0), *sorted(spans), (len(text), len(text))]
    return "".join(
        re.sub(r"[^\n\f]", " ", text[end:following]) + text[following:stop]
        for (_, end), (following, stop) in pairwise(kept)
    )
