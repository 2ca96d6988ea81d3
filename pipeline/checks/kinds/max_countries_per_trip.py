"""A trip to more countries than the rule allows."""

from pipeline.checks.messages import choose, sql_text
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
        # only the countries read breach it, or only the items listed (then it is uncertain and says so)
        message=choose(
            "x.n_countries > c.value",
            sql_text(
                "Chuyến đi theo quyết định {decision} đến {n} nước ({countries}), vượt mức tối đa {limit} "
                "nước/chuyến theo {citation}",
                n="x.n_countries",
                countries=f"array_to_string({COUNTRIES}, ', ')",
            ),
            sql_text(
                "Chuyến đi theo quyết định {decision} đọc được {n} nước ({countries}) nhưng danh sách nơi đến có "
                "{listed} mục: chưa chắc số nước, nếu quá {limit} nước/chuyến thì vượt mức theo {citation}",
                n="x.n_countries",
                countries=f"array_to_string({COUNTRIES}, ', ')",
                listed="g.listed",
            ),
        ),
        evidence={"countries": COUNTRIES, "listed_items": "g.listed"},
        to_check=COUNTRY_GAP,
    )
)
