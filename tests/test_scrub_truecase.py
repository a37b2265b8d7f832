"""Text typed without capitals goes to the NER as a truecased copy (session
15, client/scrub/truecase.py): the NER reads the sentence around a name no
list holds, its spans come back at the original offsets, and ordinary
lower-case sentences stay whole."""

from __future__ import annotations

import pytest

from client.scrub import analyze_texts, scrub_texts
from client.scrub.truecase import truecase


def _found(text):
    return [(text[r.start:r.end], r.entity_type) for r in analyze_texts([text])[0]]


def test_copy_has_the_same_length_and_differs_only_in_case():
    text = "i talked to grace yesterday. she works at kroxley analytics in bielsko"
    copy, candidates = truecase(text)
    assert len(copy) == len(text) and copy.lower() == text.lower()
    assert copy == "I talked to Grace yesterday. She works at Kroxley Analytics in Bielsko"
    # the likely proper nouns, with their strength (3: no list knows the word;
    # 2: a known name or place rare in English; 1: a known one English uses more)
    assert [(text[a:b], s) for a, b, s in candidates] == [("grace", 1), ("kroxley", 3), ("bielsko", 3)]
    other = "ask paris about zoltrana"
    assert [(other[a:b], s) for a, b, s in truecase(other)[1]] == [("paris", 2), ("zoltrana", 3)]


def test_no_copy_when_every_likely_proper_noun_is_known_to_the_lists():
    # the lists find those themselves; the NER's time is spent where they cannot
    assert truecase("i moved to paris with jordan") is None


@pytest.mark.parametrize("text", [
    "by the grace of god the refund finally came",   # a name English uses too, and nothing else
    "what is the max i can top up in one go",
    "explain the interbank exchange rate",            # a derivation of English words
    "my atm withdraw is stillpending",                # two English words run together
    "one long string of cliches .",                   # spelled with an accent in the list
    "what a piquant guffaw",                          # in the frequency list, however rare
    "my email is zoltrana@example.org",               # no prose
])
def test_no_copy_where_no_word_may_be_a_proper_noun(text):
    assert truecase(text) is None


def test_a_lower_case_name_the_ner_finds_only_in_the_truecased_copy():
    # no cue, no list holds the name: before this round nothing was removed
    text = "i think zoltrana took my card details"
    assert _found(text) == [("zoltrana", "PERSON")]
    text = "got an email that looked like vantrexa, is it a scam"
    assert _found(text) == [("vantrexa", "LOCATION")]  # the NER's guess of a type; removed all the same


def test_spans_come_back_at_the_original_offsets_in_the_original_case():
    text = "so zoltrana's card got charged twice"  # found in the copy only
    results = analyze_texts([text])[0]
    assert [(r.start, r.end, r.entity_type) for r in results] == [(3, 11, "PERSON")]
    assert scrub_texts([text])[0][0] == "so <PERSON>'s card got charged twice"
    text = "my sister flew to kozienice with zidaan last week"
    results = analyze_texts([text])[0]
    assert [(r.start, r.end) for r in results] == [(18, 27), (33, 39)]
    assert [text[r.start:r.end] for r in results] == ["kozienice", "zidaan"]  # split at "with"
    assert scrub_texts([text])[0][0] == "my sister flew to <LOCATION> with <PERSON> last week"


@pytest.mark.parametrize("text", [
    "by the grace of god the refund finally came",
    "i want to chase the payment, its been a week",
    "the app is sluggish and the login is finicky",
    "i got a rose gold card but wanted the black one",
    "can you grant me a higher limit for the holiday",
])
def test_ordinary_lower_case_sentences_stay_whole(text):
    assert analyze_texts([text])[0] == []


def test_a_list_name_keeps_its_type_over_the_copys_guess():
    # the copy's entities score below the lists': "zidaan" stays a person
    # though the NER reads the pair as one place
    found = dict(_found("my sister flew to kozienice with zidaan last week"))
    assert found == {"kozienice": "LOCATION", "zidaan": "PERSON"}


def test_a_language_named_as_such_stays():
    # the copy reads "She speaks Newari": a language, no identifier
    assert analyze_texts(["she speaks newari with her mum"])[0] == []
