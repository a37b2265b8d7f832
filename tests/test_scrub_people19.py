"""People's names in chat, session 19: whom news goes to ("let harbor know
the card arrived", "tell celestial the transfer is done", person_slots.py)
and a word listed beside a sure name by "and", "&" or a list's comma ("jedi
and yacine amrouche both got charged", name_pairs.py); controls: the same
frames with no one in them ("let me know", "tell support that ...", "thanks
ahmed, appreciated", "the card and ahmed") keep their words."""

from __future__ import annotations

import pytest

from client.scrub import analyze_texts


def _people(text):
    return [text[r.start:r.end] for r in analyze_texts([text])[0] if r.entity_type == "PERSON"]


def _removed(text):
    return [text[r.start:r.end] for r in analyze_texts([text])[0]]


@pytest.mark.parametrize("text, name", [
    ("let harbor know the card arrived", "harbor"),
    ("just let Celestial know about the refund", "Celestial"),
    ("let mamy aymaan know the card arrived", "mamy aymaan"),
    ("tell celestial the transfer is done", "celestial"),
    ("please tell aerial i paid the bill", "aerial"),
])
def test_whom_news_goes_to_is_a_name(text, name):
    assert _people(text) == [name]


@pytest.mark.parametrize("text, names", [
    ("jedi and yacine amrouche both got charged twice", ["jedi", "yacine amrouche"]),
    ("handy, aimane ervan and me share the account", ["handy", "aimane ervan"]),
    ("i paid ahmed & papa for the tickets", ["ahmed", "papa"]),
    ("papa, ahmed aissaoui and me share the account", ["papa", "ahmed aissaoui"]),
])
def test_a_word_listed_beside_a_name_is_a_name(text, names):
    assert _people(text) == names


@pytest.mark.parametrize("text", [
    "let me know if the card arrived",
    "let the bank know about it",
    "let everyone know the app is down",
    "tell support that my card is blocked",
    "tell them the card is gone",
    "salt and pepper are on the receipt",
    "thanks so much, the card works now",
    "hi there, my transfer failed",
    "ask support about it please",
    "see you monday then",
    "cc the team on this",
])
def test_frames_with_no_one_in_them_keep_their_words(text):
    assert _removed(text) == []


@pytest.mark.parametrize("text, name", [
    ("thanks ahmed, appreciated the help", "ahmed"),
    ("the card and ahmed are both blocked", "ahmed"),
    ("hi ahmed, quick question about fees", "ahmed"),
])
def test_a_word_beside_a_name_outside_a_list_stays(text, name):
    assert _people(text) == [name]


def test_a_verb_after_and_stays():
    text = "the film was directed by onni savolainen and starring savolainen"
    assert _people(text) == ["onni savolainen", "savolainen"]


@pytest.mark.parametrize("text, name", [
    ("keavy paid me back yesterday but it is not showing", "keavy"),
    ("eathen has my old card now", "eathen"),
    ("the card is fine. sher paid me back", "sher"),
])
def test_a_sure_name_opening_a_sentence_is_a_name(text, name):
    assert _people(text) == [name]


@pytest.mark.parametrize("text", [
    "the refund has my name wrong",
    "paypal sent me an email",
    "acount has my money",
    "hi guys the app is down",
    "thanks everyone that worked",
    "hi there my card is blocked",
    "thanks dang that worked",
])
def test_any_other_word_there_stays(text):
    assert _removed(text) == []
