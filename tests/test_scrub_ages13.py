"""Ages as bare numbers, session 13 (``client/scrub/age_cues.py``), with every
quasi switch on: a first name as subject or with the age in brackets ("anna is
42", "me and sergej (42)"), a civil status after the number ("42, married"),
another language's word for years ("42 ans", "42 años", "42 J.", "42 lat",
"42 tahun", "42 taon"), "by 42 i had", decades alone ("early 40s"). And
ordinary numbers in the same places, which must stay. See docs/scrubbing.md,
policy row for ages."""

from __future__ import annotations

import re

import pytest

from client.scrub import QUASI_IDENTIFIERS, scrub_texts


def scrub_all(texts: list[str]) -> list[str]:
    return scrub_texts(texts, quasi_identifiers=QUASI_IDENTIFIERS)[0]


# (text, the age that must go)
AGES = [
    ("anna is 42. can you help", "42"),
    ("Marcus is 42 and still at home", "42"),
    ("holly is only 19.", "19"),
    ("ingegerd is 67 years and lives alone", "67"),
    ("me and sergej (42). my card is blocked", "42"),
    ("urszula (8) lost her card", "8"),
    ("42, married. i need a loan", "42"),
    ("Name: Jo\n35, single, no kids", "35"),
    ("37, divorced", "37"),
    ("42 ans. j'ai perdu ma carte", "42"),
    ("tengo 42 años y necesito ayuda", "42"),
    ("Herr Weber, 67 J., Rentner", "67"),
    ("mam 42 lat i nie mam karty", "42"),
    ("umur saya 42 tahun", "42"),
    ("ako ay 42 taon", "42"),
    ("ik ben 42 jaar", "42"),
    ("by 42 i had two kids", "42"),
    ("by forty she was retired", "forty"),
    ("early 40s. why do you need my id", "40s"),
    ("mid-forties, works nights", "forties"),
]
# Ordinary numbers in the same places; every number must stay.
KEPT = [
    "anna is 42 minutes late",
    "the max is 5 per day",
    "marcus is on page 42",
    "anna sent 42 euros",
    "room 2, single bed please",
    "order 42, married couples discount",
    "for 5 años we banked here",
    "hace 10 años abri la cuenta",
    "the 2 let me in",
    "by 15 i will call",
    "by 12 we were done",
    "the late 90s were fun",
    "music from the early 80s",
    "top 10 reasons",
    "it took 42 days",
    "version 4.2 crashes",
    "42 items in the cart",
    "seat 42f please",
    "i paid 42.50 for it",
]


@pytest.fixture(scope="module")
def scrubbed():
    texts = [t for t, _ in AGES] + KEPT
    return dict(zip(texts, scrub_all(texts)))


@pytest.mark.parametrize("text, age", AGES)
def test_age_goes(scrubbed, text, age):
    out = scrubbed[text]
    assert "<" in out  # "<AGE>"; "42 ans. j'ai perdu" is taken whole by the address rules
    assert not re.search(rf"(?<!\w){re.escape(age)}(?!\w)", out)


@pytest.mark.parametrize("text", KEPT)
def test_ordinary_numbers_stay(scrubbed, text):
    out = scrubbed[text]
    assert re.findall(r"\d+(?:\.\d+)?", out) == re.findall(r"\d+(?:\.\d+)?", text)
    assert "<AGE>" not in out
