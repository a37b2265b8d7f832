"""Organisations and occupations as chat types them (session 9, branch
scrub-orgs), and the false positives fixed with them. Values are written here
(none from a held-out part)."""

from __future__ import annotations

import pytest

from client.scrub import QUASI_IDENTIFIERS, scrub_texts


def scrub_one(text: str, **kwargs) -> str:
    return scrub_texts([text], **kwargs)[0][0]


def scrub_jobs(text: str) -> str:
    return scrub_one(text, quasi_identifiers=QUASI_IDENTIFIERS)


# -- organisations after a cue


@pytest.mark.parametrize("text, expected", [
    ("zolvaner hired me last month", "<ORGANIZATION> hired me last month"),
    ("trevannick sacked me without notice", "<ORGANIZATION> sacked me without notice"),
    ("qelbrook took 40 pounds from my card", "<ORGANIZATION> took 40 pounds from my card"),
    ("drumveld keeps emailing me about a debt", "<ORGANIZATION> keeps emailing me about a debt"),
    ("vantor support told me to contact you", "<ORGANIZATION> support told me to contact you"),
    ("ostrevik's hr department says they paid", "<ORGANIZATION>'s hr department says they paid"),
    ("we called brasmoor customer service twice", "we called <ORGANIZATION> customer service twice"),
    ("my employer, stoiana, changed banks", "my employer, <ORGANIZATION>, changed banks"),
    ("i got a letter from kelvadon about my account", "i got a letter from <ORGANIZATION> about my account"),
    ("i'm a cleaner at quenby on weekends", "i'm a cleaner at <ORGANIZATION> on weekends"),
    ("i started at marhollow last week", "i started at <ORGANIZATION> last week"),
])
def test_organisation_after_cue(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("minyi pharmacy says the payment never arrived", "<ORGANIZATION> says the payment never arrived"),
    ("gloriana credit union froze my card", "<ORGANIZATION> froze my card"),
    ("my gp at dravenholt surgery wants a letter", "my gp at <ORGANIZATION> wants a letter"),
    ("miljko dental practice charged me", "<ORGANIZATION> charged me"),
])
def test_organisation_before_institution_word(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text", [
    "customer support told me to contact you",
    "tech support told me to wait",
    "the bank's hr says no",
    "hr department says they sent the money",
    "i'm a bit late for work",
    "i went to the bank and they could not help",
    "Windows 10 keeps crashing since 2023",
    "the app keeps logging me out",
    "my employer, as far as i know, pays monthly",
    "my knee surgery went well",
    "the pharmacy took 12 pounds twice",
    "i took 40 pounds out yesterday",
])
def test_ordinary_text_around_organisation_cues_stays(text):
    assert scrub_one(text) == text


# -- occupations (a quasi-identifier, behind its switch)


@pytest.mark.parametrize("text, job", [
    ("self-employed plumber, how do i declare income", "plumber"),
    ("a retired scaffolder asked about his pension", "scaffolder"),
    ("trainee roofer on low pay, need a cheaper account", "roofer"),
    ("bricklayer, 3 kids, looking for a savings account", "bricklayer"),
    ("single mum and carer, need help budgeting", "carer"),
    ("i do agency work as a freelance welder", "welder"),
])
def test_occupation_without_person_cue(text, job):
    scrubbed = scrub_jobs(text)
    assert job not in scrubbed and "<OCCUPATION>" in scrubbed


def test_occupation_stays_by_default():
    assert scrub_one("self-employed plumber, how do i declare income") == \
        "self-employed plumber, how do i declare income"


@pytest.mark.parametrize("text", [
    "Later, i found a second charge",
    "Disaster, I've totally forgotten my passcode",
    "dear manager, please help me",
    "single mum and daughter, need a joint account",
    "my former employer sent a letter",
    "a senior citizen discount would help",
    "i am retired and want to close my account",
    "Transfer, then nothing happened",
])
def test_ordinary_text_with_job_cues_stays(text):
    assert scrub_jobs(text) == text


# -- false positives fixed


def test_ref_label_is_no_organisation():
    assert "ref" in scrub_one("ref: AB123456")
    assert "Ref" in scrub_one("Ref: order 2231 is missing")


@pytest.mark.parametrize("text", ["merchant was tesco", "seller is slow to reply"])
def test_role_word_opening_sentence_is_no_person(text):
    assert scrub_one(text).split()[0] == text.split()[0]


def test_network_label_is_no_speaker():
    assert scrub_one("ig: x") == "ig: x"
    assert scrub_one("fb: x") == "fb: x"


def test_speaker_label_still_found():
    assert scrub_one("jildert: what a day").startswith("<PERSON>")


@pytest.mark.parametrize("text", ["i went to paris", "flights to london are cheap"])
def test_big_city_is_a_location_not_a_person(text):
    assert "<LOCATION>" in scrub_one(text) and "<PERSON>" not in scrub_one(text)


@pytest.mark.parametrize("text", ["i paid 48392011 yesterday", "paid 12345678", "covid case 12345678",
                                  "watched the video 48392011 times"])
def test_id_context_word_not_inside_other_words(text):
    # a bare run of eight digits passes only with a context word of the national-id pattern
    assert scrub_one(text) == text


@pytest.mark.parametrize("text", ["my id is 48392011", "id: 48392011", "ids 48392011 and more"])
def test_id_context_word_still_works(text):
    assert "48392011" not in scrub_one(text)
