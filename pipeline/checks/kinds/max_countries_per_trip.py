"""A trip to more countries than the rule allows."""

from pipeline.checks.messages import sql_text
from pipeline.checks.registry import Check, register
from pipeline.checks.sources import COUNTRY_GAP
from schemas.rules import RuleKind

COUNTRIES = "(SELECT list(country ORDER BY ordinal) FROM trip_destinations WHERE trip_id = x.trip_id)"

register(
    Check(
        RuleKind.MAX_COUNTRIES_PER_TRIP,
        rows="cv_trips x",
        joins="LEFT JOIN cv_country_gaps g ON g.trip_id = x.trip_id",
        # a list read short may hide a breach: judged on the items listed too, as a review
        breaks="x.n_countries > c.value OR coalesce(g.listed, 0) > c.value",
        message=sql_text(
            "Chuyến đi theo quyết định {decision} đến {n} nước ({countries}), vượt mức tối đa {limit} nước/chuyến "
            "theo {citation}",
            n="x.n_countries",
            countries=f"array_to_string({COUNTRIES}, ', ')",
        ),
        evidence={"countries": COUNTRIES, "listed_items": "g.listed"},
        to_check=COUNTRY_GAP,
    )
)
