"""Streets with no house number, units, P.O. boxes and rural addresses, as chat types them.

``AddressRecognizer`` (``addresses.py``) needs a number; this one finds what
has none, or whose number alone says nothing: "i live on oak tree lane" (no:
"oak tree" is English), "i live on Barnes blvd", "we moved to calle del prado",
"tudelastraße", "near 5th avenue", "flat 3b, ...", "p.o. box 12", "rr 2 box 14",
"km 12 carretera a ...", a sector, zone or phase with address parts after it
("in sector 4, opposite the mosque"). Every word list here (and in
``street_words.py``, the street words of more languages) is written here, from
general knowledge of how streets, units and boxes are written in each language.

A street's name is a word English has no use for, a known name or place, or
(in text with capitals) a capitalised word past the sentence's start; a street
word that is also an everyday word ("way", "drive", "via", "gang") counts only
after a place preposition ("on", "off", "near", ...).
"""

from __future__ import annotations

import bisect
import itertools

import regex as re
from presidio_analyzer import LocalRecognizer, RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from client.scrub import street_words
from client.scrub.gates import _has_inner_capital
from client.scrub.words import _english_words, _name_words, _place_phrases, _very_common_words

# Street words written after the street's name ("barnes blvd", "ubatuba gatan").
_AFTER = frozenset("""street st st. str. road rd rd. avenue ave ave. lane ln boulevard blvd blvd. crescent
cres terrace highway hwy parkway pkwy iela gatve utca caddesi cad. cd. sokak sokağı sokagi sk. sok. yolu laan
straat weg vej gade gata gatan gatu katu ulica ulice cesta marg marga nagar gasse strasse straße platz allee
tänav tanav veien vegen vei""".split()) | street_words.AFTER
# ... and those that are everyday words too: only after a place preposition.
_AFTER_WEAK = frozenset("""way place close court ct drive dr walk row run grove gardens square sq circle
loop path trail parade mews rise hill green tie u. quay wharf alley""".split()) \
    | (street_words.AFTER_WEAK - (street_words.OUTSIDE_AFTER_WEAK & _AFTER))  # (the outside list's short words
# weaken none written strong here)
# Street words written before the name ("calle del prado", "ulica heslin").
_BEFORE = frozenset("""calle avenida avda avda. rua ulica ulitsa jalan jln jln. jl. lorong lrg carrer paseo
travessa estrada viale aleja bulevardul calea prospekt thanon carretera camino strada chemin rue c/ ul. av.
str. rambla largo praça praca piazzale vicolo alameda rodovia ruta sokak soseaua şoseaua splaiul intrarea
bulvar bulevar trg ulice ulitsa pereulok""".split()) | street_words.BEFORE
# ... and those that are everyday words or abbreviations of other things too.
_BEFORE_WEAK = frozenset("via pho soi gang gg gg. bd bd. al. avenue boulevard piazza duong pl.".split()) \
    | (street_words.BEFORE_WEAK - (street_words.OUTSIDE_BEFORE_WEAK & _BEFORE))
# Words between a street word and its name ("calle del prado", "rua da lapa").
_CONNECTORS = frozenset("""de del della delle degli dei di da do dos das du des la le les el lo l' van von
der den het am an im""".split()) | street_words.CONNECTORS
# A street word joined to the name ("tudelastraße", "marsaveien").
_JOINED = ("straße", "strasse", "str.", "gasse", "gatan", "gatu", "veien", "vegen", "vej", "gade", "straat",
           "laan", "weg", "steeg", "gracht", "gata", "platz", "allee", "katu", "kuja", "utca", "caddesi", "yolu",
           "sokak", "sokagi", "ulica", "iela", "gatve", "tie", "vagen", "plads", "halde", "matte")
