"""People's names in chat, session 20: a full name's other word beside a sure
person's name (name_partners.py: "amadil| cseh", "cseh |amadil"), taken when
it is no everyday English or foreign word, no chat word and no typo of a
frequent English word, or a rare English word whose letters run as a name's
("maria| genovese"); controls: the word beside a name that is an everyday
word of English or another language, a chat word or a typo stays, and a
guess of the NER on a truecased copy (score 0.42) takes no partner."""

from __future__ import annotations

import pytest

from client.scrub import analyze_texts
from client.scrub.name_partners import partner_names


def _partners(text, name, score=0.85):
    a = text.index(name)
    return [text[s:e] for s, e, t, _ in partner_names(text, [[a, a + len(name), "PERSON", score]])]


@pytest.mark.parametrize("text, name, partner", [
    ("i paid amadil cseh for dinner", "amadil", "cseh"),
    ("the refund from kowalczyk amadil never came", "amadil", "kowalczyk"),
    ("we owe gniewko brzozowskiak for the flights", "gniewko", "brzozowskiak"),
    ("i paid maria genovese for dinner", "maria", "genovese"),
    ("ask Maria Wcisloszek about the fee", "Maria", "Wcisloszek"),
])
def test_the_word_beside_a_sure_name_is_its_other_part(text, name, partner):
    assert _partners(text, name) == [partner]


@pytest.mark.parametrize("text, name", [
    ("thanks anna so much", "anna"),
    ("anna please call me back", "anna"),
    ("gracias anna por todo", "anna"),
    ("anna recieved the card", "anna"),
    ("anna pls send it", "anna"),
    ("anna lotus is the app", "anna"),
    ("hi maria there is a fee", "maria"),
    ("paid maria yesterday", "maria"),
])
def test_an_everyday_word_beside_a_name_stays(text, name):
    assert _partners(text, name) == []


def test_a_truecase_guess_takes_no_partner():
    assert _partners("i paid bottini cseh for dinner", "bottini", score=0.42) == []


def test_a_word_inside_another_span_is_no_partner():
    text = "i paid amadil cseh for dinner"
    spans = [[7, 13, "PERSON", 0.85], [14, 18, "LOCATION", 0.6]]
    assert partner_names(text, spans) == []


def test_a_span_of_three_words_takes_no_partner():
    text = "i paid anna maria berg cseh"
    assert partner_names(text, [[7, 22, "PERSON", 0.85]]) == []


@pytest.mark.parametrize("text", [
    "thanks so much, the card works now",
    "hi there, my transfer failed",
    "ask support about it please",
    "see you monday then",
    "cc the team on this",
])
def test_chat_with_no_one_in_it_keeps_its_words(text):
    assert [text[r.start:r.end] for r in analyze_texts([text])[0]] == []


def test_a_rare_english_word_before_a_name_is_a_role_not_a_partner():
    assert _partners("consignee claas ullmann, tel 05910207694.", "claas ullmann") == []


@pytest.mark.parametrize("text, name", [
    ("i paid gennadiev twice", "gennadiev"),
    ("thanks for sorting it tsagana", "tsagana"),
])
def test_a_name_shaped_word_the_ner_calls_a_product_is_a_person(text, name):
    # truecase's shaped-name guess used to stand back for any NER entity,
    # PRODUCT too, which it then threw away: the name stayed.
    found = [(text[r.start:r.end], r.entity_type) for r in analyze_texts([text])[0]]
    assert found == [(name, "PERSON")]
