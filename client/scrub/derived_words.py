"""English words the frequency list is too small to hold, made from words it
holds: a derivational suffix ("believability", "hopefulness", "cartoonish",
"repugnance"), "un" before one ("unflaggingly"), or a letter with an accent
English borrows ("cliché", "naiveté").

The gazetteer takes a word no English list knows for a name after a weak cue
("and", "for", "with"): review text is full of such rare derived words, and a
name is hardly ever an English word with one of these endings. Known names
and places are looked up before this is asked, so "harkness" or "loveless"
stay names."""

from __future__ import annotations

import unicodedata

# Suffix -> what may stand in its place on the stem ("happi|ness" -> "happy").
_SUFFIXES = (
    ("ability", ("able",)), ("ibility", ("ible",)), ("ness", ("", "y")), ("ity", ("", "e")),
    ("ingly", ("ing",)), ("edly", ("ed",)), ("ly", ("", "e", "y", "le")), ("ish", ("", "e")),
    ("ful", ("", "y")), ("less", ("", "y")), ("ment", ("", "e")), ("ance", ("", "e", "ant")),
    ("ence", ("ent", "e")), ("ation", ("e", "", "ate")), ("ism", ("", "e")), ("ist", ("", "e")),
    ("ize", ("", "e")), ("ise", ("", "e")), ("able", ("", "e")), ("ing", ("", "e")), ("ed", ("", "e")),
)
_MIN_STEM = 4
_CACHE: dict[tuple[int, str], bool] = {}


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def derived_english(word: str, known, depth: int = 2) -> bool:
    """``word`` (lower case) is an English word of ``known`` with an accent
    dropped, a derivational suffix added, or "un" before such a word."""
    key = (id(known), word)
    found = _CACHE.get(key)
    if found is None:
        if len(_CACHE) >= 65_536:
            _CACHE.clear()
        found = _CACHE[key] = _derived(word, known, depth)
    return found


def _derived(word: str, known, depth: int) -> bool:
    folded = _fold(word)
    if folded != word and folded in known:
        return True
    if depth <= 0:
        return False
    for suffix, swaps in _SUFFIXES:
        if not word.endswith(suffix) or len(word) - len(suffix) < _MIN_STEM:
            continue
        stem = word[: -len(suffix)]
        stems = [stem + s for s in swaps] + ([stem[:-1] + "y"] if stem.endswith("i") else [])
        if any(s in known or _derived(s, known, depth - 1) for s in stems):
            return True
    if word.startswith("un") and len(word) > 2 + _MIN_STEM and any(word.endswith(s) for s, _ in _SUFFIXES):
        return _derived(word[2:], known, depth)
    return False
