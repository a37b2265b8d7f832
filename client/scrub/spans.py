"""Span post-processing: make spans whole (titles join names, address parts
join) and disjoint (overlaps merge under the most specific type)."""

from __future__ import annotations

import regex as re
from presidio_analyzer import RecognizerResult

from client.scrub.address_edges import join_address_pieces
from client.scrub.chat_edges import trim_chat_edges
from client.scrub.edges import extend_edges
from client.scrub.firm_edges import grow_firm_edges
from client.scrub.name_pairs import listed_names
from client.scrub.name_partners import partner_names
from client.scrub.place_edges import grow_place_edges
from client.scrub.place_phrases import grow_place_phrases
from client.scrub.postcodes import postcode_beside
from client.scrub.streets import split_units, units_beside
from client.scrub.title_phrases import everyday_phrase
from client.scrub.words import (
    _PARTICLES,
    _NETWORK_WORDS,
    _PRODUCT_WORDS,
    _TITLE_RE,
    _common_words,
    _english_words,
    _first_name_words,
    _name_words,
    _very_common_words,
)


# When overlapping spans of different types merge, the most specific type
# names the whole; between names, places and organisations the surer wins.
_PRIORITY = {
    "EMAIL_ADDRESS": 9, "IBAN_CODE": 9, "CREDIT_CARD": 9, "URL": 8, "IP_ADDRESS": 8,
    "NATIONAL_ID": 7, "BANK_ACCOUNT": 6, "PHONE_NUMBER": 6, "USERNAME": 6, "ADDRESS": 5,
    "DATE_TIME": 4, "AGE": 4, "PERSON": 1, "ORGANIZATION": 1, "LOCATION": 1,
    "NRP": 0, "OCCUPATION": 0, "DATE_PART": 0,
}
# What may sit between two address parts and still be one address: separators,
# a few capitalised words (a city the NER missed), a postcode.
_ADDRESS_GAP = re.compile(
    r"^(?:[\s,;]|\band\b|[[:upper:]][[:alpha:]'’.-]*|[A-Z]{1,2}\d[\dA-Z]?|\d{3,5}(?:-\d{3,4})?)*$"
)
# Titles and "corner of" are looked for this far before a span (not from the
# text's start: that made a long text quadratic).
_LOOK_BACK = 120
# A legal form right after an organisation the recognizers ended early
# ("varengold bank ag", "amkor technology, inc.", "ciner resources lp").
_ORG_TAIL = re.compile(r"(?i)(?:,?[ \t]+(?:inc|ltd|llc|llp|lp|plc|ag|sa|nv|bv|co|corp|gmbh|kk|oy|ab|spa|pte)"
                       r"\b\.?)+")
# A building or street word right after a name or place: the name is the
# building's or the street's ("Harris tower", "kupa residency", "moore road");
# no word here is a verb ("let anna drive" stays).
_BUILDING_TAIL = re.compile(r"(?i)[ \t]+(?:tower|towers|residency|residences|apartments|building|heights|plaza|"
                            r"mansions|court|courts|avenue|street|road|lane|boulevard|utca)\b")
# After an address: up to three words (none an everyday word but a particle)
# and a postcode of five digits or more.
# (the postcode: five to eight digits, or a national shape no year or count
# takes: "911 97", "00-950", "1234-567", "40301-110", four digits no year)
_ADDRESS_REST = re.compile(r"((?:,?[ \t]+[^\W\d_][\w'’.-]*){1,3}),?[ \t]+(\d{5,8}(?:-\d{3,4})?|\d{3}[ \t]\d{2}"
                           r"|\d{2}-\d{3}|\d{4}-\d{3}|(?!19\d\d|20\d\d)\d{4})(?![\w-])(?![ \t.,/-]?\d)")
# A word after an address that ends in a postcode (a town after it), and that end.
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)(?=[\s,.!?;:]|$)")
_POSTCODE_END = re.compile(r"(?i)(?<![a-z])\d[a-z\d]{0,3}$")
# After a name: a house number, a town of one or two words no English word,
# and a postcode of a national shape ("valcharska 2, debe, 015 69").
_NUMBER_TOWN_POSTCODE = re.compile(
    r"[ \t]+\d{1,4}[a-zA-Z]?,[ \t]+([^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*)?),?[ \t]+"
    r"(?:\d{5,6}|\d{3}[ \t]\d{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{5}-\d{3,4})(?![\w-])(?![ \t.,/-]?\d)")
