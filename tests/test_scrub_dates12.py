"""Quasi-identifiers, session 12: dates and ages in shapes session 11 missed,
with every quasi switch on. Dates: a month name of another language or
calendar ("31 gennaio", "11 de marzo de 1983", "le 3 mars 2024", "15 ramadan
1445", "24 tishrei"), a weekday with digits or a bare day ("mon 1/11", "tues
5"), "19.04.", "1938. 02. 20.", a day alone after more cues ("can we do the
3rd", "3pm the 4th") or before a past verb ("on the 24th failed"). Ages: a
writer's age and sex ("34f here", "me (34f)", "F31.", "[34f]", "i am 34/m"),
"just hit 30". And sentences of the same shape that must stay. See
docs/scrubbing.md, policy rows for dates and ages."""

from __future__ import annotations

import re

import pytest

from client.scrub import QUASI_IDENTIFIERS as _EVERY_SWITCH, scrub_texts

# Every quasi switch but DATE_PART (session 17), whose years, months, weekdays and relative
# days these controls keep: tests/test_scrub_date_part.py has them with it on.
QUASI_IDENTIFIERS = tuple(q for q in _EVERY_SWITCH if q != "DATE_PART")


def scrub_all(texts: list[str]) -> list[str]:
    return scrub_texts(texts, quasi_identifiers=QUASI_IDENTIFIERS)[0]


DATES = [
    ('we fly out 31 gennaio', 'we fly out <DATE_TIME>'),
    ('see you 3 agosto', 'see you <DATE_TIME>'),
    ('since 9 septiembre we wait', 'since <DATE_TIME> we wait'),
    ('she came 1er juillet', 'she came <DATE_TIME>'),
    ('born 11 de marzo de 1983', 'born <DATE_TIME>'),
    ('le 3 mars 2024 it failed', 'le <DATE_TIME> it failed'),
    ('appointment: 24 tishrei', 'appointment: <DATE_TIME>'),
    ('my birthday is 15 ramadan', 'my birthday is <DATE_TIME>'),
    ('dob 12 safar', 'dob <DATE_TIME>'),
    ('so 19.04. i tried', 'so <DATE_TIME> i tried'),
    ('can we do mon 1/11 instead', 'can we do <DATE_TIME> instead'),
    ('the payment on the 24th failed twice', 'the payment on the <DATE_TIME> failed twice'),
    ('can we do the 3rd instead', 'can we do the <DATE_TIME> instead'),
    ('how about the 12th', 'how about the <DATE_TIME>'),
    ('see you the 4th', 'see you the <DATE_TIME>'),
    ('3pm the 4th', '3pm the <DATE_TIME>'),
    ('tues 5 i paid', '<DATE_TIME> i paid'),
    ('see you on sat 12', 'see you on <DATE_TIME>'),
]

# Found, whatever label wins over the date (digits and words also look like an address).
DATES_GONE = [
    ('date of birth 1938. 02. 20.', '1938. 02. 20.'),
]

AGES = [
    ('me (34f) and my bf', 'me (<AGE>) and my bf'),
    ('my husband (29m) cant log in', 'my husband (<AGE>) cant log in'),
    ('me (34) and my wife', 'me (<AGE>) and my wife'),
    ('34f here, need help', '<AGE> here, need help'),
    ('im 34m and need help', 'im <AGE> and need help'),
    ('F31. how do i top up', '<AGE>. how do i top up'),
    ('[34f] need advice', '[<AGE>] need advice'),
    ('I am 34/M', 'I am <AGE>'),
    ('i just hit 30.', 'i just hit <AGE>.'),
]

KEPT = [
    'i ate 3 mars bars',
    '2 posh hotels',
    'mars 2020 rover',
    'it cost 19.04.',
    'a fee of 25.04.',
    'sat 3/4 of the way',
    'mon-fri 9-5',
    'i sat 12 exams last year',
    'wed 3 cards',
    'fri 5pm works',
    'i prefer the 2nd option',
    'how about the 2nd card',
    'do the 3rd step',
    'see you the 2nd time',
    'on the 3rd floor we wait',
    'i tried on the 3rd attempt',
    'im 5m away',
    'i have 5m in savings',
    'route 66 and m 25',
    'we hit 30 likes',
    'i just hit 3 and it froze',
]


@pytest.fixture(scope="module")
def found():
    texts = [t for t, _ in DATES + AGES + DATES_GONE]
    return dict(zip(texts, scrub_all(texts)))


@pytest.fixture(scope="module")
def kept():
    return dict(zip(KEPT, scrub_all(KEPT)))


@pytest.mark.parametrize("text, expected", DATES + AGES)
def test_date_or_age_found(found, text, expected):
    assert found[text] == expected


@pytest.mark.parametrize("text, value", DATES_GONE)
def test_date_gone_words_kept(found, text, value):
    before, after = text.split(value)
    assert re.fullmatch(re.escape(before) + "<[A-Z_]+>" + re.escape(after), found[text])


@pytest.mark.parametrize("text", KEPT)
def test_ordinary_text_stays(kept, text):
    assert kept[text] == text
