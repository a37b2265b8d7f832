"""Codes that mix letters and digits and that some country's validator in
python-stdnum accepts, with no cue: "acup a382 1a" (India's PAN),
"RCCMNL80S43D960B" (Italy's codice fiscale), "p489 8078 23a" (Kenya's KRA
PIN), "u135 3082 9" (Austria's UID), "zz 70 33 68 t" (a UK NINO).

``numbers.py`` reads such codes by their shape, but a code typed in groups
falls apart there into pieces of fewer than five digits each, and a code
that starts with four letters or more is read as a product name. Here the
groups next to each other are joined, upper-cased, and tried against the
validators of the stdnum modules whose own doctest examples have the same
pattern of letters and digits ("LLLLLDDDDL" for a PAN): only candidates of
a known pattern reach a validator, so most texts cost one dict lookup per
run of groups. Letters are required (at least one, and three digits or
more): a run of digits alone passes some country's checksum too often (a
date, an amount), and ``numbers.py`` already reads long ones.

Modules of things rather than people or firms (postcodes, banknotes,
securities, meter points, ...) are left out, and so is a module whose
validator accepts most random codes of its pattern (no checksum and no
fixed letters: it would mark product codes).
"""

from __future__ import annotations

import random
import string
from functools import lru_cache

import regex as re
from presidio_analyzer import LocalRecognizer, RecognizerResult

from client.scrub.gates import _digits

# Groups of letters and digits joined by one space, dash, dot or slash; no
# word character, '@' or '/' touches the run.
_RUN = re.compile(r"(?<![\w@/.'-])[A-Za-z\d]+(?:[ ./-][A-Za-z\d]+)*(?![\w@])")
_GROUP = re.compile(r"[A-Za-z\d]+")
# Module titles naming numbers of things, not of people or firms.
_NOT_IDS = ("postal", "postcode", "banknote", "securities", "meter", "drug", "receipt", "routing",
            "classification", "nace", "isil", "vehicle", "product", "article", "association",
            "stock", "cadastral", "catastral", "excise")
_EXAMPLE = re.compile(r">>> (?:validate|is_valid|compact|format)\('([^']+)'\)")
_MAX_LEN = 20
_MAX_GROUPS = 6


def _pattern(compact: str) -> str:
    return "".join("D" if c.isdigit() else "L" for c in compact)


def _valid(module, value: str) -> bool:
    try:
        return bool(module.is_valid(value))
    except Exception:  # noqa: BLE001 - a validator's error means "not valid"
        return False


def _compact(module, example: str) -> str:
    try:
        return module.compact(example)
    except Exception:  # noqa: BLE001 - no compact form
        return example


def _loose(module, example: str, rng: random.Random) -> bool:
    """The validator accepts three quarters of random codes of the
    example's pattern or more (no checksum, hardly a fixed letter)."""
    accepted = 0
    for _ in range(12):
        guess = "".join(rng.choice(string.digits) if c.isdigit() else rng.choice(string.ascii_uppercase)
                        for c in example)
        accepted += _valid(module, guess)
    return accepted >= 9


@lru_cache(maxsize=1)
def _validators() -> dict[str, tuple]:
    """Pattern of letters and digits -> stdnum modules whose own doctest
    examples have that pattern (country modules with letters in them)."""
    from stdnum.util import get_number_modules

    rng = random.Random(13)
    out: dict[str, list] = {}
    for module in get_number_modules():
        parts = module.__name__.split(".")
        if len(parts) != 3 or len(parts[1].rstrip("_")) != 2:
            continue
        title = (module.__doc__ or "").strip().split("\n", 1)[0].lower()
        if any(w in title for w in _NOT_IDS):
            continue
        examples = _EXAMPLE.findall(module.__doc__ or "")
        for example in examples + [_compact(module, e) for e in examples]:
            compact = "".join(_GROUP.findall(example)).upper()
            digits = sum(c.isdigit() for c in compact)
            if not (digits >= 3 and digits < len(compact) <= _MAX_LEN and _valid(module, compact)):
                continue
            key = _pattern(compact)
            if module not in out.get(key, ()) and not _loose(module, compact, rng):
                out.setdefault(key, []).append(module)
    return {k: tuple(v) for k, v in out.items()}


def _word(group: str) -> bool:
    """A group of letters only that is an English word ("is", "a", "year"):
    no part of a code ("the app version is 15.7.13", "it costs 4581518 a
    month")."""
    from client.scrub.words import _english_words

    return group.isalpha() and (len(group) > 6 or group.lower() in _english_words())


def _prefix(text: str, end: int) -> bool:
    """A group of letters tied to the next by a dash or a dot, as a
    country prefix is ("che-100.665.387", "bg-175098301"): part of a code
    even when it spells a word; the validator still decides."""
    return text[end:end + 1] in ("-", ".") and text[end + 1:end + 2].isdigit()


class ChecksumIdRecognizer(LocalRecognizer):
    """Lettered codes a country's stdnum validator accepts (see the module's
    docstring)."""

    SCORE = 0.6

    def __init__(self):
        super().__init__(supported_entities=["NATIONAL_ID"], name="ChecksumIdRecognizer")

    def load(self) -> None:
        self.validators = _validators()
        self.lengths = {len(k) for k in self.validators}

    def analyze(self, text, entities, nlp_artifacts=None):
        if _digits(text) < 3:
            return []
        out = []
        for run in _RUN.finditer(text):
            if not any(c.isdigit() for c in run.group()):
                continue
            groups = [(g.start(), g.end(), g.group().upper()) for g in _GROUP.finditer(text, run.start(), run.end())]
            if not any(not g.isdigit() and (not _word(g) or _prefix(text, end)) for _, end, g in groups):
                continue  # a code needs a letter, and words are no part of one
            k = 0
            while k < len(groups):
                found = self._longest(text, groups, k)
                if found is not None:
                    out.append(RecognizerResult(
                        entity_type="NATIONAL_ID", start=groups[k][0], end=groups[found][1], score=self.SCORE,
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        },
                    ))
                    k = found + 1
                else:
                    k += 1
        return out

    def _longest(self, text, groups, first) -> int | None:
        """The last group of the longest valid code starting at ``first``."""
        compact, best = "", None
        for last in range(first, min(first + _MAX_GROUPS, len(groups))):
            if _word(groups[last][2]) and not (last == first and _prefix(text, groups[last][1])):
                break
            compact += groups[last][2]
            if len(compact) > _MAX_LEN:
                break
            if len(compact) not in self.lengths or compact.isdigit() or compact.isalpha():
                continue
            modules = self.validators.get(_pattern(compact))
            if modules and any(_valid(m, compact) for m in modules):
                best = last
        return best
