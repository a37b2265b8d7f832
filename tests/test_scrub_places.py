"""Towns, street addresses and postcodes of any country (issue 13, session 8):
GeoNames' towns, Google's regions and postcode formats, street and unit words
in more languages, lower-case town cues; ordinary sentences of the same shape
stay."""

from __future__ import annotations

import pytest

from client.scrub import scrub_texts
from client.scrub.postcodes import is_lettered_postcode
from client.scrub.world_places import fold, half_of, world_places


def scrub_one(text: str) -> str:
    return scrub_texts([text])[0][0]


def test_world_places_hold_towns_faker_lacks_and_no_everyday_words():
    places = world_places()
    assert {"maspalomas", "troutdale", "redondela", "songea", "lodz", "sao paulo"} <= places
    assert not places & {"reading", "mobile", "nice", "split", "deal", "bath", "of", "to", "police", "orange"}


def test_fold_and_halves():
    assert fold("Łódź") == "lodz" and fold("São Paulo") == "sao paulo" and fold("Düsseldorf") == "dusseldorf"
    halves = {half_of(i) for i in range(100)}
    assert halves == {0, 1}
    # each half leaves towns out that the other holds
    assert world_places(0) - world_places(1) and world_places(1) - world_places(0)


@pytest.mark.parametrize("text, expected", [
    # a town GeoNames knows and Faker does not, typed in lower case without a cue
    ("the maspalomas atm kept my card", "the <LOCATION> atm kept my card"),
    ("troutdale or the other branch, which is open", "<LOCATION> or the other branch, which is open"),
    ("ridalepa bridge is falling down.", "<LOCATION> bridge is falling down."),
    # a street named in one word, without its number
    ("the card went to king mansions on jackstraat, not my flat",
     "the card went to king mansions on <ADDRESS>, not my flat"),
    # a known town spelt another way (romanisations differ): its consonants, one edit apart
    ("paid twice at a hotel, redondella atm", "paid twice at a hotel, <LOCATION> atm"),
    # a known place of several words in lower case
    ("paid for a hotel in grosse pointe woods but the charge shows twice",
     "paid for a hotel in <LOCATION> but the charge shows twice"),
    # an unknown word after or before a place cue
    ("card stopped working around jhawarian", "card stopped working around <LOCATION>"),
    ("city: myitkyina", "city: <LOCATION>"),
    ("back home nyabitekeli the atm works fine", "back home <LOCATION> the atm works fine"),
    ("withdrew cash at the qumbaroti airport atm and got charged",
     "withdrew cash at the <LOCATION> airport atm and got charged"),
])
def test_towns_in_lower_case(text, expected):
    assert scrub_one(text).replace("<PERSON>", "<LOCATION>") == expected


@pytest.mark.parametrize("text", [
    "i was reading in the bath, nice deal on a mobile, we split it",
    "card stopped working around noon",
    "visiting family next week, will my card work",
    "back home the atm works fine",
    "city: unknown, please fix the form",
    "the airport branch never answered",
    "it was a good deal at the mobile shop in the station",
    # words no English list holds, with a town's consonants: no town
    "what a cliche, honestly",
    "we walked over the golden gate bridge",
])
def test_ordinary_sentences_of_the_same_shape_stay(text):
    assert scrub_one(text) == text


@pytest.mark.parametrize("text, expected", [
    ("my old flat was bloc d10, sincelejostr. 218, please close that account",
     "my old flat was <ADDRESS>, please close that account"),
    ("str. belem 2002d - thats where the parcel should go", "<ADDRESS> - thats where the parcel should go"),
    ("263 white weg - thats where the parcel should go", "<ADDRESS> - thats where the parcel should go"),
    ("brivibas iela 10 is my address", "<ADDRESS> is my address"),
    ("new address: ataturk cad. 12 daire 4", "new address: <ADDRESS>"),
    ("its duong le loi 12, quan 1, saigon", "its <ADDRESS>"),
    # any words after a street word English does not spell, before the house number
    ("he lives on the north side of rue du commerce 12.", "he lives on the north side of <ADDRESS>."),
    ("jl. sudirman 45, jakarta", "<ADDRESS>"),
    # a lettered postcode (Cayman Islands) after a street (session 18: the street's name before its
    # street word goes too; session 19: "west", the first of its two name words, too: street_edges.py)
    ("west bay road ky1-1100", "<ADDRESS>"),
])
def test_street_addresses_of_more_countries(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text", [
    "i moved to the 3rd floor, the card is in a drawer",
    "i have an a4 printer and win10",
    "put 5 pounds on the card at home",
    "sent via email for the 12th time, no reply",  # "on the 12th" is a date since session 11 (test_scrub_dates11)
    "i sent it via the app 3 times",
    "please send order 12345, 2024 invoice",
])
def test_ordinary_sentences_with_numbers_stay(text):
    assert scrub_one(text) == text


def test_lettered_postcodes_from_google_address_data():
    for code in ("AD500", "ky1-1100", "BB23026", "C1070AAM", "VLT 1117", "BFPO 61"):
        assert is_lettered_postcode(code), code
    for word in ("a4", "3rd", "5G", "b2b", "AD 500 km"):
        assert not is_lettered_postcode(word), word
