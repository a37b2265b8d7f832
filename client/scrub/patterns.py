"""Pattern recognizers: Presidio's own where they do the job, ours where they miss
(phones in many formats, postcodes, bank accounts, other ids, titled names,
written dates, organisations with a legal form)."""

from __future__ import annotations

import regex as re
from presidio_analyzer import LocalRecognizer, Pattern, PatternRecognizer, RecognizerResult

from client.scrub.age_cues import AgeCueRecognizer
from client.scrub.age_frames import AgeFrameRecognizer
from client.scrub.ages import _age_recognizer
from client.scrub.caseless import _caseless_script_recognizer
from client.scrub.gates import _DATE_HINT, _DOMAIN_HINT, GatedPattern, _digits, _gated
from client.scrub.organizations import ChatOrganizationRecognizer
from client.scrub.words import _TITLES, _english_words

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
                    rf"(?<![\w&'’.-])(?!(?:The|A|An|My|Your|Our|Their|His|Her|This|That)\b)"
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
        name = pattern_text.rsplit(None, 1)[0]
        if not any(c.isalpha() for c in name):
            return True  # a number before a unit, no firm: "2 kg of roses" (KG), "3 co"
        match = self._generic.search(pattern_text)
        if not match:
            return False
        if self._english is None:
            self._english = _english_words()
        head = pattern_text[: match.start()].replace(",", " ").split()
        return all(w.lower() in self._english for w in head)


_SSN_SHAPE = re.compile(r"^\d{3}[- .]\d{2}[- .]\d{4}$")


class NationalIdRecognizer(PatternRecognizer):
    """Other national ids: weak digit and code runs that need a context word.
    The US SSN shape is left to Presidio's ``UsSsnRecognizer``, which rejects
    invalid groups and the published specimen numbers on purpose."""

    def invalidate_result(self, pattern_text: str):
        return bool(_SSN_SHAPE.match(pattern_text))


# Legal forms that end a company name typed in lower case ("koa corporation",
# "4d pharma plc"); the short ones that are also words ("co", "sa") are left out.
_LOWER_LEGAL_FORMS = frozenset("""inc inc. incorporated corp corp. corporation ltd ltd. limited llc
llp plc gmbh pty bhd spa srl holdings industries""".split())


class LowerCaseOrganizationRecognizer(LocalRecognizer):
    """A lower-case legal form and up to four words before it that are neither
    stop words nor everyday words: "seadrill limited", "jindal stainless ltd".
    The pattern recognizer above needs capitals and misses chat text."""

    def __init__(self):
        super().__init__(supported_entities=["ORGANIZATION"], name="LowerCaseOrganizationRecognizer")

    def load(self) -> None:
        from spacy.lang.en.stop_words import STOP_WORDS

        self.stop = frozenset(STOP_WORDS) | {"company", "account", "card", "bank", "app"}

    def analyze(self, text, entities, nlp_artifacts=None):
        if nlp_artifacts is None:
            return []
        lowers = nlp_artifacts.lemmas
        if _LOWER_LEGAL_FORMS.isdisjoint(lowers):
            return []
        words, starts, ends = nlp_artifacts.token_texts, nlp_artifacts.tokens_indices, nlp_artifacts.token_ends
        out = []
        for k, low in enumerate(lowers):
            if low not in _LOWER_LEGAL_FORMS or not words[k].islower():
                continue
            a = k
            while a > 0 and k - a < 4 and words[a - 1].islower() and any(c.isalnum() for c in words[a - 1]) \
                    and lowers[a - 1] not in self.stop:
                a -= 1
            if a == k:
                continue
            end = ends[k] + (1 if text.startswith(".", ends[k]) and low in ("inc", "corp", "ltd") else 0)
            out.append(RecognizerResult(
                entity_type="ORGANIZATION", start=starts[a], end=end, score=0.5,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            ))
        return out


