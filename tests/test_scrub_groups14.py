"""Groups by their place, session 14: after "as a" and "vote", before
"voter", "mp", "member", "landlord", "next door"; parties and faiths the lists
lacked; peoples and parties that are English words too ("ewe", "mohawk",
"eff", "reform", "greens") only where cued. Everyday words there stay."""

from __future__ import annotations

import pytest

from client.scrub import QUASI_IDENTIFIERS as _EVERY_SWITCH, scrub_texts

# Every quasi switch but DATE_PART (session 17), whose years, months, weekdays and relative
# days these controls keep: tests/test_scrub_date_part.py has them with it on.
QUASI_IDENTIFIERS = tuple(q for q in _EVERY_SWITCH if q != "DATE_PART")


def scrub_one(text: str) -> str:
    return scrub_texts([text], quasi_identifiers=QUASI_IDENTIFIERS)[0][0]


@pytest.mark.parametrize("text, gone", [
    ("as a tenrikyo i dont drink, is there an account for me", "tenrikyo"),
    ("we vote psoe and i need a card", "psoe"),
    ("a swapo member asked me", "swapo"),
    ("my tlingit landlord wants the rent by transfer", "tlingit"),
    ("the basotho next door got the same letter", "basotho"),
    ("the prussian community here", "prussian"),
    ("we vote green every time", "green"),
    ("a reform voter like me", "reform"),
    ("i'm mohawk on my mums side", "mohawk"),
    ("my dad is eff", "eff"),
    ("i'm a latter-day saint so no interest please", "latter-day saint"),
    ("as a Flemish guy i need dutch", "Flemish"),
])
def test_group_in_place_is_removed(text, gone):
    assert gone not in scrub_one(text)


@pytest.mark.parametrize("text, kept", [
    ("we need to reform the process", "reform"),
    ("eat your greens", "greens"),
    ("he got a mohawk haircut", "mohawk"),
    ("the ewe and her lamb", "ewe"),
    ("as a customer i expect better", "customer"),
    ("my new landlord is rude", "new"),
    ("a regular voter", "regular"),
    ("i voted yes", "yes"),
    ("we vote tomorrow", "tomorrow"),
    ("swiss cheese and french fries", "swiss cheese and french fries"),
])
def test_ordinary_word_in_place_stays(text, kept):
    assert kept in scrub_one(text)
