"""Quasi-identifiers, session 13: dates in the CLDR shapes of other locales
(the dev set is benchmarks/scrub_dates13_dev.py, built from babel), with
every quasi switch on: a year before its month ("1947 october", "2008 may
7"), "de" between ("19 de february de 1965"), a dotted day before a month
name ("5. january"), spaced dots ("13. 8. 1998"), MM-dd with a leading zero
("01-16"), a US month/day past the 12th ("10/27"), a two-digit year first
("98/6/16"), a weekday with dotted or dashed digits ("tue, 28.10", "02-14,
mon"), CJK long dates ("2024年3月5日"), and CLDR month names of more
languages ("24 de febreiro de 2020", "maarts 1949", "17 lug 1978"). And
ordinary numbers of the same shape that must stay. See docs/scrubbing.md,
policy row for dates."""

from __future__ import annotations

import pytest

from client.scrub import QUASI_IDENTIFIERS as _EVERY_SWITCH, scrub_texts

# Every quasi switch but DATE_PART (session 17), whose years, months, weekdays and relative
# days these controls keep: tests/test_scrub_date_part.py has them with it on.
QUASI_IDENTIFIERS = tuple(q for q in _EVERY_SWITCH if q != "DATE_PART")


def scrub_all(texts: list[str]) -> list[str]:
    return scrub_texts(texts, quasi_identifiers=QUASI_IDENTIFIERS)[0]


DATES = [
    ('booked for 1947 october, thanks', 'booked for <DATE_TIME>, thanks'),
    ('statement from 1942, september, 26 shows it', 'statement from <DATE_TIME> shows it'),
    ('score was 3-1 and then 2008 may 7 i got charged', 'score was 3-1 and then <DATE_TIME> i got charged'),
    ('we met 19 de february de 1965 there', 'we met <DATE_TIME> there'),
    ('since march de 1943', 'since <DATE_TIME>'),
    ('delivery 5. january, thanks', 'delivery <DATE_TIME>, thanks'),
    ('we met 13. 8. 1998 to talk', 'we met <DATE_TIME> to talk'),
    ('i topped up 100 on 01-16.', 'i topped up 100 on <DATE_TIME>.'),
    ('we met 23-01 to talk', 'we met <DATE_TIME> to talk'),
    ('can we move it to 10/27? i paid 45.20', 'can we move it to <DATE_TIME>? i paid 45.20'),
    ('i topped up 100 on 98/6/16', 'i topped up 100 on <DATE_TIME>'),
    ('app crashed on tue, 28.10 again', 'app crashed on <DATE_TIME> again'),
    ('02-14, mon: card declined twice', '<DATE_TIME>: card declined twice'),
    ('paid on 2024年3月5日 ok', 'paid on <DATE_TIME> ok'),
    ('we met 24 de febreiro de 2020', 'we met <DATE_TIME>'),
    ('score was 3-1 and then maarts 1949', 'score was 3-1 and then <DATE_TIME>'),
    ('transfer dated 17 lug 1978', 'transfer dated <DATE_TIME>'),
    ('1982 setul: card declined', '<DATE_TIME>: card declined'),
]

KEPT = [
    'in 2009 may be',
    'since 2019 i bank here',
    'the score was 3-1',
    'they won 2-0',
    'version 5.3.1 keeps crashing',
    'on build 3.12.4 still broken',
    'it took 10-15 minutes',
    'wait 5-10 days',
    'open 24/7 they said',
    'open 7/24',
    'half price: 1/2 off',
    'i got 9/20 on the test',
    'rated 4.5/5',
    'score 8/10',
    'ratio of 16:9',
    'it cost 12.05 in total',
    'app 10.3 and ios 17.4.1',
    'mon-fri 9-5',
    'fri 9-5 only',
    'i ate 3 mars bars',
    'gene 5 is fine',
    'i paid 3 set of fees',
]


@pytest.fixture(scope="module")
def found():
    texts = [t for t, _ in DATES]
    return dict(zip(texts, scrub_all(texts)))


@pytest.fixture(scope="module")
def kept():
    return dict(zip(KEPT, scrub_all(KEPT)))


@pytest.mark.parametrize("text, expected", DATES)
def test_date_found(found, text, expected):
    assert found[text] == expected


@pytest.mark.parametrize("text", KEPT)
def test_ordinary_number_kept(kept, text):
    assert kept[text] == text
