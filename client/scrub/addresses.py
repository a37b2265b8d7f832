"""Street addresses as whole spans, in many countries' styles."""

from __future__ import annotations

import bisect

import regex as re
from presidio_analyzer import LocalRecognizer, RecognizerResult

from client.scrub.address_words import (
    _STREET_WORDS,
    _DOTTED_STREET_WORDS,
    _BUILDING_WORDS,
    _PLAIN_STREET_WORDS,
    _PREFIX_STREET_WORDS,
    _LETTER_UNIT_WORDS,
    _ROMANIAN_UNITS,
    _UNIT_AFTER_NUMBER,
    _STATES,
    _TOWN_LOOK_BACK,
    _STREET_SUFFIXES,
    _UNIT_WORDS,
    _DOTTED_UNIT_WORDS,
    _BOX_WORDS,
    _CONNECTORS,
    _NOT_ADDRESS,
    _ADDRESS_CONTEXT,
    _BULLETS,
)
from client.scrub.gates import _has_inner_capital
from client.scrub.street_words import _outside
from client.scrub.numbers import _units
from client.scrub.postcodes import _NOT_AMOUNT_AFTER, is_lettered_postcode
from client.scrub.words import _english_words, _name_words, _place_phrases

# Words after which "via" opens a street's name: "in via roma", "address: via garibaldi 4".
_VIA = re.compile(r"(?i)\bvia\b")
_VIA_BEFORE = frozenset("in at on to from of near into onto off along address is and".split())
_TOKEN = re.compile(r"\n|[,;:!?()\"“”|]|[^\s,;:!?()\"“”|]+")
# house numbers: 12, 12B, 12/3/4, 12-3-45, 42nd, 2º
_NUM = re.compile(r"^(?:#|№|[uU]\d{1,4}/)?\d{1,6}(?:[A-Za-z]|st|nd|rd|th|[º°ª])?(?:[-/]\d{1,5}[A-Za-z]?){0,2}"
                  r"(?:-[A-Za-z])?\.{0,2}$")
# House numbers only an address writes: with a hyphen, a slash or a letter ("264-31", "14/2", "12b").
_HOUSE = re.compile(r"^(?!24/7$)\d{1,5}(?:[a-zA-Z]|[a-zA-Z]?[-/]\d{1,5}[a-zA-Z]?)$")
# A unit named by a letter, or a letter and a number ("block D", "bloc A2").
_LETTER_UNIT = re.compile(r"^[A-Za-z]\d{0,3}$")
_ZIP = re.compile(r"^(?:\d{4,8}(?:-\d{3,4})?|[A-Z]{1,2}\d[A-Z\d]?|\d[A-Z]{2}|[A-Z]\d[A-Z]|\d[A-Z]\d)$")
# Postcodes that are no year or count: five or more digits, or a national shape
# with a hyphen or letters ("96-809", "H-1163", "1234-567").
_STRONG_ZIP = re.compile(r"^(?:\d{5,8}(?:-\d{3,4})?|\d{4}-\d{3}|\d{2}-\d{3}|[A-Z]{1,2}-\d{4,5})$")


