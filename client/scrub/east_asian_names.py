"""Korean and Chinese names typed in Latin letters, by their shape: a known
surname and a given name of two romanised syllables, joined ("kim minjun"),
hyphenated ("park ji-hoon") or spaced ("lee seo yeon"), either order
("minjun kim"); a hyphenated pair of syllables alone ("ji-hoon", "mei-ling");
two spaced syllables alone where a name fits ("thanks xing yue", "ai kun said").

Surnames and syllables come from ``data/east_asian_names.txt`` (built by
``scripts/build_east_asian_names.py`` from Faker's ko_KR / zh_CN / zh_TW lists,
Revised Romanization with the spellings people use, and the pinyin syllables).
Many are English words too ("park", "song", "man", "fan"): a given name must
hold a word English has no use for, and no stop word or chat interjection.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from client.scrub.gazetteer_words import (
    _CLAUSE_ENDS,
    _LEAD_WORDS,
    _NAME_CUES,
    _PERSON_PREPOSITIONS,
    _POSSESSIVES,
    _SIGN_OFFS,
    _SIGNATURE_DASHES,
    _SUBJECT_FOLLOWERS,
    PEOPLE_ROLES,
)

log = logging.getLogger(__name__)

_DATA_FILE = "data/east_asian_names.txt"
# Chat sounds and short forms that are romanised syllables too: never part of a name.
_INTERJECTIONS = frozenset("ah eh er ha hm hmm oh ya yo ye wo um uh lo la na ok ko hi ho".split())
# Before two spaced syllables, a name fits after these (and at a text's or line's start).
_SPACED_BEFORE = _NAME_CUES | _LEAD_WORDS | _PERSON_PREPOSITIONS | PEOPLE_ROLES | _SIGN_OFFS | _SIGNATURE_DASHES \
    | frozenset(", me you".split())
_SPACED_AFTER = _SUBJECT_FOLLOWERS | _CLAUSE_ENDS
_JOINED_MAX = 12
# A syllable English uses less than this ("ming" 3.2k, "li" 2.4k; "fan" 42k, "sun" 106k)
# counts as no English word in a spaced name.
_FOREIGN_MAX_FREQUENCY = 5000
# ... and neither syllable of a spaced name may be used more than this ("ok", "ha", "young").
_SPACED_MAX_FREQUENCY = 20_000


@lru_cache(maxsize=1)
def east_asian_name_parts() -> tuple[frozenset[str], frozenset[str]]:
    """(surnames, given-name syllables), lower case."""
    from importlib import resources

    try:
        raw = resources.files("client.scrub").joinpath(_DATA_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        log.warning("%s is missing: East Asian name shapes are off", _DATA_FILE)
        return frozenset(), frozenset()
    kinds: dict[str, set[str]] = {"surname": set(), "syllable": set()}
    for line in raw.splitlines():
        if line and line[0] != "#":
            kind, word = line.split(" ", 2)[:2]
            kinds[kind].add(word)
    return frozenset(kinds["surname"]), frozenset(kinds["syllable"])


class EastAsianNames:
    """Mixed into ``GazetteerRecognizer``: uses ``common``, ``english``,
    ``_everyday`` and ``_result``; ``load_east_asian`` fills the word sets."""

    def load_east_asian(self) -> None:
        surnames, syllables = east_asian_name_parts()
        # a surname that is an English word ("song", "park") only before a
        # joined or hyphenated given name; a stop word ("he", "an") never
        self.ea_surnames = surnames - self.common - _INTERJECTIONS
        self.ea_surnames_strong = surnames - self.stop - _INTERJECTIONS
        # any syllable inside one word ("soyeon", "ha-eun"); no chat word apart
        self.ea_syllables_all = syllables
        self.ea_syllables = syllables - self.common - _INTERJECTIONS

    def _two_syllables(self, word: str) -> bool:
        """ "minjun", "xiuying", "soyeon": two syllables joined, no English word."""
        syl = self.ea_syllables_all
        if not 4 <= len(word) <= _JOINED_MAX or not word.isalpha() or self._everyday(word):
            return False
        return any(word[:k] in syl and word[k:] in syl for k in range(2, len(word) - 1))

    def _foreign_syllable(self, word: str) -> bool:
        return word in self.ea_syllables and self.frequency.get(word, 0) < _FOREIGN_MAX_FREQUENCY

    def _given_at(self, words, lowers, starts, ends, k, spaced):
        """The end (exclusive token index) of a given name opening at token k, or None."""
        n = len(lowers)
        if k >= n or not _name_case(words[k]):
            return None
        syl = self.ea_syllables_all
        w = lowers[k]
        if k + 2 < n and lowers[k + 1] == "-" and ends[k] == starts[k + 1] and ends[k + 1] == starts[k + 2] \
                and w in syl and lowers[k + 2] in syl and not self._everyday(w + lowers[k + 2]) \
                and (self._foreign_syllable(w) or self._foreign_syllable(lowers[k + 2])):
            return k + 3  # "ji-hoon", "shao-fan", "ha-eun" (not "hip-hop", "go-to")
        if self._two_syllables(w):
            return k + 1  # "minjun"
        if spaced and k + 1 < n and self._spaced_pair(words, lowers, k):
            return k + 2  # "seo yeon"
        return None

    def _east_asian_names(self, artifacts):
        words, lowers = artifacts.token_texts, artifacts.lemmas
        starts, ends = artifacts.tokens_indices, artifacts.token_ends
        surnames, syl = self.ea_surnames_strong, self.ea_syllables_all
        hits = [w in surnames or w in syl for w in lowers]
        if True not in hits:
            return []
        out = []
        n = len(lowers)
        k = 0
        while k < n:
            end = None
            w = lowers[k]
            if w in surnames and _name_case(words[k]):
                english = self.frequency.get(w, 0) >= _FOREIGN_MAX_FREQUENCY
                end = self._given_at(words, lowers, starts, ends, k + 1, spaced=w in self.ea_surnames)
                if end is not None and english and end == k + 3 and lowers[k + 2] != "-" and not (
                        self._foreign_syllable(lowers[k + 1]) and self._foreign_syllable(lowers[k + 2])):
                    end = None  # "park ming tian" yes, "song li" with an English surname: both foreign
            if end is None and (hits[k] or k + 1 < n and (lowers[k + 1] == "-" or lowers[k + 1] in surnames)):
                given = self._given_at(words, lowers, starts, ends, k, spaced=False)
                if given is not None:
                    end = given + 1 if given < n and lowers[given] in surnames and _name_case(words[given]) \
                        else given  # "minjun kim", "ji-hoon park"; or "ji-hoon" alone
                    if given == k + 1 and end == given:
                        end = None  # a joined pair alone is left to the unknown-word rules
                elif self._spaced_pair_fits(words, lowers, k):
                    end = k + 3 if k + 2 < n and lowers[k + 2] in self.ea_surnames and _name_case(words[k + 2]) else k + 2
            if end is not None and end + 1 < n and lowers[end] in surnames and _name_case(words[end]) \
                    and (lowers[end + 1] in _SPACED_AFTER or "\n" in lowers[end + 1]):
                end += 1  # a surname after the given name, closing the clause: "jin qiang park, ..."
            elif end is not None and end + 1 == n and lowers[end] in surnames and _name_case(words[end]):
                end += 1
            if end is not None:
                out.append(self._result(starts[k], ends[end - 1], "PERSON", 0.5))
                k = end
            else:
                k += 1
        return out

    def _syllables_apart(self, a: str, b: str) -> bool:
        """Two syllables, one no English word, neither a frequent one ("seo", "yeon"; not "hip", "hop")."""
        syl, frequency = self.ea_syllables, self.frequency
        return a in syl and b in syl and (self._foreign_syllable(a) or self._foreign_syllable(b)) \
            and frequency.get(a, 0) < _SPACED_MAX_FREQUENCY and frequency.get(b, 0) < _SPACED_MAX_FREQUENCY

    def _spaced_pair(self, words, lowers, k) -> bool:
        """Tokens k, k+1 are two syllables apart ("seo yeon", "ai kun")."""
        return _name_case(words[k]) and _name_case(words[k + 1]) and self._syllables_apart(lowers[k], lowers[k + 1])

    def _spaced_pair_fits(self, words, lowers, k) -> bool:
        """Two spaced syllables (``_spaced_pair``) where a name fits: after a
        cue ("thanks xing yue", "with ai hong") or opening a sentence before
        "said" / "is" / a comma."""
        n = len(lowers)
        if k + 1 >= n or lowers[k] in _SPACED_BEFORE or not self._spaced_pair(words, lowers, k):
            return False  # (a cue is no name's first part: "ping pong")
        before = lowers[k - 1] if k else ""
        after = lowers[k + 2] if k + 2 < n else ""
        if before in _POSSESSIVES:
            return False
        named = before in ("'s", "is") and k > 1 and lowers[k - 2] == "name"  # "my name's ai kun"
        return named or before in _SPACED_BEFORE or not before or "\n" in before or (
            after in _SPACED_AFTER and (not before or before in self._SENTENCE_BREAKS))


def _name_case(word: str) -> bool:
    """All lower case, or capitalised only at the start ("minjun", "Minjun")."""
    return word.islower() or (word[:1].isupper() and word[1:].islower())
