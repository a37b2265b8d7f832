"""A second dev set for organisations (issue 13, session 10): the shapes that
survive on unseen text: firms without a legal form, named after everyday
words or a surname, in lower case, joined with "and" / "&", local trades
named after a person or a place ("okafor dental", "leeds haulage"), GP
practices, schools, charities, shop names with "'s", after "works at",
"i'm a X at Y", "quote from Y", "vet was Y", and on the line after a job
title in a signature, in chat, e-mails and transcripts, half in lower case.

    PYTHONPATH=. python benchmarks/scrub_orgs10_dev.py                  # templates "a" (tuned on)
    PYTHONPATH=. python benchmarks/scrub_orgs10_dev.py --templates b    # wordings not tuned on
    PYTHONPATH=. python benchmarks/scrub_orgs10_dev.py --show-misses 30 --show-overscrub 20

Where each value comes from (never mimesis, names-dataset, airportsdata or
any other held-out source):

* Faker's company names of the dev locales (``scrub_data.DEV_WIDE_LOCALES``)
  with the legal form taken off by ``cleanco.basename`` (MIT); Faker last
  names and English city names (``en_GB``) of those locales;
* brand-like names made of everyday words, trade words and sector nouns,
  all written here in two halves: half ``a`` may go into a recognizer's
  list, half ``b`` never (it shows whether a rule generalises);
* templates written here, half ``a`` (tuned on) and half ``b`` (not), and
  ordinary sentences with the same cue words and no name ("i work at the
  bank", "a quote from the plumber", "with the app").

It is no held-out set. Writes ``benchmarks/results/scrub_orgs10_dev[_b].json``.
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

SEED = 20261202

# {o}: an organisation; {p}: a person's full name (labelled, not scored
# here as an organisation); {j}: a job title (part of the text).
TEMPLATES = {
    "a": r"""i work at {o} and my salary is late
i'm a nurse at {o} and get paid on the 15th
got a quote from {o} for the boiler, is a transfer safe
our vet was {o} but they closed
my employer is {o}, they pay monthly
Thanks,\n{p}\n{j}\n{o}
[09:14] sam: she works at {o} now
From: {p}\nSubject: invoice from {o}\nplease pay by friday
Agent: who is your employer?\nCustomer: {o}
my insurer is {o} and they refused the claim
the supplier, {o}, wants paying upfront
i bank with {o} but want to switch
kids go to {o}, the fees went out twice
our gp is {o}, they need a statement
donated to {o} last month and it went out twice
{o} refunded me but it's not showing
i'm with {o} for my broadband
paid {o} 300 quid for the repair""",
    "b": r"""my husband works for {o} as a driver
i'm a cleaner at {o}, can i get an advance
had a quote from {o}, seems high
the vet is {o} on the high street
Kind regards\n{p}\n{j}\n{o}
[18:40] jo: got a job at {o}!!
Customer: i was paid by {o} yesterday but nothing arrived
my provider is {o}
we use {o} for payroll
my daughter is at {o} and the trip money bounced
we switched to {o} for the gym, the old one still charges
a standing order to {o} i never set up
the landlord's agent is {o}
called {o} and they said to ask you
supplier: {o}""",
}
PLAIN = r"""i work at the bank and get paid monthly
i'm a nurse at the hospital
got a quote from the plumber for the boiler
our vet was lovely but expensive
my employer is happy to write a letter
Thanks,\nsee you soon
i'm with the app on my phone
the supplier wants paying upfront
i bank with you and want a loan
kids go to school by bus
our gp needs a statement
donated to charity last month
we use the card for groceries
my provider is changing the rules
called the shop and they said to ask you
from the store near me
at the bank yesterday
the landlord's agent is slow""".split("\n")

# Everyday-word brand parts written here; half B never goes into a list.
BRAND_A = """blue river; green leaf; silver birch; red kite; bright horizons; north star; oak tree;
little acorns; golden gate; clear view; fresh start; true north""".replace("\n", " ").split("; ")
BRAND_B = """black swan; white rabbit; happy days; sunny side; iron bridge; stone wall;
evergreen; bluebell; rainbow; harvest moon; sea breeze; copper kettle""".replace("\n", " ").split("; ")
# Trade and sector words after a surname or a town; half B never goes into a list.
TRADES_A = """dental clinic pharmacy plumbing haulage vets surgery builders opticians physio
accountants solicitors""".split()
TRADES_B = """orthodontics chiropractic podiatry roofing scaffolding groundworks glaziers locksmiths
electricians upholstery kennels nursery""".split()
# Institutions: GP practices, schools, charities.
INSTITUTIONS_A = ["medical practice", "health centre", "primary school", "academy", "trust", "foundation"]
INSTITUTIONS_B = ["family practice", "medical group", "high school", "grammar school", "hospice", "charity"]
JOB_TITLES = ["Accounts Manager", "Office Manager", "Senior Engineer", "Practice Manager", "Sales Director",
              "HR Advisor", "Head of Operations", "Site Supervisor"]


def _title(words: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in words.split(" "))


