"""Dates written with a month name of another language or calendar, as chat
in English writes them when the writer or the date comes from elsewhere: "15
mayo", "11 de marzo de 1983", "1. oktober 1957", "le 3 mars 2024", "oktober
28, 2001", "15 ramadan 1445", "12 farvardin 1401", "24 tishrei".

Month names: every Faker locale's date provider (``MONTH_NAMES``, 40 locales;
also written without accents, as chat drops them), every CLDR locale in Latin
script (``data/cldr_months.txt``, built from babel by
``scripts/build_cldr_months.py``: "febreiro", "maarts", "lug", "set"; a
name that is an English word at all, "gene", "marc", "luna", counts as
ambiguous), the languages Faker has
no date provider for among the larger ones (Hungarian, Croatian, Indonesian),
and the months of the Islamic (Hijri), Hebrew and Persian calendars in their
usual English romanisations. English month names are ``dates.py``'s.

A name that is also a frequent English word ("mars", "posh", "mayo") or has three
letters ("tir", "dey") counts only with a year after it ("3 mars 2024") or a
French / German / Spanish / Italian article before the day ("le 3 mars", "am
3. mai"); a name first needs its day and a year, or a day that a unit does
not follow ("oktober 28, 2001", "marzo 3"). The year may be Gregorian, Hijri
(13xx-14xx) or Buddhist (25xx).
"""

from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from functools import lru_cache
from pathlib import Path

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

from client.scrub.gates import _digits, _gated

# "mayo", "mars", "posh" are English words too; names ("julio", "marco") are rarer.
_ENGLISH_WORD_FREQUENCY = 500
_ENGLISH_MONTHS = frozenset("""january february march april may june july august september october november
december""".split())
# Months of the larger languages Faker has no date provider for.
_MORE_MONTHS = """január február március április május június július augusztus szeptember október
siječanj veljača ožujak travanj svibanj lipanj srpanj kolovoz rujan listopad studeni prosinac
januari februari maret mei juni juli agustus oktober desember""".split()
# Islamic (Hijri), Hebrew and Persian (solar Hijri) months, romanised as English text writes them.
_CALENDAR_MONTHS = """muharram safar rabi-ul-awwal rabi-ul-akhir rabi-al-awwal rabi-al-thani rabi-al-akhir
rabi-ul-thani jumada-al-awwal jumada-al-ula jumada-al-thani jumada-al-akhirah jumada-al-akhira
jumada-ul-awwal jumada-ul-akhir rajab shaban sha'ban ramadan ramadhan ramzan shawwal dhul-qadah
dhu-al-qadah dhul-qa'dah dhu-al-qa'dah dhul-qidah dhul-hijjah dhu-al-hijjah zul-hijjah
tishrei tishri cheshvan heshvan marcheshvan kislev tevet shevat adar nisan iyar sivan tammuz av elul
farvardin ordibehesht khordad tir mordad amordad shahrivar mehr aban azar dey bahman esfand""".split()


_CLDR_MONTHS = Path(__file__).parent / "data" / "cldr_months.txt"


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def month_names() -> tuple[frozenset[str], frozenset[str]]:
    """(names, names that need a year or an article: English words, three letters), lower case."""
    import faker.providers.date_time as date_time

    from client.scrub.words import _english_frequencies

    names = set()
    for module in pkgutil.iter_modules(date_time.__path__):
        provider = importlib.import_module(f"{date_time.__name__}.{module.name}").Provider
        for attr in ("MONTH_NAMES", "TRADITIONAL_MONTH_NAMES"):
            names.update(v.lower() for v in (getattr(provider, attr, None) or {}).values())
    names.update(_MORE_MONTHS)
    names |= {_fold(n) for n in names}
    names = {n for n in names if n not in _ENGLISH_MONTHS and len(n) >= 2}
    names.update(_CALENDAR_MONTHS)
    frequency = _english_frequencies()
    ambiguous = {n for n in names if frequency.get(n, 0) >= _ENGLISH_WORD_FREQUENCY or len(n) <= 3}
    with open(_CLDR_MONTHS, encoding="utf-8") as f:
        cldr = {w for w in (line.strip() for line in f) if w and not w.startswith("#")} - names - _ENGLISH_MONTHS
    names |= cldr
    ambiguous |= {n for n in cldr if n in frequency or len(n) <= 3}
    return frozenset(names), frozenset(ambiguous)


