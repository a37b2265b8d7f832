"""The words of a street address left just outside its found span.

An address found in part often leaves the words at its edges: a unit and its
number in another language before or after it ("so| 50b, 141 quang trung",
"... hem mai| can ho 32", "lgh 50, ...", "lot 40 block 40, ..."), the street
word written before a name the span starts with ("via| vergassola 91", "os.|
godzisz ...", "gang| elm desa ..."), the everyday words a street is named with
before its street word, and the house number before them ("328| lundin
mattsson grand ...", "church| king crescent ..."), the name after a district
or town word that ends the span ("... thanh pho| can tho", "... frazione|
schicchi"), a district word after it ("... turk| mahallesi"), and the rest of a
street's name between the street and its house number ("avenida mill| old| no
195a", "ul. mill| church| m. 26a"); and a name or a place the NER found right after a
street word written first is a street named for it ("os.| kral mordak").

Each step reads only the few words beside an ADDRESS span, so ordinary text
(no address found) is never touched; every word taken is a unit, street or
district word of a list written here from general knowledge of how addresses
are written, a number, or a word that such a word must have beside it.
"""

from __future__ import annotations

import regex as re
from spacy.lang.en.stop_words import STOP_WORDS

from client.scrub.address_parts import _AREA_BEFORE_NAME, _CHAT
from client.scrub.address_words import _PREFIX_STREET_WORDS, _UNIT_WORDS
from client.scrub.streets import _AFTER, _AFTER_WEAK, _BEFORE, _BEFORE_WEAK, _JOINED

# Unit words typed before their number, beyond address_words' list (Vietnamese "so", "can ho", "tang",
# "phong"; Swedish "van"; Polish "m."; Hungarian "em."; Italian "piano", "interno", "scala"; Malay
# "tingkat", Indonesian "lantai"; Mexican "mz", "lt", "lote"; lots, blocks and kilometres).
_UNIT_LEAD = _UNIT_WORDS | frozenset("""so số can ho căn hộ tang tầng phong phòng van m m. em em. piano interno int int.
scala tingkat lantai mz mz. manzana lt lt. lote lot plot block blk km km. no: nr: nr. no. n. lgh lgh. daire kat top
tur stiege stock casa bloco bloque torre ap ap. apto apto. depto depto. dpto dpto. rt rw app app. bureau local
interior logement""".split())
# Units named by a letter: "block c", "torre b".
_LETTER_UNITS = frozenset("block blk bloco bloque torre tower bl bl. sc sc. stiege wing".split())
# Unit words that are everyday words too: read only with a number after them ("so 50b, ..."), never
# alone before a span's house number ("... so| 12 oak st").
_UNIT_COMMON = frozenset("so can top stock van m lot casa int km no kat plot block app local interior bureau".split())
_NUMBER = r"#?[ \t]*\d{1,5}(?:[.,]\d{1,3})?[a-z]?(?:[-/]\d{1,4}[a-z]?)?"  # "km 4.5", "12b", "12-3", "#45-12"
# One unit phrase before a span: its word, its number or letter, a comma.
_ONE_UNIT_BEFORE = re.compile(
    rf"(?i)(?<![\w.'’-])(can[ \t]+ho|căn[ \t]+hộ|[^\W\d_][\w'’-]{{0,9}}\.?)[:]?[ \t]*({_NUMBER}|[a-h])[ \t]*,?[ \t]+$")
# One unit phrase after a span.
_ONE_UNIT_AFTER = re.compile(
    rf"(?i)[ \t]*,?[ \t]*(can[ \t]+ho|căn[ \t]+hộ|[^\W\d_][\w'’-]{{0,9}}\.?)[:]?[ \t]*({_NUMBER}|[a-h])(?![\w'’-])")
_TWO_NUMBERS = re.compile(r"(?i)\d{1,5}[a-z]?[ \t]*,?[ \t]+\d")
_CLAUSE_END = re.compile(r"[ \t]*(?:[,;:!?)\n]|\.(?:\s|$)|$)")
# Street words written before the name, weak ones too (the span beside them shows the address).
_STREET_FIRST = frozenset(w.rstrip(".") for w in _PREFIX_STREET_WORDS | _BEFORE | _BEFORE_WEAK) \
    | frozenset("os al gg jl jln gang via soi hem ngo pho duong sitio recanto rotonda".split())
