"""The rows the checks judge, built once per run as temporary tables, and the rule each of them answers to.

`cv_trips` (one per trip, with its context: the place its issuer names and the start date), `cv_members` (one
per trip member), `cv_person_trips` (each person's trips of a calendar year in order, kept only for the
person-years over the most lenient trips-per-year or annual-leave limit: a check that needs every person-year
reads `cv_members`), `cv_honorifics`, `cv_period_doubts` (trips whose period the extractor doubted, dates not
answered), and `cv_chosen`: which rule a trip answers to, decided in SQL. Among
the active rules of a kind, those whose jurisdiction covers the trip (central rules cover every trip; a local
rule covers trips whose issuer or place names its place) and in force for the trip (effective from on or before
the trip's date the rule is measured on — its departure, or its return or decision date when the rule's sentence
says so, `extractors.rule_dates` — and not ended before its start by a confirmed supersession, and not binding the
other body's delegations only, `rules.body_scope`); of those, a rule binding the trip's body (party or state, its
decision's issuer: `pipeline.checks.trip_bodies`) before a rule for every body, then an approved rule before a
shipped default, then the strictest (each check's `stricter`), then the local one, then the newest. It is resolved
once per context (`ctx_id`: issuer place and body, departure, return and decision date, plus the member's
key-leader flags for rules about people), a few thousand rows however many trips, and joined back on an integer.

Working days come from the `calendar` table's `working_day_index` (working days since 2000-01-01 up to and
including a date), so "N working days after D" is an equality join, not a loop.
"""

from __future__ import annotations

from collections.abc import Sequence

from extractors.date_ranges import LONGEST_UNSTATED_DAYS
from extractors.issuing_body import BODY_WORDS
from extractors.rules import UNLISTED_GROUP
from extractors.trips import PERIOD_DOUBT
from pipeline.checks.registry import DEADLINE_AFTER_RETURN, Check
from pipeline.checks.trip_bodies import BODY_JOIN
from pipeline.rules.rulebase import GROUP_SOURCES, UNDEFINED_GROUP
from pipeline.store.queue.fields import MEMBER_FIELD
from pipeline.store.queue.raised import NAME_SCORE, PERSON_DOUBT, PERSON_DOUBTED
from schemas.rules import RuleKind

ENDED = "hết hiệu lực từ "
LESS_STRICT = "ít nghiêm ngặt hơn quy định được áp dụng"
CENTRAL_YIELDS = "quy định trung ương; quy định của địa phương được áp dụng"
DEFAULT_YIELDS = "quy định trung ương mặc định (tóm lược); quy định đã duyệt từ văn bản được áp dụng"
OLDER = "ban hành trước quy định được áp dụng"
GENERAL_YIELDS = "quy định chung cho mọi cơ quan; quy định riêng cho đoàn của "
OTHER_BODY = "chỉ áp dụng cho "
"""Why a rule that also applied to a trip was not the one used (Vietnamese, into the finding's evidence)."""

ANNUAL_LEAVE_DAYS = 12
"""Labour Code 2019 art. 113: the basic annual leave, used when a leave rule states no number of days."""

MANAGED_CADRE_TITLES = r"^(phó )?(giám đốc|chủ tịch|bí thư|trưởng ban|chánh văn phòng|cục trưởng|tổng giám đốc)"
"""Titles taken for "cán bộ thuộc diện Ban Thường vụ quản lý" when a rule is scoped to them (with key leaders)."""


_CENTRAL = "(r.jurisdiction_key IS NOT DISTINCT FROM 'central')"
"""A central rule, which yields to a local one; a rule whose jurisdiction was not read (its dispatch's header
unread on a scan) is an approved local rule, not central, and must not sort after the central default."""

_DEFAULT = "(r.origin = 'default')"
"""A shipped default (`default_rules.json`, a paraphrase): a fallback for a kind no approved rule of the trip's
context sets. An approved rule read from a dispatch replaces it even when less strict — the dispatch states its
own limit and its own scope ("tối đa ba (03) chuyến", "không tính các chuyến tháp tùng"), and a reviewer who
wants the central limit enforced keeps it by retiring or editing the local rule. So for the people its scope leaves
out too: where a dispatch limits the trips of its "lãnh đạo đơn vị" and leaves a Phó Viện trưởng who is Bí thư out
"kể cả trường hợp kiêm nhiệm chức vụ trong cấp ủy", the default's key leaders do not bring him back (`dispatched`
in `cv_chosen`). Among approved rules the strictest applies, as before."""

_ENDED = (
    "coalesce(CASE r.effective_to_basis WHEN 'return' THEN x.end_date WHEN 'decision' THEN x.decision_date"
    " ELSE x.start_date END > r.effective_to, false)"
)
"""A rule ended (by a confirmed supersession) before the trip's date its successor's start is measured on (the
departure, or the return: "các đoàn trở về nước từ ngày …"): never applied, but named in the finding with its
successor, so a reader sees why the older dispatch's number was not used."""
_ENDED_ON = (
    "CASE r.effective_to_basis WHEN 'return' THEN ' đối với đoàn về nước' WHEN 'decision'"
    " THEN ' đối với quyết định cử đoàn' ELSE '' END"
)


