"""Session 20, ids with local names: python-stdnum's names of VAT and
business numbers and the names in its docstrings' first paragraphs are id
cues, a local name's own module validates a short code after it, English
names of tax and business numbers are cues, a cue may end with a dot, and a
country prefix that spells a word ("che-") stays part of a checksummed code.
Values are made up (valid by the module's checksum where one is named)."""

from __future__ import annotations

import pytest

from client.scrub import scrub_texts


def scrub_one(text: str) -> str:
    return scrub_texts([text])[0][0]


@pytest.mark.parametrize("text, value", [
    ("vsk no. 00580", "00580"),  # Iceland's VAT number: "VSK number" titles stdnum.is_.vsk
    ("my unternehmens-identifikationsnummer is che-968.873.307", "che-968.873.307"),  # a business number's name
    ("asmens kodas 3 8703 1812 34", "3 8703 1812 34"),  # named in stdnum.lt.pvm's first paragraph
    ("número de identificación tributaria: 7165k", "7165k"),  # four digits: gt.nit validates it
])
def test_id_after_a_stdnum_local_name(text, value):
    out = scrub_one(text)
    assert value not in out and "<NATIONAL_ID>" in out


@pytest.mark.parametrize("text, value", [
    ("the vat number is 667880 i think", "667880"),
    ("ok so company number u-130930-a, thanks", "u-130930-a"),
    ("business id: 4821-7730", "4821-7730"),
])
def test_id_after_an_english_tax_or_business_name(text, value):
    out = scrub_one(text)
    assert value not in out and "<NATIONAL_ID>" in out


def test_cue_ending_with_a_dot():
    assert scrub_one("they asked for the uid. it's che-100.665.387") == "they asked for the uid. it's <NATIONAL_ID>"


@pytest.mark.parametrize("text, code", [
    ("che-147.539.063 thanks", "che-147.539.063"),  # Swiss UID, "che" is a word in the English list
])
def test_lettered_prefix_joined_by_a_dash_or_dot(text, code):
    from client.scrub.checksum_ids import ChecksumIdRecognizer

    recognizer = ChecksumIdRecognizer()
    recognizer.load()
    assert [text[r.start:r.end] for r in recognizer.analyze(text, [])] == [code]


@pytest.mark.parametrize("text", [
    "the app version is 15.7.13",
    "vat 20% on 14999",
    "the vat was 15.00 on order 123456",
    "company number 3 on the list, 15 each",
    "business id card costs 15.99",
    "the registration no. was due on 12-03-2026",
    "uid. it's 14:30 now",
    "see page-12.5 of the report",
])
def test_ordinary_numbers_near_the_new_cues_stay(text):
    out = scrub_one(text)  # (dates are quasi-identifiers: the default policy may mark those)
    assert "<NATIONAL_ID>" not in out and "<PHONE_NUMBER>" not in out and "<BANK_ACCOUNT>" not in out


def test_stdnum_names_leave_out_numbers_of_things():
    from client.scrub.ids import _local_name_modules, _stdnum_abbreviations

    names = set(_local_name_modules())
    assert {"asmens kodas", "registrikood", "virðisaukaskattsnúmer"} <= names
    assert not any("postal" in n or "ogm" in n for n in names)
    assert "vsk" in _stdnum_abbreviations() and "sedol" not in _stdnum_abbreviations()


@pytest.mark.parametrize("text", [
    "i paid 2.007.510 kr for it and it never arrived",  # "00..." inside an amount's groups is no phone
    "the invoice was 1.050.075,00 eur",
])
def test_amount_groups_are_no_phone(text):
    assert "<PHONE_NUMBER>" not in scrub_one(text)


@pytest.mark.parametrize("text, value", [
    ("call 0049 30 1234567 tomorrow", "0049 30 1234567"),
    ("my number is 0176 2345 6789", "0176 2345 6789"),
])
def test_phones_stay_phones(text, value):
    assert value not in scrub_one(text)