_STREET_LAST = frozenset(w.rstrip(".") for w in _AFTER | _AFTER_WEAK) | frozenset("""ter tér ut út u korut körút
grand gränd vagen vägen gatan gata gate vei veien vej gade cad cd sk sok sokak caddesi sokagi bulvari cross ramp
crest view plains""".split())
# Street words written first that are short words English has too ("os. x", "gg. x", "soi x").
_SHORT_STREET_WORDS = frozenset("os gg jl jln soi hem ngo pho duong rua calle".split())
# Words for a district or town typed before its name, beyond address_parts' list: "thanh pho| can tho".
_AREA_FIRST = _AREA_BEFORE_NAME | frozenset("""pho tp tp. thanh quan phuong xa huyen tinh frazione localita
località bairro jardim vila barrio urb urb. colonia col. desa kelurahan kel. kec. kecamatan taman kampung bandar
dzielnica osiedle os. barangay brgy brgy. purok sitio poblacion distrito ortsteil bezirk cartier sector""".split())
# Words for a district written after its name: "turk| mahallesi", "rask| centrum".
_AREA_LAST = frozenset("""mahallesi mahalle mah mah. mh. centrum nagar colony estate heights lakotelep negyed
osiedle village township layout extension""".split())
# What no name after a district's word is (its name may be an everyday word: "thanh pho| can tho").
_AREA_STOP = (_CHAT - {"tho"}) | frozenset("""i me my you your we our they them he she it is are was were be been am and but or
so if then because when while the a an to in on at for of with from by near""".split())
_WORD = r"[^\W\d_][\w'’-]*"
_WORD_BEFORE = re.compile(rf"(?<![\w'’.-])({_WORD})\.?[ \t]+$")
_UNIT_WORD_BEFORE = re.compile(rf"(?<![\w'’.-])({_WORD})[.:]?[ \t]+$")
_NUMBER_BEFORE = re.compile(r"(?<![\w.,'’-])\d{1,5}[a-z]?(?:[-/]\d{1,4}[a-z]?)?[ \t]+$", re.I)
_FIRST = re.compile(rf"{_WORD}")
_NEXT_WORD = re.compile(rf"[ \t]+({_WORD})")
# ... after an abbreviated area word and its dot ("urb.| sebastian"; not a sentence's full stop after a name).
_NEXT_AFTER_DOT = re.compile(rf"\.[ \t]+({_WORD})")
_DOTTED_AREA = frozenset("urb col kel kec brgy fracc mah".split())
# Verbs chat types before an address: no part of a street's name.
_VERBS = frozenset("""live lives stay stays moved move send sent ship deliver post mail changed change update
updated is was went go rent rents""".split())
_NOT_NAME = STOP_WORDS | _CHAT | frozenset("near by past behind opposite off along via thanks pls".split())


def _unit_word(m) -> bool:
    word = m.group(1).lower()
    return (word in _UNIT_LEAD or word.rstrip(".") in _UNIT_LEAD or " " in word) and (
        m.group(2)[:1].isdigit() or m.group(2)[:1] == "#" or word.rstrip(".") in _LETTER_UNITS)


def _unit_before(text: str, start: int, floor: int) -> int:
    """The start of up to three unit phrases (a unit word and its number) right before ``start``;
    or of a unit word alone before a span that starts with a number ("van| 55 ...")."""
    w = text[max(floor, start - 4):start].rstrip(" \t,")
    taken = 0
    while taken < 3 and w and (w[-1].isdigit() or w[-1] in "abcdefghABCDEFGH"):  # (a cheap cue first)
        m = _ONE_UNIT_BEFORE.search(text, max(floor, start - 24), start)
        if not m or not _unit_word(m):
            break
        start, taken = m.start(), taken + 1
        w = text[max(floor, start - 4):start].rstrip(" \t,")
    if taken:
        return start
    if text[start:start + 1].isdigit():
        m = _UNIT_WORD_BEFORE.search(text, max(floor, start - 16), start)
        two = _TWO_NUMBERS.match(text, start)  # "so| 50b, 141 quang trung": a unit's number, then the house's
        if m and (m.group(1).lower() in (_UNIT_LEAD if two else _UNIT_LEAD - _UNIT_COMMON) or m.group(1).lower() == "ho"
                  and text[max(floor, m.start() - 4):m.start()].lower().strip() == "can"):
            return m.start() if m.group(1).lower() != "ho" else text.rindex("can", floor, m.start())
    return start


