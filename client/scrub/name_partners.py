"""A full name's other word: a word right beside a sure person's name, with
only a space between, that is no everyday word of English or of another
language ("amadil| cseh", "gniewko| brzozowski", "vihtori klemetti" when the
lists know only one part). Full names are typed "first last" or "last
first"; the lists (Faker, gender-guesser, the census) often hold one part of a
name and not the other, and a name with one part removed still points at
its bearer.

The word taken is three letters or more of letters only, not in the English
word list nor a form of one (``english_forms``), not a typo of a frequent
English word, no other language's frequent ordinary word
(``foreign_words``), no stop word, chat word ("pls", "thx") or product word;
a word a name list holds passes all but the English test. Before the name
(surname first) only a word a name list holds is taken: another word there is
as often a role ("consignee claas ullmann"). The name beside it
is a sure person's span (``spans._SURE_NAME_SCORE``) of one or two words,
whose word next to the partner is a name list's or no English word.

Evidence here is a broad list's (wordfreq / pyspellchecker's English, the
foreign-word list, the name lists), not a frame: any position, any cue.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

import regex as re

_WORD = r"[^\W\d_][^\W\d_'’-]*"
_AFTER = re.compile(rf"[ \t]+({_WORD})(?![\w'’@-])")
_BEFORE = re.compile(rf"(?<![\w'’.@#/-])({_WORD})[ \t]+$")
_SPAN_WORDS = re.compile(r"[^\W\d_]+")
_SURE = 0.45
_SHORTEST = 3
# A frequent English word one edit away makes a word a typo, not a name ("recieved", "thnks").
_TYPO_MIN_FREQUENCY = 10_000
# A rare English word whose letters run as a name's is a partner too ("nero| franca",
# "dante| gal"): below this frequency (pyspellchecker's counts; "fedora" 260, "genovese" 136)
# and at or above this log-odds of ``name_shape``; no verb or adverb form; after the name only
# (a surname's place: before a name, only a word a name list holds is taken; another word
# there is as often a role, "consignee claas ullmann").
_RARE_MAX_FREQUENCY = 300
_RARE_MIN_LOGIT = 0.0
# Chat words that no English list holds.
_CHAT = frozenset("""pls plz plez thx thnx thanx tysm tyvm lol lmao omg btw idk imo tbh smh asap rn ngl fyi
bday hmm hmmm ooh ahh aww yay yeah yea yep yup nope nah haha hahaha hehe xoxo""".split())


@lru_cache(maxsize=1)
def _sets():
    from spacy.lang.en.stop_words import STOP_WORDS

    from client.scrub.foreign_words import foreign_words
    from client.scrub.person_slots import _NOT_NAMES
    from client.scrub.words import _PRODUCT_WORDS, _common_words, _english_frequencies, _english_words, _name_words
    from client.scrub.world_names import ascii_faker_name_words

    english = _english_words()
    rare = frozenset(w for w, f in _english_frequencies().items() if f < _RARE_MAX_FREQUENCY and w in english
                     and not w.endswith(("ing", "ed", "ly"))) - _common_words()
    names = _name_words() | frozenset(w for w in ascii_faker_name_words() if len(w) >= 4 and w not in english)
    no = frozenset(STOP_WORDS) | _NOT_NAMES | _CHAT | frozenset(w.lower() for w in _PRODUCT_WORDS)
    return english, names, no, foreign_words(), rare


def _name_side(low: str) -> bool:
    """The span's word next to the partner: a list's name, or no English word."""
    english, names, no, *_ = _sets()
    return low not in no and (low in names or low not in english)


def _partner(word: str, after: bool = True) -> bool:
    from client.scrub.english_forms import english_form
    from client.scrub.gazetteer_words import one_edit_from_english
    from client.scrub.name_shape import name_logit

    low = word.lower()
    english, names, no, foreign, rare = _sets()
    if len(low) < _SHORTEST or not low.isalpha() or low in no:
        return False
    if low in english:
        return after and low in rare and low not in foreign and name_logit(low) >= _RARE_MIN_LOGIT
    if low in names:
        return True
    return after and low not in foreign and not english_form(low, english) \
        and not one_edit_from_english(low, _TYPO_MIN_FREQUENCY)


def partner_names(text: str, spans) -> list[list]:
    """New PERSON spans: the word beside a sure person's span of one or two words."""
    people = [s for s in spans if s[2] == "PERSON" and s[3] >= _SURE]
    if not people:
        return []
    # (a sorted look-up, not a scan of every span per name)
    ordered = sorted((a, b) for a, b, *_ in spans)
    starts, reach = [a for a, _ in ordered], list(accumulate((b for _, b in ordered), max))

    def covered(i):
        k = bisect_right(starts, i) - 1
        return k >= 0 and reach[k] > i

    out = []
    for a, b, *_ in people:
        words = _SPAN_WORDS.findall(text, a, b)
        if not words or len(words) > 2:
            continue
        m = _AFTER.match(text, b)
        if m and not covered(m.start(1)) and _name_side(words[-1].lower()) and _partner(m.group(1)):
            out.append([m.start(1), m.end(1), "PERSON", 0.5])
        m = _BEFORE.search(text, max(0, a - 40), a)
        if m and not covered(m.start(1)) and _name_side(words[0].lower()) and _partner(m.group(1), after=False):
            out.append([m.start(1), m.end(1), "PERSON", 0.5])
    return out
