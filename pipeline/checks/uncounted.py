"""The members a delegation's size rule does not count, for this run's checks.

A size rule carries the posts its sentence leaves out (`rules.not_counted`: "không tính diễn viên, nhạc công, vận
động viên, huấn luyện viên"). Every distinct member title and role is judged once against each active size rule's
posts (`extractors.size_exclusions.uncounted_post`); the members left out are then counted by trip, rule and post
(`cv_uncounted`), which the size check subtracts and names ("tính 13 trên 24 người, không tính diễn viên 8, nhạc công
3"). A member whose title and role were not read names no post: counted, and listed by trip and rule
(`cv_untitled`) so that a breach only they could undo is a review. Titles are few, so this is Python, once per title
and role.
"""

from __future__ import annotations

import json

import duckdb
import pyarrow as pa

from extractors.size_exclusions import uncounted_post
from pipeline.store.write import arrow_table, temp_table
from schemas.rules import RuleKind

COLUMNS = {"title": pa.string(), "role": pa.string(), "rule_id": pa.string(), "post": pa.string()}


def register_uncounted(con: duckdb.DuckDBPyConnection) -> None:
    """Create `cv_uncounted(trip_id, rule_id, n, posts)`: per trip and active size rule, how many members it does not
    count and "post n" for each post, in the rule's order; and `cv_untitled(trip_id, rule_id, n, names)`: the members
    of no title or role read, per trip and size rule that leaves posts out."""
    rules = [
        (rule_id, json.loads(posts))
        for rule_id, posts in con.execute(
            "SELECT rule_id, CAST(not_counted AS VARCHAR) FROM rules WHERE status = 'active' AND kind = ? "
            "AND not_counted IS NOT NULL AND json_array_length(not_counted) > 0",
            [RuleKind.MAX_DELEGATION_SIZE.value],
        ).fetchall()
    ]
    rows: list[tuple[object, ...]] = []
    if rules:
        held = con.execute(
            "SELECT DISTINCT title, role FROM trip_members WHERE title IS NOT NULL OR role IS NOT NULL"
        ).fetchall()
        for title, role in held:
            for rule_id, posts in rules:
                if post := uncounted_post(title, role, posts):
                    rows.append((title, role, rule_id, post))
    temp_table(con, "cv_uncounted_posts", arrow_table(list(COLUMNS), rows, COLUMNS))
    con.execute("""
        CREATE OR REPLACE TEMP TABLE cv_uncounted AS
        SELECT trip_id, rule_id, sum(n) AS n, string_agg(post || ' ' || n, ', ' ORDER BY first) AS posts
        FROM (SELECT m.trip_id, p.rule_id, p.post, count(*) AS n, min(m.ordinal) AS first
              FROM trip_members m JOIN cv_uncounted_posts p
                ON p.title IS NOT DISTINCT FROM m.title AND p.role IS NOT DISTINCT FROM m.role
              GROUP BY ALL)
        GROUP BY trip_id, rule_id""")
    con.execute(
        """CREATE OR REPLACE TEMP TABLE cv_untitled AS
        SELECT m.trip_id, r.rule_id, count(*) AS n, string_agg(m.name, ', ' ORDER BY m.ordinal) AS names
        FROM trip_members m CROSS JOIN (SELECT unnest(?::VARCHAR[]) AS rule_id) r
        WHERE m.title IS NULL AND m.role IS NULL
        GROUP BY ALL""",
        [[rule_id for rule_id, _ in rules]],
    )
