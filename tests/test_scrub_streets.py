"""Streets with no house number, street words of many languages, units, P.O.
boxes, rural addresses and postcodes alone, as chat types them
(``client/scrub/streets.py``, ``postcodes.postcode_beside``, the postcode
cues of ``patterns.py``); ordinary sentences of the same shape stay."""

from __future__ import annotations

import pytest

from client.scrub import scrub_texts


def scrub_one(text: str) -> str:
    return scrub_texts([text])[0][0]


@pytest.mark.parametrize("text, value", [
    # a street and its street word, no house number
    ("i live on oak tree lane", "oak tree lane"),
    ("i live on Barnes blvd", "blvd"),
    ("just off baker st", "baker st"),
    ("lost my card somewhere on ubatuba gatan", "gatan"),
    ("deliver to quilicura way please", "way"),
    ("address: gnepasso place", "place"),
    ("i live at number 12. its on oak lane.", "oak lane"),
    # a street word before the name
    ("we moved to calle del prado", "calle del prado"),
    ("the atm on ulica soyo ate my card", "ulica"),
    ("staying at rua da lapa now", "rua da lapa"),
    # a street word joined to its name
    ("the parcel went to tudelastraße", "tudelastraße"),
    ("we are now in marsaveien", "marsaveien"),
])
def test_streets_without_a_number_go(text, value):
    out = scrub_one(text)
    assert value not in out and "<ADDRESS>" in out


@pytest.mark.parametrize("text, value", [
    ("flat 3b, oak lane", "3b"),
    ("its flat 11d tudelastraße", "11d"),
    ("block d, mula lane", "block d"),
    ("3rd floor, sadr city str.", "3rd floor"),
])
def test_units_beside_a_street_or_after_a_cue_go(text, value):
    out = scrub_one(text)
    assert value not in out and "<ADDRESS>" in out


@pytest.mark.parametrize("text, value", [
    ("house 74. the street is calle dudok", "74"),
    ("rua de arevalo. no. 6. flat 13.", "13"),
    ("i live at house no. 188. its on chemin da fritsch.", "house"),
    ("nr 221. the street is myllymakigata", "221"),
])
def test_a_house_number_in_another_sentence_than_its_street_goes(text, value):
    assert value not in scrub_one(text)


def test_a_room_apart_from_an_address_stays():
    assert scrub_one("room 5, then i went to 12 oak street") == "room 5, then i went to <ADDRESS>"


@pytest.mark.parametrize("text, value", [
    ("use postfach 4410 please", "4410"),
    ("we are on rural route 4", "route 4"),
    ("we are at lot 5", "lot 5"),
    ("km 12 carretera a toluca", "km 12 carretera"),
])
def test_boxes_and_rural_addresses_go(text, value):
    out = scrub_one(text)
    assert value not in out and "<ADDRESS>" in out


@pytest.mark.parametrize("text, value", [
    ("my postcode is 2490 aa", " aa"),
    ("cp 2500", "2500"),
    ("moved to the 34092 area", "34092"),
    ("its 69501, kibondo", "69501"),
    ("its c1000wam, santo amaro", "c1000wam"),
    ("its x5187xab, eastpointe", "x5187xab"),
    ("is 110 00 covered for delivery?", "110 00"),
    ("do you deliver to 95014", "95014"),
])
def test_postcodes_alone_go(text, value):
    assert value not in scrub_one(text)


@pytest.mark.parametrize("text", [
    "i'm stuck on the road",
    "is it in the street",
    "the avenue of approach is clear",
    "sent via email yesterday",
    "a flat 20 fee on transfers",
    "my card is on the way",
    "can tom drive me there",
    "trip down memory lane",
    "a lot of money went missing",
    "please come on time",
    "on my way home now",
    "the cap is 500 a day",
    "box 3 on the form is empty",
    "my flat 5 years ago was cheaper",
    "paid 2500 euros in fees",
    "the 2019 area report",
])
def test_ordinary_text_stays(text):
    assert scrub_one(text) == text


def test_amounts_and_years_beside_a_town_stay():
    assert "2500 euros" in scrub_one("paris 2500 euros is what i paid")
    assert "2019" in scrub_one("in paris 2019 was fun")
    assert scrub_one("call +44 20 7946 0958, Maria Gonzalez.") == "call <PHONE_NUMBER>, <PERSON>."
