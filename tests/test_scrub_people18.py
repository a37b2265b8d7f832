"""People's names that are English words too, session 18 (person_slots.py):
a slot only a person fills takes the word whatever it is ("@ferry did the
refund come through?", "please cc tank on your reply", "thanks,\\nnavy",
"couper told me", "where is shade's refund"); controls: the same words used
as words, and slots filled by no one ("same here.", "thanks again,",
"the app says", "the bank's account") stay."""

from __future__ import annotations

import pytest

from client.scrub import analyze_texts


def _people(text):
    return [text[r.start:r.end] for r in analyze_texts([text])[0] if r.entity_type == "PERSON"]


def _removed(text):
    return [text[r.start:r.end] for r in analyze_texts([text])[0]]


@pytest.mark.parametrize("text, name", [
    ("@ferry did the refund come through?", "ferry"),
    ("thanks @magenta for the tip about the fees", "magenta"),
    ("please cc tank on your reply", "tank"),
    ("hi all, gezinus here: the top up failed", "gezinus"),
    ("please close my account.\nthanks,\nnavy", "navy"),
    ("is there a fee abroad?\nregards\nhalo", "halo"),
    ("thanks a lot exodus, that fixed it", "exodus"),
    ("hi pixie! is the exchange rate fixed today?", "pixie"),
    ("hi, this is hadrian from the flat upstairs, my card was swallowed", "hadrian"),
    ("couper told me the refund takes five days.", "couper"),
    ("where is shade's refund for the cancelled order?", "shade"),
])
def test_a_word_in_a_slot_only_a_person_fills_is_a_name(text, name):
    assert _people(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("then bishop ihan said the card was fine", "bishop ihan"),
    ("scherezade amor's order never arrived but i was charged", "scherezade amor"),
])
def test_a_surname_after_it_goes_too(text, name):
    assert _people(text) == [name]


@pytest.mark.parametrize("text", [
    "meet me @home later, or @noon",
    "my cc was declined at the shop",
    "same here. the card is blocked",
    "thanks again, the card works",
    "hi there, my card is stuck in the atm",
    "thank you so much, great service",
    "hello, this is urgent. my card is blocked",
    "this is ridiculous, fix it",
    "the app says my card is blocked",
    "support told me to wait a week",
    "the bank's account is closed and today's order is late",
    "i paid my mum's rent with the card",
    "prices rose again so my card limit feels low",
    "i will mark the payment as disputed, the bill came to more than i expected",
    "thanks!\nps the card still fails",
    "Cheers\nOutlook for the phone",
    "Best,\nAccounts Payable",
    "Thanks,\nSent from my phone",
    "refund promised by friday, still nothing",
    "hi all, newbie here. is the fee fixed?",
    "nurse here, my card was declined at the hospital shop",
])
def test_words_in_no_persons_slot_stay(text):
    assert _removed(text) == []


def test_an_english_word_taken_as_a_name_is_that_name_again_as_typed():
    text = "@hunter can you check this? the card i gave hunter is blocked."
    assert _people(text) == ["hunter", "hunter"]


@pytest.mark.parametrize("text, kept", [
    ("@hunter can you check this? the hunter took my card.", "the hunter"),
    ("Hi Mark, please mark the payment as urgent.", "please mark"),
])
def test_the_word_as_a_thing_or_in_another_case_stays(text, kept):
    start = text.index(kept) + len(kept) - len(kept.split()[-1])
    assert all(r.start != start for r in analyze_texts([text])[0])


@pytest.mark.parametrize("text, names", [
    ("i split the bill with canyon, hibo and fortune through the app.", ["canyon", "hibo", "fortune"]),
    ("slim, dora and anise are on the family plan.", ["slim", "dora", "anise"]),
])
def test_a_list_beside_a_sure_name_is_a_list_of_names(text, names):
    assert _people(text) == names


@pytest.mark.parametrize("text", [
    "i bought eggs, milk and bread with the card",
    "can you convert usd, gbp and eur for me",
    "can i ask questions about the fee",
])
def test_lists_and_asking_with_no_name_stay(text):
    assert _removed(text) == []
