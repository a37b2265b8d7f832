"""Quasi-identifiers, session 14: dates as chat types them (the dev set is
benchmarks/scrub_dates14_dev.py), with every quasi switch on: a misspelt
month name next to a day or a year ("febuary 12", "3rd marhc",
"decmber 2019"), a day glued to its month ("march3rd", "21november",
"15may"), a month name between slashes or dashes ("12/sep/2021",
"20th/april", "28-sept"), ranges of ordinals or of day/month digits
("24th-26th", "3/3-3/7"), "the weekend of the 12th", a month with a
cardinal word ("april five"), a year glued after a comma ("jan 3rd,2019"),
"weds the 4th", and a day/month in digits after "booked for", "w/c" or
"week of". And words and numbers of the same shape that must stay: English
words one slip from a month ("match 3", "junk 5"), ranks ("1st-3rd place"),
fractions ("1/4-1/2 cup"), counts ("we march two miles"). See
docs/scrubbing.md, policy row for dates."""

from __future__ import annotations

import pytest

from client.scrub import QUASI_IDENTIFIERS as _EVERY_SWITCH, scrub_texts

# Every quasi switch but DATE_PART (session 17), whose years, months, weekdays and relative
# days these controls keep: tests/test_scrub_date_part.py has them with it on.
QUASI_IDENTIFIERS = tuple(q for q in _EVERY_SWITCH if q != "DATE_PART")
from client.scrub.month_typos import is_month_typo


def scrub_all(texts: list[str]) -> list[str]:
    return scrub_texts(texts, quasi_identifiers=QUASI_IDENTIFIERS)[0]


DATES = [
    ('i was there on marhc 3rd', 'i was there on <DATE_TIME>'),
    ('charged on febuary 12th 2020 twice', 'charged on <DATE_TIME> twice'),
    ('we fly out 27 septembeq, ok', 'we fly out <DATE_TIME>, ok'),
    ('since decmber 2019 it fails', 'since <DATE_TIME> it fails'),
    ('posted march3rd: still broken', 'posted <DATE_TIME>: still broken'),
    ('placed 21november not delivered', 'placed <DATE_TIME> not delivered'),
    ('hi so on 15may my card got declined', 'hi so on <DATE_TIME> my card got declined'),
    ('called on 12/sep/2021 about it', 'called on <DATE_TIME> about it'),
    ('my statement for 20th/april shows a fee', 'my statement for <DATE_TIME> shows a fee'),
    ('last seen 28-sept', 'last seen <DATE_TIME>'),
    ('edit (24th-26th): still broken', 'edit (<DATE_TIME>): still broken'),
    ('can i book 3/3-3/7 for the visit', 'can i book <DATE_TIME> for the visit'),
    ('can i book the weekend of the 9th for the visit', 'can i book the weekend of the <DATE_TIME> for the visit'),
    ('posted april five: app crashes', 'posted <DATE_TIME>: app crashes'),
    ('i reported it on february two and nobody answered', 'i reported it on <DATE_TIME> and nobody answered'),
    ('feb 6th,2004 i tried to withdraw', '<DATE_TIME> i tried to withdraw'),
    ('can i book weds the 10th', 'can i book <DATE_TIME>'),
    ('booked for 3/12 at the branch', 'booked for <DATE_TIME> at the branch'),
    ('w/c 3/12 i am away', 'w/c <DATE_TIME> i am away'),
    ('see you around the 28th', 'see you around the <DATE_TIME>'),
]

KEPT = [
    'match 3 on saturday was great',
    'junk 5 emails a day',
    'decent 5 star service',
    'octopus 8 legs',
    'marching 3 blocks',
    '1st-3rd place prizes',
    'the 18th-19th century houses',
    '1/4-1/2 cup of sugar',
    'charged at 1/2 price',
    'we march two miles',
    'in july two cards were lost',
    'in june two of us went',
    'i may 3 times ask',
    'over the 3rd floor',
    'around the 3rd time',
    'about 3/4 of it went',
    'scored 3/12',
    'summer 2021 was fine',
    'mar3 is a code',
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
def test_ordinary_words_kept(kept, text):
    assert kept[text] == text


@pytest.mark.parametrize("word, typo", [("febuary", True), ("marhc", True), ("octboer", True), ("januarry", True),
                                         ("match", False), ("marsh", False), ("augusta", False), ("march", False),
                                         ("junk", False), ("decent", False), ("mach", False), ("barch", False)])
def test_is_month_typo(word, typo):
    assert is_month_typo(word) is typo
