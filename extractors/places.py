"""Destinations: foreign countries named in a document, each normalised to one Vietnamese name and its
ISO 3166-1 alpha-2 code.

Names come from CLDR's Vietnamese territory names (through babel) plus `data/country_aliases.json`, which
holds the official spellings CLDR lacks ("Xinh-ga-po", "Liên bang Nga", "Ô-xtrây-li-a", "CHDCND Lào"),
the preferred name per code, and a few foreign cities. Vietnam itself is never a destination, and a name
glued to another capitalised word is part of a Vietnamese place or a person ("Lào Cai", "Quảng Nam",
"Nguyễn Duy Anh"), not a country. Multi-syllable names also match without diacritics ("Nhat Ban"), so
OCR tone-mark loss does not lose them; one-syllable names must match exactly ("Lao động" is not Laos).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from extractors.vntext import fold
from schemas.document import Document

_DATA = Path(__file__).parent / "data" / "country_aliases.json"
_HOME = "VN"
_PREFIX_WORDS = {"nước", "Vương", "quốc", "Cộng", "hòa", "bang", "Liên", "tại", "sang", "và", "với"}
_NOT_AFTER = {"tiếng"}
_COMMON_FOLLOWERS = {"luật", "lý", "lệnh", "chế", "thuật", "phẩm", "em", "chị", "ấy", "kiến", "hùng", "văn", "ngữ"}


@dataclass(frozen=True)
class Destination:
    name: str
    code: str
    start: int
    end: int


@cache
def gazetteer() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(name → code for every spelling, code → preferred name, city → code), built once."""
    import babel

    data = json.loads(_DATA.read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    preferred: dict[str, str] = {}
    for code, name in babel.Locale("vi").territories.items():
        if len(code) != 2 or not code.isalpha() or code == _HOME or code in ("EU", "EZ", "UN", "ZZ", "QO"):
            continue
        clean = re.sub(r"\s*\(.*\)$", "", name).split(",")[0].strip()
        names.setdefault(clean, code)
        preferred[code] = clean
    names.update(data["aliases"])
    for code, name in data["preferred"].items():
        preferred[code] = name
        names.setdefault(name, code)
    return names, preferred, dict(data["cities"])


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    names, _, _ = gazetteer()
    ordered = sorted(names, key=len, reverse=True)
    exact = re.compile(r"(?<![^\W\d_])(" + "|".join(re.escape(n) for n in ordered) + r")(?![^\W\d_])")
    multi = {fold(n): names[n] for n in ordered if " " in n or "-" in n}
    folded = re.compile(
        r"(?<![a-z])(" + "|".join(re.escape(n) for n in sorted(multi, key=len, reverse=True)) + r")(?![a-z])"
    )
    return exact, folded, multi


def code_of(name: str) -> str | None:
    """The ISO code of a country name or alias (exact, then without diacritics), or None."""
    names = gazetteer()[0]
    if name in names:
        return names[name]
    by_fold = {fold(n): c for n, c in names.items()}
    return by_fold.get(fold(name.strip()))


def _word_before(text: str, start: int) -> str:
    match = re.search(r"(\S+)\s*$", text[max(0, start - 30) : start])
    return match.group(1) if match else ""


def _word_after(text: str, end: int) -> str:
    match = re.match(r"[ \t]*(\S+)", text[end : end + 30])
    return match.group(1) if match else ""


def _accept(text: str, start: int, end: int, name: str) -> bool:
    before = _word_before(text, start)
    before = "" if before[-1:] in ',.;:()"“”' else before  # punctuation separates: not one name
    after = _word_after(text, end).rstrip(',.;:()"“”')
    if before in _NOT_AFTER:
        return False
    if before[:1].isupper() and before.isalpha() and before not in _PREFIX_WORDS and not _sentence_start(text, start):
        return False
    if after[:1].isupper() and after.isalpha():
        return False
    return not (" " not in name and "-" not in name and after in _COMMON_FOLLOWERS)


def _sentence_start(text: str, start: int) -> bool:
    prefix = text[max(0, start - 40) : start].rstrip()
    prefix = re.sub(r"\S+$", "", prefix).rstrip()
    return not prefix or prefix[-1] in ".:;\n!?"


def find_destinations(text: str) -> list[Destination]:
    """Every foreign country named in `text`, once per code, in order of first mention."""
    exact, folded_re, multi = _patterns()
    names, preferred, _ = gazetteer()
    hits: list[tuple[int, int, str]] = []
    for match in exact.finditer(text):
        if _accept(text, match.start(), match.end(), match.group()):
            hits.append((match.start(), match.end(), names[match.group()]))
    taken = [(s, e) for s, e, _ in hits]
    for match in folded_re.finditer(fold(text)):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        original = text[match.start() : match.end()]
        if original[:1].isupper() and _accept(text, match.start(), match.end(), original):
            hits.append((match.start(), match.end(), multi[match.group()]))
    seen: set[str] = set()
    result = []
    for start, end, code in sorted(hits):
        if code not in seen:
            seen.add(code)
            result.append(Destination(preferred.get(code, code), code, start, end))
    return result


def extract_destinations(document: Document) -> Document:
    """Registered field extractor: destinations and their codes, in order of first mention."""
    found = find_destinations(document.text)
    return document.model_copy(
        update={"destinations": [d.name for d in found], "destination_codes": [d.code for d in found]}
    )


def find_cities(text: str) -> list[tuple[str, str]]:
    """Foreign cities named in `text` with their country code, once each, in order (for trip details)."""
    _, _, cities = gazetteer()
    found: list[tuple[int, str, str]] = []
    for city, code in cities.items():
        for match in re.finditer(rf"(?<![^\W\d_]){re.escape(city)}(?![^\W\d_])", text):
            found.append((match.start(), city, code))
            break
    return [(city, code) for _, city, code in sorted(found)]
