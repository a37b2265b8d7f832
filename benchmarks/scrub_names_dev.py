"""A dev set for people's and organisations' names in chat positions (issue 13,
session 8), scored like ``scrub_chat_eval.py``.

    PYTHONPATH=. python benchmarks/scrub_names_dev.py                # recognizers load half "a" only
    PYTHONPATH=. python benchmarks/scrub_names_dev.py --show-misses 30
    PYTHONPATH=. python benchmarks/scrub_names_dev.py --templates second   # wordings not tuned on
    PYTHONPATH=. python benchmarks/scrub_names_dev.py --full         # the shipped full list (not a fair measure)

Where each value comes from (none from a list the measured recognizers load):

* people: first names from half ``b`` of gender-guesser's name dictionary
  (``client.scrub.world_names.dev_half_names``; the split is a fixed hash of the
  name) that are in none of Faker's name lists, while the recognizers load half
  ``a`` only (``world_names.LOADED_HALF = "a"``, set here before the engine is
  built). A full name is two such words (many of the file's countries use a
  given name as a patronymic or family name); words English uses (pyspellchecker
  frequency 100 or more) are left out. Title case,
  or lower-cased with the whole text.
* organisations: one or two such words before a legal form from ``cleanco``'s
  list (a closed catalogue the recognizer loads whole: this measures the rule
  around the form, not the catalogue), an organisation word, "and" / "&" or
  "brothers"; or after a bank or employer cue.
* text: templates written here for this round (openings, sign-offs, account
  holder, beneficiary, relations, "X and Y", "-- x y", "cc: X", bank and
  employer cues), each with ordinary words around the value; ``--templates
  second``: a second set written after the rules were tuned on the first.

``--part dev_names`` is the only part; it is no held-out set. Writes
``benchmarks/results/scrub_names_dev.json`` (``--out`` another name).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

SEED = 20261208

# {p}: a first name alone, {pp}: a full name, {o}: an organisation.
PERSON_TEMPLATES = """hi {p}, thanks for getting back to me so quickly
hello {p}, my card still hasn't arrived
dear {pp}, i am writing about the refund on my account
thanks {p}! that fixed it
cheers, {p}
kind regards,\\n{pp}
many thanks\\n{p}
-- {pp}
sent from my phone\\n{p}
the account holder is {pp} and she is abroad right now
account holder: {pp}
beneficiary name: {pp}
the beneficiary is {pp}, can you check the transfer
i sent 200 to {pp} yesterday and it still shows pending
my colleague {p} said the app lets you freeze a card
my landlord {pp} has not received the rent
our neighbour {p} got the same scam text
my husband {p} can't log into our joint account
{p} and {p2} both have cards on this account
can {p} use my card if i add her as a user
cc: {pp}
cc {p}, who handles our payroll
please ask {p} to call me back
i spoke to {p} on the phone last week and nothing happened
{p} from your team told me the fee would be waived
is {p} still working on my case?
{pp} here, i lost my wallet this morning
my name is {pp} and i need a new pin
this is {p} again, any update on the chargeback?
{p} said it would take 3 days
the card is in the name of {pp}
please transfer it to {pp} instead
i am helping my mother {pp} with her online banking
on behalf of {pp}, i want to close the account
attn: {pp}
from: {pp}\\nsubject: card declined
can you send the statement to {p} too
my son {p} is 17, can he open an account""".split("\n")

ORG_TEMPLATES = """i bank with {o} and want to move my savings here
my salary comes from {o} every month
my salary is paid by {o} but it came late
payment to {o} was declined twice
the payment to {o} is still pending
i work for {o} as a driver
my employer is {o}
{o} charged me twice for one order
i got a refund from {o} but it is not showing
why did {o} take money from my account
i have a direct debit to {o}
invoice from {o} attached, please check it
we use {o} for our payroll
the merchant was {o} and i don't recognise it""".split("\n")

# A second set, written after the rules above were tuned on the first: wordings
# none of them was fitted to (``--templates second``).
PERSON_TEMPLATES_2 = """good morning {p}, is the branch open today
yo {p} quick question about my overdraft
{p}: hey, my transfer bounced
{p} - card not arriving
thank you so much {p}, really appreciate it
best wishes,\\n{pp}
warm regards\\n{pp}
thx again - {p}
recipient: {pp}\\namount: 250
payee name {pp}
name on the account: {pp}
my flatmate {pp} wants to open one too
my boss {p} asked for a bank letter
my daughter {p} lost her card at school
i'm {pp}, a customer since 2015
{pp} is my authorised user
did {p} get my message?
will {p} call me back today?
i told {p} and {p2} to wait for the refund
forwarded to {p} in accounts
regarding my late father {pp}, what do i need
please add {pp} as a second holder
the card says {pp} but my name is spelled differently
can you put {p} on the phone
signed,\\n{pp}""".split("\n")

