"""A dev set for the truecasing round (session 15): lower-case chat that
names people, organisations and towns no list of the scrubber holds, where
only the sentence says what a word is; and lower-case chat with no
identifier at all, whose words are ordinary English, some of them names too
("grace", "max", "chase"), as over-scrub controls.

    PYTHONPATH=. python benchmarks/scrub_truecase15_dev.py --half a   # tune on this
    PYTHONPATH=. python benchmarks/scrub_truecase15_dev.py --half b   # look once at the end

Where each value comes from (no reserved source):

* people: the given names of ``nomquamgender`` (MIT, dev data only) that no
  list of the scrubber holds (``scrub_names13_dev.dev_names``: four letters
  or more, no English word), alone, as a pair, or as first and last name;
  half a and half b take the names of one hash half each;
* towns: GeoNames' towns of 15,000 people or more of the half the scrubber
  is told to leave out (``world_places.DEV_LEAVE_OUT_HALF = 1``, as
  ``scrub_places_dev.py --unseen-half``), so no list holds them;
* organisations: such a name or two, bare, or before a trade word
  ("bank", "logistics", "telecom").

Templates were written for this round, 30 per half (half a and b share
none), 10 controls per half. Every text is lower case. Writes
``benchmarks/results/truecase15_dev_<half>[_<tag>].json``.
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

SEEDS = {"a": 1515, "b": 5151}

# {p}: a person, {o}: an organisation, {t}: a town.
TEMPLATES = {
    "a": """i sent the rent to {p} on friday but it bounced
{p} says the transfer never reached her
can you tell me why {o} charged me twice this month
my brother lives in {t} and wants to open an account
the card was used in {t} last night and it wasnt me
i work for {o} and my salary is late again
please add {p} as a second card holder
{p} and i share the savings pot, can she see my statement
the atm in {t} swallowed my card
we are moving from {t} to {t} next month, how do i change my address
got an email that looked like {o}, is it a scam
my payment to {o} is still pending after three days
{p} lent me 300 and i want to pay her back by transfer
is there a branch in {t} or only online
i had a call from {p} at your fraud team, is that real
the direct debit to {o} went out twice
my daughter {p} needs her own card, she's 16
i was on holiday in {t} and got charged a foreign fee
{o} refunded me but the money isnt showing
tell {p} that the form is signed
the parcel from {o} never came and i paid by card
my landlord {p} says she didnt get the deposit
i used to bank in {t} before i moved here
{p} from your team promised a callback yesterday
why does {o} show up as a pending payment
i live just outside {t} and the post is slow
send it to {p}, she handles our joint account
we met {p} at the branch and she said it was fine
{o} took 49.99 without asking
my mum in {t} cant log in to the app""".split("\n"),
    "b": """yesterday {p} told me the card would arrive in a week
{o} keeps declining my card, no idea why
i'm stuck in {t} with no money, please help
could {p} pay into my account with just my number
a guy called {p} rang me asking for my pin
the shop in {t} said my card was blocked
is {o} a partner of yours, they want my login
my wages from {o} came in short
how long does a transfer to {t} take
{p} is my carer and needs access to my account
i ordered from {o} and they charged in dollars
last week i withdrew cash in {t} and the fee was huge
my husband {p} lost his wallet, can you freeze his card
the bill from {o} is wrong, can i dispute it
we both work at {o}, can we get a joint account
{p} has power of attorney for my dad
i was born in {t}, does that matter for the form
she paid {p} for the car and wants it back
{o} says they never got the money
our office moved to {t} so the address changed
is it safe to give {p} my card details
my friend {p} can't verify her id online
flights from {t} were cancelled, can i get a refund
{o} sent me a new card i never asked for
he grew up in {t} and still gets letters there
i'm paying {p} back in three parts
{o} insurance took the premium twice
can my nephew {p} use my card abroad
my aunt in {t} wants to send me money
did {p} cancel the standing order or did you""".split("\n"),
}

# No identifier at all: nothing may be removed.
CONTROLS = {
    "a": """by the grace of god the refund finally came
