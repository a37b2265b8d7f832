"""The rest of a place's name of several words, when a span took only part of it.

Recognizers often find one piece of a long place name: the NER stops at a
particle ("san juan| de los morros"), the gazetteer's phrases go to four words,
a hyphenated name splits at its joints ("seine-|et-|marne", "sao jose| do
|xingu"). The piece is gone but the rest still points to the place. Three
steps, each beside a span that is already a place (or a name the rest makes a
known place):

* a known place phrase (``words._place_phrases``: GeoNames, ISO 3166-2,
  Faker, Google) of which the span is a part grows the span to the whole
  phrase, in any case ("sherman| oaks", "ras al| khaimah");
* two pieces with only joints between them (``place_words``: words that
  stand inside many known names, "de", "do", "et", "les", "sur") are one
  place ("sao jose| do |xingu", "seine|-et-|marne");
* joints and one more word after or before a place are its name too
  ("jundiai| do sul", "liffol|-le-grand", "tarn-et-|garonne"), when that word
  is joined by hyphens (after a name too: the NER often calls such a piece
  a person), or is no English word of three letters or more ("lisbon e mail
  me" stays); so is an opener (``place_words``: "kampong",
  "sidi", "umm") or a joint no common English word ("en| naqoura", "la|
  paz") right before a place, after no determiner.

All lists come from the gazetteer itself, not hand-picked per language.
"""

from __future__ import annotations

from functools import lru_cache

import regex as re

from client.scrub.place_words import joints_and_openers
from client.scrub.world_places import fold

_WORD = r"[^\W\d_][\w'’]*"
_GAP = r"[ \t]*-[ \t]*|[ \t]+"
_NEXT = re.compile(rf"({_GAP})({_WORD})")
_PREV = re.compile(rf"(?r)(?<![\w'’])({_WORD})({_GAP})$")
_SPACES = re.compile(r"[\s-]+")
# Words looked at on each side of a span, and how far back.
_SIDE_WORDS = 4
_LOOK_BACK = 60
_DETERMINER = re.compile(r"(?i)(?<![\w'’-])(?:a|an|my|your|our|his|her|their|the|this|that|its|any|some|every)"
                         r"[ \t]+$")
_TYPES = ("LOCATION", "PERSON", "ORGANIZATION")


@lru_cache(maxsize=1)
def _lists():
    """(known phrases of several words with spaces for hyphens, their runs of words, joints,
    openers, English words, common words)."""
    from client.scrub.words import _common_words, _english_words, _place_phrases

    phrases = frozenset(_SPACES.sub(" ", p) for p in _place_phrases() if " " in p or "-" in p)
    # every run of whole words inside a known phrase: a span that is none is part of no
    # phrase (the cheap test first), and a run that is none grows into none
    grams = set()
    for phrase in phrases:
        words = phrase.split()
        for a in range(len(words)):
            for b in range(a + 1, len(words) + 1):
                grams.add(" ".join(words[a:b]))
    joints, openers = joints_and_openers()
    return phrases, frozenset(grams), joints, openers, _english_words(), _common_words()


def load_lists() -> None:
    """Make the lists now (the gazetteer's ``load``), not on the first text with a place."""
    _lists()


def _key(text: str, a: int, b: int) -> str:
    return _SPACES.sub(" ", fold(text[a:b]))


def _after(text: str, end: int, most: int):
    """Up to ``most`` (gap, word start, word end) right after ``end``."""
    out, pos = [], end
    while len(out) < most and (m := _NEXT.match(text, pos)):
        out.append((m.group(1), m.start(2), m.end(2)))
        pos = m.end()
    return out


def _before(text: str, start: int, floor: int, most: int):
    """Up to ``most`` (gap, word start, word end) right before ``start``, nearest first."""
    out, pos = [], start
    while len(out) < most and (m := _PREV.search(text, max(floor, pos - _LOOK_BACK), pos)):
        out.append((m.group(2), m.start(1), m.end(1)))
        pos = m.start()
    return out


def _known(text, s, left, right, phrases, grams):
    """The widest known phrase around span ``s`` (start, end), or None."""
    best = None
    for i in range(len(left) + 1):
        a = left[i - 1][1] if i else s[0]
        for j in range(len(right) + 1):
            b = right[j - 1][2] if j else s[1]
            key = _key(text, a, b)
            if key not in grams:
                break  # (no wider run is in a phrase either)
            if i + j and key in phrases and not (best and i + j <= best[2]):
                best = (a, b, i + j)
        else:
            continue
        if j == 0:
            break  # the run from this word to the span's end is in no phrase
    return best


