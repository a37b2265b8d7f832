"""Organisations as chat types them (session 10, branch scrub-orgs10): after
a cue of service ("a quote from", "our vet was", "supplier:"), named after
everyday words, a surname's shop with "'s", and the firm's line in a
signature; with the ordinary phrases that must stay whole. Values are written
here (none from a held-out part)."""

from __future__ import annotations

import pytest

from client.scrub import scrub_texts


def scrub_one(text: str) -> str:
    return scrub_texts([text])[0][0]


@pytest.mark.parametrize("text, expected", [
    ("got a quote from drevanski for the boiler", "got a quote from <ORGANIZATION> for the boiler"),
    ("our vet was quellmoor but they closed", "our vet was <ORGANIZATION> but they closed"),
    ("my insurer is hovrenka and they refused the claim", "my insurer is <ORGANIZATION> and they refused the claim"),
    ("supplier: marvelto", "supplier: <ORGANIZATION>"),
    ("donated to brisvale last month", "donated to <ORGANIZATION> last month"),
    ("i'm with zentova for my broadband", "i'm with <ORGANIZATION> for my broadband"),
])
def test_name_after_service_cue(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("i work at blue river and my salary is late", "i work at <ORGANIZATION> and my salary is late"),
    ("got a quote from fresh start for the boiler", "got a quote from <ORGANIZATION> for the boiler"),
    ("she works at copper kettle now", "she works at <ORGANIZATION> now"),
    ("The supplier, True North, wants paying upfront", "The supplier, <ORGANIZATION>, wants paying upfront"),
])
def test_everyday_word_name_after_cue(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("i work at valkama's plumbing now", "i work at <ORGANIZATION> now"),
    ("kids go to okonjo dental on fridays", "kids go to <ORGANIZATION> on fridays"),
    ("the bill from samoei dental practice is wrong", "the bill from <ORGANIZATION> is wrong"),
])
def test_surname_and_trade(text, expected):
    assert scrub_one(text) == expected


def test_firm_line_after_job_title_in_signature():
    text = "Thanks,\nanna novak\nAccounts Manager\noak tree dental"
    out = scrub_one(text)
    assert out.endswith("\nAccounts Manager\n<ORGANIZATION>")
    assert "oak" not in out and "tree" not in out


def test_firm_line_after_faker_job_in_signature():
    out = scrub_one("maren holt\ngeropsychologist\nthe bright acre company inc.\nmobile only")
    assert "bright" not in out and "acre" not in out
    assert out.startswith("<PERSON>\ngeropsychologist\n")


def test_employer_after_a_year_at():
    assert scrub_one("tomi spent a year at vorlanto as the assistant") == \
        "<PERSON> spent a year at <ORGANIZATION> as the assistant"


@pytest.mark.parametrize("text", [
    "i work at night and can only call after 9",
    "i work at full capacity on mondays",
    "got a quote from the plumber for the boiler",
    "donated to charity last month",
    "donated to local charities last month",
    "i'm with the app on my phone",
    "i'm with you on that",
    "at the bank yesterday",
    "from the store near me",
    "our vet was lovely but expensive",
    "my provider is changing the rules",
    "I Work At Night",
    "Thanks,\nAnna\nSales Manager\nPlease call me back",
    "the bank's clinic is closed",
    "it has not worked at multiple places today.",
    "Thanks,\nAnna\nnurse\nthe end",
    "a year at university was enough",
])
def test_ordinary_phrases_stay(text):
    out = scrub_one(text)
    assert "<ORGANIZATION>" not in out, out
