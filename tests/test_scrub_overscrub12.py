"""Over-scrubbing, session 12: frequent ordinary words of other languages,
typed in ASCII in English chat ("terima kasih", "merci beaucoup", "dziekuje
bardzo"), are no names: the rules that take a lower-case word English has no
use for as a possible name or place count the words of
``client/scrub/data/foreign_words.txt`` (built by
``scripts/build_foreign_words.py`` from wordfreq and spaCy's stop words) as
ordinary words, unless the scrubber's name or place lists hold them. Names
next to such words still go."""

from __future__ import annotations

import pytest

from client.scrub import scrub_texts

KEPT = [
    "terima kasih banyak for the quick reply",
    "merci beaucoup, the transfer went through",
    "arigatou gozaimasu, my pin works now",
    "dziekuje bardzo, it works now",
    "spasibo bolshoe, the card arrived",
    "koszonom szepen, the refund arrived",
    "dekuji moc, the app works again",
    "multumesc frumos for the help",
    "tesekkurler abi, my card works now",
]

# (text, the name or place that must go, the foreign words that must stay)
NAMED = [
    ("terima kasih Budi Santoso, my card works now", ["Budi", "Santoso"], ["terima"]),
    ("merci beaucoup jean dupont for the help", ["jean", "dupont"], ["merci", "beaucoup"]),
    ("dziekuje bardzo, my wife agnieszka kowalska paid", ["agnieszka", "kowalska"], ["dziekuje", "bardzo"]),
    ("spasibo, my name is dmitri ivanov", ["dmitri", "ivanov"], ["spasibo"]),
    ("danke schon, i told Klaus Weber already", ["Klaus", "Weber"], []),
    ("gracias amigo, we live in guadalajara now", ["guadalajara"], []),
]


@pytest.fixture(scope="module")
def scrubbed():
    texts = KEPT + [t for t, _, _ in NAMED]
    return dict(zip(texts, scrub_texts(texts)[0]))


@pytest.mark.parametrize("text", KEPT)
def test_foreign_phrase_kept(scrubbed, text):
    assert scrubbed[text] == text


@pytest.mark.parametrize("text,gone,kept", NAMED)
def test_names_next_to_foreign_words_go(scrubbed, text, gone, kept):
    out = scrubbed[text]
    for word in gone:
        assert word not in out
    for word in kept:
        assert word in out


def test_known_names_are_not_ordinary_words():
    """The list itself may hold names; the rules subtract the name lists."""
    from client.scrub.foreign_words import foreign_words
    from client.scrub.gazetteer import GazetteerRecognizer

    g = GazetteerRecognizer()
    g.load()
    assert "terima" in g.foreign and "beaucoup" in g.foreign
    assert not g.foreign & g.names
    assert not g.foreign & g.places
    assert len(foreign_words()) > 10_000
