"""Places of several words found only in part (session 20): the rest of the name joins the span."""

from __future__ import annotations

import pytest

from client.scrub import analyze_texts
from client.scrub.place_phrases import grow_place_phrases
from client.scrub.place_words import joints_and_openers


def _grown(text: str, pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Spans on the given pieces (value, type), after the step."""
    spans, pos = [], 0
    for value, kind in pieces:
        a = text.index(value, pos)
        spans.append([a, a + len(value), kind, 0.6])
        pos = a + len(value)
    return [(text[a:b], t) for a, b, t, _ in grow_place_phrases(text, spans)]


def test_joints_and_openers_come_from_the_gazetteer():
    joints, openers = joints_and_openers()
    assert {"de", "do", "del", "et", "les", "sur"} <= joints
    assert {"kampong", "sidi", "puerto", "umm", "dayr"} <= openers
    # English words that join two places in prose, and saints' first names, are no joints
    assert not {"and", "of", "in", "the", "jose", "maria"} & joints
    assert not {"county", "park", "new", "northern", "upper"} & openers


@pytest.mark.parametrize("text, pieces, expected", [
    # a known phrase of which the span is a part, any case
    ("we moved to ras al khaimah last year", [("khaimah", "LOCATION")], "ras al khaimah"),
    ("Flight to San Juan de los Morros got cancelled", [("San Juan", "LOCATION")], "San Juan de los Morros"),
    ("my mum lives in jundiai do sul now", [("jundiai", "LOCATION")], "jundiai do sul"),
    ("i grew up in Seine-et-Marne", [("Marne", "LOCATION")], "Seine-et-Marne"),
    # a name the rest makes a known place
    ("parcel stuck in kampong speu again", [("speu", "PERSON")], "kampong speu"),
])
def test_a_known_place_grows_whole(text, pieces, expected):
    assert _grown(text, pieces) == [(expected, "LOCATION")]


@pytest.mark.parametrize("text, pieces, expected", [
    # made-up places: two pieces with only joints between them
    ("i live in vila trezna do morquel", [("vila trezna", "PERSON"), ("morquel", "LOCATION")],
     "vila trezna do morquel"),
    ("delivery to Brevanne-et-Quostel keeps failing", [("Brevanne", "LOCATION"), ("Quostel", "LOCATION")],
     "Brevanne-et-Quostel"),
    # joints and one more word after a place, no common English word or hyphenated
    ("we farm near quorvana do sul", [("quorvana", "LOCATION")], "quorvana do sul"),
    ("is there an agent in brevanne-le-grand?", [("brevanne", "LOCATION")], "brevanne-le-grand"),
    ("is there an agent in cuzelles-les-pins?", [("cuzelles-les", "LOCATION")], "cuzelles-les-pins"),
    ("moved from Tarvel-et-Quostanne last month", [("Quostanne", "LOCATION")], "Tarvel-et-Quostanne"),
    ("we live near morvel do quastra", [("quastra", "LOCATION")], "morvel do quastra"),
    # a joint alone before a place
    ("delivery to en naqverra keeps failing", [("naqverra", "LOCATION")], "en naqverra"),
    # an opener learnt from the gazetteer before a place
    ("the shop in kampong trelvas is shut", [("trelvas", "LOCATION")], "kampong trelvas"),
    ("my uncle in sidi morvane sent it", [("morvane", "LOCATION")], "sidi morvane"),
])
def test_the_rest_of_an_unknown_place_joins(text, pieces, expected):
    assert _grown(text, pieces) == [(expected, "LOCATION")]


def test_two_names_joined_by_hyphens_and_a_joint_are_one():
    assert _grown("flight to Morvelle-et-Quastane is late", [("Morvelle", "PERSON"), ("Quastane", "PERSON")]) \
        == [("Morvelle-et-Quastane", "PERSON")]
    assert _grown("moved from Tarvel-et-Quostanne", [("Quostanne", "PERSON")]) == [("Tarvel-et-Quostanne", "PERSON")]
    # with spaces, two names stay two unless one is a place, and a name does not grow
    assert _grown("ask morvel do quastra", [("quastra", "PERSON")]) == [("quastra", "PERSON")]
    assert _grown("ask morvelle de quastane", [("morvelle", "PERSON"), ("quastane", "PERSON")]) \
        == [("morvelle", "PERSON"), ("quastane", "PERSON")]


@pytest.mark.parametrize("text, pieces", [
    ("we flew from lisbon and madrid", [("lisbon", "LOCATION"), ("madrid", "LOCATION")]),
    ("i was in lisbon in march", [("lisbon", "LOCATION")]),
    ("sent it to lisbon e mail me the receipt", [("lisbon", "LOCATION")]),  # an English word after the joint
    ("anna and pedro went to lisbon", [("anna", "PERSON"), ("pedro", "PERSON"), ("lisbon", "LOCATION")]),
    ("the port of lisbon is busy", [("lisbon", "LOCATION")]),
    ("dry season in northern lisbon", [("lisbon", "LOCATION")]),
    ("paid maria do the rest", [("maria", "PERSON")]),  # a name alone does not grow by joints
    ("i was at the lisbon de office", [("lisbon", "LOCATION")]),  # an English word before or after
    ("she has to do lisbon next", [("lisbon", "LOCATION")]),  # "do" is common English: no joint alone
])
def test_ordinary_words_beside_a_place_stay(text, pieces):
    assert [v for v, _ in _grown(text, pieces)] == [v for v, _ in pieces]


@pytest.mark.parametrize("text, place", [
    ("card got declined at a shop in Sao Jose do Xingu yesterday", "Sao Jose do Xingu"),
    ("i grew up in Seine-et-Marne but work abroad now", "Seine-et-Marne"),
    ("Location: Les Loges-en-Josas", "Les Loges-en-Josas"),
])
def test_end_to_end_a_long_place_goes_whole(text, place):
    (spans,) = analyze_texts([text])
    assert [text[r.start:r.end] for r in spans] == [place]


@pytest.mark.parametrize("text", [
    "pasta al dente and a card declined, what a day",
    "i want to ban the merchant from charging me",
    "de facto the fee is double now",
])
def test_end_to_end_particles_in_ordinary_text_stay(text):
    (spans,) = analyze_texts([text])
    assert [text[r.start:r.end] for r in spans if r.entity_type == "LOCATION"] == []
