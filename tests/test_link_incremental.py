"""Incremental linking (pipeline.link.state): linking only what changed gives what a full relink gives.

Random archives of decisions and reports (names and numbers with OCR-like slips, same names in other units,
reports citing numbers a digit off or by date only), linked, then grown by random batches — new documents
dated before and after the archive's, documents re-extracted with other members, a merge undone — and after
each batch one copy is linked incrementally and the other in full: every link must be the same.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb
import pytest

from pipeline.link.people import unmerge
from pipeline.link.reports import link_all
from pipeline.link.state import changes_since_linked
from pipeline.settings import Settings
from pipeline.store.documents import load_documents
from pipeline.store.migrations import apply, known_migrations
from schemas.document import Document
from tests.store_factory import decision, report

SETTINGS = Settings()
FAMILIES = ["Nguyễn", "Trần", "Lê"]
MIDDLES = ["Văn", "Thị", "Hữu"]
GIVENS = ["An", "Anh", "Bình", "Binh", "Dũng", "Dung", "Hải", "Hà"]
UNITS = ["Sở Ngoại vụ", "Sở Nội vụ", "Sở Công Thương", "Sở Ngoal vụ"]
TITLES = ["Giám đốc", "Phó Giám đốc", "Chuyên viên"]
COUNTRIES = [("Nhật Bản", "JP"), ("Hàn Quốc", "KR"), ("Lào", "LA")]

LINKS = {
    "people": "SELECT * FROM people",
    "mentions": "SELECT sha256, role, ordinal, person_id FROM mentions",
    "merges": "SELECT * EXCLUDE (created_at, undone_at) FROM person_merges",
    "members": "SELECT trip_id, ordinal, person_id, is_key_leader FROM trip_members",
    "reports": "SELECT sha256, trip_id, link_method, link_score, link_evidence FROM reports",
    "items": "SELECT item_id, sha256, field, target, reason, candidate, status FROM review_items",
}


class Archive:
    """Random documents, the same for every copy built from one seed."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.decisions: list[tuple[str, str, dt.date]] = []  # label, number, date
        self.count = 0

    def _name(self) -> str:
        rng = self.rng
        return f"{rng.choice(FAMILIES)} {rng.choice(MIDDLES)} {rng.choice(GIVENS)}"

    def _date(self, first: int, last: int) -> dt.date:
        return dt.date(2024, 1, 1) + dt.timedelta(days=self.rng.randint(first, last))

    def _decision(self, label: str, issued: dt.date, version: str = "1") -> Document:
        rng = self.rng
        number = f"{rng.randint(1, 60)}/QĐ-UBND"
        start = issued + dt.timedelta(days=rng.randint(5, 30))
        members = [(self._name(), rng.choice(TITLES), rng.choice(UNITS)) for _ in range(rng.randint(1, 3))]
        self.decisions.append((label, number, issued))
        return decision(
            label, number=number, issued=issued, start=start, end=start + dt.timedelta(days=rng.randint(2, 8)),
            members=members, destinations=rng.sample(COUNTRIES, rng.randint(1, 2)), version=version,
        )  # fmt: skip

    def _report(self, label: str, issued: dt.date) -> Document:
        rng = self.rng
        _, number, date = rng.choice(self.decisions) if self.decisions else ("", "1/QĐ-UBND", issued)
        slip = rng.random()
        if slip < 0.2:
            number = number.replace("1", "l", 1)  # an OCR slip in the cited number
        elif slip < 0.3:
            number = f"{rng.randint(1, 60)}/QĐ-UBND"  # a number cited wrong
        if rng.random() < 0.2:
            date += dt.timedelta(days=1)
        return report(
            label, number=f"{rng.randint(1, 90)}/BC", dated=issued, decision_number=number, decision_date=date,
            reporter=self._name(), unit=rng.choice(UNITS),
        )  # fmt: skip

    def batch(self, size: int, first: int, last: int) -> list[Document]:
        documents = []
        for _ in range(size):
            self.count += 1
            label, issued = f"doc-{self.count}", self._date(first, last)
            make = self._decision if self.rng.random() < 0.6 else self._report
            documents.append(make(label, issued))
        return documents

    def reextracted(self, size: int) -> list[Document]:
        """Decisions loaded again at another extractor version, with other members (a re-read scan)."""
        chosen = self.rng.sample(self.decisions, min(size, len(self.decisions)))
        return [self._decision(label, issued, version="2") for label, _, issued in chosen]


def _copy(seed: int) -> tuple[duckdb.DuckDBPyConnection, Archive]:
    con = duckdb.connect(":memory:")
    apply(con, known_migrations(), ":memory:")
    return con, Archive(seed)