def _unit_after(text: str, end: int, ceiling: int) -> int:
    """The end of up to three unit phrases right after ``end``; an everyday word's ("so 5") only
    where the clause ends."""
    for _ in range(3):
        u = _ONE_UNIT_AFTER.match(text, end)
        if not u or u.end() > ceiling or not _unit_word(u):
            break
        if u.group(1).lower().rstrip(".") in _UNIT_COMMON and not _CLAUSE_END.match(text, u.end()) \
                and not _ONE_UNIT_AFTER.match(text, u.end()):
            break
        end = u.end()
    return end


def grow_street_edges(text: str, spans: list[list], english) -> list[list]:
    """Grow each ADDRESS span over the address words at its edges (see the module docstring).
    ``spans`` are sorted and disjoint; so is the result."""
    for k, s in enumerate(spans):
        if s[2] in ("PERSON", "LOCATION") and text[max(0, s[0] - 16):s[0]].split()[-1:] \
                and text[max(0, s[0] - 16):s[0]].split()[-1].lower().rstrip(".") in _STREET_FIRST:
            m = _WORD_BEFORE.search(text, max(spans[k - 1][1] if k else 0, s[0] - 16), s[0])
            word = m.group(1).lower() if m else ""
            if word in _STREET_FIRST and (word not in english or word in _SHORT_STREET_WORDS):
                s[0], s[2] = m.start(), "ADDRESS"  # a street named for a person or a place: "os.| kral mordak"
        if s[2] != "ADDRESS":
            continue
        floor = spans[k - 1][1] if k else 0
        ceiling = spans[k + 1][0] if k + 1 < len(spans) else len(text)
        s[0] = _grow_left(text, s[0], s[1], floor)
        s[1] = _grow_right(text, s[1], ceiling, english, s[0])
    return spans


def _name_word(m) -> bool:
    word = m.group(1).lower()
    return word not in _NOT_NAME and word not in _VERBS and not word.endswith(("ed", "ing"))


def _grow_left(text: str, start: int, end: int, floor: int) -> int:
    start = _unit_before(text, start, floor)
    low = [w.lower() for w in _FIRST.findall(text, start, min(end, start + 60))[:3]]
    at = next((i for i, w in enumerate(low) if w.rstrip(".") in _STREET_LAST), None)
    if at is not None and text[start:start + 1].isalpha():
        # the street word written after its name among the span's first words: up to two name
        # words in all ("church| king crescent"), and a house number before them ("328| lundin ...")
        taken = 0
        while at + taken < 2:
            m = _WORD_BEFORE.search(text, max(floor, start - 30), start)
            if not m or not _name_word(m) or m.group(1).lower() in _STREET_FIRST:
                break
            start, taken = m.start(), taken + 1
        m = _NUMBER_BEFORE.search(text, max(floor, start - 12), start)
        if m:
            return m.start()
        if taken:
            return start
    # a street word written before its name, and up to two name words, before the span: "gang| elm| desa ..."
    words = text[max(floor, start - 24):start].split()
    last = words[-1].lower() if words else ""
    if last.rstrip(".") not in _STREET_FIRST and (not last.isalpha() or last in _NOT_NAME or last in _VERBS):
        return start  # (most spans: "at| ...", "to| ...", "address:| ...")
    probe, names = start, 0
    while names <= 2:
        m = _WORD_BEFORE.search(text, max(floor, probe - 30), probe)
        if not m:
            break
        word = m.group(1).lower()
        if word in _STREET_FIRST and (names or not text[start:start + 1].isdigit()):
            before = text[max(floor, m.start() - 12):m.start()].split()
            if word != "via" or not before or before[-1].lower() in ("in", "at", "on", "to", "address", "is", ":"):
                return m.start()
            break
        if not _name_word(m):
            break
        probe, names = m.start(), names + 1
    return start


