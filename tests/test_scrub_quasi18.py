"""Quasi-identifiers in lower-case chat, session 18: the field a person works
in ("i work in sales", "im in the army"), abbreviated titles after a strong
job cue ("im a swe", "as a rn"), capitalised titles without a cue ("Our new
Lead Interactions Designer starts"), ages before chat fillers ("im 34 btw") and
in "being 34," / "34 and single" / "hes like 40" / "im 40ish", specific dates that chat cues ("since the
13th the app", "moving house the 27th.", "book for 7/6", "paid on 3 mei");
and ordinary text in the same places that must keep every word."""

from __future__ import annotations

import pytest

from client.scrub import QUASI_IDENTIFIERS, analyze_texts

# (text, the exact span, its entity)
FOUND = [
    ("i work in sales", "sales", "OCCUPATION"),
    ("im in retail, pay is monthly", "retail", "OCCUPATION"),
    ("i'm in the army so i travel a lot", "the army", "OCCUPATION"),
    ("my job is in construction", "construction", "OCCUPATION"),
    ("my wife works in the nhs", "the nhs", "OCCUPATION"),
    ("worked in customer service for years", "customer service", "OCCUPATION"),
    ("i work in it.", "it", "OCCUPATION"),
    ("im a swe", "swe", "OCCUPATION"),
    ("as a rn i work nights", "rn", "OCCUPATION"),
    ("my job: pa", "pa", "OCCUPATION"),
    ("retired ta here", "ta", "OCCUPATION"),
    ("i'm the pa at a small firm", "pa", "OCCUPATION"),
    ("as a hr mgr i travel", "hr mgr", "OCCUPATION"),
    ("Our new Lead Interactions Designer starts Monday.", "Lead Interactions Designer", "OCCUPATION"),
    ("Please ask the Regional Operations Manager about it.", "Regional Operations Manager", "OCCUPATION"),
    ("She is Head of Growth at Acme.", "Head of Growth", "OCCUPATION"),
    ("im 34 btw", "34", "AGE"),
    ("hes like 40", "40", "AGE"),
    ("im 40ish", "40", "AGE"),
    ("my (34f) boyfriend", "34f", "AGE"),
    ("i'm 52 tbh and broke", "52", "AGE"),
    ("being 34, i need a pension", "34", "AGE"),
    ("hi. 41 and married, need a loan", "41", "AGE"),
    ("At 34 years, she has led three teams.", "34", "AGE"),
    ("since the 13th the app wont load", "13th", "DATE_TIME"),
    ("moving house the 27th.", "27th", "DATE_TIME"),
    ("we fly out the 9th", "9th", "DATE_TIME"),
    ("can i book for 7/6", "7/6", "DATE_TIME"),
    ("flying 12.07. with the kids", "12.07.", "DATE_TIME"),
    ("refund promised by 6 mei", "6 mei", "DATE_TIME"),
]

KEPT = [
    "i'm in it for the money",
    "i work in sales tax software",
    "my money is in sales",
    "i'm in the queue",
    "i'm in charge",
    "im on it rn",
    "ta for that",
    "cheers\nta",
    "he was the 4th.",
    "they pay me on the 25th.",
    "my salary comes in on the 28th the same as always",
    "i came the 5th.",
    "for the 5th time",
    "booked for the 2nd time",
    "i got 3/5 on the test",
    "moving 2/3 of my savings",
    "being 2 payments behind is bad",
    "i have 34 and single ones",
    "got the cook book as a gift. how do i set a new pin?",
    "i'm a bit confused",
    "as a result my payment failed",
    "the app doesnt work as expected",
    "may i ask why",
    "Open Task Manager and end the process.",
    "My Password Manager lost everything.",
    "The Product Owner said no.",
    "i'm like 5 minutes away",
    "it's like 20ish quid",
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
    assert found[text] == set(), found[text]


def test_field_is_a_switch():
    """A field is an occupation: the default policy (occupations off) keeps it."""
    text = "i work in sales"
    assert analyze_texts([text])[0] == []
