"""Dev set for lower-case words that are also names, session 20 (ordinary20).

    PYTHONPATH=. python benchmarks/scrub_ordinary20_dev.py [-n 600] [--half a|b] [--show 40] [--out FILE]

Chat lines with no identifier whose lower-case words are also first names or
surnames, used as ordinary words ("i will bill you", "mark it as paid", "the
grace period", "hope it works", "a frank chat"); as the control, the same
words as real names in a name's slot ("ask will to call me", "thanks grace!",
"spoke to frank moreau today"), labelled; and firms and street addresses
next to such chat words ("acme ltd will bill me", "sent it to 4 oak lane,
hope it arrives"). Names, street addresses and firms are labelled; every
other word is ordinary and must stay.

A text of one in two is typed in lower case, one in five with every word
capitalised. Half ``a``: its words, frames and Faker locales; half ``b``:
other words, other frames, other locales, reported once at the start and
once at the end, never tuned on. Half ``c`` (other words, frames and locales
again), written after the round's change (half b's trace had shown its
cases before it), scored once before and once after it:
``build(n, "c")`` (``--half`` takes a or b). A text of two in five ends with a BANKING77
query (``scrub_quasi_dev._carriers``). Scoring is ``scrub_ordinary17_dev``'s.

Values: surnames, street addresses and companies from Faker's providers
(MIT); words and frames written here.
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

LOCALES = {"a": ["en_US", "en_GB", "en_AU", "en_IN", "fr_FR", "de_DE"],
           "b": ["en_CA", "en_NZ", "en_IE", "it_IT", "nl_NL", "es_MX"],
           "c": ["no_NO", "da_DK", "pt_PT", "cs_CZ", "fi_FI", "ro_RO"]}

_TYPES = {"w": "PERSON", "wname": "PERSON", "addr": "STREET_ADDRESS", "org": "ORGANIZATION"}

# The words: each is a first name or a surname somewhere and an English word.
# Each with lines that use it as an ordinary word (no identifier).
ORDINARY = {
    "a": {
        "will": ["i will pay it tomorrow", "will the refund take long", "it will not let me log in"],
        "mark": ["mark the payment as paid please", "the transfer hit the 500 mark", "can u mark it urgent"],
        "bill": ["my phone bill was charged twice", "they will bill me again", "the bill is wrong"],
        "grace": ["the grace period is over", "is there a grace period on the loan"],
        "hope": ["hope it works this time", "i hope the card arrives soon", "no hope of a refund i guess"],
        "rose": ["the fee rose again this month", "prices rose so my limit is too low"],
        "jack": ["dont jack up the fee pls", "the jack of my charger broke"],
        "frank": ["to be frank the app is awful", "we had a frank talk at the branch"],
        "guy": ["the guy at the branch was rude", "some guy called me about my card"],
        "art": ["art supplies were charged twice", "the art shop refund never came"],
        "pat": ["i had to pat down my pockets for the card", "give yourself a pat on the back"],
        "sue": ["i will sue if this goes on", "can i sue the shop for this"],
        "faith": ["i lost faith in this bank", "i have faith it gets fixed"],
        "penny": ["not a penny was refunded", "every penny counts"],
        "dawn": ["it dawned on me the card was gone", "the app crashed at dawn"],
        "ray": ["a ray of hope at last", "the x ray bill was charged twice"],
        "max": ["whats the max i can withdraw", "max limit is too low"],
        "joy": ["no joy with the transfer", "the refund was a joy to see"],
    },
    "b": {
        "ruby": ["my ruby ring order was never delivered", "paid for the ruby earrings twice"],
        "dale": ["the dale cottage rent was taken twice", "we hiked the dale and lost the card"],
        "sky": ["the sky high fee is a joke", "my sky tv bill doubled"],
        "summer": ["the summer trip was charged twice", "since summer my card is slow"],
        "may": ["may i change my pin", "you may need a new card", "it may take a week"],
        "june": ["the june statement is wrong", "since june nothing works"],
        "holly": ["bought holly wreaths and got charged twice", "the holly bush shop refunded me"],
        "sandy": ["the sandy beach bar charged me twice", "my card got sandy and stopped working"],
        "ivy": ["the ivy on the atm hid the slot", "ivy league fees are high"],
        "chase": ["i had to chase the refund for weeks", "dont make me chase you again"],
        "miles": ["my air miles are not added", "the atm is miles away"],
        "drew": ["we drew cash twice by mistake", "i drew out 200 yesterday"],
        "olive": ["the olive oil order was refunded", "an olive green card came"],
        "amber": ["the app shows an amber warning", "amber light on the card reader"],
        "hunter": ["the bargain hunter in me is sad", "a job hunter needs a cheap account"],
        "earl": ["earl grey tea was charged twice", "the earl grey order bounced"],
        "rob": ["they rob me with these fees", "dont rob me of my refund"],
        "cliff": ["the fee fell off a cliff", "the cliff top cafe charged me twice"],
    },
    "c": {
        "hazel": ["my hazel eyes dont match the id photo lol", "a hazel nut bar was charged twice"],
        "pearl": ["lost a pearl necklace and the card with it", "the pearl shop never refunded"],
        "violet": ["the app turned violet after the update", "ordered violet paint, got charged twice"],
        "ginger": ["ginger beer order went through twice", "bought some ginger and the card failed"],
        "coral": ["the coral reef tour was double charged", "a coral coloured card arrived"],
        "heather": ["the heather hills trip cost twice", "heather honey order not delivered"],
        "willow": ["willow tree nursery charged me", "the willow basket shop wants my pin"],
        "autumn": ["since autumn my card keeps failing", "autumn fees went up"],
        "jasmine": ["jasmine tea subscription renewed without asking", "the jasmine rice order bounced"],
        "sterling": ["pay in sterling not euros pls", "the sterling rate looks wrong"],
        "brook": ["i cant brook another delay", "the brook side cafe charged twice"],
        "basil": ["basil pesto order charged twice", "my basil plant delivery never came"],
        "rusty": ["my rusty old card stopped working", "im rusty with this app, help"],
        "misty": ["misty screen on the atm, couldnt read it", "a misty morning and no cash"],
    },
}
# A name's slots: the same words as a person's first name ({w}) or full name ({wname}).
SLOTS = {
    "a": ["ask {w} to call me back", "thanks {w}!", "{wname} sent the form yesterday", "spoke to {wname} today",
          "my friend {w} told me to ask here", "hi {w}, my card is blocked", "cc {wname} pls", "is {w} there?"],
    "b": ["tell {w} i said sorry", "cheers {w}, appreciate it", "{wname} wants the money back",
          "need {wname} to sign it first", "morning {w}, quick one", "yo {w} u there", "{w} just messaged me",
          "got it {w}, thx"],
    "c": ["can {w} call me", "{wname} has my card", "waiting on {w} to confirm", "sorry {w}, wrong number",
          "i sent {wname} 50 quid", "{w} is my sister"],
}
# Firms and addresses next to the words used as ordinary words.
BESIDE = {
    "a": ["{org} will bill me again", "sent it to {addr}, hope it arrives", "{org} said the grace period is over",
          "{addr} will do, thanks", "paid {org} and no joy since", "mark {addr} as my new address",
          "{org} guy was rude", "to be frank {org} is awful"],
    "b": ["{org} may charge a fee", "ship it to {addr}, may take a week", "had to chase {org} for weeks",
          "{addr} since june", "{org} drew the money twice", "the {org} summer promo charged me",
          "{addr} is miles away from the branch", "{org} rob me every month"],
    "c": ["{org} charged me in sterling", "{addr}, autumn rent is due", "the {org} pearl card is gone",
          "{addr} has a willow tree outside"],
}
OPENERS = {"a": ["", "", "hi,", "hello", "ok so", "urgent:"], "b": ["", "", "hey", "morning", "right so", "pls help:"],
           "c": ["", "", "hiya", "evening", "so", "quick q:"]}


def _people(half: str, seed: int):
    from faker import Faker

    out = []
    for loc in LOCALES[half]:
        f = Faker(loc)
        f.seed_instance(seed)
        for _ in range(30):
            addr = " ".join(f.street_address().split())
            out.append({"last": f.last_name(), "addr": addr, "org": f.company()})
    return out


def build(n: int, half: str) -> list[dict]:
    seed = {"a": 2001, "b": 2002, "c": 2003}[half]
    rng = random.Random(seed)
    people = _people(half, seed)
    carriers = _carriers()
    words = sorted(ORDINARY[half])
    samples = []
    for i in range(n):
        case = rng.random()  # lower case, as typed, or every word capitalised
        word = rng.choice(words)
        kind = i % 4  # ordinary, ordinary, a name's slot, a firm or address beside the words
        parts = [rng.choice(OPENERS[half])]
        if kind < 2:
            parts.append(rng.choice(ORDINARY[half][word]))
        elif kind == 2:
            parts.append(rng.choice(SLOTS[half]))
        else:
            parts.append(rng.choice(BESIDE[half]))
        if rng.random() < 0.4:
            parts.append(rng.choice(ORDINARY[half][rng.choice(words)]))
        parts = [p for p in parts if p]
        person = rng.choice(people)
        values = {**person, "w": word, "wname": f"{word} {person['last']}"}
        text, spans = "", []
        for k, part in enumerate(parts):
            filled, found = _fill(part, values, _TYPES)
            if case < 0.5:
                filled = filled.lower()
            elif case > 0.8:
                filled = " ".join(w[:1].upper() + w[1:] for w in filled.split(" "))
            elif found and found[0][2] == "PERSON":
                a, b, _ = found[0]  # as typed: a name with its capitals
                filled = filled[:a] + " ".join(w[:1].upper() + w[1:] for w in filled[a:b].split(" ")) + filled[b:]
            if k:
                text += " " if text.endswith((",", ":")) else rng.choice([", ", ". ", "\n"])
            spans += [(a + len(text), b + len(text), t) for a, b, t in found]
            text += filled
        if rng.random() < 0.4:
            carrier = rng.choice(carriers)
            text += ". " + (carrier.lower() if case < 0.5 else carrier)
        samples.append({"text": text, "spans": [{"start": a, "end": b, "type": t} for a, b, t in spans]})
    return samples


def main() -> None:
    scrub_ordinary17_dev.main(build, __doc__)


if __name__ == "__main__":
    main()
