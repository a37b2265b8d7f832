"""The words that open or join the names of places, learnt from the gazetteer.

Place names of many languages share a few short words: joints inside a name
("san juan DE LOS morros", "ras AL khaimah", "stratford UPON avon", "frankfurt
AM main") and openers before one ("BAN na kham", "KAMPONG speu", "SIDI bel
abbes", "PUERTO ayora"). Hand-picked lists miss most languages, so both come
from the place phrases the scrubber knows (``words._place_phrases``: GeoNames'
towns, ISO 3166-2 subdivisions, Faker's and Google's lists):

* a joint is a word of five letters or fewer that stands inside (neither
  first nor last) at least ``_JOINT_SHARE`` of the known names ("de", "do", "et",
  "am", "sur"), no word that joins two places in English prose ("of",
  "the", "and", "in") and no first name of four letters or more ("jose",
  "maria": saints' names inside "san jose de ...");
* an opener is a word that opens at least ``_OPENER_MIN_SHARE`` of the known
  names of several words and stands first in at least 80 % of the names it is in
  ("san", "kampong", "umm", "dayr"; not "county", "park", "juan"),
  and no word English uses as often as a place typed in lower case may be
  (``gazetteer_words._LOWER_NAME_MAX_FREQUENCY``: "new", "northern",
  "upper", "port" stay out; ``place_edges`` knows the last two).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from client.scrub.gazetteer_words import _LOWER_NAME_MAX_FREQUENCY

# A joint stands inside, an opener opens, at least this share of the known
# names of several words (about 40 and 25 of the ~63,000 the full gazetteer
# holds: a share, so that the lists stay the same on half the gazetteer).
_JOINT_SHARE = 40 / 63_000
_OPENER_MIN_SHARE = 25 / 63_000
_JOINT_MAX_LENGTH = 5
_OPENER_SHARE = 0.8
# Words that join two places in English prose: never a joint ("paris and london", "rome in may").
_ENGLISH_JOINS = frozenset("and or in of on the a i to at by for from near with".split())


@lru_cache(maxsize=1)
def joints_and_openers() -> tuple[frozenset[str], frozenset[str]]:
    """(joints, openers): see the module docstring."""
    from client.scrub.words import _common_words, _english_frequencies, _first_name_words, _place_phrases

    first, inner, total = Counter(), Counter(), Counter()
    names = 0
    for phrase in _place_phrases():
        words = phrase.replace("-", " ").split()
        if len(words) < 2:
            continue
        names += 1
        first[words[0]] += 1
        inner.update(words[1:-1])
        total.update(words)
    common, first_names, frequency = _common_words(), _first_name_words(), _english_frequencies()
    joints = frozenset(w for w, c in inner.items()
                       if c >= _JOINT_SHARE * names and w.isalpha() and len(w) <= _JOINT_MAX_LENGTH
                       and w not in _ENGLISH_JOINS and not (len(w) > 3 and w in first_names))
    openers = frozenset(w for w, c in first.items()
                        if c >= _OPENER_MIN_SHARE * names and w.isalpha() and c >= _OPENER_SHARE * total[w]
                        and w not in common and frequency.get(w, 0) < _LOWER_NAME_MAX_FREQUENCY)
    return joints, openers


def place_particles() -> frozenset[str]:
    """Joints and openers together."""
    joints, openers = joints_and_openers()
    return joints | openers
