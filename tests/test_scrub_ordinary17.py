"""Ordinary words removed (issue 13, session 17): causes found on real text
nobody here wrote (SST-2 dev, BANKING77 train) and fixed by general rules.

- "its" cues a name only as "it is" opening a clause the name closes ("hi its
  grace again"), never as the possessive ("its quirky sentiments");
- a word English derives from one of its words ("believability",
  "unflaggingly", "hopefulness") is no unknown word, so no name after "and";
- an English word before a lower-case name is who the person is, not their
  name ("my flatmate| anna", "songwriter| ashley fernandes");
- (a URL ending where its host name ends, "hour.pl|ease", was tried and
  reverted: it lost hosts whose top-level domain no list holds; see below);
- a span does not grow over a hyphen into an everyday compound ("gut-|buster");
- a five-digit group that opens a phone number is no ZIP code making "on" Ontario;
- "there is a charge for ..." names no employer, nor does a lone head ("working at stores").
Each case has a control that must still go."""

from __future__ import annotations

import pytest

from client.scrub import analyze_texts, scrub_texts


def spans(text: str) -> list[tuple[str, str]]:
    return [(r.entity_type, text[r.start:r.end]) for r in analyze_texts([text])[0]]


def scrub_one(text: str) -> str:
    return scrub_texts([text])[0][0]


@pytest.mark.parametrize("text", [
    "tries to add some spice to its quirky sentiments but the taste is all too familiar .",
    "it 's a scattershot affair , but when it hits its mark it 's brilliant .",
    "the piquant story needs more dramatic meat on its bones .",
    "a sequel that 's much too big for its britches .",
    "on the whole , the movie lacks wit , feeling and believability to compensate .",
    "challenging , intermittently engrossing and unflaggingly creative .",
    "smooth the moral stiffness with human kindness and hopefulness .",
    "excessive , profane , packed with cartoonish violence and comic-strip characters",
    "There is a charge for 1£ on my statement.",
    "I didn't know there was a charge for tranferring. What is the charge?",
    "My card is not working at stores.",
])
def test_ordinary_words_stay(text):
    assert spans(text) == []


@pytest.mark.parametrize("text, expected", [
    ("my flatmate anna pays the rent", ("PERSON", "anna")),
    ("hudson ltd. songwriter ashley fernandes employs corporate lingo", ("PERSON", "ashley fernandes")),
    ("as regular rr commenter patrick fry points out, most are horrible", ("PERSON", "patrick fry")),
    ("nothing is sacred in this gut-buster .", ("PERSON", "buster")),
    ("please call birben on 00421 55 318 0838 not me", ("PERSON", "birben")),
])
def test_edges_stop_at_the_identifier(text, expected):
    assert expected in spans(text)


@pytest.mark.parametrize("text, value", [
    ("hi its grace again, the app logged me out", "grace"),
    ("its kwame from hr, is my payslip ready", "kwame"),
    ("hey its jennifer.", "jennifer"),
    ("i spoke with tejka jonak at the branch", "tejka jonak"),
    ("call mary-jane watson tomorrow", "mary-jane watson"),
    ("met jean-luc godard at the cafe", "jean-luc godard"),
    ("send it to leoti, ks 67861 please", "leoti, ks 67861"),
    ("i am a nurse at st mary hospital", "st mary hospital"),
    ("i work at acme stores", "acme stores"),
    ("see www.example.com/path or mail.google.com", "mail.google.com"),
])
def test_identifiers_still_go(text, value):
    assert value in [v for _, v in spans(text)]


def test_derived_words():
    from client.scrub.english_forms import derived as derived_english

    known = frozenset("believable flagging hopeful cartoon repugnant contrive help naive".split())
    for word in ("believability", "unflaggingly", "hopefulness", "cartoonish", "repugnance", "contrivance",
                 "unhelpful", "naïve"):
        assert derived_english(word, known), word
    for word in ("kowalczyk", "oyelaran", "beverly", "florence", "trinity", "denise", "nkechi"):
        assert not derived_english(word, known), word


@pytest.mark.parametrize("text", [
    "the Stainless Steel Kettle in size M was too small",          # a product after "the"
    "returned the Noise Cancelling Headphones within 30 days",
    "used 3.5 kWh this month on the Economy 7 Tariff.",
    "Courier Update\nthe parcel came late",                        # a heading on its own line
])
def test_capitalised_everyday_phrases_stay(text):
    assert [t for t, _ in spans(text)] == []


@pytest.mark.parametrize("text, expected", [
    ("money is for my sister Dairine Greelish, phone 757-504-5470", ("PERSON", "Dairine Greelish")),
    ("seen by physio Charlotte Blanc in Outpatients", ("PERSON", "Charlotte Blanc")),
    ("consignee Claas Ullmann, tel 05910207694.", ("PERSON", "Claas Ullmann")),
])
def test_role_and_kin_words_stay_out_of_names(text, expected):
    found = spans(text)
    assert expected in found
    assert not any("tel" == v for _, v in found)


@pytest.mark.parametrize("text, value", [
    ("Sister Mary Joseph runs the school", "Sister Mary Joseph"),      # a title, no kin
    ("I work at the Royal Bank in town", "Royal Bank"),                 # a firm's head stays
    ("Grace Young called about the refund", "Grace Young"),            # name words
    ("Dr Herminia Garces asked me to call", "Dr Herminia Garces"),
    ("ask Badger in billing, he promised a refund", "Badger"),           # a name cue
    ("The Brink's Company office is at the corner", "Brink's Company"),  # a firm's head
    ("rune lopez here, my card got declined at the shop", "rune lopez"),  # a first name that is a word
    ("refund from Martins and Meier never showed up", "Martins and Meier"),  # a name with an "s"
    ("a-mark precious metals inc. charged me twice", "a-mark precious metals inc."),  # a letter, no compound
])
def test_titles_firms_and_names_still_go(text, value):
    assert value in [v for _, v in spans(text)]


def test_a_group_word_keeps_its_phrase():
    found = spans("The Polish Border Force have detained a tennis player")
    assert any("Polish" in v for _, v in found)


def test_a_person_of_everyday_words_is_still_a_person():
    """The NER's person spans are never dropped as everyday phrases: romanised
    names the lists do not hold can be English words letter for letter."""
    from client.scrub.title_phrases import everyday_phrase

    text = "For my take, see Guilty Pleasures: five songs"
    start = text.index("Guilty")
    assert not everyday_phrase(text, [start, start + len("Guilty Pleasures"), "PERSON", 0.85])
    assert everyday_phrase("the Stainless Steel Kettle", [4, 26, "ORGANIZATION", 0.85])


@pytest.mark.parametrize("text, host", [
    ("see portal.acme.internal for the form", "portal.acme"),
    ("log in at hr.globex.intranet today", "hr.globex"),
    ("the wiki is at docs.initech.corp/pages/leave", "docs.initech"),
])
def test_a_host_whose_top_level_domain_no_list_holds_still_goes(text, host):
    """A URL may end inside a word when its top-level domain is unknown; its
    host name must still go (a look-ahead for a letter after the match lost these)."""
    assert any(kind == "URL" and value.startswith(host) for kind, value in spans(text))
