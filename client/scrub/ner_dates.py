"""Dates and ages from spaCy's NER: its ``DATE`` and ``TIME`` spans, kept by
the entity policy.

The date rules (``dates.py``, ``date_parts.py``, ``world_dates.py``, ...)
list shapes; the NER has learned where a day and a month stand in English
prose ("on 18 May I tried", "the night of june 5"), so its spans catch
shapes no list foresaw. The engine keeps the ``DATE`` / ``TIME`` spans of
the text the NER read (the text itself, or its truecased copy at the same
offsets: ``nlp_engine.py``); texts the NER skips give none.

A span counts as a date (``DATE_TIME``) only when it names a specific day or
month of a year: a month name with a day or a year ("18 may", "march 2020",
"the 3rd of june"), a day and month in digits ("14.03.2022", "3/4/21"), or
eight digits that read as one ("19800906"). What the policy keeps stays: a
year or a weekday alone, a month alone, a time alone ("10:30"), a season or
quarter, and relative or vague spans ("yesterday", "last week", "3 days",
"a few months ago", "20 years"); so does a span holding a word of relative
time ("last march", "next june 5th"). A ``TIME`` span counts by the same
test (a time with its date: "march 3 2pm").

An age phrase the NER labels ``DATE`` ("42 years old", "42-year-old", "aged
42") is an ``AGE`` when a person word or pronoun comes right before it or is
its subject ("my son is 12 years old", "she was aged 42", "a 42-year-old
woman"), not a thing's ("my laptop is 3 years old"): only the number goes,
as for the age rules.
"""

from __future__ import annotations

import datetime as dt

import regex as re
from presidio_analyzer import LocalRecognizer, RecognizerResult

# English month names and their abbreviations ("sept", "sep.").
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_MONTH_WORD = re.compile(rf"(?i)(?<![^\W\d_]){_MONTH}(?![^\W_])\.?")
_DAY_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
              "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth")
# A day or a year beside the month: digits, an ordinal, or a spelled ordinal.
_NUMBER = re.compile(rf"(?i)\d|\b(?:{'|'.join(_DAY_WORDS.split())})\b")
# A day and month in digits, with the year or without ("14.03.2022", "3/4/21", "05-06").
_DIGIT_DATE = re.compile(r"(?<![\d.,/:-])(?:\d{1,2}[./]\d{1,2}(?:[./-]\d{2,4})?|\d{1,2}-\d{1,2}-\d{2,4}"
                         r"|\d{4}[./-]\d{1,2}[./-]\d{1,2})(?![\d/:-]|\.\d)")
_COMPACT = re.compile(r"^((?:19|20)\d\d)(\d\d)(\d\d)$")
# Relative or vague time: the span is no specific date.
_RELATIVE = re.compile(r"(?i)\b(?:ago|last|next|this|past|previous|coming|every|each|yesterday|today|tomorrow|"
                       r"tonight|weekends?|days?|weeks?|months?|years?|yrs?|hours?|mins?|minutes?|few|couple|"
                       r"several|per)\b")
# "the 5th day of march": a day, not a duration.
_DAY_OF = re.compile(rf"(?i)(?<=\d(?:st|nd|rd|th)|\b(?:{'|'.join(_DAY_WORDS.split())}))\s+day\s+of\b")
# A day of the month alone that the NER calls a date: "the 21st", "thurs 12th" (session 17: the
# NER has read the sentence around it; "the 1st" alone recurs, pay day, and stays as in dates.py).
_DAY_ORDINAL = re.compile(r"(?i)^(?:the\s+)?(?:(?:mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
                          r"\.?,?\s+(?:the\s+)?)?(?!0?1st$)(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)$")
# A habit before a day alone makes it recur, as in dates.py: "they pay me on the 25th", "every month on the 3rd".
_HABIT_BEFORE = re.compile(r"(?i)\b(?:pays?|paying|comes?\s+(?:in|out)|goes\s+out|go\s+out|renews|resets|every|each|"
                           r"monthly)\s+(?:\w+\s+){0,2}?(?:(?:on|by)\s+)?(?:the\s+)?$")
# Digits with a score or a fraction shape the NER may call a date: "8/10", "24/7", "3/4 of".
_SCORE = re.compile(r"^\d{1,2}/(?:10|100|5|7)$")

# A word the NER takes into a date that the rules leave: "the 3rd of may".
_LEADING_WORD = re.compile(r"(?i)(?:the|on|at|in|by)\s+")
# A span ending in a bare number, and the plural word after it: "march 2 payments".
_BARE_NUMBER_END = re.compile(r"(?<![\d/.:-])\d{1,3}$")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+s)\b")
# A noun after a day ordinal makes it a rank: "the 3rd floor", "the 21st century".
_RANK_AFTER = re.compile(r"(?i)\s+(?:floor|place|century|row|grade|time|try|attempt|payment|round|level|birthday|"
                         r"anniversary|edition|street|st|avenue|ave|seat|term|year|month|week|day|one|of\s+(?:each|every))\b")