# After a name, what makes it a firm's: "harper and sons", "diaz garage",
# "brennan furniture". Trades that follow a name as no everyday phrase does
# (not "bank", "school" or "office": "sent anna bank details").
_FIRM_TAIL = re.compile(
    r"(?i)[ \t]+(?:(?:and|&)[ \t]+(?:sons|daughters|brothers|bros\.?|partners|associates|co\b\.?)"
    r"|(?:holdings|group|partners|associates|industries|technologies|systems|solutions|services|labs|"
    r"laboratories|media|capital|enterprises|agency|insurance|airlines|motors|energy|resources|brands|"
    r"networks|healthcare|logistics|consulting|analytics|software|traders|trading|ventures|studios|"
    r"electrical|engineering|construction|foods|brewing|brewery|bakery|interiors|designs|robotics|"
    r"investments|properties|realty|catering|garage|carpets|joinery|opticians|kitchens|removals|"
    r"plumbing|hardware|furniture|salon|roofing|glazing|cleaners)(?!\w))")
# Two one-word names joined by "and" or "&", one of them no first name and one
# no everyday word, are one firm's name ("farkas and price", "acero & bryan");
# two first names, or full names ("tom hanks and meg ryan"), stay two people.
_NAME_PAIR_GAP = re.compile(r"[ \t]+(?:and|&)[ \t]+")
_ONE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_NUMBER_AND_POSTCODE = re.compile(r"(?<![\w.,-])(?i:(?:level|floor|flat|unit|apt|suite|house)[ \t]+)?"
                                  r"\d{1,4}[a-z]?[ \t]+\d{4,6}[ \t]+$")
# A postcode of five digits or more right before an address, and a town
# between them: "124048, bishkek, ulitsa ...".
_ADDRESS_LEAD = re.compile(r"(?<![\w.,-])\d{5,8},?[ \t]+(?:([^\W\d_][\w'’-]*),[ \t]+)?$")
_ADDRESS_HEAD = re.compile(r"(?i)\b(?:the\s+)?corner\s+of\s+$")
_ADDRESS_TAIL = re.compile(
    r"(?:[\s,]*(?:\d{4,8}(?:-\d{3,4})?|[A-Z]{1,2}\d[\dA-Z]?\s*\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d"
    r"|\d{4}(?:[A-Za-z]{2}|\s[A-Z]{2})))(?!\w)"
)


def finish_spans(text: str, results: list[RecognizerResult], wanted: set[str]):
    """Make spans whole and disjoint: titles join names, address parts join,
    overlaps merge into the most specific type."""
    return finish_raw_spans(text, [[r.start, r.end, r.entity_type, r.score] for r in results], wanted)


_WORDS = re.compile(r"\w+")
_CODE_MAX = 4


def _coded(text: str, span) -> bool:
    """A person's span of four letters and digits or fewer, none a word of
    letters alone, is a short code or a model ("the Smart Meter shows E4",
    "my PS5"): a name has letters only. (A longer code may be a reference
    that identifies someone, "ref AC7731": it stays whatever its type.)"""
    if span[2] != "PERSON" or span[1] - span[0] > 8:
        return False
    words = _WORDS.findall(text, span[0], span[1])
    return sum(map(len, words)) <= _CODE_MAX and not any(w.isalpha() for w in words)


