"""Frequent ordinary words of other languages as chat types them ("kudasai",
"terima kasih", "nagyon", "arigatou", "danke"). Only the name rules that rest
on a word's shape alone pass them over (``GazetteerRecognizer._foreign_only``:
two uncued lower-case words English has no use for, such a word opening a
sentence as its subject, a bare "ok" before one); a cue, a title or a known
name still makes the same word a name, and the scrubber's own name and place
lists are taken out of the list at load time (a known name stays a name).
Treating them as everyday words everywhere (session 12) cost recall.

The list, ``data/foreign_words.txt``, is built by
``scripts/build_foreign_words.py`` from wordfreq's most frequent words of
about 35 languages and spaCy's stop words of every language in Latin script,
ASCII-folded.
"""

from __future__ import annotations

import logging
from functools import lru_cache

log = logging.getLogger(__name__)

_DATA_FILE = "data/foreign_words.txt"


@lru_cache(maxsize=1)
def foreign_words() -> frozenset[str]:
    """The committed list, lower case (empty, with a warning, when missing)."""
    from importlib import resources

    try:
        raw = resources.files("client.scrub").joinpath(_DATA_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        log.warning("%s is missing: other languages' words may be taken for names", _DATA_FILE)
        return frozenset()
    return frozenset(line for line in raw.splitlines() if len(line) >= _SHORTEST and line[0] != "#")


# Two-letter words are left out: too many are abbreviations that name lines of an
# address or a firm ("ft", "cl"), and the name rules already pass most of them.
_SHORTEST = 3


def ordinary_foreign(*known: frozenset[str] | set[str]) -> frozenset[str]:
    """The list less every word of the given name and place sets."""
    words = foreign_words()
    for names in known:
        words = words - names
    return words
