"""Dates without a year, or in written forms Presidio's ``DateRecognizer``
lacks: "3 june", "june 14th", "the 3rd of may", "3-7 june", "march third",
"march 2023", and a day/month "18/10" after a date cue ("dated 18/10",
"dob 18/10"). Written from the shapes people type; no data file.

A year alone and a weekday alone stay (the policy keeps them, as HIPAA Safe
Harbor keeps years); a month alone ("in march", "mid-may") and a holiday alone
("over christmas") stay too. "may" and "march" are verbs as well: "the 10 may
be wrong", "we march 2 miles" stay.

Round 3 (session 11) adds the shapes chat, clinic, HR and bank text uses for a
day without its month and for numbers in other orders:

* a day alone after a date word: "on the 5th", "by 12th", "from the 3rd to the
  9th", "due the twentieth", "tuesday the 5th", "fri 12th"; an ordinal that
  counts ("the 3rd floor", "the 2nd payment", "on the 1st try", "for the 5th
  time") stays, as the word after it is no time word;
* a month with its day after a comma or dash: "june, 5th", "oct-8";
* digits: "2023.06.05", "2023-06-05 10:00" and "...T10:00", "5.6.2023",
  "05.06.23", "05.06." (a dotted day and month without a year only after a date
  word or with a leading zero: "rated 4.5." stays), "6-5-23", "05/06" (a
  leading zero; "24/7", "8/10" stay), "05jun23";
* a month with its year: "03/2019", "2019-03" (a season "2011-12" stays),
  "jun '23", "mid-june 2023" (all of it);
* a holiday with its year, which names a day: "christmas eve 2022"; a quarter
  ("q3 2023") is coarser than a month and stays.

Session 14 adds what chat does to these shapes (misspelt month names are
``month_typos.py``'s): a day glued to its month ("march3rd", "21november",
"15may", "june2019"; a month of four letters or more, or an ordinal, so "mar3"
codes stay); a month name between slashes, dots or a dash ("12/sep/2021",
"20th/april", "28-sept"); a range of ordinals with no cue ("24th-26th"; ranks
before a noun, "1st-3rd place", stay) or of day/month digits in one month
("3/3-3/7"; "1/4-1/2 cup" stays); a day alone after "the weekend / night of
the", "around", "over", "w/c", "week of", before "of next month" or "at
noon"; a month with a cardinal word ("april five"; a count, "we march two
miles", stays); "jan 3rd,2019"; "weds"; a day/month in digits after "booked
for", "w/c", "week of".
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

from client.scrub.gates import GatedPattern, _gated

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_MONTH_DOT = rf"{_MONTH}\b\.?"
_DAY_NUM = r"(?:0?[1-9]|[12]\d|3[01])"
_SUFFIX = r"(?:st|nd|rd|th)"
_DAY_WORD = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
             r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
             r"thirtieth|(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))")
# Month names long enough to be no code or word when a day is glued to them: "march3rd", "21november".
_MONTH_LONG = r"(?:january|february|march|april|june|july|august|sept(?:ember)?|october|november|december)"
# A day as a cardinal word after a month: "april five", "february twenty five" ("one" needs the clause to end).
_CARDINAL = (r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
             r"seventeen|eighteen|nineteen|twenty(?:[- ]?(?:one|two|three|four|five|six|seven|eight|nine))?|"
             r"thirty(?:[- ]?one)?|one(?=\s*(?:$|[,.;:!?)]|\s(?:19|20)\d\d\b)))")
# A noun after an ordinal range makes it ranks, not days: "1st-3rd place", "18th-19th century".
_RANK_NOUN = (r"(?:place|places|floor|floors|grade|grades|graders?|century|centuries|row|rows|line|lines|"
              r"positions?|rounds?|levels?|editions?|gen|generations?|percentile|seats?|teams?|class|periods?|"
              r"innings|quarters?|semesters?|years?|times?|birthdays?|anniversar(?:y|ies)|picks?|prizes?|"
              r"terms?|tries|attempts?|payments?|stor(?:y|ey|eys|ies)|classes|choice|ranks?|spots?)")
_DAY_ORD = rf"(?:{_DAY_NUM}{_SUFFIX}|{_DAY_WORD})"
_DAY = rf"(?:{_DAY_NUM}{_SUFFIX}?|{_DAY_WORD})"
_RANGE = r"\s*(?:-|–|to|and|&|until|till|thru|through)\s*"
_DAYS = rf"(?:{_DAY}(?:{_RANGE}{_DAY})?)"
_YEAR = r"(?:,?\s*(?:(?:de|del)\s+)?'?\d{4}\b|,?\s+'\d{2}\b)?"
# A number after a month that is a count or amount: "march 2 miles", "may 3 times".
_NOT_UNIT = (r"(?!\s*(?:%|:\d|[ap]\.?m\b|o'?clock|hours?|hrs?\b|minutes?|mins?\b|days?|weeks?|months?|"
             r"years?|times?|payments?|cards?|miles?|km\b|kg\b|items?|people|persons?|euros?|dollars?|"
             r"pounds?|\.\d|,(?!(?:19|20)\d\d\b)\d))")
# "may" as a verb after an ordinal: "the 1st may be fine".
_NOT_VERB = r"(?!\s+(?:be|have|has|not|need|get|take|want|also|still|help|go|come|i|we|you|he|she|it|they)\b)"
# Cues before a day/month in digits or before "N may": "dated 18/10", "dob 3 may".
_CUE = (r"(?:on|by|from|since|until|till|til|before|after|dated?|due|dob|d\.o\.b\.?|born|birthday|bday|birthdate|"
        r"birth|expires?|expiry|exp|starting|starts?|effective|between|and|to|requested|ordered|visit|shift|"
        r"appointment|appt|meeting|booked|arrived|delivered|received|sent|called|paid|charged|leave|holiday|"
        r"admitted|discharged|seen|surgery|started|joined|hired|resigned|departs?|departure|returns?|returning|"
        r"check-?in|check-?out|flight|renewal|renews|issued|posted|dispatched|shipped|refunded|cancelled|"
        r"opened|closed|signed|registered|scheduled|placed)")
_DAY_MONTH_DIGITS = r"(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])"
_MON_NUM = r"(?:0?[1-9]|1[0-2])"
# Words before a day alone ("on the 5th"); "to" and "and" only inside a range.
_DAY_CUE = (r"(?:on|by|from|since|until|till|til|before|after|due|dated|starting|effective|between|for|"
            r"thru|through|dob|d\.o\.b\.?|born|birth|birthday|bday|b-day|birthdate|expires?|expiry|requested|"
            r"ordered|booked|arrived|delivered|received|sent|called|paid|charged|opened|placed|scheduled|"
            r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
            r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\.?|"
            # "can we do the 3rd", "how about the 12th", "see you the 4th", "3pm the 4th"
            r"do|about|free|see\s+you|meet|or|except|prefer|suggest|(?:end|start|beginning|middle)\s+of|"
            # "around the 28th", "over the 28th", "ends 28th", "w/c the 3rd", "week of the 3rd"
            r"around|over|ends?|ending|w/[ce]|(?:week|wk)\s+(?:of|commencing|ending|beginning|starting)|"
            r"\d{1,2}(?::\d\d)?\s?[ap]\.?m\.?|\d{1,2}:\d\d)")
# "from the first" is a manner of speaking; "the twenty-first" is a day (only the leading
# "first|second|" goes, not the one inside "twenty-|thirty-").
_DAY_WORD_LATE = _DAY_WORD.replace("first|second|", "", 1)
# What may follow a day alone: the clause ends, a time, a range or "of this month";
# a noun ("floor", "payment", "try", "time") makes it a count.
_DAY_END = (r"(?=\s*(?:$|[,.;:!?)(\]]|[-–]\s|\s(?:at|and|or|to|till|until|thru|through|then|so|but|when|"
            r"please|pls|i|we|you|he|she|they|it|is|was|as|because|instead|morning|afternoon|evening|night|"
            r"onwards?|did|didn'?t|went|came|got|had|has|will|won'?t|never|still|again|already|instead|"
            r"around|should|would|could|can|cant|can't|inst|ult)\b|\s+of\s+(?:this|next|last|that)\s+month\b|"
            r"\s\d{1,2}(?::\d\d)?\s?[ap]\.?m\b|\s\d{1,2}:\d\d|"
            # a verb in the past: "on the 5th failed", "by the 12th arrived" (not "the 3rd bed")
            r"\s(?!(?:need|speed|seed|feed|breed|greed|deed|weed|creed|steed|hundred|sacred|naked|wicked|beloved|"
            r"bed|red|shed|sled|reed)\b)[a-z]+ed\b))")
# What every day starts with (digits; the first three letters of first, second, ...,
# thirtieth): a look-ahead that opens a pattern so that its alternatives and
# look-behinds are tried only there (the same matches; "day may" and "day alone"
# were a sixth of the date work on long text, and a first letter alone, "[\dfsten]",
# still let a third of all positions through).
_DAY_START = r"(?=\d|fir|sec|thi|fou|fif|six|sev|eig|nin|ten|ele|twe)"
# A day alone: an ordinal in digits or a day word past "second".
_DAY_ALONE_START = r"(?=\d\d?(?:st|nd|rd|th)|thi|fou|fif|six|sev|eig|nin|ten|ele|twe)"
# Every "dotted" date opens with a day, a dot and a month in digits ("5.6.", "13. 8.").
_DOTTED_START = r"(?=\d\d?\.\s?\d)"
_DAY_ALONE = rf"(?:{_DAY_NUM}{_SUFFIX}|{_DAY_WORD_LATE})"
_DAY_ALONE_RANGE = rf"{_DAY_ALONE}(?:\s*(?:-|–|to|and|till|until|thru|through)\s*(?:the\s+)?{_DAY_ALONE})?"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\.?)"
_TIME = r"(?:[T ]\d{1,2}:\d\d(?::\d\d(?:\.\d+)?)?(?:\s?[ap]\.?m\.?|z|\s?[+-]\d\d:?\d\d)?)?"
_VERSION = r"(?<!\b(?:version|ver|v|release|rev|build|update|page|pages|p|pp|section|sec|chapter|ch|step|part|no|nr|ios|android)\.?\s?)"
# An amount before "19.04.": "cost 19.04.", "a fee of 13.05."
_NOT_AMOUNT = r"(?<![$£€]\s?|\b(?:cost|costs|price|priced|total|balance|fee|fees|amount|worth|owe|sum|of)\s)"
_HOLIDAY = (r"(?:christmas|xmas|boxing|new\s+year'?s?|valentine'?s?|halloween|thanksgiving|easter|hanukkah|"
            r"diwali|eid|independence|st\.?\s+patrick'?s|mother'?s|father'?s|memorial|labou?r)")


def date_recognizer() -> PatternRecognizer:
    """Day and month in words, with or without a year; day/month in digits
    after a cue. Case-insensitive (chat is often lower case)."""
    return _gated(_DateRecognizer, _maybe_date)(
        supported_entity="DATE_TIME",
        name="DayMonthRecognizer",
        patterns=_opened([
            # "3 june", "3rd of june", "the 3rd-7th june", "3 to 7 jun 2024"
            Pattern("day month", rf"\b(?<![\d.,/:-]){_DAYS}\.?(?:\s+(?:of|de|di|del))?\s+{_MONTH_DOT}(?!\w){_YEAR}", 0.6),
            # "3 may" is a date with an ordinal, "of", a cue before or a full stop, year or end after.
            Pattern("day may",
                    rf"{_DAY_START}(?:\b{_DAY_ORD}(?:{_RANGE}{_DAY})?(?:\s+of)?\s+may\b{_NOT_VERB}|\b{_DAYS}\s+of\s+may\b"
                    rf"|(?={_DAYS}\s+may\b)(?<=\b(?:{_CUE}|of)\s*:?\s*(?:the\s+)?){_DAYS}\s+may\b{_NOT_VERB}"
                    rf"|\b(?<![\d.,/:-]){_DAY}{_RANGE}{_DAY}\s+may\b|\b(?<![\d.,/:-]){_DAYS}\s+(?-i:May)\b"
                    rf"|\b(?<![\d.,/:-]){_DAYS}\s+may(?=\s*(?:$|[,.;:!?)]|\s\d{{4}})))"
                    rf"{_YEAR}", 0.6),
            # "june 14", "jun 14th", "june 3-7", "march third", "march 2023"
            Pattern("month day", rf"\b{_MONTH_DOT}\s*(?:the\s+)?{_DAYS}\b(?![\d/:.]\d){_NOT_UNIT}{_YEAR}", 0.6),
            # "may 26th", "dob may 26", "born on May 16", "on may 26." ("i may 3 times ask" stays)
            Pattern("may day", rf"(?:\bmay\s+(?:the\s+)?{_DAY_ORD}(?:{_RANGE}{_DAY})?\b"
                    rf"|(?<=\b{_CUE}\s*:?\s*)may\s+{_DAYS}\b(?![\d/:.]\d){_NOT_UNIT}"
                    rf"|(?<=[[:lower:],]\s)(?-i:May)\s+{_DAYS}\b(?![\d/:.]\d){_NOT_UNIT}"
                    rf"|\bmay\s+{_DAYS}(?=\s*(?:$|[,;:!?)]|\.(?!\d))|\s+['’]\d\d\b))"
                    rf"{_YEAR}", 0.6),
            Pattern("month year", rf"\b(?:(?:early|mid|late|end\s+of|start\s+of|beginning\s+of)[\s-]*)?"
                    rf"(?:{_MONTH_DOT}|may),?\s*(?:(?:(?:of|de|del)\s+)?(?:19|20)\d\d\b|['’]\d\d\b)", 0.5),
            # "1947 october", "1942, september, 26", "2008 may 7" (CLDR's year-first order; "2009 may be" stays)
            Pattern("year month", rf"\b(?<![\d.,/:-])(?:19|20)\d\d,?\s+(?:{_MONTH_DOT}(?!\w)|may\b{_NOT_VERB})"
                    rf"(?:,?\s+{_DAY}\b(?![\d/:.]\d){_NOT_UNIT})?", 0.5),
            # "on the 5th", "by 12th", "tuesday the 5th", "from the 3rd to the 9th" (not "the 3rd floor")
            # "on the 1st" alone and "every month on the 15th" recur (pay day, rent): they stay.
            Pattern("day alone", rf"{_DAY_ALONE_START}(?:(?={_DAY_ALONE})(?<!\b(?:every|each|monthly)\s+(?:month\s+)?\w+\s+(?:the\s+)?)"
                    # a habit in the present: "they pay me on the 25th", "the debit goes out on the 3rd"
                    rf"(?<!\b(?:pay|pays|paying|comes?\s+(?:in|out)|goes\s+out|go\s+out|renews|resets)\s+"
                    rf"(?:me\s+|us\s+|you\s+|them\s+)?(?:on|by)\s+(?:the\s+)?)"

                    rf"(?<=\b{_DAY_CUE}(?:\s+is)?\s*[,:–-]?\s*(?<=[\s,:–-])(?:the\s+)?)"
                    rf"(?!1st\b(?!\s*(?:-|–|to|and|till|until|thru|through)\s*(?:the\s+)?{_DAY_ALONE}))"
                    rf"{_DAY_ALONE_RANGE}{_DAY_END}(?!\s+of\s+(?:each|every)\s+month)"


                    rf"|\b(?<![\w/.,:-]){_DAY_ALONE}(?=\s+of\s+(?:this|next|last|that)\s+month\b)"
                    rf"|(?<=\bthe\s+){_DAY_ALONE}(?=\s+at\s+(?:noon|midday|midnight|\d))"
                    # after a word that only a date follows, whatever comes after the day: "the letter
                    # dated 17th says", "dob 3rd", "your message of the 23rd" (not "the 3rd floor")
                    rf"|(?={_DAY_ALONE})(?<=\b(?:dated|dob|d\.o\.b\.?|born(?:\s+on)?|birthday|bday|b-day|birthdate|expires|expiry|"
                    rf"(?:message|letter|e-?mail|mail|note|call|visit|statement|notice)\s+(?:of|from|on))\s*:?\s*"
                    rf"(?:the\s+)?){_DAY_ALONE_RANGE}\b(?!\s+{_RANK_NOUN}\b|\s+of\s+(?:each|every)\b|[-/]\w)"
                    # "the weekend of the 12th", "the night of the 3rd"
                    rf"|(?<=\b(?:week|weekend|night|morning|afternoon|evening|eve)\s+of\s+the\s+){_DAY_ALONE}"
                    rf"(?!\s+of\s+(?:each|every)\b)"
                    # "24th-26th", "3rd thru 5th" ("1st-3rd place" ranks stay)
                    rf"|\b(?<![\w/.,:-]){_DAY_NUM}{_SUFFIX}\s*(?:-|–|to|thru|through|till|until)\s*(?:the\s+)?"
                    rf"{_DAY_NUM}{_SUFFIX}\b(?!\s+{_RANK_NOUN}\b|[-/]\w)"
                    # "the 14th is fine", "would the 3rd work?" ("the 1st of the month" recurs: it stays)
                    rf"|(?<=\bthe\s+){_DAY_ALONE}(?=\s+(?:works?|suits?|would\s+(?:work|suit|be\s+(?:fine|better|good))|"
                    rf"is\s+(?:fine|good|ok|okay|better|perfect|best|great|no\s+good)\b|ok\b|okay\b)|\s*\?))", 0.5),

            Pattern("weekday day", rf"\b{_WEEKDAY},?\s+(?:the\s+)?{_DAY_ALONE}\b"
                    rf"|\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tue|tues|wed|thu|thur|thurs|fri)\.?,?\s+"
                    rf"{_DAY_NUM}\b(?![\d/:.]\d|\s*[-–]\s*\d){_NOT_UNIT}"
                    # "sat", "sun", "mon" are words too: "on sat 12", "next mon 3" ("fri 9-5" are hours)
                    rf"|(?<=\b(?:on|by|from|until|till|next|this|last)\s+)(?:sat|sun|mon)\.?,?\s+{_DAY_NUM}\b"
                    rf"(?![\d/:.]\d|\s*[-–]\s*\d){_NOT_UNIT}", 0.5),
            # "mon 1/11", "sat 3/25/24": a weekday makes a day and month of digits
            GatedPattern("weekday digits", rf"\b{_WEEKDAY},?\s+(?:{_MON_NUM}/{_DAY_NUM}|{_DAY_NUM}/{_MON_NUM})"
                    rf"(?:/(?:19|20)?\d\d)?(?![/\d]|[.,:]\d|\s+of\b)"
                    # "tue, 28.10", "Mon, 08-20" ("fri 9-5" are hours: a dash needs a leading zero)
                    rf"|\b{_WEEKDAY},?\s+(?:{_DAY_NUM}\.\s?{_MON_NUM}\.?|{_MON_NUM}\.{_DAY_NUM}\b|"
                    rf"0[1-9]-{_DAY_NUM}|{_DAY_NUM}-0[1-9])(?![/\d]|[.,:-]\d)"
                    # "02-14, mon", "6/12, tue"
                    rf"|\b(?<![\w/.,:-])(?:{_MON_NUM}[/.-]{_DAY_NUM}|{_DAY_NUM}[/.-]{_MON_NUM}),\s*{_WEEKDAY}(?!\w)", 0.5,
                         # (gate: a weekday and the digit after it, or a digit, a comma and a weekday)
                         gate=rf"\b{_WEEKDAY},?\s+\d|\d,\s*{_WEEKDAY}"),
            # "june, 5th", "oct-8", "jun-05-2023"
            Pattern("month, day", rf"\b(?:{_MONTH_DOT}|may),\s*(?:the\s+)?{_DAY_ORD}\b"
                    rf"|\b{_MONTH}-{_DAY_NUM}(?:-(?:19|20)?\d\d)?\b(?![-/]\d)"
                    rf"|\b(?<![\d.,/:-]){_DAY_NUM}{_SUFFIX}?-(?:{_MONTH}|may)\b(?!-\d)", 0.5),
            # "2023.06.05", "2023-06-05 10:00", "2023/06/05T10:00:00Z"
            Pattern("year month day", rf"\b(?<![\d.])(?:19|20)\d\d([-./]){_MON_NUM}\1{_DAY_NUM}(?![\d])"
                    rf"{_TIME}(?![\d:])"
                    # "1938. 02. 20." (Korean and Hungarian order)
                    rf"|\b(?<![\d.])(?:19|20)\d\d\.\s(?:0[1-9]|1[0-2])\.\s(?:0[1-9]|[12]\d|3[01])\.(?!\d)", 0.5),
            # "5.6.2023", "05.06.23"; "05.06." with a leading zero; "5.6." after a date word
            GatedPattern("dotted", rf"{_DOTTED_START}(?:(?=\d){_VERSION}\b(?<![\d.,]){_DAY_NUM}\.{_MON_NUM}\.(?:19|20)\d\d\b(?!\.\d)"
                    # "13. 8. 1998", "27. 4. 2014." (Czech, Slovak, Croatian)
                    rf"|\b(?<![\d.,]){_DAY_NUM}\.\s{_MON_NUM}\.\s(?:19|20)\d\d\b\.?(?!\d)"
                    rf"|(?=\d){_VERSION}\b(?<![\d.,])(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\.\d\d\b(?!\.\d)"
                    rf"|\b(?<![\d.,])0[1-9]\.(?:0[1-9]|1[0-2])\.(?!\w|\.\d)"
                    # "19.04.": a day past 12 and a month with its zero ("rated 4.5.", "$19.04." stay)
                    rf"|(?=\d){_VERSION}{_NOT_AMOUNT}\b(?<![\d.,])(?:1[3-9]|2\d|3[01])\.0[1-9]\."
                    rf"(?!\w|\.\d)"
                    rf"|(?=\d)(?<=\b{_CUE}(?:\s+(?:is|on|for))?\s*[:–-]?\s*){_DAY_NUM}\.\s?{_MON_NUM}\.(?!\w|\.\d))", 0.5,
                         gate=r"\d\.\s?\d"),  # (gate: each branch's day, dot and month, all digits)
            # "6-5-23", "12-25-2023" (day and month either way)
            Pattern("dashed", rf"\b(?<![\d.,/-])(?:{_MON_NUM}-{_DAY_NUM}|{_DAY_NUM}-{_MON_NUM})-(?:(?:19|20)\d\d|\d\d)\b"
                    rf"(?![-/.]?\d)", 0.5),
            # "19/10": a day past 12 before a month (no score or fraction is written so)
            Pattern("day/month", rf"(?=\d){_VERSION}\b(?<![\w/.,:$£€-])(?!24/7\b)(?:1[3-9]|2\d|3[01])/{_MON_NUM}(?![/\d]|[.,:]\d)",
                    0.5),
            # "05/06", "5/06" (a leading zero: no fraction or score is written so)
            Pattern("zero day/month", rf"(?=\d){_VERSION}\b(?<![\w/.,:$£€-])(?=0|\d{{1,2}}/0)(?:{_DAY_NUM}/{_MON_NUM}|{_MON_NUM}/{_DAY_NUM})"
                    rf"(?![/\d]|[.,:]\d)"
                    # "01-16", "23-01" (CLDR's MM-dd; "3-1", "9-5", "10-15" have no leading zero)
                    rf"|(?=\d){_VERSION}\b(?<![\w/.,:$£€#-])(?:0[1-9]-{_DAY_NUM}|{_DAY_NUM}-0[1-9])(?![-/\d]|[.,:]\d)", 0.5),
            # "1/20", "10/27" (US month/day; a day past 12: "got 9/20", "open 7/24" stay)
            Pattern("month/day", rf"(?=\d){_VERSION}(?<!\b(?:got|get|scored?|rated?|rating|marks?|grade|"
                    rf"result|results|only|just|over|about)\s+)\b(?<![\w/.,:$£€-])(?!7/24\b){_MON_NUM}/(?:1[3-9]|2\d|3[01])"
                    rf"(?![/\d]|[.,:]\d|\s*(?:of|people|questions|items|points|marks|pts)\b)", 0.5),
            # "3/3-3/7", "16/3 - 18/3", "3/16 to 3/18": a range of days in one month ("1/4-1/2 cup" stays)
            Pattern("digit range", rf"\b(?<![\w/.,:$£€-])(?:({_MON_NUM})/{_DAY_NUM}{_RANGE}\1/{_DAY_NUM}"
                    rf"|{_DAY_NUM}/({_MON_NUM}){_RANGE}{_DAY_NUM}/\2)(?![/\d]|[.,:]\d)"
                    rf"(?!\s*(?:of|cups?|tsp|tbsp|teaspoons?|tablespoons?|inch|inches|in\b|miles?|lbs?|oz)\b)", 0.5),
            # "42/11/24", "98/6/16": a two-digit year first (CLDR's yy/MM/dd)
            Pattern("year/month/day", rf"\b(?<![\w/.,:-])\d\d/{_MON_NUM}/{_DAY_NUM}(?![/\d]|[.,:]\d)", 0.5),
            # "03/2019", "2019-03" (not a season "2011-12": see invalidate_result)
            Pattern("month/year digits", rf"\b(?<![\d/.,-]){_MON_NUM}[/.-](?:19|20)\d\d(?![/.-]?\d)"
                    rf"|\b(?<![\d/.,-])(?:19|20)\d\d[/-](?:0[1-9]|1[0-2])(?![/.-]?\d)", 0.5),
            # "05jun23", "5jun", "12mar2024"
            Pattern("glued", rf"\b{_DAY_NUM}(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)(?:(?:19|20)?\d\d)?\b", 0.5),
            # "march3rd", "21november", "may6th", "3rdmarch", "june2019" (a day or year glued to its month)
            Pattern("glued name", rf"\b(?:{_DAY_NUM}(?:{_SUFFIX}(?:{_MONTH}|may)|{_MONTH_LONG})"
                    rf"|{_DAY_NUM}may|{_MONTH_LONG}(?:{_DAY_NUM}{_SUFFIX}?|(?:19|20)\d\d)|(?:{_MONTH}|may){_DAY_NUM}{_SUFFIX})\b", 0.5),
            # "10/dec/2002", "20th/april", "sep/12/2003", "3.mar.2019"
            Pattern("slashed name", rf"\b(?<![\d.,/:-]){_DAY_NUM}{_SUFFIX}?([/.])(?:{_MONTH}|may)\b(?:\1(?:19|20)?\d\d\b)?"
                    rf"(?![/.]?\d)|\b(?:{_MONTH}|may)/{_DAY_NUM}{_SUFFIX}?\b(?:/(?:19|20)?\d\d\b)?(?![/.]?\d)", 0.5),
            # "april five", "february twenty five" ("we march two miles", "june one of us" stay)
            Pattern("month cardinal", rf"\b{_MONTH_LONG}\s+(?:the\s+)?{_CARDINAL}\b{_NOT_UNIT}"
                    rf"(?!\s+(?:of|more|others?|new|or|by)\b|\s+(?!(?:is|was|has|this|us|his|as|plus|always)\b)"
                    rf"[a-z]+s\b){_YEAR}", 0.5),
            # "2024年3月5日", "3月5日", "2024년 3월 5일" (CLDR's Chinese, Japanese and Korean long dates)
            Pattern("cjk", r"(?<!\d)(?:\d{2,4}年\s?)?\d{1,2}月\s?\d{1,2}日|(?<!\d)\d{2,4}年\s?\d{1,2}月"
                    r"|(?<!\d)(?:\d{2,4}년\s?)?\d{1,2}월\s?\d{1,2}일|(?<!\d)\d{2,4}년\s?\d{1,2}월", 0.5),
            Pattern("holiday year", rf"\b{_HOLIDAY}(?:\s+(?:day|eve|sunday|monday))?,?\s+(?:of\s+)?(?:19|20)\d\d\b", 0.5),
            # "dated 18/10", "dob: 3/4": a day and month with a cue only ("24/7", "3/4 of it" stay).
            Pattern("cued day/month",
                    rf"(?=\d)(?<=\b(?:{_CUE}(?:\s+(?:is|for|on|at))?|w/[ce]|(?:week|wk)\s+(?:of|commencing|ending))\s*[:–-]?\s*(?:the\s+)?)"
                    rf"{_DAY_MONTH_DIGITS}(?![/\d])(?!\s+(?:of|price|off|rate)\b)", 0.5),
        ]),
        global_regex_flags=re.IGNORECASE | re.MULTILINE,
        context=["born", "birth", "dob", "birthday", "date"],
    )


_MONTH_OPENS = r"(?=\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
# What every match of these patterns opens with, as a look-ahead put before the
# whole pattern: the engine then tries the pattern's look-behinds and branches
# only where one could start, not at every position of a long text. Each is
# implied by every branch of its pattern (the same matches: tests/test_scrub_long18.py).
# Measured on the 1 MB chunks, these halved or better each pattern's time;
# others ("month day", "month year", "month cardinal") became slower: a
# look-ahead of several words costs about as much as what it saves there.
_OPENINGS = {
    "day month": _DAY_START,  # a day: digits or a day word
    "may day": r"(?=may)",  # each branch opens with "may" / "May"
    "weekday digits": r"(?=\d|mon|tue|wed|thu|fri|sat|sun)",  # a weekday, or a day and month in digits
    "month, day": _MONTH_OPENS,  # a month's name (or "may"), or a day in digits
    "glued name": _MONTH_OPENS,
    "slashed name": _MONTH_OPENS,
    "glued": r"(?=\d\d?(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec))",  # "05jun23"
    "zero day/month": r"(?=\d\d?[/-]\d)",  # "05/06", "01-16"
    "digit range": r"(?=\d\d?/\d)",  # "3/3-3/7"
    "month/year digits": r"(?=\d{1,4}[/.-]\d)",  # "03/2019", "2019-03"
}


def _opened(patterns: list[Pattern]) -> list[Pattern]:
    """``patterns``, each named in ``_OPENINGS`` opened by its look-ahead."""
    for pattern in patterns:
        if pattern.name in _OPENINGS:
            pattern.regex = f"{_OPENINGS[pattern.name]}(?:{pattern.regex})"
    return patterns


class _SeasonCheck(PatternRecognizer):
    """Drops "2011-12" / "2019/20" when the second number is the next year: a season or tax year."""

    def invalidate_result(self, pattern_text: str) -> bool:
        m = _SEASON.fullmatch(pattern_text)
        return bool(m) and int(m.group(2)) == (int(m.group(1)) + 1) % 100


class _DateRecognizer(_SeasonCheck):
    """All the date patterns (``.patterns``), each group run only on a text
    that holds what its patterns need: a month word, an ordinal, digits with
    a separator, a holiday and a year. Seventeen regexes on every text with a
    digit cost more than the rest of the date work."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        by_name = {p.name: p for p in self.patterns}
        self._groups = [
            (gate, _SeasonCheck(supported_entity=self.supported_entities[0], name=self.name,
                                patterns=[by_name[n] for n in names], global_regex_flags=self.global_regex_flags))
            for gate, names in _GROUPS]

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        out = []
        for gate, group in self._groups:
            if gate.search(text):
                for r in group.analyze(text, entities, nlp_artifacts, regex_flags):
                    r.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] = self.id
                    out.append(r)
        return out


