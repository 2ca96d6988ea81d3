"""One person across documents.

Every mention (signer, trip member, reporter, person named) is compared with the people found so far
by its diacritic-free name (rapidfuzz) and its unit. A diacritic slip, an OCR error, an honorific or a new
title does not make a new person; the same name in another unit does. Each merge is written to
`person_merges` with its evidence; an analyst can undo one (`unmerge`), and the undone pair is never merged
again. Person ids are kept from the previous run where the same mentions form the person again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import duckdb
import pyarrow as pa
from rapidfuzz import fuzz
from rapidfuzz.distance import Hamming

from extractors.members import ACADEMIC
from extractors.names import KNOWN_FAMILY
from extractors.people import FAMILY_NAMES, SINO_FAMILY
from extractors.scope import KEY_LEADER, classify
from extractors.vntext import fold, squash
from pipeline.link.state import Changes
from pipeline.settings import Settings
from pipeline.store.write import arrow_table, insert, registered_keys, transaction, update_from

NAME_THRESHOLD = 88.0
"""rapidfuzz ratio (0-100) two diacritic-free names must reach to be one person's."""
TOKEN_THRESHOLD = 75.0
"""rapidfuzz ratio a unit word of 4+ letters must reach against its partner (shorter words must be equal)."""

_HONORIFIC = re.compile(
    r"^(?:(?:(?:ong|ba)\s*\((?:ong|ba)\)|ong|ba|dong\s+chi|d/c|thuong\s+ta|trung\s+ta|dai\s+ta|thieu\s+ta|"
    rf"thieu\s+tuong|trung\s+tuong|ts\.?|ths\.?|pgs\.?\s*ts\.?|gs\.?\s*ts\.?)\s+|{ACADEMIC})"
)
"""An honorific, rank or the degrees before a name, folded: "ông", "Thượng tá", "PGS.TS.", and the chains of
hospitals' lists (`extractors.members.ACADEMIC`: "TS.BS.", "ThS.BS.", "BSCKII."), one person's name with or without
them."""
_UNIT_ABBREVIATIONS = {
    "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan",
    "ubmttq": "uy ban mat tran to quoc",
    "mttq": "mat tran to quoc",
    "tu": "tinh uy",
    "snv": "so noi vu",
}
_ROLE_ORDER = {"member": 0, "signer": 1, "reporter": 2, "mentioned": 3}


# --- names and units ------------------------------------------------------------------------------------


def name_key(name: str) -> str:
    """A name without honorific, rank or diacritics: 'Đồng chí Nguyễn Văn Bình' → 'nguyen van binh'."""
    folded = squash(fold(name)).strip(" ,.;:")
    while True:
        stripped = _HONORIFIC.sub("", folded, count=1)
        if stripped == folded:
            return folded
        folded = stripped


def clean_name(name: str) -> str:
    """The name as written, honorific removed: 'Ông Nguyễn Văn Bình' → 'Nguyễn Văn Bình'."""
    text = squash(name).strip(" ,.;:")
    key = fold(text)
    while match := _HONORIFIC.match(key):
        text, key = text[match.end() :], key[match.end() :]
    return text


_DELEGATION = re.compile(r"^doan (?:di )?(?:cong tac|can bo|khao sat|xuc tien)\b")
"""A delegation, folded ("Đoàn công tác tại Nhật Bản": the issuer of a report its trưởng đoàn signs): no unit one
works in — not "Đoàn Thanh niên", "Đoàn đại biểu Quốc hội", "Đoàn Luật sư", bodies with staff."""


def unit_key(unit: str | None) -> str | None:
    """A unit compared without case, diacritics or common abbreviations ('UBND' = 'Ủy ban nhân dân'); None for a
    delegation (`_DELEGATION`), which would make its head a second person beside the one of his own unit, and leave
    his unit-less mentions elsewhere to neither."""
    if not unit:
        return None
    if _DELEGATION.match(squash(fold(unit)).lower()):
        return None
    words = re.sub(r"[^\w\s]", " ", fold(unit)).split()
    return " ".join(_UNIT_ABBREVIATIONS.get(word, word) for word in words) or None


