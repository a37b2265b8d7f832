"""Session 17's speed cuts keep the scrubber's results.

The age patterns' gate (client/scrub/ages.py ``_maybe_age``): on a text with
digits, the thirty-odd age patterns run only where a run of one to three
digits or an age word is; a text whose digits are all in long runs (a phone,
an account) skips them, and every age the patterns find is still found."""

from __future__ import annotations

import random

import pytest
import regex

from client.scrub import analyze_texts
from client.scrub.ages import _AGE_WORDS, _age_recognizer, _digits, _maybe_age


def _old_gate(text: str) -> bool:
    return _digits(text) > 0 or bool(_AGE_WORDS.search(text))


@pytest.fixture(scope="module")
def age_patterns():
    recognizer = _age_recognizer()
    return [regex.compile(p.regex, flags=recognizer.global_regex_flags) for p in recognizer.patterns]


@pytest.mark.parametrize("text", [
    "call me on +4915112345678 about the card",
    "account 12345678, sort code 401276",
    "card 4111111111111111 was declined",
])
def test_a_text_whose_digits_are_all_long_runs_skips_the_age_patterns(text):
    assert not _maybe_age(text)


@pytest.mark.parametrize("text", [
    "my son is 7", "i'm 42 years old", "she turned 80", "call +4915112345678, I am 42",
    "me (34M) here", "m/45", "over 60s", "my 40th birthday", "in her forties", "id 1234567, aged 1.5",
    "phone 12345678: my mum is forty", "ref 123456 - my son is twelve", "my first b'day, ref 1234567",
    "my son is ٤٢",  # Arabic-Indic digits are digits to the patterns and to the gate
])
def test_a_text_with_a_short_number_or_an_age_word_still_runs_them(text):
    assert _maybe_age(text)


def test_the_gate_holds_wherever_an_age_pattern_matches(age_patterns):
    """Random texts of age-like pieces: wherever the earlier gate let a text
    through and a pattern matches, the new gate lets it through."""
    pieces = ["i'm", "im", "my", "son", "is", "aged", "age", ":", "(", ")", "[", "]", "m", "f", "M", "F", "y",
              "yo", "yrs", "years", "old", "turned", "forty", "twenty-one", "two", "agetwo", "birthday", "b'day",
              "40th", "first", "over", "60s", "40s", "woman", "pt", "male", ",", ".", "1234567", "12345", "+49",
              "4111", "2024", "05/06", "1.5", "42", "7", "100", "1000", "hit", "when", "was", "be", "gonna",
              "sixteen", "in", "her", "forties", "/", "-", "\n", "٤٢", "١٢٣٤٥"]
    rng = random.Random(17)
    matched = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) + rng.choice([" ", "", ", "]) for _ in range(rng.randint(1, 8)))
        if _old_gate(text) and any(p.search(text) for p in age_patterns):
            matched += 1
            assert _maybe_age(text), text
    assert matched > 1000


def test_ages_beside_long_numbers_are_still_removed_and_a_phone_alone_keeps_its_words():
    text = "my son is 7 and my number is +4915112345678"
    spans = {(text[r.start:r.end], r.entity_type) for r in analyze_texts([text])[0]}
    assert ("7", "AGE") in spans
    control = "my number is +4915112345678 thanks"
    found = analyze_texts([control])[0]
    assert [control[r.start:r.end] for r in found] == ["+4915112345678"]


def test_the_same_question_twice_is_answered_without_the_keyed_tables():
    """The registry's answer and the analyzer's per-set tables for the set
    asked for last come from a comparison of the recognizers themselves: the
    keyed tables are not read (so not rebuilt when emptied)."""
    from client.scrub.analyzer import _engines

    engine = _engines().analyzer
    registry = engine.registry
    entities = ["PERSON", "PHONE_NUMBER"]
    first = registry.get_recognizers("en", entities)
    tables = engine._per_set(first)
    registry.__dict__["_cached"].clear()
    engine.__dict__["_sets"].clear()
    again = registry.get_recognizers("en", list(entities))
    assert again == first and again is not first
    assert engine._per_set(again) is tables
    assert not registry.__dict__["_cached"] and not engine.__dict__["_sets"]


def test_a_recognizer_swapped_in_place_is_seen():
    from presidio_analyzer import Pattern, PatternRecognizer, RecognizerRegistry

    from client.scrub.analyzer import _engines

    engine = _engines().analyzer
    registry = engine.registry
    first = registry.get_recognizers("en", ["PERSON"])
    engine._per_set(first)
    k = next(i for i, r in enumerate(registry.recognizers) if r in first)
    old = registry.recognizers[k]
    extra = PatternRecognizer(supported_entity="PERSON", name="Extra", patterns=[Pattern("x", r"\bZed\b", 0.9)])
    registry.recognizers[k] = extra
    try:
        swapped = registry.get_recognizers("en", ["PERSON"])
        assert extra in swapped and old not in swapped
        assert sorted(map(id, swapped)) == sorted(map(id, RecognizerRegistry.get_recognizers(registry, "en", ["PERSON"])))
        assert engine._per_set(swapped)[1] == {r.id: i for i, r in enumerate(swapped)}
    finally:
        registry.recognizers[k] = old
    assert registry.get_recognizers("en", ["PERSON"]) == first


class _Refuses:
    def finditer(self, *args, **kwargs):
        raise AssertionError("scanned a text with no id cue")


def test_id_cues_are_looked_for_once_and_a_text_without_one_is_not_scanned_again():
    from client.scrub.ids import IdAfterCueRecognizer

    recognizer = IdAfterCueRecognizer()
    recognizer.load()
    text = "card 4111 1111 1111 1111 and phone 0176 1234567 for order 123456"
    expected = [(r.start, r.end) for r in recognizer.analyze(text, ["NATIONAL_ID"])]
    recognizer.codes = recognizer.regex = _Refuses()
    assert [(r.start, r.end) for r in recognizer.analyze(text, ["NATIONAL_ID"])] == expected == []


@pytest.mark.parametrize("text, value", [
    ("thanks for the help, my pesel is 83071882599 ok", "83071882599"),
    ("order 12345678 shipped; inn 7707083893 please", "7707083893"),
    ("ok. pan bnzpm2501f", "bnzpm2501f"),
    ("ref 9988776655 then national id no: 1234567 again", "1234567"),
])
def test_ids_after_a_cue_later_in_the_text_are_found(text, value):
    from client.scrub.ids import IdAfterCueRecognizer

    recognizer = IdAfterCueRecognizer()
    recognizer.load()
    found = [text[r.start:r.end] for r in recognizer.analyze(text, ["NATIONAL_ID"])]
    assert set(found) == {value}  # (the code and the value patterns may both find it)


def test_a_cue_glued_to_a_word_before_it_is_no_cue():
    from client.scrub.ids import IdAfterCueRecognizer

    recognizer = IdAfterCueRecognizer()
    recognizer.load()
    assert recognizer.analyze("the japan 7707083893 trip", ["NATIONAL_ID"]) == []
