"""Quasi-identifiers, session 10: dates without a year or in written forms,
age shapes of clinical notes and lists, occupations after more cues, groups,
with every quasi switch on; and sentences of the same shape that must stay
(amounts, counts, fractions, "may" / "march" as verbs, languages)."""

from __future__ import annotations

import pytest

from client.scrub import QUASI_IDENTIFIERS as _EVERY_SWITCH, scrub_texts

# Every quasi switch but DATE_PART (session 17), whose years, months, weekdays and relative
# days these controls keep: tests/test_scrub_date_part.py has them with it on.
QUASI_IDENTIFIERS = tuple(q for q in _EVERY_SWITCH if q != "DATE_PART")


def scrub_all(texts: list[str]) -> list[str]:
    return scrub_texts(texts, quasi_identifiers=QUASI_IDENTIFIERS)[0]


DATES = [
    ("appointment on 14 june", "appointment on <DATE_TIME>"),
    ("see you on june 14th", "see you on <DATE_TIME>"),
    ("born on the 3rd of may", "born on the <DATE_TIME>"),
    ("we are away from 3 to 7 june", "we are away from <DATE_TIME>"),
    ("meeting moved to 3-6 August at the branch", "meeting moved to <DATE_TIME> at the branch"),
    ("leave requested June 3-5 approved", "leave requested <DATE_TIME> approved"),
    ("the letter dated 18/10 says otherwise", "the letter dated <DATE_TIME> says otherwise"),
    ("i was born on may 26. thanks", "i was born on <DATE_TIME>. thanks"),
    ("dob: Mar 12", "dob: <DATE_TIME>"),
    ("birthday the twelfth of march", "birthday the <DATE_TIME>"),
    ("customer since march 2023", "customer since <DATE_TIME>"),
    ("can we do 16-19 May instead", "can we do <DATE_TIME> instead"),
    ("your email of 28 may said the fee was waived", "your email of <DATE_TIME> said the fee was waived"),
    ("dob is 20/5 and postcode unchanged", "dob is <DATE_TIME> and postcode unchanged"),
]

AGES = [
    ("pt 55m c/o headache", "pt <AGE> c/o headache"),
    ("patient, 45M, presented with pain", "patient, <AGE>, presented with pain"),
    ("39F, smoker, no allergies", "<AGE>, smoker, no allergies"),
    ("m/72 with fever", "<AGE> with fever"),
    ("male, 36, no history", "male, <AGE>, no history"),
    ("ann, 45, lives with her mum", "<PERSON>, <AGE>, lives with her mum"),
    ("my son (2) needs a card", "my son (<AGE>) needs a card"),
    ("my dad who is 49 cant use the app", "my dad who is <AGE> cant use the app"),
]

JOBS_AND_GROUPS = [
    ("job: hairstylist", "job: <OCCUPATION>"),
    ("i used to be a credit analyst", "i used to be a <OCCUPATION>"),
    ("applicant is a teaching assistant", "applicant is a <OCCUPATION>"),
    ("position computer scientist. thanks", "position <OCCUPATION>. thanks"),
    ("we are bahamians", "we are <NRP>"),
    ("nationality: madagascan", "nationality: <NRP>"),
]

KEPT = [
    "I was born in 1985",  # a year alone stays (policy)
    "see you on monday",  # a weekday alone stays (policy)
    "in march i moved",  # a month alone stays
    "the 10 may be wrong",
    "the 1st may be fine",
    "one of 3 may be wrong",
    "i may 3 times ask",
    "we march 2 miles",
    "march 2 payments went out",
    "open 24/7",
    "the score was 3/4",
    "ordered 2/3 of the items",
    "i have 45 apples",
    "raised 5M, then stopped",
    "it costs 45/m",
    "ran 5m, then stopped",
    "male, 3 cards",
    "i'm 2 weeks late",
    "job done, thanks",
    "position 3 in the queue",
    "i speak english and french",
    "reply in german please",
    "the french version of the app",
    "an american express card",
]


@pytest.fixture(scope="module")
def found():
    texts = [t for t, _ in DATES + AGES + JOBS_AND_GROUPS]
    return dict(zip(texts, scrub_all(texts)))


@pytest.fixture(scope="module")
def kept():
    return dict(zip(KEPT, scrub_all(KEPT)))


@pytest.mark.parametrize("text, expected", DATES + AGES + JOBS_AND_GROUPS)
def test_quasi_identifier_found(found, text, expected):
    assert found[text] == expected


@pytest.mark.parametrize("text", KEPT)
def test_ordinary_text_stays(kept, text):
    assert kept[text] == text
