"""Two or more key leaders of one unit (or one locality's party and people's committees) in one delegation."""

import unicodedata

from extractors.normalize import TONE_MARKS
from pipeline.checks.messages import sql_text
from pipeline.checks.registry import SEVERITY_FIRST, Check, register
from schemas.rules import RuleKind

_VOWELS = "aăâeêioôơuưy"
_TONED = "".join(unicodedata.normalize("NFC", vowel + mark) for vowel in _VOWELS for mark in TONE_MARKS)
_TONELESS = "".join(vowel for vowel in _VOWELS for _ in TONE_MARKS)


def toneless(column: str) -> str:
    """SQL: a text column in lower case without tone marks, the letters' own marks (ă, ơ, đ …) kept: a scan's tone
    slips ("Đáng úy đặc khu Cô Tô" for "Đảng ủy …", "Úy ban") and the old placement ("uỷ") name the same body, while
    "quận" (quân) and "cơ quan" stay apart."""
    return f"translate(lower({column}), '{_TONED}', '{_TONELESS}')"


TITLED = (
    r"^(?:pho )?(?:chanh|trương|giam đôc|thu trương|hiêu trương) "
    r"((?:văn phong|ban|phong|trung tâm|chi cuc|cuc|vu|trương)\b.*)$"
)
"""A head's title naming the body it heads inside the member's unit, toneless ("Chánh Văn phòng" of "Tỉnh ủy"
heads the Văn phòng Tỉnh ủy, not the Tỉnh ủy; "Trưởng Ban Tổ chức"; "Hiệu trưởng Trường THPT Chuyên" of "Sở Giáo
dục và Đào tạo" heads the school, not the Sở): that body is the member's unit. Only for a title of one role: in
"Trưởng phòng Tổ chức cán bộ, Bí thư Đảng ủy" the party post, of the whole unit, is the one that makes a key
leader. A title repeating its unit ("Hiệu trưởng Trường Đại học X" of "Trường Đại học X") names no body inside it."""
SECOND_ROLE = r",| kiêm | đông thơi "
"""A title of more than one role, toneless (a comma, "kiêm", "đồng thời"): `TITLED` is not read in it."""
INSPECTION = r" kiêm tra\b"
"""A unit's word "Kiểm tra" (inspection: "Trưởng Ban Tổ chức - Kiểm tra", "Chánh Văn phòng Ủy ban Kiểm tra"),
toneless: it reads "kiêm tra", and its "kiêm" is no second role's "kiêm" (concurrently, `SECOND_ROLE`). Cut before
`SECOND_ROLE` is read (DuckDB's RE2 has no look-ahead)."""
_TITLE = toneless("coalesce(title, '')")
HELD_UNIT = (
    f"CASE WHEN regexp_matches({_TITLE}, '{TITLED}') "
    f"AND NOT regexp_matches(regexp_replace({_TITLE}, '{INSPECTION}', ' ', 'g'), '{SECOND_ROLE}') "
    f"AND NOT starts_with({toneless('unit')}, regexp_extract({_TITLE}, '{TITLED}', 1)) "
    f"THEN regexp_extract({toneless('title')}, '{TITLED}', 1) || ' ' || {toneless('unit')} "
    f"ELSE {toneless('unit')} END"
)
"""SQL: the unit a key leader's office is held in, toneless (`toneless`): the body a head's title of one role names
inside the member's unit ("Chánh Văn phòng" of "Tỉnh ủy": the Văn phòng Tỉnh ủy, `TITLED`), else the unit."""
LOCAL_ORGAN = r"^(ubnd|uy ban nhân dân|hđnd|hôi đông nhân dân|(huyên|tinh|thanh|quân|thi|đang) uy)\b"
LOCALITY = r"(huyên|tinh|thanh phô|thanh|quân|thi xa|thi|xa|phương|thi trân|đăc khu)(?:\s+uy)?(?:\s+(.+))?$"
"""The party committee and the people's committee of one locality ("Huyện ủy Cao Lộc", "UBND huyện Cao Lộc")
are one "địa phương" for the two-key-leaders rule: their unit key is the locality's name, or its level when a
locality's own decision names it bare ("Đảng ủy phường" and "Ủy ban nhân dân phường": the issuing ward's). A
special zone is a locality like a xã or phường ("Đảng ủy đặc khu Cô Tô", "UBND đặc khu Cô Tô"). Toneless
(`HELD_UNIT`)."""
PARTY_OF = r"^(?:đang (?:uy|bô)|chi (?:uy|bô)|hôi đông (?:thanh viên|quan tri|trương))\s+(.+)$"
"""The party committee of an agency or school is that unit's ("Bí thư" of "Đảng ủy Trường Đại học Bách khoa" and
the "Hiệu trưởng" of "Trường Đại học Bách khoa" are two key leaders of one unit), and so is a company's or school's
governing council (the "Chủ tịch" of "Hội đồng thành viên Tổng công ty X" and the "Tổng giám đốc" of "Tổng công ty
X"): its key is the unit's name. Toneless (`HELD_UNIT`)."""

