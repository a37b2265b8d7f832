"""People's names in chat text (issue 13, session 11): Faker's names as typed
in ASCII (transliterated from Cyrillic, Greek, Armenian, Georgian; diacritics
folded), a name after a farewell or a greeting at the text's end ("bye X",
"ok X", "see you X") or after a longer greeting whatever follows ("good
morning X hope ..."), "ping X", "X pls check this", lists of names ("me, X
and Y", "X, Y and i"), two words English has no use for when only one of them
looks like a typo, and greeting words the NER takes in with a name. Each shape
next to ordinary sentences of the same shape that stay.

Apart from the list tests the names are invented, in no list, so these tests
check the rule, not a list."""

from __future__ import annotations

import pytest

from client.scrub import scrub_texts


def scrub_one(text: str) -> str:
    return scrub_texts([text])[0][0]


@pytest.mark.parametrize("text, expected", [
    # transliterated and diacritic-folded surnames, in lower case with no cue
    ("i paid kuznetsov yesterday", "i paid <PERSON> yesterday"),
    ("papadopoulos sent the form", "<PERSON> sent the form"),
    ("sukurov never paid", "<PERSON> never paid"),
    ("transfer from abramishvili arrived", "transfer from <PERSON> arrived"),
    ("money came from sukurov on friday", "money came from <PERSON> on friday"),
])
def test_transliterated_names_are_removed(text, expected):
    assert scrub_one(text) == expected


def test_transliterated_list_is_loaded_and_english_free():
    from client.scrub.world_names import ascii_faker_name_words

    words = ascii_faker_name_words()
    assert {"kuznetsov", "papadopoulos", "abramishvili", "sukurov"} <= words
    assert all(w.isascii() and w.isalpha() and w == w.lower() for w in words)


@pytest.mark.parametrize("text, expected", [
    ("bye zorvatek", "bye <PERSON>"),
    ("ok quillamere", "ok <PERSON>"),
    ("see you brastovik", "see you <PERSON>"),
    ("love you tashkimo, call me later", "love you <PERSON>, call me later"),
    ("good morning velnoria hope you are well", "good morning <PERSON> hope you are well"),
    ("ping okrasta about the transfer", "ping <PERSON> about the transfer"),
    ("feltrani pls check this", "<PERSON> pls check this"),
])
def test_names_after_greetings_and_farewells_are_removed(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("me, zorvatek and quillamere all use the same login", "me, <PERSON> and <PERSON> all use the same login"),
    ("brastovik, okrasta and i went to the branch", "<PERSON>, <PERSON> and i went to the branch"),
    ("tashkimo, velnoria and boye have cards", "<PERSON>, <PERSON> and <PERSON> have cards"),
])
def test_names_in_lists_are_removed(text, expected):
    assert scrub_one(text) == expected


def test_a_known_name_makes_a_typo_like_word_beside_it_a_name():
    out = scrub_one("can you add kuznetsov and boye to the account")
    assert "kuznetsov" not in out and "boye" not in out and out.startswith("can you add ")


def test_two_unknown_words_one_like_a_typo_are_a_name():  # (the NER finds it on main too)
    assert scrub_one("i paid takae vornquist twice by mistake") == "i paid <PERSON> twice by mistake"


@pytest.mark.parametrize("text, expected", [
    ("Ping Frank about the transfer", "Ping <PERSON> about the transfer"),
    ("Tell Chad i said hi", "Tell <PERSON> i said hi"),
])
def test_greeting_words_stay_beside_a_name(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text, kept", [
    ("Hello Songxi Sumitra here, my card was declined", "Hello "),
    ("Me, Sasha and Soykut all use the same login", "Me, "),
    ("Ok Fryni", "Ok "),
])
def test_greeting_words_stay_before_any_name_span(text, kept):
    out = scrub_one(text)
    assert out.startswith(kept + "<") and "Songxi" not in out and "Soykut" not in out and "Fryni" not in out


@pytest.mark.parametrize("text", [
    "thanks again",
    "ok will tell them",
    "ok great",
    "bye for now",
    "see you soon",
    "love the new app",
    "good morning hope you are well",
    "ping me about the transfer",
    "me, my wife and my son all use the same login",
    "can you add my wife and son to the account",
    "apples, pears and plums are on the receipt",
    "please check this",
    "i recieved teh tranfer twice",
])
def test_ordinary_sentences_of_the_same_shapes_stay(text):
    assert scrub_one(text) == text