_NAMED_POSTCODE = (
    # The look-ahead is the match's own start: it spares the look-behind
    # below at every position where no postcode can begin.
    r"(?i)(?=[A-Z]{0,2}-?\d)(?<=\b(?:post\s?codes?|postal\s?codes?|zip\s?codes?|zip|pin\s?codes?|pincode|plz|eircode"
    # ... and its name in other languages: "cp 28013", "cep 01310-100", "psc 110 00"
    r"|cp|c\.p\.|cep|c[oó]digo\s+postal|code\s+postal|postnummer|postnr\.?|postinumero|psc|psč|kod\s+pocztowy"
    r"|irsz\.?|postleitzahl)"
    r"(?:\s*[:#=-])?\s*(?:(?:is|was|on|my|the|card|file|account|its|it's|new|old|of|now|as|should|be|changed|"
    r"to)\s+){0,4})"
    r"[A-Z]{0,2}-?\d[A-Z\d]{1,7}(?:[ -](?=[A-Z]{0,3}\d)[A-Z\d]{2,4}\b"
    # Dutch letters after the digits, not an English word: "postcode 2490 aa"
    r"|\s(?!(?:is|in|on|at|to|of|or|an|as|be|by|do|go|he|if|it|me|my|no|so|up|us|we|am|ok)\b)[A-Z]{2}\b)?(?![\w-])"
)


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
            Pattern("ZIP", r"\b\d{5}(?:-\d{4})?\b", 0.05),
            Pattern("postcode", r"\b\d{4}(?:-\d{3})?\b", 0.01),
            Pattern("NNN NN", r"\b\d{3}\s\d{2}\b", 0.05),
            Pattern("NNNN AA", r"\b\d{4}\s?[A-Z]{2}\b", 0.3),
            # Any national shape right after its name: "postcode 94-234",
            # "my zip is 5381yn", "eircode d29 v6a6", "pin code 560001".
            # (gate: the look-behind's names of a postcode, each at a word's start)
            GatedPattern("named postcode", _NAMED_POSTCODE, 0.7,
                         gate=r"\b(?:post|zip|pin|plz|eircode|cp|c\.p|cep|c[oó]digo|code|psc|psč|kod|irsz)"),
            # A postcode named after it or after a delivery cue: "moved to the 34092 area",
            # "00-940 district", "is 110 00 covered?", "do you deliver to 95014".
            GatedPattern("postcode before area", r"(?<![\w.,$£€-])(?:\d{5,8}(?:-\d{3})?|(?!19\d\d|20\d\d)\d{4}"
                         r"|\d{2}-\d{3}|\d{3}\s\d{2}|[A-Z]{1,2}-\d{4,5})"
                         r"(?=\s+(?:area|district|postcode|post\s?code|zip|region|covered)\b)", 0.6,
                         gate=r"\s(?:area|district|postcode|post\s?code|zip|region|covered)\b"),  # (gate: the look-ahead)
            GatedPattern("postcode after delivery", r"(?<=\bdeliver(?:y|ies|s)?\s+(?:to|in|into)\s+)(?:\d{5,8}(?:-\d{3})?"
                         r"|\d{2}-\d{3}|[A-Z]{1,2}-\d{4,5})(?![\w-])", 0.6,
                         gate=r"\bdeliver"),  # (gate: the look-behind's word)
        ],
        context=["zip", "postcode", "postal", "post code", "code", "address"],
    )

    phone = _gated(PatternRecognizer, _digits)(
        supported_entity="PHONE_NUMBER",
        name="PhoneNumberRecognizer",
        patterns=[
            Pattern(
                "international",
                r"(?<![\w+])(?<!\d[.,])(?:\+|00)\d{1,3}[\s.-]?(?:\(0\)\s?)?(?:\(?\d{1,5}\)?[\s.-]?){1,5}\d{2,5}"
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
                "grouped digits",  # (not the groups of an amount: "2.007.510 kr")
                r"(?<![\w+-])(?<!\d[.,])\(?0\d{1,5}\)?[\s.-]?\d{2,4}(?:[\s.-]?\d{2,4}){1,3}"
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
                # (five digits or more: "12.50" after "number" is a price)
                r"(?<![\w+-])(?<!\d[.,])(?=(?:[\s.-]?\d){5})\d{2,4}(?:[\s.-]\d{2,8}){1,3}(?!\w)",
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
        ],
        context=["account", "acct", "a/c", "bank", "sort", "routing", "aba", "checking",
                 "savings", "deposit", "iban", "bic", "swift", "wire"],
    )

    national_id = _gated(NationalIdRecognizer, _digits)(
        supported_entity="NATIONAL_ID",
        name="NationalIdRecognizer",
        patterns=[
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
    return [postcode, phone, person_titled, _age_recognizer(), AgeCueRecognizer(), AgeFrameRecognizer(), bank, national_id, dates,
            OrganizationRecognizer(), LowerCaseOrganizationRecognizer(), ChatOrganizationRecognizer(),
            _caseless_script_recognizer()]


# A lower-case word, a dot and a capitalised word with nothing after: two
# sentences with the space after the full stop missing ("results.You will",
# "hour.Please"), not a host name ("www.bank.com", "Example.com").
_NO_SENTENCE_JOIN = r"(?!(?-i:[a-z0-9\-]*[a-z]\.[A-Z][a-z]*)(?![\w.\-/]))"


def _url_patterns() -> list[Pattern]:
    """Presidio's URL patterns, each starting only where a host name can start.
    The schema-less one has no left boundary: it tried every character of a
    dotted run ("a.b.c.a.b.c...") as a start, with up to 253 characters and a
    thousand TLDs each, seconds per kilobyte of such text."""
    from presidio_analyzer.predefined_recognizers import UrlRecognizer

    start = r"(?<![a-z0-9.\-])"
    out = []
    for p in UrlRecognizer.PATTERNS:
        regex = p.regex
        if regex.startswith("(?i)"):
            # (no look-ahead for a letter after the match: it spared "hour.pl|ease"
            # but lost hosts whose top-level domain no list holds, session 17)
            regex = "(?i)" + start + (_NO_SENTENCE_JOIN if "schema" in p.name.lower() else "") + regex[4:]
        out.append(Pattern(p.name, regex, p.score))
    return out


_ASCII_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _caseless_iban_class():
    from presidio_analyzer.predefined_recognizers import IbanRecognizer

    class CaselessIbanRecognizer(IbanRecognizer):
        """Presidio's IBAN recognizer (country code, checksum) on the text with
        ASCII letters upper-cased, same length: chat types "gb82west...".
        """

        def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
            return super().analyze(text.translate(_ASCII_UPPER), entities, nlp_artifacts, regex_flags)

    return CaselessIbanRecognizer


def _with_gates(patterns, gates: dict) -> list:
    """``patterns`` (Presidio's), those named in ``gates`` tried only where
    their gate finds something (see ``GatedPattern``)."""
    missing = set(gates) - {p.name for p in patterns}
    if missing:
        raise ValueError(f"no pattern named {sorted(missing)}")
    return [GatedPattern(p.name, p.regex, p.score, gate=gates[p.name]) if p.name in gates else p for p in patterns]


def _presidio_recognizers() -> list:
    from presidio_analyzer.predefined_recognizers import (
        AbaRoutingRecognizer,
        CaPostalCodeRecognizer,
        CreditCardRecognizer,
        DateRecognizer,
        IpRecognizer,
        SpacyRecognizer,
        UkNinoRecognizer,
        UkPostcodeRecognizer,
        UrlRecognizer,
        UsSsnRecognizer,
    )

    CaselessIbanRecognizer = _caseless_iban_class()
    return [
        SpacyRecognizer(supported_entities=["PERSON", "LOCATION", "ORGANIZATION"]),
        # Presidio's patterns stop at 16 digits and miss the 2-series
        # Mastercard range; any 12-19 digit run that passes Luhn is a card.
        _gated(CreditCardRecognizer, lambda t: _digits(t) >= 12)(patterns=[
            *CreditCardRecognizer.PATTERNS,
            Pattern("Luhn 12-19 digits", r"\b(?:\d[ -]?){11,18}\d\b", 0.3),
        ]),
        _gated(CaselessIbanRecognizer, lambda t: _digits(t) >= 8)(),
        # (gates: every IPv6 form, mapped and embedded IPv4 ones too, holds a colon)
        _gated(IpRecognizer, lambda t: _digits(t) >= 2 and ("." in t or ":" in t))(patterns=_with_gates(
            IpRecognizer.PATTERNS, {"IPv4_mapped": ":", "IPv4_embedded": ":", "IPv6": ":", "IPv6_unspecified": ":"})),
        _gated(UrlRecognizer, _DOMAIN_HINT.search)(patterns=_url_patterns()),
        _gated(DateRecognizer, _DATE_HINT.search)(),
        _gated(UsSsnRecognizer, lambda t: _digits(t) >= 9)(supported_entity="NATIONAL_ID"),
        # (gate: the pattern's six digits and suffix letter, as they are in it)
        _gated(UkNinoRecognizer, lambda t: _digits(t) >= 6)(supported_entity="NATIONAL_ID", patterns=_with_gates(
            UkNinoRecognizer.PATTERNS, {"NINO (medium)": r"[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[a-dA-D]\b"})),
        # ABA routing numbers: Presidio's checksum-validated patterns.
        _gated(AbaRoutingRecognizer, lambda t: _digits(t) >= 9)(supported_entity="BANK_ACCOUNT"),
        # UK and Canadian postcodes: Presidio's position-checked patterns. A full
        # postcode in a customer's message is an address part, so the spaced
        # (canonical) forms need no context word here; Presidio's scores are
        # tuned for general text (0.1 / 0.3).
        _gated(UkPostcodeRecognizer, _digits)(
            supported_entity="ADDRESS",
            # (gate: the inward code "9AA" that ends every branch, "GIR 0AA" too)
            patterns=_with_gates([Pattern(p.name, p.regex, 0.5) for p in UkPostcodeRecognizer.PATTERNS],
                                 {"UK Postcode": r"[0-9][ABD-HJLNP-UW-Z]{2}\b"}),
        ),
        _gated(CaPostalCodeRecognizer, _digits)(
            supported_entity="ADDRESS",
            patterns=[Pattern(p.name, p.regex, 0.5 if " " in p.regex else p.score)
                      for p in CaPostalCodeRecognizer.PATTERNS],
        ),
    ]
