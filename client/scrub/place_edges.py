"""The generic words of a place's name that the recognizers leave beside it.

A place of many words is often found without its generic word: a prefix
("san| jenkins", "port| amanda", "lake| zobel", "new| howe") or a head after
it ("guillet| city", "pangestu| district", "kibondo| province"). Its name is
often a surname, so the NER calls it a person (or a firm). The generic word still names
the place, and with the name gone it points to it, so a place's or a name's
span grows over such a word right beside it, and a name becomes a place.

Only words that name a kind of place are read, and only right beside a span
that is already a name or a place: "the bank on the corner", "city centre",
"a new card" have none. A head before "centre", "hall" or "council" is the
town's amenity, not its name ("leeds city| centre" keeps "city centre"); a
prefix after "a", "my", "the" ... is an everyday adjective ("a new| anna"), and
so is "new" or a compass point before an English word ("nice new| danish place").
"""

from __future__ import annotations

import regex as re

from client.scrub.words import _english_words

# Words written before a place's name: "san ...", "port ...", "lake ...".
_PREFIX = re.compile(
    r"(?i)(?<![\w'’.-])(?:san|santa|santo|sao|são|saint|sainte|st\.?|new|port|lake|mount|mt\.?|fort|el|los|las|"
    r"puerto|porto|villa|ciudad|nueva|nuevo|cape|bandar|kota|kampung|isla|monte|rio|río|north|south|east|west|"
    r"upper|lower|greater)[ \t]+$")
# Words written after a place's name: "... city", "... district".
_HEAD = re.compile(
    r"(?i)[ \t]+(?:city|town|district|province|county|region|village|municipality|parish|prefecture|governorate|"
    r"island|islands|beach|valley|bay|harbour|harbor|springs|falls|hills|heights|state|oblast|regency)"
    r"(?![\w'’-])(?![ \t]+(?:centre|center|hall|council|councils|limits|line|fc|police|court|library|bus|"
    r"office|offices|hospital|college|university|school|club|stadium|university)(?![\w'’-]))")
# An adjective's place: "a new anna", "my north jones", "the west smith" are no places.
_DETERMINER = re.compile(r"(?i)(?<![\w'’-])(?:a|an|my|your|our|his|her|their|the|this|that|its|any|some|every)"
                         r"[ \t]+$")


_WORD = re.compile(r"[^\W\d_]+")
# Prefixes that are adjectives too: before a firm ("got new monzo card") or an English word
# ("this nice new danish place") they stay.
_ADJECTIVES = frozenset("new north south east west upper lower greater el los las st st. saint".split())


def grow_place_edges(text: str, spans: list[list]) -> list[list]:
    """Grow each place or name span (sorted, disjoint ``[start, end, type,
    score]`` lists, changed in place) over a generic place word right before
    or after it; a name so grown is a place."""
    prev_end = 0
    for s in spans:
        if s[2] in ("LOCATION", "PERSON", "ORGANIZATION"):
            m = _PREFIX.search(text, max(prev_end, s[0] - 9), s[0])
            adjective = m is not None and m.group().split()[0].lower() in _ADJECTIVES
            if m and m.start() >= prev_end and not _DETERMINER.search(text, max(0, m.start() - 7), m.start()) \
                    and not (adjective and (s[2] == "ORGANIZATION" or all(
                        w.lower() in _english_words() for w in _WORD.findall(text, s[0], s[1])))):
                s[0], s[2] = m.start(), "LOCATION"
        if s[2] in ("LOCATION", "PERSON", "ORGANIZATION", "ADDRESS"):
            m = _HEAD.match(text, s[1])
            if m:  # "guillet| city"; an address's region: "..., susan ville mountain| province"
                s[1], s[2] = m.end(), "ADDRESS" if s[2] == "ADDRESS" else "LOCATION"
        prev_end = s[1]
    return spans
