"""Edge words of places, firms and addresses (session 18, issue 13): the
generic word of a place ("san| jenkins", "guillet| city"), a firm's legal form
or partner, and the parts of an address the recognizers left beside a removed
span go with it; the same words in everyday text stay."""

from __future__ import annotations

import pytest

from client.scrub import analyze_texts


def marked(text: str) -> list[tuple[str, str]]:
    return [(text[r.start:r.end], r.entity_type) for r in analyze_texts([text])[0]]


@pytest.mark.parametrize("text, place", [
    ("i'm in lake zobel right now", "lake zobel"),
    ("i'm in pangestu district right now", "pangestu district"),
    ("card stopped working when i got to guillet city", "guillet city"),
    ("i moved to new howe last year", "new howe"),
    ("atm in port soto ate my card", "port soto"),
    ("withdrawal in san herve was not me", "san herve"),
])
def test_a_place_takes_its_generic_word(text, place):
    assert (place, "LOCATION") in marked(text)


def test_a_town_with_a_prefix_joins_its_address():
    text = "i live at william causeway 205, 23241 port amanda, united states. the app reverted"
    assert ("william causeway 205, 23241 port amanda, united states", "ADDRESS") in marked(text)


@pytest.mark.parametrize("text, kept", [
    ("i'm in leeds city centre now", "city"),
    ("i met a new anna at work", "new"),
    ("the bank on the corner was closed", "bank"),
    ("the hospital was great about it", "hospital"),
    ("i was in the city centre", "city"),
    ("the lake house rent went out twice", "lake"),
])
def test_ordinary_words_beside_a_place_stay(text, kept):
    assert not any(kept in value.split() for value, _ in marked(text)), marked(text)


@pytest.mark.parametrize("text, firm", [
    ("i bank with santos da cunha s.a. and the app is down", "santos da cunha s.a."),
    ("i work at Holysz beauty salon since may", "Holysz beauty salon"),
    ("i work at leon puente law firm since may", "leon puente law firm"),
    ("i work at leon day care", "leon day care"),
    ("my salary comes from tome and leconte. would it be possible", "tome and leconte"),
    ("the refund from Palastri and Nashiruddin never came", "Palastri and Nashiruddin"),
])
def test_a_firm_takes_its_descriptor_form_and_partner(text, firm):
    assert (firm, "ORGANIZATION") in marked(text)


@pytest.mark.parametrize("text, address", [
    ("address: distrito levi aragao 112a house no 57, aragao, mato grosso, brazil. do you support it",
     "distrito levi aragao 112a house no 57, aragao, mato grosso, brazil"),
    ("i live at sicaba avenue extension east ramirez zachary ville mountain province. help",
     "sicaba avenue extension east ramirez zachary ville mountain province"),
    ("ship to house no 15 44a emily corner barangay beard melaniestad illinois 23241 thanks",
     "house no 15 44a emily corner barangay beard melaniestad illinois 23241"),
])
def test_an_address_takes_the_words_between_its_parts(text, address):
    assert (address, "ADDRESS") in marked(text)


@pytest.mark.parametrize("text, kept", [
    ("thanks anna take care", "take"),
    ("got money from anna and peter", "and"),
    ("i flew from paris and rome was next", "and"),
    ("i came from home and smith was there", "home"),
    ("sent anna bank details yesterday", "bank"),
    ("the acme office was closed", "office"),
    ("i live at 12 oak street, my landlord anna says hi", "landlord"),
    ("deliver to 12 oak street near john lewis", "near"),
    ("talked to Svjetlana and Nathan on the phone, nobody helped", "and"),
    ("our 3 founders: hayward, foster and cooley. the idea was born", "and"),
    ("please call Mirjana on 00420 608 965 449 not me", "on"),
    ("there's this nice new danish place downtown.", "new"),
    ("i was in madrid city centre yesterday", "city"),
    ("i live in london near hospital", "hospital"),
])
def test_ordinary_words_beside_a_firm_or_an_address_stay(text, kept):
    assert not any(kept in value.split() for value, _ in marked(text)), marked(text)


@pytest.mark.parametrize("text, address", [
    ("As promised, here's the address: Viljo and 17 Stone Cellar Road", "Viljo and 17 Stone Cellar Road"),
    ("36/508 felix circle west david qld 7302", "36/508 felix circle west david qld 7302"),
    ("dominika müller, mariabaan 502 bryanston , ga  22175", "mariabaan 502 bryanston , ga  22175"),
])
def test_an_address_takes_a_corner_a_number_chain_and_a_region_code(text, address):
    assert (address, "ADDRESS") in marked(text)


@pytest.mark.parametrize("text, kept", [
    ("paid 20/30 at 12 oak street", "20"),
    ("i live at 12 oak street on 5 may", "on"),
])
def test_numbers_and_dates_beside_an_address_stay(text, kept):
    assert not any(kept in value.split() for value, _ in marked(text)), marked(text)


@pytest.mark.parametrize("text, firm", [
    ("got a letter from clinica ruiz about my account", "clinica ruiz"),
    ("i stayed at hotel Marriott last week", "hotel Marriott"),
])
def test_a_firm_takes_a_descriptor_written_before_it(text, firm):
    assert (firm, "ORGANIZATION") in marked(text)


def test_an_everyday_descriptor_after_the_stays():
    assert not any("hospital" in v.split() for v, _ in marked("at the hospital anna said it was fine"))
