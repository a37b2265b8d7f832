"""A dev set for organisations (a direct identifier) and occupations (a
quasi-identifier) as chat types them (issue 13, session 9), scored like
``scrub_chat_eval.py``; occupations are scored with every quasi-identifier on.

    PYTHONPATH=. python benchmarks/scrub_orgs_dev.py                  # templates "a" (tuned on)
    PYTHONPATH=. python benchmarks/scrub_orgs_dev.py --templates b    # wordings not tuned on
    PYTHONPATH=. python benchmarks/scrub_orgs_dev.py --show-misses 30 --show-overscrub 20

Where each value comes from (never mimesis, names-dataset or airportsdata,
which held-out parts use):

* organisations: Faker's company names of the dev locales
  (``scrub_data.DEV_WIDE_LOCALES``) with the legal form taken off by
  ``cleanco.basename``; or built from Faker last names of those locales, or
  from first names of half ``b`` of gender-guesser's dictionary that no Faker
  list holds (the recognizers load half ``a`` only, as in
  ``scrub_names_dev.py``): "X and Y", "X & sons", "X <trade word>", and
  "X hospital / clinic / school / ..." after the cues the issue lists. Trade
  words come in two halves: ``TRADES_A`` may be added to a recognizer's
  list, ``TRADES_B`` are in none (``spans._FIRM_TAIL`` included, as on main
  at the start of session 9) and must never be: they show whether a rule
  generalises.
* occupations: Faker's English ``job()`` titles (a list the recognizer loads:
  this measures the cue around it), and job nouns written here in two halves
  (``JOBS_A`` may go into a list, ``JOBS_B`` never), with qualifiers written
  here ("night-shift", "junior", "retired", "self-employed").
* text: templates written here for this round, half ``a`` (tuned on) and half
  ``b`` (not tuned on), and ordinary sentences that use the same cue words
  without naming anything ("i work at night", "the bank's support told me").

It is no held-out set. Writes ``benchmarks/results/scrub_orgs_dev[_b].json``.
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

SEED = 20261209

# {o}: an organisation's name, {i}: a name before an institution word (the
# word is part of the value), {j}: an occupation.
ORG_TEMPLATES = {
    "a": """i work at {o} and my salary is late
{o} hired me last month, when is my first pay
my employer {o} pays on the 28th
{o}'s hr department says they sent the money
{o} support told me to contact you
i went to the {o} branch and they could not help
my appointment at {i} was cancelled
the bill from {i} is wrong
{o} charged me twice for one order
i have worked for {o} since 2019
i got a letter from {o} about my account
i used to work at {o} before i moved
{o} sent me a refund but it is not showing
my wife works at {i} and gets paid weekly
we bought the sofa from {o}
my employer, {o}, changed banks
{i} says the payment never arrived
i do the cleaning at {o} on weekends""",
    "b": """just started at {o}, do i need a new account
{o} took 40 pounds from my card
my boss at {o} needs a bank letter
the {o} office closed my account
i get paid by {o} every friday
{i} wants proof of address
my son's fees at {i} went up
i have a loan with {o}
{o} hr said the transfer went out monday
i quit {o} last week, what happens to my payroll card
called {o} customer service twice
{o} keeps emailing me about a debt
my contract with {o} ends in june
a charge from {i} i don't recognise
i drive for {o}""",
}
JOB_TEMPLATES = {
    "a": """i'm a {j}, can i get the discount
i am a {j} and my hours changed
he works as a {j} and gets paid monthly
my job as a {j} pays weekly
{j} here, quick question about my card
my wife is a {j}, can she join my account
i've been a {j} for 10 years
occupation: {j}
as a {j} i travel a lot, will my card work abroad
my dad was a {j} before he retired""",
    "b": """i work as a {j} in the evenings
