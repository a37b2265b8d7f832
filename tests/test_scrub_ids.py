"""Phones and national ids of countries no rule was written for (issue 13):
libphonenumber for international numbers, an id cue (ours or python-stdnum's
abbreviations) for national ids; ordinary sentences of the same shape stay."""

from __future__ import annotations

import pytest

from client.scrub import scrub_texts
from client.scrub.ids import _stdnum_abbreviations


def scrub_one(text: str) -> str:
    return scrub_texts([text])[0][0]


@pytest.mark.parametrize("text, expected", [
    ("id: 15102828371", "id: <NATIONAL_ID>"),
    ("national id 2621413", "national id <NATIONAL_ID>"),
    ("personal code 37050136805", "personal code <NATIONAL_ID>"),
    ("dni 942.423.285-32", "dni <NATIONAL_ID>"),
    ("passport no 591.124.236-29", "passport no <NATIONAL_ID>"),
    ("my cpf is 123.456.789-09", "my cpf is <NATIONAL_ID>"),
    ("RUT 12.345.678-5 please", "RUT <NATIONAL_ID> please"),
    ("here is my personal number 27318046955 for the verification",
     "here is my personal number <NATIONAL_ID> for the verification"),
    ("i typed my id 140495-16090 and the app said invalid",
     "i typed my id <NATIONAL_ID> and the app said invalid"),
    ("my identity card number: 889614362", "my identity card number: <NATIONAL_ID>"),
])
def test_national_id_after_an_id_cue(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("cue", ["cnic", "pps"])
def test_stdnum_abbreviations_are_id_cues(cue):
    # Pakistan's CNIC and Ireland's PPS number: names taken from python-stdnum, not written here.
    assert cue in _stdnum_abbreviations()
    assert scrub_one(f"my {cue} is 3201234567") == f"my {cue} is <NATIONAL_ID>"


def test_stdnum_abbreviations_leave_out_english_words():
    names = set(_stdnum_abbreviations())
    assert names and not names & {"pan", "vat", "pin", "ice", "cups", "sin"}


@pytest.mark.parametrize("text, expected", [
    ("+32 2/555.12.12 is the office", "<PHONE_NUMBER> is the office"),
    ("phone: +421 2/5441 1234", "phone: <PHONE_NUMBER>"),
    ("+(371) 21234567 is mine", "<PHONE_NUMBER> is mine"),
])
def test_international_phone_of_any_region(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("813 6731 is my number, text me", "<PHONE_NUMBER> is my number, text me"),
    ("40 69 27 94 is my mobile", "<PHONE_NUMBER> is my mobile"),
    ("83071882599 is my pesel", "<NATIONAL_ID> is my pesel"),
    ("z4030251n is my passport number", "<NATIONAL_ID> is my passport number"),
])
def test_number_followed_by_what_it_is(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text", [
    "12345 is my order number",
    "1500000 was my number of points last year",
    "19.99 was my total",
    "10:30 is my slot",
    "2024 is my year",
    "my order id is 12345678",
    "transaction id 99887766 failed",
    "ticket id 55667788 is still open",
    "i paid 1,250.00 for the id card renewal",
    "the room 1204 is booked",
    "version 2.13.0 crashed after the id check",
    "id like to send 500000 pesos",
    "card ending 4821",
    "my id expired in 2019",
    "id: 2024",
    "the id check took 15 minutes at 10:30",
    "i was charged 19.99 for my passport photo",
    "passport fee is 12.50",
    "my passport expires in 2027",
    "i got 12345 points",
    "the +5 bonus was not applied",
])
def test_same_shape_ordinary_sentences_stay(text):
    assert scrub_one(text) == text