_POST_BODY = re.compile(
    r"\s(?=(?:ban|so|van phong|phong|trung tam|chi cuc|cuc|vien|benh vien|cong ty|hoi)\s\S"
    r"|(?:dang uy|dang bo|chi bo)(?:\s\S|$))"
)
"""Where a post's own body starts after its title, folded ("Trưởng Ban Tuyên giáo …", "Chuyên viên Văn phòng …"), a
party committee's even when the unit it is of stands apart: a table's post "Bí thư Đảng ủy" beside its unit "phường
Mỹ Tho" is the post of "Đảng ủy phường Mỹ Tho", as a running text writes it."""


def unit_of_post(title: str | None, unit: str | None) -> str | None:
    """The unit a person's post is in: the body the title's last post names inside the unit given apart ("Trưởng Ban
    Tuyên giáo và Dân vận" of "Tỉnh ủy" is of "Ban Tuyên giáo và Dân vận Tỉnh ủy", as another paper writes it), so the
    same person written with the body in the title or in the unit is compared on the same unit. The unit as given
    when the title names no body, or one the unit already names."""
    if not title or not unit:
        return unit
    post = title.rsplit(",", 1)[-1].strip()
    body = _POST_BODY.search(fold(post).lower())
    if body is None or fold(post[body.end() :]).lower() in fold(unit).lower():
        return unit
    return f"{post[body.end() :]} {unit}"


def unit_similarity(a: str, b: str) -> float | None:
    """How well two unit keys agree (0-100), None when they name different units.

    Every word of the shorter must have a partner in the longer: 'Sở Ngoại vụ' = 'Sở Ngoại vụ tỉnh Lạng Sơn'
    and = 'Sở Ngoal vụ' (OCR), but 'ngoai' ≠ 'noi' (whole-string scores put Ngoại vụ and Nội vụ at 90).
    """
    short, long = sorted((a.split(), b.split()), key=len)
    scores = []
    for word in short:
        best = word_partner(word, long)
        if best < TOKEN_THRESHOLD:
            return None
        scores.append(best)
    return sum(scores) / len(scores) if scores else None


def word_partner(word: str, words: Sequence[str]) -> float:
    """How well `word` of a unit key matches its best partner among `words` (0-100): words of 4+ letters by
    rapidfuzz ratio (OCR noise), shorter ones only when equal."""
    scores = (
        100.0 if word == other else float(fuzz.ratio(word, other)) if min(len(word), len(other)) >= 4 else 0.0
        for other in words
    )
    return max(scores, default=0.0)


def given_names_compatible(a: str, b: str) -> bool:
    """Given names (the last word) must agree: equal, or one OCR substitution in a name of 4+ letters.

    'An' and 'Anh' are different people even though their full names score high together.
    """
    given_a, given_b = a.rsplit(" ", 1)[-1], b.rsplit(" ", 1)[-1]
    if given_a == given_b:
        return True
    return len(given_a) == len(given_b) >= 4 and Hamming.distance(given_a, given_b) == 1


def is_key_leader(title: str | None, key_titles: Sequence[str]) -> bool | None:
    """Head of their unit by title ('Giám đốc', 'Chủ tịch UBND tỉnh'), never a plain deputy ('Phó Giám đốc'),
    role by role: 'Phó Giám đốc Sở, Bí thư Đảng ủy' heads the party committee, so is a key leader.

    None when the title is unknown: the rules must not treat an unknown title as 'not a key leader'.
    """
    return classify(title, KEY_LEADER, heads=key_titles).member


def _diacritic_richness(name: str) -> int:
    return sum(1 for char in name if char != fold(char))


# --- people -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mention:
    """One person as a document names them, with the document's date for ordering titles over time."""

    sha256: str
    role: str
    ordinal: int
    name: str
    title: str | None
    unit: str | None
    date: dt.date | None
    document_number: str | None

    @property
    def key(self) -> tuple[str, str, int]:
        return (self.sha256, self.role, self.ordinal)

    @cached_property
    def name_key(self) -> str:
        return name_key(self.name)

    @cached_property
    def unit_key(self) -> str | None:
        return unit_key(unit_of_post(self.title, self.unit))

    @cached_property
    def clean_name(self) -> str:
        return clean_name(self.name)

    @cached_property
    def title_key(self) -> str | None:
        return fold(self.title) if self.title else None

    def describe(self) -> dict[str, Any]:
        return {
            "sha256": self.sha256,
            "role": self.role,
            "ordinal": self.ordinal,
            "name": self.name,
            "title": self.title,
            "unit": self.unit,
            "document_number": self.document_number,
            "document_date": self.date.isoformat() if self.date else None,
        }