_WEEKDAY_NUM = r"day,?\s+\d|\b(?:tue|tues|wed|thu|thur|thurs|fri|sat|sun|mon)\.?,?\s+\d"
_SEASON = re.compile(r"(?:19|20)(\d\d)[/-](\d\d)")
_GROUPS = (
    (re.compile(rf"(?i)\b(?:{_MONTH}|may)(?![a-z])|\d(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                rf"|\d(?:st|nd|rd|th)(?:{_MONTH}|may)(?![a-z])"),
     ("day month", "day may", "month day", "may day", "month year", "year month", "month, day", "glued",
      "glued name", "slashed name", "month cardinal")),
    (re.compile(rf"(?i)\d(?:st|nd|rd|th)\b|\bthe\s+{_DAY_WORD}\b|{_WEEKDAY_NUM}"), ("day alone", "weekday day")),
    (re.compile(r"\d[./-]\d|\d\.\s\d"), ("year month day", "dotted", "dashed", "day/month", "zero day/month",
                                           "month/year digits", "cued day/month", "weekday digits", "month/day",
                                           "year/month/day", "digit range")),
    (re.compile(rf"(?i)\b{_HOLIDAY}\b(?=.*\b(?:19|20)\d\d\b)", re.DOTALL), ("holiday year",)),
    (re.compile(r"\d\s?[年月년월]"), ("cjk",)),
)
_HINT = re.compile(rf"(?i)\b(?:{_MONTH}|may)(?![a-z])|\d(?:st|nd|rd|th)(?:{_MONTH}|may)(?![a-z])|\d(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d/\d|\d(?:st|nd|rd|th)\b|\d[.-]\d|\d\.\s\d|\bthe\s+{_DAY_WORD}\b"
                   rf"|{_WEEKDAY_NUM}|\b{_HOLIDAY}\b|\d\s?[年月년월]")


def _maybe_date(text: str) -> bool:
    return bool(_HINT.search(text))
