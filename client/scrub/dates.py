"""Dates without a year, or in written forms Presidio's ``DateRecognizer``
lacks: "3 june", "june 14th", "the 3rd of may", "3-7 june", "march third",
"march 2023", and a day/month "18/10" after a date cue ("dated 18/10",
"dob 18/10"). Written from the shapes people type; no data file.

A year alone and a weekday alone stay (the policy keeps them, as HIPAA Safe
Harbor keeps years); a month alone ("in march") stays too. "may" and "march"
are verbs as well: "the 10 may be wrong", "we march 2 miles" stay.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

from client.scrub.gates import _gated

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_MONTH_DOT = rf"{_MONTH}\b\.?"
_DAY_NUM = r"(?:0?[1-9]|[12]\d|3[01])"
_SUFFIX = r"(?:st|nd|rd|th)"
_DAY_WORD = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
             r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
             r"thirtieth|(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))")
_DAY_ORD = rf"(?:{_DAY_NUM}{_SUFFIX}|{_DAY_WORD})"
_DAY = rf"(?:{_DAY_NUM}{_SUFFIX}?|{_DAY_WORD})"
_RANGE = r"\s*(?:-|–|to|and|&|until|till|thru|through)\s*"
_DAYS = rf"(?:{_DAY}(?:{_RANGE}{_DAY})?)"
_YEAR = r"(?:,?\s*'?\d{4}\b|,?\s+'\d{2}\b)?"
# A number after a month that is a count or amount: "march 2 miles", "may 3 times".
_NOT_UNIT = (r"(?!\s*(?:%|:\d|[ap]\.?m\b|o'?clock|hours?|hrs?\b|minutes?|mins?\b|days?|weeks?|months?|"
             r"years?|times?|payments?|cards?|miles?|km\b|kg\b|items?|people|persons?|euros?|dollars?|"
             r"pounds?|\.\d|,\d))")
# "may" as a verb after an ordinal: "the 1st may be fine".
_NOT_VERB = r"(?!\s+(?:be|have|has|not|need|get|take|want|also|still|help|go|come|i|we|you|he|she|it|they)\b)"
# Cues before a day/month in digits or before "N may": "dated 18/10", "dob 3 may".
_CUE = (r"(?:on|by|from|since|until|till|til|before|after|dated?|due|dob|d\.o\.b\.?|born|birthday|"
        r"birth|expires?|expiry|exp|starting|starts?|effective|between|and|to|requested|ordered|visit|shift|"
        r"appointment|appt|meeting|booked|arrived|delivered|received|sent|called|paid|charged|leave|holiday)")
_DAY_MONTH_DIGITS = r"(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])"


def date_recognizer() -> PatternRecognizer:
    """Day and month in words, with or without a year; day/month in digits
    after a cue. Case-insensitive (chat is often lower case)."""
    return _gated(PatternRecognizer, _maybe_date)(
        supported_entity="DATE_TIME",
        name="DayMonthRecognizer",
        patterns=[
            # "3 june", "3rd of june", "the 3rd-7th june", "3 to 7 jun 2024"
            Pattern("day month", rf"\b(?<![\d.,/:-]){_DAYS}(?:\s+of)?\s+{_MONTH_DOT}(?!\w){_YEAR}", 0.6),
            # "3 may" is a date with an ordinal, "of", a cue before or a full stop, year or end after.
            Pattern("day may",
                    rf"(?:\b{_DAY_ORD}(?:{_RANGE}{_DAY})?(?:\s+of)?\s+may\b{_NOT_VERB}|\b{_DAYS}\s+of\s+may\b"
                    rf"|(?<=\b(?:{_CUE}|of)\s*:?\s*(?:the\s+)?){_DAYS}\s+may\b{_NOT_VERB}"
                    rf"|\b(?<![\d.,/:-]){_DAY}{_RANGE}{_DAY}\s+may\b|\b(?<![\d.,/:-]){_DAYS}\s+(?-i:May)\b"
                    rf"|\b(?<![\d.,/:-]){_DAYS}\s+may(?=\s*(?:$|[,.;:!?)]|\s\d{{4}})))"
                    rf"{_YEAR}", 0.6),
            # "june 14", "jun 14th", "june 3-7", "march third", "march 2023"
            Pattern("month day", rf"\b{_MONTH_DOT}\s*(?:the\s+)?{_DAYS}\b(?![\d/:.]\d){_NOT_UNIT}{_YEAR}", 0.6),
            # "may 26th", "dob may 26", "born on May 16", "on may 26." ("i may 3 times ask" stays)
            Pattern("may day", rf"(?:\bmay\s+(?:the\s+)?{_DAY_ORD}(?:{_RANGE}{_DAY})?\b"
                    rf"|(?<=\b{_CUE}\s*:?\s*)may\s+{_DAYS}\b(?![\d/:.]\d){_NOT_UNIT}"
                    rf"|(?<=[[:lower:],]\s)(?-i:May)\s+{_DAYS}\b(?![\d/:.]\d){_NOT_UNIT}"
                    rf"|\bmay\s+{_DAYS}(?=\s*(?:$|[,;:!?)]|\.(?!\d))))"
                    rf"{_YEAR}", 0.6),
            Pattern("month year", rf"\b(?:{_MONTH_DOT}|may),?\s+(?:19|20)\d\d\b", 0.5),
            # "dated 18/10", "dob: 3/4": a day and month with a cue only ("24/7", "3/4 of it" stay).
            Pattern("cued day/month",
                    rf"(?<=\b{_CUE}(?:\s+is)?\s*[:–-]?\s*(?:the\s+)?){_DAY_MONTH_DIGITS}(?![/\d])(?!\s+of\b)", 0.5),
        ],
        global_regex_flags=re.IGNORECASE | re.MULTILINE,
        context=["born", "birth", "dob", "birthday", "date"],
    )


_HINT = re.compile(rf"(?i)\b(?:{_MONTH}|may)\b|\d/\d")


def _maybe_date(text: str) -> bool:
    return bool(_HINT.search(text))
