"""People's names in chat, session 16: a lower-case sentence inside text
typed with capitals goes to the NER truecased (truecase_stretches), and
names in frames only a person fills (name_frames.py: "i owe eliise 200",
"hello, rhizlane here", "yunior and i share"), with controls that stay."""

from __future__ import annotations

import pytest

from client.scrub import analyze_texts
from client.scrub.name_frames import near_function_word
from client.scrub.truecase import truecase_stretches


def _people(text):
    return [text[r.start:r.end] for r in analyze_texts([text])[0] if r.entity_type == "PERSON"]


def _removed(text):
    return [text[r.start:r.end] for r in analyze_texts([text])[0]]


def test_only_the_lower_case_sentences_are_truecased():
    text = "Thanks! ask zoltrana kroxley about it. The card came from Spain."
    copy, candidates, stretches = truecase_stretches(text)
    assert len(copy) == len(text)
    assert copy == "Thanks! Ask Zoltrana Kroxley about it. The card came from Spain."
    assert [text[a:b] for a, b in stretches] == ["ask zoltrana kroxley about it."]
    assert [(text[a:b], s) for a, b, s in candidates] == [("zoltrana", 3), ("kroxley", 3)]


def test_a_clause_typed_without_capitals_in_a_sentence_with_them():
    text = "Thanks John, we met zoltrana last week. The card came."
    copy, candidates, stretches = truecase_stretches(text)
    # the clause's first word opens no sentence: it keeps its case
    assert copy == "Thanks John, we met Zoltrana last week. The card came."
    assert [text[a:b] for a, b in stretches] == ["we met zoltrana last week."]


@pytest.mark.parametrize("text", [
    "The card came from Spain. It works now.",    # no word no list knows
    "I sent it to Zoltrana. She has it now.",     # the name has its capital: the NER reads it as typed
    "Ok. The refund from Maria came.",
])
def test_no_copy_when_no_lower_case_sentence_holds_an_unknown_word(text):
    assert truecase_stretches(text) is None


@pytest.mark.parametrize("text, name", [
    # no cue before the name, no list holds it; the NER read the text as typed before
    ("Are both Visa and Mastercard offered? We met clhoe last week and he said the fee would be waived.", "clhoe"),
    ("I'd rather not verify my identity. We met efsa last week and he said the fee would be waived.", "efsa"),
    ("Thanks John, we met clhoe last week and she said it was fine.", "clhoe"),
    ("Sorry Anna; i think wiremka took the card.", "wiremka"),
])
def test_a_lower_case_name_in_text_with_capitals(text, name):
    # the NER's label for a word it never saw may be a person, a place or a firm: removed all the same
    assert name in _removed(text)


@pytest.mark.parametrize("text, name", [
    ("Why are my payments showing pending? I owe thimoty 200. How do I send it abroad?", "thimoty"),
    ("i gave tyago my old card by mistake", "tyago"),           # one edit from "tango": the frame decides
    ("I paid ochiengo back last week. Thanks!", "ochiengo"),
    ("we still owe dogukan savasli 300 for the flat", "dogukan savasli"),
    ("Hello, rhizlane here. My top up did not work.", "rhizlane"),
    ("Please refund me. i paid yerlanov for a car that never came.", "yerlanov"),
    ("Hi there. i transferred 50 to my mate olusegunde but it hasn't arrived.", "olusegunde"),
    ("yunior and I share this account. Can she see my statements?", "yunior"),
])
def test_a_name_in_a_frame_only_a_person_fills(text, name):
    assert name in _people(text)


@pytest.mark.parametrize("text", [
    "i sent yuo the form yesterday",        # a typo of a function word
    "I owe you 200, how do I send it?",
    "i gave him my old card by mistake",
    "i paid rent. now the app is locked",
    "hello, anyone here? my top up failed",
    "i paid tuition last week and it bounced",
    "Mark the transfer as urgent please.",
    "I will send the money tomorrow, will it arrive by Monday?",
    "you can bank on it, the top up failed again",
    "i sent the atm receipt back",
    "i paid extra for the express card",
    "my mate said the app is down",
    "i owe hmrc 300, can i pay from this account?",   # an acronym: no vowel
])
def test_ordinary_chat_stays(text):
    assert _removed(text) == []


@pytest.mark.parametrize("word, near", [("yuo", True), ("hte", True), ("thme", True), ("tyago", False),
                                        ("eliise", False)])
def test_near_function_word(word, near):
    assert near_function_word(word) is near
