"""Quasi-identifiers, session 19: job titles of the US BLS Occupational
Outlook Handbook index (``data/occupation_titles_bls.txt``) as heads after a
cue and as titles alone, more job cues ("being a", "work: ...", "... (retired)",
stop words inside hyphened titles, "mine captain", "well tender"), ages after
"ur" and "pushing" and before "&" and "+"; and ordinary text in the same
places that must keep every word."""

from __future__ import annotations

import pytest

from client.scrub import QUASI_IDENTIFIERS, analyze_texts

# (text, the exact span, its entity)
FOUND = [
    # BLS one-word titles as heads after a cue; longer ones alone
    ("my dad was a roustabout", "roustabout", "OCCUPATION"),
    ("she is a cryptanalyst now", "cryptanalyst", "OCCUPATION"),
    ("the hay stacker operator at the farm said no", "hay stacker operator", "OCCUPATION"),
    ("i asked our accounts receivable clerk", "accounts receivable clerk", "OCCUPATION"),
    # cues
    ("being an ambulance dispatcher means shifts", "ambulance dispatcher", "OCCUPATION"),
    ("work: quality analyst. how do i top up?", "quality analyst", "OCCUPATION"),
    ("hand lacer (retired). i got a fee", "hand lacer", "OCCUPATION"),
    ("fishing vessel operator (retired). help", "fishing vessel operator", "OCCUPATION"),
    ("i have been working as a make-ready worker", "make-ready worker", "OCCUPATION"),
    ("as a mine captain i get paid weekly", "mine captain", "OCCUPATION"),
    ("i got a job as a well tender", "well tender", "OCCUPATION"),
    # ages
    ("im 34 & my wife is 36", "34", "AGE"),
    ("ur 16 so no", "16", "AGE"),
    ("im pushing 50", "50", "AGE"),
    ("i'm 18+.", "18", "AGE"),
    ("now 52 and broke. my card is blocked", "52", "AGE"),
    ("34 and skint, help", "34", "AGE"),
    # rare one-word BLS titles alone
    ("the phlebotomist took my card", "phlebotomist", "OCCUPATION"),
    ("our zookeeper friend", "zookeeper", "OCCUPATION"),
]

KEPT = [
    "work: from home on mondays",
    "work: monday to friday",
    "the printer (retired) still works",
    "being a bit late is fine",
    "it's a make-or-break month",
    "as a well known fact",
    "enter ur 16 digit code",
    "ur 3 payments are late",
    "i have 18+ cards",
    "we need 3 & 4 more",
    "hes pushing 3 trolleys",
    "item 5 and still missing",
    "can i use my maestro card",
    "my boss at acme and sons needs a reference letter",
    "the tenor of the loan is 5 years",
    "i'm a bit confused",
    "as a result my payment failed",
    "the app doesnt work as expected",
    "there's a driver update for my card reader",
    "got the cook book as a gift",
]


@pytest.fixture(scope="module")
def found():
    texts = [t for t, _, _ in FOUND] + KEPT
    results = analyze_texts(texts, quasi_identifiers=[q for q in QUASI_IDENTIFIERS if q != "DATE_PART"])
    return {t: {(t[r.start:r.end], r.entity_type) for r in rs} for t, rs in zip(texts, results)}


@pytest.mark.parametrize("text, value, entity", FOUND)
def test_found(found, text, value, entity):
    assert (value, entity) in found[text], found[text]


@pytest.mark.parametrize("text", KEPT)
def test_kept(found, text):
    assert not {e for _, e in found[text]} & {"AGE", "OCCUPATION"}, found[text]


def test_bls_titles_are_read():
    from client.scrub.quasi_words import bls_titles, occupation_phrases

    singles, longer = bls_titles()
    assert "roustabout" in singles and "hay stacker operator" in longer
    assert "coach" not in singles  # everyday sense first
    phrases = occupation_phrases()
    assert "hay stacker operator" in phrases
    # a stop word inside, or an everyday last word: not looked up alone
    assert not {"director of civil defense", "blackjack pit boss", "military career"} & phrases


def test_jobs_are_a_switch():
    """Occupations are off by default: the default policy keeps them (a job
    title no English list holds was a group, by the group cues, before)."""
    texts = ["my dad was a roustabout", "im currently working as a barista", "she is a cryptanalyst now"]
    assert analyze_texts(texts) == [[], [], []]


def test_a_job_is_no_group(found):
    assert found["my dad was a roustabout"] == {("roustabout", "OCCUPATION")}