class Cluster:
    """One resolved person: the mentions taken for them.

    `variants` keeps the first mention of each (name, unit) spelling: a mention is scored against those only,
    since mentions spelled alike score alike (a chairman who signs thousands of decisions is one variant,
    not thousands of comparisons per new mention). Built when first asked for: a person carried over from the
    last linking whom no new mention is compared with never folds its names.
    """

    def __init__(self, mentions: Sequence[Mention] = ()) -> None:
        self.mentions = list(mentions)
        self.keys = {mention.key for mention in self.mentions}
        self._variants: dict[tuple[str, str | None], Mention] | None = None

    @property
    def variants(self) -> dict[tuple[str, str | None], Mention]:
        if self._variants is None:
            self._variants = {}
            for mention in self.mentions:
                self._variants.setdefault((mention.name_key, mention.unit_key), mention)
        return self._variants

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self.keys.add(mention.key)
        if self._variants is not None:
            self._variants.setdefault((mention.name_key, mention.unit_key), mention)

    def mention_keys(self) -> set[tuple[str, str, int]]:
        return {mention.key for mention in self.mentions}


@dataclass(frozen=True)
class Merge:
    """Why `mention` was taken for the person of `matched`."""

    mention: Mention
    matched: Mention
    score: float
    evidence: dict[str, Any]

    @property
    def merge_id(self) -> str:
        raw = "|".join(map(str, (*self.mention.key, *self.matched.key)))
        return "M" + hashlib.sha1(raw.encode()).hexdigest()[:12]


def _score(mention: Mention, other: Mention) -> tuple[str, float, dict[str, Any]]:
    """Whether two mentions can be one person ('match', 'name' or 'unit' for what differs), score, evidence."""
    a, b = mention.name_key, other.name_key
    name_score = float(fuzz.ratio(a, b))
    if not given_names_compatible(a, b) or name_score < NAME_THRESHOLD:
        return "name", name_score, {}
    unit_a, unit_b = mention.unit_key, other.unit_key
    unit_score = unit_similarity(unit_a, unit_b) if unit_a and unit_b else None
    if unit_a and unit_b and unit_score is None:
        return "unit", name_score, {}
    score = (name_score + (unit_score if unit_score is not None else 90.0)) / 2
    evidence = {
        "name_score": name_score,
        "same_spelling": mention.clean_name == other.clean_name,
        "unit_score": unit_score,
        "units": [other.unit, mention.unit],
        "titles": [other.title, mention.title],
        "title_changed": bool(mention.title_key and other.title_key and mention.title_key != other.title_key),
        "documents": [other.describe(), mention.describe()],
    }
    return "match", score, evidence


Undone = dict[tuple[str, str, int], set[tuple[str, str, int]]]
"""Each mention → the mentions an analyst separated it from (merges undone)."""


def _best_match(mention: Mention, cluster: Cluster, undone: Undone) -> Merge | None:
    """The mention of `cluster` this one matches best (the first of its spelling); None if any of its
    mentions names another unit under the same name, or an analyst undid a merge between this mention and
    one of them."""
    if undone.get(mention.key, set()) & cluster.keys:
        return None
    best: Merge | None = None
    for other in cluster.variants.values():
        verdict, score, evidence = _score(mention, other)
        if verdict == "unit":
            return None
        if verdict == "match" and (best is None or score > best.score):
            best = Merge(mention, other, score, evidence)
    return best


_FOLDED_FAMILIES = frozenset(fold(name).lower() for name in FAMILY_NAMES | KNOWN_FAMILY | SINO_FAMILY)
"""Every known family name, folded as `name_key` folds: a name's first word that is none of them is a misread."""


