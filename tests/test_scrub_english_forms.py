"""One test of "is this word a form of an English word" (session 18,
client/scrub/english_forms.py), read by the gazetteer side and by truecasing."""

import pytest

from client.scrub import english_forms, gazetteer, truecase
from client.scrub.english_forms import compound, derived, english_form, inflected, prefixed

ENGLISH = frozenset("""believable flagging hopeful cartoon repugnant contrive help naive login call happy bank
activate movie going still pending whale carve""".split())
FREQUENCY = {"still": 90_000, "pending": 5_000, "movie": 20_000, "going": 80_000}


@pytest.mark.parametrize("word", ["logins", "called", "happier", "happily"])
def test_inflections(word):
    assert inflected(word, ENGLISH) and english_form(word, ENGLISH)


@pytest.mark.parametrize("word", ["believability", "unflaggingly", "hopefulness", "cartoonish", "repugnance",
                                  "contrivance", "unhelpful", "naïve"])
def test_derivations(word):
    assert derived(word, ENGLISH) and english_form(word, ENGLISH)


@pytest.mark.parametrize("word", ["interbank", "reactivate", "nonbank", "reactivation"])
def test_prefixes(word):
    assert prefixed(word, ENGLISH) and english_form(word, ENGLISH)


def test_endings_proper_nouns_hardly_have():
    assert english_form("geropsychologist", ENGLISH)
    assert english_form("zorbulousness", ENGLISH)


def test_compound_only_with_a_frequency_table():
    assert compound("stillpending", FREQUENCY) and english_form("stillpending", ENGLISH, FREQUENCY)
    assert not english_form("stillpending", ENGLISH)


@pytest.mark.parametrize("word", ["kowalczyk", "oyelaran", "nkechi", "zoltrana", "kroxley", "tejka"])
def test_names_are_no_forms(word):
    assert not english_form(word, ENGLISH, FREQUENCY)


def test_one_module_for_both_sides():
    """The gazetteer's everyday test and truecasing read the same function;
    the duplicates are gone."""
    assert gazetteer.english_form is english_forms.english_form
    assert truecase.english_form is english_forms.english_form
    for name in ("_english_form", "_INFLECTIONS", "_PREFIXES", "_DERIVED", "_compound"):
        assert not hasattr(truecase, name), name
    with pytest.raises(ImportError):
        import client.scrub.derived_words  # noqa: F401
