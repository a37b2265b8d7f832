"""Phones and bank accounts right after the word that names them, in the
languages people type them in (session 12).

* ``PhoneAfterCueRecognizer``: a run of five to fifteen digits (spaces, dots,
  dashes, brackets, a leading "+" or "00") right after a phone word ("my
  number is", "whatsapp", "telefono", "no hp", "sdt", "numaram"). Seven
  digits or more count by the cue and the shape; five or six only when
  libphonenumber calls them a valid number of some region (the trunk prefix
  and the national lengths of every region come from its metadata), so a
  short island number ("my mobile 31209") counts and one no region dials
  ("call me on 10000") does not. (Checking every region costs milliseconds:
  too much for every long number after a cue.) The shapes with seven digits or more
  mostly go by ``numbers.py`` already; this one also takes those it vetoes
  as amount-shaped ("numero 345.678.901").
* ``AccountAfterCueRecognizer``: a bank account number after its name
  ("account no", "a/c", "nuban", "rekening", "cuenta", "konto"): six digits
  or more, with up to four letters of a bank code before them, as a BBAN is
  written ("acct no: ghsb 0738 9434 9151").

Both keep what a number beside such a word usually is when it is no
contact: money, quantities and percentages (``numbers.amount_or_quantity``),
dates and times, and references to things ("order number", "ticket").
"""

from __future__ import annotations

from functools import lru_cache

import regex as re
from presidio_analyzer import LocalRecognizer, RecognizerResult

from client.scrub.gates import _digits
from client.scrub.ids import _NOT_PERSONAL
from client.scrub.numbers import _DATE, _TIMES, _YEARS, amount_or_quantity

# Words for a phone in English and in the languages of chat text (general
# knowledge): Spanish, Portuguese, French, Italian, German, Dutch, Turkish,
# Indonesian and Malay, Vietnamese (with and without marks), Swahili,
# Persian and Arabic in Latin letters, Filipino.
_PHONE_CUES = (
    r"(?:my|your|his|her|our|their|the|new|old|mobile|cell|phone|contact|whatsapp|home|work|office)\s+"
    r"(?:number|no\.?|num|nr\.?|#)", r"ph(?:one)?\s*(?:no|num|#)\.?", r"mob(?:ile)?(?:\s+no\.?)?", "phone",
    "telephone", "cell(?:phone)?", r"tel(?:e?p)?\.?(?:\s+no\.?)?", r"whats\s?app", "wa", "viber", "hp", "handphone",
    r"no\.?\s*(?:hp|telp?|wa)", r"nomor(?:\s+(?:hp|telepon|wa))?", "telepon", "sdt",
    r"s[oố]\s+[dđ]i[eệ]n\s+tho[aạ]i",
    r"(?:mi|meu|mon|mio|mein|su|seu)\s+n[uú]m[eé]ro", "celular", "cel", r"m[oó]vil", r"tel[eé]fono", "telefone",
    "telefon", "numaram", "numara", "gsm", "handy", "portable", "natel", "simu", r"namba(?:\s+yangu)?",
    "nambari", r"shomare(?:\s+(?:man|am))?", r"raqam(?:i)?", r"call(?:\s+me)?(?:\s+(?:on|at))?",
    r"(?:text|sms|ring|reach|ping)\s+me\s+(?:on|at)", r"contact(?:\s+(?:no\.?|number|me\s+(?:on|at)))?", "sms",
)
_PHONE_FILLER = r"\s*[:#=-]?\s*(?:(?:is|was|es|é|est|ni|adalah|là|on|at|=)(?![^\W\d])\s*[:#=-]?\s*){0,2}"
# A phone as typed: "+" or "00" and a country code, a trunk "(0)", groups of
# digits joined by one space, dot or dash, an area code in brackets.
_PHONE_VALUE = r"(?:\+|00)?\(?\d{1,5}\)?(?:[ .-]?\(?\d{1,5}\)?){0,6}"
_ACCOUNT_CUES = (
    r"(?:bank\s+)?(?:account|acc|acct|a/c)(?:\s*(?:no\.?|number|num|nr\.?|#))?", "bank account", "bban", "nuban",
    r"(?:no\.?\s*)?rek(?:ening)?(?:\s+bank)?", "norek", r"(?:n[uú]mero\s+de\s+)?cuenta", "conta", "compte",
    r"konto(?:nummer|nr\.?)?", "rekeningnummer", "clabe", "cbu", "cci",
)
_LETTERS = re.compile(r"([A-Za-z]+)[ -]?")
_ACCOUNT_VALUE = r"(?:[A-Za-z]{1,4}[ -]?)?\d(?:\d|[ -](?=\d)){5,33}"


