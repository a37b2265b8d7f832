"""Identifier-shaped numbers with no cue: phones in any country's national
format and national ids or account-like codes, by their shape alone.

``IdentifierNumberRecognizer`` reads runs of digit groups joined by single
spaces, dashes, dots, slashes or brackets ("0176 2345 6789", "98412 34567",
"19.291.925-8", "(0-312) 28130", a bare "83011924334") and codes that mix
letters and digits ("y9386087p", "93269820J", "de755880524", "4f7-22-91883").
A run is an identifier when it holds at least seven digits (a code with
letters: five), which no country's phone in national form has fewer of bar a
few small islands' (libphonenumber's example numbers of every region: 28 of
about 400 have fewer than seven digits with the trunk prefix).

What keeps the same shapes out (general knowledge, not per country):

* amounts: a currency next to the run (a sign, an ISO 4217 code or a
  currency's name, from Faker's currency list), or decimals and thousands
  separators shaped like an amount ("1,250,000", "1.250.000,00", "1234.56");
* quantities: a unit or an English plural noun after a number shaped like a
  count (no leading zero, one group or thousands groups): "1500000 steps",
  "3 276 686 sq ft", or a word naming an amount or a count before it ("the
  jackpot was 14857511", "balance: 1250000"); round numbers ("2500000",
  "1 000 000");
* dates ("2024-01-15", "15/01/2024", "15 01 2024"), year ranges
  ("2019-2023"), time ranges ("9.00-17.30"), sizes ("1920x1080"), a date
  with a time ("2024-01-15T10:30"), percentages, versions after "version",
  "v", "ios" ..., postcodes with a dash (ZIP+4, Portugal's, Brazil's), hexadecimal
  error codes ("0x8007");
* references to things, not people, as in ``ids.py``: "order 108374117",
  "ticket 55667788", "ref 4f7-22-91883";
* what other recognizers read better: a number after a postcode's name (the
  postcode recognizer's, as part of an address), the US SSN's shape
  (Presidio's ``UsSsnRecognizer`` checks its groups).
* product and model words: a code with letters needs five digits or more, so
  "iphone11", "covid19", "ps5", "rtx4090", "mp3" stay; so does a code
  starting with a word of four letters or more.

Runs of five or six digits with no cue stay (amounts, codes sent by text,
postcodes, the last digits of a card look the same); the cue-driven
recognizers in ``patterns.py`` and ``ids.py`` take those.
"""

from __future__ import annotations

from functools import lru_cache

import regex as re
from presidio_analyzer import LocalRecognizer, RecognizerResult

from client.scrub.address_words import _STREET_WORDS
from client.scrub.gates import _digits
from client.scrub.postcodes import is_lettered_postcode

