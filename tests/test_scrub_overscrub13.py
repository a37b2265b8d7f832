"""Other languages' everyday words typed in English chat (issue 13, session 13):
"nagyon igy", "terima kasih", "danke" pass the name rules that rest on shape
alone (two lower-case words English has no use for, such a word opening a
sentence as its subject, a bare "ok" before it), while a cue, a title or a
known name still makes the same words a name."""

from __future__ import annotations

import pytest

from client.scrub import scrub_texts


def scrub_one(text: str) -> str:
    return scrub_texts([text])[0][0]


@pytest.mark.parametrize("text", [
    "i paid twice nagyon igy, please tell them to refund me",        # two uncued unknown words (hu)
    "so terima kasih the app logged me out, i called support twice",  # (ms/id)
    "the agent helped me a lot ahora esto vez, the new card came today",  # (es)
    "arigatou, the new card came today",                            # an uncued subject at a sentence start (ja)
    "ok szerintem, i will ask the bank tomorrow about the fee",      # a bare "ok" greets no one (hu)
    "lol rashii su the fee is so high",                              # a two-letter word tells nothing either way
])
def test_foreign_everyday_words_stay(text):
    assert scrub_one(text) == text


@pytest.mark.parametrize("text, kept", [
    ("my sister nagyon cant log in to the app", "cant log in"),      # a relation cue
    ("hi nagyon, is the app down again?", "is the app down"),        # a greeting cue
    ("i was seen by dr kasih on monday", "on monday"),               # a title
    ("good morning nagyon, is my account verified yet", "verified"),  # a greeting of two words
    ("i spoke with tejka jonak at the branch", "at the branch"),     # unknown words, no list's
    ("beksultan had given me the card", "had given"),                # an unknown subject, no list's
])
def test_cued_or_unknown_names_still_go(text, kept):
    out = scrub_one(text)
    assert "<PERSON>" in out and kept in out
