"""The scrubber's speed work keeps its results: one long text split across
worker processes, the anonymizer run in pieces, the NER on numpy's BLAS."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from client.scrub import analyze_texts, scrub_texts
from client.scrub.analyzer import _balanced_batches, _engines
from client.scrub.chunks import CHUNK_CHARS, anonymize_in_pieces, chunk_bounds
from client.scrub.nlp_engine import _NER_ONLY_EXCLUDE, SPACY_MODEL

SENTENCES = [
    "Please call Maria Gonzalez at +44 20 7946 0958 about my card.",
    "i moved to 1423 Oak Street, Apt 5B, Springfield, IL 62704 last week.",
    "my email is maria.gonzalez@example.com and my account was blocked.",
    "the app keeps crashing when I try to transfer money to my savings.",
    "I work for Vaxart Inc. and my manager Okonkwo needs the invoice.",
]


def long_text(chars: int) -> str:
    parts, size, i = [], 0, 0
    while size < chars:
        sentence = SENTENCES[i % len(SENTENCES)].replace("0958", f"{i % 10000:04d}")
        parts.append(sentence)
        size += len(sentence) + 1
        i += 1
    return " ".join(parts)


def test_one_long_text_across_processes_gives_the_same_spans():
    text = long_text(5 * CHUNK_CHARS)
    assert len(chunk_bounds(text)) >= 5
    texts = ["Call Maria Gonzalez on +44 20 7946 0958.", text, "nothing to see here"]
    one = analyze_texts(texts)
    two = analyze_texts(texts, n_process=2)
    key = lambda spans: [(r.start, r.end, r.entity_type, r.score) for r in spans]  # noqa: E731
    assert [key(s) for s in one] == [key(s) for s in two]
    assert len(one[1]) > 50 and one[2] == []
    # The spans of the long text reach its end: every chunk came back in place.
    assert max(r.end for r in one[1]) > len(text) - 200
    assert text[one[1][-1].start:one[1][-1].end] in text[-200:]


def test_balanced_batches_keep_order_and_share_the_work():
    pieces = ["x" * 4000] * 5 + ["short text"] * 30
    for batch_size, n_process in ((64, 2), (4, 2), (1, 3), (256, 4)):
        batches = _balanced_batches(pieces, batch_size, n_process)
        assert [p for b in batches for p in b] == pieces
        assert len(batches) % n_process == 0 or len(batches) == len(pieces)
    halves = _balanced_batches(["y" * 4000] * 10, 64, 2)
    assert [len(b) for b in halves] == [5, 5]


def test_anonymizing_in_pieces_gives_presidios_output():
    engines = _engines()
    text = long_text(4 * CHUNK_CHARS)
    results = analyze_texts([text])[0]
    # Two spans of one type with only spaces between them are merged by
    # Presidio: a cut there would change the output. Put such pairs everywhere.
    extra, pos = [], 0
    while (pos := text.find("the app ", pos + 1)) != -1:
        extra += [RecognizerResult("PERSON", pos, pos + 3, 0.9), RecognizerResult("PERSON", pos + 4, pos + 7, 0.9)]
    results = results + extra
    for operators in ({}, None):
        whole = engines.anonymizer.anonymize(text=text, analyzer_results=results, operators=operators).text
        for size in (50, 500, CHUNK_CHARS):
            assert anonymize_in_pieces(engines.anonymizer, text, results, operators, size=size) == whole
    assert "<PERSON> app" not in whole and "<PERSON> keeps" in whole  # the pairs merged


def test_scrubbing_a_long_text_removes_every_sentence_identifiers():
    text = long_text(3 * CHUNK_CHARS)
    out, summary = scrub_texts([text], n_process=2)
    assert "Gonzalez" not in out[0] and "Okonkwo" not in out[0] and "62704" not in out[0]
    assert out[0].count("the app keeps crashing") == text.count("the app keeps crashing")
    assert summary.counts["PERSON"] >= text.count("Gonzalez")


def test_ner_on_numpy_blas_finds_what_spacys_default_ops_find():
    import spacy
    from thinc.api import NumpyOps

    nlp = _engines().analyzer.nlp_engine.nlp["en"]
    ops = {type(node.ops) for node in nlp.get_pipe("ner").model.walk()}
    assert ops == {NumpyOps} and not nlp.get_pipe("ner").model.ops.use_blis
    reference = spacy.load(SPACY_MODEL, exclude=list(_NER_ONLY_EXCLUDE))
    assert reference.get_pipe("ner").model.ops.use_blis
    texts = [long_text(CHUNK_CHARS)] + SENTENCES + [
        "Angela Merkel met Emmanuel Macron in Paris on Tuesday with Deutsche Bank.",
        "Ship it to Hamanová at Jóhannesdóttir & Partners, Reykjavík.",
    ]
    ents = lambda doc: [(e.start_char, e.end_char, e.label_) for e in doc.ents]  # noqa: E731
    assert [ents(d) for d in nlp.pipe(texts)] == [ents(d) for d in reference.pipe(texts)]
    assert sum(len(ents(d)) for d in nlp.pipe(texts)) > 20


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_text_just_over_one_chunk(n_process):
    text = long_text(CHUNK_CHARS + 10)
    assert len(chunk_bounds(text)) == 2
    spans = analyze_texts([text], n_process=n_process)[0]
    assert {r.entity_type for r in spans} >= {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "ADDRESS"}


def test_recognizer_registry_answers_as_presidios_and_sees_changes():
    from presidio_analyzer import Pattern, PatternRecognizer, RecognizerRegistry

    registry = _engines().analyzer.registry
    for entities in (["PERSON"], ["PHONE_NUMBER", "ADDRESS"], None):
        ours = registry.get_recognizers("en", entities, all_fields=entities is None)
        theirs = RecognizerRegistry.get_recognizers(registry, "en", entities, all_fields=entities is None)
        assert ours and sorted(map(id, ours)) == sorted(map(id, theirs))
        assert registry.get_recognizers("en", entities, all_fields=entities is None) == ours
    extra = PatternRecognizer(supported_entity="PERSON", name="Extra", patterns=[Pattern("x", r"\bZed\b", 0.9)])
    registry.add_recognizer(extra)
    try:
        assert extra in registry.get_recognizers("en", ["PERSON"])
    finally:
        registry.remove_recognizer("Extra")
    assert extra not in registry.get_recognizers("en", ["PERSON"])


def test_warm_up_compiles_every_pattern_and_keeps_results():
    """Presidio compiles a pattern on its recognizer's first call; warm_up
    does it for all, gated ones included, so no batch pays for it later."""
    from client.scrub import warm_up

    patterns = [p for r in _engines().analyzer.registry.recognizers for p in (getattr(r, "patterns", None) or ())]
    assert len(patterns) > 100
    text = "Please call Maria Gonzalez at +44 20 7946 0958; born 03/12/1980, DE89370400440532013000."
    before = [(r.start, r.end, r.entity_type) for r in analyze_texts([text])[0]]
    for p in patterns:
        p.compiled_regex = None
    warm_up()
    assert [p.name for p in patterns if p.compiled_regex is None] == []
    assert [(r.start, r.end, r.entity_type) for r in analyze_texts([text])[0]] == before