# What a street's name follows in chat: a place preposition, an address label.
_PLACE_CUES = frozenset("on off near at along in into onto to from address : is down up past opposite".split())
# Abbreviated street words whose dot is their own, not a full stop.
_DOTTED_AFTER = frozenset("st. str. rd. ave. blvd. cad. cd. sk. sok. u. pr. kuc. g. k.".split())
# Everyday words that name no street before a street word ("memory lane").
_NOT_STREET_NAMES = frozenset("memory fast slow wrong right same long".split())
_STOP = frozenset("""a an the my your our his her their this that these those it its i you we they he she
and or but of for with by as is are was were be been so if then than just also not no yes me us them
what which who where when why how all any some each every one two there here""".split())

_TOKEN = re.compile(r"c/|[^\W_][\w'’-]*\.?|\S")
_ORDINAL = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$")
# Units written before their number; "flat" and "apt" also as everyday words,
# so the number must not be an amount ("a flat 20 fee").
_UNIT_SHAPE = (
    r"(?<![\w.])(?:flat|apt\.?|apartment|apto\.?|wohnung|whg\.?|lgh\.?|piso|dpto\.?|depto\.?|bloco|bloque|"
    r"etaj|kv\.|daire|suite|ste\.?|unit|room|rm\.?|floor|door|bldg\.?|building|block|blk\.?|escalera|esc\.?|"
    r"ap\.|et\.|puerta|pta\.?|stiege|stock|#)\s?#?\d{1,4}[a-z]?º?(?:\s?[a-d])?(?![\w%])"
    r"|(?<![\w.])\d{1,3}(?:st|nd|rd|th|º|\.)\s(?:floor|fl\.?|piso|andar|etage|stock|kat|og)\b"
    r"|(?<![\w.])(?:block|blk\.?|bloc|bloco|tower|wing)\s[a-d]\b"
    r"|(?<![\w.])\d{1,3}º\s?[a-d]?(?!\w)"
)
_UNIT = re.compile(_UNIT_SHAPE, re.I)
_UNIT_BEFORE = re.compile(rf"(?:{_UNIT_SHAPE})[ \t]*,?[ \t]+$", re.I)
_UNIT_AFTER = re.compile(rf",?[ \t]+(?:{_UNIT_SHAPE})", re.I)
# A house or flat number in another sentence than its street ("house 74. the
# street is calle dudok"), counted only in a text that holds an address (not a
# room, a door or a block: "room 5, then i went to 12 oak street").
_SPLIT_UNIT = re.compile(
    r"(?i)(?<![\w.])(?:(?:house\s+)?(?:no\.?|nr\.?|number|num\.?)|house|flat|apt\.?|apartment|piso|dpto\.?|"
    r"depto\.?|wohnung|whg\.?|lgh\.?|kv\.|ap\.|etaj|floor)\s?#?\d{1,5}[a-z]?º?(?![\w%])"
    r"(?!\s*(?:fee|rate|pounds?|quid|dollars?|bucks|euros?|per|usd|eur|gbp|months?|years?|days?|weeks?|times?|"
    r"hours?|mins?|minutes?|%))"
)
# A unit alone, no street beside it: after "my", "in", "at" ..., not before an amount word.
_UNIT_ALONE = re.compile(
    r"(?i)(?<=\b(?:my|in|at|to|from|our|is|the)\s)(?:flat|apt\.?|apartment|wohnung|whg\.?|lgh\.?|piso|dpto\.?|"
    r"depto\.?|bloco|etaj|kv\.|daire)\s?#?\d{1,4}[a-z]?º?(?![\w%])"
    r"(?!\s*(?:fee|rate|pounds?|quid|dollars?|bucks|euros?|per|usd|eur|gbp|months?|years?|days?|weeks?|times?|"
    r"hours?|mins?|minutes?|%))"
)
# P.O. boxes, private bags and rural routes: always an address with their number.
_BOX = re.compile(
    r"(?i)(?<![\w.])(?:p\.?\s?o\.?\s?box|pobox|post\s?office\s?box|postbus|postfach|postboks|postbox|"
    r"apartado(?:\s+postal)?|caixa\s+postal|bo[iî]te\s+postale|skrytka\s+pocztowa|private\s+bag|locked\s+bag|"
    r"pmb|rural\s+route|r\.\s?r\.|(?:rr|hc|h\.c\.)(?=\s?\d{1,3}\s+box))\s?(?:no\.?\s?)?#?\s?\d{1,6}"
    r"(?:,?\s+box\s+\d{1,5})?(?!\w)"
)
# "box 12", "bp 12", "cp 12", "lot 5", "plot 5" only after a place or delivery cue.
_CUED_BOX = re.compile(
    r"(?i)(?<=\b(?:to|at|is|on|in|address:?|mail|mailing|post|send)\s)(?:box|bp|cp|lot|plot|farm|stand|erf)"
    r"\s?#?\d{1,5}[a-z]?(?:,?\s+block\s+\d{1,3})?(?![\w%])"
)
# A kilometre of a road: "km 12 carretera a toluca", "km 4.5 ruta 8".
_KM_ROAD = re.compile(
    r"(?i)(?<![\w.])km\.?\s?\d{1,4}(?:[.,]\d{1,3})?\s+(?:de\s+la\s+|of\s+(?:the\s+)?)?(?:carretera|ruta|route|"
    r"rodovia|estrada|highway|hwy|road|rd|strada|autopista|autovia|autovía|sh|nh|rn)\b"
)

