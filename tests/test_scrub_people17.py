"""People's names no list knows, session 17: a learned score of how much a
word's letters run as a name's (name_shape.py, data/name_ngrams.txt) finds
a name the NER misses in a truecased copy ("can i add mehwish as a second
card holder?") and tells a name one edit from an English word from a typo
("is stanis's account ..."); controls: typos, slang, everyday words stay."""

from __future__ import annotations

import pytest

from client.scrub import analyze_texts


def _people(text):
    return [text[r.start:r.end] for r in analyze_texts([text])[0] if r.entity_type == "PERSON"]


def _removed(text):
    return [text[r.start:r.end] for r in analyze_texts([text])[0]]


def test_letters_of_names_score_above_letters_of_other_words():
    from client.scrub.name_shape import name_logit

    for name in ("chahira", "mehwish", "maymuna", "oluwaseun"):
        assert name_logit(name) > 2, name
    for word in ("reveawed", "instagram", "playstation", "schouder"):
        assert name_logit(word) < 0, word


@pytest.mark.parametrize("text, name", [
    ("can i add mehwish as a second card holder?", "mehwish"),
    ("can i add chahira as a second card holder?", "chahira"),
    ("is maymuna's account linked to mine?", "maymuna"),
])
def test_a_name_the_ner_misses_is_found_by_its_letters(text, name):
    assert _people(text) == [name]


def test_a_name_one_edit_from_an_english_word_is_no_typo_when_its_letters_say_name():
    # "stanis" is one edit from "stains", its letters run as a name's
    assert _people("is stanis's account linked to mine?") == ["stanis"]


@pytest.mark.parametrize("text", [
    "i recieved the money but the balance is wrong",
    "the paymnet is still pending",
    "i want to cancel my subscribtion",
    "the transfeer failed again",
    "i will mark the payment as urgent, the bill was higher than it should be",
    "my instagram got hacked and the money is gone",
    "lol the fee is crazy high ngl, is it the same abroad?",
])
def test_typos_and_everyday_words_stay(text):
    assert _removed(text) == []


def _name_cues():
    from client.scrub.analyzer import _engines
    from client.scrub.name_cues import NameCueRecognizer

    return next(r for r in _engines().analyzer.registry.recognizers if isinstance(r, NameCueRecognizer))


def test_a_cue_takes_a_word_one_edit_from_english_whose_letters_say_name():
    cues = _name_cues()
    # "shlok" is one edit from "shook", "violene" from "violence": letters of names
    assert cues._unknown(["shlok"], 0) and cues._unknown(["violene"], 0)
    # typos stay typos: "stil", "recieved", "pleese", "crad" (letters that score as a name's, one edit from "please", "card")
    assert not any(cues._unknown([w], 0) for w in ("stil", "recieved", "pleese", "thnaks", "crad"))
