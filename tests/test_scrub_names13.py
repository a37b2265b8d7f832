"""Names no list held before session 13 (issue 13): surnames of the 2010 US
census and first names of US birth records (``client/scrub/data/census_names.txt``,
built by ``scripts/build_census_names.py``), typed in lower case with no cue
before them; a word no list holds as a clause's subject ("i think hifza
blocked my account", "rojda and my brother ..."); and the words the list builder keeps out (English words, typos
of English, chat words of other languages, honorifics)."""

from __future__ import annotations

import pytest

from client.scrub import scrub_texts
from client.scrub.world_names import _all_census_names, census_name_words


def scrub_one(text: str) -> str:
    return scrub_texts([text])[0][0]


@pytest.mark.parametrize("text, value", [
    ("the receipt says kealoha not me", "kealoha"),
    ("achebe approved it but nothing happened", "achebe"),
    ("we met moua at the branch on monday", "moua"),
    ("kahale signed the form last week", "kahale"),
    ("bhattacharya never answered my email about the fee", "bhattacharya"),
    ("the refund went to oluwaseun instead of me", "oluwaseun"),
])
def test_census_name_in_lower_case_without_a_cue_is_removed(text, value):
    out = scrub_one(text)
    assert value not in out.split(), out


@pytest.mark.parametrize("text, value", [
    # a word no list holds, as a clause's subject after "i think", "but", "because"
    ("i think hifza blocked my account", "hifza"),
    ("but mounib said no", "mounib"),
    ("because sehrish asked me to", "sehrish"),
    # ... or before "and my"
    ("rojda and my brother share this account", "rojda"),
])
def test_unknown_word_as_a_subject_is_removed(text, value):
    out = scrub_one(text)
    assert value not in out.split(), out


@pytest.mark.parametrize("text", [
    "i think the bank blocked my account",
    "i think paypal blocked my account",
    "but maybe said no",
])
def test_english_subjects_stay(text):
    assert scrub_one(text) == text


@pytest.mark.parametrize("word", ["gracias", "jaja", "salamat", "bhai", "helo", "hello", "white", "casa", "amigo"])
def test_chat_words_typos_and_english_are_kept_out_of_the_list(word):
    assert word not in census_name_words()


def test_the_list_holds_surnames_and_first_names():
    kinds = _all_census_names()
    assert len(kinds) > 100_000
    assert "s" in kinds["achebe"] and "f" in kinds["oluwaseun"]


@pytest.mark.parametrize("text", [
    "jaja that fee is crazy",
    "helo, the card works now",
])
def test_chat_words_of_other_languages_stay(text):
    assert scrub_one(text) == text
