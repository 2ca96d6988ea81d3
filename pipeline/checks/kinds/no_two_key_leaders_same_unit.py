"""Two or more key leaders of one unit (or one locality's party and people's committees) in one delegation."""

from pipeline.checks.messages import sql_text
from pipeline.checks.registry import SEVERITY_FIRST, Check, register
from schemas.rules import RuleKind

LOCAL_ORGAN = (
    r"^(ubnd|ủy ban nhân dân|uỷ ban nhân dân|hđnd|hội đồng nhân dân|(huyện|tỉnh|thành|quận|thị|đảng) (ủy|uỷ))\b"
)
LOCALITY = r"(huyện|tỉnh|thành phố|thành|quận|thị xã|thị|xã|phường|thị trấn|đặc khu)(?:\s+(?:ủy|uỷ))?(?:\s+(.+))?$"
"""The party committee and the people's committee of one locality ("Huyện ủy Cao Lộc", "UBND huyện Cao Lộc")
are one "địa phương" for the two-key-leaders rule: their unit key is the locality's name, or its level when a
locality's own decision names it bare ("Đảng ủy phường" and "Ủy ban nhân dân phường": the issuing ward's). A
special zone is a locality like a xã or phường ("Đảng ủy đặc khu Cô Tô", "UBND đặc khu Cô Tô")."""
PARTY_OF = r"^(?:đảng (?:ủy|uỷ|bộ)|chi (?:ủy|uỷ|bộ))\s+(.+)$"
"""The party committee of an agency or school is that unit's ("Bí thư" of "Đảng ủy Trường Đại học Bách khoa" and
the "Hiệu trưởng" of "Trường Đại học Bách khoa" are two key leaders of one unit): its key is the unit's name."""

UNIT_KEY = f"""CASE WHEN regexp_matches(lower(unit), '{LOCAL_ORGAN}') AND regexp_matches(lower(unit), '{LOCALITY}')
                   THEN coalesce(nullif(regexp_extract(lower(unit), '{LOCALITY}', 2), ''),
                                 regexp_extract(lower(unit), '{LOCALITY}', 1))
                   WHEN regexp_matches(lower(unit), '{PARTY_OF}')
                   THEN trim(regexp_extract(lower(unit), '{PARTY_OF}', 1))
                   ELSE lower(trim(unit)) END"""
"""SQL: the key of a member's `unit` column: two key leaders with one key are of one unit."""

register(
    Check(
        RuleKind.NO_TWO_KEY_LEADERS_SAME_UNIT,
        # The unit key is worked out once per distinct unit name, and the lists built only for units with two.
        rows=f"""(WITH keyed AS MATERIALIZED (
             SELECT m.trip_id, m.ordinal, m.name, m.unit, m.decision_number, m.ctx_id, k.unit_key
             FROM cv_members m JOIN (
               SELECT unit, {UNIT_KEY} AS unit_key
               FROM (SELECT DISTINCT unit FROM cv_members WHERE is_key_leader AND unit IS NOT NULL)) k USING (unit)
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