def _sources():
    from cleanco import basename
    from faker import Faker

    import scrub_data

    fakers = [Faker(loc) for loc in scrub_data.DEV_WIDE_LOCALES]
    for k, f in enumerate(fakers):
        f.seed_instance(SEED + k)
    companies, lasts, firsts = [], [], []
    for f in fakers:
        for _ in range(40):
            try:
                companies.append(basename(f.company()).strip(" ,-"))
            except AttributeError:
                pass
            lasts.append(f.last_name())
            firsts.append(f.first_name())
    uk = Faker("en_GB")
    uk.seed_instance(SEED)
    towns = sorted({uk.city() for _ in range(200)})
    return sorted({c for c in companies if c}), sorted(set(lasts)), sorted(set(firsts)), towns


def _org(rng, half, companies, lasts, towns) -> str:
    brands = BRAND_A if half == "a" else BRAND_B
    trades = TRADES_A if half == "a" else TRADES_B
    institutions = INSTITUTIONS_A if half == "a" else INSTITUTIONS_B
    shape = rng.randrange(8)
    if shape == 0:
        return rng.choice(companies)
    if shape == 1:
        return rng.choice(lasts)
    if shape == 2:
        return f"{rng.choice(lasts)} {rng.choice(['and', '&'])} {rng.choice(lasts + ['sons', 'daughters'])}"
    if shape == 3:
        return f"{rng.choice(lasts + towns)} {rng.choice(trades)}"
    if shape == 4:
        return f"{rng.choice(lasts)}'s" + (f" {rng.choice(trades)}" if rng.random() < 0.5 else "")
    if shape == 5:
        return f"{rng.choice(lasts + towns)} {rng.choice(institutions)}"
    if shape == 6:
        return rng.choice(brands) + (f" {rng.choice(trades)}" if rng.random() < 0.5 else "")
    return f"{rng.choice(lasts)} {rng.choice(companies).split(' ')[0]}"


def build(n: int, templates: str = "a", seed: int = SEED) -> list[dict]:
    """``n`` labelled samples: text and ORGANIZATION / PERSON spans."""
    import regex as re

    companies, lasts, firsts, towns = _sources()
    rng = random.Random(seed + (templates == "b"))
    shapes = [t.replace("\\n", "\n") for t in TEMPLATES[templates].split("\n")]
    plain = [t.replace("\\n", "\n") for t in PLAIN]
    slot = re.compile(r"\{([opj])\}")
    samples = []
    for k in range(n):
        template = rng.choice(plain if k % 5 == 4 else shapes)
        lower = rng.random() < 0.5
        text, spans, pos = "", [], 0
        org = None
        for m in slot.finditer(template):
            text += template[pos:m.start()]
            key = m.group(1)
            if key == "j":
                text += rng.choice(JOB_TITLES)
                pos = m.end()
                continue
            if key == "p":
                value, label = f"{rng.choice(firsts)} {rng.choice(lasts)}", "PERSON"
            else:
                org = org or _org(rng, templates, companies, lasts, towns)
                value, label = org, "ORGANIZATION"
            value = value.lower() if lower else _title(value)
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
    parser.add_argument("--templates", choices=["a", "b"], default="a")
    parser.add_argument("--show-misses", type=int, default=0)
    parser.add_argument("--show-overscrub", type=int, default=0)
    parser.add_argument("--out", default=None, help="file name under benchmarks/results")
    args = parser.parse_args()

    from client.scrub import world_names

    world_names.LOADED_HALF = "a"
    from helpers import RESULTS
    from scrub_chat_eval import marked, predict, score

    samples = build(args.n, templates=args.templates)
    texts = [s["text"] for s in samples]
    predictions, seconds = predict(texts)
    figures, misses = score(samples, predictions)
    plain = [(s, p) for k, (s, p) in enumerate(zip(samples, predictions)) if k % 5 == 4]
    plain_figures, _ = score([s for s, _ in plain], [p for _, p in plain])
    figures["plain_sentences_ordinary_words_removed_pct"] = plain_figures["ordinary_words_removed_pct"]
    figures["texts_per_s"] = round(len(texts) / seconds)
    figures["templates"] = args.templates
    print(json.dumps(figures, indent=1))
    for category, value, text in misses[: args.show_misses]:
        if category != "person":
            print(f"MISS {category}: {value!r} in {text!r}")
    shown = 0
    for sample, spans in zip(samples, predictions):
        gold = marked(sample["text"], [(s["start"], s["end"]) for s in sample["spans"]])
        extra = [(a, b) for a, b in spans if not any(gold[a:b])]
        if extra and shown < args.show_overscrub:
            shown += 1
            print("OVER", [sample["text"][a:b] for a, b in extra], repr(sample["text"]))
    RESULTS.mkdir(parents=True, exist_ok=True)
    name = args.out or ("scrub_orgs10_dev.json" if args.templates == "a" else "scrub_orgs10_dev_b.json")
    (RESULTS / name).write_text(json.dumps(figures, indent=1) + "\n")


if __name__ == "__main__":
    main()
