"""addr15: an address grows over the parts typed after it, comma by comma, in any country's style.

Values written here (not from any held-out source)."""

import pytest

from client import scrub
from client.scrub.address_parts import address_parts_after


def _spans(text):
    return [(text[r.start:r.end], r.entity_type) for r in scrub.analyze_texts([text])[0]]


def _masked(text, value):
    a = text.index(value)
    mask = bytearray(len(text))
    for r in scrub.analyze_texts([text])[0]:
        mask[r.start:r.end] = b"\x01" * (r.end - r.start)
    return all(mask[a:a + len(value)])


@pytest.mark.parametrize("text,value", [
    ("my address is strada florilor 3, sector 2, bucuresti", "strada florilor 3, sector 2, bucuresti"),
    ("address - 45 tema motorway, community 8, tema", "45 tema motorway, community 8, tema"),
    ("my address is nyarko close 4, east legon. my card is late", "nyarko close 4, east legon"),
    ("addr: kneza milosa 14, stan 3, beograd", "kneza milosa 14, stan 3, beograd"),
    ("deliver to szabo ut 390, mellekveg h-2182, opposite molnar market. can you help",
     "szabo ut 390, mellekveg h-2182, opposite molnar market"),
    ("statement went to str. popescu 316, darabani 889422, behind the petrol station but i moved",
     "str. popescu 316, darabani 889422, behind the petrol station"),
    ("home address zengin caddesi 313d, kat 37, demireltown", "zengin caddesi 313d, kat 37, demireltown"),
    ("i live at koningslaan 393k, bus 33a, de rijp", "koningslaan 393k, bus 33a, de rijp"),
    ("ship to kocsis utca 211a, em. 1, zalaegerszeg", "kocsis utca 211a, em. 1, zalaegerszeg"),
    ("i live at calle 19b # 55 48, almeida 186789, near the ojeda church. ok",
     "calle 19b # 55 48, almeida 186789, near the ojeda church"),
    # a unit word before the address's number, a district word before its name, a compass point
    ("i live in area 25, plot 112, lilongwe", "area 25, plot 112, lilongwe"),
    ("address: casa 23, rua 5, bairro popular, cazenga", "casa 23, rua 5, bairro popular, cazenga"),
    ("i live at house no. c 12/4, dansoman estate", "house no. c 12/4, dansoman estate"),
    ("i live at 42 ring road east, kokomlemle", "42 ring road east, kokomlemle"),
    # a house number only an address writes names the words beside its street word
    ("i live at avenue petit 264-31, lyon", "avenue petit 264-31"),
    ("ship to kiss u. 310-46 please", "kiss u. 310-46"),
    # a part before the address that holds a number
    ("my address is h-12, sector 15, noida 201301", "h-12, sector 15, noida 201301"),
    # Ukrainian street and unit words
    ("моя адреса: просп. перемоги 37, кв. 112, київ", "просп. перемоги 37, кв. 112, київ"),
])
def test_address_parts_after_a_found_address_are_masked(text, value):
    assert _masked(text, value), _spans(text)


@pytest.mark.parametrize("text", [
    "i live at 12 oak street, thanks so much for the help",
    "i live at 12 oak street, i moved there in may",
    "send it to 12 oak street, please hurry",
])
def test_everyday_words_after_an_address_stay(text):
    spans = _spans(text)
    assert spans and all(not v.endswith(("thanks", "so much", "moved", "there", "please", "hurry")) for v, _ in spans)


def test_a_date_before_an_address_is_no_part_of_it():
    text = "on the 3rd, 12, 45 oak street got it"
    assert all(not v.startswith("the") for v, t in _spans(text) if t == "ADDRESS"), _spans(text)


def test_part_growth_stops_at_the_first_everyday_part():
    text = "12 oak st, sector 4, then i went home"
    assert text[:address_parts_after(text, len("12 oak st"))] == "12 oak st, sector 4"


@pytest.mark.parametrize("text", [
    "my card ending 1234 was declined, top up 20 failed",
    "i made 2 payments of 40 today, 3 still pending",
    "took bus 12, then paid 3.50 twice",
    "support via chat 24/7 is great",
])
def test_banking_numbers_are_no_address(text):
    assert not any(t == "ADDRESS" for _, t in _spans(text)), _spans(text)
