"""Chat words at the edge of a name, a firm or an address: trimmed off.

Spans of the NER and of the address and firm rules sometimes run past the
identifier into the sentence typed after it, most of all in text typed in
Title Case or with a capital on every chat word ("Ship to 14 Samora Machel
Ave Harare Please", "Meet me at 12 Main Street Tomorrow Morning", "Tafadzwa
Pls Call Me Back", "globex corporation says 40"). The words cut here are of
classes no name, firm or street ends with: chat words ("pls", "thanks",
"asap"), pronouns, auxiliaries, adverbs of time and place ("today",
"tomorrow", "here"), function words, and times of day. A span loses them
from its right end (and a trailing comma), and a person's or firm's span is
cut before a pronoun, a chat word or an auxiliary inside it ("Kaspi Bank|
Sent Me A Text"). An address with a number is cut after the last such word
before its number ("The Card Went To| 1643-D Chico Street") and before the
first one after it ("Camino De Griselda Mena 56| Here In Town"). A span never loses its first word, nor a word in capitals ("IT", "US") or a
legal form ("nordlys as"): they may end a firm's name. A cut never takes a
word that a name or place list holds with it.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

import regex as re

from client.scrub.legal_forms import legal_forms
from client.scrub.words import _english_words, _first_name_words, _name_words, _place_phrases, _very_common_words

# Verbs chat puts right after a name or a firm ("Ortiz And Stevens| Refused", "Baker PLC| Didnt Arrive").
_VERBS = frozenset("""
refused blocked charged arrived declined failed approved rejected cancelled canceled didnt doesnt dont cant wont
isnt wasnt
""".split())
# No identifier ends with one of these (lower case).
_TRAILING = frozenset("""
please pls plz pleas thanks thank thx thnx thnks ty tq cheers asap tmrw tmr tomorrow today tonight yesterday
now here there again too also aswell already soon later ok okay yes yeah yep nope sorry lol btw fyi
me you him us them we they it my your our their its
is was are were am be been being will would can could should shall must has have had did does
says told tells sent sends wants wanted needs needed asked asks called calls confirmed replied
the an and or but to for with from at in on by as so if then than
morning evening afternoon night tonite instead up twice
""".split()) | _VERBS
# Cut a person's or firm's span before one of these inside it.
_INNER_CUT = frozenset("""
please pls plz thanks thank thx thnx cheers asap tmrw tomorrow today tonight yesterday
me you him us them we they
is was are were am been has have had does did
says told sent wants needs asked called confirmed replied
""".split()) | _VERBS
# A person's or firm's span starts after the last of these in it: "Spoke To| James Cohen",
# "Salary From| Baker PLC", "Is| Torres Banking Corporation", "paid| bhatt inc".
_LEAD_CUT = frozenset("""
to from at with paid pay pls please ask asked spoke is was i me my work works call tell told thanks thank thx
hi hello hey dear contact cc
""".split())
# ... and, in a person's span, before "the" ("Jack Up| The Limit"; a firm's name may hold it).
_PERSON_CUT = _INNER_CUT | {"the"}
# Before an address's first number, the last of these ends the sentence's words:
# "The Card Went To| 1643-D Chico Street".
_ADDRESS_LEAD_CUT = frozenset("""
to at it me went sent send ship deliver delivered update moved is was pls please thx thanks asap today
""".split())
# After an address's first number, the first of these ends it: "Camino De Griselda Mena 56| Here In Town".
_ADDRESS_CUT = _INNER_CUT | {"here", "there", "instead", "now", "it", "my", "can", "could"}
# "can" / "could" end an address only before who is asked ("... 56| can you send"), not in a
# town's name ("thanh pho can tho").
_ASKED = frozenset("you u i we they he she someone anyone it me my your ur the this pls please".split())
_TRIMMED = ("PERSON", "ORGANIZATION", "LOCATION", "ADDRESS")
_PLACES = ("LOCATION", "ADDRESS")
_CUT = {"PERSON": _PERSON_CUT, "ORGANIZATION": _INNER_CUT}
_WORD = re.compile(r"[^\W\d_][\w'’]*|\d[\w/-]*")


def _ordinary(word: str, words) -> bool:
    return not (word.isupper() and len(word) > 1) and word.lower() in words and word.lower() not in _one_word_forms()


@lru_cache(maxsize=1)
def _one_word_forms() -> frozenset[str]:
    """Legal forms of one word ("as": Norway's "AS", "nordlys as"): a firm's last word."""
    return frozenset(first for first, forms in legal_forms().items() if (first,) in forms)


def _no_names(words) -> bool:
    """Every word cut off is a number, a word English uses very often ("said",
    "grant"), or an everyday English word that no name or place list holds: a
    cut never takes a name with it ("maria lopez at| kaspi bank" stays whole)."""
    english, names, first, places = _english_words(), _name_words(), _first_name_words(), _place_phrases()
    very_common = _very_common_words()
    for m in words:
        w = m.group().lower()
        if w[0].isdigit() or w in very_common:
            continue
        if w not in english or w in names or w in first or w in places:
            return False
    return True


def _address_cut_at(words, k: int) -> bool:
    """Whether an address ends before word ``k`` (a word of ``_ADDRESS_CUT``)."""
    if words[k].group().lower() not in ("can", "could"):
        return True
    return k + 1 == len(words) or words[k + 1].group().lower() in _ASKED


def trim_chat_edges(text: str, spans: list[list], others=()) -> list[list]:
    """Cut chat words off the edges of named spans (``[start, end, type,
    score]`` lists, changed in place and returned). ``others``: the
    recognizers' spans of other types (a date, an age, a job) as found,
    before a name's or an address's span took them in; those in a part cut
    off come back (the caller merges), so a cut uncovers no identifier
    ("12 main st| tomorrow morning" keeps the date when dates are asked for)."""
    cuts = []
    for s in spans:
        if s[2] not in _TRIMMED or " " not in text[s[0]:s[1]]:
            continue  # (most spans are one word: nothing to cut)
        words = list(_WORD.finditer(text, s[0], s[1]))
        if len(words) < 2:
            continue
        first, keep = 0, len(words)
        if s[2] in _CUT:
            first = next((k + 1 for k in range(len(words) - 2, -1, -1) if _ordinary(words[k].group(), _LEAD_CUT)), 0)
            first = first if _no_names(words[:first]) else 0
            keep = next((k for k in range(first + 1, len(words)) if _ordinary(words[k].group(), _CUT[s[2]])),
                        len(words))
        elif s[2] == "ADDRESS":
            number = next((k for k, w in enumerate(words) if any(c.isdigit() for c in w.group())), None)
            if number is not None:
                first = next((k + 1 for k in range(number - 1, -1, -1)
                              if _ordinary(words[k].group(), _ADDRESS_LEAD_CUT)), 0)
                first = first if _no_names(words[:first]) else 0
                keep = next((k for k in range(number + 1, len(words))
                             if _ordinary(words[k].group(), _ADDRESS_CUT) and _address_cut_at(words, k)), len(words))
        if keep < len(words) and not _no_names(words[keep:]):
            keep = len(words)
        # (a place's or an address's last word of two letters may be a state's code: "searsmont me")
        while keep > first + 1 and _ordinary(words[keep - 1].group(), _TRAILING) and not (
                s[2] in _PLACES and len(words[keep - 1].group()) == 2):
            keep -= 1
        if first:
            cuts.append((s[0], words[first].start()))
            s[0] = words[first].start()
        if keep < len(words):
            cuts.append((words[keep - 1].end(), s[1]))
            s[1] = words[keep - 1].end()
    if cuts and others:
        spans += [list(o) for o in others if _meets(cuts, o)]
    return spans


def _meets(cuts: list[tuple[int, int]], span) -> bool:
    """Whether ``span`` overlaps a cut. Cuts come from disjoint spans in text
    order, so they are sorted and disjoint: a bisection, not a scan of every
    cut per span (a 1 MB text has thousands of both)."""
    k = bisect_left(cuts, (span[1],))  # the first cut that starts at or after the span's end
    return k > 0 and cuts[k - 1][1] > span[0]
