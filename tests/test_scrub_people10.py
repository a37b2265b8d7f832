"""People's names in lower-case chat positions (issue 13, session 10): after a
role or relation ("my manager ...", "the nurse ...", "the claim handler ..."),
a lower-case title ("dr ..."), "cc X on", "X from accounts", "X and i", "me
and X", "my name's X", "this is X Y calling", and before "wrote:" in a quoted
e-mail header. Each shape next to ordinary sentences of the same shape that stay.

The names are in neither Faker's lists nor the world list, so these tests
check the rule, not a list."""

from __future__ import annotations

import pytest

from client.scrub import scrub_texts


def scrub_one(text: str) -> str:
    return scrub_texts([text])[0][0]


@pytest.mark.parametrize("text, expected", [
    # a role or relation after "my" / "the" / "your"
    ("my manager zorvatek asked me to send the form", "my manager <PERSON> asked me to send the form"),
    ("the nurse quillamere said i should bring the letter", "the nurse <PERSON> said i should bring the letter"),
    ("your colleague brastovik promised me a refund", "your colleague <PERSON> promised me a refund"),
    ("the claim handler yevandro never called back", "the claim handler <PERSON> never called back"),
    ("my line manager tashkimo velnoria approved the leave", "my line manager <PERSON> approved the leave"),
    # the role word itself stays, though the English list lacks it ("carer", "flatmate", "physio")
    ("our carer okrasta does the shopping with my card", "our carer <PERSON> does the shopping with my card"),
    ("my flatmate feltrani pays half the rent", "my flatmate <PERSON> pays half the rent"),
    # a lower-case title before a name English also uses
    ("i was seen by dr abba on monday", "i was seen by <PERSON> on monday"),
    ("dr fields referred me to the clinic", "<PERSON> referred me to the clinic"),
    # cc mid-sentence, a department after "from", "X and i", "me and X"
    ("please cc okrasta on the reply", "please cc <PERSON> on the reply"),
    ("feltrani from accounts said it was fine", "<PERSON> from accounts said it was fine"),
    ("vashkena and i opened the account together", "<PERSON> and i opened the account together"),
    ("me and ulmbrecht both use this card", "me and <PERSON> both use this card"),
    # "my name's X", "this is X Y calling"
    ("speaker 1: my name's zandoveli and i need a new pin", "speaker 1: my name's <PERSON> and i need a new pin"),
    ("hi this is korrigan mirtuvek calling about my mortgage", "hi this is <PERSON> calling about my mortgage"),
])
def test_names_after_people_cues_are_removed(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text", [
    "on mon, zorvatek quillamere wrote:\n> please see the attached",
    "zorvatek quillamere <zq@example.com> wrote:\n> thanks",
])
def test_the_name_in_a_quoted_reply_header_is_removed(text):
    out = scrub_one(text)
    assert "zorvatek" not in out and "quillamere" not in out and "wrote:" in out


@pytest.mark.parametrize("text", [
    # the same cue words with no name after them
    "my manager asked me to send the form",
    "the nurse said i should bring the letter",
    "the witness statement is attached",
    "the claim handler never called back",
    "please cc me on the reply",
    "forward this to hr please",
    "the team from accounts said it was fine",
    "me and my wife both use this card",
    "my sister is on holiday and cannot log in",
    "my friend sent me money and it never arrived",
    "your agent told me the fee would be waived",
    "the doctor wrote: take two a day",
    "he wrote: please call me",
    "my landlord wants the rent by friday",
])
def test_cue_words_without_a_name_stay(text):
    assert scrub_one(text) == text


def test_a_role_word_opening_the_sentence_is_a_title():
    out = scrub_one("nurse drummelin took my blood pressure")
    assert "drummelin" not in out and out.endswith(" took my blood pressure")


def test_a_lower_case_title_before_an_ordinary_noun_stays():
    assert scrub_one("dr appointment moved to the afternoon") == "dr appointment moved to the afternoon"


@pytest.mark.parametrize("text, expected", [
    # "said" and "hung" are names somewhere; after a role and a first name they are the verb
    ("the nurse quillamere said hi", "the nurse <PERSON> said hi"),
    ("your agent brastovik hung up on me", "your agent <PERSON> hung up on me"),
])
def test_a_verb_after_the_name_stays(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text", ["use ms teams for the call", "i sent an ms word file", "open ms excel and ms outlook"])
def test_ms_before_a_microsoft_product_is_no_title(text):
    # "ms" opens a name ("ms okyay"), but not before a Microsoft product
    assert scrub_one(text) == text


@pytest.mark.parametrize("text", ["pt is stable, c/o chest pain", "the wi fi is down again", "my wifi keeps dropping"])
def test_chat_abbreviations_are_no_names(text):
    # "pt" (patient) in clinic notes and "wi fi" are abbreviations, no one's name
    assert scrub_one(text) == text