_MEASURED_ON = (
    "CASE r.effective_basis WHEN 'return' THEN x.end_date WHEN 'decision' THEN x.decision_date ELSE x.start_date END"
)
"""The trip's date a rule's start is compared with: the one its sentence names ("các đoàn trở về nước từ ngày …":
the return; "quyết định … ký từ ngày …": the decision's date), else the departure (`extractors.rule_dates`)."""
_STARTS = (
    "CASE r.effective_basis WHEN 'departure' THEN ', áp dụng cho đoàn xuất cảnh từ ngày '"
    " WHEN 'return' THEN ', áp dụng cho đoàn về nước từ ngày '"
    " WHEN 'decision' THEN ', áp dụng cho quyết định cử đoàn từ ngày ' ELSE '' END"
    " || CASE WHEN r.effective_basis IS NOT NULL THEN strftime(r.effective_from, '%d/%m/%Y') ELSE '' END"
)
"""A finding names the rule's start when its sentence measures it on a trip's date: the reader sees why a trip is
held to the new value, and the one before it was not."""


def _body_words(body: str) -> str:
    """SQL: how a finding names the body in column `body` ('party' | 'state')."""
    return f"CASE {body} " + " ".join(f"WHEN '{k}' THEN '{v}'" for k, v in BODY_WORDS.items()) + " END"


_BINDS = "CASE WHEN r.body_scope IS NOT NULL THEN ' (chỉ áp dụng cho ' || r.body_scope_text || ')' ELSE '' END"
"""A finding names the one body whose delegations its rule binds (`rules.body_scope`), as the dispatch says it."""
_OWN_BODY = "coalesce(r.body_scope = x.body, false)"
"""A rule binding the trip's body only ("mỗi đoàn do Chủ tịch UBND tỉnh quyết định cử … không quá sáu (06)
người"): chosen for the trip before a rule for every body, even a stricter one — the dispatch that binds the body
(the party's Quy định "trừ trường hợp Ủy ban nhân dân tỉnh có quy định cụ thể khác") leaves it the say."""
_OTHER_BODY = "coalesce(r.body_scope <> x.body, false)"
"""A rule binding the other body's delegations only: never applied to the trip, named in the finding with why. A
trip whose body is not read (`x.body` null) may answer to either: its finding says what to check."""

_RULE_WORDS = "strip_accents(lower(concat_ws(' ', sentence, exception)))"
"""A rule's sentence and the exception read after it (`extractors.rules`), folded."""
ESCORTS_NOT_COUNTED = f"({_RULE_WORDS} LIKE '%khong tinh%thap tung%' OR {_RULE_WORDS} LIKE '%thap tung%khong tinh%')"
"""A trips-per-year rule that leaves out trips accompanying a leader ("không tính các chuyến đi tháp tùng lãnh đạo
Trung ương, lãnh đạo tỉnh", "Chuyến công tác tháp tùng … không tính vào số chuyến …"): a member who goes as "tháp
tùng" (`extractors.members`) is not on a trip of his
own. When any active trips-per-year rule says so, such trips get no number in `cv_person_trips`."""
CENTRAL_NOT_COUNTED = (
    f"(regexp_matches({_RULE_WORDS}, 'khong (tinh|ke)[^.]*([dđ]oan|chuyen)[^.]*(trung uong|bo, nganh|cua bo\\b)')"
    f" OR regexp_matches({_RULE_WORDS}, '(thap tung|tham gia)[^.]*[dđ]oan[^.]*(trung uong|cap cao|dang, nha nuoc|chinh"
    " phu)[^.]*khong (duoc )?(tinh|ke)'))"
)
"""A trips-per-year rule that leaves out trips with a central body's delegation ("Không tính vào số lần nêu trên
các chuyến đi … tham gia đoàn của bộ, ngành Trung ương"; "Chuyến công tác tháp tùng đoàn lãnh đạo cấp cao của Đảng,
Nhà nước … không tính vào số chuyến …"): the members of a trip that joins one
(`Trip.joins_central_delegation`) get no number either."""
_ESCORTING = (
    "((coalesce(m.role = 'tháp tùng', false) AND (SELECT escorts_free FROM limits))"
    " OR (coalesce(m.joins_central_delegation, false) AND (SELECT central_free FROM limits))"
    " OR coalesce(pg.sure, false)"
    " OR coalesce(m.ordinal <> es.head_ordinal, false))"
)
"""A member's trip the count leaves out: escorting, with a central delegation, carrying out the agreement a rule's
exception names (`pipeline.checks.programmes`, `cv_programme_trips` joined as `pg`), or going with a delegation
headed by a post the exception names, not as its head (`pipeline.checks.escorts`, `cv_escorted_trips` as `es`)."""

LAND_NEIGHBOURS = ("CN", "LA", "KH")
"""The countries Việt Nam shares a land border with: a trip there out and back on one day is a border day trip."""
_DAY_TRIP = "coalesce(m.start_date = m.end_date AND far.trip_id IS NULL, false)"
"""A member's trip out and back on one day, to no country but a land neighbour (`far`: the trips to another known
one):
"chuyến đi và về trong ngày qua cửa khẩu biên giới đất liền", which a trips-per-year rule may leave out. A border
county the gazetteer lacks ("sang huyện Kim Bình") leaves the trip with no country read: one day abroad is still
such a trip."""
_IN_POST = "coalesce(len(m.in_rules) > 0, m.is_key_leader, false)"
"""A member holding, on this trip's decision, a post some rule's group names (a head): a trips-per-year rule that
counts a head appointed in the year from the appointment only counts these trips (the title each decision gives)."""
COUNTRY_GAP = (
    "CASE WHEN g.trip_id IS NOT NULL THEN 'quyết định liệt kê ' || g.listed || ' nơi đến (“' || g.list_text "
    "|| '”) nhưng chỉ đọc được ' || g.read || ' nước: kiểm tra danh sách nước' END"
)
"""What to check when a check counts countries of a decision whose list was read incomplete (`cv_country_gaps`,
joined as `g`)."""


