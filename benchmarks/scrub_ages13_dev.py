"""Dev set for ages as bare numbers, session 13 (issue 13), every quasi switch on.

    PYTHONPATH=. python benchmarks/scrub_ages13_dev.py [-n 1600] [--half a|b] [--show-misses 40] [--show-controls]

Ages whose cue earlier rules lacked: a name as subject ("anna is 42"), an
apposition with a status ("42, married"), sex and age in either order ("m 42",
"42/f"), age labels in forms ("Age - 42", "age/sex: 42/m"), spelled ages ("she
just turned forty two"), "a 42-year-old", "at 42 i", "my 6yo", "(42)", "42
y.o.", a date of birth with the age after it, other languages' words ("42
ans", "42 años", "42 J.", "42 lat", "42 tahun", "42 taon") and decades ("in
his early 40s"). Each family has its own templates in each half: ``a`` is tuned
on, ``b`` is reported once at the end and never tuned on; the seed differs too.

Values: people's first names from Faker's person providers (MIT) of 30 Latin-
script locales (labelled PERSON, so a removed name is not counted as an
ordinary word), dates of birth from Faker's date provider, ages drawn at
random. Controls put ordinary numbers in the same places: amounts, counts,
durations ("for 42 days"), times, pages, "top 10", versions, quantities, seat
and room numbers, often after a name ("anna sent 42 euros"); they must stay.
Each text is followed by a real BANKING77 test query (CC-BY-4.0) as carrier;
half the texts are lower-cased. Scoring is ``scrub_chat_eval.score`` through
``scrub_quasi_dev.run_and_print``.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scrub_quasi_dev import _carriers, _spelled, dev_main, dev_sample  # noqa: E402

LOCALES = ("en_US", "en_GB", "en_IE", "en_NZ", "fr_FR", "fr_CA", "de_DE", "de_AT", "es_ES", "es_MX", "es_AR",
           "it_IT", "pt_BR", "pt_PT", "nl_NL", "pl_PL", "cs_CZ", "sk_SK", "sv_SE", "da_DK", "no_NO", "fi_FI",
           "ro_RO", "hr_HR", "tr_TR", "id_ID", "sw", "en_NG", "en_KE", "et_EE")

# Families of age phrasings ({name}: a first name, {n}: digits, {w}: spelled, {d}: a decade's digit,
# {dob}: a date of birth); one list per half.
AGES = {
    "a": {
        "name is": ["{name} is {n}", "{name} is {n} and still at home", "{name} is only {n}", "{name} who is {n}"],
        "status": ["{n}, married", "{n}, single, no kids", "{name}, {n}, divorced", "i'm {n}, married with kids"],
        "sex": ["m {n}", "{n}/f", "{n} m", "M, {n}"],
        "label": ["age {n}", "Age: {n}", "AGE - {n}", "aged: {n}", "age/sex: {n}/m", "Age = {n}"],
        "spelled": ["she just turned {w}", "he's {w} now", "i am {w}", "my dad is {w}"],
        "year-old": ["a {n}-year-old", "the {n}-yr-old", "a {n} year-old man", "{n}-year-old female"],
        "at": ["at {n} i started", "at {n} she moved", "by {n} i had two kids"],
        "yo": ["my {n}yo", "{n} y.o.", "{n}y.o. male", "our {n} yo"],
        "brackets": ["{name} ({n})", "me and {name} ({n})", "my son ({n}) and i"],
        "dob": ["DOB {dob} ({n})", "dob: {dob} (age {n})", "born {dob}, age {n}"],
        "form": ["Name: {name}\nAge - {n}", "age/sex: {n}/f", "Name: {name} Age: {n}", "AGE: {n} yrs"],
        "foreign": ["{n} ans", "{n} años", "{n} J.", "{n} lat", "{n} tahun", "{n} taon", "tengo {n} años"],
        "decade": ["in his early {d}0s", "in her mid-{d}0s", "she's in her late {d}0s", "early {d}0s"],
    },
    "b": {
        "name is": ["{name} is {n} now", "{name}'s {n}", "{name} is almost {n}", "{name} is {n} years"],
        "status": ["{n}, widowed", "{n}, married, 2 kids", "{name}, {n}, single", "im {n}, divorced"],
        "sex": ["f {n}", "{n}/m", "{n} f", "F, {n}"],
        "label": ["Age {n}", "age:{n}", "Age | {n}", "ages: {n}", "age/gender: {n} f", "AGE={n}"],
        "spelled": ["he just turned {w}", "she's {w}", "im {w}", "my mum is {w}"],
        "year-old": ["an {n}-year-old", "a {n}-yr-old", "the {n} year-old girl", "{n}-yr-old male"],
        "at": ["at {n} he left", "at {n} we married", "by {n} she was retired"],
        "yo": ["my {n}yo", "{n} y.o", "{n}y.o.", "her {n} yo"],
        "brackets": ["{name} ({n}) and me", "with {name} ({n})", "my wife ({n}) and i"],
        "dob": ["D.O.B. {dob} ({n})", "dob {dob} (aged {n})", "born on {dob}, now {n}"],
        "form": ["Name: {name}\nAge: {n}", "Age/Sex: {n}/M", "name {name} age {n}", "Age (years): {n}"],
        "foreign": ["{n} anos", "{n} Jahre", "{n} jaar", "{n} anni", "{n} år", "{n} let", "j'ai {n} ans"],
        "decade": ["in her early {d}0s", "in his mid {d}0s", "he's in his late {d}0s", "mid-{d}0s"],
    },
}
CONTROLS = {
    "a": ["{name} sent {n} euros", "{name} has {n} items in the cart", "{name} waited for {n} days",
          "{name} is on page {n}", "top 10 reasons", "version {n}.2 crashes", "{n} items", "for {n} days",
          "at {n}:30 pm", "page {n}", "{n} kg of rice", "seat {n}f", "room {n}, floor 2", "{n} m away",
          "{name} called {n} times", "we are {n} people", "{n}, {n2} and {n3}", "step {n} failed",
          "i paid {n} dollars", "{name} is in room {n}", "size m, {n} left", "{n} minutes late",
          "it took {n} weeks", "{n} stars", "order {n} of 100", "aisle {n}"],
    "b": ["{name} paid {n} pounds", "{name} bought {n} tickets", "{name} stayed {n} nights",
          "{name} is on level {n}", "top 5 tips", "v{n}.1 is out", "{n} boxes", "in {n} hours",
          "by {n}:15", "chapter {n}", "{n} litres", "gate {n}b", "flat {n}, block c", "{n} km south",
          "{name} tried {n} times", "there are {n} of us", "{n} or {n2} copies", "line {n} is wrong",
          "it costs {n} usd", "{name} lives at number {n}", "row f, seat {n}", "{n} seconds",
          "for {n} months now", "{n} points", "ticket {n} of 300", "bus {n}"],
}


def first_names(seed: int) -> list[str]:
    """First names of ``LOCALES`` (Latin script, one word)."""
    from faker import Faker

    out = []
    for loc in LOCALES:
        f = Faker(loc)
        f.seed_instance(seed)
        out += [n for n in (f.first_name() for _ in range(40)) if re.fullmatch(r"[^\W\d_]+", n)]
    return sorted(set(out))


def fill(template: str, values: dict[str, str], labels: dict[str, str]):
    """``template`` with its placeholders filled, and the labelled spans."""
    out, spans, pos = "", [], 0
    for m in re.finditer(r"\{(\w+)\}", template):
        out += template[pos:m.start()]
        v = values[m.group(1)]
        if m.group(1) in labels:
            spans.append((len(out), len(out) + len(v), labels[m.group(1)]))
        out += v
        pos = m.end()
    return out + template[pos:], spans


def build(n: int, half: str) -> list[dict]:
    from faker import Faker

    seed = {"a": 1301, "b": 1302}[half]
    rng = random.Random(seed)
    fake = Faker("en_US")
    fake.seed_instance(seed)
    names, carriers = first_names(seed), _carriers()
    families = sorted(AGES[half])
    out = []
    for i in range(n):
        control = i % 3 == 2
        template = rng.choice(CONTROLS[half] if control else AGES[half][families[i % len(families)]])
        kid = "my {n}yo" in template or "our {n}" in template or "son (" in template
        age = rng.randint(2, 17) if kid else rng.randint(2, 95)
        values = {"name": rng.choice(names), "n": str(age if not control else rng.randint(2, 99)),
                  "w": _spelled(max(age, 13), rng.choice("- ")), "d": str(rng.randint(2, 9)),
                  "n2": str(rng.randint(2, 99)), "n3": str(rng.randint(2, 99)),
                  "dob": fake.date_of_birth(minimum_age=2, maximum_age=95).strftime(
                      rng.choice(("%d/%m/%Y", "%Y-%m-%d", "%m/%d/%Y", "%d.%m.%Y")))}
        labels = {"name": "PERSON"} if control else {"name": "PERSON", "n": "AGE", "w": "AGE", "d": "AGE",
                                                     "dob": "DATE_OF_BIRTH"}
        text, spans = fill(template, values, labels)
        if "{d}0s" in template:  # the decade's whole word is the age
            spans = [(a, b + 2, t) if t == "AGE" else (a, b, t) for a, b, t in spans]
        out.append(dev_sample(rng, text, spans, carriers))
    return out


def main() -> None:
    dev_main(__doc__, build, 1600, "--half", "a: tuned on; b: reported once, never tuned on")


if __name__ == "__main__":
    main()
