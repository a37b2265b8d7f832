"""Dates whose English month name is misspelt: "febuary 12", "3rd marhc",
"octboer 22nd 1963", "decmber 2019", "januarry14". Chat drops, swaps, doubles
and mistypes letters; no list of misspellings can hold them all, so a word
next to a day or a year counts as a month when it is one slip from a month
name (an edit or a swap of two letters; two for a name of seven letters or
more), starts with the same letter, and is no English word at all
(pyspellchecker's dictionary: "match 3", "marsh 12", "junk 5", "augusta 3",
"decent 5" stay). Month names of other languages are ``world_dates.py``'s.
"""

from __future__ import annotations

from functools import lru_cache

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

from client.scrub.gates import _digits, _gated

_MONTHS = ("january", "february", "march", "april", "june", "july", "august", "september", "october",
           "november", "december")
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s*(?:of\s+)?(?:19|20)\d\d\b|\s+'\d\d\b)?"
_WORD = r"[^\W\d_]{4,11}"
# A count after the day: "febuary 3 times" is no date (the same units as dates.py's).
_NOT_UNIT = (r"(?!\s*(?:%|:\d|[ap]\.?m\b|hours?|hrs?\b|minutes?|mins?\b|days?|weeks?|months?|years?|times?|"
             r"items?|people|persons?|euros?|dollars?|pounds?|miles?|km\b|kg\b|\.\d|,(?!(?:19|20)\d\d\b)\d))")
_LETTERS = re.compile(r"[^\W\d_]+")
_SMALL_WORDS = frozenset(("the", "of", "st", "nd", "rd", "th"))


def _osa(a: str, b: str) -> int:
    """Edits from ``a`` to ``b``, a swap of two neighbouring letters one edit."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[i - 2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


@lru_cache(maxsize=4096)
def is_month_typo(word: str) -> bool:
    """``word`` (any case) is a slip of an English month name, and no English word."""
    from client.scrub.words import _english_frequencies

    word = word.lower()
    if word in _MONTHS or word in _english_frequencies():
        return False
    for month in _MONTHS:
        if word[0] != month[0] or abs(len(word) - len(month)) > 2:
            continue
        most = 2 if len(month) >= 7 and len(word) >= 6 else 1
        if _osa(word, month) <= most:
            return True
    return False


class _MonthTypoRecognizer(PatternRecognizer):
    """Keeps a match only when its one longer word is a misspelt month."""

    def invalidate_result(self, pattern_text: str) -> bool:
        words = [w for w in _LETTERS.findall(pattern_text) if w.lower() not in _SMALL_WORDS]
        return len(words) != 1 or not is_month_typo(words[0])


def month_typo_recognizer() -> PatternRecognizer:
    return _gated(_MonthTypoRecognizer, lambda text: _digits(text) > 0)(
        supported_entity="DATE_TIME",
        name="MonthTypoRecognizer",
        patterns=[
            # "febuary 12", "marhc 3rd, 2019", "octboer the 5th", "januarry14"
            Pattern("typo day", rf"\b{_WORD}\.?,?\s*(?:the\s+)?{_DAY}\b(?![\d/:.]\d){_NOT_UNIT}{_YEAR}", 0.5),
            # "12 febuary", "3rd of marhc 2019", "14noevmber" (opened by a look-ahead for _DAY's first
            # digit: the same matches, its look-behind tried only there, a quarter of the time)
            Pattern("day typo", rf"(?=\d)\b(?<![\d.,/:-]){_DAY}\.?\s*(?:of\s+)?{_WORD}\b{_YEAR}", 0.5),
            # "decmber 2019", "setpember of 2020"
            Pattern("typo year", rf"\b{_WORD},?\s+(?:of\s+)?(?:19|20)\d\d\b", 0.5),
        ],
        global_regex_flags=re.IGNORECASE | re.MULTILINE,
    )
