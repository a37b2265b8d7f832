"""Specific dates that chat cues where ``dates.py``'s listed cues do not
(session 18): a day of the month that ends its clause after "the" ("moving
house the 27th.", "we fly out the 9th"), one a clause follows after a strong
cue ("since the 13th the app wont load", "by the 5th my card"), a day and
month in digits after a verb of booking or travel ("can i book for 7/6",
"flying 12.07."), and Dutch, Indonesian, German and French "mei" / "mai"
after a day and a cue ("paid on 3 mei").

Ordinals that count stay: a noun follows them ("the 4th floor", "the 5th
time"), a copula or a verb of ranking comes before ("he was the 4th.",
"came the 5th."), and "the 1st" to "the 3rd" need a cue ("for the 2nd." is
a turn, not a day).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

from client.scrub.gates import GatedPattern, _gated

_LATE_DAY = r"(?:[4-9]th|1\dth|2[04-9]th|21st|22nd|23rd|30th|31st)"
_DAY_ORD = r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)"
# Before "the 27th." a word that makes the ordinal a rank or a turn.
_RANKING = (r"(?:is|was|am|are|were|be|been|being|'s|’s|finished|finish|came|come|placed|ranked|rank|got|get|"
            r"the|my|your|our|his|her|their|a|for|of|every|each|"
            # "on the 25th." / "by the 3rd.": dates.py's "day alone" decides there (a habit stays)
            r"on|by)")
# A habit before the cue: "they pay me on the 25th", "it goes out on the 3rd" (the day recurs).
_HABIT = r"(?:pay|pays|paying|paid|comes?\s+(?:in|out)|goes\s+out|go\s+out|renews|resets)\s+(?:me\s+|us\s+|you\s+|them\s+)?"
_STRONG_CUE = r"(?:on|by|since|until|till|til|from|before|after)"
# After "since the 13th": a clause opens with a determiner or a pronoun.
_CLAUSE_OPENS = r"(?:the|my|our|your|his|her|their|this|that|a|an|there|nothing|no|everything)"
_TRAVEL = (r"(?:book|booked|booking|reserve|reserved|fly|flying|flight|move|moving|arrive|arriving|leave|leaving|"
           r"land|landing|travel|travelling|traveling|depart|departing)")
_DM = r"(?:(?:[1-9]|[12]\d|3[01])/(?:[1-9]|1[0-2])|(?:[1-9]|1[0-2])/(?:[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.?)"
_GATE = re.compile(r"(?i)\bthe\s+\d\d?(?:st|nd|rd|th)\b|\d\s+m[ae]i\b")
_TRAVEL_GATE = re.compile(r"(?i)\b(?:book|reserv|fl[yi]|mov|arriv|leav|land|travel|depart)")
_DIGITS_GATE = re.compile(r"\d[/.]\d")


def _maybe(text: str) -> bool:
    return bool(_GATE.search(text) or (_DIGITS_GATE.search(text) and _TRAVEL_GATE.search(text)))


def day_cue_recognizer() -> PatternRecognizer:
    return _gated(PatternRecognizer, _maybe)(
        supported_entity="DATE_TIME",
        name="DayCueRecognizer",
        patterns=[
            # "moving house the 27th.", "we fly out the 9th" (the clause ends)
            # (each pattern opens with a look-ahead for its first character, so its look-behinds are
            # tried only there)
            Pattern("the Nth.", rf"(?=\d)(?<=(?<!\b{_RANKING}\s+)\bthe\s+){_LATE_DAY}(?=\s*(?:$|[.,;!?)]|\n))", 0.45),
            # "since the 13th the app wont load", "by the 5th my card"
            Pattern("cue the Nth, clause", rf"(?=\d)(?<=(?<!\b{_HABIT}){_STRONG_CUE}\s+the\s+){_DAY_ORD}(?=\s+{_CLAUSE_OPENS}\s)", 0.45),
            # "can i book for 7/6", "flying 12.07.", "moving on 3/5"
            Pattern("travel digits", rf"(?=\d)(?<=\b{_TRAVEL}(?:\s+(?:it|me|us|them|out|in|back|home))?"
                    rf"(?:\s+(?:for|on))?(?:\s+the)?\s+){_DM}(?![\d/.]\d|\d|\s*(?:%|of|people|nights?|days?|weeks?)\b)",
                    0.45),
            # "paid on 3 mei", "by 6 mai"
            Pattern("day mei", rf"(?=\d)(?<=\b(?:{_STRONG_CUE}|due|dated|dob|born)\s+)(?:[1-9]|[12]\d|3[01])\s+m[ae]i\b", 0.45),
        ],
        global_regex_flags=re.IGNORECASE | re.MULTILINE,
    )
