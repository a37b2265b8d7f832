"""Parts of dates standing alone, and points in time named relative to now
(session 17): the quasi switch ``DATE_PART``, off by default.

``DATE_TIME`` removes specific dates only (a day with its month, a month with
its year); the default policy keeps the rest, as HIPAA Safe Harbor keeps
years, and a weekday or a month alone names no day. A site that wants them
gone too switches ``DATE_PART`` on; ``DatePartRecognizer`` then finds:

* a year alone, 1900-2039 ("in 2019", "since 1987", "the act of 1989"), or
  with its apostrophe after a cue ("class of '98"); not an amount or a count
  ("paid 2000", "2000 people", "$1999"), a thing's number ("order 2019",
  "room 1905"), nor a piece of a longer number or code;
* a weekday ("on wednesday", "Friday"; "tue", "thu", "fri", "weds" anywhere,
  "mon", "wed", "sat", "sun" after "on / by / next / last / this / until ...");
* a month ("in june", "since october"; "may" and "march" only after a cue
  such as "in", "since", "last", "early", or "May" in capitals mid-sentence;
  "we march on", "it may rain" stay; an abbreviation after a cue: "in sept");
* a relative point in time: "yesterday", "today", "tomorrow", "tonight",
  "tomorrow morning", "the day before yesterday", "this morning", "last night",
  "last friday", "next week", "this summer", "last june", "3 days ago",
  "a few weeks ago".

What stays even then: durations ("3 days", "a few months", "for the last
week", "over the next month") and frequencies ("every monday", "each
week", "on mondays", "weekly"): they name no point in time; decades ("the
90s"); times of day alone ("at 10:30"); holidays alone ("over christmas").
Closed word classes and shapes, no value lists.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import LocalRecognizer, RecognizerResult

from client.scrub.numbers import _unit_after, amount_or_quantity, thing_reference

_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_WEEKDAY_SHORT_SAFE = r"(?:tue|tues|thu|thur|thurs|fri|weds)\.?"
_WEEKDAY_SHORT_WORD = r"(?:mon|wed|sat|sun)\.?"
_MONTH_SAFE = r"(?:january|february|april|june|july|august|september|october|november|december)"
_MONTH_SHORT = r"(?:jan|feb|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?"
_SEASON = r"(?:summer|winter|spring|autumn|fall|christmas|xmas|easter|term|semester|weekend)"
# Words before a month, weekday or year that make it a point in time ("in may", "since 1987").
_CUE = (r"(?:in|on|since|until|till|til|by|during|of|from|before|after|last|next|this|early|mid|late|"
        r"end\s+of|start\s+of|beginning\s+of|middle\s+of|around|circa|c\.|born|year|back\s+in|class\s+of|"
        r"between|and|or|to|through|thru)")
_ORDER = r"(?:last|next|this|coming)"
_UNIT = r"(?:days?|weeks?|months?|years?|yrs?|hours?|hrs?|minutes?|mins?|decades?|fortnights?)"
_COUNT = (r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
          r"a\s+few|a\s+couple(?:\s+of)?|several|some|many)")
_PART_OF_DAY = r"(?:morning|afternoon|evening|night|nite|lunchtime|lunch)"

_RELATIVE = re.compile(
    rf"(?i)\b(?:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)"
    rf"|(?:yesterday|today|tomorrow|tmrw|tmr|yday)(?:\s+{_PART_OF_DAY})?|tonight|tonite"
    # "last friday", "next week", "this morning": not after "the / for / over / all / every" (a duration)
    rf"|(?<!\b(?:the|for|over|all|every|each|within|in)\s+){_ORDER}\s+(?:{_WEEKDAY}|{_MONTH_SAFE}|may|march|"
    rf"week(?:end)?|month|year|night|{_PART_OF_DAY}|{_SEASON}|quarter)"
    rf"(?:\s+{_PART_OF_DAY})?"
    rf"|{_COUNT}\s+{_UNIT}\s+ago)\b"
)
# A weekday alone; plural ("mondays") or after "every" is a habit and stays.
_WEEKDAY_ALONE = re.compile(
    rf"(?i)(?<!\b(?:every|each|most|some|all|any)\s+)\b(?:{_WEEKDAY}|{_WEEKDAY_SHORT_SAFE}(?!\w)"
    rf"|(?<=\b(?:on|by|next|last|this|until|till|from|since|before|after)\s+){_WEEKDAY_SHORT_WORD}(?!\w))(?![\w-])"
)
# A month alone; "may" and "march" (verbs too) after a cue or "May" mid-sentence.
_MONTH_ALONE = re.compile(
    rf"(?i)(?<!\b(?:every|each)\s+)\b(?:{_MONTH_SAFE}(?![\w-])"
    rf"|(?<=\b{_CUE}[\s-]+){_MONTH_SHORT}(?![\w-])"
    rf"|(?<=\b(?:in|since|until|till|by|during|of|from|before|after|last|next|this|early|mid|late|"
    rf"end\s+of|start\s+of|beginning\s+of|middle\s+of|around)[\s-]+)(?:may|march)\b"
    rf"(?!\s+(?:be|have|has|not|need|get|take|want|also|still|help|go|come|on|into|through|past|down|up)\b)"
    rf"|(?<=[[:lower:],]\s)(?-i:May)\b(?!\s+(?:be|have|has|not|I|we|you|he|she|it|they)\b))"
)
# A year alone: four digits 1900-2039, no digit, sign or code letter glued to it.
_YEAR = re.compile(r"(?<![\w$£€¥#@+.,/:-])(?:19\d\d|20[0-3]\d)(?![\w%/:-]|[.,]\d)"
                   r"|(?i:(?<=\b(?:in|since|of|class\s+of|back\s+in|from|until|till|summer|winter|spring|autumn|"
                   r"fall)\s+)['’]\d\d(?![\w'’]))")
# A code or count word before a number makes it one: "room 1905", "pin 2019", "code 1987".
_CODE_BEFORE = re.compile(
    r"(?i)\b(?:room|flat|unit|apt|suite|no|nr|number|num|pin|code|ext|extension|card|ending|ends|digits|"
    r"last\s+four|last\s+4|model|version|ver|v|build|page|pages|p|item|line|row|bus|route|gate|seat|platform|"
    r"level|floor|lot|box|po|id|account|acc|acct|iban|sort|postcode|zip|atm|terminal|plan|top\s*up|"
    r"topped\s+up|send|sent|x|times)[\s:#.-]*$")
# Words before a number that make it a year whatever follows ("in 2019 prices rose");
# "of" unless a quantity word comes before it ("the act of 1989", not "a total of 2000");
# "from", "by" ... only when no count noun follows ("from 2000 people").
_YEAR_CUE = re.compile(r"(?i)\b(?:in|since|year|circa|c\.|during|until|till|back\s+in|summer|winter|spring|autumn|"
                       r"early|mid|late)[\s-]*$")
_QUANTITY_OF = re.compile(r"(?i)\b(?:total|sum|amount|balance|limit|maximum|minimum|max|min|fee|payment|cost|price|"
                          r"out|group|crowd|lot|lots|team|list|batch|set|pack|number|series|one|each|any|all|none|"
                          r"some|most|many|score|rate|value|deposit|transfer|refund|charge|bill|loan|up|excess|"
                          r"order|purchase|top[\s-]?up|withdrawal|cheque|check|invoice)s?\s+of\s*$")
# After a number: it counts or prices ("of 1999 each", "2000 per month").
_COUNT_AFTER = re.compile(r"(?i)\s*(?:each|per|apiece|a\s+(?:month|week|year|day)|x\b)")
_WEAK_YEAR_CUE = re.compile(r"(?i)\b(?:of|from|by|before|after|to|and|or|between)\s*$")
# Every span holds one of these.
_GATE = re.compile(r"(?i)\d\d|day|morrow|tonight|tonite|tmr|yday|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
                   r"tue|thu|fri|weds|mon|wed|sat|sun|ago|last|next|this|coming")


def _year_alone(text: str, start: int, end: int) -> bool:
    """The four digits at ``text[start:end]`` are a year, not an amount, a
    count or a code's number."""
    if text[start] in "'’":
        return True
    before = text[max(0, start - 30):start]
    if _YEAR_CUE.search(before):
        return True
    if _COUNT_AFTER.match(text, end):
        return False
    if _CODE_BEFORE.search(before):
        return False
    if before.lower().rstrip().endswith(" of"):
        return not _QUANTITY_OF.search(before)
    if _WEAK_YEAR_CUE.search(before):
        return not _unit_after(text[end:end + 24])
    return not amount_or_quantity(text, start, end) and not thing_reference(text, start)


class DatePartRecognizer(LocalRecognizer):
    """``DATE_PART``: years, weekdays and months alone, and relative points
    in time (the module docstring)."""

    SCORE = 0.5

    def __init__(self):
        super().__init__(supported_entities=["DATE_PART"], name="DatePartRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        if "DATE_PART" not in entities or not _GATE.search(text):
            return []
        spans = {m.span() for rx in (_RELATIVE, _WEEKDAY_ALONE, _MONTH_ALONE) for m in rx.finditer(text)}
        spans |= {m.span() for m in _YEAR.finditer(text) if _year_alone(text, *m.span())}
        return [
            RecognizerResult(
                entity_type="DATE_PART", start=start, end=end, score=self.SCORE,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for start, end in sorted(spans)
        ]
