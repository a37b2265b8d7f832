"""The numpy decoding of spaCy's greedy NER (client/scrub/greedy_ner.py) finds
exactly the entities of spaCy's own ``ner.pipe``: same spans, same labels, on
short and long texts, in batches of any size; and the scrubber uses it."""

from __future__ import annotations

import pytest

from client.scrub.analyzer import _engines, _single_blas_thread
from client.scrub.chunks import chunk_bounds
from client.scrub.gates import _has_inner_capital
from client.scrub.greedy_ner import GreedyNer

TEXTS = [
    "Please call Maria Gonzalez at +44 20 7946 0958 about my card.",
    "I work for Vaxart Inc. in San Francisco and my manager Okonkwo needs the invoice.",
    "Dear Ms Anna Berg,\n\nI moved to 12 High Street, London SW1A 1AA on 3 March 1980.  Thanks",
    "John",  # one token: only U or O
    "",  # no tokens
    "   \n\t  ",  # whitespace only
    "New York New York New York Barack Obama met Angela Merkel in Berlin on Monday",
    "the app keeps crashing when I try to transfer money to my savings.",
    "MY NAME IS JOHN SMITH AND I LIVE IN PARIS, FRANCE. CALL ME AT 555-0100",
    "Contact: Dr. Li Wei (Shanghai) / Prof. María José García-López, Universidad de Sevilla",
    "Amazon, Google and the European Central Bank; Lake Geneva; the Eiffel Tower;  Mount Everest.",
    "Tesla\n\nApple\n \nMicrosoft  Corp",
]


@pytest.fixture(scope="module")
def ner():
    nlp = _engines().analyzer.nlp_engine.nlp["en"]
    return nlp, nlp.get_pipe("ner")


def _ents(docs):
    return [[(e.start, e.end, e.label_) for e in doc.ents] for doc in docs]


def _long_texts() -> list[str]:
    sentence_parts = [t for t in TEXTS if t.strip()]
    text = " ".join(sentence_parts[i % len(sentence_parts)] for i in range(120))
    return [text[a:b] for a, b in chunk_bounds(text)]


@pytest.mark.parametrize("batch_size", [1, 2, 7, 64])
def test_the_same_entities_as_spacy_pipe(ner, batch_size):
    nlp, component = ner
    assert GreedyNer.supports(component)
    greedy = GreedyNer(component)
    texts = TEXTS + _long_texts()
    with _single_blas_thread():
        expected = _ents(component.pipe((nlp.make_doc(t) for t in texts), batch_size=batch_size))
        got = _ents(greedy.pipe((nlp.make_doc(t) for t in texts), batch_size=batch_size))
    assert sum(map(len, expected)) > 20  # the texts do hold entities
    assert got == expected


def test_every_token_gets_an_iob_tag_as_spacy_sets_it(ner):
    nlp, component = ner
    greedy = GreedyNer(component)
    ours = list(greedy.pipe((nlp.make_doc(t) for t in TEXTS), batch_size=8))
    theirs = list(component.pipe((nlp.make_doc(t) for t in TEXTS), batch_size=8))
    assert [[t.ent_iob_ for t in d] for d in ours] == [[t.ent_iob_ for t in d] for d in theirs]


def test_the_engine_decodes_with_it_and_finds_spacys_entities(ner):
    nlp, component = ner
    engine = _engines().analyzer.nlp_engine
    assert isinstance(engine._greedy.get("en"), GreedyNer)
    texts = TEXTS + _long_texts()
    found = [[(e.start_char, e.end_char, e.label_) for e in a.entities]
             for _, a in engine.process_batch(texts, "en", batch_size=16)]
    with _single_blas_thread():
        docs = list(nlp.pipe(texts, batch_size=16))
    mapping = engine.ner_model_configuration.model_to_presidio_entity_mapping
    # The engine skips the NER on texts with no capital past the first letter ("John").
    expected = [[(e.start_char, e.end_char, mapping[e.label_]) for e in d.ents if e.label_ in mapping]
                if _has_inner_capital(t) else [] for t, d in zip(texts, docs)]
    assert sum(map(len, expected)) > 20
    assert found == expected