def _links(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple[Any, ...]]]:
    return {name: sorted(con.execute(query).fetchall(), key=repr) for name, query in LINKS.items()}


def _both(copies: list[tuple[duckdb.DuckDBPyConnection, Archive]], step: str, *args: int) -> None:
    for con, archive in copies:
        if step == "reextract":
            load_documents(con, archive.reextracted(*args))
        else:
            load_documents(con, archive.batch(*args))


@pytest.mark.parametrize("seed", range(6))
def test_incremental_linking_equals_a_full_relink(seed: int) -> None:
    copies = [_copy(seed), _copy(seed)]
    incremental, full = copies[0][0], copies[1][0]
    _both(copies, "batch", 40, 0, 200)
    for con, _ in copies:
        link_all(con, SETTINGS)  # the first linking is a full one
    rounds = [("batch", 8, 180, 260), ("batch", 8, 0, 260), ("reextract", 3), ("batch", 1, 0, 20)]
    for step, *args in rounds:
        _both(copies, step, *args)
        changes = changes_since_linked(incremental, SETTINGS)
        assert changes, "the batch changed documents since the last linking"
        link_all(incremental, SETTINGS)
        link_all(full, SETTINGS, full=True)
        assert _links(incremental) == _links(full), (step, args)
    assert not changes_since_linked(incremental, SETTINGS)  # nothing left to link


def test_incremental_linking_after_an_undone_merge_equals_a_full_relink() -> None:
    copies = [_copy(11), _copy(11)]
    _both(copies, "batch", 40, 0, 200)
    for con, _ in copies:
        link_all(con, SETTINGS)
    merges = [row[0] for row in copies[0][0].execute("SELECT merge_id FROM person_merges ORDER BY 1").fetchall()]
    assert merges, "the archive has merges to undo"
    for con, _ in copies:
        unmerge(con, merges[0], SETTINGS)
    _both(copies, "batch", 5, 100, 260)
    assert changes_since_linked(copies[0][0], SETTINGS) is None  # what links depend on changed: all again
    link_all(copies[0][0], SETTINGS)
    link_all(copies[1][0], SETTINGS, full=True)
    assert _links(copies[0][0]) == _links(copies[1][0])


def test_incremental_linking_of_a_new_report_reaches_the_trip_and_a_new_decision_an_old_report() -> None:
    con = duckdb.connect(":memory:")
    apply(con, known_migrations(), ":memory:")
    member = ("Trần Văn Bình", "Giám đốc", "Sở Ngoại vụ")
    load_documents(
        con,
        [
            report("r-early", number="3/BC", dated=dt.date(2024, 6, 20), decision_number="77/QĐ-UBND",
                   decision_date=dt.date(2024, 5, 2), reporter="Trần Văn Bình", unit="Sở Ngoại vụ"),
        ],
    )  # fmt: skip
    link_all(con, SETTINGS)
    assert con.execute("SELECT trip_id FROM reports").fetchone() == (None,)  # its decision is not loaded yet
    load_documents(
        con,
        [
            decision("d-77", number="77/QĐ-UBND", issued=dt.date(2024, 5, 2), start=dt.date(2024, 6, 1),
                     end=dt.date(2024, 6, 8), members=[member], destinations=[("Nhật Bản", "JP")]),
        ],
    )  # fmt: skip
    changes = changes_since_linked(con, SETTINGS)
    assert changes is not None and len(changes.changed) == 1  # only the new decision
    link_all(con, SETTINGS)
    linked = con.execute("SELECT r.link_method FROM reports r JOIN trips t ON t.trip_id = r.trip_id").fetchall()
    assert linked == [("decision_number",)]


def test_linking_killed_midway_leaves_the_last_linking_whole_and_the_next_completes_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    copies = [_copy(5), _copy(5)]
    _both(copies, "batch", 30, 0, 200)
    for con, _ in copies:
        link_all(con, SETTINGS)
    _both(copies, "batch", 6, 0, 260)
    con = copies[0][0]
    before = _links(con)

    def killed(*_: object) -> None:
        raise KeyboardInterrupt("killed after the people were written")

    monkeypatch.setattr("pipeline.link.reports.raise_link_items", killed)
    with pytest.raises(KeyboardInterrupt):
        link_all(con, SETTINGS)
    assert _links(con) == before  # nothing of the killed linking landed
    assert changes_since_linked(con, SETTINGS)  # and what it was to link is still to link
    monkeypatch.undo()
    link_all(con, SETTINGS)
    link_all(copies[1][0], SETTINGS, full=True)
    assert _links(con) == _links(copies[1][0])
