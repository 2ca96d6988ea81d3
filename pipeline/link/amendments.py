"""Amending decisions applied to the trips they amend: the checks see the trip as amended.

`extractors.amendments` reads what a decision changes ("sửa đổi, bổ sung Quyết định số …": new dates, members
added or withdrawn, new countries) into `document_amendments`; here each change is written over the amended
trip's row, and `trip_amendments` keeps which document set which value and what it replaced. Applying is
idempotent (a value already as amended is left alone), so it runs on every linking; when the amended decision is
loaded again its rows come back as written and the next linking amends them again; a cancelled decision's trip is
removed ("Hủy bỏ Quyết định số …": it sends no one). The amended decision is
found by number (compared as reports compare them) and, when the citation gives one, date; when no trip has the
number, the one trip of that date (or of an unread date) whose number was not read or read one slip away, and one
of whose members — or both a member's unit and a country — the amending decision names; or the one trip of the
number as cited in the cited date's year, its day misread; or, the citation giving neither number nor date, the one
trip one of whose members and one of whose countries the decision names (recorded as `matched_by` with how it was
matched);
an amendment whose decision is not in the store, or matches more than one trip, changes
nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from functools import partial
from typing import Any

import duckdb
from rapidfuzz.distance import Levenshtein

from extractors.places import find_destinations
from extractors.vntext import fold, squash


def _target(
    trips: list[tuple[str, str | None, dt.date | None]],
    number: str | None,
    date: dt.date | None,
    key: Callable[[str | None], str | None],
) -> str | None:
    """The one trip whose decision the citation names, else None."""
    wanted = key(number)
    if wanted is None:
        return None
    found = [trip for trip, n, d in trips if key(n) == wanted and (date is None or d is None or d == date)]
    return found[0] if len(found) == 1 else None


def _corroborated(
    con: duckdb.DuckDBPyConnection,
    trips: list[tuple[str, str | None, dt.date | None]],
    wanted: str | None,
    date: dt.date | None,
    source: str,
    key: Callable[[str | None], str | None],
) -> tuple[str, str] | None:
    """The amended trip when no trip has the cited number: its decision's number was not read (a hand-filled number
    on a scan) or read one slip away ("77" for a pen-filled 779 the crop cut short, as reports are linked on
    `decision_number_fuzzy`). The only such trip of the cited date (or, its number one slip away, of a date not
    read; or of a cited date not read, its serial as cited and its symbol one slip away; or, the cited number unread,
    the only trip of the cited date: `extractors.amendments` cites a cancelled decision so), and only when the amending
    decision names one of its members ("Hủy bỏ Quyết định số … về việc cử ông A
    …") or, naming none, both a member's unit and a country of the trip ("… của đoàn cán bộ Sở Xây dựng đi Nhật Bản
    tại Quyết định số …"); or the only trip of the number as cited dated another day of the cited year (`_near`);
    with how it was matched, kept as `matched_by` for a person to check; else None."""
    if wanted is None and date is None:
        return _named(con, trips, source)
    candidates = [
        (trip, number, issued)
        for trip, number, issued in trips
        if trip != source and _near(key(number), issued, wanted, date)
    ]
    if len(candidates) != 1:
        return None
    trip, number, issued = candidates[0]
    if issued is not None and date is not None and issued != date:
        return trip, f"number as cited, decision date read {issued.isoformat()} for the cited {date.isoformat()}"
    text, _ = _source_text(con, source)
    members = con.execute("SELECT trip_id, name, unit FROM trip_members WHERE trip_id = ?", [trip]).fetchall()
    countries = con.execute("SELECT country, iso_code FROM trip_destinations WHERE trip_id = ?", [trip]).fetchall()
    dated = "decision date" if issued == date else "decision date unread" if date else "cited date unread"
    if _naming(text, [(t, name) for t, name, _ in members]):
        how = f"{dated} and a member named"
    elif any(unit and _unit_named(unit, text) for _, _, unit in members) and (
        _naming(text, [(trip, country) for country, _ in countries]) or _country_named(con, source, countries)
    ):
        how = f"{dated}, a member's unit and a country named"
    else:
        return None
    if wanted is None:
        return trip, f"cited number unread, {how}"
    return trip, how if number is None else f"number {number} one slip from the cited one, {how}"


def _named(
    con: duckdb.DuckDBPyConnection, trips: list[tuple[str, str | None, dt.date | None]], source: str
) -> tuple[str, str] | None:
    """The amended trip when the citation gives neither number nor date (a fax garbled it whole): the only trip, not
    decided after the amending decision, one of whose members and one of whose countries the amending decision names
    ("Lùi thời gian công tác tại Ấn Độ của đoàn do bà A … làm trưởng đoàn"), with how it was matched; else None."""
    text, issued = _source_text(con, source)
    named = _naming(text, con.execute("SELECT trip_id, name FROM trip_members").fetchall())
    to_country = _naming(text, con.execute("SELECT trip_id, country FROM trip_destinations").fetchall())
    found = [
        trip
        for trip, _, decided in trips
        if trip != source and trip in named & to_country and not (issued and decided and decided > issued)
    ]
    return (found[0], "cited number and date unread, a member and a country named") if len(found) == 1 else None


def _source_text(con: duckdb.DuckDBPyConnection, source: str) -> tuple[str, dt.date | None]:
    """The amending decision's text folded, its lines' breaks as spaces ("bà Vương Thị\nDiệu Linh"), and its date."""
    row = con.execute("SELECT text, issue_date FROM documents WHERE sha256 = ?", [source]).fetchone()
    return (squash(fold(row[0] or "")), row[1]) if row else ("", None)


def _country_named(con: duckdb.DuckDBPyConnection, source: str, countries: list[tuple[str, str | None]]) -> bool:
    """Whether the amending decision names one of a trip's countries (name, code) under another of its names: "Đại
    Hàn Dân Quốc" is the trip's "Hàn Quốc" (`extractors.places.find_destinations`, by code)."""
    row = con.execute("SELECT text FROM documents WHERE sha256 = ?", [source]).fetchone()
    named = {place.code for place in find_destinations(row[0] or "")} if row else set()
    return any(code in named for _, code in countries)


def _naming(text: str, rows: list[tuple[str, str | None]]) -> set[str]:
    """The trips of `rows` (a trip and a member's name or a country) whose value the folded `text` names as whole
    words ("Nguyễn Văn An" is not named by "Nguyễn Văn Anh"): one test for one trip's candidates and for all."""
    return {trip for trip, value in rows if value and re.search(rf"\b{re.escape(squash(fold(value)))}\b", text)}


def _near(number: str | None, issued: dt.date | None, wanted: str | None, date: dt.date | None) -> bool:
    """Whether a trip whose decision is `number` (a key) of `issued` may be the cited `wanted` of `date`, the number
    or the date misread on a scan: the date as cited and the number unread or one slip away; the date unread and
    the number one slip away ("2360/QĐ-BYTT" cited, the day pen-filled and lost); or the number as cited, with a
    symbol, and the date of the same year, its pen-filled day misread (18 for 19): an issuer numbers its decisions
    once a year, so that number in that year is no other decision. The cited date unread: the serial as cited and the
    symbol one slip away. The cited number unread (a cancellation cited by its date alone): the trip of that date."""
    if wanted is None:
        return issued is not None and issued == date
    distance = Levenshtein.distance(number, wanted) if number else None
    if date is None:  # the citation's date unread: its serial as read, its symbol one slip away ("2451/QĐ-BCTT")
        return distance == 1 and number is not None and number.split("/")[0] == wanted.split("/")[0]
    if issued == date:
        return distance is None or distance == 1
    if issued is None:
        return distance == 1
    return distance == 0 and "/" in wanted and issued.year == date.year


_UNIT_HEAD = re.compile(r"^(?:co\s+quan\s+)?(?:(?:ubnd|uy\s+ban\s+nhan\s+dan)\s+)?")
"""A unit as listed ("UBND xã Mường Khương", "Cơ quan Ủy ban MTTQ Việt Nam") is named without its council or its
office in prose ("cán bộ xã Mường Khương", "đoàn Ủy ban MTTQ Việt Nam tỉnh")."""


def _unit_named(unit: str, text: str) -> bool:
    """Whether folded `text` names the unit (a department, a commune): whole words, its council prefix dropped."""
    name = _UNIT_HEAD.sub("", fold(unit).strip())
    return len(name.split()) >= 2 and re.search(rf"\b{re.escape(name)}\b", text) is not None


def apply_amendments(con: duckdb.DuckDBPyConnection, key: Callable[[str | None], str | None]) -> int:
    """Write every stored amendment over its trip; the number of values changed. `key` compares decision
    numbers (`pipeline.link.reports.decision_key`)."""
    changes = con.execute(
        "SELECT a.sha256, d.number, a.cited_number, a.cited_date, a.start_date, a.end_date, a.added, a.removed, "
        "a.destinations, a.destination_codes, a.sentence, coalesce(a.cancels, false) "
        "FROM document_amendments a JOIN documents d USING (sha256) "
        "ORDER BY d.issue_date NULLS LAST, d.number"
    ).fetchall()
    if not changes:
        return 0
    trips = con.execute("SELECT trip_id, decision_number, decision_date FROM trips").fetchall()
    changed = 0
    for source, source_number, number, date, start, end, added, removed, countries, codes, sentence, cancels in changes:
        trip = _target(trips, number, date, key)
        matched = _corroborated(con, trips, key(number), date, source, key) if trip is None else None
        if matched is not None:
            trip = matched[0]
        if trip is None or trip == source:
            continue

        record = partial(_record, con, (trip, source, source_number, sentence))
        if matched is not None:
            record("matched_by", matched[1], None)
        if cancels:
            changed += _cancel(con, trip, number, record)
            trips = [row for row in trips if row[0] != trip]  # a later amendment of it changes nothing
            continue
        row = con.execute("SELECT start_date, end_date FROM trips WHERE trip_id = ?", [trip]).fetchone() or (None, None)
        if start is not None and end is None and row[1] is not None and start > row[1]:
            # moved past its old end, the new end unread ("đến ngày 22/U1/2027"): the old end no longer holds, and a
            # trip ending before it starts would make a report due before the trip (the start's row says why)
            con.execute("UPDATE trips SET end_date = NULL WHERE trip_id = ?", [trip])
            changed += 1
        for field, value, previous in (("start_date", start, row[0]), ("end_date", end, row[1])):
            if value is not None and value != previous:
                con.execute(f"UPDATE trips SET {field} = ? WHERE trip_id = ?", [value, trip])
                record(field, value, previous)
                changed += 1
        changed += _members(con, trip, json.loads(added) if added else [], removed or [], record)
        old = [
            c
            for (c,) in con.execute(
                "SELECT country FROM trip_destinations WHERE trip_id = ? ORDER BY ordinal", [trip]
            ).fetchall()
        ]
        if countries and list(countries) != old:
            con.execute("DELETE FROM trip_destinations WHERE trip_id = ?", [trip])
            for ordinal, country in enumerate(countries):
                code = codes[ordinal] if codes and ordinal < len(codes) else None
                con.execute(
                    "INSERT INTO trip_destinations (trip_id, ordinal, country, iso_code) VALUES (?, ?, ?, ?)",
                    [trip, ordinal, country, code],
                )
            record("destinations", list(countries), old)
            changed += 1
    return changed


CANCELLED_TABLES = ("trip_members", "trip_unsure_members", "trip_destinations", "trip_places", "trips")
"""A trip's rows: a cancelled decision sends no one, so it leaves none for the checks to count."""


def _cancel(
    con: duckdb.DuckDBPyConnection, trip: str, cited: str | None, record: Callable[[str, Any, Any], None]
) -> int:
    """Remove a cancelled decision's trip ("Hủy bỏ Quyết định số …"); the decision's own document stays, and
    `trip_amendments` says which decision cancelled it (the value: the cancelled decision as cited). Loaded again,
    the trip comes back and the next linking removes it again. 1 when a trip was removed."""
    row = con.execute("SELECT decision_number FROM trips WHERE trip_id = ?", [trip]).fetchone()
    if row is None:
        return 0
    for table in CANCELLED_TABLES:
        con.execute(f"DELETE FROM {table} WHERE trip_id = ?", [trip])
    record("cancelled", cited or row[0] or "", row[0])
    return 1


def _members(
    con: duckdb.DuckDBPyConnection,
    trip: str,
    added: list[dict[str, str | None]],
    removed: list[str],
    record: Callable[[str, Any, Any], None],
) -> int:
    """Add the members not yet listed (after the last), withdraw the named ones still listed."""
    names = {name for (name,) in con.execute("SELECT name FROM trip_members WHERE trip_id = ?", [trip]).fetchall()}
    changed = 0
    for member in added:
        if member["name"] in names:
            continue
        (last,) = con.execute(
            "SELECT coalesce(max(ordinal), -1) FROM trip_members WHERE trip_id = ?", [trip]
        ).fetchone()  # type: ignore[misc]
        row = [trip, last + 1, member["name"], member.get("title"), member.get("unit")]
        con.execute("INSERT INTO trip_members (trip_id, ordinal, name, title, unit) VALUES (?, ?, ?, ?, ?)", row)
        # a mention of the trip's document too: people are resolved from mentions, and the member gets his person
        # (his trips a year counted) only through one
        con.execute(
            "INSERT OR REPLACE INTO mentions (sha256, ordinal, role, name, title, unit) "
            "VALUES (?, ?, 'member', ?, ?, ?)",
            row,
        )
        names.add(str(member["name"]))
        record("member_added", member["name"], None)
        _resize(con, trip, 1, record)
        changed += 1
    for name in removed:
        if name in names:
            con.execute("DELETE FROM trip_members WHERE trip_id = ? AND name = ?", [trip, name])
            record("member_removed", name, name)
            _resize(con, trip, -1, record)
            changed += 1
    return changed


def _resize(con: duckdb.DuckDBPyConnection, trip: str, by: int, record: Callable[[str, Any, Any], None]) -> None:
    """The size the amended decision states ("gồm 11 thành viên") follows each member added or withdrawn: the size
    check takes the larger of it and the members listed, so a stale 11 would outlive a withdrawal. Done with the
    member's own change, so it happens once per linking as that does."""
    row = con.execute("SELECT declared_size FROM trips WHERE trip_id = ?", [trip]).fetchone()
    if row is None or row[0] is None:
        return
    con.execute("UPDATE trips SET declared_size = ? WHERE trip_id = ?", [row[0] + by, trip])
    record("declared_size", row[0] + by, row[0])


def _record(
    con: duckdb.DuckDBPyConnection,
    where: tuple[str, str, str | None, str | None],
    field: str,
    value: Any,
    previous: Any,
) -> None:
    """Which document set a trip's value, and what it replaced: (trip, source sha256, number, sentence)."""
    trip, source, number, sentence = where
    con.execute(
        "INSERT OR REPLACE INTO trip_amendments VALUES (?, ?, ?, ?, ?, ?, ?)",
        [trip, source, number, field, _text(value), _text(previous), sentence],
    )


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