def _misread_family_match(mention: Mention, cluster: Cluster, undone: Undone) -> Merge | None:
    """A mention whose family name folds to no known one ("Tịnh Văn Hùng", a scan's reading of Thân) and the person
    of the same middle and given names, the same title and the same unit: OCR's slip in the family name, which
    the blocking by family name never compares. Both title and unit must be read and agree."""
    if undone.get(mention.key, set()) & cluster.keys or not (mention.title_key and mention.unit_key):
        return None
    rest = mention.name_key.split(" ", 1)[1]
    for other in cluster.variants.values():
        if other.name_key.split(" ", 1)[1] != rest or other.title_key != mention.title_key or not other.unit_key:
            continue
        unit_score = unit_similarity(mention.unit_key, other.unit_key)
        if unit_score is not None:
            evidence = {
                "family_misread": [mention.name_key.split(" ", 1)[0], other.name_key.split(" ", 1)[0]],
                "unit_score": unit_score,
                "units": [other.unit, mention.unit],
                "titles": [other.title, mention.title],
                "documents": [other.describe(), mention.describe()],
            }
            return Merge(mention, other, unit_score, evidence)
    return None


def given_keys(given: str) -> list[str]:
    """Keys two given names share whenever `given_names_compatible` may hold: the name itself, and for
    4+ letters the name with each letter blanked in turn (one OCR substitution leaves one of them equal)."""
    if len(given) < 4:
        return [given]
    return [given, *(f"{given[:i]}\0{given[i + 1 :]}" for i in range(len(given)))]


def document_order(mention: Mention) -> tuple[dt.date, str]:
    """Where a mention's document comes in linking: oldest first, undated last, then by sha256."""
    return (mention.date or dt.date.max, mention.sha256)


def _order(mention: Mention) -> tuple[dt.date, str, int, int]:
    return (*document_order(mention), _ROLE_ORDER.get(mention.role, 9), mention.ordinal)


def resolve_people(
    mentions: Sequence[Mention], forbidden: set[frozenset[tuple[str, str, int]]], start: Sequence[Cluster] = ()
) -> tuple[list[Cluster], list[Merge]]:
    """Group mentions into people, oldest document first, so titles are seen in the order they were held.

    A mention without a unit joins a person only when exactly one person of that name fits; with two
    same-named people in different units it would be a guess, so it becomes its own person.
    `start`: the people the mentions before these formed (each in order, ordered by their first mention), when
    only the later mentions are resolved again (incremental linking): the state the full pass would be in.
    """
    ordered = sorted(mentions, key=_order)
    undone: Undone = defaultdict(set)
    for pair in forbidden:
        first, second = tuple(pair)
        undone[first].add(second)
        undone[second].add(first)
    clusters: list[Cluster] = []
    # blocking: only people with the same family name and a compatible given name are compared, found
    # through the given names' keys (a lookup per key, not a pass over every given name of the family)
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    givens: dict[tuple[str, str], set[str]] = defaultdict(set)
    rests: dict[str, list[int]] = defaultdict(list)  # middle and given names → people, for misread family names
    merges: list[Merge] = []

    def new_person(cluster: Cluster, family: str, given: str) -> None:
        if given not in givens[(family, given)]:
            for key in given_keys(given):
                givens[(family, key)].add(given)
        blocks[(family, given)].append(len(clusters))
        rests[cluster.mentions[0].name_key.partition(" ")[2]].append(len(clusters))
        clusters.append(cluster)

    for cluster in start:
        words = cluster.mentions[0].name_key.split(" ")
        new_person(cluster, words[0], words[-1])
    for mention in ordered:
        words = mention.name_key.split(" ")
        family, given = words[0], words[-1]
        similar = {other for key in given_keys(given) for other in givens[(family, key)]}
        indexes = sorted(
            index for other in similar if given_names_compatible(given, other) for index in blocks[(family, other)]
        )
        candidates = [
            (merge, index) for index in indexes if (merge := _best_match(mention, clusters[index], undone)) is not None
        ]
        if not candidates and len(words) >= 3 and family not in _FOLDED_FAMILIES:
            candidates = [
                (merge, index)
                for index in rests[" ".join(words[1:])]
                if (merge := _misread_family_match(mention, clusters[index], undone)) is not None
            ]
            candidates = candidates if len(candidates) == 1 else []
        if candidates and (mention.unit_key or len(candidates) == 1):
            merge, index = max(candidates, key=lambda pair: pair[0].score)
            clusters[index].add(mention)
            merges.append(merge)
            continue
        new_person(Cluster([mention]), family, given)
    return clusters, merges