_REPORTED_END = f"""(SELECT t.* REPLACE (coalesce(t.start_date, r.start_date) AS start_date,
                                     coalesce(t.end_date, r.end_date) AS end_date)
  FROM trips t LEFT JOIN (
    SELECT r.trip_id, any_value(r.start_date) AS start_date, any_value(r.end_date) AS end_date
    FROM reports r JOIN trips o ON o.trip_id = r.trip_id AND (o.start_date IS NULL OR o.end_date IS NULL)
      AND (r.start_date = o.start_date OR r.end_date = o.end_date OR (o.start_date IS NULL AND o.end_date IS NULL))
    WHERE r.end_date BETWEEN r.start_date AND r.start_date + {LONGEST_UNSTATED_DAYS - 1}
    GROUP BY r.trip_id HAVING count(DISTINCT (r.start_date, r.end_date)) = 1) r ON r.trip_id = t.trip_id)"""
"""The trips with a date the decision's scan lost ("đến ngày 10/ 2026", a received stamp over "từ ngày … đến") taken
from the report linked to the trip, when the report's own period keeps the date the decision kept (its start or its
return read on both) or the decision kept neither, and its reports agree on one period: the days per country, the
lead and the report's deadline are counted from them."""


PERSON_KEY = "coalesce(m.person_id, lower(trim(m.name)) || '|' || lower(trim(coalesce(m.unit, ''))))"
"""SQL of a trip member's (`m`) person: the linked person, else the name and unit as written."""


def folded(expr: str) -> str:
    """SQL of a name or unit compared case, diacritics and spacing aside (Đ → D first: it is no accent)."""
    return f"regexp_replace(trim(strip_accents(lower(replace(replace({expr}, 'Đ', 'D'), 'đ', 'd')))), '\\s+', ' ', 'g')"


TRIP_PLACE = "concat_ws(' ', t.issuer, d.issuer, d.parent_issuer, d.place)"
"""SQL of where a trip (`t`, its decision document `d`) was decided: the words a jurisdiction is looked for in."""


def in_jurisdiction(rule: str, place_key: str) -> str:
    """SQL: the rule aliased `rule` covers a trip whose folded `TRIP_PLACE` is `place_key` — central, or its
    jurisdiction's name inside the place, marks aside (a scan's header may gain or lose one: "UBND tỉnh Giả Lai")."""
    key = f"{rule}.jurisdiction_key"
    return f"({key} IS NULL OR {key} = 'central' OR contains({place_key}, {folded(key)}))"


def _in(kinds: list[RuleKind]) -> str:
    return "(" + ", ".join(f"'{k.value}'" for k in kinds) + ")"