# A sector, zone or phase and its number after a place cue, with more address parts after it:
# "i'm in sector 4, opposite the mosque", "in phase 2, dha" (not "phase 2 of the app").
_AREA = re.compile(r"(?i)(?<=\b(?:in|at|to|from|address:?)\s)(?:sector|zone|phase|ward|area|colony|community|"
                   r"block|plot|stand)\s?#?\d{1,3}[a-z]?(?![\w%])")
_AREA_HINTS = frozenset("sector zone phase ward area colony community block plot stand".split())

_STREET_WORDS = _AFTER | _AFTER_WEAK | _BEFORE | _BEFORE_WEAK


# Cheap checks on a text's words first (most texts hold none of these).
_WORD = re.compile(r"[^\s,;:!?()\"“”]+")
_STREET_HINTS = _STREET_WORDS | {w.rstrip(".") for w in _STREET_WORDS}
_BOX_HINTS = frozenset("""box pobox postbus postfach postboks postbox apartado caixa boite boîte skrytka bag pmb
rural r.r. rr hc bp cp lot plot farm stand erf km km.""".split())
_UNIT_ALONE_HINTS = frozenset("""flat apt apt. apartment wohnung whg whg. lgh lgh. piso dpto dpto. depto depto.
bloco etaj kv. daire""".split())


def _street_key(word: str) -> str:
    """A street word without the sentence's full stop ("lane." -> "lane"; "st." stays)."""
    return word[:-1] if word.endswith(".") and word not in _STREET_WORDS and word[:-1] in _STREET_WORDS else word


