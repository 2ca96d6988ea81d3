"""Destinations: the foreign places a delegation goes to, each with its country (ISO 3166-1 alpha-2) and
level (country, region, city), and the countries named in a text.

Names come from CLDR's Vietnamese territory names (through babel) plus `data/country_aliases.json`, which
holds the official spellings CLDR lacks ("Xinh-ga-po", "Liên bang Nga", "Ô-xtrây-li-a", "CHDCND Lào"),
the preferred name per code. Vietnam itself is never a destination, and a name
glued to another capitalised word is part of a Vietnamese place or a person ("Lào Cai", "Quảng Nam",
"Nguyễn Duy Anh"), not a country. Multi-syllable names also match without diacritics ("Nhat Ban"), so
OCR tone-mark loss does not lose them; one-syllable names must match exactly ("Lao động" is not Laos).
Places below a country come from `extractors.gazetteer` ("Viêng Chăn", "tỉnh Vân Nam", "Geneva", "Jeonbuk").

A named place is a destination when its sentence says the delegation goes there: the words just before it
(past "tỉnh", "thành phố", "nước", ...) are "tại", "ở", "đến", "sang", "đi", "thăm", "công tác", "làm việc
với", and the sentence speaks of travel; or it continues such a list ("tại Hà Lan, Italia, Đức và Bỉ",
"tỉnh Vân Nam (Trung Quốc)"). A country named in passing ("hợp tác với Lào và Campuchia") is not one.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise, takewhile
from pathlib import Path

from extractors.alternation import alternation
from extractors.first_chars import compile_led
from extractors.gazetteer import (
    TRANSLITERATED,
    GazetteerPlace,
    is_vietnamese_place,
    loose_key,
    namesakes,
    place_key,
    same_place,
    transliterated_places,
)
from extractors.gazetteer import places as gazetteer_places
from extractors.names import name_list
from extractors.normalize import TONE_MARKS
from extractors.paragraphs import unwrap_lines
from extractors.transit import without_transit
from extractors.vntext import LOWER, UPPER, blanked, fold, is_syllable, line_bounds, squash
from schemas.document import Document, Place, PlaceLevel, Span

_DATA = Path(__file__).parent / "data" / "country_aliases.json"
_HOME = "VN"
_PREFIX_WORDS = {
    "nước",
    "Vương",
    "quốc",
    "Cộng",
    "hòa",
    "bang",
    "Liên",
    "tại",
    "sang",
    "và",
    "với",
    "Bắc",
    "Nam",
    "Đông",
    "Tây",
    "Trung",  # "các tỉnh … thuộc Trung Lào": a part of the country
    "CH",  # a state form in short: "CH Séc", "CHLB Đức", "LB Nga", "CHDCND Lào"
    "CHLB",
    "CHND",
    "CHDCND",
    "LB",
}
_NOT_AFTER = {"tiếng"}
_COMPASS = {"Bắc", "Nam", "Đông", "Tây", "Trung"}
_CONTINENT_TOO = {"Mỹ"}
"""A country's name that is a continent's after a compass word ("Mỹ": Nam Mỹ, Bắc Mỹ, Trung Mỹ are parts of the
Americas); after it any other country is a part of that country ("Trung Lào", "Bắc Lào")."""
_UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
_COMMON_FOLLOWERS = {"luật", "lý", "lệnh", "chế", "thuật", "phẩm", "em", "chị", "ấy", "kiến", "hùng", "văn", "ngữ"}


@dataclass(frozen=True)
class Destination:
    name: str
    code: str
    start: int
    end: int


@cache
def gazetteer() -> tuple[dict[str, str], dict[str, str]]:
    """(name → code for every spelling, code → preferred name), built once."""
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
    for code, name in babel.Locale("en").territories.items():  # the press prints "Ukraine", "Finland" as well
        if len(code) == 2 and code.isalpha() and code in preferred:
            names.setdefault(re.sub(r"\s*\(.*\)$", "", name).split(",")[0].strip(), code)
    names.update(data["aliases"])
    for code, name in data["preferred"].items():
        preferred[code] = name
        names.setdefault(name, code)
    return names, preferred


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    names, _ = gazetteer()
    ordered = sorted(names, key=len, reverse=True)
    exact = compile_led(r"(?<![^\W\d_])(" + alternation([re.escape(n) for n in ordered]) + r")(?![^\W\d_])")
    multi = {_spacing(fold(n)): names[n] for n in ordered if " " in n or "-" in n}
    alternatives = [re.escape(n).replace(r"\ ", "[ -]") for n in sorted(multi, key=len, reverse=True)]
    folded = compile_led(r"(?<![a-z])(" + alternation(alternatives) + r")(?![a-z])")
    return exact, folded, multi


@cache
def _glued_pattern() -> re.Pattern[str]:
    """The folded names of several words with each space optional: a web copy glues words ("Nhân dânTrung
    hoa"); `_country_mentions` keeps only matches whose missing spaces fall where a capital follows a small
    letter (`_GLUE`)."""
    multi = _patterns()[2]
    alternatives = [re.escape(n).replace(r"\ ", "[ -]?") for n in sorted(multi, key=len, reverse=True)]
    return compile_led(r"(?<![a-z])(" + alternation(alternatives) + r")(?![a-z])")


_GLUE = compile_led(rf"(?<=[^\W\d_])(?<![{_UPPER}])(?=[{_UPPER}])")
"""A capital right after a small letter: where a web copy lost the space between two words."""


def _spacing(name: str) -> str:
    """A name's syllables joined by spaces: a transliteration is printed with hyphens or spaces ("Cu-ba",
    "Cu Ba"), and either matches every spelling of the other kind."""
    return name.replace("-", " ")


_STATE_FORM_START = re.compile(
    r"^(?:Cộng hòa|Cộng hoà|Vương quốc|Liên bang|Đại Công quốc|Công quốc|Nhà nước)\s+(?=\S)", re.IGNORECASE
)


def code_of(name: str) -> str | None:
    """The ISO code of a country name or alias (exact, then without diacritics), or None; a state form before a
    country's name in any case is the country too ("Vương Quốc Hà Lan")."""
    names = gazetteer()[0]
    if name in names:
        return names[name]
    code = _codes_by_fold().get(fold(name.strip()))
    form = _STATE_FORM_START.match(name.strip()) if code is None else None
    return code_of(name.strip()[form.end() :]) if form else code


@cache
def _codes_by_fold() -> dict[str, str]:
    return {fold(n): c for n, c in gazetteer()[0].items()}


def _word_before(text: str, start: int) -> str:
    match = re.search(r"(\S+)\s*$", text[max(0, start - 30) : start])
    return match.group(1) if match else ""


def _word_after(text: str, end: int) -> str:
    match = re.match(r"[ \t]*(\S+)", text[end : end + 30])
    return match.group(1) if match else ""


def _accept(text: str, start: int, end: int, name: str) -> bool:
    if _SYLLABLE_GOES_ON.match(text, end):
        return False  # "Ca-na-da-oa" (Kanazawa): a longer transliterated name that starts like a country's
    before = _word_before(text, start)
    before = "" if before[-1:] in ',.;:()"“”' else before  # punctuation separates: not one name
    after = "".join(takewhile(str.isalpha, _word_after(text, end)))  # "Mỹ Đình./.": the marks after it are no word's
    if before in _NOT_AFTER or (before in _COMPASS and name in _CONTINENT_TOO):
        return False  # "Nam Mỹ", "Trung Mỹ": a part of the Americas, no country
    shouted = name.isupper()  # a headline in capitals: every word is capitalised, so a capital tells nothing
    capital_before = before[:1].isupper() and before.isalpha() and not (shouted and before.isupper())
    if capital_before and before not in _PREFIX_WORDS and not _sentence_start(text, start):
        return False
    if after[:1].isupper() and after.isalpha() and not (shouted and after.isupper()):
        return False
    if " " not in name and "-" not in name and _unmarked_line(text, start):
        return False  # "… chinh thuc Lao - Anh 1": "Ảnh" (a photo) without its marks, not "Anh" (the UK)
    return not (" " not in name and "-" not in name and after in _COMMON_FOLLOWERS)


_SYLLABLE_GOES_ON = re.compile(rf"-(?![{_UPPER}])[^\W\d_]")
"""A hyphen and a small letter right after a name: the transliteration goes on ("Ca-na-da-oa", "Pa-na-ma-ri-bô"),
so the name is not the country's. A capital after a hyphen starts another name ("Lào-Campuchia")."""


def _unmarked_line(text: str, at: int) -> bool:
    """Whether the line around `at` is Vietnamese typed without any diacritics (four words or more): there a
    one-syllable country name cannot be told from another word ("Anh", "Lao", "Nga")."""
    begin, end = line_bounds(text, at)
    line = text[begin:end]
    return line.isascii() and len(line.split()) >= 4


_BULLET = re.compile(r"(?:^|\n)[ \t]*[-*•+–]$")
"""A list item's mark at a line's start ("* Tại Phần Lan: …"): the item's first word starts a sentence."""


_TITLE_DOT = re.compile(r"(?:^|[\s(])(?:(?:p?gs|tskh|ts|ths|bs|ds|ks|cn)\.)+$")
"""A degree's dotted abbreviation at a text's end, folded ("PGS.TS.", "ThS.", "GS.TSKH."): a name follows it, no
sentence ends at its dot ("do PGS.TS. Nguyễn Đức" where a scan cut the name: "Đức" is his, not Germany)."""


def _sentence_start(text: str, start: int) -> bool:
    prefix = text[max(0, start - 40) : start].rstrip()
    prefix = re.sub(r"\S+$", "", prefix).rstrip()
    if _TITLE_DOT.search(fold(prefix).lower()):
        return False
    return not prefix or prefix[-1] in ".:;\n!?" or _BULLET.search(prefix) is not None


_SPECK_IN_WORD = compile_led(r"(?<=[^\W\d_])[.,:;](?=[^\W\d_])")
"""A ".", ",", ":" or ";" between two letters: on a scan, a speck read inside a word ("Thái L.an", "Vương quốc Hà
L:an") when a small letter follows (not "TP.HCM")."""


_REACH = 40
"""Characters read on either side of a speck: more than the longest country name with its state form."""