ORG_TEMPLATES_2 = """my wages come from {o}
i'm employed at {o} since march
the transfer to {o} bounced
{o} keeps taking money without asking
a charge from {o} i never made
i'm a contractor for {o}
direct deposit from {o} is late
who is {o}? they took 40 pounds
we buy supplies from {o} every week
pending payment: {o}""".split("\n")

# Short everyday sentences with product and bank words that must stay whole.
PLAIN = """my apple pay stopped working after the update
can i use google pay with this card
the direct debit to my gym failed
is visa accepted abroad
the app keeps logging me out
i want to set up a standing order
we split the bill and my friend paid me back
please send me the form as soon as possible
i moved abroad as a student and need a new card
my partner and i share the account""".split("\n")


def _title(word: str) -> str:
    return word[:1].upper() + word[1:]


def _org_value(rng, words, legal_forms) -> str:
    a, b = rng.choice(words), rng.choice(words)
    shape = rng.randrange(6)
    if shape == 0:
        return f"{_title(a)} {rng.choice(legal_forms)}"
    if shape == 1:
        return f"{_title(a)} {_title(b)} {rng.choice(legal_forms)}"
    if shape == 2:
        return f"{_title(a)} and {_title(b)}"
    if shape == 3:
        return f"{_title(a)} & {_title(b)}"
    if shape == 4:
        return f"{_title(a)} Brothers"
    return f"{_title(a)} {rng.choice(['Group', 'Holding', 'Partners', 'Studio', 'Consulting', 'Trading'])}"


def build(n: int, seed: int = SEED, templates: str = "first") -> list[dict]:
    """``n`` labelled samples: text and spans of PERSON / ORGANIZATION values."""
    import regex as re
    from cleanco.termdata import terms_by_country

    from client.scrub.words import _english_words, _name_words_from
    from client.scrub.world_names import dev_half_names

    faker_names, english = _name_words_from(""), _english_words()
    names = sorted(n for n in dev_half_names("b")
                   if n not in faker_names and n not in english and len(n) > 3 and n.isalpha())
    legal_forms = sorted({t.strip() for terms in terms_by_country.values() for t in terms if len(t.strip()) > 1})
    rng = random.Random(seed)
    samples = []
    slot = re.compile(r"\{(pp|p2|p|o)\}")
    for i in range(n):
        kind = i % 5
        people, firms = (PERSON_TEMPLATES, ORG_TEMPLATES) if templates == "first" \
            else (PERSON_TEMPLATES_2, ORG_TEMPLATES_2)
        template = rng.choice(firms if kind == 3 else PLAIN if kind == 4 else people)
        template = template.replace("\\n", "\n")
        lower = rng.random() < 0.5
        text, spans, pos = "", [], 0
        for m in slot.finditer(template):
            text += template[pos:m.start()]
            key = m.group(1)
            if key == "o":
                value, label = _org_value(rng, names, legal_forms), "ORGANIZATION"
            elif key == "pp":
                value, label = f"{_title(rng.choice(names))} {_title(rng.choice(names))}", "PERSON"
            else:
                value, label = _title(rng.choice(names)), "PERSON"
            if lower:
                value = value.lower()
            spans.append({"start": len(text), "end": len(text) + len(value), "type": label})
            text += value
            pos = m.end()
        text += template[pos:]
        if not lower:
            text = text[:1].upper() + text[1:]
        samples.append({"text": text, "spans": spans})
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=1500)
    parser.add_argument("--full", action="store_true", help="load the full world list (not a fair measure)")
    parser.add_argument("--templates", choices=["first", "second"], default="first",
                        help="second: templates written after the rules were tuned on the first")
    parser.add_argument("--show-misses", type=int, default=0)
    parser.add_argument("--show-overscrub", type=int, default=0)
    parser.add_argument("--out", default="scrub_names_dev.json")
    args = parser.parse_args()

    from client.scrub import world_names

    if not args.full:
        world_names.LOADED_HALF = "a"
    from helpers import RESULTS
    from scrub_chat_eval import marked, predict, score

    samples = build(args.n, templates=args.templates)
    texts = [s["text"] for s in samples]
    predictions, seconds = predict(texts)
    figures, misses = score(samples, predictions)
    figures["texts_per_s"] = round(len(texts) / seconds)
    figures["loaded_half"] = world_names.LOADED_HALF or "full"
    figures["templates"] = args.templates
    print(json.dumps(figures, indent=1))
    for category, value, text in misses[: args.show_misses]:
        print(f"MISS {category}: {value!r} in {text!r}")
    if args.show_overscrub:
        shown = 0
        for sample, spans in zip(samples, predictions):
            gold = marked(sample["text"], [(s["start"], s["end"]) for s in sample["spans"]])
            extra = [(a, b) for a, b in spans if not any(gold[a:b])]
            if extra and shown < args.show_overscrub:
                shown += 1
                print("OVER", [sample["text"][a:b] for a, b in extra], repr(sample["text"]))
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / args.out).write_text(json.dumps(figures, indent=1) + "\n")


if __name__ == "__main__":
    main()
