"""Postcodes alone in national shapes (session 13): after a cue written
alone ("postal 463513"), in another language ("mã bưu chính 80093", "kod
64-092"), as the answer to a question about it ("what's your zip? 95014",
"Q: postcode?\\nA: 1234"), in brackets after a cue or a town ("zip (918)",
"ptuj (5043)", "valletta (NXR 01)"); amounts, counts, years and ordinary
uses of the cue words stay."""

from __future__ import annotations

import pytest

from client.scrub import scrub_texts


def scrub_one(text: str) -> str:
    return scrub_texts([text])[0][0]


@pytest.mark.parametrize("text, gone", [
    ("new postal 463513", "463513"),
    ("my area (postal 109) has no agent", "109"),
    ("mã bưu chính: 80093", "80093"),
    ("please update my kod to 64-092", "64-092"),
    ("posta kodu 34710, teslimat ne zaman", "34710"),
    ("Agent: what is your zip code?\nMe: 324", "324"),
    ("Q: postcode?\nA: 166", "166"),
    ("bot: please enter your código postal\nuser: 975603", "975603"),
    ("- postcode?\n- 982", "982"),
    ("what's your postcode? 999326", "999326"),
    ("they asked for my cp, i said 11333", "11333"),
    ("Zip code (055)", "055"),
    ("postal code [567729]", "567729"),
    ("i'm in Ptuj (5043) and the app fails", "5043"),
    ("moving to Arari [39574-793] next week", "39574-793"),
    ("i'm in Valletta (NXR 01) and the app fails", "NXR 01"),
])
def test_postcode_alone_is_removed(text, gone):
    assert gone not in scrub_one(text)


@pytest.mark.parametrize("text, kept", [
    ("what's the limit? 5000", "5000"),
    ("Q: amount?\nA: 2500", "2500"),
    ("the zip file has 300 photos", "300"),
    ("zip? 200 files, all of them", "200"),
    ("my postal order was 250 pounds", "250"),
    ("we met in Lisbon (2019) on holiday", "(2019)"),
    ("Berlin (300 people) was the biggest meetup", "(300 people)"),
    ("i typed the wrong postcode, how do i fix it", "wrong postcode"),
    ("the postal code field is empty", "postal code field"),
    ("my pin isn't working at the atm", "pin"),
    ("kod 1234 did not work", "1234"),
])
def test_ordinary_numbers_stay(text, kept):
    assert kept in scrub_one(text)