# A group: digits with up to three letters before and any letters and digits
# after ("y9386087p", "4f7"), in brackets or not. Groups join by one space,
# dash, dot or slash (a dash or slash may have spaces around it), or a
# closing bracket. Nothing word-like, no '@' and no other number touches the
# run (a comma or a dot between digits continues an amount); a dot after a
# word may come before it ("no.98412345678").
_GROUP = r"\(?[A-Za-z]{0,3}\d[A-Za-z\d]*\)?"
_RUN = re.compile(
    rf"(?<![\w@'/$£€¥₹-])(?<!\d[.,])\+?{_GROUP}(?:(?:[ .]|\s?[-/]\s?|(?<=\))\s?){_GROUP}){{0,9}}"
    r"(?![\w@]|[.,'][\d])"
)
_SPACE = re.compile(r"\s+")
_DATE = re.compile(
    r"(?:(?:0?[1-9]|[12]\d|3[01])(?P<s>[-./ ])(?:0?[1-9]|1[0-2])(?P=s)(?:19|20)?\d\d"
    r"|(?:0?[1-9]|1[0-2])(?P<t>[-./ ])(?:0?[1-9]|[12]\d|3[01])(?P=t)(?:19|20)?\d\d"
    r"|(?:19|20)\d\d(?P<u>[-./ ])(?:0?[1-9]|1[0-2])(?P=u)(?:0?[1-9]|[12]\d|3[01]))"
)
# Times and time ranges ("9.00-17.30", "10.30 - 11.45"), sizes ("1920x1080"),
# a date with a time ("2024-01-15T10:30").
_TIMES = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s?[-/]\s?(?:[01]?\d|2[0-3])[.:][0-5]\d)+")
_SIZE = re.compile(r"(?i)\d+(?:\.\d+)?x\d+(?:\.\d+)?(?:x\d+(?:\.\d+)?)?")
_DATE_TIME_CODE = re.compile(r"(?i)(?:19|20)\d\d-[01]\d-[0-3]\dt\d")
_YEARS = re.compile(r"(?:(?:19|20)\d\d(?:\s?[-/]\s?|\s))+(?:19|20)\d\d")
# Thousands groups, with or without decimals: "1 250 000", "1.250.000,00".
_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:(?P<s>[ .'])\d{3})(?:(?P=s)\d{3})*(?:[.,]\d{1,2})?")
_PLAIN = re.compile(r"[1-9]\d*(?:\.\d+)?")
_DECIMAL = re.compile(r"\d+\.\d+")
# A local phone typed with a dot ("620.6434", "4416.6632"): three or four
# digits, a dot, four digits; four decimals are rare in chat money.
_DOTTED_PHONE = re.compile(r"\d{3,4}\.\d{4}")
_ROUND = re.compile(r"[1-9]\d{0,3}(?:[ .']?0{3})+")
# Between a cue word and the run: spaces, ':', '#', '='; never a full stop, a
# question mark, a comma or a dash, which end the cue's clause ("a fee for my
# transfer? 6035970", "a receipt - 34122296517" are no references).
_GAP = r"[ \t:#=]{0,3}"
# Postcodes with a dash and seven digits or more: the US ZIP+4, Portugal's,
# Brazil's CEP (addresses' recognizers read them).
_POSTCODE = re.compile(r"\d{5}-\d{4}|\d{4,5}-\d{3}")
# A postcode's name before the run, up to five words between ("the zip on my
# card is 30458112"): the postcode recognizer reads it, as an address part.
_POSTCODE_BEFORE = re.compile(
    r"(?i)\b(?:post\s?codes?|postal\s?codes?|zip(?:\s?codes?)?|pin\s?codes?|pincode|plz|eircode|cep)\b"
    rf"(?:\s{{1,3}}[^\W\d_]+){{0,5}}{_GAP}$")
# The US SSN's shape is Presidio's UsSsnRecognizer's, which rejects the
# published specimen numbers and impossible groups on purpose (as patterns.py).
_SSN_SHAPE = re.compile(r"\d{3}([- .])\d{2}\1\d{4}")
_HEX = re.compile(r"(?i)0x[\da-f]+")
_VERSION_BEFORE = re.compile(
    rf"(?i)(?:\b(?:version|ver|v|build|release|ios|android|windows|update|firmware)\b\.?{_GAP}"
    r"(?:(?:is|was|now|to|number|no)\s+){0,3}|(?<![a-z])v)$")
_PERCENT_AFTER = re.compile(r"(?i)\s?(?:%|percent\b|per\s?cent\b|pc\b)")
# Units and count words after a quantity (general English; currencies are
# added from Faker's list).
_UNITS = (
    "k m b bn mn mil million millions billion billions thousand thousands lakh lakhs crore crores grand "
    "km kms kg kgs g mg lb lbs oz m cm mm mi ft sq sqft m2 m3 l ml litre litres liter liters gal gallons "
    "mile miles metre metres meter meters feet foot yards kb mb gb tb kbps mbps gbps mah kwh wh w kw mw v hz "
    "ghz mhz px dpi x times pts points steps calories cal kcal followers views likes subscribers people "
    "users words tokens shares units pcs items bytes pixels hours hrs minutes mins seconds secs days weeks "
    "months years yrs km/h mph cc bhp hp"
).split()
# An amount or a count named before a number shaped like one: "the jackpot
# was 14857511", "a population of 8336817", "balance: 1250000".
_AMOUNT_BEFORE = re.compile(
    r"(?i)\b(?:costs?|cost|paid|pay|price|priced|balance|total|salary|worth|budget|limit|jackpot|amount|fee|fees|"
    r"sum|bill|charged|spent|spend|earn|earned|earns|owe|owed|debt|loan|revenue|income|prize|population|valued|"
    r"sold|bought|raised|saved|savings|deposit|deposited|withdrew|withdraw|transfer|transferred|"
    rf"refund|refunded|views|followers|subscribers|downloads|visitors|score)\b{_GAP}"
    r"(?:(?:is|was|were|of|at|for|about|around|only|just|nearly|almost|over|under|up|to|me|us|them|him|her|"
    r"now|already|still|another|a|an|the|some|roughly|approximately|exactly|this|that|last|next|per|each|"
    rf"day|week|month|year|today|yesterday|total|in)\b{_GAP}){{0,4}}$")
_WORD_AFTER = re.compile(r"\s?([^\W\d_][\w/]*)")
_WORD_BEFORE = re.compile(r"([^\W\d_][^\W\d_.]*\.?)\s?$")
_LETTER_HEAD = re.compile(r"[A-Za-z]{4,}")
# A reference that names a thing, not a person, stays (as in ``ids.py``):
# "my order id is 12345678", "ticket 55667788", "tracking no. 9400 1000".
_THING_BEFORE = re.compile(
    r"(?i)\b(?:order|transaction|transfer|reference|ref|ticket|tracking|booking|invoice|case|payment|merchant|"
    r"product|device|session|request|confirmation|parcel|shipment|flight|model|serial|error|receipt)s?\b"
    r"(?:(?<=\bref)\.)?"  # "ref. 4f7-22-91883"
    rf"(?:\s+(?:id|number|no|nr|num|code|ref)\b\.?)?{_GAP}"
    rf"(?:(?:is|was|of|for|the|my|number|no|nr)\b\.?{_GAP}){{0,3}}$")


def _street_word_before(text: str, start: int) -> bool:
    """A street word among the three words just before ``start``."""
    words = re.split(r"[\s,]+", text[max(0, start - 40):start].lower())
    return any(w.rstrip(".") in _STREET_WORDS for w in words[-4:])


@lru_cache(maxsize=1)
def _currencies() -> tuple[frozenset[str], str]:
    """Currency words (lower case: the ISO codes, the last word of each
    currency's name with plurals, symbols written in letters) and the
    currency signs, from Faker's currency list. Words English uses otherwise
    are left out by their frequency in pyspellchecker's English list: codes
    seen 200 times or more ("all", "try", "top", "cup"; "usd" is seen 50
    times) and names seen 40,000 times or more ("real", "won", "mark"; "dollar"
    is seen 30,609 times)."""
    from faker.providers.currency import Provider

    from client.scrub.words import _english_frequencies

    seen = _english_frequencies()
    words = {"rs", "bucks", "quid", "cents", "pence"}
    signs = set()
    for code, name in Provider.currencies:
        if seen.get(code.lower(), 0) < 200:
            words.add(code.lower())
        last = name.split()[-1].lower()
        if seen.get(last, 0) < 40_000:
            words |= {last, last + "s", last + "es"}
    for symbol in Provider.currency_symbols.values():
        symbol = symbol.strip()
        if len(symbol) == 1 and not symbol.isalpha():
            signs.add(symbol)
        elif len(symbol) > 1 and symbol.isalpha() and seen.get(symbol.lower(), 0) < 200:
            words.add(symbol.lower())
    return frozenset(words), "".join(sorted(signs))


class IdentifierNumberRecognizer(LocalRecognizer):
    """Identifier-shaped numbers and codes with no cue (see the module's
    docstring)."""

    SCORE = 0.5

    def __init__(self):
        super().__init__(supported_entities=["PHONE_NUMBER", "NATIONAL_ID"], name="IdentifierNumberRecognizer")

    def load(self) -> None:
        self.units = _units()

    def analyze(self, text, entities, nlp_artifacts=None):
        if _digits(text) < 5:
            return []
        out = []
        for match in _RUN.finditer(text):
            for start, end in self._segments(text, match.start(), match.end()):
                kind = self._kind(text, start, end)
                if kind:
                    out.append(RecognizerResult(
                        entity_type=kind, start=start, end=end, score=self.SCORE,
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        },
                    ))
        return out

    @staticmethod
    def _segments(text, start, end):
        """The run cut at each space next to a group with letters: digits
        joined by spaces are one number ("0176 2345 6789"), a code with
        letters stands alone ("ps5 2020" is two)."""
        pieces, last = [], start
        for space in _SPACE.finditer(text, start, end):
            pieces.append((last, space.start()))
            last = space.end()
        pieces.append((last, end))
        out = []
        for a, b in pieces:
            numeric = not any(c.isalpha() for c in text[a:b])
            if out and numeric and out[-1][2]:
                out[-1][1] = b
            else:
                out.append([a, b, numeric])
        return [(a, b) for a, b, _ in out]

    def _kind(self, text, start, end):
        """PHONE_NUMBER, NATIONAL_ID, or None for an ordinary number."""
        value = text[start:end]
        digits = sum(c.isdigit() for c in value)
        letters = sum(c.isalpha() for c in value)
        if digits < (5 if letters else 7) or len(value) > 40:
            return None
        bare = value.strip("()+")
        if letters:
            if is_lettered_postcode(bare) and _street_word_before(text, start):
                return None  # "west bay road ky1-1100": the address recognizer's postcode
            if _LETTER_HEAD.match(bare) or _HEX.fullmatch(bare) or _SIZE.fullmatch(bare) \
                    or _DATE_TIME_CODE.match(bare) or _VERSION_BEFORE.search(text, max(0, start - 12), start) \
                    or _THING_BEFORE.search(text, max(0, start - 40), start):
                return None
            tail = re.search(r"[A-Za-z]+[23]?$", bare)
            number = bare[:tail.start()] if tail else ""
            if tail and tail.group().lower() in self.units and number.replace(".", "").isdigit() and (
                    len(tail.group()) > 1 or _ROUND.fullmatch(number)):
                return None  # "50000mah", "100000km", "250000k"; not "35916870x"
            return "NATIONAL_ID"
        if _DATE.fullmatch(bare) or _YEARS.fullmatch(bare) or _POSTCODE.fullmatch(bare) \
                or (_DECIMAL.fullmatch(bare) and not _DOTTED_PHONE.fullmatch(bare)) \
                or _TIMES.fullmatch(bare):
            return None
        if _VERSION_BEFORE.search(text, max(0, start - 30), start) and "." in bare:
            return None
        if _THING_BEFORE.search(text, max(0, start - 40), start) or _SSN_SHAPE.fullmatch(bare) \
                or _POSTCODE_BEFORE.search(text, max(0, start - 60), start):
            return None
        before, after = text[max(0, start - 12):start], text[end:end + 24]
        if _PERCENT_AFTER.match(after):
            return None
        if _money(before, after):
            return None
        count_like = _THOUSANDS.fullmatch(bare) or _PLAIN.fullmatch(bare)
        if count_like and (_ROUND.fullmatch(bare) or _unit_after(after)
                           or _AMOUNT_BEFORE.search(text, max(0, start - 60), start)):
            return None
        groups = [g for g in re.split(r"[^\d]+", bare) if g]
        phone_like = bare[0] == "0" or value[0] in "(+" or (len(groups) > 1 and all(2 <= len(g) <= 5 for g in groups))
        return "PHONE_NUMBER" if phone_like and digits <= 15 else "NATIONAL_ID"


_INSIDE_BEFORE = re.compile(r"\d[,.']$")
_INSIDE_AFTER = re.compile(r"[,.']\d")


@lru_cache(maxsize=1)
def _units() -> frozenset[str]:
    return frozenset(_UNITS) | _currencies()[0]


def _money(before: str, after: str) -> bool:
    """A currency sign or word right before or after a number."""
    words, signs = _currencies()
    b = before.rstrip()
    if b and b[-1] in signs:
        return True
    a = after.lstrip()
    if a and a[0] in signs:
        return True
    word = _WORD_BEFORE.search(before)
    if word and word.group(1).lower().rstrip(".") in words:
        return True
    word = _WORD_AFTER.match(after)
    return bool(word and word.group(1).lower() in words)


def _unit_after(after: str) -> bool:
    """A unit, a currency or an English plural noun right after a number."""
    from client.scrub.words import _english_words

    word = _WORD_AFTER.match(after)
    if not word:
        return False
    w = word.group(1).lower()
    return w in _units() or (len(w) > 3 and w.endswith("s") and w in _english_words()
                             and w not in ("thanks", "this", "does", "was", "has", "yes", "plus", "always"))


def thing_reference(text: str, start: int) -> bool:
    """A thing's reference names the number at ``start``: "my order number
    123456789", "ticket 55667788" (as the recognizer above reads it)."""
    return bool(_THING_BEFORE.search(text, max(0, start - 40), start))


def amount_or_quantity(text: str, start: int, end: int) -> bool:
    """The number ``text[start:end]`` is money (a currency next to it), a
    percentage, or a count shaped like one ("1,250,000", "2500") with a unit
    after it or an amount word before it ("the bill was 14857511"): what a
    context word near it ("phone", "account", "passport") does not make an
    identifier of. Session 12: the context step of the pattern recognizers
    asks it before raising a weak number over the threshold."""
    before, after = text[max(0, start - 12):start], text[end:end + 24]
    if _money(before, after) or _PERCENT_AFTER.match(after) or _INSIDE_BEFORE.search(before) \
            or _INSIDE_AFTER.match(after):
        return True  # ... or a piece of a longer number: "133.96" of "£1,671,133.96"
    bare = text[start:end].strip("()+")
    count_like = _THOUSANDS.fullmatch(bare) or _PLAIN.fullmatch(bare)
    return bool(count_like and (_unit_after(after) or _AMOUNT_BEFORE.search(text, max(0, start - 60), start)))
