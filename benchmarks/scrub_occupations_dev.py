"""Dev set for occupations and nationality / religious / political groups
(issue 13, session 11), with every quasi switch on.

    PYTHONPATH=. python benchmarks/scrub_occupations_dev.py [-n 1200] [--set b] [--show-misses 40] [--show-controls]

Set ``a`` (tuned on) and set ``b`` (never tuned on, reported once) differ in
everything written here: shapes, title modifiers and departments, group
values (a hash split) and job titles (a hash split of ``data/job_titles.txt``,
800 titles drawn from the PyPI package find-job-titles, MIT; see that file).
Occupations come bare, with a modifier ("senior ..."), as "head of <dept>" or
"<dept> team lead"; groups as adjectives, plural nouns, religions, sects,
ethnic groups and parties, mostly lower case. Controls are ordinary uses that
must stay: "driver update", "the manager app",
languages ("reply in english"), "my account manager". Each text is followed by
a BANKING77 test query (CC-BY-4.0) as carrier; half are lower-cased.
Scoring is ``scrub_quasi_dev``'s (``scrub_chat_eval.score``).
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scrub_quasi_dev import _carriers, _half, _raw_dir, dev_main, dev_sample  # noqa: E402

JOB_SHAPES = {
    "a": [
        "i work as a {v} at a warehouse", "im a {v}, can i get an overdraft", "Kind regards,\nAnn Lee\n{v}\n",
        "Thanks\nJ. Okafor\n{v} | Northside Ltd", "position: {v}", "role: {v}", "designation: {v}",
        "my brother works as {v} now", "as a {v} i get paid weekly", "i'm the {v} at our branch",
        "she's a {v} in the city", "job title - {v}", "i was a {v} until last year", "I am {v} by profession",
        "my mum is a retired {v}", "i'm a {v} so my hours vary",
    ],
    "b": [
        "been a {v} for 6 years now", "Regards\nPriya\n{v}\nmobile on request", "employment: {v}",
        "he works as a {v} in town", "i'm currently employed as a {v}", "my dad's a {v}",
        "Cheers, Tom ({v})", "current designation {v}", "i got a job as a {v} last month",
        "Best wishes,\nM. Rossi\n{v}", "i'm a {v} and i need a statement",
    ],
}
MODIFIERS = {"a": "senior junior lead trainee deputy principal".split(),
             "b": "chief assistant associate apprentice acting".split()}
DEPARTMENTS = {"a": "procurement payroll logistics compliance claims marketing".split(),
               "b": "finance operations facilities security warehouse recruitment".split()}

# Group values: (adjective or singular, plural noun); a hash split into a / b.
_WRITTEN_GROUPS = """
sikh/sikhs ahmadi/ahmadis shia/shias sunni/sunnis ismaili/ismailis alevi/alevis catholic/catholics
protestant/protestants evangelical/evangelicals pentecostal/pentecostals mormon/mormons
orthodox-jewish/orthodox-jews hindu/hindus muslim/muslims jewish/jews buddhist/buddhists
jain/jains parsi/parsis baptist/baptists methodist/methodists anglican/anglicans
lutheran/lutherans quaker/quakers coptic/copts maronite/maronites druze/druze yazidi/yazidis
rohingya/rohingya kurdish/kurds tamil/tamils punjabi/punjabis bengali/bengalis pashtun/pashtuns
baloch/balochis sindhi/sindhis hazara/hazaras uyghur/uyghurs tibetan/tibetans berber/berbers
roma/roma igbo/igbos yoruba/yorubas hausa/hausas somali/somalis maori/maoris aboriginal/aboriginals
dalit/dalits brahmin/brahmins
labour/labour-voters tory/tories democrat/democrats republican/republicans socialist/socialists
communist/communists libertarian/libertarians green-party/green-party-members
"""


def groups(half: str) -> list[tuple[str, str]]:
    out = set()
    with open(_raw_dir() / "nationalities.csv", encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            a, p = (r.get("nationality") or "").strip(), (r.get("plural") or "").strip()
            if a and p and a.isascii() and p.isascii():
                out.add((a, p))
    for pair in _WRITTEN_GROUPS.split():
        a, p = pair.replace("-", " ").split("/")
        out.add((a, p))
    return sorted(g for g in out if _half(g[0]) == half)


GROUP_SHAPES = {
    "a": [
        "we are {a}", "as a {a} i cannot pay interest", "my {a} passport expired", "the {p} at work",
        "i'm {a} so the name is different", "religion - {a}", "our family is {a}", "he is {a}",
        "the {a} nurses on my ward", "i am {a} by birth", "we {p} dont do that", "ethnic origin: {a}",
    ],
    "b": [
        "both of us are {a}", "being {a} i need halal options", "my wife is {a} and her passport",
        "lots of {p} live here", "im {a}, is that a problem", "faith: {a}", "a {a} family",
        "there are many {p} in my building",
    ],
}
CONTROLS = {
    "a": [
        "driver update failed on my laptop", "the manager app keeps crashing", "reply in english please",
        "my account manager never called", "the teacher's pet",
        "the customer service agent hung up", "i use the banking app as a user", "printer driver missing",
        "i'm a customer of yours", "the builder app", "i speak french and english",
    ],
    "b": [
        "the installer keeps failing", "is there a manager i can talk to",
        "the english version of the page", "screen reader support", "the developer options menu",
        "i'm a new member", "trainer shoes refund",
    ],
}


def job_titles(half: str) -> list[str]:
    lines = (ROOT / "benchmarks" / "data" / "job_titles.txt").read_text(encoding="utf-8").splitlines()
    return [t for t in lines if t and not t.startswith("#") and _half(t) == half]


def job_value(rng: random.Random, titles, half: str) -> str:
    r = rng.random()
    if r < 0.15:
        return f"head of {rng.choice(DEPARTMENTS[half])}"
    if r < 0.25:
        return f"{rng.choice(DEPARTMENTS[half])} team lead"
    v = rng.choice(titles)
    if r < 0.5:
        v = f"{rng.choice(MODIFIERS[half])} {v}"
    return v.lower() if rng.random() < 0.6 else v


def build(n: int, half: str = "a", seed: int = 11) -> list[dict]:
    rng = random.Random(seed)
    titles, nrp, carriers = job_titles(half), groups(half), _carriers()
    out = []
    for i in range(n):
        kind, spans = i % 3, []
        if kind == 2:
            text = rng.choice(CONTROLS[half])
        elif kind == 0:
            shape, v = rng.choice(JOB_SHAPES[half]), job_value(rng, titles, half)
            a = shape.index("{v}")
            text = shape.replace("{v}", v)
            spans = [(a, a + len(v), "JOB")]
        else:
            text, spans = group_text(rng, GROUP_SHAPES[half], nrp)
        out.append(dev_sample(rng, text, spans, carriers))
    return out


def group_text(rng: random.Random, shapes, nrp) -> tuple[str, list]:
    """A group word in one of ``shapes``: its adjective at "{a}" or its plural
    at "{p}", lower-cased seven times in ten; the text and its NRP span."""
    shape, (adj, plural) = rng.choice(shapes), rng.choice(nrp)
    v, key = (plural, "{p}") if "{p}" in shape else (adj, "{a}")
    if rng.random() < 0.7:
        v = v.lower()
    a = shape.index(key)
    return shape.replace(key, v), [(a, a + len(v), "NRP")]


def main() -> None:
    dev_main(__doc__, build, 1200, "--set", "b: shapes and values never tuned on")


if __name__ == "__main__":
    main()
