"""Is this word a form of an English word? One test for the gazetteer side
("is this word everyday English, so no name on weak evidence") and for
truecasing ("is this word no likely proper noun"), on the same English list:

- an inflection of a listed word ("logins", "called", "happier");
- a derivation: a derivational suffix on a listed word, or on a derivation
  of one ("believability", "hopefulness", "cartoonish", "repugnance"),
  "un" before such a word ("unflaggingly"), or the word with an accent
  English borrows dropped ("cliché", "naiveté");
- a prefix before a listed word or a form of one ("interbank",
  "reactivation", "moviegoing");
- an ending proper nouns hardly have, whatever the stem ("-ness", "-ity",
  "-ologist": "geropsychologist");
- with a frequency table: two frequent words run together ("stillpending").

Known names and places are looked up before this is asked by both callers,
so "harkness" or "loveless" stay names where a list knows them.
"""

from __future__ import annotations

import unicodedata

import regex as re

# Endings and what they replace, to find an English stem ("happ|ier" -> "happy").
_INFLECTIONS = tuple((a, b) for pair in """s: es: ed: ed:e ing: ing:e ly: er: ers: ness: ity: ity:e
ation: ation:e ations: ations:e ment: ments: able: able:e ous: ive: ive:e ic: ical: ally: ism: isms:
ist: ists: less: ful: ize: ise: ized: ised: ization: isation: y: ies:y ier:y iest:y ily:y""".split()
    for a, b in [pair.split(":")])
# The inflections read on a stem of any length ("ads", "axed"); the others need three letters.
_SHORT_STEM_INFLECTIONS = frozenset(("s", "es", "ed", "ing", "ly", "er", "ers"))
_MIN_INFLECTION_STEM = 3

_PREFIXES = tuple("""inter re un non over under pre post multi sub super anti counter out mis dis
semi mega micro co self ex""".split())
_MIN_PREFIX_REST = 4

# Derivational suffix -> what may stand in its place on the stem ("happi|ness" -> "happy").
_SUFFIXES = (
    ("ability", ("able",)), ("ibility", ("ible",)), ("ness", ("", "y")), ("ity", ("", "e")),
    ("ingly", ("ing",)), ("edly", ("ed",)), ("ly", ("", "e", "y", "le")), ("ish", ("", "e")),
    ("ful", ("", "y")), ("less", ("", "y")), ("ment", ("", "e")), ("ance", ("", "e", "ant")),
    ("ence", ("ent", "e")), ("ation", ("e", "", "ate")), ("ism", ("", "e")), ("ist", ("", "e")),
    ("ize", ("", "e")), ("ise", ("", "e")), ("able", ("", "e")), ("ing", ("", "e")), ("ed", ("", "e")),
)
_MIN_SUFFIX_STEM = 4
_SUFFIX_DEPTH = 2

# English derivational endings that proper nouns hardly have (jobs too: "geropsychologist").
_ENDINGS = re.compile(r"(?:ness|ity|ities|tions?|ments?|ically|ical|ous|isms?|istic|ables?|ibles?|"
                      r"ful|less|i[sz]e[ds]?|i[sz]ings?|i[sz]ations?|ingly|edly|fully|lessly|ously|ively|ologists?|icians?)$")

# Both halves of a word run together this frequent: "stillpending", "moviegoing".
_COMPOUND_MIN_FREQUENCY = 2000

_CACHE: dict[tuple[int, str], bool] = {}
_CACHE_MAX = 65_536


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def inflected(word: str, english) -> bool:
    """An inflection of a word of ``english`` ("logins", "happier")."""
    for suffix, repl in _INFLECTIONS:
        if word.endswith(suffix) and word[: -len(suffix)] + repl in english and (
                len(word) - len(suffix) >= _MIN_INFLECTION_STEM or (suffix in _SHORT_STEM_INFLECTIONS and not repl)):
            return True
    return False


def derived(word: str, english) -> bool:
    """A derivation of a word of ``english``: a derivational suffix added
    (up to twice), "un" before such a word, or an accent dropped."""
    return _derived(word, english, _SUFFIX_DEPTH)


def _derived(word: str, english, depth: int) -> bool:
    folded = _fold(word)
    if folded != word and folded in english:
        return True
    if depth <= 0:
        return False
    for suffix, swaps in _SUFFIXES:
        if not word.endswith(suffix) or len(word) - len(suffix) < _MIN_SUFFIX_STEM:
            continue
        stem = word[: -len(suffix)]
        stems = [stem + s for s in swaps] + ([stem[:-1] + "y"] if stem.endswith("i") else [])
        if any(s in english or _derived(s, english, depth - 1) for s in stems):
            return True
    if word.startswith("un") and len(word) > 2 + _MIN_SUFFIX_STEM and any(word.endswith(s) for s, _ in _SUFFIXES):
        return _derived(word[2:], english, depth)
    return False


def prefixed(word: str, english) -> bool:
    """A prefix before a word of ``english`` or an inflection of one, or
    before an ending proper nouns hardly have ("interbank", "reactivation")."""
    for prefix in _PREFIXES:
        rest = word[len(prefix):]
        if word.startswith(prefix) and len(rest) >= _MIN_PREFIX_REST and (
                rest in english or inflected(rest, english) or _ENDINGS.search(rest)):
            return True
    return False


def compound(word: str, frequency) -> bool:
    """Two words at least ``_COMPOUND_MIN_FREQUENCY`` frequent run together."""
    return any(frequency.get(word[:k], 0) >= _COMPOUND_MIN_FREQUENCY
               and frequency.get(word[k:], 0) >= _COMPOUND_MIN_FREQUENCY
               for k in range(3, len(word) - 2))


def english_form(word: str, english, frequency=None) -> bool:
    """``word`` (lower case) is a form of a word of ``english``: an
    inflection, a derivation, a prefix before one, an ending proper nouns
    hardly have, or (with ``frequency``) a compound of two frequent words.
    Remembered per word and lists (chat repeats its words)."""
    key = (id(english), id(frequency), word)
    found = _CACHE.get(key)
    if found is None:
        if len(_CACHE) >= _CACHE_MAX:
            _CACHE.clear()
        found = _CACHE[key] = (
            inflected(word, english) or prefixed(word, english) or bool(_ENDINGS.search(word))
            or derived(word, english) or (frequency is not None and compound(word, frequency)))
    return found
