"""A dev set for people's names that no list of the scrubber holds (session
17), in the frames chat puts them in: subject, object, after a preposition,
greeted or thanked, in a list ("x, y and z"), possessive; typed in lower case
in text with capitals elsewhere ("mixed"), in text with no capital ("lower")
and capitalised ("cased"). As over-scrub controls: chat with typos, slang,
brand and product words, other languages' everyday words and words that are
names too, in lower case and capitalised.

    PYTHONPATH=. python benchmarks/scrub_people17_dev.py --half a   # tune on this
    PYTHONPATH=. python benchmarks/scrub_people17_dev.py --half b   # look at the start and once at the end

(``SCRUB_BANKING77_DIR=/work/shared/datasets/banking77`` from a worktree
outside /work/main: the carriers are read as ``scrub_quasi_dev`` does.)

The recognizers load world-name half ``a`` only (``world_names.LOADED_HALF =
"a"``, set here before the engine is built) for both halves. Where each value
comes from (no reserved source; see helper_common.md):

* half a names: ``scrub_names13_dev.dev_names(0)`` (``nomquamgender``'s given
  names that no list holds), less the census names the scrubber ships;
* half b names: gender-guesser's world names of hash half ``b``
  (``world_names.dev_half_names("b")``, not loaded here), less every name
  Faker, the census list or the east-asian list holds, and English words:
  names of ~55 countries the recognizers never saw;
* controls: typos made here by one random edit of a frequent English word
  (seeded per half), slang and brand words written here (half a and b share
  none), Faker ``lorem`` words of other languages (half a: es fr de it nl,
  half b: cs da fil pl az).

Templates were written for this round; half a and b share none. Each text
gets a BANKING77 query before or after it one time in two. Writes
``people17_dev_<half>[_<tag>].json`` under ``--out-dir`` (default
benchmarks/results).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

SEEDS = {"a": 1717, "b": 7171}

# {p}: a person; frame: where the name sits. Written in natural case.
TEMPLATES = {
    "a": {
        "subject": """{p} sent me the form this morning, can you check it?
{p} says the refund never arrived.
Yesterday {p} paid the deposit with my card.
I think {p} changed my PIN without asking.""",
        "object": """I paid {p} 40 for the tickets and it is still pending.
Can I add {p} as a second card holder?
I told {p} the transfer would take a day.
Please don't charge {p} twice for my order.""",
        "preposition": """The money went to {p} instead of me.
I had dinner with {p} and my card got declined.
Got a text from {p} asking for my code, is that you?
The rent is split between me and {p} every month.""",
        "vocative": """Thanks {p}, the card works now.
Hi {p}, my top up failed again.
ok {p}, I will wait for the refund.
Cheers {p}! The transfer arrived.""",
        "list": """I sent money to {p}, {q} and {r} but only one arrived.
{p}, {q} and I share the account.""",
        "possessive": """I used {p}'s card by mistake, what now?
The payment was for {p}'s birthday present.
Is {p}'s account linked to mine?""",
    },
    "b": {
        "subject": """Last week {p} opened an account with you.
{p} wants to know why the fee is so high.
Do you know if {p} got the money?
Apparently {p} never received the new card.""",
        "object": """Could you call {p} back about the loan?
We invited {p} and the payment for the hall failed.
I owe {p} money, how do I send it abroad?
My landlord asked {p} for the deposit, not me.""",
        "preposition": """There is a charge from {p} I don't recognise.
I went shopping for {p} and the card was declined.
The parcel was left with {p} next door.
My savings are shared with {p} since May.""",
        "vocative": """Hello {p}, the app keeps crashing.
Thank you {p}! All sorted.
Dear {p}, please freeze my card.
Morning {p}, any news on my refund?""",
        "list": """{p}, {q} and {r} all got charged the same fee.
Me, {p} and {q} booked the trip on my card.""",
        "possessive": """My payment ended up in {p}'s account.
Can I pay {p}'s phone bill from my app?
I am {p}'s guardian and need access.""",
    },
}

CONTROLS = {
    "a": """I {typo} the money yesterday but it shows as pending.
my {typo} is not working since the update
lol the {slang} fee is {slang} ngl
I paid with {brand} and the refund never came.
can i top up from my {brand} wallet
The shop said {foreign} {foreign} and charged me twice.
my gran says {foreign} when the app crashes
Will you mark the payment as urgent?
The bill was higher than it should be.
{Typo} transfer to my own account failed.""".split("\n"),
    "b": """Why is my {typo} still blocked?
the {typo} came through but the balance is wrong
{slang} the card got declined again, so {slang}
Does {brand} work with your cards?
i bought a {brand} and it says declined
He wrote {foreign} {foreign} in the reference.
the label said {foreign} so i paid
Frank answer please: why was my card declined?
i'd like to chase the missing refund
{Typo} is the fee so high?""".split("\n"),
}
SLANG = {
    "a": "bruh sus lowkey highkey yeet deadass bussin finna gonna wanna kinda sorta smh fr ngl bet cap".split(),
    "b": "yolo tbh imo omg idk rn irl iykyk salty stan vibe vibes slay mid periodt legit sketchy".split(),
}
BRANDS = {
    "a": "airpods playstation tiktok snapchat netflix spotify uber deliveroo zalando shein aliexpress".split(),
    "b": "xbox nintendo instagram whatsapp hulu disney lyft doordash temu etsy ikea".split(),
}
FOREIGN = {"a": ("de_DE", "es_ES", "fr_FR", "it_IT", "nl_NL"), "b": ("cs_CZ", "da_DK", "fil_PH", "pl_PL", "az_AZ")}
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def names(half: str) -> list[str]:
    from client.scrub.words import _english_words
    from client.scrub.world_names import _all_ascii_faker_names, _all_census_names, dev_half_names

    english, census = _english_words(), _all_census_names()
    if half == "a":
        from scrub_names13_dev import dev_names

        return [n for n in dev_names(0) if n not in census]
    from scrub_names13_dev import _east_asian_words

    known = _all_ascii_faker_names() | _east_asian_words()
    return sorted(n for n in dev_half_names("b") if n.isascii() and n.isalpha() and len(n) >= 4
                  and n not in english and n not in census and n not in known)