MentionKey = tuple[str, str, int]


def _load_mentions(con: duckdb.DuckDBPyConnection) -> tuple[list[Mention], dict[MentionKey, str]]:
    """Every mention, and the person each had after the last linking."""
    rows = con.execute(
        """
        SELECT m.sha256, m.role, m.ordinal, m.name, m.title,
               coalesce(m.unit, CASE WHEN m.role = 'signer' THEN d.issuer END) AS unit,
               d.issue_date, d.number, m.person_id
        FROM mentions m LEFT JOIN documents d USING (sha256)
        """
    ).fetchall()
    mentions = [Mention(*row[:-1]) for row in rows]
    previous = {mention.key: row[-1] for mention, row in zip(mentions, rows, strict=True) if row[-1] is not None}
    return mentions, previous


def _resolvable(mention: Mention) -> bool:
    """Linking resolves names of two words or more."""
    return len(mention.name_key.split()) >= 2


def _forbidden_pairs(con: duckdb.DuckDBPyConnection) -> set[frozenset[tuple[str, str, int]]]:
    rows = con.execute(
        "SELECT sha256, role, ordinal, matched_sha256, matched_role, matched_ordinal "
        "FROM person_merges WHERE undone AND matched_sha256 IS NOT NULL"
    ).fetchall()
    return {frozenset(((a, b, c), (d, e, f))) for a, b, c, d, e, f in rows}


def _person_ids(clusters: list[Cluster], previous: dict[MentionKey, str]) -> list[str]:
    """An id per cluster: the id most of its mentions had before when still free, else one from its first mention."""
    taken: set[str] = set()
    ids = [""] * len(clusters)
    for index in sorted(range(len(clusters)), key=lambda i: -len(clusters[i].mentions)):
        cluster = clusters[index]
        votes = Counter(previous[key] for key in cluster.mention_keys() if key in previous)
        chosen = next((person for person, _ in votes.most_common() if person not in taken), None)
        if chosen is None:  # from its first mention, unless a larger person kept that id (that mention's before)
            first = "|".join(map(str, cluster.mentions[0].key))
            tries = (f"{first}#{n}" if n else first for n in itertools.count())
            chosen = next(i for i in ("P" + hashlib.sha1(t.encode()).hexdigest()[:12] for t in tries) if i not in taken)
        taken.add(chosen)
        ids[index] = chosen
    return ids


def _person_row(person_id: str, cluster: Cluster, key_titles: Sequence[str]) -> tuple[Any, ...]:
    names = [m.clean_name for m in cluster.mentions]
    counts = Counter(names)
    # a spelling with its diacritics over one that lost them, then the most frequent: OCR's slips are rarer
    name = max(counts, key=lambda n: (_diacritic_richness(n) > 0, counts[n], _diacritic_richness(n)))
    latest = cluster.mentions[-1]
    title = next((m.title for m in reversed(cluster.mentions) if m.title), None)
    unit = next((m.unit for m in reversed(cluster.mentions) if m.unit), None)
    units = list(dict.fromkeys(m.unit for m in cluster.mentions if m.unit))
    dates = [m.date for m in cluster.mentions if m.date]
    return (
        person_id,
        name,
        unit,
        title,
        is_key_leader(title, key_titles),
        sorted(counts),
        units,
        len(cluster.mentions),
        min(dates) if dates else None,
        max(dates) if dates else latest.date,
    )


def link_people(con: duckdb.DuckDBPyConnection, settings: Settings) -> dict[str, int]:
    """Resolve every mention to a person; rewrite people, person ids and key-leader marks; keep undone merges.

    Returns counts: mentions, people, merges (active), undone (kept from earlier runs).
    """
    with transaction(con):
        return relink_people(con, settings)