PARTY_ORGAN = r"^(huyên|tinh|thanh|quân|thi|đang) uy\b"
"""A locality's party committee, toneless: where the dispatch makes it a unit apart from the people's committee
(`cv_unit_levels`, `pipeline.checks.unit_levels`), the key says which of the two."""

UNIT_KEY = f"""strip_accents(CASE WHEN regexp_matches(held_unit, '{LOCAL_ORGAN}')
                        AND regexp_matches(held_unit, '{LOCALITY}')
                   THEN coalesce(nullif(regexp_extract(held_unit, '{LOCALITY}', 2), ''),
                                 regexp_extract(held_unit, '{LOCALITY}', 1))
                        || CASE WHEN regexp_extract(held_unit, '{LOCALITY}', 1)
                                     IN (SELECT level FROM cv_unit_levels)
                                THEN CASE WHEN regexp_matches(held_unit, '{PARTY_ORGAN}') THEN ' (đảng)'
                                          ELSE ' (chính quyền)' END
                                ELSE '' END
                   WHEN regexp_matches(held_unit, '{PARTY_OF}')
                   THEN trim(regexp_extract(held_unit, '{PARTY_OF}', 1))
                   ELSE trim(held_unit) END)"""
"""SQL: the key of the unit a member's office is held in, over the column `held_unit` (`HELD_UNIT`, worked out
once beneath it rather than at each of its eight uses): two key leaders with one key are of one unit. Its letters'
own marks go too once the patterns have read it: a scan's slip of a breve ("Non nước Cao Bảng" beside "Cao Bằng" in
one decision) splits no unit in two."""

register(
    Check(
        RuleKind.NO_TWO_KEY_LEADERS_SAME_UNIT,
        # The unit key is worked out once per distinct unit name, and the lists built only for units with two.
        rows=f"""(WITH keyed AS MATERIALIZED (
             SELECT m.trip_id, m.ordinal, m.name, m.unit, m.decision_number, m.ctx_id, k.unit_key
             FROM cv_members m JOIN (
               SELECT title, unit, {UNIT_KEY} AS unit_key
               FROM (SELECT title, unit, {HELD_UNIT} AS held_unit
                     FROM (SELECT DISTINCT title, unit FROM cv_members WHERE is_key_leader AND unit IS NOT NULL))) k
               ON k.unit = m.unit AND k.title IS NOT DISTINCT FROM m.title
             WHERE m.is_key_leader)
           SELECT trip_id, any_value(decision_number) AS decision_number,
                  any_value(ctx_id) AS ctx_id,
                  array_to_string(list(DISTINCT unit ORDER BY unit), ', ') AS unit,
                  list(name ORDER BY ordinal) AS names, count(*) AS n
           FROM keyed SEMI JOIN (SELECT trip_id, unit_key FROM keyed GROUP BY ALL HAVING count(*) >= 2) two
             USING (trip_id, unit_key)
           GROUP BY trip_id, unit_key) x""",
        breaks="true",
        needs_value=False,
        stricter=SEVERITY_FIRST,
        message=sql_text(
            "Đoàn theo quyết định {decision} có {n} lãnh đạo chủ chốt của {unit} ({names}), trái với {citation}",
            n="x.n",
            unit="x.unit",
            names="array_to_string(x.names, ', ')",
        ),
        evidence={"unit": "x.unit", "key_leaders": "x.names"},
        key="x.unit",
    )
)
