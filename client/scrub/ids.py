"""Phone numbers and national ids of every country, through libraries rather
than per-country patterns.

* ``InternationalPhoneRecognizer``: Presidio's ``PhoneRecognizer``
  (libphonenumber) with no home region ("ZZ"): it finds every number written
  in the international form (``+CC ...``) that libphonenumber's metadata calls
  valid for its country, whatever the country. National forms stay with the
  patterns in ``patterns.py`` (a leading 0, brackets, or a phone cue nearby).
* ``CueAfterRecognizer``: the same codes, and phone numbers, followed by
  what they are ("813 6731 is my number", "83071882599 is my pesel").
* ``IdAfterCueRecognizer``: a code with at least five digits right after a
  name of a national id ("national id", "personal number", "passport no",
  "cedula", "dni", "pesel", ...). The names are ours (in English) plus the
  abbreviations of every country's personal numbers that python-stdnum knows
  (its modules' titles: CPF, CNP, CURP, OIB, ...), so a country the dev data
  lacks is covered by the library's list rather than by another hand pattern.
  The value itself is not checked against stdnum's validators after a
  cue that is no English word: nearly any digit run (a date "20240115", an
  amount "19.99") passes some country's checksum, so "any validator accepts"
  adds no precision; the cue does. After any cue (English words such as
  "pan", "pin", "inn" included) a code also counts when the cue's own module
  accepts it ("inn 7707083893"), or when it mixes letters and digits as no
  word or amount does ("curp GOMC850101HDFRRR09", "pan ABCDE1234F").
"""

from __future__ import annotations

from functools import lru_cache

import regex as re
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.predefined_recognizers import PhoneRecognizer

from client.scrub.first_words import cue_gate
from client.scrub.gates import _digits


