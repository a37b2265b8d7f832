"""Session 16's speed cuts keep the scrubber's results: Presidio's pattern loop
without its clock and log call, the thresholds table built once per set of
recognizers, the allow list as a set, and two word tests kept per word (the
truecased copy's proper-noun strength, the lower-case name kind)."""

from __future__ import annotations

import datetime

import pytest
from presidio_analyzer import PatternRecognizer, RecognizerResult

from client.scrub import analyze_texts, truecase
from client.scrub.analyzer import _ALLOW_LIST, _ALLOWED, _engines

TEXTS = [
    "Card 4111 1111 1111 1111 and 4111 1111 1111 1112, IBAN DE89 3704 0044 0532 0130 00, ssn 078-05-1120",
    "call me on +44 20 7946 0958 or (212) 555-0143; mail anna.berg@example.org, site www.example.com",
    "my son is 7 and my mum turned 80 on 3 may 1990; the 2019/20 season, tax year 2011-12",
    "i live at 12 high street, flat 3, London SW1A 1AA; zip 94105, ip 192.168.0.1",
    "nothing personal here at all, just a question about fees",
    "",
]


def _pattern_recognizers():
    for recognizer in _engines().analyzer.registry.recognizers:
        if isinstance(recognizer, PatternRecognizer):
            yield recognizer
            for _, group in getattr(recognizer, "_groups", ()):
                yield group


def _fields(results):
    return sorted((r.entity_type, r.start, r.end, r.score) for r in results)


def test_every_pattern_recognizer_runs_the_lean_loop_and_finds_what_presidios_finds():
    presidios = PatternRecognizer._PatternRecognizer__analyze_patterns
    recognizers = list(_pattern_recognizers())
    assert len(recognizers) > 20
    found = 0
    for recognizer in recognizers:
        lean = recognizer.__dict__.get("_PatternRecognizer__analyze_patterns")
        assert lean is not None, recognizer.name
        for text in TEXTS:
            ours = lean(text)
            theirs = presidios(recognizer, text)
            assert _fields(ours) == _fields(theirs), recognizer.name
            assert [r.recognition_metadata for r in ours] == [r.recognition_metadata for r in theirs]
            found += len(ours)
    assert found >= 15


def test_the_lean_loop_reads_no_clock(monkeypatch):
    from presidio_analyzer import pattern_recognizer

    class NoClock:
        class datetime:
            @staticmethod
            def now():
                raise AssertionError("clock read")

    monkeypatch.setattr(pattern_recognizer, "datetime", NoClock)
    spans = [(r.start, r.end, r.entity_type) for r in analyze_texts(["mail anna.berg@example.org or call 0176 1234567"])[0]]
    assert ("EMAIL_ADDRESS" in {t for _, _, t in spans}) and ("PHONE_NUMBER" in {t for _, _, t in spans})
    assert datetime.datetime.now()  # the real module is untouched


def test_thresholds_table_is_built_once_and_filters_as_presidios():
    from presidio_analyzer import AnalyzerEngine

    engine = _engines().analyzer
    analyze_texts(["Ann Lee, 42, lives in Leeds", "call 0176 1234567"])
    sets = engine.__dict__.get("_sets")
    recognizers = engine.registry.get_recognizers("en", sorted(_engines_entities()))
    assert sets and tuple(map(id, recognizers)) in sets  # built by the analysis above
    count = len(sets)
    analyze_texts(["Bob Stone, 51, lives in York"])
    refines, order, thresholds = engine._per_set(recognizers)
    assert len(sets) == count and not refines  # the same set again: nothing new
    assert order == {r.id: i for i, r in enumerate(recognizers)}
    assert thresholds == {r.id: r.score_thresholds for r in recognizers}
    results = [RecognizerResult("PERSON", 0, 3, score, recognition_metadata={
        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizers[k % len(recognizers)].id})
        for k, score in enumerate((0.1, 0.39, 0.4, 0.41, 0.85, 1.0, 0.0))]
    results.append(RecognizerResult("PERSON", 0, 3, 0.5, recognition_metadata={}))
    ours = engine._AnalyzerEngine__remove_low_scores(results, None, recognizers)
    theirs = AnalyzerEngine._AnalyzerEngine__remove_low_scores(engine, results, None, recognizers)
    assert ours == theirs and [r.score for r in ours] == [0.4, 0.41, 0.85, 1.0, 0.5]
    assert engine._AnalyzerEngine__remove_low_scores(results, 0.9, recognizers) == [r for r in results if r.score >= 0.9]


def _engines_entities():
    from client.scrub import policy_entities

    return set(policy_entities(None)) | {"LOCATION"}


def test_allow_list_is_a_set_and_its_words_stay():
    assert _ALLOWED == frozenset(_ALLOW_LIST)
    texts = ["I went to the ATM with my PIN, then called Visa and PayPal"]
    assert [(r.entity_type, texts[0][r.start:r.end]) for r in analyze_texts(texts)[0]] == []


@pytest.mark.parametrize("word", ["zoltrana", "kroxley", "paris", "grace", "mastecard", "the", "card",
                                  "stillpending", "recepient", "o'connor's"])
def test_proper_noun_strength_kept_per_word_is_the_computed_one(word):
    lists = truecase._lists()
    assert truecase._strength(word, lists) == truecase._proper_candidate(word, *lists)
    assert truecase._STRENGTHS[word] == truecase._proper_candidate(word, *lists)
    assert truecase._strength(word, lists) == truecase._proper_candidate(word, *lists)  # from the table


def test_truecased_copy_is_the_same_on_a_second_reading():
    text = "i think zoltrana from kroxley analytics took my card in paris"
    first = truecase.truecase(text)
    assert first is not None and first[0] == "I think Zoltrana from Kroxley Analytics took my card in Paris"
    assert truecase.truecase(text) == first


def test_lower_case_name_kinds_kept_per_word_are_the_computed_ones():
    gazetteer = next(r for r in _engines().analyzer.registry.recognizers if r.name == "GazetteerRecognizer")
    texts = ["talked to laura and david in sweden", "ask kempers in billing", "guy migneault called"]
    found = [[(r.start, r.end, r.entity_type) for r in found] for found in analyze_texts(texts)]
    assert found == [[(10, 15, "LOCATION"), (20, 25, "PERSON"), (29, 35, "LOCATION")], [(4, 11, "PERSON")],
                     [(0, 13, "PERSON")]]
    seen = gazetteer.__dict__.get("_kinds_seen")
    assert seen and seen[("david", "david")] == "name" and seen[("called", "called")] is None
    for (word, lower), kind in seen.items():
        assert gazetteer._lower_kind(word, lower) == kind


@pytest.mark.parametrize("text", ["my IG is ann_lee", "Login: bob77", "log-in name x", "nothing to see", "",
                                  "LINE id", "signalling"])
def test_handle_cue_gate_answers_as_the_word_scan(text):
    from client.scrub.handles import _CUE_GATE, _CUE_GATE_RE

    low = text.lower()
    assert bool(_CUE_GATE_RE.search(low)) == any(w in low for w in _CUE_GATE)