class StreetRecognizer(LocalRecognizer):
    """Streets without a house number, units, boxes and rural addresses (see the module docstring)."""

    ENTITIES = ["ADDRESS"]

    def __init__(self):
        super().__init__(supported_entities=self.ENTITIES, name="StreetRecognizer")

    def load(self) -> None:
        self.english = _english_words()
        self.names = _name_words()
        self.places = _place_phrases()
        self.very_common = _very_common_words()

    def analyze(self, text, entities, nlp_artifacts=None):
        words = set(_WORD.findall(text.lower()))
        bare = {w.rstrip(".") for w in words}  # "lane." at a sentence's end
        spans = []
        if not bare.isdisjoint(_STREET_HINTS) or not words.isdisjoint(_STREET_HINTS) \
                or any(w.endswith(_JOINED) for w in words | bare):
            spans = self._streets(text)
        if any(map(str.isdigit, text)):  # (a generator per character cost more than the test)
            if not words.isdisjoint(_BOX_HINTS):
                for pattern in (_BOX, _CUED_BOX, _KM_ROAD):
                    spans += [(m.start(), m.end()) for m in pattern.finditer(text)]
                spans += _km_streets(text)
            spans += self._units(text, spans, alone=not words.isdisjoint(_UNIT_ALONE_HINTS))
            if not words.isdisjoint(_AREA_HINTS):
                spans += _areas(text)
        return [RecognizerResult(
            entity_type="ADDRESS", start=a, end=b, score=0.6,
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id},
        ) for a, b in spans]

    @staticmethod
    def _units(text, streets, alone: bool):
        """Units beside a street found here ("flat 3b, oak lane"), or alone after a cue ("in flat 3b")."""
        out = [(m.start(), m.end()) for m in _UNIT_ALONE.finditer(text)] if alone else []
        for m in _UNIT.finditer(text) if streets else ():
            for a, b in streets:
                gap = text[m.end():a] if m.end() <= a else text[b:m.start()] if b <= m.start() else None
                if gap is not None and re.fullmatch(r"[\s,]{0,3}(?:in\s|on\s|of\s)?\s*", gap):
                    out.append((m.start(), m.end()))
                    break
        return out

    def _name_like(self, tok: str, k: int, toks, mixed: bool, loose: bool = False) -> bool:
        """Token k may be (part of) a street's name."""
        low = tok.lower().rstrip(".")
        if not low or not low[0].isalpha() or low in _STOP or low in _PLACE_CUES:
            return False
        if loose or low not in self.english or low in self.names or low in self.places:
            return True
        # a capitalised word past the sentence's start, in text with capitals too
        return mixed and tok[0].isupper() and k > 0 and toks[k - 1][0] not in ".!?:\n"

    def _streets(self, text):
        toks = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
        low = [_street_key(t[0].lower()) for t in toks]
        mixed = _has_inner_capital(text)
        out = []
        for k, (_, start, end) in enumerate(toks):
            word = low[k]
            if (word.endswith(_JOINED) or word.rstrip(".").endswith(_JOINED)) and word[0].isalpha() \
                    and self._joined(word):
                out.append((start, end if not word.endswith(".") or word.endswith("str.") else end - 1))
                continue
            if word in _AFTER or word in _AFTER_WEAK:
                span = self._name_before(toks, low, k, mixed)
                if span:
                    out.append(span)
                    continue
            if word in _BEFORE or word in _BEFORE_WEAK:
                span = self._name_after(toks, low, k, mixed)
                if span:
                    out.append(span)
        return out

    def _joined(self, word: str) -> bool:
        """A street word joined to a name of four letters or more: "tudelastraße", "marsaveien"."""
        word = word if word.endswith("str.") else word.rstrip(".")
        suffix = next((j for j in _JOINED if word.endswith(j)), None)
        return suffix is not None and len(word) - len(suffix) >= 4 and word.rstrip(".") not in self.english

    def _name_before(self, toks, low, k, mixed):
        """A street word after its name: "barnes blvd", "near 5th avenue", "on oak tree lane"."""
        word, end = low[k], toks[k][2]
        # up to three words, the first a name and the others any ("sadr city str.")
        m, first = k, k
        while first > 0 and k - first < 3 and self._name_like(toks[first - 1][0], first - 1, toks, mixed, loose=True):
            first -= 1
            if self._name_like(toks[first][0], first, toks, mixed):
                m = first
        ordinal = m == k and k > 0 and _ORDINAL.match(low[k - 1]) is not None
        if ordinal:
            m = k - 1
        elif m == k and word in _AFTER:
            # everyday words name it after a place preposition: "live on oak tree lane"
            while m > 0 and k - m < 2 and self._name_like(toks[m - 1][0], m - 1, toks, mixed, loose=True):
                m -= 1
            if m == 0 or low[m - 1] not in _PLACE_CUES or low[m] in _NOT_STREET_NAMES:
                m = k
        if m == k:
            return None
        if (word in _AFTER_WEAK or ordinal) and not (m > 0 and low[m - 1] in _PLACE_CUES):
            return None
        if toks[k][0].endswith(".") and word not in _DOTTED_AFTER:
            end -= 1  # the sentence's full stop
        return toks[m][1], end

    def _name_after(self, toks, low, k, mixed):
        """A street word before its name: "calle del prado", "ulica heslin", "on via roma"."""
        m, connected = k + 1, False
        while m < len(toks) and low[m] in _CONNECTORS:
            m, connected = m + 1, True
        weak = low[k] in _BEFORE_WEAK
        cued = k > 0 and low[k - 1] in _PLACE_CUES
        if (weak and not (cued or connected)) or (k > 0 and low[k - 1] == "et"):  # "et al."
            return None
        # a street word English has no use for names whatever word follows it: "strada pop mocanu",
        # "chemin petit" (not a stop word: "rue is closed")
        foreign = not weak and low[k].rstrip(".") not in self.english
        n = m
        while n < len(toks) and n - m < 3 and self._name_like(
                toks[n][0], n, toks, mixed,
                loose=n == m and not weak and (connected or (foreign and low[n] not in STOP_WORDS))) \
                and (n == m or low[n].rstrip(".") not in self.very_common):  # "calle villar| said no"
            n += 1
        if n == m:
            return None
        stop = toks[n - 1][2]
        if toks[n - 1][0].endswith(".") and len(toks[n - 1][0]) > 3:
            stop -= 1
        return toks[k][1], stop


