"""Dev set for occupations and groups in the phrasings of session 12 (issue
13), with every quasi switch on.

    PYTHONPATH=. python benchmarks/scrub_occupations12_dev.py [-n 1200] [--set b] [--show-misses 40] [--show-controls]

Set ``a`` (tuned on) and set ``b`` (never tuned on, reported once) differ in
everything written here: sentence frames, the trades written below and group
values (hash splits), and job titles (a hash split of
``data/job_titles12.txt``, 600 short titles drawn from find-job-titles, MIT).
Frames are the ones people use about their work: "works as a ...", "... by
trade", "retired ...", "... by profession", "occupation: ...". Trades are
written from general knowledge of informal, farming, fishing, craft, clergy,
military and civil-service jobs, not from any scrubber list. Controls are
ordinary uses that must stay ("my driver license", "the farmer's market",
"english breakfast", "polish the car"); "a catholic school" is no control:
the school's faith often is the family's, as a cuisine is a group word. Each text is
followed by a BANKING77 test query (CC-BY-4.0); half are lower-cased.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scrub_occupations_dev import group_text, groups  # noqa: E402
from scrub_quasi_dev import _carriers, _half, dev_main, dev_sample  # noqa: E402

JOB_SHAPES = {
    "a": [
        "i work as a {v} in the town centre", "i'm a {v} by trade", "my dad is a retired {v}",
        "I am a {v} by profession", "occupation: {v}", "my wife works as a {v}", "he's been a {v} for years",
        "i used to be a {v}", "job: {v}", "our neighbour is a {v}", "I'm a {v} and get paid cash",
        "worked as a {v} before the pandemic",
    ],
    "b": [
        "she works as a {v} near the station", "a {v} by trade, i need a loan", "retired {v} here",
        "he is {v} by profession", "Occupation - {v}", "my husband is a {v}", "i have been a {v} since 2015",
        "i earn my living as a {v}", "profession: {v}", "my son became a {v}", "Im a {v}, paid weekly",
    ],
}
# Trades as people name them (informal work, farming, fishing, crafts, clergy,
# military ranks, civil-service grades); split in two by a hash.
_TRADES = """
boda-boda-rider tuk-tuk-driver rickshaw-puller street-vendor market-trader hawker housemaid house-girl
domestic-worker security-guard night-watchman rice-farmer maize-farmer dairy-farmer cattle-herder
goat-herder poultry-farmer fisherman fishmonger boat-builder net-mender deckhand tailor seamstress
cobbler shoemaker blacksmith welder bricklayer stonemason carpenter joiner thatcher potter weaver
basket-weaver goldsmith silversmith tinsmith barber hairdresser shoe-shiner car-washer matatu-conductor
bus-conductor okada-rider taxi-driver lorry-driver van-driver delivery-rider courier porter
head-porter cleaner gardener groundskeeper nanny babysitter cook street-food-seller tea-seller
pastor priest imam rabbi monk nun deacon vicar chaplain catechist evangelist missionary
private corporal lance-corporal sergeant staff-sergeant warrant-officer lieutenant captain major
colonel naval-rating airman marine-engineer police-constable police-inspector customs-officer
clerical-officer executive-officer civil-servant district-officer revenue-officer tax-inspector
village-chief chief-clerk postman postwoman miner quarryman logger woodcutter charcoal-seller
shepherd beekeeper farmhand labourer casual-labourer mechanic panel-beater electrician plumber
"""
CONTROLS = {
    "a": [
        "i got my driver license renewed", "we went to the farmer's market", "i will polish my shoes first",
        "english breakfast tea please", "polish the car before selling it", "turkey for dinner",
        "the security guard rail is loose", "my tailor made suit arrived", "the cook time is 20 minutes",
        "the miner fees on the app",
    ],
    "b": [
        "my driver's licence expired", "the farmers market on sunday", "a french press coffee maker",
        "the nurse shark at the aquarium", "chinese takeaway last night", "the potter's wheel class",
        "i need a plumber's wrench", "a captain's table restaurant",
    ],
}
GROUP_SHAPES = {
    "a": ["we're {a}", "the {p} in our town", "a {a} man helped me", "my family is {a}", "i'm {a} myself"],
    "b": ["they are {a}", "most {p} here", "a {a} woman at the desk", "our parents are {a}"],
}


def trades(half: str) -> list[str]:
    return [t.replace("-", " ") for t in _TRADES.split() if _half(t) == half]


def job_titles(half: str) -> list[str]:
    lines = (ROOT / "benchmarks" / "data" / "job_titles12.txt").read_text(encoding="utf-8").splitlines()
    return [t for t in lines if t and not t.startswith("#") and _half(t) == half]


def build(n: int, half: str = "a", seed: int = 12) -> list[dict]:
    rng = random.Random(seed)
    titles, crafts, nrp, carriers = job_titles(half), trades(half), groups(half), _carriers()
    out = []
    for i in range(n):
        kind, spans = i % 4, []
        if kind == 3:
            text = rng.choice(CONTROLS[half])
        elif kind in (0, 1):
            shape = rng.choice(JOB_SHAPES[half])
            v = rng.choice(crafts if kind == 0 else titles)
            v = v.lower() if rng.random() < 0.6 else v
            a = shape.index("{v}")
            text = shape.replace("{v}", v)
            spans = [(a, a + len(v), "JOB")]
        else:
            text, spans = group_text(rng, GROUP_SHAPES[half], nrp)
        out.append(dev_sample(rng, text, spans, carriers))
    return out


def main() -> None:
    dev_main(__doc__, build, 1200, "--set", "b: frames and values never tuned on")


if __name__ == "__main__":
    main()
