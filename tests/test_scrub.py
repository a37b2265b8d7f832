"""PII scrubbing with real Presidio engines (built once for the session)."""

from __future__ import annotations

import logging
import socket

import pytest

from client import scrub
from client.scrub import OPERATORS, SUPPORTED_ENTITIES, ScrubSummary, scrub_texts


def scrub_one(text: str, **kwargs) -> str:
    return scrub_texts([text], **kwargs)[0][0]


# (kind, sentence, fragments that must go, fragments that must stay)
CASES = [
    ("PERSON", "Please ask Maria Gonzalez to call me back tomorrow.",
     ["Maria", "Gonzalez"], ["Please ask", "to call me back tomorrow."]),
    ("PERSON", "My name is Oluwaseun Adebayo-Okafor and I need help with my loan.",
     ["Oluwaseun", "Adebayo-Okafor"], ["My name is", "and I need help with my loan."]),
    ("PERSON", "I spoke with Siobhán Ní Bhraonáin at the branch yesterday.",
     ["Siobhán", "Bhraonáin"], ["I spoke with", "at the branch yesterday."]),
    ("PERSON", "Why is Abderrahman so impulsive about the refund?",
     ["Abderrahman"], ["Why is", "so impulsive about the refund?"]),
    ("PERSON", "Please address the letter to Mrs. Okonkwo.",
     ["Mrs.", "Okonkwo"], ["Please address the letter to"]),
    ("ADDRESS", "Send it to 1423 Oak Street, Apt 5B, Springfield, IL 62704 please.",
     ["1423", "Oak Street", "5B", "Springfield", "62704"], ["Send it to", "please."]),
    ("ADDRESS", "I moved to Avenida Noruega 42, Vila Real, Portugal last year.",
     ["Noruega", "42", "Vila Real", "Portugal"], ["I moved to", "last year."]),
    ("ADDRESS", "Our office is at Hauptstraße 5, 10115 Berlin now.",
     ["Hauptstraße", "10115", "Berlin"], ["Our office is at", "now."]),
    ("ADDRESS", "Ship the parcel to 27 Baker Street, London NW1 6XE by Monday.",
     ["27 Baker", "London", "NW1 6XE"], ["Ship the parcel to", "by Monday."]),
    ("ADDRESS", "She lives at 8906 Parmova 110\nApt. 883\nFreeport, NY 56349",
     ["8906", "Parmova", "883", "Freeport", "56349"], ["She lives at"]),
    ("LOCATION", "I am travelling from Kazakhstan to Lisbon next week.",
     ["Kazakhstan", "Lisbon"], ["I am travelling from", "next week."]),
    ("ORGANIZATION", "I used to work for Vaxart Inc. before I retired.",
     ["Vaxart"], ["I used to work for", "before I retired."]),
    ("PHONE_NUMBER", "Call me on +44 20 7946 0958 after six.",
     ["7946", "0958"], ["Call me on", "after six."]),
    ("PHONE_NUMBER", "My mobile is (555) 123-4567 x89, the office is 001-202-555-0143.",
     ["123-4567", "x89", "555-0143"], ["My mobile is", "the office is"]),
    ("PHONE_NUMBER", "Ring +41 22 125 01 45 or +91 9876543210 in the morning.",
     ["125 01 45", "9876543210"], ["Ring", "in the morning."]),
    ("EMAIL_ADDRESS", "Write to maria.gonzalez@example.co.uk with the details.",
     ["maria.gonzalez", "example.co.uk"], ["Write to", "with the details."]),
    ("URL", "The form is at https://www.acme-widgets.com/help or acme-widgets.org today.",
     ["acme-widgets.com", "acme-widgets.org"], ["The form is at", "today."]),
    ("IP_ADDRESS", "Logins came from 192.168.10.12 and 2001:db8::8a2e:370:7334 overnight.",
     ["192.168.10.12", "8a2e"], ["Logins came from", "overnight."]),
    ("CREDIT_CARD", "My card 4111 1111 1111 1111 was charged twice; the other is 5555555555554444.",
     ["4111", "5555555555554444"], ["My card", "was charged twice"]),
    ("IBAN_CODE", "Refund it to GB82 WEST 1234 5698 7654 32 or DE89370400440532013000 please.",
     ["GB82", "WEST", "DE89370400440532013000"], ["Refund it to", "please."]),
    ("BANK_ACCOUNT", "My account number is 31926819 and the sort code is 20-00-00.",
     ["31926819", "20-00-00"], ["My account number is", "and the sort code is"]),
    ("NATIONAL_ID", "My SSN is 536-80-4398 and my NI number is AB 12 34 56 C.",
     ["536-80-4398", "AB 12 34 56 C"], ["My SSN is", "and my NI number is"]),
    ("DATE_TIME", "I was born on 3/29/1982, my wife on 14 March 1985.",
     ["3/29/1982", "14 March 1985"], ["I was born on", "my wife on"]),
    ("AGE", "I am 37 years old and my son turned 12 last week.",
     ["37", "12"], ["I am", "years old and my son turned", "last week."]),
]


