"""Session 13: lettered national ids and tax numbers of countries the rules
do not know, typed in groups or lower case with no cue, found by python-stdnum's
validators (``client/scrub/checksum_ids.py``); ordinary numbers next to words stay."""

import pytest

from client import scrub


def _found(text):
    results = scrub.analyze_texts([text], entities=scrub.DIRECT_IDENTIFIERS)[0]
    return [text[r.start:r.end] for r in results]


@pytest.mark.parametrize("text, value", [
    ("here: acup-a752-5a", "acup-a752-5a"),           # India's PAN, dashed
    ("ok RCCMNL83S87D858H", "RCCMNL83S87D858H"),      # Italy's codice fiscale
    ("that would be p489 8078 23a", "p489 8078 23a"),  # Kenya's KRA PIN, grouped
    ("ok u135 3082 9", "u135 3082 9"),                # Austria's UID, grouped
    ("it's D05 931 4A", "D05 931 4A"),                # Andorra's NRT, grouped
    ("acupa7107a", "acupa7107a"),                      # a PAN alone as a reply
])
def test_lettered_ids_valid_for_some_country_are_found(text, value):
    found = _found(text)
    assert any(value in f or f in value and len(f) >= len(value) - 1 for f in found), found


@pytest.mark.parametrize("text", [
    "the app version is 15.7.13",
    "tax year 2012-13 is missing",
    "it costs 4581518 a month",
    "my iphone11 and ps5 arrived",
    "the file is 53 021 tokens",
])
def test_ordinary_numbers_beside_words_stay(text):
    from client.scrub.checksum_ids import ChecksumIdRecognizer

    recognizer = ChecksumIdRecognizer()
    recognizer.load()
    assert recognizer.analyze(text, None) == []
