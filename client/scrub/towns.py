"""Towns typed in lower case that the gazetteer's single-word rules miss.

``GazetteerRecognizer`` finds capitalised places, known places of one word in
lower case, and words English has no use for after "in", "from", "near",
"at". This adds, for text typed without capitals:

* a known place of two to four words ("grosse pointe woods", "la courneuve",
  "saint-mande", "long xuyen") when one of its words is no everyday English
  word (so "long beach" and "spring hill" are left to the NER and capitals);
* one to three words English has no use for after a place cue the gazetteer
  has no rule for ("around", "outside", "visiting", "hometown", "city:",
  "back home", "moved to", "province of") or before a word that makes them a
  place ("... airport", "... branch", "... resident", "...-based"), unless
  one is a typo of a common English word ("the shoping centre");
* beside an administrative unit (``admin_units``: "X ward", "X sub-county",
  "kelurahan X", "commune de X") and a unit with its number ("ward 7");
* before a kind of region ("... county", "... oblast", "... municipality"),
  such words even when one is a typo ("weakley county", "ector county"; not
  before "department": "the finanse department").
"""

from __future__ import annotations

from functools import lru_cache

import regex as re

from presidio_analyzer import LocalRecognizer, RecognizerResult

from client.scrub.admin_units import all_unit_words, numbered_units, units_after, units_before, units_before_linked
from client.scrub.gazetteer_words import (
    _ABBREVIATIONS,
    _PLACE_PREPOSITIONS,
    _PLACE_TYPO_MIN_FREQUENCY,
    _TYPO_MIN_FREQUENCY,
    _one_edit_from_common,
)
from client.scrub.world_places import fold
from client.scrub.words import _common_words, _english_frequencies, _english_words, _place_phrases

# Before a place: "visiting X", "around X", "hometown X", "city: X".
_CUES_BEFORE = frozenset("""around outside visiting visit visited towards toward hometown city town village
suburb province district region county state""".split())
# Two-word cues: "back home X", "born and raised X" is rare, "near to X".
_CUE_PAIRS = frozenset({("back", "home"), ("near", "to"), ("close", "to"), ("outskirts", "of"),
                        ("city", "of"), ("town", "of"), ("village", "of"), ("suburb", "of")}
                       | {(verb, "to") for verb in "moved move moving relocated relocating".split()})
# Kinds of region: "X county", "county of X", "X oblast", "province of X" (written here).
_REGION_KINDS = frozenset("""county province district region oblast prefecture voivodeship canton municipality
governorate parish department""".split())
_CUE_PAIRS |= {(kind, "of") for kind in _REGION_KINDS}
# Before these, a word counts even when it is a typo of an English word
# ("weakley county"); not before "department" ("the finanse department").
_TYPO_FREE_KINDS = _REGION_KINDS - {"department"}
# After a place: "the X airport atm", "X branch", "X resident", "X-based".
_CUES_AFTER = frozenset("""airport branch office station resident residents based area suburb city town
village downtown outskirts bridge""".split()) | _REGION_KINDS
# Words that end a name after a local unit ("xa an phu, near ..."): function
# words and chat's fillers.
_NAME_ENDS = frozenset("""and or but is was are were the a to in on at for with near from of off my your our their
his her its it this that last next now here there please pls plz thanks thx btw so if since as by then
when where which who can cant could will would should have has had no not yet still just also too any
area side""".split())
# Nouns a unit word qualifies in English chat ("the barangay hall", "kampung house").
_UNIT_QUALIFIES = frozenset("""hall captain chairman chair official officials office clearance council level
health head chief secretary road school election elections id certificate permit fee fees tax house
people folk""".split())
# Administrative units written before their name with an abbreviation: "brgy. X", "kel. X", "kec. X".
_ABBREVIATED_UNITS = frozenset("brgy kel kec kab dist".split())


@lru_cache(maxsize=65_536)
def _typo(word: str, minimum: int) -> bool:
    """One edit from an English word used at least ``minimum`` times (kept per word: it tries ~50 edits a letter)."""
    return _one_edit_from_common(word, _english_frequencies(), minimum)


def skeleton(word: str) -> str:
    """A word's consonants with doubles collapsed: the part of a romanised
    name that spellings share ("kolkata", "kolkatta", "kalkata" -> "klkt")."""
    return _DOUBLES.sub(r"\1", _VOWELS.sub("", word))


_VOWELS = re.compile("[aeiouy]+")
_DOUBLES = re.compile(r"(.)\1+")


def _within_edits(a: str, b: str, most: int) -> bool:
    """Levenshtein distance of two words at most ``most``."""
    if abs(len(a) - len(b)) > most:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > most:
            return False
        previous = current
    return previous[-1] <= most


