"""Quasi-identifiers, session 11: job titles no list holds (a department
after "head of", "team lead", a bare title before "by profession", after
"designation:"), groups after a form label and sects, peoples, castes and
parties, with every quasi switch on; and ordinary uses that must stay
("printer driver", "driver update", "teacher's pet"); a cuisine is a group word ("nigerian food")."""

from __future__ import annotations

import pytest

from client.scrub import QUASI_IDENTIFIERS, scrub_texts


def scrub_all(texts: list[str]) -> list[str]:
    return scrub_texts(texts, quasi_identifiers=QUASI_IDENTIFIERS)[0]


# (text, words that must be gone)
GONE = [
    ("i'm the head of housekeeping at the depot", ["head", "housekeeping"]),
    ("role: night shift team lead", ["lead"]),
    ("designation: pharmacy technician", ["pharmacy", "technician"]),
    ("i am rickshaw driver by profession", ["rickshaw", "driver"]),
    ("she is madrasa teacher and needs a loan", ["madrasa", "teacher"]),
    ("i am head of estates by profession", ["estates"]),
    ("as a call centre team lead i work shifts", ["lead"]),
    ("my dad is a police constable", ["constable"]),
    ("thanks, jane doe, pharmacy technician at the clinic", ["technician"]),
    ("our junior software engineer left", ["engineer"]),
    ("religion: alawite", ["alawite"]),
    ("ethnicity - hazara", ["hazara"]),
    ("political affiliation: monarchist", ["monarchist"]),
    ("we are ismailis so no", ["ismailis"]),
    ("the rohingya families on our street", ["rohingya"]),
    ("both my parents are brexiteers", ["brexiteers"]),
    ("my neighbours are dalits", ["dalits"]),
]

KEPT = [
    "printer driver missing after the update",
    "driver update failed on my laptop",
    "the teacher's pet got the prize",
    "i am still waiting for my card",
    "i am new customer here",
    "faith: none",
    "i'm at the head of the queue",
    "as a member of staff i get a discount",
    "thanks, customer service at the branch was great",
    "senior citizens get a discount",
    "the quote was high because labour costs went up",
]


@pytest.mark.parametrize("text, words", GONE)
def test_value_gone(text, words):
    out = scrub_all([text])[0].lower()
    for w in words:
        assert w not in out.split() and w not in out.replace("<", " ").replace(">", " ").split(), out


@pytest.mark.parametrize("text", KEPT)
def test_ordinary_kept(text):
    assert scrub_all([text])[0] == text


def test_label_value_stops_at_stop_word():
    out = scrub_all(["religion: jain and i need help"])[0]
    assert "jain" not in out and out.endswith("and i need help"), out


def test_labour_party_still_a_group():
    out = scrub_all(["my dad is labour"])[0]
    assert "labour" not in out, out


def test_cuisine_word_is_a_group():
    # Session 11 first kept cuisines; the labelled corpora count them as groups.
    out = scrub_all(["it serves great nigerian food"])[0]
    assert "nigerian" not in out, out
