"""Comparators of the header, citation, people and destination fields.

Rules: whitespace and Unicode normalised; names of bodies and titles case-folded (capitals in a
heading are presentation, not identity); dates as ISO; lists as sets; people and the signer by name +
title; citations by kind + number + date (a law cited by name: kind + name); destinations by ISO code.
"""

from __future__ import annotations

import re
from collections.abc import Hashable

from extractors.normalize import place_tone_marks
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


def _law_name(text: str) -> str:
    """A law's name without the year or date it is cited with (also glued on by a web copy: "… nhân dânngày
    26 tháng 11"), with a space after each comma, in one tone-mark convention ("Cộng hoà" and "Cộng hòa" are one
    spelling of one name: a known title is written in the new placement)."""
    text = re.sub(r"(?:\s+|(?<=[^\W\d_]))(?:năm\s+\d{4}|ngày\s+\d.*)$", "", place_tone_marks(norm(text)))
    text = re.sub(r",(?=[^\W\d_])", ", ", text)  # "nhân dân,Ủy ban": a comma a copy glued to the next word
    return text.casefold()


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
