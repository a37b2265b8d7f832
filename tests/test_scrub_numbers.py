"""Identifier-shaped numbers with no cue (issue 13, client/scrub/numbers.py):
phones in a national format and ids or codes of any country go; amounts,
dates, counts, quantities, versions, references to things (an order, a
ticket) and product words of the same shape stay."""

from __future__ import annotations

import pytest

from client.scrub import DIRECT_IDENTIFIERS, analyze_texts, scrub_texts
from client.scrub.numbers import IdentifierNumberRecognizer, _currencies


def scrub_one(text: str) -> str:
    return scrub_texts([text])[0][0]


@pytest.mark.parametrize("text, expected", [
    ("ping 0176 2345 6789 anytime", "ping <PHONE_NUMBER> anytime"),
    ("it's 98412 34567 now, the old one is gone", "it's <PHONE_NUMBER> now, the old one is gone"),
    ("try 7612 5275 tomorrow after lunch", "try <PHONE_NUMBER> tomorrow after lunch"),
    ("i am on 612 71 87 84 all day", "i am on <PHONE_NUMBER> all day"),
    ("best way to get hold of me is (0-312) 28130", "best way to get hold of me is <PHONE_NUMBER>"),
    ("so 21 2253 8871 is the right one", "so <PHONE_NUMBER> is the right one"),
    ("hi there, +(371) 75444102 here", "hi there, <PHONE_NUMBER> here"),
])
def test_national_phone_with_no_cue(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("here you go: 83011924334", "here you go: <NATIONAL_ID>"),
    ("it's 19.291.925-8 on the card", "it's <NATIONAL_ID> on the card"),
    ("ok so 20-55104005-5 then", "ok so <NATIONAL_ID> then"),
    ("mine is y9386087p", "mine is <NATIONAL_ID>"),
    ("I typed 15936475M and it failed", "I typed <NATIONAL_ID> and it failed"),
    ("copied it right: de755880524", "copied it right: <NATIONAL_ID>"),
    ("4f7-22-91883 please", "<NATIONAL_ID> please"),
    ("for the form, 310743-14793", "for the form, <NATIONAL_ID>"),
    # a cue for a thing or an amount ends at its clause
    ("why am i missing my refund, 83011924334", "why am i missing my refund, <NATIONAL_ID>"),
    ("Why was I charged a fee for my transfer? 20-55104005-5", "Why was I charged a fee for my transfer? <NATIONAL_ID>"),
    ("i have no receipt - 34122296517", "i have no receipt - <NATIONAL_ID>"),
])
def test_id_or_code_with_no_cue(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text", [
    "i paid £1,250.00 for it",
    "the transfer of 250 euros is still pending",
    "the car cost 8 490 859 EUR",
    "it cost 1.250.000,00 € in the end",
    "the limit is 2500000 per day",
    "why was i charged USD 1234567.89",
    "statement from 2024-01-15 to 15/01/2024",
    "the payment on 2024.01.15 has not gone through",
    "it happened at 14:05:33 yesterday",
    "card ending 4821 was declined",
    "i ordered 3 cards for my team",
    "i have been a customer since 2019",
    "my statements for 2019-2023 are missing",
    "the rate went up 1234567 percent",
    "my watch tracked 1886436 steps today",
    "the file is 52860m2 and won't upload",
    "we have 3 276 686 followers",
    "the app version is 24.5.25528",
    "my iphone11 and my ps5 2020 edition",
    "error code 0x80070005 again",
    "top up 500 please",
    "my order id is 12345678",
    "ref 4f7-22-91883 please",
    "parcel 94001000 is stuck",
    "it went to 62704-1234 instead",
    "my 50000mah battery died",
    "the jackpot this week was 14857511",
    "balance: 1250301 and falling",
    "we are open 10.30-17.45 on weekdays",
    "the screen is 1920x1080 and blurry",
    "logged at 2024-01-15T10:30:00 in the app",
])
def test_same_shape_ordinary_numbers_stay(text):
    # direct identifiers only: a date is a quasi-identifier the default policy removes on purpose
    assert analyze_texts([text], entities=DIRECT_IDENTIFIERS) == [[]]


def test_currencies_come_from_the_library_and_leave_out_english_words():
    words, signs = _currencies()
    # names and codes of currencies no rule here spells out
    assert {"zloty", "forint", "kwanza", "dirham", "huf"} <= words
    assert "€" in signs and "₦" in signs
    # ISO codes that are English words are not currency words ("try", "all", "top")
    assert not words & {"try", "all", "top", "cup", "real", "won"}


@pytest.mark.parametrize("text, found", [
    ("new no.98412 34567 from today", ["98412 34567"]),  # a dot after a word may come before it
    ("it is 1.2345678 exactly", []),  # not after a digit and a dot: a decimal
    ("that is 1,2345678 in all", []),
    # left to the recognizers that read them better: a postcode after its name, a
    # postcode with a dash, the US SSN's shape (Presidio checks its groups)
    ("the zip on my card is 30458112", []),
    ("Rua Augusta, 123, 2º Esq., 1100-053 Lisboa", []),
    ("SSN 123-45-6789 as an example", []),
    ("zip 90210, then 612 71 87 84 after six", ["612 71 87 84"]),
])
def test_what_the_recognizer_reads(text, found):
    recognizer = IdentifierNumberRecognizer()
    recognizer.load()
    assert [text[r.start:r.end] for r in recognizer.analyze(text, None)] == found
