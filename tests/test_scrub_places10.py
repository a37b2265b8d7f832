"""Places in chat (session 10): towns of 1,000 to 5,000 people (GeoNames'
cities1000), a town before its US state's code or a region's name
("stottville ny", "pahala, hi", "gillett, wisconsin"), a state code alone
after "from"/"in"; ordinary banking and support sentences whose words are
also town names or state codes stay whole."""

from __future__ import annotations

import pytest

from client.scrub import scrub_texts
from client.scrub.streets import _JOINED
from client.scrub.world_places import towns, world_places


def scrub_one(text: str) -> str:
    return scrub_texts([text])[0][0]


def test_world_places_hold_towns_of_a_thousand_people():
    places = world_places()
    # GeoNames towns of 1,000 to 5,000 people (cities1000), no English word
    assert {"wohltorf", "grabenstatt", "himanka", "olonzac", "toftrees", "searsmont"} <= places
    assert not places & {"county", "hope", "reading", "post", "debt", "savings", "current", "work"}


@pytest.fixture(scope="module")
def all_towns():
    """GeoNames' towns file read once for the tests that look into it (a read is ~170,000 records)."""
    return towns()


def test_towns_read_every_record_of_cities1000(all_towns):
    read = all_towns
    assert len(read) > 150_000
    ids = {t[0] for t in read}
    half = towns(leave_out_half=1)
    assert 0.4 < len(half) / len(read) < 0.6 and {t[0] for t in half} <= ids
    big = {name: alternates for _, name, population, alternates in read if population > 5_000_000}
    assert "Bombay" in big["Mumbai"]  # alternate names of big towns are read


@pytest.mark.parametrize("text, expected", [
    # a small town alone in lower case, no cue
    ("wohltorf is where i live now", "<LOCATION> is where i live now"),
    ("driver says he cant find grabenstatt on the map", "driver says he cant find <LOCATION> on the map"),
    ("the himanka atm kept my card", "the <LOCATION> atm kept my card"),
])
def test_small_towns_of_a_thousand_people(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a town (known, unknown or a rare English word) before a state code, lower or upper case
    ("im in stottville ny and my card got declined", "im in <LOCATION> and my card got declined"),
    ("patient lives in pahala, hi, referred by her gp", "patient lives in <LOCATION>, referred by her gp"),
    ("caller from Schoeneck PA says the app crashed", "caller from <LOCATION> says the app crashed"),
    ("she is from searsmont me, seen for follow up", "she is from <LOCATION>, seen for follow up"),
    ("I live in springfield il", "I live in <LOCATION>"),
    ("we live in plumas county, ca", "we live in <LOCATION>"),
    ("we live just outside qwertzville wv", "we live just outside <LOCATION>"),
    # an unknown town before a code that is also a word: after a cue, at the clause's end
    ("my sister lives in xandrowe, pa.", "my sister lives in <LOCATION>."),
])
def test_town_before_a_state_code(text, expected):
    assert scrub_one(text) == expected


def test_the_ca_of_cant_is_no_state_code():
    # "cant" is two tokens, "ca" and "nt": the town is found, "cant" stays
    assert scrub_one("kelseyville cant be reached") == "<LOCATION> cant be reached"
    assert scrub_one("my wife yeonggil park cant log in") == "my wife <PERSON> cant log in"


def test_town_before_a_region_name():
    assert scrub_one("moved to qwertzville, wisconsin last spring") == "moved to <LOCATION> last spring"


@pytest.mark.parametrize("text", [
    # codes that are chat words after ordinary or unknown words stay
    "alright, ok.",
    "sorry, ok. i will try again",
    "logged in, ok",
    "is the app down in my area? ok thanks",
    "grandma in hospital, can you help",
    "use ms teams for the call",
    "put the sd card in",
    "lol nm, it works",
    "my venmo id is 1234",
    # words that name a town somewhere, in banking and support sentences
    "im in debt and need help with my overdraft",
    "can i move money from savings to current",
    "living in hope that the refund arrives",
    "reading the terms, where does it say that",
    "i'm at work, can you call me later",
    "paid by card at the shop in town, ok",
    "my pension goes in on friday, ok",
    "the card is in the post, is that ok",
    "the fee was charged in error or not",
])
def test_ordinary_sentences_stay(text):
    assert scrub_one(text) == text


def test_one_word_streets_are_the_street_recognizers():
    # the town recognizer's duplicate rule is gone; streets._JOINED holds its endings
    assert {"vagen", "plads"} <= set(_JOINED)
    assert scrub_one("send it to kungsvagen please") == "send it to <ADDRESS> please"
    assert scrub_one("i live on vesterbroplads now") == "i live on <ADDRESS> now"


def test_alternate_names_with_brackets_are_read(all_towns):
    # GeoNames lists historical names like "Wirzaburg [a. 742]": a town's alternate
    # names must still be read whole (a reader that stopped at the first "]" lost them)
    wurzburg = next(t for t in all_towns if t[1] == "Würzburg")
    assert "Wurzburg" in wurzburg[3] and "Wirzaburg [a. 742]" in wurzburg[3]
