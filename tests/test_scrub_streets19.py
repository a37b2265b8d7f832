"""Street-address words at a found address's edges (session 19, issue 13): a unit
and its number in another language before or after it, the name words before a
street word and the house number before them, the name after a district or town
word, the rest of a street's name before its unit number; everyday words beside
an address, and ordinary text with address words, stay."""

from __future__ import annotations

import pytest

from client.scrub import analyze_texts


def marked(text: str) -> list[tuple[str, str]]:
    return [(text[r.start:r.end], r.entity_type) for r in analyze_texts([text])[0]]


@pytest.mark.parametrize("text, address", [
    ("deliver to so 50b, 141 quang trung, quan tran. thanks", "so 50b, 141 quang trung, quan tran"),
    ("i live at 154a hem pham nguyen so 38b", "154a hem pham nguyen so 38b"),
    ("my address is can ho 44, 389 hoa binh, thanh pho hue. is that ok", "can ho 44, 389 hoa binh, thanh pho hue"),
    ("i live at no: 41a, 9 duran plains, ocalan mah., istanbul", "no: 41a, 9 duran plains, ocalan mah., istanbul"),
    ("i live at 400a ul. mill church m. 26a", "400a ul. mill church m. 26a"),
])
def test_a_unit_in_another_language_joins_its_address(text, address):
    assert (address, "ADDRESS") in marked(text)


@pytest.mark.parametrize("text, address", [
    ("i live at church king crescent, shepherdfurt. card is late", "church king crescent, shepherdfurt"),
    ("address: 328 lundin mattsson grand 4, landskrona 51162", "328 lundin mattsson grand 4, landskrona 51162"),
])
def test_a_street_takes_its_name_words_and_house_number(text, address):
    assert (address, "ADDRESS") in marked(text)


def test_a_town_word_takes_the_name_after_it():
    text = "address: dan chu 316, 06510 thanh pho can tho. hi"
    assert ("dan chu 316, 06510 thanh pho can tho", "ADDRESS") in marked(text)


@pytest.mark.parametrize("text", [
    "the main reason is the fee", "i'm on the way to the bank", "the road to recovery is long",
    "my flat is cold and the card is frozen", "2nd floor meeting ran late", "block my card please",
    "the unit price went up", "i paid 12 for 3 items",
])
def test_ordinary_text_with_address_words_stays(text):
    assert marked(text) == []


@pytest.mark.parametrize("text, kept", [
    ("i live at 12 oak street so 5 days later it came", "so"),
    ("send it to 12 oak street can you", "can"),
    ("i moved to 12 oak street. transfer failed", "transfer"),
    ("i live at 12 oak street, my flat is cold", "flat"),
    ("12 oak street and 3 more payments", "more"),
    ("i paid 40 at 12 oak street market today", "market"),
    ("i moved house, 12 oak street is new", "house"),
])
def test_everyday_words_beside_an_address_stay(text, kept):
    assert ("12 oak street", "ADDRESS") in marked(text)
    assert not any(kept in value.split() for value, _ in marked(text)), marked(text)