def setup_sql(checks: Sequence[Check]) -> str:
    """The statements that build the temporary tables for these checks."""
    return f"""
CREATE OR REPLACE TEMP TABLE cv_rules AS
WITH {GROUP_SOURCES}
SELECT r.rule_id, r.kind, r.value, r.unit, r.exception, r.exception_value, coalesce(r.scope, 'all') AS scope,
       r.severity,
       r.jurisdiction_key, r.effective_from, r.effective_to, r.origin, r.effective_basis, r.effective_to_basis,
       coalesce(r.citation, r.source_title, r.source_number, r.rule_id) || {_STARTS} || {_BINDS} AS citation,
       r.body_scope,
       r.sentence, r.source_page, r.problem,
       {_ENDED_ON} || coalesce(', thay bằng ' || coalesce(s.citation || ' (' || s.rule_id || ')', r.superseded_by), '')
         AS replaced_by,
       coalesce(json_extract_string(r.scope_definition, '$.sentence'), i.sentence) AS scope_sentence,
       CASE WHEN r.scope_definition IS NULL THEN i.source END AS scope_from,
       r.scope_definition IS NOT NULL OR i.sentence IS NOT NULL AS defined,
       CASE WHEN r.scope_definition IS NULL AND i.sentence IS NULL AND rs.restates IS NOT NULL
            THEN replace(replace(replace('{UNDEFINED_GROUP}', '{{group}}', coalesce(r.applies_to, r.scope)),
                                 '{{source}}', coalesce(r.citation, r.rule_id)), '{{restates}}', rs.restates)
            WHEN r.scope_definition IS NULL AND r.applies_to IS NULL AND contains(coalesce(r.problem, ''),
                                                                                  '{UNLISTED_GROUP}')
            THEN 'quy định chỉ giới hạn nhóm “' || regexp_extract(r.problem, 'binds ''([^'']+)''', 1)
                 || '” mà văn bản không liệt kê chức danh của nhóm: kiểm tra người này có thuộc nhóm không' END
         AS scope_doubt,
       CASE WHEN r.scope_definition IS NULL AND r.applies_to IS NULL AND (i.sentence IS NOT NULL OR rs.restates IS NULL)
                 AND contains(coalesce(r.problem, ''), '{UNLISTED_GROUP}')
            THEN regexp_extract(r.problem, 'binds ''([^'']+)''', 1) END AS unlisted_group,
       r.kind IN {_in([c.kind for c in checks if c.per_person])} AS per_person,
       CASE r.kind {" ".join(f"WHEN '{c.kind.value}' THEN {c.stricter}" for c in checks)} END AS strictness
FROM rules r LEFT JOIN rules s ON s.rule_id = r.superseded_by
LEFT JOIN inherited i ON i.rule_id = r.rule_id AND i.rn = 1
LEFT JOIN restated rs ON rs.rule_id = r.rule_id
WHERE r.status = 'active' AND (r.value IS NOT NULL OR r.kind NOT IN {_in([c.kind for c in checks if c.needs_value])})
  AND r.kind IN {_in([c.kind for c in checks])};

-- Trips, with their context: the place their issuer names (`place_id`) and the start date. Trips of one
-- context answer to the same rules.
CREATE OR REPLACE TEMP TABLE cv_places AS
SELECT place_text, {folded("place_text")} AS place_key, row_number() OVER () AS place_id
FROM (SELECT DISTINCT lower({TRIP_PLACE}) AS place_text
      FROM trips t LEFT JOIN documents d ON d.sha256 = t.trip_id);

CREATE OR REPLACE TEMP TABLE cv_trips AS
WITH read AS (
SELECT t.trip_id, t.decision_number, t.start_date, t.end_date, t.decision_date,
       b.body_id,
       t.funding, t.funding_text, t.sponsor, t.sponsor_country, t.inviter,
       t.submitted_on, t.purpose, t.urgent, t.joins_central_delegation, d.text_source, d.ocr_confidence,
       p.place_id, coalesce(dc.n, 0) AS n_countries, coalesce(mc.n, 0) AS n_listed,
       greatest(coalesce(mc.n, 0), coalesce(t.declared_size, 0)) AS n_members,  -- a scan may lose list rows
       -- members read unsure and left out, no person's answer yet (or skipped): what the count may lack
       coalesce(um.n, 0) AS n_unsure, um.names AS unsure_names, coalesce(um.skipped, 0) AS n_unsure_skipped,
       greatest(coalesce(mc.n, 0) + coalesce(um.n, 0), coalesce(t.declared_size, 0)) AS n_possible,
       ce.working_day_index - cs.working_day_index AS wd  -- working days from the start day to the end day
FROM {_REPORTED_END} t
LEFT JOIN documents d ON d.sha256 = t.trip_id
ANTI JOIN cv_out_of_scope o ON o.trip_id = t.trip_id  -- its dispatch says it is no business trip
LEFT JOIN calendar cs ON cs.date = t.start_date - 1
LEFT JOIN calendar ce ON ce.date = t.end_date
JOIN cv_places p ON p.place_text = lower({TRIP_PLACE})
LEFT JOIN cv_trip_bodies b ON {BODY_JOIN}
LEFT JOIN (SELECT trip_id, count(*) AS n FROM trip_destinations GROUP BY trip_id) dc ON dc.trip_id = t.trip_id
LEFT JOIN (SELECT trip_id, count(*) AS n FROM trip_members GROUP BY trip_id) mc ON mc.trip_id = t.trip_id
LEFT JOIN (SELECT u.trip_id, count(*) AS n, string_agg(u.name, ', ' ORDER BY u.ordinal) AS names,
                  count(c.sha256) AS skipped
           FROM trip_unsure_members u LEFT JOIN v_corrections c
             ON c.sha256 = u.trip_id AND c.field = '{MEMBER_FIELD}' AND c.target = u.name
           WHERE c.value IS NULL GROUP BY u.trip_id) um ON um.trip_id = t.trip_id),
-- the contexts numbered apart and joined back: a window over the trips sorted a million wide rows (half the table)
contexts AS (
  SELECT *, row_number() OVER (ORDER BY place_id, body_id, start_date, end_date, decision_date) AS ctx_id
  FROM (SELECT DISTINCT place_id, body_id, start_date, end_date, decision_date FROM read))
SELECT t.trip_id, t.decision_number, t.start_date, t.end_date, t.decision_date, c.ctx_id,
       t.* EXCLUDE (trip_id, decision_number, start_date, end_date, decision_date)
FROM read t JOIN contexts c ON c.place_id = t.place_id AND c.body_id IS NOT DISTINCT FROM t.body_id
  AND c.start_date IS NOT DISTINCT FROM t.start_date AND c.end_date IS NOT DISTINCT FROM t.end_date
  AND c.decision_date IS NOT DISTINCT FROM t.decision_date;

-- How a finding names a decision whose number was not read (a hand-filled number on a scan): its date and
-- file, so an inspector can find it. Only those trips: the rest are named by their number.
CREATE OR REPLACE TEMP TABLE cv_unnumbered AS
SELECT t.trip_id,
       concat_ws(' ', 'ngày ' || strftime(t.decision_date, '%d/%m/%Y'),
                 '(số chưa đọc được, tệp ' || coalesce(regexp_extract(d.path, '[^/\\\\]+$'), t.trip_id) || ')') AS label
FROM trips t LEFT JOIN documents d ON d.sha256 = t.trip_id
WHERE t.decision_number IS NULL;

CREATE OR REPLACE TEMP TABLE cv_members AS
SELECT m.trip_id, m.ordinal, m.name, m.title, m.unit, m.person_id, m.role,
       coalesce(sp.joined_key, {PERSON_KEY}) AS person_key, sp.same_person,
       coalesce(f.is_key_leader, m.is_key_leader, false) AS is_key_leader,
       coalesce(f.is_managed, coalesce(m.is_key_leader, false)
         OR regexp_matches(lower(coalesce(m.title, '')), '{MANAGED_CADRE_TITLES}')) AS is_managed,
       coalesce(f.is_unit_leader, m.is_key_leader, false) AS is_unit_leader,  -- a head leads a unit at least
       coalesce(f.is_listed, m.is_key_leader, false) AS is_listed,  -- a title the list does not settle: its heads
       -- the group rules whose own definition holds the member (one unsure: its heads), null for an unread title
       CASE WHEN f.title IS NOT NULL THEN list_sort(list_concat(
         f.in_rules, CASE WHEN m.is_key_leader THEN f.unsure_rules ELSE []::VARCHAR[] END)) END AS in_rules,
       f.key_leader_reason,
       t.place_id, t.ctx_id, t.start_date, t.end_date, t.decision_number, t.wd, t.joins_central_delegation
FROM trip_members m JOIN cv_trips t USING (trip_id)
LEFT JOIN cv_title_flags f ON f.title = m.title AND f.unit IS NOT DISTINCT FROM m.unit
LEFT JOIN cv_same_people sp ON sp.person_key = {PERSON_KEY};

-- Trips whose decision was read by OCR: their confidence goes into the findings, and low confidence a review.
-- `dates_checked`: a person answered both its dates in the review queue, so the findings resting on them only
-- are no longer in doubt.
CREATE OR REPLACE TEMP TABLE cv_ocr_trips AS
SELECT t.trip_id, t.text_source, t.ocr_confidence,
       (SELECT count(DISTINCT c.field) FROM v_corrections c
         WHERE c.sha256 = t.trip_id AND c.field IN ('trip_start', 'trip_end') AND c.target = '') = 2 AS dates_checked
FROM cv_trips t WHERE t.text_source IN ('ocr', 'mixed');

-- Trips whose period the extractor doubted (read implausibly long, or a misread year moved), their two dates not
-- both answered by a person: the date-based findings on them are a review (the queue asks the dates).
CREATE OR REPLACE TEMP TABLE cv_period_doubts AS
SELECT e.sha256 AS trip_id, string_agg(DISTINCT e.message, '; ') AS doubt
FROM document_errors e JOIN cv_trips t ON t.trip_id = e.sha256
WHERE e.code = '{PERIOD_DOUBT}'
  AND (SELECT count(DISTINCT c.field) FROM v_corrections c
       WHERE c.sha256 = e.sha256 AND c.field IN ('trip_start', 'trip_end') AND c.target = '') < 2
GROUP BY e.sha256;

-- People whose trips were joined by a name match below certainty: their counts are for a person to check. The
-- review queue asks about the same merges, by the same name score, one item per pair of spellings: an answer
-- "same" to it lifts the doubt ("different" undoes the merges).
CREATE OR REPLACE TEMP TABLE cv_fuzzy_people AS
WITH doubts AS (
  SELECT m.*, {PERSON_DOUBT} AS doubt, {NAME_SCORE} AS name_score FROM person_merges m WHERE {PERSON_DOUBTED}),
confirmed AS (
  SELECT DISTINCT d.doubt FROM doubts d JOIN v_corrections c
    ON c.field = 'person' AND c.target = d.merge_id AND c.value = 'same')
SELECT x.person_key, min(pm.name_score) AS score,
       arg_min(json_extract_string(pm.evidence, '$.documents[0].name') || ' (' || coalesce(json_extract_string(
         pm.evidence, '$.documents[0].document_number'), 'số chưa đọc được') || ') và ' || json_extract_string(
         pm.evidence, '$.documents[1].name') || ' (' || coalesce(json_extract_string(pm.evidence,
         '$.documents[1].document_number'), 'số chưa đọc được') || ')', pm.name_score) AS records
FROM cv_members x JOIN doubts pm ON pm.sha256 = x.trip_id AND pm.role = 'member' AND pm.ordinal = x.ordinal
WHERE pm.doubt NOT IN (SELECT doubt FROM confirmed)
GROUP BY x.person_key;

CREATE OR REPLACE TEMP TABLE cv_honorifics AS
SELECT sha256, name, any_value(honorific) AS honorific FROM mentions WHERE role = 'member' GROUP BY sha256, name;

-- The rule each context answers to, per kind: trip-level kinds once per trip context (flags null), kinds
-- about people once per trip context and member flags (scope decides).
CREATE OR REPLACE TEMP TABLE cv_chosen AS
WITH trip_contexts AS (
  SELECT c.*, b.body, b.body_from
  FROM (SELECT DISTINCT ctx_id, place_id, body_id, start_date, end_date, decision_date FROM cv_trips) c
  LEFT JOIN cv_trip_bodies b USING (body_id)),
x AS (SELECT t.*, p.place_key, NULL::BOOLEAN AS is_key_leader, NULL::BOOLEAN AS is_managed,
             NULL::BOOLEAN AS is_unit_leader, NULL::BOOLEAN AS is_listed, NULL::VARCHAR[] AS in_rules
      FROM trip_contexts t JOIN cv_places p USING (place_id)
      UNION ALL
      SELECT t.*, p.place_key, f.is_key_leader, f.is_managed, f.is_unit_leader, f.is_listed, f.in_rules
      FROM (SELECT DISTINCT ctx_id, is_key_leader, is_managed, is_unit_leader, is_listed, in_rules FROM cv_members) f
      JOIN trip_contexts t USING (ctx_id) JOIN cv_places p USING (place_id)),
-- The kinds an approved rule sets for a trip's context, whoever it binds: there a shipped default is no fallback
-- for the people the approved rule's scope leaves out (`_DEFAULT`).
dispatched AS (
  SELECT DISTINCT r.kind, x.ctx_id
  FROM x JOIN cv_rules r ON {in_jurisdiction("r", "x.place_key")}
    AND (r.effective_from IS NULL OR {_MEASURED_ON} IS NULL OR r.effective_from <= {_MEASURED_ON})
  WHERE x.is_key_leader IS NULL AND NOT {_DEFAULT} AND NOT {_ENDED} AND NOT {_OTHER_BODY}),
ranked AS (
  SELECT x.ctx_id, x.is_key_leader, x.is_managed, x.is_unit_leader, x.is_listed, x.in_rules, r.kind, r.rule_id,
         r.value, r.unit,
         r.exception, r.exception_value, r.severity, r.citation, r.sentence, r.source_page, r.problem, r.scope,
         r.scope_sentence, r.scope_from, r.scope_doubt,
         r.strictness, {_CENTRAL} AS central, {_DEFAULT} AS is_default, {_ENDED} AS ended, r.effective_to,
         r.replaced_by, row_number() OVER w AS rn, first_value(r.strictness) OVER w AS best_strictness,
         first_value({_CENTRAL}) OVER w AS best_central, first_value({_DEFAULT}) OVER w AS best_default,
         r.body_scope, x.body AS trip_body, x.body_from AS trip_body_from, {_OTHER_BODY} AS other_body,
         {_OWN_BODY} AS own_body, first_value({_OWN_BODY}) OVER w AS best_own_body
  FROM x JOIN cv_rules r ON r.per_person = (x.is_key_leader IS NOT NULL)
    AND {in_jurisdiction("r", "x.place_key")}
    AND (r.effective_from IS NULL OR {_MEASURED_ON} IS NULL OR r.effective_from <= {_MEASURED_ON})
    AND (NOT r.per_person OR r.scope = 'all'
         OR (r.defined AND x.in_rules IS NOT NULL AND list_contains(x.in_rules, r.rule_id))
         OR ((NOT r.defined OR x.in_rules IS NULL)
             AND ((r.scope = 'key_leader' AND x.is_key_leader) OR (r.scope = 'managed_cadre' AND x.is_managed)
                  OR (r.scope = 'unit_leader' AND x.is_unit_leader) OR (r.scope = 'listed' AND x.is_listed))))
  WINDOW w AS (PARTITION BY r.kind, x.ctx_id, x.is_key_leader, x.is_managed, x.is_unit_leader, x.is_listed, x.in_rules
               ORDER BY {_ENDED} ASC, {_OTHER_BODY} ASC, {_OWN_BODY} DESC, {_DEFAULT} ASC, r.strictness,
                        {_CENTRAL} ASC,
                        r.effective_from DESC NULLS LAST, r.rule_id)),
-- The rules that also applied and were passed over, with why: what a finding says besides the rule it used.
passed AS (
  SELECT kind, ctx_id, is_key_leader, is_managed, is_unit_leader, is_listed, in_rules,
         list({{'rule_id': rule_id, 'value': value, 'source': citation,
                'why': CASE WHEN ended THEN '{ENDED}' || strftime(effective_to + 1, '%d/%m/%Y') || replaced_by
                            WHEN other_body THEN '{OTHER_BODY}' || {_body_words("body_scope")}
                              || '; quyết định cử đoàn của ' || {_body_words("trip_body")}
                              || ' (' || trip_body_from || ')'
                            WHEN best_own_body AND NOT own_body THEN '{GENERAL_YIELDS}' || {_body_words("trip_body")}
                              || ' được áp dụng, dù ít nghiêm ngặt hơn'
                            WHEN is_default AND NOT best_default THEN '{DEFAULT_YIELDS}'
                            WHEN strictness IS DISTINCT FROM best_strictness THEN '{LESS_STRICT}'
                            WHEN central AND NOT best_central THEN '{CENTRAL_YIELDS}'
                            ELSE '{OLDER}' END}} ORDER BY rn) AS passed_over
  FROM ranked WHERE rn > 1 GROUP BY ALL),
-- A trip whose body was not read, among whose rules one binds one body only: which applies is for a person.
unread_body AS (
  SELECT kind, ctx_id, is_key_leader, is_managed, is_unit_leader, is_listed, in_rules,
         any_value(trip_body_from) || ': ' || string_agg(DISTINCT citation, '; ')
           || ' — kiểm tra quyết định cử đoàn do cơ quan Đảng hay cơ quan hành chính nhà nước ban hành' AS body_doubt
  FROM ranked WHERE trip_body IS NULL AND body_scope IS NOT NULL AND NOT ended GROUP BY ALL)
SELECT k.* EXCLUDE (rn, strictness, central, is_default, best_strictness, best_central, best_default, ended,
                    effective_to, replaced_by, other_body, own_body, best_own_body),
       p.passed_over, u.body_doubt
FROM ranked k LEFT JOIN passed p ON p.kind = k.kind AND p.ctx_id = k.ctx_id
  AND p.is_key_leader IS NOT DISTINCT FROM k.is_key_leader
  AND p.is_managed IS NOT DISTINCT FROM k.is_managed
  AND p.is_unit_leader IS NOT DISTINCT FROM k.is_unit_leader
  AND p.is_listed IS NOT DISTINCT FROM k.is_listed
  AND p.in_rules IS NOT DISTINCT FROM k.in_rules
LEFT JOIN unread_body u ON u.kind = k.kind AND u.ctx_id = k.ctx_id
  AND u.is_key_leader IS NOT DISTINCT FROM k.is_key_leader
  AND u.is_managed IS NOT DISTINCT FROM k.is_managed
  AND u.is_unit_leader IS NOT DISTINCT FROM k.is_unit_leader
  AND u.is_listed IS NOT DISTINCT FROM k.is_listed
  AND u.in_rules IS NOT DISTINCT FROM k.in_rules
WHERE k.rn = 1 AND NOT k.ended AND NOT k.other_body
  AND NOT (k.is_default AND EXISTS (SELECT 1 FROM dispatched d WHERE d.kind = k.kind AND d.ctx_id = k.ctx_id));

-- Each trip's report deadline: N working days after its return, N from the report-deadline rule chosen for
-- its context; a rule in calendar days ("trong thời hạn 15 ngày", unit 'days') ends N days after the return, one
-- in months ("trong vòng 01 tháng", unit 'months') on the same day N months after it, either on the next working
-- day when that day is off. `deadline_working_days` is then the working days it leaves.
-- Stored in report_deadlines by `evaluate`: the one definition every reader uses.
CREATE OR REPLACE TEMP TABLE cv_deadlines AS
SELECT x.trip_id, c.rule_id, dl.working_day_index - ce.working_day_index AS deadline_working_days,
       dl.date AS deadline, c.citation
FROM cv_trips x
JOIN (SELECT * FROM cv_chosen WHERE kind = '{RuleKind.REPORT_DEADLINE_WORKING_DAYS.value}' AND is_key_leader IS NULL) c
  ON c.ctx_id = x.ctx_id
{DEADLINE_AFTER_RETURN};

-- Reports no trip could be linked to (and báo cáo documents not read as trip reports), offered to the trips
-- without a report of their unit (a member's unit, case, accents and spacing aside) that returned before the
-- report's date and whose period the report's own does not contradict: a "missing" report while one of these
-- may be it is for a person to check. So is a báo cáo, or a document of no known kind (a report whose title and
-- number a scan lost), that is no linked report and names a member of the trip: its issuer may be misread; and an
-- office's report ("Văn phòng" under "Đoàn ĐBQH và HĐND tỉnh") for a trip of a member of the body it serves or a
-- trip its body decided (the Văn phòng Tỉnh ủy's report on a delegation the Tỉnh ủy sent).
-- Unit keys are computed per distinct unit, a few thousand.
CREATE OR REPLACE TEMP TABLE cv_unlinked_reports AS
WITH unlinked AS (
  SELECT sha256, number, report_date, start_date, end_date,
         {folded("coalesce(reporting_unit, issuer)")} AS unit_key
  FROM reports WHERE trip_id IS NULL AND coalesce(reporting_unit, issuer) IS NOT NULL
  UNION ALL  -- a báo cáo not read as a trip report at all (its citation and story lost under a stamp on a scan)
  SELECT sha256, number, issue_date, NULL, NULL, {folded("issuer")}
  FROM documents d WHERE doc_type = 'bao_cao' AND issuer IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.sha256 = d.sha256)),
units AS (
  SELECT unit, {folded("unit")} AS unit_key FROM (SELECT DISTINCT unit FROM trip_members WHERE unit IS NOT NULL)),
by_unit AS (
  SELECT DISTINCT m.trip_id, u.sha256, u.number, u.report_date, u.start_date, u.end_date,
         'báo cáo' AS kind, 'của cùng đơn vị' AS why
  FROM unlinked u JOIN units USING (unit_key) JOIN trip_members m ON m.unit = units.unit),
offices AS (  -- the unlinked reports of an office ("Văn phòng"), with the body it serves
  SELECT u.*, d.parent_issuer, {folded("d.parent_issuer")} AS parent_key
  FROM unlinked u JOIN documents d ON d.sha256 = u.sha256 AND d.parent_issuer IS NOT NULL
  WHERE starts_with(u.unit_key, 'van phong')),
by_office AS (  -- an office's report on a delegation of its parent body's members ("Văn phòng" of the "Đoàn ĐBQH và
  -- HĐND tỉnh") or on a delegation its parent body sent (the "Văn phòng Tỉnh ủy" on a Tỉnh ủy's decision)
  SELECT DISTINCT m.trip_id, o.sha256, o.number, o.report_date, o.start_date, o.end_date,
         'báo cáo' AS kind, 'của văn phòng thuộc ' || o.parent_issuer AS why
  FROM offices o JOIN units ON contains(o.parent_key, units.unit_key) AND length(units.unit_key) > 0
  JOIN trip_members m ON m.unit = units.unit
  UNION
  SELECT t.trip_id, o.sha256, o.number, o.report_date, o.start_date, o.end_date,
         'báo cáo' AS kind, 'của văn phòng thuộc ' || o.parent_issuer AS why
  FROM offices o JOIN documents q ON q.issuer IS NOT NULL AND {folded("q.issuer")} = o.parent_key
  JOIN trips t ON t.trip_id = q.sha256),
naming AS (
  SELECT m.trip_id, d.sha256, d.number, coalesce(r.report_date, d.issue_date) AS report_date, r.start_date,
         r.end_date, CASE WHEN d.doc_type = 'bao_cao' THEN 'báo cáo' ELSE 'văn bản' END AS kind,
         'nêu tên thành viên của đoàn (' || string_agg(DISTINCT n.name, ', ' ORDER BY n.name) || ')' AS why
  FROM documents d JOIN mentions n ON n.sha256 = d.sha256 JOIN trip_members m ON m.person_id = n.person_id
  LEFT JOIN reports r ON r.sha256 = d.sha256
  WHERE d.doc_type IN ('bao_cao', 'other') AND r.trip_id IS NULL
  GROUP BY ALL),
candidates AS (
  SELECT * FROM by_unit
  UNION ALL
  SELECT * FROM by_office WHERE NOT EXISTS (SELECT 1 FROM by_unit b WHERE b.trip_id = by_office.trip_id
                                                                     AND b.sha256 = by_office.sha256)
  UNION ALL
  SELECT * FROM naming WHERE NOT EXISTS (SELECT 1 FROM by_unit b WHERE b.trip_id = naming.trip_id
                                                                   AND b.sha256 = naming.sha256))
SELECT DISTINCT c.trip_id, c.sha256, c.number, c.report_date, c.kind, c.why
FROM candidates c JOIN cv_trips x ON x.trip_id = c.trip_id
WHERE (c.report_date IS NULL OR x.end_date IS NULL OR c.report_date > x.end_date)
  AND NOT coalesce(c.start_date > x.end_date OR x.start_date > c.end_date, false)
  AND NOT EXISTS (SELECT 1 FROM v_report_links r WHERE r.trip_id = c.trip_id);

-- Each person's trips of a calendar year in order: the n-th trip and the working days abroad so far. One
-- window sort serves both checks, over the person-years that can break the most lenient active limit (a
-- running total never exceeds the sum of the positive days), and keeps the rows that do.
CREATE OR REPLACE TEMP TABLE cv_person_trips AS
WITH limits AS MATERIALIZED (
  SELECT min(value) FILTER (WHERE kind = '{RuleKind.MAX_TRIPS_PER_YEAR.value}') AS trips,
         min(coalesce(value, {ANNUAL_LEAVE_DAYS}))
           FILTER (WHERE kind = '{RuleKind.TOTAL_DAYS_WITHIN_ANNUAL_LEAVE.value}') AS days,
         coalesce(bool_or(kind = '{RuleKind.MAX_TRIPS_PER_YEAR.value}' AND {ESCORTS_NOT_COUNTED}), false)
           AS escorts_free,
         coalesce(bool_or(kind = '{RuleKind.MAX_TRIPS_PER_YEAR.value}' AND {CENTRAL_NOT_COUNTED}), false)
           AS central_free
  FROM cv_rules),
busy AS (
  SELECT person_key, year(start_date) AS yr FROM cv_members WHERE start_date IS NOT NULL GROUP BY ALL
  HAVING count(*) > (SELECT trips FROM limits) OR sum(greatest(wd, 0)) > (SELECT days FROM limits))
SELECT * FROM (
  SELECT m.trip_id, m.ordinal, m.name, m.person_id, m.person_key, m.place_id, m.ctx_id, m.start_date, m.is_key_leader,
         m.is_managed, m.is_unit_leader, m.is_listed, m.in_rules, m.decision_number, b.yr, m.wd,
         sum(m.wd) OVER w AS total,
         CASE WHEN NOT {_ESCORTING} THEN count(*) FILTER (WHERE NOT {_ESCORTING}) OVER w END AS nth,
         -- the n-th for a rule that leaves border day trips out (`DAY_TRIPS_NOT_COUNTED`): none for a day trip
         CASE WHEN NOT {_ESCORTING} AND NOT {_DAY_TRIP}
              THEN count(*) FILTER (WHERE NOT {_ESCORTING} AND NOT {_DAY_TRIP}) OVER w END AS nth_overnight,
         string_agg(CASE WHEN {_DAY_TRIP} THEN coalesce(m.decision_number, m.trip_id) END, ', ') OVER w AS day_trips,
         -- the n-th for a rule that counts a head appointed in the year from the appointment: trips in the post only
         CASE WHEN NOT {_ESCORTING} AND {_IN_POST}
              THEN count(*) FILTER (WHERE NOT {_ESCORTING} AND {_IN_POST}) OVER w END AS nth_in_post,
         CASE WHEN NOT {_ESCORTING} AND NOT {_DAY_TRIP} AND {_IN_POST}
              THEN count(*) FILTER (WHERE NOT {_ESCORTING} AND NOT {_DAY_TRIP} AND {_IN_POST}) OVER w
              END AS nth_overnight_in_post,
         string_agg(CASE WHEN NOT {_IN_POST} THEN coalesce(m.decision_number, m.trip_id) END, ', ') OVER w
           AS before_post,
         -- the agreement's trips left out of the year's count, and those counted that may be under it (to check)
         string_agg(CASE WHEN pg.sure THEN coalesce(m.decision_number, m.trip_id) END, ', ') OVER year AS left_out,
         string_agg(CASE WHEN NOT pg.sure THEN coalesce(m.decision_number, m.trip_id) END, ', ') OVER w AS unsure,
         -- the trips so far the exception leaves out otherwise (escorting, with a central or a named head's delegation)
         string_agg(CASE WHEN {_ESCORTING} AND NOT coalesce(pg.sure, false)
                         THEN coalesce(m.decision_number, m.trip_id) END, ', ') OVER w AS escorted,
         max(pg.programme) OVER year AS programme,
         -- the names the dispatch says are one person's (`pipeline.checks.same_people`), counted together
         max(m.same_person) OVER year AS same_person
  FROM cv_members m JOIN busy b ON b.person_key = m.person_key AND b.yr = year(m.start_date)
  LEFT JOIN cv_programme_trips pg ON pg.trip_id = m.trip_id
  LEFT JOIN cv_escorted_trips es ON es.trip_id = m.trip_id
  LEFT JOIN (SELECT trip_id FROM trip_destinations GROUP BY trip_id
             HAVING bool_or(coalesce(iso_code NOT IN {LAND_NEIGHBOURS}, false))) far ON far.trip_id = m.trip_id
  WINDOW w AS (PARTITION BY m.person_key, b.yr ORDER BY m.start_date, m.trip_id),
         year AS (PARTITION BY m.person_key, b.yr))
WHERE nth > (SELECT trips FROM limits) OR total > (SELECT days FROM limits);
"""


TEMP_TABLES = (
    "cv_rules",
    "cv_places",
    "cv_uncounted_posts",
    "cv_uncounted",
    "cv_untitled",
    "cv_trips",
    "cv_unnumbered",
    "cv_members",
    "cv_honorifics",
    "cv_fuzzy_people",
    "cv_ocr_trips",
    "cv_period_doubts",
    "cv_chosen",
    "cv_deadlines",
    "cv_unlinked_reports",
    "cv_person_trips",
    "cv_programme_trips",
    "cv_escorted_trips",
    "cv_found",
    "cv_title_flags",
    "cv_country_gaps",
    "cv_out_of_scope",
    "cv_trip_bodies",
    "cv_unit_levels",
    "cv_same_people",
)
