"""Dev set for ages in every phrasing, session 14 (issue 13), every quasi switch on.

    PYTHONPATH=. python benchmarks/scrub_ages14_dev.py [-n 1600] [--half a|b] [--show-misses 40] [--show-controls]

Ages as people write them in chat, forums and forms: a child's age after a
relative ("my son is 7", "my eldest just turned 16"), units with typos ("42
yeras old", "42yr"), futures ("turning 30 next month", "gonna be 40"), "a 55
year old", time clauses ("since i was 19", "back when i was 22"), babies in
months ("she's 4 months old"), ranges ("aged between 30 and 40", "age group
30-39"), decades ("a man in his forties", "late twenties"), a status or role
before the age ("pensioner, 71"), form labels and lists, and other languages
("tengo 42 años", "ich bin 42"). Each half has its own templates, written
separately (``b``'s are not paraphrases of ``a``'s): ``a`` is tuned on, ``b``
is reported once at the end and never tuned on; the seed differs too.

Values: first names from ``scrub_ages13_dev.first_names`` (Faker, MIT;
labelled PERSON), ages drawn at random. Controls put ordinary numbers in the
same places (amounts, counts, durations, times, versions, room numbers after
a name, "a 30 year mortgage", "pages 30-39"); they must stay. Each text is
followed by a real BANKING77 test query (CC-BY-4.0); half are lower-cased.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scrub_ages13_dev import fill, first_names  # noqa: E402
from scrub_quasi_dev import _carriers, _spelled, dev_main, dev_sample  # noqa: E402

# {n}: an adult's age, {k}: a child's, {m}: months (a baby), {w}: spelled, {r}: a range "30-39",
# {lo}/{hi}: a range's ends, {dec}: a decade ("40s", "forties"), {name}: a first name.
AGES = {
    "a": {
        "kid": ["my son is {k}", "my daughter is {k} and has her own card", "our boy is nearly {k}",
                "my little girl just turned {k}", "both my kids are {k} and {k2}", "my stepson is {k} now"],
        "units": ["{n} yrs", "i am {n} years", "{n} yeras old", "{n} yr old", "im {n}yrs old", "{n} years od",
                  "iam {n} years of age", "{n}years old"],
        "future": ["turning {n} next month", "i turn {n} in june", "gonna be {n} this year", "i'll be {n} soon",
                   "he will turn {n} on friday", "about to turn {n}"],
        "year-old": ["a {n} year old", "{n} year old man here", "as a {n} yr old", "my {n} year old mother",
                     "im a {n} years old woman"],
        "since": ["since i was {k}", "when i was {n} i opened it", "ever since he was {k}", "since age {k}",
                  "when she was {k} we moved"],
        "baby": ["she's {m} months old", "my baby is {m} months", "our {m} month old", "he is {m} mo old"],
        "range": ["aged between {lo} and {hi}", "age group {r}", "age range {r}", "ages {lo} to {hi}",
                  "in the {r} age group"],
        "decade": ["a man in his {dec}", "she's in her early {dec}", "i'm in my late {dec}", "people in their {dec}"],
        "role": ["pensioner, {n}", "retired, {n}", "student, {n}", "mum of two, {n}", "single dad, {n}"],
        "form": ["Name: {name}\nAge: {n}\nCity: Leeds", "- age {n}", "name {name}, age {n}, from leeds",
                 "age : {n} years", "Age (in years): {n}"],
        "foreign": ["tengo {n} años", "ich bin {n}", "j'ai {n} ans", "ho {n} anni", "tenho {n} anos",
                    "ik ben {n} jaar", "mam {n} lat"],
    },
    "b": {
        "kid": ["my eldest just turned {k}", "the little one is {k}", "my lad's {k}", "my youngest will be {k} in may",
                "the twins are {k}", "our grandson is {k} and wants an account"],
        "units": ["{n}yr", "{n} yeards old", "im {n}yo", "{n} y o", "{n}yrs", "age {n}yrs", "{n} yrs of age",
                  "{n} yers old"],
        "future": ["hitting {n} next week", "she'll be {n} in june", "i'll turn {n} on friday",
                   "almost {n} now", "{n} next month", "will be {n} in august"],
        "year-old": ["i'm a {n} year old", "being a {n}-year-old", "at the age of {n}", "at {n} years of age",
                     "the {n}yr old driver"],
        "since": ["back when i was {k}", "from the age of {k}", "as a {k} year old", "since i turned {n}",
                  "ever since we were {k}"],
        "baby": ["he is only {m} months", "{m} month old baby", "my {m}-month-old", "she turned {m} months"],
        "range": ["between the ages of {lo} and {hi}", "age bracket {r}", "{r} age group", "age: {r}",
                  "aged {lo}-{hi}"],
        "decade": ["{dec} woman", "mid {dec}", "a guy in his early {dec}", "we are both in our {dec}",
                   "hes in his mid {dec}"],
        "role": ["OAP, {n}", "retiree aged {n}", "widower, {n}", "grandmother of 3, {n}", "{n}, pensioner"],
        "form": ["Your age: {n}", "how old are you? {n}", "DOB/Age: {n}", "age?? {n}", "Age (yrs) {n}"],
        "foreign": ["tiene {n} años", "er ist {n} jahre alt", "il a {n} ans", "ma {n} lata", "tem {n} anos",
                    "hij is {n} jaar", "jag är {n} år"],
    },
}
CONTROLS = {
    "a": ["my son has {k} games on his account", "i'm {n} euros short", "turning {n} degrees",
          "a {n} inch tv", "since {k}:00 this morning", "{name} is in room {n}", "version {k}.2 is broken",
          "it's been {m} months", "in {k} hours", "a {n} year mortgage", "pages {r}", "{n} years ago",
          "for {n} years", "{name} sent {n} euros", "order {n} of 100", "step {k} failed",
          "i paid {n} dollars", "we are {k} people", "{n} minutes late", "{name} called {k} times",
          "top {k} tips", "my son is in year {k}", "aged {n} days in oak", "{n} items left"],
    "b": ["my daughter owes {n} pounds", "i have {k} cards", "a {n} year fixed rate", "after {k} pm",
          "{name} is on floor {k}", "v{k}.1 fails", "it took {m} weeks", "within {k} days", "ticket {n} of 300",
          "lines {r}", "over {n} years", "{name} paid {n} usd", "gate {k}b", "row {k}", "i tried {k} times",
          "the {n} bus", "{n}% off", "{name} lives at number {n}", "box {k} of {n}", "about {n} quid",
          "a {k} month contract", "{n} points", "chapter {k}", "{n} km"],
}
_DECADE_WORDS = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties")


def build(n: int, half: str) -> list[dict]:
    seed = {"a": 1401, "b": 1402}[half]
    rng = random.Random(seed)
    names, carriers = first_names(seed), _carriers()
    families = sorted(AGES[half])
    out = []
    for i in range(n):
        control = i % 3 == 2
        template = rng.choice(CONTROLS[half] if control else AGES[half][families[i % len(families)]])
        age, lo = rng.randint(18, 95), rng.randint(2, 8) * 10
        d = rng.randint(2, 8)
        values = {"name": rng.choice(names), "n": str(age), "k": str(rng.randint(2, 16)),
                  "k2": str(rng.randint(2, 16)), "m": str(rng.randint(2, 11)), "w": _spelled(age),
                  "lo": str(lo), "hi": str(lo + rng.choice((5, 9, 10))), "r": f"{lo}-{lo + 9}",
                  "dec": rng.choice((f"{d}0s", _DECADE_WORDS[d - 2]))}
        labels = {"name": "PERSON"} if control else {
            "name": "PERSON", **{k: "AGE" for k in ("n", "k", "k2", "m", "w", "lo", "hi", "r", "dec")}}
        text, spans = fill(template, values, labels)
        out.append(dev_sample(rng, text, spans, carriers))
    return out


def main() -> None:
    dev_main(__doc__, build, 1600, "--half", "a: tuned on; b: reported once, never tuned on")


if __name__ == "__main__":
    main()