she's a {j} at the local school
im a {j} and need a loan for a van
worked 20 years as a {j}, now unemployed
{j}, 3 kids, looking for a savings account
my husband is a {j} and his wages bounce
single mum and {j}, need help budgeting
i am currently a {j} on a zero-hours contract""",
}
# Ordinary sentences with the cue words and no organisation or job.
PLAIN = """i work at night and can only call after 9
i went to the bank and they could not help
the local branch closed last year
my employer pays on the 28th
hr department says they sent the money
customer support told me to contact you
the hospital bill is wrong
my son goes to school by bus
i'm a bit confused about the fee
i'm a new customer and need a card
it works as expected now, thanks
as a result my payment failed
the pharmacy took 12 pounds twice
i study at home most days
my wife is a customer too
the surgery asked for proof of address
i used to work at home before i moved
i have a loan with another bank
i'm a bit skint and need a cheaper account
i paid 40 pounds for the video call
my covid pass shows the wrong date
the merchant was a small shop near me
my ig is private
ref: order 2231 is missing
i want to travel to paris next week""".split("\n")

# Trade words before a name ("okafor roofing"). Half A may go into a list; half B never.
TRADES_A = """consulting logistics construction plumbing electrical bakery motors catering cleaning
transport""".split()
TRADES_B = """paving guttering haulage upholstery landscaping drainage tiling scaffolding fencing
couriers""".split()
INSTITUTIONS = ["hospital", "clinic", "school", "university", "college", "bank", "credit union", "pharmacy",
                "surgery", "medical centre", "dental practice", "academy"]
# Job nouns written here. Half A may go into a list; half B never.
JOBS_A = """nurse plumber firefighter forklift-operator tax-adviser carer welder bricklayer postman
dental-nurse care-assistant warehouse-operative hgv-driver bus-driver sous-chef""".split()
JOBS_B = """roofer scaffolder dog-groomer tree-surgeon crane-operator delivery-driver kitchen-porter
shelf-stacker support-worker teaching-assistant pest-controller lorry-driver""".split()
QUALIFIERS = """night-shift junior senior retired self-employed part-time trainee freelance qualified
agency locum head""".split()


def _title(word: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in word.split(" "))


def _sources():
    from cleanco import basename
    from faker import Faker

    import scrub_data
    from client.scrub.words import _english_words, _name_words_from
    from client.scrub.world_names import dev_half_names

    fakers = [Faker(loc) for loc in scrub_data.DEV_WIDE_LOCALES]
    for k, f in enumerate(fakers):
        f.seed_instance(SEED + k)
    companies, lasts = [], []
    for f in fakers:
        for _ in range(40):
            try:
                companies.append(basename(f.company()).strip(" ,-"))
            except AttributeError:
                pass
            lasts.append(f.last_name())
    faker_names, english = _name_words_from(""), _english_words()
    unknown = sorted(n for n in dev_half_names("b")
                     if n not in faker_names and n not in english and len(n) > 3 and n.isalpha())
    from faker.providers.job.en_US import Provider

    return sorted({c for c in companies if c}), sorted(set(lasts)), unknown, list(Provider.jobs)


def _org(rng, companies, lasts, unknown) -> str:
    name = lambda: rng.choice(lasts if rng.random() < 0.6 else unknown)  # noqa: E731
    shape = rng.randrange(5)
    if shape == 0:
        return rng.choice(companies)
    if shape == 1:
        return f"{name()} and {name()}"
    if shape == 2:
        return f"{name()} & {rng.choice(['sons', 'daughters', 'co', 'partners'])}"
    if shape == 3:
        return f"{name()} {rng.choice(TRADES_A if rng.random() < 0.5 else TRADES_B)}"
    return name()


def _job(rng, faker_jobs) -> str:
    shape = rng.randrange(3)
    if shape == 0:
        job = rng.choice(faker_jobs).split(",")[0].split("(")[0].strip()
    else:
        job = rng.choice(JOBS_A if shape == 1 else JOBS_B).replace("-", " ")
    if rng.random() < 0.5:
        job = f"{rng.choice(QUALIFIERS)} {job}"
    return job


def build(n: int, templates: str = "a", seed: int = SEED) -> list[dict]:
    """``n`` labelled samples: text and ORGANIZATION / JOB (occupation) spans."""
    import regex as re

    companies, lasts, unknown, faker_jobs = _sources()
    rng = random.Random(seed + (templates == "b"))
    orgs, jobs = ORG_TEMPLATES[templates].split("\n"), JOB_TEMPLATES[templates].split("\n")
    slot = re.compile(r"\{([oij])\}")
    samples = []
    for k in range(n):
        kind = k % 5
        template = rng.choice(PLAIN if kind == 4 else jobs if kind == 3 else orgs)
        lower = rng.random() < 0.6
        text, spans, pos = "", [], 0
        for m in slot.finditer(template):
            text += template[pos:m.start()]
            key = m.group(1)
            if key == "j":
                value, label = _job(rng, faker_jobs), "JOB"
            elif key == "i":
                value = f"{rng.choice(lasts if rng.random() < 0.6 else unknown)} {rng.choice(INSTITUTIONS)}"
                label = "ORGANIZATION"
            else:
                value, label = _org(rng, companies, lasts, unknown), "ORGANIZATION"
            value = value.lower() if lower or label == "JOB" else _title(value)
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
    args = parser.parse_args()

    from client import scrub
    from client.scrub import world_names

    world_names.LOADED_HALF = "a"
    from helpers import RESULTS
    from scrub_chat_eval import marked, predict, score

    samples = build(args.n, templates=args.templates)
    texts = [s["text"] for s in samples]
    predictions, seconds = predict(texts, quasi_identifiers=scrub.QUASI_IDENTIFIERS)
    figures, misses = score(samples, predictions)
    plain = [(s, p) for k, (s, p) in enumerate(zip(samples, predictions)) if k % 5 == 4]
    plain_figures, _ = score([s for s, _ in plain], [p for _, p in plain])
    figures["plain_sentences_ordinary_words_removed_pct"] = plain_figures["ordinary_words_removed_pct"]
    figures["texts_per_s"] = round(len(texts) / seconds)
    figures["templates"] = args.templates
    print(json.dumps(figures, indent=1))
    for category, value, text in misses[: args.show_misses]:
        print(f"MISS {category}: {value!r} in {text!r}")
    shown = 0
    for sample, spans in zip(samples, predictions):
        gold = marked(sample["text"], [(s["start"], s["end"]) for s in sample["spans"]])
        extra = [(a, b) for a, b in spans if not any(gold[a:b])]
        if extra and shown < args.show_overscrub:
            shown += 1
            print("OVER", [sample["text"][a:b] for a, b in extra], repr(sample["text"]))
    RESULTS.mkdir(parents=True, exist_ok=True)
    name = "scrub_orgs_dev.json" if args.templates == "a" else "scrub_orgs_dev_b.json"
    (RESULTS / name).write_text(json.dumps(figures, indent=1) + "\n")


if __name__ == "__main__":
    main()
