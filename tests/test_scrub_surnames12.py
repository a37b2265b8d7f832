"""A surname or given name alone next to a title or an honorific (issue 13,
session 12): English titles before a surname that is an English word ("dr
song", "ask mr park"), titles of other languages before a name ("herr
long", "khun moon", "sheikh green"), honorifics after it, spaced or
hyphenated ("suzuki san", "tanaka-san", "song nim", "ward bey"); and the
same words kept in ordinary chat ("pak my bags", "mama said", "is khun a
polite word", "ate dinner", "the prof said no")."""

from __future__ import annotations

import pytest

from client.scrub import scrub_texts


def scrub_one(text: str) -> str:
    return scrub_texts([text])[0][0]


@pytest.mark.parametrize("text, value", [
    # an English title before a surname that is an English word
    ("dr song is on the letter", "song"),
    ("i spoke to mrs long about the fee", "long"),
    ("the form says mr park at the top", "park"),
    ("ms. bell signed the cheque", "bell"),
    # a title of another language before a name
    ("the form says herr long at the top", "long"),
    ("khun moon signed the cheque", "moon"),
    ("my landlord sheikh green never got the rent", "green"),
    ("the form still says mme rose at the top", "rose"),
    ("kyrios hunter approved the loan", "hunter"),
    ("the parcel was left with bwana fox", "fox"),
])
def test_name_after_a_title_is_removed(text, value):
    out = scrub_one(text)
    assert value not in out.split(), out
    assert "<PERSON>" in out


@pytest.mark.parametrize("text, value", [
    ("tanaka-san signed the cheque", "tanaka"),
    ("the form says watanabe san at the top", "watanabe"),
    ("song nim approved the loan", "song"),
    ("ward bey wants to add me to the joint account", "ward"),
    ("the cheque was signed by brown-ji", "brown"),
    ("Our account manager is Long san now", "Long"),
])
def test_name_before_an_honorific_is_removed(text, value):
    out = scrub_one(text)
    assert value not in out.replace("-", " ").split(), out
    assert "<PERSON>" in out


@pytest.mark.parametrize("text", [
    "can you help me pak my bags before the flight",
    "mang o juice was 4 quid at the station",
    "is khun a polite word",
    "bu is not a word i know",
    "mama said the card was blocked again",
    "i ate dinner at the airport and got charged twice",
    "pan the camera left when you scan the card",
    "he is the don of this whole street lol",
    "mr and mrs on the form, which should i pick",
    "the prof said no to the refund",
    "mas o menos, the rate was ok",
    "i ate pho at the station",
])
def test_ordinary_words_stay(text):
    assert scrub_one(text) == text
