"""User names and handles (client/scrub/handles.py): an @handle, a word after a
user-name cue, a word joined by underscores go as USERNAME; times, Slack
mentions, everyday words after the same cues, file names and e-mail
addresses stay as they were."""

from __future__ import annotations

import pytest

from client.scrub import DIRECT_IDENTIFIERS, DEFAULT_ENTITIES, analyze_texts, scrub_texts


def scrub_one(text: str) -> str:
    return scrub_texts([text])[0][0]


@pytest.mark.parametrize("text, expected", [
    ("follow me @petra_k for updates", "follow me <USERNAME> for updates"),
    ("my login is ravi.kumar22", "my login is <USERNAME>"),
    ("- user tom_b7", "- user <USERNAME>"),
    ("great film - posted by jan-novak1984", "great film - posted by <USERNAME>"),
    ("my username is striking_1994 if you need it", "my username is <USERNAME> if you need it"),
    ("my handle on the app is the_real_dan", "my handle on the app is <USERNAME>"),
    ("my insta is @lena.m and twitter: lenam88", "my insta is <USERNAME> and twitter: <USERNAME>"),
    ("gamertag = xxkrolxx, add me", "gamertag = <USERNAME>, add me"),
    ("the transfer went through, thanks - dorota_w", "the transfer went through, thanks - <USERNAME>"),
])
def test_handles_go(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text", [
    "my login is not working since yesterday",
    "username: forgot it, can you reset",
    "the user interface is confusing",
    "the app said user not found",
    "meet @5pm at the branch",
    "@here please check the queue",
    "i saved report_2024.pdf and sent it",
    "handle this asap please",
    "posted by mistake, sorry",
    "we are @ the shop now",
])
def test_ordinary_text_of_the_same_shape_stays(text):
    assert scrub_one(text) == text


def test_a_dotted_handle_goes_whole():
    # "jan.novak" also reads as a domain name: the URL recognizer may name it
    assert scrub_one("ask @jan.novak, he knows") in ("ask <USERNAME>, he knows", "ask <URL>, he knows")


def test_an_email_stays_one_email_address():
    assert scrub_one("mail lips_1937@firma.local today") == "mail <EMAIL_ADDRESS> today"
    assert scrub_one("write to me, j.smith@corp.local") == "write to me, <EMAIL_ADDRESS>"


def test_username_is_a_direct_identifier_in_every_policy():
    assert "USERNAME" in DIRECT_IDENTIFIERS and "USERNAME" in DEFAULT_ENTITIES
    [[result]] = analyze_texts(["my username is striking_1994"], entities=["USERNAME"])
    assert (result.entity_type, result.start, result.end) == ("USERNAME", 15, 28)
    # switched off, it stays
    assert analyze_texts(["my username is striking_1994"], entities=["PERSON"]) == [[]]
