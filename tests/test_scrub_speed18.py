"""Session 18's speed cut keeps the scrubber's results: a batch is analysed
recognizer by recognizer (client/scrub/recognizer_major.py) with the same
results, scores and order as Presidio's ``AnalyzerEngine.analyze`` per text."""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine

from client.scrub import analyze_texts, gates, policy_entities, recognizer_major, QUASI_IDENTIFIERS
from client.scrub.analyzer import _ALLOWED, _engines

TEXTS = [
    "Dear Ms Anna Berg, call me on 0176 1234567 or write to anna.berg@example.org.",
    "i moved to 12 high street, flat 3, London SW1A 1AA on 3 march 1980; i'm 42, a nurse and catholic.",
    "Card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00, ssn 078-05-1120, ip 192.168.0.1",
    "My account number is 31926819 and the sort code is 20-00-00.",
    "The reference 31926819 is on the letter.",
    "i think zoltrana from kroxley analytics took my card",
    "Thanks! ask kofi mensah about it, he works at Acme Holdings Ltd in Leeds",
    "I went to the ATM with my PIN, then called Visa and PayPal",
    "my son is 7 and my mum turned 80 on 3 may 1990; the 2019/20 season",
    "How do I top up my card? It says pending.",
    "",
    "call me on +44 20 7946 0958 or (212) 555-0143; site www.example.com",
]


def _fields(results):
    return [(r.entity_type, r.start, r.end, r.score, r.recognition_metadata, r.analysis_explanation)
            for r in results]


@pytest.mark.parametrize("quasi", [None, QUASI_IDENTIFIERS])
def test_recognizer_by_recognizer_is_presidios_analyze_text_by_text(monkeypatch, quasi):
    engine = _engines().analyzer
    entities = sorted(set(policy_entities(quasi)) | {"LOCATION"})
    monkeypatch.setattr(recognizer_major, "GROUP", 5)  # several groups, the last one short
    ours = recognizer_major.analyze_iterator(engine, TEXTS, "en", batch_size=4, entities=entities,
                                             allow_list=_ALLOWED)
    artifacts = engine.nlp_engine.process_batch(texts=TEXTS, language="en", batch_size=4)
    theirs = [AnalyzerEngine.analyze(engine, text=text, language="en", entities=entities, allow_list=_ALLOWED,
                                     nlp_artifacts=nlp_artifacts) for text, nlp_artifacts in artifacts]
    assert len(ours) == len(theirs) == len(TEXTS)
    assert [_fields(r) for r in ours] == [_fields(r) for r in theirs]
    assert sum(map(len, ours)) >= 20  # the texts do find things
    assert ours[TEXTS.index("How do I top up my card? It says pending.")] == []  # control: ordinary text


def test_each_recognizer_runs_over_the_group_before_the_next(monkeypatch):
    engine = _engines().analyzer
    recognizers = engine.registry.get_recognizers("en", sorted(set(policy_entities(None)) | {"LOCATION"}))
    first, second = recognizers[0], recognizers[-1]
    calls = []
    for recognizer in (first, second):
        analyze = recognizer.analyze

        def spy(*args, _analyze=analyze, _name=recognizer.name, **kwargs):
            calls.append((_name, kwargs.get("text")))
            return _analyze(*args, **kwargs)

        monkeypatch.setattr(recognizer, "analyze", spy)
    texts = ["call Anna on 0176 1234567", "my pin is stuck", "write to bob@example.org"]
    analyze_texts(texts)
    assert calls == [(first.name, t) for t in texts] + [(second.name, t) for t in texts]


def test_decision_process_logging_goes_text_by_text(monkeypatch):
    engine = _engines().analyzer
    seen = []
    monkeypatch.setattr(engine, "log_decision_process", True)
    monkeypatch.setattr(engine, "analyze", lambda **kwargs: seen.append(kwargs["text"]) or [])
    group = [(text, None) for text in ("a", "b")]
    assert recognizer_major.analyze_group(engine, group, "en", ["PERSON"], _ALLOWED) == [[], []]
    assert seen == ["a", "b"]


def test_presidios_steps_after_the_recognizers_are_there():
    """The private steps of ``AnalyzerEngine.analyze`` that the group analysis
    calls (presidio-analyzer 2.2.x); the first test checks their results."""
    for name in ("_AnalyzerEngine__add_recognizer_id_if_not_exists", "_AnalyzerEngine__remove_low_scores",
                 "_AnalyzerEngine__remove_decision_process", "_remove_allow_list", "_enhance_using_context"):
        assert callable(getattr(AnalyzerEngine, name)), name


def test_the_digit_gate_keeps_a_whole_group():
    assert gates._digits.cache_info().maxsize >= recognizer_major.GROUP


def test_no_text_is_kept_by_the_digit_gate_after_a_call():
    analyze_texts(["call 0176 1234567", "my pin is 1234"])
    assert gates._digits.cache_info().currsize == 0
