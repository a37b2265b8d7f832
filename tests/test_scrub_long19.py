"""Session 19 (long19): cheaper scans of long texts, the same spans.

* ``first_words.py``: the words an alternation of cues opens with, and the
  trie-shaped gate the national-id cue scan (``ids.IdAfterCueRecognizer``)
  now asks first;
* look-aheads for the first digit of two date patterns (world_dates,
  month_typos).
"""

from __future__ import annotations

import random

import pytest
import regex

from client.scrub import analyze_texts
from client.scrub.first_words import cue_gate, opening_words
from client.scrub.ids import IdAfterCueRecognizer
from client.scrub.month_typos import month_typo_recognizer
from client.scrub.world_dates import world_date_recognizer


def test_opening_words_of_literals_classes_and_optional_parts():
    assert opening_words(r"c[eé]dula|(?:personal)?ausweis(?:nummer)?|aadhaa?r") == {
        "cedula", "cédula", "personalausweis", "personalausweisnummer", "ausweis", "ausweisnummer",
        "aadhar", "aadhaar"}


def test_opening_words_keep_the_character_that_closes_them():
    # "i" alone would be every other word: "i." is what "i.d." opens with
    assert opening_words(r"i\.d\.") == {"i."}
    assert opening_words(r"t\.?\s?c\.?\s+kimlik") == {"t.", "t", "tc.", "tc"}
    assert opening_words(r"national\s+(?:id|identity)|(?:no\.?\s*)?ktp") == {"national", "no.", "no", "noktp", "ktp"}


@pytest.mark.parametrize("pattern", [r".x", r"\w+", r"\s*id", r"[a-z]+", r"(?:x|-)y"])
def test_opening_words_refuse_what_they_cannot_list(pattern):
    with pytest.raises(ValueError):
        opening_words(pattern)


def test_the_gate_finds_the_opening_word_of_every_cue_match():
    alternation = r"passport|c[eé]dula|i\.d\.|national\s+id|nin|nino"
    cue = regex.compile(rf"(?i)\b(?:{alternation})(?![^\W\d])")
    gate = cue_gate(alternation)
    for text, start in [("my PASSPORT no 1", 3), ("Cédula: 12", 0), ("x i.d. 1234", 2), ("National  ID", 0),
                        ("ninos and nino5", 10), ("paſsport", 0), ("so i did it", None), ("nationally", None)]:
        hit = gate.search(text)
        assert (cue.search(text) and cue.search(text).start()) == start
        if start is not None:
            assert hit is not None and hit.start() <= start
            assert any(h.start() == start for h in gate.finditer(text))


@pytest.fixture(scope="module")
def id_cues():
    recognizer = IdAfterCueRecognizer()
    recognizer.load()
    return recognizer


def test_the_gated_first_cue_is_the_cue_scans(id_cues):
    texts = ["my pesel is 83071882599", "PASSPORT NO. X1234567", "T.C. kimlik no 12345678901",
             "KİMLİK 12345678901", "i.d. 1234567", "cédula 12345678", "curp GOMC850101HDFRRR09",
             "i paid 12345 for my id card", "the nino 5 and the ninos 12345", "nothing here 123456",
             "numero de identidad 0801199012345", "so personal, 12345 is it", "u.s. 12345 t. 3"]
    for text in texts:
        old, new = id_cues.cue.search(text), id_cues._first_cue(text)
        assert (old and old.span()) == (new and new.span()), text


def test_the_gated_first_cue_on_random_text_of_cue_pieces(id_cues):
    rng = random.Random(19)
    pieces = ["pesel", "id", "i.d.", "no", "no.", "ktp", "t.c.", "kimlik", "passport", "ninos", "cod", "code",
              "national", "tax", "I", "i", "u.", "x", "1234567", "-", ".", ",", " ", "  ", "\n", "é", "_", "9"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", " ", ".", "-"]) for _ in range(rng.randint(1, 12)))
        old, new = id_cues.cue.search(text), id_cues._first_cue(text)
        assert (old and old.span()) == (new and new.span()), text


def test_a_national_id_after_its_cue_is_still_found():
    found = analyze_texts(["my pesel is 83071882599, thanks", "i paid 12345 for my new sofa"])
    assert [(r.start, r.end, r.entity_type) for r in found[0] if r.entity_type == "NATIONAL_ID"] == [(12, 23, "NATIONAL_ID")]
    assert not [r for r in found[1] if r.entity_type == "NATIONAL_ID"]


def _pattern(recognizer, name):
    return next(p for p in recognizer.patterns if p.name == name)


@pytest.mark.parametrize("text, spans", [
    ("see you on 3 mars 2024 then", [(11, 22)]),
    ("rendez-vous le 3 mars à midi", [(15, 21)]),
    ("i have 3 mars bars", []),
    ("v3 mars 2024", []),
])
def test_day_world_month_year_opens_at_its_digit(text, spans):
    pattern = _pattern(world_date_recognizer(), "day world month, year")
    assert pattern.regex.startswith(r"(?=\d)")
    flags = regex.IGNORECASE | regex.MULTILINE
    assert [m.span() for m in regex.finditer(pattern.regex, text, flags)] == spans
    assert [m.span() for m in regex.finditer(pattern.regex[len(r"(?=\d)"):], text, flags)] == spans


@pytest.mark.parametrize("text, spans", [
    ("born 12 febuary 1990 in town", [(5, 20)]),
    ("the 3rd of marhc 2019", [(4, 21)]),
    ("version 1.12 febuary 1990", []),
    ("ref a12 febuary 1990", []),
])
def test_day_typo_opens_at_its_digit(text, spans):
    pattern = _pattern(month_typo_recognizer(), "day typo")
    assert pattern.regex.startswith(r"(?=\d)")
    flags = regex.IGNORECASE | regex.MULTILINE
    assert [m.span() for m in regex.finditer(pattern.regex, text, flags)] == spans
    assert [m.span() for m in regex.finditer(pattern.regex[len(r"(?=\d)"):], text, flags)] == spans


def test_names_before_an_honorific_are_found_where_a_cue_word_is():
    from client.scrub.honorifics import _AFTER_RE, _after_matches

    text = "ask tanaka-san, o'brien  san or Suzuki\tSAMA; not nisan, san-x or 12 san"
    assert [m.group("name") for m in _after_matches(text)] == ["tanaka", "o'brien", "Suzuki"]
    assert [m.span() for m in _after_matches(text)] == [m.span() for m in _AFTER_RE.finditer(text, overlapped=True)]


def test_names_before_an_honorific_on_random_text_are_the_regexs():
    from client.scrub.honorifics import _AFTER_RE, _after_matches

    rng = random.Random(19)
    parts = ["san", "SAN", "ji", "kun", "bey", "hanım", "o'brien", "o’brien", "d'a'b", "tanaka", "-", " ", "\t",
             "x", "1", "_", "é", "'", "-san", "sama", "chan"]
    for _ in range(3000):
        text = "".join(rng.choice(parts) + rng.choice(["", " ", "-", "\t"]) for _ in range(rng.randint(1, 12)))
        assert [(m.span(), m.groupdict()) for m in _after_matches(text)] == \
            [(m.span(), m.groupdict()) for m in _AFTER_RE.finditer(text, overlapped=True)], text


def test_a_name_before_an_honorific_is_still_a_person():
    found = analyze_texts(["Tell tanaka san that my card is blocked", "i will call the bank later"])
    assert [(r.start, r.end) for r in found[0] if r.entity_type == "PERSON"] == [(5, 11)]
    assert not [r for r in found[1] if r.entity_type == "PERSON"]
