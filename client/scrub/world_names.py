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


@lru_cache(maxsize=1)
def _all_world_names() -> dict[str, frozenset[str]]:
    """Every lower-cased name word in the file, with the countries that use it."""
    from importlib import resources

    try:
        raw = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError):
        log.warning("gender-guesser is not installed: the world name list is empty")
        return {}
    names: dict[str, set[str]] = {}
    for line in raw.decode("utf-8").splitlines():
        if not line or line[0] in "#=" or len(line) <= _FIRST_COLUMN:
            continue
        name = line[3:_FIRST_COLUMN - 1].strip()
        columns = line[_FIRST_COLUMN:_FIRST_COLUMN + len(COUNTRIES)]
        countries = {COUNTRIES[i] for i, c in enumerate(columns) if c.strip()}
        # "Bao+Hong": a name of two parts, written together, apart or hyphenated.
        for part in name.replace("+", " ").replace("-", " ").split():
            part = part.lower()
            if len(part) > 1 and part.replace("'", "").isalpha():
                names.setdefault(part, set()).update(countries)
    return {name: frozenset(c) for name, c in names.items()}


def world_name_words() -> frozenset[str]:
    """The name words the recognizers load: all of them, or one half while measuring."""
    names = _all_world_names()
    if LOADED_HALF is None:
        return frozenset(names)
    return frozenset(n for n in names if half_of(n) == LOADED_HALF)


def dev_half_names(half: str = "b") -> dict[str, frozenset[str]]:
    """The names of one half with their countries, for a dev set."""
    return {n: c for n, c in _all_world_names().items() if half_of(n) == half}
