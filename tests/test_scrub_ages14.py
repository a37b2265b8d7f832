"""Ages in more phrasings, session 14 (``client/scrub/ages.py`` and
``age_cues.py``), with every quasi switch on: ranges after an age word ("aged
between 30 and 40", "18-24 age group"), form labels ("Age (in years): 42",
"how old are you? 42"), hurried units ("42 yeras old", "11 mo old"), a baby's
months ("my baby is 4 months"), futures ("i turn 30 in june", "gonna be 40"),
a role or status with a comma ("pensioner, 71", "71, retired"), more relatives
("my stepson is 9"), "40s woman" and another language's "I am" ("ich bin
42"). And ordinary numbers in the same places, which must stay."""

from __future__ import annotations

import re

import pytest

from client.scrub import QUASI_IDENTIFIERS as _EVERY_SWITCH, scrub_texts

# Every quasi switch but DATE_PART (session 17), whose years, months, weekdays and relative
# days these controls keep: tests/test_scrub_date_part.py has them with it on.
QUASI_IDENTIFIERS = tuple(q for q in _EVERY_SWITCH if q != "DATE_PART")


def scrub_all(texts: list[str]) -> list[str]:
    return scrub_texts(texts, quasi_identifiers=QUASI_IDENTIFIERS)[0]


# (text, the ages that must go)
AGES = [
    ("aged between 60 and 70. how do i apply", ("60", "70")),
    ("Age group 30-39", ("30", "39")),
    ("we are in the 25-34 age group", ("25", "34")),
    ("between the ages of 18 and 25", ("18", "25")),
    ("for 5 to 7 year olds", ("5", "7")),
    ("Age (in years): 42", ("42",)),
    ("how old are you? 42", ("42",)),
    ("age?? 42", ("42",)),
    ("42 yeras old and no credit history", ("42",)),
    ("i am 42 years od", ("42",)),
    ("he is 11 mo old", ("11",)),
    ("my baby is 4 months and needs a passport", ("4",)),
    ("she turned 5 months", ("5",)),
    ("i turn 30 in june", ("30",)),
    ("gonna be 40 this year", ("40",)),
    ("i'm going to be 42 soon", ("42",)),
    ("hitting 40 next week", ("40",)),
    ("pensioner, 71. my card expired", ("71",)),
    ("single dad, 30", ("30",)),
    ("grandmother of 3, 64", ("64",)),
    ("71, retired, need help", ("71",)),
    ("nurse, 45 from leeds", ("45",)),
    ("my stepson is 9 now", ("9",)),
    ("my mother-in-law is 80", ("80",)),
    ("the little one is 3", ("3",)),
    ("40s woman here", ("40s",)),
    ("ich bin 42", ("42",)),
]
# Ordinary numbers in the same places; every number must stay.
KEPT = [
    "turning 32 degrees",
    "a 25 year mortgage",
    "42 years ago",
    "pages 30-39",
    "lines 10 to 20",
    "im 3 months behind on rent",
    "i'm 2 months into the contract",
    "i turn 3 pages",
    "its gonna be 5 minutes",
    "i hit 30 likes",
    "order, 53 of them",
    "chapter, 12",
    "step 2, 5 failed",
    "the 80s band",
    "anna is in room 42",
    "version 3.2 is broken",
    "tengo 5 minutos",
    "a 55 inch tv",
    "it's been 9 months",
]


@pytest.fixture(scope="module")
def scrubbed():
    texts = [t for t, _ in AGES] + KEPT
    return dict(zip(texts, scrub_all(texts)))


@pytest.mark.parametrize("text, ages", AGES)
def test_age_goes(scrubbed, text, ages):
    out = scrubbed[text]
    assert "<" in out
    for age in ages:
        assert not re.search(rf"(?<![\w<]){re.escape(age)}(?!\w)", out)


@pytest.mark.parametrize("text", KEPT)
def test_ordinary_numbers_stay(scrubbed, text):
    out = scrubbed[text]
    assert re.findall(r"\d+(?:\.\d+)?", out) == re.findall(r"\d+(?:\.\d+)?", text)
    assert "<AGE>" not in out
