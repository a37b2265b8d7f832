"""Dates read as parts and ages by what the number describes, session 15
(``client/scrub/date_parts.py``, ``client/scrub/age_frames.py``), every quasi
switch on: a month and a day (or a year) joined by any separator ("may. 28.
2013", "1963 - aug. - 10", "sep_19_'04"), three numbers joined the same way
with a year ("6_14_1997", "10 - 04 - '05"), Roman months ("14.II.1985"); an
age beside a person word ("my boy 15 lost his card", "she 23, me 59", "my
wife 25f"), a form's label in another language ("edad: 32", "vârsta - 51"),
a spelled age after "grandad". Ordinary numbers in the same places stay."""

from __future__ import annotations

import re

import pytest

from client.scrub import QUASI_IDENTIFIERS as _EVERY_SWITCH, scrub_texts

# Every quasi switch but DATE_PART (session 17), whose years, months, weekdays and relative
# days these controls keep: tests/test_scrub_date_part.py has them with it on.
QUASI_IDENTIFIERS = tuple(q for q in _EVERY_SWITCH if q != "DATE_PART")


def scrub_all(texts: list[str]) -> list[str]:
    return scrub_texts(texts, quasi_identifiers=QUASI_IDENTIFIERS)[0]


# (text, pieces that must go)
DATES = [
    ("happened may. 28. 2013 around noon", ("28", "2013")),
    ("dob may.2003", ("2003",)),
    ("happened 6_14_1997 around noon", ("6_14_1997",)),
    ("my appointment is aug. - 28th ok", ("28th",)),
    ("august/'85 the atm ate my card", ("'85",)),
    ("6th - may - '71 the atm ate my card", ("6th",)),
    ("happened 10 - 04 - '05 around noon", ("04",)),
    ("born 7, 22, 1994", ("22", "1994")),
    ("1963 - aug. - 10 the atm ate my card", ("1963",)),
    ("born apr. - 26th - 1962", ("26th",)),
    ("happened september_'85 around noon", ("september",)),
    ("born June 81", ("81",)),
    ("born jul..84", ("84",)),
    ("paid on sep_19_'04 and it bounced", ("19",)),
    ("my appointment is 02 - september - '06 ok", ("september",)),
    ("the charge from september69?", ("september69",)),
    ("1986 - X - 28 the atm ate my card", ("1986",)),
    ("dob 14.II.1985", ("14.II.1985",)),
    ("my appointment is 14th - 05 - 1957 ok", ("1957",)),
    ("born 09.'97", ("09",)),
]
AGES = [
    ("my boy 15 lost his card", ("15",)),
    ("she 23, me 59. what currencies can i hold", ("23", "59")),
    ("my wife 25f and me", ("25",)),
    ("edad: 32. how do the cards work", ("32",)),
    ("alter: 40. what do i do", ("40",)),
    ("vârsta - 51", ("51",)),
    ("leeftijd 60", ("60",)),
    ("ages: me 34, wife 31", ("34", "31")),
    ("my mum 81 cant use the app", ("81",)),
    ("grandad is eighty five now", ("eighty five",)),
    ("hubby 45 lost his card", ("45",)),
    ("my lil bro 14 wants an account", ("14",)),
    ("my bro is 14", ("14",)),
    ("29 female here, card blocked", ("29",)),
    ("male 35. card blocked", ("35",)),
    ("me, 31", ("31",)),
]
KEPT = [
    "i lent my friend 20 and he never paid",
    "send me 20 please",
    "give me 5 minutes",
    "my son 2 cards",
    "top up my son 20 pounds",
    "age limit is 18+?",
    "we need to alter 3 settings",
    "my flatmate 2 weeks ago",
    "my bro is 6 foot tall",
    "my sister is 5 hours ahead",
    "we hired 29 female staff",
    "thanks, 31 is my flat",
    "i may 3 times try",
    "we march 2 miles",
    "in june, 45 of us came",
    "june 81 pages",
    "version 2.3.4 broke it",
    "we won 3-1",
    "rated it 8/10",
    "call me at 10:30",
    "the fee was 3.99",
    "paid 1,200 in 2019",
    "jun81 is the code",
    "we tried 12, 4, 2019 and gave up",
    "rated 4.5/5. May I choose between Visa and Mastercard?",
]


@pytest.fixture(scope="module")
def scrubbed():
    texts = [t for t, _ in DATES + AGES] + KEPT
    return dict(zip(texts, scrub_all(texts)))


@pytest.mark.parametrize("text, pieces", DATES)
def test_date_goes(scrubbed, text, pieces):
    out = scrubbed[text]
    assert "<DATE_TIME>" in out
    for piece in pieces:
        assert piece not in out


@pytest.mark.parametrize("text, ages", AGES)
def test_age_goes(scrubbed, text, ages):
    out = scrubbed[text]
    assert "<AGE>" in out
    for age in ages:
        assert not re.search(rf"(?<![\w<]){re.escape(age)}(?!\w)", out)


@pytest.mark.parametrize("text", KEPT)
def test_ordinary_numbers_stay(scrubbed, text):
    out = scrubbed[text]
    assert out == text