class InternationalPhoneRecognizer(PhoneRecognizer):
    """Presidio's libphonenumber recognizer for numbers in the international
    form of any region (valid for their country code). Skips texts without a
    '+' or with fewer than six digits (most sentences), at no cost."""

    SCORE = 0.7

    def __init__(self):
        super().__init__(supported_regions=("ZZ",), name="InternationalPhoneRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None):
        if "+" not in text or _digits(text) < 6:
            return []
        return super().analyze(text, entities, nlp_artifacts)


# Names of personal and tax numbers that python-stdnum does not title in
# Latin letters or lacks, in the languages and abbreviations of the countries
# that use them (general knowledge): Sri Lanka's and Bangladesh's NIC / NID,
# Turkey's T.C. kimlik, Russia's SNILS, the Philippines' SSS, PhilHealth,
# UMID and CRN, India's Aadhaar and UAN, Nigeria's BVN and NIN, the Gulf's
# iqama / emirates id / civil id / QID, Kenya's huduma and KRA PIN, Malaysia's
# MyKad, Indonesia's KTP, Vietnam's CCCD / CMND, Hong Kong's HKID.
_WORLD_ID_CUES = (
    "nic", "nid", "tckn", r"t\.?\s?c\.?\s+kimlik", "kimlik", "snils", "sss", "philhealth", "umid", "crn", "gsis",
    "aadhaa?r", "uan", "bvn", "nin", "iqama", r"emirates\s+id", r"civil\s+id", "qid", r"ghana\s+card", "huduma",
    r"kra\s+pin", "mykad", "ktp", "cccd", "cmnd", "hkid", r"voter\s+id",
    # Session 12: names of identity cards and personal numbers in the
    # languages of their owners (general knowledge): Swahili, Turkish,
    # Vietnamese, Persian in Latin letters, French (Maghreb and West Africa),
    # Indonesian and Malay, Spanish, Portuguese, German, Dutch, Polish, Italian.
    "kitambulisho", r"kimlik\s+(?:no|numaras[ıi]|numaram)", r"c[aă]n\s+c[uư][oớ]c(?:\s+c[oô]ng\s+d[aâ]n)?",
    r"(?:s[oố]\s+)?(?:cccd|cmnd)", r"(?:kart|code|kode|cod)\s+(?:e\s+)?mell?i",
    r"carte\s+(?:nationale|d'identit[eé])",
    "cin", "cni", "nida", r"nomor\s+induk(?:\s+kependudukan)?", r"kad\s+pengenalan", r"(?:no\.?\s*)?ktp",
    r"documento(?:\s+de\s+identidad)?", r"(?:carteira\s+de\s+)?identidade", "rg", r"(?:personal)?ausweis(?:nummer)?",
    r"identiteitskaart", r"dow[oó]d(?:\s+osobisty)?", r"carta\s+d'identit[aà]", r"c[eé]dula\s+de\s+identidad",
    r"n[uú]mero\s+de\s+(?:identidad|identificaci[oó]n|documento)", r"num[eé]ro\s+(?:d'identit[eé]|national)",
    r"id\s+(?:yangu|saya|ko|ng)",
)
# Names of national ids and personal numbers, in English and as abbreviations
# used in many countries (general knowledge; python-stdnum's list is added).
_ID_CUES = (
    r"national\s+(?:id|identity|identification|insurance|registration)(?:\s+(?:number|no|code|card))?",
    r"(?:personal|citizen|citizenship|resident|residence|identity|identification|id|document|tax|voter"
    r"|social\s+security|social\s+insurance|health\s+insurance|taxpayer)\s+(?:number|no|code|id|identity|card|nr|num)",
    r"personal\s+(?:identity|id)", r"tax\s+id",
    # session 20: tax, VAT and business numbers by their English names
    r"(?:vat|gst|company|business|registration|reg|trade|commercial|corporate)\s+(?:number|no|nr|num|id|code)",
    r"vat\s+reg(?:istration)?", r"i\.d\.", r"c[eé]dula",
    "passport|dni|ssn|nino|itin|pesel|personnummer|fødselsnummer|id|tin|sin|nin|nif|nie|rut|cpf|cuit|cuil"
    "|curp|cnp|oib|emso|hetu|bsn|nric|egn|amka",
    *_WORLD_ID_CUES,
)
# An id cue after one of these names something else's reference.
_NOT_PERSONAL = re.compile(
    r"(?i)\b(?:order|transaction|transfer|reference|ref|ticket|tracking|booking|invoice|case|payment|"
    r"merchant|product|device|session|request|apple|game|user|login|e-?mail|chat|message)[\s-]$")
# Between the cue and the value: "is", "number", "no.", "#", ":" ...
_FILLER = (r"\.?\s*[:#=-]?\s*(?:(?:is|was|number|no\.?|nr\.?|num|#|card|code|of|my|the|reads|it's|its)"
           r"(?![^\W\d])\s*[:#=-]?\s*){0,3}")
# Bounded, so that a value tried at every position of a long digit run costs
# a constant each (linear in the text).
_VALUE = r"(?:[A-Za-z]{1,3}[-./ ]?)?\d[\dA-Za-z]{0,23}(?:(?:[-./]|\s(?=\d))[\dA-Za-z]{1,12}){0,6}"
# A code of letters and digits after a cue, with dashes, dots or slashes inside.
_CODE = r"[A-Za-z0-9](?:[A-Za-z0-9]|[-./](?=[A-Za-z0-9])){4,29}"
_SEPARATORS = re.compile(r"[-./]")
_SIZE = re.compile(r"(?i)\d+x\d+")
_ZIP = re.compile(r"^\d{5}(?:-\d{4})?$")
# A date: day, month and year in either order with one separator (not any
# three groups: "id no 31-123-4567" is an id); the US SSN's shape is left to
# Presidio's UsSsnRecognizer, which rejects specimen numbers on purpose.
_DATE_OR_AMOUNT = re.compile(
    r"^(?:\d{3}([- .])\d{2}\1\d{4}|(?:0?[1-9]|[12]\d|3[01])(?P<s>[-./])(?:0?[1-9]|1[0-2])(?P=s)(?:19|20)?\d\d"
    r"|(?:0?[1-9]|1[0-2])(?P<t>[-./])(?:0?[1-9]|[12]\d|3[01])(?P=t)(?:19|20)?\d\d"
    r"|(?:19|20)\d\d(?P<u>[-./])(?:0?[1-9]|1[0-2])(?P=u)(?:0?[1-9]|[12]\d|3[01])"
    r"|\d[\d,]*\.\d{2}|\d{1,2}[:.]\d{2}(?:[ap]m)?|(?:19|20)\d{2})$", re.I)


# The stdnum modules of cues that no module's title holds in Latin capitals
# ("ИНН", "T.C. Kimlik No.", "Aadhaar").
_HAND_MODULES = {"inn": ("ru.inn",), "tckn": ("tr.tckimlik",), "kimlik": ("tr.tckimlik",),
                 "aadhaar": ("in_.aadhaar",), "aadhar": ("in_.aadhaar",)}
_TITLE_ABBREVIATION = re.compile(r"[A-Z]{2,6}")
_TITLE_TAIL = re.compile(r"\s+(?:No\.?|nro|number)$")
_PERSONAL = re.compile(r"(?i)person|citizen|identi|social security|passport|birth|resident|individual")


# Titles of python-stdnum modules that number things, not people or firms
# (postcodes, payment slips, securities, land parcels, ...).
_THINGS = re.compile(r"(?i)postal|postcode|banknote|securit|stock|meter|drug|receipt|routing|classification|nace"
                     r"|isil|vehicle|product|article|cadastral|catastral|excise|payment|bank|iban|swift|bic\b"
                     r"|isbn|issn|isan|ismn|isrc|lei\b|grid|imei|meid|cusip|isin|figi|ean|gs1|wertpapier|ogm")


def _numbers_of_people_or_firms(doc: str) -> bool:
    """A module's docstring titles a number of a person or a firm: its
    personal, tax, VAT and business registration numbers (session 20: the
    VAT and business numbers too), not a number of a thing."""
    return not _THINGS.search(doc.strip().split("\n", 1)[0])


def _stdnum_titles():
    """(abbreviations, module) of each country module of python-stdnum: the
    comma-separated words in capitals that open its title ("NN, NISS, RRN
    (Belgian national number)" -> nn, niss, rrn), for personal and tax
    numbers only."""
    from stdnum.util import get_number_modules

    for module in get_number_modules():
        if module.__name__.count(".") != 2:  # country modules only: stdnum.<cc>.<number>
            continue
        doc = (module.__doc__ or "").strip()
        head = doc.split("(", 1)[0].split("\n", 1)[0]
        words = [_TITLE_TAIL.sub("", w.strip(" .")) for w in head.split(",")]
        names = [w.lower() for w in words if _TITLE_ABBREVIATION.fullmatch(w)]
        if names and _numbers_of_people_or_firms(doc):
            yield names, module


@lru_cache(maxsize=1)
def _stdnum_abbreviations() -> tuple[str, ...]:
    """Abbreviations of personal and tax numbers that python-stdnum validates
    (the words in capitals that open each country module's title, three to
    six letters, no English word), e.g. CPF, CURP, EGN, HETU, OIB, NISS, VKN."""
    from client.scrub.words import _english_words

    english = _english_words()
    return tuple(sorted({n for names, _ in _stdnum_titles() for n in names if len(n) >= 3 and n not in english}))


@lru_cache(maxsize=1)
def _cue_modules() -> dict[str, tuple]:
    """Each abbreviation of three letters or more (English words included:
    "pan", "pin") and hand-named cue with the stdnum modules that validate
    its numbers."""
    from importlib import import_module

    out: dict[str, list] = {}
    for names, module in _stdnum_titles():
        for name in names:
            if len(name) >= 3:
                out.setdefault(name, []).append(module)
    for name, modules in _HAND_MODULES.items():
        out.setdefault(name, []).extend(import_module(f"stdnum.{m}") for m in modules)
    for name, modules in _local_name_modules().items():  # "número de identificación tributaria 7165k"
        out.setdefault(name, []).extend(modules)
    return {name: tuple(modules) for name, modules in out.items()}


_LATIN_NAME = re.compile(r"[\p{Latin}][\p{Latin}'.-]*(?:\s[\p{Latin}'.-]+){0,3}")
_BRACKETS = re.compile(r"\(([^()]{3,80})\)")


def _names_in(doc: str) -> list[str]:
    """The names a module's docstring gives its number: the title's head and
    the first name in its brackets ("Rodné číslo"), and the first name in
    each pair of brackets of its first paragraph ("(Asmens kodas)", "(RUC,
    Registro Único del Contribuyente)": its first two names)."""
    title, _, rest = doc.partition("\n")
    head, _, inside = title.partition("(")
    names = [head.strip(" ."), inside.split(",")[0].strip(" .)")]
    for bracket in _BRACKETS.findall(" ".join(rest.strip().split("\n\n", 1)[0].split())):
        names += [n.strip(" .") for n in bracket.split(",")[:2]]
    return names


@lru_cache(maxsize=1)
def _stdnum_local_names() -> tuple[str, ...]:
    """The local names below as regex alternatives."""
    return tuple(sorted(re.escape(n).replace("\\ ", r"\s+") for n in _local_name_modules()))


@lru_cache(maxsize=1)
def _local_name_modules() -> dict[str, tuple]:
    """The names python-stdnum's docstrings give personal, tax and business
    numbers in their own language, in Latin letters (session 12; session
    20: the business and VAT numbers too, and the names in brackets of the
    first paragraph): "Personnummer", "Isikukood", "Rodné číslo",
    "Registro Único de Contribuyentes", "Asmens kodas", lower case, five
    letters or more, with a word that is not English ("australian business
    number" left out)."""
    from client.scrub.words import _english_words

    from stdnum.util import get_number_modules

    from spacy.lang.en.stop_words import STOP_WORDS

    english = _english_words()
    out: dict[str, list] = {}
    for module in get_number_modules():
        doc = (module.__doc__ or "").strip()
        if module.__name__.count(".") != 2 or not _numbers_of_people_or_firms(doc):
            continue
        for name in _names_in(doc):
            name = _TITLE_TAIL.sub("", name).lower()
            if len(name) >= 5 and _LATIN_NAME.fullmatch(name) and \
                    any(w.strip(".'") not in english for w in name.split()) and \
                    not any(w in STOP_WORDS for w in name.split()):  # "except for la poste", "or steuer-idnr"
                out.setdefault(name, []).append(module)
    return {name: tuple(modules) for name, modules in out.items()}


class IdAfterCueRecognizer(LocalRecognizer):
    """A code with five or more digits right after the name of a national id
    or personal number (see the module's docstring)."""

    def __init__(self):
        super().__init__(supported_entities=["NATIONAL_ID"], name="IdAfterCueRecognizer")

    def load(self) -> None:
        cues = "|".join(_ID_CUES + _stdnum_local_names())
        stdnum = "|".join(_stdnum_abbreviations())
        self.regex = re.compile(
            rf"(?i)\b(?:{cues}|{stdnum})(?![^\W\d]){_FILLER}(?P<value>{_VALUE})(?![\w@])"
        )
        self.modules = _cue_modules()
        # longest first: "número de identificación tributaria" before "número de identificación"
        named = "|".join(re.escape(n).replace("\\ ", r"\s+") for n in sorted(self.modules, key=len, reverse=True))
        self.codes = re.compile(
            rf"(?i)\b(?P<cue>{named}|{cues}|{stdnum})(?![^\W\d]){_FILLER}(?P<code>{_CODE})(?![\w@])")
        # Every match of both patterns above opens with a match of this one
        # (their cues are among its cues, with the same boundaries): where it
        # finds none, neither can match, and neither can start before the
        # first it finds. Trying ~350 cues at every word is the cost of each
        # scan (most texts with digits have no cue): one scan instead of two.
        self.cue = re.compile(rf"(?i)\b(?:{cues}|{stdnum}|{named})(?![^\W\d])")
        # ... and every match of that one opens with a whole word that a set
        # lookup finds (first_words.py): a tenth of the scan's time on text
        # with no cue, and the cue regex is then tried only at those words.
        self.cue_gate = cue_gate(f"{cues}|{stdnum}|{named}")

    def analyze(self, text, entities, nlp_artifacts=None):
        if _digits(text) < 4:
            return []
        first = self._first_cue(text)
        if first is None:
            return []
        out = [self._result(start, end) for start, end in self._codes(text, first.start())]
        if _digits(text) < 5:
            return out
        for match in self.regex.finditer(text, first.start()):  # (the text before it is still seen)
            value = match.group("value").rstrip(".-/")
            if sum(c.isdigit() for c in value) < 5 or len(value) > 24 or _DATE_OR_AMOUNT.match(value):
                continue
            if _NOT_PERSONAL.search(text, max(0, match.start() - 20), match.start()):
                continue
            if _ZIP.match(value) and text[match.start():match.start() + 2].lower() == "id" and \
                    not text[match.start() + 2:match.start() + 3].isalpha():
                continue  # Idaho and its ZIP code: "boise id 83702"
            start = match.start("value")
            out.append(self._result(start, start + len(value)))
        return out

    def _first_cue(self, text):
        """``self.cue.search(text)``: its matches open only where the gate
        finds a word (whole words: the gate's finds never overlap)."""
        for hit in self.cue_gate.finditer(text):
            match = self.cue.match(text, hit.start())
            if match is not None:
                return match
        return None

    def _codes(self, text, pos: int = 0):
        """Codes after a cue that the cue's stdnum module accepts ("pan
        bnzpm2501f", "inn 7707083893"), or that mix letters and digits as no
        word, amount or size does (four digits or more, eight characters or
        more: "curp gomc850101hdfrrr09", "pan abcde1234f")."""
        for match in self.codes.finditer(text, pos):
            code = match.group("code").rstrip(".-/")
            bare = _SEPARATORS.sub("", code)
            digits = sum(c.isdigit() for c in bare)
            if digits < 4 or _DATE_OR_AMOUNT.match(code) or _SIZE.fullmatch(code) or \
                    _NOT_PERSONAL.search(text, max(0, match.start() - 20), match.start()):
                continue
            cue = " ".join(match.group("cue").lower().split())
            mixed = digits < len(bare) and len(bare) >= 8
            if mixed or any(_valid(m, code) for m in self.modules.get(cue, ())):
                yield match.start("code"), match.start("code") + len(code)

    def _result(self, start, end):
        return RecognizerResult(
            entity_type="NATIONAL_ID", start=start, end=end, score=0.6,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )


def _valid(module, code: str) -> bool:
    try:
        return bool(module.is_valid(code))
    except Exception:  # noqa: BLE001 - a validator's own error means "not this number"
        return False


_PHONE_WORDS = ("phone", "mobile", "cell", "whatsapp", "number", "telephone", "tel")
_POSSESSIVE = re.compile(r"(?i)\b(?:is|was)\s+(?:my|our|his|her|their)\b")


class CueAfterRecognizer(LocalRecognizer):
    """A number followed by what it is: "813 6731 is my number" (a phone, seven
    to fifteen digits), "83071882599 is my pesel" (an id, five or more). The
    cue before a number is Presidio's context step's and the recognizer's
    above; this one reads the possessive after it."""

    def __init__(self):
        super().__init__(supported_entities=["PHONE_NUMBER", "NATIONAL_ID"], name="CueAfterRecognizer")

    def load(self) -> None:
        cues = "|".join((*_ID_CUES, *_stdnum_abbreviations(), *_PHONE_WORDS))
        self.regex = re.compile(
            rf"(?i)(?<![\w+])(?P<value>{_VALUE})[,;]?\s+(?:is|was)\s+(?:my|our|his|her|their)\s+"
            rf"(?:(?:new|old|current|personal|home|work|main|mobile|cell|private)\s+){{0,2}}"
            rf"(?P<cue>{cues})(?![^\W\d])(?!\s+of\b)"
        )

    def analyze(self, text, entities, nlp_artifacts=None):
        if _digits(text) < 5 or not _POSSESSIVE.search(text):
            return []
        out = []
        for match in self.regex.finditer(text):
            value = match.group("value").rstrip(".-/")
            digits = sum(c.isdigit() for c in value)
            phone = match.group("cue").lower() in _PHONE_WORDS
            if _DATE_OR_AMOUNT.match(value) or digits < (7 if phone else 5) or (phone and digits > 15):
                continue
            start = match.start("value")
            out.append(RecognizerResult(
                entity_type="PHONE_NUMBER" if phone else "NATIONAL_ID", start=start, end=start + len(value),
                score=0.6,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            ))
        return out