def typos(half: str, rng) -> list[str]:
    """One random edit of English words of middling frequency, that is itself no word."""
    from client.scrub.words import _english_frequencies, _english_words

    english = _english_words()
    pool = sorted(w for w, f in _english_frequencies().items() if 5_000 <= f and len(w) >= 5 and w.isalpha() and w.isascii())
    pool = pool[0::2] if half == "a" else pool[1::2]
    out = []
    while len(out) < 400:
        w = rng.choice(pool)
        k = rng.randrange(len(w))
        kind = rng.randrange(3)
        t = (w[:k] + w[k + 1:] if kind == 0 else w[:k] + rng.choice(_LETTERS) + w[k + 1:] if kind == 1
             else w[:k] + rng.choice(_LETTERS) + w[k:])
        if t not in english and t != w:
            out.append(t)
    return out


def foreign(half: str) -> list[str]:
    from scrub_names13_dev import foreign_words

    return foreign_words(FOREIGN[half])


def build(n: int, half: str) -> list[dict]:
    from scrub_quasi_dev import _carriers

    rng = random.Random(SEEDS[half])
    pool, carriers = names(half), _carriers()
    fills = {"typo": typos(half, rng), "slang": SLANG[half], "brand": BRANDS[half], "foreign": foreign(half)}
    frames = [(f, t) for f, block in TEMPLATES[half].items() for t in block.split("\n")]
    slot = re.compile(r"\{(p|q|r|typo|Typo|slang|brand|foreign)\}")
    samples = []
    for i in range(n):
        control = i % 5 == 4
        mode = ("mixed", "lower", "mixed", "cased")[i % 4] if not control else ("mixed", "lower")[i % 2]
        if control:
            frame, template = "control", rng.choice(CONTROLS[half])
        else:
            frame, template = rng.choice(frames)
        text, spans, pos = "", [], 0
        for m in slot.finditer(template):
            text += template[pos:m.start()]
            key = m.group(1)
            pos = m.end()
            if key.lower() in fills:
                value = rng.choice(fills[key.lower()])
                text += value.capitalize() if key[0].isupper() else value
                continue
            value = rng.choice(pool)
            if key == "p" and frame in ("subject", "object", "preposition") and rng.random() < 0.3:
                value = f"{value} {rng.choice(pool)}"
            form = "full" if " " in value else "one"
            if mode == "cased":
                value = " ".join(w.capitalize() for w in value.split())
            spans.append({"start": len(text), "end": len(text) + len(value), "frame": frame, "form": form})
            text += value
        text += template[pos:]
        if mode == "lower":
            text = text.lower()
        if rng.random() < 0.5:
            carrier = rng.choice(carriers)
            if mode == "lower":
                carrier = carrier.lower()
            if rng.random() < 0.5:
                text = f"{text} {carrier}"
            else:
                shift = len(carrier) + 1
                text = f"{carrier} {text}"
                for s in spans:
                    s["start"] += shift
                    s["end"] += shift
        samples.append({"text": text, "spans": spans, "mode": mode, "control": control, "frame": frame})
    return samples


def score(samples, predictions):
    from scrub_people_score import score as shared_score

    return shared_score(samples, predictions, lambda sample, s: (("all", sample["mode"], s["frame"], f"form {s['form']}"), f"{s['frame']}/{sample['mode']}"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--half", choices=["a", "b"], default="a")
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("--tag", default="", help="added to the result file's name (e.g. before)")
    parser.add_argument("--out-dir", default=None, help="where the JSON goes (default benchmarks/results)")
    parser.add_argument("--show-misses", type=int, default=0)
    parser.add_argument("--show-overscrub", type=int, default=0)
    parser.add_argument("--filter", default="", help="only show misses of this group (e.g. object/mixed)")
    args = parser.parse_args()

    from client.scrub import world_names
    from helpers import RESULTS
    from scrub_chat_eval import predict

    world_names.LOADED_HALF = "a"
    samples = build(args.n, args.half)
    predictions, seconds = predict([s["text"] for s in samples])
    figures, misses, over = score(samples, predictions)
    figures = {"half": args.half, "texts": len(samples), **figures, "texts_per_s": round(len(samples) / seconds)}
    print(json.dumps(figures, indent=1))
    misses = [m for m in misses if args.filter in m[0]]
    rng = random.Random(1)
    for group, value, text in rng.sample(misses, min(len(misses), args.show_misses)):
        print(f"MISS {group}: {value!r} in {text!r}")
    for removed, text in over[: args.show_overscrub]:
        print("OVER", removed, repr(text))
    out_dir = Path(args.out_dir) if args.out_dir else RESULTS
    out_dir.mkdir(parents=True, exist_ok=True)
    name = f"people17_dev_{args.half}{'_' + args.tag if args.tag else ''}.json"
    (out_dir / name).write_text(json.dumps(figures, indent=1) + "\n")


if __name__ == "__main__":
    main()
