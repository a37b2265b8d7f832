"""People listed beside a person's name: a word joined by "and", "&" or a
list's comma to a name found for sure is a name too ("jedi and yacine
amrouche both got charged", "handy, aimane ervan and me share the account",
"i paid ahmed & papa"). Chat lists people with people; the word beside may
be an English word ("jedi", "handy") that no list or letter shape tells from
a name, only its place.

A word taken is no stop word, no word said in place of a name ("team",
"support", "everyone"), no very common English word unless a name list holds
it, no English verb form ("directed by x and starring y"), and not after a
determiner ("the card and ahmed"). A comma joins only
inside a list: before the name when "and", "&" or another comma follows it
("papa, ahmed aissaoui and me"), after it when "and", "&" or a comma follows
the word ("ahmed, jedi and me"), so "thanks ahmed, appreciated" stays.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

import regex as re

# A word before the name, and what joins them.
_BEFORE = re.compile(r"(?<![\w'’.@-])([^\W\d_][^\W\d_'’-]+)(?:[ \t]+(?:and|&)[ \t]+|[ \t]*&[ \t]*|(,)[ \t]*)$")
# What joins the name to a word after it, the word, and what may follow.
_AFTER = re.compile(r"(?:[ \t]+(?:and|&)[ \t]+|[ \t]*&[ \t]*|(,)[ \t]*)([^\W\d_][^\W\d_'’-]+)(?![\w'’@-])"
                    r"(?=([ \t]*,|[ \t]+(?:and|&)\b|[ \t]*&)?)")
# What follows a name that makes the comma before it a list's.
_LIST_GOES_ON = re.compile(r"[ \t]*,|[ \t]+(?:and|&)\b|[ \t]*&")
_THING_BEFORE = re.compile(r"(?i)(?<![\w'’])(?:the|a|an|my|your|his|her|our|their|its|this|that|some|any|no)[ \t]+$")
# Below this a person's span is a guess (spans._SURE_NAME_SCORE): it lists no one.
_SURE = 0.45


@lru_cache(maxsize=1)
def _word_sets():
    from client.scrub.name_frames import _function_words
    from client.scrub.person_slots import _NOT_NAMES
    from client.scrub.words import _english_words, _name_words, _very_common_words

    return _function_words() | _NOT_NAMES, _very_common_words(), _name_words(), _english_words()


def _may_be_name(low: str) -> bool:
    """No stop word, no word said in place of a name; a very common word, or an
    English word with a verb's or an adverb's ending ("starring"), only if a name list holds it."""
    no, very_common, names, english = _word_sets()
    return len(low) >= 2 and low not in no and (low in names or (
        low not in very_common and not (low in english and low.endswith(("ing", "ed", "ly")))))


def _trade_after_name(text: str, i: int) -> bool:
    """The word at ``i`` is a firm's trade after a word ("bouchard removals| and
    bergerac books"): a firm's name, no one listed."""
    from client.scrub.spans import _FIRM_TAIL

    return i > 0 and _FIRM_TAIL.match(text, i - 1) is not None and text[i - 1] in " \t"


def listed_names(text: str, spans) -> list[list]:
    """New PERSON spans for words listed beside a sure person's name."""
    may_be_name = _may_be_name
    people = [s for s in spans if s[2] == "PERSON" and s[3] >= _SURE]
    if not people or ("and" not in text and "&" not in text and "," not in text):
        return []

    # (a sorted look-up, not a scan of every span per name: a 1 MB text has thousands of each)
    ordered = sorted((a, b) for a, b, *_ in spans)
    starts, reach = [a for a, _ in ordered], list(accumulate((b for _, b in ordered), max))

    def covered(i):  # some span has a <= i < b
        k = bisect_right(starts, i) - 1
        return k >= 0 and reach[k] > i
    out = []
    for a, b, *_ in people:
        m = _BEFORE.search(text, max(0, a - 40), a)
        if m and not covered(m.start(1)) and may_be_name(m.group(1).lower()) \
                and not _trade_after_name(text, m.start(1)) \
                and (not m.group(2) or _LIST_GOES_ON.match(text, b)) \
                and not _THING_BEFORE.search(text, max(0, m.start(1) - 8), m.start(1)):
            out.append([m.start(1), m.end(1), "PERSON", 0.5])
        m = _AFTER.match(text, b)
        if m and not covered(m.start(2)) and may_be_name(m.group(2).lower()) \
                and (not m.group(1) or m.group(3)):
            out.append([m.start(2), m.end(2), "PERSON", 0.5])
    return out