def finish_raw_spans(text: str, spans: list[list], wanted: set[str], names_out=None):
    """``finish_spans`` on ``[start, end, entity_type, score]`` lists (this
    function's own: it changes them), the only fields of a result it reads.
    ``names_out``, a list, gets the names that spread (``_repeated_names``)."""
    spans = [s for s in spans if not _shouted_word(text, s) and not everyday_phrase(text, s) and not _coded(text, s)]
    others = [tuple(s) for s in spans if s[2] not in ("PERSON", "ORGANIZATION", "LOCATION", "ADDRESS")]
    for s in spans:
        if s[2] in ("PERSON", "ORGANIZATION", "LOCATION"):
            # NER spans often take in "The" and a possessive "'s".
            for det in ("The ", "the ", "My ", "Our ", "Your "):
                if text.startswith(det, s[0]) and s[1] - s[0] > len(det):
                    s[0] += len(det)
        if s[2] in ("PERSON", "ORGANIZATION", "LOCATION"):
            # ... and a greeting, a farewell or a chat word before a name: "Bye Umida", "Ping Frank",
            # "Me, Sasha and Soykut" (the NER calls such runs firms or places as often)
            m = _LEAD_WORD.match(text, s[0], s[1])
            if m and m.end() < s[1]:
                s[0] = m.end()
            if text.endswith(("'s", "’s"), s[0], s[1]) and s[1] - s[0] > 2:
                s[1] -= 2
            m = _NETWORK_LEAD.match(text, s[0], s[1])
            if m and m.end() < s[1]:
                s[0] = m.end()  # "kakao minji": the network's name is no part of the name
        if s[2] in ("PERSON", "ORGANIZATION", "LOCATION") and text[s[0]:s[1]].lower() in _PRODUCT_WORDS:
            s[2] = None  # "the App", "my Direct Debit": a product, no name
            continue
        if s[2] == "PERSON":
            m = _KIN_AFTER_POSSESSIVE.match(text, s[0], s[1])
            if m and _POSSESSIVE_BEFORE.search(text, max(0, s[0] - 8), s[0]) and m.end() < s[1]:
                s[0] = m.end()  # "my sister| dairine": kin, no title (not "Sister Mary")
            elif (m := _LOWER_LEAD.match(text, s[0], s[1])) and m.group(1) not in _PARTICLES \
                    and m.group(1) in _english_words() and m.group(1) not in _first_name_words() \
                    and m.group(1) not in _name_words():
                s[0] = m.end()  # "physio| Charlotte Blanc": the NER took in a lower-case role
            m = _TITLE_RE.search(text, max(0, s[0] - _LOOK_BACK), s[0])
            if m and not (m.group().split()[-1].lower() in _KIN
                          and _POSSESSIVE_BEFORE.search(text, max(0, m.start() - 8), m.start())):
                s[0] = m.start()
        if s[2] == "ORGANIZATION":
            m = _ORG_TAIL.match(text, s[1])
            if m:
                s[1] = m.end()
        if s[2] in ("PERSON", "LOCATION", "ORGANIZATION", "ADDRESS"):
            m = _BUILDING_TAIL.match(text, s[1])
            if m:
                s[1], s[2] = m.end(), "ADDRESS"
        if s[2] in ("PERSON", "LOCATION"):
            # a house or unit number and a postcode before a town: "6c 59012 kickbaan"
            m = _NUMBER_AND_POSTCODE.search(text, max(0, s[0] - 40), s[0])
            if m:
                s[0], s[2] = m.start(), "ADDRESS"
            elif (m := _NUMBER_TOWN_POSTCODE.match(text, s[1])) and all(
                    w.lower() not in _english_words() for w in m.group(1).split()):
                s[1], s[2] = m.end(), "ADDRESS"  # a street with no street word: "valcharska 2, debe, 015 69"
            elif beside := postcode_beside(text, s[0], s[1]):
                s[0], s[1], s[2] = *beside, "ADDRESS"  # a postcode beside a town: "kibondo 69501"
    spans = [s for s in spans if s[2] is not None]
    if "PERSON" in wanted:
        spans += partner_names(text, spans)  # "amadil| cseh": a full name's other word
        spans += _repeated_names(text, spans, names_out)
        spans += listed_names(text, spans)  # "jedi and| yacine amrouche"
    spans = _merge_overlaps(spans)
    if "LOCATION" in wanted:
        spans = _merge_overlaps(grow_place_phrases(text, spans))  # "sao jose| do |xingu", "ras al| khaimah"
        spans = _merge_overlaps(grow_place_edges(text, spans))  # "san| jenkins", "guillet| city"
    if "ORGANIZATION" in wanted:
        spans = _merge_overlaps(grow_firm_edges(text, _firm_names(text, spans)))  # "holysz| beauty salon"
    if "ADDRESS" in wanted:
        spans = _merge_overlaps(_grow_addresses(text, spans))
        spans = join_address_pieces(text, spans)  # "..., amigo| nagar, murcia", "sicaba avenue| extension| ..."
        extra = split_units(text, [(s[0], s[1]) for s in spans if s[2] == "ADDRESS"])
        if extra:  # "house 74. the street is calle dudok"
            spans = _merge_overlaps(spans + [[a, b, "ADDRESS", 0.5] for a, b in extra])
    spans = _merge_overlaps(extend_edges(text, spans))  # "j. r.| smith", "acme ltd|, payments team"
    spans = _merge_overlaps(trim_chat_edges(text, spans, others))  # "14 samora ave harare| please", "kaspi bank| sent me"
    return [
        RecognizerResult(entity_type=t, start=a, end=b, score=round(sc, 2))
        for a, b, t, sc in spans
        if t in wanted
    ]


