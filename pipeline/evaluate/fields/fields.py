"""Comparators of the header, citation, people and destination fields.

Rules: whitespace and Unicode normalised; names of bodies and titles case-folded (capitals in a
heading are presentation, not identity); dates as ISO; lists as sets; people and the signer by name +
title; citations by kind + number + date (a law cited by name: kind + name, its spaces ignored);
destinations by ISO code.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable

from extractors.normalize import TONE_MARKS, place_tone_marks
from extractors.places import code_of
from pipeline.evaluate.scoring import Record, norm, register_field


def _scalar(record: Record, key: str, casefold: bool = False) -> set[Hashable]:
    value = record.get(key)
    return {norm(value, casefold)} if value not in (None, "") else set()


def _scalar_field(key: str, casefold: bool = False) -> None:
    def compare(record: Record) -> set[Hashable]:
        return _scalar(record, key, casefold)

    register_field(key)(compare)


for _key in ("doc_type", "number", "symbol", "place", "issue_date", "subject"):
    _scalar_field(_key)
for _key in ("issuer", "parent_issuer"):
    _scalar_field(_key, casefold=True)


@register_field("signer")
def signer(record: Record) -> set[Hashable]:
    value = record.get("signer") or {}
    if not value.get("name"):
        return set()
    return {(norm(value["name"]), norm(value.get("title") or "", casefold=True))}


@register_field("signer_mode")
def signer_mode(record: Record) -> set[Hashable]:
    value = record.get("signer") or {}
    return {value["mode"]} if value.get("mode") else set()


@register_field("recipients")
def recipients(record: Record) -> set[Hashable]:
    return {norm(item, casefold=True) for item in record.get("recipients") or []}


_TELEX = dict(zip(TONE_MARKS, "fsxrj", strict=True))
"""Each tone mark by its Telex key, so a mistake list prints the marks readably."""


def _law_name(text: str) -> str:
    """A law's name without the year or date it is cited with (also glued on by a web copy: "… nhân dânngày
    26 tháng 11"), keyed by its letters and, apart, its tone marks in order. A web copy glues words across its
    line joins ("Hội đồngnhân dân", "phápluật", "nhân dân,Ủy ban") and the label keeps the copy's text, so
    whitespace is no part of the name; a tone mark written on the other vowel of its syllable ("uỷban",
    "Cộng hoà") keeps its place in the order of the marks, so both placements give one key, glued or not."""
    text = re.sub(r"(?:\s+|(?<=[^\W\d_]))(?:năm\s+\d{4}|ngày\s+\d.*)$", "", norm(text))
    decomposed = unicodedata.normalize("NFD", re.sub(r"\s+", "", text).casefold())
    letters = "".join(char for char in decomposed if char not in TONE_MARKS)
    tones = "".join(_TELEX[char] for char in decomposed if char in TONE_MARKS)
    return f"{unicodedata.normalize('NFC', letters)}|{tones}"


@register_field("citations")
def citations(record: Record) -> set[Hashable]:
    items: set[Hashable] = set()
    for citation in record.get("citations") or []:
        if citation.get("number"):
            items.add((citation.get("kind"), norm(citation["number"]), citation.get("date")))
        else:
            items.add((citation.get("kind"), _law_name(citation.get("text") or ""), citation.get("date")))
    return items


@register_field("people")
def people(record: Record) -> set[Hashable]:
    """(name, title) of each person; a name in one tone-mark placement ("Thuỷ" = "Thủy": one name)."""
    return {
        (place_tone_marks(norm(person["name"])), norm(person.get("title") or "", casefold=True))
        for person in record.get("people") or []
        if person.get("name")
    }


@register_field("destinations")
def destinations(record: Record) -> set[Hashable]:
    codes = record.get("destination_codes") or []
    if codes:
        return set(codes)
    return {code_of(name) or norm(name) for name in record.get("destinations") or []}
