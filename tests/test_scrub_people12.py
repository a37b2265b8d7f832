"""Korean and Chinese names typed in Latin letters (issue 13, session 12): a
surname and a given name of two romanised syllables, joined, hyphenated or
spaced, either order; a hyphenated pair of syllables alone; and the English
words these names share ("park", "song", "moon", "hip-hop", "tai chi") kept
in ordinary sentences. The names are put together from syllables, not taken
whole from a list, so these tests check the shape, not a list."""

from __future__ import annotations

import pytest

from client.scrub import scrub_texts


def scrub_one(text: str) -> str:
    return scrub_texts([text])[0][0]


@pytest.mark.parametrize("text, expected", [
    # surname, then a hyphenated given name (all fail on main: a syllable stays)
    ("paid choi yoon-seo for the car", "paid <PERSON> for the car"),
    ("my colleague jung hae-won approved it", "my colleague <PERSON> approved it"),
    ("i sent money to park seo-jun yesterday", "i sent money to <PERSON> yesterday"),
    ("my flatmate song ji-hye pays half the rent", "my flatmate <PERSON> pays half the rent"),
    ("zhou jie-lun sent me 20", "<PERSON> sent me 20"),
    # surname, then a spaced given name
    ("the claim handler kim ji woo never called back", "the claim handler <PERSON> never called back"),
    ("message jeon dong hyun on whatsapp", "message <PERSON> on whatsapp"),
    # given name first
    ("ji-hoon park is my tenant", "<PERSON> is my tenant"),
])
def test_surname_and_given_name_are_removed(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("please cc seo-yeon on the reply", "please cc <PERSON> on the reply"),
    ("forward this to mei-ling in hr please", "forward this to <PERSON> in hr please"),
    ("ping chih-hao about it", "ping <PERSON> about it"),
    ("bye ha-eun", "bye <PERSON>"),
    ("cheers hye-jin", "cheers <PERSON>"),
    ("will ask min-ji later", "will ask <PERSON> later"),  # "later" is no part of the name (session 19)
])
def test_hyphenated_given_name_alone_is_removed(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("yun bin said the card is blocked again", "<PERSON> said the card is blocked again"),
    ("me and ai hong both use this card", "me and <PERSON> both use this card"),
    ("had a call with xin kun this morning", "had a call with <PERSON> this morning"),
    ("i spoke to wei jun yesterday", "i spoke to <PERSON> yesterday"),
])
def test_spaced_given_name_where_a_name_fits_is_removed(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a surname (English word or not) after the given name, closing the clause or the text
    ("thanks xing yue song", "thanks <PERSON>"),
    ("cheers wei jun long", "cheers <PERSON>"),
    ("jin-hui park, can you check my balance", "<PERSON>, can you check my balance"),
    # "my name's" / "my name is" before two syllables
    ("my name's ai kun and i need help", "my name's <PERSON> and i need help"),
])
def test_surname_after_the_given_name_and_name_cue(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text", [
    "ping pong table at the office",
    "ok so long then",
    "thanks, long day",
    "see you soon",
    "we had dim sum with the team",
    "i left my card at the park near the bank",
    "park in the back and come in",
    "this song is so good",
    "the song on hold is so bad",
    "the moon app keeps logging me out",
    "min balance is 10 pounds",
    "my son and i went to the park",
    "the long queue at the branch",
    "we love hip-hop",
    "the fan was so loud and the sun was out",
    "is it a go-to place for a long run",
])
def test_english_words_of_the_same_letters_stay(text):
    assert scrub_one(text) == text


def test_word_list_holds_surname_spellings_and_syllables():
    from client.scrub.east_asian_names import east_asian_name_parts

    surnames, syllables = east_asian_name_parts()
    # the spellings people use beside the Revised Romanization, and pinyin / Wade-Giles
    assert {"lee", "yi", "rhee", "park", "pak", "choi", "choe", "jung", "jeong", "chung", "zhang", "hsieh"} <= surnames
    assert {"hoon", "hun", "yeon", "young", "yeong", "xiu", "ying", "chih"} <= syllables
    assert all(w.isascii() and w.isalpha() and w == w.lower() for w in surnames | syllables)


def test_revised_romanization_from_the_jamo():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "scripts" / "build_east_asian_names.py"
    spec = importlib.util.spec_from_file_location("build_east_asian_names", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert [module.romanize_syllable(c) for c in "김민준박지훈이서연정"] == \
        ["gim", "min", "jun", "bak", "ji", "hun", "i", "seo", "yeon", "jeong"]
    assert {"hoon", "joon"} <= module._variants("hun") | module._variants("jun")
    assert "kyung" in module._variants("gyeong")