def relink_people(con: duckdb.DuckDBPyConnection, settings: Settings, changes: Changes | None = None) -> dict[str, int]:
    """`link_people` in the caller's transaction. With `changes` (the documents changed since the last linking),
    mentions are resolved again from the first changed document on (in linking's order) only: the people the
    mentions before it form depend on those mentions alone, so they are taken as the last linking left them,
    and the result is the full pass's. What is written is what that pass would change."""
    if changes is not None and not changes:
        return _people_counts(con)
    mentions, previous = _load_mentions(con)
    split = _unchanged_start(mentions, previous, changes)
    start, redo = split if split is not None else ([], [mention for mention in mentions if _resolvable(mention)])
    clusters, merges = resolve_people(redo, _forbidden_pairs(con), start)
    ids = _person_ids(clusters, previous)
    person_of = {key: ids[i] for i, cluster in enumerate(clusters) for key in cluster.keys}
    redone = {mention.key for mention in redo}
    renamed = {key for key, person in person_of.items() if key not in redone and previous.get(key) != person}
    moved = redone | renamed
    if split is None or changes is None:
        touched, documents, marked = list(range(len(clusters))), None, None
    else:
        # people a redone, renamed or removed mention belonged to may have lost it: their rows are rewritten
        left = {previous[key] for key in moved if key in previous}
        left |= {person for before in changes.before.values() for person in before.person_ids}
        touched = [i for i, c in enumerate(clusters) if ids[i] in left or not c.keys.isdisjoint(moved)]
        documents = {mention.sha256 for mention in redo} | changes.changed | changes.removed
        marked = changes.changed
    key_titles = settings.key_leader_titles
    people = [_person_row(ids[i], clusters[i], key_titles) for i in touched]
    now = dt.datetime.now()
    merge_rows = [
        (
            merge.merge_id,
            person_of[merge.mention.key],
            *merge.mention.key,
            merge.score,
            json.dumps(merge.evidence, ensure_ascii=False),
            False,
            now,
            *merge.matched.key,
            None,
        )
        for merge in merges
    ]
    assignments = [(*key, person_of[key]) for key in moved if key in person_of]
    renamed_documents = {sha for sha, _, _ in renamed}
    with (
        registered_keys(con, "_people_now", ids),
        registered_keys(con, "_people_rewritten", [row[0] for row in people]),
        registered_keys(con, "_relinked", documents or ()),
        registered_keys(con, "_renamed", renamed_documents),
    ):
        redone_only = "" if documents is None else " AND sha256 IN (SELECT k FROM _relinked)"
        con.execute(
            "DELETE FROM people WHERE person_id IN (SELECT k FROM _people_rewritten) "
            "OR person_id NOT IN (SELECT k FROM _people_now)"
        )
        write_rows(con, "people", _PEOPLE_COLUMNS, people)
        con.execute(f"DELETE FROM person_merges WHERE NOT undone{redone_only}")
        write_rows(con, "person_merges", _MERGE_COLUMNS, merge_rows)
        con.execute(f"UPDATE mentions SET person_id = NULL WHERE true{redone_only}")
        write_rows(con, "mentions", ("sha256", "role", "ordinal", "person_id"), assignments, keys=3)
        con.execute(
            "UPDATE person_merges SET person_id = m.person_id FROM mentions m WHERE NOT person_merges.undone "
            "AND m.sha256 = person_merges.sha256 AND m.role = person_merges.role "
            "AND m.ordinal = person_merges.ordinal AND person_merges.sha256 IN (SELECT k FROM _renamed)"
        )
        trips = (
            ""
            if documents is None
            else " AND (trip_id IN (SELECT k FROM _relinked) OR trip_id IN (SELECT k FROM _renamed))"
        )
        con.execute(f"UPDATE trip_members SET person_id = NULL WHERE true{trips}")
        con.execute(
            "UPDATE trip_members SET person_id = m.person_id FROM mentions m "
            f"WHERE m.sha256 = trip_members.trip_id AND m.role = 'member' AND m.ordinal = trip_members.ordinal{trips}"
        )
        _mark_key_leaders(con, key_titles, marked)
    return _people_counts(con)