class AddressRecognizer(LocalRecognizer):
    """Street addresses as whole spans: number, street, unit, city, region,
    postcode and country, on one line or several, in many countries' styles.

    Presidio has no address recognizer and the small NER model splits an
    address into unrelated pieces, or misses it. This one walks runs of
    address-like tokens (numbers, capitalised words, street and unit words)
    and keeps a run when it shows at least two address features, or one
    feature and an address context word before it ("lives at", "ship to").
    """

    ENTITIES = ["ADDRESS"]

    def __init__(self):
        super().__init__(supported_entities=self.ENTITIES, name="AddressRecognizer")

    def load(self) -> None:
        from faker.providers.address.en_US import Provider as UsAddress

        self.places = _place_phrases()
        self.english = _english_words()
        self.names = _name_words()
        from spacy.lang.en.stop_words import STOP_WORDS

        self.street_words = _STREET_WORDS | _BUILDING_WORDS | {w.lower() for w in UsAddress.street_suffixes} \
            | _outside("before", True) | _outside("after", True)  # Mapbox's street types of 25 languages
        self.stop_words = STOP_WORDS

    # token kinds
    def _kind(self, tok: str, nxt: str | None, lower_text: bool) -> str:
        """``_token_kind``, kept per word: a long text repeats its words, and
        this ran on every token (about 3 % of a long text's time)."""
        key = (tok, lower_text)
        kinds = self.__dict__.setdefault("_kinds", {})
        kind = kinds.get(key)
        if kind is None:
            kind = self._token_kind(tok, nxt, lower_text)
            low = tok.lower()
            if not (low.rstrip(".") in _UNIT_WORDS or tok == "#" or low in _DOTTED_UNIT_WORDS):  # nxt unread
                if len(kinds) >= 200_000:
                    kinds.clear()
                kinds[key] = kind
        return kind

    def _token_kind(self, tok: str, nxt: str | None, lower_text: bool) -> str:
        if tok == "\n":
            return "nl"
        if tok in ",;" or tok in ("/", "-", "–"):
            return "sep"  # "Rosa / SP", "Bengaluru - 560001"
        if len(tok) == 1 and not tok.isalnum() and tok != "#":
            return "stop"
        low = tok.lower()
        bare = low.rstrip(".")
        if _NUM.match(tok):
            return "num"
        if bare in _UNIT_WORDS or tok == "#" or low in _DOTTED_UNIT_WORDS:
            if nxt is not None and _NUM.match(nxt):
                return "unit"
            if low not in self.street_words and bare not in self.street_words:
                return "word"  # ("str." is a building in Russia, a street in Romania)
        if low in _BOX_WORDS or bare in _BOX_WORDS:
            return "box"
        if bare in _NOT_ADDRESS:
            return "stop"
        if any(c.isdigit() for c in tok) and (_STRONG_ZIP.match(tok.upper()) or is_lettered_postcode(tok)):
            return "num"  # "H-1163", "h-7507", "AD500", "ky1-1100"
        if low in self.street_words or bare in self.street_words or low in _DOTTED_STREET_WORDS:
            return "street"
        first = tok[0]
        if first.isalpha() and (first.isupper() or not first.islower()):
            if low.endswith(_STREET_SUFFIXES) and len(low) > 6:
                return "street"
            return "cap"
        if bare in _CONNECTORS:
            return "conn"
        if _ZIP.match(tok.upper() if lower_text else tok):
            return "num"
        if lower_text and first.isalpha() and (bare not in self.english or bare in self.places):
            # Typed without capitals, a word English has no use for (or a
            # known place) is the best sign of a name: "45 rue des lilas, lyon".
            if (bare.endswith(_STREET_SUFFIXES) or low.endswith(_STREET_SUFFIXES)) and len(bare) > 6:
                return "street"
            return "cap"
        return "stop"

    def analyze(self, text, entities, nlp_artifacts=None):
        if not any(map(str.isdigit, text)):
            return []  # every address pattern below needs a number
        toks = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
        lower_text = not _has_inner_capital(text)
        kinds = [self._kind(t, toks[i + 1][0] if i + 1 < len(toks) else None, lower_text)
                 for i, (t, _, _) in enumerate(toks)]
        for i in range(1, len(toks)) if _VIA.search(text) else ():
            # "via" after a word (or a word and an amount), no place preposition, is "by way of":
            # "sent via gcash", "paid 50 via Instant Transfer" (not "at 12 via roma", "in via garibaldi")
            if kinds[i] == "street" and toks[i][0].lower() == "via":
                k = i - 1 if i < 2 or not toks[i - 1][0][:1].isdigit() else i - 2
                if toks[k][0].isalpha() and toks[k][0].lower() not in _VIA_BEFORE:
                    kinds[i] = "stop"
        for i in range(1, len(toks) - 1):
            # A person's name and a street word after a house number name a
            # street, when the street word ends the clause: "38313 david fork",
            # "number 4067 on adrian fork, ..." (not "2 mark downs this week").
            if kinds[i] == "stop" and toks[i][0].lower() in self.names and kinds[i + 1] == "street" and (
                    kinds[i - 1] == "num" or (i > 1 and toks[i - 1][0].lower() == "on" and kinds[i - 2] == "num")) \
                    and (i + 2 == len(toks) or kinds[i + 2] in ("sep", "nl", "unit") or toks[i + 2][0] in ".()"):
                kinds[i] = "cap"
        for i in range(1, len(toks)):
            tok = toks[i][0]
            if _LETTER_UNIT.match(tok) and (tok.lower() not in "ai" or toks[i - 1][0].lower() in _ROMANIAN_UNITS) \
                    and toks[i - 1][0].lower().rstrip(".") in _LETTER_UNIT_WORDS:
                kinds[i - 1], kinds[i] = "unit", "num"  # "block D", "(tower b)", "bloc d10"
            elif kinds[i - 1] == "num" and tok.lower().rstrip(".") in _UNIT_AFTER_NUMBER \
                    and toks[i - 1][0][:1].isdigit() and (i + 1 == len(toks) or toks[i + 1][0] in ",;\n)") \
                    and ((i + 2 < len(toks) and kinds[i + 2] in ("num", "cap", "street", "unit", "box"))
                         or (i > 1 and kinds[i - 2] == "sep")):
                kinds[i - 1], kinds[i] = "unit", "num"  # "13. kat,", "3rd floor,": a floor, read as "floor 3"
            elif kinds[i] == "stop" and tok.isupper() and tok.isalpha() and i + 1 < len(toks) \
                    and is_lettered_postcode(f"{tok} {toks[i + 1][0]}"):
                kinds[i] = "num"  # "VLT 1117", "BFPO 61"
        for i, (tok, _, _) in enumerate(toks):
            if i + 1 < len(toks) and toks[i + 1][0] == ":":
                kinds[i] = "stop"  # a label ("Phone:", "Desk:"), not part of an address
                continue
            if kinds[i] != "stop" or i == 0:
                continue
            if tok in _BULLETS and kinds[i - 1] == "nl":
                kinds[i] = "nl"  # "\n??? Suite 218": a bullet is a line break
            elif tok.isalpha() and tok.islower() and i + 1 < len(toks) and kinds[i - 1] == "cap" \
                    and kinds[i + 1] in ("num", "street") and tok not in self.english:
                # "Csabai kapu 38", "Bem rakpart 81", "Arany jános utca 2"
                kinds[i] = "street" if kinds[i + 1] == "num" else "cap"
            elif tok.lower() in ("at", "of", "in") and i > 1 and kinds[i - 1] == "num" and kinds[i - 2] == "unit" \
                    and i + 1 < len(toks) and kinds[i + 1] == "num":
                kinds[i] = "sep"  # "apt 5 at 12 baker st", "apt 4c of 220 west end ave"
            elif tok.lower() == "on" and i > 1 and kinds[i - 1] == "num" and kinds[i - 2] == "unit" \
                    and i + 1 < len(toks) and kinds[i + 1] in ("cap", "street"):
                kinds[i] = "conn"  # "number 12 on fulton road"
            elif tok.isalpha() and tok.lower() not in self.stop_words and self._names_street(toks, kinds, i):
                kinds[i] = "cap"  # everyday words name the street: "12 oak street", "14 maple grove"
        if lower_text:
            self._names_after_prefix_streets(toks, kinds)
        for k in range(len(toks) - 1):
            # a street word that comes first, then its name in lower case,
            # in text with capitals too: "Norma Ubay, ul tolstogo 38 kv 154"
            if kinds[k] == "street" and (toks[k][0].lower().rstrip(".") in _PREFIX_STREET_WORDS
                                         or toks[k][0].lower() in _DOTTED_STREET_WORDS):
                m = k + 1
                while m < len(toks) and m - k <= 3 and kinds[m] == "stop" and toks[m][0].isalpha() \
                        and toks[m][0].lower() not in self.english:
                    kinds[m] = "cap"
                    m += 1
                # ... and up to three words before its house number, names too
                # ("ulitsa jackson 914c"; not "via email 12 times")
                # (any words after a street word English does not spell: "rue du commerce 12")
                # (or after an abbreviated street word with its dot: "av. dias 2", "cl. rodriguez 177")
                foreign = toks[k][0].lower().rstrip(".") not in self.english or toks[k][0].lower() in ("rue", "piazza") \
                    or (toks[k][0].endswith(".") and len(toks[k][0]) <= 5)
                m = k + 1
                while m < len(toks) and m - k <= 3 and kinds[m] in ("stop", "cap", "conn") \
                        and toks[m][0].isalpha() and (kinds[m] == "conn" or (
                            toks[m][0].lower() not in self.stop_words and (
                                foreign or kinds[m] == "cap" or toks[m][0].lower() in self.names
                                or toks[m][0].lower() not in self.english))):
                    m += 1
                if m > k + 1 and m < len(toks) and kinds[m] == "num":
                    for q in range(k + 1, m):
                        if kinds[q] != "conn":
                            kinds[q] = "cap"
        self._names_before_house_numbers(toks, kinds)
        self._continental(toks, kinds)
        self._towns_before_postcodes(toks, kinds)
        results = []
        edges = None  # token starts and ends, for the spans found (few texts have one)
        i = 0
        while i < len(toks):
            if kinds[i] in ("stop", "sep", "nl", "conn"):
                i += 1
                continue
            j = i
            while j < len(toks) and kinds[j] != "stop":
                # A word ending in "." closes the run unless it is an
                # abbreviation ("Apt.", "St.", "ul.") or a house number ("38.").
                tok = toks[j][0]
                j += 1
                if tok.endswith(".") and len(tok.rstrip(".")) > 4 and kinds[j - 1] not in ("num", "street", "box"):
                    break
            span = self._address_in_run(text, toks, kinds, i, j)
            if span:
                edges = edges or ([t[1] for t in toks], [t[2] for t in toks])
                span = self._with_units_beside(toks, kinds, span, *edges)
                results.append(RecognizerResult(
                    entity_type="ADDRESS", start=span[0], end=span[1], score=span[2],
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                ))
            i = j
        return results

    def _with_units_beside(self, toks, kinds, span, starts, ends):
        """A unit and its number next to an address, apart from it by a comma
        or brackets, are part of it: "12 oak st (floor 5)", "unit 15, 9 oak st";
        so are a building's or street's name between them, in a list with
        commas: "house 60, jones rise, cornetu - 95362"."""
        start, stop, score = span
        # The first token from the span's start, the last to its end (a
        # binary search: a scan of every token per span was quadratic on long text).
        first = bisect.bisect_left(starts, start)
        last = bisect.bisect_right(ends, stop) - 1
        k = last + 1
        while k < len(toks) and toks[k][0] in (",", "("):
            k += 1
        if k + 1 < len(toks) and kinds[k] == "unit" and kinds[k + 1] == "num":
            stop = toks[k + 1][2]
            if k + 2 < len(toks) and toks[k + 2][0] == ")":
                stop = toks[k + 2][2]
        k, seen = first - 1, 0
        while k >= 1 and seen < 10:
            tok = toks[k][0]
            if kinds[k] == "num" and kinds[k - 1] == "unit" and toks[k + 1][0] in (",", ")"):
                start = toks[k - 1][1]
                break
            if kinds[k] in ("nl", "stop") and not tok.isalpha() and tok not in (",", ")") or (
                    tok.lower() in self.stop_words and tok.lower() != "the"):
                break
            k, seen = k - 1, seen + 1
        return start, stop, score

    @staticmethod
    def _unit_after(toks, kinds, k) -> bool:
        """A unit and its number right after token k, in brackets or after a comma."""
        if k < len(toks) and toks[k][0] in (",", "("):
            k += 1
        return k + 1 < len(toks) and kinds[k] == "unit" and kinds[k + 1] == "num"

    def _names_street(self, toks, kinds, i) -> bool:
        """Token i is one of one or two words between a house number and a
        street word: "12 oak street", "9 kings parade", "14 silver birch grove"."""
        def street(k):
            return k < len(toks) and toks[k][0].lower().rstrip(".") in _PLAIN_STREET_WORDS

        def word(k):
            return k < len(toks) and toks[k][0].isalpha() and toks[k][0].lower() not in self.stop_words

        return (kinds[i - 1] == "num" and (street(i + 1) or (word(i + 1) and street(i + 2)))) or (
            i > 1 and kinds[i - 1] == "cap" and kinds[i - 2] == "num" and street(i + 1))

    def _names_after_prefix_streets(self, toks, kinds) -> None:
        """In lower case, up to three words after a house number and a street
        word that comes first name the street: "55 rue victor hugo"."""
        for k in range(1, len(toks)):
            if kinds[k] != "street" or kinds[k - 1] != "num" \
                    or toks[k][0].lower().rstrip(".") not in _PREFIX_STREET_WORDS:
                continue
            m, named = k + 1, 0
            while m < len(toks) and named < 3:
                tok = toks[m][0]
                if kinds[m] == "conn":
                    m += 1
                    continue
                if kinds[m] == "stop" and tok.isalpha() and tok.lower() not in self.stop_words:
                    kinds[m] = "cap"
                elif kinds[m] != "cap":
                    break
                named += 1
                m += 1

    def _names_before_house_numbers(self, toks, kinds) -> None:
        """A street word and a house number only an address has (a number with
        a hyphen, a slash or a letter: "264-31", "14/2", "12b") make the one or
        two words beside the street word its name, English or not: "avenue
        petit 264-31", "kiss u. 310-46"."""
        for z in range(2, len(toks)):
            if kinds[z] != "num" or not _HOUSE.match(toks[z][0].rstrip(".")):
                continue
            if kinds[z - 1] == "street":  # "kiss u. 310-46": the words before the street word
                k = z - 2
                while k >= 0 and z - 2 - k < 2 and kinds[k] == "stop" and toks[k][0].isalpha() \
                        and toks[k][0].lower() not in self.stop_words:
                    kinds[k] = "cap"
                    k -= 1
                continue
            # "avenue petit 264-31": the words after a street word written first
            k = z - 1
            while k > 0 and z - k <= 2 and kinds[k] in ("stop", "cap") and toks[k][0].isalpha() \
                    and toks[k][0].lower() not in self.stop_words:
                k -= 1
            if k < z - 1 and kinds[k] == "street" and (toks[k][0].lower().rstrip(".") in _PREFIX_STREET_WORDS
                                                      or toks[k][0].lower() in _DOTTED_STREET_WORDS):
                for q in range(k + 1, z):
                    kinds[q] = "cap"

    def _continental(self, toks, kinds) -> None:
        """The continental shape "street number, postcode town" names its town
        whatever its words, after a street's name (a capitalised word, one
        English has no use for, or a person's): "lopez 10c, 6332 delta del tigre"."""
        for z in range(3, len(toks) - 1):
            if kinds[z] != "num" or not (_STRONG_ZIP.match(toks[z][0].upper()) or (
                    toks[z][0].isdigit() and len(toks[z][0]) == 4)) \
                    or kinds[z - 1] != "sep" or kinds[z - 2] != "num" or not toks[z - 2][0][:1].isdigit():
                continue
            k = z - 3
            if kinds[k] == "stop" and toks[k][0].isalpha() and toks[k][0].lower() in self.names:
                kinds[k] = "cap"  # a street named for a person ("lopez 10c"); not "order 12345, 2024 invoice"
            if kinds[k] != "cap":
                continue
            # the town: its first word whatever it is, then words English has no use for
            m = z + 1
            while m < len(toks) and m - z <= 3 and kinds[m] in ("stop", "cap", "conn") and toks[m][0].isalpha() \
                    and (kinds[m] == "conn" or toks[m][0].lower() not in self.stop_words) \
                    and (m == z + 1 or kinds[m] != "stop" or toks[m][0].lower() not in self.english):
                if kinds[m] == "stop":
                    kinds[m] = "cap"
                m += 1

    def _towns_before_postcodes(self, toks, kinds) -> None:
        """A town (one or two words) and a state before a postcode, after a
        street, unit or box word: "..., springfield 62704", "boise id 83702"."""
        for z in range(2, len(toks)):
            if kinds[z] != "num" or not _ZIP.match(toks[z][0].upper()) or not any(
                    kinds[k] in ("street", "unit", "box") for k in range(max(0, z - _TOWN_LOOK_BACK), z)):
                continue
            k = z - 1
            if toks[k][0].lower().rstrip(".") in _STATES and toks[k][0].isalpha():
                kinds[k] = "cap"
                k -= 1
            for k in range(k, max(k - 2, 0), -1):
                tok = toks[k][0]
                if kinds[k] != "stop" or not tok.isalpha() or tok.lower() in self.stop_words:
                    break
                kinds[k] = "cap"

    @staticmethod
    def _number_after(kinds, k, j):
        """A house number right after token k, or after a comma."""
        return (k + 1 < j and kinds[k + 1] == "num") or (
            k + 2 < j and kinds[k + 1] == "sep" and kinds[k + 2] == "num")

    def _address_in_run(self, text, toks, kinds, i, j):
        # first anchor: building number before a name, street word, unit, box,
        # or a capitalised word followed by a number ("Nieuwkerk 67", "Rua
        # Augusta, 123").
        anchor = None
        for k in range(i, j):
            kind, nxt = kinds[k], kinds[k + 1] if k + 1 < j else None
            if (kind == "num" and nxt in ("cap", "street", "num", "box", "conn")) \
                    or kind in ("street", "unit", "box") \
                    or (kind == "cap" and self._number_after(kinds, k, j)):
                anchor = k
                break
        if anchor is None:
            return None
        start = anchor
        if kinds[anchor] in ("street", "cap"):
            while start > i and kinds[start - 1] in ("cap", "conn"):
                start -= 1
        while start < anchor and kinds[start] == "conn":
            start += 1
        if start - 2 >= i and kinds[start - 1] == "sep" and kinds[start - 2] == "num":
            start -= 2  # the number first, then a comma: "12, rue de la Paix"
        end = j
        while end > start and (
            kinds[end - 1] in ("sep", "nl", "conn", "unit")
            # "lives on Gunzing 9 street": the trailing word is not the address
            or (kinds[end - 1] == "street" and toks[end - 1][0].islower() and kinds[end - 2] == "num"
                and not toks[end - 2][0].lower().endswith(("st", "nd", "rd", "th")))  # "46th drive" stays
        ):
            end -= 1
        if end - start == 1 and kinds[start] == "street":
            return None  # a street word alone names nothing: "sent via email"
        if end - start == 2 and kinds[start] == "cap" and kinds[end - 1] == "num" \
                and not _NOT_AMOUNT_AFTER.match(text, toks[end - 1][2]):
            return None  # a name and an amount or a count: "i sent kwame 50 euros"
        seq = kinds[start:end]
        if len(seq) == 2 and seq[0] == "num" and toks[end - 1][0].lower().rstrip(".") in _units():
            return None  # a number and a unit, no address: "parcel was 2 kg" ("kg": kampung)
        words = [toks[k][0] for k in range(start, end)]
        features = set()
        a = anchor - start  # "12, 45 baker street": the house number is the anchor's
        if a < len(seq) and seq[a] == "num" and len(seq) > a + 1 and (
            seq[a + 1] in ("cap", "street", "num", "box") or seq[a + 1:a + 3] == ["sep", "street"]
        ):
            features.add("lead_number")
            if seq[a + 1] == "num" and len(seq) > a + 2 and seq[a + 2] in ("cap", "street"):
                features.add("number_pair")  # "1616 58 Machiton ..."
        for k, kind in enumerate(seq):
            nxt = seq[k + 1] if k + 1 < len(seq) else None
            if kind in ("street", "unit", "box", "nl"):
                features.add(kind)
            if kind == "street" and nxt == "num" and _HOUSE.match(words[k + 1].rstrip(".")):
                features.add("house_number")  # "kiss u. 310-46", "avenue petit 264-31"
            if kind in ("cap", "street") and self._number_after(seq, k, len(seq)) \
                    and words[k].lower().rstrip(".") not in self.english:
                # "Nieuwkerk 67", "Kossuth utca 199", "Correia, 98"; not "Card 4111"
                features.add("name_number")
            if kind == "num" and k > 1 and (_ZIP.match(words[k].rstrip(".")) or _STRONG_ZIP.match(words[k].upper())) \
                    and seq[k - 1] in ("cap", "sep", "nl"):
                features.add("postcode")
            if kind == "num" and k > 0 and seq[k - 1] in ("cap", "sep", "nl", "street") \
                    and is_lettered_postcode(words[k].rstrip(".")):
                features.add("postcode")  # a country's lettered postcode: "west bay road ky1-1100"
            if kind == "num" and k == 1 and seq[0] == "cap" and _STRONG_ZIP.match(words[k].upper()):
                features.add("postcode")  # a town and its postcode: "lebrunfurt 66172"
            if kind == "num" and k > a and seq[k - 1] == "unit" and (
                    nxt in ("cap", "street") or seq[k + 1:k + 3] in (
                        ["conn", "cap"], ["conn", "street"], ["num", "cap"], ["num", "street"])):
                # after a unit: "apt 2c 38313 main st", "unit 52 4 oak drive", "number 12 on fulton road"
                features.add("lead_number")
        lowered = [w.lower().rstrip(".") for w in words]
        if any(w in self.places for w in lowered) or any(
            " ".join(lowered[a:a + 2]) in self.places for a in range(len(lowered) - 1)
        ):
            features.add("place")
        if len(features) == 1 and self._unit_after(toks, kinds, end):
            features.add("unit")  # "2737 davor (unit 7/93)", "80183 rambla ..., level 2"
        if len(features) < 2:
            before = {t[0].lower() for t in toks[max(0, start - 12):start]}
            if not (features and before & _ADDRESS_CONTEXT):
                return None
        if end - start > 1 and toks[end - 2][0][:1].isdigit() and toks[end - 2][0].endswith(".") \
                and toks[end - 1][0][:1].isupper() and toks[end - 1][0].lower() in self.english:
            end -= 1  # a number ends the sentence, the next starts: "... tingkat 5.| How much ..."
            words = words[:-1]
        stop = toks[end - 1][2]
        last = words[-1]
        if last.endswith(".") and (len(last.rstrip(".")) > 3 or last[0].isdigit()):
            stop -= 1  # the sentence's full stop, not an abbreviation's
        return toks[start][1], stop, 0.5 + 0.1 * min(len(features), 4)