# A kilometre point and up to three name words before a street word: "km 4.5 huddleston gardens",
# "km 12 chemin x" (the street word's own name is found from it).
_KM_STREET = re.compile(r"(?i)(?<![\w.])km\.?[ \t]?\d{1,4}(?:[.,]\d{1,3})?((?:[ \t]+[^\W\d_][\w'’.-]*){1,4})")


def _km_streets(text: str) -> list[tuple[int, int]]:
    """A kilometre point before a street (see ``_KM_STREET``): to its street word, none of the words before
    it a stop word."""
    out = []
    for m in _KM_STREET.finditer(text):
        end = m.start(1)
        for w in re.finditer(r"\S+", text[:m.end(1)], pos=m.start(1)):
            low = _street_key(w.group().lower())
            if low in _STREET_WORDS or (low.endswith(_JOINED) and len(low) > 8):
                out.append((m.start(), w.end() - (w.group().endswith(".") and low not in _DOTTED_AFTER)))
                break
            if low in _STOP or low in STOP_WORDS:
                break
    return out


def _areas(text: str) -> list[tuple[int, int]]:
    """A sector, zone or phase and its number after a place cue, when address parts follow it."""
    from client.scrub.address_parts import address_parts_after  # it reads this module's street words

    return [(m.start(), m.end()) for m in _AREA.finditer(text) if address_parts_after(text, m.end()) > m.end()]


def units_beside(text: str, start: int, end: int) -> tuple[int, int]:
    """An address span [start, end) with a unit right before or after it: "flat 3b, oak lane",
    "mill road, apt. 4"."""
    m = _UNIT_BEFORE.search(text, max(0, start - 30), start)
    if m:
        start = m.start()
    m = _UNIT_AFTER.match(text, end)
    if m:
        end = m.end()
    return start, end


def split_units(text: str, spans) -> list[tuple[int, int]]:
    """House and flat numbers anywhere in a text that holds an address (spans: (start, end) of
    its addresses), apart from them: "i live at number 12. its on oak lane"."""
    if not spans:
        return []
    spans = sorted(spans)
    starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((b for _, b in spans), max))  # furthest end so far

    def inside(p: int) -> bool:  # a binary search: a long text holds thousands of addresses
        k = bisect.bisect_right(starts, p) - 1
        return k >= 0 and p < reach[k]

    return [(m.start(), m.end()) for m in _SPLIT_UNIT.finditer(text) if not inside(m.start())]
