"""streets16: streets with no house number in many languages' street words, and the parts typed beside them.

Values written here (not from any held-out source)."""

import pytest

from client import scrub
from client.scrub.address_parts import address_parts_after


def _spans(text):
    return [(text[r.start:r.end], r.entity_type) for r in scrub.analyze_texts([text])[0]]


@pytest.mark.parametrize("text,value", [
    # street words of languages the first rounds' lists lacked, before or after the name
    ("i live on mtaa wa kimoro", "mtaa wa kimoro"),
    ("we are near barabara ya tumbo", "barabara ya tumbo"),
    ("my branch is on akcasu bulvari", "akcasu bulvari"),
    ("the shop on dhanraj gali has a card machine", "dhanraj gali"),
    ("i just moved to rruga e durresit", "rruga e durresit"),
    ("address: sharia el nozha", "sharia el nozha"),
    ("send it to aleea teofil please", "aleea teofil"),
    ("the office is along vrbanic ulica", "vrbanic ulica"),
    ("we're on nizami kucesi now", "nizami kucesi"),
    ("pick it up from calzada tlalpan", "calzada tlalpan"),
    # a street word English has no use for names the word after it, English or not
    ("i work off strada pop mocanu", "strada pop mocanu"),
    ("the atm on chemin petit ate my card", "chemin petit"),
])
def test_street_without_number_is_an_address(text, value):
    assert (value, "ADDRESS") in _spans(text)


@pytest.mark.parametrize("text,value", [
    # a very common word after a street's name or a landmark ends it
    ("the bank near calle villar said no. why", "calle villar"),
    ("the atm on koster weg, near pohl junction ate my card", "koster weg, near pohl junction"),
    # a part the clause goes on after; an estate after a part's name
    ("ship to rua ferreira, block h please", "rua ferreira, block h"),
    ("i live on obara street, flat 22, reuben estate. ok", "obara street, flat 22, reuben estate"),
    ("we were robbed on allee bigot, phase 73 yesterday. ok", "allee bigot, phase 73"),
    ("the bank near akcasu bulvari, block h said no. my", "akcasu bulvari, block h"),
    ("The shop on Rua ferreira, Block h has a card machine", "Rua ferreira, Block h"),
    # landmarks: one after another, with no comma when a name is in it, to the word that names one
    ("my shop is in sector 4, opposite the mosque, behind kariakoo market",
     "sector 4, opposite the mosque, behind kariakoo market"),
    ("i stay off mgongo road behind kariakoo market", "mgongo road behind kariakoo market"),
    ("we are in phase 2 dha, near the big mosque", "phase 2 dha, near the big mosque"),
    ("h no 12 street 5 block c", "h no 12 street 5 block c"),
    ("door no 4-5-6, srinivasa colony, hyderabad", "door no 4-5-6, srinivasa colony, hyderabad"),
    ("i live in flat 4b, 3rd floor, sunshine apartments", "flat 4b, 3rd floor, sunshine apartments"),
])
def test_street_and_its_parts_end_where_the_clause_goes_on(text, value):
    assert (value, "ADDRESS") in _spans(text)


def test_landmark_without_a_name_needs_a_comma():
    text = "i live on mgongo road behind the school"
    assert ("mgongo road", "ADDRESS") in _spans(text)


def test_part_cut_before_chat_word():
    text = "rua ferreira, block h please"
    assert text[:address_parts_after(text, len("rua ferreira"))] == "rua ferreira, block h"
    text = "address is shop no 4, opp bus stand, main bazaar"  # a landmark, to its noun
    assert text[:address_parts_after(text, text.index(", opp"))] == "address is shop no 4, opp bus stand"
    text = "12 oak st, thanks so much"  # no part at all
    assert address_parts_after(text, len("12 oak st")) == len("12 oak st")


@pytest.mark.parametrize("text", [
    "the main road to success is hard work",
    "my card is on the way",
    "high street banks charge more",
    "the plot of the movie was weak",
    "sector funds went down",
    "any way to get a refund",
    "i asked tariq about my card",
    "the rue is closed today",
    "we took the route through the park",
    "phase 2 of the app is slow",
    "i was in block 3, so i left",
    "my shop is in sector 4 near the market",
])
def test_ordinary_words_stay(text):
    assert not [s for s in _spans(text) if s[1] == "ADDRESS"]
