"""Places and postcodes in chat (session 12): a name English has no use for
beside an administrative unit ("X ward", "X sub-county", "kelurahan X",
"commune de X"), a unit with its number ("ward 7", "phuong 12"), and a
postcode alone after its name in any country's shape ("postcode VLT 1117",
"kode pos 40115", "cap 00184", "pin 560001"); ordinary uses of the unit
words and cues ("district manager", "ward round", "a cap of 500", "zip
file") stay whole."""

from __future__ import annotations

import pytest

from client.scrub import scrub_texts
from client.scrub.admin_units import all_unit_words, iso_unit_words, units_after
from client.scrub.postcodes import cued_postcode


def scrub_one(text: str) -> str:
    return scrub_texts([text])[0][0]


def test_unit_words_come_from_iso_3166_2_kinds():
    iso = iso_unit_words()
    assert {"district", "municipality", "ward", "rayon", "governorate", "commune"} <= iso
    assert not iso & {"city", "state", "area", "council", "island", "territory"}
    strong, ordinary = units_after()
    assert {"sub-county", "lga", "woreda", "tehsil", "mahallesi"} <= strong
    assert {"ward", "village", "division"} <= ordinary and not strong & ordinary
    assert {"kelurahan", "barangay", "sub"} <= all_unit_words()


@pytest.mark.parametrize("text, expected", [
    # a name English has no use for before a unit that follows its name
    ("my mum lives in ngarambe ward and cant reach a branch",
     "my mum lives in <LOCATION> ward and cant reach a branch"),
    ("the clinic at obutalo township referred me", "the clinic at <LOCATION> township referred me"),
    ("we farm maize, lamwenyo sub-county, and need a loan", "we farm maize, <LOCATION> sub-county, and need a loan"),
    ("my village is dembawoha division", "my village is <LOCATION> division"),
    ("location: tandoumi sub-county", "location: <LOCATION> sub-county"),
    ("dembawoha woreda people cant open accounts?", "<LOCATION> woreda people cant open accounts?"),
    # a unit that comes before its name: the unit word stays, the name is a place
    ("i live in kelurahan sukamenak, can you deliver there", "i live in kelurahan <LOCATION>, can you deliver there"),
    ("the agent for kecamatan cibiruwetan is never there", "the agent for kecamatan <LOCATION> is never there"),
    ("we are from barangay malagting and the app wont load", "we are from barangay <LOCATION> and the app wont load"),
    ("address - xa sabolwe, near the market", "address - xa <LOCATION>, near the market"),
    ("sent money to tehsil jandkot", "sent money to tehsil <LOCATION>"),
    # after a local unit, short syllables English also has ("an", "ha") belong to the name
    ("i live in xa an phu, can you deliver", "i live in xa <LOCATION>, can you deliver"),
    ("address - thon ha vy, near the market", "address - <LOCATION>, near the market"),
])
def test_a_name_beside_a_unit_is_a_place(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("i live in ward 17, can you deliver there", "i live in <LOCATION>, can you deliver there"),
    ("hi, i'm in ward 4 and the atm ate my card", "hi, i'm in <LOCATION> and the atm ate my card"),
    ("kebele 03 has no agent", "<LOCATION> has no agent"),
])
def test_a_unit_with_its_number_is_a_place(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text", [
    "the district manager never called me back",
    "my dad had a ward round at 9 this morning",
    "he was moved to ward 3 after the surgery",
    "the village people song was playing in the branch",
    "the sales division manager approved it",
    "my new location is fine",
    "we live in a small village near the coast",
    "a barangay hall is where you get a clearance",
    "the barangay captain signed it",
    "the county council sent a letter",
])
def test_ordinary_unit_words_stay(text):
    assert scrub_one(text) == text


@pytest.mark.parametrize("text, expected", [
    ("my postal code is 11936-12345", "my postal code is <ADDRESS>"),
    ("the form rejects kodepos 40115. why?", "the form rejects kodepos <ADDRESS>. why?"),
    ("pin 560001 please, for the courier", "pin <ADDRESS> please, for the courier"),
    ("npa 1205 for the parcel", "npa <ADDRESS> for the parcel"),
    ("my zip is BFPO 61", "my zip is <ADDRESS>"),
    ("postcode LIMA 23", "postcode <ADDRESS>"),
])
def test_a_postcode_alone_after_its_name(text, expected):
    assert scrub_one(text) == expected


def test_cap_before_five_digits_is_a_postcode():
    assert "00184" not in scrub_one("CAP: 00184, is that in your area")


@pytest.mark.parametrize("text", [
    "is there a cap of 500 on transfers",
    "cap 500 per day is too low",
    "I sent the zip file with my statements",
    "the postal code field is empty on the form",
    "postcode is not sure yet",
])
def test_ordinary_postcode_cue_words_stay(text):
    assert scrub_one(text) == text


def test_cued_postcode_needs_a_country_shape_and_a_digit():
    assert cued_postcode("VLT 1117") == 8 and cued_postcode("HM 12") == 5
    assert cued_postcode("not sure") == 0 and cued_postcode("the same") == 0
    assert cued_postcode("00184", "cap") == 5 and cued_postcode("500", "cap") == 0
    assert cued_postcode("560001", "pin") == 6 and cued_postcode("1234", "pin") == 0


@pytest.mark.parametrize("text, expected", [
    # an Eircode needs no cue: its shape is its own
    ("deliver to f56 3dww please", "deliver to <ADDRESS> please"),
    # a street with no street word, a house number, a town, a postcode of a national shape
    ("its zvorlicka 2, drebovce, 015 69", "its <ADDRESS>"),
    ("its kvetnicka 14, hrabusnik, 911 97", "its <ADDRESS>"),
    # a town after the postcode that ends an address, up to the first English word
    ("new address: 24 mcquade street, f56 3dww kilbrogarty", "new address: <ADDRESS>"),
])
def test_a_postcode_inside_an_address(text, expected):
    assert scrub_one(text) == expected


def test_an_eircode_shape_needs_a_digit_and_a_letter():
    assert scrub_one("the k10 tear was fine and a12 b345 is the model") == \
        "the k10 tear was fine and a12 b345 is the model"
