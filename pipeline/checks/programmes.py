"""The trips a trips-per-year rule does not count because they carry out the agreement its exception names.

"Không tính vào số lần quy định tại khoản 1 Điều này các chuyến đi thực hiện Thỏa thuận hợp tác giữa tỉnh A và tỉnh
B …": the exception is stored with the rule, and `extractors.programmes` reads from it the instrument's kind words
and its parties. A trip whose decision (its purpose, funding, places) names the kind words and every party other
than the rule's own jurisdiction carries it out, surely: it gets no number in the count. One that names such a party
but not the instrument (a trip to province B for something else, or the agreement left unsaid) may or may not: it is
counted, and a finding resting on it is a review naming the decision to check. The rest are counted. An exception
naming the countries its trips go to instead of parties ("Chuyến công tác sang Lào, Cam-pu-chia theo chương trình
hợp tác song phương …") is read the same way with the trip's destinations for the parties: a trip to one of them
naming the kind words is surely under it, one to them naming no such instrument may be; when the exception confines
them to some places there ("chỉ tại các tỉnh A, B …"), a trip also going elsewhere is counted. One temporary table,
`cv_programme_trips(trip_id, sure, programme)`, read by `pipeline.checks.sources`.
"""

from __future__ import annotations

import duckdb

from extractors.programmes import NamedProgramme, goes_elsewhere, named_programme
from extractors.vntext import fold
from pipeline.checks.messages import quote
from pipeline.checks.sources import folded
from schemas.rules import RuleKind

TABLE = "cv_programme_trips"
_TRIP_WORDS = folded(
    "concat_ws(' ', t.purpose, t.funding_text, array_to_string(t.cities, ' '), array_to_string(t.regions, ' '))"
)
"""What a trip decision says of itself that may name an agreement and its parties, folded."""
_CODES = "SELECT trip_id, list(iso_code) AS codes FROM trip_destinations GROUP BY trip_id"
"""The countries each trip goes to, for a programme its exception names by them; not read when none does."""
_NO_CODES = "SELECT NULL::VARCHAR AS trip_id, NULL::VARCHAR[] AS codes WHERE false"


_PLACES = """SELECT p.trip_id, list((p.name, p.level, p.span_start, p.span_end) ORDER BY p.ordinal), any_value(d.text)
FROM trip_places p JOIN documents d ON d.sha256 = p.trip_id
WHERE p.span_start IS NOT NULL AND p.trip_id IN (SELECT trip_id FROM trip_destinations WHERE list_contains(?, iso_code))
GROUP BY p.trip_id"""
"""The places of each trip to some countries, in order, with the decision's text they are written in."""


def _elsewhere(con: duckdb.DuckDBPyConnection, programme: NamedProgramme) -> list[str]:
    """The trips to the programme's countries that also go to a place it does not confine its trips to ("chỉ tại
    các tỉnh A, B": a trip to A and the capital is counted, surely)."""
    if not programme.places:
        return []
    rows = con.execute(_PLACES, [list(programme.countries)]).fetchall()
    return [trip_id for trip_id, places, text in rows if text and goes_elsewhere(programme, places, text)]


def register_programme_trips(con: duckdb.DuckDBPyConnection) -> None:
    """Create `cv_programme_trips`: each trip naming a party of an agreement an active trips-per-year rule's exception
    leaves out of the count, with whether it surely carries that agreement out and the agreement's name."""
    rules = con.execute(
        "SELECT exception, coalesce(jurisdiction_key, '') FROM rules WHERE status = 'active' AND kind = ? "
        "AND exception IS NOT NULL ORDER BY rule_id",
        [RuleKind.MAX_TRIPS_PER_YEAR.value],
    ).fetchall()
    selects = []
    by_country = False
    for exception, jurisdiction in rules:
        programme = named_programme(exception)
        if programme is None:
            continue
        own = fold(jurisdiction).lower()
        parties = [p for p in programme.parties if p not in own] or list(programme.parties)
        named = [f"contains(words, {quote(party)})" for party in parties] or [
            f"list_has_any(codes, [{', '.join(quote(code) for code in programme.countries)}])"
        ]
        by_country = by_country or not parties
        if elsewhere := _elsewhere(con, programme):
            named = [f"({' OR '.join(named)}) AND trip_id NOT IN ({', '.join(quote(t) for t in elsewhere)})"]
        selects.append(
            f"SELECT trip_id, contains(words, {quote(programme.kind)}) AND {' AND '.join(named)} AS sure, "
            f"{quote(programme.name)} AS programme FROM words WHERE {' OR '.join(named)}"
        )
    found = " UNION ALL ".join(selects) or "SELECT NULL::VARCHAR, NULL::BOOLEAN, NULL::VARCHAR WHERE false"
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE {TABLE} AS
        WITH words AS (SELECT t.trip_id, {_TRIP_WORDS} AS words, coalesce(d.codes, []) AS codes FROM trips t
          LEFT JOIN ({_CODES if by_country else _NO_CODES}) d ON d.trip_id = t.trip_id)
        SELECT trip_id, bool_or(sure) AS sure, arg_max(programme, sure) AS programme
        FROM ({found}) AS f(trip_id, sure, programme) GROUP BY trip_id"""
    )