def _result(recognizer, kind, start, end, score=0.6):
    return RecognizerResult(
        entity_type=kind, start=start, end=end, score=score,
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
        },
    )


def _ordinary(text: str, start: int, end: int) -> bool:
    """Money, a quantity, a date, a time, a year range, or a thing's reference."""
    bare = text[start:end].strip("()+")
    return bool(amount_or_quantity(text, start, end) or _DATE.fullmatch(bare) or _TIMES.fullmatch(bare)
                or _YEARS.fullmatch(bare) or _NOT_PERSONAL.search(text, max(0, start - 40), start))


@lru_cache(maxsize=1)
def _regions_by_length() -> dict[int, tuple[str, ...]]:
    """National number lengths -> the regions whose numbers have them
    (libphonenumber's metadata, every region)."""
    import phonenumbers

    out: dict[int, list[str]] = {}
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
        for length in set(meta.general_desc.possible_length or ()):
            out.setdefault(length, []).append(region)
    return {length: tuple(regions) for length, regions in out.items()}


@lru_cache(maxsize=4096)
def valid_phone_somewhere(value: str) -> bool:
    """libphonenumber calls ``value`` a valid number: of its country when it
    opens with "+" or "00", else of some region (with or without its trunk
    prefix)."""
    import phonenumbers

    digits = "".join(c for c in value if c.isdigit())
    if not 5 <= len(digits) <= 15:
        return False
    if value.startswith(("+", "00")):
        try:
            return phonenumbers.is_valid_number(phonenumbers.parse("+" + digits.removeprefix("00")
                                                                   if value.startswith("00") else value, None))
        except phonenumbers.NumberParseException:
            return False
    regions = set()
    for length in {len(digits), len(digits) - 1, len(digits) - 2}:
        regions.update(_regions_by_length().get(length, ()))
    for region in sorted(regions):
        try:
            if phonenumbers.is_valid_number_for_region(phonenumbers.parse(digits, region), region):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


class PhoneAfterCueRecognizer(LocalRecognizer):
    """A number valid in some region right after a phone word (see the module)."""

    def __init__(self):
        super().__init__(supported_entities=["PHONE_NUMBER"], name="PhoneAfterCueRecognizer")

    def load(self) -> None:
        self.regex = re.compile(
            rf"(?i)(?<![\w/])(?:{'|'.join(_PHONE_CUES)})(?![^\W\d]){_PHONE_FILLER}"
            rf"(?P<value>{_PHONE_VALUE})(?![\w@]|[.,]\d)")
        valid_phone_somewhere("10000")  # loads every region's metadata now, not in the first text's analysis

    def analyze(self, text, entities, nlp_artifacts=None):
        if _digits(text) < 5:
            return []
        out = []
        for match in self.regex.finditer(text):
            value = match.group("value").rstrip(" .-")
            start = match.start("value")
            if value.startswith("(") and ")" not in value:
                value, start = value[1:], start + 1
            end = start + len(value)
            digits = sum(c.isdigit() for c in value)
            if not 5 <= digits <= 15 or _ordinary(text, start, end) or (
                    digits < 7 and not valid_phone_somewhere(value)):
                continue
            out.append(_result(self, "PHONE_NUMBER", start, end))
        return out


class AccountAfterCueRecognizer(LocalRecognizer):
    """A bank account number right after its name (see the module)."""

    def __init__(self):
        super().__init__(supported_entities=["BANK_ACCOUNT"], name="AccountAfterCueRecognizer")

    def load(self) -> None:
        from client.scrub.words import _english_words

        self.english = _english_words()
        self.regex = re.compile(
            rf"(?i)(?<![\w/])(?:{'|'.join(_ACCOUNT_CUES)})(?![^\W\d])"
            r"\s*[:#=-]?\s*(?:(?:is|was|no\.?|number|num|#|my|the|of|es|é)(?![^\W\d])\s*[:#=-]?\s*){0,3}"
            rf"(?P<value>{_ACCOUNT_VALUE})(?![\w@]|[.,]\d)")

    def analyze(self, text, entities, nlp_artifacts=None):
        if _digits(text) < 6:
            return []
        out = []
        for match in self.regex.finditer(text):
            value = match.group("value").rstrip(" -")
            start = match.start("value")
            head = _LETTERS.match(value)
            if head and head.group(1).lower() in self.english:  # "the account has 2499013": no bank code
                value, start = value[head.end():], start + head.end()
            if sum(c.isdigit() for c in value) < 6 or _ordinary(text, start, start + len(value)):
                continue
            out.append(_result(self, "BANK_ACCOUNT", start, start + len(value)))
        return out
