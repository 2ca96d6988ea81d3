"""A trip to more countries than the rule allows."""

from pipeline.checks.messages import choose, sql_text
from pipeline.checks.registry import Check, register
from pipeline.checks.sources import COUNTRY_GAP
from schemas.rules import RuleKind

_OF_TRIP = "list(country ORDER BY ordinal) AS countries FROM trip_destinations WHERE trip_id = x.trip_id"
COUNTRIES = f"(SELECT {_OF_TRIP})"
"""The trip's countries in order."""
_LISTED = "dl.countries"
"""The same, joined once (`dl`) for the three places this check's message and evidence name them: a scalar subquery
is planned again at each."""

register(
    Check(
        RuleKind.MAX_COUNTRIES_PER_TRIP,
        rows="cv_trips x",
        joins=f"LEFT JOIN cv_country_gaps g ON g.trip_id = x.trip_id LEFT JOIN LATERAL (SELECT {_OF_TRIP}) dl ON true",
        # a list read short may hide a breach: judged on the items listed too, as a review
        breaks="x.n_countries > c.value OR coalesce(g.listed, 0) > c.value",
        # only the countries read breach it, or only the items listed (then it is uncertain and says so)
        message=choose(
            "x.n_countries > c.value",
            sql_text(
                "Chuyến đi theo quyết định {decision} đến {n} nước ({countries}), vượt mức tối đa {limit} "
                "nước/chuyến theo {citation}",
                n="x.n_countries",
                countries=f"array_to_string({_LISTED}, ', ')",
            ),
            sql_text(
                "Chuyến đi theo quyết định {decision} đọc được {n} nước ({countries}) nhưng danh sách nơi đến có "
                "{listed} mục: chưa chắc số nước, nếu quá {limit} nước/chuyến thì vượt mức theo {citation}",
                n="x.n_countries",
                countries=f"array_to_string({_LISTED}, ', ')",
                listed="g.listed",
            ),
        ),
        evidence={"countries": _LISTED, "listed_items": "g.listed"},
        to_check=COUNTRY_GAP,
    )
)
