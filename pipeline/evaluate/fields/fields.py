"""Comparators of the header, citation, people and destination fields.

Rules: whitespace and Unicode normalised; names of bodies and titles case-folded (capitals in a
heading are presentation, not identity; so is the glyph of a dash in a body's name, and "TP." for "thành phố");
dates as ISO; lists as
sets; people and the signer by name +
title; citations by kind + number + date (a law cited by name: kind + name); destinations by ISO code.
Names of people and laws are compared by their spelling (`_spelling_key`: letters and tone marks, case and
whitespace ignored) and numbers without whitespace: the corpus of real texts keeps a copy's glued words and
stray spaces in its labels ("NguyễnVăn Thuận", "2917 /SGDĐT-VP"), which say nothing of what was extracted.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable

from extractors.normalize import TONE_MARKS, place_tone_marks
from extractors.places import code_of
from pipeline.evaluate.scoring import Record, norm, register_field


def _number(value: str) -> str:
    """A document's number without whitespace: a copy's stray space ("2917 /SGDĐT-VP") is no part of it."""
    return "".join(norm(value).split())


_NUMBERS = ("number", "symbol")
"""Compared without whitespace (`_number`)."""


def _scalar(record: Record, key: str, casefold: bool = False) -> set[Hashable]:
    value = record.get(key)
    if value in (None, ""):
        return set()
    return {_number(value) if key in _NUMBERS else norm(value, casefold)}


def _scalar_field(key: str, casefold: bool = False) -> None:
    def compare(record: Record) -> set[Hashable]:
        return _scalar(record, key, casefold)

    register_field(key)(compare)


for _key in ("doc_type", "number", "symbol", "place", "issue_date", "subject"):
    _scalar_field(_key)
_DASHES = str.maketrans({"–": "-", "—": "-"})
"""A body's name printed with an en or em dash is the same name ("Tiểu ban Thi đua – Khen thưởng"): the dash's
glyph, like the heading's capitals, is presentation (rt-447's label writes the printed "–" as "-")."""


_CITY = re.compile(r"(?<![^\W\d_])tp(?:\.[ \t]*|[ \t]+)(?=[^\W\d_])")
""""TP." / "TP" before a city's name, the abbreviation of "thành phố" every office prints in its headers ("BẢO HIỂM XÃ
HỘI / TP.HỒ CHÍ MINH", "CỤC THUẾ TP HÀ NỘI"): the same name as written out, so a label may keep the body's running
form ("Bảo hiểm xã hội Thành phố Hồ Chí Minh", rt-673) or its header's (rt-679) and the header's print is not a
mistake (folded after case-folding)."""


def _body_field(key: str) -> None:
    def compare(record: Record) -> set[Hashable]:
        return {
            _CITY.sub("thành phố ", name.translate(_DASHES))
            for name in _scalar(record, key, casefold=True)
            if isinstance(name, str)
        }

    register_field(key)(compare)


for _key in ("issuer", "parent_issuer"):
    _body_field(_key)


def _title(value: str | None) -> str:
    """A person's title case-folded, its tone marks placed the one way congvan writes them ("Uỷ viên" = "Ủy
    viên", "Thuỷ" = "Thủy"): the extractor reads a normalised text (`extractors.normalize.place_tone_marks`) while
    a label keeps the copy's old placement, and where a mark sits is spelling, not another office."""
    return place_tone_marks(norm(value or "", casefold=True))


@register_field("signer")
def signer(record: Record) -> set[Hashable]:
    value = record.get("signer") or {}
    if not value.get("name"):
        return set()
    return {(_spelling_key(value["name"]), _title(value.get("title")))}


@register_field("signer_mode")
def signer_mode(record: Record) -> set[Hashable]:
    value = record.get("signer") or {}
    return {value["mode"]} if value.get("mode") else set()


@register_field("recipients")
def recipients(record: Record) -> set[Hashable]:
    return {norm(item, casefold=True) for item in record.get("recipients") or []}


_TELEX = dict(zip(TONE_MARKS, "fsxrj", strict=True))
"""Each tone mark by its Telex key, so a mistake list prints the marks readably."""


def _spelling_key(text: str) -> str:
    """A name's letters, case-folded and without whitespace, and apart its tone marks in order. A web copy glues
    words across its line joins ("Hội đồngnhân dân", "NguyễnVăn Thuận") and the label keeps the copy's text, so
    whitespace is no part of a name; a tone mark written on the other vowel of its syllable ("uỷban", "Cộng hoà",
    "Thuỷ") keeps its place in the order of the marks, so both placements give one key, glued or not."""
    decomposed = unicodedata.normalize("NFD", "".join(norm(text).split()).casefold())
    letters = "".join(char for char in decomposed if char not in TONE_MARKS)
    tones = "".join(_TELEX[char] for char in decomposed if char in TONE_MARKS)
    return f"{unicodedata.normalize('NFC', letters)}|{tones}"


_PASSED_RE = re.compile(r"\s+(?:đã\s+)?được\s+quốc\s+hội(?:\s+\S+){0,8}?\s+thông\s+qua$", re.IGNORECASE)
"""The clause that dates a law by its passing ("… đã được Quốc hội thông qua ngày 30 tháng 6 năm 1983"): the
date's, no word of the law's name."""


def _law_name(text: str) -> str:
    """A law's name without the year or date it is cited with (also glued on by a web copy: "… nhân dânngày
    26 tháng 11"), or the clause of its passing before that date, by its spelling key."""
    name = re.sub(r"(?:\s+|(?<=[^\W\d_]))(?:năm\s+\d{4}|ngày\s+\d.*)$", "", norm(text))
    return _spelling_key(_PASSED_RE.sub("", name))


@register_field("citations")
def citations(record: Record) -> set[Hashable]:
    items: set[Hashable] = set()
    for citation in record.get("citations") or []:
        if citation.get("number"):
            items.add((citation.get("kind"), _number(citation["number"]), citation.get("date")))
        else:
            items.add((citation.get("kind"), _law_name(citation.get("text") or ""), citation.get("date")))
    return items


@register_field("people")
def people(record: Record) -> set[Hashable]:
    """(name, title) of each person; a name by its spelling key ("Thuỷ" = "Thủy", "NguyễnVăn" = "Nguyễn Văn"), a
    title with its tone marks placed one way (`_title`)."""
    return {
        (_spelling_key(person["name"]), _title(person.get("title")))
        for person in record.get("people") or []
        if person.get("name")
    }


@register_field("destinations")
def destinations(record: Record) -> set[Hashable]:
    codes = record.get("destination_codes") or []
    if codes:
        return set(codes)
    return {code_of(name) or norm(name) for name in record.get("destinations") or []}
