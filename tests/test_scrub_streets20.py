"""Street addresses of session 20 (issue 13): street-type words of 25 languages from
Mapbox's geocoder-abbreviations (client/scrub/data/street_types_mapbox.txt), a house
number in a national shape after a street's name ("jalan queens beach 372/22",
"mettler str. 59/51"), a kilometre point before a street ("km 11.25 huddleston
gardens"), and unit words after an address ("... 183 app 4a"); ordinary text with
those words stays."""

from __future__ import annotations

import pytest

from client.scrub import analyze_texts
from client.scrub import street_words


def marked(text: str) -> list[tuple[str, str]]:
    return [(text[r.start:r.end], r.entity_type) for r in analyze_texts([text])[0]]


def test_the_outside_list_is_read_by_side_and_strength():
    assert {"avinguda", "praza", "odhos"} <= street_words.BEFORE
    assert {"skersgatvis", "mawatha"} <= street_words.AFTER
    assert "cll" in street_words.BEFORE_WEAK and "cll" not in street_words.BEFORE
    assert "access" not in street_words.AFTER | street_words.AFTER_WEAK  # everyday English: left out


@pytest.mark.parametrize("text, address", [
    ("hi my addr is avinguda roca 12. help", "avinguda roca 12"),
    ("i live on gedimino skersgatvis now", "gedimino skersgatvis"),
])
def test_a_street_type_of_the_outside_list_names_a_street(text, address):
    assert (address, "ADDRESS") in marked(text)


@pytest.mark.parametrize("text, address", [
    ("i stay at jalan queens beach 372/22. my card is late", "jalan queens beach 372/22"),
    ("card should go to beck kagi str. 59/51. help", "beck kagi str. 59/51"),
])
def test_a_house_number_after_a_street_name_joins_it(text, address):
    assert (address, "ADDRESS") in marked(text)


@pytest.mark.parametrize("text, address", [
    ("its km 11.25 huddleston gardens. help", "km 11.25 huddleston gardens"),
    ("its km 53.30 luthigasse. help", "km 53.30 luthigasse"),
])
def test_a_kilometre_point_before_a_street_joins_it(text, address):
    assert (address, "ADDRESS") in marked(text)


def test_a_unit_word_after_an_address_joins_it():
    assert ("point platz 183 app 4a", "ADDRESS") in marked("its point platz 183 app 4a. help")


@pytest.mark.parametrize("text", [
    "i was on oak lane 2 years ago and the app crashed",
    "it is 5 km to the main road from the bank",
    "the local 5 bus was late so i paid by card",
    "please cite 3 sources for the fee",
])
def test_ordinary_text_keeps_its_numbers(text):
    found = marked(text)
    assert not any(any(c.isdigit() for c in span) for span, _ in found), found


def test_an_address_span_ends_with_its_sentence():
    found = marked("billing address lebuh point kings 370d tingkat 5. How much am I charged for a SEPA transfer?")
    assert ("370d tingkat 5", "ADDRESS") in found
    assert not any("How" in span for span, _ in found)


def test_a_house_number_with_a_full_stop_joins_its_street():
    assert ("jln mount 370c", "ADDRESS") in marked("i stay at jln mount 370c. paying in card resulted in a fee")


def test_a_short_word_of_the_outside_list_weakens_no_strong_street_word():
    from client.scrub.streets import _BEFORE, _BEFORE_WEAK

    assert "jln" in _BEFORE and "jln" not in _BEFORE_WEAK
    assert ("jln sultan ismail bandar williams", "ADDRESS") in marked(
        "im living in jln sultan ismail bandar williams. my card stopped working")
