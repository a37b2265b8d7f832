"""Span edges: the words a name, a firm or an address was caught without.

Recognizers often mark most of a direct identifier and leave a word at its
edge: initials ("j. r.| smith"), a particle or a nickname between two parts
("mac |an| liagha", 'demi |"tito"| salmerón'), a generation after a name
("scott moffatt| iii"), an institution before "of" ("|bank of| weimar"), a
department after a firm ("acme ltd|, payments team"), a house letter after a
number ("via roma 75| b,"). Those words still identify, so one step, run on the
finished spans, grows each span over such edges and joins two spans that only
such words part. Each edge is a shape no everyday phrase takes in that place:
the words are read only right beside a span that is already a name, a firm or
an address.
"""

from __future__ import annotations

import regex as re

from client.scrub.address_parts import address_parts_after, address_start, starts_with_street
from client.scrub.streets import _AFTER, _AFTER_WEAK
from client.scrub.words import _PARTICLES, _english_words, _first_name_words, _name_words

_NAMED = ("PERSON", "ORGANIZATION", "LOCATION", "ADDRESS")
# The NER often calls a firm a person or a place: those edges are read after all three.
_NAMES = ("PERSON", "ORGANIZATION", "LOCATION")
_STREET_TAILS = [re.escape(w.rstrip(".")) for w in _AFTER | _AFTER_WEAK]
_STRONG_TAILS = [re.escape(w.rstrip(".")) for w in _AFTER]
# Initials before a name: "j. r. smith", "j.r. smith", "h. p. miller".
_INITIALS_BEFORE = re.compile(r"(?<![\w.'’-])(?!(?i:e\.g|i\.e|a\.m|p\.m)\.)(?:[^\W\d_]\.[ \t]?){1,3}[ \t]*$")
# An initial and a word after a first name: "sebastian m. russell".
_INITIAL_AFTER = re.compile(r"[ \t]+[^\W\d_]\.[ \t]*([^\W\d_][\w'’-]*)")
# A generation after a name: "jr.", "sr", "iii".
_GENERATION = re.compile(r"(?i),?[ \t]+(?:jr|jnr|sr|snr|ii|iii|iv)\b\.?")
# A nickname after a name, in quotes or brackets: "miroslava siering (mo)".
_NICK_AFTER = re.compile(r"[ \t]+(?:\"([^\W\d_][\w'’-]*)\"|“([^\W\d_][\w'’-]*)”|\(([^\W\d_][\w'’-]*)\))")
# What may part two pieces of one name: particles, initials, a nickname in quotes.
_PARTICLE_WORDS = _PARTICLES | frozenset("an am au aux op ten zu des los las del de la le lo y e".split())
_GLUE = re.compile(
    r"[ \t]+(?:(?:[^\W\d_]\.[ \t]*)+|(?:(?P<p>[^\W\d_]+)[ \t]+)+|\"[^\"\n]{1,20}\"[ \t]+|'[^'\n]{1,20}'[ \t]+"
    r"|“[^”\n]{1,20}”[ \t]+|\([^()\n]{1,20}\)[ \t]+)?|[ \t]*[-‐][ \t]*"
)
# An institution named by what follows "of": "bank of weimar", "university of lagos".
_OF_HEAD = re.compile(
    r"(?i)(?<![\w-])(?:(?:national|central|state|royal|people's|peoples)[ \t]+)?(?:bank|university|college|"
    r"institute|hospital|church|ministry|council|museum|academy|society|association|federation|chamber|"
    r"embassy|consulate|credit[ \t]+union|building[ \t]+society|school|polytechnic)[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?P<w>[^\W\d_]+)[ \t]+)?$"
)
# A department after a firm: "acme ltd, payments team", "acme billing dept".
_DEPARTMENT = re.compile(
    r"(?i)\.?(?:,[ \t]*|[ \t]+)((?:[^\W\d_][\w'’-]*[ \t]+){0,2})(?:team|dept\.?|department|desk|division|"
    r"helpdesk|branch)(?!\w)"
)
# A street's word after an address that stopped before it: "house 388, kennedy| alley".
# (an everyday street word, "close", "way", "alley", only right after the span: "..., please close" stays)
_STREET_AFTER = re.compile(r"(?i),?[ \t]+((?:[^\W\d_][\w'’-]*[ \t]+){0,2})(?:%s)(?!\w)|[ \t]+(?:%s)(?!\w)"
                           % ("|".join(sorted(_STRONG_TAILS, key=len, reverse=True)),
                              "|".join(sorted(_STREET_TAILS, key=len, reverse=True))))
# A unit's letter after an address that ends with its unit word: "..., block| h" (never "a" or "i").
_UNIT_LETTER = re.compile(r"[ \t]+(?![aAiI](?![\w'’-]))[a-zA-Z]\d{0,3}(?![\w'’-])")
_LETTER_UNITS = frozenset("block blk tower wing bloc blok bloco bloque torre".split())
# A house number right before an address: "622| moore square #26".
# (and a chain of numbers: "2-6-8| sakyo-ku", "36/508| felix circle")
_NUMBER_BEFORE = re.compile(r"(?<![\w.,$£€/-])\d{1,5}(?:[-/]\d{1,4}){0,3}[a-zA-Z]?[ \t]+$")
# A house letter after an address's number, before a comma or the line's end: "camanni 752 a, zschopau".
_HOUSE_LETTER = re.compile(r"(?<=\d)[ \t]?[a-hA-H](?=[ \t]*(?:,|\n|$))")
# The rest of a hyphenated name the span cut: "rock-|tenn co", "o'neill-|smith"; not an
# everyday prefix or suffix ("london-based", "anti-trump").
_HYPHEN_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’]*)-$")
_HYPHEN_AFTER = re.compile(r"-([^\W\d_][\w'’]*)(?![\w-])")
_AFFIXES = frozenset("""pre post anti non pro ex mid un sub self co re multi pan trans inter neo pseudo based born
bred owned made led run style like ish esque related specific free friendly type area wide only era
centric speaking approved certified backed funded""".split())
_STOP = frozenset("""a an the my your our his her their this that these those it its i you we they he she
and or but of for with by as is are was were be been so if then than just also not no yes me us them to
from at in on all any some what which who""".split())