def grow_place_phrases(text: str, spans: list[list]) -> list[list]:
    """Grow place spans (sorted, disjoint ``[start, end, type, score]``
    lists, changed in place) over the rest of their name (see the module
    docstring); returns the spans, pieces joined."""
    if not spans:
        return spans
    phrases, grams, joints, openers, english, common = _lists()
    prev_end = 0
    for s in spans:
        if s[2] not in _TYPES:
            prev_end = s[1]
            continue
        # one word each side, more only where it may grow: the span is part of a known
        # phrase, or a joint or hyphen is beside it
        wide = _key(text, s[0], s[1]) in grams
        left = _before(text, s[0], prev_end, _SIDE_WORDS if wide else 1)
        right = _after(text, s[1], _SIDE_WORDS if wide else 1)
        if not wide and right and ("-" in right[0][0] or _key(text, right[0][1], right[0][2]) in joints):
            right = _after(text, s[1], _SIDE_WORDS)
        if not wide and left and _key(text, left[0][1], left[0][2]) in joints:
            left = _before(text, s[0], prev_end, _SIDE_WORDS)
        known = _known(text, s, left, right, phrases, grams) if wide else None
        if known:
            s[0], s[1], s[2] = known[0], known[1], "LOCATION"
        else:
            place = s[2] == "LOCATION"  # a name grows only over joints joined by hyphens
            k = 0
            while k < len(right) - 1 and _key(text, right[k][1], right[k][2]) in joints:
                k += 1
            ends_in_joint = right and "-" in right[0][0] and _key(text, *_last_word(text, s)) in joints
            if (k or ends_in_joint) and k < len(right):
                hyphens = all("-" in gap for gap, _, _ in right[:k + 1])
                last = _key(text, right[k][1], right[k][2])
                if hyphens or (place and last not in english and len(last) > 2):
                    s[1] = right[k][2]  # "jundiai| do sul", "liffol|-le-grand"
            k = 0
            while k < len(left) - 1 and _key(text, left[k][1], left[k][2]) in joints:
                k += 1
            first = _key(text, left[k][1], left[k][2]) if left else ""
            if k and (all("-" in left[q][0] for q in range(k + 1))
                      or (place and first not in english and len(first) > 2)):
                s[0] = left[k][1]  # "tarn-et-|garonne", "sao jose do| xingu"
            elif place and left and ((nearest := _key(text, left[0][1], left[0][2])) in openers
                           or (nearest in joints and nearest not in common)) \
                    and not _DETERMINER.search(text, max(0, left[0][1] - 7), left[0][1]):
                s[0] = left[0][1]  # "kampong| speu", "en| naqoura"
        prev_end = s[1]
    return _joined(text, spans, joints)


def _last_word(text, s):
    """(start, end) of the span's last word."""
    m = _LAST.search(text, s[0], s[1])
    return (m.start(), m.end()) if m else (s[1], s[1])


_LAST = re.compile(rf"{_WORD}$")


def _joined(text, spans, joints):
    """Pieces of one place with only joints between them (or overlapping,
    once grown), one a place: one place; two names joined by hyphens and a
    joint ("meurthe-et-moselle", "jean-de-dieu") are one name."""
    out: list[list] = []
    for s in spans:
        prev = out[-1] if out else None
        place = "LOCATION" in (prev[2], s[2]) if prev is not None else False
        if prev is not None and prev[2] in _TYPES and s[2] in _TYPES and (s[0] < prev[1] or (
                (place or not any(c.isspace() for c in text[prev[1]:s[0]]))
                and _only_joints(text, prev[1], s[0], joints))):
            prev[1], prev[3] = max(prev[1], s[1]), max(prev[3], s[3])
            prev[2] = "LOCATION" if place else prev[2]
            continue
        out.append(s)
    return out


def _only_joints(text, a, b, joints) -> bool:
    gap = text[a:b]
    if len(gap) > 20:
        return False
    words = gap.replace("-", " ").split()
    return bool(words) and all(fold(w) in joints for w in words) and gap[:1] in " \t-" and gap[-1:] in " \t-"