what is the max i can top up in one go
i want to chase the payment, it's been a week
can i block my card and order a new one
the exchange rate was a total joke, pure robbery
i'd like to mark this transaction as fraud
is there a cap on how much i can withdraw at an atm
my bill shows a charge i dont recognise from yesterday
the wording on the statement is cryptic and confusing
i want to close the joint account and split the balance""".split("\n"),
    "b": """will the money arrive before the weekend
i hope the fee gets waived, it was a mistake
the summer deals on the card page are broken
she was frank with me about the overdraft limit
i got a rose gold card but wanted the black one
can you grant me a higher limit for the holiday
my joy ended when i saw the interest rate
the app is sluggish and the login is finicky
i need a sterling account for my trip
the cashback offer was a bit of a swindle""".split("\n"),
}

TRADES = "bank logistics telecom insurance foods motors energy media pharma airlines".split()


def build(n: int, half: str) -> list[dict]:
    import regex as re

    from scrub_names13_dev import dev_names
    from scrub_places_dev import dev_towns

    rng = random.Random(SEEDS[half])
    names = dev_names(0 if half == "a" else 1)
    towns = [t.lower() for t, _ in dev_towns(random.Random(7))]
    towns = [t for i, t in enumerate(towns) if i % 2 == (0 if half == "a" else 1)]
    slot = re.compile(r"\{([pot])\}")
    samples = []
    for i in range(n):
        control = i % 5 == 4
        template = rng.choice(CONTROLS[half] if control else TEMPLATES[half])
        text, spans, pos = "", [], 0
        for m in slot.finditer(template):
            text += template[pos:m.start()]
            key = m.group(1)
            if key == "p":
                a, b = rng.choice(names), rng.choice(names)
                value = rng.choice([a, f"{a} {b}", f"{a} {b}"])
                group = "person"
            elif key == "o":
                a, b = rng.choice(names), rng.choice(names)
                value = rng.choice([a, f"{a} {rng.choice(TRADES)}", f"{a} {b}"])
                group = "organisation"
            else:
                value, group = rng.choice(towns), "town"
            spans.append({"start": len(text), "end": len(text) + len(value), "group": group, "slot": key})
            text += value
            pos = m.end()
        text += template[pos:]
        samples.append({"text": text, "spans": spans, "lower": True, "group": "control" if control else "chat"})
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--half", choices=["a", "b"], default="a")
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("--tag", default="", help="added to the result file's name (e.g. before)")
    parser.add_argument("--out-dir", default=None, help="where the JSON goes (default benchmarks/results)")
    parser.add_argument("--show-misses", type=int, default=0)
    parser.add_argument("--show-overscrub", type=int, default=0)
    args = parser.parse_args()

    from client.scrub import world_places
    from helpers import RESULTS
    from scrub_chat_eval import predict
    from scrub_people_dev import score

    world_places.DEV_LEAVE_OUT_HALF = 1  # the towns below are in the half left out
    samples = build(args.n, args.half)
    predictions, seconds = predict([s["text"] for s in samples])
    figures, misses, over = score(samples, predictions)
    figures = {
        "half": args.half, "texts": len(samples),
        "whole_survival_pct": figures["person_whole_survival_pct"],
        "identifying_words_survival_pct": figures["name_words_survival_pct"],
        "ordinary_words_removed_pct": figures["ordinary_words_removed_pct"],
        "control_texts_touched_pct": figures["plain_texts_touched_pct"],
        "texts_per_s": round(len(samples) / seconds),
    }
    print(json.dumps(figures, indent=1))
    rng = random.Random(1)
    for group, value, text in rng.sample(misses, min(len(misses), args.show_misses)):
        print(f"MISS {group}: {value!r} in {text!r}")
    for removed, text in over[: args.show_overscrub]:
        print("OVER", removed, repr(text))
    out_dir = Path(args.out_dir) if args.out_dir else RESULTS
    out_dir.mkdir(parents=True, exist_ok=True)
    name = f"truecase15_dev_{args.half}{'_' + args.tag if args.tag else ''}.json"
    (out_dir / name).write_text(json.dumps(figures, indent=1) + "\n")


if __name__ == "__main__":
    main()