def _people_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    row = con.execute(
        """SELECT (SELECT count(person_id) FROM mentions), (SELECT count(*) FROM people),
                  count(*) FILTER (WHERE NOT undone), count(*) FILTER (WHERE undone)
           FROM person_merges"""
    ).fetchone() or (0, 0, 0, 0)
    return dict(zip(("mentions", "people", "merges", "undone"), row, strict=True))


def _unchanged_start(
    mentions: list[Mention], previous: dict[MentionKey, str], changes: Changes | None
) -> tuple[list[Cluster], list[Mention]] | None:
    """The people the mentions before the first changed document formed, as the last linking left them, and the
    mentions from that document on; None when every mention must be resolved again (no changes given, or a
    mention before that point without a person: a linking that never finished)."""
    if changes is None:
        return None
    firsts = [(changes.order_dates.get(sha) or dt.date.max, sha) for sha in changes.changed]
    firsts += [(before.order_date or dt.date.max, sha) for sha, before in changes.before.items()]
    if not firsts:
        return None
    cut = min(firsts)
    people: dict[str, Cluster] = {}
    redo = []
    for mention in sorted(mentions, key=_order):
        if document_order(mention) >= cut:
            if _resolvable(mention):
                redo.append(mention)
            continue
        person = previous.get(mention.key)
        if person is None:
            if _resolvable(mention):
                return None
        elif person in people:
            people[person].add(mention)
        else:
            people[person] = Cluster([mention])
    return list(people.values()), redo


def _mark_key_leaders(
    con: duckdb.DuckDBPyConnection, key_titles: Sequence[str], documents: set[str] | None = None
) -> None:
    """trip_members.is_key_leader from the title the member held on that trip (of `documents`' trips, or all);
    each distinct title judged once."""
    with registered_keys(con, "_marked", documents or ()):
        where = "" if documents is None else " WHERE trip_id IN (SELECT k FROM _marked)"
        rows = con.execute(f"SELECT trip_id, ordinal, title FROM trip_members{where}").fetchall()
    judged = {title: is_key_leader(title, key_titles) for title in {title for _, _, title in rows}}
    marks = [(trip, ordinal, judged[title]) for trip, ordinal, title in rows]
    write_rows(con, "trip_members", ("trip_id", "ordinal", "is_key_leader"), marks, keys=2)


def unmerge(con: duckdb.DuckDBPyConnection, merge_id: str, settings: Settings) -> bool:
    """Undo one merge for good (this and every later run), then re-link people; False if no such merge."""
    found = con.execute("SELECT undone FROM person_merges WHERE merge_id = ?", [merge_id]).fetchone()
    if found is None:
        return False
    con.execute(
        "UPDATE person_merges SET undone = TRUE, undone_at = ? WHERE merge_id = ?", [dt.datetime.now(), merge_id]
    )
    link_people(con, settings)
    return True


# --- writing ------------------------------------------------------------------------------------------

_PEOPLE_COLUMNS = (
    "person_id", "name", "unit", "title", "is_key_leader", "aliases", "units", "mention_count", "first_seen",
    "last_seen",
)  # fmt: skip
_MERGE_COLUMNS = (
    "merge_id", "person_id", "sha256", "role", "ordinal", "score", "evidence", "undone", "created_at",
    "matched_sha256", "matched_role", "matched_ordinal", "undone_at",
)  # fmt: skip
_TYPES = {
    "ordinal": pa.int32(),
    "matched_ordinal": pa.int32(),
    "mention_count": pa.int32(),
    "score": pa.float64(),
    "link_score": pa.float64(),
    "is_key_leader": pa.bool_(),
    "undone": pa.bool_(),
    "first_seen": pa.date32(),
    "last_seen": pa.date32(),
    "created_at": pa.timestamp("us"),
    "undone_at": pa.timestamp("us"),
    "aliases": pa.list_(pa.string()),
    "units": pa.list_(pa.string()),
}


def write_rows(
    con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]], keys: int = 0
) -> None:
    """Insert rows into a linking table, or with `keys` update the rows those leading columns identify, through
    the store's Arrow writer (columns not in `_TYPES` are strings)."""
    if not rows:
        return
    data = arrow_table(columns, rows, {name: _TYPES.get(name, pa.string()) for name in columns})
    if keys:
        update_from(con, table, keys, columns, data)
    else:
        insert(con, table, columns, data)
