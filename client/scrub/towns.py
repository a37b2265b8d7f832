"""Towns typed in lower case that the gazetteer's single-word rules miss.

``GazetteerRecognizer`` finds capitalised places, known places of one word in
lower case, and words English has no use for after "in", "from", "near",
"at". This adds, for text typed without capitals:

* a known place of two to four words ("grosse pointe woods", "la courneuve",
  "saint-mande", "long xuyen") when one of its words is no everyday English
  word (so "long beach" and "spring hill" are left to the NER and capitals);
* one to three words English has no use for after a place cue the gazetteer
  has no rule for ("around", "outside", "visiting", "hometown", "city:",
  "back home") or before a word that makes them a place ("... airport",
  "... branch", "... resident", "...-based"), unless one is a typo of a
  common English word ("the shoping centre").
"""

from __future__ import annotations

from functools import lru_cache

from presidio_analyzer import LocalRecognizer, RecognizerResult

from client.scrub.gazetteer import (
    _ABBREVIATIONS,
    _PLACE_PREPOSITIONS,
    _PLACE_TYPO_MIN_FREQUENCY,
    _TYPO_MIN_FREQUENCY,
    _one_edit_from_common,
)
from client.scrub.words import _common_words, _english_frequencies, _english_words, _place_phrases

# Before a place: "visiting X", "around X", "hometown X", "city: X".
_CUES_BEFORE = frozenset("""around outside visiting visit visited towards toward hometown city town village
suburb province district region county state""".split())
# Two-word cues: "back home X", "born and raised X" is rare, "near to X".
_CUE_PAIRS = frozenset({("back", "home"), ("near", "to"), ("close", "to"), ("outskirts", "of"),
                        ("city", "of"), ("town", "of"), ("village", "of"), ("suburb", "of")})
# After a place: "the X airport atm", "X branch", "X resident", "X-based".
_CUES_AFTER = frozenset("""airport branch office station resident residents based area district region
province county suburb city town village downtown outskirts""".split())
@lru_cache(maxsize=65_536)
def _typo(word: str, minimum: int) -> bool:
    """One edit from an English word used at least ``minimum`` times (kept per word: it tries ~50 edits a letter)."""
    return _one_edit_from_common(word, _english_frequencies(), minimum)


_MAX_WORDS = 3
_PHRASE_MAX_WORDS = 4
_SCORE = 0.45


class LowerTownRecognizer(LocalRecognizer):
    """Towns in lower-case text, by known phrases and by place cues (see the module docstring)."""

    ENTITIES = ["LOCATION"]

    def __init__(self):
        super().__init__(supported_entities=self.ENTITIES, name="LowerTownRecognizer")

    def load(self) -> None:
        self.places = _place_phrases()
        self.english = _english_words()
        self.common = _common_words()
        self.frequency = _english_frequencies()
        from spacy.lang.en.stop_words import STOP_WORDS

        self.stop = frozenset(STOP_WORDS) | frozenset("the my our your his her their its this that".split())
        # first words of known places of several words, for a quick test
        self.firsts = frozenset(p.split()[0].split("-")[0] for p in self.places if " " in p or "-" in p)

    def _unknown(self, word: str, typo_minimum: int = _PLACE_TYPO_MIN_FREQUENCY) -> bool:
        """A word English has no use for, allowing simple inflections, and no
        typo of an English word used at least ``typo_minimum`` times."""
        if not word.isalpha() or len(word) < 3 or not word.islower() or word in self.english \
                or word in _ABBREVIATIONS:
            return False
        for suffix, repl in (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
                             ("ly", ""), ("er", ""), ("ers", "")):
            if word.endswith(suffix) and word[: -len(suffix)] + repl in self.english:
                return False
        return not _typo(word, typo_minimum)

    def _opening(self, word: str) -> bool:
        """A short word that may open a place's name ("al", "ar", "co", "tan"), no stop word."""
        return 2 <= len(word) <= 3 and word.isalpha() and word.islower() and word not in self.stop \
            and word not in _ABBREVIATIONS

    def analyze(self, text, entities, nlp_artifacts=None):
        if nlp_artifacts is None or "LOCATION" not in entities:
            return []
        words, lowers = nlp_artifacts.token_texts, nlp_artifacts.lemmas
        starts, ends = nlp_artifacts.tokens_indices, nlp_artifacts.token_ends
        n = len(words)
        spans = []
        k = 0
        while k < n:
            found = self._phrase_at(text, words, lowers, starts, ends, k) or self._cued_at(words, lowers, k)
            if found:
                spans.append((starts[k], ends[found - 1]))
                k = found
            else:
                k += 1
        return [RecognizerResult(
            entity_type="LOCATION", start=a, end=b, score=_SCORE,
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id},
        ) for a, b in spans]

    def _phrase_at(self, text, words, lowers, starts, ends, k):
        """The end of a known place of several lower-case words starting at token k, or None."""
        if lowers[k] not in self.firsts or not words[k].islower():
            return None
        n = len(words)
        for m in range(min(n, k + 2 * _PHRASE_MAX_WORDS - 1), k + 1, -1):  # (a hyphen is a token)
            if not words[m - 1].isalpha() or not all(w.islower() or w == "-" or w == "'" for w in words[k:m]):
                continue
            phrase = text[starts[k]:ends[m - 1]]
            if phrase.lower() in self.places and any(
                    w.isalpha() and w not in self.english for w in lowers[k:m]):
                return m
        return None

    def _cued_at(self, words, lowers, k):
        """The end of one to three unknown words at token k after or before a
        place cue, or None. After a cue that comes first, a word that is only
        a rare typo ("tunja", "pakse") counts, and so do one or two short
        words that open the name ("in ar rumaylah", "outside co loa")."""
        before = lowers[k - 1] if k else ""
        before2 = lowers[k - 2] if k > 1 else ""
        cue_first = (before == ":" and before2 in ("city", "town", "hometown", "village")) \
            or before in _CUES_BEFORE or (before2, before) in _CUE_PAIRS
        n = len(words)
        if cue_first or before in _PLACE_PREPOSITIONS:
            m = k
            while m < n and m - k < 2 and self._opening(words[m]):
                m += 1
            if m > k and m < n and self._unknown(words[m], _TYPO_MIN_FREQUENCY):
                while m < n and m - k < _MAX_WORDS and self._unknown(words[m], _TYPO_MIN_FREQUENCY):
                    m += 1
                return m  # "in ar rumaylah", "near tan uyen"
        if cue_first and self._unknown(words[k], _TYPO_MIN_FREQUENCY):
            m = k + 1
            while m < n and m - k < _MAX_WORDS and self._unknown(words[m], _TYPO_MIN_FREQUENCY):
                m += 1
            return m  # "visiting tunja", "city: myitkyina"
        if not self._unknown(words[k]):
            return None
        m = k + 1
        while m < n and m - k < _MAX_WORDS and self._unknown(words[m]):
            m += 1
        after = lowers[m] if m < len(lowers) else ""
        if after == "-" and m + 1 < len(lowers):
            after = lowers[m + 1]  # "x-based"
        if after in _CUES_AFTER:
            return m
        return None