def _alternation(words) -> str:
    """The names as one regex, shared prefixes merged (a trie): with some
    3,000 CLDR names a flat alternation tried each name at every word before
    a number. A longer name wins over a shorter one it starts with ("rabi al
    awwal"), as the optional ending is tried first."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in "\0".join(_SPLIT.split(word)):  # \0: a space or dash between words
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    branches = [(r"[\s-]+" if c == "\0" else re.escape(c)) + _trie_regex(child)
                for c, child in sorted(node.items()) if c]
    if not branches:
        return ""
    body = "(?:" + "|".join(branches) + ")" if len(branches) > 1 else branches[0]
    return f"(?:{body})?" if "" in node else body


_SPLIT = re.compile(r"[\s-]+")
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_YEAR = r"(?:19|20|13|14|25)\d\d\b"
# "1.", "1er", "1º", "1st"; "de" / "of" between: "11 de marzo", "3rd of shawwal".
_DAY_BEFORE = rf"\b(?<![\d.,/:-]){_DAY}(?:\.|º|ª|er|st|nd|rd|th)?\s*(?:(?:de|of)\s+)?(?=[^\W\d_])"
_YEAR_AFTER = rf",?\s+(?:(?:de|del|of)\s+)?{_YEAR}"
_ARTICLE = r"(?<=\b(?:le|am|el|il|den|dne|du|vom|al)\s+)"
_NOT_UNIT = (r"(?!\s*(?:%|:\d|[ap]\.?m\b|hours?|hrs?\b|minutes?|mins?\b|days?|weeks?|months?|years?|times?|items?|"
             r"people|euros?|dollars?|pounds?|\.\d|,\d(?!\s)))")


def world_date_recognizer() -> PatternRecognizer:
    names, ambiguous = month_names()
    clear = _alternation(names - ambiguous)
    unsure = _alternation(ambiguous)
    single = _alternation(n for n in names - ambiguous if not _SPLIT.search(n))
    return _gated(PatternRecognizer, _maybe_world_date)(
        supported_entity="DATE_TIME",
        name="WorldMonthDateRecognizer",
        patterns=[
            # (opened, as the next, by a look-ahead for the digit that _DAY_BEFORE starts with: the same
            # matches, its look-behind and month names tried only there, a seventh of the time on long text)
            Pattern("day world month", rf"(?=\d){_DAY_BEFORE}{clear}(?![\w'-])(?:{_YEAR_AFTER})?", 0.55),
            Pattern("day world month, year", rf"(?=\d)(?:{_DAY_BEFORE}{unsure}(?![\w'-]){_YEAR_AFTER}"
                    rf"|{_ARTICLE}{_DAY_BEFORE}{unsure}(?![\w'-])(?:{_YEAR_AFTER})?)", 0.5),
            # "oktober 28, 2001", "marzo 3", "maarts 1949", "marzo de 1983" (a month with its year is a date)
            Pattern("world month day", rf"\b(?=[^\W\d_]+\.?,?\s+(?:(?:de|del|of)\s+)?\d){single}\.?"
                    rf"(?:{_YEAR_AFTER}(?![.,/:-]?\d)|\s+{_DAY}"
                    rf"(?:st|nd|rd|th)?\b(?![\d/:.]\d){_NOT_UNIT}(?:,?\s+{_YEAR})?)"
                    rf"|\b(?=[^\W\d_]+\s+\d){unsure}\s+{_DAY}\b,?\s+{_YEAR}", 0.5),
            # "1982 setul", "2013 maw 21": CLDR's year-first order
            Pattern("year world month", rf"\b(?<![\d.,/:-])(?:19|20)\d\d,?\s+{clear}(?![\w'-])(?:,?\s+{_DAY}\b"
                    rf"(?![\d/:.]\d){_NOT_UNIT})?", 0.5),
        ],
        global_regex_flags=re.IGNORECASE | re.MULTILINE,
    )


def _maybe_world_date(text: str) -> bool:
    return _digits(text) > 0
