"""Ages by what the number describes: a person word right beside it, or a
form's label for "age" in the languages a form may be in (session 15).

``ages.py`` and ``age_cues.py`` need a verb or a unit between the person and
the number ("my son is 7", "7 years old"). Chat drops both: "my boy 9 lost
his card", "she 23, me 59", "my wife 25f and me", "grandad is eighty five".
``AgeFrameRecognizer`` (``AGE``) takes, each bounded and linear:

* a person noun after a possessive ("my / our / his / her / their / the"),
  then the number, optionally in brackets or after a comma, then a sex letter,
  the clause's end, "and", or a verb ("my boy 9 lost", "my wife 25f", "our
  son (7)"); counts and amounts stay ("my son 2 cards", "my son has 2
  accounts": a unit or a verb before the number);
* a pronoun opening a clause or after a comma, then the number ending the
  clause ("she 23, me 59", "ages: me 34, wife 31"); "send me 20" and "give me
  5 minutes" stay (a verb before the pronoun, a unit after the number);
* a sex word and the number opening a clause, in either order ("29 female
  here", "male 35"); "29 female staff" stays;
* a form's label for age in ~25 languages, with a colon, an equals sign or a
  dash ("edad: 32", "alter: 40", "vârsta - 51", "âge : 44 ans",
  "leeftijd 60"; the words no English text uses need no colon); "age limit is
  18" and "eta: 5 mins" stay;
* an age after a family word and "is" ("grandad is eighty five", "my bro is
  14", "nana's 90"), spelled or in digits.

A person noun opening a clause needs no possessive ("hubby 45 lost his card",
"mom 67 cant login"); "lil", "little", "baby", "older" ... may come between
("my lil bro 14").

Only the number (and never the sex letter) is removed, as in ``ages.py``.
"""

from __future__ import annotations

import re as _re

import regex as re
from presidio_analyzer import LocalRecognizer, RecognizerResult

# 1-110, not part of a longer number or a decimal.
_N = r"(?<![\d.,])(?:110|10\d|[1-9]?\d)(?![.,]?\d)"
_PEOPLE = (
    r"(?:(?:step|half[\s-]?)?(?:son|daughter|kid|child|boy|girl|brother|sister|bro|sis|mum|mom|mother|dad|father)s?"
    r"|wife|husband|hubby|wifey|partner|spouse|bf|gf|boyfriend|girlfriend|fianc[ée]e?|baby|toddler|teen|teenager|"
    r"grand(?:son|daughter|child|kid|ma|pa|mother|father|dad)|granddad|grandad|gran|granny|grampa|gramps|nan|nana|nanna|"
    r"papa|mama|uncle|aunt|auntie|niece|nephew|cousin|twins?|eldest|oldest|youngest|lad|lass|kiddo|patient|"
    r"mother[\s-]in[\s-]law|father[\s-]in[\s-]law|flatmate|roommate|housemate|friend|neighbou?r)"
)
# What may follow the age: a sex letter, the clause's end, "and", or a verb going on.
_AFTER = (
    r"(?=\s?[mf]\b|\s*(?:$|[,;:!?)\]/]|\.(?!\d)|\s(?:and|&|who|but|now|here|lost|got|gets|has|had|is|was|wants|"
    r"needs|can|cant|can't|cannot|will|wont|won't|just|also|still|keeps|took|went|broke|made|does|did|doesnt|"
    r"doesn't|didnt|didn't|uses|used|goes|tried|tries|lives|loves|likes|asked|says|said|[a-z]+ed)\b))"
)
_NOT_UNIT = (
    r"(?!\s*(?:%|[ap]\.?m\b|:\d|hours?|hrs?\b|minutes?|mins?\b|days?|weeks?|months?|times?|cards?|accounts?|"
    r"items?|euros?|dollars?|pounds?|quid|bucks|cents?|pence|[€$£]|k\b|kg\b|km\b|miles?|lbs?\b|stone\b|"
    r"foot|feet|ft\b|cm\b|inch(?:es)?|degrees?|points?|places?|spots?|goals?|levels?|stars?|games?))"
)
_MODIFIER = r"(?:(?:lil|little|baby|big|older|younger|eldest|youngest|new|elderly|old)\s+)?"
_NOUN_AGE = re.compile(
    rf"(?i)(?:(?<![\w'’])(?:my|our|his|her|their|the)\s+{_MODIFIER}|(?:^|(?<=[,;:(\n]\s?|[.!?]\s|\b(?:and|&)\s)))"
    rf"{_PEOPLE}\s*(?:,\s*|\(\s*)?(?P<age>{_N})\s*\)?{_NOT_UNIT}{_AFTER}"
)
_PRONOUN_AGE = re.compile(
    rf"(?i)(?:^|(?<=[,;:(\n]\s?|[.!?]\s|\b(?:and|&)\s))(?:me|myself|she|he|him|her|wife|hubby|husband)\s*[:=,-]?\s*"
    rf"(?P<age>{_N})(?=\s?[mf]?(?:\s*(?:$|[,;:!?)\]/]|\.(?!\d)|\s(?:and|&|here)\b)))"
)
# A sex word and the age opening a clause, in either order: "29 female here", "male 35".
_CLAUSE = r"(?:^|(?<=[,;:(\n]\s?|[.!?]\s|\b(?:and|&)\s))"
_CLAUSE_END = r"(?=\s*(?:$|[,;:!?)\]/]|\.(?!\d)|\s(?:and|&|here|looking|seeking|from|with|who|living)\b))"
_SEX = r"(?:female|male|woman|man|guy|girl|boy|lady)"
_SEX_AGE = re.compile(
    rf"(?i){_CLAUSE}(?P<age>{_N})\s+{_SEX}{_CLAUSE_END}|{_CLAUSE}{_SEX}\s*,?\s*(?P<age>{_N}){_CLAUSE_END}"
)
# Labels: with a separator, and (words English never uses) without one.
_LABEL_WORDS = (r"(?:age|edad|edat|âge|idade|età|alter|leeftijd|wiek|ålder|alder|věk|vek|vârsta|varsta|vîrsta|"
                r"yaş|yas|umur|usia|életkor|eletkor|ikä|vanus|vecums|amžius|amzius|starost|dob/age|возраст|вік)")