@pytest.mark.parametrize("kind, text, gone, kept", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_identifier_is_removed_and_context_survives(kind, text, gone, kept):
    out = scrub_one(text)
    for fragment in gone:
        assert fragment not in out, f"{kind} leaked {fragment!r}: {out!r}"
    for fragment in kept:
        assert fragment in out, f"over-scrubbed {fragment!r}: {out!r}"


# Ages as customers write them: the number goes, the sentence around it stays.
AGE_CASES = [
    ("I'm 42 and I'd like to open a savings account.", ["42"], ["and I'd like to open a savings account."]),
    ("My mother, who is 83, needs help with online banking.", ["83"], ["My mother, who is", "needs help"]),
    ("He is a 35-year-old teacher; she is 29 years of age.", ["35", "29"], ["He is a", "-year-old teacher", "years of age."]),
    ("Customer age: 61. Reason for call: lost card.", ["61"], ["Customer age:", "Reason for call: lost card."]),
    ("Anna Kowalczyk, 58, applied for a mortgage.", ["58", "Kowalczyk"], ["applied for a mortgage."]),
    ("When I was 19 I opened my first account with you.", ["19"], ["When I was", "I opened my first account"]),
    ("I'll be 65 next month, does my premium change?", ["65"], ["I'll be", "next month, does my premium change?"]),
    ("My kids are 7 and 9, can they have debit cards?", ["7", "9"], ["My kids are", "can they have debit cards?"]),
    ("Our son, aged 16, needs a junior account.", ["16"], ["Our son, aged", "needs a junior account."]),
    ("Mum's 74 and she forgot her PIN.", ["74"], ["Mum's", "and she forgot her PIN."]),
    ("Patient is a 47 y.o. male; the other is 52yo.", ["47", "52yo"], ["Patient is a", "y.o. male; the other is"]),
    ("I became a customer at 23 and I'm twenty-nine now.", ["23", "twenty-nine"], ["I became a customer at", "now."]),
    ("She is in her early forties and works from home.", ["forties"], ["She is in her", "and works from home."]),
    ("Referral: patient 34 yrs, female, and her husband, 41yrs.", ["34", "41yrs"], ["Referral: patient", "yrs, female"]),
]
# Numbers that only look like ages after a cue: durations, counts, amounts.
NOT_AGES = [
    "I've had this account for 12 years and never missed a payment.",
    "The loan term is 25 years, can I make it 20?",
    "Do I have to be 18 to open an account?",
    "I'm 2 payments behind and I was charged 3 times in 2 days.",
    "Is the 5 year fixed rate still available? I have been on hold for 45 minutes.",
    "I'm 100% sure I paid. It will be 20 by Friday.",
    "Room 12 on the 3rd floor has the cash machine.",
    "I have banked with you for 10 yrs and over 5yrs with the old bank.",
]


@pytest.mark.parametrize("text, gone, kept", AGE_CASES, ids=[f"age-{i}" for i in range(len(AGE_CASES))])
def test_age_phrasings(text, gone, kept):
    out = scrub_one(text)
    for fragment in gone:
        assert f" {fragment}" not in f" {out}", f"AGE leaked {fragment!r}: {out!r}"
    for fragment in kept:
        assert fragment in out, f"over-scrubbed {fragment!r}: {out!r}"
    assert "<AGE>" in out


def test_numbers_that_are_not_ages_survive():
    out, summary = scrub_texts(NOT_AGES)
    assert out == NOT_AGES and summary.total == 0


# Street addresses in national styles: each one whole, the sentence kept.
ADDRESS_CASES = [
    "Send it to Flat 4, 27 Harrow Road, Leeds LS1 4AB please.",
    "My address is Unit 5, 12-14 Smith St, Surry Hills NSW 2010 now.",
    "Deliver to 5/12 Kingsway, Hove BN3 2WF please.",
    "Please use PO Box 4521, Wellington 6140 for letters.",
    "Our office is Mariahilfer Straße 12/3/4, 1060 Wien now.",
    "I live at Storgatan 12, 123 45 Stockholm now.",
    "My flat is at 12, rue de la Paix, 75002 Paris now.",
    "Return it to Calle Mayor 5, 3º B, 28013 Madrid please.",
    "The shop is at Rua Augusta, 123, 2º Esq., 1100-053 Lisboa now.",
    "New address: Apartment 3B, 450 West 42nd Street, New York, NY 10036 now.",
    "I live at 350 Bay St, Toronto, ON M5H 2S6 now.",
    "Post it to Main Street 12, Ballina, Co. Mayo F26 X2Y3 please.",
    "My address is Kossuth Lajos utca 199., Hídberény now.",
    "Write to Calle 5 de Mayo #123, Col. Centro, C.P. 06000 please.",
]


@pytest.mark.parametrize("text", ADDRESS_CASES, ids=[f"address-{i}" for i in range(len(ADDRESS_CASES))])
def test_address_formats_are_removed_whole(text):
    out = scrub_one(text)
    assert "<ADDRESS>" in out, out
    assert not any(c.isdigit() for c in out), f"address number leaked: {out!r}"
    assert out.endswith((" please.", " now.", " for letters.")), f"over-scrubbed: {out!r}"


def test_lower_case_addresses():
    texts = [
        "i live at 45 rue des lilas, lyon",
        "send it to hauptstraße 12, 10115 berlin pls",
        "my address is flat 2, 10 high st, bristol bs1 4dj",
        "the new address is 12 oak street",
    ]
    out, _ = scrub_texts(texts)
    assert out[0] == "i live at <ADDRESS>"
    assert out[1] == "send it to <ADDRESS> pls"
    assert out[2] == "my address is <ADDRESS>"
    assert out[3] == "the new address is <ADDRESS>"


def test_labels_next_to_an_address_survive():
    out = scrub_one("Ship to: 45 Station Rd, Harrow HA1 2TU\nPhone: +44 20 7946 0958")
    assert out == "Ship to: <ADDRESS>\nPhone: <PHONE_NUMBER>"


def test_type_tags_name_the_entity():
    out, summary = scrub_texts([
        "Email maria.gonzalez@example.com or call +44 20 7946 0958, Maria Gonzalez.",
    ])
    assert out == ["Email <EMAIL_ADDRESS> or call <PHONE_NUMBER>, <PERSON>."]
    assert summary == ScrubSummary(1, {"EMAIL_ADDRESS": 1, "PERSON": 1, "PHONE_NUMBER": 1})


def test_text_without_identifiers_is_unchanged():
    texts = [
        "How do I check my balance on my credit card?",
        "Could I change the payment due date of my credit card?",
        "My Visa card was declined at the ATM on Monday.",
        "The app keeps crashing on my iPhone since the last update.",
        "Grant me access to online banking please.",
        "WHY IS MY ACCOUNT BLOCKED??? I NEED MY MONEY NOW",
        "I transferred 250 euros yesterday but it says pending.",
        "",
    ]
    out, summary = scrub_texts(texts)
    assert out == texts
    assert summary.documents == len(texts) and summary.total == 0


def test_address_is_one_span():
    out = scrub_one("Deliver to 1423 Oak Street, Apt 5B, Springfield, IL 62704 by Friday.")
    assert out == "Deliver to <ADDRESS> by Friday."


def test_entities_filter_and_validation():
    text = "Maria Gonzalez wrote from maria@example.com."
    assert scrub_one(text, entities=["EMAIL_ADDRESS"]) == "Maria Gonzalez wrote from <EMAIL_ADDRESS>."
    with pytest.raises(ValueError, match="allowed: .*PERSON"):
        scrub_texts([text], entities=["SHOE_SIZE"])
    with pytest.raises(ValueError, match="allowed: replace, mask, hash"):
        scrub_texts([text], operator="shred")
    assert set(OPERATORS) == {"replace", "mask", "hash"}
    assert "PERSON" in SUPPORTED_ENTITIES and "ADDRESS" in SUPPORTED_ENTITIES


def test_mask_operator_and_per_type_operators():
    text = "Maria Gonzalez wrote from maria@example.com."
    masked = scrub_one(text, operator="mask")
    assert "Maria" not in masked and "example" not in masked and "*" in masked
    mixed = scrub_one(text, operator="replace,EMAIL_ADDRESS=mask")
    assert mixed.startswith("<PERSON> wrote from ") and "*****" in mixed


def test_keyed_hash_is_stable_per_key_and_hides_the_key(caplog, capsys):
    caplog.set_level(logging.DEBUG)
    key_a, key_b = b"site-a-secret-key-0001", b"site-b-secret-key-0002"
    texts = ["Maria Gonzalez called.", "Later Maria Gonzalez called again."]
    a, _ = scrub_texts(texts, operator="hash", hash_key=key_a)
    a_again, _ = scrub_texts(texts[:1], operator="hash", hash_key=key_a)
    b, _ = scrub_texts(texts, operator="hash", hash_key=key_b)

    tag_a = a[0].split()[0]
    assert tag_a.startswith("<PERSON_") and tag_a.endswith(">")
    assert tag_a in a[1] and a_again[0] == a[0]      # same value + key -> same pseudonym
    assert b[0].split()[0] != tag_a                  # other key -> other pseudonym
    seen = "".join(a + b) + caplog.text + "".join(capsys.readouterr())
    for secret in ("site-a-secret", "site-b-secret", "Maria", "Gonzalez"):
        assert secret not in seen


def test_hash_without_key_names_the_fix():
    with pytest.raises(ValueError, match="hash_key"):
        scrub_texts(["Maria Gonzalez"], operator="hash")
    with pytest.raises(ValueError, match="PRIVATUNE_SCRUB_KEY"):
        scrub_texts(["Maria Gonzalez"], operator="replace,PERSON=hash")


def test_logs_never_hold_text_or_values(caplog):
    caplog.set_level(logging.DEBUG)
    scrub_texts(["Maria Gonzalez, 1423 Oak Street, maria@example.com, 4111 1111 1111 1111"])
    for value in ("Maria", "Oak Street", "maria@example.com", "4111"):
        assert value not in caplog.text


def test_engines_are_built_once(monkeypatch):
    scrub_texts(["warm up"])
    engines = scrub._engines()

    def fail(*args, **kwargs):
        raise AssertionError("engines rebuilt")

    monkeypatch.setattr(scrub.Engines, "__init__", fail)
    for _ in range(3):
        scrub_texts(["Maria Gonzalez called."])
    assert scrub._engines() is engines


def test_no_network_is_used(monkeypatch):
    calls = []

    def no_connect(self, *args, **kwargs):
        calls.append(args)
        raise OSError("network disabled in tests")

    monkeypatch.setattr(socket.socket, "connect", no_connect)
    out = scrub_one("Write to someone@mail.example.co.uk or see www.example.org today.")
    assert "example" not in out
    assert calls == []


def test_batches_and_processes_give_the_same_result():
    texts = [f"Customer {i}: Maria Gonzalez, +44 20 7946 09{i:02d}, order {i}." for i in range(12)]
    one, s1 = scrub_texts(texts, batch_size=4)
    two, s2 = scrub_texts(texts, batch_size=4, n_process=2)
    assert one == two and s1 == s2 and s1.documents == 12
    assert all("Maria" not in t and f"order {i}." in t for i, t in enumerate(one))


def test_summary_merges():
    a = ScrubSummary(2, {"PERSON": 1})
    b = ScrubSummary(3, {"PERSON": 2, "EMAIL_ADDRESS": 1})
    merged = a.merged(b)
    assert merged == ScrubSummary(5, {"EMAIL_ADDRESS": 1, "PERSON": 3})
    assert merged.total == 4
    assert merged.to_dict() == {"documents": 5, "counts": {"EMAIL_ADDRESS": 1, "PERSON": 3}}


CONTEXT_TEXTS = [
    "Please call me on 020 7946 0958 after five.",
    "My account number is 31926819 and the sort code is 20-00-00.",
    "Postcode SW1A 1AA, the flat is on the second floor.",
    "The reference 31926819 is on the letter.",  # a number without its context word
    "phone: 415 555 0132 or e-mail after 6",
    "Her passport number is 533380006, issued in 2019.",
    "Send it to account 12345678 please.",
    "my zip code is 90210 and my phone 555 0132",
    "",
]


def test_context_step_matches_presidios_enhancer():
    """The scrubber's faster context step keeps Presidio's rule: with
    Presidio's own analyzer and lemma enhancer applied to the same (weak)
    results, every text gets the same results and scores."""
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    class PresidioOnWeakResults(LemmaContextAwareEnhancer):
        def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
            weak = [r for r in raw_results if r.score < scrub._SCORE_THRESHOLD]
            strong = [r for r in raw_results if r.score >= scrub._SCORE_THRESHOLD]
            return strong + super().enhance_using_context(text, weak, nlp_artifacts, recognizers, context)

    ours = scrub._engines().analyzer
    reference = AnalyzerEngine(
        registry=ours.registry, nlp_engine=ours.nlp_engine, supported_languages=["en"],
        default_score_threshold=ours.default_score_threshold,
        context_aware_enhancer=PresidioOnWeakResults(),
    )
    boosted = 0
    for text in CONTEXT_TEXTS:
        found = ours.analyze(text, language="en", return_decision_process=True)
        expected = reference.analyze(text, language="en")
        assert [(r.entity_type, r.start, r.end, r.score) for r in found] == [
            (r.entity_type, r.start, r.end, r.score) for r in expected
        ], text
        boosted += any(r.analysis_explanation and r.analysis_explanation.supportive_context_word for r in found)
    assert boosted >= 3  # the texts do exercise the context rule


@pytest.mark.parametrize("text, name", [
    ("The account holder is 王小明, please check.", "王小明"),
    ("Contact 山田太郎 at the branch.", "山田太郎"),
    ("Please ask محمد علي about the loan.", "محمد علي"),
    ("My landlord is דוד כהן and he wants cash.", "דוד כהן"),
    ("Send it to राहुल शर्मा please.", "राहुल शर्मा"),
    ("Transfer it to 김민수 today.", "김민수"),
])
def test_names_in_caseless_scripts_are_removed(text, name):
    out = scrub_one(text)
    assert name not in out and not any(part in out for part in name.split())
    assert "<PERSON>" in out
    before, after = text.split(name)
    assert out.startswith(before.split()[0]) and after.strip(" .,") in out


def test_text_mostly_in_a_caseless_script_is_left_to_the_english_pipeline():
    # Not English: removing every word would leave nothing to train on.
    text = "我的卡丢了，请帮我冻结。"
    assert scrub_one(text) == text
