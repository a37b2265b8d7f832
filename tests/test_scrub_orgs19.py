"""The words of a firm's name left beside its span (session 19, issue 13): a
legal form after it (bracketed, dotted, of two words), a trade after it, a
legal form before it ("pt ..."), the partner of "x and y ...", an
institution's field ("... chamber of commerce"), a word that opens its name;
and a word that opens the sentence goes. The same words in everyday text
stay. Names here are made up."""

from __future__ import annotations

import pytest

from client.scrub import analyze_texts
from client.scrub.firm_forms import legal_form_end


def marked(text: str) -> list[tuple[str, str]]:
    return [(text[r.start:r.end], r.entity_type) for r in analyze_texts([text])[0]]


@pytest.mark.parametrize("text, firm", [
    ("got a letter from zelinska academy (pty) ltd about my account", "zelinska academy (pty) ltd"),
    ("my son goes to riouvard trading (pty) ltd. what is the limit", "riouvard trading (pty) ltd."),
    ("can i pay torvenza dental clinic (gmbh) by card", "torvenza dental clinic (gmbh)"),
    ("montalvezzi foods s.a. charged me twice", "montalvezzi foods s.a."),
    ("i'm a nurse at sinagara dental (s.a.). do you accept it", "sinagara dental (s.a.)"),
    ("paid hastuwi auto parts (plc) for the order", "hastuwi auto parts (plc)"),
    ("paid poiriac textiles (co.) for the order", "poiriac textiles (co.)"),
    ("Vinyl Chemicals (India) Ltd charged me twice", "Vinyl Chemicals (India) Ltd"),
    ("hiroshima gas co.ltd. charged me twice", "hiroshima gas co.ltd"),
    ("maria is from kyowa leather cloth co.ltd.", "kyowa leather cloth co.ltd"),
    ("got a letter from eagle motors pty ltd about my account", "eagle motors pty ltd"),
    ("yesterday green valley foods ltd charged me", "green valley foods ltd"),
])
def test_a_firm_takes_its_legal_form(text, firm):
    assert (firm, "ORGANIZATION") in marked(text)


@pytest.mark.parametrize("text, firm", [
    ("i bank with lacombard maillor textiles and the app is down", "lacombard maillor textiles"),
    ("paid gomilar & zamorrano electronics for the order", "gomilar & zamorrano electronics"),
    ("transfer to mallawira chamber of commerce failed", "mallawira chamber of commerce"),
    ("royal deckerly and leonardi construction charged me twice", "royal deckerly and leonardi construction"),
    ("paid prime solnicka and szlapkow dental clinic for the order", "prime solnicka and szlapkow dental clinic"),
    ("my boss at jacobsen and jacobsen needs a reference letter", "jacobsen and jacobsen"),
    ("paid Freudenbergel dry cleaners twice for one order", "Freudenbergel dry cleaners"),
])
def test_a_firm_takes_its_trade_field_partner_and_first_word(text, firm):
    assert (firm, "ORGANIZATION") in marked(text)


def test_a_legal_form_before_a_name_goes_with_it():
    assert any(v.startswith("pt ") for v, _ in marked("can i pay pt steinbrechter by card"))


def test_a_word_opening_the_sentence_leaves_a_firm():
    values = [v for v, _ in marked("Yesterday zentrovia bank charged me twice")]
    assert "zentrovia bank" in values, values


@pytest.mark.parametrize("text, end", [
    ("acme (pty) ltd and", "acme (pty) ltd"), ("acme sdn bhd.", "acme sdn bhd."),
    ("acme (persero) tbk x", "acme (persero) tbk"), ("acme s/a x", "acme s/a"), ("acme, ltda", "acme, ltda"),
    ("acme as a nurse", "acme"), ("acme co-founder", "acme"), ("acme (the new one)", "acme"),
    ("acme ltd (x)", "acme ltd"), ("acme pt time", "acme"), ("acme ent clinic", "acme"),
    ("acme (india) ltd x", "acme (india) ltd"), ("acme co.ltd. x", "acme co.ltd."), ("acme (the) x", "acme"),
])
def test_legal_form_end(text, end):
    assert text[:legal_form_end(text, 4)] == end


def test_a_short_form_makes_no_firm_of_a_place():
    assert legal_form_end("denver co", 6, firm=False) == 6
    assert legal_form_end("anna limited edition", 4, firm=False) == 4
    assert legal_form_end("nordvik gmbh", 7, firm=False) == 12


@pytest.mark.parametrize("text, kept", [
    ("the bank said it would take a week", "bank"),
    ("my school fees went out twice", "school"),
    ("i went to the shop and the clinic", "clinic"),
    ("the group chat said the bakery takes cards", "group"),
    ("holding on to the old card for now", "holding"),
    ("of course the app crashed again", "course"),
    ("the ministry told me to wait", "ministry"),
    ("our cooperative pays by transfer", "cooperative"),
    ("i work at nordvik as a nurse", "as"),
    ("my pt said to rest", "pt"),
    ("paid the clinic and the bank for the order", "paid"),
    ("call the bank of the card", "call"),
    ("see www.nordvik.co.uk for it", "see"),
    ("jonker plumbing and lysaght gym both declined my card", "and"),
    ("i gave anna coffee and a card", "coffee"),
    ("the bank ltd said no", "bank"),
    ("Bouchard removals and Bergerac books both declined my card", "and"),
])
def test_ordinary_words_beside_firms_stay(text, kept):
    assert not any(kept in value.lower().split() for value, _ in marked(text)), marked(text)