# A house number in a national shape right after a street's name, to the clause's end: "jln mount| 370c",
# "mettler str.| 33/53", "lebuh valley| 95", "calle x| no. 12-b", "rue y| 14 bis" (not "24/7").
_HOUSE_AFTER = re.compile(r"(?i),?[ \t]+(?:(?:no|nr|n[°º]|#)\.?[ \t]*)?#?(?!24/7)\d{1,5}[a-z]?(?:[ \t]?[-/][ \t]?\d{1,4}[a-z]?)?"
                          r"(?:[ \t]+(?:bis|ter|sur|[a-d]))?(?=[ \t]*(?:[,;:!?)\n]|\.(?:\s|$)|$)"
                          r"|[ \t]+(?:now|pls|please|thanks|thx|since|until|till)\b)")


_HOUSE_AFTER_UNIT = re.compile(r"(?i),?[ \t]+(?:(?:no|nr|n[°º]|#)\.?[ \t]*)?#?(?!24/7)\d{1,5}[a-z]?"
                               r"(?:[ \t]?[-/][ \t]?\d{1,4}[a-z]?)?(?![\w/-])")


def _house_after(text: str, start: int, end: int, ceiling: int) -> int:
    """The end of a house number right after a span that ends in a street's name and holds a street word."""
    if not (text[end - 1:end].isalpha() or text[end - 1:end] == "."):
        return end
    m = _HOUSE_AFTER.match(text, end)
    if not m:  # ... or before a unit: "str.| 57-52 stock 9a"
        m = _HOUSE_AFTER_UNIT.match(text, end)
        u = _ONE_UNIT_AFTER.match(text, m.end()) if m else None
        m = m if u and _unit_word(u) else None
    if not m or m.end() > ceiling:
        return end
    words = [w.lower().rstrip(".") for w in text[start:end].split()]
    if any(w in _STREET_FIRST or w in _STREET_LAST or w.endswith(_JOINED) for w in words):
        return _unit_after(text, m.end(), ceiling)
    return end


def _grow_right(text: str, end: int, ceiling: int, english, start: int | None = None) -> int:
    end = _unit_after(text, end, ceiling)
    if start is not None:
        end = _house_after(text, start, end, ceiling)
    tail = text[max(0, end - 14):end].split()
    last = tail[-1].lower() if tail else ""
    if last in _AREA_FIRST and len(tail) > 0:
        # the name after a district's or town's word: "thanh pho| can tho", "frazione| schicchi dego"
        m = (_NEXT_AFTER_DOT if last in _DOTTED_AREA else _NEXT_WORD).match(text, end)
        if m and m.end() <= ceiling and m.group(1).lower() not in _AREA_STOP:
            end = m.end()
            m = _NEXT_WORD.match(text, end)
            if m and m.end() <= ceiling and m.group(1).lower() not in _AREA_STOP and (
                    m.group(1).lower() not in english or _CLAUSE_END.match(text, m.end())):
                end = m.end()
        return end
    m = _NEXT_WORD.match(text, end)
    if m and m.end() <= ceiling and last not in _NOT_NAME:
        if m.group(1).lower() in _AREA_LAST:
            return m.end()  # "turk| mahallesi"
        n = _NEXT_WORD.match(text, m.end())  # a district's name and its word: "... lane| day heights"
        if n and n.end() <= ceiling and n.group(1).lower() in _AREA_LAST and m.group(1).lower() not in _NOT_NAME \
                and m.group(1).lower() not in _VERBS:
            return n.end()
    return end


# What a span starts with that makes the words before it the rest of a street's name or a
# district's: a house or unit number ("avenida mill old| no 195a"), or an area word ("... | bairro x").
_NUMBER_FIRST = re.compile(r"(?i)(?:(?:no|nr|n|m|#)[.:]?[ \t]*)?\d")


def street_gap(text: str, prev: list, s: list, gap: list[str]) -> bool:
    """One or two words between an address span and a span after it (one of them an address) are
    the rest of a street's or district's name: names, everyday words too, but no stop, chat word or
    verb; the span after starts with a number or an area word, or the span before ends with an
    area word."""
    if not gap or not all(w.isalpha() and w.lower() not in _NOT_NAME and w.lower() not in _VERBS
                          and not w.lower().endswith(("ed", "ing")) for w in gap):
        return False
    first = _FIRST.match(text, s[0], s[1])
    last = text[prev[0]:prev[1]].split()[-1].lower()
    if prev[2] == "ADDRESS" and _NUMBER_FIRST.match(text, s[0], s[1]):
        return True
    return (first is not None and first.start() == s[0] and first.group().lower() in _AREA_FIRST | _AREA_LAST) \
        or last in _AREA_FIRST
