"""Quasi-identifiers, session 12: trades, crafts, clergy and ranks from the
ONS coding index's one- and two-word titles (a job head after a cue, the
rare ones and two-word titles alone), "-hand" jobs, "... seller"; more
peoples, castes and parties, "greek orthodox"; with every quasi switch on;
and ordinary uses that must stay ("the farmer's market", "the cook time")."""

from __future__ import annotations

import pytest

from client.scrub import QUASI_IDENTIFIERS, scrub_texts


def scrub_all(texts: list[str]) -> list[str]:
    return scrub_texts(texts, quasi_identifiers=QUASI_IDENTIFIERS)[0]


# (text, words that must be gone)
GONE = [
    ("our housemaid quit last week", ["housemaid"]),
    ("occupation: seamstress", ["seamstress"]),
    ("my brother is a monk", ["monk"]),
    ("he's a lance corporal in the army", ["corporal"]),
    ("i used to be an evangelist", ["evangelist"]),
    ("worked as a deckhand before the pandemic", ["deckhand"]),
    ("i work as a charcoal seller in town", ["charcoal", "seller"]),
    ("she is a tutsi", ["tutsi"]),
    ("we are jats and my card is blocked", ["jats"]),
    ("i vote odm", ["odm"]),
    ("she is greek orthodox", ["greek", "orthodox"]),
]

KEPT = [
    "we went to the farmer's market",
    "the cook time is 20 minutes",
    "i paid the fee beforehand",
    "polish the car before selling it",
    "my driver license expired",
]


@pytest.mark.parametrize("text, words", GONE)
def test_value_gone(text, words):
    out = scrub_all([text])[0].lower()
    for w in words:
        assert w not in out.replace("<", " ").replace(">", " ").split(), out


@pytest.mark.parametrize("text", KEPT)
def test_ordinary_kept(text):
    assert scrub_all([text])[0] == text


def test_orthodox_alone_still_ambiguous():
    # "orthodox" counts after a group word, not as an everyday adjective.
    out = scrub_all(["the orthodox approach to budgeting"])[0]
    assert "orthodox" in out, out


def test_everyday_english_people_word_kept():
    # "ewe" and "karen" are in the peoples list but everyday English words.
    out = scrub_all(["the ewe and her lamb"])[0]
    assert "ewe" in out, out
