"""Ordinary words removed (issue 13, session 20): lower-case words that are
also names, used as ordinary words (benchmarks/scrub_ordinary20_dev.py half a
and the words it lists).

- an article or a demonstrative before a run of known names that are all English
  words makes them a thing, no person ("the ruby earrings", "an amber light"):
  ``client/scrub/lower_names.py`` (``_english_thing``); a name English has no
  use for stays a name after one, and every cue still names.
"""

from __future__ import annotations

import pytest

from client.scrub import analyze_texts


def people(text: str) -> list[str]:
    return [text[r.start:r.end] for r in analyze_texts([text])[0] if r.entity_type == "PERSON"]


@pytest.mark.parametrize("text", [
    "the dale cottage rent was taken twice",
    "paid for the ruby earrings twice",
    "the earl grey order bounced",
    "the sandy beach bar charged me twice",
    "an amber warning shows in the app",
    "an ivy plant order was refunded",
])
def test_determiner_before_english_name_words_makes_a_thing(text):
    assert people(text) == []


@pytest.mark.parametrize("text, name", [
    ("ask ruby to call me back", "ruby"),
    ("ruby sent the form yesterday", "ruby"),
    ("spoke to ruby oyelaran today", "ruby oyelaran"),
    ("thanks dale, that helped", "dale"),
    ("the kwame account is blocked", "kwame"),
])
def test_names_stay(text, name):
    assert name in people(text)


@pytest.mark.parametrize("text", ["thanks bruh", "hey amigo how are you", "hey fam", "hi babe",
                                  "thanks hon", "hey buddy", "hey homie"])
def test_a_term_of_address_after_a_greeting_is_no_name(text):
    assert analyze_texts([text])[0] == []


@pytest.mark.parametrize("text, name", [
    ("hey buddy holly", "buddy holly"),   # beside another name word it still counts
    ("ask buddy in billing", "buddy"),    # not greeted: a name cue
    ("thanks maria", "maria"),
])
def test_names_after_a_greeting_stay(text, name):
    assert [text[r.start:r.end] for r in analyze_texts([text])[0]] == [name]


@pytest.mark.parametrize("text, name", [
    ("i sent kwame 50 euros", "kwame"),
    ("i paid adebayo 200 dollars", "adebayo"),
])
def test_a_name_and_an_amount_are_no_address(text, name):
    assert [(text[r.start:r.end], r.entity_type) for r in analyze_texts([text])[0]] == [(name, "PERSON")]


def test_a_name_and_a_house_number_stay_an_address():
    text = "i live at Nieuwkerk 67"
    assert [(text[r.start:r.end], r.entity_type) for r in analyze_texts([text])[0]] == [("Nieuwkerk 67", "ADDRESS")]


@pytest.mark.parametrize("text", ["company number 3 boxes, 12.50 each", "my number is 12.50"])
def test_a_price_after_a_phone_cue_is_no_phone(text):
    assert analyze_texts([text])[0] == []


@pytest.mark.parametrize("text, phone", [("call me on 813 6731", "813 6731"), ("ring 12 345", "12 345")])
def test_short_local_phones_after_a_cue_stay(text, phone):
    assert [(text[r.start:r.end], r.entity_type) for r in analyze_texts([text])[0]] == [(phone, "PHONE_NUMBER")]
