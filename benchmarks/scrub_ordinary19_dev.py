"""Dev set for ordinary words removed at the edges of names, addresses and firms, session 19 (ordinary19).

    PYTHONPATH=. python benchmarks/scrub_ordinary19_dev.py [-n 600] [--half a|b] [--show 40] [--out FILE]

Chat lines where an identifier sits right before or after the words chat is
typed with: "john pls call", "12 main st asap", "acme ltd said", "hi sam
thanks", "ask maria lopez today", "sent to 45 oak avenue here"; and lines with
no identifier whose lower-case words are also names ("i will bill you",
"mark it as paid", "the grace period", "hope it works"), or words of other
languages and places chat types in English ("inshallah", "gcash", "matatu"). Names, street
addresses and firms are labelled; every other word is ordinary and must stay.

A text of two in five is typed in lower case, one in four with every
word capitalised ("Ship To 14 Oak Lane Today Please").

Half ``a``: its frames, chat words and name-like words, Faker locales of
English-speaking and a few other countries. Half ``b``: other frames, other
chat words, other name-like words, other Faker locales; reported once at the
start and once at the end, never tuned on. A
text of two in five ends with a BANKING77 query
(``scrub_quasi_dev._carriers``). Scoring is ``scrub_ordinary17_dev``'s.

Values: names, street addresses and companies from Faker's providers (MIT);
frames and words written here.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import scrub_ordinary17_dev  # noqa: E402
from scrub_ordinary17_dev import _fill  # noqa: E402
from scrub_quasi_dev import _carriers  # noqa: E402

LOCALES = {"a": ["en_US", "en_GB", "en_AU", "en_IN", "es_ES", "de_DE", "fr_FR", "en_PH"],
           "b": ["en_CA", "en_NZ", "it_IT", "nl_NL", "pt_BR", "pl_PL", "fr_CH", "sv_SE"]}

_TYPES = {"name": "PERSON", "first": "PERSON", "addr": "STREET_ADDRESS", "org": "ORGANIZATION"}

# Frames: an identifier with chat words right before or after it.
FRAMES = {
    "a": [
        "{first} pls call me back", "hi {first} thanks for the help", "{name} pls send the form asap",
        "ask {name} asap about the transfer", "thanks {first}! much appreciated", "ok {first} will do",
        "pls ask {first} to call me tmrw", "my friend {name} told me to ask here", "{name} sent the form yesterday",
        "call {first} now", "hey {first}, can u check my balance", "{first} here, my card is blocked",
        "cc {name} pls", "spoke to {name} today and she said wait", "is {first} there?",
        "ship it to {addr} today thx", "sent it to {addr} here in town", "{addr} asap pls",
        "deliver to {addr} pls, ring the bell", "my new address is {addr} thanks", "moved to {addr} last week",
        "{addr} is where i live now", "the card went to {addr} instead", "pls update it to {addr} asap",
        "{org} said the card was blocked", "the invoice from {org} says 40 usd", "{org} refused the refund today",
        "i work at {org} now", "{org} told me to call you", "paid {org} twice this month",
        "my salary from {org} didnt arrive", "{org} charged me again", "is {org} a scam?",
    ],
    "b": [
        "{first} can u ring me later", "cheers {first} appreciate it", "yo {first} u there",
        "{name} still waiting on the refund", "tell {name} i said sorry", "morning {first}, quick one",
        "{first} just messaged me", "got it {first}, thx again", "need {name} to sign it first",
        "{name} wants the money back", "sorry {first} my bad", "is this {name} or someone else",
        "{addr} tmrw ok?", "card should go to {addr} not the old one", "we r at {addr} now",
        "can you post it to {addr} please", "{addr} was the old one", "left it at {addr} yesterday",
        "{org} wants another fee", "got an email from {org} about it", "{org} never replied",
        "switched to {org} last year", "{org} blocked my payment again", "why did {org} take 20 quid",
    ],
}
# Lines with no identifier whose lower-case words are also first names somewhere.
NAME_WORDS = {
    "a": [
        "i will bill you tomorrow", "mark the payment as paid please", "can i get a grant for this",
        "hope my card works today", "the grace period is over", "we had a frank talk about it",
        "i will sue if this goes on", "jack up the limit pls", "my rose garden fund is gone",
        "the summer sale charge is wrong", "art supplies were charged twice", "a ray of hope at last",
        "dawn is when the app crashes", "i have faith it gets fixed", "not a penny was refunded",
        "max limit is too low", "the guy at the branch was rude", "joy, the refund came",
        "will it take long", "the cash was in an envelope",
        "paid with ecocash but it failed", "inshallah it arrives tomorrow", "wallahi i paid twice",
        "habibi pls check my account", "the matatu fare was charged twice", "the tenge rate is bad",
        "the jeepney driver has my wallet", "gracias for the help", "shukran for the quick reply",
        "sawubona, need help with my pin", "namaste, the app crashes", "bring the cedula to the branch",
        "my gcash wallet shows zero", "the chama contribution bounced",
    ],
    "b": [
        "i had to chase the refund", "the page wont load", "we drew cash twice",
        "miles are not added", "the cliff edge fee is silly", "gene therapy bill came",
        "the sandy floor ruined my card", "rusty old card got stuck", "the ivy league fee",
        "holly day card declined", "olive oil order was refunded", "ruby ring was never delivered",
        "crystal clear now thanks", "its our destiny to wait lol", "august payment missing",
        "june bill was wrong", "may i change my pin", "the dale cottage rent was taken",
        "sonny boy got a new card", "misty morning, no cash",
        "salamat po for the help", "asante sana, it worked", "mashallah the card came",
        "the bajaj driver took cash", "the dala dala fare was charged", "the marshrutka fare doubled",
        "paid in ringgit by mistake", "the ojek driver wants a refund", "my airtime was not added",
        "the sacco loan is overdue", "topped up my paytm twice", "my momo wallet is empty",
        "the tro tro fare was charged twice", "obrigado, all good now",
    ],
}
OPENERS = {"a": ["", "", "hi,", "hello", "ok so", "urgent:"], "b": ["", "", "hey", "morning", "right so", "pls help:"]}


def _people(half: str, seed: int):
    from faker import Faker

    out = []
    for loc in LOCALES[half]:
        f = Faker(loc)
        f.seed_instance(seed)
        for _ in range(30):
            first, last = f.first_name(), f.last_name()
            addr = " ".join(f.street_address().split())
            out.append({"name": f"{first} {last}", "first": first, "addr": addr, "org": f.company()})
    return out


def build(n: int, half: str) -> list[dict]:
    seed = {"a": 1901, "b": 1902}[half]
    rng = random.Random(seed)
    people = _people(half, seed)
    carriers = _carriers()
    samples = []
    for i in range(n):
        case = rng.random()  # lower case, as typed, or every word capitalised
        parts = [rng.choice(OPENERS[half])]
        parts.append(rng.choice(FRAMES[half]) if i % 3 else rng.choice(NAME_WORDS[half]))
        if rng.random() < 0.3:
            parts.append(rng.choice(NAME_WORDS[half]))
        parts = [p for p in parts if p]
        values = rng.choice(people)
        text, spans = "", []
        for k, part in enumerate(parts):
            filled, found = _fill(part, values, _TYPES)
            if case < 0.45:
                filled = filled.lower()
            elif case > 0.75:
                filled = " ".join(w[:1].upper() + w[1:] for w in filled.split(" "))
            if k:
                text += rng.choice([", ", ". ", "\n"])
            spans += [(a + len(text), b + len(text), t) for a, b, t in found]
            text += filled
        if rng.random() < 0.4:
            carrier = rng.choice(carriers)
            text += ". " + (carrier.lower() if case < 0.45 else carrier)
        samples.append({"text": text, "spans": [{"start": a, "end": b, "type": t} for a, b, t in spans]})
    return samples


def main() -> None:
    scrub_ordinary17_dev.main(build, __doc__)


if __name__ == "__main__":
    main()
