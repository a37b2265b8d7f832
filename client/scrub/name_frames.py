"""Names in frames of a sentence that only a person fills, where no cue
word names them and the word may even look like a typo of an English word
("tyago", "loie", "yunior"): the person someone pays, owes or gives
something to ("i owe eliise 200", "i gave tyago my old card", "paid ochieng
back"), and someone introducing themselves after a greeting ("hello,
rhizlane here").

The frame is strong enough that a word English has no use for, typo-like
or not, is taken; a word one edit from a short function word ("yuo", "hte",
"thme": "i sent yuo the form") is not, nor a title, an abbreviation, an
administrative unit or another language's everyday word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from client.scrub.admin_units import all_unit_words
from client.scrub.gazetteer_words import _ABBREVIATIONS, _LOWER_TITLES, _LETTERS, PEOPLE_ROLES
from client.scrub.honorifics import HONORIFIC_WORDS

# Verbs whose first object after them is a person when a second object
# follows: "owe X 200", "gave X my card", "paid X back", "sent X the form".
_GIVING_VERBS = frozenset("""owe owes owed pay pays paid give gives gave sent send sends lend lends lent
tell told show showed promised handed transferred wired venmoed""".split())
# How the second object (or "back") opens after the person.
_OBJECT_OPENERS = frozenset("""my the a an his her their our your some back money cash half everything
£ $ €""".split())
# Verbs whose person may end the clause or go on with "for": "i paid ochieng.",
# "we owe kwabena, and ...", "i paid yerlanov for a car".
_PAYING_VERBS = frozenset("owe owes owed pay pays paid".split())
_CLAUSE_ENDS = frozenset(". , ! ? ; and but so".split()) | {"\n"}
# Greetings that a comma and a self-introduction may follow: "hello, rhizlane here".
_GREETINGS = frozenset("hi hello hey hiya morning evening afternoon".split())
_SELF_WORDS = frozenset(("here", "speaking"))


# A name has a vowel; an acronym typed in lower case often none ("hmrc", "dvla").
_VOWELS = re.compile("[aeiouy]")


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(w for w in STOP_WORDS if w.isalpha())


def near_function_word(word: str) -> bool:
    """One edit (a letter dropped, added, changed, or two swapped) from a
    stop word: "yuo", "hte", "thme", "mye"."""
    words = _function_words()
    splits = [(word[:k], word[k:]) for k in range(len(word) + 1)]
    return any(e in words for e in (
        *(a + b[1:] for a, b in splits if b),
        *(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1),
        *(a + c + b[1:] for a, b in splits if b for c in _LETTERS),
        *(a + c + b for a, b in splits for c in _LETTERS),
    ))


class NameFrames:
    """Mixed into ``NameCueRecognizer``: uses the gazetteer's word sets and tests."""

    def _framed_word(self, lowers, k) -> bool:
        """A word that a person's frame takes: letters, three or more, no
        English word (typo-like allowed), no title, abbreviation, unit,
        honorific or other language's everyday word, and no typo of a
        function word or misspelt verb, and a vowel in it."""
        low = lowers[k]
        return low.isalpha() and len(low) >= 3 and low.isascii() and _VOWELS.search(low) is not None \
            and not self._everyday(low) \
            and low not in self.common and low not in self.stop and low not in HONORIFIC_WORDS \
            and low not in _ABBREVIATIONS and low not in _LOWER_TITLES and low not in PEOPLE_ROLES \
            and low not in all_unit_words() and low not in self.foreign \
            and not self._misspelt_verb(lowers, k, k + 1) and not near_function_word(low)

    def _framed_names(self, lowers):
        """(start, end) token spans of names in the frames above."""
        n = len(lowers)
        out = []
        for k in range(1, n):
            before = lowers[k - 1]
            if before in _GIVING_VERBS:
                m = k + 1 if self._framed_word(lowers, k) else k
                if m < n - 1 and m > k and self._framed_word(lowers, m):
                    m += 1  # "i owe dogukan savas 200"
                if m > k and (m == n or lowers[m] in _OBJECT_OPENERS or lowers[m][:1].isdigit() or (
                        before in _PAYING_VERBS and (lowers[m] in _CLAUSE_ENDS or lowers[m] == "for"))):
                    out.append((k, m))
            elif before == "," and 1 < k < n - 1 and lowers[k - 2] in _GREETINGS and lowers[k + 1] in _SELF_WORDS \
                    and self._framed_word(lowers, k):
                out.append((k, k + 1))  # "hello, rhizlane here"
        return out