_FIRST_WORD = re.compile(r"[^\W\d_]+")
_LAST_WORD = re.compile(r"[^\W\d_]+$")


def _compound(part: str, word) -> bool:
    """``part`` and the span's ``word`` beside the hyphen are both English
    words and ``part`` no name: an everyday compound whose other half is also
    a name ("gut-|buster", "round-|robin", "bliss|-less"), no double name."""
    english = _english_words()
    return word is not None and len(part) > 2 and part.lower() in english and part.lower() not in _name_words() \
        and word.group().lower() in english


def extend_edges(text: str, spans: list[list]) -> list[list]:
    """Grow each name, firm or address span over the edge words it lacks and
    join two spans only such words part; ``spans`` are sorted, disjoint
    ``[start, end, type, score]`` lists (the result is too, but may overlap
    before the caller merges it)."""
    english, first = _english_words(), _first_name_words()
    for s in spans:
        if s[2] in _NAMES:
            m = _INITIALS_BEFORE.search(text, max(0, s[0] - 12), s[0])
            if m:
                s[0] = m.start()
            # Not after a place: "dembawoha division" is a place and its unit word.
            m = _DEPARTMENT.match(text, s[1]) if s[2] != "LOCATION" else None
            if m and not any(w.lower() in _STOP for w in m.group(1).split()):
                s[1] = m.end()
            m = _HYPHEN_BEFORE.search(text, max(0, s[0] - 30), s[0])
            if m and m.group(1).lower() not in _AFFIXES and not _compound(m.group(1), _FIRST_WORD.match(text, s[0])):
                s[0] = m.start()
            m = _HYPHEN_AFTER.match(text, s[1])
            if m and m.group(1).lower() not in _AFFIXES and not _compound(m.group(1), _LAST_WORD.search(text, s[0], s[1])):
                s[1] = m.end()
        if s[2] == "PERSON":
            m = _INITIAL_AFTER.match(text, s[1])
            if m and m.group(1).lower() not in _STOP:
                s[1] = m.end()
            m = _GENERATION.match(text, s[1])
            if m:
                s[1] = m.end()
            m = _NICK_AFTER.match(text, s[1])
            if m:
                nick = next(g for g in m.groups() if g).lower()
                if nick not in english or nick in first:
                    s[1] = m.end()
        elif s[2] == "ADDRESS":
            m = _HOUSE_LETTER.match(text, s[1])
            if m:
                s[1] = m.end()
            m = _UNIT_LETTER.match(text, s[1])
            if m and text[max(s[0], s[1] - 12):s[1]].lower().split()[-1:] in ([w] for w in _LETTER_UNITS):
                s[1] = m.end()  # "rua ferreira, block| h has a card machine"
            m = _STREET_AFTER.match(text, s[1])
            if m and not any(w.lower() in english for w in (m.group(1) or "").split()):
                s[1] = m.end()
        if s[2] in _NAMES:
            m = _OF_HEAD.search(text, max(0, s[0] - 60), s[0])
            if m and (m.group("w") is None or m.group("w").lower() not in _STOP):
                s[0], s[2] = m.start(), "ORGANIZATION"
    spans = _join(text, spans)
    for s in spans:
        if s[2] == "ADDRESS":
            m = _NUMBER_BEFORE.search(text, max(0, s[0] - 16), s[0])
            if m:
                s[0] = m.start()
        if s[2] == "ADDRESS" or (s[2] == "PHONE_NUMBER" and starts_with_street(text, s[0], s[1])):
            # "..., sector 2, east legon, near the x church"; a street's number read
            # as a phone's ("calle 19b # 55 48, ...") names an address
            end = address_parts_after(text, s[1])
            if end > s[1]:
                s[1], s[2] = end, "ADDRESS"
        if s[2] == "ADDRESS":
            s[0] = address_start(text, s[0])  # "area| 25, plot 112"
    return spans


def _join(text: str, spans: list[list]) -> list[list]:
    """Two named spans parted only by particles, initials, a quoted or
    bracketed nickname or a hyphen are one: "mac an liagha", 'demi "tito"
    salmerón', "estinnes-au-val"."""
    out: list[list] = []
    for s in spans:
        prev = out[-1] if out else None
        if prev is not None and prev[2] in _NAMED and s[2] in _NAMED and prev[1] <= s[0]:
            m = _GLUE.fullmatch(text, prev[1], s[0])
            if m and all(w.lower() in _PARTICLE_WORDS for w in m.captures("p")) \
                    and (prev[2] == s[2] or "ADDRESS" in (prev[2], s[2])):
                prev[1], prev[3] = s[1], max(prev[3], s[3])
                if s[2] == "ADDRESS":
                    prev[2] = "ADDRESS"
                continue
        out.append(s)
    return out
