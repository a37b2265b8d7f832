"""Session 12, contacts and ids: phones valid in some region after a phone
word, bank accounts after their name, id cues in their owners' languages
(ours and python-stdnum's titles), and amounts that a context word near
them no longer turns into a phone, an id or an account."""

from __future__ import annotations

import pytest

from client.scrub import scrub_texts


def scrub_one(text: str) -> str:
    return scrub_texts([text])[0][0]


@pytest.mark.parametrize("text, value", [
    ("my mobile 31209 if the line drops", "31209"),  # five digits: a number of a small region
    ("hp 421.5409", "421.5409"),
    ("new one, ring me on 22184", "22184"),
    ("sdt: 251 8842", "251 8842"),
])
def test_phone_valid_somewhere_after_a_phone_word(text, value):
    out = scrub_one(text)
    assert value not in out and "<PHONE_NUMBER>" in out


def test_valid_phone_somewhere_reads_libphonenumber():
    from client.scrub.contact_cues import valid_phone_somewhere

    assert valid_phone_somewhere("+44 7911 123456")
    assert not valid_phone_somewhere("+44 12")
    assert not valid_phone_somewhere("1234")


@pytest.mark.parametrize("text, value", [
    ("account no: vohz05807150700693", "vohz05807150700693"),  # a BBAN with its bank code
    ("my account no is ghsb 0738 9434 9151 thank you", "ghsb 0738 9434 9151"),
    ("no rek 1234 567 890", "1234 567 890"),
])
def test_bank_account_after_its_name(text, value):
    out = scrub_one(text)
    assert value not in out and "<BANK_ACCOUNT>" in out


@pytest.mark.parametrize("text, value", [
    ("kitambulisho 234567", "234567"),
    ("kimlik numarası 123456", "123456"),
    ("numéro de cin: 654321", "654321"),
    ("isikukood 387012", "387012"),  # python-stdnum's title: "Isikukood (Estonian Personal ID number)"
])
def test_id_after_a_cue_in_its_language(text, value):
    out = scrub_one(text)
    assert value not in out and "<NATIONAL_ID>" in out


def test_stdnum_local_names_are_personal_numbers():
    from client.scrub.ids import _stdnum_local_names

    names = {n.replace("\\s+", " ") for n in _stdnum_local_names()}
    assert {"personnummer", "isikukood", "kennitala", "rodné číslo"} <= names
    # session 20: business and VAT numbers' names too ("registrikood"), never a number of a thing
    assert "registrikood" in names and not any("postal" in n or "payment" in n for n in names)


@pytest.mark.parametrize("text, value", [
    ("my phone bill was £1,671,133.96 this month", "£1,671,133.96"),
    ("passport renewal costs 7 848 239 EUR now", "7 848 239 EUR"),
    ("the account has $2499013 in it", "$2499013"),
    ("my phone bill was usd 6,249,226.85 this month", "6,249,226.85"),
])
def test_amount_near_a_phone_or_id_word_stays(text, value):
    assert value in scrub_one(text)


@pytest.mark.parametrize("text", [
    "i called 17 times and nobody answered",
    "call me at 10:30 tomorrow",
    "my id card expires in 2031",
    "my pin got blocked after 3 tries",
    "the account has 250 pounds in it",
    "my order number 123456789 never arrived",
])
def test_ordinary_numbers_beside_cue_words_stay(text):
    assert scrub_one(text) == text


@pytest.mark.parametrize("text, value", [
    ("ping 4416.6632 anytime", "4416.6632"),  # a local number typed with a dot, no cue
    ("i am on 620.6434 all day", "620.6434"),
])
def test_local_phone_typed_with_a_dot(text, value):
    assert value not in scrub_one(text)


@pytest.mark.parametrize("text", ["the total was 1234.5678", "pi is 3.1416", "the rate is 1.2345 today"])
def test_decimals_stay(text):
    assert scrub_one(text) == text
