"""Capitalised everyday phrases the NER model takes for names: product and
service names in Title Case ("the Stainless Steel Kettle", "your Data
Bundle", "the Photo Booth") and headings ("Courier Update", "Meter Reading:").
A person the NER finds is never dropped here, even of everyday words alone
("Guilty Pleasures"): on an older held-out part that rule cost about a
dozen romanised names the lists do not hold (session 17).

A span of the NER alone (no word list found it) whose words are all
everyday English words, none a known first name or surname nor a group's
word ("Polish") and the whole no known place, is dropped when

* it follows a determiner ("the", "my", "your" ...) and ends in no
  organisation head ("bank", "clinic", "ltd", "company", "council"): a firm's
  name so written ("the Food Bank", "the Royal Bank") keeps its head;
* it is a line's heading: it opens the line and ends it or a colon follows,
  and ends in no organisation head.

Firms named with everyday words and nothing else ("Blue River") still count
where no determiner or heading shape marks them as things.
"""

from __future__ import annotations

from functools import lru_cache

import regex as re

from client.scrub.quasi_words import group_words
from client.scrub.words import _english_words, _first_name_words, _name_words, _place_phrases

_NER_SCORES = (0.85, 0.42)  # the NER's on the text, and on its truecased copy (truecase.TRUECASE_SCORE)
_DETERMINERS = frozenset("the a an my your our their his her this that these those".split())
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+")
_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
_LOOK_BACK = 16
# Heads of firms and public bodies beside the organisation heads: "The Brink's Company", "the Parish Council".
_BODIES = frozenset("""company companies council church ministry department committee association society
federation board authority commission party army navy police force court parliament""".split())


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    from client.scrub.legal_forms import legal_forms
    from client.scrub.organizations import _ORG_HEADS

    return _ORG_HEADS | _BODIES | frozenset(f for f in legal_forms() if " " not in f)


def _name(word: str, names, firsts) -> bool:
    """A known name, or one with an "s" ("Martins", "Williams")."""
    return any(w in names or w in firsts for w in (word, word[:-1] if word.endswith("s") else word))


def everyday_phrase(text: str, span) -> bool:
    """``span`` (``[start, end, type, score]``) is a capitalised everyday phrase, no name."""
    start, end, kind, score = span[:4]
    if kind not in ("ORGANIZATION", "LOCATION") or score not in _NER_SCORES:
        return False
    words = [w.lower() for w in _WORD.findall(text, start, end)]
    led = bool(words) and words[0] in _DETERMINERS  # the NER often takes in "the"
    words = words[led:]
    if not words or not any(w.isalpha() for w in words):
        return False
    english, names, firsts = _english_words(), _name_words(), _first_name_words()
    if any(w.isalpha() and (w not in english or _name(w, names, firsts)) for w in words):
        return False
    if text[start:end].lower() in _place_phrases() or not group_words().isdisjoint(words):
        return False  # a place, or a group's word ("the Polish Border Force": a nationality)
    if words[-1] in _heads():
        return False
    m = _BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    if led or (m and m.group(1).lower() in _DETERMINERS):
        return True
    prefix = text[max(0, start - 8):start].rstrip(" \t")
    line_start = prefix.endswith("\n") or (start <= 8 and not prefix)
    rest = text[end:end + 2]
    return line_start and (not rest.strip(" \t") or rest.lstrip(" \t")[:1] in (":", "\n"))
