"""The words of an address left between or before its found parts.

An address in lower-case chat is often found in pieces: the street and the
town, with a district's word or a name between them left ("... 44a, emily|
corner barangay ...", "sicaba avenue| extension| east ramirez ..."), a district
whose name stands before its area word ("..., amigo| nagar, murcia"), an area
word before the street ("distrito| levi aragao 112a, ..."), the name of a
street found from its street word on ("emily| corner 168, ..."), a region's code
and postcode after the town ("..., bryanston , ga|  22175"), a name joined to
the street by "and" (a corner: "viljo and| 17 stone cellar road"). Those words name
the address's district or town, so one step joins two pieces of an address
that only such words part and grows a piece over them.

A word between two pieces counts only when it is an address's word (an area
or unit word, a compass point, "new", "san" ...), a number, a name, or a word
English has no use for; a stop word or a chat word ("and thanks", "but", "pls")
parts two addresses. Words are read only beside a span that is an address.
"""

from __future__ import annotations

import regex as re

from client.scrub.address_parts import _AREA_BEFORE_NAME, _AREA_WORDS, _CHAT, _PART_WORDS, _STOP
from client.scrub.street_edges import grow_street_edges, street_gap
from client.scrub.streets import _AFTER, _AFTER_WEAK
from client.scrub.words import _english_words, _name_words, _very_common_words

# Place prefixes written lower case between an address's parts: "..., 23241 port| amanda".
_PLACE_WORDS = frozenset("""port lake mount mt fort new san santa santo sao saint st cape puerto porto villa ciudad
nueva nuevo bandar kota kampung isla monte rio""".split())
# Area words written before a district's name, beyond address_parts' list (Portuguese, Spanish,
# Filipino, Indonesian): "distrito| x", "barangay| x", "kelurahan| x".
_AREA_FIRST = _AREA_BEFORE_NAME | frozenset("""distrito barangay brgy brgy. kelurahan kel. kecamatan kec. desa
kampung setor conjunto residencial jardim vila quartier poblacion purok sitio""".split())
# Area words written after a district's name: "amigo| nagar", "reuben| estate".
_AREA_LAST = frozenset("nagar estate colony layout extension township heights village mohalla enclave".split())
# Words before a place or a street that are no part of its name: "near| alley 5", "past| the".
_BEFORE_PLACE = frozenset("""near by past behind opposite off along down up into onto across via towards toward
outside inside beside between""".split())
_STREET_LAST = frozenset(w.rstrip(".") for w in _AFTER | _AFTER_WEAK)
_GAP = re.compile(r"(?:[ \t]*,)?[ \t]+(?:([^\W_][\w'’.-]*)(?:[ \t]*,)?[ \t]+){1,2}")
# A region's code and a postcode after an address: "..., bryanston , ga  22175", "..., on h-6587".
# (not a phone number after it: "call mirjana on| 00420 608 965 449")
_REGION_POSTCODE = re.compile(r"(?i)[ \t]*,?[ \t]+([a-z]{2,3})\.?[ \t]+((?:[a-z]{1,2}-)?)(\d{4,6})(?![\w-])"
                              r"(?![ \t]*\d)")
_SMALL_WORDS = frozenset("on in at to by of so or as is be go no up us".split())
_YEAR = re.compile(r"(?:19|20)\d\d")
# A name joined to an address by "and": a corner of two streets ("viljo and 17 stone cellar road").
_AND = re.compile(r"[ \t]+and[ \t]+")
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([^\W\d_][\w'’.-]*)[ \t]+$")
_FIRST_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _address_word(word: str, english, names, common) -> bool:
    low = word.lower()
    bare = low.rstrip(".")
    if low in _STOP or bare in _CHAT:
        return False
    return (any(c.isdigit() for c in low) or low in _AREA_WORDS or bare in _AREA_WORDS or low in _AREA_FIRST
            or bare in _PART_WORDS or bare in _PLACE_WORDS or low not in english
            or (low in names and low not in common))


def join_address_pieces(text: str, spans: list[list]) -> list[list]:
    """Join an address span and a place, a name or an address span one or two
    address words apart; grow an address span over the area word before it
    or the district name before its area word. ``spans`` are sorted and
    disjoint; so is the result."""
    if not any(s[2] == "ADDRESS" or s[2] == "LOCATION" for s in spans):
        return spans
    english, names, common = _english_words(), _name_words(), _very_common_words()
    spans = grow_street_edges(text, spans, english)  # "so| 50b, 141 quang trung", "thanh pho| can tho"
    out: list[list] = []
    joined = False
    for s in spans:
        if s[2] == "ADDRESS":
            m = _WORD_BEFORE.search(text, max(out[-1][1] if out else 0, s[0] - 20), s[0])
            first = _FIRST_WORD.match(text, s[0])
            if m and (m.group(1).lower() in _AREA_FIRST or (
                    first and first.group().lower() in _AREA_LAST
                    and _address_word(m.group(1), english, names, common) and m.group(1).lower() not in english)):
                s[0] = m.start()  # "distrito| levi aragao 112a", "amigo| nagar, murcia"
            elif m and first and first.group().lower().rstrip(".") in _STREET_LAST \
                    and m.group(1).lower() not in _BEFORE_PLACE | _STOP | common | _CHAT:
                s[0] = m.start()  # a street's name before its street word: "emily| corner 168, ..."
        if s[2] in ("ADDRESS", "LOCATION"):
            m = _REGION_POSTCODE.match(text, s[1])
            if m and (m.group(2) or m.group(1).lower() not in _STOP | _SMALL_WORDS) \
                    and not _YEAR.fullmatch(m.group(3)) and m.group(1).lower() not in _CHAT:
                s[1], s[2] = m.end(), "ADDRESS"  # "..., bryanston , ga  22175"
        prev = out[-1] if out else None
        if prev is not None and prev[2] in ("PERSON", "LOCATION") and s[2] == "ADDRESS" \
                and _AND.fullmatch(text, prev[1], s[0]) and _FIRST_WORD.fullmatch(text, prev[0], prev[1]):
            prev[1], prev[2], prev[3] = s[1], "ADDRESS", max(prev[3], s[3])
            joined = True
            continue
        if prev is not None and "ADDRESS" in (prev[2], s[2]) and {prev[2], s[2]} <= {"ADDRESS", "LOCATION", "PERSON"}:
            m = _GAP.fullmatch(text, prev[1], s[0])
            if m and (all(_address_word(w, english, names, common) for w in m.captures(1))
                      or street_gap(text, prev, s, m.captures(1))):
                prev[1], prev[2], prev[3] = s[1], "ADDRESS", max(prev[3], s[3])
                joined = True
                continue
        out.append(s)
    return grow_street_edges(text, out, english) if joined else out  # again: the edges of joined pieces