# Chat words the NER model takes in with the name after them ("Bye Umida", "Me, Ana").
_NETWORK_LEAD = re.compile(rf"(?i:{'|'.join(sorted(_NETWORK_WORDS, key=len, reverse=True))})[ \t]*[:-]?[ \t]+")
_LEAD_WORD = re.compile(r"(?i:bye|byee|cya|ping|tell|ok|okay|see|cheers|thx|ty|yo|hiya|hi|hello|hey|me)"
                        r"(?:[ \t]+|[ \t]*,[ \t]*)(?=[^\W\d_])")
_NAME_WORD = re.compile(r"[^\W\d_]{3,}")
# Kin words that are titles too ("Sister Mary", "Father Brown"), after "my", "her" ...: kin.
_KIN_AFTER_POSSESSIVE = re.compile(r"(?i:sister|brother|father|mother)[ \t]+")
_KIN = frozenset(("sister", "brother", "father", "mother"))
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w'’])(?i:my|our|your|his|her|their)[ \t]+$")
# A lower-case word opening a name of capitalised words: "physio| Charlotte Blanc".
_LOWER_LEAD = re.compile(r"([a-z]+)[ \t]+(?=[[:upper:]][[:lower:]])")


# Below this, a name, place or firm is the NER's guess on a truecased copy
# (client/scrub/truecase.py): it neither spreads nor blocks a repeated name.
_SURE_NAME_SCORE = 0.45


def _repeated_names(text: str, spans, names_out=None) -> list[list]:
    """A word found as part of a person's name elsewhere in the same text is
    that name here too ("beksultan had given beksultan his address", "directed
    by tadzio chmielewski and starring chmielewski"), when English has no use
    for it. One pass over the text's words: linear in its length."""
    english = _english_words()
    taken = {
        m.group()
        for a, b, t, score in spans if t == "PERSON" and score >= _SURE_NAME_SCORE
        for m in _NAME_WORD.finditer(text, a, b)
    }
    names = {w.lower() for w in taken if w.lower() not in english}
    # an English word taken as a name ("@hunter", "thanks,\nnavy") is that name again as
    # typed, with no determiner before it ("i gave hunter my card", not "the hunter")
    words = {w for w in taken if w.lower() in english and w.lower() not in _very_common_words()}
    if names_out is not None:
        names_out.append((names, words))  # a part of a long text: client/scrub/regions.py
    if not names and not words:
        return []
    covered = bytearray(len(text))
    for a, b, t, score in spans:
        # a guess gives way: the repeated name merges over it
        if score >= _SURE_NAME_SCORE or t not in ("PERSON", "LOCATION", "ORGANIZATION"):
            covered[a:b] = b"\x01" * (b - a)
    return [
        [m.start(), m.end(), "PERSON", 0.5]
        for m in _NAME_WORD.finditer(text)
        if not covered[m.start()] and (m.group().lower() in names or (
            m.group() in words and not _THING_BEFORE.search(text, max(0, m.start() - 12), m.start())))
    ]


# A determiner or possessive before a word makes it a thing: "the hunter", "my rose".
_THING_BEFORE = re.compile(r"(?i)(?<![\w'’])(?:the|a|an|my|your|his|her|our|their|its|this|that|some|any|no)[ \t]+$")


def _firm_names(text: str, spans) -> list[list]:
    """Names that a firm's tail or a partner's name makes one organisation:
    "harper and sons", "diaz garage", "farkas and price" (see ``_FIRM_TAIL``
    and ``_NAME_PAIR_GAP``). Spans are sorted and disjoint."""
    first_names, english = _first_name_words(), _english_words()
    out: list[list] = []
    for s in spans:
        s = list(s)
        if s[2] in ("PERSON", "ORGANIZATION", "LOCATION"):
            m = _FIRM_TAIL.match(text, s[1])
            if m:
                s[1], s[2] = m.end(), "ORGANIZATION"
        if s[2] in ("PERSON", "ORGANIZATION"):
            prev = out[-1] if out else None
            if prev is not None and prev[2] in ("PERSON", "ORGANIZATION") \
                    and _NAME_PAIR_GAP.fullmatch(text, prev[1], s[0]) and not _IN_LIST.search(text, max(0, prev[0] - 40), prev[0]) \
                    and _ONE_WORD.fullmatch(text, prev[0], prev[1]) and _ONE_WORD.fullmatch(text, s[0], s[1]) \
                    and _surname_pair(text[prev[0]:prev[1]] + " " + text[s[0]:s[1]], first_names, english):
                prev[1], prev[2], prev[3] = s[1], "ORGANIZATION", max(prev[3], s[3])
                continue
        out.append(s)
    return _merge_overlaps(out)