# A fraction is no date: "3/4 of the bill".
_FRACTION_AFTER = re.compile(r"\s+of\b")
# An age phrase: "42 years old", "42-year-old", "42 yrs of age", "aged 42", "age 42".
_AGE_PHRASE = re.compile(r"(?i)^(?:(?:aged?|at)\s+)?(\d{1,3})(?:[\s-]*(?:years?|yrs?|y)[\s-]*(?:old|of\s+age))?$")
_AGE_CUE = re.compile(r"(?i)(?:\b(?:years?|yrs?|y)[\s-]*(?:old|of\s+age)\b|^aged?\b)")
# A person before an age phrase: its subject, the last word before it but verbs
# and particles ("my son is now 12 years old"), or the noun after it ("a 42-year-old woman").
_SKIPPED = frozenset("""is was are were be been am 's m turned turns turning now just only nearly almost
a an the""".split())
_PERSON_WORDS = frozenset("""i i'm im me he he's hes she she's shes him we they you who person man woman
boy girl son daughter mum mom mother dad father wife husband partner kid kids child children baby brother sister
nan nana gran granny grandma grandpa grandad grandfather grandmother grandson granddaughter nephew niece uncle
aunt cousin friend boyfriend girlfriend customer client patient applicant tenant member holder user student
toddler teen teenager twins""".split())
_PERSON_AFTER = frozenset("""man woman boy girl son daughter mum mom mother dad father wife husband kid child
customer client patient applicant student nurse driver teacher male female person""".split())
_WORDS = re.compile(r"[\w']+")


# A text typed in lower case that the NER would skip (``nlp_engine.py``) goes
# to it when it holds a month name and a number: a date may be there.
_ANY_NUMBER = re.compile(rf"\d|(?i:{'|'.join(w[:5] for w in _DAY_WORDS.split())})")


def date_cue(text: str) -> bool:
    """``text`` may hold a date the NER reads: a month name and a number."""
    return _ANY_NUMBER.search(text) is not None and _MONTH_WORD.search(text) is not None


def specific_date(span: str) -> bool:
    """``span`` (an NER DATE or TIME span) names a specific day or month of
    a year, as the entity policy counts dates; see the module docstring."""
    if _RELATIVE.search(_DAY_OF.sub(" ", span)):
        return False
    month = _MONTH_WORD.search(span)
    if month is not None:
        rest = span[:month.start()] + " " + span[month.end():]
        return _NUMBER.search(rest) is not None
    compact = _COMPACT.match(span.strip())
    if compact:
        try:
            dt.date(*map(int, compact.groups()))
            return True
        except ValueError:
            return False
    if _DAY_ORDINAL.match(span.strip()):
        return True
    return _DIGIT_DATE.search(span) is not None and not _SCORE.match(span.strip())


def _counted(text: str, start: int, end: int) -> bool:
    """The span ends in a bare number that counts the plural noun after it:
    "march 2 payments", "june 81 pages" (a month, then a count)."""
    if not _BARE_NUMBER_END.search(text, start, end):
        return False
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return False
    word = after.group(1).lower()
    from spacy.lang.en.stop_words import STOP_WORDS

    from client.scrub.words import _english_frequencies

    return len(word) > 3 and word not in STOP_WORDS and word[:-1] in _english_frequencies()


def person_age(text: str, start: int, end: int):
    """The (start, end) of the number in an age phrase ``text[start:end]``
    that a person word stands beside, or None."""
    span = text[start:end]
    m = _AGE_PHRASE.match(span)
    if m is None or not _AGE_CUE.search(span) and not span.lower().startswith("age"):
        return None
    before = [w for w in (w.lower() for w in _WORDS.findall(text[max(0, start - 40):start])) if w not in _SKIPPED]
    after = [w.lower() for w in _WORDS.findall(text[end:end + 20])][:1]
    if not ((before and before[-1] in _PERSON_WORDS) or _PERSON_AFTER.intersection(after)):
        return None
    return start + m.start(1), start + m.end(1)


class NerDateRecognizer(LocalRecognizer):
    """``DATE_TIME`` and ``AGE`` results from the NER's ``DATE`` / ``TIME``
    spans that the policy counts (module docstring)."""

    def __init__(self):
        super().__init__(supported_entities=["DATE_TIME", "AGE"], name="NerDateRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        spans = getattr(nlp_artifacts, "ner_dates", None)
        if not spans:
            return []
        out = []
        for start, end, _label in spans:
            lead = _LEADING_WORD.match(text, start, end)
            if lead:  # "born on the <DATE_TIME>", as the date rules leave it
                start = lead.end()
            value = text[start:end]
            if "DATE_TIME" in entities and specific_date(value) and not _FRACTION_AFTER.match(text, end) \
                    and not _counted(text, start, end) and not self._recurring_day(text, start, end):
                out.append(self._result("DATE_TIME", start, end))
            elif "AGE" in entities:
                age = person_age(text, start, end)
                if age is not None:
                    out.append(self._result("AGE", *age))
        return out

    @staticmethod
    def _recurring_day(text, start, end) -> bool:
        """A day alone ("the 25th") that a rank noun follows or a habit comes before."""
        if not _DAY_ORDINAL.match(text[start:end].strip()):
            return False
        return bool(_RANK_AFTER.match(text, end) or _HABIT_BEFORE.search(text, max(0, start - 40), start))

    def _result(self, entity, start, end):
        return RecognizerResult(
            entity_type=entity, start=start, end=end, score=0.5,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
