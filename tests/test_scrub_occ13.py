"""Occupations, session 13: titles that only their place in a chat sentence
marks (``client/scrub/job_places.py``): between "the / our / my" and a verb
of speech or action, after a verb whose object is a person, after "as"
opening a clause before "i", after a greeting before "from"; with every quasi
switch on; and ordinary nouns in the same places, which must stay."""

from __future__ import annotations

import pytest

from client.scrub import QUASI_IDENTIFIERS as _EVERY_SWITCH, scrub_texts

# Every quasi switch but DATE_PART (session 17), whose years, months, weekdays and relative
# days these controls keep: tests/test_scrub_date_part.py has them with it on.
QUASI_IDENTIFIERS = tuple(q for q in _EVERY_SWITCH if q != "DATE_PART")


def scrub_all(texts: list[str]) -> list[str]:
    return scrub_texts(texts, quasi_identifiers=QUASI_IDENTIFIERS)[0]


# (text, words that must be gone)
GONE = [
    ("the night auditor said my room was paid", ["auditor"]),
    ("our phlebotomist quit last week", ["phlebotomist"]),
    ("my loan underwriter told me to wait", ["underwriter"]),
    ("i asked the claims examiner about the fee", ["examiner"]),
    ("our actuary told me the premium went up", ["actuary"]),
    ("spoke to your mortgage adviser yesterday", ["adviser"]),
    ("as payroll administrator i see every salary", ["payroll", "administrator"]),
    ("hi, quality auditor from the plant here", ["auditor"]),
    ("our scaffolder at the site wants cash", ["scaffolder"]),
]

KEPT = [
    "the app said it would take a week",
    "our bank told me to call you",
    "my card says declined",
    "the printer said low ink",
    "the charger was broken",
    "the manager said no",
    "i asked the bank about it",
    "spoke to your helpline yesterday",
    "the blender was too loud",
    "as usual i paid late",
]


@pytest.mark.parametrize("text, words", GONE)
def test_value_gone(text, words):
    out = scrub_all([text])[0].lower()
    for w in words:
        assert w not in out.replace("<", " ").replace(">", " ").split(), out


@pytest.mark.parametrize("text", KEPT)
def test_ordinary_kept(text):
    assert scrub_all([text])[0] == text


@pytest.mark.parametrize("text", [
    "my head is spinning", "the coach was late again", "my stepfather told me to ask",
    "the caller said it was urgent", "the courier could not find it",
])
def test_people_and_things_kept(text):
    assert scrub_all([text])[0] == text


def test_no_verb_inside_a_title():
    # "app says moore opticians" is a sentence, not a title before "has".
    out = scrub_all(["the app says moore opticians has not been paid"])[0]
    assert "app says" in out, out
