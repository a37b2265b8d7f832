"""Session 13's speed cuts keep the scrubber's results: the date patterns'
day look-ahead, the address recognizer's word kinds kept per word and its
binary search for a span's tokens."""

from __future__ import annotations

import regex as re

from client.scrub import dates
from client.scrub.analyzer import _engines

DATE_TEXTS = [
    "i was born on the 3rd may 1990, not the 5th",
    "Can we do the 14th? the 14th is fine. on the twentieth of may, or Twentieth May",
    "from the 3rd to the 9th, by 12th, tuesday the 5th, due the thirtieth",
    "the 1st may be wrong, 3 may, 3-7 may, dated 4 may, 21st May 2023",
    "the 3rd floor, the 2nd payment, on the 1st try, 10 may be late",
    "FIRST MAY, Seventh may, eleventh May, 19th-22nd may",
]


def _spans(regex: str, text: str):
    return [m.span() for m in re.finditer(regex, text, re.IGNORECASE | re.MULTILINE)]


def test_day_patterns_open_with_a_day_look_ahead_and_match_the_same():
    patterns = {p.name: p.regex for p in dates.date_recognizer().patterns}
    found = 0
    for name, start in (("day may", dates._DAY_START), ("day alone", dates._DAY_ALONE_START)):  # (long18: closer)
        assert patterns[name].startswith(start)
        bare = patterns[name][len(start):]
        for text in DATE_TEXTS:
            assert _spans(patterns[name], text) == _spans(bare, text)
            found += len(_spans(bare, text))
    assert found >= 10


def _address_recognizer():
    return next(r for r in _engines().analyzer.registry.recognizers if r.name == "AddressRecognizer")


ADDRESS_TEXT = ("i moved to 1423 Oak Street, Apt 5B, Springfield last week. unit 15, 9 oak st (floor 5) "
                "is the new one and flat 2 at 10 downing street too. ")


def test_address_word_kinds_are_kept_per_word():
    rec = _address_recognizer()
    calls = []
    token_kind = rec._token_kind

    def counted(tok, nxt, lower_text):
        calls.append(tok)
        return token_kind(tok, nxt, lower_text)

    rec.__dict__.pop("_kinds", None)
    rec._token_kind = counted
    try:
        first = [(r.start, r.end, r.score) for r in rec.analyze(ADDRESS_TEXT, ["ADDRESS"])]
        fresh = len(calls)
        again = [(r.start, r.end, r.score) for r in rec.analyze(ADDRESS_TEXT * 3, ["ADDRESS"])]
    finally:
        del rec._token_kind
    assert first and again[:len(first)] == first
    # Only unit words ("unit", "flat", "apt"), whose kind depends on the next token, are asked again.
    assert 0 < len(calls) - fresh <= 3 * 6 and fresh > 30


def test_units_beside_an_address_are_found_anywhere_in_a_long_text():
    rec = _address_recognizer()
    one = [(r.start, r.end, r.score) for r in rec.analyze(ADDRESS_TEXT, ["ADDRESS"])]
    assert any(ADDRESS_TEXT[a:b].endswith("(floor 5)") for a, b, _ in one)
    times = 40
    many = [(r.start, r.end, r.score) for r in rec.analyze(ADDRESS_TEXT * times, ["ADDRESS"])]
    shift = len(ADDRESS_TEXT)
    assert many == [(a + k * shift, b + k * shift, score) for k in range(times) for a, b, score in one]
