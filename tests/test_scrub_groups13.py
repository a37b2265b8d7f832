"""Groups no list knows, found by where they stand (session 13): a word
English has no use for after a person and "is / are", after "being" or
"half", before "community", "temple", "guy", "people"; a demonym English
knows but the lists lack ("sicilian", "cantonese") in the same places.
Everyday words there, and a language after a speech verb, stay."""

from __future__ import annotations

import pytest

from client.scrub import QUASI_IDENTIFIERS, scrub_texts


def scrub_one(text: str) -> str:
    return scrub_texts([text], quasi_identifiers=QUASI_IDENTIFIERS)[0][0]


@pytest.mark.parametrize("text, gone", [
    ("my family is newar, can i open an account", "newar"),
    ("we're tamang so the name on my id differs", "tamang"),
    ("she's a tahltan and needs a card", "tahltan"),
    ("being baluchi i cannot pay interest", "baluchi"),
    ("im half kabyle", "kabyle"),
    ("the pohnpeian community here uses your app", "pohnpeian"),
    ("a zapotec guy at the branch helped", "zapotec"),
    ("our Magar temple collects donations", "Magar"),
    ("kalaallisut people are kind", "kalaallisut"),
    ("they are zeelandics", "zeelandics"),
    ("a sicilian guy at work said so", "sicilian"),
    ("i'm cantonese and my card is blocked", "cantonese"),
    ("qeqchis like us get charged twice", "qeqchis"),
])
def test_unknown_group_in_place_is_removed(text, gone):
    assert gone not in scrub_one(text)


@pytest.mark.parametrize("text, kept", [
    ("i'm tired of waiting", "tired"),
    ("a nice guy at the branch", "nice"),
    ("the online community forum", "online"),
    ("my family is fine", "fine"),
    ("i'm vegetarian, is the lounge food ok", "vegetarian"),
    ("she speaks newari with her mum", "newari"),
    ("being honest i forgot", "honest"),
    ("we are done with this", "done"),
])
def test_ordinary_word_in_place_stays(text, kept):
    assert kept in scrub_one(text)
