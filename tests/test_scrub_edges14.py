"""Span edges (session 14, issue 13, ``client/scrub/edges.py``): the words of a
name, a firm or an address that the recognizers left at its edge (initials, a
particle or a nickname between two parts, a generation, "bank of", a
department, a street word, a house number or letter, a hyphenated part) are
removed with it; the same words elsewhere stay."""

from __future__ import annotations

import pytest

from client.scrub import analyze_texts, scrub_texts
from client.scrub.edges import extend_edges


def scrub_one(text: str) -> str:
    return scrub_texts([text])[0][0]


def marked(text: str) -> list[str]:
    return [text[r.start:r.end] for r in analyze_texts([text])[0]]


@pytest.mark.parametrize("text, words", [
    ("my name is sebastian m. russell", ["sebastian", "m.", "russell"]),
    ("h. p. miller sent it", ["h.", "p.", "miller"]),
    ("signed b.n. Soria here", ["b.n.", "Soria"]),
    ("mac an liagha called me", ["mac", "an", "liagha"]),
    ("Scott Moffatt iii is the holder", ["Moffatt", "iii"]),
    ("bank of weimar charged me", ["bank", "of", "weimar"]),
    ("payee: gardner inc, payments team", ["gardner", "payments", "team"]),
    ("deliver to house 388, kennedy alley please", ["388", "kennedy", "alley"]),
    ("i live at 622 moore square #26", ["622", "moore", "square"]),
    ("my name is Lupita o'Doornhem-Kadlecová", ["Lupita", "o'Doornhem-Kadlecová"]),
])
def test_edge_words_of_an_identifier_are_removed(text, words):
    out = scrub_one(text)
    for w in words:
        assert w not in out.split(), out


@pytest.mark.parametrize("text, kept", [
    ("ask the payments team about it", ["payments", "team"]),
    ("the bank of the river flooded", ["bank", "river"]),
    ("a branch of the bank is closed", ["branch", "bank"]),
    ("e.g. London is big", ["e.g."]),
    ("a london-based firm charged me", ["based", "firm"]),
    ("paid 20 to anna at oak street", ["20", "paid"]),
])
def test_ordinary_words_beside_a_span_stay(text, kept):
    out = scrub_one(text)
    for w in kept:
        assert w in out, out


def test_join_needs_only_glue_between_spans():
    text = "anna and peter"
    spans = [[0, 4, "PERSON", 0.8], [9, 14, "PERSON", 0.8]]
    assert extend_edges(text, [list(s) for s in spans]) == spans  # "and" is no particle
    text = "mac an liagha"
    out = extend_edges(text, [[0, 3, "PERSON", 0.8], [7, 13, "PERSON", 0.8]])
    assert out == [[0, 13, "PERSON", 0.8]]