def _speckled_mentions(text: str, hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Countries a scan's speck split ("Vương quốc Thái L.an"): read with the specks taken out, each span mapped
    back to `text`, kept when it holds a speck and no other mention overlaps it."""
    found: list[tuple[int, int, str]] = []
    for speck in _SPECK_IN_WORD.finditer(text):
        if not text[speck.end()].islower():
            continue
        kept = [
            i for i in range(max(0, speck.start() - _REACH), min(len(text), speck.end() + _REACH)) if i != speck.start()
        ]
        for mention in _country_mentions("".join(text[i] for i in kept), specks=False):
            start, end = kept[mention.start], kept[mention.end - 1] + 1
            if start < speck.start() < end and not any(s < end and start < e for s, e, _ in [*hits, *found]):
                found.append((start, end, mention.code))
    return found


def _country_mentions(text: str, folded: str | None = None, *, specks: bool = True) -> list[Destination]:
    """Every mention of a foreign country in `text`, in order (repeats kept); `folded`: its fold, if known;
    `specks`: also names a scan's speck split (`_speckled_mentions`)."""
    exact, folded_re, multi = _patterns()
    names, preferred = gazetteer()
    hits: list[tuple[int, int, str]] = []
    for match in exact.finditer(text):
        if _accept(text, match.start(), match.end(), match.group()):
            hits.append((match.start(), match.end(), names[match.group()]))
    for match in folded_re.finditer(folded if folded is not None else fold(text)):
        start, end = match.span()
        overlapping = [hit for hit in hits if hit[0] < end and start < hit[1]]
        if any(not (start <= s and e <= end) or e - s == end - start for s, e, _ in overlapping):
            continue  # an exact match as long, or not inside, stands; "Trung Hoa" in a longer name does not
        original = text[start:end]
        if original[:1].isupper() and _accept(text, start, end, original):
            hits = [hit for hit in hits if hit not in overlapping] + [(start, end, multi[_spacing(match.group())])]
    if _GLUE.search(text):
        for match in _glued_pattern().finditer(folded if folded is not None else fold(text)):
            start, end = match.span()
            original = text[start:end]
            key = _spacing(fold(_GLUE.sub(" ", original)))
            if any(s < end and start < e for s, e, _ in hits) or not _GLUE.search(original) or key not in multi:
                continue  # "Nhân dânTrung hoa": the space lost before a capital, and only there
            if original[:1].isupper() and _accept(text, start, end, original):
                hits.append((start, end, multi[key]))
    if specks:
        hits += _speckled_mentions(text, hits)
    ordered = sorted(hits)
    return [
        Destination(preferred.get(code, code), code, _with_state_form(text, start), end)
        for i, (start, end, code) in enumerate(ordered)
        if not (code == "CN" and i and _of_territory(text, ordered[i - 1], end))
    ]


def _of_territory(text: str, previous: tuple[int, int, str], end: int) -> bool:
    """Whether a "Trung Quốc" ending at `end` is the bracket right after a territory's name (`previous`)."""
    return previous[2] in _TERRITORIES and _TERRITORY_OF.match(text, previous[1], end + 2) is not None


_TERRITORIES = frozenset({"TW", "HK", "MO"})
_TERRITORY_OF = re.compile(r"[ \t]*\([ \t]*Trung Quốc[ \t]*\)", re.IGNORECASE)
"""How Vietnamese names a territory of China ("Đài Loan (Trung Quốc)", "Hồng Kông (Trung Quốc)"): one place,
the bracketed "Trung Quốc" no second country a trip goes to."""


_STATE_FORM_END = compile_led(
    r"(?:(?:Cộng hòa|Cộng hoà)"
    r"(?: Dân chủ Nhân dân| Nhân dân| Liên bang| Xã hội chủ nghĩa| Hồi giáo| Dân chủ| Thống nhất)?|"
    r"Vương quốc|Liên bang|Đại Công quốc|Công quốc|Nhà nước|(?-i:CHLB|CHDCND|CHND|CH|LB)) $",
    re.IGNORECASE,
)
"""A state's form printed before its name, in full or short in capitals ("Cộng hòa Cu-ba", "Vương quốc
Campuchia", "CH Séc", "CHLB Đức", "LB Nga", "Cộng hòa Thống nhất Tanzania"): part of the name."""


def _with_state_form(text: str, start: int) -> int:
    """Where a country's name starts when its state form is printed right before it; "Nhà nước" after "cấp" is the
    visit's level ("chuyến thăm cấp Nhà nước Vương quốc Campuchia"), not the state's form."""
    form = _STATE_FORM_END.search(text, max(0, start - 40), start)
    if form and _VISIT_LEVEL.match(text, max(0, form.start() - 4), form.end()):
        return start
    return form.start() if form else start


_VISIT_LEVEL = re.compile(r"(?i:cấp) (?i:nhà nước) $")


def find_destinations(text: str) -> list[Destination]:
    """Every foreign country named in `text`, once per code, in order of first mention."""
    seen: set[str] = set()
    result = []
    for mention in _country_mentions(text):
        if mention.code not in seen:
            seen.add(mention.code)
            result.append(mention)
    return result


_WORD = rf"[{_UPPER}][^\W\d_]*(?:-[^\W\d_]+| - (?![{_UPPER}])[^\W\d_]+|[’'](?!s(?![^\W\d_]))[^\W\d_]+)*"
"""A capitalised word, with the syllables a hyphen joins to it, spaced too before a small letter ("King - xtơn"), or
an apostrophe inside it ("Tbong Kh’mum", as also printed "Tbong Khmum"; not an English possessive's "’s")."""
_RUN_RE = compile_led(rf"(?<![{_UPPER}])(?:S[tT]\. ?)?{_WORD}(?: (?:D\.\s?C\.?|{_WORD}))*")
"""Capitalised words in a row; a run may start glued to a lower-case word ("tạiWashington D.C"), or with a
saint's abbreviation ("St. Petersburg", "ST. LOUIS")."""
_PARTICLES = r"(?:de|do|da|dos|das|del|della|di|du|des|es|el|la|al|am|an|der|den|of|upon|sur|en|y)"
_PARTICLE_RUN_RE = re.compile(rf"(?<![{_UPPER}]){_WORD}(?: (?:{_WORD}|{_PARTICLES}(?= {_WORD})))*")
"""Capitalised words with small words between them, as foreign place names have them ("Rio de Janeiro", "Dar es
Salaam", "Rio Grande do Sul", "Frankfurt am Main"): read only as a whole name the gazetteer knows."""
_LONGEST_NAME = 5
_WORD_SPAN = re.compile(r"\S+")
_NOT_KEY = re.compile(r"[^a-z]+")


def _word_key(folded: str, start: int, end: int) -> str:
    """`place_key` of the text's word at `start:end`, read from the text's fold: its letters a-z. A word of plain
    small letters, as most are, is its own key: no substitution to run for it."""
    word = folded[start:end]
    return word if word.isascii() and word.isalpha() and word.islower() else _NOT_KEY.sub("", word)


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    name: str
    country: str
    level: PlaceLevel
    ambiguous: bool = False
    short: bool = False  # an abbreviation the text defined for the place ("Alberta (AB)" … "tỉnh bang AB")


_DEFINED_SHORT = re.compile(r"[ \t]*\((?P<short>[A-Z]{2,5})\)")


def _short_mentions(text: str, places: list[_Mention]) -> list[_Mention]:
    """Later mentions of a place by the abbreviation the text defines in brackets after its name: "tỉnh bang
    Alberta (AB), Canada … đã thăm chính thức tỉnh bang AB" visits Alberta."""
    found: list[_Mention] = []
    for place in places:
        defined = _DEFINED_SHORT.match(text, place.end)
        if defined is None:
            continue
        for use in re.finditer(rf"(?<![^\W\d_]){defined['short']}(?![^\W\d_])", text):
            if use.start() == defined.start("short"):
                continue  # the definition itself
            found.append(replace(place, start=use.start(), end=use.end(), short=True))
    return found


def _gazetteer_mentions(text: str, folded: str, taken: list[tuple[int, int]]) -> list[_Mention]:
    """Foreign regions and cities: the longest run of capitalised words the gazetteer knows, left to right.

    A single word with Vietnamese diacritics counts only when the data file names it: the gazetteers'
    alternate names include Vietnamese syllables ("Liên" is a Chinese town) that start Vietnamese phrases; a word
    with marks that is no Vietnamese syllable ("Wrocław", "Dolnośląskie") is a foreign name as printed."""
    found = _particle_names(text, folded, taken)
    found += _lower_tail_names(text, folded, [*taken, *((m.start, m.end) for m in found)])
    found += _lower_head_names(text, folded, [*taken, *((m.start, m.end) for m in found)])
    taken = [*taken, *((m.start, m.end) for m in found)]
    index = gazetteer_places()
    for run in _RUN_RE.finditer(text):
        words = list(_WORD_SPAN.finditer(run.group()))
        at = run.start()
        keys = [_word_key(folded, at + word.start(), at + word.end()) for word in words]
        i = 0
        while i < len(words):
            for j in range(min(len(words), i + _LONGEST_NAME), i, -1):
                if not keys[j - 1]:
                    continue  # "Melbourne - đó là": a dash ends no name
                key = "".join(keys[i:j])
                entry = index.get(key)
                if entry is None and (j - i > 1 or "-" in words[i].group()):  # Lao names: several syllables
                    entry = transliterated_places().get(loose_key(key))
                if entry is None:
                    continue
                start, end = run.start() + words[i].start(), run.start() + words[j - 1].end()
                if any(s < end and start < e for s, e in taken):
                    continue
                if any(is_vietnamese_place(text[at + words[k].start() : end]) for k in range(i)):
                    continue  # the end of a Vietnamese place's name: "Trang" (a Thai province) in "Nha Trang"
                name = text[start:end].rstrip(".") if j - i == 1 else text[start:end]
                place = GazetteerPlace(*entry)
                if _other_tones(name, place):
                    continue  # "Quỹ Châu Á" (a fund) is no "Quý Châu"
                if j - i == 1 and not place.curated and i > 0 and j < len(words) and not _place_beside(keys, i, j):
                    continue  # inside a run of unknown names: a person's ("Nesterov Ivan Sergeevich"), not Iran's Ivan
                if j - i == 1 and not place.curated and i > 0 and _transliterated_pair(words[i - 1], words[i], keys, i):
                    continue  # "Karlovy Vary (Ca-lô-vi Va-ri)": the end of a longer transliteration, not Greece's Vari
                if j - i > 1 or place.curated or name.isascii() or not is_syllable(name):
                    found.append(_Mention(start, end, name, place.country, PlaceLevel(place.level), place.ambiguous))
                    i = j - 1
                    break
            i += 1
    return found


_COME_TO = r"(?:den|toi)(?!\s+tu\s)"
"""The cue "đến"/"tới", not in "đến từ" (come from: "doanh nghiệp đến từ bang Kerala (Ấn Độ)" came from India)."""


_BY_EAR = TRANSLITERATED | {"TH", "MM"}
"""Countries whose places Vietnamese spells by ear, with tones varying from text to text ("Khăm Muồn", "Khăm
Muộn"; "Chiềng Mai", "Chiêng Mai")."""


_CAME_FROM = re.compile(
    r"\b(?:den|toi)\s+tu\b(?:(?!\b(?:sang|tham|di|den|toi|ve|xuat\s+canh|cong\s+tac|lam\s+viec)\b)[^.;!?\n])*$"
)
"""People who come from somewhere, no other word of going after it: "các nhà quản lý đến từ các trường THPT X, Y
tại Phần Lan" names where they work."""


def _tones(word: str) -> str:
    return "".join(mark for mark in unicodedata.normalize("NFD", word) if mark in TONE_MARKS)


def _other_tones(written: str, place: GazetteerPlace) -> bool:
    """Whether the text writes a place's Vietnamese name with other tone marks, syllable by syllable: the letters
    fold alike but the words are others ("Quỹ châu Á", the Asia Foundation: a fund, "Quỹ", no province "Quý
    Châu"). A word printed without any mark (a text typed plain, a scan's lost marks), a foreign word and a name
    spelled by ear (`_BY_EAR`; a hyphenated transliteration) tell nothing: a Sino-Vietnamese name's syllables are
    fixed, so it is them that another tone makes other words."""
    if place.country in _BY_EAR or "-" in place.name:
        return False
    pairs = list(zip(written.split(), place.name.split(), strict=False))
    return any(
        a.lower() != fold(a) and b.lower() != fold(b) and is_syllable(a) and is_syllable(b) and _tones(a) != _tones(b)
        for a, b in pairs
    )


_LOWER_TAIL_RE = compile_led(
    rf"(?<![^\W\d_])(?=(?P<run>[{_UPPER}][^\W\d_]*(?: [{_UPPER}][^\W\d_]*){{0,3}}(?: (?![{_UPPER}])[^\W\d_]+){{1,3}}))"
)
"""Capitalised syllables and the small ones after them, read from each capital (a name may start inside the run): an
older document writes a Sino-Vietnamese name so ("Nữu ước" for Nữu Ước), a Lao province's last syllable may be
small too ("tỉnh Xay Nhạ Bu ly")."""


_PLACE_WORD_BEFORE = re.compile(r"(?<![^\W\d_])(?:tỉnh|thành phố|huyện|bang|thủ đô)[ \t]+$")


def _lower_tail_names(text: str, folded: str, taken: list[tuple[int, int]]) -> list[_Mention]:
    """Places of the data file whose later syllables are written small ("tại Nữu ước"): the whole name only, as
    the data file writes it with as many syllables; a gazetteer's name only after its place word ("tỉnh Prey veng"):
    elsewhere its syllables are Vietnamese words too."""
    found: list[_Mention] = []
    index = gazetteer_places()
    for match in _LOWER_TAIL_RE.finditer(text):
        run = match["run"]
        words = list(_WORD_SPAN.finditer(run))
        keys = [_word_key(folded, match.start() + word.start(), match.start() + word.end()) for word in words]
        capitals = sum(1 for word in words if word.group()[:1].isupper())
        for j in range(len(words), max(1, capitals), -1):  # a small syllable in the name: all capitals are read later
            entry = index.get("".join(keys[:j]))
            start, end = match.start(), match.start() + words[j - 1].end()
            if entry is None or any(s < end and start < e for s, e in taken):
                continue
            place = GazetteerPlace(*entry)
            if (
                len(place.name.split()) == j
                and not _other_tones(text[start:end], place)
                and (place.curated or _PLACE_WORD_BEFORE.search(text, max(0, start - 20), start))
            ):
                found.append(
                    _Mention(start, end, text[start:end], place.country, PlaceLevel(place.level), place.ambiguous)
                )
                taken = [*taken, (start, end)]
            break
    return found


_LOWER_HEAD_RE = re.compile(
    rf"(?<![^\W\d_])(?:thung lũng|quần đảo|bán đảo|đảo|vịnh)(?: [{_UPPER}][^\W\d_]*){{1,3}}(?![^\W\d_])"
)
"""A landform's word in lower case, then its name ("thung lũng Silicon", "quần đảo Hawaii"): running text writes
the common noun small although it is part of the region's name."""


def _lower_head_names(text: str, folded: str, taken: list[tuple[int, int]]) -> list[_Mention]:
    """Places of the data file named with a landform's word in lower case (`_LOWER_HEAD_RE`): the whole name only,
    as the data file writes it; a gazetteer's name is never read so."""
    found: list[_Mention] = []
    index = gazetteer_places()
    landform = "đảo" in text or "vịnh" in text or "thung lũng" in text  # the pattern's words: most texts have none
    for run in _LOWER_HEAD_RE.finditer(text) if landform else ():
        start, end = run.span()
        entry = index.get(place_key(folded[start:end]))
        if entry is None or any(s < end and start < e for s, e in taken):
            continue
        place = GazetteerPlace(*entry)
        if place.curated:
            found.append(_Mention(start, end, text[start:end], place.country, PlaceLevel(place.level), place.ambiguous))
    return found


def _particle_names(text: str, folded: str, taken: list[tuple[int, int]]) -> list[_Mention]:
    """Places whose names hold a small word ("Rio de Janeiro", "Dar es Salaam"): the longest stretch of a run of
    capitals and particles (`_PARTICLE_RUN_RE`) that has a particle inside and that the gazetteer knows whole. A
    country's name at the end of one ("Santiago de Cuba") is the place's, not a mention of the country."""
    found: list[_Mention] = []
    index = gazetteer_places()
    for run in _PARTICLE_RUN_RE.finditer(text):
        if " " not in run.group() or all(word[:1].isupper() for word in run.group().split()):
            continue  # no small word, as most runs: tested before building the words' matches (one word is a capital's)
        words = list(_WORD_SPAN.finditer(run.group()))
        small = [k for k, word in enumerate(words) if not word.group()[:1].isupper()]
        at = run.start()
        keys = [_word_key(folded, at + word.start(), at + word.end()) for word in words]
        spans = sorted(
            ((i, j) for i in range(len(words)) for j in range(i + 3, min(len(words), i + _LONGEST_NAME + 2) + 1)),
            key=lambda span: span[0] - span[1],
        )
        for i, j in spans:
            entry = index.get("".join(keys[i:j]))
            start, end = at + words[i].start(), at + words[j - 1].end()
            if entry is None or not any(i < k < j - 1 for k in small) or any(s < end and start < e for s, e in taken):
                continue
            if any(m.start < end and start < m.end for m in found):
                continue
            place = GazetteerPlace(*entry)
            found.append(_Mention(start, end, text[start:end], place.country, PlaceLevel(place.level), place.ambiguous))
    return found


def _transliterated_pair(before: re.Match[str], word: re.Match[str], keys: list[str], i: int) -> bool:
    """Whether a one-word place written in hyphenated syllables follows another such word that is no place: both are
    one longer name transliterated ("Ca-lô-vi Va-ri", Karlovy Vary), whose last word alone names nothing."""
    if "-" not in before.group() or "-" not in word.group():
        return False
    return keys[i - 1] not in gazetteer_places() and not code_of(keys[i - 1])


def _place_beside(keys: list[str], i: int, j: int) -> bool:
    """Whether a word next to the run's words `i:j` is a place's name too ("Melbourne Victoria")."""
    index = gazetteer_places()
    return keys[i - 1] in index or keys[j] in index or bool(code_of(keys[i - 1]) or code_of(keys[j]))


_CATEGORY = (
    r"(?:cac\s+)?(?:nuoc(?:\s+ban)?|quoc\s+gia|chinh\s+quyen|tinh(?:\s+tu\s+tri)?(?:\s+dac\s+biet)?(?:\s+cua)?|thanh\s+pho(?:\s+tu\s+tri)?|tp\.?|thu\s+(?:do|phu)(?:\s+cua)?|(?:tieu\s+)?bang|vung|khu\s+vuc|chau|quan|huyen|thi\s+xa|"
    r"dac\s+khu|khu\s+tu\s+tri(?:\s+dan\s+toc\s+choang)?|vuong\s+quoc|cong\s+hoa|lien\s+bang|toa\s+thanh|dia\s+phuong(?:\s+cua)?|"
    r"(?:mien\s+)?(?:bac|nam|dong|tay)|du\s+lich|tham\s+quan|chinh\s+thuc|huu\s+nghi|lam\s+viec|hoc\s+tap|khao\s+sat|trao\s+doi|kinh\s+nghiem|mot\s+so|"
    r"cap(?:\s+nha\s+nuoc)?|cap\s+cao|tru\s+so(?:\s+cua)?)"  # "thăm cấp Nhà nước X": the state form is X's
)
_COUNTERPARTS = r"(?:co\s+quan|don\s+vi|doi\s+tac|doanh\s+nghiep|to\s+chuc|truong|dia\s+phuong)"
_FOREIGN_AUTHORITY = r"uy\s+ban\s+hanh\s+chinh"
"""A Cambodian or Lao province's administration ("Ủy ban Hành chính tỉnh Kép"): Vietnam's own is an "Ủy ban
nhân dân", so a visit to it ("thăm, chúc Tết Ủy ban Hành chính tỉnh …") is a visit abroad."""
_PEOPLE_OF = (
    r"(?:can\s+bo|nhan\s+dan|chinh\s+quyen|chien\s+si|nong\s+dan|(?:cac\s+)?(?:don\s+vi\s+)?luc\s+luong\s+vu\s+trang|"
    rf"(?:cac\s+)?don\s+vi|{_FOREIGN_AUTHORITY})"
)
_CUE_END = re.compile(
    rf"(?:^|[\s(])(?:tai|o|den|toi|sang|di|tham|roi|bay\s+tu|cong\s+tac|xuat\s+canh|voi|theo\s+gio|tro\s+lai|"
    rf"le\s+hoi|"
    rf"chao\s+xa\s+giao(?:\s+lanh\s+dao)?|"
    rf"(?:tham|lam\s+viec)\s+(?:va\s+|,\s*)?(?:lam\s+viec\s+)?voi\s+(?:cac\s+)?{_COUNTERPARTS}[^.;:!?]{{0,60}}?"
    rf"\s(?:hai|ba|bon|cac)|"
    rf"doan\s+(?:se\s+|tiep\s+tuc\s+)?ve|ha\s+canh(?:\s+xuong)?|"
    rf"(?:tham|chuc\s+tet)(?:[\s,]+(?:va\s+)?(?:tham|chuc\s+tet|chuc\s+mung|tang\s+qua))*[\s,]+"
    rf"(?:\d{{1,2}}|hai|ba|bon|nam|sau|cac|lanh\s+dao)|"
    rf"(?:tham|chuc\s+tet|gap\s+go|trao\s+doi)(?:[\s,]+(?:hoi|chuc\s+tet(?:\s+\w+)?|trao\s+doi|va|voi))*[\s,]+"
    rf"{_PEOPLE_OF}(?:\s*(?:,|va)\s*{_PEOPLE_OF})*(?:\s+khu\s+vuc)?(?:\s+bien\s+gioi)?(?:\s+(?:\d|hai|ba|bon))?|"
    rf"(?:tham|lam\s+viec)\s+(?:va\s+|,\s*)?(?:lam\s+viec\s+)?voi\s+(?:cac\s+)?{_COUNTERPARTS}(?:\s*(?:,|va)\s*{_COUNTERPARTS})*\s+cua|"
    rf"tham\s*(?:,|va)\s*lam\s+viec\s+voi\s+(?:nhieu\s+|cac\s+)?quan\s+chuc\b[^.;:!?\n]{{0,60}}?\scua|"
    rf"lam\s+viec\s+voi\s+(?:hoi\s+dong|chinh\s+quyen)(?:\s*(?:,|va)\s*(?:hoi\s+dong|chinh\s+quyen))*)"
    rf"(?:[\s\"“”]+{_CATEGORY})*[\s:\"“”]*$"
)
"""A cue right before the place: "tại", "sang", "thăm", "rời", "bay từ" (the delegation was there), "trở lại" (goes
back: "đoàn … đã trở lại thành phố Perth"), "chào xã giao
chính quyền TP.Dubai", "chào xã giao lãnh đạo tỉnh Champasak" (a courtesy call on its government or leaders) …;
"thăm, làm việc với các cơ quan Quốc hội, Chính phủ hai nước X và Y" (the hosts' countries); "theo giờ Tokyo"
(the local time of an event there); "Lễ hội Okayama" (a town's festival, named by the town that holds it, with
a trip's word: "… tham gia Lễ hội X"; not a fair, "Hội chợ X", which a country joins as a guest: rt-429's label
lists no fair's city); "đoàn về Tokyo" (the delegation moves on to it); "hạ cánh xuống sân bay
X, bang Maryland" (the plane lands there); "thăm, chúc Tết 3 tỉnh Lào", "thăm, tặng quà, chúc tết lãnh đạo tỉnh
Kompong Cham" (the provinces or their leaders visited); "thăm, làm việc với các
cơ quan, đơn vị của Ô-xtrây-li-a" (the hosts of the visit); "thăm, chúc Tết cán bộ và nhân dân các tỉnh …",
"gặp gỡ, trao đổi với nông dân tỉnh …", "… các đơn vị và nhân dân khu vực biên giới 2 tỉnh …" (the people
visited where they live); "thăm và làm việc với nhiều quan chức các bộ, ngành của bang X" (the officials of the
place visited), "làm việc với Hội đồng, Chính quyền thành phố X" (its council and government)."""
_AIRPORT_END = compile_led(rf"\bsan\s+bay(?:\s+quoc\s+te)?[^().;]{{0,40}}[(,]\s*(?:{_CATEGORY}\s+)*$")
""" "đến sân bay Haneda (Tokyo)", "tới sân bay quốc tế Trường Thủy (TP Côn Minh, ...)", "xuống sân bay Andrews,
bang Maryland": the airport is no place entry, the city or state in brackets or after a comma is."""
_VENUE_END = re.compile(
    rf"(?:(?:^|[\s(])(?:tai|o|{_COME_TO}|tham)\s+[^().;,:\n]{{3,40}}?(?:\(|,\s*(?:thu\s+do|thanh\s+pho|tp\.?)\s)|"
    rf"(?:^|[\s(])(?:tai|o|den|toi|tham)\s+(?:(?:truong\s+)?dai\s+hoc|hoc\s+vien|vien|bao\s+tang|nha\s+hat)\s"
    rf"[^().;,:\n]{{1,40}}?\scua)\s*(?:{_CATEGORY}\s+)*$"
)
"""A venue after the cue, then the city it stands in, in brackets or after a comma with its place word: "tham
quan tại chợ X (Bangkok)", "Thăm Viện triển lãm X (huyện Y, tỉnh Z)", "tại quảng trường X, Thủ đô Y", "tại nơi đặt
trụ sở tỉnh bang (thành phố Z)"; or a university, academy, institute, museum or theatre, then the country it
belongs to: "phát biểu tại Đại học Y của Úc" (a country's university stands in it; an embassy, which stands
abroad, is none of these)."""
_VENUE_BEFORE_STATE = re.compile(r"(?:^|[\s(])(?:tai|o|den|toi|tham)\s+[^().;,:\n]{3,40}?,\s*$")
"""A venue after the cue, then a comma before a country written with its state form: "tại lâu đài Villers-Cotterêts,
Cộng hòa Pháp" (the state form says the country is named as a place, not as a body's owner)."""
_WORKERS_GO = re.compile(
    r"\b(?:(?:tuyen|xuat\s+khau|dua|phai\s+cu|gui|tiep\s+nhan)\s+(?:nguoi\s+)?lao\s+dong|nguoi\s+lao\s+dong|"
    r"(?:\d[\d.,]*|tong\s+so|so\s+luong)\s+lao\s+dong|lao\s+dong\s+viet\s+nam|"
    r"(?:^\s*|\bcac\s+|\bnhung\s+)lao\s+dong\b(?!\s+(?:thuong\s+binh|va\s+xa\s+hoi|[-–]))|"
    r"lao\s+dong\s+(?:pho\s+thong|thoi\s+vu|mua\s+vu)|thuc\s+tap\s+sinh|hoc\s+sinh|sinh\s+vien)\b"
    r"(?:(?!doan\b)[^.;!?]){0,80}?\b(?:sang|di|den|toi|xuat\s+canh|hoc\s+tap)\b(?:(?!doan\b)[^.;!?]){0,80}$"
)
"""Workers or students, not officials, going where the sentence names ("tuyển lao động phổ thông ... sang làm việc
tại huyện Jangsu", "đưa người lao động đi làm việc tại Hàn Quốc", workers counted: "102 lao động huyện X đi làm việc
tại …", "tổng số lao động Việt Nam sang …", "Các lao động này sẽ sang …", received or sent: "tiếp nhận lao động",
"để học sinh, sinh viên … có cơ hội sang học tại các trường ở Hungary", "du học sinh … trong quá trình học tập tại
Australia"): no delegation's destination. A delegation that visits workers
("thăm hỏi người lao động tại Đài Loan") or works on labour export there still goes (a ministry's name: "Bộ Lao động -
Thương binh và Xã hội")."""
_BUSINESS_INVITED = re.compile(
    r"\b(?:mong\s+muon|de\s+nghi|moi|keu\s+goi|khuyen\s+khich)\s+(?:cac\s+)?(?:doanh\s+nghiep|nha\s+dau\s+tu)\b"
    r"(?:(?!doan\b)[^.;!?]){0,80}?\b(?:sang|den|toi)\b(?:(?!doan\b)[^.;!?]){0,40}$"
)
"""Businesses invited to come ("mong muốn các doanh nghiệp Việt Nam … sẽ sang tỉnh X để tìm hiểu, hợp tác đầu
tư"): what visitors ask of their hosts, no delegation's destination."""
_HOST_INVITES = re.compile(
    r"^(?:(?!\bduoc\b)[^.;!?])*?(?<!\bloi\s)(?<!\bthu\s)(?<!\bgiay\s)\bmoi\s+[^.;!?,]{0,80}?\b(?:sang|den|toi)\s+"
    r"(?:tham(?:\s+va\s+lam\s+viec)?\s+)?$"
)
"""An invitation to come ("Thống đốc cũng trân trọng mời lãnh đạo TPHCM sang thăm Yamaguchi"): a host's wish, no trip
the text sends anyone on; not "theo lời mời" / "thư mời" / "giấy mời" (the invitation a trip answers: "theo thư mời
của X, đoàn sang …"), nor an invitation the delegation received ("được mời sang", "được Bộ … mời sang": going).
Searched from the sentence's start, so that a "được" anywhere before the verb is seen."""
_ENVOY_SUGGESTS = compile_led(
    r"\b(?:tong\s+lanh\s+su|lanh\s+su|dai\s+su|tham\s+tan)\b(?:(?!\bdoan\b)[^.;!?]){0,80}?"
    r"\b(?:goi\s+y|de\s+nghi|de\s+xuat|kien\s+nghi)\b[^.;!?]{0,100}$"
)
"""A diplomat suggesting a trip to the hosts ("Tổng Lãnh sự … cũng gợi ý về việc tỉnh tổ chức đoàn công tác sang X",
"Đại sứ đề nghị thành phố cử đoàn sang X"): a visitor's wish, no trip the text plans."""
_PAST_EDITION = (
    re.compile(r"\b(?:dau\s+tien|lan\s+thu\s+nhat)\b"),
    re.compile(r"\b(?:duoc\s+to\s+chuc|dien\s+ra)\b"),
    re.compile(r"\b(?:nam|thang\s+\d{1,2}\s*[-/.])\s*(?:19|20)\d{2}\b"),
)
"""A recurring meeting's first edition, dated by a month or a year only as history is told ("Hội nghị đầu tiên …
được tổ chức vào tháng 3-2016 tại Hải Nam", "… lần đầu tiên diễn ra năm 2016 tại …"): not where this delegation
goes; all three in the sentence (an event of the trip has its day: "… lần đầu tiên được tổ chức ngày 5/3/2026")."""
_NEXT_EDITION = compile_led(
    r"\b(?:hoi\s+thao|hoi\s+nghi|dien\s+dan|ky\s+hop|hoi\s+cho)\s+(?:[^\s.;!?]+\s+){0,3}?"
    r"(?:nua|tiep\s+theo|ke\s+tiep|lan\s+toi|lan\s+sau)\s+(?:[^\s.;!?]+\s+){0,2}?(?:se\s+)?(?:duoc\s+)?"
    r"(?:to\s+chuc|dien\s+ra)\s+(?:tai|o)(?:[^.;!?]{0,60}?\s(?:va|,)\s*(?:tai|o))?(?:\s+" + _CATEGORY + r")*\s*$"
)
"""The next editions of a recurring meeting ("sẽ còn có 2 hội thảo nữa được tổ chức tại X vào tháng 10 và tại Y",
"Hội nghị lần tới sẽ diễn ra tại Z"): where the series goes next, no delegation of the text sent there."""
_TOURED_END = compile_led(
    r"\btham(?:\s+quan\b[^.;!?\n]{0,120}?|\b(?!\s+(?:du|gia)\b)(?:(?!\b(?:doan|tai|voi)\b)[^.;!?\n]){0,120}?)"
    r"\s(?:cua\s+)?(?:thanh\s+pho|tinh|thu\s+do)\s*$"
)
"""A city or province written as the owner of a site the delegation tours or visits ("tham quan … khu du lịch cánh
cửa thành phố X", "tham quan Bảo tàng thành phố X", "thăm một số cơ sở kinh tế tỉnh X"): the delegation is there, when
the text sends it to X's country or to a place in it. After "thăm" alone, not a delegation's home ("chuyến thăm của
đoàn tỉnh X") nor a body's seat after "tại"/"với" ("thăm và làm việc tại Trường Đảng tỉnh X": the blind6 rule); not
"tham dự", "tham gia" (attend, take part), which fold like "thăm" ("với sự tham dự của Phó Tỉnh trưởng tỉnh X": the
official's province)."""
_STATE_BODY_END = re.compile(
    r"\b(?:cong\s+an|vksnd|vien\s+kiem\s+sat(?:\s+nhan\s+dan)?|tand|toa\s+an(?:\s+nhan\s+dan)?|quan\s+su|bien\s+phong)"
    rf"(?:\s*(?:,|va)\s*{_PEOPLE_OF})*\s+(?:cua\s+)?(?:(?:\d{{1,2}}|hai|ba|bon|cac)\s+)?(?:thanh\s+pho|tinh|thu\s+do)\s*$"
)
"""A province's police, procuracy, court or military command ("thăm, chúc Tết cán bộ, chiến sĩ Công an tỉnh X"), or
those of provinces counted ("chúc Tết Công an và lực lượng vũ trang 2 tỉnh X và Y"): a body visited, whose name holds
the province, no destination by itself (the blind6 rule, rt-864, 944, 945); not a site of the province toured
(`_TOURED_END`) nor the people greeted where they live ("chúc tết lực lượng vũ trang 3 tỉnh …",
`_COUNTED_HOSTS_END`)."""
_ORIGIN_END = compile_led(rf"\bdoan(?:\s+(?:cong\s+tac|dai\s+bieu|can\s+bo))?(?:\s+cua)?(?:\s+{_CATEGORY})*[\s:]*$")
""""đoàn công tác thành phố Hàng Châu": where a delegation comes from, not where it goes."""
_POST_SEAT_END = compile_led(
    r"\b(?P<post>dai\s+su|tong\s+lanh\s+su|lanh\s+su|tham\s+tan(?:\s+cong\s+su)?|tuy\s+vien|truong\s+dai\s+dien|"
    r"phong\s+vien|pv)"
    r"(?P<mission>\s+quan)?(?P<gap>(?:\s+[^.;:()\n]{0,60}?)?)\s+tai\s*$"
)
"""A post abroad and its seat ("Tổng lãnh sự Việt Nam tại San Francisco", "Đại sứ tại Nhật Bản", a news
agency's "Theo phóng viên TTXVN tại Praha"): where the diplomat or the reporter serves, not where a delegation
goes. An embassy's or consulate's seat ("Đại sứ quán … tại X") is the mission's too (see `_at_post_seat`). See
`_at_post_seat` for the words before "tại"."""
_MISSION_DELEGATION = re.compile(r"\bdoan(?:\s+(?:cong\s+tac|dai\s+bieu|can\s+bo))?(?:\s+cua)?\s+$")
_PREMISES = re.compile(r"\btai(?:\s+tru\s+so(?:\s+lam\s+viec)?(?:\s+cua)?)?\s+$")
"""Where a meeting is held at a body's premises: "tại Đại sứ quán …", "tại trụ sở (làm việc của) Đại sứ quán …"."""
_SEAT_WORDS = {"quyen", "ta"}
"""Lower-case words a post's name may end with before "tại" ("Đại sứ đặc mệnh toàn quyền tại", "Đại sứ nước ta
tại")."""


def _at_post_seat(text: str, folded: str, end: int, *, known: bool = True) -> bool:
    """Whether `folded[:end]` ends with a post abroad and its seat's "tại" (`_POST_SEAT_END`). The post's name
    ends with a capital ("Đại sứ Việt Nam tại", "phóng viên TTXVN tại") or is the post alone ("Đại sứ tại"); a
    lower-case word before "tại" is what the holder does there ("Đại sứ Bùi Văn Nghị tập trung tại …", a trip
    of the ambassador's own), no seat.

    A mission ("Đại sứ quán / Tổng Lãnh sự quán Việt Nam tại X") is visited, but X written only in its name is
    no destination (the corpus rule: "thăm và làm việc với Tổng Lãnh sự quán Việt Nam tại Sydney" lists no
    Sydney; a country, "Đại sứ quán Việt Nam tại Pháp", is where the visitors are): its seat is a post's unless
    X is a country or the text has sent the delegation to X by other words (`known`), or it
    meets at the mission's premises ("tại trụ sở Đại sứ quán Việt Nam tại Berlin"); in the name of a delegation
    the mission sends ("Đoàn Tổng lãnh sự quán Việt Nam tại Osaka dự lễ hội …") it is where the delegation comes
    from, as `_ORIGIN_END`. `known` is true by default: a cue that only a mission's name ends is no post's."""
    post = _POST_SEAT_END.search(folded, max(0, end - 80), end)
    if post is None:
        return False
    before = folded[max(0, post.start() - 30) : post.start()]
    if post["mission"] and not _MISSION_DELEGATION.search(before) and (known or _PREMISES.search(before)):
        return False
    printed = text[post.start("gap") : post.end("gap")]
    if not all(item.strip()[:1].isupper() for item in printed.split(",")[1:]):
        return False  # "Đại sứ, đoàn thăm nhà máy tại …": a clause after the post; "Đại sứ các nước ASEAN, Hàn Quốc
        # tại Mexico": the posts of a list of countries, one seat
    gap = printed.split()
    return not gap or gap[-1][:1].isupper() or fold(gap[-1]) in _SEAT_WORDS


_OPEN_BRACKET = re.compile(r"[ \t]*\([ \t]*")


def _seat_bracket(text: str, folded: str, seat: _Mention, mention: _Mention, accepted: list[_Mention]) -> bool:
    """Whether `mention` is the bracketed country of a post's seat named right before it ("đoàn công tác Tổng lãnh sự
    quán Việt Nam tại Osaka (Nhật Bản) … đến thăm tỉnh Tokushima"): the seat's country is part of the post's name, no
    place the delegation goes to, as the seat is not (`_at_post_seat`)."""
    if mention.level is not PlaceLevel.COUNTRY or not _OPEN_BRACKET.fullmatch(text, seat.end, mention.start):
        return False
    known = seat.level is PlaceLevel.COUNTRY or any(_key(m) == _key(seat) for m in accepted)
    return _at_post_seat(text, folded, seat.start, known=known)


_SEAT_OF_BODY_END = compile_led(
    r"\b(?:(?:dai\s+su\s+quan|(?:tong\s+)?lanh\s+su\s+quan|co\s+quan\s+dai\s+dien|cong\s+dong\s+nguoi|"
    r"hoi(?!\s+(?:nghi|thao|cho|dam|kien|dien))|clb|cau\s+lac\s+bo|thuong\s+vu)"
    r"(?:\s+[^,.;:()\n]{0,60}?)?\s+viet\s+nam|(?:cong\s+dong|kieu\s+bao|nguoi\s+viet)(?:\s+(?!(?:doan|chuyen|tham|den|toi|sang|di)\b)[^\s,.;:()]+){0,4}?)"
    r"\s+tai(?:\s+" + _CATEGORY + r")*\s*$"
    r"|\btru\s+so\s+(?:cua\s+)?(?:dai\s+)?su\s+quan\s+(?:tai|o)(?:\s+" + _CATEGORY + r")*\s*$"
)
"""A Vietnamese body abroad named with its seat: "Tổng Lãnh sự quán Việt Nam tại Luông-pha-bang", "CLB Cựu lưu học
sinh Việt Nam tại Nhật Bản", "Cộng đồng người Việt Nam tại tỉnh Shizuoka", "Thương vụ Việt Nam tại Thụy Điển"; and
the overseas Vietnamese named by where they live ("cộng đồng kiều bào Thanh Hóa tại CH Séc", "người Việt tại Séc").
The seat is part of the body's name; it is where a delegation goes only when the body is visited (`_BODY_VISITED`).
So is an embassy's named with its premises ("tại trụ sở của sứ quán ở thủ đô Moscow": the mission's own seat)."""
_BODY_VISITED = re.compile(
    r"\b(?:tham|lam\s+viec|chao\s+xa\s+giao|gap(?:\s+go)?|den|toi|sang)(?:\s+(?!doan\b|tai\b)[^\s,.;()]+){0,8}\s*$"
)
"""The body of `_SEAT_OF_BODY_END` as what the delegation visits: "đến thăm, làm việc với Tổng Lãnh sự quán …",
"làm việc với một số cơ quan như: Lãnh sự quán …", "gặp gỡ cộng đồng người Việt Nam tại …"; not the body as the
one who acts ("Tổng Lãnh sự quán … đã phối hợp với …", "do CLB … chủ trì"), its delegation ("làm việc với đoàn
Đại sứ quán …") nor the room where someone met is visited ("làm việc với X tại Đại sứ quán …", `_PREMISES`)."""
_DELEGATION = re.compile(r"\bdoan(?!\s+(?:dai\s+su|tong\s+lanh|lanh\s+su))\b")
"""A meeting held at the body ("tại Tổng lãnh sự quán Việt Nam tại tỉnh Osaka, đoàn công tác … đã gặp …") is a stop
of the delegation its sentence names; with none ("Đại sứ … làm việc với Thống đốc … tại Đại sứ quán Việt Nam tại
Nhật Bản") it is the mission's own room and nobody travels."""


def _seat_of_unvisited_body(folded: str, begin: int, end: int) -> bool:
    """Whether `folded[:end]` ends with a Vietnamese body abroad and its seat's "tại" (`_SEAT_OF_BODY_END`) that
    no visit word reaches (`_BODY_VISITED`), nor a delegation meeting there (`_PREMISES`, `_DELEGATION` in the
    sentence that starts at `begin`)."""
    body = _SEAT_OF_BODY_END.search(folded, max(0, end - 120), end)
    if body is None or _BODY_VISITED.search(folded, max(0, body.start() - 80), body.start()):
        return False
    if not _PREMISES.search(folded, max(0, body.start() - 40), body.start()):
        return True
    stop = _SENTENCE_END.search(folded, end, end + 300)
    return not _DELEGATION.search(folded, begin, stop.start() if stop else end + 300)


_HOSTS_END = re.compile(
    rf"\b(?:voi|gap(?:\s+go)?|hoi\s+kien|tiep\s+kien)\s+(?:cac\s+)?(?:lanh\s+dao|(?:pho\s+)?thong\s+doc|"
    rf"(?:pho\s+)?tinh\s+truong|(?:pho\s+)?thi\s+truong|(?:pho\s+)?thu\s+hien)(?:\s+{_CATEGORY})*[\s:]*$"
)
"""A place reached through its hosts: "trao đổi với Thống đốc tỉnh Surin", "làm việc với Lãnh đạo tỉnh X". The
same words name visitors received at home, so they count only where the paragraph has already sent the
delegation to the place's country ("Tiếp tục chương trình làm việc tại Vương quốc Thái Lan, … trao đổi với Thống
đốc tỉnh Surin"); an earlier paragraph's trip does not say where later talks were held ("… tại Trung Quốc." then
"Đoàn … đã có buổi hội đàm với lãnh đạo Châu Hồng Hà": the partners, not a stop)."""
_VISIT_HOSTS_END = re.compile(
    rf"\b(?:den|sang|toi|doan(?:\s+cong\s+tac)?)\s+tham(?:\s*(?:,|va)\s*lam\s+viec)?\s+voi\s+(?:cac\s+)?lanh\s+dao"
    rf"(?:\s+{_CATEGORY})*[\s:]*$"
)
""" "đã đến thăm và làm việc với lãnh đạo tỉnh Siem Reap", "Đoàn thăm và làm việc với lãnh đạo tỉnh Stung
Treng" (a caption): the delegation came to the hosts' place, whatever paragraph sent it abroad (unlike
`_HOSTS_END`, whose words also name visitors received at home)."""
_COUNTED_HOSTS_END = re.compile(
    r"\b(?:den|sang|di)\s+(?:tham|chuc\s+tet|chuc\s+mung|tang\s+qua)\b[^.;:!?\n]{0,140}?"
    r"\b(?:cua\s+)?(?:\d{1,2}|hai|ba|bon|nam|sau|cac)\s+tinh\s*$"
)
""" "đến chúc mừng, tặng quà chính quyền địa phương và các lực lượng bảo vệ biên giới huyện giáp ranh của hai tỉnh
Hủa Phăn, Luông Pha Bang (Lào)", "đã sang thăm, chúc tết lực lượng vũ trang 3 tỉnh Đông Bắc Campuchia gồm: …": those
visited, of the provinces counted, where the visitors came (not a message of congratulation: "gửi điện chúc mừng"
goes nowhere; not a body whose name holds the provinces, "chúc Tết Công an 2 tỉnh X và Y": `_STATE_BODY_END`)."""
_GOER_WORD = r"(?:da|di|se|dang|vua|doan|len)(?![a-z])"
"""Words of people going or of a delegation: between "xuất khẩu" and "sang" they make the going a delegation's."""
_SERVED_PEOPLE_END = re.compile(
    r"\b(?:sang|den|toi)\s+(?:kham(?:\s+chua)?\s+benh|phat\s+thuoc|cap\s+(?:phat\s+)?thuoc|tang\s+qua|mo\s+mat)"
    r"[^.;:!?\n]{0,80}?\bcho\s+(?:(?:gan|hon|khoang|tren)\s+)?(?:[\d.,]+\s+)?"
    r"(?:nguoi\s+dan|nhan\s+dan|ba\s+con|dong\s+bao)(?:\s+" + _CATEGORY + r")*[\s:]*$"
)
""" "đã sang khám bệnh, phát thuốc miễn phí cho gần 1.600 người dân huyện X": a team that came to treat or help the
people of a place is there (the people served where they live, as `_CUE_END`'s "thăm … nhân dân")."""
_GOODS_GO = re.compile(
    r"\b(?:(?:xuat(?:\s+khau)?|dau\s+tu)(?:\s+(?:(?:tu|cua)\s+)?viet\s+nam)?"
    r"|xuat\s+khau(?:\s+(?!" + _GOER_WORD + r")[^\W\d_]+){1,6}\s+tu(?:\s+(?!" + _GOER_WORD + r")[^\s.;:!?]+){1,8})"
    r"\s+sang(?:\s+" + _CATEGORY + r")*[\s:]*$"
)
""" "khỉ xuất khẩu sang Trung Quốc", "dự án đầu tư từ Việt Nam sang Lào", "Hiệp hội các nhà đầu tư Việt Nam sang
Lào", "dự án xuất khẩu năng lượng điện từ Cà Mau - Việt Nam sang Singapore": goods or capital sent there (what is
exported and where from may stand between), no delegation (not "xuất cảnh sang": people leave; not "xúc tiến xuất
khẩu … đã sang": a delegation that promotes exports, `_GOER_WORD`)."""
_CALLED_OFF = re.compile(r"\b(?:hủy|huỷ|hoãn|hủy bỏ|huỷ bỏ|tạm hoãn)\s+(?:\S+\s+){0,2}?chuyến\b[^.;!?]{0,80}$")
""" "đã hủy chuyến công du được mong đợi đến Trung Quốc", "hoãn chuyến thăm Nhật Bản": a trip called off goes
nowhere (matched on the printed words: "hoàn thành chuyến thăm", completed, folds like "hoãn")."""
_FELL_END = re.compile(
    r"\b(?:hy\s+sinh|tu\s+tran|tu\s+nan|an\s+tang)\s+(?:tai|o|tren\s+dat)(?:\s+" + _CATEGORY + r")*[\s:]*$"
)
""" "liệt sĩ hy sinh tại Lào", "tử trận ở …": where soldiers fell or lie, which a remains team's text names with
no one sent there."""
_PREMISES_OF_END = re.compile(
    r"(?:^|\s)tai\s+tru\s+so(?:\s+lam\s+viec)?(?:\s+cua)?(?:\s+(?!doan\b|tiep\b)[^\s.;!?,()]+){1,6}\s+$"
)
"""A venue at a body's premises, a city or region closing the body's name ("tại trụ sở tòa thị chính Helsinki", "tại
trụ sở Ủy ban chính quyền tỉnh Ratanakiri"): the meeting is held in that place, a cue as "tại" alone. A country there
names a state's body ("tại trụ sở Bộ Quốc phòng Vương quốc Thái Lan"), no venue of its own (the blind6 rule)."""
_ANNIVERSARY_END = compile_led(
    rf"\bky\s+niem\s+(?:lan\s+thu\s+)?\d+\s+nam\s+[^.;:()\n]{{0,60}}?\b(?:den|toi|sang|tham)(?:\s+{_CATEGORY})*\s*$"
)
"""An anniversary of a journey ("kỷ niệm 100 năm Ngày Bác Hồ tới nước Pháp"): a trip of history, no one sent."""
_OUTBREAK_END = re.compile(r"\b(?:bung\s+phat|lay\s+lan)\s+(?:tai|o)(?:\s+" + _CATEGORY + r")*[\s:]*$")
""" "cúm A (H7N9) đã bùng phát tại Trung Quốc, Đài Loan …", "dịch lây lan ở …": where a disease broke out or spread
(its list goes on by `_CHAIN_GAP`); nobody is sent there."""
_SOURCE_CREDIT = re.compile(r"\(\s*(?:nguon|anh)\s*:[^()]*$")
""" "(Nguồn: Đại sứ quán Việt Nam tại Lào)", "(Ảnh: Tổng Lãnh sự quán tại Osaka)": a caption's credit names who
gave the photo or the news, a mission by its seat too; no one goes there (the caption's own words may run on into
the next line's story, which a page's table cell does not close)."""
_PARTNERS_BRACKET = re.compile(r"\(\s*(?:rieng\s+)?voi\s+[^()]{0,80}$")
""" "hội nghị cấp cao ASEAN+3 (với Trung Quốc, Nhật Bản và Hàn Quốc)": a meeting's partners in brackets, not
where it is held."""
_AT_END = re.compile(rf"(?:^|\s)(?:tai|o)(?:\s+{_CATEGORY})*\s*$")
_TALKS_TOPIC = compile_led(
    r"(?<![^\W\d_])(?:trao đổi|thảo luận|bàn|(?:(?:biên )?bản ghi nhớ|thỏa thuận|thoả thuận)(?: hợp tác)?)\s+về"
    r"(?![^\W\d_])[^.;!?\n]*$"
)
"""A place inside what two sides talk about or sign ("Hai bên đã trao đổi về việc hợp tác của dự án đào tạo cán bộ …
tại X", "ký kết Biên bản ghi nhớ về việc phối hợp xây dựng Trường … tại tỉnh X", "sơ kết … thực hiện Bản ghi nhớ về
giao lưu hợp tác …, dự kiến sẽ diễn ra … tại tỉnh X"):
the subject of the talks, which send nobody there by themselves, when the place is only where something is
(`_AT_END`: "tại", "ở"); a trip talked of ("trao đổi về chuyến thăm sang X") still names its destination. Matched on
the printed words: "Nhật Bản về" folds like "bàn về"."""
_WITH_END = re.compile(r"(?:^|\s)voi(?:\s+" + _CATEGORY + r")*[\s:]*$")
_VISIT_BEFORE_WITH = re.compile(
    r"\b(?:tham|lam\s+viec|hoi\s+dam|hoi\s+kien|gap\s+go|tiep\s+xuc)\s+(?:va\s+)?(?:lam\s+viec\s+)?voi\b"
)
_TRAVEL = compile_led(
    r"\b(?:di|sang|den|toi|tham|hop|cong\s+tac|doan(?!\s+(?:dai\s+dien|ket)\b)|chuyen|xuat\s+canh|hoi\s+nghi|hoi\s+thao|dien\s+dan|hoc\s+tap|"
    r"dao\s+tao|khao\s+sat|xuc\s+tien|lam\s+viec|tham\s+du|tham\s+gia|trien\s+lam|hoi\s+cho|"
    r"hoi\s+kien|hoi\s+dam|gap\s+go|giao\s+luu|chao\s+xa\s+giao|tiep\s+kien|ky\s+ket|du\s+le|le\s+don|ha\s+canh|"
    r"phat\s+bieu\s+chinh\s+sach)\b"
)
"""Words of a trip in the sentence: travel, and what a delegation does where it goes ("Tại Tokyo, Bí thư
Tỉnh ủy đã hội kiến …", "dự lễ ký kết tại Seoul", "Giao lưu hữu nghị … diễn ra tại tỉnh X"); not solidarity ("tinh
thần đoàn kết") nor a standing mission ("Trưởng đoàn đại diện Việt Nam bên cạnh Liên hợp quốc đã ký tại New York":
it works there, nobody travels); a policy speech ("phát biểu chính sách tại …"), which a leader gives on a visit to
the host country."""
_CUE_SPELLINGS = {
    "di": {"đi"},
    "sang": {"sang"},
    "den": {"đến"},
    "toi": {"tới"},
    "tham": {"thăm", "tham"},
    "hop": {"họp"},
    "chuyen": {"chuyến"},
}
"""The one-syllable travel words, as printed: the fold is for text that lost its marks, and a word with other
marks anywhere in the sentence is another word ("hợp tác" is no "họp", "thẩm định" no "thăm"). Right before
a place a cue is read by its fold alone: a typing slip there ("tài Geneve") still means "tại"."""


def _spelled_as_cue(text: str, start: int, end: int) -> bool:
    """Whether the word at `text[start:end]` is the cue its fold spells, or lost all its marks, or only the stroke of
    its "đ" (a scan's "dến ngày" for "đến ngày": no other word is spelt so)."""
    word = text[start:end].lower()
    forms = _CUE_SPELLINGS.get(fold(word))
    return forms is None or word in forms or word.isascii() or word in {form.replace("đ", "d") for form in forms}


_IDIOM_BEFORE_DEN = re.compile(
    r"\b(?:tinh|nhac|noi|de\s+cap|lien\s+quan|anh\s+huong|quan\s+tam|chu\s+y|thoi\s+gian|sap|tuan|lan)\s+$"
)
""" "cần tính đến tính hiệu quả" (take into account), "liên quan đến", "ảnh hưởng đến": "đến" (to) in a verb
that goes nowhere; "thời gian tới", "sắp tới", "tuần tới", "lần tới": "tới" (coming) after a time, no trip."""


_NO_TRIP_PHRASE = re.compile(
    r"\bra\s+di\s+tim\s+duong\s+cuu\s+nuoc\b|\bhuong\s+toi\b|\b(?:den|toi)\s+(?:het\s+)?nam\s+\d{4}\b|\bdi\s+dau\b|"
    r"\btu\s+(?:dong\s+vat|nguoi|gia\s+cam|loai\s+\w+)\s+sang\s+(?:nguoi|dong\s+vat|gia\s+cam)\b"
)
""" "ngày Chủ tịch Hồ Chí Minh ra đi tìm đường cứu nước" (1911, an anniversary's name), "hướng tới kỷ niệm …" (in
view of), "đến năm 2030" (a time's end), "đi đầu trong việc …" (lead the way), "lây truyền từ động vật sang người"
(a disease passing to people): a travel word in them is no trip. The "đến" of a trip's dates ("từ ngày
15/9 đến ngày 21/9") stays one: on a scan whose wrapped line OCR did not join, it is the only travel word left in the
line that lists the countries."""


def _has_travel(text: str, folded: str, start: int, end: int) -> bool:
    """Whether `_TRAVEL` finds a word of a trip in `folded[start:end]`, spelled as that word."""
    phrases = [m.span() for m in _NO_TRIP_PHRASE.finditer(folded, start, end)]
    return any(
        not any(s <= m.start() < e for s, e in phrases)
        and _spelled_as_cue(text, m.start(), m.end())
        and not (m.group() in ("den", "toi") and _IDIOM_BEFORE_DEN.search(folded, max(0, m.start() - 20), m.start()))
        for m in _TRAVEL.finditer(folded, start, end)
    )


_CHAIN_GAP = re.compile(
    rf"^(?:[\s,;:/()–-]|\bva\b|\bcung\b|\bthuoc(?:\s+(?:mien\s+)?(?:dong|tay|nam|bac|trung))?\b|{_CATEGORY}\b|"
    rf"{_FOREIGN_AUTHORITY}\b|\blien\s+minh\s+chau\s+au\b)*$"
)
"""What goes between places of one list: separators, "và", place words, and "thuộc" before the country the
places lie in ("các tỉnh Attapeu, Sê Kông thuộc nước Cộng hòa Dân chủ Nhân dân Lào", or its part: "… thuộc Trung
Lào"), and the next province's
administration ("Ủy ban Hành chính tỉnh Kép và Ủy ban Hành chính tỉnh Preah Sihanouk"), and the European Union a
tour visits between two countries ("thăm Vương quốc Bỉ, Liên minh Châu Âu, Cộng hòa I-ta-li-a")."""
_BRACKETED_NAME = re.compile(
    rf"\(\s*(?:(?:[Tt]hủ đô|[Tt]hủ phủ|[Tt]hành phố|TP\.?)\s+)?{_WORD}(?:\s+{_WORD}){{0,3}}\s*\)"
)
"""A name in brackets after a place of a list ("Cộng hòa Áo (Viên) và Cộng hòa Séc (Praha)", "Cộng hòa Áo (thủ
đô Viên), Hung-ga-ri (thủ đô Bu-đa-pét)"): the place's city, which the gazetteer may lack; the list goes on past
it."""
_UNREAD_STATE = re.compile(r"\b(?:cong\s+hoa|vuong\s+quoc|lien\s+bang)(?:\s+\w+){1,3}?(?=\s*(?:,|\bva\b))")
"""A state between two places of a list whose name was not recognised ("Cộng hòa Pháp, Vương quốc Bi, Vương quốc
Hà Lan": OCR lost the mark of "Bỉ"), folded: the list goes on past it (`extractors.country_lists` flags the gap)."""
_UNREAD_NAME = re.compile(r"(?<=,)\s*[a-z]{1,6}(?:-[a-z]{1,6}){1,5}(?=\s*(?:,|\bva\b))")
"""A transliterated name between two places of a list, its syllables joined by hyphens, that the gazetteer does not
know ("Cộng hòa Xinh-ga-po, Ma-lai-Ai-ad và Vương quốc Thái Lan": a sheet's crease through "Ma-lai-xi-a"), folded:
the list goes on past it (`extractors.country_lists` flags the gap)."""
_VISIT_BETWEEN = re.compile(
    rf"^[\s,;]*(?:tham|lam\s+viec)(?:\s+(?:va\s+)?lam\s+viec)?\s+voi\s+[^.;:!?\n]{{3,60}}?,\s*(?:{_CATEGORY}\s+)*$"
)
"""A body visited between two stops of one itinerary: "tại Cộng hòa Áo, thăm làm việc với Nghị viện châu Âu
(EP), Vương quốc Bỉ và …": the place after it is the next stop."""
_SENTENCE_END = re.compile(r"[.!?;](?=\s)|(?<!:)\n")
"""A sentence ends at a stop or a line break, but not at a colon's break: "… tại các nước:\nXin-ga-po, …" is
one sentence, its list on the next line (unwrapping keeps the break after a colon)."""
_COUNTRY_BESIDE = re.compile(r"^[\s,(–-]*(?:[a-z]{2,5}\)[\s,–-]*)?(?:cua\s+)?(?:nuoc\s+)?$")
"""Between a place and its country: separators, the place's abbreviation in brackets ("Alberta (AB), Canada"),
"của" ("vùng Los Rios của Chile")."""


_COUNTED_PLACES = re.compile(
    r"(?:\d{1,2}|hai|ba|bon|nam|sau|cac)\s+(?:tinh|thanh\s+pho|nuoc|vung|dia\s+phuong)"
    r"(?:\s+(?:mien\s+)?(?:bac|nam|dong|tay|trung))*(?:\s+cua)?\s+$"
)
_NAMING_GAP = re.compile(r"^\s*,?(?:\s+(?!la\b|gom\b)[a-z]+){0,5}\s*,?\s*(?:la|gom(?:\s+co)?|bao\s+gom)\s*:?\s*$")
"""A country's provinces counted, then named: "4 tỉnh Nam Lào là Ắt-ta-pư, Sê-kông, …", "2 tỉnh Đông Bắc
Campuchia gồm Stung Treng và Ratanakiri", "3 tỉnh Lào vừa tiếp giáp biên giới là …" (a few words on them before
"là"): the places named after "là" / "gồm" continue the list."""


def _names_counted(folded: str, previous: _Mention, mention: _Mention) -> bool:
    """Whether `mention` opens the names of places `previous` counted (`_COUNTED_PLACES`, `_NAMING_GAP`)."""
    return bool(
        _NAMING_GAP.match(folded[previous.end : mention.start])
        and _COUNTED_PLACES.search(folded, max(0, previous.start - 40), previous.start)
    )


def _sentence_begin(folded: str, at: int) -> int:
    start = max(0, at - 300)
    ends = [m.end() for m in _SENTENCE_END.finditer(folded, start, at)]
    return ends[-1] if ends else start


_LOCAL_HEAD_END = re.compile(
    r"(?<![a-z])(?:pho\s+)?(?:thong\s+doc|thi\s+truong|tinh\s+truong|thu\s+hien)\s+(?:tinh|thanh\s+pho|bang|thu\s+do)\s*$"
)
"""A locality's head, then its place word ("Thị trưởng thành phố", "Thống đốc tỉnh"): the place after it is the
office's, which names where the holder serves, not where a delegation goes ("đã thăm tỉnh Aichi, tiếp Thị trưởng
thành phố Nagoya X": received, no tour of Nagoya)."""
_NAME_GOES_ON = re.compile(rf"[ \t]+[{UPPER}]")


def _holder_after_office(text: str, folded: str, previous: _Mention, mention: _Mention) -> bool:
    """Whether `mention` starts the name of the holder of an office whose place `previous` is, written right before
    it ("tiếp Thống đốc tỉnh Aichi Omura Hideaki": Omura, a Japanese town, is the governor's family name)."""
    return (
        not text[previous.end : mention.start].strip()
        and _LOCAL_HEAD_END.search(folded, max(0, previous.start - 40), previous.start) is not None
        and _NAME_GOES_ON.match(text, mention.end) is not None
    )


_FULL_STOP = re.compile(r"[.!?](?=\s)|(?<!:)\n")
_CLAUSE_VERB = re.compile(
    r"\s*(?:tien\s+hanh|thuc\s+hien|tiep\s+tuc|co\s+(?:cac|mot\s+so|nhieu)\s+(?:hoat\s+dong|cuoc)|du(?!\s+(?:lich|khach|hoc))|tham|"
    r"lam\s+viec|hoi\s+dam|hoi\s+kien|gap\s+go)\b"
)
"""A clause that opens with a verb of what a delegation does, in lower case: it goes on with the sentence's subject
("…; tiến hành một số hoạt động song phương tại X"); a list's next item is a noun ("…; một số doanh nghiệp tại X")."""


def _continues_trip(text: str, folded: str, begin: int) -> bool:
    """Whether a clause after a semicolon goes on with its sentence's subject (`_CLAUSE_VERB`) after a clause with a
    trip's words ("… rời Hà Nội lên đường tham dự Hội nghị G20; tiến hành một số hoạt động song phương tại Rio de
    Janeiro"): what the delegation does there is told without a travel word of its own."""
    if folded[max(0, begin - 1) : begin] != ";" or not _CLAUSE_VERB.match(folded, begin):
        return False
    stops = [m.end() for m in _FULL_STOP.finditer(folded, max(0, begin - 600), begin)]
    return _has_travel(text, folded, stops[-1] if stops else max(0, begin - 600), begin)


_FLOWN_FROM = compile_led(r"\bbay\s+tu\s+$")
_ONWARD = re.compile(
    r"\s(?:đến|tới|về|sang)\s+(?:(?:thủ đô|thành phố|TP\.?)\s+)?(?P<name>[A-ZĐ]\S*(?:\s+[A-ZĐ]\S*){0,3})"
)


def _flies_home(text: str, end: int) -> bool:
    """Whether the flight from a place ("bay từ X") lands in Vietnam in the same sentence ("… đến Hà Nội"): the
    place is where visitors come from, not a leg of a delegation's trip."""
    sentence = _SENTENCE_END.search(text, end, end + 300)
    onward = _ONWARD.search(text, end, sentence.start() if sentence else end + 300)
    if onward is None:
        return False
    name = onward["name"].rstrip(",.;")
    return fold(name) == "viet nam" or is_vietnamese_place(name)


_INSTITUTION_AFTER = compile_led(
    r"(?:[ \t]+[A-Z][\w'’&.-]*){0,4}[ \t]+(?:School|College|University|Academy|Institute|Hospital|Museum|Club|"
    r"Company|Corporation|Group|Centre|Center|Airport|Stadium)(?![^\W\d_])"
)
"""The rest of an English institution's name after a place ("Bristol Grammar School", "Sydney Airport"):
the place is only inside the body's name (the corpus's blind6 rule), however the delegation goes there."""
_LOCATED_END = compile_led(
    r"(?<![^\W\d_])(?i:nằm|tọa lạc|toạ lạc)[ \t]+(?i:ở|tại)(?:[ \t]+(?i:ngoại ô|ngoại thành|trung tâm|khu vực))?"
    r"(?:[ \t]+(?i:thành phố|bang|tỉnh|vùng|quận))?[ \t]*$"
)
"""Where a site stands ("một ngôi trường … nằm ở ngoại ô Bristol"): a description of the site, no going there."""
_ROUTE_END = compile_led(
    r"(?<![^\W\d_])(?:tuyến|tour|tua|đường bay)(?![^\W\d_])[^.;!?\n]{0,60}?(?<![^\W\d_])từ [^.;!?\n]{1,40}? "
    r"(?:sang|đến|tới|đi)(?: (?:tỉnh|thành phố|thủ đô|nước))? ?$"
)
"""A route between two places ("hình thành các tour, tuyến du lịch từ Điện Biên sang Phông Sa Lỳ", "mở đường bay từ Hà
Nội đến Viêng Chăn"): what is to run between them, no delegation going. Matched on the text in lower case: "tuyến"
(a route) folds like "tuyên" (proclaim)."""


def _is_destination(
    text: str,
    folded: str,
    mention: _Mention,
    accepted: list[_Mention],
    sent_to: frozenset[str] = frozenset(),
    *,
    places_before: Sequence[_Mention] = (),
) -> bool:
    """Whether the sentence sends someone to `mention`, or `mention` continues a list of destinations.

    A place already accepted, named again after a cue ("hoạt động ... tại Thủ đô Bắc Kinh và thành phố
    Quảng Châu"), needs no travel word of its own: the trip was told in an earlier sentence; nor does a region
    or city after a cue in a country the text sends the delegation to (`sent_to`: "các hoạt động đối ngoại tại
    Vùng Ile-de-France và Thành phố Toulouse, Pháp …" and "… trưởng đoàn sang Pháp"), or to a place in ("chúc Tết
    và tặng quà hai tỉnh Salavan, Champasak (Lào)" in a headline, "đoàn … đến thăm tỉnh Salavan" in the story).
    `places_before`: the places named before `mention`, accepted or not (a country after a body's place,
    `_country_of_visited_body`)."""
    if _COMMUNE_BEFORE.search(text, max(0, mention.start - 8), mention.start):
        return False
    if _INSTITUTION_AFTER.match(text, mention.end) or _LOCATED_END.search(
        text, max(0, mention.start - 40), mention.start
    ):
        return False
    if _ROUTE_END.search(text[max(0, mention.start - 140) : mention.start].lower()):
        return False
    if _named_before_seat(folded, mention):
        return False
    if places_before and _holder_after_office(text, folded, places_before[-1], mention):
        return False
    previous = accepted[-1] if accepted else None
    if previous is not None and (
        _CHAIN_GAP.match(gap := folded[previous.end : mention.start])
        or _VISIT_BETWEEN.match(gap)
        or _names_counted(folded, previous, mention)
        or _CHAIN_GAP.match(unbracketed := fold(_BRACKETED_NAME.sub(" ", text[previous.end : mention.start])))
        or _CHAIN_GAP.match(_UNREAD_NAME.sub(" ", _UNREAD_STATE.sub(" ", unbracketed)))
    ):
        return True
    begin = _sentence_begin(folded, mention.start)
    before = folded[begin : mention.start]
    if (
        _WORKERS_GO.search(before[-200:])
        or _BUSINESS_INVITED.search(before[-200:])
        or _ENVOY_SUGGESTS.search(before[-200:])
        or _HOST_INVITES.search(before)
        or all(pattern.search(before) for pattern in _PAST_EDITION)
        or _NEXT_EDITION.search(before[-160:])
        or _old_photo(folded, begin, mention)
        or _no_delegation_sent(before)
        or _received_from(text, begin, before)
        or _CAME_FROM.search(before[-200:])
        or _led_by_foreigner(text, folded, begin, mention.start)
        or (_VENUE_ITEM.search(before) and not _has_travel(text, folded, max(0, begin - 3000), begin))
    ):
        return False
    if (
        _GOODS_GO.search(before[-80:])
        or _FELL_END.search(before[-80:])
        or _OUTBREAK_END.search(before[-80:])
        or _ANNIVERSARY_END.search(before[-120:])
        or _SOURCE_CREDIT.search(before[-80:])
        or _CALLED_OFF.search(text[max(begin, mention.start - 120) : mention.start].lower())
    ):
        return False
    if mention.level is PlaceLevel.COUNTRY and _PARTNERS_BRACKET.search(before[-120:]):
        return False
    if _AT_END.search(before[-60:]) and _TALKS_TOPIC.search(
        text[max(begin, mention.start - 300) : mention.start].lower()
    ):
        return False
    if places_before and _country_of_visited_body(text, folded, begin, places_before[-1], mention, places_before):
        return True
    if _seat_of_visited_body(folded, mention.start):
        return True
    if _country_of_named_body(text, folded, begin, mention) or _country_of_named_venue(text, folded, begin, mention):
        return True
    if (
        _VISIT_HOSTS_END.search(before[-120:])
        or (_COUNTED_HOSTS_END.search(before[-200:]) and not _STATE_BODY_END.search(before[-80:]))
        or _SERVED_PEOPLE_END.search(before[-200:])
    ):
        return True
    if (
        mention.level is not PlaceLevel.COUNTRY
        and (mention.country in sent_to or any(m.country == mention.country for m in accepted))
        and _TOURED_END.search(before[-160:])
        and not _STATE_BODY_END.search(before[-60:])
        and not _LOCAL_HEAD_END.search(before[-60:])
    ):
        return True
    if _HOSTS_END.search(before[-80:]) and any(
        m.country == mention.country and "\n" not in folded[m.end : mention.start] for m in accepted
    ):
        return True
    airport = _AIRPORT_END.search(before)
    before = before[: airport.start()] if airport else before
    cue_window = _REPEATED_WORD.sub(r"\1", _without_non_cues(text, begin, before)[-80:])  # "thức thức": a slip
    if _PLAN_VENUE_END.search(cue_window) and _DELEGATION_GOES.search(folded, max(0, begin - 3000), begin):
        return True
    if (
        not _CUE_END.search(cue_window)
        and not _VENUE_END.search(cue_window)
        and not _more_cues(cue_window)
        and (mention.level is PlaceLevel.COUNTRY or not _PREMISES_OF_END.search(cue_window))
        and not (_STATE_FORM_START.match(text[mention.start : mention.end]) and _VENUE_BEFORE_STATE.search(cue_window))
    ):
        return not airport and _cue_before_unknown_names(text, folded, mention.start)
    known = mention.level is PlaceLevel.COUNTRY or any(_key(m) == _key(mention) for m in accepted)
    if places_before and _seat_bracket(text, folded, places_before[-1], mention, accepted):
        return False
    if (
        _ORIGIN_END.search(before[-80:])
        or _at_post_seat(text, folded, begin + len(before), known=known)
        or _seat_of_unvisited_body(folded, begin, begin + len(before))
    ):
        return False
    if _FLOWN_FROM.search(before[-20:]) and _flies_home(text, mention.end):
        return False  # "Đoàn Nhật Bản bay từ Tokyo đến Hà Nội": where visitors come from
    end = _SENTENCE_END.search(folded, mention.end, mention.end + 300)
    after_end = end.start() if end else mention.end + 300
    if not (
        _has_travel(text, folded, begin, begin + len(before))
        or _has_travel(text, folded, mention.end, after_end)
        or _attended_next(folded, before, after_end)
        or _continues_trip(text, folded, begin)
    ):
        key = _key(mention)
        below_sent = mention.level is not PlaceLevel.COUNTRY and mention.country in sent_to
        if not below_sent and not any(_key(m) == key for m in accepted):
            return False
    return not _WITH_END.search(before[-80:]) or bool(_VISIT_BEFORE_WITH.search(before[-80:]))


_BODY_VISITED_END = re.compile(
    rf"(?:^|[\s(])(?P<cue>tham|chuc\s+tet|chuc\s+mung|{_COME_TO}|sang|tai)\s"
    r"(?:(?!\b(?:doan|tiep)\b)[^.;!?\n]){0,60}?\s(?:tinh|thanh\s+pho|thu\s+do|huyen|bang)\s+$"
)
"""A visit to a body named with its place ("đến thăm và chúc Tết cán bộ, chiến sĩ Công an tỉnh", "thăm và làm việc
tại VKSND tỉnh"): the place is only in the body's name, no destination by itself (the corpus rule); not the
visitors' own body ("đoàn Công an tỉnh …"; "chúc Tết của …" is `_VISIT_BY_END`) nor visitors received ("đã tiếp
ông …, Bộ trưởng Bộ … bang X") nor where they come from ("doanh nghiệp đến từ bang Kerala (Ấn Độ)")."""


_BRACKETED_SEAT = re.compile(r"\(\s*(?:tinh|thanh\s+pho|tp\.?|bang)\s+$")
_WORKED_WITH = re.compile(r"\b(?:lam\s+viec|tham)(?:\s*(?:,|va)\s*(?:lam\s+viec|tham))*\s+voi\s+(?=[^.!?\n]*$)")


_SEAT_AFTER = re.compile(r"\s*\(\s*(?:tinh|thanh\s+pho|tp\.?|bang)\s")


def _named_before_seat(folded: str, mention: _Mention) -> bool:
    """Whether the place is the name of a body worked with, its seat in brackets after it ("… làm việc với các Trung
    tâm Nghiên cứu Frente (tỉnh Santiago de Cuba); Guisa (tỉnh Granma)": Guisa is a centre's name), not a stop."""
    return (
        _SEAT_AFTER.match(folded, mention.end) is not None
        and _WORKED_WITH.search(folded, max(0, mention.start - 400), mention.start) is not None
    )


_HELD_AT_END = re.compile(rf"\b(?:duoc\s+)?to\s+chuc\s+tai(?:\s+{_CATEGORY})*\s*$")
_VIETNAMESE_DELEGATION_ATTENDS = re.compile(
    r"\s*[^.!?\n]{0,80}?\b(?:su\s+)?(?:tham\s+(?:gia|du)|co\s+mat)\s+cua\s+(?:cac\s+)?doan\b[^.!?;\n]{0,80}?\bviet\s+nam\b"
)


def _attended_next(folded: str, before: str, after_end: int) -> bool:
    """Whether an event held at the place ("Lễ hội … tổ chức tại thành phố X, …") has a Vietnamese delegation taking
    part in the next sentence ("Lễ khai mạc … với sự tham gia của đoàn cán bộ cấp cao nước CHXHCN Việt Nam …"): the
    trip told by what the delegation attends there."""
    if not _HELD_AT_END.search(before[-60:]):
        return False
    start = after_end + 1
    return _VIETNAMESE_DELEGATION_ATTENDS.match(folded, start, start + 300) is not None


def _seat_of_visited_body(folded: str, start: int) -> bool:
    """Whether the place at `start` is written in brackets with its kind after a body the delegation works with
    ("Đoàn đã làm việc với …, Trung tâm Nghiên cứu X (tỉnh Y); Z (tỉnh W)."): the bodies visited stand there, each
    seat a stop of the trip. Only in the sentence of "làm việc với" or "thăm … với" (items after a ";" too)."""
    if not _BRACKETED_SEAT.search(folded, max(0, start - 20), start):
        return False
    return _WORKED_WITH.search(folded, max(0, start - 400), start) is not None


def _country_of_visited_body(
    text: str, folded: str, begin: int, place: _Mention, country: _Mention, others: Sequence[_Mention]
) -> bool:
    """Whether `country` is written right after a place (`place`, in that country) that names a body the sentence
    visits (`_BODY_VISITED_END`): "thăm, chúc Tết cán bộ, chiến sĩ Công an tỉnh Hủa Phăn (Lào)", "làm việc tại
    VKSND tỉnh Chăm Pa Sắc, nước CHDCND Lào". The body stands in that country, so the delegation goes there. The cue
    is printed in small letters (a name, "Nguyễn Thành Tài", folds like "tại"), and no other place (`others`) stands
    between it and the body: "sinh tại huyện X, tỉnh Y, Mozambique" is a list of places, no body."""
    if not (
        country.level is PlaceLevel.COUNTRY
        and place.level is not PlaceLevel.COUNTRY
        and place.country == country.country
        and begin <= place.start
        and _COUNTRY_BESIDE.match(folded[place.end : country.start])
    ):
        return False
    body = _BODY_VISITED_END.search(folded, max(begin, place.start - 100), place.start)
    return (
        body is not None
        and text[body.start("cue") : body.start("cue") + 1].islower()
        and not any(body.end("cue") <= m.start and m.end <= place.start for m in others)
    )


_PLAN_VENUE_END = re.compile(
    r"(?:^|[\s.(])dia\s+diem\s*:\s*(?:(?:\d{1,2}|hai|ba|bon|nam|sau|cac)\s+(?:nuoc|quoc\s+gia|tinh|thanh\s+pho)"
    rf"(?:\s+(?!gom\b|la\b)[a-z]+){{0,4}}\s*,?\s+(?:gom(?:\s+co)?|la|bao\s+gom)\s*:?\s*)?(?:{_CATEGORY}\s+)*$"
)
""" "3. Địa điểm: 04 nước khu vực Châu Âu gồm: Đức, Pháp, …", "Địa điểm: Nhật Bản": the venue item of a plan, which
names where the planned activity is; the trip itself is told before it (`_DELEGATION_GOES`)."""
_DELEGATION_GOES = re.compile(
    r"\bdoan(?!\s+(?:ket|thanh\s+nien|tncs))\b(?:(?!\bdoan\b)[^.;!?\n]){0,80}?\b(?:di|sang|ra\s+nuoc\s+ngoai)\b"
    r"|\bdoan\s+ra\b(?!\s+(?:quan|mat|soat|sao|khoi|doi|vao|di)\b)"
)
""" "tổ chức Đoàn đại biểu cán bộ … đi học tập, trao đổi kinh nghiệm tại …", "Kế hoạch đoàn ra năm 2025": a plan
that sends a delegation abroad (not the Youth Union, "Đoàn TNCS", nor "đoàn kết"): the venue its later item names is
where the delegation goes."""


_VENUE_ITEM = re.compile(r"(?:^|[\s.(])(?:thoi\s+gian\s*(?:va|,)\s*)?dia\s+diem\s*:")
""" "Thời gian và địa điểm: từ ngày 17 đến ngày 19 tháng 5 năm 2016 tại Thủ đô Viêng Chăn, Lào": a plan's venue item,
where its event is held; with no word of a trip before it in the text (a festival the centre abroad organises, rt-915),
the dates' "đến" sends nobody there."""


_BODY_BEFORE_BRACKET = re.compile(rf"[{_UPPER}][^\W\d_]*[ \t]*\([ \t]*$")
_GOING_CUE = re.compile(rf"(?:^|[\s(])(tham|{_COME_TO}|sang)(?=[\s,])")


def _country_of_named_body(text: str, folded: str, begin: int, country: _Mention) -> bool:
    """Whether `country` stands in brackets after a body's name (`_BODY_BEFORE_BRACKET`) that a going cue earlier in
    the sentence reaches: "chuyến thăm, làm việc … với 03 đại học ở Châu Âu gồm: Đại học Bắc Đan Mạch (Đan Mạch), Đại
    học Hasselt (Vương quốc Bỉ) …" — the bodies visited stand in those countries. The cue is a word of going printed
    in small letters (not "tại": a meeting at home "tại TP Huế … phối hợp với ĐH X (Ấn Độ)"), and no delegation
    ("đoàn …", received: "tiếp") nor a Vietnamese place (the cue's own object: "đến thăm Việt Nam, Giáo sư Đại học X
    (Nhật Bản)") stands between it and the body."""
    if country.level is not PlaceLevel.COUNTRY or not _BODY_BEFORE_BRACKET.search(
        text, max(begin, country.start - 60), country.start
    ):
        return False
    for cue in reversed(list(_GOING_CUE.finditer(folded, max(begin, country.start - 300), country.start))):
        if not text[cue.start(1)].islower() or not _spelled_as_cue(text, *cue.span(1)):
            continue  # "Nguyễn Thành Tài", "sáng 5/10": a name, a time
        between = folded[cue.end() : country.start]
        return not (
            re.search(r"\b(?:doan|tiep)\b", between)
            or "viet nam" in between
            or _names_home(text[cue.end() : country.start].split())
        )
    return False


_VENUE_CUE = re.compile(rf"(?:^|\s)(tai|{_COME_TO}|tham)\s+(?=\S)")
_VENUE_PART = re.compile(rf"[{_UPPER}][^\W\d_]*(?:[ \t]+[^\W\d_]+){{0,7}}")
_COUNTRY_ENDS_VENUE = re.compile(r"[ \t]*(?:[.;)\n]|$)")


def _country_of_named_venue(text: str, folded: str, begin: int, country: _Mention) -> bool:
    """Whether `country` closes, after a comma, the venue a trip's cue names by its bodies' names only: "đã đến chúc
    Tết … tại Chi khu Quân sự X, Tiểu khu Quân sự Y, Campuchia." — bodies the gazetteers do not know, standing in that
    country. The cue ("tại", "đến", "thăm") is printed in small letters, every part between it and the country is a
    capitalised name (no Vietnamese place among them), the country ends the sentence's clause, and the sentence
    speaks of travel (a meeting at home names no foreign venue so)."""
    if country.level is not PlaceLevel.COUNTRY or not _COUNTRY_ENDS_VENUE.match(text, country.end):
        return False
    cues = [
        cue
        for cue in _VENUE_CUE.finditer(folded, max(begin, country.start - 160), country.start)
        if text[cue.start(1)].islower() and _spelled_as_cue(text, *cue.span(1))
    ]
    if not cues:
        return False
    venue = text[cues[-1].end() : country.start].rstrip()
    parts = [part.strip() for part in venue.removesuffix(",").split(",")]
    return (
        venue.endswith(",")
        and all(_VENUE_PART.fullmatch(part) for part in parts)
        and not _names_home(venue.replace(",", " ").split())
        and not re.search(r"\b(?:doan|tiep)\b", fold(venue))
        and _has_travel(text, folded, begin, cues[-1].end())
    )


_COMMUNE_BEFORE = compile_led(r"(?<![^\W\d_])(?<!thị )(?<!Thị )xã[ \t]+$")
""" "xã Sambor Prei Kuk": a commune (not a town, "thị xã"), below the places a trip lists (the corpus labels stop at
the district); a name the gazetteer knows elsewhere ("Sambor", a Ukrainian town) that starts it is no place of the
trip."""


_REPEATED_WORD = re.compile(r"\b(\w+)(?:\s+\1\b)+")
"""A word typed twice in a row ("thăm chính thức thức Cộng hòa Ba Lan"): read once where the cue before a place is
looked for."""


_COUNTED_CUE_END = re.compile(
    r"(?:^|[\s(])(?:tai|o|den|toi|sang|di)\s+(?:\d{1,2}|hai|ba|bon|sau|bay|tam|chin|muoi)\s+"
    r"(?:thanh\s+pho|tinh|nuoc|quoc\s+gia|dia\s+phuong)\s*:\s*$"
)
""" "được tổ chức ở 8 thành phố: Liễu Châu, Bắc Hải, …": places counted after the cue, then named after a colon."""
_VENUE_WITHIN_END = re.compile(rf"(?:^|[\s(])(?:tai|den|toi)\s+[^().;,:\n]{{3,40}}?\s+thuoc\s+(?:{_CATEGORY}\s+)*$")
""" "làm việc với … tại trụ sở chính thuộc tỉnh Gyeonggi": a venue, then the place it lies in."""


def _more_cues(cue_window: str) -> bool:
    """Cues besides `_CUE_END` and `_VENUE_END`: counted places (`_COUNTED_CUE_END`), a venue in a place
    (`_VENUE_WITHIN_END`)."""
    return bool(_COUNTED_CUE_END.search(cue_window) or _VENUE_WITHIN_END.search(cue_window))


_FESTIVAL_NAME = re.compile(
    rf"(?<=(?i:chúc tết))(?: cổ truyền(?: dân tộc)?)?(?: [{_UPPER}][^\W\d_]*){{1,4}}(?=,| và | đối với | cho )"
)
""" "chúc Tết cổ truyền Bunpimay đối với chính quyền và nhân dân huyện X", "chúc Tết Chôl Chnăm Thmây và tặng quà
…": the festival's name between the greeting and those greeted."""


_CUE_LIKE_WORD = compile_led(r"(?i)(?<![^\W\d_])(?:vận tải|hiện tại|tồn tại)(?![^\W\d_])")
"""Words whose second syllable folds like the cue "tại": "Bộ Công chính và Vận tải Lào" (transport: the ministry's
country, not "tại Lào"), "hiện tại" (now), "tồn tại" (exist). Matched as printed."""


_VILLAGE_IN_LIST = compile_led(
    rf"(?<![^\W\d_])(?:bản|làng|thôn|xã)[ \t]+{_WORD}(?:[ \t]+{_WORD}){{0,3}}[ \t]*,[ \t]*"
    r"(?=(?:(?:huyện|quận|thị xã|tỉnh|thành phố)[ \t]+)?$)"
)
""" "chúc Tết nhân dân bản Ka Lô, huyện X, tỉnh Y": a village or commune named before its district, below the places a
trip lists (the corpus labels stop at the district); the cue before it reaches the district."""


def _without_non_cues(text: str, begin: int, before: str) -> str:
    """`before` (folded, from `begin`) with what only looks like a cue blanked: the festival's name after "chúc Tết"
    (`_FESTIVAL_NAME`), so that the greeting reads as the cue it is (the greeted people and their place follow), and
    words that fold like "tại" (`_CUE_LIKE_WORD`); and a village named right before the place (`_VILLAGE_IN_LIST`),
    so that the cue before the village reaches it."""
    names = [
        *_FESTIVAL_NAME.finditer(text, begin, begin + len(before)),
        *_CUE_LIKE_WORD.finditer(text, begin, begin + len(before)),
        *_VILLAGE_IN_LIST.finditer(text, begin, begin + len(before)),
    ]
    return blanked(before, [(name.start() - begin, name.end() - begin) for name in names])


_VISIT_BY_END = re.compile(
    r"\b(?:chuyen\s+tham(?:\s*,\s*chuc\s+tet)?|chuc\s+tet)\s+cua\s+"
    r"(?:(?!\b(?:tai|o|den|toi|sang|ve)\b)[^.;!?\n]){0,80}$"
)
""" "Chuyến thăm, chúc Tết của Lực lượng vũ trang tỉnh Mondulkiri": the visitors named by "của", and where they are
from; no cue to a place follows."""
_RECEIVED_END = compile_led(
    r"\b(?:don\s+)?tiep(?!\s+(?:tuc|theo|nhan|can|xuc)\b)(?:\s+xa\s+giao)?"
    r"(?:\s+(?:va\s+)?(?:lam\s+viec|hoi\s+dam|gap\s+go)\s+voi)?"
    r"\s+(?:cac\s+)?(?:doan|dai\s+bieu)\b(?P<described>(?:(?!\b(?:sang|den|toi|tham|ve|di|dang)\b)[^.;!?\n]){0,120})$"
)
""" "tiếp và làm việc với đoàn công tác của … doanh nghiệp tại thành phố Daejeon (Hàn Quốc)", "tiếp đoàn Ban Tổ chức
Lễ hội Việt Nam tại Sapporo": a delegation received, described by where its members come from or work; no word of
going ("tiếp đoàn đại biểu tỉnh X … thăm làm việc tại Hà Lan", "tiếp đoàn … đang ở thăm … tại Cam-pu-chia": the
hosts abroad receive a delegation that went there) stands between it and the place."""


def _received_from(text: str, begin: int, before: str) -> bool:
    """Whether the sentence up to a place (`before`, folded, from `begin`) receives a delegation it describes by the
    place (`_RECEIVED_END`). Not a reception's venue ("Tỉnh trưởng tiếp đoàn tại tỉnh X": nothing describes the
    delegation), nor a Vietnamese delegation received abroad ("tiếp đoàn công tác tỉnh Quảng Nam tại trụ sở tỉnh X",
    "tiếp đoàn đại biểu Việt Nam tại …": a Vietnamese place or Viet Nam owns it), where X is where it went."""
    received = _RECEIVED_END.search(before, max(0, len(before) - 200))
    if received is None:
        return False
    head = _DELEGATION_HEAD.match(before, received.start("described"))
    owner = text[begin + (head.end() if head else received.start("described")) : begin + len(before)]
    if not owner.strip() or _AT_END.fullmatch(" " + fold(owner).rstrip()):
        return False
    run = re.match(rf"[ \t]*((?:[{_UPPER}][^\W\d_]*[ \t]*)+)", owner)
    return run is None or not (fold(run.group(1).strip()) == "viet nam" or is_vietnamese_place(run.group(1).strip()))


_LEADS = re.compile(r"[ \t]+(?:dan\s+dau|lam\s+truong\s+doan)(?![a-z])")
_NAME_RUN_END = compile_led(rf"(?:[{_UPPER}][^\W\d_]*[ \t]+)*[{_UPPER}][^\W\d_]*$")
_VIETNAMESE_FAMILY = name_list("family_names.txt") | name_list("highland_family_names.txt")
_GLUED_CAPITAL = re.compile(rf"(?<=[{LOWER}])(?=[{_UPPER}])")


def _led_by_foreigner(text: str, folded: str, begin: int, at: int) -> bool:
    """Whether the sentence before a place (from `begin` to `at`) has a person with a foreign name lead the
    delegation ("Tổng Giám đốc WHO Margaret Chan dẫn đầu một đoàn … tham dự hội nghị … tại thủ đô Havana, Cuba"): a
    foreign body's delegation, and the places its text names are where no Vietnamese delegation goes. Foreign: the
    two to four capitalised words before "dẫn đầu" / "làm trưởng đoàn" hold no Vietnamese family name (Kinh or
    Central Highlands) and one of them no Vietnamese syllable spells (a copy's glued "NguyễnVăn" split first)."""
    for lead in _LEADS.finditer(folded, begin, at):
        run = _NAME_RUN_END.search(text, begin, lead.start())
        words = _GLUED_CAPITAL.sub(" ", run.group()).split() if run else []
        if (
            2 <= len(words) <= 4
            and all(word[1:].islower() for word in words)  # a name's words, no body's initials ("QH")
            and not any(word in _VIETNAMESE_FAMILY for word in words)
            and not all(map(is_syllable, words))
        ):
            return True
    return False


_DELEGATION_HEAD = re.compile(rf"\s*(?:(?:dai\s+bieu|cong\s+tac|can\s+bo)\s+)?(?:cua\s+)?(?:{_CATEGORY}\s+)*")
"""What may stand between "đoàn" and the delegation's owner: "đoàn công tác (của) tỉnh Quảng Nam"."""


_PARTNERS_SEAT_END = compile_led(
    rf"\bquan\s+he\s+hop\s+tac\s+voi\s+(?:cac\s+)?(?:doi\s+tac|doanh\s+nghiep|co\s+so|truong|to\s+chuc|dia\s+phuong|"
    rf"co\s+quan)(?:\s+[^\s.;!?]+){{0,4}}?\s+(?:tai|o)(?:\s+{_CATEGORY})*\s*$"
)
""" "quan hệ hợp tác với các đối tác ở Hàn Quốc", "quan hệ hợp tác với địa phương tại Nhật Bản": a relationship with
partners, placed where the partners are; nobody is sent there by it."""
_BORN_END = re.compile(
    rf"\b(?:sinh(?:\s+ra)?(?:\s+(?:ngay|nam|thang)\s+[\d/.\-\s]+?)?|que(?:\s+quan)?(?:\s+o)?)\s+(?:tai|o)?"
    rf"(?:\s+{_CATEGORY})*\s*$"
)
""" "sinh ngày 26/10/1954 tại huyện X, tỉnh Y", "quê ở …": where a person was born or comes from, a biography's
place."""
_PREPARED_EVENT_END = compile_led(
    r"\bchuan\s+bi\s+cho\b(?:(?!\b(?:chuyen|doan|sang|di|tham)\b)[^.;!?]){1,80}?\bdien\s+ra\b[^.;!?]{0,80}?"
    rf"\btai(?:\s+{_CATEGORY})*\s*$"
)
""" "… góp phần chuẩn bị cho Hội nghị APEC 2025 dự kiến diễn ra … tại Hàn Quốc": an event prepared for where it
takes place, no trip to it (a delegation's trip there is told by its own words: "chuẩn bị cho chuyến công tác tại Ấn
Độ", "đoàn sang …")."""
_SCHOOLED_END = re.compile(
    r"^\s*(?:ong|ba)\s+(?:(?!(?:di|sang|doan|cu|dan\s+dau)\b)[^.;!?]){0,80}?\b(?:hoc|tot\s+nghiep)(?:\s+tap)?\s+tai\s+"
    r"(?:[^.;!?,]{1,40},\s*)?$"
)
""" "Ông học tại Brunei Darussalam, sau đó tiếp tục học tập tại Kuala Lumpur, Malaysia": a sentence on where its
subject went to school, a biography's places; a delegation's study tour is sent ("Ông … dẫn đầu đoàn đi học tập tại
…")."""
_SEAT_MOVED_END = re.compile(
    rf"\b(?:dong|chuyen)\s+tru\s+so(?:\s+chinh)?\s+(?:tai|o|den|ve|sang)(?:\s+{_CATEGORY})*\s*$"
)
""" "Tổng lãnh sự quán đóng trụ sở tại thành phố X", "chuyển trụ sở đến thành phố Y": where a body is seated or moves
its seat, no trip."""
_MAY_WORK_END = compile_led(
    rf"\bco\s+the\s+(?:sang\s+|di\s+)?(?:lam\s+viec|hoc\s+tap|du\s+hoc|sinh\s+song|dinh\s+cu)\s+(?:tai|o)"
    rf"(?:\s+{_CATEGORY})*\s*$"
)
""" "(người học …) có thể làm việc tại Đức": where someone may one day work or study, no trip."""
_VISA_RULE = re.compile(
    r"\bthi\s+thuc(?:\s+nhap\s+canh)?\s+cho\s+(?:cac\s+|nhung\s+)?(?:can\s+bo|cong\s+chuc|cong\s+dan|nguoi)\b"
    r"(?:(?!\b(?:doan|dong\s+chi|ong|ba)\b)[^.;!?]){0,80}$"
)
"""A visa rule for a class of travellers ("thị thực cho cán bộ Việt Nam đi công tác tại Thụy Sĩ … sẽ được cấp sau 10
ngày", a consular notice): the country whose visas it is about, no trip the text sends anyone on; a visa for a
delegation or for named people ("cấp thị thực cho đoàn đi …", "cho đồng chí …") is still that trip's."""
_STUDENTS_SENT = re.compile(
    r"\b(?:cong\s+dan|nguoi|ung\s+vien|luu\s+hoc\s+sinh|du\s+hoc\s+sinh)(?:\s+viet\s+nam)?(?:\s+duoc\s+cu)?"
    r"\s+(?:di|sang)\s+(?:du\s+)?hoc(?!\s+tap)\b(?:(?!\bdoan\b)[^.;!?]){0,80}$"
    r"|\bdao\s+tao\b(?:(?!\bdoan\b)[^.;!?]){0,60}?\btrinh\s+do\s+(?:dai\s+hoc|thac\s+s[iy]|tien\s+s[iy])\b"
    r"(?:(?!\bdoan\b)[^.;!?]){0,100}$"
)
""" "Đưa công dân Việt Nam đi học tại Liên bang Nga", "số người đi học tại …", "đào tạo nguồn nhân lực … trình độ
đại học, thạc sỹ, tiến sỹ … ở …": citizens sent to take degrees abroad, no delegation (unlike a delegation's
"đi học tập, khảo sát tại …", a study tour)."""


_YEARLY_VENUE_END = compile_led(rf"\b(?:dinh\s+ky\s+)?hang\s+nam\s+(?:tai|o)(?:\s+{_CATEGORY})*\s*$")
""" "(hội chợ …) được đồng tổ chức định kỳ hàng năm tại Nam Ninh": where a recurring event is held every year, a
description of the series, not a place the text sends anyone to."""


def _no_delegation_sent(before: str) -> bool:
    """Whether the sentence up to a place (`before`, folded) names visitors from it (`_VISIT_BY_END`), partners placed
    where they are (`_PARTNERS_SEAT_END`), a birthplace (`_BORN_END`) or a school (`_SCHOOLED_END`), a body's seat
    (`_SEAT_MOVED_END`), a place where someone may work (`_MAY_WORK_END`), students sent to study there
    (`_STUDENTS_SENT`), a recurring event's yearly venue (`_YEARLY_VENUE_END`), an event's venue only prepared
    for (`_PREPARED_EVENT_END`) or a visa rule's country (`_VISA_RULE`)."""
    return bool(
        _VISIT_BY_END.search(before[-160:])
        or _PARTNERS_SEAT_END.search(before[-120:])
        or _BORN_END.search(before[-80:])
        or _SCHOOLED_END.search(before)
        or _PREPARED_EVENT_END.search(before[-240:])
        or _SEAT_MOVED_END.search(before[-60:])
        or _MAY_WORK_END.search(before[-80:])
        or _STUDENTS_SENT.search(before[-240:])
        or _YEARLY_VENUE_END.search(before[-60:])
        or _VISA_RULE.search(before[-120:])
    )


_PHOTO_MARK = re.compile(r"(?:^|\s)[-–]\s*anh\s+\d{1,2}\s")
"""A web page's image marker before its caption ("… thăm chính thức Liên bang Nga - ảnh 1 Chủ tịch nước …")."""
_MONTH_YEAR = re.compile(r"(?<!\d\s)\bthang\s+\d{1,2}\s*[-/.]\s*(?:19|20)\d{2}\b")
"""A month and year with no day ("tháng 5/2017"): when a photo was taken, told as history."""


_CREDIT = re.compile(r"\s[-–]\s*anh\s*:")
"""A caption's photo credit later on its line ("… thăm Trung Quốc vào tháng 10-2022. … - Ảnh: TTXVN - Nguồn: …")."""


def _old_photo(folded: str, begin: int, mention: _Mention) -> bool:
    """A photo's caption dated by its month alone ("- ảnh 1 Chủ tịch nước gặp Tổng thống Nga … tại Bắc Kinh,
    Trung Quốc tháng 5/2017. Ảnh: …", or an infographic's "… thăm Trung Quốc vào tháng 10-2022 … - Ảnh: TTXVN"):
    an earlier meeting illustrating the story, not where this trip goes."""
    end = _SENTENCE_END.search(folded, mention.end, mention.end + 300)
    sentence = folded[begin : end.start() if end else mention.end + 300]
    line_end = folded.find("\n", mention.end)
    caption = _PHOTO_MARK.search(folded, max(0, begin - 40), mention.start) or _CREDIT.search(
        folded, mention.end, line_end if line_end >= 0 else len(folded)
    )
    return bool(caption and _MONTH_YEAR.search(sentence))


def _key(mention: _Mention) -> tuple[str, str, str]:
    """One key per place: its country, and for a place below a country its level and its name's letters (a
    city's main name's, so "Viêng Chăn" and "Vientiane" are one place; the province of Savannakhet and its capital,
    the city Kaysone Phomvihane that the gazetteer also calls Savannakhet, are two)."""
    if mention.level is PlaceLevel.COUNTRY:
        return mention.country, "", ""
    return mention.country, mention.level.value, same_place(place_key(mention.name))


_CUE = re.compile(rf"(?:^|[\s(])(tai|o|{_COME_TO}|sang|di|tham|xuat\s+canh|qua\s+canh)(?=\s)")


def _cue_before_unknown_names(text: str, folded: str, at: int) -> bool:
    """A cue followed only by names the gazetteers lack (an OCR-garbled "San Erancisco", "Phnôm\nPênh"),
    separators and place words: "tại thành phố San Erancisco, Hoa Kỳ" still sends people to Hoa Kỳ."""
    stop = max(folded.rfind(mark, 0, at) for mark in ".;!?")  # OCR breaks lines inside names: look past them
    cues = [cue for cue in _CUE.finditer(folded, max(stop + 1, at - 80), at) if _spelled_as_cue(text, *cue.span(1))]
    if not cues or not _has_travel(text, folded, max(stop + 1, at - 160), at):
        return False
    if _at_post_seat(text, folded, cues[-1].end()):
        return False  # "Tổng Lãnh sự … tại Pắc-xế, CHDCND Lào": the post's seat and its country
    between = text[cues[-1].end() : at]
    if re.search(r"\n\s*\n", between):
        return False  # a paragraph ends the sentence: "… tại Trung Quốc\n\nHà Vũ - Ảnh: Trung Sơn" is a credit
    words = [word.strip("[](){}\"'“”,;:|–—-") for word in between.split()]
    if any(_BODY_ACRONYM.fullmatch(word) for word in words) and not _shouted_line(text, at):
        return False  # "tại VKSND tỉnh Chăm Pa Sắc": a body's short name, not a place the gazetteers lack
    if _names_home(words):
        return False  # "tại Lào Cai - Việt Nam và Hà Khẩu": the cue's place is at home, the names after it known
    lower = [  # "xã" (a commune, below the places listed) as printed is a place word too: "tại xã X, huyện Y, …"
        word for word in words if not word[:1].isupper() and any(c.isalpha() for c in word) and word != "xã"
    ]
    return len(lower) < len(words) and bool(_CHAIN_GAP.match(fold(" ".join(lower))))


_BODY_ACRONYM = re.compile(r"[A-ZĐ]{3,}")
"""A word in capitals between a cue and a place on a line in small letters: a body's short name ("VKSND", "UBND",
"HĐND"); a short name carries no tone mark (a scan's "[TTỊ" is garbage in a name)."""


def _shouted_line(text: str, at: int) -> bool:
    """Whether the line around `at` is printed in capitals (a headline), where a word in capitals tells nothing."""
    begin, end = line_bounds(text, at)
    letters = [c for c in text[begin:end] if c.isalpha()]
    return sum(c.isupper() for c in letters) > len(letters) / 2


def _names_home(words: list[str]) -> bool:
    """Whether capitalised words among `words` name Viet Nam or a Vietnamese place: names the gazetteers know."""
    runs = " ".join(word if word[:1].isupper() else "|" for word in words).split("|")
    return any(
        fold(name) == "viet nam" or is_vietnamese_place(name)
        for run in runs
        if (parts := run.split())
        for name in (" ".join(parts[i:k]) for i in range(len(parts)) for k in range(i + 2, len(parts) + 1))
    )


_HYPHENATED_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")


_CAPITAL_BEFORE = compile_led(rf"(?<![^\W\d_])[{_UPPER}][^\W\d_]*[ \t]+$")


def _inside_place_word(text: str, start: int, end: int) -> bool:
    """Whether a country's name is the end of a hyphenated place's name the gazetteer knows ("France" in
    "Vùng Ile-de-France"), or of a region the data file names by a capitalised word and the country ("Tây
    Australia", the state of Western Australia): the region is named, not the country."""
    word = next((w for w in _HYPHENATED_WORD.finditer(text, max(0, start - 40), end + 40) if w.start() <= start), None)
    if word is not None and word.end() >= end and (word.start(), word.end()) != (start, end):
        return place_key(word.group()) in gazetteer_places()
    before = _CAPITAL_BEFORE.search(text, max(0, start - 20), start)
    entry = gazetteer_places().get(place_key(text[before.start() : end])) if before else None
    return entry is not None and GazetteerPlace(*entry).curated


_UNLISTED_RE = compile_led(
    rf"(?<![^\W\d_])(?P<word>huyện|tỉnh|tiểu bang|bang|thành phố|TP\.?)\s+"
    rf"(?P<name>{_WORD}(?:[ \t]+(?:{_WORD}|[^\W\d_]+)){{0,2}})"
    r"(?P<gap>\s*[,(]\s*)"
)
_UNLISTED_LEVEL = {"huyen": PlaceLevel.REGION, "tinh": PlaceLevel.REGION, "tieu bang": PlaceLevel.REGION}
"""The level a place word gives a place the gazetteers lack: a district, province or state is a region; a city
("thành phố", "TP") is a city."""


def _unlisted_places(text: str, folded: str, known: list[_Mention]) -> list[_Mention]:
    """Places the gazetteers lack, named after their place word in a list of known places of one foreign country
    ("huyện Koh Nhéc, tỉnh Mondulkiri", "thành phố Kandy, tỉnh Trung, Sri Lanka"): each is a place of that country,
    read like any other (a sentence must still send someone there). Not a Vietnamese place, one a known mention
    covers, nor a name alone before its country and printed once: a scan's garbled city ("San Erancisco, Hoa Kỳ")
    reads so too."""
    found: list[_Mention] = []
    for match in _UNLISTED_RE.finditer(text):
        start, end = match.span("name")
        if any(m.start < end and start < m.end for m in known) or is_vietnamese_place(match["name"]):
            continue
        following = next((m for m in known if m.start >= match.end()), None)
        if following is None or not _CHAIN_GAP.match(folded[end : following.start]):
            continue
        if (
            following.level is PlaceLevel.COUNTRY
            and not _below_country_before(folded, known, match.start(), following)
            and not _named_again(text, match)
        ):
            continue  # "tại thành phố San Erancisco, Hoa Kỳ": alone before its country, a garbled name as likely
        word = fold(match["word"]).rstrip(".")
        level = PlaceLevel.CITY if word in ("thanh pho", "tp") else _UNLISTED_LEVEL.get(word, PlaceLevel.REGION)
        found.append(_Mention(start, end, match["name"], following.country, level))
    return found


def _named_again(text: str, match: re.Match[str]) -> bool:
    """Whether the text prints an unlisted place's foreign name again after its place word ("tại bang Telagana, Ấn Độ"
    in the headline, "làm việc tại bang Telagana" in a caption): a spelling, however rare, that no scan garbles alike
    twice. Not a name of Vietnamese syllables ("huyện Mã Quan (Trung Quốc)"): the gazetteer knows Viet Nam's
    provinces and cities only, so such a name may be a district on either side of the border."""
    if all(is_syllable(word) for word in match["name"].split()):
        return False
    again = re.compile(rf"(?<![^\W\d_]){re.escape(match['word'])}\s+{re.escape(match['name'])}(?![^\W\d_])")
    return any(other.start() != match.start() for other in again.finditer(text))


def _below_country_before(folded: str, known: list[_Mention], at: int, country: _Mention) -> bool:
    """Whether a known place below `country`, in it, ends the list right before `at` ("thành phố Kandy, tỉnh …")."""
    previous = next((m for m in reversed(known) if m.end <= at), None)
    return (
        previous is not None
        and previous.level is not PlaceLevel.COUNTRY
        and previous.country == country.country
        and _CHAIN_GAP.match(folded[previous.end : at]) is not None
    )


def find_places(text: str) -> list[Place]:
    """The foreign places `text` sends people to (see the module doc), each once, in order of first mention."""
    folded = fold(unwrap_lines(text))  # a sentence wrapped at the margin is read whole
    named_with_particles = _particle_names(text, folded, [])
    countries = [
        _Mention(c.start, c.end, c.name, c.code, PlaceLevel.COUNTRY)
        for c in _country_mentions(text, folded)
        if not _inside_place_word(text, c.start, c.end)
        and not any(m.start <= c.start and c.end <= m.end for m in named_with_particles)  # "Santiago de Cuba"
    ]
    named = {c.country for c in countries}
    below = [
        _in_named_country(m, named) for m in _gazetteer_mentions(text, folded, [(c.start, c.end) for c in countries])
    ]
    known = sorted([*countries, *below, *_short_mentions(text, below)], key=lambda m: m.start)
    mentions = sorted([*known, *_unlisted_places(text, folded, known)], key=lambda m: m.start)
    accepted: list[_Mention] = []
    for k, mention in enumerate(mentions):
        if _is_destination(text, folded, mention, accepted, places_before=mentions[:k]):
            accepted.append(mention)
    sent_to = frozenset(m.country for m in accepted)  # a place the delegation goes to is in its country too
    if sent_to:  # the places after a cue in a country the delegation goes to, read again knowing it goes
        accepted = []
        for k, mention in enumerate(mentions):
            if _is_destination(text, folded, mention, accepted, sent_to, places_before=mentions[:k]):
                accepted.append(mention)
    accepted = [
        m for k, m in enumerate(accepted) if not m.ambiguous or _confirmed(folded, accepted, k, countries, mentions)
    ]
    accepted = [m for m in accepted if not _envoys_host_country(folded, m, accepted)]
    accepted = sorted([*accepted, *_countries_beside(text, folded, mentions, accepted)], key=lambda m: m.start)
    accepted = sorted(
        [*accepted, *_countries_of_greeted_bodies(text, folded, mentions, accepted)], key=lambda m: m.start
    )
    seen: dict[tuple[str, str, str], int] = {}
    result: list[Place] = []
    for mention in accepted:
        key = _key(mention)
        span = Span.in_text(text, mention.start, mention.end)
        name = mention.name if mention.short else squash(text[mention.start : mention.end])  # "CHDCND Lào"
        if key in seen:
            kept = result[seen[key]]
            if _GLUE.search(kept.name) and not _GLUE.search(name):  # "HànQuốc", later "Hàn Quốc": the clean one
                result[seen[key]] = kept.model_copy(update={"name": name, "span": span})
            continue
        seen[key] = len(result)
        result.append(Place(name=name, country=mention.country, level=mention.level, span=span))
    return result


_AS_PLACE = re.compile(
    r"(?:(?:^|[\s(])(?:tai|o|den|toi|sang|tham|cua)|(?P<comma>,))\s+(?:(?:nuoc|vuong\s+quoc|cong\s+hoa)\s+)?$"
)
"""A country named as a place: after a word of place or belonging, or a comma after a name ("tại Hàn Quốc", "của
Vương quốc Campuchia", "tiểu bang California, Hoa Kỳ"); not a body's or a people's ("Chính phủ Hungary", "các trường
đại học Hungary", "Việt Nam và Hungary"), nor a clause's subject after a comma that ends a lower-case word ("ông X cho
biết, Nhật Bản là đối tác …")."""
_NAME_BEFORE_COMMA = re.compile(rf"[{_UPPER}][^\W\d_]*[ \t]*$")


def _named_as_place(text: str, folded: str, mention: _Mention) -> bool:
    """Whether the country `mention` is written as a place (`_AS_PLACE`)."""
    cue = _AS_PLACE.search(folded, max(0, mention.start - 40), mention.start)
    return cue is not None and (
        cue["comma"] is None or _NAME_BEFORE_COMMA.search(text, max(0, cue.start() - 40), cue.start()) is not None
    )


_SUPERLATIVE_SCOPE = re.compile(r"\b(?:nhat|dau\s+tien)\s+(?:o|tai|cua)\s+(?:nuoc\s+)?$")
"""The scope of a superlative ("nơi duy nhất ở Nhật Bản đặt tượng …", "trường lớn nhất tại Úc"): what a place
is said to be among, not where anyone goes."""


_BRACKETED_BESIDE = re.compile(r"\s*\(\s*$")
"""A country in brackets right after a place ("bang Victoria (Australia)"): the place's own country, listed even in an
envoy's tour of his host country, where a country written otherwise is his post (`_envoys_tour`)."""


def _countries_beside(text: str, folded: str, mentions: list[_Mention], accepted: list[_Mention]) -> list[_Mention]:
    """Countries named right after a place the delegation goes to, where that place is named again without
    a cue ("chính quyền bang Karnataka, Ấn Độ" in a caption, "đến thăm bang Karnataka" in the story): the
    country of a destination, written beside it, is one too; so is one named as a place anywhere else in the
    text (`_AS_PLACE`: "Thủ tướng đến Busan" and "cộng đồng người Việt tại Hàn Quốc")."""
    places = {_key(m) for m in accepted if m.level is not PlaceLevel.COUNTRY}
    countries = {m.country for m in accepted if m.level is PlaceLevel.COUNTRY}
    found: list[_Mention] = []
    for before, mention in pairwise(mentions):
        if (
            mention.level is PlaceLevel.COUNTRY
            and mention.country not in countries
            and _key(before) in places
            and before.country == mention.country
            and _COUNTRY_BESIDE.match(folded[before.end : mention.start])
            and (
                _BRACKETED_BESIDE.match(folded[before.end : mention.start])
                or not _envoys_tour(folded, [m for m in accepted if m.country == mention.country])
            )
        ):
            countries.add(mention.country)
            found.append(mention)
    for mention in mentions:
        if (
            mention.level is PlaceLevel.COUNTRY
            and mention.country not in countries
            and any(m.country == mention.country for m in accepted)
            and not _envoys_tour(folded, [m for m in accepted if m.country == mention.country])
            and _named_as_place(text, folded, mention)
            and not _SUPERLATIVE_SCOPE.search(folded, max(0, mention.start - 40), mention.start)
        ):
            countries.add(mention.country)
            found.append(mention)
    return found


_ENVOY = compile_led(r"\bdai\s+su\b(?!\s+quan)")
_HOME_DELEGATION = re.compile(r"\bdoan\b(?!\s+ket)")


def _envoys_tour(folded: str, places: list[_Mention]) -> bool:
    """Whether every sentence that sends someone to `places` (one country's) names an ambassador and no delegation:
    "Đại sứ Việt Nam tại Ba Lan … đã có chuyến công tác tại thành phố Wrocław" — the envoy tours the country he is
    posted in, so the country written elsewhere ("tỉnh Dolnośląskie của Ba Lan" in the headline) is not where he goes
    (rt-311, 663: the labels list its places only; a country written beside them is still listed, rt-014)."""
    return all(_envoy_alone(folded, place) for place in places)


def _envoy_alone(folded: str, mention: _Mention) -> bool:
    """Whether the sentence of `mention` names an ambassador and no delegation (`_ENVOY`, `_HOME_DELEGATION`)."""
    begin = _sentence_begin(folded, mention.start)
    end = _SENTENCE_END.search(folded, mention.end)
    sentence = folded[begin : end.start() if end else mention.end + 300]
    return bool(_ENVOY.search(sentence)) and not _HOME_DELEGATION.search(sentence)


def _envoys_host_country(folded: str, country: _Mention, accepted: list[_Mention]) -> bool:
    """Whether `country` is the one an ambassador touring it is posted in (`_envoys_tour`), written away from his
    places in a sentence of his with no delegation: "chuyến công tác tại Davinópolis - một địa phương … tại khu vực
    Đông Bắc Brazil -" describes the place (rt-366). Written beside them ("tại Torun, Ba Lan", rt-857) or in
    another's trip ("chuyến thăm chính thức Australia của Thủ tướng", rt-655) it is listed."""
    if country.level is not PlaceLevel.COUNTRY:
        return False
    below = [m for m in accepted if m.country == country.country and m.level is not PlaceLevel.COUNTRY]
    if not below or not _envoys_tour(folded, below):
        return False
    beside = any(m.end <= country.start and _COUNTRY_BESIDE.match(folded[m.end : country.start]) for m in below)
    return not beside and _envoy_alone(folded, country)


def _countries_of_greeted_bodies(
    text: str, folded: str, mentions: list[_Mention], accepted: list[_Mention]
) -> list[_Mention]:
    """The country named in a sentence that sends a delegation to a body whose name holds a place of it
    (`_BODY_VISITED_END` and `_STATE_BODY_END`: "Nhân dịp tết cổ truyền nước CHDCND Lào …, đoàn … đã đến chúc mừng cán
    bộ, chiến sỹ công an 2 tỉnh X và Y"): the place is no destination (the blind6 rule), but the body stands in that
    country, so the delegation goes there, as `_country_of_visited_body` reads the country after the body."""
    countries = {m.country for m in accepted if m.level is PlaceLevel.COUNTRY}
    found: list[_Mention] = []
    for place in mentions:
        if place.level is PlaceLevel.COUNTRY or place.country in countries:
            continue
        begin = _sentence_begin(folded, place.start)
        body = _BODY_VISITED_END.search(folded, max(begin, place.start - 100), place.start)
        if (
            body is None
            or not text[body.start("cue") : body.start("cue") + 1].islower()
            or not _STATE_BODY_END.search(folded, max(begin, place.start - 80), place.start)
        ):
            continue
        end = _SENTENCE_END.search(folded, place.end)
        country = next(
            (
                m
                for m in mentions
                if m.level is PlaceLevel.COUNTRY
                and m.country == place.country
                and begin <= m.start
                and (end is None or m.end <= end.start())
            ),
            None,
        )
        if country is not None:
            countries.add(country.country)
            found.append(country)
    return found


def _in_named_country(mention: _Mention, named: set[str]) -> _Mention:
    """A name several countries' places bear, read as the place in the one country the text names: "bang
    Victoria" in a story on Australia is the state, not Hong Kong's city (the gazetteer's choice by size)."""
    if mention.country in named:
        return mention
    choices = [entry for country, entry in namesakes(place_key(mention.name)).items() if country in named]
    if len(choices) != 1:
        return mention
    place = GazetteerPlace(*choices[0])
    return replace(mention, country=place.country, level=PlaceLevel(place.level), ambiguous=place.ambiguous)


def _confirmed(
    folded: str, accepted: list[_Mention], k: int, countries: list[_Mention], mentions: list[_Mention]
) -> bool:
    """A name also borne by a Vietnamese place ("Văn Sơn", "Hà Nam") counts only with its country right
    after it, here or at another mention of the same name ("Thiên Tân (Trung Quốc)" in the headline, "tại Thiên
    Tân" in the story), followed in the list by a place of the same country ("châu Văn Sơn, tỉnh Vân Nam"; at another
    mention, the region it lies in: `_lies_in`), in a sentence that opens in its country (`_opens_sentence_in`), or in
    a sentence that sends the delegation to its country too (`_sent_there_too`)."""
    mention = accepted[k]
    if any(c.country == mention.country and _opens_sentence_in(folded, c, mention.start) for c in countries):
        return True
    if any(_sent_there_too(folded, mention, c) for c in accepted):
        return True
    same = [m for m in mentions if m.level is not PlaceLevel.COUNTRY and _key(m) == _key(mention)]
    if any(
        c.country == mention.country and c.start >= m.end and _COUNTRY_BESIDE.match(folded[m.end : c.start])
        for m in [mention, *same]
        for c in countries
    ):
        return True
    following = accepted[k + 1] if k + 1 < len(accepted) else None
    if (
        following
        and following.country == mention.country
        and not following.ambiguous
        and _CHAIN_GAP.match(folded[mention.end : following.start])
    ):
        return True
    return any(_lies_in(folded, m, mentions) for m in same)


def _sent_there_too(folded: str, mention: _Mention, country: _Mention) -> bool:
    """Whether `country`, accepted as a destination, is the place's own and in its sentence ("đã tới sân bay Tân Hải,
    thành phố Thiên Tân, bắt đầu chuyến công tác … tại Trung Quốc"): the trip goes there, so the namesake meant is
    the foreign one."""
    if country.level is not PlaceLevel.COUNTRY or country.country != mention.country:
        return False
    start, end = (country.end, mention.start) if country.end <= mention.start else (mention.end, country.start)
    return _SENTENCE_STOP.search(folded, start, end) is None


_SENTENCE_STOP = re.compile(r"[.!?;\n]")
"""What ends a sentence or its clause between two places."""
_LIES_IN = re.compile(r"^[ \t]*,[ \t]*(?:(?:tinh|bang|vung|thanh\s+pho)\s+)?$")
"""Between a place and the region it lies in: a comma and the region's word ("châu Văn Sơn, tỉnh Vân Nam")."""


def _lies_in(folded: str, mention: _Mention, mentions: list[_Mention]) -> bool:
    """Whether a mention of an ambiguous place has the region it lies in after it, unambiguous and of its country
    ("Nhân đại châu Văn Sơn, tỉnh Vân Nam" in one sentence, "thăm và làm việc tại châu Văn Sơn" in the next): the
    text says which of the namesakes it means, there and wherever it names it again."""
    after = next((m for m in mentions if m.start >= mention.end), None)
    return bool(
        after is not None
        and after.country == mention.country
        and after.level is not PlaceLevel.COUNTRY
        and not after.ambiguous
        and _LIES_IN.match(folded[mention.end : after.start])
    )


_SENTENCE_FRAME = re.compile(r"(?:^|[.!?\n])[\s\-–•*]*(?:tai|o)\s+$")
"""A sentence's opening "Tại"/"Ở" before a country ("Tại Trung Quốc, Đoàn đã …")."""


def _opens_sentence_in(folded: str, country: _Mention, at: int) -> bool:
    """Whether the sentence of the place at `at` opens in `country` ("Tại Trung Quốc, Đoàn đã trao đổi …; khảo sát
    tại thành phố Tây Ninh": every place of the sentence lies there, so a Vietnamese namesake is not meant)."""
    return (
        country.end < at
        and folded[country.end : country.end + 1] == ","
        and _SENTENCE_FRAME.search(folded, max(0, country.start - 12), country.start) is not None
        and not re.search(r"[.!?\n]", folded[country.end : at])
    )


def countries_of(places: list[Place]) -> list[tuple[str, str]]:
    """(preferred name, code) of each country the places lie in, once each, in order."""
    _, preferred = gazetteer()
    codes = list(dict.fromkeys(place.country for place in places))
    return [(preferred.get(code, code), code) for code in codes]


def extract_destinations(document: Document) -> Document:
    """Registered field extractor: the places the document sends people to, and their countries."""
    places = find_places(without_transit(document.text))  # a country passed through is not gone to
    countries = countries_of(places)
    return document.model_copy(
        update={
            "places": places,
            "destinations": [name for name, _ in countries],
            "destination_codes": [code for _, code in countries],
        }
    )
