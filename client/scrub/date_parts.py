"""Dates as runs of date parts with any separator between them (session 15).

Earlier rounds listed shapes ("3 june", "05.06.23", "12/sep/2021"); text
that joins the same parts with another separator slipped through ("may. 28.
2013", "aug. - 28th", "1963 - aug. - 10", "sep_19_'04", "10 - 04 - '05",
"7, 22, 1994", "14.II.1985", "born june 81"). ``DatePartsRecognizer``
(``DATE_TIME``) reads a date as parts rather than a shape:

* a month name (or its abbreviation, with or without a dot) and a day, in
  either order, with a year or not, joined by any one or two of ``/ . - _ ,``
  with spaces or not, or by "of (the)"; or a year, a month name and a day;
* a month name and a year: four digits, ``'85``, or two digits 32-99 (a
  number 1-31 would be a day; "june 81" is a year);
* a day, a Roman month (I-XII) and a four-digit year, or the reverse;
* three numbers joined by the same separator where one is a four-digit year
  (1900-2099) or ``'yy`` and the other two are a day and a month in either
  order ("6_14_1997", "14th - 05 - 1957", "12. 25. '07"); with commas only a
  day past 12 and a four-digit year ("7, 22, 1994"; "room 12, 4, 2019" is a
  list);
* a month in digits and a year with its apostrophe ("09.'97", "11/'81").

The policy is kept: each needs a day or a month with its year; a month alone,
a year alone and a weekday stay. "may" and "march" with only spaces around
them are left to ``dates.py`` (they are verbs too: "i may 3 times", "we march
2 miles"), and a unit or amount after the run keeps it ("june 81 pages").
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import LocalRecognizer, RecognizerResult

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.{0,2}")
_ROMAN = r"(?-i:(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I|xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i))"
_SUFFIX = r"(?:st|nd|rd|th)"
_DAY = rf"(?<![\d.,/:])(?:0?[1-9]|[12]\d|3[01]){_SUFFIX}?(?![\d]|[.,]\d{{3}})"
_DAY_NUM = r"(?<![\d.,'])(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?!\d)"
_MON_NUM = r"(?<![\d.,'])(?:0?[1-9]|1[0-2])(?!\d)"
_YEAR4 = r"(?<!\d)(?:19|20)\d\d(?!\d)"
_YEAR = rf"(?:{_YEAR4}|'\d\d(?!\d)|(?<!\d)\d\d(?![\d.,]?\d))"
_YEAR_LATE = r"(?:(?<!\d)(?:19|20)\d\d(?!\d)|'\d\d(?!\d)|(?<!\d)[3-9]\d(?![.,]?\d))"  # "june 81": 32-99 is a year
# Between parts: one or two of / . - _ , (spaces around or not), or "of (the)", or a space alone.
_PUNCT = r"(?:\s*[/.\-_,–]{1,2}\s*)"
_SEP = rf"(?:{_PUNCT}(?:the\s+)?|\s+of\s+(?:the\s+)?|\s+(?:the\s+)?)"
# A unit, amount or time word after the run makes its number a count: "june 81 pages", "may. 3 times".
_NOT_UNIT = (r"(?!\s*(?:%|:\d|[ap]\.?m\b|hours?|hrs?\b|minutes?|mins?\b|days?|weeks?|months?|years?|times?|"
             r"payments?|cards?|miles?|km\b|kg\b|items?|pages?|people|persons?|euros?|dollars?|pounds?|quid))")
# "may" / "march" / "mar" with only spaces around are left to dates.py.
_SENTENCE_END = re.compile(r"^\s*\.\s+$")
_VERB_MONTH = re.compile(r"(?i)^(?:may|march|mar)$")

_PATTERNS = [
    # month day [year] / day month [year] / year month day
    re.compile(rf"(?i)(?<![\w'’])(?P<m>{_MONTH})(?P<s1>{_SEP})(?P<d>{_DAY})(?:(?P<s2>{_SEP})(?P<y>{_YEAR}))?{_NOT_UNIT}"),
    re.compile(rf"(?i)(?<![\w'’])(?P<d>{_DAY})(?P<s1>{_SEP})(?P<m>{_MONTH})(?:(?P<s2>{_SEP})(?P<y>{_YEAR}))?"
               rf"(?![\w']){_NOT_UNIT}"),
    re.compile(rf"(?i)(?<![\w'’])(?P<y>{_YEAR4}|'\d\d)(?P<s1>{_SEP})(?P<m>{_MONTH})(?P<s2>{_SEP})(?P<d>{_DAY})"
               rf"(?![\w']){_NOT_UNIT}"),
    # month year
    re.compile(rf"(?i)(?<![\w'’])(?P<m>{_MONTH})(?P<s1>{_SEP}|)(?P<y>{_YEAR_LATE})(?![\w']){_NOT_UNIT}"),
]
# Roman months: "14.II.1985", "1986 - X - 28"; the separator is punctuation or a dash.
_ROMAN_DATE = re.compile(
    rf"(?<![\w'’])(?:{_DAY_NUM}{_PUNCT}{_ROMAN}{_PUNCT}{_YEAR4}|{_YEAR4}{_PUNCT}{_ROMAN}{_PUNCT}{_DAY_NUM})(?![\w'])"
)
# A month in digits and a year with its apostrophe: "09.'97", "01_'95", "11/'81".
_MONTH_YEAR = re.compile(r"(?<![\w'’.,/-])(?:0?[1-9]|1[0-2])\s?[/.\-_]\s?'\d\d(?![\w'])")
# Three numbers, the same separator twice, one a year: "6_14_1997", "10 - 04 - '05", "7, 22, 1994".
_NUMERIC = re.compile(
    rf"(?<![\w'’.,/-])(?P<a>{_DAY_NUM})(?P<s>\s*[/.\-_,]\s*)(?P<b>{_DAY_NUM})(?P=s)(?P<y>{_YEAR4}|'\d\d)(?![\w'.,/-]\w)"
    rf"{_NOT_UNIT}"
    rf"|(?<![\w'’.,/-])(?P<y>{_YEAR4})(?P<s>\s*[/.\-_,]\s*)(?P<a>{_DAY_NUM})(?P=s)(?P<b>{_DAY_NUM})(?![\w'.,/-]\w)"
    rf"{_NOT_UNIT}"
)
_GATE = re.compile(rf"(?i)(?<![a-z]){_MONTH}|\d\s*[/.\-_,]\s*'?\d|\d[.\s-]+[IVX]")
_SUFFIXES = re.compile(r"(?i)(?:st|nd|rd|th)$")


def _number(part: str) -> int:
    return int(_SUFFIXES.sub("", part.replace("the", "").strip()))


class DatePartsRecognizer(LocalRecognizer):
    """Dates read as parts (see the module's docstring)."""

    SCORE = 0.55

    def __init__(self):
        super().__init__(supported_entities=["DATE_TIME"], name="DatePartsRecognizer")

    def load(self) -> None:
        pass

    def _named(self, text):
        for rx in _PATTERNS:
            for m in rx.finditer(text):
                month = m.group("m").rstrip(".")
                seps = [m.group(k) for k in ("s1", "s2") if m.groupdict().get(k) is not None]
                if _VERB_MONTH.match(month) and not m.group("m").endswith(".") \
                        and all(not s.strip() for s in seps):
                    continue  # "i may 3 times", "we march 2 miles": dates.py decides
                if m.start("m") > m.start("s1") and _SENTENCE_END.match(m.group("s1")) and (
                        _VERB_MONTH.match(month) or any(c.isupper() for c in m.group("m"))):
                    continue  # "rated 4.5/5. May I choose": a new sentence, not a date
                if "d" not in m.groupdict() and not m.group("s1").strip() and m.group("y")[0] != "'" \
                        and len(m.group("y")) == 2 and len(month) <= 3 and not m.group("m").endswith("."):
                    continue  # "jun81", "oct 99" codes: a full name or an apostrophe for a two-digit year
                if "d" not in m.groupdict() and len(m.group("y")) == 2 and "," in m.group("s1"):
                    continue  # "in june, 45 of us": a count after a comma
                yield m.span()

    def _numeric(self, text):
        for m in _NUMERIC.finditer(text):
            a, b = _number(m.group("a")), _number(m.group("b"))
            if "," in m.group("s") and (max(a, b) <= 12 or len(m.group("y")) != 4):
                continue  # "room 12, 4, 2019": a list, unless a day past 12 and a full year make it "7, 22, 1994"
            if (a <= 12 and b <= 31) or (b <= 12 and a <= 31):
                yield m.span()

    def analyze(self, text, entities, nlp_artifacts=None):
        if not _GATE.search(text):
            return []
        spans = set(self._named(text)) | set(self._numeric(text)) | {m.span() for rx in (_ROMAN_DATE, _MONTH_YEAR) for m in rx.finditer(text)}
        return [
            RecognizerResult(
                entity_type="DATE_TIME", start=start, end=end, score=self.SCORE,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for start, end in sorted(spans)
        ]