_LABEL_BARE = r"(?:âge|edad|idade|leeftijd|wiek|ålder|vârsta|varsta|vîrsta|yaş|umur|életkor|eletkor|vecums|amžius|возраст|вік)"
_LABEL_AGE = re.compile(
    rf"(?i)(?<![\w'’-]){_LABEL_WORDS}\s*(?:[:=]|\s[-–])\s*(?P<age>{_N}){_NOT_UNIT}"
    rf"|(?<![\w'’-]){_LABEL_BARE}\s+(?P<age>{_N}){_NOT_UNIT}"
)
_SPELLED = (r"(?:(?:twen|thir|for|four|fif|six|seven|eigh|nine)ty(?:[- ](?:one|two|three|four|five|six|seven|eight|"
            r"nine))?|(?:thir|four|fif|six|seven|eigh|nine)teen|two|three|four|five|six|seven|eight|nine|ten|eleven|"
            r"twelve)\b")
_SPELLED_AGE = re.compile(
    rf"(?i)(?<![\w'’]){_PEOPLE}(?:'s|’s|\s+is|\s+was|\s+turned|\s+turns)\s+(?:now\s+|just\s+|only\s+|nearly\s+|"
    rf"almost\s+)?(?:(?P<age>{_SPELLED})|(?P<age>{_N}){_NOT_UNIT}{_AFTER})(?!\s*(?:of|more|times|cards|accounts|days|weeks|months|hours|minutes)\b)"
)
# A money verb before the person makes the number an amount: "i lent my friend 20 and ...".
_MONEY_VERB = re.compile(r"(?i)\b(?:give|gave|given|gives|lend|lent|lends|send|sent|sends|owe|owed|owes|pay|paid|pays|"
                         r"transfer(?:red)?|wired?|loan(?:ed)?|refund(?:ed)?|charged?|cost|costs|tip(?:ped)?|bought|"
                         r"buy|sold|sell|top(?:ped)?\s+up)\s+$")
_GATE = re.compile(r"(?i)\d|t(?:y|een)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b")


# Cheap checks first: a number of one to three digits standing alone, and a word one of the frames opens with.
_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?![.,]?\d)")
_WORDS = _re.compile(r"[^\W\d_]+")
_BASE = """son daughter kid child boy girl brother sister bro sis mum mom mother dad father wife husband hubby wifey
partner spouse bf gf boyfriend girlfriend fiance fiancé fiancee fiancée baby toddler teen teenager grandson
granddaughter grandchild grandkid grandma grandpa grandmother grandfather granddad grandad gran granny grampa gramps
nan nana nanna papa mama uncle aunt auntie niece nephew cousin twin eldest oldest youngest lad lass kiddo patient
flatmate roommate housemate friend neighbour neighbor""".split()
_ANCHOR_WORDS = frozenset(
    [w for b in _BASE for w in (b, b + "s", "step" + b, "step" + b + "s", "half" + b)] + "children me myself she he him her "
    "female male woman man guy lady girls boys age edad edat âge idade età alter leeftijd wiek ålder alder věk vek "
    "vârsta varsta vîrsta yaş yas umur usia életkor eletkor ikä vanus vecums amžius amzius starost dob возраст "
    "вік".split())


class AgeFrameRecognizer(LocalRecognizer):
    """Ages beside a person word or a label (see the module's docstring)."""

    SCORE = 0.5

    def __init__(self):
        super().__init__(supported_entities=["AGE"], name="AgeFrameRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        if not _GATE.search(text) or _ANCHOR_WORDS.isdisjoint(w.lower() for w in _WORDS.findall(text)):
            return []
        found = set()
        if _NUMBER.search(text):
            found |= {m.span("age") for rx in (_LABEL_AGE, _SEX_AGE) for m in rx.finditer(text)}
            found |= {m.span("age") for rx in (_NOUN_AGE, _PRONOUN_AGE) for m in rx.finditer(text)
                      if not _MONEY_VERB.search(text, max(0, m.start() - 24), m.start())}
        found |= {m.span("age") for m in _SPELLED_AGE.finditer(text)}
        return [
            RecognizerResult(
                entity_type="AGE", start=start, end=end, score=self.SCORE,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for start, end in sorted(found)
        ]
