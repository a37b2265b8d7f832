"""Quasi-identifiers, session 11: dates and ages in the shapes chat, clinic, HR,
bank and travel text writes and earlier rounds lacked (a day alone after a date
word, a weekday with its day, dotted, dashed and ISO dates, month and year in
digits, a holiday with its year; clinical "34y" / "67yom" / "34 f with",
spelled ages, "im 34", "40th birthday"), with every quasi switch on; and
sentences of the same shape that must stay (ordinals that count, scores,
versions, seasons, durations, a month, year, weekday, quarter or holiday alone).
See docs/scrubbing.md, "Dates and ages, session 11"."""

from __future__ import annotations

import pytest

from client.scrub import QUASI_IDENTIFIERS as _EVERY_SWITCH, scrub_texts

# Every quasi switch but DATE_PART (session 17), whose years, months, weekdays and relative
# days these controls keep: tests/test_scrub_date_part.py has them with it on.
QUASI_IDENTIFIERS = tuple(q for q in _EVERY_SWITCH if q != "DATE_PART")


def scrub_all(texts: list[str]) -> list[str]:
    return scrub_texts(texts, quasi_identifiers=QUASI_IDENTIFIERS)[0]


DATES = [
    ('see you on the 3rd', 'see you on the <DATE_TIME>'),
    ('sent via email on the 12th, no reply', 'sent via email on the <DATE_TIME>, no reply'),
    ('booked for the 5th at 9', 'booked for the <DATE_TIME> at 9'),
    ('we are away from the 5th to the 9th', 'we are away from the <DATE_TIME>'),
    ('due on the twelfth', 'due on the <DATE_TIME>'),
    ('refund by tuesday the 5th', 'refund by <DATE_TIME>'),
    ('the call is mon 7th', 'the call is <DATE_TIME>'),
    ('pay by the 5th of this month', 'pay by the <DATE_TIME> of this month'),
    ('my dob is 17th', 'my dob is <DATE_TIME>'),
    ('refund promised by august, 12th', 'refund promised by <DATE_TIME>'),
    ('dob oct-8', 'dob <DATE_TIME>'),
    ('logged 1993.03.14 by the app', 'logged <DATE_TIME> by the app'),
    ('at 2023-06-05T10:00 it failed', 'at <DATE_TIME> it failed'),
    ('the email of 5.6.2023', 'the email of <DATE_TIME>'),
    ('dob 05.06.', 'dob <DATE_TIME>'),
    ('on 5.6. we went', 'on <DATE_TIME> we went'),
    ('moved on 6-5-23', 'moved on <DATE_TIME>'),
    ('the letter of 12-25-2023', 'the letter of <DATE_TIME>'),
    ('meeting 05/06 at the branch', 'meeting <DATE_TIME> at the branch'),
    ('shift swap 19/10 (night)', 'shift swap <DATE_TIME> (night)'),
    ('since 03/2019 i bank here', 'since <DATE_TIME> i bank here'),
    ('customer since 2019-03', 'customer since <DATE_TIME>'),
    ("statement jun '23", 'statement <DATE_TIME>'),
    ('we left mid-june 2023', 'we left <DATE_TIME>'),
    ('ticket 05jun23 closed', 'ticket <DATE_TIME> closed'),
    ('christmas eve 2022 it was stolen', '<DATE_TIME> it was stolen'),
]

AGES = [
    ('pt 34y male with cough', 'pt <AGE> male with cough'),
    ('34y, female', '<AGE>, female'),
    ('67yom with chest pain', '<AGE> with chest pain'),
    ('im 34 and never had a card', 'im <AGE> and never had a card'),
    ('hes 34 now', 'hes <AGE> now'),
    ('shes 7', 'shes <AGE>'),
    ('my daughter is twelve', 'my daughter is <AGE>'),
    ('she is seven years old', 'she is <AGE> years old'),
    ('celebrating my 40th birthday', 'celebrating my <AGE> birthday'),
    ('his twenty-first bday party', 'his <AGE> bday party'),
    ('34 f with headache', '<AGE> with headache'),
]

KEPT = [
    'on the 3rd floor',
    'on the 1st try',
    'they pay me on the 1st',
    'rent is due on the 15th of each month',
    'the debit goes out on the 3rd',
    'for the 5th time',
    'the 2nd payment failed',
    'from the first i knew',
    'sunday 2 times',
    'rated it 4.5.',
    'version 5.6. is out',
    'it took 2-3 days',
    'open 24/7',
    'rated 8/10',
    'got 10/10 service',
    'the 2011-12 season',
    'the 2019/20 tax year',
    'page 1/05',
    'over christmas',
    'q3 2023 results',
    'in 2019 i moved',
    'on tuesday i paid',
    'in march i paid',
    'mid-may we start',
    'the 5y fixed rate',
    'a 5y loan',
    'im 5 minutes away',
    'hes 2 payments behind',
    "she's one of the best",
    'i sent 5m with a note',
    'we are two people',
    'im ten minutes away',
    'i have three cards',
    'finished 2nd',
    'the 12th card',
]


@pytest.fixture(scope="module")
def found():
    texts = [t for t, _ in DATES + AGES]
    return dict(zip(texts, scrub_all(texts)))


@pytest.fixture(scope="module")
def kept():
    return dict(zip(KEPT, scrub_all(KEPT)))


@pytest.mark.parametrize("text, expected", DATES + AGES)
def test_date_or_age_found(found, text, expected):
    assert found[text] == expected


@pytest.mark.parametrize("text", KEPT)
def test_ordinary_text_stays(kept, text):
    assert kept[text] == text