_PREFIXES = ("re", "un", "pre", "dis", "mis", "over", "under", "non", "co")
# Only skeletons this long (four consonants) and words this long are matched.
_SKELETON_MIN = 4
_SKELETON_WORD_MIN = 6
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
        # administrative units (``admin_units``): "X sub-county", "kelurahan X", "commune de X"
        strong, ordinary = units_after()
        self.kinds = _TYPO_FREE_KINDS | strong
        self.after = _CUES_AFTER | strong | ordinary
        self.before = _CUES_BEFORE | units_before()
        self.local = units_before()
        linked, links = units_before_linked()
        self.pairs = _CUE_PAIRS | {(unit, link) for unit in linked for link in links}
        self.units = all_unit_words()
        self.english = _english_words()
        self.common = _common_words()
        self.frequency = _english_frequencies()
        from spacy.lang.en.stop_words import STOP_WORDS

        self.stop = frozenset(STOP_WORDS) | frozenset("the my our your his her their its this that".split())
        # first words of known places of several words, for a quick test
        self.firsts = frozenset(p.split()[0].split("-")[0] for p in self.places if " " in p or "-" in p)
        # consonant skeletons of one-word places that no English word shares
        english = {skeleton(w) for w in self.english if w.isalpha()}
        # English words typed without their accents: "cliche", "naive"
        self.accented = frozenset(fold(w) for w in self.frequency if not w.isascii())
        self.skeletons: dict[str, list[str]] = {}
        for place in self.places:
            key = skeleton(place)
            if place.isalpha() and len(key) >= _SKELETON_MIN and key not in english:
                self.skeletons.setdefault(key, []).append(place)

    def _unknown(self, word: str, typo_minimum: int = _PLACE_TYPO_MIN_FREQUENCY) -> bool:
        """A word English has no use for, allowing simple inflections, and no
        typo of an English word used at least ``typo_minimum`` times."""
        return self._no_english(word) and not _typo(word, typo_minimum)

    def _no_english(self, word: str) -> bool:
        """A word English has no use for, allowing simple inflections and prefixes."""
        if not word.isalpha() or len(word) < 3 or not word.islower() or word in self.english \
                or word in _ABBREVIATIONS or word in self.units:
            return False
        for suffix, repl in (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
                             ("ly", ""), ("er", ""), ("ers", "")):
            if word.endswith(suffix) and word[: -len(suffix)] + repl in self.english:
                return False
        return not any(word.startswith(prefix) and word[len(prefix):] in self.english for prefix in _PREFIXES)

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
        english, firsts = self.english, self.firsts
        while k < n:
            word = words[k]
            if not word.islower() or (word in english and len(word) > 3 and lowers[k] not in firsts):
                k += 1  # most tokens: nothing below can start at them
                continue
            found = self._phrase_at(text, words, lowers, starts, ends, k) or self._cued_at(words, lowers, k) \
                or self._spelt_otherwise(words, k)
            if found:
                spans.append((starts[k], ends[found - 1]))
                k = found
            else:
                k += 1
        spans += numbered_units(text)  # "ward 7", "phuong 12"
        return [RecognizerResult(
            entity_type="LOCATION", start=a, end=b, score=_SCORE,
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id},
        ) for a, b in spans]

    def _spelt_otherwise(self, words, k):
        """The end of a known place spelt another way at token k ("kolkatta",
        "maspalommas"), or None: a lower-case word in no English word list
        whose consonants are a known place's and no English word's, and which
        is at most two edits from that place."""
        word = words[k]
        if len(word) < _SKELETON_WORD_MIN or word in self.english or not word.isalpha() or not word.islower() \
                or skeleton(word) not in self.skeletons \
                or word in self.frequency or word in self.accented or not self._unknown(word):
            return None
        if not any(_within_edits(word, place, 1 if len(word) < 8 else 2) for place in self.skeletons[skeleton(word)]):
            return None  # the same consonants, but vowels far apart: "hitmen", "cliche"
        return k + 1

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

    def _after_local_unit(self, words, lowers, k):
        """The end of a name after a local unit word ("xa an phu", "thon ha long",
        "barangay san jose"), or None: one to three lower-case words, each one
        English has no use for or a short syllable (four letters at most) no
        function word, the first no word that the unit word qualifies ("barangay hall")."""
        n, m = len(words), k
        while m < n and m - k < _MAX_WORDS and words[m].isalpha() and words[m].islower() \
                and lowers[m] not in _NAME_ENDS and lowers[m] not in self.units \
                and (len(words[m]) <= 4 or self._no_english(words[m])):
            m += 1
        return m if m > k and lowers[k] not in _UNIT_QUALIFIES else None

    def _cued_at(self, words, lowers, k):
        """The end of one to three unknown words at token k after or before a
        place cue, or None. After a cue that comes first, a word that is only
        a rare typo ("tunja", "pakse") counts, and so do one or two short
        words that open the name ("in ar rumaylah", "outside co loa")."""
        before = lowers[k - 1] if k else ""
        before2 = lowers[k - 2] if k > 1 else ""
        cue_first = (before == ":" and before2 in ("city", "town", "hometown", "village")) \
            or before in self.before or (before2, before) in self.pairs \
            or (before == "." and before2 in _ABBREVIATED_UNITS)
        n = len(words)
        if before in self.local or (before == "." and before2 in _ABBREVIATED_UNITS):
            found = self._after_local_unit(words, lowers, k)
            if found:
                return found
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
        if not self._no_english(words[k]):
            return None
        m = k + 1
        while m < n and m - k < _MAX_WORDS and self._no_english(words[m]):
            m += 1
        after = lowers[m] if m < len(lowers) else ""
        if after == "-" and m + 1 < len(lowers):
            after = lowers[m + 1]  # "x-based"
        elif after in ("sub", "local") and m + 1 < len(lowers):
            # "x sub-county", "x sub location", "x local government"
            nxt = lowers[m + 2] if lowers[m + 1] == "-" and m + 2 < len(lowers) else lowers[m + 1]
            after = "lga" if (after, nxt) == ("local", "government") else "sub-" + nxt
        if after in self.kinds or (
                after in self.after and not any(_typo(w, _PLACE_TYPO_MIN_FREQUENCY) for w in words[k:m])):
            return m  # (the typo check last: it tries ~50 edits a letter)
        return None