# A pair that closes a list of people is no firm: "me, ana and kiran", "wiard, zarije and i".
_IN_LIST = re.compile(r"(?<![\w-])[^\W\d_]+,[ \t]*$")


def _surname_pair(words: str, first_names, english) -> bool:
    """Not two first names ("anna and peter") nor two everyday words the NER
    took for names ("Wisdom and Discipline")."""
    lowered = [w.lower() for w in words.split()]
    return not all(w in first_names for w in lowered) and not all(w in english for w in lowered)


def _shouted_word(text: str, span) -> bool:
    """An upper-case NER hit made only of ordinary English words that are not
    names ("MY ACCOUNT IS BLOCKED"): the model reads capitals as names."""
    value = text[span[0]:span[1]]
    if span[2] not in ("PERSON", "ORGANIZATION", "LOCATION") or not value.isupper():
        return False
    english, names = _english_words(), _name_words()
    return all(w in english and w not in names for w in value.lower().split())


def _rank(span):
    # A checksum-validated result (score 1.0: card, IBAN, ABA routing number)
    # names the whole before a type guessed from a context word.
    return (span[3] >= 1.0, _PRIORITY.get(span[2], 0), span[3], span[1] - span[0])


def _merge_overlaps(spans):
    spans = sorted(spans, key=lambda s: (s[0], -s[1]))
    merged: list[list] = []
    for s in spans:
        if merged and s[0] < merged[-1][1]:
            last = merged[-1]
            if _rank(s) > _rank(last):
                last[2] = s[2]
            last[1] = max(last[1], s[1])
            last[3] = max(last[3], s[3])
        else:
            merged.append(list(s))
    return merged


def _grow_addresses(text, spans):
    out: list[list] = []
    for s in spans:
        if out:
            last = out[-1]
            both = {last[2], s[2]}
            # A place, or a name right after an address (a lower-case town the
            # gazetteer took for a name: "..., unit 10, lake marion 49859").
            if "ADDRESS" in both and (both <= {"ADDRESS", "LOCATION"} or (
                    last[2] == "ADDRESS" and s[2] == "PERSON")) and s[0] >= last[1] \
                    and _ADDRESS_GAP.match(text[last[1]:s[0]]):
                last[1] = max(last[1], s[1])
                last[2] = "ADDRESS"
                last[3] = max(last[3], s[3])
                continue
        out.append(list(s))
    common = _common_words()
    for s in out:
        if s[2] == "ADDRESS":
            s[0], s[1] = units_beside(text, s[0], s[1])  # "flat 3b, oak lane"
            m = _ADDRESS_REST.match(text, s[1])
            # the rest of a street's name the rules missed, then a postcode:
            # "flat 686, 52, chemin| de bonnet, 57052 is the new one"
            # (before four digits, no English word at all: "paid 2500")
            words = common if not m or len(m.group(2)) > 4 else _english_words()
            if m and all(w.lower() not in words or w.lower() in _PARTICLES
                         for w in m.group(1).replace(",", " ").split()):
                s[1] = m.end()
            m = _ADDRESS_TAIL.match(text, s[1])
            if m:
                s[1] = m.end()
            if _POSTCODE_END.search(text, max(0, s[1] - 5), s[1]):
                # a town after the postcode: "f56 3dww otrabanda", "1234 ab lelystad"
                for m in _WORD_AFTER.finditer(text, s[1]):
                    if m.start() != s[1] or m.group(1).lower() in _english_words() or not m.group(1).isalpha():
                        break
                    s[1] = m.end()
            m = _ADDRESS_LEAD.search(text, max(0, s[0] - 40), s[0])
            if m and (m.group(1) is None or m.group(1).lower() not in common):
                s[0] = m.start()
            m = _ADDRESS_HEAD.search(text, max(0, s[0] - _LOOK_BACK), s[0])
            if m:
                s[0] = m.start()
    return out
