"""Dates and ages from spaCy's NER DATE / TIME spans, kept by the entity
policy (``client/scrub/ner_dates.py``), every quasi switch on: prose dates
no shape list foresaw ("the 5th day of March", "19800906"), in lower case
too (the NER reads a text with a month name and a number even when it would
skip it otherwise); relative or vague dates, a year, weekday, month or time
alone, durations, hours and fractions stay."""

from __future__ import annotations

import pytest

from client.scrub import QUASI_IDENTIFIERS as _EVERY_SWITCH, scrub_texts

# Every quasi switch but DATE_PART (session 17), whose years, months, weekdays and relative
# days these controls keep: tests/test_scrub_date_part.py has them with it on.
QUASI_IDENTIFIERS = tuple(q for q in _EVERY_SWITCH if q != "DATE_PART")
from client.scrub.ner_dates import date_cue, person_age, specific_date


def scrub_all(texts: list[str]) -> list[str]:
    return scrub_texts(texts, quasi_identifiers=QUASI_IDENTIFIERS)[0]


# (text, the date that must go whole)
DATES = [
    ("Dear team, on the 5th day of March my payment failed.", "5th day of March"),
    ("Patient seen the 19th day of April, follow-up booked.", "19th day of April"),
    ("we signed the lease the 16th day of february; please confirm", "16th day of february"),
    ("my mother was born the 11th day of november in leeds", "11th day of november"),
]
# Kept: relative, vague, a year / weekday / month / time alone, durations, hours, fractions.
KEPT = [
    "We met last Tuesday and again yesterday, Anna.",
    "It took three days, Anna.",
    "Since 2019 the fee doubled, Anna.",
    "Call me at 10:30, Tom.",
    "Tom works 9-5 Monday to Friday.",
    "The 1990s were better, said Tom.",
    "Every March the fee rises, Tom.",
    "A few months ago Anna left.",
    "Rated 8/10 by Tom.",
    "The summer of 2019 was hot, Anna.",
    "Tom paid 3/4 of the bill.",
    "over the weekend the app failed. may i have 2 cards",
]


@pytest.fixture(scope="module")
def scrubbed():
    texts = [t for t, _ in DATES] + KEPT
    return dict(zip(texts, scrub_all(texts)))


@pytest.mark.parametrize("text, date", DATES)
def test_ner_date_goes_whole(scrubbed, text, date):
    out = scrubbed[text]
    assert out == text.replace(date, "<DATE_TIME>"), out


@pytest.mark.parametrize("text", KEPT)
def test_relative_and_partial_dates_stay(scrubbed, text):
    out = scrubbed[text]
    kept = out.replace("<PERSON>", "")
    for word in ("Tuesday", "yesterday", "three days", "2019", "10:30", "9-5", "1990s", "March", "few months",
                 "8/10", "2019", "3/4", "weekend", "2 cards"):
        if word in text:
            assert word in kept, out


@pytest.mark.parametrize("span", ["18 May", "the 5th day of march", "March 2020", "14.03.2022", "12-05-2020",
                                  "19800906", "Nov 3 2pm", "june of 2021", "the fifth of june"])
def test_specific_date(span):
    assert specific_date(span)


@pytest.mark.parametrize("span", ["yesterday", "last week", "the weekend", "3 days", "a few months ago", "2019",
                                  "Monday", "March", "10:30", "9-5", "8/10", "24/7", "the 1990s", "20 years",
                                  "19801306", "next june 5th", "12 years old"])
def test_no_specific_date(span):
    assert not specific_date(span)


def test_age_phrase_of_a_person_is_the_number():
    text = "my son is 12 years old"
    assert person_age(text, 10, len(text)) == (10, 12)
    text = "my laptop is 3 years old"
    assert person_age(text, 13, len(text)) is None


def test_date_cue():
    assert date_cue("on the 5th day of march it failed")
    assert not date_cue("i have 3 cards")
    assert not date_cue("in march it failed")
