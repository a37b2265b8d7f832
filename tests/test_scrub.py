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
    ("NATIONAL_ID", "My SSN is 078-05-1120 and my NI number is AB 12 34 56 C.",
     ["078-05-1120", "AB 12 34 56 C"], ["My SSN is", "and my NI number is"]),
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
